"""Recordings of imported runs in export files: read with their tracks, merged with their runs.

A run imported from a FIT, GPX or TCX file has a recording (``run_recording``: what the
watch measured, and the SHA-256 of the file) and a track (``run_track``: the samples, as
``corelog.activities.codec`` packs them; the store only moves the bytes). Both travel
with the run, keyed by the run's uuid, so the other computer shows the run's charts and
splits and knows the file when it is imported there too.

Merging follows the run:

* a recording goes only to a run that is here and not deleted (the runs are merged
  first); a run a tombstone deletes keeps its recording out of sight, as a run deleted
  here does;
* recordings are matched by uuid, and the newer change wins (``updated_at``), as for
  any entry; one set aside here (its merge undone) comes back only with a newer copy;
* a run shows one recording: an incoming one for a run that already has another wins
  only when it was changed later, and the one here is then set aside (``deleted_at``),
  never deleted;
* a recording that arrives, or is replaced, brings its track; every change is
  journalled, so Cancel takes recordings and tracks back with the rest of the import.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from corelog.store.exchange_columns import RECORDING_FIELDS, stored
from corelog.store.exchange_rows import RowWriter
from corelog.store.exchange_rows import _stamp as stamp

RECORDINGS_SQL = f"""
    SELECT c.id AS _k, c.uuid, r.uuid AS run,
           {", ".join(f"c.{name}" for name in RECORDING_FIELDS)},
           c.created_at, c.updated_at, t.data AS track
    FROM run_recording c JOIN run r ON r.id = c.run_id
    JOIN run_track t ON t.recording_id = c.id
    WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL AND c.id > ?
"""
"""Live recordings of live runs with their tracks (for ``store.exchange_read._sliced``)."""


def one_per_run(recordings: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recording each run shows: its latest (as ``store.recordings.recording_of``)."""
    latest: dict[str, dict[str, Any]] = {}
    for recording in recordings:  # oldest first: a later one replaces it
        latest[recording["run"]] = recording
    return list(latest.values())


def merge_recordings(rows: RowWriter, recordings: list[dict[str, Any]], now: datetime) -> None:
    """Merge some recordings (each with ``run``, the run's uuid, and ``track``, bytes) in
    the current short transaction of a merge, after their runs."""
    if not recordings:
        return
    run_ids = rows.ids("run", {r["run"] for r in recordings})
    live = {
        row[0]
        for row in rows.select_in(
            "SELECT id FROM run WHERE deleted_at IS NULL AND id IN ({})", list(run_ids.values())
        )
    }
    wanted = [r for r in recordings if run_ids.get(r["run"]) in live]
    rows.count("run_recording", "unchanged", len(recordings) - len(wanted))
    if not wanted:
        return
    same = rows.aliases(r["uuid"] for r in wanted)
    shown: dict[int, list[tuple[int, str, str]]] = {}
    for row_id, uuid, run_id, updated_at in rows.select_in(
        "SELECT id, uuid, run_id, updated_at FROM run_recording "
        "WHERE deleted_at IS NULL AND run_id IN ({})",
        sorted({run_ids[r["run"]] for r in wanted}),
    ):
        shown.setdefault(run_id, []).append((row_id, uuid, _stamp(updated_at)))
    candidates: list[dict[str, Any]] = []
    others_of: dict[str, list[int]] = {}
    for recording in wanted:
        uuid = same.get(recording["uuid"], recording["uuid"])
        others = [o for o in shown.get(run_ids[recording["run"]], []) if o[1] != uuid]
        if others and not all(stored(recording["updated_at"]) > o[2] for o in others):
            rows.count("run_recording", "unchanged")  # the run's recording here is newer
            continue
        candidates.append(recording)
        others_of[recording["uuid"]] = [o[0] for o in others]
    writes = rows.applies("run_recording", candidates) if others_of else set()
    set_aside = [row_id for uuid in writes for row_id in others_of[uuid]]
    rows.update("run_recording", [(row_id, {"deleted_at": now}) for row_id in set_aside])
    got = rows.upsert(
        "run_recording",
        candidates,
        lambda r: {
            **{name: r[name] for name in RECORDING_FIELDS},
            "run_id": run_ids[r["run"]],
            "created_at": r["created_at"],
            "updated_at": r["updated_at"],
        },
    )
    tracks = {
        got[r["uuid"]].row_id: r["track"]
        for r in candidates
        if got[r["uuid"]].what in ("added", "updated") and got[r["uuid"]].row_id is not None
    }
    _write_tracks(rows, tracks)


def _write_tracks(rows: RowWriter, tracks: dict[int, bytes]) -> None:
    """Give recordings their tracks, journalling each track that was there before."""
    if not tracks:
        return
    ids = list(tracks)
    here = dict(
        rows.select_in("SELECT recording_id, data FROM run_track WHERE recording_id IN ({})", ids)
    )
    stamps = dict(rows.select_in("SELECT id, updated_at FROM run_recording WHERE id IN ({})", ids))
    params = []
    for recording_id, data in tracks.items():
        before = here.get(recording_id)
        if before is not None and bytes(before) == data:
            continue
        rows.journal.note(
            "update",
            "run_track",
            recording_id,
            None,
            before=None if before is None else base64.b64encode(bytes(before)).decode("ascii"),
            after=stamps[recording_id],
        )
        params.append((recording_id, data))
    rows.conn.executemany(
        "INSERT INTO run_track (recording_id, encoding, data) VALUES (?, 1, ?) "
        "ON CONFLICT (recording_id) DO UPDATE SET encoding = 1, data = excluded.data",
        params,
    )


def _stamp(value: str) -> str:
    return stamp(value) or value
