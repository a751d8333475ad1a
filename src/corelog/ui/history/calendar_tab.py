"""The calendar tab: a month at a time, each day marked with what happened on it.

A day shows the distance run, the core sessions and any soreness (every region sore
that day, counted), each as a word or a figure beside a coloured mark (never by colour
alone); resting the pointer on a day spells it all out. Choosing a day lists its entries
on the right; Enter, a double-click or "Show in timeline" lists them in the timeline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_hours_minutes,
)
from corelog.domain.i18n import Dates, History, clock_time, date_text
from corelog.domain.records import CoreRecord, RunRecord, SorenessRecord
from corelog.domain.timeline import KIND_CORE, KIND_RUN, Timeline, day_number, local_datetime
from corelog.domain.totals import DaySummary, day_summaries
from corelog.ui.history.calendar_access import make_accessible
from corelog.ui.history.kind_marks import KindMark, kind_icon
from corelog.ui.history.month_calendar import MonthCalendar
from corelog.ui.history.source import HistoryTab
from corelog.ui.history.timeline_layout import open_entry_button
from corelog.ui.history.words import day_title, kind_name, run_kind_text, soreness_text
from corelog.ui.widgets import Card, action_button, muted, named, plain_tooltip, section_title

EntryRole = Qt.ItemDataRole.UserRole + 1


class _DayIndex:
    """The timeline's rows ordered by time, to find a day's or a month's entries fast."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.rows = list(reversed(timeline.newest_first))
        days = timeline.day
        self.days = [days[row] for row in self.rows]

    def rows_between(self, first: date, last: date) -> list[int]:
        start = bisect_left(self.days, day_number(first))
        end = bisect_right(self.days, day_number(last))
        return self.rows[start:end]


def summaries(
    timeline: Timeline, rows: list[int], first: date, last: date
) -> dict[date, DaySummary]:
    """What each day from ``first`` to ``last`` held (domain ``day_summaries``)."""
    runs, cores, sore = [], [], []
    for row in rows:
        at = local_datetime(timeline.local_s[row])
        kind = timeline.kind[row]
        if kind == KIND_RUN:
            runs.append(RunRecord(at, round(timeline.distance_m[row] or 0), 0))
        elif kind == KIND_CORE:
            cores.append(CoreRecord(at))
        else:
            sore.append(SorenessRecord(at, timeline.region[row] or "", 0))
    return day_summaries(runs, cores, sore, first, last)


