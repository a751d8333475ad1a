"""The calendar tab: a month at a time, each day marked with what happened on it.

A day shows the distance run, the core sessions and any soreness (every region sore
that day, counted), each as a word or a figure beside a coloured mark (never by colour
alone); resting the pointer on a day spells it all out. Choosing a day lists its entries
on the right; Enter, a double-click or "Show in timeline" lists them in the timeline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPen,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from corelog.domain import clock
from corelog.domain.formatting import (
    count_text,
    format_distance,
    format_duration,
    format_hours_minutes,
)
from corelog.domain.records import CoreRecord, RunRecord, SorenessRecord
from corelog.domain.timeline import KIND_CORE, KIND_RUN, Timeline, day_number, local_datetime
from corelog.domain.totals import DaySummary, day_summaries
from corelog.ui.context import AppContext
from corelog.ui.history.calendar_access import make_accessible
from corelog.ui.history.kind_marks import KindMark, kind_color, kind_icon, paint_kind_mark
from corelog.ui.history.source import HistorySource
from corelog.ui.history.words import KIND_NAMES, day_title, run_kind_text, soreness_text
from corelog.ui.theme import colors
from corelog.ui.widgets import Card, muted, named, plain_tooltip, section_title

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


class MonthCalendar(QCalendarWidget):
    """A month view whose cells show each day's distance, core sessions and soreness."""

    def __init__(self, ctx: AppContext, region_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.region_names = region_names
        named(self, "historyCalendar", "Training calendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.days: dict[date, DaySummary] = {}
        # Open on CoreLog's today (Qt would take its own clock's).
        today = clock.today()
        self.setSelectedDate(QDate(today.year, today.month, today.day))
        self.set_week_start(ctx.settings.week_start)
        self.restyle()
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            view.viewport().installEventFilter(self)  # a tooltip per day
        make_accessible(self)  # named, and the chosen day said in full

    def set_week_start(self, first_weekday: int) -> None:
        self.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday + 1))

    def restyle(self) -> None:
        """Theme colours for the day names (weekends not in red) and a slim header row."""
        c = colors()
        names = QTextCharFormat()
        names.setForeground(QColor(c.muted))
        names.setFontWeight(QFont.Weight.DemiBold)
        self.setHeaderTextFormat(names)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, names)
        # The month bar in the card colour (Qt paints it in the selection colour).
        self.setStyleSheet(
            f"QWidget#qt_calendar_navigationbar {{ background: {c.card}; "
            f"border-bottom: 1px solid {c.grid}; }}"
            f"QWidget#qt_calendar_navigationbar QToolButton {{ color: {c.text}; "
            "font-weight: 600; }"
        )
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            rows = view.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            rows.resizeSection(0, self.fontMetrics().height() + 10)

    def set_days(self, days: dict[date, DaySummary]) -> None:
        self.days = days
        self.updateCells()

    def cell_lines(self, day: date) -> list[tuple[int | None, str]]:
        """What a day's cell says, line by line: (kind for the mark, text)."""
        summary = self.days.get(day)
        if summary is None:
            return []
        lines: list[tuple[int | None, str]] = []
        if summary.runs:
            text = format_distance(summary.distance_m, self.ctx.settings.unit, 1)
            if summary.runs > 1:
                text += f" ({count_text(summary.runs, 'run')})"
            lines.append((KIND_RUN, text))
        if summary.core_sessions:
            count = summary.core_sessions
            lines.append((KIND_CORE, "Core" if count == 1 else f"Core ×{count}"))
        if summary.sore_regions:
            names = ", ".join(self.region_names.get(r, r) for r in summary.sore_regions)
            # The soreness mark (and the legend) say what the line is, so one region is just
            # its name, which fits the cell; with several the count comes first, as a narrow
            # cell cuts the names short, never the count (the tooltip has them all).
            count = len(summary.sore_regions)
            lines.append((2, names if count == 1 else f"Sore ×{count}: {names}"))
        return lines

    def day_tooltip(self, day: date) -> str:
        """What a day's cell says, in full (a cell cuts long lines short); "" for none."""
        summary = self.days.get(day)
        if summary is None:
            return ""
        lines = [text for kind, text in self.cell_lines(day) if kind != 2]
        if summary.sore_regions:
            names = [self.region_names.get(r, r) for r in summary.sore_regions]
            lines.append("Sore: " + ", ".join(names))
        return "\n".join(lines)

    def day_at(self, index: QModelIndex) -> date | None:
        """The day a cell of the month view stands for (the view shows a few days of the
        months before and after); None for the row of day names."""
        text = index.data()
        if not index.isValid() or not str(text).isdigit():
            return None
        number, row = int(text), index.row()
        first = date(self.yearShown(), self.monthShown(), 1)
        if row <= 2 and number > 20:  # the end of the month before
            first = (first - timedelta(days=1)).replace(day=1)
        elif row >= 4 and number < 15:  # the start of the month after
            first = (first + timedelta(days=32)).replace(day=1)
        return first.replace(day=number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            view = self.findChild(QTableView, "qt_calendar_calendarview")
            if view is not None and watched is view.viewport():
                day = self.day_at(view.indexAt(event.pos()))
                text = "" if day is None else self.day_tooltip(day)
                # An empty text hides a tooltip left from another day at once.
                QToolTip.showText(event.globalPos(), text, view.viewport())
                return True
        return super().eventFilter(watched, event)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        c = colors()
        day = qdate.toPython()
        shown_month = qdate.month() == self.monthShown() and qdate.year() == self.yearShown()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = qdate == self.selectedDate()
        painter.fillRect(rect, QColor(c.base if shown_month else c.window))
        if selected:
            tint = QColor(c.accent)
            tint.setAlpha(70 if c.dark else 45)
            painter.fillRect(rect, tint)
        if day == clock.today():
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if selected and view is not None and view.hasFocus():  # the keyboard's place
            painter.setPen(QPen(QColor(c.focus), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(rect).adjusted(3, 3, -3, -3))
        font = QFont(painter.font())
        font.setBold(selected or day == clock.today())
        painter.setFont(font)
        painter.setPen(QColor(c.text if shown_month else c.muted))
        inner = rect.adjusted(5, 3, -4, -2)
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(qdate.day())
        )
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.92))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        y = inner.top() + metrics.height() + 3
        for kind, text in self.cell_lines(day):
            if y + metrics.height() > inner.bottom() + 2:
                break
            mark = QColor(kind_color(kind)) if kind is not None else QColor(c.muted)
            if not shown_month:
                mark.setAlpha(110)
            if kind is not None:  # its shape says the kind, not only its colour
                size = min(7.0, metrics.height() - 6.0)
                box = QRectF(inner.left(), y + (metrics.height() - size) / 2, size, size)
                paint_kind_mark(painter, box, kind, mark)
            painter.setPen(QColor(c.text if shown_month else c.muted))
            text_rect = QRect(inner.left() + 10, y, inner.width() - 10, metrics.height())
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
            y += metrics.height()
        painter.restore()


