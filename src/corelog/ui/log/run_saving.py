"""Saving a run from the run form: a new run or the changes to a saved one, each one step
on the undo stack, with a word in the status bar; and the question asked before saving a
run whose pace looks wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from corelog.domain.formatting import format_distance, format_duration, format_run_pace
from corelog.domain.i18n import Log
from corelog.domain.runs import RunRow
from corelog.services import runs as run_service
from corelog.services.runs import CheckedRun
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.undo import push_change


def log_run(ctx: AppContext, checked: CheckedRun, unit: str) -> int:
    """Save a new run (undo deletes it, redo brings back the same row); its id."""
    store = ctx.store
    saved: list[int] = []

    def do() -> int:
        if saved:
            run_service.restore_runs(store, saved)
        else:
            saved.append(run_service.add_run(store, checked))
        return saved[0]

    run_id = push_change(
        ctx,
        Log.tr("Log run"),
        do,
        lambda: run_service.delete_runs(store, saved),
        bus.RUNS,
        bus.SHOES,
    )
    run = checked.run
    pace = format_run_pace(run.distance_m, run.duration_s, unit)
    ctx.show_status(
        Log.tr("Run logged: {distance} in {time} ({pace}).").format(
            distance=format_distance(run.distance_m, unit),
            time=format_duration(run.duration_s),
            pace=pace,
        ),
        6000,
    )
    return run_id


def change_run(ctx: AppContext, row: RunRow, checked: CheckedRun) -> int | None:
    """Save the changes to a saved run (undo puts its values back); None if nothing changed."""
    store = ctx.store
    if checked.values == row.values:
        ctx.show_status(Log.tr("Nothing changed; the run is as it was."), 4000)
        return None
    before = row.values
    push_change(
        ctx,
        Log.tr("Change run"),
        lambda: run_service.change_run(store, row.id, checked),
        lambda: run_service.put_back(store, row.id, before),
        bus.RUNS,
        bus.SHOES,
    )
    ctx.show_status(Log.tr("Run updated — Ctrl+Z to undo."), 5000)
    return row.id


def _save_anyway(parent: QWidget, title: str, message: str, names: tuple[str, str, str]) -> bool:
    """Ask "Save anyway" or "Go back" (the default); True to save. ``names`` are the
    objectNames of the box and of its two buttons."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    box.setObjectName(names[0])
    save = box.addButton(Log.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName(names[1])
    back = box.addButton(Log.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName(names[2])
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


def confirm_pace(parent: QWidget, message: str) -> bool:
    """Ask whether to save a run with an implausible pace; True to save it."""
    names = ("runPaceConfirm", "runPaceSaveAnyway", "runPaceGoBack")
    return _save_anyway(parent, Log.tr("Check the pace"), message, names)


def confirm_start(parent: QWidget, message: str) -> bool:
    """Ask whether to save a run that starts within 10 minutes of one already logged."""
    names = ("runStartConfirm", "runStartSaveAnyway", "runStartGoBack")
    return _save_anyway(parent, Log.tr("Another run at this time"), message, names)
