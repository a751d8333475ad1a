"""Merging a checked log into the database: the newer change wins, nothing doubles,
deletions travel, and the user can keep saving while it runs.

The merge writes in short transactions (about two thousand rows each), each behind any
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
* A run's recording and track (an imported run) follow the run: they go only to a run
  that is here (``store.exchange_recordings``).
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
from datetime import datetime
from typing import Any

from corelog.domain.i18n import Exchange
from corelog.store.exchange_columns import stored
from corelog.store.exchange_data import (
    LogData,
    MergeCancelled,
    MergeCounts,
    MergeRefused,
    Progress,
)
from corelog.store.exchange_library import LibraryMerge
from corelog.store.exchange_recordings import merge_recordings
from corelog.store.exchange_rows import RowWriter
from corelog.store.import_journal import Journal, open_write_connection, take_back, transaction
from corelog.store.store import Store
from corelog.store.timestamps import utc_now
from corelog.store.tombstones import KIND_TABLES, SOFT_DELETED

CHUNK_ROWS = 2000
"""About how many rows one short transaction writes (a save made meanwhile waits for at
most one: docs/benchmarks.md measures how long that is)."""
RECORDING_WEIGHT = 40
"""A recording, with its track (about 30 KB an hour), counts as this many rows."""
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


class _Merger(LibraryMerge):
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
                self._merge("shoe", log.shoes, needed=self.needed["shoe"])
            with self._step(len(log.timer_presets)):
                self._presets()
            for chunk in _chunks(log.runs):
                with self._step(len(chunk)):
                    self._runs(chunk)
            for chunk in _chunks(log.recordings, lambda _recording: RECORDING_WEIGHT):
                with self._step(len(chunk)):
                    merge_recordings(self.rows, chunk, self.now)
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
            message = Exchange.tr("The entries do not fit this database ({problem}).")
            raise MergeRefused(message.format(problem=exc)) from exc
        self.journal.finish(self.store.gate)
        if self.progress is not None:
            self.progress(self.total, self.total)

    # ------------------------------------------------------------------ entries
    def _runs(self, runs: list[dict[str, Any]]) -> None:
        shoes = self._linked("shoe", runs, "shoe")
        self._merge("run", runs, lambda r: {"shoe_id": shoes.get(r["shoe"])})

    def _sessions(self, sessions: list[dict[str, Any]]) -> None:
        got = self._merge("core_session", sessions)
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
        self._merge(
            "timer_workout",
            workouts,
            lambda w: {"session_id": parent[w["uuid"]], "exercise_id": exercises[w["exercise"]]},
        )
        workout_ids = self._linked("timer_workout", sets, "timer_workout")
        set_outcomes = self._merge(
            "core_set",
            sets,
            lambda s: {
                "position": position[s["uuid"]],
                "session_id": parent[s["uuid"]],
                "exercise_id": exercises[s["exercise"]],
                "workout_id": workout_ids.get(s["timer_workout"]) if s["timer_workout"] else None,
            },
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
            gone = self._drop_left_out("core_set", session["sets"], outcome.row_id, session)
            self.rows.count("core_set", "deleted", gone)
            self._drop_left_out("timer_workout", session["timer_workouts"], outcome.row_id, session)

    def _drop_left_out(
        self, table: str, listed: list[dict[str, Any]], session_id: int, session: dict[str, Any]
    ) -> int:
        """Delete (and bury) the rows of ``table`` in a session that its newer list leaves out.

        Returns how many went.
        """
        wanted = {item["uuid"] for item in listed}
        gone = [
            (row_id, uuid)
            for row_id, uuid in self.conn.execute(
                f"SELECT id, uuid FROM {table} WHERE session_id = ?", (session_id,)
            )
            if uuid not in wanted
        ]
        self.rows.delete(table, [row_id for row_id, _ in gone])
        self.rows.bury(table, [(uuid, session["updated_at"]) for _, uuid in gone])
        return len(gone)

    def _soreness(self, entries: list[dict[str, Any]]) -> None:
        runs = self._linked("run", entries, "run")
        sessions = self._linked("core_session", entries, "core_session")
        got = self._merge(
            "soreness_entry",
            entries,
            lambda e: {
                "run_id": runs.get(e["run"]),
                "core_session_id": sessions.get(e["core_session"]),
            },
        )
        entry_of = {
            f["uuid"]: got[e["uuid"]].row_id
            for e in entries
            if got[e["uuid"]].row_id is not None
            for f in e["follow_ups"]
        }
        follow_ups = [f for e in entries for f in e["follow_ups"] if f["uuid"] in entry_of]
        self._merge("soreness_update", follow_ups, lambda f: {"entry_id": entry_of[f["uuid"]]})

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


def _session_weight(session: dict[str, Any]) -> int:
    return 1 + len(session["sets"]) + len(session["timer_workouts"])


def _entry_weight(entry: dict[str, Any]) -> int:
    return 1 + len(entry["follow_ups"])
