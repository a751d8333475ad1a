"""Recordings and tracks: written whole, read back, and the 0004 upgrade keeps every entry."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from corelog.domain.recordings import RecordedFigures
from corelog.store import migrate
from corelog.store import recordings as rec_store
from corelog.store import runs as run_store
from corelog.store.database import HEAD_REVISION, SCHEMA_REVISIONS
from corelog.store.recordings import NewImportedRun, RecordingValues
from corelog.store.runs import RunValues
from corelog.store.store import Store

START = datetime(2026, 5, 4, 5, 30, tzinfo=UTC)


def run_values(start=START, distance=5000.0) -> RunValues:
    return RunValues(start, 120, distance, 1500.0, "easy", None, None, None, 40.0, None, "")


def recording(start=START, sha="a" * 64, distance=5000.0) -> RecordingValues:
    return RecordingValues(
        "fit", "run.fit", sha, "running", "generic", "run", None, "Morning Run",
        "Garmin Fenix 5", start, True, distance, 1520.0, 1500.0,
        RecordedFigures(40.0, 150.0, 172.0, 170.0, 180.0, 1501), 0,
    )


def test_imported_runs_are_written_with_recording_and_track_and_read_back(store):
    (run_id,) = rec_store.add_imported_runs(
        store, [NewImportedRun(run_values(), recording(), b"CLT\x01track")]
    )
    row = rec_store.recording_of(store, run_id)
    assert row.values == recording()
    assert rec_store.track_of(store, row.id) == b"CLT\x01track"
    assert rec_store.known_files(store, ["a" * 64, "b" * 64]) == {"a" * 64: run_id}
    (near,) = rec_store.runs_near(store, START + timedelta(minutes=5), timedelta(minutes=10))
    assert near.run_id == run_id and near.recorded
    assert rec_store.heart_rate_runs(store)[0].avg_hr == 150.0


def test_a_batch_that_fails_writes_nothing(store):
    good = NewImportedRun(run_values(), recording(), b"x")
    bad = NewImportedRun(run_values(distance=-1), recording(sha="c" * 64), b"y")
    with pytest.raises(Exception, match="CHECK constraint"):
        rec_store.add_imported_runs(store, [good, bad])
    assert run_store.count_runs(store) == 0
    assert rec_store.count_recordings(store) == 0


def test_deleted_runs_are_no_doubles_and_carry_no_heart_rate(store):
    (run_id,) = rec_store.add_imported_runs(
        store, [NewImportedRun(run_values(), recording(), b"x")]
    )
    run_store.delete_runs(store, [run_id])
    assert rec_store.known_files(store, ["a" * 64]) == {}
    assert rec_store.runs_near(store, START, timedelta(minutes=10)) == []
    assert rec_store.heart_rate_runs(store) == []


def test_a_merge_and_its_undo(store):
    typed = run_store.insert_run(store, run_values(START + timedelta(minutes=4), 5200.0))
    before = run_store.get_run(store, typed).values
    after = run_values()
    recording_id = rec_store.merge_recording(store, typed, after, recording(), b"t")
    assert run_store.get_run(store, typed).started_at == START
    rec_store.set_merge(store, typed, before, recording_id, live=False)
    assert run_store.get_run(store, typed).distance_m == 5200.0
    assert rec_store.recording_of(store, typed) is None
    rec_store.set_merge(store, typed, after, recording_id, live=True)
    assert rec_store.recording_of(store, typed).id == recording_id


def _fill(store: Store) -> None:
    from corelog.services.demo import DEMO, generate_history

    generate_history(store, DEMO)


@pytest.mark.parametrize("revision", [r for r in SCHEMA_REVISIONS if r != HEAD_REVISION])
def test_every_earlier_schema_upgrades_with_its_entries_intact(tmp_path, revision):
    db = tmp_path / "corelog.db"
    migrate.upgrade(db, revision)
    old = Store(db)
    _fill(old)
    old.close()
    tables = [
        r[0]
        for r in sqlite3.connect(db).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        )
    ]
    conn = sqlite3.connect(db)
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    conn.close()
    assert sum(len(rows) for rows in before.values()) > 100

    store = Store.open(db)
    assert store.opened.migrated_from == revision and store.opened.backup.exists()
    (run_id,) = rec_store.add_imported_runs(
        store, [NewImportedRun(run_values(), recording(), b"x")]
    )
    assert rec_store.recording_of(store, run_id) is not None
    store.close()
    conn = sqlite3.connect(db)
    for table in tables:
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        if table == "run":
            rows = [r for r in rows if r[0] != run_id]
        assert rows == before[table], table
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    conn.close()
