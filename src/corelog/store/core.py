"""Core sessions and their sets in the database (the plank timer's saves: store.timer_workouts).

Reads go through ``store.reader`` and return frozen records; every change is one write
transaction. Deleting a session sets ``deleted_at`` (Undo clears it again); every list,
count and personal best skips deleted sessions. Each session and set keeps its uuid
across edits: an edit updates the sets it keeps, adds new ones and removes the others.

For exact undo of edits, the functions here hand back snapshots (the rows' column
values) that put the very same rows, ids and uuids included, back. Undo and Redo are
changes of their own: what they touch gets ``updated_at`` now, and what they remove gets
a tombstone (``store.tombstones``), so another computer learns of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from corelog.domain.core_sessions import (
    CoreSessionRow,
    CoreSetRow,
    SessionSnapshot,
    SessionStart,
    SessionValues,
    SetValues,
)
from corelog.store.rows import assign, columns, differs, fetch, insert, record, records_between
from corelog.store.store import Store
from corelog.store.timestamps import utc_now
from corelog.store.tombstones import bury, mark_deleted, unbury

if TYPE_CHECKING:
    from sqlmodel import Session

    from corelog.store.models import CoreSet

# ----------------------------------------------------------------------------- reads

_SESSION_COLUMNS = "c.id, c.uuid, c.started_at, c.utc_offset_min, c.duration_s, c.effort, c.notes"
_SET_QUERY = """
    SELECT s.id, s.uuid, s.session_id, s.position, s.exercise_id, s.side, s.reps, s.hold_ms,
           s.target_hold_ms, s.workout_id, s.interrupted,
           e.key AS exercise_key, e.name AS exercise_name, e.measure, e.sided
    FROM core_set s JOIN exercise e ON e.id = s.exercise_id
    WHERE s.session_id IN ({ids})
    ORDER BY s.session_id, s.position, s.id
"""


def _session_rows(store: Store, where: str, params: Sequence[Any], tail: str = "") -> list:
    return store.reader.all(
        f"SELECT {_SESSION_COLUMNS} FROM core_session c WHERE {where} "
        f"ORDER BY c.started_at DESC, c.id DESC {tail}",
        params,
    )


def _with_sets(store: Store, rows: list, ids_sql: str, params: Sequence[Any]) -> list:
    sets: dict[int, list[CoreSetRow]] = {}
    for r in store.reader.all(_SET_QUERY.format(ids=ids_sql), params):
        sets.setdefault(r["session_id"], []).append(record(CoreSetRow, r))
    return [record(CoreSessionRow, r, sets=tuple(sets.get(r["id"], ()))) for r in rows]


def list_sessions(store: Store, *, limit: int | None = None) -> list[CoreSessionRow]:
    """The user's core sessions with their sets, newest first (deleted ones skipped)."""
    where = "c.deleted_at IS NULL"
    tail = "LIMIT ?" if limit is not None else ""
    params: list[Any] = [limit] if limit is not None else []
    rows = _session_rows(store, where, params, tail)
    if not rows:
        return []
    ids_sql = (
        f"SELECT c.id FROM core_session c WHERE {where} "
        f"ORDER BY c.started_at DESC, c.id DESC {tail}"
    )
    return _with_sets(store, rows, ids_sql, params)


def count_sessions(store: Store) -> int:
    return store.reader.scalar("SELECT COUNT(*) FROM core_session WHERE deleted_at IS NULL")


def get_session(
    store: Store, session_id: int, *, include_deleted: bool = False
) -> CoreSessionRow | None:
    where = "c.id = ?" + ("" if include_deleted else " AND c.deleted_at IS NULL")
    rows = _session_rows(store, where, [session_id])
    if not rows:
        return None
    return _with_sets(store, rows, "?", [session_id])[0]


def latest_session(store: Store) -> CoreSessionRow | None:
    """The session that started last (what "Repeat last session" copies)."""
    sessions = list_sessions(store, limit=1)
    return sessions[0] if sessions else None


def session_starts(store: Store, start: datetime, end: datetime) -> list[SessionStart]:
    """Sessions starting in ``start <= started_at < end`` (aware instants), oldest first."""
    select = """
        SELECT c.id, c.started_at, c.utc_offset_min, c.duration_s, c.effort,
               (SELECT COUNT(*) FROM core_set s WHERE s.session_id = c.id) AS sets
        FROM core_session c
    """
    return records_between(store, SessionStart, select, start, end, alias="c")


# ---------------------------------------------------------------------------- writes


def _new_set(session_id: int, position: int, values: SetValues, now: datetime) -> CoreSet:
    from corelog.store.models import CoreSet

    return CoreSet(
        **_set_columns(values, position), session_id=session_id, created_at=now, updated_at=now
    )


