"""Shoes in the database: the user's pairs and the distance each has covered.

A pair's total distance is the distance it already had when it was added
(``start_distance_m``) plus every run logged in it; deleted runs do not count. Deleting
a pair sets ``deleted_at`` (Undo brings back the same row); lists skip deleted pairs.
"""

from __future__ import annotations

from corelog.domain.shoes import ShoeInUse, ShoeNotFound, ShoeRow
from corelog.store.rows import change, fetch, insert, record
from corelog.store.store import Store

_SELECT = """
    SELECT shoe.id, shoe.uuid, shoe.name, shoe.start_distance_m, shoe.retired,
           shoe.created_at, shoe.updated_at, shoe.deleted_at,
           count(run.id) AS run_count, coalesce(sum(run.distance_m), 0) AS runs_distance_m
    FROM shoe LEFT JOIN run ON run.shoe_id = shoe.id AND run.deleted_at IS NULL
"""
_GROUP = " GROUP BY shoe.id"


def list_shoes(store: Store, *, include_retired: bool = True) -> list[ShoeRow]:
    """The user's pairs: in service first, then retired, each group by name."""
    where = " WHERE shoe.deleted_at IS NULL" + ("" if include_retired else " AND NOT shoe.retired")
    rows = store.reader.all(
        _SELECT + where + _GROUP + " ORDER BY shoe.retired, shoe.name COLLATE NOCASE, shoe.id"
    )
    return [record(ShoeRow, r) for r in rows]


def get_shoe(store: Store, shoe_id: int, *, include_deleted: bool = False) -> ShoeRow | None:
    where = " WHERE shoe.id = ?" + ("" if include_deleted else " AND shoe.deleted_at IS NULL")
    row = store.reader.one(_SELECT + where + _GROUP, (shoe_id,))
    return None if row is None else record(ShoeRow, row)


def runs_in_shoe(store: Store, shoe_id: int) -> int:
    """How many (not deleted) runs name this pair."""
    return int(
        store.reader.scalar(
            "SELECT count(*) FROM run WHERE shoe_id = ? AND deleted_at IS NULL", (shoe_id,)
        )
    )


def insert_shoe(store: Store, name: str, start_distance_m: float = 0.0) -> int:
    """Add a pair in one transaction; returns its id."""
    from corelog.store.models import Shoe

    with store.write() as session:
        return insert(session, Shoe(name=name, start_distance_m=start_distance_m))


def _missing(shoe_id: int) -> ShoeNotFound:
    return ShoeNotFound(f"no shoe with id {shoe_id}")


def update_shoe(
    store: Store,
    shoe_id: int,
    *,
    name: str | None = None,
    start_distance_m: float | None = None,
    retired: bool | None = None,
) -> None:
    """Change what is given (name, start distance, retired); the rest stays."""
    from corelog.store.models import Shoe

    given = {"name": name, "start_distance_m": start_distance_m, "retired": retired}
    changes = {column: value for column, value in given.items() if value is not None}
    change(store, Shoe, shoe_id, _missing(shoe_id), changes, live=True)


def delete_shoe(store: Store, shoe_id: int) -> None:
    """Mark a pair deleted; raises ShoeInUse if a (not deleted) run names it.

    The check and the change are one transaction, so a pair in use is never deleted.
    """
    from sqlalchemy import func
    from sqlmodel import select

    from corelog.store.models import Run, Shoe, utc_now
    from corelog.store.tombstones import mark_deleted

    with store.write() as session:
        shoe = fetch(session, Shoe, shoe_id, _missing(shoe_id), live=True)
        in_use = session.exec(
            select(func.count())
            .select_from(Run)
            .where(Run.shoe_id == shoe_id, Run.deleted_at.is_(None))  # type: ignore[union-attr]
        ).one()
        if in_use:
            raise ShoeInUse(in_use)
        mark_deleted(session, [shoe], "shoe", True, utc_now())


def restore_shoe(store: Store, shoe_id: int) -> None:
    """Bring a deleted pair back (same row, same uuid)."""
    from corelog.store.models import Shoe, utc_now
    from corelog.store.tombstones import mark_deleted

    with store.write() as session:
        shoe = fetch(session, Shoe, shoe_id, _missing(shoe_id))
        mark_deleted(session, [shoe], "shoe", False, utc_now())
