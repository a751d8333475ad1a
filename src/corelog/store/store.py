"""The user's database, as the rest of CoreLog sees it.

``Store.open(path)`` checks and upgrades the file, then offers two ways in:

* ``store.reader``: a plain ``sqlite3`` connection for fast, read-only queries (start-up,
  lists, history), which does not import the ORM;
* ``store.write()`` / ``store.read()``: SQLModel sessions, created on first use, for
  changes. Every ``write()`` block is one transaction.

Either way, a failure of the database itself (busy, disk full, read-only, ...) comes out
as the store's own :class:`~corelog.store.errors.DatabaseFailure`, never as the
driver's exception.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corelog.store.database import configure_connection
from corelog.store.errors import translated
from corelog.store.migrate import OpenResult, prepare_database
from corelog.store.write_gate import WriteGate

if TYPE_CHECKING:
    from sqlmodel import Session

    from corelog.store.engine import OrmStore


@contextmanager
def _failures_translated() -> Iterator[None]:
    """Raise the store's DatabaseFailure in place of the driver's errors (see store.errors)."""
    try:
        yield
    except Exception as exc:
        failure = translated(exc)
        if failure is None:
            raise
        raise failure from exc


class Reader:
    """Read-only queries on a plain sqlite3 connection (shared by the GUI thread)."""

    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(db_path, check_same_thread=False)
        configure_connection(self._conn)
        self._conn.execute("PRAGMA query_only = ON")
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._lock, _failures_translated():
            return self._conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        with self._lock, _failures_translated():
            return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        self._conn.close()


class Store:
    """One open CoreLog database."""

    def __init__(self, db_path: Path, opened: OpenResult | None = None) -> None:
        self.path = db_path
        self.opened = opened
        self._reader: Reader | None = None
        self._orm: OrmStore | None = None
        self._orm_lock = threading.Lock()
        self.gate = WriteGate()
        self.imports_taken_back = 0
        """Imports cut short by a crash and taken back when this file was opened."""
        self.busy_exercise_ids: set[int] = set()
        """Exercises that work not yet saved refers to (a plank-timer workout under way):
        they count as in use, so they cannot be deleted before that work is saved."""

    @classmethod
    def open(cls, db_path: Path) -> Store:
        """Check, back up if needed, and migrate the file; raises StoreError if refused.

        An import that a crash cut short is settled here, before anything reads the log:
        taken back if it had not finished (``imports_taken_back`` counts them).
        """
        db_path = Path(db_path)
        store = cls(db_path, prepare_database(db_path))
        store.imports_taken_back = store._settle_imports()
        return store

    def _settle_imports(self) -> int:
        if not self.reader.scalar("SELECT EXISTS (SELECT 1 FROM import_journal)"):
            return 0
        from corelog.store.import_journal import recover

        return recover(self.path)

    @property
    def reader(self) -> Reader:
        if self._reader is None:
            self._reader = Reader(self.path)
        return self._reader

    @property
    def orm(self) -> OrmStore:
        with self._orm_lock:
            if self._orm is None:
                from corelog.store.engine import OrmStore

                self._orm = OrmStore(self.path)
            return self._orm

    def warm_up(self) -> None:
        """Import the ORM and open its engine ahead of the first write."""
        _ = self.orm

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _failures_translated(), self.orm.read() as session:
            yield session

    @contextmanager
    def write(self, *, wait: bool = True) -> Iterator[Session]:
        """One write transaction. ``wait=False``: raise ``store.errors.DatabaseBusy`` at
        once if another program holds the database, instead of waiting for it."""
        with (
            self.gate.foreground(),
            _failures_translated(),
            self.orm.write(wait=wait) as session,
        ):
            yield session

    def restore(self, backup: Path) -> Path | None:
        """Replace this database with ``backup`` (the replaced file is kept as a backup).

        Connections are closed first and reopen on next use. Returns where the
        replaced file was kept.
        """
        from corelog.store.database import restore_backup

        self.close()
        kept = restore_backup(Path(backup), self.path)
        self.opened = prepare_database(self.path)
        self.imports_taken_back = self._settle_imports()
        return kept

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._orm is not None:
            self._orm.close()
            self._orm = None
