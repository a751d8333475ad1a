from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.soreness_validation import (
    FollowUpForm,
    SorenessFollowUp,
    SorenessForm,
    SorenessInput,
    validate_soreness,
    validate_soreness_follow_up,
)
from corelog.domain.validation import Invalid

CEST = timezone(timedelta(hours=2))
NOW = datetime(2024, 6, 5, 8, 0, tzinfo=CEST)
REGIONS = {"upper_abs", "lower_abs", "obliques_left", "calves"}


def entry(**changes):
    form = {
        "noted_at": NOW,
        "region": "lower_abs",
        "severity": 3,
        "feel": "dull",
        "onset": "delayed",
        "trend": "improving",
        "now": NOW,
        "known_regions": REGIONS,
    }
    form.update(changes)
    now, known_regions = form.pop("now"), form.pop("known_regions")
    return validate_soreness(SorenessForm(**form), now=now, known_regions=known_regions)


def errors(**changes) -> dict[str, str]:
    result = entry(**changes)
    assert isinstance(result, Invalid), result
    return dict(result.errors)


def test_a_good_entry_comes_back_clean():
    result = entry(severity="6", days_lasted="2", swelling=1, notes="after hills")
    assert result == SorenessInput(
        noted_at=NOW,
        region="lower_abs",
        severity=6,
        feel="dull",
        onset="delayed",
        trend="improving",
        swelling=True,
        days_lasted=2,
        notes="after hills",
    )
    assert result.utc_offset_min == 120


def test_region_is_required_and_must_be_known():
    message = "Choose where it is sore, on the body map or from the list."
    assert errors(region=None) == {"region": message}
    assert errors(region="") == {"region": message}
    assert errors(region="elbow") == {"region": "Choose a body region from the map or the list."}
    assert isinstance(entry(region="elbow", known_regions=None), SorenessInput)


@pytest.mark.parametrize("severity", [-1, 11, "11", "3.5", "bad", True])
def test_severity_outside_zero_to_ten_is_refused(severity):
    assert errors(severity=severity) == {"severity": "Severity is a whole number from 0 to 10."}


def test_severity_is_required_and_zero_and_ten_are_allowed():
    assert errors(severity=None) == {"severity": "Choose how bad it is, from 0 to 10."}
    for severity in (0, 10, "0", "10"):
        result = entry(severity=severity)
        assert isinstance(result, SorenessInput)


@pytest.mark.parametrize(
    ("days", "message"),
    [
        (-1, "Days can't be negative."),
        ("-2", "Days can't be negative."),
        ("1.5", "Enter the number of whole days it has lasted, like 2."),
        ("a week", "Enter the number of whole days it has lasted, like 2."),
        (366, "More than a year? Check the number of days."),
    ],
)
def test_days_lasted_errors(days, message):
    assert errors(days_lasted=days) == {"days_lasted": message}


@pytest.mark.parametrize(("days", "value"), [(None, 0), ("", 0), ("0", 0), (365, 365), ("4", 4)])
def test_days_lasted_empty_means_today(days, value):
    result = entry(days_lasted=days)
    assert isinstance(result, SorenessInput)
    assert result.days_lasted == value


def test_feel_onset_and_trend_must_be_known_keys():
    assert errors(feel="burning", onset=None, trend="better") == {
        "feel": "Choose how it feels: dull or sharp.",
        "onset": "Choose when it began.",
        "trend": "Choose how it is changing.",
    }


def test_noted_time_more_than_a_day_ahead_is_refused():
    assert set(errors(noted_at=NOW + timedelta(days=2))) == {"noted_at"}


def test_every_problem_at_once():
    assert set(errors(region=None, severity=12, days_lasted=-3, feel="")) == {
        "region",
        "severity",
        "days_lasted",
        "feel",
    }


@settings(deadline=None)
@given(st.text())
def test_notes_come_back_byte_for_byte(notes):
    result = entry(notes=notes)
    assert isinstance(result, SorenessInput)
    assert result.notes == notes


def test_a_follow_up_needs_severity_and_trend():
    good = validate_soreness_follow_up(
        FollowUpForm(noted_at=NOW, severity="2", trend="improving"), now=NOW
    )
    assert good == SorenessFollowUp(NOW, 2, "improving", False, "")
    bad = validate_soreness_follow_up(FollowUpForm(noted_at=NOW, severity=15, trend=""), now=NOW)
    assert isinstance(bad, Invalid)
    assert set(bad.errors) == {"severity", "trend"}
