"""Composition root: command line, the database, the single-instance guard, the window.

Start-up is kept lean on purpose (see docs/benchmarks.md): the command line is parsed
and the database path checked before Qt is imported, an up-to-date database is opened
without importing SQLAlchemy or Alembic, and only the first page is built before the
window is shown. The ORM, the other pages and the daily backup follow once the window
is on screen.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from corelog import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from corelog.console import (
    EXIT_OK,
    EXIT_RUNTIME_ERROR,
    EXIT_USAGE_ERROR,
    error_line,
)

DB_FILENAME = "corelog.db"


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True) / DB_FILENAME


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corelog",
        description=(
            "CoreLog: a private, offline training log for runners who train their core. "
            "Logs runs and core sessions, times planks, gives recovery guidance and "
            "reviews your history."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="open (or create) this database file instead of the one in your data folder",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="explore CoreLog with six months of made-up training in a temporary database "
        "(your own data and preferences are not touched)",
    )
    parser.add_argument(
        "--restore",
        metavar="BACKUP",
        type=Path,
        help="replace the database with this backup copy (the current file is kept as a "
        "backup too), then exit",
    )
    parser.add_argument(
        "--list-backups",
        action="store_true",
        help="list the backup copies of the database, newest first, then exit",
    )
    return parser


def resolve_db_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(os.path.expanduser(args.db))
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo:
        if args.db is not None or args.restore is not None or args.list_backups:
            parser.error("--demo uses its own temporary database; leave out the other options")
        return run_demo(args)
    if args.list_backups and args.restore is not None:
        parser.error("--list-backups only lists; run --restore on its own")
    db_path = resolve_db_path(args)

    from corelog.services import database

    if args.list_backups:
        for backup in database.list_backups(db_path):
            print(backup)
        return EXIT_OK

    # Refuse a bad path before anything else happens (no window, no lock, no change).
    refused = EXIT_USAGE_ERROR if args.db is not None else EXIT_RUNTIME_ERROR
    try:
        if args.restore is not None:
            if not args.restore.exists():
                error_line(f"{args.restore} does not exist; nothing was restored.")
                return refused
            database.inspect(args.restore)
    except database.StoreError as exc:
        error_line(str(exc))
        return refused
    try:
        state = database.inspect(db_path)
    except database.CorruptDatabaseError as exc:
        # A damaged database is no wrong path: a backup can still replace it, with
        # --restore, or (without --db) from the window's offer to restore the newest one.
        if args.db is not None and args.restore is None:
            error_line(str(exc))
            return EXIT_RUNTIME_ERROR
    except database.StoreError as exc:
        error_line(str(exc))
        return refused
    else:
        if state.has_data and args.restore is None:
            # SQLite reads the whole file for damage while Qt is imported below.
            database.start_quick_check(db_path)

    from corelog.ui.application import run_gui

    return run_gui(db_path, args, explicit_db=args.db is not None)


def run_demo(args: argparse.Namespace) -> int:
    """Open a temporary database filled with generated history; delete it afterwards."""
    import tempfile

    from corelog.services.database import open_database
    from corelog.services.demo import generate_history

    with tempfile.TemporaryDirectory(prefix="corelog-demo-") as folder:
        db_path = Path(folder) / "corelog-demo.db"
        demo = open_database(db_path)
        try:
            generate_history(demo)
        finally:
            demo.close()
        from corelog.ui.application import run_gui

        return run_gui(db_path, args, explicit_db=True)


__all__ = ["EXIT_OK", "EXIT_RUNTIME_ERROR", "EXIT_USAGE_ERROR", "ORG_DOMAIN", "ORG_NAME", "main"]
