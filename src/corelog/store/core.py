"""Core sessions and their sets in the database, and the plank timer's workouts.

Reads go through ``store.reader`` and return frozen records; every change is one write
transaction. Deleting a session sets ``deleted_at`` (Undo clears it again); every list,
count and personal best skips deleted sessions. Each session and set keeps its uuid
across edits: an edit updates the sets it keeps, adds new ones and removes the others.

For exact undo of edits and timer saves, the functions here hand back snapshots (the
rows' column values) that put the very same rows, ids and uuids included, back. Undo and
Redo are changes of their own: what they touch gets ``updated_at`` now, and what they
remove gets a tombstone (``store.tombstones``), so another computer learns of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from corelog.store.store import Store, format_timestamp, parse_timestamp, utc_now
from corelog.store.tombstones import bury, unbury

if TYPE_CHECKING:
    from corelog.store.models import CoreSet

# --------------------------------------------------------------------------- records


def _local(utc: datetime, offset_min: int) -> datetime:
    zone = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return utc.astimezone(zone)


@dataclass(frozen=True)
class CoreSetRow:
    """One stored set, with the exercise it names."""

    id: int
    uuid: str
    position: int
    exercise_id: int
    exercise_key: str | None
    exercise_name: str
    measure: str
    """How the exercise is measured ("hold" or "reps")."""
    sided: bool
    """Whether the exercise is done per side."""
    side: str | None
    reps: int | None
    hold_ms: int | None
    target_hold_ms: int | None = None
    workout_id: int | None = None
    interrupted: bool = False


@dataclass(frozen=True)
class CoreSessionRow:
    """One core session with its sets in order."""

    id: int
    uuid: str
    started_at: datetime
    """Aware UTC."""
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    notes: str
    sets: tuple[CoreSetRow, ...] = ()

    @property
    def local_start(self) -> datetime:
        """The start as the user's clock showed it."""
        return _local(self.started_at, self.utc_offset_min)


@dataclass(frozen=True)
class SessionStart:
    """A session reduced to what weekly counts and training load need."""

    id: int
    started_at: datetime
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    sets: int

    @property
    def local_start(self) -> datetime:
        return _local(self.started_at, self.utc_offset_min)


# ---------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class SetValues:
    """A set ready to store; ``set_id`` names the stored set an edit keeps (None: new)."""

    exercise_id: int
    side: str | None
    reps: int | None
    hold_ms: int | None
    set_id: int | None = None


@dataclass(frozen=True)
class SessionValues:
    """A session ready to store (checked by the caller)."""

    started_at: datetime
    """Aware; stored as UTC."""
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    notes: str
    sets: tuple[SetValues, ...]


@dataclass(frozen=True)
class SessionSnapshot:
    """Every column of a session and its sets at one moment, for exact undo."""

    session: Mapping[str, Any]
    sets: tuple[Mapping[str, Any], ...]

    @property
    def session_id(self) -> int:
        return self.session["id"]


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


def _set_row(r: Any) -> CoreSetRow:
    return CoreSetRow(
        id=r["id"],
        uuid=r["uuid"],
        position=r["position"],
        exercise_id=r["exercise_id"],
        exercise_key=r["exercise_key"],
        exercise_name=r["exercise_name"],
        measure=r["measure"],
        sided=bool(r["sided"]),
        side=r["side"],
        reps=r["reps"],
        hold_ms=r["hold_ms"],
        target_hold_ms=r["target_hold_ms"],
        workout_id=r["workout_id"],
        interrupted=bool(r["interrupted"]),
    )


def _session_rows(store: Store, where: str, params: Sequence[Any], tail: str = "") -> list:
    return store.reader.all(
        f"SELECT {_SESSION_COLUMNS} FROM core_session c WHERE {where} "
        f"ORDER BY c.started_at DESC, c.id DESC {tail}",
        params,
    )


