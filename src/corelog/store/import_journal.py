"""The import journal: how an import that writes in many short transactions stays one
change for the user, which Cancel (or a crash) takes back whole.

Each short transaction of an import writes, beside its changes, one ``import_journal``
row per change: what the row (or tombstone, or alias) was before and the stamp the
import left on it. The import's last transaction adds a ``done`` row; after that the
journal rows are cleared.

A run's track (``run_track``, bytes, keyed by its recording) is journalled as an
``update`` of ``run_track``: the track as it was (base64), or none, and the ``updated_at``
of its recording as the import left it.

Taking an import back walks its journal backwards, in short transactions too, and puts
each row back as it was, but only where the row is still as the import left it: a save
the user made meanwhile (to an imported entry, or anything else) is never undone. When
a database is opened with journal rows in it, an import was cut short (CoreLog was
killed, the computer lost power): a finished one is cleared, an unfinished one taken
back.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from corelog.store.database import configure_connection
from corelog.store.tombstones import KIND_TABLES, SOFT_DELETED
from corelog.store.write_gate import WriteGate

_BATCH = 2000
_CLEAR_BATCH = 20_000


def open_write_connection(path: Path) -> sqlite3.Connection:
    """A plain connection for short write transactions (``BEGIN IMMEDIATE`` ... ``COMMIT``)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    configure_connection(conn)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, gate: WriteGate | None) -> Iterator[None]:
    """One short write transaction, behind any save waiting at ``gate``."""
    if gate is None:
        with _transaction(conn):
            yield
        return
    with gate.background(), _transaction(conn):
        yield


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Journal:
    """Journal rows of one import, written with the transaction that makes the changes."""

    def __init__(self, conn: sqlite3.Connection, import_uuid: str) -> None:
        self.conn = conn
        self.import_uuid = import_uuid
        self._rows: list[tuple[Any, ...]] = []

    def note(
        self,
        action: str,
        table: str | None = None,
        row_id: int | None = None,
        uuid: str | None = None,
        before: Any = None,
        after: str | None = None,
    ) -> None:
        encoded = None if before is None else json.dumps(before, ensure_ascii=False)
        self._rows.append((self.import_uuid, action, table, row_id, uuid, encoded, after))

    def flush(self) -> None:
        """Write the noted rows (inside the transaction of the changes they describe)."""
        if self._rows:
            self.conn.executemany(
                "INSERT INTO import_journal "
                "(import_uuid, action, table_name, row_id, uuid, before, after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                self._rows,
            )
        self._rows = []

    def discard(self) -> None:
        """Forget noted rows whose transaction was rolled back."""
        self._rows = []

    def finish(self, gate: WriteGate | None) -> None:
        """Mark the import done (the moment it counts as made), then clear its journal.

        The import's short transactions are not each flushed to disk (``durable=False``);
        this one is, with ``synchronous = FULL``, and with it everything written before it
        in the WAL. Until then a crash (or a power cut) leaves an unfinished import, which
        the next opening takes back.
        """
        self.conn.execute("PRAGMA synchronous = FULL")
        with transaction(self.conn, gate):
            self.note("done")
            self.flush()
        clear(self.conn, self.import_uuid, gate)

    def durable(self, on: bool) -> None:
        """Whether each transaction is flushed to disk before it counts as committed."""
        self.conn.execute(f"PRAGMA synchronous = {'FULL' if on else 'NORMAL'}")


def _batches(
    conn: sqlite3.Connection, gate: WriteGate | None, size: int, step: Callable[[], int]
) -> Iterator[int]:
    """Run ``step`` once per transaction until it handles fewer than ``size`` rows.

    Yields how many rows each committed transaction handled.
    """
    while True:
        with transaction(conn, gate):
            count = step()
        yield count
        if count < size:
            return


def clear(conn: sqlite3.Connection, import_uuid: str, gate: WriteGate | None = None) -> None:
    """Remove an import's journal rows, a batch per transaction."""

    def delete_batch() -> int:
        return conn.execute(
            "DELETE FROM import_journal WHERE id IN (SELECT id FROM import_journal "
            f"WHERE import_uuid = ? LIMIT {_CLEAR_BATCH})",
            (import_uuid,),
        ).rowcount

    for _ in _batches(conn, gate, _CLEAR_BATCH, delete_batch):
        pass


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _is_live(conn: sqlite3.Connection, table: str, uuid: str) -> bool:
    where = " AND deleted_at IS NULL" if table in SOFT_DELETED else ""
    return (
        conn.execute(f"SELECT 1 FROM {table} WHERE uuid = ?{where}", (uuid,)).fetchone() is not None
    )


def _undo(conn: sqlite3.Connection, row: sqlite3.Row, columns: dict[str, list[str]]) -> None:
    """Put back what one journal row describes, if it is still as the import left it.

    An IntegrityError means something saved meanwhile depends on the row as it is now
    (a set uses an imported exercise, a name is taken): the row then stays.
    """
    action, table, row_id, uuid = row["action"], row["table_name"], row["row_id"], row["uuid"]
    before = None if row["before"] is None else json.loads(row["before"])
    after = row["after"]
    if table == "run_track":
        _undo_track(conn, row_id, before, after)
    elif action in ("insert", "update", "delete"):
        with suppress(sqlite3.IntegrityError):
            _undo_row(conn, action, table, row_id, uuid, before, after, columns)
    elif action in ("bury", "unbury"):
        _undo_tombstone(conn, action, uuid, before, after)
    elif action == "alias":
        _undo_alias(conn, table, row_id, before)


