"""File > Import Activities… and dropping files on the window, as a user does it."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox
from test_ui_names import documented_names, user_controls

from activity_files import START, fit_file, gpx_file, samples
from corelog.services import runs as run_service
from corelog.services.runs import RunDraft

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"


@pytest.fixture(autouse=True)
def no_helper_processes(monkeypatch):
    """Read on the worker thread in GUI tests (the service tests cover helper processes)."""
    from corelog.services import activity_pool

    monkeypatch.setattr(activity_pool, "default_workers", lambda: 0)


def open_dialog(window, qtbot):
    window.findChild(type(window.menuBar().actions()[0]), "actionImportActivities").trigger()
    dialog = window.activity_import.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.addWidget(dialog)  # closed when the test ends
    return dialog


def run_to_the_end(dialog, qtbot):
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


def test_the_menu_opens_the_dialog_and_the_samples_import_with_a_summary(window, ctx, qtbot):
    dialog = open_dialog(window, qtbot)
    assert not dialog.start_button.isEnabled()  # nothing chosen yet
    dialog.add_paths([SAMPLES])
    run_to_the_end(dialog, qtbot)
    assert dialog.summary.text().startswith("Added 6 runs, 1 already in your log")
    assert dialog.progress.value() == dialog.progress.maximum() == 14
    details = dialog.details.toPlainText()
    assert "activity-unexpected-eof.fit: it is cut off before its end" in details
    assert len(run_service.recent_runs(ctx.store)) == 6
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Added 6 runs") and "route.gpx: a route" in copied


def test_the_import_is_one_step_of_undo(window, ctx, qtbot, tmp_path):
    for day in range(3):
        (tmp_path / f"{day}.fit").write_bytes(fit_file(start=START + timedelta(days=day)))
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path])
    run_to_the_end(dialog, qtbot)
    assert len(run_service.recent_runs(ctx.store)) == 3
    assert ctx.undo_stack.undoText() == "Import 3 runs"
    ctx.undo_stack.undo()
    assert run_service.recent_runs(ctx.store) == []
    ctx.undo_stack.redo()
    assert len(run_service.recent_runs(ctx.store)) == 3


def test_text_dragged_over_the_window_is_not_taken(window):
    mime = QMimeData()
    mime.setText("5 km easy")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_files_dropped_on_the_window_are_imported(window, ctx, qtbot, tmp_path):
    run = tmp_path / "run.fit"
    run.write_bytes(fit_file())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(run))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt hands these to the window only during a real drag, so they are given as it would.
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    window.dropEvent(drop)
    assert drop.isAccepted()
    dialog = window.activity_import.dialog
    qtbot.addWidget(dialog)  # closed when the test ends
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.summary.text() == "Added 1 run."
    assert len(run_service.recent_runs(ctx.store)) == 1


def test_stop_keeps_what_is_done(window, ctx, qtbot, tmp_path, monkeypatch):
    from corelog.services import activity_writing

    monkeypatch.setattr(activity_writing, "BATCH_RUNS", 1)
    for day in range(30):
        data = fit_file(samples(1200), start=START + timedelta(days=day))
        (tmp_path / f"{day:02d}.fit").write_bytes(data)
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 3, timeout=30_000)
    assert dialog.count.text().endswith("files read")
    assert dialog.current.text().endswith(".fit")
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    added = len(run_service.recent_runs(ctx.store, 100))
    assert 0 < added < 30
    assert dialog.summary.text().startswith(f"Stopped before the end. Added {added} runs")


def test_a_typed_run_is_merged_when_the_user_chooses_so(window, ctx, qtbot, tmp_path):
    draft = RunDraft(
        started_at=(START + timedelta(minutes=6)).astimezone(),
        distance="5.4",
        duration="31:00",
        effort=7,
        notes="legs heavy",
    )
    typed = run_service.check_run(ctx.store, draft, "km", START + timedelta(days=9))
    run_id = run_service.add_run(ctx.store, typed)
    (tmp_path / "run.fit").write_bytes(fit_file(samples(1800)))
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path / "run.fit"])
    run_to_the_end(dialog, qtbot)
    answers = dialog.answers
    assert answers.isVisible() and answers.typed_card.isVisible()
    choice = answers.typed_table.cellWidget(0, 2)
    assert isinstance(choice, QComboBox) and choice.currentData() == "merge"
    qtbot.mouseClick(answers.typed_apply, Qt.MouseButton.LeftButton)
    (run,) = run_service.recent_runs(ctx.store)
    assert run.id == run_id and run.effort == 7 and run.notes == "legs heavy"
    assert run.duration_s == 1800
    assert dialog.summary.text() == "Added 0 runs, merged 1 with runs you typed."
    ctx.undo_stack.undo()
    assert run_service.get_run(ctx.store, run_id).duration_s == 31 * 60


def test_walks_are_offered_after_the_import(window, ctx, qtbot, tmp_path):
    (tmp_path / "walk.fit").write_bytes(fit_file(sport="walking"))
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path])
    run_to_the_end(dialog, qtbot)
    assert dialog.summary.text() == "Added 0 runs, skipped 1 walk."
    assert dialog.answers.walks_button.text() == "Import it as a run"
    qtbot.mouseClick(dialog.answers.walks_button, Qt.MouseButton.LeftButton)
    assert len(run_service.recent_runs(ctx.store)) == 1
    assert not dialog.answers.walks_card.isVisible()


def test_a_file_without_times_asks_for_its_duration(window, ctx, qtbot, tmp_path):
    shutil.copy(SAMPLES / "cerknicko-without-times.gpx", tmp_path)
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path])
    run_to_the_end(dialog, qtbot)
    answers = dialog.answers
    assert answers.times_card.isVisible()
    assert "no times" in answers.times_text.text()
    qtbot.keyClicks(answers.times_duration, "soon")
    qtbot.mouseClick(answers.times_import, Qt.MouseButton.LeftButton)
    assert answers.times_error.isVisible() and answers.times_error.text()
    assert run_service.recent_runs(ctx.store) == []
    answers.times_duration.clear()
    qtbot.keyClicks(answers.times_duration, "1:15:00")
    qtbot.keyClick(answers.times_duration, Qt.Key.Key_Return)
    (run,) = run_service.recent_runs(ctx.store)
    assert run.duration_s == 75 * 60 and 13_000 < run.distance_m < 14_500
    assert not answers.times_card.isVisible()


def test_every_control_of_the_dialog_is_named_and_documented(window, qtbot, tmp_path):
    (tmp_path / "walk.gpx").write_bytes(gpx_file(sport="walking"))
    dialog = open_dialog(window, qtbot)
    dialog.add_paths([tmp_path])
    run_to_the_end(dialog, qtbot)
    documented = documented_names()
    assert dialog.objectName() in documented
    for control in user_controls(dialog):
        assert control.objectName() in documented, control.objectName()
        assert control.accessibleName(), control.objectName()
