"""A recording of a run, as CoreLog keeps it: what a watch or app measured.

The import makes one from an activity file (``services.activity_values``), the store
keeps it beside the run (``store.recordings``), and a run's own page shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RecordingValues:
    """One recording as stored (figures in metres, seconds, beats and steps a minute)."""

    source_format: str
    source_name: str
    file_sha256: str
    sport: str
    sub_sport: str
    kind: str
    leg: int | None
    title: str
    device: str
    started_at: datetime
    utc_offset_known: bool
    distance_m: float
    elapsed_s: float | None
    moving_s: float
    climb_m: float | None
    avg_hr: float | None
    max_hr: float | None
    avg_cadence: float | None
    max_cadence: float | None
    points: int
    dropped_samples: int
