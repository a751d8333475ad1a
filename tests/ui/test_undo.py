import pytest

from corelog.ui import bus
from corelog.ui.undo import push_change


def test_change_is_done_once_and_undone_and_redone(ctx, qtbot):
    entries: list[str] = []
    with qtbot.waitSignal(ctx.bus.sig_changed) as announced:
        result = push_change(
            ctx, "Add run", lambda: entries.append("run") or len(entries), entries.pop, bus.RUNS
        )
    assert result == 1 and entries == ["run"]
    assert announced.args == [{bus.RUNS}]
    assert ctx.undo_stack.undoText() == "Add run"
    ctx.undo_stack.undo()
    assert entries == []
    ctx.undo_stack.redo()
    assert entries == ["run"]


def test_a_failed_change_is_not_pushed(ctx):
    def fails():
        raise ValueError("distance missing")

    with pytest.raises(ValueError):
        push_change(ctx, "Add run", fails, lambda: None, bus.RUNS)
    assert ctx.undo_stack.count() == 0
