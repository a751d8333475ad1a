"""Which kind of activity a file's sport words make, or (when it gives none) its speed."""

from __future__ import annotations

from corelog.activities.model import Kind

_TREADMILL_SUBS = {"treadmill", "indoor_running", "virtual_activity", "indoor_run"}
_STRAVA_NUMBERS: dict[str, Kind] = {"1": "ride", "4": "walk", "9": "run", "10": "walk"}
WALK_BELOW_MS = 1.4
"""Below this moving speed (5 km/h, 12 min/km) a file that names no sport is taken for a
walk (CoreLog's own threshold)."""
RIDE_ABOVE_MS = 7.0
"""Above this moving speed (25 km/h, faster than the marathon record) a file that names
no sport is taken for a ride (CoreLog's own threshold)."""


def kind_of(sport: str, sub_sport: str = "") -> Kind | None:
    """The kind the file's words say, or None when they say nothing about the sport."""
    word = sport.strip().lower().replace(" ", "_")
    sub = sub_sport.strip().lower().replace(" ", "_")
    if not word or word in {"generic", "other", "all", "unknown", "none"}:
        return None
    if word.isdigit():
        # Strava's older GPX files give its activity type's number instead of a word.
        return _STRAVA_NUMBERS.get(word, "other")
    if "run" in word or word == "jogging":
        if sub in _TREADMILL_SUBS or "treadmill" in word or "indoor" in word:
            return "treadmill"
        return "run"
    if "walk" in word or "hik" in word:
        return "walk"
    if any(part in word for part in ("cycl", "bik", "ride")):
        return "ride"
    if "swim" in word:
        return "swim"
    return "other"


def kind_by_speed(moving_speed_ms: float | None) -> Kind:
    """The kind a file without a sport is taken for, from its typical moving speed."""
    if moving_speed_ms is None:
        return "run"
    if moving_speed_ms < WALK_BELOW_MS:
        return "walk"
    if moving_speed_ms > RIDE_ABOVE_MS:
        return "ride"
    return "run"