def _with_sets(store: Store, rows: list, ids_sql: str, params: Sequence[Any]) -> list:
    sets: dict[int, list[CoreSetRow]] = {}
    for r in store.reader.all(_SET_QUERY.format(ids=ids_sql), params):
        sets.setdefault(r["session_id"], []).append(_set_row(r))
    return [
        CoreSessionRow(
            id=r["id"],
            uuid=r["uuid"],
            started_at=parse_timestamp(r["started_at"]),
            utc_offset_min=r["utc_offset_min"],
            duration_s=r["duration_s"],
            effort=r["effort"],
            notes=r["notes"],
            sets=tuple(sets.get(r["id"], ())),
        )
        for r in rows
    ]


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
    rows = store.reader.all(
        """
        SELECT c.id, c.started_at, c.utc_offset_min, c.duration_s, c.effort,
               (SELECT COUNT(*) FROM core_set s WHERE s.session_id = c.id) AS sets
        FROM core_session c
        WHERE c.deleted_at IS NULL AND c.started_at >= ? AND c.started_at < ?
        ORDER BY c.started_at, c.id
        """,
        (format_timestamp(start), format_timestamp(end)),
    )
    return [
        SessionStart(
            id=r["id"],
            started_at=parse_timestamp(r["started_at"]),
            utc_offset_min=r["utc_offset_min"],
            duration_s=r["duration_s"],
            effort=r["effort"],
            sets=r["sets"],
        )
        for r in rows
    ]


# ---------------------------------------------------------------------------- writes


def _new_set(session_id: int, position: int, values: SetValues, now: datetime) -> CoreSet:
    from corelog.store.models import CoreSet

    return CoreSet(
        session_id=session_id,
        position=position,
        exercise_id=values.exercise_id,
        side=values.side,
        reps=values.reps,
        hold_ms=values.hold_ms,
        created_at=now,
        updated_at=now,
    )


