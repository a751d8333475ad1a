"""Distances between positions on the Earth (haversine, mean radius), on numpy arrays."""

from __future__ import annotations

import numpy as np

EARTH_RADIUS_M = 6_371_008.8


def haversine(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Metres between pairs of positions in degrees (NaN where a position is missing)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def steps(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Metres from each position to the next (length n-1), NaN where either is missing."""
    if len(lat) < 2:
        return np.zeros(0)
    return haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])


def path_distance(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Cumulative metres along the positions that exist (gaps bridged), from 0."""
    known = np.isfinite(lat) & np.isfinite(lon)
    out = np.full(len(lat), np.nan)
    if not known.any():
        return out
    index = np.flatnonzero(known)
    legs = steps(lat[index], lon[index])
    cumulative = np.concatenate(([0.0], np.cumsum(legs)))
    out[index] = cumulative
    # Samples without a position take the distance reached before them.
    filled = np.maximum.accumulate(np.where(np.isfinite(out), out, -np.inf))
    return np.where(np.isfinite(filled), filled, 0.0)
