"""The whole history as numpy columns (:class:`HistoryArrays`), read once from the timeline.

Ten years of heavy training are some 50,000 entries and 75,000 timed holds; building a
domain record for each would take longer than drawing every chart. So the timeline's
columns become numpy arrays once (:func:`history_arrays`), each kind sorted by local time,
and ``history_sums`` takes what it needs from them in bulk. The domain's record rules
(``domain.bests``) run on records; instead of a record for every entry they are given
only the candidates :class:`HistoryArrays` picks in bulk: the races, the runs as long as
the longest, and per exercise the holds as long as its longest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from corelog.domain.bests import PersonalRecords, fastest_races, longest_holds, longest_run
from corelog.domain.load import CORE_MINUTES_PER_SET, DEFAULT_EFFORT
from corelog.domain.records import HoldRecord, RunRecord, SorenessRecord
from corelog.domain.timeline import (
    EPOCH_ORDINAL,
    KINDS,
    SECONDS_PER_DAY,
    HoldSets,
    KindRows,
    Timeline,
    local_datetime,
)
from corelog.domain.timeutil import MONDAY
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES

Ints = NDArray[np.int64]

_NONE = -1


def _codes(values: tuple[str | None, ...], vocabulary: tuple[str, ...]) -> NDArray[np.int8]:
    lookup = {key: code for code, key in enumerate(vocabulary)}
    if not values:
        return np.zeros(0, dtype=np.int8)
    return np.fromiter(map(lookup.get, values, [_NONE] * len(values)), np.int8, len(values))


def _ints(values: tuple[float | None, ...] | tuple[int | None, ...], missing: int) -> Ints:
    """Whole numbers (rounded like ``round()``: halves to even), ``missing`` for None."""
    floats = np.array(values, dtype=np.float64) if values else np.zeros(0)
    return np.where(np.isnan(floats), missing, np.rint(floats)).astype(np.int64)


@dataclass(frozen=True, eq=False)
class HistoryArrays:
    """The whole history as numpy columns, each kind sorted by local time.

    Distances and durations are whole metres and seconds (as the domain's records hold
    them), ``*_day`` are local day ordinals, efforts are 0 when not given and a core
    session's duration is -1 when not known. Holds are every uninterrupted timed set of
    a session in the timeline.
    """

    run_id: Ints
    run_s: Ints
    run_day: Ints
    run_distance: Ints
    run_duration: Ints
    run_effort: Ints
    run_type: NDArray[np.int8]
    run_race: NDArray[np.int8]
    core_id: Ints
    core_s: Ints
    core_day: Ints
    core_duration: Ints
    core_effort: Ints
    core_sets: Ints
    soreness: list[SorenessRecord]
    hold_s: Ints
    hold_day: Ints
    hold_exercise: Ints
    hold_ms: Ints
    hold_session: Ints
    exercise_names: dict[int, str] = field(default_factory=dict)

    @property
    def run_load(self) -> Ints:
        """Each run's load in effort-seconds."""
        return np.where(self.run_effort > 0, self.run_effort, DEFAULT_EFFORT) * self.run_duration

    @property
    def core_load(self) -> Ints:
        """Each core session's load in effort-seconds (2 minutes a set without a duration)."""
        seconds = np.where(
            self.core_duration >= 0, self.core_duration, self.core_sets * CORE_MINUTES_PER_SET * 60
        )
        return np.where(self.core_effort > 0, self.core_effort, DEFAULT_EFFORT) * seconds

    @cached_property
    def trained_days(self) -> Ints:
        """The day ordinals with a run or a core session, in order."""
        return np.union1d(self.run_day, self.core_day)

    @cached_property
    def daily_load(self) -> tuple[dict[int, int], date | None]:
        """Effort-seconds per day ordinal over the whole history, and the first day logged."""
        days = np.concatenate((self.run_day, self.core_day))
        if not len(days):
            return {}, None
        loads = np.concatenate((self.run_load, self.core_load))
        unique, inverse = np.unique(days, return_inverse=True)
        sums = np.bincount(inverse, weights=loads)
        daily = {
            int(d): int(v) for d, v in zip(unique.tolist(), np.rint(sums).tolist(), strict=True)
        }
        return daily, date.fromordinal(int(unique[0]))

    @cached_property
    def all_time_records(self) -> PersonalRecords:
        """The personal records of the whole history."""
        return self.records_in()

    def first_day(self) -> date | None:
        firsts = [int(days[0]) for days in (self.run_day, self.core_day) if len(days)] + [
            s.day.toordinal() for s in self.soreness[:1]
        ]
        return date.fromordinal(min(firsts)) if firsts else None

    # -- slicing by local day (each kind is sorted by time)
    def runs_in(self, first: date, last: date) -> slice:
        return _between(self.run_day, first, last)

    def cores_in(self, first: date, last: date) -> slice:
        return _between(self.core_day, first, last)

    def holds_in(self, first: date, last: date) -> slice:
        return _between(self.hold_day, first, last)

    def soreness_in(self, first: date, last: date) -> list[SorenessRecord]:
        return [s for s in self.soreness if first <= s.day <= last]

    # -- records for the few entries the domain needs one by one
    def run_record(self, index: int) -> RunRecord:
        race = int(self.run_race[index])
        effort = int(self.run_effort[index])
        return RunRecord(
            local_datetime(int(self.run_s[index])),
            int(self.run_distance[index]),
            int(self.run_duration[index]),
            RUN_TYPES[int(self.run_type[index])],
            RACE_CLASSES[race] if race >= 0 else None,
            effort or None,
            int(self.run_id[index]),
        )

    def hold_record(self, index: int) -> HoldRecord:
        exercise = int(self.hold_exercise[index])
        return HoldRecord(
            local_datetime(int(self.hold_s[index])),
            self.exercise_names.get(exercise, str(exercise)),
            int(self.hold_ms[index]),
            int(self.hold_session[index]),
        )

    # -- the few entries that can hold a personal record, picked in bulk
    def race_candidates(self, span: slice | None = None) -> list[RunRecord]:
        """The races (of ``span``: a slice of the runs), as records for ``fastest_races``."""
        span = span or slice(None)
        indexes = np.flatnonzero(self.run_type[span] == RUN_TYPES.index(RACE))
        offset = span.start or 0
        return [self.run_record(offset + int(i)) for i in indexes]

    def longest_run_candidates(self, span: slice | None = None) -> list[RunRecord]:
        """The runs as long as the longest (of ``span``), as records for ``longest_run``."""
        span = span or slice(None)
        distances = self.run_distance[span]
        if not len(distances):
            return []
        offset = span.start or 0
        indexes = np.flatnonzero(distances == distances.max())
        return [self.run_record(offset + int(i)) for i in indexes]

    def longest_hold_candidates(self, span: slice | None = None) -> list[HoldRecord]:
        """Per exercise, the holds as long as its longest (of ``span``), for ``longest_holds``."""
        span = span or slice(None)
        exercises, ms = self.hold_exercise[span], self.hold_ms[span]
        if not len(ms):
            return []
        kinds, which = np.unique(exercises, return_inverse=True)
        best = np.zeros(len(kinds), dtype=np.int64)
        np.maximum.at(best, which, ms)
        offset = span.start or 0
        return [self.hold_record(offset + int(i)) for i in np.flatnonzero(ms == best[which])]

    def weekly_hold_candidates(
        self, first: date, last: date, first_weekday: int = MONDAY
    ) -> list[HoldRecord]:
        """Per exercise and week, one longest hold, as records for ``best_hold_by_week``."""
        span = self.holds_in(first, last)
        days = self.hold_day[span]
        if not len(days):
            return []
        weeks = days - (days + 6 - first_weekday) % 7
        exercises, ms = self.hold_exercise[span], self.hold_ms[span]
        order = np.lexsort((ms, weeks, exercises))  # by exercise, week, then hold: last is best
        group = exercises[order] * 10_000_000 + weeks[order]
        last_of_group = np.flatnonzero(np.append(group[1:] != group[:-1], True))
        offset = span.start or 0
        return [self.hold_record(offset + int(order[i])) for i in last_of_group]

    def records_in(self, runs: slice | None = None, holds: slice | None = None) -> PersonalRecords:
        """The personal records set within ``runs`` and ``holds`` (slices; all by default)."""
        return PersonalRecords(
            fastest_races(self.race_candidates(runs)),
            longest_run(self.longest_run_candidates(runs)),
            longest_holds(self.longest_hold_candidates(holds)),
        )


