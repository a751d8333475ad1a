"""What every form's validation shares: the error result, start times, effort and notes.

A validator takes what the form holds (raw texts, chosen keys, the start time) and
returns either clean values ready to store or :class:`Invalid`, which maps each field
name to a message written for the user and shown next to that field. All problems are
reported at once, and nothing is half-cleaned: an :class:`Invalid` carries no values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import TypeVar

from corelog.domain.i18n import Checks
from corelog.domain.parsing import ParseError, parse_whole_number
from corelog.domain.timeutil import local_from_wall
from corelog.domain.vocabulary import EFFORT_MAX, EFFORT_MIN

T = TypeVar("T")

MAX_FUTURE = timedelta(days=1)
"""How far ahead of now an entry may start: slack for clocks and time zones, not for plans."""


class FieldError(ValueError):
    """A value that was read but cannot be stored; ``str(error)`` is the message for the user."""


@dataclass(frozen=True)
class Invalid:
    """Input that cannot be saved: field name -> message to show next to that field."""

    errors: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "errors", MappingProxyType(dict(self.errors)))


class ErrorCollector:
    """Gathers one message per field while a validator checks every field in turn."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, name: str, clean: Callable[[], T]) -> T | None:
        """Run ``clean``; on a user-facing error record its message under ``name``."""
        try:
            return clean()
        except (ParseError, FieldError) as error:
            self.errors.setdefault(name, str(error))
            return None

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def result(self) -> Invalid | None:
        return Invalid(self.errors) if self.errors else None


def is_blank(value: object) -> bool:
    """True for None and for text that is empty or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def local_aware(moment: datetime) -> datetime:
    """``moment`` with its offset; a naive datetime is taken as this computer's local time."""
    return moment if moment.tzinfo is not None else local_from_wall(moment)


def clean_start(moment: datetime | None, now: datetime, missing: str) -> datetime:
    """Check a start or noted time: present, and at most a day after ``now``."""
    if moment is None:
        raise FieldError(missing)
    moment = local_aware(moment)
    if moment > local_aware(now) + MAX_FUTURE:
        raise FieldError(
            Checks.tr("That is more than a day in the future; check the date and time.")
        )
    return moment


def clean_whole_number(value: int | str, low: int, high: int, message: str) -> int:
    """A whole number in ``low..high`` from an int or typed text, else FieldError(message)."""
    if isinstance(value, bool):
        raise FieldError(message)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        try:
            number = parse_whole_number(value, message)
        except ParseError as error:
            raise FieldError(message) from error
    else:
        raise FieldError(message)
    if not low <= number <= high:
        raise FieldError(message)
    return number


def clean_choice(value: str | None, allowed: tuple[str, ...], message: str) -> str:
    """``value`` if it is one of the ``allowed`` keys, else FieldError(message)."""
    if value not in allowed:
        raise FieldError(message)
    return value


def effort_message() -> str:
    """What to say about an effort that is not a whole number from 1 to 10."""
    return Checks.tr("Effort is a whole number from {low} to {high}, or leave it empty.").format(
        low=EFFORT_MIN, high=EFFORT_MAX
    )


def clean_effort(value: int | str | None) -> int | None:
    """Perceived effort 1-10, or None when left empty."""
    if value is None or is_blank(value):
        return None
    return clean_whole_number(value, EFFORT_MIN, EFFORT_MAX, effort_message())


def clean_notes(value: str | None) -> str:
    """Notes exactly as typed, any length and any script; None becomes ""."""
    return "" if value is None else value
