"""Reading the whole training history fast: the timeline, and what the charts need.

The History page shows every run, core session and soreness entry at once, and ten years
of heavy training come to some 50,000 entries. So the timeline is read in one pass per
kind through ``store.reader`` into compact columns (one tuple per column, one item per
entry) instead of one object per entry, and local times come back from SQLite as
whole seconds on the user's wall clock (``local_s``: seconds since 1970-01-01 00:00 of
the local clock, the stored UTC time plus the entry's own offset), so days and weeks are
plain integer arithmetic.

Everything here skips deleted entries.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from corelog.store.core import CoreSetRow
from corelog.store.store import Store

KIND_RUN, KIND_CORE, KIND_SORENESS = 0, 1, 2
KINDS: tuple[int, ...] = (KIND_RUN, KIND_CORE, KIND_SORENESS)

SECONDS_PER_DAY = 86_400
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_EPOCH = datetime(1970, 1, 1)


def _epoch_seconds(column: str) -> str:
    """SQL for a stored UTC timestamp as whole seconds since 1970 (UTC)."""
    if sqlite3.sqlite_version_info >= (3, 38, 0):
        return f"unixepoch({column})"
    return f"CAST(strftime('%s', {column}) AS INTEGER)"  # pragma: no cover - old SQLite


def local_datetime(local_s: int) -> datetime:
    """A ``local_s`` value as the naive wall-clock datetime the user saw."""
    return _EPOCH + timedelta(seconds=local_s)


def local_day(local_s: int) -> date:
    """The local calendar day of a ``local_s`` value."""
    return date.fromordinal(local_s // SECONDS_PER_DAY + EPOCH_ORDINAL)


def day_number(day: date) -> int:
    """Days since 1970-01-01: ``local_s // 86400`` for every moment of ``day``."""
    return day.toordinal() - EPOCH_ORDINAL


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


@dataclass(frozen=True)
class KindRows:
    """The entries of one kind as columns (each column one tuple, in the table's order).

    Columns that do not apply to a kind hold None: ``distance_m``, ``run_type`` and
    ``race_class`` are for runs; ``region``, ``severity`` and ``resolved`` for
    soreness; ``duration_s`` and ``effort`` for runs and core sessions.
    """

    kind: int
    ids: tuple[int, ...] = ()
    local_s: tuple[int, ...] = ()
    distance_m: tuple[float | None, ...] = ()
    duration_s: tuple[float | None, ...] = ()
    effort: tuple[int | None, ...] = ()
    run_type: tuple[str | None, ...] = ()
    race_class: tuple[str | None, ...] = ()
    region: tuple[str | None, ...] = ()
    severity: tuple[int | None, ...] = ()
    resolved: tuple[bool | None, ...] = ()
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.ids)


_COLUMNS = (
    "ids",
    "local_s",
    "distance_m",
    "duration_s",
    "effort",
    "run_type",
    "race_class",
    "region",
    "severity",
    "resolved",
    "notes",
)

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


@dataclass(frozen=True)
class Timeline:
    """Every entry of every kind, as columns over one row index.

    Rows are numbered runs first, then core sessions, then soreness entries;
    ``newest_first`` lists the row numbers from the newest entry to the
    oldest. ``parts`` keeps the columns of each kind, so a change to one kind reloads
    only that kind (see :func:`load_timeline`).
    """

    parts: tuple[KindRows, KindRows, KindRows]
    kind: tuple[int, ...] = field(init=False)
    ids: tuple[int, ...] = field(init=False)
    local_s: tuple[int, ...] = field(init=False)
    distance_m: tuple[float | None, ...] = field(init=False)
    duration_s: tuple[float | None, ...] = field(init=False)
    effort: tuple[int | None, ...] = field(init=False)
    run_type: tuple[str | None, ...] = field(init=False)
    race_class: tuple[str | None, ...] = field(init=False)
    region: tuple[str | None, ...] = field(init=False)
    severity: tuple[int | None, ...] = field(init=False)
    resolved: tuple[bool | None, ...] = field(init=False)
    notes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        kinds: list[int] = []
        for part in self.parts:
            kinds.extend([part.kind] * len(part))
        object.__setattr__(self, "kind", tuple(kinds))
        for name in _COLUMNS:
            joined: tuple[Any, ...] = ()
            for part in self.parts:
                values = getattr(part, name)
                joined += values if values else (None,) * len(part)
            object.__setattr__(self, name, joined)

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def newest_first(self) -> tuple[int, ...]:
        """Row numbers from the newest entry to the oldest (ties: runs, core, soreness)."""
        local_s = self.local_s
        # Sorting is stable and reverse keeps equal keys in their given order, so rows
        # at the same second stay runs, core sessions, soreness.
        return tuple(sorted(range(len(local_s)), key=local_s.__getitem__, reverse=True))

    @cached_property
    def day(self) -> tuple[int, ...]:
        """Each entry's local day as days since 1970-01-01 (see :func:`day_number`)."""
        return tuple(s // SECONDS_PER_DAY for s in self.local_s)

    @cached_property
    def notes_folded(self) -> tuple[str, ...]:
        """The notes in case-folded form, for searching."""
        return tuple(text.casefold() for text in self.notes)

    @cached_property
    def _rows_by_entry(self) -> dict[tuple[int, int], int]:
        return {(k, i): row for row, (k, i) in enumerate(zip(self.kind, self.ids, strict=True))}

    def row_of(self, kind: int, entry_id: int) -> int | None:
        """The row of an entry, or None if it is not in the timeline (deleted, say)."""
        return self._rows_by_entry.get((kind, entry_id))

    def rows_of_kind(self, kind: int) -> range:
        """The rows holding entries of one kind (they are contiguous)."""
        start = 0
        for part in self.parts:
            if part.kind == kind:
                return range(start, start + len(part))
            start += len(part)
        return range(0)

    def first_day(self) -> date | None:
        """The local day of the oldest entry, or None for an empty history."""
        if not self.local_s:
            return None
        return local_day(self.local_s[self.newest_first[-1]])


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


@dataclass(frozen=True)
class UsedExercise:
    id: int
    name: str
    key: str | None


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


@dataclass(frozen=True)
class HoldSets:
    """Timed sets (holds) as columns: their session, exercise and length, in id order.

    Interrupted holds (stopped early, or cut by the computer sleeping) are left out, as
    in the personal bests elsewhere; so are the sets of deleted sessions once the caller
    keeps only the sessions in the timeline (the read does not join the sessions, which
    makes it about twice as quick on a long history).
    """

    session_ids: tuple[int, ...] = ()
    exercise_ids: tuple[int, ...] = ()
    hold_ms: tuple[int, ...] = ()
    names: dict[int, str] = field(default_factory=dict)
    """Exercise names by id, for the exercises above."""
    last_id: int = 0
    """The id of the last set read (where the next slice starts)."""

    def __len__(self) -> int:
        return len(self.session_ids)

    def joined(self, more: HoldSets) -> HoldSets:
        """These holds followed by the next slice read."""
        return HoldSets(
            self.session_ids + more.session_ids,
            self.exercise_ids + more.exercise_ids,
            self.hold_ms + more.hold_ms,
            self.names | more.names,
            max(self.last_id, more.last_id),
        )


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
