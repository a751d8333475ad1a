"""Reading the whole log for an export file.

:func:`read_log` reads everything the user made (see docs/schema.md, "Export files") as
plain dictionaries, in stored units, with references between entries given by ``uuid``
rather than row id: shoes, the user's own exercises, the built-in exercises (by key,
under a uuid derived from the key, the same in every database), timer presets, runs,
core sessions with their sets and timer workouts, soreness entries with their
follow-ups, the recordings of imported runs with their tracks, the tombstones of
deleted entries and the aliases of entries made on two computers. Deleted entries are
left out; their tombstones say they were deleted.

It reads through its own plain ``sqlite3`` connection, inside one read transaction: a
consistent snapshot of the log even while the user goes on logging (WAL lets both happen
at once), without holding up the GUI thread's ``store.reader``.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from corelog.store.database import configure_connection
from corelog.store.exchange_columns import BOOLEANS, TIMESTAMPS
from corelog.store.exchange_data import LogData, Progress
from corelog.store.exchange_recordings import RECORDINGS_SQL, one_per_run
from corelog.store.store import Store
from corelog.store.timestamps import parse_timestamp

_SLICE = 2000
_BUILTIN_NAMESPACE = uuid_module.UUID("5f0c2f4e-8a51-4c57-9d0a-3e1b8e6c2a11")


def builtin_uuid(key: str) -> str:
    """The uuid a built-in exercise has in every export file: derived from its key, so two
    databases name ``plank`` alike although their rows got different uuids."""
    return str(uuid_module.uuid5(_BUILTIN_NAMESPACE, key))


def to_iso(value: datetime | None) -> str | None:
    """An instant as export files write it: ISO 8601 in UTC, microseconds, a ``Z``."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso(stored: str | None) -> str | None:
    if stored is None:
        return None
    if len(stored) == 26 and stored[10] == " ":  # the stored form: YYYY-MM-DD HH:MM:SS.ffffff
        return f"{stored[:10]}T{stored[11:]}Z"
    return to_iso(parse_timestamp(stored))


