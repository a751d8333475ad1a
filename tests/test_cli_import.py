"""``corelog --import``: no window, the summary printed, exit 0, 1 or 2."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from activity_files import START, fit_file, gpx_file, samples
from corelog.app import main
from corelog.store.store import Store

SAMPLES = Path(__file__).resolve().parent / "data" / "activity-samples"


@pytest.fixture(autouse=True)
def no_window(monkeypatch):
    import corelog.ui.application as application

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a window was about to open")

    monkeypatch.setattr(application, "run_gui", forbidden)


def runs_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM run WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_good_files_import_and_exit_0(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.fit").write_bytes(fit_file())
    (tmp_path / "in" / "b.gpx").write_bytes(gpx_file(start=START + timedelta(days=1)))
    ride = fit_file(sport="cycling", start=START - timedelta(days=3))
    (tmp_path / "in" / "ride.fit").write_bytes(ride)
    db = tmp_path / "corelog.db"
    assert main(["--db", str(db), "--import", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "Added 2 runs, skipped 1 ride."
    assert out[0].endswith("ride.fit: a ride (cycling), 5.45 km in 30:00: not a run, skipped")
    assert runs_in(db) == 2


def test_an_unreadable_file_exits_1_and_says_why(tmp_path, capsys):
    db = tmp_path / "corelog.db"
    assert main(["--db", str(db), "--import", str(SAMPLES)]) == 1
    out = capsys.readouterr().out
    assert "activity-unexpected-eof.fit: it is cut off before its end" in out
    assert "cerknicko-without-times.gpx" in out and "no times" in out
    assert out.strip().splitlines()[-1].startswith("Added 6 runs")
    assert runs_in(db) == 6


def test_walks_come_in_with_import_walks(tmp_path, capsys):
    walk = tmp_path / "walk.fit"
    walk.write_bytes(fit_file(sport="walking"))
    db = tmp_path / "corelog.db"
    assert main(["--db", str(db), "--import", str(walk)]) == 0
    assert runs_in(db) == 0
    assert main(["--db", str(db), "--import", str(walk), "--import-walks"]) == 0
    assert runs_in(db) == 1
    assert "Added 1 run." in capsys.readouterr().out


def test_a_database_that_cannot_be_opened_exits_2(tmp_path, capsys):
    run = tmp_path / "run.fit"
    run.write_bytes(fit_file())
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    assert main(["--db", str(not_a_db), "--import", str(run)]) == 2
    assert "not an SQLite database" in capsys.readouterr().err
    assert not_a_db.read_text() == "hello"


def test_a_database_open_in_corelog_is_left_alone(tmp_path, capsys):
    from corelog.ui.single_instance import SingleInstance

    db = tmp_path / "corelog.db"
    Store.open(db).close()
    guard = SingleInstance(db)
    assert guard.acquire()
    try:
        run = tmp_path / "run.fit"
        run.write_bytes(fit_file())
        assert main(["--db", str(db), "--import", str(run)]) == 2
        assert "CoreLog is open on it" in capsys.readouterr().err
    finally:
        guard.release()
    assert runs_in(db) == 0


def test_a_typed_run_is_kept_unless_told_otherwise(tmp_path, capsys):
    from corelog.store import runs as run_store
    from corelog.store.runs import RunValues

    db = tmp_path / "corelog.db"
    store = Store.open(db)
    run_store.insert_run(
        store,
        RunValues(START + timedelta(minutes=5), 120, 5400, 1900, "easy", None, 7, None, None,
                  None, "typed"),
    )
    store.close()
    run = tmp_path / "run.fit"
    run.write_bytes(fit_file(samples(1800)))
    assert main(["--db", str(db), "--import", str(run)]) == 0
    assert "matches the run you typed" in capsys.readouterr().out
    assert runs_in(db) == 1
    assert main(["--db", str(db), "--import", str(run), "--typed-runs", "merge"]) == 0
    assert "merged 1 with runs you typed" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT effort, notes, duration_s FROM run").fetchall()
    assert rows == [(7, "typed", 1800.0)]
    conn.close()
    backups = list((tmp_path / "corelog-backups").glob("*before-activity-import*"))
    assert len(backups) == 2


def test_import_options_need_import(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--import-walks"])
    assert exit_info.value.code == 2


def test_the_real_command_opens_no_window_and_uses_helper_processes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for day in range(6):
        data = fit_file(samples(300), start=START + timedelta(days=day))
        (folder / f"{day}.fit").write_bytes(data)
    db = tmp_path / "corelog.db"
    done = subprocess.run(
        [sys.executable, "-m", "corelog", "--db", str(db), "--import", str(folder)],
        capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "minimal-no-such-platform"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Added 6 runs."
    assert runs_in(db) == 6
