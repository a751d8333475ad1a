"""What the user sees when something goes wrong that no form could foresee.

Every change CoreLog makes is one transaction, so an error in the middle of a save leaves
nothing half-saved, and the form keeps what the user typed. What the user needs is to be
told, in words, instead of a save that silently does nothing: the database being busy
(another program, or a long import, holds it), the disk being full or failing, or a plain
bug. The full traceback still goes to stderr for a bug report.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from corelog.domain.i18n import App
from corelog.services.database import (
    DatabaseBusy,
    DatabaseReadOnly,
    DiskFailed,
    DiskFull,
    database_failure,
)

DIALOG_NAME = "errorDialog"


def nothing_half_saved() -> str:
    return App.tr(
        "Nothing was half-saved: a change is saved whole or not at all, and what you typed "
        "is still where you typed it."
    )


def _explain(exc: BaseException) -> tuple[str, str]:
    """A title and why a change could not be saved, in plain words (what to do included)."""
    database = database_failure(exc)
    if database is not None:
        if isinstance(database, DatabaseBusy):
            return (
                App.tr("Your log is busy"),
                App.tr(
                    "CoreLog could not save because the database is busy: an import may still "
                    "be running, or another program has the file open. Wait a moment and save "
                    "again."
                ),
            )
        if isinstance(database, DiskFull):
            return (
                App.tr("The disk is full"),
                App.tr(
                    "CoreLog could not save because the disk holding your log is full. Free "
                    "some space and save again."
                ),
            )
        if isinstance(database, DiskFailed):
            return (
                App.tr("Your log could not be written"),
                App.tr(
                    "CoreLog could not save because the disk holding your log refused the "
                    "write (a disk I/O error: it may be full, failing or disconnected). Free "
                    "some space or check the disk, and save again."
                ),
            )
        if isinstance(database, DatabaseReadOnly):
            return (
                App.tr("Your log cannot be written"),
                App.tr(
                    "CoreLog could not save because the database file or its folder has "
                    "become read-only."
                ),
            )
        return (
            App.tr("Your log could not be saved"),
            App.tr("The database reported: {problem}.").format(problem=database),
        )
    if isinstance(exc, OSError):
        return App.tr("A file could not be used"), f"{exc}."
    return (
        App.tr("Something went wrong"),
        App.tr(
            "CoreLog ran into an unexpected problem ({problem}). The details "
            "were written to the terminal CoreLog was started from."
        ).format(problem=f"{type(exc).__name__}: {exc}"),
    )


def reason(exc: BaseException) -> str:
    """Why a change could not be saved, in plain words (what to do about it included)."""
    return _explain(exc)[1]


def describe(exc: BaseException) -> tuple[str, str]:
    """A title and a plain explanation of ``exc`` for the user."""
    title, why = _explain(exc)
    return title, f"{why} {nothing_half_saved()}"


class ErrorReporter:
    """Shows unexpected errors in a dialog, one at a time, and prints the traceback."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if isinstance(exc, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        title, text = describe(exc)
        # Not from inside the failing slot: the dialog opens once the event loop is back.
        QTimer.singleShot(0, lambda: self.show(title, text))

    def show(self, title: str, text: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            # One dialog at a time: a second error while it is open adds to it.
            if text not in self._dialog.informativeText():
                self._dialog.setInformativeText(
                    (self._dialog.informativeText() + "\n\n" + text).strip()
                )
            return
        dialog = QMessageBox(self._parent())
        dialog.setObjectName(DIALOG_NAME)
        dialog.setAccessibleName(title)
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(title)
        dialog.setText(title)
        dialog.setInformativeText(text)
        dialog.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._dialog = dialog
        dialog.open()


def install_error_reporter(parent: Callable[[], QWidget | None]) -> ErrorReporter:
    reporter = ErrorReporter(parent)
    reporter.install()
    return reporter
