"""The main window's way in: File > Import Activities… and files dropped on the window.

Kept apart from the dialog so the window's start-up imports nothing of the import
(parsers, numpy): the dialog is built on first use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QWidget

from corelog.ui.context import AppContext


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in a drag, if any."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ActivityImportActions(QObject):
    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialog = None

    def open_dialog(self, paths: list[Path] | None = None, *, start: bool = False):
        """Show the import dialog (a new one unless an import is under way)."""
        from corelog.ui.activities.import_dialog import ImportActivitiesDialog

        dialog = self.dialog
        if dialog is None or not dialog.running:
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.dialog = ImportActivitiesDialog(self.ctx, self.window)
        if paths and not dialog.running:
            dialog.add_paths(paths)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if start and paths:
            dialog.start()
        return dialog

    def drop(self, mime: QMimeData | None) -> bool:
        """Files dropped on the window: import them at once; False if there were none."""
        paths = dropped_paths(mime)
        if not paths:
            return False
        self.open_dialog(paths, start=True)
        return True
