"""The import's worker: ``ActivityImport.run`` off the GUI thread, its progress as signals."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, Signal


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)


class ImportWorker(QRunnable):
    """Runs one import; ``stop()`` ends it after the file being read (what is done stays)."""

    def __init__(self, importer) -> None:
        super().__init__()
        self.importer = importer
        self.signals = _Signals()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            report = self.importer.run(self.signals.progress.emit, self._stop.is_set)
        except Exception as exc:  # shown to the user; the batches written so far are whole
            traceback.print_exc()
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.done.emit(report)