def _between(days: Ints, first: date, last: date) -> slice:
    start = int(np.searchsorted(days, first.toordinal(), side="left"))
    end = int(np.searchsorted(days, last.toordinal(), side="right"))
    return slice(start, end)


def _by_time(part: KindRows) -> NDArray[np.intp]:
    """The order of one kind's entries by local time (ties by id)."""
    return np.lexsort((np.array(part.ids, dtype=np.int64), np.array(part.local_s, dtype=np.int64)))


def _taken(values: tuple, order: NDArray[np.intp], missing: int) -> Ints:
    return _ints(values, missing)[order] if len(order) else np.zeros(0, dtype=np.int64)


def history_arrays(
    timeline: Timeline, holds: HoldSets, set_counts: dict[int, int] | None = None
) -> HistoryArrays:
    """The timeline, the sessions' holds and their set counts as :class:`HistoryArrays`.

    ``set_counts`` needs only the sessions without a duration (their load counts sets).
    """
    counts = set_counts or {}
    runs, cores, sore = (next(p for p in timeline.parts if p.kind == k) for k in KINDS)

    run_order = _by_time(runs)
    run_s = np.array(runs.local_s, dtype=np.int64)[run_order]
    core_order = _by_time(cores)
    core_id = np.array(cores.ids, dtype=np.int64)[core_order]
    core_s = np.array(cores.local_s, dtype=np.int64)[core_order]
    hold_s, hold_exercise, hold_ms, hold_session = _timed_holds(holds, core_id, core_s)
    core_sets = np.array([counts.get(i, 0) for i in cores.ids], dtype=np.int64)
    return HistoryArrays(
        run_id=np.array(runs.ids, dtype=np.int64)[run_order],
        run_s=run_s,
        run_day=_days(run_s),
        run_distance=_taken(runs.distance_m, run_order, 0),
        run_duration=_taken(runs.duration_s, run_order, 0),
        run_effort=_taken(runs.effort, run_order, 0),
        run_type=_codes(runs.run_type, RUN_TYPES)[run_order],
        run_race=_codes(runs.race_class, RACE_CLASSES)[run_order],
        core_id=core_id,
        core_s=core_s,
        core_day=_days(core_s),
        core_duration=_taken(cores.duration_s, core_order, -1),
        core_effort=_taken(cores.effort, core_order, 0),
        core_sets=core_sets[core_order] if len(core_order) else core_sets,
        soreness=_soreness_records(sore),
        hold_s=hold_s,
        hold_day=_days(hold_s),
        hold_exercise=hold_exercise,
        hold_ms=hold_ms,
        hold_session=hold_session,
        exercise_names=dict(holds.names),
    )


