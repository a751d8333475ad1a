"""The exercise library as CoreLog hands it around: an exercise, a built-in one as this
CoreLog ships it, what a library sync changed, and what keeps an exercise from deletion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExerciseRow:
    """One exercise of the library as the app shows it."""

    id: int
    uuid: str
    key: str | None
    """Knowledge-base key of a built-in exercise; None for the user's own."""
    name: str
    measure: str
    """"hold" (timed) or "reps"."""
    sided: bool
    builtin: bool
    hidden: bool
    sets: int = 0
    """How many sets in the user's (not deleted) sessions use it."""


@dataclass(frozen=True)
class BuiltinSpec:
    """A built-in exercise as this CoreLog ships it.

    ``former_names`` are names earlier CoreLog versions shipped for the same key: a row
    still carrying one of them was never renamed by the user, so it takes the new name.
    """

    key: str
    name: str
    measure: str
    sided: bool
    former_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncReport:
    """What :func:`sync_builtin_exercises` changed (keys)."""

    added: tuple[str, ...] = ()
    renamed: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.renamed or self.updated)


@dataclass(frozen=True)
class ExerciseUse:
    """What refers to an exercise (and so keeps it from being deleted)."""

    live_sets: int
    """Sets in sessions the user can see."""
    all_sets: int
    """Sets including those in deleted sessions that Undo can still bring back."""
    workouts: int
    """Plank-timer workouts recorded with it."""
    busy: bool = False
    """Work not yet saved refers to it (a plank-timer workout under way)."""

    @property
    def in_use(self) -> bool:
        return bool(self.all_sets or self.workouts or self.busy)


@dataclass(frozen=True)
class DeletedExercise:
    """Everything a delete removed, so Undo can put back the very same rows."""

    exercise: Mapping[str, Any]
    presets: tuple[Mapping[str, Any], ...] = field(default=())


class ExerciseInUseError(Exception):
    """The exercise is still used by sets or timer workouts and cannot be deleted."""

    def __init__(self, use: ExerciseUse) -> None:
        super().__init__(f"exercise still used by {use.all_sets} sets, {use.workouts} workouts")
        self.use = use
