"""The whole log in and out of the database, for export files and imports.

:func:`read_log` reads every entry the user has not deleted (shoes, the user's own
exercises and the built-in ones their sets use, runs, core sessions with their sets and
timer workouts, soreness entries with their follow-ups) as plain dictionaries, in stored
units, with references between entries given by ``uuid`` rather than row id.

:func:`merge_log` puts such a log into the database in ONE transaction, matching
entries by ``uuid``: an unknown entry is added, a known one is replaced only when the
incoming ``updated_at`` is newer, and nothing is ever added twice. References are
remapped to this database's row ids. The caller checks the values first (the services
do, with the forms' rules); this module only refuses what would break the database.

An export reads through its own plain ``sqlite3`` connection, inside one read
transaction: a consistent snapshot of the log even while the user goes on logging (WAL
lets both happen at once), without holding up the GUI thread's ``store.reader``. The
merge writes through ``store.write()``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from corelog.store.database import configure_connection
from corelog.store.exercises import name_key
from corelog.store.store import Store, format_timestamp, parse_timestamp

Progress = Callable[[int, int], None]
"""Called with (done, total) as work goes on."""

ENTRY_KINDS = ("shoes", "exercises", "runs", "core_sessions", "soreness_entries", "follow_ups")
"""What :class:`MergeCounts` counts (sets and timer workouts go with their session)."""

_SLICE = 2000


@dataclass
class LogData:
    """A whole log as plain dictionaries (see docs/schema.md, "Export files")."""

    shoes: list[dict[str, Any]] = field(default_factory=list)
    exercises: list[dict[str, Any]] = field(default_factory=list)
    builtin_exercises: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    core_sessions: list[dict[str, Any]] = field(default_factory=list)
    soreness_entries: list[dict[str, Any]] = field(default_factory=list)

    @property
    def entry_count(self) -> int:
        return (
            len(self.shoes)
            + len(self.exercises)
            + len(self.runs)
            + len(self.core_sessions)
            + len(self.soreness_entries)
        )


@dataclass
class MergeCounts:
    """What a merge did, per kind of entry (keys of :data:`ENTRY_KINDS`)."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTRY_KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTRY_KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTRY_KINDS, 0))

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())


class MergeRefused(ValueError):
    """The log cannot go into this database; nothing was written. ``str()`` says why."""


# ------------------------------------------------------------------------------ reading


def to_iso(value: datetime | None) -> str | None:
    """An instant as export files write it: ISO 8601 in UTC, microseconds, a ``Z``."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso(stored: str | None) -> str | None:
    if stored is None:
        return None
    if len(stored) == 26 and stored[10] == " ":  # the stored form: YYYY-MM-DD HH:MM:SS.ffffff
        return f"{stored[:10]}T{stored[11:]}Z"
    return to_iso(parse_timestamp(stored))


_TIMESTAMPS = {"started_at", "noted_at", "resolved_at", "created_at", "updated_at"}
_BOOLEANS = {
    "retired",
    "sided",
    "hidden",
    "interrupted",
    "alternate_sides",
    "completed",
    "swelling",
}


def _plain(row: sqlite3.Row, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in zip(row.keys(), row, strict=True):
        if name in drop:
            continue
        if name in _TIMESTAMPS:
            out[name] = _iso(value)
        elif name in _BOOLEANS:
            out[name] = bool(value)
        else:
            out[name] = value
    return out


@contextmanager
def _snapshot(store: Store) -> Iterator[sqlite3.Connection]:
    """A read-only connection inside one read transaction (one view of the whole log)."""
    conn = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    try:
        configure_connection(conn)
        conn.execute("PRAGMA query_only = ON")
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def _sliced(conn: sqlite3.Connection, sql: str) -> Iterator[sqlite3.Row]:
    """Rows of ``sql`` (which selects ``_k``, a row id, and ends ``_k > ?``) in slices."""
    after = 0
    while True:
        rows = conn.execute(sql + f" ORDER BY _k LIMIT {_SLICE}", (after,)).fetchall()
        if not rows:
            return
        yield from rows
        after = rows[-1]["_k"]


_SHOES = """
    SELECT id AS _k, uuid, name, start_distance_m, retired, created_at, updated_at
    FROM shoe WHERE deleted_at IS NULL AND id > ?
