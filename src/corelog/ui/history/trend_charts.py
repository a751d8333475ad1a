"""The History page's day-by-day charts: the pace of easy runs (each run a dot, each week's
pace a line), the training load of the last 7 days against an average week of the last
28, and the ratio of the two with its bands.

Each is a :class:`~corelog.ui.history.chart_card.ChartCard`; the read-out names the run,
week or day under the pointer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from corelog.domain.formatting import format_distance, format_pace
from corelog.domain.i18n import QT_TRANSLATE_NOOP, History, number
from corelog.domain.load import DayLoad, load_band
from corelog.services.history_review import HistoryReview
from corelog.services.history_words import LOAD_BAND_WORDS, day_text
from corelog.ui.charts.axes import PaceAxis
from corelog.ui.history.chart_card import ChartCard, DayAxis, chart_color, week_middle
from corelog.ui.theme import ThemeColors

MAX_DOTS = 1500
"""Above this many easy runs, only the weekly pace is drawn (dots would blur together)."""


class PaceChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Easy run pace")
    explanation = QT_TRANSLATE_NOOP(
        "History", "Each dot is an easy run; the line is each week's pace. Faster is higher."
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History", "No easy runs in this range yet: their pace shows here as it improves."
    )

    def _axes(self) -> dict[str, pg.AxisItem]:
        return {"bottom": DayAxis(orientation="bottom"), "left": PaceAxis(orientation="left")}

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        dots = review.paces
        if not len(dots) and not review.weekly_pace:
            return False
        self.plot.invertY(True)
        if 0 < len(dots) <= MAX_DOTS:
            self.plot.addItem(
                pg.ScatterPlotItem(
                    x=dots.days.astype(float) + 0.5,
                    y=dots.pace_s,
                    size=5,
                    brush=pg.mkBrush(chart_color(c.accent, 110)),
                    pen=pg.mkPen(None),
                )
            )
            self.caption.setText(self.explanation)
        else:
            self.caption.setText(
                History.tr("The line is each week's easy-run pace. Faster is higher.")
            )
        weekly = review.weekly_pace
        self.plot.plot(
            [week_middle(week) for week, _ in weekly],
            [pace for _, pace in weekly],
            pen=pg.mkPen(c.accent, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=pg.mkBrush(c.accent),
            symbolPen=pg.mkPen(None),
        )
        self.plot.setLabel("left", f"min/{review.unit}")
        self.plot.enableAutoRange(axis="y")
        return True

    def describe(self, x: float, y: float | None) -> str | None:
        review = self.review
        week = self._week_at(x)
        if week is None or review is None:
            return None
        unit = review.unit
        weekly = dict(review.weekly_pace)
        if week in weekly:
            text = History.tr("{week}: easy pace {pace}").format(
                week=self.week_text(week), pace=format_pace(weekly[week], unit)
            )
        else:
            text = History.tr("{week}: no easy runs").format(week=self.week_text(week))
        dots = review.paces
        if len(dots):
            day = int(np.floor(x))
            nearest = int(np.argmin(np.abs(dots.days - day)))
            if abs(int(dots.days[nearest]) - day) <= 1:
                run_day = date.fromordinal(int(dots.days[nearest]))
                text = History.tr("{text}. Run of {day}: {pace} over {distance}").format(
                    text=text,
                    day=day_text(run_day, review.today),
                    pace=format_pace(float(dots.pace_s[nearest]), unit),
                    distance=format_distance(int(dots.distance_m[nearest]), unit),
                )
        return History.tr("{text}.", "end of a sentence").format(text=text)


class LoadChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Training load (session effort)")
    explanation = QT_TRANSLATE_NOOP(
        "History",
        "Effort × minutes of runs and core sessions: the last 7 days (solid) against an "
        "average week of the last 28 (dashed). Heart rate plays no part in it.",
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History", "No runs or core sessions in this range yet: their load shows here."
    )

    unit_label = QT_TRANSLATE_NOOP("History", "effort × min")
    """The left axis's unit."""
    day_words = QT_TRANSLATE_NOOP(
        "History",
        "{day}: the last 7 days {acute}, an average week of the last 4: {chronic} "
        "(effort × minutes).",
    )
    """The read-out of the day under the pointer."""

    def series(self, review: HistoryReview | None) -> Sequence[DayLoad]:
        """The days drawn, oldest first: the session-effort load of the range."""
        return review.load if review is not None else []

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        load = self.series(review)
        if not load or not any(day.acute or day.chronic for day in load):
            return False
        x = np.array([day.day.toordinal() + 0.5 for day in load])
        self.plot.plot(
            x,
            np.array([day.chronic for day in load]),
            pen=pg.mkPen(c.muted, width=2, style=Qt.PenStyle.DashLine),
        )
        self.plot.plot(x, np.array([day.acute for day in load]), pen=pg.mkPen(c.accent, width=2))
        self.plot.setLabel("left", History.marked(self.unit_label))
        self.plot.enableAutoRange(axis="y")
        return True

    def snap(self, x: float) -> float | None:
        day = self._day(x)
        return None if day is None else day.day.toordinal() + 0.5

    def _day(self, x: float) -> DayLoad | None:
        load = self.series(self.review)
        if not load or not np.isfinite(x):
            return None
        index = int(np.floor(x)) - load[0].day.toordinal()
        return load[index] if 0 <= index < len(load) else None

    def describe(self, x: float, y: float | None) -> str | None:
        day = self._day(x)
        if day is None or self.review is None:
            return None
        return History.marked(self.day_words).format(
            day=day_text(day.day, self.review.today),
            acute=number(day.acute, grouped=True),
            chronic=number(day.chronic, grouped=True),
        )