def _plain(row: sqlite3.Row, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in zip(row.keys(), row, strict=True):
        if name in drop:
            continue
        if name in TIMESTAMPS:
            out[name] = _iso(value)
        elif name in BOOLEANS:
            out[name] = bool(value)
        else:
            out[name] = value
    return out


def _exercise_ref(row: sqlite3.Row, out: dict[str, Any]) -> dict[str, Any]:
    """Give a built-in exercise reference (``_key`` set) its uuid of every database."""
    if row["_key"] is not None:
        out["exercise"] = builtin_uuid(row["_key"])
    return out


@contextmanager
def _snapshot(store: Store) -> Iterator[sqlite3.Connection]:
    """A read-only connection inside one read transaction (one view of the whole log)."""
    conn = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    try:
        configure_connection(conn)
        conn.execute("PRAGMA query_only = ON")
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def _sliced(conn: sqlite3.Connection, sql: str) -> Iterator[sqlite3.Row]:
    """Rows of ``sql`` (which selects ``_k``, a row id, and ends ``_k > ?``) in slices."""
    after = 0
    while True:
        rows = conn.execute(sql + f" ORDER BY _k LIMIT {_SLICE}", (after,)).fetchall()
        if not rows:
            return
        yield from rows
        after = rows[-1]["_k"]


_SHOES = """
    SELECT id AS _k, uuid, name, start_distance_m, retired, created_at, updated_at
    FROM shoe WHERE deleted_at IS NULL AND id > ?
"""
_CUSTOM_EXERCISES = """
    SELECT id AS _k, uuid, name, measure, sided, hidden, created_at, updated_at
    FROM exercise WHERE builtin = 0 AND id > ?
"""
_BUILTIN_EXERCISES = """
    SELECT id AS _k, key, name, measure, sided, hidden, created_at, updated_at
    FROM exercise WHERE builtin = 1 AND key IS NOT NULL AND id > ?
"""
# A reference to an exercise: the user's by uuid, a built-in by key (``_key``).
_EXERCISE_REF = "CASE WHEN e.builtin THEN NULL ELSE e.uuid END AS exercise, e.key AS _key"
_PRESETS = f"""
    SELECT p.id AS _k, p.uuid, p.name, {_EXERCISE_REF}, p.mode, p.hold_ms, p.sets, p.rest_ms,
           p.prep_ms, p.alternate_sides, p.created_at, p.updated_at
    FROM timer_preset p JOIN exercise e ON e.id = p.exercise_id
    WHERE p.id > ?
"""
_RUNS = """
    SELECT r.id AS _k, r.uuid, r.started_at, r.utc_offset_min, r.distance_m, r.duration_s,
           r.run_type, r.race_class, r.effort, r.surface, r.elevation_gain_m,
           s.uuid AS shoe, r.notes, r.created_at, r.updated_at
    FROM run r LEFT JOIN shoe s ON s.id = r.shoe_id AND s.deleted_at IS NULL
    WHERE r.deleted_at IS NULL AND r.id > ?
"""
_SESSIONS = """
    SELECT id AS _k, uuid, started_at, utc_offset_min, duration_s, effort, notes,
           created_at, updated_at
    FROM core_session WHERE deleted_at IS NULL AND id > ?
"""
_SETS = f"""
    SELECT s.id AS _k, c.uuid AS _session, s.uuid, s.position, {_EXERCISE_REF}, s.side,
           s.reps, s.hold_ms, s.target_hold_ms, w.uuid AS timer_workout, s.interrupted,
           s.created_at, s.updated_at
    FROM core_set s JOIN core_session c ON c.id = s.session_id
    JOIN exercise e ON e.id = s.exercise_id
    LEFT JOIN timer_workout w ON w.id = s.workout_id
    WHERE c.deleted_at IS NULL AND s.id > ?
"""
_WORKOUTS = f"""
    SELECT w.id AS _k, c.uuid AS _session, w.uuid, {_EXERCISE_REF}, w.mode,
           w.target_hold_ms, w.planned_sets, w.rest_ms, w.prep_ms, w.alternate_sides,
           w.completed, w.started_at, w.utc_offset_min, w.created_at, w.updated_at
    FROM timer_workout w JOIN core_session c ON c.id = w.session_id
    JOIN exercise e ON e.id = w.exercise_id
    WHERE c.deleted_at IS NULL AND w.id > ?
"""
_SORENESS = """
    SELECT e.id AS _k, e.uuid, e.noted_at, e.utc_offset_min, e.region, e.severity, e.feel,
           e.onset, e.trend, e.swelling, e.days_lasted, r.uuid AS run, c.uuid AS core_session,
           e.notes, e.resolved_at, e.created_at, e.updated_at
    FROM soreness_entry e
    LEFT JOIN run r ON r.id = e.run_id AND r.deleted_at IS NULL
    LEFT JOIN core_session c ON c.id = e.core_session_id AND c.deleted_at IS NULL
    WHERE e.deleted_at IS NULL AND e.id > ?
"""
_FOLLOW_UPS = """
    SELECT u.id AS _k, e.uuid AS _entry, u.uuid, u.noted_at, u.utc_offset_min, u.severity,
           u.trend, u.swelling, u.notes, u.created_at, u.updated_at
    FROM soreness_update u JOIN soreness_entry e ON e.id = u.entry_id
    WHERE e.deleted_at IS NULL AND u.id > ?
"""
# Tombstones, and (should one be missing) entries marked deleted without one.
_DELETIONS = """
    SELECT id AS _k, uuid, kind, deleted_at FROM tombstone WHERE id > ?
"""
_MARKED_DELETED = " UNION ALL ".join(
    f"SELECT uuid, '{table}' AS kind, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
    for table in ("run", "core_session", "soreness_entry", "shoe")
)
_ALIASES = "SELECT id AS _k, uuid, kind, same_as FROM uuid_alias WHERE id > ?"


def read_runs(store: Store) -> list[dict[str, Any]]:
    """Every run not deleted, oldest first, with the name of the pair worn (``shoe_name``)."""
    sql = _RUNS.replace("s.uuid AS shoe,", "s.uuid AS shoe, s.name AS shoe_name,")
    with _snapshot(store) as conn:
        runs = [_plain(r, ("_k",)) for r in _sliced(conn, sql)]
    runs.sort(key=lambda r: r["started_at"])
    return runs


def _count_live_entries(conn: sqlite3.Connection) -> int:
    """How many runs, sessions, sets and soreness entries an export reads (for progress)."""
    return int(
        conn.execute(
            """
            SELECT (SELECT count(*) FROM run WHERE deleted_at IS NULL)
                 + (SELECT count(*) FROM core_session WHERE deleted_at IS NULL)
                 + (SELECT count(*) FROM core_set)
                 + (SELECT count(*) FROM soreness_entry WHERE deleted_at IS NULL)
            """
        ).fetchone()[0]
    )


def read_log(store: Store, progress: Progress | None = None) -> LogData:
    """Everything the user made, in stored units, linked by uuid (one snapshot)."""
    with _snapshot(store) as conn:
        return _read_log(conn, progress)


def _read_log(conn: sqlite3.Connection, progress: Progress | None) -> LogData:
    total = max(1, _count_live_entries(conn))
    done = 0

    def tick(n: int = 1) -> None:
        nonlocal done
        done += n
        if progress is not None and done % _SLICE == 0:
            progress(min(done, total), total)

    log = LogData(version=3)
    drop = ("_k",)
    refs = ("_k", "_key")
    log.shoes = [_plain(r, drop) for r in _sliced(conn, _SHOES)]
    log.exercises = [_plain(r, drop) for r in _sliced(conn, _CUSTOM_EXERCISES)]
    log.builtin_exercises = [
        {"uuid": builtin_uuid(r["key"]), **_plain(r, drop)}
        for r in _sliced(conn, _BUILTIN_EXERCISES)
    ]
    log.timer_presets = [_exercise_ref(r, _plain(r, refs)) for r in _sliced(conn, _PRESETS)]
    for row in _sliced(conn, _RUNS):
        log.runs.append(_plain(row, drop))
        tick()
    log.recordings = one_per_run(_plain(row, drop) for row in _sliced(conn, RECORDINGS_SQL))
    by_uuid: dict[str, dict[str, Any]] = {}
    for row in _sliced(conn, _SESSIONS):
        session = _plain(row, drop)
        session["sets"] = []
        session["timer_workouts"] = []
        by_uuid[session["uuid"]] = session
        log.core_sessions.append(session)
        tick()
    nested = ("_k", "_key", "_session")
    for row in _sliced(conn, _WORKOUTS):
        workout = _exercise_ref(row, _plain(row, nested))
        by_uuid[row["_session"]]["timer_workouts"].append(workout)
    for row in _sliced(conn, _SETS):
        by_uuid[row["_session"]]["sets"].append(_exercise_ref(row, _plain(row, nested)))
        tick()
    for session in log.core_sessions:
        session["sets"].sort(key=lambda s: s["position"])
    entries: dict[str, dict[str, Any]] = {}
    for row in _sliced(conn, _SORENESS):
        entry = _plain(row, drop)
        entry["follow_ups"] = []
        entries[entry["uuid"]] = entry
        log.soreness_entries.append(entry)
        tick()
    for row in _sliced(conn, _FOLLOW_UPS):
        entries[row["_entry"]]["follow_ups"].append(_plain(row, ("_k", "_entry")))
    deletions = {row["uuid"]: _plain(row, drop) for row in _sliced(conn, _DELETIONS)}
    for row in conn.execute(_MARKED_DELETED):
        deletions.setdefault(row["uuid"], _plain(row))
    log.deletions = list(deletions.values())
    log.aliases = [_plain(row, drop) for row in _sliced(conn, _ALIASES)]
    if progress is not None:
        progress(total, total)
    return log
