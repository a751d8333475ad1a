"""File > Back Up Now and File > Restore from Backup…: wiring only.

The copies are taken and put back by :mod:`corelog.services.database`, on a worker
thread; the window shows what happened. A restore keeps the data it replaces in the
backups folder, clears the undo history and tells every page that all data changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corelog.services import database
from corelog.ui import bus as bus_kinds
from corelog.ui.context import AppContext


class MainWindow(Protocol):
    """What these actions use of the main window."""

    ctx: AppContext

    def run_in_background(
        self,
        label: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...

    def setEnabled(self, enabled: bool) -> None: ...


def _widget(window: MainWindow) -> QWidget:
    assert isinstance(window, QWidget)
    return window


def back_up_now(window: MainWindow) -> None:
    path = window.ctx.store.path
    window.run_in_background(
        "Backing up…",
        lambda: database.back_up_now(path),
        lambda copy: window.show_status(f"Backed up to {copy}", 10000),
    )


def choose_and_restore(window: MainWindow) -> None:
    folder = database.backups_folder(window.ctx.store.path)
    chosen, _ = QFileDialog.getOpenFileName(
        _widget(window), "Restore from backup", str(folder), "CoreLog backups (*.db);;All files (*)"
    )
    if chosen:
        restore_from(window, Path(chosen))


def restore_from(window: MainWindow, backup: Path, *, confirm: bool = True) -> None:
    if confirm:
        answer = QMessageBox.question(
            _widget(window),
            "Restore from backup",
            f"Replace the data CoreLog shows now with the backup “{backup.name}”?\n\n"
            "The data you have now is not deleted: it is kept in the backups folder.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window.setEnabled(False)
    ctx = window.ctx

    def done(kept: Path | None) -> None:
        window.setEnabled(True)
        ctx.undo_stack.clear()
        ctx.bus.announce(bus_kinds.ALL)
        where = f" Your previous data was kept as {kept.name}." if kept else ""
        window.show_status(f"Restored {backup.name}.{where}", 15000)

    def failed(message: str) -> None:
        window.setEnabled(True)
        QMessageBox.warning(_widget(window), "Restore failed", f"Could not restore: {message}")

    store = ctx.store
    window.run_in_background("Restoring…", lambda: database.restore(store, backup), done, failed)
