"""Plain, frozen records of the user's training that the analysis functions work on.

Times are local wall-clock datetimes (join the stored UTC time and offset with
:func:`corelog.domain.timeutil.from_utc_and_offset`), so each entry falls on the day
the user lived it. Each record may carry ``ref``, whatever the caller uses to find
the entry again (its id or UUID); the analysis never looks at it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run: when, how far (metres), how long (seconds), what kind, how hard."""

    start: datetime
    distance_m: int
    duration_s: int
    run_type: str = "easy"
    race_class: str | None = None
    effort: int | None = None
    ref: object = None

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True, slots=True)
class CoreRecord:
    """A core session: when, how hard, how long (seconds, None if not known), how many sets."""

    start: datetime
    effort: int | None = None
    duration_s: int | None = None
    sets: int = 0
    ref: object = None

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """One timed hold: when, which exercise (its key), how long in milliseconds."""

    at: datetime
    exercise: str
    hold_ms: int
    ref: object = None

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True, slots=True)
class SorenessRecord:
    """A soreness entry: when it was noted, where (region key), how bad (0-10)."""

    at: datetime
    region: str
    severity: int
    ref: object = None

    @property
    def day(self) -> date:
        return self.at.date()


class Dated(Protocol):
    @property
    def day(self) -> date: ...


D = TypeVar("D", bound=Dated)


def between(records: Iterable[D], first_day: date, last_day: date) -> list[D]:
    """The records whose local day is from ``first_day`` to ``last_day``, both included."""
    return [record for record in records if first_day <= record.day <= last_day]
