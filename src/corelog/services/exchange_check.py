"""Checking an export file entry by entry with the forms' rules, before anything is written.

:func:`parse_document` turns a decoded export document (format version 1, 2 or 3, see
docs/schema.md) into a :class:`~corelog.store.exchange.LogData` with checked, converted
values (aware instants, links as uuids), or raises :class:`ImportRefused` at the first
problem, naming the entry and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from corelog.domain.timeutil import local_now
from corelog.services.exchange_entries import EntryReader
from corelog.services.exchange_errors import ImportRefused
from corelog.services.exchange_fields import Bad, get, instant
from corelog.services.exchange_recordings import RecordingReader
from corelog.services.preferences import TRAINING_PREFERENCES, PreferenceValue
from corelog.store.exchange import LogData

FORMAT = "corelog-export"
VERSION = 3


_KIND_WORDS = {
    "shoes": "Shoe",
    "exercises": "Exercise",
    "builtin_exercises": "Built-in exercise",
    "timer_presets": "Timer preset",
    "runs": "Run",
    "core_sessions": "Core session",
    "soreness_entries": "Soreness entry",
    "deletions": "Deletion",
    "aliases": "Alias",
    "recordings": "Recording",
}


def _entries(document: dict, key: str, *, since: int = 1, version: int = 1) -> list:
    if version < since and key not in document:
        return []
    value = document.get(key)
    if not isinstance(value, list):
        raise ImportRefused(
            f"This CoreLog export is incomplete: its “{key}” list is missing or not a list."
        )
    return value


def _check_all(
    reader: EntryReader,
    document: dict,
    key: str,
    check: Callable[[dict], dict],
    *,
    since: int = 1,
) -> list:
    items = _entries(document, key, since=since, version=reader.version)
    out = []
    for index, item in enumerate(items):
        label = f"{_KIND_WORDS[key]} {index + 1} of {len(items)}"
        if not isinstance(item, dict):
            raise ImportRefused(f"{label} is not an entry (an object) but {type(item).__name__}.")
        uuid = item.get("uuid")
        if isinstance(uuid, str):
            label += f" (uuid {uuid[:40]})"
        try:
            out.append(check(item))
        except Bad as bad:
            raise ImportRefused(f"{label}, field “{bad.field}”: {bad.message}") from bad
    return out


def check_version(document: Any) -> int:
    """The format version of a decoded document; ImportRefused if it is not one we read."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused("This file is not a CoreLog export (it has no “corelog-export” mark).")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRefused("This CoreLog export has no valid format version.")
    if version > VERSION:
        shown = f"version {version}" if version < 10**6 else "a version number far beyond"
        raise ImportRefused(
            f"This file was exported by a newer CoreLog (export format {shown}; "
            f"this CoreLog reads up to version {VERSION}). Update CoreLog to import it."
        )
    return version


def check_preferences(document: dict, version: int) -> dict[str, PreferenceValue]:
    """The training preferences a file carries (version 2). Unknown ones, which a later
    CoreLog may write, are left aside; a known one with a bad value refuses the file."""
    raw = document.get("preferences", {}) if version >= 2 else {}
    if not isinstance(raw, dict):
        raise ImportRefused("This CoreLog export's “preferences” are not a set of values.")
    out = {}
    for key, spec in TRAINING_PREFERENCES.items():
        if key not in raw:
            continue
        item = raw[key]
        try:
            if not isinstance(item, dict):
                raise Bad("value", "must be a value with the time it was set.")
            value = spec.check(get(item, "value"))
            changed_at = instant(item, "changed_at")
        except ValueError as exc:
            raise ImportRefused(f"Preference “{key}”: the value {exc}.") from exc
        except Bad as bad:
            raise ImportRefused(f"Preference “{key}”, field “{bad.field}”: {bad.message}") from bad
        assert changed_at is not None
        out[key] = PreferenceValue(value, changed_at)
    return out


def parse_document(
    document: Any,
    *,
    now: datetime | None = None,
    builtin_keys: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
) -> LogData:
    """Check a decoded export document; raise ImportRefused at the first problem."""
    version = check_version(document)
    if builtin_keys is None or regions is None:
        from corelog.knowledge import get_knowledge

        knowledge = get_knowledge()
        if builtin_keys is None:
            builtin_keys = [exercise.key for exercise in knowledge.exercises]
        if regions is None:
            regions = [region.key for region in knowledge.regions]
    reader = EntryReader(version, now or local_now(), set(builtin_keys), set(regions))
    log = LogData(version=version)
    log.shoes = _check_all(reader, document, "shoes", reader.shoe)
    log.exercises = _check_all(reader, document, "exercises", reader.exercise)
    log.builtin_exercises = _check_all(reader, document, "builtin_exercises", reader.builtin)
    log.timer_presets = _check_all(reader, document, "timer_presets", reader.preset, since=2)
    shoes = {s["uuid"] for s in log.shoes}
    log.runs = _check_all(reader, document, "runs", lambda i: reader.run(i, shoes))
    log.core_sessions = _check_all(reader, document, "core_sessions", reader.core_session)
    runs = {r["uuid"] for r in log.runs}
    sessions = {s["uuid"] for s in log.core_sessions}
    log.soreness_entries = _check_all(
        reader, document, "soreness_entries", lambda i: reader.soreness(i, runs, sessions)
    )
    log.deletions = _check_all(reader, document, "deletions", reader.deletion, since=2)
    log.aliases = _check_all(reader, document, "aliases", reader.alias, since=2)
    recordings = RecordingReader(runs, reader.seen)
    log.recordings = _check_all(reader, document, "recordings", recordings.recording, since=3)
    return log
