"""What every History chart is built on: the card (title, what to look for, a read-out of
the values under the pointer, the plot or a message when there is nothing to draw), the
date and number axes, and the chart palette. The charts themselves are in ``charts.py``;
the pace axis, which a run's page draws with too, is in ``ui/charts/axes.py``.

Only the charts (this package, ``ui/charts`` and a run's page) import pyqtgraph, so the
rest of CoreLog starts without it.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QWidget

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Dates, History, date_text, symbols
from corelog.services.history_review import HistoryReview
from corelog.services.history_words import day_text
from corelog.services.knowledge import citation, knowledge
from corelog.ui.history.chart_table_view import ChartTableSwitch
from corelog.ui.theme import ThemeColors, colors
from corelog.ui.widgets import Card, muted, section_title

PLOT_HEIGHT = 190
MAX_MARKED_WEEKS = 60
"""Longer ranges draw weeks too thin for marks and symbols above them."""
BAR_WIDTH = 5.2  # days, of the 7 a week's slot has


def week_middle(start: date) -> float:
    return start.toordinal() + 3.5


def chart_color(value: str, alpha: int = 255) -> QColor:
    color = QColor(value)
    color.setAlpha(alpha)
    return color


class DayAxis(pg.AxisItem):
    """A time axis over day ordinals: week starts, months or years, as the span allows."""

    first_weekday = 0
    """Weeks on the axis start on this day (the user's first day of the week)."""
    _mode = "day"

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if maxVal <= minVal or size <= 0:
            return []
        first = date.fromordinal(max(1, int(minVal)))
        last = date.fromordinal(max(1, int(maxVal)))
        span = (last - first).days + 1
        labels = max(1, int(size / 58))  # a label needs about 58 pixels
        if span <= 100:
            step = max(1, int(np.ceil(span / 7 / labels)))
            day = first - timedelta(days=(first.weekday() - self.first_weekday) % 7)
            ticks = []
            while day <= last:
                ticks.append(float(day.toordinal()))
                day += timedelta(weeks=step)
            self._mode = "day"
            return [(7.0 * step, [t for t in ticks if minVal <= t <= maxVal])]
        if span <= 3 * 366:
            step = next(m for m in (1, 2, 3, 4, 6, 12) if span / 30.4 / m <= labels)
            ticks = []
            year, month = first.year, first.month
            while date(year, month, 1) <= last:
                if (month - 1) % step == 0:
                    ticks.append(float(date(year, month, 1).toordinal()))
                month += 1
                if month > 12:
                    year, month = year + 1, 1
            self._mode = "month"
            return [(30.0 * step, [t for t in ticks if minVal <= t <= maxVal])]
        step = max(1, int(np.ceil(span / 365.25 / labels)))
        ticks = [
            float(date(year, 1, 1).toordinal())
            for year in range(first.year, last.year + 2)
            if year % step == 0
        ]
        self._mode = "year"
        return [(365.0 * step, [t for t in ticks if minVal <= t <= maxVal])]

    def tickStrings(self, values, scale, spacing):
        mode = getattr(self, "_mode", "day")
        texts = []
        for i, value in enumerate(values):
            day = date.fromordinal(max(1, round(value)))
            if mode == "day":
                texts.append(date_text(day, Dates.tr("d MMM")))
            elif mode == "month":
                with_year = i == 0 or day.month == 1
                texts.append(date_text(day, Dates.tr("MMM yyyy") if with_year else "MMM"))
            else:
                texts.append(str(day.year))
        return texts


class NumberAxis(pg.AxisItem):
    """Plain numbers, with the user's decimal point ("2,5" in German)."""

    def tickStrings(self, values, scale, spacing):
        point = symbols().decimal_point
        texts = super().tickStrings(values, scale, spacing)
        return texts if point == "." else [t.replace(".", point) for t in texts]


def hint() -> str:
    return History.tr("Point at the chart for exact values.")


def core_target_citation() -> str:
    return citation(knowledge().core.weekly_target.sources)


def ten_percent_citation() -> str:
    return citation(knowledge().core.ten_percent_rule.sources)


class ChartCard(Card):
    """A titled chart with an explanation, a hover read-out and an empty-state message."""

    title_text = ""
    explanation = ""
    empty_text = QT_TRANSLATE_NOOP("History", "Nothing to show yet.")

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setObjectName(object_name)
        for name in ("title_text", "explanation", "empty_text"):
            if not isinstance(getattr(type(self), name), property):  # else it translates
                setattr(self, name, History.marked(getattr(type(self), name)))
        self.setAccessibleName(self.title_text)
        self.body.setSpacing(4)
        self.title = section_title(self.title_text)
        self.title.setWordWrap(True)  # beside the Table toggle in a narrow window
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        self.body.addLayout(title_row)
        self.caption = muted(self.explanation)
        self.caption.setObjectName(object_name + "Caption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.caption)
        self.readout = QLabel(hint())
        self.readout.setObjectName(object_name + "Readout")
        self.readout.setProperty("role", "muted")
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() * 2 + 2)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.readout)

        self.plot_widget = pg.PlotWidget(axisItems=self._axes(), enableMenu=False)
        self.plot_widget.setObjectName(object_name + "Plot")
        self.plot_widget.setAccessibleName(
            History.tr("{title} chart").format(title=self.title_text)
        )
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its table is the keyboard's way
        self.plot_widget.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot_widget.setMinimumHeight(PLOT_HEIGHT)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plot_widget.setFixedHeight(PLOT_HEIGHT)
        self.plot_widget.hideButtons()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getViewBox().setDefaultPadding(0.02)
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.cursor.setZValue(-5)
        self.empty = muted(self.empty_text)
        self.empty.setObjectName(object_name + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(PLOT_HEIGHT // 2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack)
        self.review: HistoryReview | None = None
        self.table_switch = ChartTableSwitch(self, title_row)  # its numbers as a table
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)

    def _axes(self) -> dict[str, pg.AxisItem]:
        return {"bottom": DayAxis(orientation="bottom"), "left": NumberAxis(orientation="left")}

    # -- drawing
    def show_review(self, review: HistoryReview) -> None:
        """Draw this chart for a range (or say there is nothing to draw)."""
        self.review = review
        bottom = self.plot.getAxis("bottom")
        if isinstance(bottom, DayAxis):
            bottom.first_weekday = review.first_weekday
        self.plot.clear()
        self.readout.setText(hint())
        c = colors()
        self._style(c)
        has_data = self.draw(review, c)
        self.stack.setCurrentWidget(self.plot_widget if has_data else self.empty)
        self.readout.setVisible(has_data)
        if has_data:
            pen = pg.mkPen(chart_color(c.muted, 160), width=1, style=Qt.PenStyle.DashLine)
            self.cursor.setPen(pen)
            self.cursor.hide()
            self.plot.addItem(self.cursor, ignoreBounds=True)
            self.plot.setXRange(
                review.first_day.toordinal(), review.last_day.toordinal() + 1, padding=0.01
            )
        self.table_switch.refresh()

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        """Add the chart's items; False when the range has nothing to draw."""
        raise NotImplementedError

    def _style(self, c: ThemeColors) -> None:
        self.plot_widget.setBackground(c.card)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(c.grid))
            axis.setTextPen(pg.mkPen(c.muted))
            font = QFont(self.font())
            font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
            axis.setTickFont(font)
        self.plot.getAxis("left").setWidth(46)

    # -- hovering
    def _mouse_moved(self, pos: QPointF) -> None:
        if self.review is None:
            return
        box = self.plot.getViewBox()
        if not box.sceneBoundingRect().contains(pos):
            self.point_at(float("nan"))  # off the plotting area: back to the hint
            return
        point = box.mapSceneToView(pos)
        self.point_at(point.x(), point.y())

    def point_at(self, x: float, y: float | None = None) -> str:
        """Show (and return) the exact values at a point of the chart."""
        text = self.describe(x, y) if self.review is not None else None
        if text:
            self.readout.setText(text)
            snapped = self.snap(x)
            if snapped is not None:
                self.cursor.setValue(snapped)
                self.cursor.show()
        else:
            self.readout.setText(hint())
            self.cursor.hide()
        return text or ""

    def describe(self, x: float, y: float | None) -> str | None:
        """What the chart holds at ``x`` (``y`` picks a row, on charts that have rows), or
        None off its weeks. A chart of weeks says it in :meth:`describe_week`; one that
        reads more than the week (days, single runs) overrides this."""
        week = self._week_at(x)
        if week is None or self.review is None:
            return None
        return self.describe_week(week, self.review, y)

    def describe_week(self, week: date, review: HistoryReview, y: float | None) -> str | None:
        """What the chart holds for ``week`` (its Monday)."""
        raise NotImplementedError

    def snap(self, x: float) -> float | None:
        """Where the cursor line goes for a pointer at ``x`` (the week's middle)."""
        week = self._week_at(x)
        return None if week is None else week_middle(week)

    def _week_at(self, x: float) -> date | None:
        review = self.review
        if review is None or not np.isfinite(x):
            return None
        day = int(np.floor(x))
        if not review.first_day.toordinal() <= day <= review.last_day.toordinal():
            return None
        offset = (day - review.first_day.toordinal()) // 7
        return review.first_day + timedelta(weeks=offset)

    def week_text(self, week: date) -> str:
        assert self.review is not None
        return History.tr("Week of {day}").format(day=day_text(week, self.review.today))
