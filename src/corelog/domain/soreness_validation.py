"""Checking a soreness entry, and its "how is it today?" follow-ups, before they are saved."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from corelog.domain.i18n import Checks
from corelog.domain.soreness_entries import FollowUpDescription, SorenessDescription
from corelog.domain.timeutil import offset_minutes
from corelog.domain.validation import (
    ErrorCollector,
    FieldError,
    Invalid,
    clean_choice,
    clean_notes,
    clean_start,
    clean_whole_number,
    is_blank,
)
from corelog.domain.vocabulary import (
    SEVERITY_MAX,
    SEVERITY_MIN,
    SORENESS_FEELS,
    SORENESS_ONSETS,
    SORENESS_TRENDS,
)

MAX_DAYS_LASTED = 365


def severity_message() -> str:
    return Checks.tr("Severity is a whole number from {low} to {high}.").format(
        low=SEVERITY_MIN, high=SEVERITY_MAX
    )


def days_message() -> str:
    return Checks.tr("Enter the number of whole days it has lasted, like 2.")


@dataclass(frozen=True)
class SorenessForm:
    """The soreness form as typed or picked, nothing checked yet.

    Feel, onset and trend are keys of :mod:`corelog.domain.vocabulary`; the region is a
    key of the knowledge base. ``notes`` is given by name, so that a form which adds fields
    of its own (the services add the run or session it is linked to) can take them in
    order after ``days_lasted``.
    """

    noted_at: datetime | None
    region: str | None
    severity: int | str | None
    feel: str | None
    onset: str | None
    trend: str | None
    swelling: bool = False
    days_lasted: int | str | None = 0
    notes: str | None = field(default="", kw_only=True)


@dataclass(frozen=True)
class FollowUpForm:
    """The "how is it today?" form as typed or picked, nothing checked yet."""

    severity: int | str | None
    trend: str | None
    swelling: bool = False
    notes: str | None = ""
    noted_at: datetime | None = None
    """Local; the check asks for a time when there is none."""


@dataclass(frozen=True)
class SorenessInput(SorenessDescription):
    """A soreness entry that passed every check; ``noted_at`` is local."""

    notes: str

    @property
    def utc_offset_min(self) -> int:
        """The offset (minutes east of UTC) the entry is stored with."""
        return offset_minutes(self.noted_at)


@dataclass(frozen=True)
class SorenessFollowUp(FollowUpDescription):
    """A follow-up on a soreness entry that passed every check; ``noted_at`` is local."""


def clean_severity(value: int | str | None) -> int:
    """Severity 0-10 from a slider value or typed text."""
    if value is None or is_blank(value):
        raise FieldError(
            Checks.tr("Choose how bad it is, from {low} to {high}.").format(
                low=SEVERITY_MIN, high=SEVERITY_MAX
            )
        )
    return clean_whole_number(value, SEVERITY_MIN, SEVERITY_MAX, severity_message())


def clean_days_lasted(value: int | str | None) -> int:
    """Days the soreness has lasted: empty means 0 (it began today), at most 365."""
    if value is None or is_blank(value):
        return 0
    days = clean_whole_number(value, -(10**9), 10**9, days_message())
    if days < 0:
        raise FieldError(Checks.tr("Days can't be negative."))
    if days > MAX_DAYS_LASTED:
        raise FieldError(Checks.tr("More than a year? Check the number of days."))
    return days


def clean_region(region: str | None, known_regions: Collection[str] | None) -> str:
    """A body-region key; checked against ``known_regions`` when they are given."""
    if region is None or is_blank(region):
        raise FieldError(Checks.tr("Choose where it is sore, on the body map or from the list."))
    if known_regions is not None and region not in known_regions:
        raise FieldError(Checks.tr("Choose a body region from the map or the list."))
    return region


def validate_soreness(
    form: SorenessForm, *, now: datetime, known_regions: Collection[str] | None = None
) -> SorenessInput | Invalid:
    """Check the soreness form; return the clean entry or every problem at once.

    Fields in ``errors``: ``noted_at``, ``region``, ``severity``, ``feel``, ``onset``,
    ``trend``, ``days_lasted``. Region keys are checked against ``known_regions``
    (from the knowledge base) when they are given.
    """
    check = ErrorCollector()
    noted = check.check(
        "noted_at",
        lambda: clean_start(form.noted_at, now, Checks.tr("Enter when you noticed it.")),
    )
    clean_region_value = check.check("region", lambda: clean_region(form.region, known_regions))
    clean_severity_value = check.check("severity", lambda: clean_severity(form.severity))
    clean_feel = check.check(
        "feel",
        lambda: clean_choice(
            form.feel, SORENESS_FEELS, Checks.tr("Choose how it feels: dull or sharp.")
        ),
    )
    clean_onset = check.check(
        "onset",
        lambda: clean_choice(form.onset, SORENESS_ONSETS, Checks.tr("Choose when it began.")),
    )
    clean_trend = check.check(
        "trend",
        lambda: clean_choice(form.trend, SORENESS_TRENDS, Checks.tr("Choose how it is changing.")),
    )
    days = check.check("days_lasted", lambda: clean_days_lasted(form.days_lasted))
    invalid = check.result()
    if invalid is not None:
        return invalid
    assert noted is not None and clean_region_value is not None and days is not None
    assert clean_severity_value is not None and clean_feel and clean_onset and clean_trend
    return SorenessInput(
        noted_at=noted,
        region=clean_region_value,
        severity=clean_severity_value,
        feel=clean_feel,
        onset=clean_onset,
        trend=clean_trend,
        swelling=bool(form.swelling),
        days_lasted=days,
        notes=clean_notes(form.notes),
    )


def validate_soreness_follow_up(form: FollowUpForm, *, now: datetime) -> SorenessFollowUp | Invalid:
    """Check a "how is it today?" update. Fields: ``noted_at``, ``severity``, ``trend``."""
    check = ErrorCollector()
    noted = check.check(
        "noted_at", lambda: clean_start(form.noted_at, now, Checks.tr("Enter when this was."))
    )
    clean_severity_value = check.check("severity", lambda: clean_severity(form.severity))
    clean_trend = check.check(
        "trend",
        lambda: clean_choice(form.trend, SORENESS_TRENDS, Checks.tr("Choose how it is changing.")),
    )
    invalid = check.result()
    if invalid is not None:
        return invalid
    assert noted is not None and clean_severity_value is not None and clean_trend
    return SorenessFollowUp(
        noted_at=noted,
        severity=clean_severity_value,
        trend=clean_trend,
        swelling=bool(form.swelling),
        notes=clean_notes(form.notes),
    )
