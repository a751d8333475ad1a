"""Between the domain's frozen records and the database's rows, the one way each goes.

Reading: a query names its columns as the record names its fields (``SELECT id AS
set_id`` where they differ), and :func:`record` fills every field from the column of
that name. What SQLite does not hold as Python does is turned by the field's declared
type: 0 or 1 into a ``bool``, the stored text of a ``datetime`` into an aware UTC
datetime. A field that is no column (a session's sets) is given by the caller.

Writing: a record of values (``RunValues``, ``PresetValues`` ...) names its fields as the
table names its columns, so :func:`columns` is what it writes; :func:`insert` adds a new
row, :func:`fetch` finds the row a change is for, and :func:`change` changes one row,
``updated_at`` included. Reading imports nothing heavier than ``sqlite3``; writing takes
the ORM session or rows its caller has.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from corelog.store.store import Store
from corelog.store.timestamps import format_timestamp, parse_timestamp, utc_now

_Record = TypeVar("_Record")

# --------------------------------------------------------------------------- reading

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


def records_between(
    store: Store,
    cls: type[_Record],
    select: str,
    start: datetime,
    end: datetime,
    *,
    alias: str,
    time: str = "started_at",
    inclusive: bool = False,
) -> list[_Record]:
    """The entries ``select`` reads (``... FROM table AS alias``) that are not deleted and
    whose ``time`` is from ``start`` up to ``end`` (aware instants; ``end`` itself only if
    ``inclusive``), oldest first, as ``cls`` records."""
    at = f"{alias}.{time}"
    rows = store.reader.all(
        f"{select} WHERE {alias}.deleted_at IS NULL AND {at} >= ? "
        f"AND {at} {'<=' if inclusive else '<'} ? ORDER BY {at}, {alias}.id",
        (format_timestamp(start), format_timestamp(end)),
    )
    return [record(cls, row) for row in rows]


def placeholders(values: Sequence[Any]) -> str:
    """``?, ?, ?``: one mark per value, for ``IN (...)``."""
    return ", ".join("?" * len(values))


# --------------------------------------------------------------------------- writing


def columns(values: Any, *, skip: Collection[str] = (), **given: Any) -> dict[str, Any]:
    """What a record of values writes: each field as the column of its name, but those in
    ``skip`` (a session's sets); ``given`` adds columns or puts other values in."""
    found = {f.name: getattr(values, f.name) for f in fields(values) if f.name not in skip}
    found.update(given)
    return found


def assign(row: Any, values: Mapping[str, Any]) -> None:
    """Set the columns ``values`` names on an ORM row."""
    for name, value in values.items():
        setattr(row, name, value)


def differs(row: Any, values: Mapping[str, Any]) -> bool:
    """Whether assigning ``values`` would change the row (its timestamps aside)."""
    return any(
        getattr(row, name) != value
        for name, value in values.items()
        if name not in ("created_at", "updated_at")
    )


def insert(session: Any, row: Any) -> int:
    """Add a new ORM row in the write ``session``; returns the id it was given."""
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def fetch(session: Any, model: type, row_id: int, missing: Exception, *, live: bool = False):
    """The ORM row ``row_id`` of ``model`` a change is for; raises ``missing`` when there is
    none, or (``live``) when the user has deleted it."""
    row = session.get(model, row_id)
    if row is None or (live and row.deleted_at is not None):
        raise missing
    return row


def change(
    store: Store,
    model: type,
    row_id: int,
    missing: Exception,
    values: Mapping[str, Any],
    *,
    live: bool = False,
) -> None:
    """Give one row the columns ``values`` and ``updated_at`` now, in one transaction."""
    with store.write() as session:
        row = fetch(session, model, row_id, missing, live=live)
        assign(row, values)
        row.updated_at = utc_now()
