"""The command line: help, version, and refusing bad database paths before any window."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from sqlmodel import delete

from corelog import __version__
from corelog.app import EXIT_USAGE_ERROR, main
from corelog.store import database
from corelog.store.models import Run
from corelog.store.store import Store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def no_window(monkeypatch):
    """Fail loudly if a refused path ever reached the GUI."""
    import corelog.ui.application as application

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a window was about to open")

    monkeypatch.setattr(application, "_run_window", forbidden)


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in ("--db PATH", "--version", "--restore BACKUP"):
        assert option in out


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"CoreLog {__version__}"


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("corelog: ")
    return lines[0]


def test_folder_as_db_is_refused(tmp_path, capsys):
    assert main(["--db", str(tmp_path)]) == EXIT_USAGE_ERROR
    assert "is a folder" in one_error_line(capsys)


def test_db_in_missing_folder_is_refused(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing" / "x.db")]) == EXIT_USAGE_ERROR
    assert "does not exist" in one_error_line(capsys)
    assert not (tmp_path / "missing").exists()


def test_text_file_is_refused_and_untouched(tmp_path, capsys):
    path = tmp_path / "training.csv"
    path.write_text("date,distance\n2026-01-01,5\n")
    before = digest(path)
    assert main(["--db", str(path)]) == EXIT_USAGE_ERROR
    assert "not an SQLite database" in one_error_line(capsys)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["training.csv"]


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path, capsys):
    path = tmp_path / "browser-history.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE visits (url TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    assert main(["--db", str(path)]) == EXIT_USAGE_ERROR
    assert "another program" in one_error_line(capsys)
    assert digest(path) == before


def test_newer_schema_is_refused_and_untouched(tmp_path, capsys):
    path = tmp_path / "corelog.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before = digest(path)
    assert main(["--db", str(path)]) == EXIT_USAGE_ERROR
    assert "newer CoreLog" in one_error_line(capsys)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corelog.db"]


def test_damaged_database_is_refused_with_one_line_and_untouched(
    tmp_path, capsys, qapp, damaged_database
):
    path = tmp_path / "corelog.db"
    damaged_database(path)
    before = digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    assert main(["--db", str(path)]) != 0
    line = one_error_line(capsys)
    assert "is damaged" in line and "--restore" in line
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize("damage", ["middle pages", "first page"])
def test_damaged_database_can_be_restored_from_the_command_line(
    tmp_path, capsys, qapp, damaged_database, damage
):
    path = tmp_path / "corelog.db"
    copy = damaged_database(path, backup=True)
    if damage == "first page":
        data = bytearray(path.read_bytes())
        data[100:4096] = b"\xff" * (4096 - 100)
        path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    assert main(["--db", str(path), "--restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    reopened = Store.open(path)
    assert reopened.reader.scalar("SELECT count(*) FROM run") > 50
    assert len(reopened.reader.all("SELECT * FROM run")) > 50
    reopened.close()
    kept = [p for p in database.list_backups(path) if "replaced-by-restore" in p.name]
    assert [p.read_bytes() == damaged for p in kept] == [True]


def test_link_to_nowhere_is_refused_and_nothing_is_created(tmp_path, capsys):
    link = tmp_path / "corelog.db"
    link.symlink_to(tmp_path / "synced" / "corelog.db")
    assert main(["--db", str(link)]) == EXIT_USAGE_ERROR
    line = one_error_line(capsys)
    assert "link to" in line and "does not exist" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corelog.db"]


def test_unwritable_file_is_refused(tmp_path, capsys, monkeypatch):
    path = tmp_path / "corelog.db"
    Store.open(path).close()
    real_access = os.access

    def no_write(p, mode, *args, **kwargs):
        if mode & os.W_OK and str(p) == str(path):
            return False
        return real_access(p, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", no_write)
    assert main(["--db", str(path)]) == EXIT_USAGE_ERROR
    assert "read-only" in one_error_line(capsys)


def test_list_backups(tmp_path, capsys):
    path = tmp_path / "corelog.db"
    Store.open(path).close()
    copy = database.backup_database(path, "manual")
    assert main(["--db", str(path), "--list-backups"]) == 0
    assert capsys.readouterr().out.strip() == str(copy)


def test_restore_from_the_command_line(tmp_path, capsys, qapp):
    path = tmp_path / "corelog.db"
    store = Store.open(path)
    with store.write() as session:
        from datetime import UTC, datetime

        session.add(
            Run(started_at=datetime(2026, 1, 2, tzinfo=UTC), distance_m=5000, duration_s=1600)
        )
    copy = database.backup_database(path, "manual")
    with store.write() as session:
        session.exec(delete(Run))
    store.close()

    assert main(["--db", str(path), "--restore", str(copy)]) == 0
    assert "Restored" in capsys.readouterr().out
    reopened = Store.open(path)
    assert reopened.reader.scalar("SELECT count(*) FROM run") == 1
    reopened.close()


def test_demo_opens_a_filled_temporary_database_and_leaves_yours_alone(monkeypatch, capsys):
    import corelog.app as app
    import corelog.ui.application as application

    def your_database():
        raise AssertionError("the demo must not touch the user's database")

    monkeypatch.setattr(app, "default_db_path", your_database)
    seen = {}

    def fake_window(_app, store, _guard, *, demo):
        seen["path"] = store.path
        seen["runs"] = store.reader.scalar("SELECT count(*) FROM run")
        seen["demo"] = demo
        return 0

    monkeypatch.setattr(application, "_run_window", fake_window)
    assert main(["--demo"]) == 0
    assert seen["demo"] is True
    assert seen["runs"] > 50
    assert "corelog-demo" in str(seen["path"])
    assert not seen["path"].exists()  # removed when CoreLog closes


def test_demo_refuses_other_database_options(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--demo", "--db", str(tmp_path / "x.db")])
    assert exit_info.value.code == 2
    assert "--demo" in capsys.readouterr().err
