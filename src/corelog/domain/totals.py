"""Totals over a range of days, and what each day held (for the Today page and calendar)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from corelog.domain.records import CoreRecord, HoldRecord, RunRecord, SorenessRecord


@dataclass(frozen=True, slots=True)
class RangeTotals:
    """Everything done from one day to another. ``core_time_s`` counts known durations."""

    distance_m: int = 0
    run_time_s: int = 0
    runs: int = 0
    core_sessions: int = 0
    core_time_s: int = 0
    holds: int = 0
    hold_time_ms: int = 0
    training_days: int = 0  # days with a run or a core session


def range_totals(
    runs: Iterable[RunRecord],
    cores: Iterable[CoreRecord],
    holds: Iterable[HoldRecord],
    first_day: date,
    last_day: date,
) -> RangeTotals:
    """Totals of the entries whose local day is from ``first_day`` to ``last_day``."""
    distance = run_time = run_count = core_count = core_time = hold_count = hold_time = 0
    trained: set[date] = set()
    for run in runs:
        day = run.start.date()
        if first_day <= day <= last_day:
            distance += run.distance_m
            run_time += run.duration_s
            run_count += 1
            trained.add(day)
    for core in cores:
        day = core.start.date()
        if first_day <= day <= last_day:
            core_count += 1
            core_time += core.duration_s or 0
            trained.add(day)
    for hold in holds:
        if first_day <= hold.at.date() <= last_day:
            hold_count += 1
            hold_time += hold.hold_ms
    return RangeTotals(
        distance, run_time, run_count, core_count, core_time, hold_count, hold_time, len(trained)
    )


@dataclass(frozen=True, slots=True)
class DaySummary:
    """What happened on one day: distance run, runs, core sessions, regions that were sore."""

    day: date
    distance_m: int = 0
    runs: int = 0
    core_sessions: int = 0
    sore_regions: tuple[str, ...] = ()


def day_summaries(
    runs: Iterable[RunRecord],
    cores: Iterable[CoreRecord],
    soreness: Iterable[SorenessRecord],
    first_day: date,
    last_day: date,
) -> dict[date, DaySummary]:
    """The days from ``first_day`` to ``last_day`` that held anything, in date order."""
    distance: dict[date, int] = {}
    run_count: dict[date, int] = {}
    core_count: dict[date, int] = {}
    sore: dict[date, set[str]] = {}
    for run in runs:
        day = run.start.date()
        if first_day <= day <= last_day:
            distance[day] = distance.get(day, 0) + run.distance_m
            run_count[day] = run_count.get(day, 0) + 1
    for core in cores:
        day = core.start.date()
        if first_day <= day <= last_day:
            core_count[day] = core_count.get(day, 0) + 1
    for entry in soreness:
        day = entry.at.date()
        if first_day <= day <= last_day:
            sore.setdefault(day, set()).add(entry.region)
    all_days = sorted(run_count.keys() | core_count.keys() | sore.keys())
    return {
        day: DaySummary(
            day,
            distance.get(day, 0),
            run_count.get(day, 0),
            core_count.get(day, 0),
            tuple(sorted(sore.get(day, ()))),
        )
        for day in all_days
    }
