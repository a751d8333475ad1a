"""The plank timer's workouts: personal bests, recent workouts, and saving a finished one.

* :func:`personal_best_hold` / :func:`personal_best_holds`: the longest hold per exercise;
* :func:`recent_timer_workouts`: an exercise's latest timer workouts, newest last, each
  with its target, planned sets and the holds done (and whether each reached the target);
* :func:`finished_workout`: the timer's plan and hold results as a workout to save;
* :class:`SaveTimerWorkout` (or :func:`save_timer_workout`): save a finished workout into
  today's core session (created or extended) in one transaction, with an exact undo.

Storage goes through ``corelog.store.timer_workouts``; the sets it writes are ordinary
sets of a core session (``services.core``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from corelog.domain.core_sessions import BestHold
from corelog.domain.core_validation import MAX_HOLD_MS, clean_hold
from corelog.domain.timer_workouts import FinishedWorkout, TimerHold, TimerSave, TimerWorkoutRow
from corelog.domain.timeutil import local_now, to_utc_and_offset
from corelog.domain.validation import FieldError
from corelog.domain.vocabulary import SIDES
from corelog.services.exercises import ensure_library
from corelog.store import exercises as store_exercises
from corelog.store import timer_workouts as store_timer
from corelog.store.store import Store
from corelog.timer.plan import TimerPlan
from corelog.timer.results import HoldResult


def personal_best_hold(store: Store, exercise_id: int) -> BestHold | None:
    """The longest hold of an exercise, timed or typed in; interrupted holds do not count."""
    return store_timer.best_hold(store, exercise_id)


def personal_best_holds(store: Store) -> dict[int, BestHold]:
    """The personal best hold of every exercise that has one, by exercise id."""
    return store_timer.best_holds(store)


def recent_timer_workouts(store: Store, exercise_id: int, limit: int = 10) -> list[TimerWorkoutRow]:
    """An exercise's latest timer workouts, NEWEST LAST, for progression.

    Each has ``target_hold_ms``, ``planned_sets``, ``alternate_sides``, ``rest_ms``,
    ``prep_ms``, ``completed``, its ``holds`` in order and ``held_to_target`` (one bool
    per hold done: reached the target without interruption).
    """
    return store_timer.recent_timer_workouts(store, exercise_id, limit)


def holds_too_long(results: Sequence[HoldResult]) -> int:
    """How many holds ran longer than a set can record (30 minutes): left out when saved."""
    return sum(1 for result in results if result.held_ms > MAX_HOLD_MS)


def finished_workout(
    plan: TimerPlan,
    results: Sequence[HoldResult],
    *,
    exercise_id: int,
    started_at: datetime,
    duration_s: float | None = None,
) -> FinishedWorkout | None:
    """The timer's plan and results as a workout to save; None if no hold lasted any time.

    A hold the user stopped (Esc) or the computer's sleep cut short is saved with its real
    length and flagged ``interrupted``. A hold of zero length (stopped the instant it began)
    is left out, and so is a hold longer than a set can record (a hold to failure left
    running; see :func:`holds_too_long`), so that it does not cost the other holds.
    ``completed``: every planned hold done and each held to its target.
    """
    holds = [
        TimerHold(
            held_ms=result.held_ms,
            side=None if result.side is None else str(result.side),
            interrupted=result.interrupted or result.stopped_early,
        )
        for result in results
        if 0 < result.held_ms <= MAX_HOLD_MS
    ]
    if not holds:
        return None
    completed = len(results) >= plan.total_holds and all(r.completed for r in results)
    return FinishedWorkout(
        exercise_id=exercise_id,
        mode=str(plan.mode),
        target_hold_ms=plan.hold_ms or None,
        planned_sets=plan.sets,
        rest_ms=plan.rest_ms,
        prep_ms=plan.prep_ms,
        alternate_sides=plan.alternate_sides,
        completed=completed,
        started_at=started_at,
        holds=holds,
        duration_s=duration_s,
    )


def _check_workout(store: Store, workout: FinishedWorkout) -> FinishedWorkout:
    """The workout as it will be stored (each hold's length checked); ValueError if it
    cannot be."""
    if not workout.holds:
        raise ValueError("a timer workout needs at least one hold to be saved")
    row = store_exercises.get_exercise(store, workout.exercise_id)
    if row is None:
        raise ValueError(f"no exercise with id {workout.exercise_id}")
    if row.measure != "hold":
        raise ValueError(f"{row.name} is done for reps, not held for a time")
    if workout.mode not in ("countdown", "count_up"):
        raise ValueError(f"unknown timer mode {workout.mode!r}")
    if workout.planned_sets < 1:
        raise ValueError("a timer workout plans at least one set")
    holds = []
    for hold in workout.holds:
        try:
            held_ms = clean_hold(int(hold.held_ms))
        except FieldError as error:
            raise ValueError(f"cannot save a hold of {hold.held_ms} ms: {error}") from error
        if hold.side is not None and hold.side not in SIDES:
            raise ValueError(f"unknown side {hold.side!r}")
        holds.append(TimerHold(held_ms, hold.side, hold.interrupted))
    to_utc_and_offset(workout.started_at)  # an aware time, or ValueError
    return replace(workout, target_hold_ms=workout.target_hold_ms or None, holds=tuple(holds))


def save_timer_workout(
    store: Store, workout: FinishedWorkout, today: date | None = None
) -> TimerSave:
    """Save a finished workout into today's latest session, or a new one, in one transaction.

    Raises ValueError for a workout that cannot be stored (no holds, a hold of zero or
    over 30 minutes, an unknown or reps exercise); nothing is written then.
    """
    ensure_library(store)
    values = _check_workout(store, workout)
    return store_timer.save_timer_workout(store, values, today or local_now().date())


class SaveTimerWorkout:
    """:func:`save_timer_workout` as an undoable operation.

    ``do()`` saves (the first time) or puts the very same rows back (redo); ``undo()``
    removes the sets and the workout, and the session too when this save created it.
    """

    def __init__(self, store: Store, workout: FinishedWorkout, today: date | None = None) -> None:
        self.store = store
        self.workout = workout
        self.today = today
        self.saved: TimerSave | None = None
        self._removed = False

    def do(self) -> TimerSave:
        if self.saved is None:
            self.saved = save_timer_workout(self.store, self.workout, self.today)
        elif self._removed:
            store_timer.reinstate_timer_save(self.store, self.saved)
            self._removed = False
        return self.saved

    def undo(self) -> None:
        assert self.saved is not None
        store_timer.remove_timer_save(self.store, self.saved)
        self._removed = True