"""
_CUSTOM_EXERCISES = """
    SELECT id AS _k, uuid, name, measure, sided, hidden, created_at, updated_at
    FROM exercise WHERE builtin = 0 AND id > ?
"""
_LIVE_SESSION_EXERCISES = """
    SELECT s.exercise_id FROM core_set s JOIN core_session c ON c.id = s.session_id
    WHERE c.deleted_at IS NULL
    UNION
    SELECT w.exercise_id FROM timer_workout w JOIN core_session c ON c.id = w.session_id
    WHERE c.deleted_at IS NULL
"""
_BUILTIN_EXERCISES = f"""
    SELECT id AS _k, uuid, key, name, measure, sided, hidden, created_at, updated_at
    FROM exercise WHERE builtin = 1 AND id IN ({_LIVE_SESSION_EXERCISES}) AND id > ?
"""
_RUNS = """
    SELECT r.id AS _k, r.uuid, r.started_at, r.utc_offset_min, r.distance_m, r.duration_s,
           r.run_type, r.race_class, r.effort, r.surface, r.elevation_gain_m,
           s.uuid AS shoe, r.notes, r.created_at, r.updated_at
    FROM run r LEFT JOIN shoe s ON s.id = r.shoe_id AND s.deleted_at IS NULL
    WHERE r.deleted_at IS NULL AND r.id > ?
"""
_SESSIONS = """
    SELECT id AS _k, uuid, started_at, utc_offset_min, duration_s, effort, notes,
           created_at, updated_at
    FROM core_session WHERE deleted_at IS NULL AND id > ?
"""
_SETS = """
    SELECT s.id AS _k, c.uuid AS _session, s.uuid, s.position, e.uuid AS exercise, s.side,
           s.reps, s.hold_ms, s.target_hold_ms, w.uuid AS timer_workout, s.interrupted,
           s.created_at, s.updated_at
    FROM core_set s JOIN core_session c ON c.id = s.session_id
    JOIN exercise e ON e.id = s.exercise_id
    LEFT JOIN timer_workout w ON w.id = s.workout_id
    WHERE c.deleted_at IS NULL AND s.id > ?
"""
_WORKOUTS = """
    SELECT w.id AS _k, c.uuid AS _session, w.uuid, e.uuid AS exercise, w.mode,
           w.target_hold_ms, w.planned_sets, w.rest_ms, w.prep_ms, w.alternate_sides,
           w.completed, w.started_at, w.utc_offset_min, w.created_at, w.updated_at
    FROM timer_workout w JOIN core_session c ON c.id = w.session_id
    JOIN exercise e ON e.id = w.exercise_id
    WHERE c.deleted_at IS NULL AND w.id > ?
"""
_SORENESS = """
    SELECT e.id AS _k, e.uuid, e.noted_at, e.utc_offset_min, e.region, e.severity, e.feel,
           e.onset, e.trend, e.swelling, e.days_lasted, r.uuid AS run, c.uuid AS core_session,
           e.notes, e.resolved_at, e.created_at, e.updated_at
    FROM soreness_entry e
    LEFT JOIN run r ON r.id = e.run_id AND r.deleted_at IS NULL
    LEFT JOIN core_session c ON c.id = e.core_session_id AND c.deleted_at IS NULL
    WHERE e.deleted_at IS NULL AND e.id > ?
"""
_FOLLOW_UPS = """
    SELECT u.id AS _k, e.uuid AS _entry, u.uuid, u.noted_at, u.utc_offset_min, u.severity,
           u.trend, u.swelling, u.notes, u.created_at, u.updated_at
    FROM soreness_update u JOIN soreness_entry e ON e.id = u.entry_id
    WHERE e.deleted_at IS NULL AND u.id > ?
