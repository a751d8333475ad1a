"""Week by week: totals, the 10 percent rule, and core sessions against the 2-3 target.

Weeks start on the user's first day of the week and entries fall in the week of their
own local day. Every function makes one pass over the entries (or over the weeks), so
ten years of history take milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.timeutil import MONDAY, week_starts

CORE_TARGET_MIN = 2  # core sessions a week, from the documents (002): two to three
CORE_TARGET_MAX = 3
WEEKLY_RISE_LIMIT_PERCENT = 10  # the 10 percent rule (002)

_WEEK = timedelta(weeks=1)


@dataclass(frozen=True, slots=True)
class WeekTotals:
    """What one week held. ``core_time_s`` counts the sessions whose duration is known."""

    start: date
    distance_m: int = 0
    run_time_s: int = 0
    runs: int = 0
    core_sessions: int = 0
    core_time_s: int = 0

    @property
    def end(self) -> date:
        """The last day of the week."""
        return self.start + timedelta(days=6)


def weekly_totals(
    runs: Iterable[RunRecord],
    cores: Iterable[CoreRecord],
    first_day: date,
    last_day: date,
    first_weekday: int = MONDAY,
) -> list[WeekTotals]:
    """Totals for every week from the week of ``first_day`` to the week of ``last_day``.

    Whole weeks are covered: an entry counts when its day is anywhere in one of those
    weeks, even before ``first_day`` in the first week. Weeks with nothing in them are
    included, with zeros, so charts show the gaps.
    """
    starts = week_starts(first_day, last_day, first_weekday)
    if not starts:
        return []
    origin, count = starts[0].toordinal(), len(starts)
    distance, run_time, run_count = [0] * count, [0] * count, [0] * count
    core_count, core_time = [0] * count, [0] * count
    for run in runs:
        index = (run.start.toordinal() - origin) // 7
        if 0 <= index < count:
            distance[index] += run.distance_m
            run_time[index] += run.duration_s
            run_count[index] += 1
    for core in cores:
        index = (core.start.toordinal() - origin) // 7
        if 0 <= index < count:
            core_count[index] += 1
            core_time[index] += core.duration_s or 0
    return [
        WeekTotals(start, distance[i], run_time[i], run_count[i], core_count[i], core_time[i])
        for i, start in enumerate(starts)
    ]


@dataclass(frozen=True, slots=True)
class WeekChange:
    """How a week's distance compares with the week before it."""

    week: date
    previous_m: int
    distance_m: int

    @property
    def percent(self) -> float | None:
        """The rise (or fall, negative) in percent; None after a week without running."""
        if self.previous_m <= 0:
            return None
        return (self.distance_m - self.previous_m) * 100 / self.previous_m

    @property
    def is_jump(self) -> bool:
        """True when the distance rose more than 10 percent over a week with running."""
        limit = 100 + WEEKLY_RISE_LIMIT_PERCENT
        return self.previous_m > 0 and self.distance_m * 100 > self.previous_m * limit

    @property
    def after_break(self) -> bool:
        """True for running again after a week without any: a restart, not a jump."""
        return self.previous_m <= 0 < self.distance_m


def week_changes(weeks: Sequence[WeekTotals]) -> list[WeekChange]:
    """Each week compared with the one before it (the first week has none to compare to).

    A week that follows a week without running is never counted as a jump: there is
    no distance to take ten percent of, so the percentage is undefined (None) and the
    week is marked ``after_break`` instead. To judge the first week of a range, pass
    the week before it too. ``weeks`` must be consecutive, as ``weekly_totals`` gives.
    """
    changes = []
    for before, week in pairwise(weeks):
        if week.start - before.start != _WEEK:
            raise ValueError("weeks must be consecutive, one after another")
        changes.append(WeekChange(week.start, before.distance_m, week.distance_m))
    return changes


def mileage_jumps(weeks: Sequence[WeekTotals]) -> list[WeekChange]:
    """The weeks whose distance rose more than 10 percent over the week before."""
    return [change for change in week_changes(weeks) if change.is_jump]


CoreStatus = Literal["below", "on_target", "above", "in_progress"]


@dataclass(frozen=True, slots=True)
class CoreWeek:
    """Core sessions in a week against the target of two to three.

    ``status`` is "below" (fewer than two), "on_target" (two or three), "above" (more:
    fine, just more than the documents ask), or "in_progress" for a week that is not
    over yet and has not reached two: it cannot be judged below target until it ends.
    """

    week: date
    sessions: int
    status: CoreStatus


def core_frequency(weeks: Iterable[WeekTotals], today: date | None = None) -> list[CoreWeek]:
    """Each week's core sessions with its status; weeks ending on or after ``today`` are open."""
    result = []
    for week in weeks:
        sessions = week.core_sessions
        status: CoreStatus
        if sessions > CORE_TARGET_MAX:
            status = "above"
        elif sessions >= CORE_TARGET_MIN:
            status = "on_target"
        elif today is not None and week.end >= today:
            status = "in_progress"
        else:
            status = "below"
        result.append(CoreWeek(week.start, sessions, status))
    return result


def weeks_below_core_target(
    weeks: Iterable[WeekTotals], today: date | None = None
) -> list[CoreWeek]:
    """The finished weeks with fewer than two core sessions."""
    return [week for week in core_frequency(weeks, today) if week.status == "below"]
