"""Export and import: the whole log to a CoreLog JSON file and back, and runs to CSV.

An export file is one JSON document (format described in docs/schema.md, "Export
files"): ``{"format": "corelog-export", "version": 2, ...}`` with everything the user
made (entries, the library, timer presets, the training preferences the UI hands over)
and the tombstones of what they deleted, every stored field, in stored units. It is
written atomically: to a temporary file beside the target, then moved over it, so a
failed export never leaves a half-written file under the chosen name.

Importing reads such a file (version 1 or 2), checks every entry with the same rules as
the forms (``services.exchange_check``), without touching the database; only when the
whole file passes does it take a backup and merge the file
(``store.exchange.merge_log``): in short transactions that let the user's saves through,
as one change that Cancel takes back whole. A file that fails any check raises
:class:`ImportRefused` naming the entry and field, and nothing is imported.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from corelog import __version__
from corelog.domain import clock
from corelog.domain.formatting import format_duration, format_run_pace
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.units import from_metres
from corelog.services.exchange_check import (
    FORMAT,
    VERSION,
    ImportRefused,
    check_preferences,
    check_version,
    parse_document,
)
from corelog.services.preferences import (
    PreferenceValue,
    describe_preferences,
    newer_preferences,
)
from corelog.store import exchange as store_exchange
from corelog.store.database import HEAD_REVISION, backup_database
from corelog.store.exchange import LogData, MergeCounts, Progress, to_iso
from corelog.store.store import Store

BACKUP_REASON = "before-import"

__all__ = [
    "FORMAT",
    "VERSION",
    "ExportFailed",
    "ExportResult",
    "ImportCancelled",
    "ImportRefused",
    "ImportResult",
    "export_json",
    "export_runs_csv",
    "import_json",
    "import_summary",
    "parse_document",
    "read_export",
]


class ExportFailed(OSError):
    """The file could not be written; ``str()`` says why. No file was left half-written."""


class ImportCancelled(Exception):
    """The user cancelled an import; everything it had written was taken back."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int


@dataclass(frozen=True)
class ImportResult:
    counts: MergeCounts
    backup: Path | None
    preferences: dict[str, PreferenceValue] = field(default_factory=dict)
    """Training preferences from the file that are newer than this computer's: the UI
    applies them (``ui.settings``) and tells the user (:attr:`preferences_summary`)."""
    preferences_summary: str = ""

    @property
    def summary(self) -> str:
        return import_summary(self.counts)

    @property
    def changed_kinds(self) -> set[str]:
        """Kinds of entries (``store.exchange.ENTRY_KINDS``) that were added, updated or
        deleted."""
        return self.counts.changed_kinds


# ------------------------------------------------------------------------------ export


def _atomic_write(
    path: Path, write: Callable[[Any], None], *, encoding: str, newline: str | None = None
) -> None:
    """Write through ``write(handle)`` to a temporary file beside ``path``, then replace it."""
    folder = path.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".partial")
    except OSError as exc:
        raise ExportFailed(f"Cannot write to the folder {folder}: {exc.strerror or exc}.") from exc
    partial = Path(name)
    try:
        with open(fd, "w", encoding=encoding, newline=newline) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportFailed(f"Could not write {path.name}: {exc.strerror or exc}.") from exc
        raise


def _preference_document(preferences: Mapping[str, PreferenceValue] | None) -> dict:
    return {
        key: {"value": pref.value, "changed_at": to_iso(pref.changed_at)}
        for key, pref in sorted((preferences or {}).items())
    }


