import pytest

from corelog.domain.formatting import (
    count_text,
    format_distance,
    format_distance_edit,
    format_distance_field,
    format_duration,
    format_elevation,
    format_elevation_edit,
    format_hold,
    format_hold_edit,
    format_hours_minutes,
    format_pace,
    format_run_pace,
)


@pytest.mark.parametrize(
    ("metres", "unit", "text"),
    [
        (5200, "km", "5.20 km"),
        (4989, "mi", "3.10 mi"),
        (42195, "km", "42.20 km"),
        (42195, "mi", "26.22 mi"),
        (5005, "km", "5.01 km"),  # halves round up, as people expect
        (0, "km", "0.00 km"),
    ],
)
def test_distance_display_has_two_decimals_in_the_users_unit(metres, unit, text):
    assert format_distance(metres, unit) == text


def test_distance_display_with_other_precision():
    assert format_distance(12345, "km", decimals=1) == "12.3 km"
    assert format_distance(500_000, "km", decimals=0) == "500 km"


@pytest.mark.parametrize(
    ("metres", "unit", "text"),
    [
        (5200, "km", "5.2"),
        (5000, "km", "5"),
        (5213, "km", "5.213"),
        (800, "km", "0.8"),
        (4989, "mi", "3.1"),  # typed as 3.1 mi, shown again as 3.1
        (5000, "mi", "3.107"),
        (1, "mi", "0.0006"),
    ],
)
def test_distance_edit_text_is_the_shortest_exact_number(metres, unit, text):
    assert format_distance_edit(metres, unit) == text


def test_distance_edit_text_can_name_its_unit():
    assert format_distance_edit(5200, "km", with_unit=True) == "5.2 km"
    assert format_distance_edit(4989, "mi", with_unit=True) == "3.1 mi"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(1530, "25:30"), (3723, "1:02:03"), (45, "0:45"), (3600, "1:00:00"), (172800, "48:00:00")],
)
def test_duration_as_clock_text(seconds, text):
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"), [(2700, "45 min"), (19920, "5 h 32 min"), (7200, "2 h"), (29, "0 min")]
)
def test_totals_in_hours_and_minutes(seconds, text):
    assert format_hours_minutes(seconds) == text


def test_pace_display_rounds_to_the_second():
    assert format_pace(294, "km") == "4:54 /km"
    assert format_pace(299.6, "km") == "5:00 /km"
    assert format_pace(473.15, "mi") == "7:53 /mi"
    assert format_pace(3723, "km") == "1:02:03 /km"


def test_run_pace_follows_the_unit_and_is_empty_while_incomplete():
    assert format_run_pace(5000, 1470, "km") == "4:54 /km"
    assert format_run_pace(5000, 1470, "mi") == "7:53 /mi"
    assert format_run_pace(0, 1470, "km") == ""
    assert format_run_pace(5000, 0, "mi") == ""


@pytest.mark.parametrize(
    ("ms", "text"),
    [(45_000, "45 s"), (45_499, "45 s"), (45_500, "46 s"), (59_600, "1:00"), (90_000, "1:30")],
)
def test_hold_display(ms, text):
    assert format_hold(ms) == text


@pytest.mark.parametrize(
    ("ms", "text"),
    [(45_000, "45"), (45_500, "45.5s"), (45_125, "45.125s"), (90_000, "1:30"), (90_250, "1:30.25")],
)
def test_hold_edit_text_is_exact(ms, text):
    assert format_hold_edit(ms) == text


def test_elevation_in_metres_or_feet():
    assert format_elevation(120, "km") == "120 m"
    assert format_elevation(120, "mi") == "394 ft"
    assert format_elevation_edit(120, "km") == "120"
    assert format_elevation_edit(120, "mi") == "394"


def test_formatting_refuses_an_unknown_unit():
    with pytest.raises(ValueError):
        format_distance(1000, "leagues")


@pytest.mark.parametrize(
    ("count", "one", "many", "text"),
    [
        (1, "second", None, "1 second"),
        (2, "second", None, "2 seconds"),
        (0, "run", None, "0 runs"),
        (1, "core session", None, "1 core session"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
        (12_500, "set", None, "12,500 sets"),
        (1, "week", None, "1 week"),
        (7, "day", None, "7 days"),
    ],
)
def test_a_count_takes_the_singular_only_for_one(count, one, many, text):
    assert count_text(count, one, many) == text


@pytest.mark.parametrize(
    ("metres", "unit", "text"),
    [
        (17_520, "mi", "10.89"),
        (17_520, "km", "17.52"),
        (8000, "km", "8"),
        (5200, "km", "5.2"),
        (4989, "mi", "3.1"),
        (5005, "km", "5.01"),
        (42_195, "mi", "26.22"),
    ],
)
def test_a_distance_in_a_form_field_is_rounded_as_lists_show_it(metres, unit, text):
    assert format_distance_field(metres, unit) == text
    assert format_distance(metres, unit).startswith(text)


def test_a_distance_field_can_round_as_a_list_with_one_decimal_does():
    assert format_distance_field(17_520, "mi", 1) == "10.9"
    assert format_distance_field(50_000, "km", 1) == "50"
    assert format_distance(17_520, "mi", 1) == "10.9 mi"
