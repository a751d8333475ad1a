"""File > Export…, File > Export Runs as CSV… and File > Import…: wiring only.

The work is done by :mod:`corelog.services.exchange`, called through the database's
services door (:mod:`corelog.services.database`), on a worker thread of the global
``QThreadPool``; its progress drives the status bar's progress bar, the window stays
usable (saves made during an import go through), and the three actions are off until
the work ends. An import can be cancelled from the status bar: everything it wrote is
taken back. After an import the pages are told what changed, the training preferences
the file brings are applied, and the summary says both.

The preferences are the UI's (QSettings); the export service gets them handed over
(``AppSettings.training_preferences``) and an import hands back the newer ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from corelog.domain import clock, i18n
from corelog.domain.i18n import Exchange
from corelog.services import database
from corelog.ui import bus as bus_kinds
from corelog.ui.background import BackgroundTask
from corelog.ui.context import AppContext


def json_filter() -> str:
    return Exchange.tr("CoreLog export (*.json);;All files (*)")


def csv_filter() -> str:
    return Exchange.tr("CSV file (*.csv);;All files (*)")


# What an import changed (services.exchange's kinds of entries) -> what the pages listen for.
_ANNOUNCE = {
    "shoes": (bus_kinds.SHOES, bus_kinds.RUNS),
    "exercises": (bus_kinds.EXERCISES, bus_kinds.CORE, bus_kinds.TIMER),
    "timer_presets": (bus_kinds.TIMER,),
    "runs": (bus_kinds.RUNS,),
    "core_sessions": (bus_kinds.CORE, bus_kinds.TIMER),
    "core_sets": (bus_kinds.CORE, bus_kinds.TIMER),
    "soreness_entries": (bus_kinds.SORENESS,),
    "follow_ups": (bus_kinds.SORENESS,),
    "recordings": (bus_kinds.RUNS,),  # a run's page, charts and the heart-rate load
}


def interrupted_import() -> str:
    return Exchange.tr(
        "An import was cut short when CoreLog last stopped. Everything it had added was taken "
        "back: your log is as it was before that import. Import the file again to finish it."
    )


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _with_suffix(chosen: str, suffix: str) -> Path:
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)


class ExchangeActions(QObject):
    """The File menu's export and import, for one main window."""

    sig_finished = Signal(str)
    """An export or import ended; carries the message shown to the user."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.actions: list[QAction] = []
        self._worker: BackgroundTask | None = None
        self._cancel: threading.Event | None = None
        self.cancel_button = QPushButton(Exchange.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setAccessibleName(Exchange.tr("Cancel import"))
        self.cancel_button.setToolTip(
            Exchange.tr(
                "Stop the import and take back everything it added; saves you made meanwhile stay."
            )
        )
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.cancel_button)
        if database.imports_taken_back(ctx.store):
            QTimer.singleShot(0, self._tell_interrupted)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    # ------------------------------------------------------------------ actions
    def export_json(self) -> None:
        path = self._save_path(
            Exchange.tr("Export your CoreLog data"), "corelog-export", ".json", json_filter()
        )
        if path is None:
            return
        store = self.ctx.store
        preferences = self.ctx.settings.training_preferences()
        self._export(
            Exchange.tr("Exporting…"),
            lambda progress: database.export_json(store, path, progress, preferences),
            lambda result: Exchange.tr("Exported %Ln entries to {file}.", "", result.entries),
        )

    def export_csv(self) -> None:
        path = self._save_path(
            Exchange.tr("Export runs as CSV"), "corelog-runs", ".csv", csv_filter()
        )
        if path is None:
            return
        store = self.ctx.store
        self._export(
            Exchange.tr("Exporting runs…"),
            lambda progress: database.export_runs_csv(store, path, progress),
            lambda result: Exchange.tr("Exported %Ln runs to {file}.", "", result.entries),
        )

    def _save_path(self, title: str, stem: str, suffix: str, file_filter: str) -> Path | None:
        """The file to export to: ``<stem>-<today><suffix>`` in the documents folder is
        offered; a name typed without a suffix gets it."""
        default = _documents_folder() / f"{stem}-{clock.today():%Y-%m-%d}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(default), file_filter)
        return _with_suffix(chosen, suffix) if chosen else None

    def _export(
        self,
        label: str,
        write: Callable[[Callable[[int, int], None]], Any],
        done_text: Callable[[Any], str],
    ) -> None:
        """Write an export off the GUI thread; ``done_text`` says what was written, with
        ``{file}`` for the file's name."""
        self._start(
            label,
            write,
            lambda result: self._finish(done_text(result).format(file=result.path.name)),
            Exchange.tr("Export failed"),
        )

    def import_json(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            Exchange.tr("Import a CoreLog export"),
            str(_documents_folder()),
            json_filter(),
        )
        if not chosen:
            return
        self.import_from(Path(chosen))

    def import_from(self, path: Path) -> None:
        if self.busy:
            return
        store = self.ctx.store
        preferences = self.ctx.settings.training_preferences()
        cancel = threading.Event()

        def work(progress: Callable[[int, int], None]) -> Any:
            try:
                return database.import_json(
                    store, path, progress, cancel=cancel, preferences=preferences
                )
            except database.ImportCancelled as cancelled:
                return cancelled  # not a failure: what the user asked for

        self._cancel = cancel
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._start(
            Exchange.tr("Importing…"),
            work,
            self._imported,
            Exchange.tr("Import failed"),
            Exchange.tr("Nothing was imported: your data is as it was."),
        )

    def cancel_import(self) -> None:
        """Stop the import under way; what it wrote is taken back (saves made meanwhile stay)."""
        if self._cancel is None or self._cancel.is_set():
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._status(Exchange.tr("Cancelling the import: taking back what it added…"), 0)

    # ------------------------------------------------------------------ running
    def _start(
        self,
        label: str,
        fn: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        failure_title: str,
        failure_detail: str = "",
    ) -> None:
        if self.busy:
            return
        worker = BackgroundTask(fn, with_progress=True)
        self._worker = worker
        for action in self.actions:
            action.setEnabled(False)
        bar = self._progress_bar()
        if bar is not None:
            bar.setRange(0, 0)
            bar.show()
        self._status(label, 0)

        def progress(done: int, total: int) -> None:
            if bar is not None and total > 0:
                bar.setRange(0, total)
                bar.setValue(done)
            self._status(
                Exchange.tr("{task} {done} of {total}").format(
                    task=label, done=i18n.integer(done), total=i18n.integer(total)
                ),
                0,
            )

        def done(result: Any) -> None:
            self._stop()
            on_done(result)

        def failed(message: str) -> None:
            self._stop()
            self._status(f"{failure_title}.", 10000)
            self._show(
                QMessageBox.Icon.Warning,
                failure_title,
                message,
                "exchangeErrorDialog",
                failure_detail,
            )
            self.sig_finished.emit(message)

        worker.signals.progress.connect(progress)
        worker.signals.done.connect(done)
        worker.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(worker)

    def _stop(self) -> None:
        self._worker = None
        self._cancel = None
        self.cancel_button.hide()
        for action in self.actions:
            action.setEnabled(True)
        bar = self._progress_bar()
        if bar is not None:
            bar.setRange(0, 0)
            bar.hide()

    def _imported(self, result: Any) -> None:
        if isinstance(result, database.ImportCancelled):
            message = Exchange.tr("{reason} Your log is as it was before the import.").format(
                reason=result
            )
            self._status(message, 15000)
            self.sig_finished.emit(message)
            return
        kinds: set[str] = set()
        for kind in result.changed_kinds:
            kinds.update(_ANNOUNCE.get(kind, (bus_kinds.ALL,)))
        if kinds:
            # Undo steps refer to entries as they were before the import: start afresh.
            self.ctx.undo_stack.clear()
            self.ctx.bus.announce(*sorted(kinds))
        # The file's training preferences that are newer than this computer's.
        self.ctx.settings.apply_training_preferences(result.preferences)
        summary = result.summary
        self._status(summary, 15000)  # the dialog says the rest
        text = summary
        if result.preferences_summary:
            summary = f"{summary} {result.preferences_summary}"
            text = f"{text}\n\n{result.preferences_summary}"
        detail = (
            Exchange.tr("A backup was taken first: {file}").format(file=result.backup.name)
            if result.backup
            else ""
        )
        self._show(
            QMessageBox.Icon.Information,
            Exchange.tr("Import finished"),
            text,
            "importSummaryDialog",
            detail,
        )
        self.sig_finished.emit(summary)

    def _finish(self, message: str) -> None:
        self._status(message, 10000)
        self.sig_finished.emit(message)

    def _tell_interrupted(self) -> None:
        self._status(interrupted_import(), 20000)
        self._show(
            QMessageBox.Icon.Information,
            Exchange.tr("Unfinished import taken back"),
            interrupted_import(),
            "importInterruptedDialog",
        )

    # ------------------------------------------------------------------ helpers
    def _progress_bar(self):
        return getattr(self.window, "progress", None)

    def _status(self, text: str, timeout_ms: int) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def _show(
        self, icon: QMessageBox.Icon, title: str, text: str, name: str, detail: str = ""
    ) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(title)
        if detail:
            box.setInformativeText(detail)
        box.open()  # not exec(): the window keeps running behind it
