"""One CoreLog per database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QPushButton

from corelog.app import main
from corelog.ui import single_instance
from corelog.ui.single_instance import RAISE_REQUEST, SingleInstance, lock_path


def test_second_guard_cannot_take_the_lock(db_path, qapp):
    first = SingleInstance(db_path)
    second = SingleInstance(db_path)
    try:
        assert first.acquire()
        assert not second.acquire()
        assert second.owner_pid() == os.getpid()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_raise_request_reaches_the_running_instance(db_path, qtbot):
    running = SingleInstance(db_path)
    assert running.acquire()
    assert running.listen()
    client = QLocalSocket()
    try:
        with qtbot.waitSignal(running.sig_raise_requested, timeout=5000):
            client.connectToServer(running.name)
            client.write(RAISE_REQUEST)
            client.flush()
    finally:
        client.abort()
        running.release()


def test_lock_left_by_a_crashed_corelog_is_taken_over(db_path, qapp):
    # A process takes the lock and dies without releasing it.
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(lock_path(db_path))], check=True)
    assert lock_path(db_path).exists()
    guard = SingleInstance(db_path)
    assert guard.acquire()
    guard.release()


def test_second_corelog_on_the_same_database_defers_to_the_first(db_path, tmp_path, capsys):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    first = subprocess.Popen(
        [sys.executable, "-m", "corelog", "--db", str(db_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        guard = SingleInstance(db_path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if lock_path(db_path).exists() and guard.ask_running_instance_to_raise(500):
                break
            assert first.poll() is None, first.stderr.read().decode()
            time.sleep(0.2)
        else:
            raise AssertionError("the first CoreLog never started listening")

        assert main(["--db", str(db_path)]) == 0
        out = capsys.readouterr().out
        assert "already open" in out and "brought to the front" in out
        assert first.poll() is None  # the first one is still running, undisturbed
    finally:
        first.terminate()
        first.wait(20)


def only_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "already open" not in captured.out + captured.err
    return lines[0]


@pytest.fixture
def no_window(monkeypatch):
    import corelog.ui.application as application

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a window was about to open")

    monkeypatch.setattr(application, "_run_window", forbidden)


def test_a_lock_file_that_cannot_be_created_is_reported_as_such(
    db_path, tmp_path, qapp, capsys, monkeypatch, no_window
):
    # The lock file cannot be created (Qt reports an unknown error): the real reason is
    # given, not "already open".
    blocked = tmp_path / "gone" / "corelog.db.lock"
    monkeypatch.setattr(single_instance, "lock_path", lambda _db: blocked)
    assert main(["--db", str(db_path)]) == 1
    line = only_error_line(capsys)
    assert str(blocked) in line and "No such file or directory" in line
    assert not db_path.exists()


@pytest.mark.skipif(
    not Path("/sys/kernel").is_dir(), reason="needs /sys, where nobody may create files"
)
def test_permission_denied_for_the_lock_file_is_reported_as_such(
    db_path, qapp, capsys, monkeypatch, no_window
):
    blocked = Path("/sys/corelog.db.lock")
    monkeypatch.setattr(single_instance, "lock_path", lambda _db: blocked)
    assert main(["--db", str(db_path)]) == 1
    line = only_error_line(capsys)
    assert str(blocked) in line and "Permission denied" in line


def test_an_unreadable_lock_file_no_corelog_answers_for_is_named(
    db_path, qapp, capsys, no_window
):
    # Left empty by a crash (no process id in it): no running CoreLog holds it.
    lock_path(db_path).write_bytes(b"")
    assert main(["--db", str(db_path)]) == 1
    line = only_error_line(capsys)
    assert str(lock_path(db_path)) in line and "delete" in line


def test_the_window_path_shows_the_lock_problem_in_a_dialog(
    db_path, tmp_path, qtbot, capsys, monkeypatch, no_window
):
    import corelog.app as app

    monkeypatch.setattr(app, "default_db_path", lambda: db_path)
    blocked = tmp_path / "gone" / "corelog.db.lock"
    monkeypatch.setattr(single_instance, "lock_path", lambda _db: blocked)
    seen = {}

    def answer():
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "lockProblemDialog" and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        seen["text"] = dialogs[0].text()
        button = dialogs[0].findChild(QPushButton, "lockProblemCloseButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert main([]) == 1
    assert str(blocked) in seen["text"] and "already open" not in seen["text"]
    assert "No such file or directory" in only_error_line(capsys)


def test_two_links_to_one_database_share_one_lock(tmp_path, qapp):
    """The lock sits beside the file the links lead to, so the second link is refused."""
    real = tmp_path / "data" / "corelog.db"
    real.parent.mkdir()
    real.write_bytes(b"")
    one, other = tmp_path / "one.db", tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()
    one.symlink_to(real)
    other.symlink_to(Path("..") / "data" / "corelog.db")
    first, second = SingleInstance(one), SingleInstance(other)
    try:
        assert first.acquire()
        assert (real.parent / "corelog.db.lock").exists()
        assert not second.acquire()
        assert second.problem() is None  # held by a running CoreLog: this one
        assert second.name == first.name
    finally:
        first.release()
