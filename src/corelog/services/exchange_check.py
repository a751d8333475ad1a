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

from corelog.domain import i18n
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Exchange
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
    "shoes": QT_TRANSLATE_NOOP("Exchange", "Shoe"),
    "exercises": QT_TRANSLATE_NOOP("Exchange", "Exercise"),
    "builtin_exercises": QT_TRANSLATE_NOOP("Exchange", "Built-in exercise"),
    "timer_presets": QT_TRANSLATE_NOOP("Exchange", "Timer preset"),
    "runs": QT_TRANSLATE_NOOP("Exchange", "Run"),
    "core_sessions": QT_TRANSLATE_NOOP("Exchange", "Core session"),
    "soreness_entries": QT_TRANSLATE_NOOP("Exchange", "Soreness entry"),
    "deletions": QT_TRANSLATE_NOOP("Exchange", "Deletion"),
    "aliases": QT_TRANSLATE_NOOP("Exchange", "Alias"),
    "recordings": QT_TRANSLATE_NOOP("Exchange", "Recording"),
}
"""What an entry of each list is called, as a refusal names it ("Run 3 of 12")."""


def _entries(document: dict, key: str, *, since: int = 1, version: int = 1) -> list:
    if version < since and key not in document:
        return []
    value = document.get(key)
    if not isinstance(value, list):
        raise ImportRefused(
            Exchange.tr(
                "This CoreLog export is incomplete: its “{list}” list is missing or not a list."
            ).format(list=key)
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
        if not isinstance(item, dict):
            message = Exchange.tr(
                "{kind} {number} of {total} is not an entry (an object) but {type}."
            )
            where = _where(key, index, len(items))
            raise ImportRefused(message.format(**where, type=type(item).__name__))
        try:
            out.append(check(item))
        except Bad as bad:
            where = _where(key, index, len(items))
            raise ImportRefused(_bad_entry(where, item.get("uuid"), bad)) from bad
    return out


def _where(key: str, index: int, total: int) -> dict[str, str]:
    """Which entry of the file: "Run", "3", "12" for "Run 3 of 12"."""
    return {
        "kind": Exchange.marked(_KIND_WORDS[key]),
        "number": i18n.integer(index + 1),
        "total": i18n.integer(total),
    }


def _bad_entry(where: dict[str, str], uuid: object, bad: Bad) -> str:
    """Why an entry is refused, naming it, its uuid (if it has one) and the field."""
    if isinstance(uuid, str):
        return Exchange.tr(
            "{kind} {number} of {total} (uuid {uuid}), field “{field}”: {problem}"
        ).format(**where, uuid=uuid[:40], field=bad.field, problem=bad.message)
    return Exchange.tr("{kind} {number} of {total}, field “{field}”: {problem}").format(
        **where, field=bad.field, problem=bad.message
    )


def check_version(document: Any) -> int:
    """The format version of a decoded document; ImportRefused if it is not one we read."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(
            Exchange.tr("This file is not a CoreLog export (it has no “{mark}” mark).").format(
                mark=FORMAT
            )
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRefused(Exchange.tr("This CoreLog export has no valid format version."))
    if version > VERSION:
        if version < 10**6:
            message = Exchange.tr(
                "This file was exported by a newer CoreLog (export format version {version}; "
                "this CoreLog reads up to version {newest}). Update CoreLog to import it."
            )
        else:
            message = Exchange.tr(
                "This file was exported by a newer CoreLog (export format a version number far "
                "beyond; this CoreLog reads up to version {newest}). Update CoreLog to import it."
            )
        shown = i18n.integer(version) if version < 10**6 else ""
        raise ImportRefused(message.format(version=shown, newest=i18n.integer(VERSION)))
    return version


def check_preferences(document: dict, version: int) -> dict[str, PreferenceValue]:
    """The training preferences a file carries (version 2). Unknown ones, which a later
    CoreLog may write, are left aside; a known one with a bad value refuses the file."""
    raw = document.get("preferences", {}) if version >= 2 else {}
    if not isinstance(raw, dict):
        raise ImportRefused(
            Exchange.tr("This CoreLog export's “preferences” are not a set of values.")
        )
    out = {}
    for key, spec in TRAINING_PREFERENCES.items():
        if key not in raw:
            continue
        item = raw[key]
        try:
            if not isinstance(item, dict):
                raise Bad("value", Exchange.tr("must be a value with the time it was set."))
            value = spec.check(get(item, "value"))
            changed_at = instant(item, "changed_at")
        except ValueError as exc:
            message = Exchange.tr("Preference “{key}”: the value {problem}")
            raise ImportRefused(message.format(key=key, problem=exc)) from exc
        except Bad as bad:
            message = Exchange.tr("Preference “{key}”, field “{field}”: {problem}")
            raise ImportRefused(
                message.format(key=key, field=bad.field, problem=bad.message)
            ) from bad
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