class RatioChart(LoadChart):
    title_text = QT_TRANSLATE_NOOP("History", "Acute:chronic load ratio")
    explanation = QT_TRANSLATE_NOOP(
        "History",
        "The last 7 days' load over an average week of the last 28. About 0.8 to 1.3 is "
        "steady (the green band); above 1.5 is a spike (the red band). A grey dotted line: "
        "fewer than 4 weeks logged.",
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History", "No runs or core sessions in this range yet: the load ratio needs some."
    )

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        load = review.load
        ratios = [day.ratio for day in load]
        if not any(r is not None for r in ratios):
            return False
        top = max(2.0, min(4.0, max(r for r in ratios if r is not None) + 0.2))
        for low, high, color, alpha, word in (
            (0.8, 1.3, c.good, 50, History.tr("steady", "load band")),
            (1.3, 1.5, c.warn, 35, ""),
            (1.5, top + 10, c.danger, 35, History.tr("spike", "load band")),
        ):
            region = pg.LinearRegionItem(
                values=(low, high),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(chart_color(color, alpha)),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            if word:  # the band named in words, not only in its colour
                label = pg.TextItem(word, color=c.muted, anchor=(0, 0.5))
                label.setPos(review.first_day.toordinal() + 0.5, (low + min(high, top)) / 2)
                self.plot.addItem(label, ignoreBounds=True)
        x = np.array([day.day.toordinal() + 0.5 for day in load])
        y = np.array([np.nan if r is None else r for r in ratios], dtype=float)
        settled = np.array([day.settled for day in load])
        self.plot.plot(
            x, np.where(settled, y, np.nan), pen=pg.mkPen(c.accent, width=2), connect="finite"
        )
        if not settled.all():
            self.plot.plot(
                x,
                np.where(settled, np.nan, y),
                pen=pg.mkPen(c.muted, width=2, style=Qt.PenStyle.DotLine),
                connect="finite",
            )
        self.plot.setYRange(0, top, padding=0)
        self.plot.setLabel("left", History.tr("ratio", "axis"))
        return True

    def describe(self, x: float, y: float | None) -> str | None:
        day = self._day(x)
        if day is None or self.review is None:
            return None
        when = day_text(day.day, self.review.today)
        if day.ratio is None:
            return History.tr("{day}: no training in the 4 weeks before, so no ratio.").format(
                day=when
            )
        band = load_band(round(day.ratio, 2))
        words = History.marked(LOAD_BAND_WORDS[band])
        ratio = number(day.ratio, 2)
        if not day.settled:
            return History.tr(
                "{day}: ratio {ratio}, {band}; fewer than 4 weeks logged before it, so it "
                "reads high."
            ).format(day=when, ratio=ratio, band=words)
        return History.tr("{day}: ratio {ratio}, {band}.").format(day=when, ratio=ratio, band=words)
