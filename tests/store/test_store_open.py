"""Opening, creating, refusing and upgrading database files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from corelog.store import database, migrate
from corelog.store.database import (
    HEAD_REVISION,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnwritableError,
    start_integrity_check,
)
from corelog.store.models import CoreSession, CoreSet, Exercise, Run
from corelog.store.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_current_schema_in_wal_mode(tmp_path):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    assert store.opened.created
    assert store.opened.backup is None
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"run", "core_session", "core_set", "exercise", "soreness_entry", "shoe"} <= tables
    conn.close()
    store.close()


def test_empty_file_is_migrated(tmp_path):
    db = tmp_path / "empty.db"
    db.touch()
    store = Store.open(db)
    assert store.opened.created
    assert store.reader.scalar("SELECT version_num FROM alembic_version") == HEAD_REVISION
    store.close()


def test_reopening_current_database_does_nothing(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    again = Store.open(db)
    assert not again.opened.created
    assert again.opened.migrated_from is None
    assert not database.backups_dir(db).exists()
    again.close()


def test_orm_connections_enforce_foreign_keys_and_durable_commits(tmp_path):
    store = Store.open(tmp_path / "corelog.db")
    with store.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
        session.add(CoreSet(session_id=999, exercise_id=999, reps=10))
    store.close()


def test_run_round_trip_keeps_every_field(tmp_path):
    store = Store.open(tmp_path / "corelog.db")
    local = datetime(2026, 3, 29, 7, 10, tzinfo=timezone(timedelta(hours=2)))
    notes = "Côte à côte 🏃 — 走った\nsecond line\t and trailing spaces   "
    with store.write() as session:
        run = Run(
            started_at=local,
            utc_offset_min=120,
            distance_m=10_000,
            duration_s=2_950,
            run_type="race",
            race_class="10k",
            effort=9,
            surface="road",
            elevation_gain_m=35,
            notes=notes,
        )
        session.add(run)
    with store.read() as session:
        back = session.exec(select(Run)).one()
    assert back.started_at == local
    assert back.started_at.tzinfo == UTC
    assert back.utc_offset_min == 120
    assert (back.distance_m, back.duration_s, back.run_type, back.race_class) == (
        10_000,
        2_950,
        "race",
        "10k",
    )
    assert back.notes == notes
    assert len(back.uuid) == 36
    store.close()


def test_failed_write_leaves_nothing_behind(tmp_path):
    store = Store.open(tmp_path / "corelog.db")
    with store.write() as session:
        plank = Exercise(key="plank", name="Plank", measure="hold", builtin=True)
        session.add(plank)
    with pytest.raises(Exception), store.write() as session:  # noqa: B017
        core = CoreSession(started_at=datetime.now(UTC))
        session.add(core)
        session.flush()
        session.add(CoreSet(session_id=core.id, exercise_id=plank.id, hold_ms=45_000))
        session.add(CoreSet(session_id=core.id, exercise_id=plank.id, hold_ms=-5))
    assert store.reader.scalar("SELECT count(*) FROM core_session") == 0
    assert store.reader.scalar("SELECT count(*) FROM core_set") == 0
    store.close()


def test_naive_datetimes_are_rejected(tmp_path):
    store = Store.open(tmp_path / "corelog.db")
    with pytest.raises(Exception, match="timezone"), store.write() as session:
        session.add(Run(started_at=datetime(2026, 1, 1), distance_m=5000, duration_s=1500))
    store.close()


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotADatabaseError, match="folder"):
        Store.open(tmp_path)


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(UnwritableError, match="does not exist"):
        Store.open(tmp_path / "nope" / "corelog.db")
    assert not (tmp_path / "nope").exists()


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my training notes, not a database\n" * 20)
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not an SQLite database"):
        Store.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('beach')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        Store.open(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerSchemaError, match="newer CoreLog"):
        Store.open(db)
    assert digest(db) == before
    # Not even a -wal or -shm file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_damage_in_the_middle_of_the_file_is_refused_untouched(tmp_path, damaged_database):
    db = tmp_path / "corelog.db"
    damaged_database(db)
    before = digest(db)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(CorruptDatabaseError, match="is damaged") as refused:
        Store.open(db)
    assert "\n" not in str(refused.value)
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_a_quick_check_started_early_is_collected_when_the_store_opens(
    tmp_path, damaged_database
):
    good, bad = tmp_path / "good.db", tmp_path / "bad" / "corelog.db"
    Store.open(good).close()
    bad.parent.mkdir()
    damaged_database(bad)
    before = digest(bad)
    start_integrity_check(good)
    start_integrity_check(bad)
    Store.open(good).close()
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        Store.open(bad)
    assert digest(bad) == before
    # Each early result is used once: the next open checks the file again.
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        Store.open(bad)


def test_inspecting_a_database_creates_no_files_beside_it(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    listing = sorted(p.name for p in tmp_path.iterdir())
    assert database.inspect_database(db).is_current
    database.check_integrity(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_inspecting_sees_commits_still_in_the_wal(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    # Another connection holds the database open with a commit not yet checkpointed.
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE alembic_version SET version_num = '9999'")
    writer.commit()
    try:
        with pytest.raises(NewerSchemaError):
            database.inspect_database(db)
    finally:
        writer.close()


def test_damaged_file_is_refused(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    before = digest(db)
    with pytest.raises(database.StoreError):
        Store.open(db)
    assert digest(db) == before


def test_a_link_to_nowhere_is_refused_and_nothing_is_created(tmp_path):
    link = tmp_path / "corelog.db"
    link.symlink_to(tmp_path / "elsewhere" / "corelog.db")
    with pytest.raises(NotADatabaseError, match="does not exist"):
        Store.open(link)
    sibling = tmp_path / "sibling.db"
    sibling.symlink_to(tmp_path / "target.db")
    with pytest.raises(NotADatabaseError, match="does not exist"):
        Store.open(sibling)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corelog.db", "sibling.db"]


def test_a_link_loop_is_refused(tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(NotADatabaseError, match="circle of links"):
        Store.open(first)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "b.db"]


def test_an_empty_file_at_the_end_of_a_link_becomes_the_database(tmp_path):
    target = tmp_path / "synced" / "corelog.db"
    link = tmp_path / "corelog.db"
    link.symlink_to(target)
    target.parent.mkdir()
    target.touch()
    store = Store.open(link)
    assert store.opened.created
    store.close()
    assert database.inspect_database(target).is_current


def test_a_link_to_a_database_opens_it(tmp_path):
    target = tmp_path / "real.db"
    Store.open(target).close()
    link = tmp_path / "corelog.db"
    link.symlink_to(target)
    store = Store.open(link)
    assert store.reader.scalar("SELECT version_num FROM alembic_version") == HEAD_REVISION
    store.close()


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root can write read-only files",
)
def test_read_only_file_is_refused(tmp_path):
    db = tmp_path / "corelog.db"
    Store.open(db).close()
    db.chmod(0o444)
    try:
        with pytest.raises(UnwritableError, match="read-only"):
            Store.open(db)
    finally:
        db.chmod(0o644)


def test_schema_revisions_match_the_migrations():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(Path("unused.db")))
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == database.SCHEMA_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_models_match_the_migrations(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    store = Store.open(tmp_path / "corelog.db")
    with store.orm.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []
    store.close()


# A revision after this CoreLog's newest, as a later CoreLog would ship it.
NEXT_REVISION = f"{int(HEAD_REVISION) + 1:04d}"

NEXT_MIGRATION = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("run") as batch_op:
        batch_op.add_column(sa.Column("cadence", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("run") as batch_op:
        batch_op.drop_column("cadence")
"""


