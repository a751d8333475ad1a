"""Runs in the database: reading lists of runs, adding, changing and deleting them.

Reads go through ``store.reader`` (plain sqlite3, no ORM import) and return frozen
:class:`RunRow` records; writes are one SQLModel transaction each. Deleting a run sets
``deleted_at`` so that Undo brings back the very same row (same id, same uuid); every
list here skips deleted runs.
"""

from __future__ import annotations

from datetime import UTC

from corelog.domain.runs import RunNotFound, RunRow, RunValues
from corelog.store.rows import change, columns, fetch, insert, record
from corelog.store.store import Store

_SELECT = """
    SELECT run.id, run.uuid, run.started_at, run.utc_offset_min, run.distance_m,
           run.duration_s, run.run_type, run.race_class, run.effort, run.surface,
           run.elevation_gain_m, run.shoe_id, shoe.name AS shoe_name, run.notes,
           run.created_at, run.updated_at, run.deleted_at
    FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id
"""


def recent_runs(store: Store, limit: int = 50) -> list[RunRow]:
    """The latest ``limit`` runs, newest start first (deleted runs skipped)."""
    where = " WHERE run.deleted_at IS NULL"
    order = " ORDER BY run.started_at DESC, run.id DESC LIMIT ?"
    rows = store.reader.all(_SELECT + where + order, (limit,))
    return [record(RunRow, r) for r in rows]


def count_runs(store: Store) -> int:
    """How many runs the user has logged (deleted runs not counted)."""
    return int(store.reader.scalar("SELECT count(*) FROM run WHERE deleted_at IS NULL"))


def get_run(store: Store, run_id: int, *, include_deleted: bool = False) -> RunRow | None:
    """One run by id; None if there is none (or it is deleted, unless asked for)."""
    where = " WHERE run.id = ?" + ("" if include_deleted else " AND run.deleted_at IS NULL")
    row = store.reader.one(_SELECT + where, (run_id,))
    return None if row is None else record(RunRow, row)


def last_used_shoe_id(store: Store) -> int | None:
    """The pair worn on the latest run that names one (deleted runs and shoes skipped)."""
    return store.reader.scalar(
        """
        SELECT run.shoe_id FROM run JOIN shoe ON shoe.id = run.shoe_id
        WHERE run.deleted_at IS NULL AND shoe.deleted_at IS NULL
        ORDER BY run.started_at DESC, run.id DESC LIMIT 1
        """
    )


def _columns(values: RunValues) -> dict[str, object]:
    return columns(values, started_at=values.started_at.astimezone(UTC))


def _missing(run_id: int) -> RunNotFound:
    return RunNotFound(f"no run with id {run_id}")


def insert_run(store: Store, values: RunValues) -> int:
    """Add a run in one transaction; returns its id."""
    from corelog.store.models import Run

    with store.write() as session:
        return insert(session, Run(**_columns(values)))


def _live_run(session, run_id: int):
    """The run a change is for; RunNotFound when it is gone or deleted."""
    from corelog.store.models import Run

    return fetch(session, Run, run_id, _missing(run_id), live=True)


def update_run(store: Store, run_id: int, values: RunValues) -> None:
    """Change a run in place (same row, same uuid); raises RunNotFound if it is gone."""
    from corelog.store.models import Run

    change(store, Run, run_id, _missing(run_id), _columns(values), live=True)


def _set_deleted(store: Store, run_ids: list[int], deleted: bool) -> None:
    from corelog.store.models import Run, utc_now
    from corelog.store.tombstones import mark_deleted

    with store.write() as session:
        runs = [fetch(session, Run, run_id, _missing(run_id)) for run_id in run_ids]
        mark_deleted(session, runs, "run", deleted, utc_now())


def delete_runs(store: Store, run_ids: list[int]) -> None:
    """Mark runs deleted, all in one transaction (Undo restores them)."""
    _set_deleted(store, list(run_ids), True)


def restore_runs(store: Store, run_ids: list[int]) -> None:
    """Bring deleted runs back, unchanged, in one transaction."""
    _set_deleted(store, list(run_ids), False)
