"""Checking core sessions, their sets, and the names of the user's own exercises."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, integer
from corelog.domain.parsing import HOLD_HINT, parse_hold, parse_whole_number
from corelog.domain.timeutil import LocalStart
from corelog.domain.validation import (
    ErrorCollector,
    FieldError,
    Invalid,
    clean_effort,
    clean_notes,
    clean_start,
    is_blank,
)
from corelog.domain.vocabulary import SET_MEASURES, SIDES

MAX_REPS = 1000
MAX_HOLD_MS = 30 * 60 * 1000
MAX_EXERCISE_NAME = 80  # characters, as the library stores it

REPS_HINT = QT_TRANSLATE_NOOP("Checks", "Enter the reps as a whole number, like 12.")
_REPS_WORDS = re.compile(r"^\s*(?:x\s*)?(.*?)\s*(?:x|reps?)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SetEntry:
    """One set as the form holds it.

    ``exercise`` is whatever identifies the chosen exercise (its id or key), None when
    none is chosen. ``measure`` is "hold" or "reps", from the exercise. ``amount`` is
    the typed text; an int is taken as already counted (reps, or hold milliseconds as
    the plank timer measured them).
    """

    exercise: object
    measure: str
    amount: str | int | None
    side: str | None = None


@dataclass(frozen=True)
class CleanSet:
    """A set ready to store: exactly one of ``reps`` and ``hold_ms`` is set."""

    exercise: object
    side: str | None
    reps: int | None
    hold_ms: int | None


@dataclass(frozen=True)
class CoreSessionInput(LocalStart):
    """A core session that passed every check."""

    started_at: datetime  # local, aware
    effort: int | None
    notes: str
    sets: tuple[CleanSet, ...]


def clean_reps(amount: str | int | None) -> int:
    """Reps from the set's field: a whole number from 1 to 1,000 ("12", "12 reps", "x12")."""
    if amount is None or isinstance(amount, bool) or is_blank(amount):
        raise FieldError(Checks.tr("Enter the number of reps."))
    if isinstance(amount, int):
        reps = amount
    else:
        match = _REPS_WORDS.match(amount)
        reps = parse_whole_number(match[1] if match else amount, Checks.marked(REPS_HINT))
    if reps < 0:
        raise FieldError(Checks.tr("Reps can't be negative."))
    if reps == 0:
        raise FieldError(Checks.tr("Enter at least 1 rep."))
    if reps > MAX_REPS:
        raise FieldError(
            Checks.tr("More than {most} reps in one set? Check the number.").format(
                most=integer(MAX_REPS)
            )
        )
    return reps


def clean_hold(amount: str | int | None) -> int:
    """A hold in milliseconds from the set's field: above zero and at most 30 minutes."""
    if amount is None or isinstance(amount, bool) or is_blank(amount):
        raise FieldError(
            Checks.tr("Enter how long you held it. {hint}").format(hint=Checks.marked(HOLD_HINT))
        )
    hold_ms = amount if isinstance(amount, int) else parse_hold(amount)
    if hold_ms < 0:
        raise FieldError(Checks.tr("A hold can't be negative."))
    if hold_ms == 0:
        raise FieldError(Checks.tr("The hold must be longer than zero."))
    if hold_ms > MAX_HOLD_MS:
        raise FieldError(Checks.tr("A hold of more than 30 minutes? Check the time."))
    return hold_ms


def validate_set(entry: SetEntry) -> CleanSet | Invalid:
    """Check one set. Fields in ``errors``: ``exercise``, ``amount``, ``side``."""
    check = ErrorCollector()
    if entry.exercise is None or is_blank(entry.exercise):
        check.add("exercise", Checks.tr("Choose an exercise."))
    reps = hold_ms = None
    if entry.measure == "reps":
        reps = check.check("amount", lambda: clean_reps(entry.amount))
    elif entry.measure == "hold":
        hold_ms = check.check("amount", lambda: clean_hold(entry.amount))
    elif entry.exercise is not None:
        check.add("exercise", Checks.tr("Choose an exercise measured in reps or by a hold."))
    side = None if is_blank(entry.side) else entry.side
    if side is not None and side not in SIDES:
        check.add("side", Checks.tr("Choose the left or the right side."))
    invalid = check.result()
    if invalid is not None:
        return invalid
    return CleanSet(exercise=entry.exercise, side=side, reps=reps, hold_ms=hold_ms)


