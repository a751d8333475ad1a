from datetime import date, datetime, timedelta, timezone

import pytest

from corelog.domain.load import (
    core_load,
    daily_load,
    load_band,
    load_series,
    run_load,
)
from corelog.domain.records import CoreRecord, RunRecord

TZ = timezone(timedelta(hours=2))
START = date(2024, 5, 1)


def at(day: date, hour: int = 7) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def run(day: date, minutes: int, effort: int | None = 6) -> RunRecord:
    return RunRecord(at(day), 5000, minutes * 60, effort=effort)


def test_load_is_effort_times_minutes():
    assert run_load(run(START, 50, effort=6)) == 300
    assert core_load(CoreRecord(at(START), effort=4, duration_s=15 * 60, sets=6)) == 60


def test_a_session_without_effort_counts_as_moderate():
    assert run_load(run(START, 40, effort=None)) == 200  # effort 5 x 40 min


def test_a_core_session_without_duration_counts_two_minutes_a_set():
    assert core_load(CoreRecord(at(START), effort=6, duration_s=None, sets=3)) == 36
    assert core_load(CoreRecord(at(START), effort=None, duration_s=None, sets=4)) == 40
    assert core_load(CoreRecord(at(START), effort=8, duration_s=None, sets=0)) == 0


def test_daily_load_includes_days_without_training():
    runs = [run(START, 30), run(START, 10, effort=3), run(START + timedelta(days=2), 20)]
    cores = [CoreRecord(at(START + timedelta(days=2), 18), effort=5, duration_s=600)]
    assert daily_load(runs, cores, START, START + timedelta(days=3)) == [
        (START, 210.0),  # 6 x 30 + 3 x 10
        (START + timedelta(days=1), 0.0),
        (START + timedelta(days=2), 170.0),  # 6 x 20 + 5 x 10
        (START + timedelta(days=3), 0.0),
    ]
    assert daily_load(runs, cores, START, START - timedelta(days=1)) == []


def every_day(first: date, days: int, minutes: int, effort: int = 6) -> list[RunRecord]:
    return [run(first + timedelta(days=i), minutes, effort) for i in range(days)]


def test_steady_training_has_a_ratio_of_one():
    runs = every_day(START, 28, 10)  # 60 effort-minutes a day
    last = START + timedelta(days=27)
    day = load_series(runs, [], last, last)[0]
    assert (day.load, day.acute, day.chronic) == (60, 420, 420)
    assert day.ratio == pytest.approx(1.0)
    assert day.band == "steady"
    assert day.settled


def test_doubling_the_last_week_is_a_spike():
    runs = every_day(START, 21, 10) + every_day(START + timedelta(days=21), 7, 20)
    last = START + timedelta(days=27)
    day = load_series(runs, [], last, last)[0]
    # acute 7 x 120 = 840; chronic (21 x 60 + 7 x 120) / 4 = 525; ratio 1.6.
    assert (day.acute, day.chronic) == (840, 525)
    assert day.ratio == pytest.approx(1.6)
    assert day.band == "spike"


def test_a_light_week_after_steady_ones_is_low():
    runs = every_day(START, 21, 10)
    day = load_series(runs, [], START + timedelta(days=27), START + timedelta(days=27))[0]
    # acute 0 of chronic 1260 / 4: ratio 0.
    assert (day.acute, day.ratio, day.band) == (0, 0, "low")


@pytest.mark.parametrize(
    ("ratio", "band"),
    [
        (0.0, "low"),
        (0.79, "low"),
        (0.8, "steady"),
        (1.0, "steady"),
        (1.3, "steady"),
        (1.31, "rising"),
        (1.5, "rising"),
        (1.51, "spike"),
        (3.0, "spike"),
    ],
)
def test_bands(ratio, band):
    assert load_band(ratio) == band


def band_after(weekly_minutes: int, last_week_minutes: int) -> str | None:
    """Three weeks of one run a week, then a last week; effort 1, so load is minutes."""
    runs = [run(START + timedelta(days=7 * w), weekly_minutes, effort=1) for w in range(3)]
    runs.append(run(START + timedelta(days=21), last_week_minutes, effort=1))
    last = START + timedelta(days=27)
    return load_series(runs, [], last, last)[0].band


@pytest.mark.parametrize(
    ("weekly", "last_week", "band"),
    [
        # The ratio is 4A / (3B + A) for three weeks of B and a last week of A.
        (100, 74, "low"),  # 296 / 374 = 0.791
        (100, 75, "steady"),  # 300 / 375 = 0.8 exactly
        (90, 130, "steady"),  # 520 / 400 = 1.3 exactly
        (90, 131, "rising"),  # 524 / 401 = 1.307
        (90, 162, "rising"),  # 648 / 432 = 1.5 exactly
        (90, 163, "spike"),  # 652 / 433 = 1.506
    ],
)
def test_band_edges_are_exact_in_the_series(weekly, last_week, band):
    assert band_after(weekly, last_week) == band


def test_no_training_in_the_last_28_days_has_no_ratio():
    runs = [run(START, 30)]
    later = START + timedelta(days=28)
    day = load_series(runs, [], later, later)[0]
    assert (day.load, day.acute, day.chronic, day.ratio, day.band) == (0, 0, 0, None, None)
    assert load_series([], [], START, START)[0].ratio is None


def test_entries_before_the_range_feed_its_first_days():
    runs = every_day(START, 28, 10)
    last = START + timedelta(days=27)
    whole = load_series(runs, [], START, last)
    only_end = load_series(runs, [], last, last)
    assert whole[-1] == only_end[0]
    assert len(whole) == 28


def test_the_ratio_is_not_settled_until_four_weeks_are_logged():
    runs = every_day(START, 40, 10)
    series = load_series(runs, [], START, START + timedelta(days=39))
    assert [day.settled for day in series[26:29]] == [False, True, True]
    # In the first week only one week of load is known: the ratio reads 4, a false spike.
    assert series[6].ratio == pytest.approx(4.0)
    assert not series[6].settled


def test_core_sessions_count_towards_load():
    cores = [CoreRecord(at(START + timedelta(days=i), 18), 5, 12 * 60) for i in range(28)]
    last = START + timedelta(days=27)
    day = load_series([], cores, last, last)[0]
    assert (day.load, day.acute, day.band) == (60, 420, "steady")
