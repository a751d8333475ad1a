"""``corelog --import PATH [PATH ...]``: import activity files without opening a window.

Prints the same summary as the import dialog (one line per file that was skipped or
refused, with its reason) and exits 0 when every file was imported or skipped as not a
run (or was already in the log), 1 when any file could not be read (damaged, unsafe,
too big, or without times, which only the window can ask for), 2 when the database
cannot be opened. Walks and treadmill runs are skipped unless ``--import-walks``; a run
typed by hand for the same outing is kept and the file skipped, unless
``--typed-runs merge`` or ``keep``. A backup is taken first when the log holds data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE, EXIT_NO_DATABASE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--import",
        dest="import_paths",
        metavar="PATH",
        nargs="+",
        type=Path,
        help="import runs from FIT, GPX or TCX files, folders or export archives (.zip) "
        "into the database without opening the window, print what was done, then exit",
    )
    parser.add_argument(
        "--import-walks",
        action="store_true",
        help="with --import: import walks and treadmill runs as runs too",
    )
    parser.add_argument(
        "--typed-runs",
        choices=("skip", "merge", "keep"),
        default="skip",
        help="with --import: for a run you typed by hand at the same time, skip the file "
        "(the default), merge the file's measurements into it, or keep both",
    )


def _error(message: str) -> None:
    print(f"corelog: {message}", file=sys.stderr)


def run_import(db_path: Path, args: argparse.Namespace) -> int:
    from corelog.services import database
    from corelog.ui.single_instance import SingleInstance

    try:
        state = database.inspect(db_path)
    except database.StoreError as exc:
        _error(str(exc))
        return EXIT_NO_DATABASE
    guard = SingleInstance(db_path)
    if not guard.acquire():
        problem = guard.problem() or (
            "CoreLog is open on it; import from its window (File > Import Activities…) "
            "or close it first"
        )
        _error(f"cannot import into {db_path}: {problem}.")
        return EXIT_NO_DATABASE
    try:
        try:
            store = database.open_database(db_path)
        except database.StoreError as exc:
            _error(str(exc))
            return EXIT_NO_DATABASE
        try:
            if state.has_data:
                database.back_up_now(db_path, "before-activity-import")
            return _import(store, args)
        finally:
            store.close()
    finally:
        guard.release()


def _import(store, args: argparse.Namespace) -> int:
    from corelog.services.activity_import import ActivityImport, ImportOptions

    options = ImportOptions(include_walks=args.import_walks, typed=args.typed_runs)
    importer = ActivityImport(store, args.import_paths, options)
    report = importer.run()
    lines = report.details().splitlines()
    for line in lines[1:]:
        print(line)
    print(lines[0])
    unread = report.unreadable + len(report.no_times)
    return EXIT_UNREADABLE if unread else EXIT_OK
