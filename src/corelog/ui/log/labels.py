"""What users read for the keys CoreLog stores on a run, and how a run's start is shown.

Plain Python (no Qt), so lists, charts and tests can share the same words.
"""

from __future__ import annotations

from datetime import datetime

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Dates, Log, date_text
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.vocabulary import RACE

# Marked for translation where declared; shown through the functions below (``Log.marked``).
RUN_TYPE_LABELS: dict[str, str] = {
    "easy": QT_TRANSLATE_NOOP("Log", "Easy"),
    "long": QT_TRANSLATE_NOOP("Log", "Long run"),
    "tempo": QT_TRANSLATE_NOOP("Log", "Tempo"),
    "intervals": QT_TRANSLATE_NOOP("Log", "Intervals"),
    "hills": QT_TRANSLATE_NOOP("Log", "Hills"),
    "sprints": QT_TRANSLATE_NOOP("Log", "Sprints"),
    "race": QT_TRANSLATE_NOOP("Log", "Race"),
}
RACE_CLASS_LABELS: dict[str, str] = {
    "5k": QT_TRANSLATE_NOOP("Log", "5K"),
    "10k": QT_TRANSLATE_NOOP("Log", "10K"),
    "half": QT_TRANSLATE_NOOP("Log", "Half marathon"),
    "marathon": QT_TRANSLATE_NOOP("Log", "Marathon"),
    "other": QT_TRANSLATE_NOOP("Log", "Other distance"),
}
SURFACE_LABELS: dict[str, str] = {
    "road": QT_TRANSLATE_NOOP("Log", "Road"),
    "trail": QT_TRANSLATE_NOOP("Log", "Trail"),
    "track": QT_TRANSLATE_NOOP("Log", "Track"),
    "treadmill": QT_TRANSLATE_NOOP("Log", "Treadmill"),
    "grass": QT_TRANSLATE_NOOP("Log", "Grass"),
}

# Perceived effort, 1-10: a name and one line on how it feels (CoreLog's own scale words).
EFFORT_LABELS: dict[int, tuple[str, str]] = {
    1: (
        QT_TRANSLATE_NOOP("Log", "Very light"),
        QT_TRANSLATE_NOOP("Log", "hardly more than a walk"),
    ),
    2: (
        QT_TRANSLATE_NOOP("Log", "Light"),
        QT_TRANSLATE_NOOP("Log", "you could keep going for hours"),
    ),
    3: (QT_TRANSLATE_NOOP("Log", "Easy"), QT_TRANSLATE_NOOP("Log", "chatting in full sentences")),
    4: (
        QT_TRANSLATE_NOOP("Log", "Comfortable"),
        QT_TRANSLATE_NOOP("Log", "still chatting, breathing deeper"),
    ),
    5: (QT_TRANSLATE_NOOP("Log", "Steady"), QT_TRANSLATE_NOOP("Log", "talking in short sentences")),
    6: (QT_TRANSLATE_NOOP("Log", "Fairly hard"), QT_TRANSLATE_NOOP("Log", "a few words at a time")),
    7: (
        QT_TRANSLATE_NOOP("Log", "Hard"),
        QT_TRANSLATE_NOOP("Log", "short phrases; you are working"),
    ),
    8: (QT_TRANSLATE_NOOP("Log", "Very hard"), QT_TRANSLATE_NOOP("Log", "a word or two, no more")),
    9: (QT_TRANSLATE_NOOP("Log", "Near max"), QT_TRANSLATE_NOOP("Log", "no talking, hanging on")),
    10: (QT_TRANSLATE_NOOP("Log", "All out"), QT_TRANSLATE_NOOP("Log", "nothing left at the end")),
}


def run_type_text(run_type: str) -> str:
    """ "Long run": a run type's name in the user's language."""
    label = RUN_TYPE_LABELS.get(run_type)
    return Log.marked(label) if label else run_type


def race_class_text(race_class: str) -> str:
    """ "Half marathon": a race distance's name in the user's language."""
    label = RACE_CLASS_LABELS.get(race_class)
    return Log.marked(label) if label else race_class


def surface_text(surface: str) -> str:
    """ "Trail": a surface's name in the user's language."""
    label = SURFACE_LABELS.get(surface)
    return Log.marked(label) if label else surface


def run_kind_text(run_type: str, race_class: str | None = None) -> str:
    """ "Hills", "Race · 10K": the kind of a run as lists show it."""
    kind = run_type_text(run_type)
    if run_type == RACE and race_class:
        return Log.tr("{kind} · {race_distance}").format(
            kind=kind, race_distance=race_class_text(race_class)
        )
    return kind


def effort_text(effort: int | None) -> str:
    """ "7 · Hard", or "" when not given."""
    if effort is None:
        return ""
    name = EFFORT_LABELS.get(effort, ("", ""))[0]
    if not name:
        return str(effort)
    return Log.tr("{effort} · {name}").format(effort=effort, name=Log.marked(name))


def effort_choice_text(effort: int) -> str:
    """ "7 · Hard: short phrases; you are working", as the effort list offers it."""
    name, feel = EFFORT_LABELS[effort]
    return Log.tr("{effort} · {name}: {feel}").format(
        effort=effort, name=Log.marked(name), feel=Log.marked(feel)
    )


def local_start(started_at_utc: datetime, utc_offset_min: int) -> datetime:
    """The start as the user's clock showed it when they ran."""
    return from_utc_and_offset(started_at_utc, utc_offset_min)


def start_format(*, with_year: bool = True) -> str:
    """The Qt date-format pattern a run's start is written with, in the user's language
    (the run form's start field uses it too)."""
    return Dates.tr("ddd d MMM yyyy, HH:mm") if with_year else Dates.tr("ddd d MMM, HH:mm")


def format_start(moment: datetime, *, with_year: bool = True) -> str:
    """ "Mon 3 Jun 2024, 07:10" (local wall-clock time, 24-hour; "Mo., 3. Juni 2024, 07:10"
    in German)."""
    return date_text(moment, start_format(with_year=with_year))