class CalendarTab(QWidget):
    """The month on the left, the chosen day's entries on the right."""

    sig_open_entry = Signal(int, int)
    """Edit an entry: (kind, id)."""
    sig_show_day = Signal(object)
    """List a day's entries in the timeline: the date."""

    def __init__(
        self,
        ctx: AppContext,
        source: HistorySource,
        region_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.region_names = region_names
        named(self, "historyCalendarTab", "Calendar")
        self._index: _DayIndex | None = None
        self._index_version = -1

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(14)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.month_summary = muted("")
        self.month_summary.setObjectName("historyMonthSummary")
        left.addWidget(self.month_summary)
        self.calendar = MonthCalendar(ctx, region_names)
        left.addWidget(self.calendar, 1)
        legend = QHBoxLayout()
        legend.setSpacing(16)
        for kind, text in (
            (KIND_RUN, "distance run"),
            (KIND_CORE, "core sessions"),
            (2, "soreness"),
        ):
            item = QHBoxLayout()
            item.setSpacing(5)
            mark = KindMark(kind)
            mark.setObjectName(f"historyLegend{kind}")
            item.addWidget(mark)
            item.addWidget(muted(text, wrap=False))
            legend.addLayout(item)
        legend.addStretch(1)
        left.addLayout(legend)
        layout.addLayout(left, 3)

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
        self.day_list = named(QListWidget(), "historyDayEntries", "Entries of the chosen day")
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setWordWrap(True)
        self.day_list.setSpacing(2)
        card.body.addWidget(self.day_list, 1)
        buttons = QHBoxLayout()
        self.open_button = named(
            QPushButton("&Open…"),
            "historyDayOpen",
            "Open the entry",
            "Edit the chosen entry on its page (Enter or double-click)",
        )
        self.timeline_button = named(
            QPushButton("Show &in timeline"),
            "historyDayTimeline",
            "Show the day in the timeline",
            "List this day's entries in the timeline (Alt+I; Enter on the calendar)",
        )
        for button in (self.open_button, self.timeline_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        card.body.addWidget(
            muted(
                "Arrow keys move between days; Enter or a double-click on a day lists it in "
                "the timeline."
            )
        )
        layout.addWidget(card, 2)

        self.calendar.selectionChanged.connect(self._show_chosen_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._fill_month())
        self.calendar.activated.connect(lambda d: self.sig_show_day.emit(d.toPython()))
        self.day_list.itemActivated.connect(lambda _item: self.open_chosen())
        self.day_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.open_button.clicked.connect(self.open_chosen)
        self.timeline_button.clicked.connect(
            lambda: self.sig_show_day.emit(self.calendar.selectedDate().toPython())
        )
        self._update_buttons()

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
        month = f"{first:%B} {first.year}"
        if not days:
            return f"{month}: nothing logged."
        parts = []
        if runs:
            unit = self.ctx.settings.unit
            parts.append(
                f"{format_distance(distance, unit, 1)} in {count_text(runs, 'run')}"
            )
        if cores:
            parts.append(count_text(cores, "core session"))
        if sore:
            parts.append(f"sore on {count_text(sore, 'day')}")
        return f"{month}: " + " · ".join(parts)

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
            item = QListWidgetItem(kind_icon(kind), f"{when:%H:%M}  {self._entry_text(row, unit)}")
            item.setData(EntryRole, (kind, timeline.ids[row]))
            item.setToolTip(plain_tooltip(timeline.notes[row] or KIND_NAMES[kind]))
            self.day_list.addItem(item)
        if rows:
            self.day_summary.setText(
                f"{count_text(len(rows), 'entry', 'entries')}. Enter or a double-click "
                "opens one to edit it."
            )
            self.day_list.setCurrentRow(0)
        else:
            self.day_summary.setText("Nothing logged on this day.")
        self._update_buttons()

    def _entry_text(self, row: int, unit: str) -> str:
        t = self._index.timeline if self._index else None
        assert t is not None
        kind = t.kind[row]
        if kind == KIND_RUN:
            distance, duration = t.distance_m[row] or 0, t.duration_s[row] or 0
            return (
                f"{run_kind_text(t.run_type[row] or '', t.race_class[row])}: "
                f"{format_distance(distance, unit)} in {format_duration(round(duration))}"
            )
        if kind == KIND_CORE:
            self.source.read_session_texts([t.ids[row]])
            texts = self.source.session_text(t.ids[row])
            text = "Core session"
            if t.duration_s[row]:
                text += f" ({format_hours_minutes(t.duration_s[row] or 0)})"
            return text + (f": {texts[0]}" if texts else "")
        region = t.region[row] or ""
        return "Soreness: " + soreness_text(
            self.region_names.get(region, region), t.severity[row], t.resolved[row]
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
