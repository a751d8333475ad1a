"""Splits: the time each kilometre (or mile) of a track took, with its climb and heart rate.

Times are moving times (standing still at a crossing does not slow a split), found by
interpolating between the samples either side of each kilometre or mile mark. The last,
shorter split is listed when it is at least 10 metres.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corelog.activities.clean import MOVING_SPEED_MS
from corelog.activities.model import Track

_SHORTEST_LAST_M = 10.0


@dataclass(frozen=True)
class Split:
    number: int  # from 1
    distance_m: float  # the split's own length (the unit, or less for the last)
    moving_s: float
    climb_m: float | None
    descent_m: float | None
    avg_hr: float | None

    @property
    def pace_s_per_km(self) -> float:
        return self.moving_s / (self.distance_m / 1000) if self.distance_m > 0 else 0.0


def moving_clock(t: np.ndarray, dist: np.ndarray) -> np.ndarray:
    """Moving seconds reached at each sample (intervals slower than walking pace left out)."""
    if len(t) < 2:
        return np.zeros(len(t))
    gaps = np.diff(t)
    legs = np.diff(dist)
    moving = legs >= MOVING_SPEED_MS * gaps if np.any(legs > 0) else np.ones(len(gaps), bool)
    return np.concatenate(([0.0], np.cumsum(np.where(moving, gaps, 0.0))))


def splits(track: Track, unit_m: float) -> list[Split]:
    """Splits of ``unit_m`` metres (1000 for kilometres, 1609.344 for miles)."""
    t, dist = track.t, track.dist
    ok = np.isfinite(t) & np.isfinite(dist)
    if ok.sum() < 2:
        return []
    t, dist = t[ok], np.maximum.accumulate(dist[ok])
    alt, hr = track.alt[ok], track.hr[ok]
    clock = moving_clock(t, dist)
    total = float(dist[-1])
    marks = list(np.arange(unit_m, total, unit_m))
    if not marks or total - marks[-1] >= _SHORTEST_LAST_M:
        marks.append(total)
    edges = np.concatenate(([0.0], np.asarray(marks, dtype=float)))
    times = np.interp(edges, dist, clock)
    result = []
    for number in range(1, len(edges)):
        low, high = edges[number - 1], edges[number]
        inside = (dist >= low) & (dist <= high)
        result.append(
            Split(
                number=number,
                distance_m=float(high - low),
                moving_s=float(times[number] - times[number - 1]),
                climb_m=_change(alt[inside], +1),
                descent_m=_change(alt[inside], -1),
                avg_hr=_mean(hr[inside]),
            )
        )
    return result


def _change(alt: np.ndarray, sign: int) -> float | None:
    values = alt[np.isfinite(alt)]
    if len(values) < 2:
        return None
    steps = np.diff(values) * sign
    return float(steps[steps > 0].sum())


def _mean(values: np.ndarray) -> float | None:
    ok = np.isfinite(values) & (values > 0)
    return float(values[ok].mean()) if ok.any() else None
