"""The History page's week-by-week charts: weekly distance (with the weeks that broke the
10 percent rule marked), core sessions against the two-to-three target, the best hold of
each week per exercise, and soreness by region.

Each is a :class:`~corelog.ui.history.chart_card.ChartCard`; a week's bar or dot sits in
the middle of its week, and the read-out names the week under the pointer.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from corelog.domain.formatting import format_distance, format_hold
from corelog.domain.i18n import QT_TRANSLATE_NOOP, History, integer, number
from corelog.domain.units import metres_per_unit
from corelog.domain.weekly import CORE_TARGET_MAX, CORE_TARGET_MIN
from corelog.services.history_review import HistoryReview
from corelog.services.history_words import day_text
from corelog.ui.history.chart_card import (
    BAR_WIDTH,
    MAX_MARKED_WEEKS,
    PLOT_HEIGHT,
    ChartCard,
    DayAxis,
    chart_color,
    core_target_citation,
    ten_percent_citation,
    week_middle,
)
from corelog.ui.theme import ThemeColors, font_pt


def _marks(
    points: list[tuple[float, float]], top: float, symbol: str, color: str, weeks: int
) -> pg.ScatterPlotItem:
    """Symbols just above the bars at ``points`` (x, bar height): a mark that does not
    rest on colour alone."""
    return pg.ScatterPlotItem(
        x=[x for x, _ in points],
        y=[height + top * 0.06 for _, height in points],
        symbol=symbol,
        size=9 if weeks <= MAX_MARKED_WEEKS else 6,
        brush=pg.mkBrush(color),
        pen=pg.mkPen(None),
    )


def bars(x, heights, brushes, pens=None) -> pg.BarGraphItem:
    return pg.BarGraphItem(
        x=np.asarray(x, dtype=float),
        height=np.asarray(heights, dtype=float),
        width=BAR_WIDTH,
        brushes=brushes,
        pens=pens or [pg.mkPen(None)] * len(brushes),
    )


class DistanceChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Weekly distance")
    explanation = QT_TRANSLATE_NOOP(
        "History",
        "Each bar is a week. Bars marked ▲ rose more than 10 percent over the week before.",
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History", "No runs in this range yet: the distance you run shows here, week by week."
    )

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        weeks = review.weeks
        if not any(w.runs for w in weeks):
            self.caption.setText(self.explanation)
            return False
        per_unit = float(metres_per_unit(review.unit))
        jumps = {change.week for change in review.jumps}
        x = [week_middle(w.start) for w in weeks]
        heights = [w.distance_m / per_unit for w in weeks]
        brushes = [pg.mkBrush(c.warn if w.start in jumps else c.accent) for w in weeks]
        self.plot.addItem(bars(x, heights, brushes))
        if jumps:
            # Marked in shape as well as colour (smaller where the weeks are thin).
            marks = [
                (week_middle(w.start), w.distance_m / per_unit) for w in weeks if w.start in jumps
            ]
            self.plot.addItem(_marks(marks, max(heights) or 1, "t1", c.warn, len(weeks)))
        if jumps:
            self.plot.setYRange(0, (max(heights) or 1) * 1.15, padding=0)
        self.plot.setLabel("left", review.unit)
        count = len(jumps)
        if count:
            latest = sorted(jumps)[-1]
            change = next(ch for ch in review.jumps if ch.week == latest)
            self.caption.setText(
                History.tr(
                    "Each bar is a week. ▲ and orange mark the %Ln weeks that rose more than "
                    "10 percent over the week before (the latest: week of {day}, +{percent}%); "
                    "the documents advise raising weekly distance by no more than that "
                    "{citation}.",
                    "",
                    count,
                ).format(
                    day=day_text(latest, review.today),
                    percent=number(change.percent or 0),
                    citation=ten_percent_citation(),
                )
            )
        else:
            self.caption.setText(
                History.tr(
                    "Each bar is a week. No week rose more than 10 percent over the week "
                    "before, as the documents advise {citation}."
                ).format(citation=ten_percent_citation())
            )
        return True

    def describe_week(self, week: date, review: HistoryReview, y: float | None) -> str | None:
        index = (week - review.first_day).days // 7
        totals, change = review.weeks[index], review.changes[index]
        distance = format_distance(totals.distance_m, review.unit, 1)
        text = History.tr("{week}: {distance} in %Ln runs", "", totals.runs).format(
            week=self.week_text(week), distance=distance
        )
        if change.percent is not None and totals.runs:
            percent = number(abs(change.percent))
            if change.percent >= 0:
                text = History.tr("{text}, up {percent}% on the week before").format(
                    text=text, percent=percent
                )
            else:
                text = History.tr("{text}, down {percent}% on the week before").format(
                    text=text, percent=percent
                )
            if change.is_jump and not review.judged(week - timedelta(weeks=1)):
                text = History.tr(
                    "{text} (your log began that week before, so it is not judged)"
                ).format(text=text)
            elif change.is_jump:
                text = History.tr("{text} — more than the 10 percent rule allows").format(text=text)
        elif change.after_break:
            text = History.tr("{text}, after a week without running").format(text=text)
        return History.tr("{text}.", "end of a sentence").format(text=text)


class CoreChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Core sessions per week")

    @property
    def explanation(self) -> str:  # type: ignore[override]
        return History.tr(
            "The band is the target of {low} to {high} sessions a week {citation}. Bars "
            "below it, marked ▼, are weeks that fell short; this week's bar is still filling."
        ).format(
            low=integer(CORE_TARGET_MIN),
            high=integer(CORE_TARGET_MAX),
            citation=core_target_citation(),
        )

    @property
    def empty_text(self) -> str:  # type: ignore[override]
        return History.tr(
            "No core sessions in this range yet: two or three a week is the target {citation}."
        ).format(citation=core_target_citation())

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        weeks = review.core_weeks
        if not any(w.sessions for w in weeks):
            return False
        band = pg.LinearRegionItem(
            values=(CORE_TARGET_MIN, CORE_TARGET_MAX),
            orientation="horizontal",
            movable=False,
            brush=pg.mkBrush(chart_color(c.good, 45)),
            pen=pg.mkPen(chart_color(c.good, 120)),
        )
        band.setZValue(-10)
        self.plot.addItem(band)
        looks = {
            "below": c.warn,
            "on_target": c.good,
            "above": c.good,
            "in_progress": c.muted,
        }
        brushes = [pg.mkBrush(looks[w.status] if review.judged(w.week) else c.muted) for w in weeks]
        self.plot.addItem(
            bars([week_middle(w.week) for w in weeks], [w.sessions for w in weeks], brushes)
        )
        most = max(max(w.sessions for w in weeks), CORE_TARGET_MAX)
        short = [
            (week_middle(w.week), w.sessions)
            for w in weeks
            if w.status == "below" and review.judged(w.week)
        ]
        if short:
            self.plot.addItem(_marks(short, most, "t", c.warn, len(weeks)))
        self.plot.setYRange(0, most + 0.5, padding=0)
        step = 1 if most <= 8 else int(np.ceil(most / 8))
        self.plot.getAxis("left").setTicks([[(n, str(n)) for n in range(0, most + 1, step)]])
        self.plot.setLabel("left", History.tr("sessions", "axis"))
        return True

    def describe_week(self, week: date, review: HistoryReview, y: float | None) -> str | None:
        core_week = review.core_weeks[(week - review.first_day).days // 7]
        count = core_week.sessions
        if not review.judged(week):
            return History.tr(
                "{week}: %Ln core sessions; before your log began or as it began, so not judged.",
                "",
                count,
            ).format(week=self.week_text(week))
        status = {
            "below": History.tr("below the {low}-{high} target").format(
                low=integer(CORE_TARGET_MIN), high=integer(CORE_TARGET_MAX)
            ),
            "on_target": History.tr("on target"),
            "above": History.tr("above the target (more than the documents ask)"),
            "in_progress": History.tr("this week, still going"),
        }[core_week.status]
        return History.tr("{week}: %Ln core sessions, {status}.", "", count).format(
            week=self.week_text(week), status=status
        )


class HoldChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Best hold per week")
    explanation = QT_TRANSLATE_NOOP(
        "History",
        "The longest hold of each week, per exercise (holds stopped early left out).",
    )
    empty_text = QT_TRANSLATE_NOOP(
        "History", "No timed holds in this range yet: plank holds you log or time show here."
    )

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.legend = self.plot.addLegend(offset=(8, 4), labelTextSize=f"{font_pt(8)}pt")

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        if self.legend is not None:
            self.legend.clear()
        if not review.hold_weeks:
            return False
        palette = [c.accent, c.good, c.warn, c.danger, c.muted]
        symbols = ["o", "s", "t", "d", "+"]
        self.legend.setLabelTextColor(c.text)
        self.legend.setBrush(pg.mkBrush(chart_color(c.card, 200)))
        for i, (name, weeks) in enumerate(review.hold_weeks.items()):
            color = palette[i % len(palette)]
            self.plot.plot(
                [week_middle(week) for week, _ in weeks],
                [ms / 1000 for _, ms in weeks],
                pen=pg.mkPen(color, width=2),
                symbol=symbols[i % len(symbols)],
                symbolSize=6 if len(weeks) <= MAX_MARKED_WEEKS else 3,
                symbolBrush=pg.mkBrush(color),
                symbolPen=pg.mkPen(None),
                name=name,
            )
        self.plot.setLabel("left", History.tr("seconds", "axis"))
        self.plot.enableAutoRange(axis="y")
        return True

    def describe_week(self, week: date, review: HistoryReview, y: float | None) -> str | None:
        parts = [
            History.tr("{exercise} {hold}").format(exercise=name, hold=format_hold(ms))
            for name, weeks in review.hold_weeks.items()
            for when, ms in weeks
            if when == week
        ]
        if not parts:
            return History.tr("{week}: no timed holds.").format(week=self.week_text(week))
        return History.tr("{week}: best {holds}.").format(
            week=self.week_text(week), holds=", ".join(parts)
        )


class SorenessChart(ChartCard):
    title_text = QT_TRANSLATE_NOOP("History", "Soreness by region")
    explanation = QT_TRANSLATE_NOOP(
        "History", "Each dot is a week with soreness in that region; the bigger, the more days."
    )
    empty_text = QT_TRANSLATE_NOOP("History", "No soreness logged in this range.")

    def _axes(self) -> dict[str, pg.AxisItem]:
        return {"bottom": DayAxis(orientation="bottom"), "left": pg.AxisItem(orientation="left")}

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        counts = review.soreness_counts
        if not counts:
            return False
        names = list(counts)
        xs, ys, sizes = [], [], []
        for row, name in enumerate(names):
            for week, count in zip(review.soreness_weeks, counts[name], strict=True):
                if count:
                    xs.append(week_middle(week))
                    ys.append(row)
                    sizes.append(6 + 3 * min(count, 7))
        self.plot.addItem(
            pg.ScatterPlotItem(
                x=xs,
                y=ys,
                size=sizes,
                brush=pg.mkBrush(chart_color(c.warn, 190)),
                pen=pg.mkPen(None),
            )
        )
        left = self.plot.getAxis("left")
        left.setTicks([[(row, name) for row, name in enumerate(names)]])
        longest = max(self.fontMetrics().horizontalAdvance(n) for n in names)
        left.setWidth(min(170, longest + 14))
        self.plot.setYRange(-0.6, len(names) - 0.4, padding=0)
        self.plot.showGrid(x=False, y=False)
        height = max(PLOT_HEIGHT, 28 + 22 * len(names))
        self.plot_widget.setFixedHeight(height)
        return True

    def describe_week(self, week: date, review: HistoryReview, y: float | None) -> str | None:
        if y is None:
            return None
        names = list(review.soreness_counts)
        row = round(y)
        if not 0 <= row < len(names):
            return None
        count = review.soreness_counts[names[row]][(week - review.first_day).days // 7]
        day = day_text(week, review.today)
        if not count:
            return History.tr("{region}, week of {day}: not sore.").format(
                region=names[row], day=day
            )
        return History.tr("{region}, week of {day}: sore on %Ln days.", "", count).format(
            region=names[row], day=day
        )
