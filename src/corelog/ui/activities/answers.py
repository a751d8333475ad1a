"""The questions an import leaves: typed runs to merge, walks to take, files without times.

Shown in the import dialog under the summary once the files are read. Each answer is
written at once (one transaction) and is one step of Edit > Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corelog.domain import clock
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Activities, Dates, integer
from corelog.domain.timeutil import default_start
from corelog.ui.accessibility import label_combo
from corelog.ui.widgets import Card, field_error, muted, named, show_error

CHOICES = (
    (
        "merge",
        QT_TRANSLATE_NOOP("Activities", "Merge"),
        QT_TRANSLATE_NOOP(
            "Activities",
            "Merge: keep my effort, notes, shoes; take the file's time, distance, heart rate",
        ),
    ),
    (
        "keep",
        QT_TRANSLATE_NOOP("Activities", "Keep both"),
        QT_TRANSLATE_NOOP("Activities", "Keep both"),
    ),
    (
        "skip",
        QT_TRANSLATE_NOOP("Activities", "Skip the file"),
        QT_TRANSLATE_NOOP("Activities", "Skip the file"),
    ),
)


def combos(table: QTableWidget) -> list[QComboBox]:
    """The choice of each row of ``table``, top to bottom."""
    cells = (table.cellWidget(row, 2) for row in range(table.rowCount()))
    return [cell for cell in cells if isinstance(cell, QComboBox)]


class AnswersPanel(QWidget):
    sig_answer = Signal(str, object)
    """The user answered: ("typed", {row: choice}), ("walks", None), ("times", (start, s))
    or ("skip_times", None)."""

    def __init__(self, parse_duration: Callable[[str], int | str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importAnswers")
        self._parse_duration = parse_duration
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_typed_card())
        layout.addWidget(self._build_walks_card())
        layout.addWidget(self._build_times_card())

    def _build_typed_card(self) -> Card:
        """Runs you typed by hand: what matched, a choice for each, Apply these choices."""
        self.typed_card = Card(Activities.tr("Runs you typed by hand"))
        self.typed_text = muted("")
        self.typed_card.body.addWidget(self.typed_text)
        self.typed_card.body.addWidget(self._build_typed_table())
        self.typed_apply = named(
            QPushButton(Activities.tr("&Apply these choices")),
            "importTypedApply",
            Activities.tr("Apply the choices"),
        )
        self.typed_apply.clicked.connect(self._apply_typed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.typed_apply)
        self.typed_card.body.addLayout(row)
        return self.typed_card

    def _build_typed_table(self) -> QTableWidget:
        """The table of imported runs that match typed ones: file, match, what to do."""
        self.typed_table = named(
            QTableWidget(0, 3), "importTypedTable", Activities.tr("Runs that match runs you typed")
        )
        self.typed_table.setHorizontalHeaderLabels(
            [Activities.tr("File"), Activities.tr("Matches"), Activities.tr("What to do")]
        )
        self.typed_table.setTabKeyNavigation(False)  # Tab goes on to each choice, then Apply
        named(
            self.typed_table.horizontalHeader(),
            "importTypedTableHeader",
            Activities.tr("Matching runs: columns"),
        )
        named(
            self.typed_table.verticalHeader(),
            "importTypedTableRowHeader",
            Activities.tr("Matching runs: rows"),
        )
        self.typed_table.verticalHeader().hide()
        self.typed_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.typed_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return self.typed_table

    def _build_walks_card(self) -> Card:
        """Walks and treadmill runs: how many were skipped, and the button to import them."""
        self.walks_card = Card(Activities.tr("Walks and treadmill runs"))
        self.walks_text = muted("")
        self.walks_card.body.addWidget(self.walks_text)
        self.walks_button = named(
            QPushButton(), "importWalksNow", Activities.tr("Import them as runs")
        )
        self.walks_button.clicked.connect(lambda: self.sig_answer.emit("walks", None))
        row = QHBoxLayout()
        row.addWidget(self.walks_button)
        row.addStretch(1)
        self.walks_card.body.addLayout(row)
        return self.walks_card

    def _build_times_card(self) -> Card:
        """A file without times: which file, when it started and how long, and its error."""
        self.times_card = Card(Activities.tr("A file without times"))
        self.times_text = muted("")
        self.times_card.body.addWidget(self.times_text)
        self.times_card.body.addLayout(self._build_times_row())
        self.times_error = field_error("importNoTimesError")
        self.times_card.body.addWidget(self.times_error)
        return self.times_card

    def _build_times_row(self) -> QHBoxLayout:
        """Started [when] Took [how long] [Import] [Skip it]."""
        row = QHBoxLayout()
        self.times_start = named(
            QDateTimeEdit(), "importNoTimesStart", Activities.tr("When the run started")
        )
        self.times_start.setCalendarPopup(True)
        self.times_start.setDisplayFormat(Dates.tr("yyyy-MM-dd HH:mm"))
        self.times_duration = named(
            QLineEdit(), "importNoTimesDuration", Activities.tr("How long it took")
        )
        self.times_duration.setPlaceholderText("45:00")
        self.times_duration.returnPressed.connect(self._apply_times)
        start_label = QLabel(Activities.tr("&Started:"))
        start_label.setBuddy(self.times_start)
        took_label = QLabel(Activities.tr("&Took:"))
        took_label.setBuddy(self.times_duration)
        for widget in (start_label, self.times_start, took_label, self.times_duration):
            row.addWidget(widget)
        self.times_import = named(
            QPushButton(Activities.tr("Import")),
            "importNoTimesImport",
            Activities.tr("Import with this time"),
        )
        self.times_import.clicked.connect(self._apply_times)
        self.times_skip = named(
            QPushButton(Activities.tr("Skip it")),
            "importNoTimesSkip",
            Activities.tr("Skip this file"),
        )
        self.times_skip.clicked.connect(lambda: self.sig_answer.emit("skip_times", None))
        row.addWidget(self.times_import)
        row.addWidget(self.times_skip)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ showing
    def show_report(self, report, unit_text: Callable[[float], str]) -> None:
        self._show_typed(report.typed)
        walks = report.walks
        self.walks_card.setVisible(bool(walks))
        if walks:
            n = len(walks)
            self.walks_text.setText(
                Activities.tr(
                    "%Ln files recorded a walk or a treadmill run; they were skipped. Treadmill "
                    "distances come from a foot pod or the belt and may be rough.",
                    "",
                    n,
                )
            )
            self.walks_button.setText(
                Activities.tr("Import it as a run")
                if n == 1
                else Activities.tr("Import these %Ln as runs", "", n)
            )
        times = report.no_times
        self.times_card.setVisible(bool(times))
        if times:
            pending = times[0]
            distance = unit_text(pending.activity.distance_m)
            if len(times) > 1:
                text = Activities.tr(
                    "{file}: {distance}, but the file has no times (%Ln more after it). Say "
                    "when the run started and how long it took, or skip it.",
                    "",
                    len(times) - 1,
                )
            else:
                text = Activities.tr(
                    "{file}: {distance}, but the file has no times. Say when the run started "
                    "and how long it took, or skip it."
                )
            self.times_text.setText(text.format(file=pending.name, distance=distance))
            start = pending.activity.start
            moment = QDateTime.fromSecsSinceEpoch(
                int((start or default_start(clock.local_now())).timestamp())
            )
            self.times_start.setDateTime(moment)
            self.times_duration.clear()
            show_error(self.times_error, None)
        self.setVisible(bool(report.typed or walks or times))

    def _show_typed(self, typed) -> None:
        self.typed_card.setVisible(bool(typed))
        self.typed_table.setRowCount(len(typed))
        if typed:
            n = len(typed)
            self.typed_text.setText(
                Activities.tr(
                    "%Ln runs from the files start within {minutes} minutes of a run you typed, "
                    "with a similar distance. Choose for each: merge, keep both, or skip the "
                    "file.",
                    "",
                    n,
                ).format(minutes=integer(10))
            )
        for row, pending in enumerate(typed):
            self.typed_table.setItem(row, 0, QTableWidgetItem(pending.name.rsplit("/", 1)[-1]))
            self.typed_table.setItem(row, 1, QTableWidgetItem(pending.typed_text))
            combo = named(
                QComboBox(),
                "importTypedChoice",
                Activities.tr("What to do with {file}").format(file=pending.name),
            )
            label_combo(combo)
            for key, text, tip in CHOICES:
                combo.addItem(Activities.marked(text), key)
                combo.setItemData(
                    combo.count() - 1, Activities.marked(tip), Qt.ItemDataRole.ToolTipRole
                )
            self.typed_table.setCellWidget(row, 2, combo)
        # Tab: the table, each choice in turn, then Apply (not round to the top).
        chain = [self.typed_table, *combos(self.typed_table), self.typed_apply]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.typed_table.resizeRowsToContents()
        rows = sum(self.typed_table.rowHeight(r) for r in range(min(len(typed), 6)))
        header = self.typed_table.horizontalHeader().sizeHint().height()
        self.typed_table.setFixedHeight(header + max(rows, 30) + 2 * self.typed_table.frameWidth())

    def typed_choices(self) -> dict[int, str]:
        choices = {}
        for row in range(self.typed_table.rowCount()):
            combo = self.typed_table.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                choices[row] = combo.currentData()
        return choices

    def _apply_typed(self) -> None:
        self.sig_answer.emit("typed", self.typed_choices())

    def _apply_times(self) -> None:
        seconds = self._parse_duration(self.times_duration.text())
        if isinstance(seconds, str):
            show_error(self.times_error, seconds)
            self.times_duration.setFocus()
            return
        start = self.times_start.dateTime().toPython()
        self.sig_answer.emit("times", (start.astimezone(), seconds))
