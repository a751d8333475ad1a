"""The plank timer's workouts in the database: saving one into today's core session,
taking a save back out exactly (undo) and putting it back (redo), the latest workouts of
an exercise, and the longest hold of each exercise.

A timer save writes a ``timer_workout`` row (the plan) and one ``core_set`` per hold,
into the latest session of the user's today or a new one, in one transaction; the
:class:`~corelog.domain.timer_workouts.TimerSave` it returns holds every column written,
so undo and redo put back the very same rows. Sessions themselves are ``store.core``'s.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from corelog.domain.core_sessions import BestHold
from corelog.domain.timer_workouts import FinishedWorkout, TimerHoldRow, TimerSave, TimerWorkoutRow
from corelog.domain.timeutil import to_utc_and_offset
from corelog.store.rows import columns, insert, placeholders, record
from corelog.store.store import Store
from corelog.store.timestamps import utc_now
from corelog.store.tombstones import bury, unbury

if TYPE_CHECKING:
    from sqlmodel import Session

    from corelog.store.models import CoreSession, CoreSet


def best_holds(store: Store, exercise_id: int | None = None) -> dict[int, BestHold]:
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
    best: dict[int, BestHold] = {}
    for r in rows:
        if r["exercise_id"] not in best:
            best[r["exercise_id"]] = record(BestHold, r)
    return best


def best_hold(store: Store, exercise_id: int) -> BestHold | None:
    return best_holds(store, exercise_id).get(exercise_id)


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
        SELECT id AS set_id, workout_id, hold_ms, side, target_hold_ms, interrupted
        FROM core_set
        WHERE workout_id IN ({placeholders(ids)}) AND hold_ms IS NOT NULL
        ORDER BY position, id
        """,
        ids,
    ):
        holds.setdefault(r["workout_id"], []).append(record(TimerHoldRow, r))
    return [
        record(TimerWorkoutRow, r, holds=tuple(holds.get(r["id"], ()))) for r in reversed(rows)
    ]


def latest_session_on(store: Store, local_day: date) -> int | None:
    """The id of the latest (not deleted) session whose own local day is ``local_day``."""
    return store.reader.scalar(_LATEST_ON_DAY, (local_day.isoformat(),))


_LATEST_ON_DAY = """
    SELECT id FROM core_session
    WHERE deleted_at IS NULL
      AND date(started_at, printf('%+d minutes', utc_offset_min)) = ?
    ORDER BY started_at DESC, id DESC LIMIT 1
"""


def save_timer_workout(store: Store, workout: FinishedWorkout, local_day: date) -> TimerSave:
    """Save a finished timer workout in one transaction.

    The holds go into the latest session of ``local_day`` (the user's today), after its
    sets, or into a new session starting when the workout started if that day has none.
    A ``timer_workout`` row records the plan; each hold becomes a ``core_set`` with its
    real length, the target, its side and the interrupted flag.
    """
    from corelog.store.models import TimerWorkout

    if not workout.holds:
        raise ValueError("a timer workout needs at least one hold to be saved")
    started_at, utc_offset_min = to_utc_and_offset(workout.started_at)
    now = utc_now()
    with store.write() as session:
        session_id, first_position, created = _session_for(
            session, local_day, workout, started_at, utc_offset_min, now
        )
        plan = columns(
            workout,
            skip=("holds", "duration_s"),
            session_id=session_id,
            started_at=started_at,
            utc_offset_min=utc_offset_min,
            created_at=now,
            updated_at=now,
        )
        stored = TimerWorkout(**plan)
        workout_id = insert(session, stored)
        sets = _hold_sets(workout, session_id, first_position, workout_id, now)
        session.add_all(sets)
        session.flush()
        return TimerSave(
            session_id=session_id,
            session_created=created is not None,
            workout_id=workout_id,
            set_ids=tuple(s.id for s in sets if s.id is not None),
            session_row=created.model_dump() if created is not None else None,
            workout_row=stored.model_dump(),
            set_rows=tuple(s.model_dump() for s in sets),
        )


def _session_for(
    session: Session,
    local_day: date,
    workout: FinishedWorkout,
    started_at: datetime,
    utc_offset_min: int,
    now: datetime,
) -> tuple[int, int, CoreSession | None]:
    """The session the holds go into, the position of their first set, and the session if new."""
    from corelog.store.models import CoreSession

    conn = session.connection()
    found = conn.exec_driver_sql(_LATEST_ON_DAY, (local_day.isoformat(),)).first()
    if found is None:
        created = CoreSession(
            started_at=started_at,
            utc_offset_min=utc_offset_min,
            duration_s=workout.duration_s,
            created_at=now,
            updated_at=now,
        )
        return insert(session, created), 0, created
    session_id = found[0]
    extended = session.get(CoreSession, session_id)
    assert extended is not None
    extended.updated_at = now
    last = conn.exec_driver_sql(
        "SELECT MAX(position) FROM core_set WHERE session_id = ?", (session_id,)
    ).scalar()
    return session_id, 0 if last is None else last + 1, None


def _hold_sets(
    workout: FinishedWorkout, session_id: int, first_position: int, workout_id: int, now: datetime
) -> list[CoreSet]:
    """One set per hold, in order from ``first_position``: its length, target, side and flag."""
    from corelog.store.models import CoreSet

    return [
        CoreSet(
            session_id=session_id,
            position=first_position + index,
            exercise_id=workout.exercise_id,
            side=hold.side,
            hold_ms=hold.held_ms,
            target_hold_ms=workout.target_hold_ms,
            workout_id=workout_id,
            interrupted=hold.interrupted,
            created_at=now,
            updated_at=now,
        )
        for index, hold in enumerate(workout.holds)
    ]


def remove_timer_save(store: Store, saved: TimerSave) -> None:
    """Undo a timer save: remove its sets and workout, and the session if it created it."""
    from sqlmodel import delete

    from corelog.store.models import CoreSession, CoreSet, TimerWorkout

    now = utc_now()
    with store.write() as session:
        session.exec(delete(CoreSet).where(CoreSet.id.in_(saved.set_ids)))  # type: ignore[union-attr]
        session.exec(delete(TimerWorkout).where(TimerWorkout.id == saved.workout_id))
        # What the undo removed leaves tombstones, so another computer removes it too.
        bury(session, "core_set", [row["uuid"] for row in saved.set_rows], now)
        bury(session, "timer_workout", [saved.workout_row["uuid"]], now)
        if saved.session_created:
            session.exec(delete(CoreSession).where(CoreSession.id == saved.session_id))
            assert saved.session_row is not None
            bury(session, "core_session", [saved.session_row["uuid"]], now)
        else:
            extended = session.get(CoreSession, saved.session_id)
            if extended is not None:
                extended.updated_at = now  # the undo is a change of the session, made now


def reinstate_timer_save(store: Store, saved: TimerSave) -> None:
    """Redo a timer save after :func:`remove_timer_save`: the very same rows come back
    (ids and uuids), changed now (``updated_at``), and lose their tombstones."""
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
