"""Core sessions as CoreLog hands them around: a saved session with its sets, the values
of one to save, and the longest hold of an exercise.

The store reads and writes these (``store.core``), the services check and change them
(``services.core``, ``services.core_form``), and the Log, Today, History and timer pages show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from corelog.domain.timeutil import StoredStart


@dataclass(frozen=True)
class CoreSetRow:
    """One stored set, with the exercise it names."""

    id: int
    uuid: str
    position: int
    exercise_id: int
    exercise_key: str | None
    exercise_name: str
    measure: str
    """How the exercise is measured ("hold" or "reps")."""
    sided: bool
    """Whether the exercise is done per side."""
    side: str | None
    reps: int | None
    hold_ms: int | None
    target_hold_ms: int | None = None
    workout_id: int | None = None
    interrupted: bool = False


@dataclass(frozen=True)
class CoreSessionRow(StoredStart):
    """One core session with its sets in order."""

    id: int
    uuid: str
    started_at: datetime
    """Aware UTC."""
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    notes: str
    sets: tuple[CoreSetRow, ...] = ()


@dataclass(frozen=True)
class SessionStart(StoredStart):
    """A session reduced to what weekly counts and training load need."""

    id: int
    started_at: datetime
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    sets: int


@dataclass(frozen=True)
class SetValues:
    """A set ready to store; ``set_id`` names the stored set an edit keeps (None: new)."""

    exercise_id: int
    side: str | None
    reps: int | None
    hold_ms: int | None
    set_id: int | None = None


@dataclass(frozen=True)
class SessionValues:
    """A session ready to store (checked by the caller)."""

    started_at: datetime
    """Aware; stored as UTC."""
    utc_offset_min: int
    duration_s: float | None
    effort: int | None
    notes: str
    sets: tuple[SetValues, ...]


@dataclass(frozen=True)
class SessionSnapshot:
    """Every column of a session and its sets at one moment, for exact undo."""

    session: Mapping[str, Any]
    sets: tuple[Mapping[str, Any], ...]

    @property
    def session_id(self) -> int:
        return self.session["id"]


@dataclass(frozen=True)
class BestHold(StoredStart):
    """The longest hold of one exercise (interrupted holds do not count)."""

    exercise_id: int
    hold_ms: int
    side: str | None
    set_id: int
    session_id: int
    started_at: datetime
    """The session's start, aware UTC."""
    utc_offset_min: int
