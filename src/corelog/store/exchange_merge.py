"""Merging a checked log into the database: the newer change wins, nothing doubles,
deletions travel, and the user can keep saving while it runs.

The merge writes in short transactions (about a thousand rows each), each behind any
save the user is making (``Store.gate``), so a save made during a long import waits for
one short transaction. Every change is journalled (``store.import_journal``): if the
user cancels, or anything fails, everything the merge wrote is taken back, and the log
is as it was before the import (with the saves made meanwhile). A crash in the middle
is taken back the next time the file is opened.

Rules (docs/schema.md, "Export files", says the same for users):

* Entries are matched by uuid (or a uuid the database knows as another name of it, see
  ``uuid_alias``). An unknown entry is added; a known one is replaced when the file's
  copy was changed later (``updated_at``); otherwise it stays.
* A deletion (tombstone) in the file deletes the entry here unless it was changed here
  after that deletion; an entry deleted here comes back only with a copy changed after
  its deletion. A pair of shoes a run here still uses, or an exercise something here
  still uses, is not deleted; one that an incoming entry uses comes back.
* Shoes, the user's exercises and timer presets that are new to each other but have the
  same name (an exercise: also the same measure and sidedness) are one entry made on two
  computers: both databases keep the smaller of the two uuids and remember the other.
  An exercise or preset whose name is taken by a different one is renamed
  "… (imported)".
* Core sets, timer workouts and soreness follow-ups are entries of their own, merged one
  by one. A version 1 file cannot name deleted sets, so a newer session from it brings
  its own list of sets, as CoreLog 0.1 did.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid as uuid_module
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from corelog.store.exchange_data import (
    LogData,
    MergeCancelled,
    MergeCounts,
    MergeRefused,
    Progress,
)
from corelog.store.exchange_rows import COLUMNS, RowWriter, stored
from corelog.store.exercises import name_key
from corelog.store.import_journal import Journal, open_write_connection, take_back, transaction
from corelog.store.store import Store, parse_timestamp, utc_now
from corelog.store.tombstones import KIND_TABLES, SOFT_DELETED

CHUNK_ROWS = 1000
"""About how many rows one short transaction writes."""
DELETION_ORDER = (
    "follow_up",
    "core_set",
    "timer_workout",
    "timer_preset",
    "soreness_entry",
    "core_session",
    "run",
    "shoe",
    "exercise",
)
"""Deletions are applied after everything else, the parts before what they belong to."""


def merge_log(
    store: Store,
    log: LogData,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> MergeCounts:
    """Merge a checked log (values converted, links as uuids) into the database.

    Raises :class:`MergeRefused` (a built-in exercise it uses is not in this CoreLog, or
    a link points to nothing) or :class:`MergeCancelled` (``cancel`` was set); either
    way nothing of the merge is left.
    """
    merger = _Merger(store, log, progress, cancel)
    try:
        merger.run()
    except BaseException:
        merger.take_back()
        raise
    finally:
        merger.conn.close()
    return merger.counts


def _chunks(items: list[Any], weight: Callable[[Any], int] = lambda _item: 1) -> Iterator[list]:
    chunk: list[Any] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += weight(item)
        if size >= CHUNK_ROWS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Merger:
    def __init__(
        self,
        store: Store,
        log: LogData,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self.store = store
        self.log = log
        self.progress = progress
        self.cancel = cancel
        self.conn = open_write_connection(store.path)
        self.journal = Journal(self.conn, str(uuid_module.uuid4()))
        self.counts = MergeCounts()
        self.now = utc_now()
        self.rows = RowWriter(self.conn, self.journal, self.counts, self.now)
        # Each short transaction need not reach the disk on its own: the last one does, and
        # everything before it with it (Journal.finish); a crash before that is taken back.
        self.journal.durable(False)
        self.total = max(1, log.row_count)
        self.done = 0
        self.builtins: dict[str, int] = {}  # the file's uuid of a built-in -> row id here
        self.needed: dict[str, set[str]] = {"exercise": set(), "shoe": set()}

    # ------------------------------------------------------------------ framework
    @contextmanager
    def _step(self, rows: int = 0) -> Iterator[None]:
        """One short transaction (with its journal rows), then progress."""
        if self.cancel is not None and self.cancel.is_set():
            raise MergeCancelled("The import was cancelled.")
        try:
            with transaction(self.conn, self.store.gate):
                yield
                self.journal.flush()
        except BaseException:
            self.journal.discard()
            raise
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def take_back(self) -> None:
        self.journal.durable(True)  # the log as it was must be on disk before we say so
        take_back(self.conn, self.journal.import_uuid, self.store.gate)

    def run(self) -> None:
        log = self.log
        for session in log.core_sessions:
            for child in (*session["sets"], *session["timer_workouts"]):
                self.needed["exercise"].add(child["exercise"])
        self.needed["exercise"].update(p["exercise"] for p in log.timer_presets)
        self.needed["shoe"].update(r["shoe"] for r in log.runs if r["shoe"] is not None)
        try:
            with self._step(len(log.aliases)):
                self._aliases()
            with self._step(len(log.builtin_exercises) + len(log.exercises) + len(log.shoes)):
                self._library()
                self._twins("shoe", log.shoes)
                self.rows.upsert(
                    "shoe",
                    log.shoes,
                    lambda shoe: self._values("shoe", shoe),
                    needed=self.needed["shoe"],
                )
            with self._step(len(log.timer_presets)):
                self._presets()
            for chunk in _chunks(log.runs):
                with self._step(len(chunk)):
                    self._runs(chunk)
            for chunk in _chunks(log.core_sessions, _session_weight):
                with self._step(sum(map(_session_weight, chunk))):
                    self._sessions(chunk)
            for chunk in _chunks(log.soreness_entries, _entry_weight):
                with self._step(sum(map(_entry_weight, chunk))):
                    self._soreness(chunk)
            by_kind: dict[str, list[dict[str, Any]]] = {}
            for stone in log.deletions:
                by_kind.setdefault(stone["kind"], []).append(stone)
            for kind in DELETION_ORDER:
                for chunk in _chunks(by_kind.get(kind, [])):
                    with self._step(len(chunk)):
                        self._deletions(kind, chunk)
        except sqlite3.IntegrityError as exc:
            raise MergeRefused(f"The entries do not fit this database ({exc}).") from exc
        self.journal.finish(self.store.gate)
        if self.progress is not None:
            self.progress(self.total, self.total)

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
                raise MergeRefused(f"The built-in exercise “{item['key']}” is not in this CoreLog.")
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

    def _values(self, table: str, item: dict[str, Any], **links: Any) -> dict[str, Any]:
        values = {name: item.get(name) for name in COLUMNS[table]}
        values.update(links)
        return values

    # ------------------------------------------------------------------ links
    def _exercises(self, uuids: set[str]) -> dict[str, int]:
        found = {u: self.builtins[u] for u in uuids if u in self.builtins}
        found.update(self.rows.ids("exercise", uuids - set(found)))
        missing = uuids - set(found)
        if missing:
            raise MergeRefused(f"A reference to an exercise {min(missing)} points to nothing.")
        return found

    # ------------------------------------------------------------------ entries
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

    def _runs(self, runs: list[dict[str, Any]]) -> None:
        shoes = self.rows.ids("shoe", {r["shoe"] for r in runs if r["shoe"] is not None})
        self.rows.upsert(
            "run", runs, lambda r: self._values("run", r, shoe_id=shoes.get(r["shoe"]))
        )

    def _sessions(self, sessions: list[dict[str, Any]]) -> None:
        got = self.rows.upsert("core_session", sessions, lambda s: self._values("core_session", s))
        exercises = self._exercises(
            {c["exercise"] for s in sessions for c in (*s["sets"], *s["timer_workouts"])}
        )
        workouts: list[dict[str, Any]] = []
        sets: list[dict[str, Any]] = []
        parent: dict[str, int] = {}  # a part's uuid -> its session's row here
        position: dict[str, int] = {}
        for session in sessions:
            row_id = got[session["uuid"]].row_id
            if row_id is None:
                continue  # deleted here, its row long gone: its parts have nowhere to go
            for w in session["timer_workouts"]:
                workouts.append(w)
                parent[w["uuid"]] = row_id
            for index, s in enumerate(session["sets"]):
                sets.append(s)
                parent[s["uuid"]] = row_id
                position[s["uuid"]] = s.get("position", index)
        self.rows.upsert(
            "timer_workout",
            workouts,
            lambda w: self._values(
                "timer_workout",
                w,
                session_id=parent[w["uuid"]],
                exercise_id=exercises[w["exercise"]],
            ),
        )
        workout_ids = self.rows.ids(
            "timer_workout", {s["timer_workout"] for s in sets if s["timer_workout"]}
        )
        set_outcomes = self.rows.upsert(
            "core_set",
            sets,
            lambda s: self._values(
                "core_set",
                s,
                position=position[s["uuid"]],
                session_id=parent[s["uuid"]],
                exercise_id=exercises[s["exercise"]],
                workout_id=workout_ids.get(s["timer_workout"]) if s["timer_workout"] else None,
            ),
        )
        new_sessions = {o.row_id for o in got.values() if o.what == "added"}
        self.counts.added["core_sets"] -= sum(
            1
            for s in sets
            if parent[s["uuid"]] in new_sessions and set_outcomes[s["uuid"]].what == "added"
        )  # parts of a session that is new here
        if self.log.version == 1:
            self._replace_set_lists(sessions, got)

    def _replace_set_lists(self, sessions: list[dict[str, Any]], got: dict) -> None:
        """Version 1 files: a newer session's list of sets replaces the one here."""
        for session in sessions:
            outcome = got[session["uuid"]]
            if outcome.what != "updated":
                continue
            wanted = {s["uuid"] for s in session["sets"]}
            gone = [
                (row_id, uuid)
                for row_id, uuid in self.conn.execute(
                    "SELECT id, uuid FROM core_set WHERE session_id = ?", (outcome.row_id,)
                )
                if uuid not in wanted
            ]
            self.rows.delete("core_set", [row_id for row_id, _ in gone])
            self.rows.bury("core_set", [(uuid, session["updated_at"]) for _, uuid in gone])
            self.rows.count("core_set", "deleted", len(gone))
            keep = {w["uuid"] for w in session["timer_workouts"]}
            stale = [
                (row_id, uuid)
                for row_id, uuid in self.conn.execute(
                    "SELECT id, uuid FROM timer_workout WHERE session_id = ?", (outcome.row_id,)
                )
                if uuid not in keep
            ]
            self.rows.delete("timer_workout", [row_id for row_id, _ in stale])
            self.rows.bury("timer_workout", [(uuid, session["updated_at"]) for _, uuid in stale])

    def _soreness(self, entries: list[dict[str, Any]]) -> None:
        runs = self.rows.ids("run", {e["run"] for e in entries if e["run"]})
        sessions = self.rows.ids(
            "core_session", {e["core_session"] for e in entries if e["core_session"]}
        )
        got = self.rows.upsert(
            "soreness_entry",
            entries,
            lambda e: self._values(
                "soreness_entry",
                e,
                run_id=runs.get(e["run"]),
                core_session_id=sessions.get(e["core_session"]),
            ),
        )
        entry_of = {
            f["uuid"]: got[e["uuid"]].row_id
            for e in entries
            if got[e["uuid"]].row_id is not None
            for f in e["follow_ups"]
        }
        follow_ups = [f for e in entries for f in e["follow_ups"] if f["uuid"] in entry_of]
        self.rows.upsert(
            "soreness_update",
            follow_ups,
            lambda f: self._values("soreness_update", f, entry_id=entry_of[f["uuid"]]),
        )

    # ------------------------------------------------------------------ deletions
    def _deletions(self, kind: str, stones: list[dict[str, Any]]) -> None:
        table = KIND_TABLES[kind]
        same = self.rows.aliases(s["uuid"] for s in stones)
        uuids = [same.get(s["uuid"], s["uuid"]) for s in stones]
        here = self.rows.local(table, uuids)
        soft: list[tuple[int, dict[str, Any]]] = []
        hard: list[int] = []
        buried: list[tuple[str, datetime]] = []
        for stone, uuid in zip(stones, uuids, strict=True):
            at = stone["deleted_at"]
            at_stored = stored(at)
            local = here.get(uuid)
            if local is not None and local.live:
                if at_stored < local.updated_at or self._in_use(table, local.id):
                    self.rows.count(table, "kept")
                    continue
                if table in SOFT_DELETED:
                    soft.append((local.id, {"deleted_at": at, "updated_at": at}))
                else:
                    hard.append(local.id)
                self.rows.count(table, "deleted")
            elif (
                local is not None and local.deleted_at is not None and at_stored > local.deleted_at
            ):
                soft.append((local.id, {"deleted_at": at, "updated_at": at}))
            buried.append((uuid, at))
        self.rows.update(table, soft)
        self.rows.delete(table, hard)
        self.rows.bury(kind, buried)

    def _in_use(self, table: str, row_id: int) -> bool:
        if table == "shoe":
            sql = "SELECT EXISTS (SELECT 1 FROM run WHERE shoe_id = ? AND deleted_at IS NULL)"
            return self.conn.execute(sql, (row_id,)).fetchone()[0] == 1
        if table == "exercise":
            if row_id in self.store.busy_exercise_ids:
                return True
            sql = (
                "SELECT EXISTS (SELECT 1 FROM core_set WHERE exercise_id = :id) "
                "OR EXISTS (SELECT 1 FROM timer_workout WHERE exercise_id = :id) "
                "OR EXISTS (SELECT 1 FROM timer_preset WHERE exercise_id = :id)"
            )
            return self.conn.execute(sql, {"id": row_id}).fetchone()[0] == 1
        return False


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
    from corelog.store.tombstones import TABLE_KINDS

    return TABLE_KINDS[table]


def _session_weight(session: dict[str, Any]) -> int:
    return 1 + len(session["sets"]) + len(session["timer_workouts"])


def _entry_weight(entry: dict[str, Any]) -> int:
    return 1 + len(entry["follow_ups"])
