"""From a parsed activity to one ready to log: bad samples out, figures in.

Two kinds of sample are dropped from the numbers, and counted so the summary can say so:

* a sample whose time is not after the one before it (clocks set back, files merged in
  the wrong order);
* a sample that could only be reached impossibly fast (a GPS position thrown hundreds of
  metres off, a distance counter that jumps): faster than ``MAX_SPEED_MS`` from the last
  good sample.

The figures prefer what the device wrote in its own summary (it saw every sample), and
are worked out from the track when the file has none, or when samples were dropped for
speed (the device's distance then includes the jump).
"""

from __future__ import annotations

import numpy as np

from corelog.activities import codec, geo
from corelog.activities.kinds import kind_by_speed, kind_of
from corelog.activities.model import Activity, RawActivity, Track
from corelog.domain.recordings import RecordedFigures

MAX_SPEED_MS = 40.0
"""144 km/h: faster than anyone runs or rides, and above the jitter of a GPS settling at
the start (30 m in a second happens); faster is a glitch (CoreLog's rule)."""
MOVING_SPEED_MS = 0.5
"""Slower than 1.8 km/h between two samples counts as standing (CoreLog's rule)."""
CLIMB_STEP_M = 3.0
"""Altitude must rise this much above its last low to count as climb, so that barometer
and GPS noise do not add up (CoreLog's rule)."""
_REANCHOR_AFTER = 5


def _without_backwards(track: Track) -> tuple[Track, int]:
    t = track.t
    if len(t) < 2:
        return track, 0
    before = np.maximum.accumulate(t)
    keep = np.concatenate(([True], t[1:] > before[:-1]))
    return track.take(keep), int((~keep).sum())


def _without_fast(track: Track, limit: float) -> tuple[Track, int]:
    """Drop samples reached faster than ``limit`` from the last good one (by position)."""
    n = len(track)
    has_pos = np.isfinite(track.lat) & np.isfinite(track.lon)
    if n < 2 or has_pos.sum() < 2:
        return track, 0
    index = np.flatnonzero(has_pos)
    legs = geo.steps(track.lat[index], track.lon[index])
    gaps = np.diff(track.t[index])
    if not (legs > limit * np.maximum(gaps, 1e-3)).any():
        return track, 0
    keep = np.ones(n, dtype=bool)
    anchor = index[0]
    dropped_in_row = 0
    for i in index[1:]:
        gap = max(track.t[i] - track.t[anchor], 1e-3)
        leg = geo.haversine(track.lat[anchor], track.lon[anchor], track.lat[i], track.lon[i])
        if leg > limit * gap and dropped_in_row < _REANCHOR_AFTER:
            keep[i] = False
            dropped_in_row += 1
        else:
            anchor = i
            dropped_in_row = 0
    return track.take(keep), int((~keep).sum())


def _distance_column(track: Track, rebuilt: bool, limit: float) -> tuple[np.ndarray, int]:
    """Cumulative metres at each sample, and how many distance jumps were left out."""
    has_pos = np.isfinite(track.lat) & np.isfinite(track.lon)
    device = track.dist
    use_device = np.isfinite(device).mean() >= 0.5 if len(device) else False
    if has_pos.sum() >= 2 and (rebuilt or not use_device):
        return geo.path_distance(track.lat, track.lon), 0
    if not use_device:
        return np.zeros(len(track)), 0
    filled = np.where(np.isfinite(device), device, -np.inf)
    filled = np.maximum.accumulate(filled)
    filled = np.where(np.isfinite(filled), filled, 0.0)
    steps = np.diff(filled, prepend=filled[:1])
    gaps = np.diff(track.t, prepend=track.t[:1]) if len(track) else np.zeros(0)
    jumps = steps > limit * np.maximum(gaps, 1.0)
    if jumps.any():
        steps = np.where(jumps, 0.0, steps)
    cumulative = np.cumsum(steps)
    return cumulative - (cumulative[0] if len(cumulative) else 0.0), int(jumps.sum())


def _moving_seconds(t: np.ndarray, dist: np.ndarray) -> float:
    if len(t) < 2:
        return 0.0
    gaps = np.diff(t)
    legs = np.diff(dist)
    if not np.any(legs > 0):
        return float(gaps.sum())
    moving = legs >= MOVING_SPEED_MS * gaps
    return float(gaps[moving].sum())


