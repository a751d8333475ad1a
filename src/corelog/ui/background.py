"""Work off the GUI thread: one task on the global ``QThreadPool``, its result, failure and
progress coming back to the GUI thread as queued signals.

Used for backups, restores, exports and imports, so that the window stays usable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    progress = Signal(int, int)
    """Done so far, and the total."""
    done = Signal(object)
    """The task's result."""
    failed = Signal(str)
    """Why it failed, in one line for the user."""


class BackgroundTask(QRunnable):
    """Runs ``fn`` (or ``fn(progress)`` with ``with_progress``) on a worker thread."""

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except Exception as exc:  # shown to the user, who can try again
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.done.emit(result)
