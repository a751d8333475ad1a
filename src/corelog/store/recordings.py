"""Runs imported from activity files: their recordings and tracks, and the doubles check.

A recording is what a watch or app measured for a run (``run_recording``); its samples
are one compact blob (``run_track``, written by ``corelog.activities.codec``; the store
only keeps the bytes). Writes come in batches, one transaction each, so an import that
is stopped half way keeps every batch before it whole and nothing of the next.
Everything here skips deleted runs and recordings a merge's Undo set aside.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from corelog.domain.recordings import RecordedFigures, RecordingValues
from corelog.store.runs import RunValues, _columns
from corelog.store.store import Store
from corelog.store.timestamps import format_timestamp, parse_timestamp, utc_now


@dataclass(frozen=True)
class NewImportedRun:
    """A run to add from a file: the run's values, its recording and its track."""

    run: RunValues
    recording: RecordingValues
    track: bytes


@dataclass(frozen=True)
class RecordingRow:
    id: int
    run_id: int
    values: RecordingValues


@dataclass(frozen=True)
class NearbyRun:
    """A live run starting near a moment, and whether a file recorded it."""

    run_id: int
    started_at: datetime
    utc_offset_min: int
    distance_m: float
    duration_s: float
    recorded: bool


_OWN = tuple(name for name in RecordingValues.__dataclass_fields__ if name != "figures")
_FIGURES = tuple(RecordedFigures.__dataclass_fields__)
_FIELDS = _OWN + _FIGURES
"""The columns of ``run_recording``: a recording's own values, then its figures flat."""
_LIVE = "run.deleted_at IS NULL AND run_recording.deleted_at IS NULL"


def _recording_row(row) -> RecordingRow:
    values = {name: row[name] for name in _OWN}
    values["started_at"] = parse_timestamp(values["started_at"])
    values["utc_offset_known"] = bool(values["utc_offset_known"])
    values["figures"] = RecordedFigures(**{name: row[name] for name in _FIGURES})
    return RecordingRow(id=row["id"], run_id=row["run_id"], values=RecordingValues(**values))


