"""Checking each entry of an export file with the rules of the form that makes it.

:class:`EntryReader` turns one decoded entry (a run, a session with its sets, a timer
preset, a tombstone, ...) into checked, converted values: aware UTC instants, links as
uuids, names tidied as the forms tidy them. A problem raises ``Bad`` with the field and
one clear sentence; ``services.exchange_check`` names the entry around it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from corelog.domain import i18n
from corelog.domain.core_validation import (
    SetEntry,
    clean_hold,
    validate_custom_exercise,
    validate_exercise_name,
    validate_set,
)
from corelog.domain.i18n import Checks, Exchange
from corelog.domain.run_validation import (
    check_distance_m,
    check_duration_s,
    check_elevation_gain_m,
)
from corelog.domain.validation import clean_choice, clean_effort, clean_start
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES, SURFACES
from corelog.services.exchange_fields import (
    Bad,
    boolean,
    checked,
    counted,
    entry_uuid,
    instant,
    linked,
    listed,
    local_time,
    nested,
    raise_invalid,
    real,
    stamps,
    text,
    used_twice,
    whole,
)
from corelog.services.exchange_soreness import SorenessEntries
from corelog.store.tombstones import KIND_TABLES
from corelog.timer import TimerMode, TimerPlan

TIMER_MODES = ("countdown", "count_up")
MAX_SHOE_NAME = 120
MAX_SHOE_START_M = 10_000_000
MAX_PRESET_NAME = 80
NAMED_KINDS = ("shoe", "exercise", "timer_preset")
"""Kinds of entries that may be known by two uuids (made on two computers)."""


def _name_too_long(most: int) -> str:
    return Checks.tr("Keep the name to {most} characters or fewer.").format(most=i18n.integer(most))


def _mode(item: dict) -> str:
    mode = text(item, "mode")
    if mode not in TIMER_MODES:
        raise Bad("mode", Exchange.tr("must be countdown or count_up."))
    return mode


def _target_hold(item: dict) -> int | None:
    target = whole(item, "target_hold_ms", optional=True)
    if target is not None:
        checked("target_hold_ms", lambda: clean_hold(target))
    return target


class EntryReader(SorenessEntries):
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
            raise Bad("uuid", used_twice())
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
            raise Bad("name", Exchange.tr("The pair has no name."))
        if len(name) > MAX_SHOE_NAME:
            raise Bad("name", _name_too_long(MAX_SHOE_NAME))
        start = real(item, "start_distance_m")
        assert start is not None
        if start < 0:
            raise Bad(
                "start_distance_m", Checks.tr("The distance already on the pair can't be negative.")
            )
        if start > MAX_SHOE_START_M:
            limit = i18n.integer(MAX_SHOE_START_M // 1000) + " km"
            message = Checks.tr("More than {limit} on one pair? Check the distance already on it.")
            raise Bad("start_distance_m", message.format(limit=limit))
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
            raise Bad(
                "key", Exchange.tr("“{key}” is not an exercise CoreLog knows.").format(key=key)
            )
        uuid = self.fresh(item)
        measure = text(item, "measure")
        if measure not in ("hold", "reps"):
            raise Bad(
                "measure", Checks.tr("Choose whether it is done for reps or held for a time.")
            )
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
            problem = Exchange.tr("names an exercise that is not in the file (unknown exercise).")
            raise Bad("exercise", problem)
        assert ref is not None
        return ref, self.measures[ref]

    def preset(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        name = " ".join((text(item, "name") or "").split())
        if not name:
            raise Bad("name", Checks.tr("Give the preset a name."))
        if len(name) > MAX_PRESET_NAME:
            raise Bad("name", _name_too_long(MAX_PRESET_NAME))
        exercise, _measure = self.exercise_ref(item)
        mode = _mode(item)
        values = {n: whole(item, n) for n in ("hold_ms", "sets", "rest_ms", "prep_ms")}
        alternate = boolean(item, "alternate_sides")
        try:
            TimerPlan(mode=TimerMode(mode), alternate_sides=alternate, **values)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            problem = Exchange.tr("is not a plan the plank timer can run ({problem}).")
            raise Bad("hold_ms", problem.format(problem=exc)) from exc
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
        started, offset = self.start(item, "started_at", Checks.tr("Enter when the run started."))
        distance = real(item, "distance_m")
        duration = real(item, "duration_s")
        assert distance is not None and duration is not None
        checked("distance_m", lambda: check_distance_m(distance))
        checked("duration_s", lambda: check_duration_s(duration))
        run_type = checked(
            "run_type",
            lambda: clean_choice(
                text(item, "run_type"), RUN_TYPES, Checks.tr("Choose a run type from the list.")
            ),
        )
        race_class = text(item, "race_class", optional=True)
        if run_type == RACE:
            checked(
                "race_class",
                lambda: clean_choice(
                    race_class,
                    RACE_CLASSES,
                    Checks.tr(
                        "Choose the race distance: 5K, 10K, half marathon, marathon or other."
                    ),
                ),
            )
        else:
            race_class = None
        surface = text(item, "surface", optional=True)
        if surface is not None:
            checked(
                "surface",
                lambda: clean_choice(
                    surface, SURFACES, Checks.tr("Choose a surface from the list.")
                ),
            )
        effort = checked("effort", lambda: clean_effort(whole(item, "effort", optional=True)))
        gain = real(item, "elevation_gain_m", optional=True)
        if gain is not None:
            checked("elevation_gain_m", lambda: check_elevation_gain_m(gain, distance))
        shoe = linked(item, "shoe", shoes, Exchange.tr("names a pair that is not in the file."))
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
        started, offset = self.start(
            item, "started_at", Checks.tr("Enter when the session started.")
        )
        effort = checked("effort", lambda: clean_effort(whole(item, "effort", optional=True)))
        duration = real(item, "duration_s", optional=True)
        if duration is not None and duration <= 0:
            raise Bad("duration_s", Checks.tr("The time must be more than zero."))
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
        mode = _mode(item)
        target = _target_hold(item)
        planned = counted(item, "planned_sets", 1)
        values = {name: counted(item, name) for name in ("rest_ms", "prep_ms")}
        started, offset = self.start(
            item, "started_at", Exchange.tr("Enter when the workout started.")
        )
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
            raise Bad("reps", Exchange.tr("A set has either reps or a hold time, not both."))
        amount = reps if measure == "reps" else hold_ms
        side = text(item, "side", optional=True)
        result = validate_set(
            SetEntry(exercise=exercise, measure=measure, amount=amount, side=side)
        )
        amount_field = "reps" if measure == "reps" else "hold_ms"
        raise_invalid(result, {"amount": amount_field})
        position = counted(item, "position")
        target = _target_hold(item)
        workout = linked(
            item,
            "timer_workout",
            workout_ids,
            Exchange.tr("names a timer workout that is not in this session."),
        )
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

    # ------------------------------------------------------------ bookkeeping
    def deletion(self, item: dict) -> dict[str, Any]:
        uuid = entry_uuid(item)
        if uuid in self.seen:
            raise Bad(
                "uuid", Exchange.tr("is an entry of the file too, so it cannot also be deleted.")
            )
        assert uuid is not None
        self.seen.add(uuid)
        kind = text(item, "kind")
        if kind not in KIND_TABLES:
            problem = Exchange.tr("“{kind}” is not a kind of entry CoreLog keeps.")
            raise Bad("kind", problem.format(kind=kind))
        return {"uuid": uuid, "kind": kind, "deleted_at": instant(item, "deleted_at")}

    def alias(self, item: dict) -> dict[str, Any]:
        uuid = entry_uuid(item)
        same_as = entry_uuid(item, "same_as")
        kind = text(item, "kind")
        if kind not in NAMED_KINDS:
            raise Bad("kind", Exchange.tr("must be shoe, exercise or timer_preset."))
        if uuid == same_as:
            raise Bad("same_as", Exchange.tr("names the entry itself."))
        return {"uuid": uuid, "kind": kind, "same_as": same_as}
