from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.weekly import (
    WeekChange,
    WeekTotals,
    core_frequency,
    mileage_jumps,
    week_changes,
    weekly_totals,
    weeks_below_core_target,
)

CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
MONDAY, SUNDAY = 0, 6


def run(day: date, km: float, minutes: int = 30, hour: int = 7, tz=CEST) -> RunRecord:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=tz)
    return RunRecord(start, round(km * 1000), minutes * 60)


def core(day: date, minutes: int | None = 15, hour: int = 18) -> CoreRecord:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=CEST)
    return CoreRecord(start, effort=5, duration_s=None if minutes is None else minutes * 60)


def test_weeks_hold_their_runs_and_sessions_and_empty_weeks_show_as_zero():
    runs = [
        run(date(2024, 6, 3), 5),  # Monday of week 1
        run(date(2024, 6, 5), 5, minutes=28),
        run(date(2024, 6, 19), 8, minutes=45),  # week 3; week 2 has nothing
    ]
    cores = [core(date(2024, 6, 4)), core(date(2024, 6, 6), minutes=None), core(date(2024, 6, 20))]
    weeks = weekly_totals(runs, cores, date(2024, 6, 3), date(2024, 6, 23))
    assert weeks == [
        WeekTotals(date(2024, 6, 3), 10_000, 58 * 60, 2, 2, 15 * 60),
        WeekTotals(date(2024, 6, 10)),
        WeekTotals(date(2024, 6, 17), 8_000, 45 * 60, 1, 1, 15 * 60),
    ]
    assert weeks[0].end == date(2024, 6, 9)


def test_the_range_covers_whole_weeks_and_ignores_entries_outside_them():
    runs = [
        run(date(2024, 6, 2), 3),  # the Sunday before: outside
        run(date(2024, 6, 3), 4),  # Monday: inside, although before first_day
        run(date(2024, 6, 16), 6),  # Sunday at the end of the last week: inside
        run(date(2024, 6, 17), 7),  # the Monday after: outside
    ]
    weeks = weekly_totals(runs, [], date(2024, 6, 5), date(2024, 6, 12))
    assert [(w.start, w.distance_m) for w in weeks] == [
        (date(2024, 6, 3), 4000),
        (date(2024, 6, 10), 6000),
    ]


def test_the_first_day_of_the_week_moves_a_sunday_run():
    sunday_run = run(date(2024, 6, 9), 12)
    by_monday = weekly_totals([sunday_run], [], date(2024, 6, 3), date(2024, 6, 16), MONDAY)
    by_sunday = weekly_totals([sunday_run], [], date(2024, 6, 3), date(2024, 6, 16), SUNDAY)
    assert [(w.start, w.distance_m) for w in by_monday] == [
        (date(2024, 6, 3), 12_000),  # weeks from Monday: the Sunday closes the first week
        (date(2024, 6, 10), 0),
    ]
    assert [(w.start, w.distance_m) for w in by_sunday] == [
        (date(2024, 6, 2), 0),
        (date(2024, 6, 9), 12_000),  # weeks from Sunday: it opens the second week
        (date(2024, 6, 16), 0),
    ]


def test_entries_fall_in_the_week_of_their_local_day_across_a_clock_change():
    # Clocks went forward in the night to Sunday 31 March 2024. A run at 00:30 on
    # Monday 1 April (CEST) was on Sunday in UTC; it belongs to the week of 1 April.
    runs = [
        run(date(2024, 3, 30), 5, hour=23, tz=CET),
        run(date(2024, 3, 31), 6, hour=23, tz=CEST),
        RunRecord(datetime(2024, 4, 1, 0, 30, tzinfo=CEST), 7000, 2400),
    ]
    weeks = weekly_totals(runs, [], date(2024, 3, 25), date(2024, 4, 7))
    assert [(w.start, w.distance_m, w.runs) for w in weeks] == [
        (date(2024, 3, 25), 11_000, 2),
        (date(2024, 4, 1), 7_000, 1),
    ]


def test_an_empty_history_gives_empty_weeks():
    weeks = weekly_totals([], [], date(2024, 6, 3), date(2024, 6, 30))
    assert len(weeks) == 4
    assert all(w == WeekTotals(w.start) for w in weeks)
    assert weekly_totals([], [], date(2024, 6, 30), date(2024, 6, 3)) == []
    assert mileage_jumps(weeks) == []


def test_one_run_in_one_week():
    weeks = weekly_totals([run(date(2024, 6, 5), 5)], [], date(2024, 6, 5), date(2024, 6, 5))
    assert weeks == [WeekTotals(date(2024, 6, 3), 5000, 1800, 1)]
    assert week_changes(weeks) == []


def weeks_of(*km: float, first: date = date(2024, 6, 3)) -> list[WeekTotals]:
    return [
        WeekTotals(first + timedelta(weeks=i), distance_m=round(k * 1000)) for i, k in enumerate(km)
    ]


