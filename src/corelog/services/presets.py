"""Saved plank-timer workouts: "Plank 3 × 45 s", "Side plank 2 × 30 s each side".

A preset keeps a whole setup (exercise, mode, target, sets, rest, prep) under a name the
user picks, or one CoreLog suggests from the setup (:func:`suggest_name`). Saving under a
name that already exists (capitals and spacing aside) replaces that preset's setup. Each
change is an operation with ``do()`` and ``undo()`` for the undo stack; a later ``do()``
(redo) repeats it exactly, the same row and uuid included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from corelog.domain.core_validation import exercise_name_key
from corelog.domain.i18n import Checks, Timer, integer
from corelog.domain.presets import PresetRow, PresetValues
from corelog.domain.validation import Invalid
from corelog.store import presets as store_presets
from corelog.store.store import Store
from corelog.timer import TimerMode, TimerPlan
from corelog.timer.snapshot import format_duration_ms

MAX_NAME = 80


def presets(store: Store) -> list[PresetRow]:
    """Every preset, by name."""
    return store_presets.list_presets(store)


def get_preset(store: Store, preset_id: int) -> PresetRow | None:
    return store_presets.get_preset(store, preset_id)


def find_preset(store: Store, name: str) -> PresetRow | None:
    """The preset called ``name``, capitals and spacing aside; None if there is none."""
    key = exercise_name_key(name)
    return next((p for p in presets(store) if exercise_name_key(p.name) == key), None)


def hold_words(plan: TimerPlan, duration: Callable[[int], str] = format_duration_ms) -> str:
    """What each hold of a plan is: "45 s", "30 s each side", "to failure", "to failure
    (goal 1 min)"; ``duration`` writes the times."""
    if plan.mode is TimerMode.COUNT_UP:
        if plan.hold_ms:
            hold = Timer.tr("to failure (goal {time})").format(time=duration(plan.hold_ms))
        else:
            hold = Timer.tr("to failure")
    else:
        hold = duration(plan.hold_ms)
    if plan.alternate_sides:
        hold = Timer.tr("{hold} each side").format(hold=hold)
    return hold


def suggest_name(exercise_name: str, plan: TimerPlan) -> str:
    """A name that says what the preset does: "Plank 3 × 45 s", "Side plank 2 × 30 s each
    side", "Plank 3 × to failure", "Plank 3 × to failure (goal 1 min)"."""
    return f"{exercise_name} {plan.sets} × {hold_words(plan)}"[:MAX_NAME]


def check_name(name: str | None, suggested: str) -> str | Invalid:
    """The preset's name, tidied: the typed one, or ``suggested`` when left empty.
    Error field: ``name``."""
    tidy = " ".join((name or "").split()) or " ".join(suggested.split())
    if not tidy:
        return Invalid({"name": Checks.tr("Give the preset a name.")})
    if len(tidy) > MAX_NAME:
        message = Checks.tr("Keep the name to {most} characters or fewer.")
        return Invalid({"name": message.format(most=integer(MAX_NAME))})
    return tidy


def preset_values(name: str, exercise_id: int, plan: TimerPlan) -> PresetValues:
    """A checked setup as a preset to store."""
    return PresetValues(
        name=name,
        exercise_id=exercise_id,
        mode=plan.mode.value,
        hold_ms=plan.hold_ms,
        sets=plan.sets,
        rest_ms=plan.rest_ms,
        prep_ms=plan.prep_ms,
        alternate_sides=plan.alternate_sides,
    )


def plan_from_preset(preset: PresetRow, *, sided: bool | None = None) -> TimerPlan:
    """The preset's plan. ``sided`` (the exercise's current setting) overrides the stored
    ``alternate_sides``, since sided exercises always alternate."""
    return TimerPlan(
        hold_ms=preset.hold_ms,
        sets=preset.sets,
        rest_ms=preset.rest_ms,
        prep_ms=preset.prep_ms,
        mode=TimerMode(preset.mode),
        alternate_sides=preset.alternate_sides if sided is None else sided,
    )


class SavePreset:
    """Save a setup as a preset: a new one, or a new setup for the preset of that name.

    ``replaced`` tells which happened (after the first ``do()``); undo removes the new
    preset, or gives the replaced one back its previous setup.
    """

    def __init__(self, store: Store, values: PresetValues) -> None:
        self.store = store
        self.values = values
        existing = find_preset(store, values.name)
        self.replaced = existing is not None
        self.preset_id: int | None = existing.id if existing is not None else None
        self._before: Mapping[str, Any] | None = None
        self._after: Mapping[str, Any] | None = None

    def do(self) -> int:
        if self._after is not None:  # redo: the very same row again
            store_presets.restore_preset(self.store, self._after)
        elif self.replaced:
            assert self.preset_id is not None
            self._before = store_presets.preset_snapshot(self.store, self.preset_id)
            store_presets.update_preset(self.store, self.preset_id, self.values)
        else:
            self.preset_id = store_presets.add_preset(self.store, self.values)
        assert self.preset_id is not None
        self._after = store_presets.preset_snapshot(self.store, self.preset_id)
        return self.preset_id

    def undo(self) -> None:
        assert self.preset_id is not None
        if self._before is not None:
            store_presets.restore_preset(self.store, self._before)
        else:
            store_presets.delete_preset(self.store, self.preset_id)


class DeletePreset:
    """Delete a preset; undo brings back the very same one."""

    def __init__(self, store: Store, preset_id: int) -> None:
        self.store = store
        self.preset_id = preset_id
        self._removed: Mapping[str, Any] | None = None

    def do(self) -> None:
        self._removed = store_presets.delete_preset(self.store, self.preset_id)

    def undo(self) -> None:
        assert self._removed is not None
        store_presets.restore_preset(self.store, self._removed)
