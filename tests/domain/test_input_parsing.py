import pytest

from corelog.domain.parsing import (
    ParseError,
    parse_distance,
    parse_duration,
    parse_elevation,
    parse_hold,
    parse_whole_number,
)


@pytest.mark.parametrize(
    ("text", "unit", "metres"),
    [
        ("5", "km", 5000),
        ("5.2", "km", 5200),
        ("5,2", "km", 5200),
        ("5.2 km", "km", 5200),
        ("5.2km", "km", 5200),
        ("  5.2   KM ", "km", 5200),
        ("5k", "km", 5000),
        ("10 kilometres", "km", 10000),
        ("3.1 mi", "km", 4989),
        ("3.1 miles", "km", 4989),
        ("1 mile", "km", 1609),
        ("800 m", "km", 800),
        ("800m", "mi", 800),
        ("400 metres", "mi", 400),
        ("3.1", "mi", 4989),
        ("3,1", "mi", 4989),
        ("5 km", "mi", 5000),
        (".5", "km", 500),
        ("5.", "km", 5000),
        ("1,500 m", "km", 1500),
        ("1.500 m", "km", 1500),
        ("1.5 m", "km", 2),
        ("５.２ ｋｍ", "km", 5200),  # full-width characters from an East Asian keyboard
        ("5\u00a0km", "km", 5000),  # a no-break space
    ],
)
def test_distance_is_read_in_the_users_unit_unless_another_is_named(text, unit, metres):
    assert parse_distance(text, unit) == metres


def test_a_minus_sign_gives_a_negative_distance_for_validation_to_reject():
    assert parse_distance("-5", "km") == -5000
    assert parse_distance("\u22123 mi", "km") == -4828


@pytest.mark.parametrize("text", ["", "   ", "five", "5 km 200 m", "5..2", "5.2.1", "km", "5 kg"])
def test_unreadable_distance_names_what_is_expected(text):
    with pytest.raises(ParseError, match=r"Enter a distance like 5\.2 or 5\.2 km\."):
        parse_distance(text, "km")
    with pytest.raises(ParseError, match=r"Enter a distance like 3\.1 or 3\.1 mi\."):
        parse_distance(text, "mi")


def test_parse_error_is_a_value_error():
    assert issubclass(ParseError, ValueError)


def test_absurdly_long_input_is_refused_without_work():
    with pytest.raises(ParseError):
        parse_distance("1" * 5000, "km")
    with pytest.raises(ParseError):
        parse_duration("1h" + " 1" * 5000)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("25:30", 1530),
        ("1:02:03", 3723),
        ("90:00", 5400),
        ("0:45", 45),
        ("25 : 30", 1530),
        ("25:30.4", 1530),
        ("25:30,5", 1531),
        ("45m", 2700),
        ("45 min", 2700),
        ("45 minutes", 2700),
        ("1h 5m", 3900),
        ("1h5m", 3900),
        ("1 hour 5 minutes", 3900),
        ("1h 5m 30s", 3930),
        ("1hr 5min", 3900),
        ("1h", 3600),
        ("1h05", 3900),
        ("25m30", 1530),
        ("25m 30s", 1530),
        ("90s", 90),
        ("90 sec", 90),
        ("1.5h", 5400),
        ("1,5 h", 5400),
        ("25'30\"", 1530),
        ("25′30″", 1530),
        ("45", 2700),  # a bare number means minutes
        ("45 ", 2700),
        ("2H", 7200),
    ],
)
def test_duration_accepts_the_ways_runners_write_times(text, seconds):
    assert parse_duration(text) == seconds


def test_negative_duration_is_read_for_validation_to_reject():
    assert parse_duration("-25:30") == -1530
    assert parse_duration("-45") == -2700


@pytest.mark.parametrize(
    "text", ["", "fast", "1 5", "5s 1m", "1h 2h", "30s5", "1:2", "1:02:03:04", "h", "5 km"]
)
def test_unreadable_duration_names_what_is_expected(text):
    with pytest.raises(ParseError, match=r"Enter a time like 25:30, 1:02:03 or 45m\."):
        parse_duration(text)


def test_seconds_or_minutes_of_sixty_after_a_colon_are_refused_with_the_reason():
    with pytest.raises(ParseError, match="Seconds after a colon must be below 60"):
        parse_duration("25:75")
    with pytest.raises(ParseError, match="Minutes after the hours must be below 60"):
        parse_duration("1:60:00")


def test_a_bare_decimal_duration_is_refused_because_it_is_ambiguous():
    with pytest.raises(ParseError, match="Write 25:30 for 25 minutes 30 seconds"):
        parse_duration("25.30")
    assert parse_duration("25.5m") == 1530


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("45", 45_000),  # a bare number means seconds
        ("45s", 45_000),
        ("45 s", 45_000),
        ("45.5 s", 45_500),
        ("45,5s", 45_500),
        ("1:30", 90_000),
        ("1:30.25", 90_250),
        ("1m 30s", 90_000),
        ("1m30", 90_000),
        ("2m", 120_000),
        ("2 min", 120_000),
        ("0.001s", 1),
        ("1.5m", 90_000),
        ("0:01:30", 90_000),
    ],
)
def test_hold_accepts_seconds_and_minutes(text, ms):
    assert parse_hold(text) == ms


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.5", "Seconds or minutes? Write 1.5s for seconds, or 1:30 for 1.5 minutes."),
        ("0,25", "Seconds or minutes? Write 0,25s for seconds, or 0:15 for 0,25 minutes."),
        ("2.333", "Seconds or minutes? Write 2.333s for seconds."),
        ("45.5", "Seconds or minutes? Write 45.5s for seconds."),
    ],
)
def test_a_bare_decimal_hold_is_refused_because_it_is_ambiguous(text, message):
    with pytest.raises(ParseError) as refused:
        parse_hold(text)
    assert str(refused.value) == message
    assert parse_hold(text + "s") == round(float(text.replace(",", ".")) * 1000)


@pytest.mark.parametrize("text", ["", "long", "1 30", "45 s 1m", "1:75"])
def test_unreadable_hold_names_what_is_expected(text):
    with pytest.raises(ParseError, match=r"Enter a hold like 45, 45s or 1:30\."):
        parse_hold(text)


@pytest.mark.parametrize(
    ("text", "unit", "metres"),
    [
        ("120", "km", 120),
        ("120 m", "km", 120),
        ("400 ft", "km", 122),
        ("394", "mi", 120),  # feet for users of miles
        ("120 m", "mi", 120),
        ("1000 feet", "mi", 305),
        ("1,200 m", "km", 1200),  # a separator before three digits groups thousands
        ("1.200", "km", 1200),
        ("2,5 m", "km", 3),
    ],
)
def test_elevation_in_metres_or_feet(text, unit, metres):
    assert parse_elevation(text, unit) == metres


def test_unreadable_elevation_names_what_is_expected():
    with pytest.raises(ParseError, match=r"like 120 or 120 m"):
        parse_elevation("a lot", "km")
    with pytest.raises(ParseError, match=r"like 400 or 400 ft"):
        parse_elevation("a lot", "mi")


@pytest.mark.parametrize(("text", "value"), [("12", 12), (" 7 ", 7), ("-3", -3), ("12.0", 12)])
def test_whole_numbers(text, value):
    assert parse_whole_number(text) == value


@pytest.mark.parametrize("text", ["12.5", "twelve", "", "1 2"])
def test_whole_numbers_refuse_anything_else(text):
    with pytest.raises(ParseError, match="Enter a whole number"):
        parse_whole_number(text)
