"""A record's values, and what the store adds to them.

A saved run, preset or soreness entry holds the values the user controls plus its
identity (:class:`Saved`); a checked form holds them as they were typed.
:func:`values_of` picks the values out (to put them back on undo, or to store them), as
``store.rows.record`` reads a record from a row by name.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, TypeVar

_Values = TypeVar("_Values")


@dataclass(frozen=True, kw_only=True)
class Saved:
    """Mixed into a stored record: its identity, and when it was created, last changed
    and deleted (None while it is not). Given by name, after the record's own fields."""

    id: int
    uuid: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


def values_of(cls: type[_Values], source: object, **given: Any) -> _Values:
    """The ``cls`` record (a dataclass) of the same-named attributes of ``source``;
    ``given`` fills or replaces the fields ``source`` does not hold as ``cls`` wants them."""
    values = dict(given)
    for field in fields(cls):  # type: ignore[arg-type]
        if field.name not in values:
            values[field.name] = getattr(source, field.name)
    return cls(**values)
