"""Training load and streaks from sums per day or week give what the record-based ones give."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.load import entry_effort_seconds, load_series, load_series_from_daily
from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.streaks import (
    Streak,
    core_target_streaks,
    day_streaks,
    training_day_streaks,
    week_target_streaks,
)
from corelog.domain.timeutil import week_start

START = date(2024, 1, 1)


def at(offset: int, hour: int = 7) -> datetime:
    return datetime.combine(START + timedelta(days=offset), datetime.min.time()).replace(hour=hour)


runs_strategy = st.lists(
    st.builds(
        lambda day, minutes, effort: RunRecord(at(day), 5000, minutes * 60, effort=effort),
        st.integers(0, 120),
        st.integers(1, 150),
        st.one_of(st.none(), st.integers(1, 10)),
    ),
    max_size=60,
)
cores_strategy = st.lists(
    st.builds(
        lambda day, seconds, effort, sets: CoreRecord(at(day, 18), effort, seconds, sets),
        st.integers(0, 120),
        st.one_of(st.none(), st.integers(60, 3600)),
        st.one_of(st.none(), st.integers(1, 10)),
        st.integers(0, 12),
    ),
    max_size=40,
)


def daily_sums(runs: list[RunRecord], cores: list[CoreRecord]) -> dict[int, int]:
    daily: Counter[int] = Counter()
    for run in runs:
        daily[run.start.toordinal()] += entry_effort_seconds(run.effort, run.duration_s)
    for core in cores:
        daily[core.start.toordinal()] += entry_effort_seconds(
            core.effort, core.duration_s, core.sets
        )
    return dict(daily)


def test_entry_effort_seconds_follows_the_load_rules():
    assert entry_effort_seconds(6, 50 * 60) == 6 * 3000
    assert entry_effort_seconds(None, 40 * 60) == 5 * 2400  # no effort: moderate, 5
    assert entry_effort_seconds(4, None, sets=3) == 4 * 3 * 120  # 2 minutes a set
    assert entry_effort_seconds(None, None, sets=0) == 0


@settings(max_examples=60, deadline=None)
@given(runs_strategy, cores_strategy, st.integers(0, 120), st.integers(0, 40))
def test_load_from_daily_sums_equals_load_from_records(runs, cores, first, length):
    first_day = START + timedelta(days=first)
    last_day = first_day + timedelta(days=length)
    earliest = min((r.start.date() for r in [*runs, *cores]), default=None)
    expected = load_series(runs, cores, first_day, last_day)
    got = load_series_from_daily(daily_sums(runs, cores), first_day, last_day, earliest)
    assert got == expected


def test_load_from_daily_sums_starts_settling_from_the_first_day_given():
    daily = {START.toordinal(): 6000, (START + timedelta(days=30)).toordinal(): 6000}
    series = load_series_from_daily(daily, START + timedelta(days=26), START + timedelta(days=27))
    assert [day.settled for day in series] == [False, True]
    assert load_series_from_daily({}, START, START - timedelta(days=1)) == []


@settings(max_examples=60, deadline=None)
@given(cores_strategy, st.integers(0, 130), st.integers(0, 6))
def test_week_target_streaks_equal_core_target_streaks(cores, today_offset, first_weekday):
    today = START + timedelta(days=today_offset)
    per_week: Counter[date] = Counter(
        week_start(core.start.date(), first_weekday) for core in cores if core.start.date() <= today
    )
    assert week_target_streaks(per_week, today, first_weekday) == core_target_streaks(
        cores, today, first_weekday
    )


@settings(max_examples=60, deadline=None)
@given(runs_strategy, cores_strategy, st.integers(0, 130))
def test_day_streaks_equal_training_day_streaks(runs, cores, today_offset):
    today = START + timedelta(days=today_offset)
    days = [r.start.date() for r in runs] + [c.start.date() for c in cores]
    assert day_streaks(days, today) == training_day_streaks(runs, cores, today)


def test_day_streaks_worked_example():
    days = [date(2024, 6, d) for d in (1, 2, 3, 5, 6)] + [date(2024, 6, 2)]
    streaks = day_streaks(days, today=date(2024, 6, 7))
    assert streaks.current == Streak(2, date(2024, 6, 5), date(2024, 6, 6))
    assert streaks.longest == Streak(3, date(2024, 6, 1), date(2024, 6, 3))
