"""A long import does not lock the user out, and Cancel, a failure or a crash leave the
log as it was before the import, with every save made meanwhile kept."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from corelog.domain import clock
from corelog.services import exchange
from corelog.services.demo import DEMO, generate_history
from corelog.services.exercises import ensure_library
from corelog.store import exchange_merge
from corelog.store import runs as run_store
from corelog.store.runs import RunValues
from corelog.store.store import Store

LAST_DAY = clock.today() - timedelta(days=1)
TABLES = (
    "run",
    "shoe",
    "exercise",
    "core_session",
    "core_set",
    "timer_workout",
    "timer_preset",
    "soreness_entry",
    "soreness_update",
    "tombstone",
    "uuid_alias",
    "import_journal",
)


def content(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def export_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    store = Store.open(folder / "source.db")
    generate_history(store, DEMO, last_day=LAST_DAY)
    path = folder / "demo.json"
    exchange.export_json(store, path)
    store.close()
    return path


@pytest.fixture
def target(tmp_path):
    store = Store.open(tmp_path / "target.db")
    ensure_library(store)
    # The user's own log here, which no import may disturb.
    run_store.insert_run(store, a_run("mine, before the import"))
    yield store
    store.close()


@pytest.fixture
def small_steps(monkeypatch):
    monkeypatch.setattr(exchange_merge, "CHUNK_ROWS", 50)


def a_run(notes: str) -> RunValues:
    start = datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 7, tzinfo=UTC)
    return RunValues(start, 60, 5000.0, 1500.0, "easy", None, None, None, None, None, notes)


def test_cancel_takes_the_import_back_and_keeps_the_save_made_meanwhile(
    target, export_file, small_steps
):
    before = content(target.path)
    cancel = threading.Event()
    saved: list[int] = []
    steps = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        imported = target.reader.scalar("SELECT max(id) FROM run")
        if not saved and imported > 1:
            # The user edits a run the import brought, and logs one, while it goes on.
            values = run_store.get_run(target, imported).values
            run_store.update_run(target, imported, replace(values, notes="edited"))
            saved.append(run_store.insert_run(target, a_run("logged during the import")))
            saved.append(imported)
        if len(steps) == 8:
            cancel.set()

    with pytest.raises(exchange.ImportCancelled):
        exchange.import_json(target, export_file, progress, cancel=cancel)
    after = content(target.path)
    notes = {r.id: r.notes for r in run_store.recent_runs(target, 10**6)}
    assert notes[saved[0]] == "logged during the import"
    assert notes[saved[1]] == "edited"  # an imported run the user changed stays theirs
    for table in TABLES:
        if table != "run":
            assert after[table] == before[table], table
    assert len(after["run"]) == len(before["run"]) + 2


def test_a_save_from_another_thread_during_the_import_goes_through(
    target, export_file, small_steps
):
    started = threading.Event()
    result: list = []

    def work() -> None:
        result.append(exchange.import_json(target, export_file, lambda d, t: started.set()))

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(60)
    ids = [run_store.insert_run(target, a_run(f"save {i}")) for i in range(5)]
    worker.join(120)
    assert not worker.is_alive() and result and result[0].counts.changed
    kept = {r.id for r in run_store.recent_runs(target, 10**6)}
    assert set(ids) <= kept


def test_a_failure_part_way_leaves_nothing_of_the_import(
    target, export_file, small_steps, monkeypatch
):
    before = content(target.path)
    original = exchange_merge._Merger._soreness

    def broken(self, entries):
        original(self, entries)
        raise sqlite3.IntegrityError("disk said no")

    monkeypatch.setattr(exchange_merge._Merger, "_soreness", broken)
    with pytest.raises(exchange.ImportRefused, match="Nothing was imported"):
        exchange.import_json(target, export_file)
    assert content(target.path) == before


CRASHING_IMPORT = textwrap.dedent(
    """
    import os, sys, time
    from datetime import datetime, timedelta
    from corelog.domain import clock
    from corelog.services import exchange
    from corelog.store import exchange_merge
    from corelog.store.store import Store

    # The test's clock, running on from the moment it handed over.
    start, began = datetime.fromisoformat(sys.argv[3]), time.monotonic()
    clock.set_source(lambda: start + timedelta(seconds=time.monotonic() - began))

    exchange_merge.CHUNK_ROWS = 50
    store = Store.open(sys.argv[1])
    steps = []

    def progress(done, total):
        steps.append(done)
        if len(steps) == 8:
            os._exit(9)  # the power goes, half way through

    exchange.import_json(store, sys.argv[2], progress)
    """
)


def test_an_import_cut_short_by_a_crash_is_taken_back_when_the_log_is_opened(
    tmp_path, target, export_file
):
    before = content(target.path)
    target.close()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CRASHING_IMPORT,
            str(target.path),
            str(export_file),
            clock.utc_now().isoformat(),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 9, done.stderr
    half = content(target.path)
    assert half["import_journal"] and len(half["run"]) > len(before["run"])
    reopened = Store.open(target.path)
    assert reopened.imports_taken_back == 1
    assert content(target.path) == before
    conn = sqlite3.connect(target.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    reopened.close()
