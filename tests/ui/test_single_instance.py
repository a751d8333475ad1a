"""One CoreLog per database."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtNetwork import QLocalSocket

from corelog.app import main
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
