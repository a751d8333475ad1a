"""Checking each entry of an export file with the rules of the form that makes it.

:class:`EntryReader` turns one decoded entry (a run, a session with its sets, a timer
preset, a tombstone, ...) into checked, converted values: aware UTC instants, links as
uuids, names tidied as the forms tidy them. A problem raises ``Bad`` with the field and
one clear sentence; ``services.exchange_check`` names the entry around it.
"""

from __future__ import annotations

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
from corelog.domain.validation import clean_choice, clean_effort, clean_start
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES, SURFACES
from corelog.services.exchange_fields import (
    Bad,
    boolean,
    checked,
    entry_uuid,
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
from corelog.store.tombstones import KIND_TABLES
from corelog.timer import TimerMode, TimerPlan

TIMER_MODES = ("countdown", "count_up")
MAX_SHOE_NAME = 120
MAX_SHOE_START_M = 10_000_000
MAX_PRESET_NAME = 80
NAMED_KINDS = ("shoe", "exercise", "timer_preset")
"""Kinds of entries that may be known by two uuids (made on two computers)."""


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
