"""Backups are consistent copies, taken daily, and can be restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from corelog.store import backups, database
from corelog.store.models import Run
from corelog.store.store import Store


def add_runs(store: Store, count: int, start: int = 0) -> None:
    with store.write() as session:
        for i in range(start, start + count):
            session.add(
                Run(
                    started_at=datetime(2026, 2, 1, tzinfo=UTC) + timedelta(days=i),
                    distance_m=1000 * (i + 1),
                    duration_s=300 * (i + 1),
                )
            )


def test_backup_includes_commits_still_in_the_wal(tmp_path):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    add_runs(store, 3)
    assert (tmp_path / "corelog.db-wal").exists()
    copy = database.backup_database(db, "manual")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM run").fetchone()[0] == 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store.close()


def test_daily_backup_once_a_day_and_pruned(tmp_path):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    add_runs(store, 1)
    day = datetime(2026, 5, 1, 8, tzinfo=UTC)
    assert backups.daily_backup_if_due(db, day) is not None
    assert backups.daily_backup_if_due(db, day + timedelta(hours=5)) is None
    for n in range(1, 20):
        backups.daily_backup_if_due(db, day + timedelta(days=n))
    kept = backups.daily_backups(db)
    assert len(kept) == backups.KEEP_DAILY
    assert "20260520" in kept[-1].name
    store.close()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(tmp_path):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    add_runs(store, 2)
    copy = database.backup_database(db, "manual")
    add_runs(store, 3, start=2)
    store.close()

    kept = database.restore_backup(copy, db)
    assert kept is not None and kept.exists()
    restored = Store.open(db)
    assert restored.reader.scalar("SELECT count(*) FROM run") == 2
    restored.close()
    replaced = sqlite3.connect(kept)
    assert replaced.execute("SELECT count(*) FROM run").fetchone()[0] == 5
    replaced.close()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    junk = tmp_path / "junk.db"
    junk.write_text("nothing here")
    with pytest.raises(database.NotADatabaseError):
        database.restore_backup(junk, db)


def test_a_backup_the_disk_refuses_leaves_no_partial_copy_and_says_why(tmp_path, monkeypatch):
    """A backup that cannot be written (the disk gives out) names the folder and the cause,
    leaves no half-written copy, and the log is unchanged."""
    import sqlite3 as sqlite

    from corelog.store import database

    db = tmp_path / "corelog.db"
    Store.open(db).close()
    before = db.read_bytes()

    class RefusingDisk:
        def __init__(self, real):
            self.real = real

        def backup(self, _target, **_kwargs):
            raise sqlite.OperationalError("disk I/O error")

        def close(self):
            self.real.close()

    real_open = database._read_only_connection
    monkeypatch.setattr(database, "_read_only_connection", lambda p: RefusingDisk(real_open(p)))
    with pytest.raises(database.BackupFailed) as failed:
        database.backup_database(db, "manual")
    assert "could not be written" in str(failed.value)
    assert "Your log itself is unchanged" in str(failed.value)
    assert list(database.backups_dir(db).iterdir()) == []
    assert db.read_bytes() == before
