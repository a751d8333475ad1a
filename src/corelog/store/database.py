"""Opening the user's database file safely, with nothing heavier than ``sqlite3``.

This module decides whether a path may be opened at all (it is not a folder, it is
writable, it is an SQLite file or nothing yet, it is CoreLog's and not newer than this
CoreLog) without ever changing a file it refuses. It also takes consistent backup copies
with the SQLite backup API and gives the rest of the store its connection settings.

It deliberately avoids SQLAlchemy: start-up reads the first page through it before the
ORM is imported.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from corelog.domain import clock
from corelog.domain.i18n import Exchange
from corelog.store.errors import (
    BackupFailed,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
    UnwritableError,
)
from corelog.store.errors import UpgradeError as UpgradeError

SQLITE_HEADER = b"SQLite format 3\x00"

# The newest schema revision this CoreLog knows, and every revision it can upgrade from.
# Kept equal to the Alembic migrations in corelog/store/migrations (a test checks), so
# opening an up-to-date database never has to import Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD_REVISION = SCHEMA_REVISIONS[-1]

BUSY_TIMEOUT_MS = 5_000
# Ends the message for a damaged database on the command line.
RESTORE_HINT = "; restore a backup with --restore."


def restore_hint() -> str:
    """:data:`RESTORE_HINT` in the user's language."""
    return Exchange.tr("; restore a backup with --restore.")


@dataclass(frozen=True)
class DatabaseState:
    """What is in a database file before CoreLog touches it."""

    exists: bool
    revision: str | None  # None: no CoreLog schema yet (new or empty file)

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def has_data(self) -> bool:
        return self.revision is not None


