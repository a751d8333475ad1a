from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.run_validation import RunForm, RunInput, validate_run
from corelog.domain.validation import Invalid

CEST = timezone(timedelta(hours=2))
NOW = datetime(2024, 6, 3, 19, 0, tzinfo=CEST)
START = datetime(2024, 6, 3, 7, 10, tzinfo=CEST)


def run(**changes):
    form = {
        "started_at": START,
        "distance": "5.2",
        "duration": "27:30",
        "unit": "km",
        "now": NOW,
        "run_type": "easy",
    }
    form.update(changes)
    unit, now = form.pop("unit"), form.pop("now")
    return validate_run(RunForm(**form), unit=unit, now=now)


def errors(**changes) -> dict[str, str]:
    result = run(**changes)
    assert isinstance(result, Invalid), result
    return dict(result.errors)


def test_a_good_run_comes_back_in_stored_units():
    result = run(
        distance="10,5 km",
        duration="1h 5m",
        run_type="hills",
        effort="7",
        surface="trail",
        elevation_gain="350",
        notes="Felt strong",
    )
    assert isinstance(result, RunInput)
    assert result.distance_m == 10_500
    assert result.duration_s == 3900
    assert result.run_type == "hills"
    assert result.race_class is None
    assert result.effort == 7
    assert result.surface == "trail"
    assert result.elevation_gain_m == 350
    assert result.notes == "Felt strong"
    assert result.warnings == {}
    assert result.started_at_utc == datetime(2024, 6, 3, 5, 10, tzinfo=UTC)
    assert result.utc_offset_min == 120


def test_optional_fields_may_stay_empty():
    result = run(effort="", surface="", elevation_gain="  ", notes=None)
    assert isinstance(result, RunInput)
    assert (result.effort, result.surface, result.elevation_gain_m, result.notes) == (
        None,
        None,
        None,
        "",
    )


def test_distance_is_read_in_miles_for_users_of_miles():
    result = run(distance="3.1", unit="mi")
    assert isinstance(result, RunInput)
    assert result.distance_m == 4989


@pytest.mark.parametrize(
    ("distance", "unit", "message"),
    [
        ("", "km", "Enter the distance you ran, like 5.2 or 5.2 km."),
        ("   ", "mi", "Enter the distance you ran, like 3.1 or 3.1 mi."),
        (None, "km", "Enter the distance you ran, like 5.2 or 5.2 km."),
        ("0", "km", "The distance must be more than zero."),
        ("0.0001", "km", "The distance must be more than zero."),
        ("-5", "km", "The distance can't be negative."),
        ("far", "km", "Enter a distance like 5.2 or 5.2 km."),
        ("far", "mi", "Enter a distance like 3.1 or 3.1 mi."),
        ("500.001", "km", "More than 500 km in one run? Check the distance."),
        ("311", "mi", "More than 310.7 mi in one run? Check the distance."),
    ],
)
def test_distance_errors(distance, unit, message):
    assert errors(distance=distance, unit=unit) == {"distance": message}


def test_distance_of_exactly_500_km_is_allowed():
    result = run(distance="500", duration="47:00:00")
    assert isinstance(result, RunInput)
    assert result.distance_m == 500_000


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("", "Enter how long the run took, like 25:30 or 45m."),
        ("0:00", "The time must be more than zero."),
        ("0", "The time must be more than zero."),
        ("-25:30", "The time can't be negative."),
        ("quick", "Enter a time like 25:30, 1:02:03 or 45m."),
        ("48:00:01", "More than 48 hours in one run? Check the time."),
    ],
)
def test_duration_errors(duration, message):
    assert errors(duration=duration)["duration"] == message


def test_duration_of_exactly_48_hours_is_allowed():
    result = run(distance="300", duration="48:00:00")
    assert isinstance(result, RunInput)
    assert result.duration_s == 48 * 3600


def test_start_more_than_a_day_ahead_is_refused():
    message = "That is more than a day in the future; check the date and time."
    assert errors(started_at=NOW + timedelta(days=1, minutes=1)) == {"started_at": message}
    assert isinstance(run(started_at=NOW + timedelta(days=1)), RunInput)


def test_start_is_required():
    assert errors(started_at=None) == {"started_at": "Enter when the run started."}


