"""The plank timer's setup: which exercise, how long, how many sets, what rest and prep.

What the timer page calls before a workout:

* :func:`timed_exercises`: the exercises the timer offers (held for a time, not hidden);
* :func:`setup_defaults`: where a workout of an exercise starts from: the user's last
  workout of it, or else the documents' dose (002: planks 30-60 s, 2-3 sets, short rests);
* :func:`check_setup`: what the user typed, checked, as a :class:`~corelog.timer.TimerPlan`
  ready to run, or every problem at once (:class:`~corelog.domain.validation.Invalid`).

Side planks and the user's own two-sided hold exercises always alternate left and right,
left first: ``sets`` counts per side.
"""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.core_validation import MAX_HOLD_MS
from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, Timer, short_day
from corelog.domain.parsing import HOLD_HINT, ParseError, parse_hold
from corelog.domain.progression import (
    CORE_SETS_RANGE,
    PLANK_HOLD_CAP_MS,
    PLANK_HOLD_RANGE_MS,
    SHORT_REST_MS,
    PastWorkout,
    PlanDefaults,
    default_plan,
)
from corelog.domain.timer_workouts import TimerWorkoutRow
from corelog.domain.validation import FieldError, Invalid, clean_whole_number, is_blank
from corelog.knowledge import citation, get_knowledge
from corelog.knowledge.items import HoldGuide
from corelog.services import exercises as exercise_service
from corelog.services import timer_workouts
from corelog.store.store import Store
from corelog.timer import TimerMode, TimerPlan

MIN_SETS, MAX_SETS = 1, 20
MIN_TARGET_MS = 1_000
MAX_TARGET_MS = MAX_HOLD_MS
"""A hold longer than this (30 minutes) cannot be saved into a core session."""
MAX_REST_MS = 10 * 60 * 1000
MAX_PREP_MS = 60 * 1000
"""The longest prep countdown: a minute, the range Settings offers (0-60 s)."""
REST_HINT = QT_TRANSLATE_NOOP(
    "Checks", "Enter a rest like 30, 30s or 1:00, or leave it empty for none."
)
PREP_HINT = QT_TRANSLATE_NOOP(
    "Checks", "Enter a prep countdown like 5 or 10s, or leave it empty for none."
)


def sets_message() -> str:
    return Checks.tr("Enter the number of sets, from {least} to {most}.").format(
        least=MIN_SETS, most=MAX_SETS
    )


def exercise_label(row: ExerciseRow) -> str:
    """An exercise as the timer offers it: "Side plank (each side)", "Plank (hidden)"."""
    if row.sided and row.hidden:
        text = Timer.tr("{name} (each side) (hidden)")
    elif row.sided:
        text = Timer.tr("{name} (each side)")
    elif row.hidden:
        text = Timer.tr("{name} (hidden)")
    else:
        return row.name
    return text.format(name=row.name)


MODES = (TimerMode.COUNTDOWN.value, TimerMode.COUNT_UP.value)


@dataclass(frozen=True)
class SetupForm:
    """The setup as the page holds it: the chosen exercise and mode, and typed texts.

    ``hold`` is the target ("45", "45s", "1:30"); in count-up mode it is an optional goal
    (empty for none). ``rest`` and ``prep`` read like holds; empty means none.
    """

    exercise_id: int | None
    mode: str
    hold: str | None
    sets: int | str | None
    rest: str | None
    prep: str | None


@dataclass(frozen=True)
class TimerSetup:
    """A checked setup: the exercise and the plan to run."""

    exercise: ExerciseRow
    plan: TimerPlan


@dataclass(frozen=True)
class SetupDefaults(PlanDefaults):
    """Where a new workout of an exercise starts: the plan, in the timer's limits, in its
    ``mode``.

    ``hold_ms`` 0 means a count-up workout without a goal. ``note`` says in a sentence
    where the values come from (``source``).
    """

    mode: str
    note: str


# --------------------------------------------------------------------------- exercises


def timed_exercises(store: Store, *, keep_id: int | None = None) -> list[ExerciseRow]:
    """The exercises the timer offers: held for a time and not hidden, in library order.
    ``keep_id`` is offered even when hidden (a preset or a workout still names it)."""
    return [
        row
        for row in exercise_service.library(store, measure="hold")
        if not row.hidden or row.id == keep_id
    ]


