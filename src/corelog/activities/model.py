"""What reading an activity file gives: tracks, activities and per-file results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np

from corelog.domain.recordings import RecordedFigures

Kind = Literal["run", "treadmill", "walk", "ride", "swim", "other"]
"""What an activity is, as far as CoreLog is concerned."""

KIND_WORDS: dict[str, tuple[str, str]] = {
    "run": ("run", "runs"),
    "treadmill": ("treadmill run", "treadmill runs"),
    "walk": ("walk", "walks"),
    "ride": ("ride", "rides"),
    "swim": ("swim", "swims"),
    "other": ("other activity", "other activities"),
}
"""Singular and plural words for each kind, as summaries use them."""

COLUMNS = ("t", "lat", "lon", "dist", "alt", "hr", "cad")
"""A track's columns: seconds since the start, degrees, metres from the start, metres
above sea level, heart rate (beats a minute), cadence (steps a minute)."""


@dataclass
class Track:
    """Samples as columns of equal length (float64); NaN where a sample lacks a value."""

    t: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    dist: np.ndarray
    alt: np.ndarray
    hr: np.ndarray
    cad: np.ndarray

    @classmethod
    def empty(cls) -> Track:
        return cls(*(np.zeros(0) for _ in COLUMNS))

    @classmethod
    def from_columns(cls, columns: dict[str, list[float]], length: int) -> Track:
        """A track from lists of floats (missing columns become all NaN)."""
        arrays = {}
        for name in COLUMNS:
            values = columns.get(name)
            if values is None:
                arrays[name] = np.full(length, np.nan)
            else:
                arrays[name] = np.asarray(values, dtype=np.float64)
        return cls(**arrays)

    def __len__(self) -> int:
        return len(self.t)

    def take(self, index: np.ndarray) -> Track:
        """The samples chosen by ``index`` (a boolean mask or positions)."""
        return Track(*(getattr(self, name)[index] for name in COLUMNS))

    def has(self, name: str) -> bool:
        column = getattr(self, name)
        return bool(len(column)) and bool(np.isfinite(column).any())


@dataclass
class RawActivity:
    """An activity as a parser read it, before samples are checked and figures made.

    ``start`` is aware UTC; ``utc_offset_min`` is the local offset when the file says it.
    The ``file_*`` figures are what the device wrote in its summary, when it wrote one.
    """

    sport: str
    sub_sport: str
    start: datetime | None
    utc_offset_min: int | None
    track: Track
    title: str = ""
    device: str = ""
    file_distance_m: float | None = None
    file_elapsed_s: float | None = None
    file_timer_s: float | None = None
    file_ascent_m: float | None = None
    file_avg_hr: float | None = None
    file_max_hr: float | None = None
    file_avg_cadence: float | None = None
    file_max_cadence: float | None = None
    leg: int | None = None  # position in a multisport file, from 1


@dataclass
class Activity:
    """An activity ready to become a run: checked samples, figures, the compact track.

    Figures are in stored units: metres, seconds, beats and steps a minute; those its
    samples measured beyond distance and times are ``figures``, as its recording keeps
    them. ``moving_s`` is None only when the file holds no times (``has_times`` False):
    then the user is asked for the duration.
    """

    kind: Kind
    sport: str  # the file's own word ("running", "cycling"), "" when it gives none
    sub_sport: str
    kind_guessed: bool  # the file does not say the sport: taken from its speed
    start: datetime | None  # aware UTC; without times, the file's date if it has one
    utc_offset_min: int | None
    title: str
    device: str
    distance_m: float
    elapsed_s: float | None
    moving_s: float | None
    figures: RecordedFigures
    dropped_backwards: int
    dropped_fast: int
    track_blob: bytes
    leg: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def has_times(self) -> bool:
        return self.moving_s is not None

    @property
    def dropped(self) -> int:
        return self.dropped_backwards + self.dropped_fast


@dataclass
class FileResult:
    """What one file gave: activities, or the reason it gave none.

    ``refused`` is a sentence for the user when the file could not be read (damaged,
    unsafe, too big, not an activity file at all); ``not_activity`` says what a readable
    file is when it is no recorded activity (a route, monitoring data, settings). A file
    with neither and no activities is impossible.
    """

    name: str
    fmt: str | None
    sha256: str = ""
    activities: list[Activity] = field(default_factory=list)
    refused: str | None = None
    not_activity: str | None = None
