"""What the soreness assessment reads: one entry, and the training around it.

:class:`SorenessInput` is what the user said about one soreness entry; :class:`RecentRun`,
:class:`PastEpisode` and :class:`TrainingContext` are the recent training and soreness the
likely causes are looked for in. Each refuses values it cannot read, with a message that
names the field. Plain Python: no imports from the rest of CoreLog but its own terms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from corelog.domain.soreness_terms import (
    FEELS,
    MAX_DAYS_LASTED,
    MAX_SEVERITY,
    ONSETS,
    RACE_CLASS_WORDS,
    RACE_CLASSES,
    REGIONS,
    RUN_TYPE_WORDS,
    RUN_TYPES,
    TRENDS,
)

# --- Input ---------------------------------------------------------------------------


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {value!r}")


def _require_choice(
    value: object, choices: tuple[str, ...], what: str, *, optional: bool = False
) -> None:
    """``value`` is one of ``choices`` (or None, when ``optional``)."""
    if value not in choices and not (optional and value is None):
        raise ValueError(f"{what} must be one of {', '.join(choices)}; got {value!r}")


def _require_count(value: object, most: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be a whole number, got {value!r}")
    if not 0 <= value <= most:
        raise ValueError(f"{what} must be 0-{most}, got {value}")


@dataclass(frozen=True)
class SorenessInput:
    """What the user told CoreLog about one soreness entry."""

    region: str
    severity: int
    """0-10: 0 no pain left, 1-3 mild, 4-6 moderate, 7-10 severe."""
    feel: str
    onset: str
    trend: str
    swelling: bool = False
    """Swelling, or tenderness that gets worse with movement."""
    days_lasted: int = 0

    def __post_init__(self) -> None:
        _require_choice(self.region, REGIONS, "region")
        _require_choice(self.feel, FEELS, "feel")
        _require_choice(self.onset, ONSETS, "onset")
        _require_choice(self.trend, TRENDS, "trend")
        _require_count(self.severity, MAX_SEVERITY, "severity")
        if not isinstance(self.swelling, bool):
            raise ValueError(f"swelling must be True or False, got {self.swelling!r}")
        _require_count(self.days_lasted, MAX_DAYS_LASTED, "days_lasted")


@dataclass(frozen=True)
class RecentRun:
    """A run from the user's log, as far as the assessment needs it."""

    started_at: datetime
    distance_m: float
    duration_s: float
    run_type: str
    race_class: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.started_at, "started_at")
        _require_choice(self.run_type, RUN_TYPES, "run_type")
        _require_choice(self.race_class, RACE_CLASSES, "race_class", optional=True)
        for value in (self.distance_m, self.duration_s):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"a run's distance and duration must be 0 or more, got {value}")

    @property
    def words(self) -> str:
        """How a sentence names this run: "long run", "hill session", "5K race"."""
        if self.run_type == "race" and self.race_class is not None:
            return RACE_CLASS_WORDS[self.race_class]
        return RUN_TYPE_WORDS[self.run_type]


@dataclass(frozen=True)
class PastEpisode:
    """An earlier soreness episode: when, where, and the kind of run before it (if any)."""

    noted_at: datetime
    region: str
    run_type: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.noted_at, "noted_at")
        _require_choice(self.region, REGIONS, "region")
        _require_choice(self.run_type, RUN_TYPES, "run_type", optional=True)


@dataclass(frozen=True)
class TrainingContext:
    """The entry's time and the training around it.

    ``runs``, ``core_sessions`` (their start times) and ``past_episodes`` may come in any
    order and may include items after ``at``; those are ignored.

    What came before the soreness: ``preceding_run`` is the run the user linked to the
    entry, ``preceding_session`` the start of the core session they linked instead.
    With neither, and ``link_given`` False, the latest run in the 72 hours before ``at``
    is taken; with ``link_given`` True the user said nothing came before it, and no run
    is guessed.
    """

    at: datetime
    runs: tuple[RecentRun, ...] = ()
    core_sessions: tuple[datetime, ...] = ()
    past_episodes: tuple[PastEpisode, ...] = ()
    preceding_run: RecentRun | None = None
    preceding_session: datetime | None = None
    link_given: bool = False

    def __post_init__(self) -> None:
        _require_aware(self.at, "at")
        for started in self.core_sessions:
            _require_aware(started, "a core session's start")
        if self.preceding_session is not None:
            _require_aware(self.preceding_session, "preceding_session")
        if self.preceding_run is not None and self.preceding_session is not None:
            raise ValueError("an entry follows a run or a core session, not both")

    @property
    def link_fixed(self) -> bool:
        """Whether the user chose what came before the entry (so nothing is guessed)."""
        return (
            self.link_given
            or self.preceding_run is not None
            or self.preceding_session is not None
        )
