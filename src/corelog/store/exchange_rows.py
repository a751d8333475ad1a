"""Row-level work of a merge: find entries by uuid, add, replace, delete, with a journal.

:class:`RowWriter` works inside one short write transaction of a merge
(``store.exchange_merge``). It finds what this database has of some entries (their rows,
tombstones and aliases), decides for each incoming entry with the rule "the newer change
wins", and writes the outcome together with the journal rows that let the whole import
be taken back (``store.import_journal``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from corelog.store.exchange_columns import (
    BOOLEANS,
    COLUMNS,
    LINK_FIELDS,
    OPTIONAL_LINKS,
    SUMMARY_KIND,
    TIMESTAMPS,
    stored,
)
from corelog.store.exchange_data import MergeCounts
from corelog.store.import_journal import Journal
from corelog.store.timestamps import parse_timestamp
from corelog.store.tombstones import KIND_TABLES, SOFT_DELETED, TABLE_KINDS

_GROUP = 900  # values per IN (...) list


def groups(values: Sequence[Any], size: int = _GROUP) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class Local(NamedTuple):
    """What this database has of one entry. Stamps are as stored (UTC text of one fixed
    width, so they compare as the instants do)."""

    id: int
    uuid: str
    updated_at: str
    deleted_at: str | None
    links: tuple[Any, ...] = ()

    @property
    def live(self) -> bool:
        return self.deleted_at is None


@dataclass
class Outcome:
    """Where an incoming entry ended up: its row here (None: nowhere) and what happened."""

    row_id: int | None
    what: str  # added, updated, unchanged


class RowWriter:
    """Finds, decides and writes rows inside one write transaction (with journal rows)."""

    def __init__(
        self, conn: sqlite3.Connection, journal: Journal, counts: MergeCounts, now: datetime
    ) -> None:
        self.conn = conn
        self.journal = journal
        self.counts = counts
        self.now = now
        self._columns: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ reading
    def select_in(self, sql: str, values: Sequence[Any]) -> list[tuple]:
        """``sql`` with ``{}`` standing for an IN list of ``values`` (any number)."""
        out: list[tuple] = []
        for chunk in groups(list(values)):
            marks = ", ".join("?" for _ in chunk)
            out.extend(self.conn.execute(sql.format(marks), tuple(chunk)).fetchall())
        return out

    def aliases(self, uuids: Iterable[str]) -> dict[str, str]:
        rows = self.select_in(
            "SELECT uuid, same_as FROM uuid_alias WHERE uuid IN ({})", list(uuids)
        )
        return dict(rows)

    def stones(self, uuids: Iterable[str]) -> dict[str, str]:
        """When the entries ``uuids`` were deleted here (stored stamps), if they were."""
        rows = self.select_in(
            "SELECT uuid, deleted_at FROM tombstone WHERE uuid IN ({})", list(uuids)
        )
        return {uuid: _stamp(at) for uuid, at in rows}

    def local(self, table: str, uuids: Iterable[str]) -> dict[str, Local]:
        links = OPTIONAL_LINKS.get(table, ())
        deleted = "deleted_at" if table in SOFT_DELETED else "NULL"
        extra = "".join(f", {name}" for name in links)
        rows = self.select_in(
            f"SELECT id, uuid, updated_at, {deleted}{extra} FROM {table} WHERE uuid IN ({{}})",
            list(uuids),
        )
        return {
            row[1]: Local(row[0], row[1], _stamp(row[2]), _stamp(row[3]), row[4:])  # type: ignore[arg-type]
            for row in rows
        }

    def ids(self, table: str, uuids: Iterable[str]) -> dict[str, int]:
        """Row ids of entries by uuid (an alias counts as its entry's uuid)."""
        wanted = set(uuids)
        same = self.aliases(wanted)
        canonical = {u: same.get(u, u) for u in wanted}
        rows = dict(
            self.select_in(
                f"SELECT uuid, id FROM {table} WHERE uuid IN ({{}})",
                sorted(set(canonical.values())),
            )
        )
        return {u: rows[c] for u, c in canonical.items() if c in rows}

    def row_images(self, table: str, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        names = self.columns(table)
        rows = self.select_in(f"SELECT * FROM {table} WHERE id IN ({{}})", list(ids))
        return {row[0]: dict(zip(names, row, strict=True)) for row in rows}

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]
        return self._columns[table]

    # ------------------------------------------------------------------ writing
    def count(self, table: str, what: str, n: int = 1) -> None:
        kind = SUMMARY_KIND[table]
        if kind is not None:
            getattr(self.counts, what)[kind] += n

    def insert(self, table: str, rows: list[dict[str, Any]]) -> list[int]:
        """Add rows (each with ``uuid`` and every column); returns their new ids."""
        if not rows:
            return []
        last = self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
        names = list(COLUMNS[table])
        extra = ", builtin" if table == "exercise" else ""  # only ever the user's own
        extra_value = ", 0" if table == "exercise" else ""
        marks = ", ".join("?" for _ in range(len(names) + 2))
        # Only timestamps and true/false need converting (most columns go as they are).
        convert = [i for i, n in enumerate(names) if n in TIMESTAMPS or n in BOOLEANS]
        stamp = names.index("updated_at")
        params = []
        ids = []
        for offset, values in enumerate(rows, start=1):
            row_id = last + offset
            ids.append(row_id)
            row = [values[n] for n in names]
            for i in convert:
                row[i] = stored(row[i])
            params.append([row_id, values["uuid"], *row])
            self.journal.note("insert", table, row_id, values["uuid"], after=row[stamp])
        self.conn.executemany(
            f"INSERT INTO {table} (id, uuid, {', '.join(names)}{extra}) "
            f"VALUES ({marks}{extra_value})",
            params,
        )
        return ids

    def update(
        self, table: str, changes: list[tuple[int, dict[str, Any]]], *, undelete: bool = False
    ) -> None:
        """Give rows new values (``changes``: row id and the columns that change)."""
        if not changes:
            return
        before = self.row_images(table, [row_id for row_id, _ in changes])
        by_shape: dict[tuple[str, ...], list[list[Any]]] = {}
        for row_id, values in changes:
            values = dict(values)
            if undelete and table in SOFT_DELETED:
                values["deleted_at"] = None
            image = before[row_id]
            after = values.get("updated_at", parse_timestamp(image["updated_at"]))
            self.journal.note(
                "update", table, row_id, image["uuid"], before=image, after=stored(after)
            )
            shape = tuple(values)
            by_shape.setdefault(shape, []).append([*(stored(values[n]) for n in shape), row_id])
        for shape, params in by_shape.items():
            assignments = ", ".join(f"{name} = ?" for name in shape)
            self.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", params)

    def delete(self, table: str, row_ids: list[int]) -> None:
        """Remove rows outright (kinds that have no ``deleted_at``), journalled."""
        if not row_ids:
            return
        if table == "timer_workout":
            # Sets recorded by a workout lose the link (as ON DELETE SET NULL would), journalled.
            linked = self.select_in("SELECT id FROM core_set WHERE workout_id IN ({})", row_ids)
            self.update("core_set", [(r[0], {"workout_id": None}) for r in linked])
        images = self.row_images(table, row_ids)
        for row_id in row_ids:
            self.journal.note(
                "delete", table, row_id, images[row_id]["uuid"], before=images[row_id]
            )
        self.conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in row_ids])

    def bury(self, kind: str, buried: list[tuple[str, datetime]]) -> None:
        """Record deletions (uuid, when), keeping the later time of any tombstone here."""
        if not buried:
            return
        current = {
            uuid: (k, at)
            for uuid, k, at in self.select_in(
                "SELECT uuid, kind, deleted_at FROM tombstone WHERE uuid IN ({})",
                [u for u, _ in buried],
            )
        }
        params = []
        for uuid, at in buried:
            stamp = stored(at)
            old = current.get(uuid)
            if old is not None and old[1] >= stamp:
                continue
            before = None if old is None else {"kind": old[0], "deleted_at": old[1]}
            self.journal.note("bury", None, None, uuid, before=before, after=stamp)
            params.append((uuid, kind, stamp))
        self.conn.executemany(
            "INSERT INTO tombstone (uuid, kind, deleted_at) VALUES (?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, "
            "deleted_at = excluded.deleted_at",
            params,
        )

    def unbury(self, uuids: list[str]) -> None:
        if not uuids:
            return
        rows = self.select_in(
            "SELECT uuid, kind, deleted_at FROM tombstone WHERE uuid IN ({})", uuids
        )
        for uuid, kind, at in rows:
            self.journal.note("unbury", None, None, uuid, before={"kind": kind, "deleted_at": at})
        self.conn.executemany("DELETE FROM tombstone WHERE uuid = ?", [(r[0],) for r in rows])

    # ------------------------------------------------------------------ deciding
    def _state(
        self, table: str, items: list[dict[str, Any]]
    ) -> tuple[list[str], dict[str, Local], dict[str, str]]:
        same = self.aliases(item["uuid"] for item in items)
        uuids = [same.get(item["uuid"], item["uuid"]) for item in items]
        return uuids, self.local(table, uuids), self.stones(uuids)

    def applies(
        self,
        table: str,
        items: list[dict[str, Any]],
        needed: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> set[str]:
        """Which incoming entries (by the file's uuid) :meth:`upsert` would write."""
        uuids, locals_, stones = self._state(table, items)
        out = set()
        for item, uuid in zip(items, uuids, strict=True):
            incoming = stored(item["updated_at"])
            local = locals_.get(uuid)
            if local is not None and local.live:
                if incoming > local.updated_at:
                    out.add(item["uuid"])
                continue
            dead_since = stones.get(uuid) or (local.deleted_at if local is not None else None)
            wanted = uuid in needed or item["uuid"] in needed
            if dead_since is None or incoming > dead_since or wanted:
                out.add(item["uuid"])
        return out

    def upsert(
        self,
        table: str,
        items: list[dict[str, Any]],
        values_of: Callable[[dict[str, Any]], dict[str, Any]],
        *,
        needed: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> dict[str, Outcome]:
        """Merge incoming entries of ``table``; ``values_of(entry)`` gives an entry's column
        values with links as row ids (asked only for entries that are written). The newer
        change wins; a deletion here newer than the entry keeps it deleted unless
        ``needed`` names it (something incoming uses it).

        Returns, by the entry's uuid in the file, where it is here now.
        """
        uuids, locals_, stones = self._state(table, items)
        links = OPTIONAL_LINKS.get(table, ())
        writes = _Writes()
        out: dict[str, Outcome] = {}
        for item, uuid in zip(items, uuids, strict=True):
            local = locals_.get(uuid)
            incoming = stored(item["updated_at"])
            if local is not None and local.live:
                out[item["uuid"]] = _merge_live(item, incoming, local, links, values_of, writes)
                continue
            dead_since = stones.get(uuid) or (local.deleted_at if local is not None else None)
            wanted = uuid in needed or item["uuid"] in needed
            if dead_since is not None and incoming <= dead_since and not wanted:
                out[item["uuid"]] = Outcome(local.id if local is not None else None, "unchanged")
                continue
            if uuid in stones:
                writes.unbury.append(uuid)
            if local is None:
                writes.adds.append({**values_of(item), "uuid": uuid})
                writes.added_for.append(item["uuid"])
            elif incoming > local.updated_at:
                writes.revived.append((local.id, values_of(item)))
                out[item["uuid"]] = Outcome(local.id, "added")
            else:
                writes.revived.append((local.id, {}))  # needed: back as it was here
                out[item["uuid"]] = Outcome(local.id, "added")
        self._write(table, writes, out)
        self._count_outcomes(table, out, len(writes.relinks))
        return out

    def _write(self, table: str, writes: _Writes, out: dict[str, Outcome]) -> None:
        """Write what :meth:`upsert` decided; the added entries' new row ids go into ``out``."""
        self.unbury(writes.unbury)
        for file_uuid, row_id in zip(
            writes.added_for, self.insert(table, writes.adds), strict=True
        ):
            out[file_uuid] = Outcome(row_id, "added")
        self.update(table, writes.replaces)
        self.update(table, writes.revived, undelete=True)
        self.update(table, writes.relinks)

    def _count_outcomes(self, table: str, out: dict[str, Outcome], relinked: int) -> None:
        """Count the outcomes for the summary, a link filled in as an update."""
        tally: dict[str, int] = {}
        for outcome in out.values():
            tally[outcome.what] = tally.get(outcome.what, 0) + 1
        for what, n in tally.items():
            self.count(table, what, n)
        self.count(table, "updated", relinked)
        self.count(table, "unchanged", -relinked)


@dataclass
class _Writes:
    """What :meth:`RowWriter.upsert` has decided to write, gathered entry by entry."""

    adds: list[dict[str, Any]] = field(default_factory=list)
    added_for: list[str] = field(default_factory=list)  # the file's uuid of each add
    replaces: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    revived: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    relinks: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    unbury: list[str] = field(default_factory=list)


def _merge_live(
    item: dict[str, Any],
    incoming: str,
    local: Local,
    links: tuple[str, ...],
    values_of: Callable[[dict[str, Any]], dict[str, Any]],
    writes: _Writes,
) -> Outcome:
    """An entry live here: the newer change wins; the same version may fill in a link."""
    if incoming > local.updated_at:
        writes.replaces.append((local.id, values_of(item)))
        return Outcome(local.id, "updated")
    if incoming == local.updated_at and any(
        here is None and item.get(LINK_FIELDS[name]) is not None
        for name, here in zip(links, local.links, strict=True)
    ):
        # The same version: fill in a link this database could not make when it
        # first took the entry (its target was not here then).
        values = values_of(item)
        fill = {
            name: values[name]
            for name, value in zip(links, local.links, strict=True)
            if value is None and values.get(name) is not None
        }
        if fill:
            writes.relinks.append((local.id, fill))
    return Outcome(local.id, "unchanged")


def _stamp(value: str | None) -> str | None:
    """A stored timestamp in the one fixed-width form that compares as instants do."""
    if value is None or (len(value) == 26 and value[10] == " "):
        return value
    moment = parse_timestamp(value)
    return None if moment is None else stored(moment)


def kind_of(table: str) -> str:
    return TABLE_KINDS[table]


def table_of(kind: str) -> str:
    return KIND_TABLES[kind]