def _days(seconds: Ints) -> Ints:
    """Local seconds since the epoch as day ordinals (``date.toordinal``)."""
    return seconds // SECONDS_PER_DAY + EPOCH_ORDINAL


def _soreness_records(sore: KindRows) -> list[SorenessRecord]:
    """The soreness entries of the timeline, oldest first."""
    return sorted(
        (
            SorenessRecord(local_datetime(s), region or "", severity or 0, entry_id)
            for entry_id, s, region, severity in zip(
                sore.ids, sore.local_s, sore.region, sore.severity, strict=True
            )
        ),
        key=lambda record: (record.at, record.ref),
    )


def _timed_holds(holds: HoldSets, core_id: Ints, core_s: Ints) -> tuple[Ints, Ints, Ints, Ints]:
    """The holds of sessions in the timeline, timed by their session's start, in time order:
    (local seconds, exercise id, hold in ms, session id)."""
    by_id = np.argsort(core_id)
    sorted_ids = core_id[by_id]
    session = np.array(holds.session_ids, dtype=np.int64)
    if len(sorted_ids):
        where = np.minimum(np.searchsorted(sorted_ids, session), len(sorted_ids) - 1)
        known = sorted_ids[where] == session
        hold_s = core_s[by_id][where[known]]
    else:
        known = np.zeros(len(session), dtype=bool)
        hold_s = np.zeros(0, dtype=np.int64)
    hold_exercise = np.array(holds.exercise_ids, dtype=np.int64)[known]
    hold_ms = np.array(holds.hold_ms, dtype=np.int64)[known]
    hold_session = session[known]
    order = np.lexsort((hold_session, hold_s))
    return hold_s[order], hold_exercise[order], hold_ms[order], hold_session[order]