def test_start_in_another_offset_is_compared_as_an_instant():
    # 20:00 in New York is 02:00 the next day in Berlin: less than a day ahead of NOW.
    new_york = timezone(timedelta(hours=-4))
    assert isinstance(run(started_at=datetime(2024, 6, 4, 12, 0, tzinfo=new_york)), RunInput)
    assert "started_at" in errors(started_at=datetime(2024, 6, 4, 14, 0, tzinfo=new_york))


def test_a_naive_start_is_taken_as_this_computers_local_time():
    result = run(started_at=datetime(2024, 6, 3, 7, 10), now=datetime(2024, 6, 3, 19, 0))
    assert isinstance(result, RunInput)
    assert result.started_at.tzinfo is not None
    assert result.started_at.replace(tzinfo=None) == datetime(2024, 6, 3, 7, 10)


@pytest.mark.parametrize("effort", ["0", "11", "7.5", "hard", -1, 11, True])
def test_effort_outside_one_to_ten_is_refused(effort):
    message = "Effort is a whole number from 1 to 10, or leave it empty."
    assert errors(effort=effort) == {"effort": message}


@pytest.mark.parametrize(("effort", "value"), [("1", 1), (" 10 ", 10), (5, 5), ("", None)])
def test_effort_from_one_to_ten_or_empty(effort, value):
    result = run(effort=effort)
    assert isinstance(result, RunInput)
    assert result.effort == value


def test_run_type_must_be_a_known_kind():
    assert errors(run_type="jog") == {"run_type": "Choose a run type from the list."}
    assert errors(run_type=None) == {"run_type": "Choose a run type from the list."}


def test_a_race_needs_its_distance_class():
    message = "Choose the race distance: 5K, 10K, half marathon, marathon or other."
    assert errors(run_type="race") == {"race_class": message}
    assert errors(run_type="race", race_class="ultra") == {"race_class": message}
    result = run(run_type="race", race_class="5k", distance="5", duration="22:10")
    assert isinstance(result, RunInput)
    assert (result.run_type, result.race_class) == ("race", "5k")


def test_a_race_class_left_over_on_another_run_type_is_dropped():
    result = run(run_type="tempo", race_class="10k")
    assert isinstance(result, RunInput)
    assert result.race_class is None


def test_surface_must_be_a_known_one():
    assert errors(surface="sand") == {"surface": "Choose a surface from the list."}
    for surface in ("road", "trail", "track", "treadmill", "grass"):
        result = run(surface=surface)
        assert isinstance(result, RunInput)
        assert result.surface == surface


@pytest.mark.parametrize(
    ("gain", "unit", "distance", "message"),
    [
        ("-10", "km", "5.2", "Elevation gain can't be negative."),
        ("lots", "km", "5.2", "Enter an elevation gain like 120 or 120 m."),
        (
            "20001",
            "km",
            "100",
            "More than 20,000 m of climbing in one run? Check the elevation gain.",
        ),
        (
            "65620",
            "mi",
            "100 km",
            "More than 65,617 ft of climbing in one run? Check the elevation gain.",
        ),
        (
            "5201",
            "km",
            "5.2",
            "The climb can't be more than the distance run; check the elevation gain.",
        ),
    ],
)
def test_elevation_gain_errors(gain, unit, distance, message):
    result = errors(elevation_gain=gain, unit=unit, distance=distance, duration="20h")
    assert result == {"elevation_gain": message}


def test_elevation_gain_may_be_zero_or_written_with_a_thousands_separator():
    flat = run(elevation_gain="0")
    hilly = run(elevation_gain="1,200 m", distance="42.2", duration="4:30:00")
    assert isinstance(flat, RunInput) and flat.elevation_gain_m == 0
    assert isinstance(hilly, RunInput) and hilly.elevation_gain_m == 1200


def test_elevation_gain_in_feet_for_users_of_miles():
    result = run(elevation_gain="394", unit="mi", distance="5 km")
    assert isinstance(result, RunInput)
    assert result.elevation_gain_m == 120


def test_every_problem_is_reported_at_once_and_nothing_is_returned_half_clean():
    result = run(
        started_at=NOW + timedelta(days=3),
        distance="",
        duration="-5m",
        run_type="race",
        effort="12",
        surface="ice",
        elevation_gain="-3",
    )
    assert isinstance(result, Invalid)
    assert set(result.errors) == {
        "started_at",
        "distance",
        "duration",
        "race_class",
        "effort",
        "surface",
        "elevation_gain",
    }
    assert not hasattr(result, "distance_m")
    with pytest.raises(TypeError):
        result.errors["distance"] = "changed"  # type: ignore[index]


