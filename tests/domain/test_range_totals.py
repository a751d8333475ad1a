from datetime import date, datetime, timedelta, timezone

from corelog.domain.records import CoreRecord, HoldRecord, RunRecord, SorenessRecord, between
from corelog.domain.totals import DaySummary, RangeTotals, day_summaries, range_totals

TZ = timezone(timedelta(hours=-5))


def at(day: date, hour: int = 7, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


RUNS = [
    RunRecord(at(date(2024, 6, 2), 23, 30), 5000, 1500),  # late Sunday, local time
    RunRecord(at(date(2024, 6, 3)), 10_000, 3000),
    RunRecord(at(date(2024, 6, 3), 18), 3000, 1000),
    RunRecord(at(date(2024, 6, 9)), 21_100, 6600),
    RunRecord(at(date(2024, 6, 10)), 8000, 2700),
]
CORES = [
    CoreRecord(at(date(2024, 6, 4), 19), 6, 900, 6),
    CoreRecord(at(date(2024, 6, 6), 19), None, None, 4),
]
HOLDS = [
    HoldRecord(at(date(2024, 6, 4), 19), "plank", 45_000),
    HoldRecord(at(date(2024, 6, 4), 19, 5), "plank", 50_500),
    HoldRecord(at(date(2024, 6, 12), 19), "plank", 60_000),
]
SORENESS = [
    SorenessRecord(at(date(2024, 6, 5)), "lower_abs", 3),
    SorenessRecord(at(date(2024, 6, 5), 9), "calves", 2),
]


def test_totals_of_a_week():
    totals = range_totals(RUNS, CORES, HOLDS, date(2024, 6, 3), date(2024, 6, 9))
    assert totals == RangeTotals(
        distance_m=34_100,
        run_time_s=10_600,
        runs=3,
        core_sessions=2,
        core_time_s=900,
        holds=2,
        hold_time_ms=95_500,
        training_days=4,  # 3, 4, 6 and 9 June
    )


def test_totals_of_an_empty_range_or_history():
    assert range_totals([], [], [], date(2024, 6, 3), date(2024, 6, 9)) == RangeTotals()
    assert range_totals(RUNS, CORES, HOLDS, date(2024, 7, 1), date(2024, 7, 7)) == RangeTotals()


def test_day_summaries_mark_only_days_with_something():
    days = day_summaries(RUNS, CORES, SORENESS, date(2024, 6, 3), date(2024, 6, 6))
    assert days == {
        date(2024, 6, 3): DaySummary(date(2024, 6, 3), 13_000, 2, 0),
        date(2024, 6, 4): DaySummary(date(2024, 6, 4), core_sessions=1),
        date(2024, 6, 5): DaySummary(date(2024, 6, 5), sore_regions=("calves", "lower_abs")),
        date(2024, 6, 6): DaySummary(date(2024, 6, 6), core_sessions=1),
    }
    assert list(days) == sorted(days)


def test_between_keeps_the_records_of_the_local_days():
    assert [r.distance_m for r in between(RUNS, date(2024, 6, 2), date(2024, 6, 2))] == [5000]
    assert len(between(HOLDS, date(2024, 6, 1), date(2024, 6, 30))) == 3