def hold_guide(exercise: ExerciseRow) -> HoldGuide | None:
    """What the knowledge base says about timing this exercise; None for the user's own."""
    known = exercise_service.knowledge_for(exercise)
    return None if known is None else known.hold


def hold_range_ms(exercise: ExerciseRow) -> tuple[int, int]:
    """The hold range for the exercise: its own from the library, else the plank's (002)."""
    guide = hold_guide(exercise)
    if guide is None:
        return PLANK_HOLD_RANGE_MS
    return guide.min_s * 1000, guide.max_s * 1000


def hold_cap_ms(exercise: ExerciseRow) -> int:
    """The longest hold CoreLog suggests before a harder variation (60 s for planks)."""
    guide = hold_guide(exercise)
    return PLANK_HOLD_CAP_MS if guide is None else guide.cap_s * 1000


# ----------------------------------------------------------------------------- defaults


def past_workout(row: TimerWorkoutRow) -> PastWorkout:
    """A stored timer workout as the progression rules read it."""
    return PastWorkout(
        target_hold_ms=row.target_hold_ms or 0,
        planned_sets=row.planned_sets,
        held_to_target=row.held_to_target,
        alternate_sides=row.alternate_sides,
        rest_ms=row.rest_ms,
        prep_ms=row.prep_ms,
    )


