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
import time
from pathlib import Path

from corelog import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

DB_FILENAME = "corelog.db"
EXIT_OK = 0
EXIT_RUNTIME_ERROR = 1
EXIT_USAGE_ERROR = 2
# Set by benchmarks/startup.py: print the moment the first page is on screen, then quit.
STARTUP_PROBE_ENV = "CORELOG_STARTUP_PROBE"


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


def error_line(message: str) -> None:
    print(f"corelog: {message}", file=sys.stderr)


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
    if args.demo:
        if args.db is not None or args.restore is not None or args.list_backups or (
            args.import_paths is not None
        ):
            parser.error("--demo uses its own temporary database; leave out the other options")
        return run_demo(args)
    if args.list_backups and args.restore is not None:
        parser.error("--list-backups only lists; run --restore on its own")
    importing = args.import_paths is not None
    if importing and (args.restore is not None or args.list_backups):
        parser.error("--import runs on its own (with --db); leave out --restore and --list-backups")
    if not importing and (args.import_walks or args.typed_runs != "skip"):
        parser.error("--import-walks and --typed-runs go with --import")
    db_path = resolve_db_path(args)
    if importing:
        from corelog.import_cli import run_import

        return run_import(db_path, args)

    from corelog.store.database import (
        CorruptDatabaseError,
        StoreError,
        inspect_database,
        list_backups,
        start_integrity_check,
    )

    if args.list_backups:
        for backup in list_backups(db_path):
            print(backup)
        return EXIT_OK

    # Refuse a bad path before anything else happens (no window, no lock, no change).
    refused = EXIT_USAGE_ERROR if args.db is not None else EXIT_RUNTIME_ERROR
    try:
        if args.restore is not None:
            if not args.restore.exists():
                error_line(f"{args.restore} does not exist; nothing was restored.")
                return refused
            inspect_database(args.restore)
    except StoreError as exc:
        error_line(str(exc))
        return refused
    try:
        state = inspect_database(db_path)
    except CorruptDatabaseError as exc:
        # A damaged database is no wrong path: a backup can still replace it, with
        # --restore, or (without --db) from the window's offer to restore the newest one.
        if args.db is not None and args.restore is None:
            error_line(str(exc))
            return EXIT_RUNTIME_ERROR
    except StoreError as exc:
        error_line(str(exc))
        return refused
    else:
        if state.has_data and args.restore is None:
            # SQLite reads the whole file for damage while Qt is imported below.
            start_integrity_check(db_path)

    from corelog.ui.application import run_gui

    return run_gui(db_path, args, explicit_db=args.db is not None)


def run_demo(args: argparse.Namespace) -> int:
    """Open a temporary database filled with generated history; delete it afterwards."""
    import tempfile

    from corelog.services.demo import generate_history
    from corelog.store.store import Store

    with tempfile.TemporaryDirectory(prefix="corelog-demo-") as folder:
        db_path = Path(folder) / "corelog-demo.db"
        store = Store.open(db_path)
        try:
            generate_history(store)
        finally:
            store.close()
        from corelog.ui.application import run_gui

        return run_gui(db_path, args, explicit_db=True)


def probe_requested() -> bool:
    return os.environ.get(STARTUP_PROBE_ENV) == "1"


def report_probe() -> None:
    """Print the start-up probe line (monotonic clock, shared with the benchmark)."""
    print(f"corelog-ready {time.monotonic():.6f}", flush=True)


__all__ = ["ORG_DOMAIN", "ORG_NAME", "main"]
