"""Reading the whole training history fast: the timeline, and what the charts need.

The History page shows every run, core session and soreness entry at once, and ten years
of heavy training come to some 50,000 entries. So the timeline is read in one pass per
kind through ``store.reader`` into compact columns (one tuple per column, one item per
entry) instead of one object per entry, and local times come back from SQLite as
whole seconds on the user's wall clock (``local_s``: seconds since 1970-01-01 00:00 of
the local clock, the stored UTC time plus the entry's own offset), so days and weeks are
plain integer arithmetic. The columns' record, ``Timeline``, and its day arithmetic live
in ``corelog.domain.timeline``; this module fills them.

Everything here skips deleted entries.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from corelog.domain.core_sessions import CoreSetRow
from corelog.domain.timeline import EPOCH_ORDINAL as EPOCH_ORDINAL
from corelog.domain.timeline import (
    KIND_CORE,
    KIND_RUN,
    KIND_SORENESS,
    KINDS,
    HoldSets,
    KindRows,
    Timeline,
    UsedExercise,
)
from corelog.domain.timeline import SECONDS_PER_DAY as SECONDS_PER_DAY
from corelog.domain.timeline import day_number as day_number
from corelog.domain.timeline import local_datetime as local_datetime
from corelog.domain.timeline import local_day as local_day
from corelog.store.store import Store


def _epoch_seconds(column: str) -> str:
    """SQL for a stored UTC timestamp as whole seconds since 1970 (UTC)."""
    if sqlite3.sqlite_version_info >= (3, 38, 0):
        return f"unixepoch({column})"
    return f"CAST(strftime('%s', {column}) AS INTEGER)"  # pragma: no cover - old SQLite


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while tens of thousands of rows are read.

    Each row read is a new tuple; with the collector on, it would run over and over
    while they pile up, doubling the time of a big read. Rows hold no cycles, so
    nothing is lost by collecting later.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ------------------------------------------------------------------------- the timeline

_KIND_SQL = {
    KIND_RUN: (
        "SELECT id, {t} + utc_offset_min * 60, distance_m, duration_s, effort, run_type, "
        "race_class, NULL, NULL, NULL, notes FROM run WHERE deleted_at IS NULL"
    ),
    KIND_CORE: (
        "SELECT id, {t} + utc_offset_min * 60, NULL, duration_s, effort, NULL, NULL, NULL, "
        "NULL, NULL, notes FROM core_session WHERE deleted_at IS NULL"
    ),
    KIND_SORENESS: (
        "SELECT id, {t} + utc_offset_min * 60, NULL, NULL, NULL, NULL, NULL, region, severity, "
        "resolved_at IS NOT NULL, notes FROM soreness_entry WHERE deleted_at IS NULL"
    ),
}
_TIME_COLUMN = {KIND_RUN: "started_at", KIND_CORE: "started_at", KIND_SORENESS: "noted_at"}


def load_kind(store: Store, kind: int) -> KindRows:
    """Every entry of one kind (runs, core sessions or soreness), in the table's order.

    No ORDER BY: sorting 50,000 rows is quicker in Python, once, for all kinds together
    (see ``Timeline.newest_first``).
    """
    sql = _KIND_SQL[kind].format(t=_epoch_seconds(_TIME_COLUMN[kind]))
    with gc_paused():
        rows = store.reader.all(sql)
        if not rows:
            return KindRows(kind)
        columns = list(zip(*rows, strict=True))
    columns[9] = tuple(None if v is None else bool(v) for v in columns[9])
    return KindRows(kind, *columns)


def load_timeline(
    store: Store, *, previous: Timeline | None = None, kinds: Iterable[int] = KINDS
) -> Timeline:
    """Read the timeline; with ``previous``, re-read only ``kinds`` and keep the others."""
    wanted = set(kinds) if previous is not None else set(KINDS)
    parts = []
    with gc_paused():
        for index, kind in enumerate(KINDS):
            if kind in wanted or previous is None:
                parts.append(load_kind(store, kind))
            else:
                parts.append(previous.parts[index])
        return Timeline((parts[0], parts[1], parts[2]))


# ----------------------------------------------------------------------- core sessions


def sessions_with_exercise(store: Store, exercise_id: int) -> frozenset[int]:
    """The ids of the core sessions that hold at least one set of an exercise."""
    rows = store.reader.all(
        "SELECT DISTINCT session_id FROM core_set WHERE exercise_id = ?", (exercise_id,)
    )
    return frozenset(r[0] for r in rows)


def exercises_in_use(store: Store) -> list[UsedExercise]:
    """Exercises that at least one (not deleted) core session uses, by name."""
    rows = store.reader.all(
        "SELECT e.id, e.name, e.key FROM exercise e WHERE EXISTS ("
        " SELECT 1 FROM core_set s JOIN core_session c ON c.id = s.session_id"
        " WHERE s.exercise_id = e.id AND c.deleted_at IS NULL)"
        " ORDER BY e.name COLLATE NOCASE, e.id"
    )
    return [UsedExercise(r[0], r[1], r[2]) for r in rows]


_SETS_SQL = """
    SELECT s.id, s.uuid, s.session_id, s.position, s.exercise_id, s.side, s.reps, s.hold_ms,
           s.target_hold_ms, s.workout_id, s.interrupted, e.key, e.name, e.measure, e.sided
    FROM core_set s JOIN exercise e ON e.id = s.exercise_id
    WHERE s.session_id IN ({marks})
    ORDER BY s.session_id, s.position, s.id