def test_upgrade_backs_up_first_and_keeps_every_entry(tmp_path, monkeypatch):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    with store.write() as session:
        for i in range(5):
            session.add(
                Run(
                    started_at=datetime(2026, 1, 1 + i, tzinfo=UTC),
                    distance_m=5000 + i,
                    duration_s=1500,
                    notes=f"run {i}",
                )
            )
    store.close()

    # A later CoreLog with one more migration.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT_REVISION}_cadence.py").write_text(NEXT_MIGRATION)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(database, "SCHEMA_REVISIONS", (*database.SCHEMA_REVISIONS, NEXT_REVISION))
    monkeypatch.setattr(database, "HEAD_REVISION", NEXT_REVISION)
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT_REVISION)

    result = migrate.prepare_database(db)
    assert result.migrated_from == HEAD_REVISION
    assert result.backup is not None and result.backup.parent == database.backups_dir(db)

    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == NEXT_REVISION
    rows = conn.execute("SELECT distance_m, notes, cadence FROM run ORDER BY id").fetchall()
    assert rows == [(5000.0 + i, f"run {i}", None) for i in range(5)]
    conn.close()

    saved = sqlite3.connect(result.backup)
    assert saved.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert saved.execute("SELECT count(*) FROM run").fetchone()[0] == 5
    saved.close()


def test_a_first_release_database_is_upgraded_with_its_entries(tmp_path):
    """A database written at schema 0001 gets the record indexes; nothing is lost."""
    from corelog.services.demo import DEMO, generate_history

    db = tmp_path / "corelog.db"
    migrate.upgrade(db, "0001")
    store = Store(db)
    counts = generate_history(store, DEMO)
    store.close()
    before = sqlite3.connect(db)
    tables = ("run", "core_session", "core_set", "soreness_entry", "shoe", "exercise")
    expected = {t: before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    before.close()

    upgraded = Store.open(db)
    assert upgraded.opened.migrated_from == "0001"
    assert upgraded.opened.backup is not None and upgraded.opened.backup.exists()
    upgraded.close()
    after = sqlite3.connect(db)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    indexes = {r[0] for r in after.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_run_distance_m", "ix_run_race", "ix_core_set_exercise_hold"} <= indexes
    for table in tables:
        assert after.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == expected[table]
    assert len(expected["run"]) == counts.runs
    after.close()


FAILING_MIGRATION = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("run") as batch_op:
        batch_op.add_column(sa.Column("cadence", sa.Integer(), nullable=True))
    op.execute("UPDATE run SET cadence = 170")
    raise RuntimeError("disk full")


def downgrade():
    pass
"""


def test_a_failed_upgrade_changes_nothing_and_says_so(tmp_path, monkeypatch):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    with store.write() as session:
        session.add(
            Run(
                started_at=datetime(2026, 1, 1, tzinfo=UTC),
                distance_m=5000,
                duration_s=1500,
                notes="keep me",
            )
        )
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = sqlite3.connect(db).execute("SELECT * FROM run").fetchall()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT_REVISION}_broken.py").write_text(FAILING_MIGRATION)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(database, "SCHEMA_REVISIONS", (*database.SCHEMA_REVISIONS, NEXT_REVISION))
    monkeypatch.setattr(database, "HEAD_REVISION", NEXT_REVISION)
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT_REVISION)

    with pytest.raises(database.UpgradeError, match="Nothing in it was changed"):
        migrate.prepare_database(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert conn.execute("SELECT * FROM run").fetchall() == before
    columns = [r[1] for r in conn.execute("PRAGMA table_info(run)")]
    assert "cadence" not in columns
    conn.close()
    assert len(database.list_backups(db)) == 1
