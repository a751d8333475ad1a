"""Checking a run before it is saved: from the form's texts to values ready to store."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from corelog.domain.formatting import format_distance, format_pace
from corelog.domain.i18n import Checks, integer
from corelog.domain.parsing import parse_distance, parse_duration, parse_elevation
from corelog.domain.races import race_distance_fits, race_distance_message
from corelog.domain.timeutil import LocalStart
from corelog.domain.units import METRES_PER_FOOT, check_unit, pace_seconds, round_half_up
from corelog.domain.validation import (
    ErrorCollector,
    FieldError,
    Invalid,
    clean_choice,
    clean_effort,
    clean_notes,
    clean_start,
    is_blank,
)
from corelog.domain.vocabulary import RACE, RACE_CLASSES, RUN_TYPES, SURFACES

MAX_DISTANCE_M = 500_000
MAX_DURATION_S = 48 * 3600
MAX_ELEVATION_GAIN_M = 20_000
FASTEST_PACE_S_PER_KM = 120  # 2:00 /km; faster asks the user to confirm
SLOWEST_PACE_S_PER_KM = 1800  # 30:00 /km; slower asks the user to confirm


@dataclass(frozen=True)
class RunForm:
    """The run form as the user filled it in: texts as typed, choices as keys, nothing
    checked yet."""

    started_at: datetime | None  # local time; naive means this computer's time zone
    distance: str | None
    duration: str | None
    run_type: str | None = "easy"
    race_class: str | None = None
    effort: int | str | None = None
    surface: str | None = None
    elevation_gain: str | None = ""
    notes: str | None = ""


@dataclass(frozen=True)
class RunInput(LocalStart):
    """A run that passed every check, in stored units.

    ``warnings`` holds what the user should confirm before saving (field -> message),
    today only ``"pace"`` when the pace is implausibly fast or slow.
    """

    started_at: datetime  # local, aware
    distance_m: int
    duration_s: int
    run_type: str
    race_class: str | None
    effort: int | None
    surface: str | None
    elevation_gain_m: int | None
    notes: str
    warnings: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "warnings", MappingProxyType(dict(self.warnings)))


def clean_distance(text: str | None, unit: str) -> int:
    """Distance in whole metres from the distance field, or FieldError/ParseError."""
    if text is None or is_blank(text):
        if unit == "km":
            raise FieldError(Checks.tr("Enter the distance you ran, like 5.2 or 5.2 km."))
        raise FieldError(Checks.tr("Enter the distance you ran, like 3.1 or 3.1 mi."))
    metres = parse_distance(text, unit)
    check_distance_m(metres, unit)
    return metres


def check_distance_m(metres: float, unit: str = "km") -> None:
    """A run's distance in metres: above zero and at most 500 km, else FieldError."""
    if metres < 0:
        raise FieldError(Checks.tr("The distance can't be negative."))
    if metres == 0:
        raise FieldError(Checks.tr("The distance must be more than zero."))
    if metres > MAX_DISTANCE_M:
        limit = format_distance(MAX_DISTANCE_M, unit, decimals=0 if unit == "km" else 1)
        raise FieldError(
            Checks.tr("More than {limit} in one run? Check the distance.").format(limit=limit)
        )


def clean_duration(text: str | None) -> int:
    """Duration in whole seconds from the time field, or FieldError/ParseError."""
    if text is None or is_blank(text):
        raise FieldError(Checks.tr("Enter how long the run took, like 25:30 or 45m."))
    seconds = parse_duration(text)
    check_duration_s(seconds)
    return seconds


def check_duration_s(seconds: float) -> None:
    """A run's time in seconds: above zero and at most 48 hours, else FieldError."""
    if seconds < 0:
        raise FieldError(Checks.tr("The time can't be negative."))
    if seconds == 0:
        raise FieldError(Checks.tr("The time must be more than zero."))
    if seconds > MAX_DURATION_S:
        raise FieldError(Checks.tr("More than 48 hours in one run? Check the time."))


def clean_elevation_gain(text: str | None, unit: str, distance_m: int | None) -> int | None:
    """Optional elevation gain in whole metres; it cannot exceed the distance run."""
    if text is None or is_blank(text):
        return None
    metres = parse_elevation(text, unit)
    check_elevation_gain_m(metres, distance_m, unit)
    return metres


def check_elevation_gain_m(metres: float, distance_m: float | None, unit: str = "km") -> None:
    """Elevation gain in metres: not negative, at most 20 km and not above the distance."""
    if metres < 0:
        raise FieldError(Checks.tr("Elevation gain can't be negative."))
    if metres > MAX_ELEVATION_GAIN_M:
        limit = (
            f"{integer(MAX_ELEVATION_GAIN_M)} m"
            if unit == "km"
            else f"{integer(round_half_up(MAX_ELEVATION_GAIN_M / METRES_PER_FOOT))} ft"
        )
        raise FieldError(
            Checks.tr("More than {limit} of climbing in one run? Check the elevation gain.").format(
                limit=limit
            )
        )
    if distance_m is not None and metres > distance_m:
        raise FieldError(
            Checks.tr("The climb can't be more than the distance run; check the elevation gain.")
        )