def _typical_speed(t: np.ndarray, dist: np.ndarray) -> float | None:
    if len(t) < 2:
        return None
    gaps, legs = np.diff(t), np.diff(dist)
    moving = (gaps > 0) & (legs >= MOVING_SPEED_MS * gaps)
    if not moving.any():
        return None
    return float(np.median(legs[moving] / gaps[moving]))


def climb(alt: np.ndarray) -> float | None:
    """Metres climbed, counting rises of at least ``CLIMB_STEP_M`` above the last low."""
    values = alt[np.isfinite(alt)]
    if len(values) < 2:
        return None
    total = 0.0
    low = high = float(values[0])
    climbing = False
    for value in values[1:].tolist():
        if climbing:
            if value > high:
                high = value
            elif high - value >= CLIMB_STEP_M:
                total += high - low
                climbing, low = False, value
        elif value < low:
            low = value
        elif value - low >= CLIMB_STEP_M:
            climbing, high = True, value
    if climbing:
        total += high - low
    return total


def _weighted_mean(values: np.ndarray, t: np.ndarray) -> float | None:
    ok = np.isfinite(values) & (values > 0)
    if not ok.any():
        return None
    if len(t) == len(values) and np.isfinite(t).all() and len(t) > 1:
        weights = np.diff(t, append=t[-1])
        weights = np.minimum(weights, 30.0)  # a long gap is a pause, not 10 minutes at 150
        if weights[ok].sum() > 0:
            return float(np.average(values[ok], weights=weights[ok]))
    return float(values[ok].mean())


def _peak(values: np.ndarray) -> float | None:
    ok = np.isfinite(values) & (values > 0)
    return float(values[ok].max()) if ok.any() else None


def finish(raw: RawActivity) -> Activity:
    """Check the samples, work out the figures and pack the track."""
    track = raw.track
    stated = kind_of(raw.sport, raw.sub_sport)
    limit = MAX_SPEED_MS
    timed = np.isfinite(track.t)
    has_times = bool(len(track)) and timed.sum() >= 2 and timed.mean() >= 0.5
    backwards = fast = jumps = 0
    if has_times:
        track = track.take(timed)
        track, backwards = _without_backwards(track)
        track, fast = _without_fast(track, limit)
    dist, jumps = _distance_column(track, rebuilt=fast > 0, limit=limit)
    fast += jumps
    track = Track(track.t, track.lat, track.lon, dist, track.alt, track.hr, track.cad)
    if not has_times:
        track = Track(
            np.full(len(track), np.nan), track.lat, track.lon, dist, track.alt,
            track.hr, track.cad,
        )
    t = track.t
    end_dist = float(dist[-1]) if len(dist) else 0.0
    distance = raw.file_distance_m if raw.file_distance_m and not fast else end_dist
    elapsed = moving = None
    start = raw.start
    if has_times:
        elapsed = raw.file_elapsed_s or float(t[-1] - t[0])
        moving = raw.file_timer_s or _moving_seconds(t, dist) or elapsed
        elapsed = max(elapsed, moving)
    kind = stated
    guessed = False
    if kind is None:
        guessed = True
        kind = kind_by_speed(_typical_speed(t, dist) if has_times else None)
    return Activity(
        kind=kind,
        sport=raw.sport,
        sub_sport=raw.sub_sport,
        kind_guessed=guessed,
        start=start,
        utc_offset_min=raw.utc_offset_min,
        title=raw.title,
        device=raw.device,
        distance_m=float(distance or 0.0),
        elapsed_s=elapsed,
        moving_s=moving,
        figures=RecordedFigures(
            climb_m=raw.file_ascent_m if raw.file_ascent_m is not None else climb(track.alt),
            avg_hr=raw.file_avg_hr or _weighted_mean(track.hr, t),
            max_hr=raw.file_max_hr or _peak(track.hr),
            avg_cadence=raw.file_avg_cadence or _weighted_mean(track.cad, t),
            max_cadence=raw.file_max_cadence or _peak(track.cad),
            points=len(track),
        ),
        dropped_backwards=backwards,
        dropped_fast=fast,
        track_blob=codec.encode(track),
        leg=raw.leg,
    )
