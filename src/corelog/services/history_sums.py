"""The history summed in bulk with numpy, for charts and insights over long ranges.

Sums per week and per day are taken in bulk from the history's columns
(``history_columns``), and the domain's analysis then runs on those sums (week totals,
the load series, streaks, the easy-run pace); the few entries that can hold a record are
picked by the columns themselves. The results are the domain's own: tests check them
against the domain functions given every entry as a record.

The History page's services: ``history_timeline`` reads the timeline and filters it (the
list), ``history_columns`` and this module sum it (the numbers),
``history_review`` says what the sums mean (the charts' series and the insights in
words).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from numpy.typing import NDArray

from corelog.domain.timeutil import MONDAY, check_weekday, week_starts
from corelog.domain.units import metres_per_unit
from corelog.domain.vocabulary import EASY, RUN_TYPES
from corelog.domain.weekly import WeekTotals
from corelog.services.history_columns import HistoryArrays, Ints

# ------------------------------------------------------------------------- weeks


def _week_index(days: Ints, origin: int) -> Ints:
    return (days - origin) // 7


def week_totals(
    arrays: HistoryArrays, first: date, last: date, first_weekday: int = MONDAY
) -> list[WeekTotals]:
    """What ``domain.weekly.weekly_totals`` gives for these weeks, summed in bulk."""
    starts = week_starts(first, last, first_weekday)
    if not starts:
        return []
    origin, count = starts[0].toordinal(), len(starts)
    span_first, span_last = starts[0], starts[-1] + timedelta(days=6)
    runs = arrays.runs_in(span_first, span_last)
    cores = arrays.cores_in(span_first, span_last)
    run_week = _week_index(arrays.run_day[runs], origin)
    core_week = _week_index(arrays.core_day[cores], origin)

    def summed(index: Ints, weights: Ints | None = None) -> list[int]:
        sums = np.bincount(index, weights=weights, minlength=count)
        return [int(v) for v in np.rint(sums)]

    distance = summed(run_week, arrays.run_distance[runs])
    run_time = summed(run_week, arrays.run_duration[runs])
    run_count = summed(run_week)
    core_count = summed(core_week)
    core_time = summed(core_week, np.maximum(arrays.core_duration[cores], 0))
    return [
        WeekTotals(start, distance[i], run_time[i], run_count[i], core_count[i], core_time[i])
        for i, start in enumerate(starts)
    ]


def sessions_by_week(
    arrays: HistoryArrays, today: date, first_weekday: int = MONDAY
) -> dict[date, int]:
    """Core sessions per week up to ``today`` (weeks with none left out), for streaks."""
    check_weekday(first_weekday)
    days = arrays.core_day[arrays.core_day <= today.toordinal()]
    weeks = days - (days + 6 - first_weekday) % 7
    starts, counts = np.unique(weeks, return_counts=True)
    return {date.fromordinal(int(s)): int(n) for s, n in zip(starts, counts, strict=True)}


def training_days(arrays: HistoryArrays, first: date | None = None) -> Iterator[date]:
    """The days with a run or a core session (from ``first`` on, when given)."""
    days = arrays.trained_days
    if first is not None:
        days = days[days >= first.toordinal()]
    return (date.fromordinal(int(d)) for d in days)


def daily_load(arrays: HistoryArrays) -> tuple[dict[int, int], date | None]:
    """Effort-seconds per day ordinal over the whole history, and the first day logged."""
    return arrays.daily_load


# ------------------------------------------------------------------------- pace


@dataclass(frozen=True, eq=False)
class PaceDots:
    """The pace of each easy run in a range (seconds per km or mile), oldest first."""

    days: Ints
    pace_s: NDArray[np.float64]
    distance_m: Ints
    run_ids: Ints

    def __len__(self) -> int:
        return len(self.days)


def easy_paces(arrays: HistoryArrays, first: date, last: date, unit: str = "km") -> PaceDots:
    """As ``domain.trends.easy_run_paces``, as arrays."""
    span = arrays.runs_in(first, last)
    distance, duration = arrays.run_distance[span], arrays.run_duration[span]
    keep = (arrays.run_type[span] == RUN_TYPES.index(EASY)) & (distance > 0) & (duration > 0)
    per_metre = float(metres_per_unit(unit))
    return PaceDots(
        arrays.run_day[span][keep],
        duration[keep] * per_metre / distance[keep],
        distance[keep],
        arrays.run_id[span][keep],
    )


def weekly_easy_pace(
    arrays: HistoryArrays, first: date, last: date, first_weekday: int = MONDAY, unit: str = "km"
) -> list[tuple[date, float]]:
    """As ``domain.trends.weekly_easy_pace``: per week, total time over total distance."""
    starts = week_starts(first, last, first_weekday)
    if not starts:
        return []
    origin, count = starts[0].toordinal(), len(starts)
    span = arrays.runs_in(starts[0], starts[-1] + timedelta(days=6))
    distance = arrays.run_distance[span]
    keep = (arrays.run_type[span] == RUN_TYPES.index(EASY)) & (distance > 0)
    weeks = _week_index(arrays.run_day[span][keep], origin)
    metres = np.bincount(weeks, weights=distance[keep], minlength=count)
    seconds = np.bincount(weeks, weights=arrays.run_duration[span][keep], minlength=count)
    per_metre = float(metres_per_unit(unit))
    return [
        (start, float(seconds[i]) * per_metre / float(metres[i]))
        for i, start in enumerate(starts)
        if metres[i] > 0
    ]
