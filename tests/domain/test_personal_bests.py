from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.bests import (
    best_hold_by_week,
    fastest_races,
    longest_holds,
    longest_run,
    personal_records,
)
from corelog.domain.races import race_distance_fits, race_distance_ranges
from corelog.domain.records import HoldRecord, RunRecord

TZ = timezone(timedelta(hours=1))


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def race(day: date, race_class: str, metres: int, seconds: int) -> RunRecord:
    return RunRecord(at(day), metres, seconds, "race", race_class, effort=9)


def hold(day: date, exercise: str, ms: int) -> HoldRecord:
    return HoldRecord(at(day, 18), exercise, ms)


RUNS = [
    race(date(2023, 4, 2), "5k", 5000, 22 * 60 + 10),
    race(date(2023, 9, 17), "5k", 5030, 21 * 60 + 48),  # fastest 5K
    race(date(2024, 3, 3), "5k", 5000, 21 * 60 + 48),  # equals it later: no new record
    RunRecord(at(date(2024, 3, 10)), 5000, 19 * 60, "tempo"),  # not a race
    race(date(2023, 10, 8), "half", 21_100, 1 * 3600 + 41 * 60 + 5),
    race(date(2024, 5, 5), "other", 15_000, 65 * 60),  # no standard distance
    RunRecord(at(date(2024, 1, 21)), 30_000, 3 * 3600, "long"),
    RunRecord(at(date(2024, 2, 18)), 30_000, 2 * 3600 + 50 * 60, "long"),  # as long, later
    race(date(2023, 10, 29), "marathon", 42_195, 3 * 3600 + 59 * 60 + 1),
]


def test_fastest_race_per_class_with_its_date():
    races = fastest_races(RUNS)
    assert list(races) == ["5k", "half", "marathon"]  # in distance order; no 10K raced
    assert (races["5k"].duration_s, races["5k"].day) == (21 * 60 + 48, date(2023, 9, 17))
    assert races["5k"].distance_m == 5030
    assert races["half"].day == date(2023, 10, 8)
    assert races["marathon"].run is RUNS[-1]


def test_longest_run_is_the_first_to_reach_the_distance():
    longest = longest_run(RUNS)
    assert longest is not None
    assert (longest.distance_m, longest.day) == (42_195, date(2023, 10, 29))
    without_marathon = longest_run(RUNS[:-1])
    assert without_marathon is not None
    assert without_marathon.day == date(2024, 1, 21)
    assert without_marathon.duration_s == 3 * 3600


def test_no_runs_no_records():
    assert fastest_races([]) == {}
    assert longest_run([]) is None
    records = personal_records([], [])
    assert (dict(records.races), records.longest_run, dict(records.holds)) == ({}, None, {})


HOLDS = [
    hold(date(2024, 6, 3), "plank", 45_000),
    hold(date(2024, 6, 5), "plank", 60_250),
    hold(date(2024, 6, 12), "plank", 60_250),
    hold(date(2024, 6, 12), "side_plank", 30_000),
    hold(date(2024, 6, 14), "plank", 52_000),
]


def test_longest_hold_per_exercise_with_its_date():
    holds = longest_holds(HOLDS)
    assert list(holds) == ["plank", "side_plank"]
    assert (holds["plank"].hold_ms, holds["plank"].day) == (60_250, date(2024, 6, 5))
    assert (holds["side_plank"].hold_ms, holds["side_plank"].day) == (30_000, date(2024, 6, 12))


def test_personal_records_together_from_any_iterable():
    records = personal_records(iter(RUNS), iter(HOLDS))
    assert set(records.races) == {"5k", "half", "marathon"}
    assert records.longest_run is not None and records.longest_run.distance_m == 42_195
    assert records.holds["plank"].hold_ms == 60_250


def test_best_hold_of_each_week_for_the_progression_chart():
    by_week = best_hold_by_week(HOLDS)
    assert by_week == {
        "plank": [(date(2024, 6, 3), 60_250), (date(2024, 6, 10), 60_250)],
        "side_plank": [(date(2024, 6, 10), 30_000)],
    }
    by_sunday_week = best_hold_by_week(HOLDS, first_weekday=6)
    assert by_sunday_week["plank"][0] == (date(2024, 6, 2), 60_250)


def test_a_race_whose_distance_does_not_fit_its_class_sets_no_record():
    runs = [
        race(date(2024, 4, 7), "5k", 5000, 23 * 60),
        race(date(2024, 5, 12), "5k", 21_100, 15 * 60),  # a half logged as a 5K
        race(date(2024, 6, 2), "marathon", 10_000, 40 * 60),  # a 10K logged as a marathon
    ]
    races = fastest_races(runs)
    assert list(races) == ["5k"]
    assert races["5k"].duration_s == 23 * 60


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["5k", "10k", "half", "marathon", "other"]),
            st.integers(min_value=1, max_value=60_000),
            st.integers(min_value=60, max_value=30_000),
        ),
        max_size=12,
    )
)
def test_every_race_record_is_of_a_race_whose_distance_fits_its_class(entries):
    runs = [
        race(date(2024, 1, 1) + timedelta(days=i), race_class, metres, seconds)
        for i, (race_class, metres, seconds) in enumerate(entries)
    ]
    for race_class, best in fastest_races(runs).items():
        assert race_distance_fits(race_class, best.distance_m)
        fitting = [
            r.duration_s
            for r in runs
            if r.race_class == race_class and race_distance_fits(race_class, r.distance_m)
        ]
        assert best.duration_s == min(fitting)
    raced = {r.race_class for r in runs if race_distance_fits(r.race_class, r.distance_m)}
    assert set(fastest_races(runs)) == raced - {"other"}


def test_race_distance_ranges_are_ten_percent_either_way_in_whole_metres():
    assert race_distance_ranges() == {
        "5k": (4500, 5500),
        "10k": (9000, 11000),
        "half": (18989, 23207),
        "marathon": (37976, 46414),
    }
