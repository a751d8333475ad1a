"""What the Recovery page says for each stored key, and how it writes dates and links."""

from __future__ import annotations

from datetime import date, datetime

from corelog.domain import clock
from corelog.domain.formatting import count_text, format_distance
from corelog.services.recovery import LinkChoice, severity_band

FEEL_LABELS = {"dull": "Dull or tight", "sharp": "Sharp or localised"}
ONSET_LABELS = {
    "during": "During the run",
    "hours": "Within hours",
    "delayed": "24–48 h later",
}
TREND_LABELS = {
    "improving": "Easing as I move",
    "steady": "Unchanged",
    "worsening": "Getting worse",
}
TREND_SHORT = {"improving": "easing", "steady": "unchanged", "worsening": "getting worse"}
BAND_LABELS = {"none": "No pain left", "mild": "Mild", "moderate": "Moderate", "severe": "Severe"}
BAND_RANGES = {"mild": (1, 3), "moderate": (4, 6), "severe": (7, 10)}
BAND_DEFAULTS = {"mild": 2, "moderate": 5, "severe": 8}
"""The 0-10 value a click on Mild, Moderate or Severe sets."""

# What to do today: theme colour name, a short badge word, shown beside the action name
# so the advice never depends on colour alone.
ACTION_LOOKS = {
    "run_easy": ("good", "GO EASY"),
    "active_recovery": ("accent", "RECOVER"),
    "rest": ("warn", "REST"),
    "stop_rest": ("danger", "STOP"),
    "see_physio": ("danger", "PHYSIO"),
}


def severity_text(severity: int) -> str:
    """``"5/10, moderate"``."""
    band = severity_band(severity)
    return f"{severity}/10, {BAND_LABELS[band].lower()}"


def day_text(moment: datetime, today: date | None = None) -> str:
    """``"Sat 10 May"`` (with the year when it is not this year)."""
    today = today or clock.today()
    text = f"{moment:%a} {moment.day} {moment:%b}"
    return text if moment.year == today.year else f"{text} {moment.year}"


def when_text(moment: datetime, today: date | None = None) -> str:
    """``"Sat 10 May, 07:10"``."""
    return f"{day_text(moment, today)}, {moment:%H:%M}"


def days_text(days: int) -> str:
    if days == 0:
        return "began today"
    return count_text(days, "day")


def link_text(choice: LinkChoice, unit: str, today: date | None = None) -> str:
    """A run or core session in a list: when, what, how far or how many sets."""
    when = when_text(choice.started_at, today)
    if choice.deleted:
        what = "run" if choice.run is not None else "core session"
        return f"Deleted {what} ({when})"
    if choice.run is not None:
        return f"{when} · {choice.words} · {format_distance(choice.run.distance_m, unit, 1)}"
    sets = choice.session.set_count if choice.session is not None else 0
    counted = "" if sets == 0 else f" · {count_text(sets, 'set')}"
    return f"{when} · Core session{counted}"
