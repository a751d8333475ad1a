from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.timeutil import (
    check_weekday,
    day_bounds,
    days,
    default_start,
    from_utc_and_offset,
    local_now,
    offset_minutes,
    range_bounds_utc,
    to_utc_and_offset,
    week_start,
    week_start_ordinal,
    week_starts,
)

HOUR = timedelta(hours=1)


class CentralEurope(tzinfo):
    """Berlin's clock rules (CET/CEST), written out so the tests need no time zone data."""

    @staticmethod
    def _last_sunday(year: int, month: int) -> datetime:
        last = datetime(year, month, 31, 2)
        return last - timedelta(days=(last.weekday() - 6) % 7)

    def dst(self, dt):
        start = self._last_sunday(dt.year, 3)  # 02:00 CET becomes 03:00 CEST
        end = self._last_sunday(dt.year, 10) + HOUR  # 03:00 CEST becomes 02:00 CET
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return timedelta(0) if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return HOUR + self.dst(dt)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"


BERLIN = CentralEurope()


def test_local_now_is_aware():
    now = local_now()
    assert now.tzinfo is not None
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_split_a_local_time_into_utc_and_offset():
    local = datetime(2024, 6, 3, 7, 10, tzinfo=timezone(timedelta(hours=2)))
    utc, offset = to_utc_and_offset(local)
    assert utc == datetime(2024, 6, 3, 5, 10, tzinfo=UTC)
    assert utc.tzinfo is UTC
    assert offset == 120


def test_join_gives_back_the_wall_clock_time_the_user_saw():
    local = from_utc_and_offset(datetime(2024, 6, 3, 5, 10, tzinfo=UTC), 120)
    assert (local.hour, local.minute) == (7, 10)
    assert local.date() == date(2024, 6, 3)
    nepal = from_utc_and_offset(datetime(2024, 6, 3, 23, 0, tzinfo=UTC), 345)
    assert (nepal.date(), nepal.hour, nepal.minute) == (date(2024, 6, 4), 4, 45)


def test_a_naive_stored_time_is_taken_as_utc():
    local = from_utc_and_offset(datetime(2024, 6, 3, 5, 10), -300)
    assert local == datetime(2024, 6, 3, 5, 10, tzinfo=UTC)
    assert local.hour == 0


def test_naive_local_time_cannot_be_split():
    with pytest.raises(ValueError, match="naive"):
        to_utc_and_offset(datetime(2024, 6, 3, 7, 10))


def test_impossible_offsets_are_refused():
    with pytest.raises(ValueError):
        from_utc_and_offset(datetime(2024, 6, 3, tzinfo=UTC), 24 * 60)


def test_offset_follows_daylight_saving_time():
    assert offset_minutes(datetime(2024, 1, 15, 12, tzinfo=BERLIN)) == 60
    assert offset_minutes(datetime(2024, 7, 15, 12, tzinfo=BERLIN)) == 120


@settings(deadline=None)
@given(
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
    st.integers(-14 * 60, 14 * 60),
)
def test_split_and_join_round_trip(wall, offset_min):
    local = wall.replace(tzinfo=timezone(timedelta(minutes=offset_min)))
    utc, offset = to_utc_and_offset(local)
    back = from_utc_and_offset(utc, offset)
    assert back == local
    assert back.replace(tzinfo=None) == wall  # the same wall-clock reading


@pytest.mark.parametrize(
    ("first_weekday", "expected"),
    [
        (0, date(2024, 6, 3)),  # Monday
        (1, date(2024, 6, 4)),  # Tuesday
        (2, date(2024, 6, 5)),
        (3, date(2024, 6, 6)),  # Thursday, the day itself
        (4, date(2024, 5, 31)),
        (5, date(2024, 6, 1)),  # Saturday
        (6, date(2024, 6, 2)),  # Sunday
    ],
)
def test_week_start_for_any_first_day(first_weekday, expected):
    thursday = date(2024, 6, 6)
    assert week_start(thursday, first_weekday) == expected
    assert week_start(expected, first_weekday) == expected


def test_a_sunday_belongs_to_the_week_it_ends_or_starts_by_setting():
    sunday = date(2024, 6, 9)
    assert week_start(sunday, 0) == date(2024, 6, 3)  # weeks from Monday: it ends one
    assert week_start(sunday, 6) == sunday  # weeks from Sunday: it starts one


def test_week_start_accepts_a_datetime():
    assert week_start(datetime(2024, 6, 9, 23, 59), 0) == date(2024, 6, 3)


