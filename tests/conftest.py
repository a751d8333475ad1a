"""Shared fixtures: a fresh database per test, isolated preferences, the main window, and a
clock the test sets (see "Date-sensitive tests" in docs/development.md)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Helpers shared by tests in every folder (and the benchmarks): tests/activity_files.py.
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
# The suite reads CoreLog in English, whatever this computer's language (tests that check
# another language choose it themselves: tests/ui/test_translations_shown.py).
os.environ["CORELOG_LANGUAGE"] = "en"

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from corelog.store.store import Store

# pytester: tests of the suite's own checks run a small suite inside a test
# (tests/ui/test_window_guard.py).
pytest_plugins = ["pytester"]

SUITE_NOW = "CORELOG_TEST_NOW"
"""Environment variable: run the whole suite as if the computer's clock said this moment
(ISO 8601 with its offset, e.g. ``2027-01-03T09:00:00+14:00``); the clock then runs on
from there. CI runs the suite once as the machine is and once so, with ``TZ`` far from
UTC, so that a test that reads the real date cannot pass by the luck of the day."""

_suite_travel = None


def pytest_configure(config):
    global _suite_travel
    when = os.environ.get(SUITE_NOW)
    if when:
        moment = datetime.fromisoformat(when)
        if moment.tzinfo is None:
            raise pytest.UsageError(f"{SUITE_NOW} needs an offset, e.g. {when}+00:00")
        _suite_travel = time_machine.travel(moment, tick=True)
        _suite_travel.start()


def pytest_unconfigure(config):
    if _suite_travel is not None:
        _suite_travel.stop()


def pytest_report_header(config):
    when = os.environ.get(SUITE_NOW)
    zone = os.environ.get("TZ", "the machine's")
    return f"corelog clock: {when or 'the real time'}, time zone {zone}"


@pytest.fixture
def clock_at():
    """Set the computer's clock (and time zone) for this test: every "now" and "today" in
    CoreLog, and in the test, reads it. The clock runs on from there, as a real one does.

        clock_at("2026-12-06 09:30", "Europe/Berlin")   # a Sunday morning in Berlin

    ``when`` is the wall-clock time in ``zone`` (an IANA name); it may also be an aware
    datetime. Calling it again moves the clock. Returns the aware local moment.
    """
    travels = []

    def travel(when: str | datetime, zone: str = "UTC", *, tick: bool = True) -> datetime:
        if zone != "UTC" and not hasattr(time, "tzset"):
            pytest.skip("moving the time zone needs time.tzset, which Windows lacks")
        tz = ZoneInfo(zone)
        moment = datetime.fromisoformat(when) if isinstance(when, str) else when
        moment = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
        trip = time_machine.travel(moment, tick=tick)
        trip.start()
        travels.append(trip)
        return moment

    yield travel
    for trip in reversed(travels):
        trip.stop()


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
    """Make a real CoreLog database (six months of training) with garbage over the run table.

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
        # Garbage over the run table's first pages (its root and what follows it), so
        # reading the runs fails wherever the table sits in the file.
        conn = sqlite3.connect(path)
        try:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            (root,) = conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'run'"
            ).fetchone()
        finally:
            conn.close()
        data = bytearray(path.read_bytes())
        middle = (root - 1) * page_size
        data[middle : middle + 2 * page_size] = random.Random(1).randbytes(2 * page_size)
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
