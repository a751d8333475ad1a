"""Core sessions: logging, editing, deleting, repeating; the weekly target; the plank timer's saves.

What the Log page's core tab, the Today page and the plank timer call. Checks go through
``corelog.domain.core_validation``; storage through ``corelog.store.core``. Changes are
operation objects with ``do()`` and ``undo()`` for the undo stack: the first ``do()``
makes the change, a later ``do()`` (redo) repeats it exactly (same rows, same uuids).

For the plank timer:

* :func:`personal_best_hold` / :func:`personal_best_holds`: the longest hold per exercise;
* :func:`recent_timer_workouts`: an exercise's latest timer workouts, newest last, each
  with its target, planned sets and the holds done (and whether each reached the target);
* :func:`finished_workout`: the timer's plan and hold results as a workout to save;
* :class:`SaveTimerWorkout` (or :func:`save_timer_workout`): save a finished workout into
  today's session (created or extended) in one transaction, with an exact undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import groupby

from corelog.domain.core_sessions import (
    BestHold,
    CoreSessionRow,
    CoreSetRow,
    SessionSnapshot,
    SessionValues,
    SetValues,
)
from corelog.domain.core_validation import (
    MAX_HOLD_MS,
    SetEntry,
    clean_hold,
    validate_core_session,
)
from corelog.domain.formatting import count_text, format_duration, format_hold, format_hold_edit
from corelog.domain.parsing import ParseError, parse_duration
from corelog.domain.records import CoreRecord
from corelog.domain.timer_workouts import (
    FinishedWorkout,
    TimerHold,
    TimerSave,
    TimerWorkoutRow,
)
from corelog.domain.timeutil import (
    MONDAY,
    local_now,
    range_bounds_utc,
    to_utc_and_offset,
    week_start,
)
from corelog.domain.units import round_half_up
from corelog.domain.validation import FieldError, Invalid, is_blank
from corelog.domain.vocabulary import SIDES
from corelog.domain.weekly import core_frequency, weekly_totals
from corelog.knowledge import get_knowledge
from corelog.services.exercises import ensure_library
from corelog.store import core as store_core
from corelog.store import exercises as store_exercises
from corelog.store import timer_workouts as store_timer
from corelog.store.store import Store
from corelog.timer.plan import TimerPlan
from corelog.timer.results import HoldResult

MAX_SESSION_DURATION_S = 6 * 3600
DURATION_HINT = "Enter how long the session took, like 20, 20m or 25:30, or leave it empty."
SIDE_MESSAGE = "Choose the left or the right side."

# ------------------------------------------------------------------------------ form


@dataclass(frozen=True)
class SetForm:
    """One set as the form holds it.

    ``amount`` is the typed reps or hold ("45", "45s", "1:30", "12"); ``set_id`` names the
    stored set an edit keeps (None for a new set).
    """

    exercise_id: int | None
    amount: str | int | None
    side: str | None = None
    set_id: int | None = None


@dataclass(frozen=True)
class SessionForm:
    """The core-session form: start (aware local), sets, effort, duration text, notes."""

    started_at: datetime | None
    sets: Sequence[SetForm]
    effort: int | str | None = None
    duration: str | None = None
    notes: str | None = ""


def clean_session_duration(text: str | None) -> int | None:
    """The optional session duration in whole seconds; a bare number means minutes."""
    if text is None or is_blank(text):
        return None
    try:
        seconds = parse_duration(text)
    except ParseError as error:
        raise FieldError(DURATION_HINT) from error
    if seconds < 0:
        raise FieldError("The duration can't be negative.")
    if seconds == 0:
        raise FieldError("The duration must be more than zero, or leave it empty.")
    if seconds > MAX_SESSION_DURATION_S:
        raise FieldError("More than 6 hours of core work in one session? Check the duration.")
    return seconds


def check_session(
    store: Store, form: SessionForm, now: datetime | None = None
) -> SessionValues | Invalid:
    """Check the form; return values ready to store, or every problem at once.

    Error fields: ``started_at``, ``effort``, ``duration``, ``sets`` (no sets at all),
    and for the set at position i: ``sets.i.exercise``, ``sets.i.amount``, ``sets.i.side``.
    """
    now = now or local_now()
    exercises = {row.id: row for row in store_exercises.list_exercises(store)}
    entries: list[SetEntry] = []
    errors: dict[str, str] = {}
    for position, set_form in enumerate(form.sets):
        row = exercises.get(set_form.exercise_id) if set_form.exercise_id is not None else None
        side = set_form.side if row is not None and row.sided else None
        if row is not None and row.sided and side not in SIDES:
            errors[f"sets.{position}.side"] = SIDE_MESSAGE
        entries.append(
            SetEntry(
                exercise=row.id if row is not None else None,
                measure=row.measure if row is not None else "",
                amount=set_form.amount,
                side=side,
            )
        )
    duration_s: int | None = None
    try:
        duration_s = clean_session_duration(form.duration)
    except FieldError as error:
        errors["duration"] = str(error)
    result = validate_core_session(
        started_at=form.started_at, sets=entries, now=now, effort=form.effort, notes=form.notes
    )
    if isinstance(result, Invalid):
        return Invalid({**result.errors, **errors})
    if errors:
        return Invalid(errors)
    started_utc, offset = to_utc_and_offset(result.started_at)
    return SessionValues(
        started_at=started_utc,
        utc_offset_min=offset,
        duration_s=duration_s,
        effort=result.effort,
        notes=result.notes,
        sets=tuple(
            SetValues(
                exercise_id=int(clean.exercise),  # type: ignore[call-overload]
                side=clean.side,
                reps=clean.reps,
                hold_ms=clean.hold_ms,
                set_id=set_form.set_id,
            )
            for clean, set_form in zip(result.sets, form.sets, strict=True)
        ),
    )


def _hold_text(hold_ms: int, *, whole_seconds: bool) -> str:
    if whole_seconds:
        hold_ms = max(1000, round_half_up(Decimal(hold_ms) / 1000) * 1000)
    return format_hold_edit(hold_ms)


def form_from_session(session: CoreSessionRow, *, as_template: bool = False) -> SessionForm:
    """A stored session as the form shows it.

    For editing, amounts are exact and sets keep their ids. As a template ("Repeat last
    session") the sets are new, holds are rounded to whole seconds, the start is left for
    the form to fill with now, and notes start empty.
    """
    sets = [
        SetForm(
            exercise_id=s.exercise_id,
            amount=str(s.reps)
            if s.reps is not None
            else _hold_text(s.hold_ms or 0, whole_seconds=as_template),
            side=s.side,
            set_id=None if as_template else s.id,
        )
        for s in session.sets
    ]
    return SessionForm(
        started_at=None if as_template else session.local_start,
        sets=sets,
        effort=session.effort,
        duration=format_duration(round(session.duration_s)) if session.duration_s else "",
        notes="" if as_template else session.notes,
    )


def repeat_template(store: Store) -> tuple[SessionForm, CoreSessionRow] | None:
    """The latest session as a template for a new one, with that session; None if none yet."""
    last = store_core.latest_session(store)
    if last is None:
        return None
    return form_from_session(last, as_template=True), last


# --------------------------------------------------------- changed while being edited


def _session_key(session: CoreSessionRow) -> tuple:
    return (
        session.started_at,
        session.utc_offset_min,
        session.duration_s,
        session.effort,
        session.notes,
    )


def _set_key(s: CoreSetRow) -> tuple:
    """What a set stores (not the exercise's current name: a rename changes no set)."""
    return (
        s.id,
        s.exercise_id,
        s.side,
        s.reps,
        s.hold_ms,
        s.target_hold_ms,
        s.workout_id,
        s.interrupted,
    )


def same_session(base: CoreSessionRow, current: CoreSessionRow) -> bool:
    """Whether ``current`` stores what ``base`` did (same values, the same sets in order)."""
    return _session_key(base) == _session_key(current) and [_set_key(s) for s in base.sets] == [
        _set_key(s) for s in current.sets
    ]


def sets_added_since(
    base: CoreSessionRow, current: CoreSessionRow
) -> tuple[CoreSetRow, ...] | None:
    """The sets appended to a session since ``base`` was read (the plank timer extends
    today's session this way), provided nothing else changed; None otherwise."""
    kept = len(base.sets)
    if _session_key(base) != _session_key(current) or len(current.sets) <= kept:
        return None
    if [_set_key(s) for s in base.sets] != [_set_key(s) for s in current.sets[:kept]]:
        return None
    return current.sets[kept:]


# ----------------------------------------------------------------------- operations


class AddSession:
    """Log a new session (values from :func:`check_session`)."""

    def __init__(self, store: Store, values: SessionValues) -> None:
        self.store = store
        self.values = values
        self.session_id: int | None = None

    def do(self) -> int:
        if self.session_id is None:
            self.session_id = store_core.add_session(self.store, self.values)
        else:
            store_core.set_session_deleted(self.store, self.session_id, False)
        return self.session_id

    def undo(self) -> None:
        assert self.session_id is not None
        store_core.set_session_deleted(self.store, self.session_id, True)


class EditSession:
    """Change a logged session; undo puts back exactly what was there."""

    def __init__(self, store: Store, session_id: int, values: SessionValues) -> None:
        self.store = store
        self.session_id = session_id
        self.values = values
        self._before: SessionSnapshot | None = None
        self._after: SessionSnapshot | None = None

    def do(self) -> int:
        if self._after is None:
            self._before = store_core.session_snapshot(self.store, self.session_id)
            store_core.update_session(self.store, self.session_id, self.values)
            self._after = store_core.session_snapshot(self.store, self.session_id)
        else:
            store_core.restore_snapshot(self.store, self._after)
        return self.session_id

    def undo(self) -> None:
        assert self._before is not None
        store_core.restore_snapshot(self.store, self._before)


class DeleteSession:
    """Delete a session (it keeps its row, so undo brings back the very same one)."""

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.session_id = session_id

    def do(self) -> None:
        store_core.set_session_deleted(self.store, self.session_id, True)

    def undo(self) -> None:
        store_core.set_session_deleted(self.store, self.session_id, False)


# --------------------------------------------------------------------------- reading


def recent_sessions(store: Store, limit: int | None = None) -> list[CoreSessionRow]:
    """Sessions with their sets, newest first."""
    return store_core.list_sessions(store, limit=limit)


def count_sessions(store: Store) -> int:
    """How many sessions the user has logged (deleted ones not counted)."""
    return store_core.count_sessions(store)


def get_session(store: Store, session_id: int) -> CoreSessionRow | None:
    return store_core.get_session(store, session_id)


def describe_set(s: CoreSetRow) -> str:
    """One set for reading: "45 s", "1:30", "12 reps"."""
    if s.hold_ms is not None:
        return format_hold(s.hold_ms)
    reps = s.reps or 0
    return count_text(reps, "rep")


_SIDE_LETTER = {"left": "L ", "right": "R ", None: ""}


def _describe_group(sets: list[CoreSetRow]) -> str:
    name = sets[0].exercise_name
    amounts = [describe_set(s) for s in sets]
    sided = any(s.side is not None for s in sets)
    same = len(set(amounts)) == 1
    if sided:
        lefts = sum(1 for s in sets if s.side == "left")
        rights = sum(1 for s in sets if s.side == "right")
        if same and lefts == rights and lefts + rights == len(sets):
            return f"{name} {lefts} × {amounts[0]} each side"
        return f"{name} " + ", ".join(
            f"{_SIDE_LETTER[s.side]}{amount}" for s, amount in zip(sets, amounts, strict=True)
        )
    if same:
        return f"{name} {amounts[0]}" if len(sets) == 1 else f"{name} {len(sets)} × {amounts[0]}"
    return f"{name} " + ", ".join(amounts)


def describe_set_groups(sets: Sequence[CoreSetRow]) -> list[str]:
    """A session's sets, one text per run of the same exercise: "Plank 3 × 45 s"."""
    groups = [list(g) for _, g in groupby(sets, key=lambda s: s.exercise_id)]
    return [_describe_group(group) for group in groups]


def describe_sets(sets: Sequence[CoreSetRow]) -> str:
    """A session's sets in one line: "Plank 3 × 45 s · Side plank 2 × 30 s each side"."""
    return " · ".join(describe_set_groups(sets))


def describe_sets_lines(sets: Sequence[CoreSetRow]) -> list[str]:
    """Each set on its own line: "1. Plank 45 s", "2. Side plank (left) 30 s"."""
    lines = []
    for number, s in enumerate(sets, start=1):
        side = f" ({s.side})" if s.side else ""
        lines.append(f"{number}. {s.exercise_name}{side} {describe_set(s)}")
    return lines


# ----------------------------------------------------------------------- weekly target


@dataclass(frozen=True)
class CoreWeekProgress:
    """Core sessions in the current week against the documents' two-to-three target."""

    week_start: date
    sessions: int
    target_min: int
    target_max: int
    status: str
    """"below", "on_target", "above" or "in_progress" (see domain.weekly.CoreWeek)."""
    advice: str
    """Why two or three, in CoreLog's words."""
    sources: tuple[str, ...] = field(default=("002",))

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def text(self) -> str:
        """ "Core sessions this week: 1 of 2-3"."""
        return f"Core sessions this week: {self.sessions} of {self.target_min}-{self.target_max}"

    @property
    def to_go(self) -> int:
        """Sessions still needed to reach the lower end of the target."""
        return max(0, self.target_min - self.sessions)


def core_week_progress(
    store: Store, today: date | None = None, first_weekday: int = MONDAY
) -> CoreWeekProgress:
    """How many core sessions the week of ``today`` holds, against the 2-3 target (002).

    A session counts in the week of its own local day; the week starts on the user's
    first day of the week (0 Monday ... 6 Sunday).
    """
    today = today or local_now().date()
    first = week_start(today, first_weekday)
    last = first + timedelta(days=6)
    # A day wider on each side: sessions keep the offset they were logged with.
    start, end = range_bounds_utc(first - timedelta(days=1), last + timedelta(days=1))
    records = [
        CoreRecord(start=s.local_start, effort=s.effort, sets=s.sets, ref=s.id)
        for s in store_core.session_starts(store, start, end)
        if first <= s.local_start.date() <= last
    ]
    week = weekly_totals([], records, first, first, first_weekday)[0]
    status = core_frequency([week], today)[0].status
    target = get_knowledge().core.weekly_target
    return CoreWeekProgress(
        week_start=first,
        sessions=week.core_sessions,
        target_min=target.sessions_min,
        target_max=target.sessions_max,
        status=status,
        advice=target.text,
        sources=target.sources,
    )


# ------------------------------------------------------------------- the plank timer


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