def export_document(
    store: Store,
    progress: Progress | None = None,
    preferences: Mapping[str, PreferenceValue] | None = None,
) -> dict[str, Any]:
    """The whole log as the JSON document an export file holds.

    ``preferences``: the training preferences (``services.preferences``) to carry, as
    the UI reads them from its settings, each with the moment it was last set.
    """
    log = store_exchange.read_log(store, progress)
    builtins = [
        {
            "uuid": b["uuid"],
            "key": b["key"],
            "name": b["name"],
            "measure": b["measure"],
            "sided": b["sided"],
            "hidden": b["hidden"],
            # Only a change the user made travels (a row as CoreLog made it has none).
            "changed_at": b["updated_at"] if b["updated_at"] != b["created_at"] else None,
        }
        for b in log.builtin_exercises
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(clock.utc_now()),
        "app_version": __version__,
        "schema_revision": HEAD_REVISION,
        "preferences": _preference_document(preferences),
        "shoes": log.shoes,
        "exercises": log.exercises,
        "builtin_exercises": builtins,
        "timer_presets": log.timer_presets,
        "runs": log.runs,
        "core_sessions": log.core_sessions,
        "soreness_entries": log.soreness_entries,
        "deletions": log.deletions,
        "aliases": log.aliases,
    }


def export_json(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    preferences: Mapping[str, PreferenceValue] | None = None,
) -> ExportResult:
    """Write the whole log to ``path`` as a CoreLog export file (atomically)."""
    document = export_document(store, progress, preferences)

    def write(handle) -> None:
        # One entry a line: readable, diffable, and fast (the C encoder does each line).
        handle.write("{\n")
        fields = list(document.items())
        for index, (key, value) in enumerate(fields):
            handle.write(f" {json.dumps(key)}: ")
            if isinstance(value, list) and value:
                handle.write("[\n  ")
                handle.write(",\n  ".join(json.dumps(item, ensure_ascii=False) for item in value))
                handle.write("\n ]")
            else:
                json.dump(value, handle, ensure_ascii=False)
            handle.write(",\n" if index < len(fields) - 1 else "\n")
        handle.write("}\n")

    _atomic_write(Path(path), write, encoding="utf-8")
    entries = sum(len(document[k]) for k in ("runs", "core_sessions", "soreness_entries"))
    return ExportResult(Path(path), entries)


CSV_HEADER = (
    "date",
    "start time",
    "UTC offset",
    "distance (km)",
    "distance (mi)",
    "duration",
    "pace (/km)",
    "pace (/mi)",
    "type",
    "race",
    "effort",
    "surface",
    "elevation gain (m)",
    "shoe",
    "notes",
)


def _offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _number(value: float | None, decimals: int) -> str:
    if value is None:
        return ""
    return f"{value:.{decimals}f}"


# A cell that begins with one of these is read as a formula by spreadsheets ("-3 °C, icy"
# shows as #NAME?, and "=..." could run): such user text gets a leading apostrophe, which
# spreadsheets hide and show the text as typed. The JSON export keeps text exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """User text for a CSV cell that spreadsheets show as text, never as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(store: Store, progress: Progress | None = None) -> Iterable[list[str]]:
    """One row per run the user has not deleted (oldest first), as the CSV file holds them."""
    runs = store_exchange.read_runs(store)
    total = len(runs)
    for done, run in enumerate(runs, start=1):
        if progress is not None and done % 2000 == 0:
            progress(done, total)
        utc = datetime.fromisoformat(run["started_at"])
        local = from_utc_and_offset(utc, run["utc_offset_min"])
        distance, duration = run["distance_m"], run["duration_s"]
        yield [
            local.strftime("%Y-%m-%d"),
            local.strftime("%H:%M"),
            _offset_text(run["utc_offset_min"]),
            _number(from_metres(distance, "km"), 3),
            _number(from_metres(distance, "mi"), 3),
            format_duration(round(duration)),
            format_run_pace(distance, duration, "km"),
            format_run_pace(distance, duration, "mi"),
            run["run_type"],
            run["race_class"] or "",
            "" if run["effort"] is None else str(run["effort"]),
            run["surface"] or "",
            _number(run["elevation_gain_m"], 0),
            spreadsheet_text(run["shoe_name"] or ""),
            spreadsheet_text(run["notes"]),
        ]


