"""Runs imported from watch files travel with their recordings and tracks: on the other
computer they have their charts and splits, and the same watch file imported there is
known. A damaged track refuses the file; Cancel takes recordings back with the rest."""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from corelog.activities import codec
from corelog.services import exchange
from corelog.services.activity_import import ActivityImport, ImportOptions
from corelog.services.exchange import ImportCancelled, ImportRefused
from corelog.services.exercises import ensure_library
from corelog.services.run_details import run_page
from corelog.store import exchange_merge
from corelog.store import recordings as rec_store
from corelog.store import runs as run_store
from corelog.store.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"
WATCH_FILES = ("garmin-fenix-5-run.fit", "cerknicko-jezero.gpx", "test.tcx")
FIXED = ImportOptions(workers=0, local_offset=lambda moment: 60)


def content(store: Store) -> list[str]:
    conn = sqlite3.connect(store.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def recordings(store: Store) -> dict[str, dict]:
    """Every recording shown, by its run's uuid: its fields (no row ids) and its track."""
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        """
        SELECT c.*, r.uuid AS run_uuid, t.data AS track
        FROM run_recording c JOIN run r ON r.id = c.run_id
        JOIN run_track t ON t.recording_id = c.id
        WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL
        """
    ).fetchall()
    conn.close()
    return {
        row["run_uuid"]: {k: row[k] for k in row.keys() if k not in ("id", "run_id")}  # noqa: SIM118
        for row in rows
    }


