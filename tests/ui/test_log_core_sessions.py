"""Recent core sessions: the list, editing by double-click or Enter, deleting with undo, the
weekly target."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from corelog.domain import clock
from corelog.services import core as core_service
from corelog.services import exercises as lib
from corelog.store import core as store_core
from corelog.ui.core.sessions_model import make_sessions_model


def log(store, days_ago: int, sets: list[tuple[str, str, str | None]], **kw) -> int:
    ids = {r.key: r.id for r in lib.library(store)}
    start = (clock.local_now() - timedelta(days=days_ago)).replace(second=0, microsecond=0)
    values = core_service.check_session(
        store,
        core_service.SessionForm(
            started_at=start,
            sets=[core_service.SetForm(ids[key], amount, side) for key, amount, side in sets],
            **kw,
        ),
    )
    return core_service.AddSession(store, values).do()


@pytest.fixture
def tab(window, store):
    log(store, 3, [("bird_dog", "10", None), ("bird_dog", "12", None)], effort=5)
    log(
        store,
        1,
        [("plank", "45", None), ("side_plank", "30", "left"), ("side_plank", "30", "right")],
    )
    window.ctx.bus.announce("core")
    page = window.show_page("log")
    return page.open_tab("core")


def row_center(tab, row: int) -> QPoint:
    return tab.table.visualRect(tab.model.index(row, 0)).center()


def test_sessions_are_listed_newest_first(tab):
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 1).data() == "Plank 45 s\nSide plank 1 × 30 s each side"
    assert tab.model.index(1, 1).data() == "Bird dog 10 reps, 12 reps"
    assert tab.model.index(1, 2).data() == "5"
    assert "1. Plank 45 s" in tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_model_obeys_qts_rules(qtmodeltester, store):
    log(store, 0, [("plank", "45", None)], notes="a note", duration="15")
    model = make_sessions_model()
    model.set_rows(store_core.list_sessions(store))
    qtmodeltester.check(model)


def test_double_click_edits_and_the_edit_keeps_the_session(tab, qtbot, store):
    before = store_core.list_sessions(store)[0]
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(tab, 0))
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(tab, 0))
    form = tab.form
    assert form.editing is not None and form.editing.id == before.id
    assert form.title.text().startswith("Editing: ")
    assert not form.repeat.isVisible()
    assert form.save_button.text() == "Save changes"
    rows = form.sets.rows()
    assert [
        (r.exercise.currentText(), r.amount.text(), r.left.text(), r.right.text()) for r in rows
    ] == [
        ("Plank", "45", "", ""),
        ("Side plank", "", "30", "30"),
    ]
    rows[0].amount.setFocus()
    rows[0].amount.selectAll()
    qtbot.keyClicks(rows[0].amount, "50")
    qtbot.keyClick(rows[0].amount, Qt.Key.Key_Return)
    after = store_core.get_session(store, before.id)
    assert after.uuid == before.uuid
    assert [s.uuid for s in after.sets] == [s.uuid for s in before.sets]
    assert after.sets[0].hold_ms == 50_000
    assert after.local_start == before.local_start
    assert form.editing is None and form.save_button.text() == "Save session"
    assert len(store_core.list_sessions(store)) == 2
    window = tab.window()
    window.findChild(QAction, "actionUndo").trigger()
    assert store_core.get_session(store, before.id).sets[0].hold_ms == 45_000


def test_enter_on_a_session_edits_it_and_escape_leaves_it_unchanged(tab, qtbot, store):
    tab.table.setFocus()
    tab.select(tab.model.record(1).id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.form
    assert form.editing is not None and form.editing.id == tab.model.record(1).id
    row = form.sets.rows()[0]
    qtbot.keyClicks(row.amount, "99")
    qtbot.keyClick(row.amount, Qt.Key.Key_Escape)
    assert form.editing is None
    assert [s.reps for s in store_core.get_session(store, tab.model.record(1).id).sets] == [10, 12]


def test_delete_key_removes_a_session_and_undo_brings_it_back(tab, qtbot, window, store):
    target = tab.model.record(0)
    tab.table.setFocus()
    tab.select(target.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [s.id for s in store_core.list_sessions(store)] == [tab.model.record(0).id]
    assert tab.model.rowCount() == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Core session of") and message.endswith("deleted — Ctrl+Z to undo")
    window.findChild(QAction, "actionUndo").trigger()
    back = store_core.get_session(store, target.id)
    assert back.uuid == target.uuid and len(back.sets) == 3
    assert tab.model.rowCount() == 2


def test_delete_button_and_editing_a_session_that_goes(tab, qtbot, store):
    target = tab.model.record(0)
    tab.select(target.id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.form.editing.id == target.id
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert store_core.get_session(store, target.id) is None
    assert tab.form.editing is None  # the form does not keep editing a deleted session


def test_edit_and_delete_need_a_chosen_session(window, qtbot):
    tab = window.show_page("log").open_tab("core")
    assert tab.model.rowCount() == 0
    assert tab.list_stack.currentWidget() is tab.empty
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()


def test_the_weekly_target_counts_this_week_and_follows_the_week_start(
    window, store, clock_at
):
    clock_at("2026-12-02 18:00", "Europe/Berlin")  # a Wednesday
    # One session on Monday 30 November, one on Sunday 29 November: last week's if weeks
    # start on Monday, this week's if they start on Sunday.
    log(store, 2, [("plank", "45", None)])
    log(store, 3, [("plank", "45", None)])
    window.ctx.bus.announce("core")
    tab = window.show_page("log").open_tab("core")
    assert tab.week.label.text() == "Core sessions this week: 1 of 2-3"
    assert tab.week.detail.text() == "One more session reaches the target."
    assert "002" in tab.week.toolTip()
    window.ctx.settings.set("calendar/week_start", 6)
    assert tab.week.label.text() == "Core sessions this week: 2 of 2-3"
    assert tab.week.detail.text() == "On target for this week."


def test_on_a_sunday_with_sunday_week_start_only_todays_sessions_are_this_weeks(
    window, store, clock_at
):
    clock_at("2026-12-06 18:00", "Europe/Berlin")  # a Sunday
    log(store, 6, [("plank", "45", None)])  # Monday 30 November
    log(store, 7, [("plank", "45", None)])  # Sunday 29 November
    window.ctx.bus.announce("core")
    tab = window.show_page("log").open_tab("core")
    # Weeks starting on Monday: this week is Monday 30 November to today.
    assert tab.week.label.text() == "Core sessions this week: 1 of 2-3"
    window.ctx.settings.set("calendar/week_start", 6)
    # Weeks starting on Sunday: this week began this morning and nothing is logged yet.
    assert tab.week.label.text() == "Core sessions this week: 0 of 2-3"
    log(store, 0, [("plank", "60", None)])
    window.ctx.bus.announce("core")
    assert tab.week.label.text() == "Core sessions this week: 1 of 2-3"


def test_the_list_shows_the_latest_sessions_and_says_how_many_there_are(window, store, monkeypatch):
    from corelog.ui.core import tab as tab_module

    monkeypatch.setattr(tab_module, "RECENT_LIMIT", 2)
    for days in (1, 2, 3):
        log(store, days, [("plank", "45", None)])
    window.ctx.bus.announce("core")
    tab = window.show_page("log").open_tab("core")
    assert tab.model.rowCount() == 2
    assert tab.more.isVisible()
    assert tab.more.text() == "The latest 2 of 3 sessions; History shows them all."
    tab.select(tab.model.record(0).id)
    tab.delete_selected()
    assert not tab.more.isVisible()
