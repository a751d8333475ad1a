"""The soreness log in the database: what is written is read back, deletes can be undone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from corelog.store import soreness as db
from corelog.store.models import CoreSession, CoreSet, Exercise, Run
from corelog.store.timestamps import format_timestamp
from soreness_values import follow_up_values, soreness_values

NOON = datetime(2025, 5, 10, 12, 0, tzinfo=UTC)
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def add_run(
    store, started_at: datetime, *, run_type: str = "easy", km: float = 8.0, deleted: bool = False
) -> int:
    with store.write() as session:
        run = Run(
            started_at=started_at,
            distance_m=km * 1000,
            duration_s=km * 330,
            run_type=run_type,
            deleted_at=NOON if deleted else None,
        )
        session.add(run)
        session.flush()
        return run.id


def add_core_session(store, started_at: datetime, *, sets: int = 0, deleted: bool = False) -> int:
    with store.write() as session:
        core = CoreSession(started_at=started_at, deleted_at=NOON if deleted else None)
        session.add(core)
        session.flush()
        if sets:
            exercise = Exercise(name="Plank", measure="hold")
            session.add(exercise)
            session.flush()
            for position in range(sets):
                session.add(
                    CoreSet(
                        session_id=core.id,
                        position=position,
                        exercise_id=exercise.id,
                        hold_ms=45_000,
                    )
                )
        return core.id


def values(**changes: object) -> db.SorenessValues:
    base = {
        "region": "obliques_left",
        "severity": 4,
        "notes": "after the hills\nline two — ünïcode",
    }
    return soreness_values(NOON, 120, **(base | changes))


def count_entries(store) -> int:
    return store.reader.scalar("SELECT COUNT(*) FROM soreness_entry")


def test_an_entry_is_read_back_as_written(store) -> None:
    run_id = add_run(store, NOON - timedelta(hours=30), run_type="hills")
    local = datetime(2025, 5, 10, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    entry_id = db.insert_entry(store, values(noted_at=local, run_id=run_id))
    got = db.get_entry(store, entry_id)
    assert got is not None
    assert got.noted_at == NOON and got.noted_at.tzinfo is not None
    assert got.utc_offset_min == 120
    assert (got.region, got.severity, got.feel, got.onset, got.trend) == (
        "obliques_left",
        4,
        "dull",
        "delayed",
        "improving",
    )
    assert got.swelling is False and got.days_lasted == 1
    assert got.run_id == run_id and got.core_session_id is None
    assert got.notes == "after the hills\nline two — ünïcode"
    assert len(got.uuid) == 36
    assert got.is_open and got.resolved_at is None and got.deleted_at is None


def test_lists_are_newest_first_and_filter_by_region_and_openness(store) -> None:
    first = db.insert_entry(store, values(noted_at=NOON - timedelta(days=3)))
    second = db.insert_entry(store, values(noted_at=NOON - timedelta(days=1), region="calves"))
    third = db.insert_entry(store, values(noted_at=NOON))
    db.set_entry_resolved(store, first, NOON)
    assert [e.id for e in db.list_entries(store)] == [third, second, first]
    assert [e.id for e in db.list_entries(store, region="obliques_left")] == [third, first]
    assert [e.id for e in db.list_entries(store, open_only=True)] == [third, second]


def test_delete_and_undo_keep_the_same_row(store) -> None:
    entry_id = db.insert_entry(store, values())
    uuid = db.get_entry(store, entry_id).uuid
    db.set_entry_deleted(store, entry_id, True)
    assert db.list_entries(store) == []
    assert db.get_entry(store, entry_id).deleted_at is not None
    db.set_entry_deleted(store, entry_id, False)
    back = db.get_entry(store, entry_id)
    assert back.uuid == uuid and back.deleted_at is None
    assert [e.id for e in db.list_entries(store)] == [entry_id]


def age(store, entry_id: int) -> None:
    """Make an entry look last changed long ago, so a fresh change to it shows."""
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE soreness_entry SET updated_at = ? WHERE id = ?",
            (format_timestamp(LONG_AGO), entry_id),
        )


def test_deleting_and_restoring_an_entry_mark_it_changed(store) -> None:
    entry_id = db.insert_entry(store, values())
    age(store, entry_id)
    db.set_entry_deleted(store, entry_id, True)
    deleted = db.get_entry(store, entry_id)
    assert deleted.deleted_at is not None and deleted.updated_at == deleted.deleted_at
    age(store, entry_id)
    db.set_entry_deleted(store, entry_id, False)
    back = db.get_entry(store, entry_id)
    assert back.deleted_at is None and back.updated_at > LONG_AGO


def test_editing_a_deleted_entry_is_refused_and_changes_nothing(store) -> None:
    entry_id = db.insert_entry(store, values(severity=4))
    db.set_entry_deleted(store, entry_id, True)
    with pytest.raises(LookupError):
        db.update_entry(store, entry_id, values(severity=8))
    assert db.get_entry(store, entry_id).severity == 4


def test_an_edit_keeps_identity_and_changes_the_values(store) -> None:
    entry_id = db.insert_entry(store, values())
    before = db.get_entry(store, entry_id)
    db.update_entry(store, entry_id, values(severity=8, trend="worsening", swelling=True))
    after = db.get_entry(store, entry_id)
    assert after.uuid == before.uuid
    assert (after.severity, after.trend, after.swelling) == (8, "worsening", True)
    assert after.updated_at >= before.updated_at
    db.update_entry(store, entry_id, db.SorenessValues.of(before))
    assert db.SorenessValues.of(db.get_entry(store, entry_id)) == db.SorenessValues.of(before)


def test_resolve_and_reopen(store) -> None:
    entry_id = db.insert_entry(store, values())
    db.set_entry_resolved(store, entry_id, NOON + timedelta(days=2))
    assert db.get_entry(store, entry_id).resolved_at == NOON + timedelta(days=2)
    assert not db.get_entry(store, entry_id).is_open
    db.set_entry_resolved(store, entry_id, None)
    assert db.get_entry(store, entry_id).is_open


def test_a_link_to_a_deleted_run_is_refused_and_nothing_is_saved(store) -> None:
    run_id = add_run(store, NOON - timedelta(hours=20), deleted=True)
    with pytest.raises(db.LinkError) as refused:
        db.insert_entry(store, values(run_id=run_id))
    assert refused.value.kind == "run"
    assert "run this was linked to has been deleted" in str(refused.value)
    assert count_entries(store) == 0


def test_an_edit_linking_a_deleted_session_is_refused_and_changes_nothing(store) -> None:
    session_id = add_core_session(store, NOON - timedelta(hours=20), deleted=True)
    entry_id = db.insert_entry(store, values())
    with pytest.raises(db.LinkError) as refused:
        db.update_entry(store, entry_id, values(core_session_id=session_id, severity=9))
    assert refused.value.kind == "core_session"
    got = db.get_entry(store, entry_id)
    assert got.core_session_id is None and got.severity == 4


def test_undo_may_put_back_a_link_to_a_run_deleted_since(store) -> None:
    run_id = add_run(store, NOON - timedelta(hours=20))
    entry_id = db.insert_entry(store, values(run_id=run_id))
    with store.write() as session:
        session.get(Run, run_id).deleted_at = NOON
    db.update_entry(store, entry_id, values(run_id=run_id, severity=2), check_links=False)
    assert db.get_entry(store, entry_id).severity == 2


def test_an_entry_follows_a_run_or_a_session_not_both(store) -> None:
    run_id = add_run(store, NOON - timedelta(hours=20))
    session_id = add_core_session(store, NOON - timedelta(hours=10))
    with pytest.raises(ValueError, match="not both"):
        db.insert_entry(store, values(run_id=run_id, core_session_id=session_id))
    assert count_entries(store) == 0


def test_follow_ups_are_kept_in_order_and_can_be_taken_back(store) -> None:
    entry_id = db.insert_entry(store, values())
    day = timedelta(days=1)
    first = db.insert_update(store, entry_id, follow_up_values(NOON + day, 120, severity=3))
    second = db.insert_update(
        store, entry_id, follow_up_values(NOON + 2 * day, 120, severity=1, notes="fine")
    )
    updates = db.updates_for(store, entry_id)
    assert [u.id for u in updates] == [first, second]
    assert (updates[1].severity, updates[1].notes) == (1, "fine")
    assert db.latest_updates(store, [entry_id])[entry_id].id == second
    assert db.update_counts(store, [entry_id, 999]) == {entry_id: 2}
    uuid = updates[1].uuid
    db.delete_update(store, second)
    assert db.latest_updates(store, [entry_id])[entry_id].id == first
    again = db.insert_update(
        store,
        entry_id,
        follow_up_values(NOON + 2 * day, 120, severity=1, notes="fine"),
        uuid=uuid,
    )
    assert db.updates_for(store, entry_id)[-1].uuid == uuid
    assert again != first
    assert db.latest_updates(store, []) == {}


def test_no_follow_up_on_a_deleted_entry(store) -> None:
    entry_id = db.insert_entry(store, values())
    db.set_entry_deleted(store, entry_id, True)
    with pytest.raises(LookupError):
        db.insert_update(store, entry_id, follow_up_values(NOON, 0, severity=3, trend="steady"))


def test_episodes_carry_the_kind_of_their_run_unless_it_was_deleted(store) -> None:
    hills = add_run(store, NOON - timedelta(days=9), run_type="hills")
    gone = add_run(store, NOON - timedelta(days=5), run_type="long")
    old = db.insert_entry(store, values(noted_at=NOON - timedelta(days=8), run_id=hills))
    newer = db.insert_entry(store, values(noted_at=NOON - timedelta(days=4), run_id=gone))
    deleted = db.insert_entry(store, values(noted_at=NOON - timedelta(days=2)))
    db.set_entry_deleted(store, deleted, True)
    with store.write() as session:
        session.get(Run, gone).deleted_at = NOON
    episodes = db.episodes_between(store, NOON - timedelta(days=30), NOON)
    assert [(e.entry_id, e.run_type) for e in episodes] == [(old, "hills"), (newer, None)]
    assert db.episodes_between(store, NOON - timedelta(days=5), NOON)[0].entry_id == newer


def test_runs_and_sessions_in_a_window_skip_deleted_ones(store) -> None:
    kept = add_run(store, NOON - timedelta(hours=30), run_type="long", km=21)
    add_run(store, NOON - timedelta(hours=20), deleted=True)
    add_run(store, NOON - timedelta(days=10))
    runs = db.runs_between(store, NOON - timedelta(days=3), NOON)
    assert [r.id for r in runs] == [kept]
    assert (runs[0].run_type, runs[0].distance_m) == ("long", 21000)
    core = add_core_session(store, NOON - timedelta(hours=5), sets=3)
    add_core_session(store, NOON - timedelta(hours=4), deleted=True)
    sessions = db.core_sessions_between(store, NOON - timedelta(days=1), NOON)
    assert [(s.id, s.set_count) for s in sessions] == [(core, 3)]
    assert db.latest_core_session_before(store, NOON) == NOON - timedelta(hours=5)
    assert db.latest_core_session_before(store, NOON - timedelta(days=1)) is None


def test_a_deleted_run_or_session_is_still_found_by_id_and_marked(store) -> None:
    run_id = add_run(store, NOON, deleted=True)
    session_id = add_core_session(store, NOON, deleted=True)
    assert db.get_run(store, run_id).deleted
    assert db.get_core_session(store, session_id).deleted
    assert db.get_run(store, 999) is None and db.get_core_session(store, 999) is None