def _set_columns(values: SetValues, position: int) -> dict[str, Any]:
    return columns(values, skip=("set_id",), position=position)


def _session_columns(values: SessionValues) -> dict[str, Any]:
    return columns(values, skip=("sets",), started_at=values.started_at.astimezone(UTC))


def _keep_sets(session: Session, session_id: int, wanted: set[Any], now: datetime) -> dict:
    """The sets of a session by id, after removing (with tombstones) those not ``wanted``."""
    from sqlmodel import select

    from corelog.store.models import CoreSet

    existing = {
        s.id: s for s in session.exec(select(CoreSet).where(CoreSet.session_id == session_id))
    }
    removed = [stored for set_id, stored in existing.items() if set_id not in wanted]
    for stored in removed:
        session.delete(stored)
    bury(session, "core_set", [stored.uuid for stored in removed], now)
    return {set_id: stored for set_id, stored in existing.items() if set_id in wanted}


def _missing(session_id: int) -> LookupError:
    return LookupError(f"no core session with id {session_id}")


def add_session(store: Store, values: SessionValues) -> int:
    """Store a new session and its sets; returns the session's id."""
    from corelog.store.models import CoreSession

    now = utc_now()
    with store.write() as session:
        row = CoreSession(**_session_columns(values), created_at=now, updated_at=now)
        session_id = insert(session, row)
        for position, set_values in enumerate(values.sets):
            session.add(_new_set(session_id, position, set_values, now))
        return session_id


def update_session(store: Store, session_id: int, values: SessionValues) -> None:
    """Change a session in place: same row and uuid; kept sets keep theirs.

    A kept set whose exercise changes loses its link to the timer workout that recorded
    it (the workout was of the old exercise).
    """
    from corelog.store.models import CoreSession

    now = utc_now()
    with store.write() as session:
        row = fetch(session, CoreSession, session_id, _missing(session_id), live=True)
        assign(row, _session_columns(values))
        row.updated_at = now
        kept = _keep_sets(session, session_id, {v.set_id for v in values.sets}, now)
        for position, v in enumerate(values.sets):
            stored = kept.get(v.set_id) if v.set_id is not None else None
            if stored is None:
                session.add(_new_set(session_id, position, v, now))
                continue
            new = _set_columns(v, position)
            if differs(stored, new):
                stored.updated_at = now
            if stored.exercise_id != v.exercise_id:
                stored.workout_id = None
                stored.target_hold_ms = None
                stored.interrupted = False
            assign(stored, new)


def set_session_deleted(store: Store, session_id: int, deleted: bool) -> None:
    """Delete a session (set ``deleted_at``) or bring it back (clear it).

    Either way ``updated_at`` moves to now, so an export or a merge sees the change.
    """
    from corelog.store.models import CoreSession

    now = utc_now()
    with store.write() as session:
        row = fetch(session, CoreSession, session_id, _missing(session_id))
        mark_deleted(session, [row], "core_session", deleted, now)


def session_snapshot(store: Store, session_id: int) -> SessionSnapshot:
    """Every column of a session and its sets, for :func:`restore_snapshot`."""
    from sqlmodel import select

    from corelog.store.models import CoreSession, CoreSet

    with store.read() as session:
        row = fetch(session, CoreSession, session_id, _missing(session_id))
        sets = session.exec(
            select(CoreSet).where(CoreSet.session_id == session_id).order_by(CoreSet.position)
        ).all()
        return SessionSnapshot(row.model_dump(), tuple(s.model_dump() for s in sets))


def restore_snapshot(store: Store, snapshot: SessionSnapshot) -> None:
    """Make a session and its sets what the snapshot holds (ids and uuids too).

    This is a change made now (Undo or Redo of an edit): the session, and each set it
    changes, removes or brings back, get ``updated_at`` now, so an export or a merge
    sees it as the newest state; removed sets get their tombstones, sets that come back
    lose theirs.
    """
    from corelog.store.models import CoreSession, CoreSet

    now = utc_now()
    session_id = snapshot.session_id
    with store.write() as session:
        row = session.get(CoreSession, session_id)
        if row is None:
            session.add(CoreSession(**{**snapshot.session, "updated_at": now}))
        else:
            assign(row, snapshot.session)
            row.updated_at = now
        kept = _keep_sets(session, session_id, {values["id"] for values in snapshot.sets}, now)
        session.flush()
        back = []
        for values in snapshot.sets:
            stored = kept.get(values["id"])
            if stored is None:
                session.add(CoreSet(**{**values, "updated_at": now}))
                back.append(values["uuid"])
            elif differs(stored, values):
                assign(stored, values)
                stored.updated_at = now
        unbury(session, back)
