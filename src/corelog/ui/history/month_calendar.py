"""The History calendar's month view: each day's cell marked with what happened on it.

A cell shows the distance run, the core sessions and any soreness (every region sore that
day, counted), each as a word or a figure beside a coloured mark (never by colour alone);
resting the pointer on a day spells it all out. Painted in the theme's colours, with the
week starting on the user's first day of the week.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolTip,
)

from corelog.domain import clock
from corelog.domain.formatting import format_distance
from corelog.domain.i18n import History, integer
from corelog.domain.timeline import KIND_CORE, KIND_RUN
from corelog.domain.totals import DaySummary
from corelog.ui.context import AppContext
from corelog.ui.history.kind_marks import kind_color, paint_kind_mark
from corelog.ui.theme import colors
from corelog.ui.widgets import named


class MonthCalendar(QCalendarWidget):
    """A month view whose cells show each day's distance, core sessions and soreness."""

    def __init__(self, ctx: AppContext, region_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.region_names = region_names
        named(self, "historyCalendar", History.tr("Training calendar"))
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
                text = History.tr("{distance} (%Ln runs)", "", summary.runs).format(distance=text)
            lines.append((KIND_RUN, text))
        if summary.core_sessions:
            count = summary.core_sessions
            lines.append(
                (
                    KIND_CORE,
                    History.tr("Core")
                    if count == 1
                    else History.tr("Core ×{count}").format(count=integer(count)),
                )
            )
        if summary.sore_regions:
            names = ", ".join(self.region_names.get(r, r) for r in summary.sore_regions)
            # The soreness mark (and the legend) say what the line is, so one region is just
            # its name, which fits the cell; with several the count comes first, as a narrow
            # cell cuts the names short, never the count (the tooltip has them all).
            count = len(summary.sore_regions)
            if count > 1:
                names = History.tr("Sore ×{count}: {regions}").format(
                    count=integer(count), regions=names
                )
            lines.append((2, names))
        return lines

    def day_tooltip(self, day: date) -> str:
        """What a day's cell says, in full (a cell cuts long lines short); "" for none."""
        summary = self.days.get(day)
        if summary is None:
            return ""
        lines = [text for kind, text in self.cell_lines(day) if kind != 2]
        if summary.sore_regions:
            names = [self.region_names.get(r, r) for r in summary.sore_regions]
            lines.append(History.tr("Sore: {regions}").format(regions=", ".join(names)))
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
