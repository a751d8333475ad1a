"""Personal records: fastest race per distance, longest run, longest hold per exercise.

Among equal results the earliest holds the record: matching it later does not take it.
For records within a period, pass only that period's entries (see ``records.between``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from corelog.domain.races import race_distance_fits
from corelog.domain.records import HoldRecord, RunRecord
from corelog.domain.timeutil import MONDAY, check_weekday, week_start_ordinal
from corelog.domain.vocabulary import RACE, RACE_DISTANCES_M


@dataclass(frozen=True, slots=True)
class RaceBest:
    """The fastest race of one distance class (5k, 10k, half, marathon)."""

    race_class: str
    duration_s: int
    distance_m: int
    day: date
    run: RunRecord


@dataclass(frozen=True, slots=True)
class LongestRun:
    distance_m: int
    duration_s: int
    day: date
    run: RunRecord


@dataclass(frozen=True, slots=True)
class HoldBest:
    """The longest hold of one exercise."""

    exercise: str
    hold_ms: int
    day: date
    hold: HoldRecord


def fastest_races(runs: Iterable[RunRecord]) -> dict[str, RaceBest]:
    """The fastest race per class, by time, for 5k, 10k, half and marathon.

    Races of class "other" have no common distance and are left out, and so is a race
    whose distance does not fit its class (a "5K" of 21.1 km, saved before CoreLog
    checked this or imported from elsewhere). The result is in the order 5k, 10k,
    half, marathon, holding only the classes the user has raced.
    """
    best: dict[str, RunRecord] = {}
    for run in runs:
        if run.run_type != RACE or run.race_class not in RACE_DISTANCES_M:
            continue
        if not race_distance_fits(run.race_class, run.distance_m):
            continue
        held = best.get(run.race_class)
        if held is None or (run.duration_s, run.start) < (held.duration_s, held.start):
            best[run.race_class] = run
    return {
        race_class: RaceBest(race_class, run.duration_s, run.distance_m, run.start.date(), run)
        for race_class in RACE_DISTANCES_M
        if (run := best.get(race_class)) is not None
    }


def longest_run(runs: Iterable[RunRecord]) -> LongestRun | None:
    """The longest run by distance, or None without runs."""
    best: RunRecord | None = None
    for run in runs:
        if best is None or (-run.distance_m, run.start) < (-best.distance_m, best.start):
            best = run
    if best is None:
        return None
    return LongestRun(best.distance_m, best.duration_s, best.start.date(), best)


def longest_holds(holds: Iterable[HoldRecord]) -> dict[str, HoldBest]:
    """The longest hold per exercise key, exercises in alphabetical order of key."""
    best: dict[str, HoldRecord] = {}
    for hold in holds:
        held = best.get(hold.exercise)
        if held is None or (-hold.hold_ms, hold.at) < (-held.hold_ms, held.at):
            best[hold.exercise] = hold
    return {
        key: HoldBest(key, hold.hold_ms, hold.at.date(), hold) for key, hold in sorted(best.items())
    }


@dataclass(frozen=True)
class PersonalRecords:
    """Everything the History and Today pages show as personal records."""

    races: Mapping[str, RaceBest] = field(default_factory=dict)
    longest_run: LongestRun | None = None
    holds: Mapping[str, HoldBest] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "races", MappingProxyType(dict(self.races)))
        object.__setattr__(self, "holds", MappingProxyType(dict(self.holds)))


def personal_records(runs: Iterable[RunRecord], holds: Iterable[HoldRecord]) -> PersonalRecords:
    """Fastest races, longest run and longest holds."""
    run_list = runs if isinstance(runs, list | tuple) else list(runs)
    return PersonalRecords(fastest_races(run_list), longest_run(run_list), longest_holds(holds))


def best_hold_by_week(
    holds: Iterable[HoldRecord], first_weekday: int = MONDAY
) -> dict[str, list[tuple[date, int]]]:
    """Per exercise, the best hold of each week that has one, oldest week first.

    Feeds the "best plank hold over time" chart; weeks without a hold are left out.
    """
    check_weekday(first_weekday)
    best: dict[str, dict[int, int]] = {}
    for hold in holds:
        weeks = best.setdefault(hold.exercise, {})
        week = week_start_ordinal(hold.at.toordinal(), first_weekday)
        if hold.hold_ms > weeks.get(week, 0):
            weeks[week] = hold.hold_ms
    return {
        key: [(date.fromordinal(week), ms) for week, ms in sorted(weeks.items())]
        for key, weeks in sorted(best.items())
    }
