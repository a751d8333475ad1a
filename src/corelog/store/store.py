"""The user's database, as the rest of CoreLog sees it.

``Store.open(path)`` checks and upgrades the file, then offers two ways in:

* ``store.reader``: a plain ``sqlite3`` connection for fast, read-only queries (start-up,
  lists, history), which does not import the ORM;
* ``store.write()`` / ``store.read()``: SQLModel sessions, created on first use, for
  changes. Every ``write()`` block is one transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corelog.domain import clock
from corelog.store.database import configure_connection
from corelog.store.migrate import OpenResult, prepare_database

if TYPE_CHECKING:
    from sqlmodel import Session

    from corelog.store.engine import OrmStore


def utc_now() -> datetime:
    """The current instant, aware, in UTC (what every timestamp column stores)."""
    return clock.utc_now()


def parse_timestamp(value: str | None) -> datetime | None:
    """A timestamp column read through ``store.reader`` as an aware UTC datetime."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def format_timestamp(value: datetime) -> str:
    """An aware datetime as stored in timestamp columns (UTC, for raw SQL comparisons)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Reader:
    """Read-only queries on a plain sqlite3 connection (shared by the GUI thread)."""

    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(db_path, check_same_thread=False)
        configure_connection(self._conn)
        self._conn.execute("PRAGMA query_only = ON")
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        with self._lock:
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
        self.busy_exercise_ids: set[int] = set()
        """Exercises that work not yet saved refers to (a plank-timer workout under way):
        they count as in use, so they cannot be deleted before that work is saved."""

    @classmethod
    def open(cls, db_path: Path) -> Store:
        """Check, back up if needed, and migrate the file; raises StoreError if refused."""
        db_path = Path(db_path)
        return cls(db_path, prepare_database(db_path))

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
        with self.orm.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.orm.write() as session:
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
        return kept

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._orm is not None:
            self._orm.close()
            self._orm = None
