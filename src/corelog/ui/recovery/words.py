"""What the Recovery page says for each stored key, and how it writes dates and links."""

from __future__ import annotations

from datetime import date, datetime

from corelog.domain import clock
from corelog.domain.formatting import format_distance
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Dates, Recovery, clock_time, date_text
from corelog.services.recovery import LinkChoice, severity_band

# The words for each stored key, marked here and translated where shown
# (``Recovery.marked(FEEL_LABELS[key])``, or the functions below).
FEEL_LABELS = {
    "dull": QT_TRANSLATE_NOOP("Recovery", "Dull or tight"),
    "sharp": QT_TRANSLATE_NOOP("Recovery", "Sharp or localised"),
}
ONSET_LABELS = {
    "during": QT_TRANSLATE_NOOP("Recovery", "During the run"),
    "hours": QT_TRANSLATE_NOOP("Recovery", "Within hours"),
    "delayed": QT_TRANSLATE_NOOP("Recovery", "24–48 h later"),
}
TREND_LABELS = {
    "improving": QT_TRANSLATE_NOOP("Recovery", "Easing as I move"),
    "steady": QT_TRANSLATE_NOOP("Recovery", "Unchanged"),
    "worsening": QT_TRANSLATE_NOOP("Recovery", "Getting worse"),
}
TREND_SHORT = {
    "improving": QT_TRANSLATE_NOOP("Recovery", "easing"),
    "steady": QT_TRANSLATE_NOOP("Recovery", "unchanged"),
    "worsening": QT_TRANSLATE_NOOP("Recovery", "getting worse"),
}
BAND_LABELS = {
    "none": QT_TRANSLATE_NOOP("Recovery", "No pain left"),
    "mild": QT_TRANSLATE_NOOP("Recovery", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("Recovery", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("Recovery", "Severe"),
}
BAND_WORDS = {
    "none": QT_TRANSLATE_NOOP("Recovery", "no pain left"),
    "mild": QT_TRANSLATE_NOOP("Recovery", "mild"),
    "moderate": QT_TRANSLATE_NOOP("Recovery", "moderate"),
    "severe": QT_TRANSLATE_NOOP("Recovery", "severe"),
}
"""The bands as they read inside a sentence ("5/10, moderate")."""
BAND_RANGES = {"mild": (1, 3), "moderate": (4, 6), "severe": (7, 10)}
BAND_DEFAULTS = {"mild": 2, "moderate": 5, "severe": 8}
"""The 0-10 value a click on Mild, Moderate or Severe sets."""

# What to do today: theme colour name, a short badge word, shown beside the action name
# so the advice never depends on colour alone.
ACTION_LOOKS = {
    "run_easy": ("good", QT_TRANSLATE_NOOP("Recovery", "GO EASY")),
    "active_recovery": ("accent", QT_TRANSLATE_NOOP("Recovery", "RECOVER")),
    "rest": ("warn", QT_TRANSLATE_NOOP("Recovery", "REST")),
    "stop_rest": ("danger", QT_TRANSLATE_NOOP("Recovery", "STOP")),
    "see_physio": ("danger", QT_TRANSLATE_NOOP("Recovery", "PHYSIO")),
}


def trend_word(trend: str) -> str:
    """ "easing", "unchanged", "getting worse"."""
    return Recovery.marked(TREND_SHORT[trend])


def band_label(band: str) -> str:
    return Recovery.marked(BAND_LABELS[band])


def band_word(band: str) -> str:
    return Recovery.marked(BAND_WORDS[band])


def badge(action: str) -> str:
    """The action's badge word: "GO EASY", "STOP"."""
    return Recovery.marked(ACTION_LOOKS[action][1])


def severity_text(severity: int) -> str:
    """``"5/10, moderate"``."""
    return Recovery.tr("{severity}/10, {band}").format(
        severity=severity, band=band_word(severity_band(severity))
    )


def day_text(moment: datetime, today: date | None = None) -> str:
    """``"Sat 10 May"`` (with the year when it is not this year)."""
    today = today or clock.today()
    if moment.year == today.year:
        return date_text(moment, Dates.tr("ddd d MMM"))
    return date_text(moment, Dates.tr("ddd d MMM yyyy"))


def when_text(moment: datetime, today: date | None = None) -> str:
    """``"Sat 10 May, 07:10"``."""
    return Recovery.tr("{day}, {time}").format(
        day=day_text(moment, today), time=clock_time(moment)
    )


def days_text(days: int) -> str:
    if days == 0:
        return Recovery.tr("began today")
    return Recovery.tr("%Ln days", "", days)


def link_text(choice: LinkChoice, unit: str, today: date | None = None) -> str:
    """A run or core session in a list: when, what, how far or how many sets."""
    when = when_text(choice.started_at, today)
    if choice.deleted:
        if choice.run is not None:
            return Recovery.tr("Deleted run ({when})").format(when=when)
        return Recovery.tr("Deleted core session ({when})").format(when=when)
    if choice.run is not None:
        return Recovery.tr("{when} · {what} · {distance}").format(
            when=when, what=choice.words,
            distance=format_distance(choice.run.distance_m, unit, 1),
        )
    sets = choice.session.set_count if choice.session is not None else 0
    if sets == 0:
        return Recovery.tr("{when} · Core session").format(when=when)
    return Recovery.tr("{when} · Core session · %Ln sets", "", sets).format(when=when)
