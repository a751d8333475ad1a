"""Reading one field of an entry in an export file: the type, the range a database can
hold, and one clear message when it is wrong (``Bad``, turned into the refusal that names
the entry and the field)."""

from __future__ import annotations

import math
import re
import uuid as uuid_module
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from corelog.domain import i18n
from corelog.domain.i18n import Exchange
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.validation import FieldError, Invalid

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# The largest whole number a database column holds (SQLite's 64-bit integers).
MAX_WHOLE = 2**63 - 1


class Bad(Exception):
    """One problem in one field of one entry (turned into ImportRefused with the entry's name)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def get(item: dict, name: str) -> Any:
    if name not in item:
        raise Bad(name, Exchange.tr("is missing."))
    return item[name]


def text(item: dict, name: str, *, optional: bool = False) -> str | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise Bad(name, Exchange.tr("must be text."))
    return value


def boolean(item: dict, name: str) -> bool:
    value = get(item, name)
    if not isinstance(value, bool):
        raise Bad(name, Exchange.tr("must be true or false."))
    return value


def quoted(value: object) -> str:
    """A value as the file holds it, in quotation marks: “count_up”."""
    return Exchange.tr("“{value}”", "a value of the file, quoted").format(value=value)


def one_of(choices: tuple) -> str:
    """The message for a value that is none of ``choices``."""
    allowed = ", ".join(quoted(c) for c in choices)
    return Exchange.tr("must be one of {choices}.").format(choices=allowed)


def used_twice() -> str:
    return Exchange.tr("is used by another entry in the file too.")


def far_too_large() -> str:
    return Exchange.tr("is far too large a number.")


def whole(item: dict, name: str, *, optional: bool = False) -> int | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Bad(name, Exchange.tr("must be a whole number."))
    if abs(value) > MAX_WHOLE:
        raise Bad(name, far_too_large())
    return value


def counted(item: dict, name: str, low: int = 0) -> int:
    """A whole number of at least ``low`` (a count, a position, a time in milliseconds)."""
    value = whole(item, name)
    assert value is not None
    return at_least(name, value, low)


def at_least(name: str, value: float, low: float) -> float:
    """``value`` if it is ``low`` or more."""
    if value < low:
        shown = i18n.number(low, 0 if float(low).is_integer() else 1)
        raise Bad(name, Exchange.tr("must be {low} or more.").format(low=shown))
    return value


def real(item: dict, name: str, *, optional: bool = False) -> float | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Bad(name, Exchange.tr("must be a number."))
    try:
        number = float(value)
    except OverflowError as exc:
        raise Bad(name, far_too_large()) from exc
    if not math.isfinite(number):
        raise Bad(name, Exchange.tr("must be a number."))
    return number


def instant(item: dict, name: str, *, optional: bool = False) -> datetime | None:
    value = get(item, name)
    if value is None and optional:
        return None
    hint = Exchange.tr("is not a date and time in UTC, like {example}.").format(
        example="2026-03-01T06:10:00.000000Z"
    )
    if not isinstance(value, str):
        raise Bad(name, hint)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Bad(name, hint) from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise Bad(name, hint)
    try:
        return moment.astimezone(UTC)
    except OverflowError as exc:
        raise Bad(name, hint) from exc


def entry_uuid(item: dict, name: str = "uuid", *, optional: bool = False) -> str | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise Bad(name, Exchange.tr("must be an entry's uuid."))
    if _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid_module.UUID(value))
    except ValueError as exc:
        raise Bad(name, Exchange.tr("must be an entry's uuid.")) from exc


def linked(item: dict, name: str, known: set[str], problem: str) -> str | None:
    """The uuid of the entry ``name`` links to (or None), which must be one of ``known``;
    ``problem`` says which kind of entry is missing."""
    value = entry_uuid(item, name, optional=True)
    if value is not None and value not in known:
        raise Bad(name, problem)
    return value


def local_time(item: dict, at: str) -> tuple[datetime, int, datetime]:
    """(UTC instant, offset, local time) of ``at`` and ``utc_offset_min``."""
    utc = instant(item, at)
    assert utc is not None
    offset = whole(item, "utc_offset_min")
    assert offset is not None
    try:
        local = from_utc_and_offset(utc, offset)
    except (ValueError, OverflowError) as exc:
        raise Bad("utc_offset_min", Exchange.tr("is not a real UTC offset in minutes.")) from exc
    return utc, offset, local


def checked(name: str, check: Callable[[], Any]) -> Any:
    try:
        return check()
    except FieldError as exc:
        raise Bad(name, str(exc)) from exc


def raise_invalid(result: Any, names: dict[str, str] | None = None) -> None:
    if isinstance(result, Invalid):
        name, message = next(iter(result.errors.items()))
        raise Bad((names or {}).get(name, name), message)


def stamps(item: dict) -> dict[str, datetime]:
    return {"created_at": instant(item, "created_at"), "updated_at": instant(item, "updated_at")}


def nested(item: Any, where: str, check: Callable[[dict], dict]) -> dict:
    """Check an entry inside another (a set in a session), naming where it is."""
    if not isinstance(item, dict):
        raise Bad(where, Exchange.tr("must be an object."))
    try:
        return check(item)
    except Bad as bad:
        raise Bad(f"{where}.{bad.field}", bad.message) from bad


def listed(item: dict, name: str) -> list:
    value = get(item, name)
    if not isinstance(value, list):
        raise Bad(name, Exchange.tr("must be a list."))
    return value