def pace_warning(distance_m: int, duration_s: int, unit: str) -> str | None:
    """A message asking to confirm a pace faster than 2:00 /km or slower than 30:00 /km."""
    # Compare in whole numbers: pace per km = duration_s * 1000 / distance_m.
    if duration_s * 1000 < FASTEST_PACE_S_PER_KM * distance_m:
        limit, word = FASTEST_PACE_S_PER_KM, "faster"
    elif duration_s * 1000 > SLOWEST_PACE_S_PER_KM * distance_m:
        limit, word = SLOWEST_PACE_S_PER_KM, "slower"
    else:
        return None
    pace = pace_seconds(distance_m, duration_s, unit)
    assert pace is not None
    # Round away from the limit so the pace shown is never equal to the limit it broke.
    shown = math.floor(pace) if word == "faster" else math.ceil(pace)
    limit_text = format_pace(pace_seconds(1000, limit, unit) or 0, unit)
    if word == "faster":
        message = Checks.tr(
            "That is a pace of {pace}, faster than {limit}. "
            "Check the distance and time, or save it as it is."
        )
    else:
        message = Checks.tr(
            "That is a pace of {pace}, slower than {limit}. "
            "Check the distance and time, or save it as it is."
        )
    return message.format(pace=format_pace(shown, unit), limit=limit_text)


def validate_run(form: RunForm, *, unit: str, now: datetime) -> RunInput | Invalid:
    """Check the run form; return the clean run or every problem, one per field.

    Fields in the result's ``errors``: ``started_at``, ``distance``, ``duration``,
    ``run_type``, ``race_class``, ``effort``, ``surface``, ``elevation_gain``.
    The form's ``started_at`` is the local start (a naive value is taken as this
    computer's local time); ``now`` is the current local time. Texts are read in the
    user's ``unit``.
    A race class is required for a race and dropped for any other run type; a race
    of a standard class (5K, 10K, half, marathon) must be about that long (see
    :mod:`corelog.domain.races`). An implausible pace is not an error but a warning on
    the clean run.
    """
    check_unit(unit)
    check = ErrorCollector()
    start = check.check(
        "started_at",
        lambda: clean_start(form.started_at, now, Checks.tr("Enter when the run started.")),
    )
    distance_m = check.check("distance", lambda: clean_distance(form.distance, unit))
    duration_s = check.check("duration", lambda: clean_duration(form.duration))
    kind = check.check(
        "run_type",
        lambda: clean_choice(
            form.run_type, RUN_TYPES, Checks.tr("Choose a run type from the list.")
        ),
    )
    race = _check_race_class(check, kind, form.race_class, distance_m, unit)
    clean_surface = check.check("surface", lambda: _clean_surface(form.surface))
    clean_effort_value = check.check("effort", lambda: clean_effort(form.effort))
    gain = check.check(
        "elevation_gain", lambda: clean_elevation_gain(form.elevation_gain, unit, distance_m)
    )
    invalid = check.result()
    if invalid is not None:
        return invalid
    assert start is not None and distance_m is not None and duration_s is not None
    assert kind is not None
    warning = pace_warning(distance_m, duration_s, unit)
    return RunInput(
        started_at=start,
        distance_m=distance_m,
        duration_s=duration_s,
        run_type=kind,
        race_class=race,
        effort=clean_effort_value,
        surface=clean_surface,
        elevation_gain_m=gain,
        notes=clean_notes(form.notes),
        warnings={"pace": warning} if warning else {},
    )


def _check_race_class(
    check: ErrorCollector,
    kind: str | None,
    race_class: str | None,
    distance_m: int | None,
    unit: str,
) -> str | None:
    """A race's class (required, and a standard one must fit the distance); None otherwise."""
    race = None
    if kind == RACE:
        race = check.check(
            "race_class",
            lambda: clean_choice(
                race_class,
                RACE_CLASSES,
                Checks.tr("Choose the race distance: 5K, 10K, half marathon, marathon or other."),
            ),
        )
    if race is not None and distance_m is not None and not race_distance_fits(race, distance_m):
        check.add("race_class", race_distance_message(race, distance_m, unit))
    return race


def _clean_surface(surface: str | None) -> str | None:
    """The surface chosen from the list, or None when none is given."""
    return (
        None
        if is_blank(surface)
        else clean_choice(surface, SURFACES, Checks.tr("Choose a surface from the list."))
    )