"""


def session_sets(store: Store, session_ids: Sequence[int]) -> dict[int, tuple[CoreSetRow, ...]]:
    """The sets of these sessions in order (sessions without sets map to ``()``)."""
    result: dict[int, list[CoreSetRow]] = {session_id: [] for session_id in session_ids}
    ids = list(result)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for r in store.reader.all(_SETS_SQL.format(marks=marks), chunk):
            result[r[2]].append(
                CoreSetRow(
                    id=r[0],
                    uuid=r[1],
                    position=r[3],
                    exercise_id=r[4],
                    side=r[5],
                    reps=r[6],
                    hold_ms=r[7],
                    target_hold_ms=r[8],
                    workout_id=r[9],
                    interrupted=bool(r[10]),
                    exercise_key=r[11],
                    exercise_name=r[12],
                    measure=r[13],
                    sided=bool(r[14]),
                )
            )
    return {session_id: tuple(sets) for session_id, sets in result.items()}


def set_counts(store: Store, *, without_duration_only: bool = True) -> dict[int, int]:
    """Sets per (not deleted) core session; by default only sessions with no duration.

    Training load counts a session with no duration by its sets, so that is all the
    charts need; the rest would be read for nothing.
    """
    where = "c.deleted_at IS NULL" + (" AND c.duration_s IS NULL" if without_duration_only else "")
    rows = store.reader.all(
        "SELECT s.session_id, count(*) FROM core_set s JOIN core_session c "
        f"ON c.id = s.session_id WHERE {where} GROUP BY s.session_id"
    )
    return {r[0]: r[1] for r in rows}


def hold_sets(store: Store, *, after_id: int = 0, limit: int | None = None) -> HoldSets:
    """The uninterrupted holds of every session (deleted sessions' included), in id order.

    ``after_id`` and ``limit`` read a slice: the holds of sets with a larger id, at most
    ``limit`` of them, so a long history can be read a little at a time.
    """
    params: list[Any] = [after_id]
    tail = ""
    if limit is not None:
        tail = " LIMIT ?"
        params.append(limit)
    with gc_paused():
        rows = store.reader.all(
            "SELECT id, session_id, exercise_id, hold_ms FROM core_set "
            "WHERE id > ? AND hold_ms IS NOT NULL AND interrupted = 0 ORDER BY id" + tail,
            params,
        )
        if not rows:
            return HoldSets(last_id=after_id)
        ids, session_ids, exercise_ids, hold_ms = zip(*rows, strict=True)
    used = sorted(set(exercise_ids))
    marks = ", ".join("?" * len(used))
    names = {
        r[0]: r[1]
        for r in store.reader.all(f"SELECT id, name FROM exercise WHERE id IN ({marks})", used)
    }
    return HoldSets(session_ids, exercise_ids, hold_ms, names, ids[-1])
