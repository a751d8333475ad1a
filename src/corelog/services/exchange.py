"""Export and import: the whole log to a CoreLog JSON file and back, and runs to CSV.

An export file is one JSON document (format described in docs/schema.md, "Export
files"): ``{"format": "corelog-export", "version": 1, ...}`` with every entry the user has
not deleted, every stored field, in stored units. It is written atomically: to a
temporary file beside the target, then moved over it, so a failed export never leaves a
half-written file under the chosen name.

Importing reads such a file, checks every entry with the same rules as the forms (a
negative distance, an unknown exercise or a bad timestamp is refused), and only when the
whole file passes takes a backup of the database and merges the file in one transaction
(:func:`corelog.store.exchange.merge_log`). A file that fails any check raises
:class:`ImportRefused` naming the entry and field, and nothing is imported.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import tempfile
import uuid as uuid_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from corelog import __version__
from corelog.domain import clock
from corelog.domain.core_validation import (
    SetEntry,
    clean_hold,
    validate_custom_exercise,
    validate_set,
)
from corelog.domain.formatting import format_duration, format_run_pace
from corelog.domain.run_validation import (
    check_distance_m,
    check_duration_s,
    check_elevation_gain_m,
)
from corelog.domain.soreness_validation import validate_soreness, validate_soreness_follow_up
from corelog.domain.timeutil import from_utc_and_offset, local_now
from corelog.domain.units import from_metres
from corelog.domain.validation import (
    FieldError,
    Invalid,
    clean_choice,
    clean_effort,
    clean_start,
)
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES, SURFACES
from corelog.store import exchange as store_exchange
from corelog.store.database import HEAD_REVISION, backup_database
from corelog.store.exchange import ENTRY_KINDS, LogData, MergeCounts, Progress, to_iso
from corelog.store.store import Store

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

FORMAT = "corelog-export"
VERSION = 1
TIMER_MODES = ("countdown", "count_up")
MAX_SHOE_NAME = 120
MAX_SHOE_START_M = 10_000_000
BACKUP_REASON = "before-import"


class ImportRefused(ValueError):
    """A file CoreLog will not import; ``str()`` is one clear message, nothing was imported."""


class ExportFailed(OSError):
    """The file could not be written; ``str()`` says why. No file was left half-written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int


@dataclass(frozen=True)
class ImportResult:
    counts: MergeCounts
    backup: Path | None

    @property
    def summary(self) -> str:
        return import_summary(self.counts)

    @property
    def changed_kinds(self) -> set[str]:
        """Kinds of entries (``store.exchange.ENTRY_KINDS``) that were added or updated."""
        c = self.counts
        return {k for k in ENTRY_KINDS if c.added[k] or c.updated[k]}


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


def export_document(store: Store, progress: Progress | None = None) -> dict[str, Any]:
    """The whole log as the JSON document an export file holds."""
    log = store_exchange.read_log(store, progress)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(clock.utc_now()),
        "app_version": __version__,
        "schema_revision": HEAD_REVISION,
        "shoes": log.shoes,
        "exercises": log.exercises,
        "builtin_exercises": log.builtin_exercises,
        "runs": log.runs,
        "core_sessions": log.core_sessions,
        "soreness_entries": log.soreness_entries,
    }


def export_json(store: Store, path: Path, progress: Progress | None = None) -> ExportResult:
    """Write the whole log to ``path`` as a CoreLog export file (atomically)."""
    document = export_document(store, progress)

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

_KIND_WORDS = {
    "shoes": "Shoe",
    "exercises": "Exercise",
    "builtin_exercises": "Built-in exercise",
    "runs": "Run",
    "core_sessions": "Core session",
    "soreness_entries": "Soreness entry",
}