def test_implausibly_fast_pace_asks_for_confirmation_without_blocking():
    result = run(distance="10", duration="19:59")  # 1:59.9 /km
    assert isinstance(result, RunInput)
    assert result.warnings == {
        "pace": "That is a pace of 1:59 /km, faster than 2:00 /km. "
        "Check the distance and time, or save it as it is."
    }


def test_implausibly_slow_pace_asks_for_confirmation_in_the_users_unit():
    result = run(distance="1", unit="mi", duration="49:00")  # 1 mi is stored as 1609 m
    assert isinstance(result, RunInput)
    assert result.warnings["pace"].startswith("That is a pace of 49:01 /mi, slower than 48:17 /mi.")


@pytest.mark.parametrize(
    ("distance", "duration"), [("10", "20:00"), ("1", "30:00"), ("5", "25:00")]
)
def test_paces_within_two_to_thirty_minutes_per_km_need_no_confirmation(distance, duration):
    result = run(distance=distance, duration=duration)
    assert isinstance(result, RunInput)
    assert result.warnings == {}


def test_unknown_unit_is_a_programming_error():
    with pytest.raises(ValueError):
        run(unit="leagues")


@settings(deadline=None)
@given(st.text())
def test_notes_come_back_byte_for_byte(notes):
    result = run(notes=notes)
    assert isinstance(result, RunInput)
    assert result.notes == notes
    assert result.notes.encode("utf-8", "surrogatepass") == notes.encode("utf-8", "surrogatepass")


def test_long_notes_in_any_script_with_their_spaces_are_kept():
    notes = "  Légère douleur — 腹筋が痛い — ألم خفيف 🏃\n\tline two \u200d\r\n" * 2000
    result = run(notes=notes)
    assert isinstance(result, RunInput)
    assert result.notes == notes


# -- a race's distance class must fit the distance run


@pytest.mark.parametrize(
    ("race_class", "distance", "unit", "message"),
    [
        (
            "5k",
            "21.1",
            "km",
            "A 5K race is about 5 km; this run is 21.1 km. Choose 'other' or check the distance.",
        ),
        (
            "10k",
            "5",
            "km",
            "A 10K race is about 10 km; this run is 5 km. Choose 'other' or check the distance.",
        ),
        (
            "half",
            "10",
            "km",
            "A half marathon is about 21.1 km; this run is 10 km. "
            "Choose 'other' or check the distance.",
        ),
        (
            "marathon",
            "13.1",
            "mi",
            "A marathon is about 26.2 mi; this run is 13.1 mi. "
            "Choose 'other' or check the distance.",
        ),
    ],
)
def test_a_race_class_that_does_not_fit_the_distance_is_refused(
    race_class, distance, unit, message
):
    result = errors(
        run_type="race", race_class=race_class, distance=distance, unit=unit, duration="5h"
    )
    assert result == {"race_class": message}


@pytest.mark.parametrize(
    ("race_class", "distance"),
    [
        ("5k", "5"),
        ("5k", "5.4"),  # a watch that read long
        ("5k", "4.6"),
        ("10k", "10.25"),
        ("half", "21.5"),
        ("marathon", "42.2"),
        ("marathon", "43.9"),
        ("other", "21.1"),
        ("other", "0.8"),
    ],
)
def test_a_race_class_that_fits_the_distance_is_kept(race_class, distance):
    result = run(run_type="race", race_class=race_class, distance=distance, duration="4h")
    assert isinstance(result, RunInput), result
    assert result.race_class == race_class


def test_a_race_with_an_unreadable_distance_gets_only_the_distance_message():
    result = errors(run_type="race", race_class="5k", distance="far")
    assert set(result) == {"distance"}


@settings(deadline=None)
@given(
    race_class=st.sampled_from(["5k", "10k", "half", "marathon"]),
    metres=st.integers(min_value=1, max_value=100_000),
)
def test_a_race_is_accepted_exactly_when_its_distance_is_within_ten_percent(race_class, metres):
    standard = {"5k": 5000, "10k": 10000, "half": 21098, "marathon": 42195}[race_class]
    result = run(run_type="race", race_class=race_class, distance=f"{metres} m", duration="20h")
    fits = abs(metres - standard) <= standard / 10
    assert isinstance(result, RunInput) is fits
    if not fits:
        assert isinstance(result, Invalid)
        assert set(result.errors) == {"race_class"}
        assert "Choose 'other' or check the distance." in result.errors["race_class"]
