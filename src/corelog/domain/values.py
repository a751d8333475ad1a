"""A record of values taken from another record that names the same fields.

A saved run, preset or soreness entry holds the values the user controls plus its
identity; a checked form holds them as they were typed. :func:`values_of` picks the
values out (to put them back on undo, or to store them), as ``store.rows.record`` reads
a record from a row by name.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

_Values = TypeVar("_Values")


def values_of(cls: type[_Values], source: object, **given: Any) -> _Values:
    """The ``cls`` record (a dataclass) of the same-named attributes of ``source``;
    ``given`` fills or replaces the fields ``source`` does not hold as ``cls`` wants them."""
    values = dict(given)
    for field in fields(cls):  # type: ignore[arg-type]
        if field.name not in values:
            values[field.name] = getattr(source, field.name)
    return cls(**values)
