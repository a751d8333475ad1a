"""The History timeline's list: one row per entry, fixed row heights (fast with 50,000
rows), Enter or a double-click to open an entry, Delete to delete it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from corelog.domain.i18n import History
from corelog.domain.timeline import KIND_SORENESS
from corelog.ui.history import timeline_model as columns
from corelog.ui.history.timeline_model import TimelineModel
from corelog.ui.history.words import kind_name, when_text
from corelog.ui.layouts import rows_table
from corelog.ui.widgets import named

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class TimelineTable(QTableView):
    """The list itself: one row per entry, fixed row heights (fast with 50,000 rows)."""

    sig_open_requested = Signal()
    """Enter or a double-click on an entry."""
    sig_delete_requested = Signal()
    """Delete (or Backspace) on the selected entry."""

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "historyTimelineTable", History.tr("Timeline of all entries"))
        self.setModel(model)
        rows_table(self, wrap=False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = named(self.verticalHeader(), "historyTimelineRowHeader", History.tr("Timeline rows"))
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = named(
            self.horizontalHeader(), "historyTimelineHeader", History.tr("Timeline columns")
        )
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance
        for column, sample in (
            (columns.WHEN, when_text(datetime(2026, 9, 30, 7, 10)) + "  "),
            (columns.KIND, "  " + kind_name(KIND_SORENESS) + "    "),
            (columns.WHAT, "Plank 3 × 45 s · Side plank 2 × 30 s"),
            (columns.DISTANCE, "000.00 km  "),
            (columns.TIME, "1:00:00  "),
            (columns.PACE, "10:00 /mi  "),
            (columns.EFFORT, History.tr("Effort") + "  "),
        ):
            header.resizeSection(column, width(sample) + 12)
        self.doubleClicked.connect(lambda _index: self.sig_open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _OPEN_KEYS and self.currentIndex().isValid():
            event.accept()
            self.sig_open_requested.emit()
        elif key in _DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            if self.selectionModel().selectedRows():
                self.sig_delete_requested.emit()
        else:
            super().keyPressEvent(event)
