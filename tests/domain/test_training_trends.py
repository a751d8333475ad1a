from datetime import date, datetime, timedelta, timezone

import pytest

from corelog.domain.records import RunRecord, SorenessRecord
from corelog.domain.trends import (
    RegionEpisodes,
    easy_run_paces,
    recurring_soreness,
    soreness_by_week,
    soreness_episodes,
    weekly_easy_pace,
)

TZ = timezone(timedelta(hours=2))


def at(day: date, hour: int = 7) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


RUNS = [
    RunRecord(at(date(2024, 6, 12)), 8000, 48 * 60, "easy"),  # 6:00 /km
    RunRecord(at(date(2024, 6, 3)), 5000, 30 * 60, "easy"),  # 6:00 /km
    RunRecord(at(date(2024, 6, 5)), 10_000, 45 * 60, "tempo"),  # not easy
    RunRecord(at(date(2024, 6, 6)), 10_000, 55 * 60, "easy"),  # 5:30 /km
]


def test_easy_run_paces_oldest_first_in_the_users_unit():
    points = easy_run_paces(RUNS)
    assert [(p.day, p.pace_s) for p in points] == [
        (date(2024, 6, 3), pytest.approx(360)),
        (date(2024, 6, 6), pytest.approx(330)),
        (date(2024, 6, 12), pytest.approx(360)),
    ]
    in_miles = easy_run_paces(RUNS, unit="mi")
    assert in_miles[0].pace_s == pytest.approx(360 * 1.609344)


def test_paces_of_other_run_types_on_request():
    assert [p.day for p in easy_run_paces(RUNS, run_types=("tempo",))] == [date(2024, 6, 5)]


def test_weekly_easy_pace_is_total_time_over_total_distance():
    weeks = weekly_easy_pace(RUNS, date(2024, 6, 3), date(2024, 6, 23))
    # Week of 3 June: 15 km in 85 min = 5:40 /km; week of 10 June: 6:00; 17 June: none.
    assert weeks == [
        (date(2024, 6, 3), pytest.approx(340)),
        (date(2024, 6, 10), pytest.approx(360)),
    ]
    assert weekly_easy_pace([], date(2024, 6, 3), date(2024, 6, 23)) == []


def sore(day: date, region: str, hour: int = 8) -> SorenessRecord:
    return SorenessRecord(at(day, hour), region, 4)


SORENESS = [
    sore(date(2024, 6, 1), "obliques_left"),
    sore(date(2024, 6, 8), "obliques_left"),
    sore(date(2024, 6, 8), "obliques_left", hour=20),  # same day: one episode
    sore(date(2024, 6, 15), "obliques_left"),
    sore(date(2024, 6, 10), "calves"),
    sore(date(2024, 6, 20), "calves"),
    sore(date(2024, 5, 1), "lower_back"),
]


def test_episodes_per_region_count_days_not_entries():
    found = soreness_episodes(SORENESS, date(2024, 6, 1), date(2024, 6, 30))
    assert found == [
        RegionEpisodes("obliques_left", 3, (date(2024, 6, 1), date(2024, 6, 8), date(2024, 6, 15))),
        RegionEpisodes("calves", 2, (date(2024, 6, 10), date(2024, 6, 20))),
    ]


def test_regions_that_keep_getting_sore_within_three_weeks():
    assert [r.region for r in recurring_soreness(SORENESS, today=date(2024, 6, 21))] == [
        "obliques_left"  # 1, 8 and 15 June all within the 21 days ending 21 June
    ]
    # A day later the episode of 1 June has left the window.
    assert recurring_soreness(SORENESS, today=date(2024, 6, 22)) == []
    assert [r.region for r in recurring_soreness(SORENESS, date(2024, 6, 22), min_episodes=2)] == [
        "calves",  # two episodes each: by name
        "obliques_left",
    ]


def test_soreness_by_week_lines_up_with_the_weeks():
    starts, counts = soreness_by_week(SORENESS, date(2024, 6, 1), date(2024, 6, 16))
    assert starts == [date(2024, 5, 27), date(2024, 6, 3), date(2024, 6, 10)]
    assert counts == {"calves": [0, 0, 1], "obliques_left": [1, 1, 1]}
    assert soreness_by_week([], date(2024, 6, 16), date(2024, 6, 1)) == ([], {})
