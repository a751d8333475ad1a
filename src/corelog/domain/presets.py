"""Saved plank-timer workouts ("Plank 3 × 45 s") as CoreLog hands them around."""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.values import values_of


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
class PresetRow(PresetValues):
    """One stored preset: its values, with the name and state of its exercise."""

    id: int
    uuid: str
    exercise_name: str
    exercise_hidden: bool

    @property
    def values(self) -> PresetValues:
        return values_of(PresetValues, self)