def edit(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def later(stamp: str, **delta) -> str:
    moment = datetime.fromisoformat(stamp) + timedelta(**(delta or {"hours": 1}))
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def laptop(tmp_path):
    """A computer that imported three watch files (FIT, GPX, TCX) and exported its log."""
    store = Store.open(tmp_path / "laptop.db")
    ActivityImport(store, [SAMPLES / name for name in WATCH_FILES], FIXED).run()
    path = tmp_path / "laptop.json"
    exchange.export_json(store, path)
    yield store, path
    store.close()


@pytest.fixture
def desktop(tmp_path):
    store = Store.open(tmp_path / "desktop.db")
    yield store
    store.close()


def test_an_imported_run_travels_with_its_recording_and_track(laptop, desktop):
    source, path = laptop
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 3
    assert len(document["recordings"]) == len(WATCH_FILES)
    first = document["recordings"][0]
    assert first["run"] in {r["uuid"] for r in document["runs"]}
    assert base64.b64decode(first["track"]).startswith(codec.MAGIC)

    result = exchange.import_json(desktop, path)
    assert "3 runs, 3 recordings of runs" in result.summary
    assert recordings(desktop) == recordings(source)  # field for field, tracks byte for byte

    # The run's own page has its charts and splits there too.
    run_id = desktop.reader.scalar(
        "SELECT run_id FROM run_recording WHERE source_name LIKE '%fenix-5-run%'"
    )
    page = run_page(desktop, run_id, "km", 60, 190, 1.92)
    assert page.recorded and page.series is not None and page.splits
    assert page.recording.device == run_page(source, run_id, "km", 60, 190, 1.92).recording.device

    # A second import changes nothing.
    before = content(desktop)
    again = exchange.import_json(desktop, path)
    assert not again.counts.changed
    assert content(desktop) == before


def test_the_watch_file_imported_on_the_other_computer_is_known(laptop, desktop):
    _source, path = laptop
    exchange.import_json(desktop, path)
    report = ActivityImport(desktop, [SAMPLES / "garmin-fenix-5-run.fit"], FIXED).run()
    assert [line.outcome for line in report.lines] == ["duplicate"]
    assert desktop.reader.scalar("SELECT count(*) FROM run") == len(WATCH_FILES)


def test_a_run_deleted_there_takes_its_recording_with_it(laptop, desktop, tmp_path):
    source, path = laptop
    exchange.import_json(desktop, path)
    run_id = source.reader.scalar("SELECT min(id) FROM run")
    uuid = source.reader.scalar("SELECT uuid FROM run WHERE id = ?", (run_id,))
    run_store.delete_runs(source, [run_id])
    newer = tmp_path / "newer.json"
    exchange.export_json(source, newer)
    assert uuid not in {r["run"] for r in json.loads(newer.read_text())["recordings"]}

    result = exchange.import_json(desktop, newer)
    assert result.counts.deleted["runs"] == 1
    assert uuid not in recordings(desktop)
    assert rec_store.count_recordings(desktop) == len(WATCH_FILES) - 1
    sha = source.reader.scalar("SELECT file_sha256 FROM run_recording WHERE run_id = ?", (run_id,))
    assert rec_store.known_files(desktop, [sha]) == {}  # the file can be imported again


def test_a_newer_recording_replaces_the_one_here_and_an_older_one_does_not(laptop, desktop):
    _source, path = laptop
    exchange.import_json(desktop, path)
    shown = recordings(desktop)
    fenix = next(uuid for uuid, r in shown.items() if "fenix-5-run" in r["source_name"])
    gpx = next(uuid for uuid, r in shown.items() if r["source_format"] == "gpx")

    def newer_and_older(document):
        for recording in document["recordings"]:
            if recording["run"] == fenix:  # a newer copy, with another track
                recording["title"] = "Morning run, renamed"
                recording["updated_at"] = later(recording["updated_at"])
                recording["track"] = base64.b64encode(shown[gpx]["track"]).decode()
            if recording["run"] == gpx:  # another recording of the run, but older
                recording["uuid"] = "00000000-0000-4000-8000-00000000c0de"
                recording["title"] = "older"
                recording["updated_at"] = later(recording["updated_at"], days=-1)

    edit(path, newer_and_older)
    result = exchange.import_json(desktop, path)
    now = recordings(desktop)
    assert now[fenix]["title"] == "Morning run, renamed"
    assert now[fenix]["track"] == shown[gpx]["track"]
    assert now[gpx] == shown[gpx]  # the run keeps the newer recording it has
    assert result.counts.updated["recordings"] == 1


def test_another_newer_recording_of_a_run_sets_the_one_here_aside(laptop, desktop):
    _source, path = laptop
    exchange.import_json(desktop, path)
    run_uuid = next(iter(recordings(desktop)))

    def another(document):
        recording = next(r for r in document["recordings"] if r["run"] == run_uuid)
        recording["uuid"] = "00000000-0000-4000-8000-00000000beef"
        recording["updated_at"] = later(recording["updated_at"])

    edit(path, another)
    exchange.import_json(desktop, path)
    assert recordings(desktop)[run_uuid]["uuid"] == "00000000-0000-4000-8000-00000000beef"
    set_aside = desktop.reader.scalar(
        "SELECT count(*) FROM run_recording WHERE deleted_at IS NOT NULL"
    )
    assert set_aside == 1  # kept, out of sight, never deleted


DAMAGE = [
    ("not base64", lambda t: "not base64 at all!", "not base64 text"),
    ("cut short", lambda t: t[: len(t) // 2 // 4 * 4], "not a track CoreLog can read"),
    (
        "another program's bytes",
        lambda t: base64.b64encode(b"PK\x03\x04" + bytes(200)).decode(),
        "not a track CoreLog can read",
    ),
    (
        "bytes changed inside",
        lambda t: base64.b64encode(
            (lambda b: b[:40] + bytes([b[40] ^ 0xFF]) + b[41:])(base64.b64decode(t))
        ).decode(),
        "not a track CoreLog can read",
    ),
]


@pytest.mark.parametrize("what, damage, words", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_track_refuses_the_whole_file(laptop, desktop, what, damage, words):
    _source, path = laptop

    def tamper(document):
        document["recordings"][1]["track"] = damage(document["recordings"][1]["track"])

    edit(path, tamper)
    before = content(desktop)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_json(desktop, path)
    message = str(refused.value)
    assert "Recording 2 of 3" in message and "“track”" in message and words in message, message
    assert content(desktop) == before


def test_a_recording_of_a_run_not_in_the_file_is_refused(laptop, desktop):
    _source, path = laptop
    edit(path, lambda d: d["recordings"][0].update(run="00000000-0000-4000-8000-000000000000"))
    with pytest.raises(ImportRefused, match=r"Recording 1 of 3.*“run”: names a run that is not"):
        exchange.import_json(desktop, path)


def test_a_version_2_file_is_read_as_before(laptop, desktop):
    _source, path = laptop

    def older(document):
        document["version"] = 2
        del document["recordings"]

    edit(path, older)
    result = exchange.import_json(desktop, path)
    assert result.counts.added["runs"] == len(WATCH_FILES)
    assert recordings(desktop) == {}
    # The same runs from a version 3 file later bring their recordings.
    exchange.export_json(_source, path)
    result = exchange.import_json(desktop, path)
    assert result.counts.added["recordings"] == len(WATCH_FILES)
    assert result.counts.unchanged["runs"] == len(WATCH_FILES)


def test_cancel_takes_recordings_and_tracks_back(laptop, desktop, monkeypatch):
    _source, path = laptop
    exchange.import_json(desktop, path)
    before_first = content(desktop)
    shown = recordings(desktop)
    run_uuid = next(iter(shown))

    def replace_one(document):  # a newer copy of one recording, with another track
        recording = next(r for r in document["recordings"] if r["run"] == run_uuid)
        recording["updated_at"] = later(recording["updated_at"])
        other = next(r for r in document["recordings"] if r["run"] != run_uuid)
        recording["track"] = other["track"]

    edit(path, replace_one)
    monkeypatch.setattr(exchange_merge, "CHUNK_ROWS", 1)
    cancel = threading.Event()

    def progress(done, total):
        if recordings(desktop)[run_uuid]["track"] != shown[run_uuid]["track"]:
            cancel.set()  # the track has just been replaced

    with pytest.raises(ImportCancelled):
        exchange.import_json(desktop, path, progress, cancel=cancel)
    assert cancel.is_set()
    assert content(desktop) == before_first  # the track that was replaced is back


def test_cancel_of_a_first_import_leaves_no_recording(laptop, desktop, monkeypatch):
    _source, path = laptop
    monkeypatch.setattr(exchange_merge, "CHUNK_ROWS", 1)
    ensure_library(desktop)  # CoreLog's own exercises, which any import makes sure of
    before = content(desktop)
    cancel = threading.Event()

    def progress(done, total):
        if desktop.reader.scalar("SELECT count(*) FROM run_track") >= 2:
            cancel.set()

    with pytest.raises(ImportCancelled):
        exchange.import_json(desktop, path, progress, cancel=cancel)
    assert content(desktop) == before
    assert desktop.reader.scalar("SELECT count(*) FROM run_track") == 0
