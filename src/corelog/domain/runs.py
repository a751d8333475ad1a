"""A run as CoreLog hands it around: the values the user controls, and a saved run.

The store reads and writes these (``store.runs``), the services check and change them
(``services.runs``), and the Log and History pages show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from corelog.domain.values import Saved, values_of


@dataclass(frozen=True)
class RunOutline:
    """A run in outline: when it started, how far and how long it went, what kind it was."""

    started_at: datetime  # aware; stored as UTC
    utc_offset_min: int
    distance_m: float
    duration_s: float
    run_type: str
    race_class: str | None


@dataclass(frozen=True)
class RunValues(RunOutline):
    """What the user controls on a run, in stored units (everything but identity)."""

    effort: int | None
    surface: str | None
    elevation_gain_m: float | None
    shoe_id: int | None
    notes: str


@dataclass(frozen=True)
class RunRow(RunValues, Saved):
    """A saved run as lists show it: its values, with the name of the pair worn (if any).

    ``started_at`` is aware UTC.
    """

    shoe_name: str | None

    @property
    def values(self) -> RunValues:
        """This run's editable values, e.g. to put them back on Undo."""
        return values_of(RunValues, self)


class RunNotFound(LookupError):
    """The run is not in the database (or was deleted)."""
