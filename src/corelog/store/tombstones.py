"""Tombstones: which entries the user deleted, and when, kept after the rows are gone.

Every way an entry leaves the log writes its tombstone in the same transaction: a run,
core session, soreness entry or pair of shoes marked ``deleted_at``; a core set, timer
workout, soreness follow-up, timer preset or exercise of the user's removed outright.
Bringing an entry back (Undo, Redo, or a newer copy from an import) removes it again.
An export carries the tombstones, so another computer deletes its copy of the entry
unless it was changed there after the deletion (see ``store.exchange_merge``).

The functions take the write transaction they belong to: an ORM session (the store's
write functions) or a plain ``sqlite3`` connection (the import).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from corelog.store.timestamps import format_timestamp

# Kinds of entries, as tombstones, aliases and export files name them, and their tables.
KIND_TABLES: dict[str, str] = {
    "run": "run",
    "core_session": "core_session",
    "core_set": "core_set",
    "timer_workout": "timer_workout",
    "soreness_entry": "soreness_entry",
    "follow_up": "soreness_update",
    "shoe": "shoe",
    "timer_preset": "timer_preset",
    "exercise": "exercise",
}
TABLE_KINDS = {table: kind for kind, table in KIND_TABLES.items()}
SOFT_DELETED = frozenset({"run", "core_session", "soreness_entry", "shoe", "run_recording"})
"""Tables whose rows are marked ``deleted_at`` (Undo brings the same row back). A run's
recording is set aside so when the merge that brought it is undone; it has no tombstone."""


def execute(target: Any, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """Run ``sql`` in the transaction of ``target`` (an ORM session or sqlite3 connection)."""
    if isinstance(target, sqlite3.Connection):
        return target.execute(sql, tuple(params)).fetchall()
    result = target.connection().exec_driver_sql(sql, tuple(params))
    return list(result.fetchall()) if result.returns_rows else []


def execute_many(target: Any, sql: str, rows: list[Sequence[Any]]) -> None:
    if not rows:
        return
    if isinstance(target, sqlite3.Connection):
        target.executemany(sql, rows)
    else:
        target.connection().exec_driver_sql(sql, [tuple(r) for r in rows])


def bury(target: Any, kind: str, uuids: Iterable[str], at: datetime) -> None:
    """Record that the entries ``uuids`` (all of ``kind``) were deleted at ``at``."""
    if kind not in KIND_TABLES:
        raise ValueError(f"not a kind of entry: {kind}")
    stamp = format_timestamp(at)
    execute_many(
        target,
        "INSERT INTO tombstone (uuid, kind, deleted_at) VALUES (?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, deleted_at = excluded.deleted_at",
        [(uuid, kind, stamp) for uuid in uuids],
    )


def unbury(target: Any, uuids: Iterable[str]) -> None:
    """The entries ``uuids`` are back: forget that they were deleted."""
    execute_many(target, "DELETE FROM tombstone WHERE uuid = ?", [(uuid,) for uuid in uuids])


def mark_deleted(session: Any, rows: Sequence[Any], kind: str, deleted: bool, at: datetime) -> None:
    """Delete entries that keep their rows (``SOFT_DELETED``): ``deleted_at`` set and a
    tombstone each; or bring them back (``deleted_at`` cleared, tombstones gone). Either
    way ``updated_at`` moves to ``at``, so an export or a merge sees the change."""
    for row in rows:
        row.deleted_at = at if deleted else None
        row.updated_at = at
    if deleted:
        bury(session, kind, [row.uuid for row in rows], at)
    else:
        unbury(session, [row.uuid for row in rows])