@settings(deadline=None)
@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(0, 6))
def test_week_start_is_the_latest_first_day_on_or_before_the_date(day, first_weekday):
    start = week_start(day, first_weekday)
    assert start.weekday() == first_weekday
    assert 0 <= (day - start).days < 7
    assert week_start_ordinal(day.toordinal(), first_weekday) == start.toordinal()


@pytest.mark.parametrize("bad", [-1, 7, True])
def test_first_weekday_must_be_a_day(bad):
    with pytest.raises(ValueError):
        check_weekday(bad)


def test_week_starts_cover_the_range_across_a_year_end():
    starts = week_starts(date(2024, 12, 25), date(2025, 1, 8), 0)
    assert starts == [date(2024, 12, 23), date(2024, 12, 30), date(2025, 1, 6)]
    assert week_starts(date(2025, 1, 8), date(2024, 12, 25)) == []


def test_days_include_both_ends():
    assert list(days(date(2024, 2, 28), date(2024, 3, 1))) == [
        date(2024, 2, 28),
        date(2024, 2, 29),
        date(2024, 3, 1),
    ]


def test_default_start_is_rounded_down_to_five_minutes_and_keeps_the_offset():
    now = datetime(2024, 6, 3, 7, 48, 31, 999, tzinfo=BERLIN)
    start = default_start(now)
    assert start == datetime(2024, 6, 3, 7, 45, tzinfo=BERLIN)
    assert start.tzinfo is BERLIN
    assert default_start(datetime(2024, 6, 3, 7, 45)) == datetime(2024, 6, 3, 7, 45)
    assert default_start(datetime(2024, 6, 3, 7, 48), step_min=15).minute == 45


def test_day_bounds_on_ordinary_and_clock_change_days():
    start, end = day_bounds(date(2024, 6, 3), BERLIN)
    assert (start.hour, end - start) == (0, timedelta(hours=24))
    # Clocks went forward on 31 March 2024 and back on 27 October 2024.
    spring = day_bounds(date(2024, 3, 31), BERLIN)
    autumn = day_bounds(date(2024, 10, 27), BERLIN)
    assert spring[1].astimezone(UTC) - spring[0].astimezone(UTC) == timedelta(hours=23)
    assert autumn[1].astimezone(UTC) - autumn[0].astimezone(UTC) == timedelta(hours=25)


def test_day_bounds_default_to_this_computers_zone():
    start, end = day_bounds(date(2024, 6, 3))
    assert start.tzinfo is not None and end.tzinfo is not None
    assert start.replace(tzinfo=None) == datetime(2024, 6, 3)
    assert end.replace(tzinfo=None) == datetime(2024, 6, 4)


def test_range_bounds_in_utc_for_queries():
    start, end = range_bounds_utc(date(2024, 3, 25), date(2024, 3, 31), BERLIN)
    assert start == datetime(2024, 3, 24, 23, 0, tzinfo=UTC)  # CET
    assert end == datetime(2024, 3, 31, 22, 0, tzinfo=UTC)  # CEST after the change


@pytest.mark.parametrize(
    ("zone", "typed", "expected"),
    [
        # The gap when the clocks go forward: 02:30 never showed; it is 03:30 new time.
        ("Europe/Berlin", datetime(2026, 3, 29, 2, 30), "2026-03-29T03:30:00+02:00"),
        ("America/New_York", datetime(2026, 3, 8, 2, 30), "2026-03-08T03:30:00-04:00"),
        # The hour that shows twice when they go back: the first time it showed.
        ("Europe/Berlin", datetime(2026, 10, 25, 2, 30), "2026-10-25T02:30:00+02:00"),
        ("America/New_York", datetime(2026, 11, 1, 1, 30), "2026-11-01T01:30:00-04:00"),
        # An ordinary time is just that.
        ("Pacific/Kiritimati", datetime(2027, 1, 3, 7, 30), "2027-01-03T07:30:00+14:00"),
        ("Pacific/Pago_Pago", datetime(2028, 2, 29, 23, 59), "2028-02-29T23:59:00-11:00"),
    ],
)
def test_a_typed_wall_time_becomes_the_moment_it_names_on_clock_change_nights(
    clock_at, zone, typed, expected
):
    from corelog.domain.timeutil import local_from_wall

    clock_at("2026-12-06 12:00", zone)
    moment = local_from_wall(typed)
    assert moment.isoformat() == expected
    assert moment.date() == typed.date()


def test_day_bounds_span_23_and_25_hours_on_clock_change_days(clock_at):
    clock_at("2026-12-06 12:00", "Europe/Berlin")
    start, end = day_bounds(date(2026, 3, 29))
    assert end - start == timedelta(hours=23)
    start, end = day_bounds(date(2026, 10, 25))
    assert end - start == timedelta(hours=25)
