"""What the History page writes for each kind of entry, each run type and each region."""

from __future__ import annotations

from datetime import date, datetime

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Dates, History, date_text, number
from corelog.domain.soreness import severity_band
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.domain.vocabulary import RUN_TYPES
from corelog.ui.log.labels import RUN_TYPE_LABELS, format_start, run_kind_text

KIND_NAMES = {
    KIND_RUN: QT_TRANSLATE_NOOP("History", "Run"),
    KIND_CORE: QT_TRANSLATE_NOOP("History", "Core"),
    KIND_SORENESS: QT_TRANSLATE_NOOP("History", "Soreness"),
}
"""The Kind column."""
KIND_PLURALS = {
    KIND_RUN: QT_TRANSLATE_NOOP("History", "Runs"),
    KIND_CORE: QT_TRANSLATE_NOOP("History", "Core sessions"),
    KIND_SORENESS: QT_TRANSLATE_NOOP("History", "Soreness"),
}
"""The kind filter."""
KIND_DELETED = {
    KIND_RUN: QT_TRANSLATE_NOOP("History", "Run deleted"),
    KIND_CORE: QT_TRANSLATE_NOOP("History", "Core session deleted"),
    KIND_SORENESS: QT_TRANSLATE_NOOP("History", "Soreness entry deleted"),
}
KIND_UNDO_TEXT = {
    KIND_RUN: QT_TRANSLATE_NOOP("History", "Delete run"),
    KIND_CORE: QT_TRANSLATE_NOOP("History", "Delete core session"),
    KIND_SORENESS: QT_TRANSLATE_NOOP("History", "Delete soreness entry"),
}

RUN_TYPE_CHOICES = [(key, RUN_TYPE_LABELS[key]) for key in RUN_TYPES]


def region_names() -> dict[str, str]:
    """Body-map region keys with their names in the user's language, in the body map's
    order (knowledge base), as the Recovery page names them."""
    from corelog.services import recovery

    return recovery.region_names()


def when_text(moment: datetime) -> str:
    """ "Tue 4 Jun 2024, 07:10"."""
    return format_start(moment)


def day_title(day: date) -> str:
    """ "Tuesday 4 June 2024"."""
    return date_text(day, Dates.tr("dddd d MMMM yyyy"))


def severity_word(band: str) -> str:
    """The name of a band of soreness severity ("mild", "moderate", "severe")."""
    words = {
        "mild": History.tr("mild", "soreness"),
        "moderate": History.tr("moderate", "soreness"),
        "severe": History.tr("severe", "soreness"),
    }
    return words.get(band, band)


def kind_name(kind: int) -> str:
    """The Kind column's word for a kind of entry."""
    return History.marked(KIND_NAMES[kind])


def soreness_text(region_name: str, severity: int | None, resolved: bool | None) -> str:
    """ "Calves · 4/10, moderate · open"."""
    parts = [region_name]
    if severity is not None:
        band = severity_band(severity)
        if band == "none":
            parts.append(History.tr("{severity}/10").format(severity=number(severity)))
        else:
            parts.append(
                History.tr("{severity}/10, {band}").format(
                    severity=number(severity), band=severity_word(band)
                )
            )
    parts.append(History.tr("resolved") if resolved else History.tr("open", "soreness"))
    return " · ".join(parts)


__all__ = [
    "KIND_NAMES",
    "KIND_PLURALS",
    "RUN_TYPE_CHOICES",
    "day_title",
    "region_names",
    "run_kind_text",
    "soreness_text",
    "when_text",
]