def known_files(store: Store, hashes: Iterable[str]) -> dict[str, int]:
    """Of these file hashes, those a live imported run came from: hash -> run id."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.reader.all(
            f"SELECT file_sha256, run_id FROM run_recording JOIN run ON run.id = run_id "
            f"WHERE {_LIVE} AND file_sha256 IN ({marks})",
            chunk,
        )
        found.update({row[0]: row[1] for row in rows})
    return found


def runs_near(store: Store, moment: datetime, window: timedelta) -> list[NearbyRun]:
    """Live runs starting within ``window`` of ``moment``, nearest first."""
    low, high = format_timestamp(moment - window), format_timestamp(moment + window)
    rows = store.reader.all(
        """
        SELECT run.id, run.started_at, run.utc_offset_min, run.distance_m, run.duration_s,
               EXISTS (SELECT 1 FROM run_recording r
                       WHERE r.run_id = run.id AND r.deleted_at IS NULL) AS recorded
        FROM run WHERE run.deleted_at IS NULL AND run.started_at BETWEEN ? AND ?
        """,
        (low, high),
    )
    found = [
        NearbyRun(r[0], parse_timestamp(r[1]), r[2], r[3], r[4], bool(r[5]))  # type: ignore[arg-type]
        for r in rows
    ]
    return sorted(found, key=lambda near: abs((near.started_at - moment).total_seconds()))


def _recording_columns(values: RecordingValues, run_id: int) -> dict[str, object]:
    columns: dict[str, object] = {name: getattr(values, name) for name in _OWN}
    columns.update({name: getattr(values.figures, name) for name in _FIGURES})
    columns["started_at"] = values.started_at.astimezone(UTC)
    columns["run_id"] = run_id
    return columns


def _add_recording(session, run_id: int, values: RecordingValues, track: bytes) -> int:
    from corelog.store.models_recordings import RunRecording, RunTrack

    recording = RunRecording(**_recording_columns(values, run_id))
    session.add(recording)
    session.flush()
    assert recording.id is not None
    session.add(RunTrack(recording_id=recording.id, data=track))
    return recording.id


def add_imported_runs(store: Store, items: Sequence[NewImportedRun]) -> list[int]:
    """Add runs with their recordings and tracks, all in one transaction; their ids."""
    from corelog.store.models import Run

    ids = []
    with store.write() as session:
        for item in items:
            run = Run(**_columns(item.run))
            session.add(run)
            session.flush()
            assert run.id is not None
            _add_recording(session, run.id, item.recording, item.track)
            ids.append(run.id)
    return ids


def merge_recording(
    store: Store, run_id: int, measured: RunValues, recording: RecordingValues, track: bytes
) -> int:
    """Give a typed run the file's measurements and recording (one transaction).

    Returns the new recording's id. ``measured`` is the run's full values after the
    merge (the caller keeps what the user typed and takes time, distance and climb
    from the file). Raises RunNotFound when the run is gone.
    """
    from corelog.store.runs import _live_run

    with store.write() as session:
        run = _live_run(session, run_id)
        for name, value in _columns(measured).items():
            setattr(run, name, value)
        run.updated_at = utc_now()
        session.add(run)
        return _add_recording(session, run_id, recording, track)


def set_merge(store: Store, run_id: int, values: RunValues, recording_id: int, live: bool) -> None:
    """Undo (``live`` False) or redo a merge: the run's values and its recording's state."""
    from corelog.store.models_recordings import RunRecording
    from corelog.store.runs import _live_run

    with store.write() as session:
        now = utc_now()
        run = _live_run(session, run_id)
        for name, value in _columns(values).items():
            setattr(run, name, value)
        run.updated_at = now
        session.add(run)
        recording = session.get(RunRecording, recording_id)
        if recording is not None:
            recording.deleted_at = None if live else now
            recording.updated_at = now
            session.add(recording)


_SELECT = f"SELECT id, run_id, {', '.join(_FIELDS)} FROM run_recording"


def recording_of(store: Store, run_id: int) -> RecordingRow | None:
    """The live recording of a run, if a file recorded it."""
    row = store.reader.one(
        _SELECT + " WHERE run_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1", (run_id,)
    )
    return None if row is None else _recording_row(row)


def track_of(store: Store, recording_id: int) -> bytes | None:
    """The stored track bytes of a recording."""
    return store.reader.scalar("SELECT data FROM run_track WHERE recording_id = ?", (recording_id,))


def recorded_run_ids(store: Store, run_ids: Sequence[int]) -> set[int]:
    """Which of these runs have a live recording (lists mark them)."""
    found: set[int] = set()
    for start in range(0, len(run_ids), 500):
        chunk = list(run_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = store.reader.all(
            f"SELECT DISTINCT run_id FROM run_recording WHERE deleted_at IS NULL "
            f"AND run_id IN ({marks})",
            chunk,
        )
        found.update(row[0] for row in rows)
    return found


@dataclass(frozen=True)
class HeartRateRun:
    """What the heart-rate load needs of a run: its local day, minutes and average."""

    local_day_ordinal: int
    moving_s: float
    avg_hr: float


def heart_rate_runs(store: Store) -> list[HeartRateRun]:
    """Every live run whose recording has an average heart rate."""
    rows = store.reader.all(
        f"""
        SELECT CAST(julianday(run.started_at, (run.utc_offset_min || ' minutes'))
                    - 1721424.5 AS INTEGER) AS ordinal,
               run.duration_s, run_recording.avg_hr
        FROM run JOIN run_recording ON run_recording.run_id = run.id
        WHERE {_LIVE} AND run_recording.avg_hr IS NOT NULL
        """
    )
    return [HeartRateRun(row[0], row[1], row[2]) for row in rows]


def count_recordings(store: Store) -> int:
    return int(
        store.reader.scalar(
            f"SELECT count(*) FROM run_recording JOIN run ON run.id = run_id WHERE {_LIVE}"
        )
    )


@dataclass(frozen=True)
class SorenessNote:
    """Soreness logged after a run (linked to it, or noted within the hours after)."""

    entry_id: int
    noted_at: datetime
    utc_offset_min: int
    region: str
    severity: int
    linked: bool


def soreness_after(store: Store, run_id: int, start: datetime, hours: int) -> list[SorenessNote]:
    """Live soreness entries linked to the run or noted within ``hours`` of its start."""
    rows = store.reader.all(
        """
        SELECT id, noted_at, utc_offset_min, region, severity, run_id = ? AS linked
        FROM soreness_entry
        WHERE deleted_at IS NULL
          AND (run_id = ? OR (noted_at BETWEEN ? AND ?))
        ORDER BY noted_at
        """,
        (run_id, run_id, format_timestamp(start), format_timestamp(start + timedelta(hours=hours))),
    )
    return [
        SorenessNote(r[0], parse_timestamp(r[1]), r[2], r[3], r[4], bool(r[5]))  # type: ignore[arg-type]
        for r in rows
    ]
