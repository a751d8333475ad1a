"""Rows read through ``store.reader`` made into the domain's frozen records, one way.

A query names its columns as the record names its fields (``SELECT id AS set_id`` where
they differ), and :func:`record` fills every field from the column of that name. What
SQLite does not hold as Python does is turned by the field's declared type: 0 or 1 into
a ``bool``, the stored text of a ``datetime`` into an aware UTC datetime. A field that is
no column (a session's sets) is given by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from corelog.store.store import parse_timestamp

_Record = TypeVar("_Record")

_CONVERTERS: dict[object, Callable[[Any], Any]] = {
    "bool": bool,
    "datetime": parse_timestamp,
    "datetime | None": parse_timestamp,
    bool: bool,
    datetime: parse_timestamp,
    datetime | None: parse_timestamp,
}
"""By a field's declared type (as text where the record's module postpones annotations)."""


@cache
def _plan(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    return tuple((field.name, _CONVERTERS.get(field.type)) for field in fields(cls))


def record(cls: type[_Record], row: Any, **given: Any) -> _Record:
    """The ``cls`` record of a row read by name (``sqlite3.Row``); ``given`` fills the
    fields that are no column of the row."""
    values = dict(given)
    for name, convert in _plan(cls):
        if name not in values:
            value = row[name]
            values[name] = value if convert is None else convert(value)
    return cls(**values)


def placeholders(values: Sequence[Any]) -> str:
    """``?, ?, ?``: one mark per value, for ``IN (...)``."""
    return ", ".join("?" * len(values))