def _documents_note(exercise: ExerciseRow) -> str:
    low, high = (ms // 1000 for ms in hold_range_ms(exercise))
    least, most = CORE_SETS_RANGE
    if exercise.sided:
        dose = Timer.tr("{least}-{most} sets on each side with short rests")
    else:
        dose = Timer.tr("{least}-{most} sets with short rests")
    dose = dose.format(least=least, most=most)
    guide = hold_guide(exercise)
    plank = get_knowledge().exercise("plank")
    sources = (guide or plank.hold or plank.dose).sources
    cited = citation([*sources, *plank.dose.sources])
    if guide is not None and guide.documented:
        text = Timer.tr("Starting point from the documents: {low}-{high} s holds, {dose} {cited}.")
    elif guide is not None:
        text = Timer.tr(
            "Starting point: the documents give no hold time for the {exercise}, "
            "so CoreLog uses the plank's {low}-{high} s; {dose} {cited}."
        )
    else:
        text = Timer.tr(
            "Starting point: the plank's dose from the documents, {low}-{high} s holds, "
            "{dose} {cited}."
        )
    return text.format(exercise=exercise.name.lower(), low=low, high=high, dose=dose, cited=cited)


def setup_defaults(store: Store, exercise: ExerciseRow, *, prep_ms: int) -> SetupDefaults:
    """The setup a new workout of ``exercise`` starts from.

    The user's last timer workout of it gives the mode, target, sets and rest; with none
    yet, the documents do: the bottom of the hold range, the top of the 2-3 sets and a
    short rest (30 s), 002. The prep countdown is the user's preference ``prep_ms``.
    """
    recent = timer_workouts.recent_timer_workouts(store, exercise.id, limit=1)
    last = recent[-1] if recent else None
    plan = default_plan(
        None if last is None else past_workout(last),
        hold_range_ms=hold_range_ms(exercise),
        sets_range=CORE_SETS_RANGE,
        alternate_sides=exercise.sided,
    )
    if last is None:
        note = _documents_note(exercise)
        mode = TimerMode.COUNTDOWN.value
        hold_ms = plan.hold_ms
        rest_ms = SHORT_REST_MS
    else:
        note = Timer.tr("As your last workout of it, on {day}.").format(
            day=short_day(last.local_start)
        )
        mode = last.mode if last.mode in MODES else TimerMode.COUNTDOWN.value
        count_up = mode == TimerMode.COUNT_UP.value
        hold_ms = (last.target_hold_ms or 0) if count_up else plan.hold_ms
        rest_ms = plan.rest_ms
    return SetupDefaults(
        mode=mode,
        hold_ms=hold_ms,
        sets=max(MIN_SETS, min(plan.sets, MAX_SETS)),
        rest_ms=max(0, min(rest_ms, MAX_REST_MS)),
        prep_ms=max(0, min(prep_ms, MAX_PREP_MS)),
        alternate_sides=exercise.sided,
        source=plan.source,
        note=note,
    )


# ------------------------------------------------------------------------------ checking


def _clean_target(text: str | None, mode: str) -> int:
    count_up = mode == TimerMode.COUNT_UP.value
    if is_blank(text):
        if count_up:
            return 0
        raise FieldError(
            Checks.tr("Enter the target hold. {hint}").format(hint=Checks.marked(HOLD_HINT))
        )
    assert text is not None
    hold_ms = parse_hold(text)
    if hold_ms < 0:
        raise FieldError(Checks.tr("A hold can't be negative."))
    if hold_ms == 0 and count_up:
        return 0
    if hold_ms < MIN_TARGET_MS:
        raise FieldError(Checks.tr("The target must be at least 1 second."))
    if hold_ms > MAX_TARGET_MS:
        raise FieldError(Checks.tr("A hold of more than 30 minutes? Check the time."))
    return hold_ms


def _clean_pause(text: str | None, rest: bool, hint: str, limit_ms: int) -> int:
    """Rest (or else prep): empty is none; otherwise read like a hold, 0 up to ``limit_ms``.

    Every message names the field; ``hint`` says how to type it."""
    if is_blank(text):
        return 0
    assert text is not None
    value = parse_hold(text, Checks.marked(hint))
    if value < 0:
        if rest:
            raise FieldError(Checks.tr("The rest can't be negative."))
        raise FieldError(Checks.tr("The prep countdown can't be negative."))
    if value > limit_ms:
        if rest:
            raise FieldError(Checks.tr("The rest can be at most 10 minutes."))
        raise FieldError(Checks.tr("The prep countdown can be at most 60 seconds."))
    return value


def check_setup(store: Store, form: SetupForm) -> TimerSetup | Invalid:
    """Check the setup; the exercise and plan to run, or every problem at once.

    Error fields: ``exercise``, ``mode``, ``hold``, ``sets``, ``rest``, ``prep``.
    """
    errors: dict[str, str] = {}
    exercise = None
    if form.exercise_id is None:
        errors["exercise"] = Checks.tr("Choose the exercise to time.")
    else:
        exercise = exercise_service.exercise(store, form.exercise_id)
        if exercise is None:
            errors["exercise"] = Checks.tr(
                "That exercise is no longer in the library; choose another."
            )
        elif exercise.measure != "hold":
            errors["exercise"] = Checks.tr(
                "{exercise} is done for reps; choose a held exercise."
            ).format(exercise=exercise.name)
    if form.mode not in MODES:
        errors["mode"] = Checks.tr("Choose a countdown to the target or a hold to failure.")
    values: dict[str, int] = {}

    def check(name: str, clean) -> None:
        try:
            values[name] = clean()
        except (ParseError, FieldError) as error:
            errors[name] = str(error)

    check("hold", lambda: _clean_target(form.hold, form.mode))
    check(
        "sets",
        lambda: clean_whole_number(
            "" if form.sets is None else form.sets, MIN_SETS, MAX_SETS, sets_message()
        ),
    )
    check("rest", lambda: _clean_pause(form.rest, True, REST_HINT, MAX_REST_MS))
    check("prep", lambda: _clean_pause(form.prep, False, PREP_HINT, MAX_PREP_MS))
    if errors:
        return Invalid(errors)
    assert exercise is not None
    plan = TimerPlan(
        hold_ms=values["hold"],
        sets=values["sets"],
        rest_ms=values["rest"],
        prep_ms=values["prep"],
        mode=TimerMode(form.mode),
        alternate_sides=exercise.sided,
    )
    return TimerSetup(exercise=exercise, plan=plan)


def hold_exercise(store: Store, exercise_id: int) -> None:
    """A workout with this exercise is under way: until its holds are saved, the exercise
    counts as in use, so it cannot be deleted (from the library, or by an undo)."""
    store.busy_exercise_ids.add(exercise_id)


def release_exercise(store: Store, exercise_id: int) -> None:
    """The workout's holds are saved (or were none): the exercise is free again."""
    store.busy_exercise_ids.discard(exercise_id)