def test_ten_percent_rule_flags_weeks_that_rose_more_than_ten_percent():
    weeks = weeks_of(10, 12, 13, 11, 12.1, 13.4)
    jumps = mileage_jumps(weeks)
    # 10 -> 12 is +20 %; 12 -> 13 is +8.3 %; 11 -> 12.1 is exactly +10 %: allowed;
    # 12.1 -> 13.4 is +10.7 %.
    assert [(j.week, j.previous_m, j.distance_m) for j in jumps] == [
        (date(2024, 6, 10), 10_000, 12_000),
        (date(2024, 7, 8), 12_100, 13_400),
    ]
    assert jumps[0].percent == pytest.approx(20.0)
    assert jumps[1].percent == pytest.approx(10.74, abs=0.01)


def test_a_week_after_a_week_without_running_is_a_restart_not_a_jump():
    changes = week_changes(weeks_of(10, 0, 15, 5))
    assert [(c.percent, c.is_jump, c.after_break) for c in changes] == [
        (pytest.approx(-100.0), False, False),
        (None, False, True),
        (pytest.approx(-66.67, abs=0.01), False, False),
    ]


def test_two_empty_weeks_in_a_row_are_neither_jump_nor_restart():
    change = WeekChange(date(2024, 6, 10), 0, 0)
    assert (change.percent, change.is_jump, change.after_break) == (None, False, False)


def test_week_changes_need_consecutive_weeks():
    weeks = weeks_of(10, 12)
    with pytest.raises(ValueError):
        week_changes([weeks[0], WeekTotals(date(2024, 6, 24), distance_m=12_000)])


def test_core_frequency_against_two_to_three_a_week():
    weeks = [
        WeekTotals(date(2024, 6, 3), core_sessions=1),
        WeekTotals(date(2024, 6, 10), core_sessions=2),
        WeekTotals(date(2024, 6, 17), core_sessions=3),
        WeekTotals(date(2024, 6, 24), core_sessions=4),
        WeekTotals(date(2024, 7, 1), core_sessions=0),
        WeekTotals(date(2024, 7, 8), core_sessions=1),  # this week: not over yet
    ]
    today = date(2024, 7, 10)
    statuses = [(w.sessions, w.status) for w in core_frequency(weeks, today)]
    assert statuses == [
        (1, "below"),
        (2, "on_target"),
        (3, "on_target"),
        (4, "above"),
        (0, "below"),
        (1, "in_progress"),
    ]
    below = weeks_below_core_target(weeks, today)
    assert [w.week for w in below] == [date(2024, 6, 3), date(2024, 7, 1)]
    # Without a today every week is judged as finished.
    assert len(weeks_below_core_target(weeks)) == 3


def test_a_week_ending_today_is_still_open():
    week = WeekTotals(date(2024, 6, 3), core_sessions=1)
    assert core_frequency([week], date(2024, 6, 9))[0].status == "in_progress"
    assert core_frequency([week], date(2024, 6, 10))[0].status == "below"


day_offsets = st.integers(0, 120)


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.tuples(day_offsets, st.integers(1, 50_000), st.integers(1, 20_000)), max_size=40),
    st.lists(day_offsets, max_size=20),
    st.integers(0, 6),
    day_offsets,
    day_offsets,
)
def test_weekly_totals_add_up_to_the_entries_in_their_weeks(
    run_specs, core_days, first_weekday, a, b
):
    origin = date(2024, 1, 1)
    runs = [
        RunRecord(datetime(2024, 1, 1, 12, tzinfo=CET) + timedelta(days=d), m, s)
        for d, m, s in run_specs
    ]
    cores = [
        CoreRecord(datetime(2024, 1, 1, 12, tzinfo=CET) + timedelta(days=d)) for d in core_days
    ]
    first_day, last_day = origin + timedelta(days=min(a, b)), origin + timedelta(days=max(a, b))
    weeks = weekly_totals(runs, cores, first_day, last_day, first_weekday)
    assert weeks[0].start <= first_day <= weeks[0].end
    assert weeks[-1].start <= last_day <= weeks[-1].end
    assert all(w.start.weekday() == first_weekday for w in weeks)
    inside = [r for r in runs if weeks[0].start <= r.day <= weeks[-1].end]
    assert sum(w.distance_m for w in weeks) == sum(r.distance_m for r in inside)
    assert sum(w.runs for w in weeks) == len(inside)
    assert sum(w.core_sessions for w in weeks) == sum(
        weeks[0].start <= c.day <= weeks[-1].end for c in cores
    )
    for change in week_changes(weeks):
        assert change.is_jump == (
            change.previous_m > 0 and change.distance_m > change.previous_m * 1.1 + 1e-9
        )
