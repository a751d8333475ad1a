"""The history summed in bulk gives exactly what the domain gives from every record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.bests import best_hold_by_week, fastest_races, longest_holds, longest_run
from corelog.domain.load import load_series, load_series_from_daily
from corelog.domain.records import CoreRecord, HoldRecord, RunRecord
from corelog.domain.streaks import core_target_streaks, week_target_streaks
from corelog.domain.trends import easy_run_paces, weekly_easy_pace
from corelog.domain.vocabulary import RACE_CLASSES, RUN_TYPES
from corelog.domain.weekly import weekly_totals
from corelog.services import history_columns
from corelog.services import history_sums as sums
from corelog.store.history import (
    KIND_CORE,
    KIND_RUN,
    KIND_SORENESS,
    HoldSets,
    KindRows,
    Timeline,
)

EPOCH = datetime(1970, 1, 1)
START = datetime(2024, 1, 1)


def seconds(moment: datetime) -> int:
    return int((moment - EPOCH).total_seconds())


run_strategy = st.tuples(
    st.integers(0, 200 * 24 * 60),  # minutes after START
    st.floats(100, 45_000).map(lambda m: round(m, 1)),
    st.integers(600, 15_000),
    st.one_of(st.none(), st.integers(1, 10)),
    st.sampled_from(RUN_TYPES),
    st.sampled_from(RACE_CLASSES),
)
core_strategy = st.tuples(
    st.integers(0, 200 * 24 * 60),
    st.one_of(st.none(), st.integers(60, 3600)),
    st.one_of(st.none(), st.integers(1, 10)),
    st.integers(0, 9),
)
hold_strategy = st.tuples(st.integers(0, 40), st.sampled_from([1, 2, 9]), st.integers(1, 90))


def build(runs, cores, holds):
    run_rows = KindRows(
        KIND_RUN,
        ids=tuple(range(1, len(runs) + 1)),
        local_s=tuple(seconds(START + timedelta(minutes=r[0])) for r in runs),
        distance_m=tuple(r[1] for r in runs),
        duration_s=tuple(float(r[2]) for r in runs),
        effort=tuple(r[3] for r in runs),
        run_type=tuple(r[4] for r in runs),
        race_class=tuple(r[5] if r[4] == "race" else None for r in runs),
        notes=("",) * len(runs),
    )
    core_rows = KindRows(
        KIND_CORE,
        ids=tuple(range(1, len(cores) + 1)),
        local_s=tuple(seconds(START + timedelta(minutes=c[0])) for c in cores),
        duration_s=tuple(None if c[1] is None else float(c[1]) for c in cores),
        effort=tuple(c[2] for c in cores),
        notes=("",) * len(cores),
    )
    timeline = Timeline((run_rows, core_rows, KindRows(KIND_SORENESS)))
    counts = {i + 1: c[3] for i, c in enumerate(cores) if c[1] is None}
    # Holds of session ids beyond the sessions stand for deleted sessions: left out.
    hold_sets = HoldSets(
        tuple(h[0] for h in holds),
        tuple(h[1] for h in holds),
        tuple(h[2] * 1000 for h in holds),
        {1: "Plank", 2: "Side plank", 9: "Wall sit"},
    )
    arrays = history_columns.history_arrays(timeline, hold_sets, counts)

    run_records = sorted(
        (
            RunRecord(
                START + timedelta(minutes=r[0]),
                round(r[1]),
                r[2],
                r[4],
                r[5] if r[4] == "race" else None,
                r[3],
                i + 1,
            )
            for i, r in enumerate(runs)
        ),
        key=lambda r: (r.start, r.ref),
    )
    core_records = sorted(
        (
            CoreRecord(
                START + timedelta(minutes=c[0]), c[2], c[1], c[3] if c[1] is None else 0, i + 1
            )
            for i, c in enumerate(cores)
        ),
        key=lambda c: (c.start, c.ref),
    )
    starts = {i + 1: START + timedelta(minutes=c[0]) for i, c in enumerate(cores)}
    names = hold_sets.names
    hold_records = sorted(
        (HoldRecord(starts[h[0]], names[h[1]], h[2] * 1000, h[0]) for h in holds if h[0] in starts),
        key=lambda h: (h.at, h.ref),
    )
    return arrays, run_records, core_records, hold_records


history = st.tuples(
    st.lists(run_strategy, max_size=50),
    st.lists(core_strategy, max_size=30),
    st.lists(hold_strategy, max_size=40),
)


@settings(max_examples=50, deadline=None)
@given(history, st.integers(0, 6), st.integers(0, 180), st.integers(0, 60))
def test_weeks_and_load_match_the_domain(data, first_weekday, first_offset, length):
    arrays, runs, cores, _ = build(*data)
    first = START.date() + timedelta(days=first_offset)
    last = first + timedelta(days=length)
    assert sums.week_totals(arrays, first, last, first_weekday) == weekly_totals(
        runs, cores, first, last, first_weekday
    )
    daily, earliest = sums.daily_load(arrays)
    assert load_series_from_daily(daily, first, last, earliest) == load_series(
        runs, cores, first, last
    )
    today = last
    assert week_target_streaks(
        sums.sessions_by_week(arrays, today, first_weekday), today, first_weekday
    ) == core_target_streaks(cores, today, first_weekday)


@settings(max_examples=50, deadline=None)
@given(history, st.integers(0, 6), st.integers(0, 180), st.integers(0, 60))
def test_records_from_candidates_match_the_domain(data, first_weekday, first_offset, length):
    arrays, runs, _, holds = build(*data)
    first = START.date() + timedelta(days=first_offset)
    last = first + timedelta(days=length)
    span = arrays.runs_in(first, last)
    in_range = [r for r in runs if first <= r.day <= last]
    assert fastest_races(arrays.race_candidates(span)) == fastest_races(in_range)
    assert longest_run(arrays.longest_run_candidates(span)) == longest_run(in_range)
    assert fastest_races(arrays.race_candidates()) == fastest_races(runs)
    hold_span = arrays.holds_in(first, last)
    holds_in_range = [h for h in holds if first <= h.day <= last]
    assert longest_holds(arrays.longest_hold_candidates(hold_span)) == longest_holds(holds_in_range)
    assert best_hold_by_week(
        arrays.weekly_hold_candidates(first, last, first_weekday), first_weekday
    ) == best_hold_by_week(holds_in_range, first_weekday)


@settings(max_examples=50, deadline=None)
@given(history, st.sampled_from(["km", "mi"]), st.integers(0, 180), st.integers(0, 60))
def test_easy_paces_match_the_domain(data, unit, first_offset, length):
    arrays, runs, _, _ = build(*data)
    first = START.date() + timedelta(days=first_offset)
    last = first + timedelta(days=length)
    in_range = [r for r in runs if first <= r.day <= last]
    dots = sums.easy_paces(arrays, first, last, unit)
    expected = easy_run_paces(in_range, unit)
    assert [int(d) for d in dots.days] == [p.day.toordinal() for p in expected]
    assert [float(p) for p in dots.pace_s] == [p.pace_s for p in expected]
    assert sums.weekly_easy_pace(arrays, first, last, 0, unit) == weekly_easy_pace(
        runs, first, last, 0, unit
    )


def test_holds_of_sessions_not_in_the_timeline_are_left_out():
    arrays, *_ = build([], [(0, 600, 5, 0)], [(1, 1, 45), (2, 1, 90)])
    assert [int(ms) for ms in arrays.hold_ms] == [45_000]
    assert arrays.hold_record(0).exercise == "Plank"


def test_an_empty_history():
    arrays, *_ = build([], [], [])
    assert arrays.first_day() is None
    assert sums.daily_load(arrays) == ({}, None)
    assert arrays.longest_run_candidates() == []
    assert sums.week_totals(arrays, date(2024, 1, 1), date(2024, 1, 7))[0].runs == 0
    assert list(sums.training_days(arrays)) == []


def test_weekly_hold_candidates_keep_each_weeks_longest_hold():
    # Sessions on Mon 1, Wed 3 and Mon 8 January 2024; planks of 40, 55 and 30 s.
    cores = [(0, 600, 5, 0), (2 * 24 * 60, 600, 5, 0), (7 * 24 * 60, 600, 5, 0)]
    holds = [(1, 1, 40), (2, 1, 55), (2, 1, 50), (3, 1, 30), (3, 2, 20)]
    arrays, *_ = build([], cores, holds)
    picked = arrays.weekly_hold_candidates(date(2024, 1, 1), date(2024, 1, 14))
    assert sorted((h.exercise, h.at.day, h.hold_ms) for h in picked) == [
        ("Plank", 3, 55_000),
        ("Plank", 8, 30_000),
        ("Side plank", 8, 20_000),
    ]
    longest = arrays.longest_hold_candidates()
    assert sorted((h.exercise, h.hold_ms) for h in longest) == [
        ("Plank", 55_000),
        ("Side plank", 20_000),
    ]
