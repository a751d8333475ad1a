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
import sys
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
    from corelog.import_cli import add_arguments

    add_arguments(parser)
    return parser


def resolve_db_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(os.path.expanduser(args.db))
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the desktop bundle, the helper processes that read activity files start here.
        import multiprocessing

        multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    refuse_mixed_options(parser, args)
    if args.demo:
        return run_demo(args)
    db_path = resolve_db_path(args)
    if args.import_paths is not None:
        from corelog.import_cli import run_import

        return run_import(db_path, args)

    from corelog.services import database

    if args.list_backups:
        for backup in database.list_backups(db_path):
            print(backup)
        return EXIT_OK
    refused = check_before_window(db_path, args)
    if refused is not None:
        return refused

    from corelog.ui.application import run_gui

    return run_gui(db_path, args, explicit_db=args.db is not None)


def refuse_mixed_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Stop with a usage error where options that do not go together were given."""
    importing = args.import_paths is not None
    if args.demo:
        if args.db is not None or args.restore is not None or args.list_backups or importing:
            parser.error("--demo uses its own temporary database; leave out the other options")
        return
    if args.list_backups and args.restore is not None:
        parser.error("--list-backups only lists; run --restore on its own")
    if importing and (args.restore is not None or args.list_backups):
        parser.error("--import runs on its own (with --db); leave out --restore and --list-backups")
    if not importing and (args.import_walks or args.typed_runs != "skip"):
        parser.error("--import-walks and --typed-runs go with --import")


def check_before_window(db_path: Path, args: argparse.Namespace) -> int | None:
    """The exit code that refuses a bad database or backup path, or None to go on.

    Runs before anything else happens (no window, no lock, no change).
    """
    from corelog.services import database

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
    return None


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
