"""The History timeline tab's widgets and their layout: the filters in two rows (which
entries and dates, with the count; run type, exercise, region, the notes search and
Clear filters), the list of entries (or why it is empty), and Open, Run page and Delete.

:class:`TimelineTabLayout` builds them; :class:`~corelog.ui.history.timeline_tab.TimelineTab`
filters, lists and acts on the entries.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Dates, History, Log
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.domain.timeutil import local_now
from corelog.services.history_timeline import PERIODS
from corelog.ui.accessibility import label_combo
from corelog.ui.history import timeline_model as columns
from corelog.ui.history.source import HistoryTab
from corelog.ui.history.timeline_model import TimelineModel
from corelog.ui.history.timeline_table import TimelineTable
from corelog.ui.history.words import KIND_PLURALS, RUN_TYPE_CHOICES
from corelog.ui.layouts import TableOrEmpty
from corelog.ui.widgets import action_button, muted, named


def nothing_yet() -> str:
    return History.tr(
        "Nothing logged yet. Runs, core sessions and soreness you log show up here, newest first."
    )


def _combo(object_name: str, accessible: str, tooltip: str) -> QComboBox:
    combo = label_combo(named(QComboBox(), object_name, accessible, tooltip))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def open_entry_button(object_name: str) -> QPushButton:
    """Open… for the chosen entry, in the timeline and beside the calendar."""
    return action_button(
        History.tr("&Open…"),
        object_name,
        History.tr("Open the entry"),
        History.tr("Edit the chosen entry on its page (Enter or double-click)"),
    )


class TimelineTabLayout(HistoryTab):
    """The timeline tab's widgets laid out; the tab connects and drives them."""

    def _build(self) -> None:
        """The filters in two rows, the list, then Open and Delete."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)

        layout.addLayout(self._build_what_and_when())
        layout.addLayout(self._build_narrower())
        layout.addWidget(self._build_list(), 1)
        layout.addLayout(self._build_actions())

    def _build_what_and_when(self) -> QHBoxLayout:
        """Which kind of entries, which dates (with custom ones), and how many are listed."""
        first = QHBoxLayout()
        first.setSpacing(8)
        self.kind = _combo(
            "historyFilterKind", History.tr("Show"), History.tr("Which kind of entries to list")
        )
        self.kind.addItem(History.tr("All entries"), None)
        for kind in (KIND_RUN, KIND_CORE, KIND_SORENESS):
            self.kind.addItem(History.marked(KIND_PLURALS[kind]), kind)
        self.period = _combo(
            "historyFilterPeriod", History.tr("Period"), History.tr("Which dates to list")
        )
        for key in ("all", "week", "4w", "3m", "year", "custom"):
            self.period.addItem(History.marked(PERIODS[key]), key)
        today = local_now().date()
        self.date_from = self._date_edit(
            "historyFilterFrom", History.tr("From"), today - timedelta(days=27)
        )
        self.date_to = self._date_edit("historyFilterTo", History.tr("To"), today)
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(4)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        self.dates.hide()
        for widget in (self.kind, self.period, self.dates):
            first.addWidget(widget)
        first.addStretch(1)
        self.count = muted("", wrap=False)
        self.count.setObjectName("historyTimelineCount")
        first.addWidget(self.count)
        return first

    def _build_narrower(self) -> QHBoxLayout:
        """The filters for one kind (run type, exercise, region), the search, and Clear."""
        second = QHBoxLayout()
        second.setSpacing(8)
        self.run_type = _combo(
            "historyFilterRunType",
            History.tr("Run type"),
            History.tr("List only runs of this type"),
        )
        self.run_type.addItem(History.tr("Any run type"), None)
        for key, label in RUN_TYPE_CHOICES:
            self.run_type.addItem(Log.marked(label), key)
        self.exercise = _combo(
            "historyFilterExercise",
            History.tr("Exercise"),
            History.tr("List only core sessions with this exercise"),
        )
        self.exercise.addItem(History.tr("Any exercise"), None)
        self.region = _combo(
            "historyFilterRegion",
            History.tr("Region"),
            History.tr("List only soreness in this part of the body"),
        )
        self.region.addItem(History.tr("Any region"), None)
        for widget in (self.run_type, self.exercise, self.region):
            second.addWidget(widget)
        self.search = named(
            QLineEdit(),
            "historySearch",
            History.tr("Search the notes"),
            History.tr("Lists the entries whose notes hold every word typed (Ctrl+F; Esc clears)"),
        )
        self.search.setPlaceholderText(History.tr("Search notes…  (Ctrl+F; Esc clears)"))
        second.addWidget(self.search, 1)
        self.clear_button = action_button(
            History.tr("Clea&r filters"),
            "historyClearFilters",
            History.tr("Clear filters"),
            History.tr("Show every entry again (Alt+R)"),
        )
        second.addWidget(self.clear_button)
        return second

    def _build_list(self) -> TableOrEmpty:
        """The list, or why it is empty."""
        self.model = TimelineModel(
            self.source, lambda: self.ctx.settings.unit, self.region_names, self
        )
        self.table = TimelineTable(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(columns.WHEN, Qt.SortOrder.DescendingOrder)
        self.empty = muted(nothing_yet())
        self.empty.setObjectName("historyTimelineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = TableOrEmpty(self.table, self.empty)
        return self.stack

    def _build_actions(self) -> QHBoxLayout:
        """Open and Delete for the chosen entry, with a word on the keys."""
        actions = QHBoxLayout()
        self.open_button = open_entry_button("historyOpenEntry")
        self.delete_button = action_button(
            History.tr("&Delete"),
            "historyDeleteEntry",
            History.tr("Delete the entry"),
            History.tr("Delete the chosen entry (Delete; Ctrl+Z brings it back)"),
        )
        self.run_page_button = action_button(
            History.tr("Run &page"),
            "historyRunPage",
            History.tr("Open the chosen run's page"),
            History.tr("The run's figures, pace, heart rate and elevation, splits and recovery"),
        )
        for button in (self.open_button, self.run_page_button, self.delete_button):
            actions.addWidget(button)
        actions.addWidget(
            muted(
                History.tr(
                    "Enter or double-click opens an entry to edit it; Delete removes it "
                    "(Ctrl+Z brings it back). Click a column title to sort."
                ),
                wrap=True,
            ),
            1,
        )
        return actions

    def _date_edit(self, object_name: str, accessible: str, day: date) -> QDateEdit:
        edit = named(QDateEdit(), object_name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(Dates.tr("d MMM yyyy"))
        edit.setDate(QDate(day.year, day.month, day.day))
        return edit