def configure_connection(conn: sqlite3.Connection) -> None:
    """The settings every CoreLog connection uses (ORM connections included)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Every commit is something the user typed: make it durable before saying it is saved.
    conn.execute("PRAGMA synchronous = FULL")


def enable_wal(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"Could not switch the database to WAL mode (it stays in {mode} mode).")


def check_path(path: Path) -> None:
    """Refuse a path CoreLog must not open, without changing anything on disk."""
    if path.is_symlink() and not path.exists():
        _refuse_dangling_link(path)
    if path.is_dir():
        raise NotADatabaseError(
            Exchange.tr("{path} is a folder, not a database file.").format(path=path)
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not path.exists():
        _check_can_create(path, parent)
        return
    if not path.is_file():
        raise NotADatabaseError(Exchange.tr("{path} is not a regular file.").format(path=path))
    if not os.access(path, os.R_OK):
        raise UnwritableError(
            Exchange.tr("Cannot read {path}: permission denied.").format(path=path)
        )
    if not os.access(path, os.W_OK) or not os.access(parent, os.W_OK | os.X_OK):
        raise UnwritableError(
            Exchange.tr(
                "{path} is read-only (CoreLog needs to write the file and its folder)."
            ).format(path=path)
        )
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            Exchange.tr("{path} is not an SQLite database; CoreLog left it untouched.").format(
                path=path
            )
        )


def _refuse_dangling_link(path: Path) -> NoReturn:
    """Refuse a link whose target does not exist, saying why it cannot be reached.

    SQLite would follow the link and create the file wherever it points (or fail there); a
    database appearing somewhere unexpected is worse than a clear refusal.
    """
    target = os.readlink(path)
    try:
        os.stat(path)
        where = Exchange.tr("which cannot be reached")
    except FileNotFoundError:
        where = Exchange.tr("which does not exist")
    except OSError:
        where = Exchange.tr("which leads round in a circle of links")
    raise NotADatabaseError(
        Exchange.tr(
            "{path} is a link to {target}, {where}; CoreLog created nothing. To start a "
            "new database there, create an empty file at the link's target first."
        ).format(path=path, target=target, where=where)
    )


def _check_can_create(path: Path, parent: Path) -> None:
    """Refuse a new database file whose folder is missing or not writable."""
    if not parent.is_dir():
        raise UnwritableError(
            Exchange.tr("Cannot create {path}: the folder {folder} does not exist.").format(
                path=path, folder=parent
            )
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UnwritableError(
            Exchange.tr("Cannot create {path}: the folder {folder} is not writable.").format(
                path=path, folder=parent
            )
        )


def _read_only_connection(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _inspecting_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing behind.

    A plain read-only connection to a WAL database creates ``-wal`` and ``-shm`` files
    beside it and cannot remove them, so a refused file would not be left as it was.
    When no other connection is using the file (no ``-wal`` or ``-journal`` beside it)
    everything is in the main file, and SQLite may read it as immutable: no side files,
    no locks. Otherwise the side files already exist and must be read, so the ordinary
    read-only connection is used. A file SQLite cannot open raises CorruptDatabaseError.
    """
    resolved = path.resolve()
    in_use = any(Path(f"{resolved}{suffix}").exists() for suffix in ("-wal", "-journal"))
    try:
        if in_use:
            return _read_only_connection(path)
        return sqlite3.connect(resolved.as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(
            Exchange.tr("{path} cannot be opened: {problem}.").format(path=path, problem=exc)
        ) from exc


def inspect_database(path: Path) -> DatabaseState:
    """Read what schema a file holds; refuse foreign, corrupt or newer databases."""
    check_path(path)
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseState(exists=path.exists(), revision=None)
    conn = _inspecting_connection(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return DatabaseState(exists=True, revision=None)
        if "alembic_version" not in tables:
            raise ForeignDatabaseError(
                Exchange.tr(
                    "{path} is an SQLite database of another program, not CoreLog's; "
                    "CoreLog left it untouched."
                ).format(path=path)
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            Exchange.tr("{path} is damaged ({problem})").format(path=path, problem=exc)
            + restore_hint()
        ) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise NewerSchemaError(
            Exchange.tr(
                "{path} was written by a newer CoreLog (schema {revision}); "
                "update CoreLog to open it. The file was left untouched."
            ).format(path=path, revision=revision)
        )
    return DatabaseState(exists=True, revision=revision)


def _quick_check(path: Path) -> None:
    """Raise CorruptDatabaseError when SQLite's quick check finds damage."""
    conn = _inspecting_connection(path)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        conn.close()
    if result != "ok":
        # SQLite's report can span lines ("*** in database main ***\nPage 47: ..."):
        # the user gets one line.
        detail = " ".join(str(result).replace("*** in database main ***", "").split())
        raise CorruptDatabaseError(
            Exchange.tr("{path} is damaged ({problem})").format(path=path, problem=detail)
            + restore_hint()
        )


# Quick checks started early (see start_integrity_check), by resolved path.
_early_checks: dict[Path, tuple[threading.Thread, list[BaseException]]] = {}


def start_integrity_check(path: Path) -> None:
    """Begin the quick check of ``path`` on a thread, so that it runs while Qt loads.

    The next ``check_integrity(path)`` waits for it and reports what it found. Only for a
    file nothing will replace in between (not before a restore).
    """
    problems: list[BaseException] = []

    def run() -> None:
        try:
            _quick_check(path)
        except BaseException as exc:  # handed to check_integrity, in the main thread
            problems.append(exc)

    thread = threading.Thread(target=run, name="corelog-quick-check", daemon=True)
    thread.start()
    _early_checks[Path(path).resolve()] = (thread, problems)


def check_integrity(path: Path) -> None:
    """Raise CorruptDatabaseError when SQLite's quick check finds damage.

    The quick check reads every page once (about 20 ms for ten years of training, see
    docs/benchmarks.md), so damage anywhere in the file is found before a page reads it.
    Started early by ``start_integrity_check``, it costs start-up next to nothing: SQLite
    reads the file while Python imports Qt.
    """
    early = _early_checks.pop(Path(path).resolve(), None)
    if early is None:
        _quick_check(path)
        return
    thread, problems = early
    thread.join()
    if problems:
        raise problems[0]


def backups_dir(db_path: Path) -> Path:
    """Where backups of a database live: a folder beside it."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_database(db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the database consistently (SQLite backup API, WAL included) and return the copy.

    Never a plain file copy: with a ``-wal`` file beside the database, that copy can miss
    committed data or be corrupt.
    """
    stamp = (now or clock.utc_now()).strftime("%Y%m%d-%H%M%S")
    target_dir = backups_dir(db_path)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(
            Exchange.tr(
                "The backup folder {folder} could not be made ({reason}). "
                "Your log itself is unchanged."
            ).format(folder=target_dir, reason=_why(exc))
        ) from exc
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / f"{db_path.stem}-{stamp}-{reason}-{counter}.db"
    partial = target.with_name(target.name + ".partial")
    try:
        source = _read_only_connection(db_path)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal")):
            leftover.unlink(missing_ok=True)
        raise BackupFailed(
            Exchange.tr(
                "The backup copy could not be written to {folder} ({reason}). "
                "Your log itself is unchanged."
            ).format(folder=target_dir, reason=_why(exc))
        ) from exc
    return target


def _why(exc: BaseException) -> str:
    """What the system said about a failed write, in words."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if "full" in text:
        return Exchange.tr("the disk is full")
    if "i/o" in text:
        return Exchange.tr("the disk refused the write: it may be full, failing or disconnected")
    return str(exc)


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{db_path.stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the database with a backup; the replaced file is itself kept as a backup.

    Returns where the replaced database was kept (None when there was none). The caller
    must hold the database lock: no other CoreLog may have the file open.
    """
    state = inspect_database(backup)
    if state.revision is None:
        raise NotADatabaseError(Exchange.tr("{path} holds no CoreLog data.").format(path=backup))
    check_integrity(backup)
    kept: Path | None = None
    if db_path.exists():
        stamp = clock.utc_now().strftime("%Y%m%d-%H%M%S")
        folder = backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / f"{db_path.stem}-{stamp}-replaced-by-restore{db_path.suffix or '.db'}"
        # The replaced file may be damaged, so it is moved aside as it is, with its WAL.
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(db_path) + suffix)
            if part.exists():
                part.replace(Path(str(kept) + suffix))
    partial = db_path.with_name(db_path.name + ".restoring")
    source = _read_only_connection(backup)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(db_path)
    return kept