def export_runs_csv(store: Store, path: Path, progress: Progress | None = None) -> ExportResult:
    """Write every run to ``path`` as CSV (RFC 4180 quoting, UTF-8 with a BOM for Excel).

    Notes and shoe names that would start a formula get a leading apostrophe.
    """
    rows = list(csv_rows(store, progress))

    def write(handle) -> None:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)

    _atomic_write(Path(path), write, encoding="utf-8-sig", newline="")
    return ExportResult(Path(path), len(rows))


# ------------------------------------------------------------------------------ import


@dataclass(frozen=True)
class CheckedFile:
    """An export file that passed every check: its log and its training preferences."""

    log: LogData
    preferences: dict[str, PreferenceValue]


def read_checked(path: Path) -> CheckedFile:
    """Read and check an export file; raise ImportRefused (one clear message) if it is not one."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{path.name} is not a CoreLog export: it is not a text file.") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"{path.name} is not a CoreLog export: it is not valid JSON "
            f"(line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise ImportRefused(
            f"{path.name} is not a CoreLog export: it is nested too deeply."
        ) from exc
    except ValueError as exc:
        # Python refuses to read a number of thousands of digits (a safety limit).
        raise ImportRefused(
            f"{path.name} is not a CoreLog export CoreLog can read: it holds a number "
            "thousands of digits long."
        ) from exc
    version = check_version(document)
    return CheckedFile(parse_document(document), check_preferences(document, version))


def read_export(path: Path) -> LogData:
    """Read and check an export file; raise ImportRefused (one clear message) if it is not one."""
    return read_checked(path).log


def import_json(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    *,
    cancel: threading.Event | None = None,
    preferences: Mapping[str, PreferenceValue] | None = None,
) -> ImportResult:
    """Check ``path`` in full, back the database up, then merge the file.

    The merge writes in short transactions, so the user can keep saving while it runs;
    setting ``cancel`` stops it and takes back everything it wrote
    (:class:`ImportCancelled`). ``preferences``: this computer's training preferences,
    to tell which of the file's are newer (returned in the result, for the UI to apply).
    """
    from corelog.services.exercises import ensure_library

    checked = read_checked(path)
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("The import was cancelled before it changed anything.")
    ensure_library(store)
    backup = backup_database(store.path, BACKUP_REASON)
    try:
        counts = store_exchange.merge_log(store, checked.log, progress, cancel)
    except store_exchange.MergeRefused as exc:
        raise ImportRefused(f"Nothing was imported: {exc}") from exc
    except store_exchange.MergeCancelled as exc:
        raise ImportCancelled("Import cancelled: everything it had added was taken back.") from exc
    here = dict(preferences or {})
    taken = newer_preferences(checked.preferences, here)
    summary = describe_preferences(taken, {k: v.value for k, v in here.items()})
    return ImportResult(counts, backup, taken, summary)


_NOUNS = {
    "runs": ("run", "runs"),
    "core_sessions": ("core session", "core sessions"),
    "soreness_entries": ("soreness entry", "soreness entries"),
    "follow_ups": ("soreness follow-up", "soreness follow-ups"),
    "shoes": ("pair of shoes", "pairs of shoes"),
    "exercises": ("exercise", "exercises"),
    "timer_presets": ("timer preset", "timer presets"),
}


def import_summary(counts: MergeCounts) -> str:
    """One line for the user, e.g. "Added 12 runs, 3 core sessions; updated 2; deleted 1;
    40 already here." Sets added to sessions already here count as updates."""
    added = [
        f"{counts.added[k]} {_NOUNS[k][0] if counts.added[k] == 1 else _NOUNS[k][1]}"
        for k in _NOUNS
        if counts.added[k]
    ]
    first = "Added " + ", ".join(added) if added else "Nothing new to add"
    updated = sum(counts.updated.values()) + counts.added["core_sets"]
    deleted = sum(counts.deleted.values())
    here = sum(counts.unchanged[k] for k in _NOUNS)
    gone = f"; deleted {deleted}" if deleted else ""
    return f"{first}; updated {updated}{gone}; {here} already here."
