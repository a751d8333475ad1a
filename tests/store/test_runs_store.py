"""Runs in the database: what is written reads back exactly; deletes can be undone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corelog.store import runs as run_store
from corelog.store import shoes as shoe_store
from corelog.store.runs import RunNotFound, RunValues


def values(**changes) -> RunValues:
    base = {
        "started_at": datetime(2024, 6, 3, 5, 10, tzinfo=UTC),
        "utc_offset_min": 120,
        "distance_m": 5200,
        "duration_s": 1530,
        "run_type": "easy",
        "race_class": None,
        "effort": 4,
        "surface": "road",
        "elevation_gain_m": None,
        "shoe_id": None,
        "notes": "",
    }
    base.update(changes)
    return RunValues(**base)


def test_a_run_reads_back_as_written(store):
    shoe_id = shoe_store.insert_shoe(store, "Pegasus", 0)
    written = values(
        run_type="race",
        race_class="10k",
        effort=9,
        surface="track",
        elevation_gain_m=35,
        shoe_id=shoe_id,
        notes="PB! 🎉",
    )
    run_id = run_store.insert_run(store, written)
    row = run_store.get_run(store, run_id)
    assert row is not None
    assert row.values == written
    assert row.shoe_name == "Pegasus"
    assert len(row.uuid) == 36
    assert row.started_at.tzinfo is not None


def test_the_start_is_stored_in_utc_with_the_local_offset(store):
    local = datetime(2024, 6, 3, 7, 10, tzinfo=timezone(timedelta(hours=2)))
    run_id = run_store.insert_run(store, values(started_at=local, utc_offset_min=120))
    raw = store.reader.one("SELECT started_at, utc_offset_min FROM run WHERE id = ?", (run_id,))
    assert raw["started_at"] == "2024-06-03 05:10:00.000000"
    assert raw["utc_offset_min"] == 120


def test_recent_runs_are_newest_first_and_skip_deleted_runs(store):
    base = datetime(2024, 6, 1, 6, 0, tzinfo=UTC)
    ids = [
        run_store.insert_run(store, values(started_at=base + timedelta(days=day)))
        for day in (2, 0, 1)
    ]
    assert [r.id for r in run_store.recent_runs(store)] == [ids[0], ids[2], ids[1]]
    run_store.delete_runs(store, [ids[2]])
    assert [r.id for r in run_store.recent_runs(store)] == [ids[0], ids[1]]
    assert run_store.count_runs(store) == 2
    assert [r.id for r in run_store.recent_runs(store, limit=1)] == [ids[0]]


def test_an_update_keeps_the_row_and_uuid(store):
    run_id = run_store.insert_run(store, values())
    before = run_store.get_run(store, run_id)
    assert before is not None
    run_store.update_run(store, run_id, values(distance_m=10_000, notes="longer"))
    after = run_store.get_run(store, run_id)
    assert after is not None
    assert (after.id, after.uuid) == (before.id, before.uuid)
    assert after.distance_m == 10_000 and after.notes == "longer"
    assert after.updated_at >= before.updated_at
    assert store.reader.scalar("SELECT count(*) FROM run") == 1


def test_delete_and_restore_bring_back_the_same_row(store):
    run_id = run_store.insert_run(store, values(notes="keep me"))
    uuid = run_store.get_run(store, run_id).uuid
    run_store.delete_runs(store, [run_id])
    assert run_store.get_run(store, run_id) is None
    assert run_store.get_run(store, run_id, include_deleted=True).deleted_at is not None
    run_store.restore_runs(store, [run_id])
    row = run_store.get_run(store, run_id)
    assert row is not None and row.uuid == uuid and row.notes == "keep me"
    assert row.deleted_at is None


def test_changing_a_deleted_or_missing_run_is_refused(store):
    run_id = run_store.insert_run(store, values())
    run_store.delete_runs(store, [run_id])
    with pytest.raises(RunNotFound):
        run_store.update_run(store, run_id, values(distance_m=1))
    with pytest.raises(RunNotFound):
        run_store.delete_runs(store, [run_id + 100])
    # Nothing was half-done: the deleted run is unchanged.
    assert run_store.get_run(store, run_id, include_deleted=True).distance_m == 5200


def test_a_failed_delete_of_several_runs_deletes_none(store):
    run_id = run_store.insert_run(store, values())
    with pytest.raises(RunNotFound):
        run_store.delete_runs(store, [run_id, run_id + 100])
    assert run_store.get_run(store, run_id) is not None


def test_last_used_shoe_is_the_pair_of_the_latest_run(store):
    assert run_store.last_used_shoe_id(store) is None
    old = shoe_store.insert_shoe(store, "Old", 0)
    new = shoe_store.insert_shoe(store, "New", 0)
    base = datetime(2024, 6, 1, tzinfo=UTC)
    run_store.insert_run(store, values(started_at=base + timedelta(days=2), shoe_id=old))
    latest = run_store.insert_run(store, values(started_at=base + timedelta(days=3), shoe_id=new))
    # Logged later but run earlier: not the last pair used.
    run_store.insert_run(store, values(started_at=base, shoe_id=None))
    assert run_store.last_used_shoe_id(store) == new
    run_store.delete_runs(store, [latest])
    assert run_store.last_used_shoe_id(store) == old


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(notes=st.text(max_size=400))
def test_notes_come_back_byte_for_byte(store, notes):
    run_id = run_store.insert_run(store, values(notes=notes))
    row = run_store.get_run(store, run_id)
    assert row is not None
    assert row.notes.encode("utf-8", "surrogatepass") == notes.encode("utf-8", "surrogatepass")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    distance=st.integers(1, 500_000),
    duration=st.integers(1, 48 * 3600),
    start=st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
    ),
)
def test_stored_figures_read_back_exactly(store, distance, duration, start):
    run_id = run_store.insert_run(
        store, values(distance_m=distance, duration_s=duration, started_at=start)
    )
    row = run_store.get_run(store, run_id)
    assert (row.distance_m, row.duration_s, row.started_at) == (distance, duration, start)