"""


def read_runs(store: Store) -> list[dict[str, Any]]:
    """Every run not deleted, oldest first, with the name of the pair worn (``shoe_name``)."""
    sql = _RUNS.replace("s.uuid AS shoe,", "s.uuid AS shoe, s.name AS shoe_name,")
    with _snapshot(store) as conn:
        runs = [_plain(r, ("_k",)) for r in _sliced(conn, sql)]
    runs.sort(key=lambda r: r["started_at"])
    return runs


def _count_live_entries(conn: sqlite3.Connection) -> int:
    """How many runs, sessions, sets and soreness entries an export reads (for progress)."""
    return int(
        conn.execute(
            """
            SELECT (SELECT count(*) FROM run WHERE deleted_at IS NULL)
                 + (SELECT count(*) FROM core_session WHERE deleted_at IS NULL)
                 + (SELECT count(*) FROM core_set)
                 + (SELECT count(*) FROM soreness_entry WHERE deleted_at IS NULL)
            """
        ).fetchone()[0]
    )


def read_log(store: Store, progress: Progress | None = None) -> LogData:
    """Every entry the user has not deleted, in stored units, linked by uuid."""
    with _snapshot(store) as conn:
        return _read_log(conn, progress)


def _read_log(conn: sqlite3.Connection, progress: Progress | None) -> LogData:
    total = max(1, _count_live_entries(conn))
    done = 0

    def tick(n: int = 1) -> None:
        nonlocal done
        done += n
        if progress is not None and done % _SLICE == 0:
            progress(min(done, total), total)

    log = LogData()
    drop = ("_k",)
    log.shoes = [_plain(r, drop) for r in _sliced(conn, _SHOES)]
    log.exercises = [_plain(r, drop) for r in _sliced(conn, _CUSTOM_EXERCISES)]
    log.builtin_exercises = [_plain(r, drop) for r in _sliced(conn, _BUILTIN_EXERCISES)]
    for row in _sliced(conn, _RUNS):
        log.runs.append(_plain(row, drop))
        tick()
    by_uuid: dict[str, dict[str, Any]] = {}
    for row in _sliced(conn, _SESSIONS):
        session = _plain(row, drop)
        session["sets"] = []
        session["timer_workouts"] = []
        by_uuid[session["uuid"]] = session
        log.core_sessions.append(session)
        tick()
    for row in _sliced(conn, _WORKOUTS):
        by_uuid[row["_session"]]["timer_workouts"].append(_plain(row, ("_k", "_session")))
    for row in _sliced(conn, _SETS):
        by_uuid[row["_session"]]["sets"].append(_plain(row, ("_k", "_session")))
        tick()
    for session in log.core_sessions:
        session["sets"].sort(key=lambda s: s["position"])
    entries: dict[str, dict[str, Any]] = {}
    for row in _sliced(conn, _SORENESS):
        entry = _plain(row, drop)
        entry["follow_ups"] = []
        entries[entry["uuid"]] = entry
        log.soreness_entries.append(entry)
        tick()
    for row in _sliced(conn, _FOLLOW_UPS):
        entries[row["_entry"]]["follow_ups"].append(_plain(row, ("_k", "_entry")))
    if progress is not None:
        progress(total, total)
    return log


# ------------------------------------------------------------------------------ merging
#
# The merge takes a LogData whose values were checked and converted by the caller:
# instants are aware datetimes, references are uuids (None for none).

_COLUMNS: dict[str, tuple[str, ...]] = {
    "shoe": ("name", "start_distance_m", "retired", "created_at", "updated_at"),
    "exercise": ("name", "measure", "sided", "hidden", "created_at", "updated_at"),
    "run": (
        "started_at",
        "utc_offset_min",
        "distance_m",
        "duration_s",
        "run_type",
        "race_class",
        "effort",
        "surface",
        "elevation_gain_m",
        "shoe_id",
        "notes",
        "created_at",
        "updated_at",
    ),
    "core_session": (
        "started_at",
        "utc_offset_min",
        "duration_s",
        "effort",
        "notes",
        "created_at",
        "updated_at",
    ),
    "timer_workout": (
        "session_id",
        "exercise_id",
        "mode",
        "target_hold_ms",
        "planned_sets",
        "rest_ms",
        "prep_ms",
        "alternate_sides",
        "completed",
        "started_at",
        "utc_offset_min",
        "created_at",
        "updated_at",
    ),
    "core_set": (
        "session_id",
        "position",
        "exercise_id",
        "side",
        "reps",
        "hold_ms",
        "target_hold_ms",
        "workout_id",
        "interrupted",
        "created_at",
        "updated_at",
    ),
    "soreness_entry": (
        "noted_at",
        "utc_offset_min",
        "region",
        "severity",
        "feel",
        "onset",
        "trend",
        "swelling",
        "days_lasted",
        "run_id",
        "core_session_id",
        "notes",
        "resolved_at",
        "created_at",
        "updated_at",
    ),
    "soreness_update": (
        "entry_id",
        "noted_at",
        "utc_offset_min",
        "severity",
        "trend",
        "swelling",
        "notes",
        "created_at",
        "updated_at",
    ),
}
# Tables whose rows the user deletes by marking them; a newer incoming copy brings one back.
_SOFT_DELETED = {"shoe", "run", "core_session", "soreness_entry"}


def _stored(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.astimezone(UTC)
        # The stored form (see format_timestamp), written the fast way.
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, bool):
        return int(value)
    return value


class _Merger:
    """Writes of one merge, queued per table and sent in batches (``flush``).

    New rows get their ids here (the write transaction keeps anyone else out), so
    references to them can be set before they are sent.
    """

    def __init__(self, conn: sqlite3.Connection, progress: Progress | None, total: int) -> None:
        self.conn = conn
        self.counts = MergeCounts()
        self.progress = progress
        self.total = max(1, total)
        self.done = 0
        self._next_id: dict[str, int] = {}
        self._inserts: dict[str, list[list[Any]]] = {}
        self._updates: dict[str, list[list[Any]]] = {}

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % 500 == 0:
            self.progress(min(self.done, self.total), self.total)

    def local(self, table: str, where: str = "") -> dict[str, tuple[int, datetime]]:
        rows = self.conn.execute(f"SELECT uuid, id, updated_at FROM {table} {where}").fetchall()
        out = {}
        for uuid, row_id, updated in rows:
            stamp = parse_timestamp(updated)
            assert stamp is not None
            out[uuid] = (row_id, stamp)
        return out

    def insert(self, table: str, values: dict[str, Any]) -> int:
        if table not in self._next_id:
            last = self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
            self._next_id[table] = (last or 0) + 1
        row_id = self._next_id[table]
        self._next_id[table] += 1
        params = [row_id, values["uuid"], *(_stored(values[n]) for n in _COLUMNS[table])]
        self._inserts.setdefault(table, []).append(params)
        return row_id

    def replace(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        params = [_stored(values[n]) for n in _COLUMNS[table]]
        self._updates.setdefault(table, []).append([*params, row_id])

    def flush(self, *tables: str) -> None:
        """Send the queued writes of ``tables``, in that order."""
        for table in tables:
            names = list(_COLUMNS[table])
            rows = self._inserts.pop(table, [])
            if rows:
                extra = ", builtin" if table == "exercise" else ""  # only the user's own
                extra_value = ", 0" if table == "exercise" else ""
                marks = ", ".join("?" for _ in range(len(names) + 2))
                self.conn.executemany(
                    f"INSERT INTO {table} (id, uuid, {', '.join(names)}{extra}) "
                    f"VALUES ({marks}{extra_value})",
                    rows,
                )
            updates = self._updates.pop(table, [])
            if updates:
                assignments = ", ".join(f"{n} = ?" for n in names)
                if table in _SOFT_DELETED:
                    assignments += ", deleted_at = NULL"
                self.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", updates)

    def upsert(
        self, kind: str | None, table: str, local: dict[str, tuple[int, datetime]], values: dict
    ) -> tuple[int, str]:
        """Add or replace one entry by uuid; returns (row id, "added"/"updated"/"unchanged")."""
        uuid = values["uuid"]
        found = local.get(uuid)
        if found is None:
            row_id = self.insert(table, values)
            local[uuid] = (row_id, values["updated_at"])
            outcome = "added"
        elif values["updated_at"] > found[1]:
            row_id = found[0]
            self.replace(table, row_id, values)
            local[uuid] = (row_id, values["updated_at"])
            outcome = "updated"
        else:
            row_id, outcome = found[0], "unchanged"
        if kind is not None:
            getattr(self.counts, outcome)[kind] += 1
        return row_id, outcome


def _ref(mapping: dict[str, tuple[int, datetime]], uuid: str | None, what: str) -> int | None:
    if uuid is None:
        return None
    found = mapping.get(uuid)
    if found is None:
        raise MergeRefused(f"A reference to {what} {uuid} points to nothing.")
    return found[0]


def _merge_named(
    m: _Merger, kind: str, table: str, items: list[dict[str, Any]]
) -> dict[str, tuple[int, datetime]]:
    """Shoes and the user's exercises: by uuid, else one already here under the same name."""
    local = m.local(table, "WHERE builtin = 0" if table == "exercise" else "")
    names_sql = (
        "SELECT id, name, measure, sided, updated_at FROM exercise"
        if table == "exercise"
        else "SELECT id, name, NULL, NULL, updated_at FROM shoe WHERE deleted_at IS NULL"
    )
    by_name = {
        name_key(name): (row_id, measure, bool(sided) if sided is not None else None, updated)
        for row_id, name, measure, sided, updated in m.conn.execute(names_sql)
    }
    mapping = dict(local)
    for item in items:
        if item["uuid"] not in local:
            twin = by_name.get(name_key(item["name"]))
            same_kind = table == "shoe" or (
                twin is not None and twin[1:3] == (item["measure"], item["sided"])
            )
            if twin is not None and same_kind:
                # The same pair or exercise, added on both computers: use the one here.
                stamp = parse_timestamp(twin[3])
                assert stamp is not None
                mapping[item["uuid"]] = (twin[0], stamp)
                m.counts.unchanged[kind] += 1
                continue
            if twin is not None:
                item = {**item, "name": _free_name(item["name"], by_name)}
        row_id, _outcome = m.upsert(kind, table, local, item)
        mapping[item["uuid"]] = local[item["uuid"]]
        twin_row = (
            row_id,
            item.get("measure"),
            item.get("sided"),
            format_timestamp(item["updated_at"]),
        )
        by_name.setdefault(name_key(item["name"]), twin_row)
    return mapping


