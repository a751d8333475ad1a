"""Checking an export file entry by entry with the forms' rules, before anything is written.

:func:`parse_document` turns a decoded export document (format version 1 or 2, see
docs/schema.md) into a :class:`~corelog.store.exchange.LogData` with checked, converted
values (aware instants, links as uuids), or raises :class:`ImportRefused` at the first
problem, naming the entry and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from corelog.domain.core_validation import (
    SetEntry,
    clean_hold,
    validate_custom_exercise,
    validate_exercise_name,
    validate_set,
)
from corelog.domain.run_validation import (
    check_distance_m,
    check_duration_s,
    check_elevation_gain_m,
)
from corelog.domain.soreness_validation import validate_soreness, validate_soreness_follow_up
from corelog.domain.timeutil import local_now
from corelog.domain.validation import clean_choice, clean_effort, clean_start
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES, SURFACES
from corelog.services.exchange_fields import (
    Bad,
    boolean,
    checked,
    entry_uuid,
    get,
    instant,
    listed,
    local_time,
    nested,
    raise_invalid,
    real,
    stamps,
    text,
    whole,
)
from corelog.services.preferences import TRAINING_PREFERENCES, PreferenceValue
from corelog.store.exchange import LogData
from corelog.store.tombstones import KIND_TABLES
from corelog.timer import TimerMode, TimerPlan

FORMAT = "corelog-export"
VERSION = 2
TIMER_MODES = ("countdown", "count_up")
MAX_SHOE_NAME = 120
MAX_SHOE_START_M = 10_000_000
MAX_PRESET_NAME = 80
NAMED_KINDS = ("shoe", "exercise", "timer_preset")
"""Kinds of entries that may be known by two uuids (made on two computers)."""


class ImportRefused(ValueError):
    """A file CoreLog will not import; ``str()`` is one clear message, nothing was imported."""


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
}


class EntryReader:
    """Checks a parsed export document entry by entry, turning it into a LogData."""

    def __init__(
        self, version: int, now: datetime, builtin_keys: set[str], regions: set[str]
    ) -> None:
        self.version = version
        self.now = now
        self.builtin_keys = builtin_keys
        self.regions = regions
        self.seen: set[str] = set()
        self.measures: dict[str, str] = {}

    def fresh(self, item: dict) -> str:
        value = entry_uuid(item)
        assert value is not None
        if value in self.seen:
            raise Bad("uuid", "is used by another entry in the file too.")
        self.seen.add(value)
        return value

    def start(self, item: dict, at: str, missing: str) -> tuple[datetime, int]:
        utc, offset, local = local_time(item, at)
        checked(at, lambda: clean_start(local, self.now, missing))
        return utc, offset

    # ------------------------------------------------------------ library and gear
    def shoe(self, item: dict) -> dict[str, Any]:
        name = text(item, "name")
        assert name is not None
        if not name.strip():
            raise Bad("name", "The pair has no name.")
        if len(name) > MAX_SHOE_NAME:
            raise Bad("name", f"Keep the name to {MAX_SHOE_NAME} characters or fewer.")
        start = real(item, "start_distance_m")
        assert start is not None
        if start < 0:
            raise Bad("start_distance_m", "The distance already on the pair can't be negative.")
        if start > MAX_SHOE_START_M:
            raise Bad("start_distance_m", "More than 10,000 km on one pair? Check the distance.")
        return {
            "uuid": self.fresh(item),
            "name": name,
            "start_distance_m": start,
            "retired": boolean(item, "retired"),
            **stamps(item),
        }

    def exercise(self, item: dict) -> dict[str, Any]:
        sided = boolean(item, "sided")
        result = validate_custom_exercise(
            name=text(item, "name"),
            measure=text(item, "measure"),
            sided=sided,
            existing_names=(),
        )
        raise_invalid(result)
        uuid = self.fresh(item)
        self.measures[uuid] = result.measure
        return {
            "uuid": uuid,
            "name": result.name,
            "measure": result.measure,
            "sided": sided,
            "hidden": boolean(item, "hidden"),
            **stamps(item),
        }

    def builtin(self, item: dict) -> dict[str, Any]:
        key = text(item, "key")
        if key not in self.builtin_keys:
            raise Bad("key", f"“{key}” is not an exercise CoreLog knows.")
        uuid = self.fresh(item)
        measure = text(item, "measure")
        if measure not in ("hold", "reps"):
            raise Bad("measure", "Choose whether it is done for reps or held for a time.")
        self.measures[uuid] = measure
        if self.version == 1:
            return {"uuid": uuid, "key": key, "changed_at": None}
        changed_at = instant(item, "changed_at", optional=True)
        name = text(item, "name")
        tidy = validate_exercise_name(name, ())
        raise_invalid(tidy)
        return {
            "uuid": uuid,
            "key": key,
            "name": tidy,
            "hidden": boolean(item, "hidden"),
            "changed_at": changed_at,
        }

    def exercise_ref(self, item: dict) -> tuple[str, str]:
        ref = entry_uuid(item, "exercise")
        if ref not in self.measures:
            raise Bad("exercise", "names an exercise that is not in the file (unknown exercise).")
        assert ref is not None
        return ref, self.measures[ref]

    def preset(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        name = " ".join((text(item, "name") or "").split())
        if not name:
            raise Bad("name", "Give the preset a name.")
        if len(name) > MAX_PRESET_NAME:
            raise Bad("name", f"Keep the name to {MAX_PRESET_NAME} characters or fewer.")
        exercise, _measure = self.exercise_ref(item)
        mode = text(item, "mode")
        if mode not in TIMER_MODES:
            raise Bad("mode", "must be countdown or count_up.")
        values = {n: whole(item, n) for n in ("hold_ms", "sets", "rest_ms", "prep_ms")}
        alternate = boolean(item, "alternate_sides")
        try:
            TimerPlan(mode=TimerMode(mode), alternate_sides=alternate, **values)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise Bad("hold_ms", f"is not a plan the plank timer can run ({exc}).") from exc
        return {
            "uuid": uuid,
            "name": name,
            "exercise": exercise,
            "mode": mode,
            **values,
            "alternate_sides": alternate,
            **stamps(item),
        }

    # ------------------------------------------------------------ training
    def run(self, item: dict, shoes: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        started, offset = self.start(item, "started_at", "Enter when the run started.")
        distance = real(item, "distance_m")
        duration = real(item, "duration_s")
        assert distance is not None and duration is not None
        checked("distance_m", lambda: check_distance_m(distance))
        checked("duration_s", lambda: check_duration_s(duration))
        run_type = checked(
            "run_type",
            lambda: clean_choice(
                text(item, "run_type"), RUN_TYPES, "Choose a run type from the list."
            ),
        )
        race_class = text(item, "race_class", optional=True)
        if run_type == RACE:
            checked(
                "race_class",
                lambda: clean_choice(race_class, RACE_CLASSES, "Choose the race distance."),
            )
        else:
            race_class = None
        surface = text(item, "surface", optional=True)
        if surface is not None:
            checked(
                "surface",
                lambda: clean_choice(surface, SURFACES, "Choose a surface from the list."),
            )
        effort = checked("effort", lambda: clean_effort(whole(item, "effort", optional=True)))
        gain = real(item, "elevation_gain_m", optional=True)
        if gain is not None:
            checked("elevation_gain_m", lambda: check_elevation_gain_m(gain, distance))
        shoe = entry_uuid(item, "shoe", optional=True)
        if shoe is not None and shoe not in shoes:
            raise Bad("shoe", "names a pair that is not in the file.")
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
            "notes": text(item, "notes"),
            **stamps(item),
        }

    def core_session(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        started, offset = self.start(item, "started_at", "Enter when the session started.")
        effort = checked("effort", lambda: clean_effort(whole(item, "effort", optional=True)))
        duration = real(item, "duration_s", optional=True)
        if duration is not None and duration <= 0:
            raise Bad("duration_s", "The time must be more than zero.")
        workouts_in = listed(item, "timer_workouts")
        sets_in = listed(item, "sets")
        workouts = [
            nested(w, f"timer_workouts.{i}", self.workout) for i, w in enumerate(workouts_in)
        ]
        workout_ids = {w["uuid"] for w in workouts}
        sets = [
            nested(s, f"sets.{i}", lambda s: self.core_set(s, workout_ids))
            for i, s in enumerate(sets_in)
        ]
        return {
            "uuid": uuid,
            "started_at": started,
            "utc_offset_min": offset,
            "duration_s": duration,
            "effort": effort,
            "notes": text(item, "notes"),
            **stamps(item),
            "timer_workouts": workouts,
            "sets": sets,
        }

    def workout(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        exercise, _measure = self.exercise_ref(item)
        mode = text(item, "mode")
        if mode not in TIMER_MODES:
            raise Bad("mode", "must be countdown or count_up.")
        target = whole(item, "target_hold_ms", optional=True)
        if target is not None:
            checked("target_hold_ms", lambda: clean_hold(target))
        planned = whole(item, "planned_sets")
        assert planned is not None
        if planned < 1:
            raise Bad("planned_sets", "must be at least 1.")
        values: dict[str, Any] = {}
        for name in ("rest_ms", "prep_ms"):
            value = whole(item, name)
            assert value is not None
            if value < 0:
                raise Bad(name, "can't be negative.")
            values[name] = value
        started, offset = self.start(item, "started_at", "Enter when the workout started.")
        return {
            "uuid": uuid,
            "exercise": exercise,
            "mode": mode,
            "target_hold_ms": target,
            "planned_sets": planned,
            **values,
            "alternate_sides": boolean(item, "alternate_sides"),
            "completed": boolean(item, "completed"),
            "started_at": started,
            "utc_offset_min": offset,
            **stamps(item),
        }

    def core_set(self, item: dict, workout_ids: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        exercise, measure = self.exercise_ref(item)
        reps = whole(item, "reps", optional=True)
        hold_ms = whole(item, "hold_ms", optional=True)
        if reps is not None and hold_ms is not None:
            raise Bad("reps", "A set has either reps or a hold time, not both.")
        amount = reps if measure == "reps" else hold_ms
        side = text(item, "side", optional=True)
        result = validate_set(
            SetEntry(exercise=exercise, measure=measure, amount=amount, side=side)
        )
        amount_field = "reps" if measure == "reps" else "hold_ms"
        raise_invalid(result, {"amount": amount_field})
        position = whole(item, "position")
        assert position is not None
        if position < 0:
            raise Bad("position", "can't be negative.")
        target = whole(item, "target_hold_ms", optional=True)
        if target is not None:
            checked("target_hold_ms", lambda: clean_hold(target))
        workout = entry_uuid(item, "timer_workout", optional=True)
        if workout is not None and workout not in workout_ids:
            raise Bad("timer_workout", "names a timer workout that is not in this session.")
        return {
            "uuid": uuid,
            "position": position,
            "exercise": exercise,
            "side": result.side,
            "reps": result.reps,
            "hold_ms": result.hold_ms,
            "target_hold_ms": target,
            "timer_workout": workout,
            "interrupted": boolean(item, "interrupted"),
            **stamps(item),
        }

    def soreness(self, item: dict, runs: set[str], sessions: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, local = local_time(item, "noted_at")
        result = validate_soreness(
            noted_at=local,
            region=text(item, "region"),
            severity=whole(item, "severity"),
            feel=text(item, "feel"),
            onset=text(item, "onset"),
            trend=text(item, "trend"),
            now=self.now,
            swelling=boolean(item, "swelling"),
            days_lasted=whole(item, "days_lasted"),
            notes=text(item, "notes"),
            known_regions=self.regions,
        )
        raise_invalid(result)
        run = entry_uuid(item, "run", optional=True)
        if run is not None and run not in runs:
            raise Bad("run", "names a run that is not in the file.")
        session = entry_uuid(item, "core_session", optional=True)
        if session is not None and session not in sessions:
            raise Bad("core_session", "names a core session that is not in the file.")
        follow_ups = [
            nested(f, f"follow_ups.{i}", self.follow_up)
            for i, f in enumerate(listed(item, "follow_ups"))
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
            "resolved_at": instant(item, "resolved_at", optional=True),
            **stamps(item),
            "follow_ups": follow_ups,
        }

    def follow_up(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, local = local_time(item, "noted_at")
        result = validate_soreness_follow_up(
            noted_at=local,
            severity=whole(item, "severity"),
            trend=text(item, "trend"),
            now=self.now,
            swelling=boolean(item, "swelling"),
            notes=text(item, "notes"),
        )
        raise_invalid(result)
        return {
            "uuid": uuid,
            "noted_at": utc,
            "utc_offset_min": offset,
            "severity": result.severity,
            "trend": result.trend,
            "swelling": result.swelling,
            "notes": result.notes,
            **stamps(item),
        }

    # ------------------------------------------------------------ bookkeeping
    def deletion(self, item: dict) -> dict[str, Any]:
        uuid = entry_uuid(item)
        if uuid in self.seen:
            raise Bad("uuid", "is an entry of the file too, so it cannot also be deleted.")
        assert uuid is not None
        self.seen.add(uuid)
        kind = text(item, "kind")
        if kind not in KIND_TABLES:
            raise Bad("kind", f"“{kind}” is not a kind of entry CoreLog keeps.")
        return {"uuid": uuid, "kind": kind, "deleted_at": instant(item, "deleted_at")}

    def alias(self, item: dict) -> dict[str, Any]:
        uuid = entry_uuid(item)
        same_as = entry_uuid(item, "same_as")
        kind = text(item, "kind")
        if kind not in NAMED_KINDS:
            raise Bad("kind", "must be shoe, exercise or timer_preset.")
        if uuid == same_as:
            raise Bad("same_as", "names the entry itself.")
        return {"uuid": uuid, "kind": kind, "same_as": same_as}


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
    return log
