"""Shoes in the database: totals count only live runs; a pair in use is never deleted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from corelog.store import runs as run_store
from corelog.store import shoes as shoe_store
from corelog.store.runs import RunValues
from corelog.store.shoes import ShoeInUse, ShoeNotFound


def add_run(store, shoe_id, distance_m):
    return run_store.insert_run(
        store,
        RunValues(
            started_at=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
            utc_offset_min=0,
            distance_m=distance_m,
            duration_s=1800,
            run_type="easy",
            race_class=None,
            effort=None,
            surface=None,
            elevation_gain_m=None,
            shoe_id=shoe_id,
            notes="",
        ),
    )


def test_a_pair_reads_back_with_its_total_distance(store):
    shoe_id = shoe_store.insert_shoe(store, "Used pair", 150_000)
    add_run(store, shoe_id, 10_000)
    gone = add_run(store, shoe_id, 5_000)
    run_store.delete_runs(store, [gone])
    shoe = shoe_store.get_shoe(store, shoe_id)
    assert shoe is not None
    assert (shoe.name, shoe.start_distance_m, shoe.retired) == ("Used pair", 150_000, False)
    assert (shoe.run_count, shoe.runs_distance_m) == (1, 10_000)
    assert shoe.total_distance_m == 160_000


def test_list_puts_pairs_in_service_first_then_by_name(store):
    b = shoe_store.insert_shoe(store, "b racer")
    a = shoe_store.insert_shoe(store, "A trainer")
    old = shoe_store.insert_shoe(store, "0 old")
    shoe_store.update_shoe(store, old, retired=True)
    assert [s.id for s in shoe_store.list_shoes(store)] == [a, b, old]
    assert [s.id for s in shoe_store.list_shoes(store, include_retired=False)] == [a, b]


def test_update_changes_only_what_is_given(store):
    shoe_id = shoe_store.insert_shoe(store, "Name", 1000)
    uuid = shoe_store.get_shoe(store, shoe_id).uuid
    shoe_store.update_shoe(store, shoe_id, name="New name")
    shoe_store.update_shoe(store, shoe_id, retired=True)
    shoe = shoe_store.get_shoe(store, shoe_id)
    assert (shoe.name, shoe.start_distance_m, shoe.retired, shoe.uuid) == (
        "New name",
        1000,
        True,
        uuid,
    )


def test_a_pair_in_use_is_not_deleted(store):
    shoe_id = shoe_store.insert_shoe(store, "Busy")
    add_run(store, shoe_id, 5000)
    add_run(store, shoe_id, 5000)
    with pytest.raises(ShoeInUse) as refused:
        shoe_store.delete_shoe(store, shoe_id)
    assert refused.value.runs == 2
    assert shoe_store.get_shoe(store, shoe_id) is not None


def test_a_pair_whose_runs_are_deleted_can_go_and_come_back(store):
    shoe_id = shoe_store.insert_shoe(store, "Spare")
    run_id = add_run(store, shoe_id, 5000)
    run_store.delete_runs(store, [run_id])
    shoe_store.delete_shoe(store, shoe_id)
    assert shoe_store.get_shoe(store, shoe_id) is None
    assert shoe_store.list_shoes(store) == []
    shoe_store.restore_shoe(store, shoe_id)
    assert shoe_store.get_shoe(store, shoe_id).name == "Spare"


def test_changing_a_deleted_pair_is_refused(store):
    shoe_id = shoe_store.insert_shoe(store, "Gone")
    shoe_store.delete_shoe(store, shoe_id)
    with pytest.raises(ShoeNotFound):
        shoe_store.update_shoe(store, shoe_id, name="x")
    with pytest.raises(ShoeNotFound):
        shoe_store.delete_shoe(store, shoe_id)
