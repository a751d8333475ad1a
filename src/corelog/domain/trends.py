"""Trends over time: the pace of easy runs, and the regions that keep getting sore."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from corelog.domain.records import RunRecord, SorenessRecord
from corelog.domain.timeutil import MONDAY, week_starts
from corelog.domain.units import metres_per_unit
from corelog.domain.vocabulary import EASY

RECURRING_WINDOW_DAYS = 21  # "several times in three weeks" points to overuse
RECURRING_MIN_EPISODES = 3


@dataclass(frozen=True, slots=True)
class PacePoint:
    """One run's pace, in seconds per kilometre or per mile."""

    day: date
    pace_s: float
    distance_m: int
    run: RunRecord


def easy_run_paces(
    runs: Iterable[RunRecord], unit: str = "km", run_types: Collection[str] = (EASY,)
) -> list[PacePoint]:
    """The pace of every easy run (or of ``run_types``), oldest first."""
    per_metre = float(metres_per_unit(unit))
    points = [
        PacePoint(
            run.start.date(), run.duration_s * per_metre / run.distance_m, run.distance_m, run
        )
        for run in runs
        if run.run_type in run_types and run.distance_m > 0 and run.duration_s > 0
    ]
    points.sort(key=lambda point: point.run.start)
    return points


def weekly_easy_pace(
    runs: Iterable[RunRecord],
    first_day: date,
    last_day: date,
    first_weekday: int = MONDAY,
    unit: str = "km",
    run_types: Collection[str] = (EASY,),
) -> list[tuple[date, float]]:
    """Per week with easy runs, their overall pace (total time over total distance)."""
    starts = week_starts(first_day, last_day, first_weekday)
    if not starts:
        return []
    origin, count = starts[0], len(starts)
    distance, seconds = [0] * count, [0] * count
    for run in runs:
        if run.run_type not in run_types or run.distance_m <= 0:
            continue
        index = (run.start.date() - origin).days // 7
        if 0 <= index < count:
            distance[index] += run.distance_m
            seconds[index] += run.duration_s
    per_metre = float(metres_per_unit(unit))
    return [
        (start, seconds[i] * per_metre / distance[i])
        for i, start in enumerate(starts)
        if distance[i] > 0
    ]


@dataclass(frozen=True, slots=True)
class RegionEpisodes:
    """How often one body region was sore: each day with soreness there is one episode."""

    region: str
    episodes: int
    days: tuple[date, ...]  # oldest first


def _episodes_by_region(
    soreness: Iterable[SorenessRecord], first_day: date, last_day: date
) -> dict[str, set[date]]:
    by_region: dict[str, set[date]] = {}
    for entry in soreness:
        day = entry.at.date()
        if first_day <= day <= last_day:
            by_region.setdefault(entry.region, set()).add(day)
    return by_region


def soreness_episodes(
    soreness: Iterable[SorenessRecord], first_day: date, last_day: date
) -> list[RegionEpisodes]:
    """Episodes per region from ``first_day`` to ``last_day``, most first, then by name.

    Several entries for one region on the same day are one episode.
    """
    found = [
        RegionEpisodes(region, len(days), tuple(sorted(days)))
        for region, days in _episodes_by_region(soreness, first_day, last_day).items()
    ]
    found.sort(key=lambda item: (-item.episodes, item.region))
    return found


def recurring_soreness(
    soreness: Iterable[SorenessRecord],
    today: date,
    window_days: int = RECURRING_WINDOW_DAYS,
    min_episodes: int = RECURRING_MIN_EPISODES,
) -> list[RegionEpisodes]:
    """Regions sore on at least ``min_episodes`` days within the last ``window_days`` days."""
    first_day = today - timedelta(days=window_days - 1)
    return [
        found
        for found in soreness_episodes(soreness, first_day, today)
        if found.episodes >= min_episodes
    ]


def soreness_by_week(
    soreness: Iterable[SorenessRecord],
    first_day: date,
    last_day: date,
    first_weekday: int = MONDAY,
) -> tuple[list[date], dict[str, list[int]]]:
    """Episodes per region per week, for the chart: (week starts, region -> counts).

    The counts line up with the week starts; regions are in alphabetical order.
    """
    starts = week_starts(first_day, last_day, first_weekday)
    if not starts:
        return [], {}
    origin, count = starts[0], len(starts)
    week_end = starts[-1] + timedelta(days=6)
    counts: dict[str, list[int]] = {}
    for region, days in _episodes_by_region(soreness, origin, week_end).items():
        row = counts.setdefault(region, [0] * count)
        for day in days:
            row[(day - origin).days // 7] += 1
    return starts, dict(sorted(counts.items()))
