"""What can go wrong with the database, as the store's own error types.

Two families, each with ``str()`` a sentence for the user (or SQLite's own words):

* :class:`StoreError`: a database file CoreLog will not open (not a database, another
  program's, written by a newer CoreLog, read-only, damaged, an upgrade that failed).
  Raised by ``Store.open`` and the checks before it; nothing was changed.
* :class:`DatabaseFailure`: reading or writing an open database failed (busy, disk full,
  read-only, or anything else SQLite reports). Raised by ``store.reader`` and by the
  ``store.write()`` / ``store.read()`` blocks in place of the driver's exceptions, so
  that nothing above the store needs to know SQLite or SQLAlchemy. A write that fails is
  rolled back whole.

Constraint violations (``sqlite3.IntegrityError``) are not translated: the store's own
functions catch them and raise what they mean (an exercise still in use, say).
"""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A database CoreLog cannot open; ``str()`` is one clear sentence for the user."""


class NotADatabaseError(StoreError):
    pass


class ForeignDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class UnwritableError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class UpgradeError(StoreError):
    pass


class BackupFailed(Exception):
    """A backup copy could not be written (the disk is full or failing, the folder cannot
    be made); nothing was left half-written, and the log itself is as it was."""


class DatabaseFailure(Exception):
    """Reading or writing the open database failed; ``str()`` is SQLite's own message."""


class DatabaseBusy(DatabaseFailure):
    """Another connection holds the database (an import, or another program)."""


class DiskFull(DatabaseFailure):
    """The disk holding the database is full."""


class DiskFailed(DatabaseFailure):
    """The disk refused a write (SQLite's "disk I/O error": failing, disconnected, or out of
    room in a way it does not call full)."""


class DatabaseReadOnly(DatabaseFailure):
    """The database file or its folder has become read-only."""


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind ``exc`` (SQLAlchemy wraps it in ``.orig``), if any."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def database_failure(exc: BaseException) -> DatabaseFailure | None:
    """``exc`` as the store's :class:`DatabaseFailure`, or None if it is no database error.

    Recognises the store's own failures and the driver's errors (SQLite's, bare or
    wrapped by SQLAlchemy), sorted by what SQLite says.
    """
    if isinstance(exc, DatabaseFailure):
        return exc
    error = _sqlite_error(exc)
    if error is None:
        return None
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        kind: type[DatabaseFailure] = DatabaseBusy
    elif "full" in message:
        kind = DiskFull
    elif "readonly" in message or "read-only" in message:
        kind = DatabaseReadOnly
    elif "i/o" in message:
        kind = DiskFailed
    else:
        kind = DatabaseFailure
    failure = kind(str(error))
    failure.__cause__ = error
    return failure


def translated(exc: BaseException) -> DatabaseFailure | None:
    """What the store raises in place of ``exc`` (None: let ``exc`` through unchanged)."""
    if isinstance(_sqlite_error(exc), sqlite3.IntegrityError):
        return None
    return database_failure(exc)
