"""Each History chart's numbers as a table: what the chart draws, in rows and words.

A chart is read with the eyes and a pointer; its table is read with the keyboard and a
screen reader. ``chart_table(card)`` turns the chart a card shows now into a
:class:`ChartTable` (column titles, rows of text), one function per chart, named by the
card's objectName. Every mark the chart draws in colour (a week over the 10 percent rule,
a week short of the core target, a load ratio's band) is a word in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from corelog.domain.formatting import format_distance, format_hold, format_pace
from corelog.domain.i18n import History, integer, number
from corelog.domain.load import DayLoad, load_band
from corelog.domain.weekly import CORE_TARGET_MAX, CORE_TARGET_MIN
from corelog.services.history_review import HistoryReview
from corelog.services.history_words import LOAD_BAND_WORDS, day_text
from corelog.ui.charts.table import ChartTable


def _week(review: HistoryReview, start: date) -> str:
    return History.tr("Week of {day}").format(day=day_text(start, review.today))


def _day(review: HistoryReview, day: date) -> str:
    return day_text(day, review.today)


def distance_table(review: HistoryReview, card: object) -> ChartTable:
    unit = review.unit
    jumps = {change.week for change in review.jumps}
    rows = []
    for totals, change in zip(review.weeks, review.changes, strict=True):
        percent = change.percent
        if not totals.runs:
            versus, note = "", History.tr("no runs")
        elif percent is None:
            versus = ""
            note = History.tr("after a week without running") if change.after_break else ""
        else:
            shown = number(percent)
            signed = ("" if shown.startswith("-") else "+") + shown
            versus = History.tr("{percent}%", "a signed percentage").format(percent=signed)
            if totals.start in jumps:
                note = History.tr("▲ more than 10 percent up")
            elif change.is_jump:
                note = History.tr("not judged: the log began the week before")
            else:
                note = ""
        rows.append(
            (
                _week(review, totals.start),
                format_distance(totals.distance_m, unit, 1),
                integer(totals.runs),
                versus,
                note,
            )
        )
    return ChartTable(
        (
            History.tr("Week"),
            History.tr("Distance ({unit})").format(unit=unit),
            History.tr("Runs"),
            History.tr("On the week before"),
            History.tr("Note"),
        ),
        rows,
        frozenset({1, 2, 3}),
        History.tr("One row per week."),
    )


def core_words(status: str) -> str:
    """A week's standing against the core target, in words."""
    if status == "below":
        return History.tr("▼ below the {low}-{high} target").format(
            low=integer(CORE_TARGET_MIN), high=integer(CORE_TARGET_MAX)
        )
    return {
        "on_target": History.tr("on target"),
        "above": History.tr("above the target"),
        "in_progress": History.tr("this week, still going"),
    }[status]


def core_table(review: HistoryReview, card: object) -> ChartTable:
    rows = []
    for week in review.core_weeks:
        status = core_words(week.status) if review.judged(week.week) else History.tr("not judged")
        rows.append((_week(review, week.week), integer(week.sessions), status))
    return ChartTable(
        (
            History.tr("Week"),
            History.tr("Core sessions"),
            History.tr("Against the target of {low} to {high}").format(
                low=integer(CORE_TARGET_MIN), high=integer(CORE_TARGET_MAX)
            ),
        ),
        rows,
        frozenset({1}),
        History.tr("One row per week."),
    )


def _hold(holds: dict[str, int], name: str) -> str:
    return format_hold(holds[name]) if name in holds else ""


def holds_table(review: HistoryReview, card: object) -> ChartTable:
    names = list(review.hold_weeks)
    best: dict[date, dict[str, int]] = {}
    for name, weeks in review.hold_weeks.items():
        for week, ms in weeks:
            best.setdefault(week, {})[name] = ms
    rows = [
        (_week(review, week), *(_hold(best[week], name) for name in names)) for week in sorted(best)
    ]
    return ChartTable(
        (History.tr("Week"), *names),
        rows,
        frozenset(range(1, len(names) + 1)),
        History.tr("One row per week with a timed hold: the longest hold of each exercise."),
    )


def soreness_table(review: HistoryReview, card: object) -> ChartTable:
    rows = []
    for index, week in enumerate(review.soreness_weeks):
        for name, counts in review.soreness_counts.items():
            if counts[index]:
                rows.append((_week(review, week), name, integer(counts[index])))
    return ChartTable(
        (History.tr("Week"), History.tr("Region"), History.tr("Days sore")),
        rows,
        frozenset({2}),
        History.tr("One row per week and region with soreness."),
    )


def _count(count: int | None) -> str:
    return "" if count is None else integer(count)


def pace_table(review: HistoryReview, card: object) -> ChartTable:
    unit = review.unit
    dots = review.paces
    runs_per_week: dict[date, int] = {}
    first = review.first_day.toordinal()
    for day in np.asarray(dots.days, dtype=int):
        start = review.first_day + timedelta(weeks=(int(day) - first) // 7)
        runs_per_week[start] = runs_per_week.get(start, 0) + 1
    rows = [
        (_week(review, week), format_pace(pace, unit), _count(runs_per_week.get(week)))
        for week, pace in review.weekly_pace
    ]
    return ChartTable(
        (
            History.tr("Week"),
            History.tr("Easy pace (min/{unit})").format(unit=unit),
            History.tr("Easy runs"),
        ),
        rows,
        frozenset({1, 2}),
        History.tr("One row per week with easy runs."),
    )


def _load_rows(review: HistoryReview, load: list[DayLoad]) -> list[tuple[str, ...]]:
    return [
        (
            _day(review, day.day),
            number(day.acute, grouped=True),
            number(day.chronic, grouped=True),
        )
        for day in load
        if day.acute or day.chronic
    ]


def load_table(review: HistoryReview, card: object) -> ChartTable:
    return ChartTable(
        (
            History.tr("Day"),
            History.tr("Last 7 days (effort × min)"),
            History.tr("Average week of the last 28"),
        ),
        _load_rows(review, review.load),
        frozenset({1, 2}),
        History.tr("One row per day with load."),
    )


def heart_load_table(review: HistoryReview, card: object) -> ChartTable:
    heart = getattr(card, "heart", None)
    series = heart.series if heart is not None else []
    return ChartTable(
        (
            History.tr("Day"),
            History.tr("Last 7 days (TRIMP)"),
            History.tr("Average week of the last 28"),
        ),
        _load_rows(review, series),
        frozenset({1, 2}),
        History.tr("One row per day with heart-rate load."),
    )


def ratio_table(review: HistoryReview, card: object) -> ChartTable:
    rows = []
    for day in review.load:
        if day.ratio is None:
            continue
        band = History.marked(LOAD_BAND_WORDS[load_band(round(day.ratio, 2))])
        if not day.settled:
            band = History.tr("{band}; fewer than 4 weeks logged before it").format(band=band)
        rows.append((_day(review, day.day), number(day.ratio, 2), band))
    return ChartTable(
        (History.tr("Day"), History.tr("Ratio"), History.tr("Band")),
        rows,
        frozenset({1}),
        History.tr("One row per day with a ratio."),
    )


TABLES: dict[str, Callable[[HistoryReview, object], ChartTable]] = {
    "historyChartDistance": distance_table,
    "historyChartCore": core_table,
    "historyChartHolds": holds_table,
    "historyChartSoreness": soreness_table,
    "historyChartPace": pace_table,
    "historyChartLoad": load_table,
    "historyChartHeartLoad": heart_load_table,
    "historyChartRatio": ratio_table,
}
