"""The few entries that can hold a personal record, picked from the history's columns.

The domain's record rules (``domain.bests``: fastest races, longest run, longest holds,
the best hold of each week) run on records; instead of a record for every entry they are
given only the candidates picked here in bulk: the races, the runs as long as the
longest, and per exercise the holds as long as its longest.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from corelog.domain.records import HoldRecord, RunRecord
from corelog.domain.timeutil import MONDAY
from corelog.domain.vocabulary import RACE, RUN_TYPES

if TYPE_CHECKING:
    from corelog.services.history_columns import HistoryArrays


def race_candidates(arrays: HistoryArrays, span: slice | None = None) -> list[RunRecord]:
    """The races (of ``span``: a slice of the runs), as records for ``fastest_races``."""
    span = span or slice(None)
    indexes = np.flatnonzero(arrays.run_type[span] == RUN_TYPES.index(RACE))
    offset = span.start or 0
    return [arrays.run_record(offset + int(i)) for i in indexes]


def longest_run_candidates(arrays: HistoryArrays, span: slice | None = None) -> list[RunRecord]:
    """The runs as long as the longest (of ``span``), as records for ``longest_run``."""
    span = span or slice(None)
    distances = arrays.run_distance[span]
    if not len(distances):
        return []
    offset = span.start or 0
    indexes = np.flatnonzero(distances == distances.max())
    return [arrays.run_record(offset + int(i)) for i in indexes]


def longest_hold_candidates(arrays: HistoryArrays, span: slice | None = None) -> list[HoldRecord]:
    """Per exercise, the holds as long as its longest (of ``span``), for ``longest_holds``."""
    span = span or slice(None)
    exercises, ms = arrays.hold_exercise[span], arrays.hold_ms[span]
    if not len(ms):
        return []
    kinds, which = np.unique(exercises, return_inverse=True)
    best = np.zeros(len(kinds), dtype=np.int64)
    np.maximum.at(best, which, ms)
    offset = span.start or 0
    return [arrays.hold_record(offset + int(i)) for i in np.flatnonzero(ms == best[which])]


def weekly_hold_candidates(
    arrays: HistoryArrays, first: date, last: date, first_weekday: int = MONDAY
) -> list[HoldRecord]:
    """Per exercise and week, one longest hold, as records for ``best_hold_by_week``."""
    span = arrays.holds_in(first, last)
    days = arrays.hold_day[span]
    if not len(days):
        return []
    weeks = days - (days + 6 - first_weekday) % 7
    exercises, ms = arrays.hold_exercise[span], arrays.hold_ms[span]
    order = np.lexsort((ms, weeks, exercises))  # by exercise, week, then hold: last is best
    group = exercises[order] * 10_000_000 + weeks[order]
    last_of_group = np.flatnonzero(np.append(group[1:] != group[:-1], True))
    offset = span.start or 0
    return [arrays.hold_record(offset + int(order[i])) for i in last_of_group]
