"""Writing many generated rows at once: the demo history and the benchmarks' long histories.

The rows come as plain dicts of column values per table (ids and uuids included, so the
rows can refer to each other) and go in with one executemany per slice, all in one
transaction. Only into an empty database: nothing here merges or checks for duplicates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from corelog.store.store import Store

ENTRY_TABLES = ("shoe", "run", "core_session", "timer_workout", "soreness_entry")
"""Tables that hold the user's entries (sets and follow-ups belong to one of them)."""

INSERT_ORDER = (
    "shoe",
    "run",
    "core_session",
    "timer_workout",
    "core_set",
    "soreness_entry",
    "soreness_update",
)
"""Parents before the rows that refer to them."""

_SLICE = 5000


def has_entries(store: Store) -> bool:
    """Whether the database holds any run, shoe, core session, workout or soreness entry."""
    return any(
        store.reader.scalar(f"SELECT count(*) FROM {table}") for table in ENTRY_TABLES
    )


def insert_rows(store: Store, rows: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Insert the rows of each table in :data:`INSERT_ORDER`, in one transaction."""
    from sqlalchemy import insert

    from corelog.store.models import (
        CoreSession,
        CoreSet,
        Run,
        Shoe,
        SorenessEntry,
        SorenessUpdate,
        TimerWorkout,
    )

    models = {
        "shoe": Shoe,
        "run": Run,
        "core_session": CoreSession,
        "timer_workout": TimerWorkout,
        "core_set": CoreSet,
        "soreness_entry": SorenessEntry,
        "soreness_update": SorenessUpdate,
    }
    with store.write() as session:
        for name in INSERT_ORDER:
            table_rows = rows.get(name, ())
            for start in range(0, len(table_rows), _SLICE):
                session.execute(insert(models[name]), table_rows[start : start + _SLICE])