class _Bad(Exception):
    """One problem in one field of one entry (turned into ImportRefused with the entry's name)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _get(item: dict, name: str) -> Any:
    if name not in item:
        raise _Bad(name, "is missing.")
    return item[name]


def _text(item: dict, name: str, *, optional: bool = False) -> str | None:
    value = _get(item, name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Bad(name, "must be text.")
    return value


def _bool(item: dict, name: str) -> bool:
    value = _get(item, name)
    if not isinstance(value, bool):
        raise _Bad(name, "must be true or false.")
    return value


def _int(item: dict, name: str, *, optional: bool = False) -> int | None:
    value = _get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(name, "must be a whole number.")
    return value


def _real(item: dict, name: str, *, optional: bool = False) -> float | None:
    value = _get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Bad(name, "must be a number.")
    return float(value)


def _instant(item: dict, name: str, *, optional: bool = False) -> datetime | None:
    value = _get(item, name)
    if value is None and optional:
        return None
    hint = "is not a date and time in UTC, like 2026-03-01T06:10:00.000000Z."
    if not isinstance(value, str):
        raise _Bad(name, hint)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _Bad(name, hint) from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise _Bad(name, hint)
    return moment.astimezone(UTC)


def _uuid(item: dict, name: str = "uuid", *, optional: bool = False) -> str | None:
    value = _get(item, name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Bad(name, "must be an entry's uuid.")
    if _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid_module.UUID(value))
    except ValueError as exc:
        raise _Bad(name, "must be an entry's uuid.") from exc


def _local(item: dict, at: str) -> tuple[datetime, int, datetime]:
    """(UTC instant, offset, local time) of ``at`` and ``utc_offset_min``."""
    utc = _instant(item, at)
    assert utc is not None
    offset = _int(item, "utc_offset_min")
    assert offset is not None
    try:
        local = from_utc_and_offset(utc, offset)
    except ValueError as exc:
        raise _Bad("utc_offset_min", "is not a real UTC offset in minutes.") from exc
    return utc, offset, local


def _field(name: str, check: Callable[[], Any]) -> Any:
    try:
        return check()
    except FieldError as exc:
        raise _Bad(name, str(exc)) from exc


def _raise_invalid(result: Any, names: dict[str, str] | None = None) -> None:
    if isinstance(result, Invalid):
        name, message = next(iter(result.errors.items()))
        raise _Bad((names or {}).get(name, name), message)


def _stamps(item: dict) -> dict[str, datetime]:
    return {"created_at": _instant(item, "created_at"), "updated_at": _instant(item, "updated_at")}


class _Reader:
    """Checks a parsed export document entry by entry, turning it into a LogData."""

    def __init__(self, now: datetime, builtin_keys: set[str], regions: set[str]) -> None:
        self.now = now
        self.builtin_keys = builtin_keys
        self.regions = regions
        self.seen: set[str] = set()
        self.measures: dict[str, str] = {}

    def fresh(self, item: dict) -> str:
        value = _uuid(item)
        assert value is not None
        if value in self.seen:
            raise _Bad("uuid", "is used by another entry in the file too.")
        self.seen.add(value)
        return value

    def start(self, item: dict, at: str, missing: str) -> tuple[datetime, int]:
        utc, offset, local = _local(item, at)
        _field(at, lambda: clean_start(local, self.now, missing))
        return utc, offset

    def shoe(self, item: dict) -> dict[str, Any]:
        name = _text(item, "name")
        assert name is not None
        if not name.strip():
            raise _Bad("name", "The pair has no name.")
        if len(name) > MAX_SHOE_NAME:
            raise _Bad("name", f"Keep the name to {MAX_SHOE_NAME} characters or fewer.")
        start = _real(item, "start_distance_m")
        assert start is not None
        if start < 0:
            raise _Bad("start_distance_m", "The distance already on the pair can't be negative.")
        if start > MAX_SHOE_START_M:
            raise _Bad("start_distance_m", "More than 10,000 km on one pair? Check the distance.")
        return {
            "uuid": self.fresh(item),
            "name": name,
            "start_distance_m": start,
            "retired": _bool(item, "retired"),
            **_stamps(item),
        }

    def exercise(self, item: dict) -> dict[str, Any]:
        sided = _bool(item, "sided")
        result = validate_custom_exercise(
            name=_text(item, "name"),
            measure=_text(item, "measure"),
            sided=sided,
            existing_names=(),
        )
        _raise_invalid(result)
        uuid = self.fresh(item)
        self.measures[uuid] = result.measure
        return {
            "uuid": uuid,
            "name": result.name,
            "measure": result.measure,
            "sided": sided,
            "hidden": _bool(item, "hidden"),
            **_stamps(item),
        }

    def builtin(self, item: dict) -> dict[str, Any]:
        key = _text(item, "key")
        if key not in self.builtin_keys:
            raise _Bad("key", f"“{key}” is not an exercise CoreLog knows.")
        uuid = self.fresh(item)
        measure = _text(item, "measure")
        if measure not in ("hold", "reps"):
            raise _Bad("measure", "Choose whether it is done for reps or held for a time.")
        self.measures[uuid] = measure
        return {"uuid": uuid, "key": key, "updated_at": _instant(item, "updated_at")}

    def run(self, item: dict, shoes: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        started, offset = self.start(item, "started_at", "Enter when the run started.")
        distance = _real(item, "distance_m")
        duration = _real(item, "duration_s")
        assert distance is not None and duration is not None
        _field("distance_m", lambda: check_distance_m(distance))
        _field("duration_s", lambda: check_duration_s(duration))
        run_type = _field(
            "run_type",
            lambda: clean_choice(
                _text(item, "run_type"), RUN_TYPES, "Choose a run type from the list."
            ),
        )
        race_class = _text(item, "race_class", optional=True)
        if run_type == RACE:
            _field(
                "race_class",
                lambda: clean_choice(race_class, RACE_CLASSES, "Choose the race distance."),
            )
        else:
            race_class = None
        surface = _text(item, "surface", optional=True)
        if surface is not None:
            _field(
                "surface",
                lambda: clean_choice(surface, SURFACES, "Choose a surface from the list."),
            )
        effort = _field("effort", lambda: clean_effort(_int(item, "effort", optional=True)))
        gain = _real(item, "elevation_gain_m", optional=True)
        if gain is not None:
            _field("elevation_gain_m", lambda: check_elevation_gain_m(gain, distance))
        shoe = _uuid(item, "shoe", optional=True)
        if shoe is not None and shoe not in shoes:
            raise _Bad("shoe", "names a pair that is not in the file.")
        return {
            "uuid": uuid,
            "started_at": started,
            "utc_offset_min": offset,
            "distance_m": distance,
            "duration_s": duration,
            "run_type": run_type,
            "race_class": race_class,
            "effort": effort,
            "surface": surface,
            "elevation_gain_m": gain,
            "shoe": shoe,
            "notes": _text(item, "notes"),
            **_stamps(item),
        }

    def core_session(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        started, offset = self.start(item, "started_at", "Enter when the session started.")
        effort = _field("effort", lambda: clean_effort(_int(item, "effort", optional=True)))
        duration = _real(item, "duration_s", optional=True)
        if duration is not None and duration <= 0:
            raise _Bad("duration_s", "The time must be more than zero.")
        workouts_in = _get(item, "timer_workouts")
        if not isinstance(workouts_in, list):
            raise _Bad("timer_workouts", "must be a list.")
        sets_in = _get(item, "sets")
        if not isinstance(sets_in, list):
            raise _Bad("sets", "must be a list.")
        workouts = [
            self._nested(w, f"timer_workouts.{i}", self.workout) for i, w in enumerate(workouts_in)
        ]
        workout_ids = {w["uuid"] for w in workouts}
        sets = [
            self._nested(s, f"sets.{i}", lambda s: self.core_set(s, workout_ids))
            for i, s in enumerate(sets_in)
        ]
        return {
            "uuid": uuid,
            "started_at": started,
            "utc_offset_min": offset,
            "duration_s": duration,
            "effort": effort,
            "notes": _text(item, "notes"),
            **_stamps(item),
            "timer_workouts": workouts,
            "sets": sets,
        }

    def _nested(self, item: Any, where: str, check: Callable[[dict], dict]) -> dict:
        if not isinstance(item, dict):
            raise _Bad(where, "must be an object.")
        try:
            return check(item)
        except _Bad as bad:
            raise _Bad(f"{where}.{bad.field}", bad.message) from bad

    def exercise_ref(self, item: dict) -> tuple[str, str]:
        ref = _uuid(item, "exercise")
        if ref not in self.measures:
            raise _Bad("exercise", "names an exercise that is not in the file (unknown exercise).")
        return ref, self.measures[ref]

    def workout(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        exercise, _measure = self.exercise_ref(item)
        mode = _text(item, "mode")
        if mode not in TIMER_MODES:
            raise _Bad("mode", "must be countdown or count_up.")
        target = _int(item, "target_hold_ms", optional=True)
        if target is not None:
            _field("target_hold_ms", lambda: clean_hold(target))
        planned = _int(item, "planned_sets")
        assert planned is not None
        if planned < 1:
            raise _Bad("planned_sets", "must be at least 1.")
        values: dict[str, Any] = {}
        for name in ("rest_ms", "prep_ms"):
            value = _int(item, name)
            assert value is not None
            if value < 0:
                raise _Bad(name, "can't be negative.")
            values[name] = value
        started, offset = self.start(item, "started_at", "Enter when the workout started.")
        return {
            "uuid": uuid,
            "exercise": exercise,
            "mode": mode,
            "target_hold_ms": target,
            "planned_sets": planned,
            **values,
            "alternate_sides": _bool(item, "alternate_sides"),
            "completed": _bool(item, "completed"),
            "started_at": started,
            "utc_offset_min": offset,
            **_stamps(item),
        }

    def core_set(self, item: dict, workout_ids: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        exercise, measure = self.exercise_ref(item)
        reps = _int(item, "reps", optional=True)
        hold_ms = _int(item, "hold_ms", optional=True)
        if reps is not None and hold_ms is not None:
            raise _Bad("reps", "A set has either reps or a hold time, not both.")
        amount = reps if measure == "reps" else hold_ms
        side = _text(item, "side", optional=True)
        result = validate_set(
            SetEntry(exercise=exercise, measure=measure, amount=amount, side=side)
        )
        amount_field = "reps" if measure == "reps" else "hold_ms"
        _raise_invalid(result, {"amount": amount_field})
        position = _int(item, "position")
        assert position is not None
        if position < 0:
            raise _Bad("position", "can't be negative.")
        target = _int(item, "target_hold_ms", optional=True)
        if target is not None:
            _field("target_hold_ms", lambda: clean_hold(target))
        workout = _uuid(item, "timer_workout", optional=True)
        if workout is not None and workout not in workout_ids:
            raise _Bad("timer_workout", "names a timer workout that is not in this session.")
        return {
            "uuid": uuid,
            "position": position,
            "exercise": exercise,
            "side": result.side,
            "reps": result.reps,
            "hold_ms": result.hold_ms,
            "target_hold_ms": target,
            "timer_workout": workout,
            "interrupted": _bool(item, "interrupted"),
            **_stamps(item),
        }

    def soreness(self, item: dict, runs: set[str], sessions: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, local = _local(item, "noted_at")
        result = validate_soreness(
            noted_at=local,
            region=_text(item, "region"),
            severity=_int(item, "severity"),
            feel=_text(item, "feel"),
            onset=_text(item, "onset"),
            trend=_text(item, "trend"),
            now=self.now,
            swelling=_bool(item, "swelling"),
            days_lasted=_int(item, "days_lasted"),
            notes=_text(item, "notes"),
            known_regions=self.regions,
        )
        _raise_invalid(result)
        run = _uuid(item, "run", optional=True)
        if run is not None and run not in runs:
            raise _Bad("run", "names a run that is not in the file.")
        session = _uuid(item, "core_session", optional=True)
        if session is not None and session not in sessions:
            raise _Bad("core_session", "names a core session that is not in the file.")
        follow_ups_in = _get(item, "follow_ups")
        if not isinstance(follow_ups_in, list):
            raise _Bad("follow_ups", "must be a list.")
        follow_ups = [
            self._nested(f, f"follow_ups.{i}", self.follow_up) for i, f in enumerate(follow_ups_in)
        ]
        return {
            "uuid": uuid,
            "noted_at": utc,
            "utc_offset_min": offset,
            "region": result.region,
            "severity": result.severity,
            "feel": result.feel,
            "onset": result.onset,
            "trend": result.trend,
            "swelling": result.swelling,
            "days_lasted": result.days_lasted,
            "run": run,
            "core_session": session,
            "notes": result.notes,
            "resolved_at": _instant(item, "resolved_at", optional=True),
            **_stamps(item),
            "follow_ups": follow_ups,
        }

    def follow_up(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, local = _local(item, "noted_at")
        result = validate_soreness_follow_up(
            noted_at=local,
            severity=_int(item, "severity"),
            trend=_text(item, "trend"),
            now=self.now,
            swelling=_bool(item, "swelling"),
            notes=_text(item, "notes"),
        )
        _raise_invalid(result)
        return {
            "uuid": uuid,
            "noted_at": utc,
            "utc_offset_min": offset,
            "severity": result.severity,
            "trend": result.trend,
            "swelling": result.swelling,
            "notes": result.notes,
            **_stamps(item),
        }


def _entries(document: dict, key: str) -> list:
    value = document.get(key)
    if not isinstance(value, list):
        raise ImportRefused(
            f"This CoreLog export is incomplete: its “{key}” list is missing or not a list."
        )
    return value


def _check_all(reader: _Reader, document: dict, key: str, check: Callable[[dict], dict]) -> list:
    items = _entries(document, key)
    out = []
    for index, item in enumerate(items):
        label = f"{_KIND_WORDS[key]} {index + 1} of {len(items)}"
        if not isinstance(item, dict):
            raise ImportRefused(f"{label} is not an entry (an object) but {type(item).__name__}.")
        uuid = item.get("uuid")
        if isinstance(uuid, str):
            label += f" (uuid {uuid})"
        try:
            out.append(check(item))
        except _Bad as bad:
            raise ImportRefused(f"{label}, field “{bad.field}”: {bad.message}") from bad
    return out


def parse_document(
    document: Any,
    *,
    now: datetime | None = None,
    builtin_keys: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
) -> LogData:
    """Check a decoded export document; raise ImportRefused at the first problem."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused("This file is not a CoreLog export (it has no “corelog-export” mark).")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRefused("This CoreLog export has no valid format version.")
    if version > VERSION:
        raise ImportRefused(
            f"This file was exported by a newer CoreLog (export format version {version}; "
            f"this CoreLog reads version {VERSION}). Update CoreLog to import it."
        )
    if builtin_keys is None or regions is None:
        from corelog.knowledge import get_knowledge

        knowledge = get_knowledge()
        if builtin_keys is None:
            builtin_keys = [exercise.key for exercise in knowledge.exercises]
        if regions is None:
            regions = [region.key for region in knowledge.regions]
    reader = _Reader(now or local_now(), set(builtin_keys), set(regions))
    log = LogData()
    log.shoes = _check_all(reader, document, "shoes", reader.shoe)
    log.exercises = _check_all(reader, document, "exercises", reader.exercise)
    log.builtin_exercises = _check_all(reader, document, "builtin_exercises", reader.builtin)
    shoes = {s["uuid"] for s in log.shoes}
    log.runs = _check_all(reader, document, "runs", lambda i: reader.run(i, shoes))
    log.core_sessions = _check_all(reader, document, "core_sessions", reader.core_session)
    runs = {r["uuid"] for r in log.runs}
    sessions = {s["uuid"] for s in log.core_sessions}
    log.soreness_entries = _check_all(
        reader, document, "soreness_entries", lambda i: reader.soreness(i, runs, sessions)
    )
    return log


