"""When the disk refuses writes, during a save and during a backup: the user is told in
words, the form keeps what was typed, and the database is unchanged and intact.

The disk is made to refuse writes the unprivileged way: CoreLog runs in a child process
whose file-size limit (RLIMIT_FSIZE) is lowered to nothing after the window is up, so
every write to any file fails as on a disk that gives out (SQLite reports a disk I/O
error). The child types a run as a person would, saves, then asks for a backup, and
reports what the window shows.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from corelog.services.demo import DEMO, generate_history
from corelog.store.store import Store

resource = pytest.importorskip("resource")

CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from corelog.store.store import Store
    from corelog.ui.application import make_qapplication
    from corelog.ui.bus import DataBus
    from corelog.ui.context import AppContext
    from corelog.ui.main_window import MainWindow
    from corelog.ui.settings import AppSettings

    app = make_qapplication()
    store = Store.open(Path(sys.argv[1]))
    store.warm_up()
    settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(AppContext(store, settings, DataBus(), QUndoStack()))
    window.show()
    form = window.show_page("log").tab("runs").form
    QTest.keyClicks(form.distance, "12.5")
    QTest.keyClicks(form.duration, "1:02:03")
    QTest.keyClicks(form.notes, "typed before the disk gave out")
    app.processEvents()

    # From here on no file may grow: every write fails, as on a disk that gives out.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    QTest.keyClick(form.duration, Qt.Key.Key_Return)
    app.processEvents()
    report = {
        "error": form.form_error.text(),
        "error_shown": form.form_error.isVisible(),
        "distance": form.distance.text(),
        "duration": form.duration.text(),
        "notes": form.notes.toPlainText(),
    }
    window.backup_now()
    deadline = 200
    while window._tasks and deadline:
        app.processEvents()
        QTest.qWait(50)
        deadline -= 1
    report["backup_status"] = window.statusBar().currentMessage()
    print(json.dumps(report))
    sys.stdout.flush()
    window.close()
    del window, form
    store.close()
    app.processEvents()
    """
)


def dump(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in sorted(tables)}
    finally:
        conn.close()


@pytest.mark.slow
def test_a_disk_that_refuses_writes_loses_nothing_and_says_so(tmp_path):
    db = tmp_path / "corelog.db"
    store = Store.open(db)
    generate_history(store, DEMO, last_day=date(2026, 5, 31))
    store.close()
    before = dump(db)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=180,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])

    # The save: refused in words at the form, with everything typed still there.
    assert report["error_shown"]
    assert report["error"].startswith("The run was not saved.")
    assert "disk" in report["error"] and "refused the write" in report["error"]
    assert (report["distance"], report["duration"]) == ("12.5", "1:02:03")
    assert report["notes"] == "typed before the disk gave out"
    # The backup: said so, and no half-written copy was left behind.
    assert "The backup copy could not be written" in report["backup_status"]
    assert "Your log itself is unchanged" in report["backup_status"]
    backups = tmp_path / "corelog-backups"
    assert not backups.exists() or not list(backups.iterdir())
    # The database: exactly as before, and whole.
    assert dump(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
