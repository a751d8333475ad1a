"""Export and import: the whole log to a CoreLog JSON file and back, and runs to CSV.

An export file is one JSON document (format described in docs/schema.md, "Export
files"): ``{"format": "corelog-export", "version": 3, ...}`` with everything the user
made (entries, the library, timer presets, the recordings and tracks of imported runs,
the training preferences the UI hands over) and the tombstones of what they deleted,
every stored field, in stored units. It is
written atomically: to a temporary file beside the target, then moved over it, so a
failed export never leaves a half-written file under the chosen name.

Importing reads such a file (version 1, 2 or 3), checks every entry with the same rules as
the forms (``services.exchange_check``), without touching the database; only when the
whole file passes does it take a backup and merge the file
(``store.exchange.merge_log``): in short transactions that let the user's saves through,
as one change that Cancel takes back whole. A file that fails any check raises
:class:`ImportRefused` naming the entry and field, and nothing is imported.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corelog import __version__
from corelog.domain import clock, i18n
from corelog.domain.i18n import Exchange
from corelog.services.exchange_check import (
    FORMAT,
    VERSION,
    check_preferences,
    check_version,
    parse_document,
)
from corelog.services.exchange_errors import ImportCancelled, ImportRefused
from corelog.services.exchange_files import (
    CSV_HEADER,
    ExportFailed,
    ExportResult,
    atomic_write,
    csv_rows,
    export_runs_csv,
    spreadsheet_text,
)
from corelog.services.exchange_recordings import track_text
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
    "CSV_HEADER",
    "FORMAT",
    "VERSION",
    "ExportFailed",
    "ExportResult",
    "ImportCancelled",
    "ImportRefused",
    "ImportResult",
    "csv_rows",
    "export_json",
    "export_runs_csv",
    "import_json",
    "import_summary",
    "parse_document",
    "read_export",
    "spreadsheet_text",
]


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
        "recordings": [{**r, "track": track_text(r["track"])} for r in log.recordings],
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

    atomic_write(Path(path), write, encoding="utf-8")
    entries = sum(len(document[k]) for k in ("runs", "core_sessions", "soreness_entries"))
    return ExportResult(Path(path), entries)


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
        message = Exchange.tr("Cannot read {file}: {reason}.")
        raise ImportRefused(message.format(file=path.name, reason=exc.strerror or exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = Exchange.tr("{file} is not a CoreLog export: it is not a text file.")
        raise ImportRefused(message.format(file=path.name)) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        message = Exchange.tr(
            "{file} is not a CoreLog export: it is not valid JSON "
            "(line {line}, column {column}: {problem})."
        )
        raise ImportRefused(
            message.format(
                file=path.name,
                line=i18n.integer(exc.lineno),
                column=i18n.integer(exc.colno),
                problem=exc.msg,
            )
        ) from exc
    except RecursionError as exc:
        message = Exchange.tr("{file} is not a CoreLog export: it is nested too deeply.")
        raise ImportRefused(message.format(file=path.name)) from exc
    except ValueError as exc:
        # Python refuses to read a number of thousands of digits (a safety limit).
        message = Exchange.tr(
            "{file} is not a CoreLog export CoreLog can read: it holds a number "
            "thousands of digits long."
        )
        raise ImportRefused(message.format(file=path.name)) from exc
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
        raise ImportCancelled(Exchange.tr("The import was cancelled before it changed anything."))
    ensure_library(store)
    backup = backup_database(store.path, BACKUP_REASON)
    try:
        counts = store_exchange.merge_log(store, checked.log, progress, cancel)
    except store_exchange.MergeRefused as exc:
        raise ImportRefused(
            Exchange.tr("Nothing was imported: {reason}").format(reason=exc)
        ) from exc
    except store_exchange.MergeCancelled as exc:
        raise ImportCancelled(
            Exchange.tr("Import cancelled: everything it had added was taken back.")
        ) from exc
    here = dict(preferences or {})
    taken = newer_preferences(checked.preferences, here)
    summary = describe_preferences(taken, {k: v.value for k, v in here.items()})
    return ImportResult(counts, backup, taken, summary)


_ADDED: dict[str, Callable[[int], str]] = {
    "runs": lambda n: Exchange.tr("%Ln runs", "added by an import", n),
    "core_sessions": lambda n: Exchange.tr("%Ln core sessions", "added by an import", n),
    "soreness_entries": lambda n: Exchange.tr("%Ln soreness entries", "added by an import", n),
    "follow_ups": lambda n: Exchange.tr("%Ln soreness follow-ups", "added by an import", n),
    "shoes": lambda n: Exchange.tr("%Ln pairs of shoes", "added by an import", n),
    "exercises": lambda n: Exchange.tr("%Ln exercises", "added by an import", n),
    "timer_presets": lambda n: Exchange.tr("%Ln timer presets", "added by an import", n),
    "recordings": lambda n: Exchange.tr("%Ln recordings of runs", "added by an import", n),
}
"""``n`` entries of each kind (``store.exchange.ENTRY_KINDS``), as the summary lists them."""


SUMMED = (
    "runs", "core_sessions", "soreness_entries", "follow_ups", "shoes", "exercises",
    "timer_presets",
)  # fmt: skip
"""The kinds of entries the summary counts (recordings come with their runs)."""


def import_summary(counts: MergeCounts) -> str:
    """One line for the user, e.g. "Added 12 runs, 3 core sessions; updated 2; deleted 1;
    40 already here." Sets added to sessions already here count as updates; recordings
    (which come with their runs) count when they are added or updated."""
    added = ", ".join(
        _ADDED[k](counts.added[k]) for k in (*SUMMED, "recordings") if counts.added[k]
    )
    numbers = {
        "added": added,
        "updated": i18n.integer(sum(counts.updated.values()) + counts.added["core_sets"]),
        "deleted": i18n.integer(sum(counts.deleted.values())),
        "here": i18n.integer(sum(counts.unchanged[k] for k in SUMMED)),
    }
    deleted = any(counts.deleted.values())
    if added and deleted:
        text = Exchange.tr(
            "Added {added}; updated {updated}; deleted {deleted}; {here} already here."
        )
    elif added:
        text = Exchange.tr("Added {added}; updated {updated}; {here} already here.")
    elif deleted:
        text = Exchange.tr(
            "Nothing new to add; updated {updated}; deleted {deleted}; {here} already here."
        )
    else:
        text = Exchange.tr("Nothing new to add; updated {updated}; {here} already here.")
    return text.format(**numbers)
