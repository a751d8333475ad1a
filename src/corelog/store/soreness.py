"""The soreness log in the database: entries, their follow-ups, and the training around them.

Reads go through ``store.reader`` and return frozen records with aware UTC datetimes;
writes are one transaction each (``store.write()``). Deleted entries keep their row with
``deleted_at`` set, so undo brings back the very same entry (same id, same uuid); every
list here skips them. Runs and core sessions are read only as far as soreness needs them:
to propose, show and check the run or session before an entry, and to read the recent
training an assessment looks at.

Reading imports nothing heavier than ``sqlite3``; the ORM is imported on the first write.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from corelog.domain.soreness_entries import (
    DELETED_RUN_MESSAGE,
    DELETED_SESSION_MESSAGE,
    EpisodeRow,
    FollowUpValues,
    LinkedRun,
    LinkedSession,
    LinkError,
    SorenessEntryRecord,
    SorenessUpdateRecord,
    SorenessValues,
)
from corelog.store.rows import (
    assign,
    change,
    columns,
    fetch,
    insert,
    placeholders,
    record,
    records_between,
)
from corelog.store.store import Store
from corelog.store.timestamps import format_timestamp, parse_timestamp

if TYPE_CHECKING:
    from sqlmodel import Session


# --- reads ----------------------------------------------------------------------------

_ENTRY_COLUMNS = (
    "id, uuid, noted_at, utc_offset_min, region, severity, feel, onset, trend, swelling, "
    "days_lasted, run_id, core_session_id, notes, resolved_at, created_at, updated_at, "
    "deleted_at"
)
_UPDATE_COLUMNS = (
    "id, uuid, entry_id, noted_at, utc_offset_min, severity, trend, swelling, notes, created_at"
)
_RUN_COLUMNS = (
    "id, started_at, utc_offset_min, distance_m, duration_s, run_type, race_class, "
    "deleted_at IS NOT NULL AS deleted"
)


def get_entry(store: Store, entry_id: int) -> SorenessEntryRecord | None:
    """The entry with this id, deleted or not (``deleted_at`` says which)."""
    row = store.reader.one(f"SELECT {_ENTRY_COLUMNS} FROM soreness_entry WHERE id = ?", (entry_id,))
    return None if row is None else record(SorenessEntryRecord, row)


def list_entries(
    store: Store, *, region: str | None = None, open_only: bool = False
) -> list[SorenessEntryRecord]:
    """Entries the user has not deleted, newest first; of one region or only open ones."""
    where = ["deleted_at IS NULL"]
    params: list[object] = []
    if region is not None:
        where.append("region = ?")
        params.append(region)
    if open_only:
        where.append("resolved_at IS NULL")
    rows = store.reader.all(
        f"SELECT {_ENTRY_COLUMNS} FROM soreness_entry WHERE {' AND '.join(where)} "
        "ORDER BY noted_at DESC, id DESC",
        params,
    )
    return [record(SorenessEntryRecord, row) for row in rows]


def updates_for(store: Store, entry_id: int) -> list[SorenessUpdateRecord]:
    """The follow-ups on an entry, oldest first."""
    rows = store.reader.all(
        f"SELECT {_UPDATE_COLUMNS} FROM soreness_update WHERE entry_id = ? ORDER BY noted_at, id",
        (entry_id,),
    )
    return [record(SorenessUpdateRecord, row) for row in rows]


def _follow_ups_of(store: Store, entry_ids: Iterable[int], columns: str, tail: str) -> list:
    """``SELECT columns`` of the follow-ups of these entries, then ``tail``."""
    ids = sorted(set(entry_ids))
    if not ids:
        return []
    return store.reader.all(
        f"SELECT {columns} FROM soreness_update WHERE entry_id IN ({placeholders(ids)}) {tail}",
        ids,
    )


def latest_updates(store: Store, entry_ids: Iterable[int]) -> dict[int, SorenessUpdateRecord]:
    """The newest follow-up of each of these entries that has one."""
    rows = _follow_ups_of(store, entry_ids, _UPDATE_COLUMNS, "ORDER BY noted_at, id")
    return {row["entry_id"]: record(SorenessUpdateRecord, row) for row in rows}


def update_counts(store: Store, entry_ids: Iterable[int]) -> dict[int, int]:
    """How many follow-ups each of these entries has (entries with none are left out)."""
    rows = _follow_ups_of(store, entry_ids, "entry_id, COUNT(*) AS n", "GROUP BY entry_id")
    return {row["entry_id"]: row["n"] for row in rows}


def episodes_between(store: Store, start: datetime, end: datetime) -> list[EpisodeRow]:
    """Entries noted from ``start`` up to (not including) ``end``, oldest first.

    Each carries the kind of the run it was linked to, unless that run was deleted.
    """
    select = (
        "SELECT e.id AS entry_id, e.noted_at, e.region, r.run_type FROM soreness_entry AS e "
        "LEFT JOIN run AS r ON r.id = e.run_id AND r.deleted_at IS NULL"
    )
    return records_between(store, EpisodeRow, select, start, end, alias="e", time="noted_at")


def runs_between(store: Store, start: datetime, end: datetime) -> list[LinkedRun]:
    """Runs (not deleted) that started from ``start`` up to ``end`` inclusive, oldest first."""
    select = f"SELECT {_RUN_COLUMNS} FROM run AS r"
    return records_between(store, LinkedRun, select, start, end, alias="r", inclusive=True)


_SESSION_SELECT = (
    "SELECT s.id, s.started_at, s.utc_offset_min, s.deleted_at IS NOT NULL AS deleted, "
    "(SELECT COUNT(*) FROM core_set AS c WHERE c.session_id = s.id) AS set_count "
    "FROM core_session AS s "
)


def core_sessions_between(store: Store, start: datetime, end: datetime) -> list[LinkedSession]:
    """Core sessions (not deleted) started from ``start`` up to ``end`` inclusive."""
    return records_between(
        store, LinkedSession, _SESSION_SELECT, start, end, alias="s", inclusive=True
    )


def get_run(store: Store, run_id: int) -> LinkedRun | None:
    """The run with this id, deleted or not (``deleted`` says which)."""
    row = store.reader.one(f"SELECT {_RUN_COLUMNS} FROM run WHERE id = ?", (run_id,))
    return None if row is None else record(LinkedRun, row)


def get_core_session(store: Store, session_id: int) -> LinkedSession | None:
    row = store.reader.one(_SESSION_SELECT + "WHERE s.id = ?", (session_id,))
    return None if row is None else record(LinkedSession, row)


def latest_core_session_before(store: Store, moment: datetime) -> datetime | None:
    """The start of the newest core session (not deleted) at or before ``moment``."""
    value = store.reader.scalar(
        "SELECT MAX(started_at) FROM core_session WHERE deleted_at IS NULL AND started_at <= ?",
        (format_timestamp(moment),),
    )
    return parse_timestamp(value)


# --- writes ---------------------------------------------------------------------------


def _check_links(session: Session, values: SorenessValues) -> None:
    from corelog.store.models import CoreSession, Run

    if values.run_id is not None and values.core_session_id is not None:
        raise ValueError("an entry is linked to a run or a core session, not both")
    if values.run_id is not None:
        fetch(session, Run, values.run_id, LinkError("run", DELETED_RUN_MESSAGE), live=True)
    if values.core_session_id is not None:
        missing = LinkError("core_session", DELETED_SESSION_MESSAGE)
        fetch(session, CoreSession, values.core_session_id, missing, live=True)


def _missing(entry_id: int) -> LookupError:
    return LookupError(f"no soreness entry {entry_id}")


def insert_entry(store: Store, values: SorenessValues) -> int:
    """Save a new entry; returns its id. Raises LinkError if its run or session is deleted."""
    from corelog.store.models import SorenessEntry

    with store.write() as session:
        _check_links(session, values)
        return insert(session, SorenessEntry(**columns(values)))


def update_entry(
    store: Store, entry_id: int, values: SorenessValues, *, check_links: bool = True
) -> None:
    """Change an entry's values (it keeps its id and uuid).

    ``check_links=False`` puts back earlier values as they were (undo), even when the run
    they point at has been deleted since. A deleted entry is not changed (LookupError):
    the edit would vanish with it.
    """
    from corelog.store.models import SorenessEntry, utc_now

    with store.write() as session:
        entry = fetch(session, SorenessEntry, entry_id, _missing(entry_id), live=True)
        if check_links:
            _check_links(session, values)
        assign(entry, columns(values))
        entry.updated_at = utc_now()


def set_entry_deleted(store: Store, entry_id: int, deleted: bool) -> None:
    """Delete an entry (it stays restorable) or bring it back.

    Either way ``updated_at`` moves to now, so an export or a merge sees the change.
    """
    from corelog.store.models import SorenessEntry, utc_now
    from corelog.store.tombstones import mark_deleted

    with store.write() as session:
        entry = fetch(session, SorenessEntry, entry_id, _missing(entry_id))
        mark_deleted(session, [entry], "soreness_entry", deleted, utc_now())


def set_entry_resolved(store: Store, entry_id: int, resolved_at: datetime | None) -> None:
    """Close an entry at ``resolved_at`` (aware), or open it again with None."""
    from corelog.store.models import SorenessEntry

    change(store, SorenessEntry, entry_id, _missing(entry_id), {"resolved_at": resolved_at})


def insert_update(
    store: Store, entry_id: int, values: FollowUpValues, *, uuid: str | None = None
) -> int:
    """Save a follow-up on an entry; returns its id.

    ``uuid`` puts back a follow-up that was taken away (redo) with its old identity.
    """
    from corelog.store.models import SorenessEntry, SorenessUpdate, new_uuid
    from corelog.store.tombstones import unbury

    with store.write() as session:
        fetch(session, SorenessEntry, entry_id, _missing(entry_id), live=True)
        update = SorenessUpdate(**columns(values), uuid=uuid or new_uuid(), entry_id=entry_id)
        update_id = insert(session, update)
        if uuid is not None:
            unbury(session, [uuid])
        return update_id


def delete_update(store: Store, update_id: int) -> None:
    """Take a follow-up away (undo of "how is it today?")."""
    from corelog.store.models import SorenessUpdate, utc_now
    from corelog.store.tombstones import bury

    with store.write() as session:
        update = session.get(SorenessUpdate, update_id)
        if update is not None:
            session.delete(update)
            bury(session, "follow_up", [update.uuid], utc_now())