def _free_name(name: str, taken: dict[str, Any]) -> str:
    n = 1
    while True:
        suffix = " (imported)" if n == 1 else f" (imported {n})"
        candidate = name[: 80 - len(suffix)] + suffix
        if name_key(candidate) not in taken:
            return candidate
        n += 1


def merge_log(store: Store, log: LogData, progress: Progress | None = None) -> MergeCounts:
    """Merge a checked log into the database in one transaction (see the module's doc).

    Raises :class:`MergeRefused` (nothing written) when a built-in exercise it uses is
    not in this database or a reference points to nothing.
    """
    total = log.entry_count + sum(len(s["sets"]) for s in log.core_sessions)
    with store.write() as session:
        conn = session.connection().connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        m = _Merger(conn, progress, total)
        try:
            _merge(m, log)
        except sqlite3.IntegrityError as exc:
            raise MergeRefused(f"The entries do not fit this database ({exc}).") from exc
    if progress is not None:
        progress(m.total, m.total)
    return m.counts


def _merge(m: _Merger, log: LogData) -> None:
    conn = m.conn
    # Exercises: built-ins by key, the user's own by uuid (or the same name and kind).
    builtin = dict(conn.execute("SELECT key, id FROM exercise WHERE builtin = 1").fetchall())
    exercises: dict[str, tuple[int, datetime]] = {}
    for item in log.builtin_exercises:
        row_id = builtin.get(item["key"])
        if row_id is None:
            raise MergeRefused(f"The built-in exercise “{item['key']}” is not in this CoreLog.")
        exercises[item["uuid"]] = (row_id, item["updated_at"])
    exercises.update(_merge_named(m, "exercises", "exercise", log.exercises))
    shoes = _merge_named(m, "shoes", "shoe", log.shoes)
    m.flush("exercise", "shoe")

    runs = m.local("run")
    for item in log.runs:
        values = {**item, "shoe_id": _ref(shoes, item["shoe"], "a shoe")}
        m.upsert("runs", "run", runs, values)
        m.tick()
    m.flush("run")

    sessions = m.local("core_session")
    workouts = m.local("timer_workout")
    sets = m.local("core_set")
    for item in log.core_sessions:
        session_id, outcome = m.upsert("core_sessions", "core_session", sessions, item)
        m.tick()
        if outcome == "unchanged":
            for _ in item["sets"]:
                m.tick()
            continue
        own_workouts: dict[str, tuple[int, datetime]] = {}
        for workout in item["timer_workouts"]:
            values = {
                **workout,
                "session_id": session_id,
                "exercise_id": _ref(exercises, workout["exercise"], "an exercise"),
            }
            own_workouts[workout["uuid"]] = (
                m.upsert(None, "timer_workout", workouts, values)[0],
                workout["updated_at"],
            )
        wanted = {s["uuid"] for s in item["sets"]}
        if outcome == "updated":
            # The newer session's list of sets replaces the one here.
            for uuid, set_id in conn.execute(
                "SELECT uuid, id FROM core_set WHERE session_id = ?", (session_id,)
            ).fetchall():
                if uuid not in wanted:
                    conn.execute("DELETE FROM core_set WHERE id = ?", (set_id,))
                    sets.pop(uuid, None)
        for position, set_item in enumerate(item["sets"]):
            values = {
                **set_item,
                "position": set_item.get("position", position),
                "session_id": session_id,
                "exercise_id": _ref(exercises, set_item["exercise"], "an exercise"),
                "workout_id": _ref(own_workouts, set_item["timer_workout"], "a timer workout"),
            }
            if set_item["uuid"] in sets and outcome == "updated":
                m.replace("core_set", sets[set_item["uuid"]][0], values)
            else:
                m.upsert(None, "core_set", sets, values)
            m.tick()
        if outcome == "updated":
            keep = {row_id for row_id, _ in own_workouts.values()}
            for (workout_id,) in conn.execute(
                "SELECT id FROM timer_workout WHERE session_id = ?", (session_id,)
            ).fetchall():
                if workout_id not in keep:
                    conn.execute(
                        "UPDATE core_set SET workout_id = NULL WHERE workout_id = ?", (workout_id,)
                    )
                    conn.execute("DELETE FROM timer_workout WHERE id = ?", (workout_id,))

    m.flush("core_session", "timer_workout", "core_set")

    entries = m.local("soreness_entry")
    follow_ups = m.local("soreness_update")
    for item in log.soreness_entries:
        values = {
            **item,
            "run_id": _ref(runs, item["run"], "a run"),
            "core_session_id": _ref(sessions, item["core_session"], "a core session"),
        }
        entry_id, _outcome = m.upsert("soreness_entries", "soreness_entry", entries, values)
        m.tick()
        for follow_up in item["follow_ups"]:
            m.upsert(
                "follow_ups", "soreness_update", follow_ups, {**follow_up, "entry_id": entry_id}
            )
    m.flush("soreness_entry", "soreness_update")
