"""Shared fixtures: a fresh database per test, isolated preferences, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Helpers shared by tests in every folder (and the benchmarks): tests/activity_files.py.
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")

import pytest

from corelog.store.store import Store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "corelog.db"


@pytest.fixture
def store(db_path):
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def damaged_database():
    """Make a real CoreLog database (six months of training) whose middle pages are garbage.

    The header and the schema are intact, so the file looks like a current CoreLog
    database; reading the runs fails, as the Today page does on start-up. With
    ``backup=True`` a backup copy is taken before the damage.
    """
    import random
    import sqlite3
    from datetime import date

    from corelog.services.demo import generate_history
    from corelog.store.database import backup_database

    def make(path, *, backup: bool = False):
        store = Store.open(path)
        generate_history(store, last_day=date(2026, 5, 31))
        store.close()
        copy = backup_database(path, "manual") if backup else None
        data = bytearray(path.read_bytes())
        middle = len(data) // 2 // 4096 * 4096
        data[middle : middle + 8192] = random.Random(1).randbytes(8192)
        path.write_bytes(bytes(data))
        # The damage is real: reading every run fails (immutable: creates no side files).
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute("SELECT * FROM run").fetchall()
        finally:
            conn.close()
        return copy

    return make
