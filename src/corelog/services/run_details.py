"""A run's own page: its figures, its track as chart series, splits, load and recovery.

Everything is read on demand for one run (a track decodes in about a millisecond) and
handed to the page as plain records in the user's unit. Runs typed by hand have no
recording: the page shows what was typed and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from corelog.activities import codec
from corelog.activities.model import Track
from corelog.activities.splits import Split, moving_clock, splits
from corelog.domain.heart_load import trimp
from corelog.domain.load import run_load
from corelog.domain.recordings import NOTHING_RECORDED, RecordedFigures, RecordingValues
from corelog.domain.records import RunRecord
from corelog.domain.runs import RunRow
from corelog.domain.units import metres_per_unit
from corelog.store import recordings as rec_store
from corelog.store import runs as run_store
from corelog.store.store import Store

SORENESS_HOURS = 72
PACE_WINDOW_M = 100.0
"""Pace on the chart is over the last 100 metres, so one noisy second does not spike it."""


@dataclass(frozen=True)
class Series:
    """The track against distance, in the user's unit (NaN where nothing was recorded)."""

    distance: np.ndarray  # km or miles
    pace_s: np.ndarray  # seconds per km or mile
    hr: np.ndarray
    elevation_m: np.ndarray


@dataclass(frozen=True)
class SorenessLine:
    entry_id: int
    when: datetime  # local
    region: str  # its name
    severity: int
    linked: bool


@dataclass(frozen=True)
class RunPage:
    """The run as saved, what its file recorded (None for a run typed by hand), and what
    the page works out from them."""

    run: RunRow
    recording: RecordingValues | None
    started_local: datetime
    effort_load: float
    heart_load: float | None = None
    series: Series | None = None
    splits: tuple[Split, ...] = ()
    soreness: tuple[SorenessLine, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.recording is not None

    @property
    def figures(self) -> RecordedFigures:
        """What the file measured; nothing for a run typed by hand."""
        return NOTHING_RECORDED if self.recording is None else self.recording.figures


def _series(track, unit: str) -> Series | None:
    t, dist = track.t, track.dist
    ok = np.isfinite(dist)
    if ok.sum() < 2:
        return None
    per_unit = float(metres_per_unit(unit))
    dist = np.maximum.accumulate(np.where(ok, dist, 0.0))
    pace = np.full(len(dist), np.nan)
    if np.isfinite(t).all():
        clock = moving_clock(t, dist)
        back = np.searchsorted(dist, dist - PACE_WINDOW_M, side="left")
        span = dist - dist[back]
        took = clock - clock[back]
        moving = (span >= PACE_WINDOW_M * 0.5) & (took > 0)
        pace[moving] = took[moving] / span[moving] * per_unit
        pace[pace > 30 * 60 * per_unit / 1000] = np.nan  # slower than 30:00 /km: standing
    return Series(dist / per_unit, pace, track.hr, track.alt)


def run_page(
    store: Store, run_id: int, unit: str, rest_hr: int, max_hr: int, weighting: float
) -> RunPage | None:
    """What a run's page shows; None when the run is gone."""
    run = run_store.get_run(store, run_id)
    if run is None:
        return None
    local = (run.started_at + timedelta(minutes=run.utc_offset_min)).replace(tzinfo=None)
    record = RunRecord(
        local, int(run.distance_m), int(run.duration_s), run.run_type, run.race_class, run.effort
    )
    recording = rec_store.recording_of(store, run.id)
    values = None if recording is None else recording.values
    track = None if recording is None else _track(store, recording.id)
    heart = None
    if values is not None and values.figures.avg_hr is not None and max_hr > rest_hr:
        heart = trimp(run.duration_s / 60, values.figures.avg_hr, rest_hr, max_hr, weighting)
    return RunPage(
        run=run,
        recording=values,
        started_local=local,
        effort_load=run_load(record),
        heart_load=heart,
        series=_series(track, unit) if track is not None else None,
        splits=tuple(splits(track, float(metres_per_unit(unit)))) if track is not None else (),
        soreness=tuple(_soreness(store, run.id, run.started_at)),
    )


def _track(store: Store, recording_id: int) -> Track | None:
    blob = rec_store.track_of(store, recording_id)
    return codec.decode(blob) if blob else None


def _soreness(store: Store, run_id: int, start: datetime) -> list[SorenessLine]:
    notes = rec_store.soreness_after(store, run_id, start, SORENESS_HOURS)
    if not notes:
        return []
    from corelog.services.recovery import region_names

    names = region_names()
    return [
        SorenessLine(
            n.entry_id,
            (n.noted_at + timedelta(minutes=n.utc_offset_min)).replace(tzinfo=None),
            names.get(n.region, n.region),
            n.severity,
            n.linked,
        )
        for n in notes
    ]
