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
        raise Bad(name, "is missing.")
    return item[name]


def text(item: dict, name: str, *, optional: bool = False) -> str | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise Bad(name, "must be text.")
    return value


def boolean(item: dict, name: str) -> bool:
    value = get(item, name)
    if not isinstance(value, bool):
        raise Bad(name, "must be true or false.")
    return value


def whole(item: dict, name: str, *, optional: bool = False) -> int | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Bad(name, "must be a whole number.")
    if abs(value) > MAX_WHOLE:
        raise Bad(name, "is far too large a number.")
    return value


def real(item: dict, name: str, *, optional: bool = False) -> float | None:
    value = get(item, name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Bad(name, "must be a number.")
    try:
        number = float(value)
    except OverflowError as exc:
        raise Bad(name, "is far too large a number.") from exc
    if not math.isfinite(number):
        raise Bad(name, "must be a number.")
    return number


def instant(item: dict, name: str, *, optional: bool = False) -> datetime | None:
    value = get(item, name)
    if value is None and optional:
        return None
    hint = "is not a date and time in UTC, like 2026-03-01T06:10:00.000000Z."
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
        raise Bad(name, "must be an entry's uuid.")
    if _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid_module.UUID(value))
    except ValueError as exc:
        raise Bad(name, "must be an entry's uuid.") from exc


def local_time(item: dict, at: str) -> tuple[datetime, int, datetime]:
    """(UTC instant, offset, local time) of ``at`` and ``utc_offset_min``."""
    utc = instant(item, at)
    assert utc is not None
    offset = whole(item, "utc_offset_min")
    assert offset is not None
    try:
        local = from_utc_and_offset(utc, offset)
    except (ValueError, OverflowError) as exc:
        raise Bad("utc_offset_min", "is not a real UTC offset in minutes.") from exc
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
        raise Bad(where, "must be an object.")
    try:
        return check(item)
    except Bad as bad:
        raise Bad(f"{where}.{bad.field}", bad.message) from bad


def listed(item: dict, name: str) -> list:
    value = get(item, name)
    if not isinstance(value, list):
        raise Bad(name, "must be a list.")
    return value
