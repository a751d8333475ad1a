from datetime import datetime, timedelta, timezone

import pytest

from corelog.domain.core_validation import (
    CleanSet,
    CoreSessionInput,
    CustomExercise,
    SetEntry,
    validate_core_session,
    validate_custom_exercise,
    validate_exercise_name,
    validate_set,
)
from corelog.domain.validation import Invalid

CET = timezone(timedelta(hours=1))
NOW = datetime(2024, 1, 10, 18, 0, tzinfo=CET)
PLANK, SQUATS = 1, 7


def session(sets, **changes):
    form = {"started_at": NOW - timedelta(hours=1), "sets": sets, "now": NOW}
    form.update(changes)
    return validate_core_session(**form)


def set_errors(entry: SetEntry) -> dict[str, str]:
    result = validate_set(entry)
    assert isinstance(result, Invalid), result
    return dict(result.errors)


def test_a_multi_set_session_comes_back_in_order_and_in_stored_units():
    result = session(
        [
            SetEntry(PLANK, "hold", "45"),
            SetEntry(PLANK, "hold", "1:30"),
            SetEntry("side_plank", "hold", "30s", side="left"),
            SetEntry(SQUATS, "reps", "12 reps"),
        ],
        effort="6",
        notes=" core after the run ",
    )
    assert isinstance(result, CoreSessionInput)
    assert result.sets == (
        CleanSet(PLANK, None, None, 45_000),
        CleanSet(PLANK, None, None, 90_000),
        CleanSet("side_plank", "left", None, 30_000),
        CleanSet(SQUATS, None, 12, None),
    )
    assert result.effort == 6
    assert result.notes == " core after the run "
    assert result.utc_offset_min == 60


def test_a_session_needs_at_least_one_set():
    result = session([])
    assert isinstance(result, Invalid)
    assert result.errors == {"sets": "Add at least one set."}


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("", "Enter the number of reps."),
        (None, "Enter the number of reps."),
        ("0", "Enter at least 1 rep."),
        (0, "Enter at least 1 rep."),
        ("-3", "Reps can't be negative."),
        ("1001", "More than 1,000 reps in one set? Check the number."),
        ("12.5", "Enter the reps as a whole number, like 12."),
        ("lots", "Enter the reps as a whole number, like 12."),
    ],
)
def test_reps_errors(amount, message):
    assert set_errors(SetEntry(SQUATS, "reps", amount)) == {"amount": message}


@pytest.mark.parametrize(("amount", "reps"), [("12", 12), ("x12", 12), ("12x", 12), (1000, 1000)])
def test_reps_in_the_usual_notations(amount, reps):
    result = validate_set(SetEntry(SQUATS, "reps", amount))
    assert isinstance(result, CleanSet)
    assert (result.reps, result.hold_ms) == (reps, None)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("", "Enter how long you held it. Enter a hold like 45, 45s or 1:30."),
        ("0", "The hold must be longer than zero."),
        ("0:00", "The hold must be longer than zero."),
        ("-45", "A hold can't be negative."),
        ("30:00.001", "A hold of more than 30 minutes? Check the time."),
        ("31m", "A hold of more than 30 minutes? Check the time."),
        ("a while", "Enter a hold like 45, 45s or 1:30."),
    ],
)
def test_hold_errors(amount, message):
    assert set_errors(SetEntry(PLANK, "hold", amount)) == {"amount": message}


def test_a_hold_of_exactly_thirty_minutes_and_a_timer_measured_hold_are_accepted():
    thirty = validate_set(SetEntry(PLANK, "hold", "30:00"))
    timed = validate_set(SetEntry(PLANK, "hold", 45_012))
    assert isinstance(thirty, CleanSet) and thirty.hold_ms == 1_800_000
    assert isinstance(timed, CleanSet) and timed.hold_ms == 45_012


def test_a_set_needs_an_exercise_and_a_real_side():
    assert set_errors(SetEntry(None, "hold", "45")) == {"exercise": "Choose an exercise."}
    assert set_errors(SetEntry(PLANK, "hold", "45", side="up")) == {
        "side": "Choose the left or the right side."
    }
    both = validate_set(SetEntry(PLANK, "hold", "45", side=""))
    assert isinstance(both, CleanSet) and both.side is None


def test_every_set_problem_is_reported_under_its_position_at_once():
    result = session(
        [
            SetEntry(PLANK, "hold", "45"),
            SetEntry(None, "reps", "0"),
            SetEntry(PLANK, "hold", "45 minutes"),
        ],
        effort="12",
        started_at=NOW + timedelta(days=2),
    )
    assert isinstance(result, Invalid)
    assert result.errors == {
        "started_at": "That is more than a day in the future; check the date and time.",
        "effort": "Effort is a whole number from 1 to 10, or leave it empty.",
        "sets.1.exercise": "Choose an exercise.",
        "sets.1.amount": "Enter at least 1 rep.",
        "sets.2.amount": "A hold of more than 30 minutes? Check the time.",
    }


def test_session_start_is_required():
    result = session([SetEntry(PLANK, "hold", "45")], started_at=None)
    assert isinstance(result, Invalid)
    assert result.errors == {"started_at": "Enter when the session started."}


EXISTING = ["Plank", "Side plank", "Bird dog", "Wall sit"]


def test_a_new_exercise_name_is_trimmed():
    assert validate_exercise_name("  Hollow   hold ", EXISTING) == "Hollow hold"


@pytest.mark.parametrize("name", ["", "   ", None])
def test_an_exercise_needs_a_name(name):
    result = validate_exercise_name(name, EXISTING)
    assert isinstance(result, Invalid)
    assert result.errors == {"name": "Give the exercise a name."}


@pytest.mark.parametrize("name", ["plank", "PLANK", " wall  SIT ", "Ｐｌａｎｋ"])
def test_a_name_already_in_the_library_is_refused_whatever_its_capitals(name):
    result = validate_exercise_name(name, EXISTING)
    assert isinstance(result, Invalid)
    assert result.errors["name"].startswith("There is already an exercise called “")


def test_the_duplicate_message_names_the_existing_exercise():
    result = validate_exercise_name("wall sit", EXISTING)
    assert isinstance(result, Invalid)
    assert result.errors == {"name": "There is already an exercise called “Wall sit”."}


def test_renaming_an_exercise_may_change_only_its_capitals():
    assert validate_exercise_name("Wall Sit", EXISTING, current_name="Wall sit") == "Wall Sit"
    result = validate_exercise_name("Plank", EXISTING, current_name="Wall sit")
    assert isinstance(result, Invalid)


def test_an_exercise_name_has_a_length_limit():
    assert validate_exercise_name("x" * 80, EXISTING) == "x" * 80
    result = validate_exercise_name("x" * 81, EXISTING)
    assert isinstance(result, Invalid)
    assert result.errors == {"name": "Keep the name to 80 characters or fewer."}


def test_a_custom_exercise_needs_a_name_and_a_measure():
    good = validate_custom_exercise(
        name="Hollow hold", measure="hold", sided=False, existing_names=EXISTING
    )
    assert good == CustomExercise("Hollow hold", "hold", False)
    bad = validate_custom_exercise(name="plank", measure="", sided=True, existing_names=EXISTING)
    assert isinstance(bad, Invalid)
    assert set(bad.errors) == {"name", "measure"}