def add_session(store: Store, values: SessionValues) -> int:
    """Store a new session and its sets; returns the session's id."""
    from corelog.store.models import CoreSession

    now = utc_now()
    with store.write() as session:
        row = CoreSession(
            started_at=values.started_at.astimezone(UTC),
            utc_offset_min=values.utc_offset_min,
            duration_s=values.duration_s,
            effort=values.effort,
            notes=values.notes,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for position, set_values in enumerate(values.sets):
            session.add(_new_set(row.id, position, set_values, now))
        return row.id


def update_session(store: Store, session_id: int, values: SessionValues) -> None:
    """Change a session in place: same row and uuid; kept sets keep theirs.

    A kept set whose exercise changes loses its link to the timer workout that recorded
    it (the workout was of the old exercise).
    """
    from sqlmodel import select

    from corelog.store.models import CoreSession, CoreSet

    now = utc_now()
    with store.write() as session:
        row = session.get(CoreSession, session_id)
        if row is None or row.deleted_at is not None:
            raise LookupError(f"no core session with id {session_id}")
        row.started_at = values.started_at.astimezone(UTC)
        row.utc_offset_min = values.utc_offset_min
        row.duration_s = values.duration_s
        row.effort = values.effort
        row.notes = values.notes
        row.updated_at = now
        existing = {
            s.id: s for s in session.exec(select(CoreSet).where(CoreSet.session_id == session_id))
        }
        kept = {v.set_id for v in values.sets if v.set_id in existing}
        removed = [stored for set_id, stored in existing.items() if set_id not in kept]
        for stored in removed:
            session.delete(stored)
        bury(session, "core_set", [stored.uuid for stored in removed], now)
        for position, v in enumerate(values.sets):
            stored = existing.get(v.set_id) if v.set_id is not None else None
            if stored is None:
                session.add(_new_set(session_id, position, v, now))
                continue
            before = (stored.position, stored.exercise_id, stored.side, stored.reps, stored.hold_ms)
            if stored.exercise_id != v.exercise_id:
                stored.workout_id = None
                stored.target_hold_ms = None
                stored.interrupted = False
            stored.position = position
            stored.exercise_id = v.exercise_id
            stored.side = v.side
            stored.reps = v.reps
            stored.hold_ms = v.hold_ms
            if before != (position, v.exercise_id, v.side, v.reps, v.hold_ms):
                stored.updated_at = now


def set_session_deleted(store: Store, session_id: int, deleted: bool) -> None:
    """Delete a session (set ``deleted_at``) or bring it back (clear it).

    Either way ``updated_at`` moves to now, so an export or a merge sees the change.
    """
    from corelog.store.models import CoreSession

    now = utc_now()
    with store.write() as session:
        row = session.get(CoreSession, session_id)
        if row is None:
            raise LookupError(f"no core session with id {session_id}")
        row.deleted_at = now if deleted else None
        row.updated_at = now
        if deleted:
            bury(session, "core_session", [row.uuid], now)
        else:
            unbury(session, [row.uuid])


def session_snapshot(store: Store, session_id: int) -> SessionSnapshot:
    """Every column of a session and its sets, for :func:`restore_snapshot`."""
    from sqlmodel import select

    from corelog.store.models import CoreSession, CoreSet

    with store.read() as session:
        row = session.get(CoreSession, session_id)
        if row is None:
            raise LookupError(f"no core session with id {session_id}")
        sets = session.exec(
            select(CoreSet).where(CoreSet.session_id == session_id).order_by(CoreSet.position)
        ).all()
        return SessionSnapshot(row.model_dump(), tuple(s.model_dump() for s in sets))


def _set_changed(stored: CoreSet, values: Mapping[str, Any]) -> bool:
    return any(
        getattr(stored, name) != value
        for name, value in values.items()
        if name not in ("created_at", "updated_at")
    )


def restore_snapshot(store: Store, snapshot: SessionSnapshot) -> None:
    """Make a session and its sets what the snapshot holds (ids and uuids too).

    This is a change made now (Undo or Redo of an edit): the session, and each set it
    changes, removes or brings back, get ``updated_at`` now, so an export or a merge
    sees it as the newest state; removed sets get their tombstones, sets that come back
    lose theirs.
    """
    from sqlmodel import select

    from corelog.store.models import CoreSession, CoreSet

    now = utc_now()
    session_id = snapshot.session_id
    with store.write() as session:
        row = session.get(CoreSession, session_id)
        if row is None:
            session.add(CoreSession(**{**snapshot.session, "updated_at": now}))
        else:
            for name, value in snapshot.session.items():
                setattr(row, name, value)
            row.updated_at = now
        existing = {
            s.id: s for s in session.exec(select(CoreSet).where(CoreSet.session_id == session_id))
        }
        wanted = {values["id"] for values in snapshot.sets}
        removed = [stored for set_id, stored in existing.items() if set_id not in wanted]
        for stored in removed:
            session.delete(stored)
        bury(session, "core_set", [stored.uuid for stored in removed], now)
        session.flush()
        back = []
        for values in snapshot.sets:
            stored = existing.get(values["id"])
            if stored is None:
                session.add(CoreSet(**{**values, "updated_at": now}))
                back.append(values["uuid"])
            elif _set_changed(stored, values):
                for name, value in values.items():
                    setattr(stored, name, value)
                stored.updated_at = now
        unbury(session, back)


# ------------------------------------------------------------------ the plank timer


@dataclass(frozen=True)
class HoldBest:
    """The longest hold of one exercise (interrupted holds do not count)."""

    exercise_id: int
    hold_ms: int
    side: str | None
    set_id: int
    session_id: int
    started_at: datetime
    """The session's start, aware UTC."""
    utc_offset_min: int

    @property
    def local_start(self) -> datetime:
        return _local(self.started_at, self.utc_offset_min)


def best_holds(store: Store, exercise_id: int | None = None) -> dict[int, HoldBest]:
    """The personal best hold per exercise id; the earliest wins a tie.

    Holds flagged ``interrupted`` (stopped early or cut by the computer sleeping) are
    left out: their length cannot be vouched for.
    """
    where = "AND s.exercise_id = ?" if exercise_id is not None else ""
    rows = store.reader.all(
        f"""
        SELECT s.id AS set_id, s.exercise_id, s.hold_ms, s.side, c.id AS session_id,
               c.started_at, c.utc_offset_min
        FROM core_set s JOIN core_session c ON c.id = s.session_id
        WHERE c.deleted_at IS NULL AND s.hold_ms IS NOT NULL AND s.interrupted = 0 {where}
        ORDER BY s.exercise_id, s.hold_ms DESC, c.started_at, s.position, s.id
        """,
        [exercise_id] if exercise_id is not None else [],
    )
    best: dict[int, HoldBest] = {}
    for r in rows:
        if r["exercise_id"] in best:
            continue
        best[r["exercise_id"]] = HoldBest(
            exercise_id=r["exercise_id"],
            hold_ms=r["hold_ms"],
            side=r["side"],
            set_id=r["set_id"],
            session_id=r["session_id"],
            started_at=parse_timestamp(r["started_at"]),
            utc_offset_min=r["utc_offset_min"],
        )
    return best


def best_hold(store: Store, exercise_id: int) -> HoldBest | None:
    return best_holds(store, exercise_id).get(exercise_id)


@dataclass(frozen=True)
class TimerHoldRow:
    """One hold a timer workout recorded (as it is stored now)."""

    set_id: int
    hold_ms: int
    side: str | None
    target_hold_ms: int | None
    interrupted: bool

    @property
    def reached_target(self) -> bool:
        """Held to the target without interruption (no target: any whole hold counts)."""
        if self.interrupted:
            return False
        return not self.target_hold_ms or self.hold_ms >= self.target_hold_ms


@dataclass(frozen=True)
class TimerWorkoutRow:
    """A past timer workout with the holds it recorded, in order."""

    id: int
    uuid: str
    session_id: int
    exercise_id: int
    mode: str
    target_hold_ms: int | None
    planned_sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool
    completed: bool
    started_at: datetime
    utc_offset_min: int
    holds: tuple[TimerHoldRow, ...]

    @property
    def held_to_target(self) -> tuple[bool, ...]:
        """Per hold done, in order: whether it reached the target."""
        return tuple(hold.reached_target for hold in self.holds)

    @property
    def local_start(self) -> datetime:
        return _local(self.started_at, self.utc_offset_min)


def recent_timer_workouts(store: Store, exercise_id: int, limit: int = 10) -> list[TimerWorkoutRow]:
    """The latest timer workouts of an exercise, newest LAST.

    Workouts in deleted sessions and workouts whose holds the user has all removed are
    left out.
    """
    rows = store.reader.all(
        """
        SELECT w.* FROM timer_workout w JOIN core_session c ON c.id = w.session_id
        WHERE c.deleted_at IS NULL AND w.exercise_id = ?
          AND EXISTS (SELECT 1 FROM core_set s
                      WHERE s.workout_id = w.id AND s.hold_ms IS NOT NULL)
        ORDER BY w.started_at DESC, w.id DESC LIMIT ?
        """,
        (exercise_id, limit),
    )
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    holds: dict[int, list[TimerHoldRow]] = {}
    for r in store.reader.all(
        f"""
        SELECT id, workout_id, hold_ms, side, target_hold_ms, interrupted FROM core_set
        WHERE workout_id IN ({",".join("?" * len(ids))}) AND hold_ms IS NOT NULL
        ORDER BY position, id
        """,
        ids,
    ):
        holds.setdefault(r["workout_id"], []).append(
            TimerHoldRow(
                set_id=r["id"],
                hold_ms=r["hold_ms"],
                side=r["side"],
                target_hold_ms=r["target_hold_ms"],
                interrupted=bool(r["interrupted"]),
            )
        )
    return [
        TimerWorkoutRow(
            id=r["id"],
            uuid=r["uuid"],
            session_id=r["session_id"],
            exercise_id=r["exercise_id"],
            mode=r["mode"],
            target_hold_ms=r["target_hold_ms"],
            planned_sets=r["planned_sets"],
            rest_ms=r["rest_ms"],
            prep_ms=r["prep_ms"],
            alternate_sides=bool(r["alternate_sides"]),
            completed=bool(r["completed"]),
            started_at=parse_timestamp(r["started_at"]),
            utc_offset_min=r["utc_offset_min"],
            holds=tuple(holds.get(r["id"], ())),
        )
        for r in reversed(rows)
    ]


@dataclass(frozen=True)
class TimerHoldValues:
    """One hold to save: its real length, side, and whether it was interrupted."""

    hold_ms: int
    side: str | None = None
    interrupted: bool = False


@dataclass(frozen=True)
class TimerWorkoutValues:
    """A finished timer workout to save (checked by the caller)."""

    exercise_id: int
    mode: str
    target_hold_ms: int | None
    planned_sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool
    completed: bool
    started_at: datetime
    """Aware; stored as UTC."""
    utc_offset_min: int
    holds: tuple[TimerHoldValues, ...]
    session_duration_s: float | None = None
    """Duration of the session when this save creates one."""


@dataclass(frozen=True)
class TimerSave:
    """What one timer save wrote, enough to remove it exactly and to put it back."""

    session_id: int
    session_created: bool
    workout_id: int
    set_ids: tuple[int, ...]
    session_row: Mapping[str, Any] | None = None
    """The created session's columns (None when an existing session was extended)."""
    workout_row: Mapping[str, Any] = field(default_factory=dict)
    set_rows: tuple[Mapping[str, Any], ...] = ()


def latest_session_on(store: Store, local_day: date) -> int | None:
    """The id of the latest (not deleted) session whose own local day is ``local_day``."""
    return store.reader.scalar(_LATEST_ON_DAY, (local_day.isoformat(),))


_LATEST_ON_DAY = """
    SELECT id FROM core_session
    WHERE deleted_at IS NULL
      AND date(started_at, printf('%+d minutes', utc_offset_min)) = ?
    ORDER BY started_at DESC, id DESC LIMIT 1
"""


def save_timer_workout(store: Store, values: TimerWorkoutValues, local_day: date) -> TimerSave:
    """Save a finished timer workout in one transaction.

    The holds go into the latest session of ``local_day`` (the user's today), after its
    sets, or into a new session starting when the workout started if that day has none.
    A ``timer_workout`` row records the plan; each hold becomes a ``core_set`` with its
    real length, the target, its side and the interrupted flag.
    """
    from corelog.store.models import CoreSession, CoreSet, TimerWorkout

    if not values.holds:
        raise ValueError("a timer workout needs at least one hold to be saved")
    now = utc_now()
    with store.write() as session:
        conn = session.connection()
        found = conn.exec_driver_sql(_LATEST_ON_DAY, (local_day.isoformat(),)).first()
        created: CoreSession | None = None
        if found is None:
            created = CoreSession(
                started_at=values.started_at.astimezone(UTC),
                utc_offset_min=values.utc_offset_min,
                duration_s=values.session_duration_s,
                created_at=now,
                updated_at=now,
            )
            session.add(created)
            session.flush()
            assert created.id is not None
            session_id, first_position = created.id, 0
        else:
            session_id = found[0]
            extended = session.get(CoreSession, session_id)
            assert extended is not None
            extended.updated_at = now
            last = conn.exec_driver_sql(
                "SELECT MAX(position) FROM core_set WHERE session_id = ?", (session_id,)
            ).scalar()
            first_position = 0 if last is None else last + 1
        workout = TimerWorkout(
            session_id=session_id,
            exercise_id=values.exercise_id,
            mode=values.mode,
            target_hold_ms=values.target_hold_ms,
            planned_sets=values.planned_sets,
            rest_ms=values.rest_ms,
            prep_ms=values.prep_ms,
            alternate_sides=values.alternate_sides,
            completed=values.completed,
            started_at=values.started_at.astimezone(UTC),
            utc_offset_min=values.utc_offset_min,
            created_at=now,
            updated_at=now,
        )
        session.add(workout)
        session.flush()
        assert workout.id is not None
        sets = [
            CoreSet(
                session_id=session_id,
                position=first_position + index,
                exercise_id=values.exercise_id,
                side=hold.side,
                hold_ms=hold.hold_ms,
                target_hold_ms=values.target_hold_ms,
                workout_id=workout.id,
                interrupted=hold.interrupted,
                created_at=now,
                updated_at=now,
            )
            for index, hold in enumerate(values.holds)
        ]
        session.add_all(sets)
        session.flush()
        return TimerSave(
            session_id=session_id,
            session_created=created is not None,
            workout_id=workout.id,
            set_ids=tuple(s.id for s in sets if s.id is not None),
            session_row=created.model_dump() if created is not None else None,
            workout_row=workout.model_dump(),
            set_rows=tuple(s.model_dump() for s in sets),
        )


def remove_timer_save(store: Store, saved: TimerSave) -> None:
    """Undo a timer save: remove its sets and workout, and the session if it created it."""
    from sqlmodel import delete

    from corelog.store.models import CoreSession, CoreSet, TimerWorkout

    now = utc_now()
    with store.write() as session:
        session.exec(delete(CoreSet).where(CoreSet.id.in_(saved.set_ids)))  # type: ignore[union-attr]
        session.exec(delete(TimerWorkout).where(TimerWorkout.id == saved.workout_id))
        bury(session, "core_set", [row["uuid"] for row in saved.set_rows], now)
        bury(session, "timer_workout", [saved.workout_row["uuid"]], now)
        if saved.session_created:
            session.exec(delete(CoreSession).where(CoreSession.id == saved.session_id))
            assert saved.session_row is not None
            bury(session, "core_session", [saved.session_row["uuid"]], now)
        else:
            extended = session.get(CoreSession, saved.session_id)
            if extended is not None:
                extended.updated_at = now


def reinstate_timer_save(store: Store, saved: TimerSave) -> None:
    """Redo a timer save after :func:`remove_timer_save`: the very same rows come back."""
    from corelog.store.models import CoreSession, CoreSet, TimerWorkout

    now = utc_now()
    with store.write() as session:
        back = [saved.workout_row["uuid"], *(row["uuid"] for row in saved.set_rows)]
        if saved.session_row is not None:
            session.add(CoreSession(**{**saved.session_row, "updated_at": now}))
            session.flush()
            back.append(saved.session_row["uuid"])
        else:
            extended = session.get(CoreSession, saved.session_id)
            if extended is not None:
                extended.updated_at = now
        session.add(TimerWorkout(**{**saved.workout_row, "updated_at": now}))
        session.flush()
        session.add_all([CoreSet(**{**row, "updated_at": now}) for row in saved.set_rows])
        unbury(session, back)
