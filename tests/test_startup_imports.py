"""What the first page needs must not pull in the ORM, migrations or charts.

Opening an up-to-date database and filling the first page reads through plain sqlite3;
SQLAlchemy, SQLModel, Alembic and pyqtgraph cost about a second to import and wait until
the window is on screen (see docs/benchmarks.md).
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "pyqtgraph",
    # Activity files are read only when the user imports some.
    "corelog.activities",
    "fitdecode",
    "gpxpy",
    "defusedxml",
    # Export files are checked only when the user imports one.
    "corelog.services.exchange_fields",
)


def test_first_paint_imports_nothing_heavy(tmp_path):
    """On every start but the very first (which writes the exercise library once)."""
    db = tmp_path / "corelog.db"
    code = (
        "import sys, os\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtGui import QUndoStack\n"
        "from corelog.store.store import Store\n"
        "from corelog.ui.application import make_qapplication, check_knowledge\n"
        "from corelog.ui.bus import DataBus\n"
        "from corelog.ui.context import AppContext\n"
        "from corelog.ui.main_window import MainWindow\n"
        "from corelog.ui.settings import AppSettings\n"
        "app = make_qapplication()\n"
        "assert check_knowledge() is None\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
        "window = MainWindow(AppContext(store, settings, DataBus(), QUndoStack()))\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    def start() -> str:
        done = subprocess.run(
            [sys.executable, "-c", code, str(db), str(tmp_path / "settings.ini")],
            capture_output=True,
            text=True,
            timeout=120,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.strip()

    start()
    heavy = start()
    assert heavy == "", f"imported before the first paint: {heavy}"