def _undo_row(
    conn: sqlite3.Connection,
    action: str,
    table: str,
    row_id: int,
    uuid: str,
    before: Any,
    after: str,
    columns: dict[str, list[str]],
) -> None:
    """Take out a row the import added, or put back one it changed or deleted."""
    if action == "insert":
        conn.execute(
            f"DELETE FROM {table} WHERE id = ? AND uuid = ? AND updated_at = ?",
            (row_id, uuid, after),
        )
    elif action == "update":
        names = [n for n in columns.setdefault(table, _columns(conn, table)) if n != "id"]
        sets = ", ".join(f"{n} = ?" for n in names)
        conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = ? AND updated_at = ?",
            (*(before.get(n) for n in names), row_id, after),
        )
    else:
        names = [n for n in columns.setdefault(table, _columns(conn, table)) if n in before]
        marks = ", ".join("?" for _ in names)
        conn.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({marks})",
            [before[n] for n in names],
        )


def _undo_tombstone(
    conn: sqlite3.Connection, action: str, uuid: str, before: Any, after: str
) -> None:
    """Lift a tombstone the import laid (or give back its older date), or lay again one it
    lifted, unless the entry is live again meanwhile."""
    if action == "bury":
        current = conn.execute(
            "SELECT deleted_at FROM tombstone WHERE uuid = ?", (uuid,)
        ).fetchone()
        if current is not None and current[0] == after:
            if before is None:
                conn.execute("DELETE FROM tombstone WHERE uuid = ?", (uuid,))
            else:
                conn.execute(
                    "UPDATE tombstone SET deleted_at = ? WHERE uuid = ?",
                    (before["deleted_at"], uuid),
                )
        return
    kind = before["kind"]
    if not _is_live(conn, KIND_TABLES[kind], uuid):
        conn.execute(
            "INSERT OR IGNORE INTO tombstone (uuid, kind, deleted_at) VALUES (?, ?, ?)",
            (uuid, kind, before["deleted_at"]),
        )


def _undo_alias(conn: sqlite3.Connection, table: str, row_id: int, before: Any) -> None:
    """Drop an alias the import recorded, point the ones it moved back, and give a row it
    re-keyed its old uuid."""
    conn.execute("DELETE FROM uuid_alias WHERE uuid = ?", (before["alias"],))
    for other in before.get("repointed", ()):
        conn.execute("UPDATE uuid_alias SET same_as = ? WHERE uuid = ?", (before["from"], other))
    if before.get("rekeyed"):
        with suppress(sqlite3.IntegrityError):
            conn.execute(
                f"UPDATE {table} SET uuid = ? WHERE id = ? AND uuid = ?",
                (before["from"], row_id, before["to"]),
            )


def _undo_track(conn: sqlite3.Connection, recording_id: int, before: Any, after: str) -> None:
    """Put back a run's track an import replaced (``before``: base64; None: it had none),
    while its recording is as the import left it. A recording the import added takes its
    track with it when it goes (``ON DELETE CASCADE``)."""
    still = conn.execute(
        "SELECT 1 FROM run_recording WHERE id = ? AND updated_at = ?", (recording_id, after)
    ).fetchone()
    if still is None:
        return
    if before is None:
        conn.execute("DELETE FROM run_track WHERE recording_id = ?", (recording_id,))
    else:
        conn.execute(
            "UPDATE run_track SET data = ? WHERE recording_id = ?",
            (base64.b64decode(before), recording_id),
        )


def take_back(
    conn: sqlite3.Connection,
    import_uuid: str,
    gate: WriteGate | None = None,
    progress=None,
) -> None:
    """Undo everything the import ``import_uuid`` wrote (newest first), then clear its journal."""
    conn.row_factory = sqlite3.Row
    total = conn.execute(
        "SELECT count(*) FROM import_journal WHERE import_uuid = ?", (import_uuid,)
    ).fetchone()[0]
    done = 0
    columns: dict[str, list[str]] = {}

    def undo_batch() -> int:
        rows = conn.execute(
            f"SELECT * FROM import_journal WHERE import_uuid = ? ORDER BY id DESC LIMIT {_BATCH}",
            (import_uuid,),
        ).fetchall()
        for row in rows:
            _undo(conn, row, columns)
        conn.executemany("DELETE FROM import_journal WHERE id = ?", [(r["id"],) for r in rows])
        return len(rows)

    try:
        for count in _batches(conn, gate, _BATCH, undo_batch):
            done += count
            if progress is not None and total:
                progress(min(done, total), total)
    finally:
        conn.row_factory = None


def recover(path: Path) -> int:
    """Settle imports a crash cut short: clear finished ones, take back the others.

    Returns how many imports were taken back. Cheap when the journal is empty.
    """
    conn = open_write_connection(path)
    try:
        pending = conn.execute(
            "SELECT import_uuid, max(action = 'done') FROM import_journal GROUP BY import_uuid"
        ).fetchall()
        undone = 0
        for import_uuid, finished in pending:
            if finished:
                clear(conn, import_uuid)
            else:
                take_back(conn, import_uuid)
                undone += 1
        return undone
    finally:
        conn.close()


def pending_imports(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM import_journal)").fetchone()[0] == 1
