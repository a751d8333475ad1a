"""What users read for the keys CoreLog stores on a run, and how a run's start is shown.

Plain Python (no Qt), so lists, charts and tests can share the same words.
"""

from __future__ import annotations

from datetime import datetime

from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.vocabulary import RACE

RUN_TYPE_LABELS: dict[str, str] = {
    "easy": "Easy",
    "long": "Long run",
    "tempo": "Tempo",
    "intervals": "Intervals",
    "hills": "Hills",
    "sprints": "Sprints",
    "race": "Race",
}
RACE_CLASS_LABELS: dict[str, str] = {
    "5k": "5K",
    "10k": "10K",
    "half": "Half marathon",
    "marathon": "Marathon",
    "other": "Other distance",
}
SURFACE_LABELS: dict[str, str] = {
    "road": "Road",
    "trail": "Trail",
    "track": "Track",
    "treadmill": "Treadmill",
    "grass": "Grass",
}

# Perceived effort, 1-10: a name and one line on how it feels (CoreLog's own scale words).
EFFORT_LABELS: dict[int, tuple[str, str]] = {
    1: ("Very light", "hardly more than a walk"),
    2: ("Light", "you could keep going for hours"),
    3: ("Easy", "chatting in full sentences"),
    4: ("Comfortable", "still chatting, breathing deeper"),
    5: ("Steady", "talking in short sentences"),
    6: ("Fairly hard", "a few words at a time"),
    7: ("Hard", "short phrases; you are working"),
    8: ("Very hard", "a word or two, no more"),
    9: ("Near max", "no talking, hanging on"),
    10: ("All out", "nothing left at the end"),
}


def run_kind_text(run_type: str, race_class: str | None = None) -> str:
    """ "Hills", "Race · 10K": the kind of a run as lists show it."""
    kind = RUN_TYPE_LABELS.get(run_type, run_type)
    if run_type == RACE and race_class:
        return f"{kind} · {RACE_CLASS_LABELS.get(race_class, race_class)}"
    return kind


def effort_text(effort: int | None) -> str:
    """ "7 · Hard", or "" when not given."""
    if effort is None:
        return ""
    name = EFFORT_LABELS.get(effort, ("", ""))[0]
    return f"{effort} · {name}" if name else str(effort)


def effort_choice_text(effort: int) -> str:
    """ "7 · Hard: short phrases; you are working", as the effort list offers it."""
    name, feel = EFFORT_LABELS[effort]
    return f"{effort} · {name}: {feel}"


def local_start(started_at_utc: datetime, utc_offset_min: int) -> datetime:
    """The start as the user's clock showed it when they ran."""
    return from_utc_and_offset(started_at_utc, utc_offset_min)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_start(moment: datetime, *, with_year: bool = True) -> str:
    """ "Mon 3 Jun 2024, 07:10" (local wall-clock time, 24-hour; English whatever the locale)."""
    day = f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"
    if with_year:
        day += f" {moment.year}"
    return f"{day}, {moment:%H:%M}"
