"""Revision 0003 (tombstones, aliases, the import journal) upgrades a database written by
any earlier CoreLog: every row stays as it was, and entries already deleted get their
tombstones from their ``deleted_at``."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from corelog.services.demo import DEMO, generate_history
from corelog.store import migrate
from corelog.store.database import HEAD_REVISION, SCHEMA_REVISIONS
from corelog.store.store import Store

USER_TABLES = (
    "run",
    "shoe",
    "exercise",
    "core_session",
    "core_set",
    "timer_workout",
    "timer_preset",
    "soreness_entry",
    "soreness_update",
)
EARLIER = SCHEMA_REVISIONS[: SCHEMA_REVISIONS.index("0003")]


def dump(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in USER_TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", EARLIER)
def test_every_row_survives_and_deleted_entries_get_tombstones(tmp_path, revision):
    db = tmp_path / "corelog.db"
    migrate.upgrade(db, revision)
    store = Store(db)
    generate_history(store, DEMO, last_day=date(2026, 5, 31))
    store.close()
    conn = sqlite3.connect(db)
    with conn:
        # The user had deleted a few entries of each kind that is marked deleted.
        for table in ("run", "core_session", "soreness_entry", "shoe"):
            conn.execute(
                f"UPDATE {table} SET deleted_at = '2026-05-0{len(table) % 9 + 1} 10:00:00.000000' "
                f"WHERE id IN (SELECT id FROM {table} ORDER BY id LIMIT 2)"
            )
    conn.close()
    before = dump(db)

    upgraded = Store.open(db)
    assert upgraded.opened.migrated_from == revision
    assert upgraded.opened.backup is not None
    upgraded.close()

    assert dump(db) == before
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        got = set(conn.execute("SELECT uuid, kind, deleted_at FROM tombstone"))
        expected = set()
        for table in ("run", "core_session", "soreness_entry", "shoe"):
            expected |= {
                (uuid, table, at)
                for uuid, at in conn.execute(
                    f"SELECT uuid, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
                )
            }
        assert got == expected and len(expected) == 8
        assert conn.execute("SELECT count(*) FROM uuid_alias").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM import_journal").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
