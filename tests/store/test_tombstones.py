"""Every way an entry leaves the log leaves a tombstone (uuid, kind, deleted_at), and
every way it comes back takes it away again; a tombstone outlives its row."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.store import core, presets, shoes, soreness, timer_workouts
from corelog.store import exercises as ex
from corelog.store import runs as run_store
from corelog.store.runs import RunValues
from soreness_values import follow_up_values, soreness_values

START = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)
SPECS = [ex.BuiltinSpec("plank", "Plank", "hold", False)]


def tombstones(store) -> dict[str, tuple[str, str]]:
    rows = store.reader.all("SELECT uuid, kind, deleted_at FROM tombstone")
    return {r["uuid"]: (r["kind"], r["deleted_at"]) for r in rows}


def uuid_of(store, table: str, row_id: int) -> str:
    return store.reader.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))


def a_run(store) -> int:
    return run_store.insert_run(
        store, RunValues(START, 60, 5000.0, 1500.0, "easy", None, None, None, None, None, "")
    )


@pytest.fixture
def plank(store) -> int:
    ex.sync_builtin_exercises(store, SPECS)
    return ex.exercise_by_key(store, "plank").id


def a_session(store, plank: int, holds=(45_000, 40_000)) -> int:
    return core.add_session(
        store,
        core.SessionValues(
            START, 60, None, None, "", tuple(core.SetValues(plank, None, None, h) for h in holds)
        ),
    )


def test_a_deleted_run_gets_a_tombstone_at_its_deletion_and_undo_removes_it(store):
    run_id = a_run(store)
    uuid = uuid_of(store, "run", run_id)
    run_store.delete_runs(store, [run_id])
    deleted_at = store.reader.scalar("SELECT deleted_at FROM run WHERE id = ?", (run_id,))
    assert tombstones(store) == {uuid: ("run", deleted_at)}
    run_store.restore_runs(store, [run_id])
    assert tombstones(store) == {}


def test_a_tombstone_outlives_its_row(store):
    """Purging a deleted entry's row (whatever does it) keeps the record of its deletion."""
    run_id = a_run(store)
    uuid = uuid_of(store, "run", run_id)
    run_store.delete_runs(store, [run_id])
    with store.write() as session:
        session.connection().exec_driver_sql("DELETE FROM run WHERE id = ?", (run_id,))
    assert list(tombstones(store)) == [uuid]


def test_sessions_and_the_sets_an_edit_removes(store, plank):
    session_id = a_session(store, plank)
    first, second = core.get_session(store, session_id).sets
    core.update_session(
        store,
        session_id,
        core.SessionValues(
            START, 60, None, None, "", (core.SetValues(plank, None, None, 45_000, first.id),)
        ),
    )
    assert {u: k for u, (k, _at) in tombstones(store).items()} == {second.uuid: "core_set"}
    core.set_session_deleted(store, session_id, True)
    assert tombstones(store)[uuid_of(store, "core_session", session_id)][0] == "core_session"
    core.set_session_deleted(store, session_id, False)
    assert list(tombstones(store)) == [second.uuid]


def test_undo_of_an_edit_brings_a_set_back_and_takes_its_tombstone(store, plank):
    session_id = a_session(store, plank)
    before = core.session_snapshot(store, session_id)
    first = core.get_session(store, session_id).sets[0]
    core.update_session(
        store,
        session_id,
        core.SessionValues(
            START, 60, None, None, "", (core.SetValues(plank, None, None, 45_000, first.id),)
        ),
    )
    assert len(tombstones(store)) == 1
    core.restore_snapshot(store, before)
    assert tombstones(store) == {}
    assert len(core.get_session(store, session_id).sets) == 2


def test_soreness_entries_and_follow_ups(store):
    values = soreness_values(START, 60)
    entry_id = soreness.insert_entry(store, values)
    follow_up = soreness.insert_update(store, entry_id, follow_up_values(START, 60))
    follow_uuid = uuid_of(store, "soreness_update", follow_up)
    soreness.delete_update(store, follow_up)
    assert tombstones(store)[follow_uuid][0] == "follow_up"
    soreness.insert_update(
        store,
        entry_id,
        follow_up_values(START, 60),
        uuid=follow_uuid,
    )
    assert tombstones(store) == {}
    soreness.set_entry_deleted(store, entry_id, True)
    assert [k for k, _at in tombstones(store).values()] == ["soreness_entry"]
    soreness.set_entry_deleted(store, entry_id, False)
    assert tombstones(store) == {}


def test_shoes(store):
    shoe_id = shoes.insert_shoe(store, "Trail pair")
    shoes.delete_shoe(store, shoe_id)
    assert [k for k, _at in tombstones(store).values()] == ["shoe"]
    shoes.restore_shoe(store, shoe_id)
    assert tombstones(store) == {}


def test_presets_and_the_users_exercises(store):
    mine = ex.add_exercise(store, "Hollow hold", "hold", False)
    preset_id = presets.add_preset(
        store, presets.PresetValues("Hollow 3 x 20 s", mine, "countdown", 20_000, 3, 0, 0, False)
    )
    removed = presets.delete_preset(store, preset_id)
    assert [k for k, _at in tombstones(store).values()] == ["timer_preset"]
    presets.restore_preset(store, removed)
    assert tombstones(store) == {}
    deleted = ex.delete_exercise(store, mine)
    assert sorted(k for k, _at in tombstones(store).values()) == ["exercise", "timer_preset"]
    ex.restore_exercise(store, deleted)
    assert tombstones(store) == {}


def test_undoing_a_timer_save_buries_what_it_saved_and_redo_digs_it_up(store, plank):
    saved = timer_workouts.save_timer_workout(
        store,
        FinishedWorkout(
            exercise_id=plank,
            mode="countdown",
            target_hold_ms=45_000,
            planned_sets=2,
            rest_ms=30_000,
            prep_ms=5_000,
            alternate_sides=False,
            completed=True,
            started_at=START,
            holds=(TimerHold(45_000), TimerHold(45_500)),
        ),
        date(2026, 3, 2),
    )
    timer_workouts.remove_timer_save(store, saved)
    kinds = sorted(k for k, _at in tombstones(store).values())
    assert kinds == ["core_session", "core_set", "core_set", "timer_workout"]
    timer_workouts.reinstate_timer_save(store, saved)
    assert tombstones(store) == {}