class CalendarTab(HistoryTab):
    """The month on the left, the chosen day's entries on the right."""

    sig_show_day = Signal(object)
    """List a day's entries in the timeline: the date."""

    def _build_tab(self) -> None:
        named(self, "historyCalendarTab", History.tr("Calendar"))
        self._index: _DayIndex | None = None
        self._index_version = -1

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(self._build_month(), 3)
        layout.addWidget(self._build_day_card(), 2)
        self._connect()
        self._update_buttons()

    def _build_month(self) -> QVBoxLayout:
        """The month's summary line, the month itself and the legend of its marks."""
        left = QVBoxLayout()
        left.setSpacing(6)
        self.month_summary = muted("")
        self.month_summary.setObjectName("historyMonthSummary")
        left.addWidget(self.month_summary)
        self.calendar = MonthCalendar(self.ctx, self.region_names)
        make_accessible(self.calendar)  # named, and the chosen day said in full
        left.addWidget(self.calendar, 1)
        left.addLayout(self._build_legend())
        return left

    @staticmethod
    def _build_legend() -> QHBoxLayout:
        """Under the month: each mark beside the word for what it stands for."""
        legend = QHBoxLayout()
        legend.setSpacing(16)
        for kind, text in (
            (KIND_RUN, History.tr("distance run")),
            (KIND_CORE, History.tr("core sessions")),
            (2, History.tr("soreness")),
        ):
            item = QHBoxLayout()
            item.setSpacing(5)
            mark = KindMark(kind)
            mark.setObjectName(f"historyLegend{kind}")
            item.addWidget(mark)
            item.addWidget(muted(text, wrap=False))
            legend.addLayout(item)
        legend.addStretch(1)
        return legend

    def _build_day_card(self) -> Card:
        """The chosen day: its title, a summary, its entries, the buttons and the keys' hint."""
        card = Card()
        card.setMinimumWidth(210)
        card.setMaximumWidth(380)
        self.day_title = section_title("")
        self.day_title.setObjectName("historyDayTitle")
        self.day_title.setWordWrap(True)
        card.body.addWidget(self.day_title)
        self.day_summary = muted("")
        self.day_summary.setObjectName("historyDaySummary")
        card.body.addWidget(self.day_summary)
        self.day_list = named(
            QListWidget(), "historyDayEntries", History.tr("Entries of the chosen day")
        )
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setWordWrap(True)
        self.day_list.setSpacing(2)
        card.body.addWidget(self.day_list, 1)
        card.body.addLayout(self._build_day_buttons())
        card.body.addWidget(
            muted(
                History.tr(
                    "Arrow keys move between days; Enter or a double-click on a day lists it "
                    "in the timeline."
                )
            )
        )
        return card

    def _build_day_buttons(self) -> QHBoxLayout:
        """[Open] [Show in timeline] under the day's entries."""
        buttons = QHBoxLayout()
        self.open_button = open_entry_button("historyDayOpen")
        self.timeline_button = action_button(
            History.tr("Show &in timeline"),
            "historyDayTimeline",
            History.tr("Show the day in the timeline"),
            History.tr("List this day's entries in the timeline (Alt+I; Enter on the calendar)"),
        )
        for button in (self.open_button, self.timeline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _connect(self) -> None:
        """Choosing a day or a month, opening an entry, the buttons."""
        self.calendar.selectionChanged.connect(self._show_chosen_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._fill_month())
        self.calendar.activated.connect(lambda d: self.sig_show_day.emit(d.toPython()))
        self.day_list.itemActivated.connect(lambda _item: self.open_chosen())
        self.day_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.open_button.clicked.connect(self.open_chosen)
        self.timeline_button.clicked.connect(
            lambda: self.sig_show_day.emit(self.calendar.selectedDate().toPython())
        )

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """The timeline changed (or the unit, week start or theme): redraw."""
        if not self.source.loaded:
            return
        if self._index is None or self._index_version != self.source.version:
            self._index = _DayIndex(self.source.timeline())
            self._index_version = self.source.version
        self.calendar.set_week_start(self.ctx.settings.week_start)
        self.calendar.restyle()
        for mark in self.findChildren(KindMark):
            mark.update()  # in the theme's colours
        self._fill_month()
        self._show_chosen_day()

    def _grid_days(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=7)
        return start, first + timedelta(days=44)

    def _fill_month(self) -> None:
        if self._index is None:
            return
        first, last = self._grid_days()
        timeline = self._index.timeline
        rows = self._index.rows_between(first, last)
        self.calendar.set_days(summaries(timeline, rows, first, last))
        month_first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        month_last = (month_first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.month_summary.setText(self._month_text(month_first, month_last))

    def _month_text(self, first: date, last: date) -> str:
        assert self._index is not None
        days = {d: s for d, s in self.calendar.days.items() if first <= d <= last}
        runs = sum(s.runs for s in days.values())
        distance = sum(s.distance_m for s in days.values())
        cores = sum(s.core_sessions for s in days.values())
        sore = sum(1 for s in days.values() if s.sore_regions)
        month = date_text(first, Dates.tr("MMMM yyyy"))
        if not days:
            return History.tr("{month}: nothing logged.").format(month=month)
        parts = []
        if runs:
            unit = self.ctx.settings.unit
            parts.append(
                History.tr("{distance} in %Ln runs", "", runs).format(
                    distance=format_distance(distance, unit, 1)
                )
            )
        if cores:
            parts.append(History.tr("%Ln core sessions", "", cores))
        if sore:
            parts.append(History.tr("sore on %Ln days", "", sore))
        return History.tr("{month}: {summary}").format(month=month, summary=" · ".join(parts))

    def _show_chosen_day(self) -> None:
        day = self.calendar.selectedDate().toPython()
        self.day_title.setText(day_title(day))
        self.day_list.clear()
        if self._index is None:
            self._update_buttons()
            return
        timeline = self._index.timeline
        rows = self._index.rows_between(day, day)
        unit = self.ctx.settings.unit
        for row in rows:
            kind = timeline.kind[row]
            when = local_datetime(timeline.local_s[row])
            item = QListWidgetItem(
                kind_icon(kind), f"{clock_time(when)}  {self._entry_text(row, unit)}"
            )
            item.setData(EntryRole, (kind, timeline.ids[row]))
            item.setToolTip(plain_tooltip(timeline.notes[row] or kind_name(kind)))
            self.day_list.addItem(item)
        if rows:
            self.day_summary.setText(
                History.tr(
                    "%Ln entries. Enter or a double-click opens one to edit it.", "", len(rows)
                )
            )
            self.day_list.setCurrentRow(0)
        else:
            self.day_summary.setText(History.tr("Nothing logged on this day."))
        self._update_buttons()

    def _entry_text(self, row: int, unit: str) -> str:
        t = self._index.timeline if self._index else None
        assert t is not None
        kind = t.kind[row]
        if kind == KIND_RUN:
            distance, duration = t.distance_m[row] or 0, t.duration_s[row] or 0
            return History.tr("{kind}: {distance} in {duration}").format(
                kind=run_kind_text(t.run_type[row] or "", t.race_class[row]),
                distance=format_distance(distance, unit),
                duration=format_duration(round(duration)),
            )
        if kind == KIND_CORE:
            self.source.read_session_texts([t.ids[row]])
            texts = self.source.session_text(t.ids[row])
            text = History.tr("Core session")
            if t.duration_s[row]:
                text = History.tr("Core session ({duration})").format(
                    duration=format_hours_minutes(t.duration_s[row] or 0)
                )
            if texts:
                text = History.tr("{session}: {sets}").format(session=text, sets=texts[0])
            return text
        region = t.region[row] or ""
        return History.tr("Soreness: {soreness}").format(
            soreness=soreness_text(
                self.region_names.get(region, region), t.severity[row], t.resolved[row]
            )
        )

    def choose_day(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.day_list.currentItem() is not None)
        self.timeline_button.setEnabled(self._index is not None)

    def open_chosen(self) -> None:
        item = self.day_list.currentItem()
        if item is not None:
            self.sig_open_entry.emit(*item.data(EntryRole))
