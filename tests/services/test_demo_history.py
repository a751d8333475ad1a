"""Generated history: realistic, the same every time, only ever in an empty database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.weekly import mileage_jumps, weekly_totals
from corelog.services.demo import DEMO, TEN_YEARS, generate_history
from corelog.store.store import Store
from corelog.store.timestamps import parse_timestamp

LAST_DAY = date(2026, 11, 23)


def dump(store: Store) -> dict[str, list[tuple]]:
    tables = ("shoe", "run", "core_session", "core_set", "timer_workout", "soreness_entry")
    return {
        t: [tuple(r) for r in store.reader.all(f"SELECT * FROM {t} ORDER BY id")] for t in tables
    }


def test_same_seed_same_history(tmp_path):
    first = Store.open(tmp_path / "a.db")
    second = Store.open(tmp_path / "b.db")
    generate_history(first, DEMO, last_day=LAST_DAY)
    generate_history(second, DEMO, last_day=LAST_DAY)
    assert dump(first) == dump(second)
    first.close()
    second.close()


@pytest.fixture
def demo(tmp_path):
    store = Store.open(tmp_path / "demo.db")
    counts = generate_history(store, DEMO, last_day=LAST_DAY)
    yield store, counts
    store.close()


def local(row, column="started_at") -> datetime:
    return parse_timestamp(row[column])


def test_six_months_of_runs_and_core_work(demo):
    store, counts = demo
    first = store.reader.scalar("SELECT min(started_at) FROM run")
    last = store.reader.scalar("SELECT max(started_at) FROM run")
    span = (parse_timestamp(last) - parse_timestamp(first)).days
    assert 170 <= span <= 182
    weeks = 26
    assert 3 * weeks <= counts.runs <= 5 * weeks
    assert 2 * weeks <= counts.core_sessions <= 3 * weeks
    assert counts.timer_workouts > 10
    types = {r[0] for r in store.reader.all("SELECT DISTINCT run_type FROM run")}
    assert {"easy", "long", "tempo", "intervals", "hills", "race"} <= types


def test_races_have_their_exact_distances(demo):
    store, _ = demo
    races = {
        r["race_class"]: r["distance_m"]
        for r in store.reader.all("SELECT race_class, distance_m FROM run WHERE run_type='race'")
    }
    assert races == {"5k": 5000, "10k": 10000, "half": 21098}


def test_some_weeks_break_the_ten_percent_rule(demo):
    store, _ = demo
    runs = [
        RunRecord(start=local(r), distance_m=int(r["distance_m"]), duration_s=int(r["duration_s"]))
        for r in store.reader.all("SELECT started_at, distance_m, duration_s FROM run")
    ]
    cores: list[CoreRecord] = []
    weeks = weekly_totals(runs, cores, LAST_DAY.replace(month=5, day=25), LAST_DAY)
    assert len(mileage_jumps(weeks)) >= 2


def test_soreness_tells_a_story(demo):
    store, _ = demo
    rows = store.reader.all("SELECT * FROM soreness_entry ORDER BY noted_at")
    assert any(r["feel"] == "sharp" and r["swelling"] for r in rows)  # a red-flag episode
    open_entries = [r for r in rows if r["resolved_at"] is None]
    assert len(open_entries) == 1 and open_entries[0]["region"] == "lower_abs"
    assert all(r["run_id"] is not None for r in rows)
    assert store.reader.scalar("SELECT count(*) FROM soreness_update") >= 1


def test_timed_plank_holds_progress(demo):
    store, _ = demo
    rows = store.reader.all(
        "SELECT target_hold_ms FROM core_set WHERE target_hold_ms IS NOT NULL ORDER BY id"
    )
    assert rows[0][0] <= 35_000 and rows[-1][0] >= 55_000


def test_only_into_an_empty_database(demo):
    store, _ = demo
    with pytest.raises(ValueError, match="empty database"):
        generate_history(store, DEMO, last_day=LAST_DAY)


def test_ten_year_plan_has_the_benchmark_sizes(tmp_path):
    store = Store.open(tmp_path / "ten.db")
    counts = generate_history(store, TEN_YEARS, last_day=LAST_DAY)
    assert 3600 <= counts.runs <= 4400
    assert 1350 <= counts.core_sessions <= 1650
    assert 250 <= counts.soreness <= 350
    store.close()
