"""Saved plank-timer workouts ("Plank 3 × 45 s") as CoreLog hands them around."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PresetValues:
    """A preset to store: its name and the saved plan (durations in milliseconds).

    ``hold_ms`` is the target of each hold; for a count-up ("hold to failure") preset it
    is the optional goal, 0 for none. ``sets`` counts per side when ``alternate_sides``.
    """

    name: str
    exercise_id: int
    mode: str
    hold_ms: int
    sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool


@dataclass(frozen=True)
class PresetRow:
    """One stored preset, with the name and state of its exercise."""

    id: int
    uuid: str
    name: str
    exercise_id: int
    exercise_name: str
    exercise_hidden: bool
    mode: str
    hold_ms: int
    sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool

    @property
    def values(self) -> PresetValues:
        return PresetValues(
            name=self.name,
            exercise_id=self.exercise_id,
            mode=self.mode,
            hold_ms=self.hold_ms,
            sets=self.sets,
            rest_ms=self.rest_ms,
            prep_ms=self.prep_ms,
            alternate_sides=self.alternate_sides,
        )
