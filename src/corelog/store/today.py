"""What the Today page reads: the weeks around today, the personal records, any history at all.

The Today page is the first page on launch, so these queries are in the start-up path.
Each one is small and targeted: the runs and core sessions of a short span (through the
``started_at`` indexes), and for the records only the candidate rows (the fastest races
of each distance, the longest run, the longest hold of each exercise asked for), worked
out by SQLite itself. Nothing here loads the whole history into Python, and nothing
imports more than ``sqlite3``.

The records go by the indexes schema 0002 added: ``ix_run_distance_m`` finds the longest
run and ``ix_core_set_exercise_hold`` the longest hold of each exercise, each a short
index lookup however long the history; ``ix_run_race`` (run type, race class, time)
reaches the races without reading the other runs, and those few are grouped by class.
docs/benchmarks.md has the timings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from corelog.domain.runs import RunOutline
from corelog.store.rows import placeholders, record, records_between
from corelog.store.store import Store
from corelog.store.timestamps import parse_timestamp


@dataclass(frozen=True)
class RunMark(RunOutline):
    """A run as the Today page needs it: when, how far, how long, what kind, how hard."""

    id: int
    effort: int | None


@dataclass(frozen=True)
class SessionMark:
    """A core session as the Today page needs it: when and how long."""

    id: int
    started_at: datetime
    utc_offset_min: int
    duration_s: float | None
    effort: int | None


@dataclass(frozen=True)
class HoldMark:
    """A timed hold that is the longest of its exercise (ties: every tied hold)."""

    set_id: int
    exercise_key: str
    exercise_name: str
    hold_ms: int
    side: str | None
    session_id: int
    started_at: datetime
    utc_offset_min: int


_RUN_COLUMNS = (
    "r.id, r.started_at, r.utc_offset_min, r.distance_m, r.duration_s, r.run_type, "
    "r.race_class, r.effort"
)


def runs_between(store: Store, start: datetime, end: datetime) -> list[RunMark]:
    """Runs (not deleted) with ``start <= started_at < end`` (aware instants), oldest first."""
    select = f"SELECT {_RUN_COLUMNS} FROM run AS r"
    return records_between(store, RunMark, select, start, end, alias="r")


def sessions_between(store: Store, start: datetime, end: datetime) -> list[SessionMark]:
    """Core sessions (not deleted) with ``start <= started_at < end``, oldest first."""
    select = (
        "SELECT c.id, c.started_at, c.utc_offset_min, c.duration_s, c.effort "
        "FROM core_session AS c"
    )
    return records_between(store, SessionMark, select, start, end, alias="c")


def fastest_race_candidates(store: Store, limits: Mapping[str, tuple[int, int]]) -> list[RunMark]:
    """For each race class in ``limits``, the races (not deleted) with its shortest time.

    ``limits`` maps a race class to the shortest and longest distance (whole metres,
    both included) a race of that class may have; a race outside them is no candidate
    (it is not the distance its class says). Every race tied at the best time is
    returned, so the caller can apply its own rule for ties; races of other classes
    never are.
    """
    if not limits:
        return []
    fits = " OR ".join("(race_class = ? AND distance_m BETWEEN ? AND ?)" for _ in limits)
    values = [
        value for race_class, (low, high) in limits.items() for value in (race_class, low, high)
    ]
    rows = store.reader.all(
        f"""
        WITH fitting AS (
            SELECT id, race_class, duration_s FROM run
            WHERE run_type = 'race' AND deleted_at IS NULL AND ({fits}))
        SELECT {_RUN_COLUMNS}
        FROM run AS r
        JOIN fitting AS f ON f.id = r.id
        JOIN (SELECT race_class, MIN(duration_s) AS best FROM fitting
              GROUP BY race_class) AS b
          ON f.race_class = b.race_class AND f.duration_s = b.best
        ORDER BY r.started_at, r.id
        """,
        values,
    )
    return [record(RunMark, row) for row in rows]


def longest_run_candidates(store: Store) -> list[RunMark]:
    """The longest run (not deleted), the earliest of any tied at that distance; or none."""
    # The longest distance first (down the distance index, stopping at the first run
    # not deleted), then the earliest run of that distance.
    rows = store.reader.all(
        f"""
        SELECT {_RUN_COLUMNS} FROM run AS r
        WHERE r.deleted_at IS NULL AND r.distance_m = (
            SELECT distance_m FROM run WHERE deleted_at IS NULL
            ORDER BY distance_m DESC LIMIT 1)
        ORDER BY r.started_at, r.id LIMIT 1
        """
    )
    return [record(RunMark, row) for row in rows]


def longest_hold_candidates(store: Store, exercise_keys: Sequence[str]) -> list[HoldMark]:
    """For each built-in exercise in ``exercise_keys`` that has one, its longest hold.

    Among holds of the same length the earliest counts (holds typed in whole seconds tie
    often, so ties are settled here rather than returned by the hundred). Holds of
    deleted sessions and holds flagged ``interrupted`` (their length cannot be vouched
    for) do not count, as everywhere in CoreLog. One pass per exercise, through the
    exercise index.
    """
    if not exercise_keys:
        return []
    exercises = store.reader.all(
        f"SELECT id, key, name FROM exercise WHERE key IN ({placeholders(exercise_keys)}) "
        "ORDER BY key",
        list(exercise_keys),
    )
    found: list[HoldMark] = []
    for exercise in exercises:
        row = store.reader.one(
            """
            SELECT s.id AS set_id, s.hold_ms, s.side, c.id AS session_id, c.started_at,
                   c.utc_offset_min
            FROM core_set AS s
            JOIN core_session AS c ON c.id = s.session_id
            WHERE s.exercise_id = ? AND s.hold_ms IS NOT NULL AND s.interrupted = 0
              AND c.deleted_at IS NULL
            ORDER BY s.hold_ms DESC, c.started_at, s.position, s.id
            LIMIT 1
            """,
            (exercise["id"],),
        )
        if row is not None:
            found.append(
                record(
                    HoldMark, row, exercise_key=exercise["key"], exercise_name=exercise["name"]
                )
            )
    return found


def has_entries(store: Store) -> bool:
    """Whether the user has logged anything yet: a run, a core session or soreness."""
    return bool(
        store.reader.scalar(
            """
            SELECT EXISTS (SELECT 1 FROM run WHERE deleted_at IS NULL)
                OR EXISTS (SELECT 1 FROM core_session WHERE deleted_at IS NULL)
                OR EXISTS (SELECT 1 FROM soreness_entry WHERE deleted_at IS NULL)
            """
        )
    )


def first_training(store: Store) -> list[tuple[datetime, int]]:
    """The first run and the first core session (not deleted): UTC start and offset.

    Two index lookups (``started_at``), so the cost does not grow with the history.
    """
    found = []
    for table in ("run", "core_session"):
        row = store.reader.one(
            f"SELECT started_at, utc_offset_min FROM {table} "
            "WHERE deleted_at IS NULL ORDER BY started_at LIMIT 1"
        )
        if row is not None:
            found.append((parse_timestamp(row["started_at"]), row["utc_offset_min"]))
    return found


def has_open_soreness(store: Store) -> bool:
    """Whether any soreness entry (not deleted) is still open."""
    return bool(
        store.reader.scalar(
            "SELECT EXISTS (SELECT 1 FROM soreness_entry "
            "WHERE resolved_at IS NULL AND deleted_at IS NULL)"
        )
    )
