"""The database's life: opening it, its backups, putting one back, moving the log in and out.

What the command line (``corelog.app``) and the UI call; the store does the work.

* Opening: :func:`inspect` reads what a file holds without changing it (and refuses a
  foreign, damaged or newer database); :func:`start_quick_check` starts SQLite's quick
  check on a thread while Qt loads; :func:`open_database` checks, backs up before an
  upgrade, migrates and opens. Refusals are :class:`StoreError` (a damaged file is its
  :class:`CorruptDatabaseError`), each a sentence for the user.
* Backups: :func:`daily_backup` (once a day, the last fourteen kept), :func:`back_up_now`,
  :func:`list_backups`, :func:`backups_folder`; the copy before an upgrade is taken by
  :func:`open_database` itself.
* Restoring: :func:`restore_file` before the database is open (the command line, the
  offer to restore a damaged file), :func:`restore` on the open database.
* Export and import: :func:`export_json`, :func:`export_runs_csv`, :func:`import_json`
  (the work is ``services.exchange``'s; the import backs the database up first).
* Failures while reading or writing: :func:`database_failure` names them
  (:class:`DatabaseBusy`, :class:`DiskFull`, :class:`DiskFailed`,
  :class:`DatabaseReadOnly`, or the plain :class:`DatabaseFailure`).

The UI holds the open database as a :data:`Database` and hands it to the services; it
reads nothing from it but its :attr:`~Database.path`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corelog.services.exchange_errors import ImportCancelled, ImportRefused
from corelog.store import backups as store_backups
from corelog.store import database as store_database
from corelog.store.database import RESTORE_HINT, DatabaseState, restore_hint
from corelog.store.errors import (
    CorruptDatabaseError,
    DatabaseBusy,
    DatabaseFailure,
    DatabaseReadOnly,
    DiskFailed,
    DiskFull,
    StoreError,
    database_failure,
)
from corelog.store.store import Store

if TYPE_CHECKING:
    from corelog.services.exchange import export_json, export_runs_csv, import_json

__all__ = [
    "RESTORE_HINT",
    "CorruptDatabaseError",
    "Database",
    "DatabaseBusy",
    "DatabaseFailure",
    "DatabaseReadOnly",
    "DatabaseState",
    "DiskFailed",
    "DiskFull",
    "ImportCancelled",
    "ImportRefused",
    "StoreError",
    "back_up_now",
    "backups_folder",
    "daily_backup",
    "database_failure",
    "export_json",
    "export_runs_csv",
    "import_json",
    "imports_taken_back",
    "inspect",
    "list_backups",
    "open_database",
    "restore",
    "restore_file",
    "restore_hint",
    "start_quick_check",
    "warm_up",
]

Database = Store
"""An open CoreLog database: what the services are handed to work on."""

Progress = Callable[[int, int], None]

# ------------------------------------------------------------------------------ opening


def inspect(path: Path) -> DatabaseState:
    """What ``path`` holds, changing nothing; raises StoreError for a file CoreLog refuses."""
    return store_database.inspect_database(path)


def start_quick_check(path: Path) -> None:
    """Begin SQLite's quick check of ``path`` on a thread; :func:`open_database` waits for it."""
    store_database.start_integrity_check(path)


def open_database(path: Path) -> Database:
    """Check, back up before an upgrade, migrate and open; raises StoreError if refused."""
    return Store.open(path)


def warm_up(database: Database) -> None:
    """Import the ORM and open its engine ahead of the first write (after the first paint)."""
    database.warm_up()


# ------------------------------------------------------------------------------ backups


def backups_folder(path: Path) -> Path:
    """Where the backups of the database at ``path`` live: a folder beside it."""
    return store_database.backups_dir(path)


def list_backups(path: Path) -> list[Path]:
    """The backups of the database at ``path``, newest first."""
    return store_database.list_backups(path)


def daily_backup(path: Path) -> Path | None:
    """Today's backup unless there is one (the oldest beyond fourteen go); the new copy."""
    return store_backups.daily_backup_if_due(path)


def back_up_now(path: Path, reason: str = "manual") -> Path:
    """A consistent copy of the database, taken now, named with ``reason``; returns it."""
    return store_database.backup_database(path, reason)


# ---------------------------------------------------------------------------- restoring


def restore_file(backup: Path, path: Path) -> Path | None:
    """Put ``backup`` in place of the (closed) database at ``path``; the file replaced is
    kept in the backups folder, and returned (None when there was none)."""
    return store_database.restore_backup(backup, path)


def restore(database: Database, backup: Path) -> Path | None:
    """Put ``backup`` in place of the open database (it reopens on next use); returns where
    the file replaced was kept."""
    return database.restore(backup)


# ------------------------------------------------------------------- export and import


EXCHANGE = ("export_json", "export_runs_csv", "import_json")
"""The export and import, passed through from ``services.exchange`` (see its functions),
which is loaded only when one is first called for."""


def __getattr__(name: str) -> Any:
    if name in EXCHANGE:
        from corelog.services import exchange

        return getattr(exchange, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def imports_taken_back(database: Database) -> int:
    """How many imports a crash cut short were taken back when the database was opened."""
    return database.imports_taken_back
