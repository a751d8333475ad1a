"""A recording of a run, as CoreLog keeps it: what a watch or app measured.

The import makes one from an activity file (``services.activity_values``), the store
keeps it beside the run (``store.recordings``), and a run's own page shows it. The
figures a file measured (:class:`RecordedFigures`) are one record, held alike by the
activity read from the file (``activities.model.Activity``) and by its recording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RecordedFigures:
    """What a file's samples measured of an activity besides its distance and times.

    In metres, beats and steps a minute; None where the file has no such samples (no
    heights, no heart rate). ``points`` counts the samples kept.
    """

    climb_m: float | None
    avg_hr: float | None
    max_hr: float | None
    avg_cadence: float | None
    max_cadence: float | None
    points: int


NOTHING_RECORDED = RecordedFigures(None, None, None, None, None, 0)
"""The figures of a run typed by hand: no file measured anything."""


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
    figures: RecordedFigures
    dropped_samples: int
