"""Anything CoreLog writes into a form for editing reads back to the same stored value."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corelog.domain.core_validation import MAX_HOLD_MS
from corelog.domain.formatting import (
    format_distance,
    format_distance_edit,
    format_duration,
    format_duration_edit,
    format_elevation_edit,
    format_hold,
    format_hold_edit,
)
from corelog.domain.parsing import (
    ParseError,
    parse_distance,
    parse_duration,
    parse_elevation,
    parse_hold,
)
from corelog.domain.run_validation import (
    MAX_DISTANCE_M,
    MAX_DURATION_S,
    MAX_ELEVATION_GAIN_M,
)

units = st.sampled_from(["km", "mi"])
no_deadline = settings(deadline=None)


@no_deadline
@given(st.integers(1, MAX_DISTANCE_M), units, st.booleans())
@example(1, "mi", False)
@example(MAX_DISTANCE_M, "mi", True)
def test_distance_edit_text_reads_back_exactly(metres, unit, with_unit):
    text = format_distance_edit(metres, unit, with_unit=with_unit)
    assert parse_distance(text, unit) == metres
    other = "mi" if unit == "km" else "km"
    if with_unit:  # a text naming its unit reads the same whatever the Settings say
        assert parse_distance(text, other) == metres


@no_deadline
@given(st.integers(1, MAX_DISTANCE_M), units)
def test_distance_display_reads_back_within_its_rounding(metres, unit):
    shown = format_distance(metres, unit)
    step_m = 10 if unit == "km" else 16.09344  # a hundredth of the unit
    assert abs(parse_distance(shown, unit) - metres) <= step_m / 2 + 0.5


@no_deadline
@given(st.integers(1, MAX_DURATION_S))
def test_duration_edit_text_reads_back_exactly(seconds):
    assert parse_duration(format_duration_edit(seconds)) == seconds
    assert format_duration(seconds) == format_duration_edit(seconds)


@no_deadline
@given(st.integers(1, MAX_HOLD_MS))
def test_hold_edit_text_reads_back_exactly(ms):
    assert parse_hold(format_hold_edit(ms)) == ms


@no_deadline
@given(st.integers(1, MAX_HOLD_MS))
def test_hold_display_reads_back_within_half_a_second(ms):
    shown = format_hold(ms)
    assert abs(parse_hold(shown) - ms) <= 500


@no_deadline
@given(st.integers(0, MAX_ELEVATION_GAIN_M), units)
def test_elevation_edit_text_reads_back_exactly(metres, unit):
    assert parse_elevation(format_elevation_edit(metres, unit), unit) == metres


@no_deadline
@given(st.text(max_size=60), units)
def test_parsers_either_read_a_value_or_say_what_is_expected(text, unit):
    for parse in (
        lambda t: parse_distance(t, unit),
        parse_duration,
        parse_hold,
        lambda t: parse_elevation(t, unit),
    ):
        try:
            value = parse(text)
        except ParseError as error:
            assert str(error).endswith(".")
            assert str(error)[0].isupper()
        else:
            assert isinstance(value, int)
