"""The SQLAlchemy engine and sessions CoreLog writes through.

Every connection gets CoreLog's settings (foreign keys on, durable commits, a busy
timeout) and the database runs in WAL mode. Every write is one transaction:
``with store.write() as session: ...`` commits everything or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from corelog.store.database import configure_connection, enable_wal


def create_db_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that a
        # write transaction starts with BEGIN IMMEDIATE and DDL is transactional too.
        dbapi_conn.isolation_level = None
        configure_connection(dbapi_conn)
        enable_wal(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        if conn.get_execution_options().get("corelog_wait", True):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        # A write that must not wait: take the lock now or fail at once.
        usual = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
        conn.exec_driver_sql("PRAGMA busy_timeout = 0")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(usual)}")

    return engine


class OrmStore:
    """Sessions on one database file."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.engine = create_db_engine(db_path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, *, wait: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``wait=False``: if another writer holds the database, fail at once ("database is
        locked", which ``Store.write`` turns into ``DatabaseBusy``) instead of waiting for
        it up to the busy timeout.
        """
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.connection(execution_options={"corelog_wait": wait})
            yield session

    def close(self) -> None:
        self.engine.dispose()
