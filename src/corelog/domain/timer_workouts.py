"""Plank-timer workouts as CoreLog hands them around: a past workout with its holds, a
finished one to save, and what a save wrote (to undo it exactly).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from corelog.domain.timeutil import StoredStart


@dataclass(frozen=True)
class TimerHoldRow:
    """One hold a timer workout recorded (as it is stored now)."""

    set_id: int
    hold_ms: int
    side: str | None
    target_hold_ms: int | None
    interrupted: bool

    @property
    def reached_target(self) -> bool:
        """Held to the target without interruption (no target: any whole hold counts)."""
        if self.interrupted:
            return False
        return not self.target_hold_ms or self.hold_ms >= self.target_hold_ms


@dataclass(frozen=True)
class WorkoutPlan:
    """The plan a timer workout ran (durations in milliseconds), and whether it was done.

    ``target_hold_ms`` is None (or 0) for a count-up workout without a goal.
    ``planned_sets`` counts per side when ``alternate_sides``. ``completed``: every
    planned hold done and held to the target.
    """

    exercise_id: int
    mode: str
    target_hold_ms: int | None
    planned_sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool
    completed: bool


@dataclass(frozen=True)
class TimerWorkoutRow(WorkoutPlan, StoredStart):
    """A past timer workout with the holds it recorded, in order."""

    id: int
    uuid: str
    session_id: int
    started_at: datetime
    utc_offset_min: int
    holds: tuple[TimerHoldRow, ...]

    @property
    def held_to_target(self) -> tuple[bool, ...]:
        """Per hold done, in order: whether it reached the target."""
        return tuple(hold.reached_target for hold in self.holds)


@dataclass(frozen=True)
class TimerHold:
    """One hold the timer measured: its real length, side, and whether it was cut short.

    ``interrupted``: the user stopped the workout during the hold, or the computer slept.
    """

    held_ms: int
    side: str | None = None
    interrupted: bool = False


@dataclass(frozen=True)
class FinishedWorkout(WorkoutPlan):
    """A timer workout that ended (or was stopped after at least one hold), to be saved.

    ``started_at`` is aware local time (stored as UTC and its offset). ``duration_s`` is
    the session's duration when saving it creates one.
    """

    started_at: datetime
    holds: Sequence[TimerHold]
    duration_s: float | None = None


@dataclass(frozen=True)
class TimerSave:
    """What one timer save wrote, enough to remove it exactly and to put it back."""

    session_id: int
    session_created: bool
    workout_id: int
    set_ids: tuple[int, ...]
    session_row: Mapping[str, Any] | None = None
    """The created session's columns (None when an existing session was extended)."""
    workout_row: Mapping[str, Any] = field(default_factory=dict)
    set_rows: tuple[Mapping[str, Any], ...] = ()
