"""The plank timer's setup: what it offers, where it starts from, and what it refuses."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.validation import Invalid
from corelog.services import exercises as lib
from corelog.services import timer_workouts
from corelog.services.timer_setup import SetupForm, check_setup, setup_defaults, timed_exercises
from corelog.timer import TimerMode, TimerPlan

CEST = timezone(timedelta(hours=2))


@pytest.fixture
def rows(store):
    return {row.key: row for row in lib.library(store)}


def save(store, row, holds, *, target=45_000, sets=3, rest=20_000, mode="countdown", day=5):
    workout = FinishedWorkout(
        exercise_id=row.id,
        mode=mode,
        target_hold_ms=target,
        planned_sets=sets,
        rest_ms=rest,
        prep_ms=5_000,
        alternate_sides=row.sided,
        completed=False,
        started_at=datetime(2024, 6, day, 18, 0, tzinfo=CEST),
        holds=[TimerHold(ms) for ms in holds],
    )
    timer_workouts.save_timer_workout(store, workout, date(2024, 6, day))


def form(exercise_id, **kw) -> SetupForm:
    values = {"mode": "countdown", "hold": "45", "sets": "3", "rest": "30", "prep": "5"}
    values.update(kw)
    return SetupForm(exercise_id=exercise_id, **values)


def test_the_timer_offers_held_exercises_that_are_not_hidden(store, rows):
    assert [r.key for r in timed_exercises(store)] == ["plank", "side_plank"]
    lib.SetExerciseHidden(store, rows["side_plank"].id, True).do()
    assert [r.key for r in timed_exercises(store)] == ["plank"]
    kept = timed_exercises(store, keep_id=rows["side_plank"].id)
    assert [r.key for r in kept] == ["plank", "side_plank"]


def test_a_first_workout_starts_from_the_documents(store, rows):
    start = setup_defaults(store, rows["plank"], prep_ms=5_000)
    assert (start.mode, start.hold_ms, start.sets, start.rest_ms, start.prep_ms) == (
        "countdown",
        30_000,
        3,
        30_000,
        5_000,
    )
    assert start.source == "002" and not start.alternate_sides
    assert "30-60 s" in start.note
    assert start.note.endswith("(source: 002 · Sore abs after running).")


def test_side_planks_alternate_and_say_where_their_range_comes_from(store, rows):
    start = setup_defaults(store, rows["side_plank"], prep_ms=10_000)
    assert start.alternate_sides and start.prep_ms == 10_000
    assert "no hold time" in start.note and "each side" in start.note


def test_the_next_workout_starts_from_the_last_one(store, rows):
    save(store, rows["plank"], [45_000, 45_000], target=45_000, sets=2, rest=20_000)
    start = setup_defaults(store, rows["plank"], prep_ms=3_000)
    assert (start.hold_ms, start.sets, start.rest_ms, start.prep_ms) == (45_000, 2, 20_000, 3_000)
    assert start.source is None
    assert start.note == "As your last workout of it, on Wed 5 Jun."


def test_a_count_up_workout_without_goal_is_repeated_as_such(store, rows):
    save(store, rows["plank"], [75_000], target=None, sets=1, mode="count_up")
    start = setup_defaults(store, rows["plank"], prep_ms=5_000)
    assert (start.mode, start.hold_ms, start.sets) == ("count_up", 0, 1)


def test_a_good_setup_becomes_a_plan(store, rows):
    checked = check_setup(store, form(rows["plank"].id, hold="1:30", rest="", prep="0"))
    assert checked.exercise.key == "plank"
    assert checked.plan == TimerPlan(hold_ms=90_000, sets=3, rest_ms=0, prep_ms=0)
    sided = check_setup(store, form(rows["side_plank"].id, sets=2))
    assert sided.plan.alternate_sides and sided.plan.total_holds == 4


def test_hold_to_failure_needs_no_goal(store, rows):
    checked = check_setup(store, form(rows["plank"].id, mode="count_up", hold=""))
    assert checked.plan.mode is TimerMode.COUNT_UP and checked.plan.hold_ms == 0
    goal = check_setup(store, form(rows["plank"].id, mode="count_up", hold="60"))
    assert goal.plan.hold_ms == 60_000


REST_HINT = "Enter a rest like 30, 30s or 1:00, or leave it empty for none."
PREP_HINT = "Enter a prep countdown like 5 or 10s, or leave it empty for none."


@pytest.mark.parametrize(
    ("field", "changes", "message"),
    [
        ("exercise", {"exercise_id": None}, "Choose the exercise to time."),
        ("hold", {"hold": ""}, "Enter the target hold. Enter a hold like 45, 45s or 1:30."),
        ("hold", {"hold": "soon"}, "Enter a hold like 45, 45s or 1:30."),
        ("hold", {"hold": "-5"}, "A hold can't be negative."),
        ("hold", {"hold": "0.5s"}, "The target must be at least 1 second."),
        ("hold", {"hold": "31:00"}, "A hold of more than 30 minutes? Check the time."),
        ("sets", {"sets": "0"}, "Enter the number of sets, from 1 to 20."),
        ("sets", {"sets": "21"}, "Enter the number of sets, from 1 to 20."),
        ("sets", {"sets": "two"}, "Enter the number of sets, from 1 to 20."),
        ("rest", {"rest": "-10"}, "The rest can't be negative."),
        ("rest", {"rest": "11:00"}, "The rest can be at most 10 minutes."),
        ("rest", {"rest": "a bit"}, REST_HINT),
        ("rest", {"rest": "1:75"}, f"Seconds after a colon must be below 60. {REST_HINT}"),
        ("prep", {"prep": "6:00"}, "The prep countdown can be at most 60 seconds."),
        ("prep", {"prep": "61"}, "The prep countdown can be at most 60 seconds."),
        ("prep", {"prep": "-1"}, "The prep countdown can't be negative."),
        ("prep", {"prep": "soon"}, PREP_HINT),
        ("mode", {"mode": "sideways"}, "Choose a countdown to the target or a hold to failure."),
    ],
)
def test_every_problem_has_a_message(store, rows, field, changes, message):
    values = {"exercise_id": rows["plank"].id, **changes}
    exercise_id = values.pop("exercise_id")
    result = check_setup(store, form(exercise_id, **values))
    assert isinstance(result, Invalid)
    assert result.errors[field] == message


@pytest.mark.parametrize("prep", ["", "0", "60", "1:00", "59.5s"])
def test_a_prep_countdown_from_none_to_a_minute_is_accepted(store, rows, prep):
    checked = check_setup(store, form(rows["plank"].id, prep=prep))
    assert not isinstance(checked, Invalid), checked
    assert checked.plan.prep_ms <= 60_000


def test_messages_for_the_rest_and_the_prep_name_their_own_field(store, rows):
    result = check_setup(store, form(rows["plank"].id, rest="lots", prep="later"))
    assert isinstance(result, Invalid)
    assert "rest" in result.errors["rest"] and "hold" not in result.errors["rest"]
    assert "prep" in result.errors["prep"] and "hold" not in result.errors["prep"]


def test_a_prep_preference_beyond_a_minute_starts_at_a_minute(store, rows):
    assert setup_defaults(store, rows["plank"], prep_ms=5 * 60_000).prep_ms == 60_000


def test_reps_exercises_and_missing_ones_are_refused(store, rows):
    reps = check_setup(store, form(rows["bird_dog"].id))
    assert reps.errors["exercise"] == "Bird dog is done for reps; choose a held exercise."
    gone = check_setup(store, form(9_999))
    assert gone.errors["exercise"] == "That exercise is no longer in the library; choose another."


def test_all_problems_are_reported_at_once(store, rows):
    result = check_setup(store, form(rows["plank"].id, hold="x", sets="0", rest="-1"))
    assert set(result.errors) == {"hold", "sets", "rest"}
