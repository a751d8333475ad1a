"""A run's own page, opened from the Runs tab as a user does."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from test_ui_names import documented_names, user_controls

from activity_files import START, fit_file, samples
from corelog.services import runs as run_service
from corelog.services.activity_import import ActivityImport, ImportOptions
from corelog.services.runs import RunDraft


def imported_run(ctx, tmp_path) -> int:
    path = tmp_path / "run.fit"
    path.write_bytes(fit_file(samples(3000, pace_s_per_km=300)))
    ActivityImport(ctx.store, [path], ImportOptions(workers=0, local_offset=lambda m: 0)).run()
    (run,) = run_service.recent_runs(ctx.store)
    return run.id


def open_page(window, qtbot, run_id):
    window.show_page("log")
    tab = window.page("log").open_tab("runs")
    tab.reload()
    index = tab.model.index(tab.model.row_of(run_id), 1)
    tab.table.scrollTo(index)
    centre = tab.table.visualRect(index).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.page_button.isEnabled()
    qtbot.mouseClick(tab.page_button, Qt.MouseButton.LeftButton)
    from corelog.ui.log.run_page import RunPageDialog

    (dialog,) = [d for d in window.findChildren(RunPageDialog) if d.isVisible()]
    qtbot.addWidget(dialog)  # closed when the test ends
    return dialog


def figure(dialog, label: str) -> str:
    from PySide6.QtWidgets import QLabel

    for widget in dialog.findChildren(QLabel, "runPageFigure"):
        if widget.accessibleName().startswith(label + ":"):
            return widget.text()
    raise AssertionError(label)


def test_an_imported_run_shows_its_figures_charts_splits_and_load(window, ctx, qtbot, tmp_path):
    dialog = open_page(window, qtbot, imported_run(ctx, tmp_path))
    assert dialog.title.text().startswith("Easy · ")
    assert "Garmin Fenix 5" in dialog.subtitle.text()
    assert figure(dialog, "Distance") == "10.00 km"
    assert figure(dialog, "Moving time") == "50:00"
    assert figure(dialog, "Pace") == "5:00 /km"
    assert figure(dialog, "Heart rate") == "152 average, 160 highest (beats a minute)"
    assert set(dialog.charts.plots) == {"pace", "hr", "alt"}
    assert dialog.splits_model.rowCount() == 10
    assert dialog.splits_model.index(0, 3).data() == "5:00 /km"
    recovery = dialog.recovery.text()
    assert "Session-effort load: 250 (effort × minutes" in recovery
    assert "TRIMP" in recovery and "resting 60 and maximum 190" in recovery


def test_the_page_follows_the_unit_and_the_heart_rates_in_settings(window, ctx, qtbot, tmp_path):
    dialog = open_page(window, qtbot, imported_run(ctx, tmp_path))
    before = dialog.recovery.text()
    ctx.settings.set("units/distance", "mi")
    assert figure(dialog, "Distance") == "6.21 mi"
    assert dialog.splits_model.rowCount() == 7  # six miles and the rest
    ctx.settings.set("heart/max_bpm", 175)
    assert dialog.recovery.text() != before and "maximum 175" in dialog.recovery.text()


def test_figures_shown_again_twice_in_a_row_never_open_windows_of_their_own(
    window, ctx, qtbot, tmp_path
):
    """Two settings changed at once (as an import of preferences does) replace the figures
    twice before Qt shows the first new ones: none of them may pop up as a window."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    class WindowsShown(QObject):
        def __init__(self):
            super().__init__()
            self.names: list[str] = []

        def eventFilter(self, watched, event):
            shown = event.type() == QEvent.Type.Show
            if shown and isinstance(watched, QWidget) and watched.isWindow():
                self.names.append(f"{type(watched).__name__} {watched.objectName()}")
            return False

    dialog = open_page(window, qtbot, imported_run(ctx, tmp_path))
    shown = WindowsShown()
    QApplication.instance().installEventFilter(shown)
    try:
        ctx.settings.set("units/distance", "mi")
        ctx.settings.set("heart/max_bpm", 175)
        qtbot.waitUntil(
            lambda: all(f.isVisible() for f in dialog.findChildren(QLabel, "runPageFigure"))
        )
    finally:
        QApplication.instance().removeEventFilter(shown)
    assert figure(dialog, "Distance") == "6.21 mi"
    assert shown.names == []


def test_a_typed_run_says_it_has_no_track(window, ctx, qtbot):
    draft = RunDraft(started_at=(START).astimezone(), distance="8", duration="40:00", effort=6)
    checked = run_service.check_run(ctx.store, draft, "km", START + timedelta(days=1))
    run_id = run_service.add_run(ctx.store, checked)
    dialog = open_page(window, qtbot, run_id)
    assert dialog.subtitle.text().startswith("Typed by hand")
    assert not dialog.charts.plots
    assert "no heart rate was recorded" in dialog.recovery.text()
    assert "Session-effort load: 240" in dialog.recovery.text()


def test_a_run_deleted_meanwhile_says_so(window, ctx, qtbot, tmp_path):
    run_id = imported_run(ctx, tmp_path)
    dialog = open_page(window, qtbot, run_id)
    run_service.delete_runs(ctx.store, [run_id])
    ctx.bus.announce("runs")
    assert dialog.title.text() == "This run was deleted"


def test_every_control_of_the_run_page_is_named_and_documented(window, ctx, qtbot, tmp_path):
    dialog = open_page(window, qtbot, imported_run(ctx, tmp_path))
    documented = documented_names()
    assert dialog.objectName() in documented
    for control in user_controls(dialog):
        assert control.objectName() in documented, control.objectName()
        assert control.accessibleName(), control.objectName()


def test_any_run_opens_its_page_from_the_history_timeline(window, ctx, qtbot, tmp_path):
    run_id = imported_run(ctx, tmp_path)
    page = window.show_page("history")
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)
    timeline = page.timeline
    assert not timeline.run_page_button.isEnabled()
    from corelog.store.history import KIND_RUN

    timeline.select_entry(KIND_RUN, run_id)
    assert timeline.run_page_button.isEnabled()
    qtbot.mouseClick(timeline.run_page_button, Qt.MouseButton.LeftButton)
    from corelog.ui.log.run_page import RunPageDialog

    (dialog,) = [d for d in window.findChildren(RunPageDialog) if d.isVisible()]
    qtbot.addWidget(dialog)  # closed when the test ends
    assert dialog.run_id == run_id and figure(dialog, "Distance") == "10.00 km"
