"""What the History page writes for each kind of entry, each run type and each region."""

from __future__ import annotations

from datetime import date, datetime

from corelog.domain.soreness import severity_band
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.domain.vocabulary import RUN_TYPES
from corelog.ui.log.labels import RUN_TYPE_LABELS, format_start, run_kind_text

KIND_NAMES = {KIND_RUN: "Run", KIND_CORE: "Core", KIND_SORENESS: "Soreness"}
"""The Kind column."""
KIND_PLURALS = {KIND_RUN: "Runs", KIND_CORE: "Core sessions", KIND_SORENESS: "Soreness"}
"""The kind filter."""
KIND_DELETED = {
    KIND_RUN: "Run deleted",
    KIND_CORE: "Core session deleted",
    KIND_SORENESS: "Soreness entry deleted",
}
KIND_UNDO_TEXT = {
    KIND_RUN: "Delete run",
    KIND_CORE: "Delete core session",
    KIND_SORENESS: "Delete soreness entry",
}

RUN_TYPE_CHOICES = [(key, RUN_TYPE_LABELS[key]) for key in RUN_TYPES]


def region_names() -> dict[str, str]:
    """Body-map region keys with their names, in the body map's order (knowledge base)."""
    from corelog.services.knowledge import knowledge

    return {region.key: region.name for region in knowledge().regions}


def when_text(moment: datetime) -> str:
    """ "Tue 4 Jun 2024, 07:10"."""
    return format_start(moment)


def day_title(day: date) -> str:
    """ "Tuesday 4 June 2024"."""
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def soreness_text(region_name: str, severity: int | None, resolved: bool | None) -> str:
    """ "Calves · 4/10, moderate · open"."""
    parts = [region_name]
    if severity is not None:
        band = severity_band(severity)
        parts.append(f"{severity}/10" + ("" if band == "none" else f", {band}"))
    parts.append("resolved" if resolved else "open")
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
