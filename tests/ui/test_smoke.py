"""The smoke test that `make bundle-check` runs inside a bundle notices what breaks."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget

from corelog.ui import smoke
from corelog.ui.main_window import MainWindow
from corelog.ui.pages import PageSpec, page_specs


def tabs_of(window, page_id: str) -> str:
    titles = [
        tabs.tabText(i).replace("&", "")
        for tabs in window.page(page_id).findChildren(QTabWidget)
        for i in range(tabs.count())
    ]
    return f" (tabs: {', '.join(titles)})" if titles else ""


def test_it_shows_every_page_and_tab_closes_and_exits_with_0(window, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CORELOG_SMOKE_PICTURES", str(tmp_path))
    started = []

    status = smoke.run(QApplication.instance(), window, lambda: started.append(True))

    assert status == 0 and started == [True]
    assert not window.isVisible()
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        *(f"corelog-smoke: {s.page_id} shown{tabs_of(window, s.page_id)}" for s in window.specs),
        "corelog-smoke: every page shown, closed cleanly",
    ]
    assert "corelog-smoke: history shown (tabs: Timeline, Calendar, Charts)" in lines
    pictures = {p.name for p in tmp_path.glob("*.png")}
    assert {"today.png", "log-2.png", "history-3.png", "settings.png"} <= pictures


def test_a_page_that_breaks_is_named_and_the_exit_status_is_1(ctx, qtbot, capsys):
    def broken(_ctx):
        raise RuntimeError("a resource is missing")

    specs = [
        PageSpec(s.page_id, s.title, s.icon, s.shortcut, broken, s.actions)
        if s.page_id == "recovery"
        else s
        for s in page_specs()
    ]
    win = MainWindow(ctx, specs)
    qtbot.addWidget(win)
    win.show()

    status = smoke.run(QApplication.instance(), win, lambda: None)

    assert status == 1
    out = capsys.readouterr().out
    assert "corelog-smoke: FAILED Recovery: RuntimeError: a resource is missing" in out
    # Showing it raised in the sidebar's slot as well: that counts as an error meanwhile.
    assert "corelog-smoke: FAILED error meanwhile: RuntimeError: a resource is missing" in out
    assert "corelog-smoke: recovery shown" not in out
    assert "corelog-smoke: history shown" in out
    assert "corelog-smoke: settings shown" in out
    assert out.splitlines()[-1] == "corelog-smoke: 2 failed"
