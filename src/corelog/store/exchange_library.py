"""The names side of a merge: which entry is which, and who may hold each name.

Shoes, the user's exercises and timer presets are entries a person names, and may well
make on both computers under one name; built-in exercises are the same everywhere by
key. This mixin of :class:`~corelog.store.exchange_merge._Merger` settles them before
the entries that use them are merged (docs/schema.md, "Export files", says the rules for
users):

* the file's aliases first: an entry the other computer already knows under two uuids;
* twins: a shoe, exercise or preset new to each other with the same name (an exercise:
  measured the same way) is one entry; both computers keep the smaller uuid and remember
  the other in ``uuid_alias``, so a later file naming either finds it;
* names: built-in and own exercises share one set of names, presets have theirs; an
  incoming name another entry will hold is given " (imported)" with ``updated_at`` now,
  so that both computers settle on the same names after a round trip;
* a rename or hiding of a built-in exercise travels when the user made it (a row as
  CoreLog made it carries none).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from corelog.domain.i18n import Exchange
from corelog.store.exchange_columns import COLUMNS, stored
from corelog.store.exchange_data import LogData, MergeRefused
from corelog.store.exchange_rows import Outcome, RowWriter
from corelog.store.exercises import name_key
from corelog.store.import_journal import Journal
from corelog.store.timestamps import parse_timestamp
from corelog.store.tombstones import KIND_TABLES, TABLE_KINDS


class LibraryMerge:
    """Aliases, twins and names of the library (mixed into the merger)."""

    conn: sqlite3.Connection
    journal: Journal
    rows: RowWriter
    log: LogData
    now: datetime
    needed: dict[str, set[str]]
    builtins: dict[str, int]

    def _values(self, table: str, item: dict[str, Any], **links: Any) -> dict[str, Any]:
        """An incoming entry's column values, with ``links`` (row ids here) filled in."""
        values = {name: item.get(name) for name in COLUMNS[table]}
        values.update(links)
        return values

    def _merge(
        self,
        table: str,
        items: list[dict[str, Any]],
        links: Callable[[dict[str, Any]], dict[str, Any]] = lambda item: {},
        *,
        needed: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> dict[str, Outcome]:
        """Merge incoming entries of ``table``; ``links(entry)`` names the rows here that
        an entry points to (``shoe_id=...``), asked only for the entries written."""
        return self.rows.upsert(
            table, items, lambda item: self._values(table, item, **links(item)), needed=needed
        )

    def _linked(self, table: str, items: list[dict[str, Any]], key: str) -> dict[str, int]:
        """Row ids here of the entries of ``table`` that ``items`` point to under ``key``."""
        return self.rows.ids(table, {item[key] for item in items if item[key]})

    # ------------------------------------------------------------------ links
    def _exercises(self, uuids: set[str]) -> dict[str, int]:
        """Row ids here of the exercises the file names (built-ins by key)."""
        found = {u: self.builtins[u] for u in uuids if u in self.builtins}
        found.update(self.rows.ids("exercise", uuids - set(found)))
        missing = uuids - set(found)
        if missing:
            message = Exchange.tr("A reference to an exercise {exercise} points to nothing.")
            raise MergeRefused(message.format(exercise=min(missing)))
        return found

    # ------------------------------------------------------------------ identity
    def _aliases(self) -> None:
        """Learn the file's other names of entries; take the file's name where it chose."""
        for alias in self.log.aliases:
            table = KIND_TABLES[alias["kind"]]
            known = self.rows.aliases([alias["uuid"], alias["same_as"]])
            if alias["uuid"] in known:
                continue
            target = known.get(alias["same_as"], alias["same_as"])
            if target == alias["uuid"]:
                continue
            ids = dict(
                self.conn.execute(
                    f"SELECT uuid, id FROM {table} WHERE uuid IN (?, ?)", (alias["uuid"], target)
                ).fetchall()
            )
            if alias["uuid"] in ids and target not in ids:
                self._rekey(table, ids[alias["uuid"]], alias["uuid"], target)
            elif alias["uuid"] not in ids:
                self._add_alias(table, alias["uuid"], target)

    def _add_alias(self, table: str, other: str, same_as: str) -> None:
        self.journal.note("alias", table, None, other, before={"alias": other})
        self.conn.execute(
            "INSERT OR IGNORE INTO uuid_alias (uuid, kind, same_as, created_at) "
            "VALUES (?, ?, ?, ?)",
            (other, _kind(table), same_as, stored(self.now)),
        )

    def _rekey(self, table: str, row_id: int, old: str, new: str) -> None:
        """The row ``old`` is also known as ``new``, the uuid both databases keep."""
        repointed = [
            r[0] for r in self.conn.execute("SELECT uuid FROM uuid_alias WHERE same_as = ?", (old,))
        ]
        self.journal.note(
            "alias",
            table,
            row_id,
            new,
            before={"alias": old, "from": old, "to": new, "rekeyed": True, "repointed": repointed},
        )
        self.conn.execute(f"UPDATE {table} SET uuid = ? WHERE id = ?", (new, row_id))
        self.conn.execute("UPDATE uuid_alias SET same_as = ? WHERE same_as = ?", (new, old))
        self.conn.execute(
            "INSERT OR REPLACE INTO uuid_alias (uuid, kind, same_as, created_at) "
            "VALUES (?, ?, ?, ?)",
            (old, _kind(table), new, stored(self.now)),
        )

    def _builtin_changes(self) -> list[tuple[int, str, datetime, dict[str, Any]]]:
        """Built-in exercises, found by key; the renames and hiding the user made elsewhere
        (``changed_at``) that are newer than the user's change here: (row id, its uuid
        here, its ``created_at``, the file's entry)."""
        here = {
            key: (row_id, uuid, parse_timestamp(created), parse_timestamp(updated))
            for row_id, uuid, key, created, updated in self.conn.execute(
                "SELECT id, uuid, key, created_at, updated_at FROM exercise "
                "WHERE builtin = 1 AND key IS NOT NULL"
            )
        }
        taking = []
        for item in self.log.builtin_exercises:
            found = here.get(item["key"])
            if found is None:
                message = Exchange.tr("The built-in exercise “{key}” is not in this CoreLog.")
                raise MergeRefused(message.format(key=item["key"]))
            row_id, uuid, created, updated = found
            self.builtins[item["uuid"]] = row_id
            changed_at = item.get("changed_at")
            if changed_at is None:
                continue
            assert created is not None and updated is not None
            if updated > created and changed_at <= updated:
                continue  # the user's own change here is the newer one
            taking.append((row_id, uuid, created, item))
        return taking

    def _library(self) -> None:
        """Built-in exercises and the user's own: one set of names, merged together."""
        taking = self._builtin_changes()
        mine = self.log.exercises
        self._twins("exercise", mine)
        needed = self.needed["exercise"]
        applies = self.rows.applies("exercise", mine, needed) if mine else set()
        same = self.rows.aliases(applies)
        owner = self._owners(
            "exercise", {uuid for _, uuid, _, _ in taking} | {same.get(u, u) for u in applies}
        )
        changes = []
        for row_id, uuid, created, item in taking:
            stamp = item["changed_at"]
            name = item["name"]
            if owner.get(name_key(name), uuid) != uuid:
                name = _free_name(name, owner)
                stamp = max(self.now, stamp)  # changed here and now: it travels back
            owner[name_key(name)] = uuid
            values: dict[str, Any] = {"name": name, "hidden": item["hidden"], "updated_at": stamp}
            if stamp <= created:
                # Changed elsewhere before this database had it: still the user's change.
                values["created_at"] = stamp - timedelta(microseconds=1)
            changes.append((row_id, values))
        self.rows.update("exercise", changes)
        self.rows.count("exercise", "updated", len(changes))
        pairs = [(item, self._values("exercise", item)) for item in mine]
        pairs = self._free_names(pairs, applies, same, owner)
        self._upsert_pairs("exercise", pairs, needed=needed)

    def _twins(self, table: str, items: list[dict[str, Any]]) -> None:
        """Shoes, the user's exercises or timer presets new to each other with the same name
        (an exercise: also measured the same way) are one entry made on two computers:
        both keep the smaller uuid, and remember the other (``uuid_alias``)."""
        if not items:
            return
        in_file = {item["uuid"] for item in items}
        known = set(self.rows.aliases(in_file)) | set(self.rows.local(table, in_file))
        known |= set(self.rows.stones(in_file))
        where = {"shoe": "deleted_at IS NULL", "exercise": "builtin = 0"}.get(table, "1 = 1")
        extra = ", measure, sided" if table == "exercise" else ", NULL, NULL"
        twins = {}
        for row_id, uuid, name, measure, sided in self.conn.execute(
            f"SELECT id, uuid, name{extra} FROM {table} WHERE {where}"
        ):
            if uuid not in in_file:
                twins.setdefault(name_key(name), (row_id, uuid, measure, sided))
        for item in items:
            if item["uuid"] in known:
                continue
            twin = twins.get(name_key(item["name"]))
            if twin is None or (
                table == "exercise" and twin[2:] != (item["measure"], int(item["sided"]))
            ):
                continue
            twins.pop(name_key(item["name"]))
            row_id, mine = twin[0], twin[1]
            if item["uuid"] < mine:
                self._rekey(table, row_id, mine, item["uuid"])
            else:
                self._add_alias(table, item["uuid"], mine)

    def _owners(self, table: str, rewriting: set[str]) -> dict[str, str]:
        """Who holds each name once the merge is done, as far as known now: the rows it does
        not rewrite keep theirs (name key -> uuid here)."""
        return {
            name_key(name): uuid
            for uuid, name in self.conn.execute(f"SELECT uuid, name FROM {table}")
            if uuid not in rewriting
        }

    def _free_names(
        self,
        pairs: list[tuple[dict[str, Any], dict[str, Any]]],
        applies: set[str],
        same: dict[str, str],
        owner: dict[str, str],
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Rename an incoming exercise or preset that will be written (``applies``) when
        another one here will have its name (``owner``)."""
        out = []
        for item, values in pairs:
            me = same.get(item["uuid"], item["uuid"])
            if item["uuid"] in applies:
                if owner.get(name_key(values["name"]), me) != me:
                    candidate = _free_name(values["name"], owner)
                    # A change made here and now, so that it travels back.
                    stamp = max(self.now, item["updated_at"])
                    values = {**values, "name": candidate, "updated_at": stamp}
                    item = {**item, "updated_at": stamp}
                owner[name_key(values["name"])] = me
            out.append((item, values))
        return out

    def _park_names(self, applies: set[str]) -> None:
        """Presets about to be rewritten give up their names first (preset names are
        unique, and two presets may swap names between one computer and the other)."""
        same = self.rows.aliases(applies)
        rows = self.rows.local("timer_preset", [same.get(u, u) for u in applies])
        self.rows.update("timer_preset", [(r.id, {"name": f"\x00{r.uuid}"}) for r in rows.values()])

    def _upsert_pairs(
        self,
        table: str,
        pairs: list[tuple[dict[str, Any], dict[str, Any]]],
        needed: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> None:
        """Upsert entries whose values are already worked out (the library and presets)."""
        values = {item["uuid"]: v for item, v in pairs}
        self.rows.upsert(
            table, [item for item, _ in pairs], lambda item: values[item["uuid"]], needed=needed
        )

    def _presets(self) -> None:
        presets = self.log.timer_presets
        if not presets:
            return
        exercises = self._exercises({p["exercise"] for p in presets})
        for preset in presets:
            preset["exercise_id"] = exercises[preset["exercise"]]
        self._twins("timer_preset", presets)
        applies = self.rows.applies("timer_preset", presets)
        same = self.rows.aliases(applies)
        owner = self._owners("timer_preset", {same.get(u, u) for u in applies})
        pairs = [(p, self._values("timer_preset", p)) for p in presets]
        pairs = self._free_names(pairs, applies, same, owner)
        self._park_names(applies)
        self._upsert_pairs("timer_preset", pairs)


def _free_name(name: str, owner: dict[str, Any]) -> str:
    """``name`` with " (imported)" (or " (imported 2)", ...) after it, free in ``owner``."""
    n = 1
    while True:
        suffix = " (imported)" if n == 1 else f" (imported {n})"
        candidate = name[: 80 - len(suffix)] + suffix
        if name_key(candidate) not in owner:
            return candidate
        n += 1


def _kind(table: str) -> str:
    return TABLE_KINDS[table]
