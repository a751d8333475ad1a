"""Streaks: weeks in a row meeting the core target, and days in a row with any training."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.timeutil import MONDAY, check_weekday, week_start, week_start_ordinal
from corelog.domain.weekly import CORE_TARGET_MIN


@dataclass(frozen=True, slots=True)
class Streak:
    """``length`` days or weeks in a row, from ``first`` to ``last`` (week starts for weeks)."""

    length: int = 0
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True, slots=True)
class Streaks:
    """The streak still going today, and the longest ever (the latest of equal ones)."""

    current: Streak
    longest: Streak


def _streaks(marks: Iterable[date], step: timedelta, today_mark: date) -> Streaks:
    """Streaks over ``marks`` (any order, repeats allowed) up to ``today_mark``.

    The current step (today, or this week) is still open, so a streak that reached the
    step before it is still going.
    """
    longest = current = Streak()
    for mark in sorted(set(marks)):
        if mark > today_mark:
            break
        if current.last is not None and mark - current.last == step:
            current = Streak(current.length + 1, current.first, mark)
        else:
            current = Streak(1, mark, mark)
        if current.length >= longest.length:
            longest = current
    if current.last is None or today_mark - current.last > step:
        current = Streak()
    return Streaks(current, longest)


def core_target_streaks(
    cores: Iterable[CoreRecord],
    today: date,
    first_weekday: int = MONDAY,
    target: int = CORE_TARGET_MIN,
) -> Streaks:
    """Weeks in a row with at least ``target`` core sessions (two, from the documents).

    This week counts once it reaches the target; until then a streak that reached last
    week is still current. Sessions after ``today`` are ignored.
    """
    check_weekday(first_weekday)
    last = today.toordinal()
    per_week = Counter(
        week_start_ordinal(ordinal, first_weekday)
        for core in cores
        if (ordinal := core.start.toordinal()) <= last
    )
    return week_target_streaks(
        {date.fromordinal(week): n for week, n in per_week.items()}, today, first_weekday, target
    )


def week_target_streaks(
    sessions_by_week: Mapping[date, int],
    today: date,
    first_weekday: int = MONDAY,
    target: int = CORE_TARGET_MIN,
) -> Streaks:
    """Like :func:`core_target_streaks`, from the number of sessions in each week.

    ``sessions_by_week`` maps week starts (weeks starting on ``first_weekday``) to the
    core sessions done that week up to ``today``; weeks missing hold none, and weeks
    after this one are ignored. For long histories counted in bulk.
    """
    check_weekday(first_weekday)
    met = (week for week, sessions in sessions_by_week.items() if sessions >= target)
    return _streaks(met, timedelta(weeks=1), week_start(today, first_weekday))


def training_day_streaks(
    runs: Iterable[RunRecord], cores: Iterable[CoreRecord], today: date
) -> Streaks:
    """Days in a row with a run or a core session; a streak that reached yesterday is current."""
    trained = {run.start.toordinal() for run in runs}
    trained.update(core.start.toordinal() for core in cores)
    return day_streaks(map(date.fromordinal, trained), today)


def day_streaks(days: Iterable[date], today: date) -> Streaks:
    """Days in a row among ``days`` (any order, repeats allowed), up to ``today``.

    Like :func:`training_day_streaks`, for days already collected (a long history counted
    in bulk). A streak that reached yesterday is still current.
    """
    return _streaks(days, timedelta(days=1), today)
