"""File > Import Activities… and files dropped on the window: the import dialog.

Choose files, a folder or an export archive; the import runs on a worker thread with a
progress bar, the count and the file being read, and Stop keeps what is done (every run
written is whole). Then the summary, with a reason for each file not simply added, which
the user can copy, and the questions that wait (typed runs to merge, walks, files
without times). The import is one step of Edit > Undo; each answer is another. The
dialog is not modal: the window stays usable throughout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.formatting import format_distance
from corelog.domain.i18n import Activities, Common, integer
from corelog.services import activity_import as service
from corelog.services.activity_writing import redo_change, undo_change
from corelog.ui import bus
from corelog.ui.activities.answers import AnswersPanel
from corelog.ui.activities.worker import ImportWorker
from corelog.ui.context import AppContext
from corelog.ui.layouts import name_dialog
from corelog.ui.undo import push_done
from corelog.ui.widgets import Card, muted, named, scrolled, section_title

PATTERNS = "*.fit *.gpx *.tcx *.gz *.zip *.FIT *.GPX *.TCX *.ZIP"


def file_filter() -> str:
    """The file dialog's filter, its names in the user's language."""
    return Activities.tr("Activity files and archives ({patterns});;All files (*)").format(
        patterns=PATTERNS
    )


class ImportActivitiesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name_dialog(self, "importActivitiesDialog", Activities.tr("Import activities"))
        self.importer: service.ActivityImport | None = None
        self.worker: ImportWorker | None = None
        self.last_message = ""
        self._build()
        self.resize(760, 640)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        """The choice of files, the progress, the summary and its questions, the buttons."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        self._build_choice(layout)
        layout.addWidget(self._build_progress())
        self._build_results(layout)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, Activities.tr("Import activities")), 1)
        outer.addLayout(self._build_buttons())
        self._update_buttons()

    def _build_choice(self, layout: QVBoxLayout) -> None:
        """What the import reads, the files and folders chosen, and the walks check box."""
        layout.addWidget(section_title(Activities.tr("Runs from your watch or phone")))
        layout.addWidget(
            muted(
                Activities.tr(
                    "FIT, GPX and TCX files, folders of them, or a whole export archive "
                    "(Strava's export_….zip, Garmin's, with files inside zips and .gz). Runs "
                    "already in your log are recognised and not doubled; rides, swims and "
                    "other activities are listed and skipped."
                )
            )
        )
        self.sources = named(
            QListWidget(), "importSources", Activities.tr("Files and folders to import")
        )
        self.sources.setMaximumHeight(110)
        layout.addWidget(self.sources)
        layout.addLayout(self._build_source_buttons())
        self.walks = named(
            QCheckBox(Activities.tr("Also import &walks and treadmill runs as runs")),
            "importWalks",
            Activities.tr("Also import walks and treadmill runs as runs"),
        )
        layout.addWidget(self.walks)

    def _build_source_buttons(self) -> QHBoxLayout:
        """Add files…, Add folder…, Remove, under the list of what to import."""
        row = QHBoxLayout()
        self.add_files = named(
            QPushButton(Activities.tr("Add &files…")), "importAddFiles", Activities.tr("Add files")
        )
        self.add_folder = named(
            QPushButton(Activities.tr("Add f&older…")),
            "importAddFolder",
            Activities.tr("Add a folder"),
        )
        self.remove_source = named(
            QPushButton(Activities.tr("&Remove")),
            "importRemoveSource",
            Activities.tr("Remove the chosen entry"),
        )
        self.add_files.clicked.connect(self.choose_files)
        self.add_folder.clicked.connect(self.choose_folder)
        self.remove_source.clicked.connect(self._remove_source)
        for button in (self.add_files, self.add_folder, self.remove_source):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_progress(self) -> Card:
        """The progress card: the bar, how many files are read, the file being read."""
        progress = Card()
        self.progress = named(QProgressBar(), "importProgress", Activities.tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        progress.body.addWidget(self.progress)
        self.count = QLabel(Activities.tr("Choose files or a folder, then Import."))
        self.count.setObjectName("importCount")
        progress.body.addWidget(self.count)
        self.current = muted("", wrap=False)
        self.current.setObjectName("importCurrentFile")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        progress.body.addWidget(self.current)
        return progress

    def _build_results(self, layout: QVBoxLayout) -> None:
        """The summary, why each file was not imported, and the questions the import leaves."""
        self.summary = QLabel("")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.details = named(
            QPlainTextEdit(), "importDetails", Activities.tr("Why each file was not imported")
        )
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setMinimumHeight(120)
        self.details.hide()
        layout.addWidget(self.details)
        self.answers = AnswersPanel(service.duration_from_text)
        self.answers.hide()
        self.answers.sig_answer.connect(self._on_answer)
        layout.addWidget(self.answers)

    def _build_buttons(self) -> QHBoxLayout:
        """Copy summary on the left; Import, Stop and Close on the right."""
        buttons = QHBoxLayout()
        self.copy = named(
            QPushButton(Activities.tr("&Copy summary")),
            "importCopySummary",
            Activities.tr("Copy the summary"),
        )
        self.copy.clicked.connect(self.copy_summary)
        self.copy.setEnabled(False)
        self.start_button = named(
            QPushButton(Activities.tr("&Import")), "importStart", Activities.tr("Start the import")
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = named(
            QPushButton(Activities.tr("&Stop")),
            "importCancel",
            Activities.tr("Stop the import (what is done stays)"),
        )
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.close_button = named(
            QPushButton(Common.tr("Close")), "importClose", Common.tr("Close")
        )
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        for button in (self.start_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    # ------------------------------------------------------------------ sources
    def add_paths(self, paths: list[Path]) -> None:
        known = {self.sources.item(i).text() for i in range(self.sources.count())}
        for path in paths:
            if str(path) not in known:
                self.sources.addItem(str(path))
        self._update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.sources.item(i).text()) for i in range(self.sources.count())]

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, Activities.tr("Choose activity files"), _start_folder(), file_filter()
        )
        self.add_paths([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, Activities.tr("Choose a folder of activity files"), _start_folder()
        )
        if chosen:
            self.add_paths([Path(chosen)])

    def _remove_source(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._update_buttons()

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.running or not self.paths():
            return
        options = service.ImportOptions(
            include_walks=self.walks.isChecked(), unit=self.ctx.settings.unit
        )
        self.importer = service.ActivityImport(self.ctx.store, self.paths(), options)
        worker = ImportWorker(self.importer)
        self.worker = worker
        worker.signals.progress.connect(self._on_progress)
        worker.signals.done.connect(self._on_done)
        worker.signals.failed.connect(self._on_failed)
        self.summary.setText("")
        self.details.hide()
        self.answers.hide()
        self.progress.setRange(0, 0)
        self.count.setText(Activities.tr("Looking through the files…"))
        self._update_buttons()
        QThreadPool.globalInstance().start(worker)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.count.setText(
                Activities.tr("{progress} Stopping after this file…").format(
                    progress=self.count.text()
                )
            )
            self.stop_button.setEnabled(False)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.count.setText(
            Activities.tr("{done} of %Ln files read", "", total).format(done=integer(done))
        )
        self.current.setText(name)
        self.current.setToolTip(name)
        self.ctx.show_status(
            Activities.tr("Importing activities: {done} of {total}").format(
                done=integer(done), total=integer(total)
            ),
            0,
        )

    def _on_done(self, report) -> None:
        self.worker = None
        if report.change:
            self._push(report.change, _import_runs(len(report.change.added)))
        self.current.setText("")
        self.count.setText(Activities.tr("%Ln files read.", "", report.files))
        self._show_report()
        self.ctx.show_status(report.summary(), 15000)

    def _on_failed(self, message: str) -> None:
        self.worker = None
        report = self.importer.report if self.importer else None
        if report is not None and report.change:
            self._push(report.change, _import_runs(len(report.change.added)))
        self.summary.setText(
            Activities.tr(
                "The import stopped: {problem}. Every run written before that is whole and stays."
            ).format(problem=message)
        )
        self.last_message = self.summary.text()
        self._update_buttons()

    def _show_report(self) -> None:
        assert self.importer is not None
        report = self.importer.report
        self.summary.setText(report.summary())
        self.last_message = report.summary()
        details = report.details().splitlines()[1:]
        self.details.setPlainText("\n".join(details))
        self.details.setVisible(bool(details))
        self.answers.show_report(report, lambda m: format_distance(m, self.ctx.settings.unit))
        self._update_buttons()

    # ------------------------------------------------------------------ answers
    def _on_answer(self, kind: str, value) -> None:
        importer = self.importer
        if importer is None:
            return
        if kind == "typed":
            change = importer.resolve_typed(value)
            text = (
                Activities.tr("Merge imported runs")
                if any(v == "merge" for v in value.values())
                else Activities.tr("Import runs")
            )
        elif kind == "walks":
            change = importer.import_walks()
            text = Activities.tr("Import %Ln walks and treadmill runs", "", len(change.added))
        elif kind == "times":
            start, seconds = value
            change = importer.import_with_duration(0, start, seconds)
            text = Activities.tr("Import a run without times")
        else:
            importer.report.no_times.pop(0)
            change = service.ImportChange()
            text = ""
        if change:
            self._push(change, text)
        self._show_report()

    def _push(self, change, text: str) -> None:
        store = self.ctx.store
        push_done(
            self.ctx,
            text,
            lambda: redo_change(store, change),
            lambda: undo_change(store, change),
            bus.RUNS,
        )

    # ------------------------------------------------------------------ the rest
    def copy_summary(self) -> None:
        if self.importer is not None:
            QGuiApplication.clipboard().setText(self.importer.report.details())

    def _update_buttons(self) -> None:
        running = self.running
        self.start_button.setEnabled(not running and self.sources.count() > 0)
        self.stop_button.setEnabled(running)
        for widget in (self.add_files, self.add_folder, self.remove_source, self.walks):
            widget.setEnabled(not running)
        self.copy.setEnabled(self.importer is not None and not running)

    def closeEvent(self, event) -> None:
        # Closing while files are read stops the import; what is done stays.
        self.stop()
        super().closeEvent(event)


def _import_runs(n: int) -> str:
    """The name of the step in Edit > Undo."""
    return Activities.tr("Import %Ln runs", "", n)


def _start_folder() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return found or str(Path.home())