def read_export(path: Path) -> LogData:
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
    return parse_document(document)


def import_json(store: Store, path: Path, progress: Progress | None = None) -> ImportResult:
    """Check ``path`` in full, back the database up, then merge the file in one transaction."""
    from corelog.services.exercises import ensure_library

    log = read_export(path)
    ensure_library(store)
    backup = backup_database(store.path, BACKUP_REASON)
    try:
        counts = store_exchange.merge_log(store, log, progress)
    except store_exchange.MergeRefused as exc:
        raise ImportRefused(f"Nothing was imported: {exc}") from exc
    return ImportResult(counts, backup)


_NOUNS = {
    "runs": ("run", "runs"),
    "core_sessions": ("core session", "core sessions"),
    "soreness_entries": ("soreness entry", "soreness entries"),
    "follow_ups": ("soreness follow-up", "soreness follow-ups"),
    "shoes": ("pair of shoes", "pairs of shoes"),
    "exercises": ("exercise", "exercises"),
}


def import_summary(counts: MergeCounts) -> str:
    """One line for the user, e.g. "Added 12 runs, 3 core sessions; updated 2; 40 already here."""
    added = [
        f"{counts.added[k]} {_NOUNS[k][0] if counts.added[k] == 1 else _NOUNS[k][1]}"
        for k in _NOUNS
        if counts.added[k]
    ]
    first = "Added " + ", ".join(added) if added else "Nothing new to add"
    updated = sum(counts.updated.values())
    here = sum(counts.unchanged.values())
    return f"{first}; updated {updated}; {here} already here."
