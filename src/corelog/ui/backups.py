"""File > Back Up Now and File > Restore from Backup…: wiring only.

The copies are taken and put back by :mod:`corelog.services.database`, on a worker
thread; the window shows what happened. A restore keeps the data it replaces in the
backups folder, clears the undo history and tells every page that all data changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox

from corelog.domain.i18n import Exchange
from corelog.services import database
from corelog.ui import bus as bus_kinds
from corelog.ui.context import AppContext


class BackupWindow(Protocol):
    """What a backup or a restore needs of the main window (a QWidget that parents the
    dialogs): the app's context, a worker thread with a busy mark, the status bar."""

    ctx: AppContext
    run_in_background: Callable[..., None]
    """``(label, work, on_done, on_error)``: the window's worker, as ``MainWindow`` has it."""

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...

    def setEnabled(self, enabled: bool) -> None: ...


def back_up_now(window: BackupWindow) -> None:
    path = window.ctx.store.path
    window.run_in_background(
        Exchange.tr("Backing up…"),
        lambda: database.back_up_now(path),
        lambda copy: window.show_status(
            Exchange.tr("Backed up to {path}").format(path=copy), 10000
        ),
    )


def choose_and_restore(window: BackupWindow) -> None:
    folder = database.backups_folder(window.ctx.store.path)
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        Exchange.tr("Restore from backup"),
        str(folder),
        Exchange.tr("CoreLog backups (*.db);;All files (*)"),
    )
    if chosen:
        restore_from(window, Path(chosen))


def restore_from(window: BackupWindow, backup: Path, *, confirm: bool = True) -> None:
    if confirm:
        answer = QMessageBox.question(
            window,
            Exchange.tr("Restore from backup"),
            Exchange.tr(
                "Replace the data CoreLog shows now with the backup “{name}”?\n\n"
                "The data you have now is not deleted: it is kept in the backups folder."
            ).format(name=backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window.setEnabled(False)
    ctx = window.ctx

    def done(kept: Path | None) -> None:
        window.setEnabled(True)
        ctx.undo_stack.clear()
        ctx.bus.announce(bus_kinds.ALL)
        text = (
            Exchange.tr("Restored {name}. Your previous data was kept as {kept}.").format(
                name=backup.name, kept=kept.name
            )
            if kept
            else Exchange.tr("Restored {name}.").format(name=backup.name)
        )
        window.show_status(text, 15000)

    def failed(message: str) -> None:
        window.setEnabled(True)
        QMessageBox.warning(
            window,
            Exchange.tr("Restore failed"),
            Exchange.tr("Could not restore: {reason}").format(reason=message),
        )

    store = ctx.store
    window.run_in_background(
        Exchange.tr("Restoring…"), lambda: database.restore(store, backup), done, failed
    )