def validate_core_session(
    *,
    started_at: datetime | None,
    sets: Sequence[SetEntry],
    now: datetime,
    effort: int | str | None = None,
    notes: str | None = "",
) -> CoreSessionInput | Invalid:
    """Check the core-session form; return the clean session or every problem at once.

    Fields in ``errors``: ``started_at``, ``effort``, ``sets`` (no sets at all), and
    for the set at position i (from 0) ``sets.i.exercise``, ``sets.i.amount`` and
    ``sets.i.side``.
    """
    check = ErrorCollector()
    start = check.check(
        "started_at",
        lambda: clean_start(started_at, now, Checks.tr("Enter when the session started.")),
    )
    clean_effort_value = check.check("effort", lambda: clean_effort(effort))
    if not sets:
        check.add("sets", Checks.tr("Add at least one set."))
    clean_sets: list[CleanSet] = []
    for position, entry in enumerate(sets):
        result = validate_set(entry)
        if isinstance(result, Invalid):
            for name, message in result.errors.items():
                check.add(f"sets.{position}.{name}", message)
        else:
            clean_sets.append(result)
    invalid = check.result()
    if invalid is not None:
        return invalid
    assert start is not None
    return CoreSessionInput(
        started_at=start,
        effort=clean_effort_value,
        notes=clean_notes(notes),
        sets=tuple(clean_sets),
    )


def exercise_name_key(name: str) -> str:
    """What makes two exercise names the same: case, width and spacing are ignored."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def validate_exercise_name(
    name: str | None, existing_names: Iterable[str], *, current_name: str | None = None
) -> str | Invalid:
    """Check the name of one of the user's own exercises; return it trimmed, or ``name`` error.

    ``existing_names`` are the names already in the library (built-in and the user's);
    when renaming, ``current_name`` is the exercise's present name, so changing only
    its capitals is allowed.
    """
    trimmed = " ".join((name or "").split())
    if not trimmed:
        return Invalid({"name": Checks.tr("Give the exercise a name.")})
    if len(trimmed) > MAX_EXERCISE_NAME:
        message = Checks.tr("Keep the name to {most} characters or fewer.")
        return Invalid({"name": message.format(most=integer(MAX_EXERCISE_NAME))})
    key = exercise_name_key(trimmed)
    own = exercise_name_key(current_name) if current_name is not None else None
    for existing in existing_names:
        existing_key = exercise_name_key(existing)
        if existing_key == key and existing_key != own:
            message = Checks.tr("There is already an exercise called “{name}”.")
            return Invalid({"name": message.format(name=existing)})
    return trimmed


@dataclass(frozen=True)
class CustomExercise:
    """One of the user's own exercises, ready to store."""

    name: str
    measure: str
    sided: bool


def validate_custom_exercise(
    *,
    name: str | None,
    measure: str | None,
    sided: bool,
    existing_names: Iterable[str],
    current_name: str | None = None,
) -> CustomExercise | Invalid:
    """Check a new or renamed exercise. Fields in ``errors``: ``name``, ``measure``."""
    errors: dict[str, str] = {}
    clean_name = validate_exercise_name(name, existing_names, current_name=current_name)
    if isinstance(clean_name, Invalid):
        errors.update(clean_name.errors)
    if measure not in SET_MEASURES:
        errors["measure"] = Checks.tr("Choose whether it is done for reps or held for a time.")
    if errors:
        return Invalid(errors)
    assert isinstance(clean_name, str) and measure is not None
    return CustomExercise(name=clean_name, measure=measure, sided=bool(sided))
