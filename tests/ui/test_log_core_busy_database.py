"""Opening the Log page's core tab needs nothing written: with the database held by
another program, the tab still opens at once, and the exercise library arrives as soon
as the database is free."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def held(store):
    """Another program (a sync tool, the sqlite3 shell) holds the database's write lock."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_the_core_tab_opens_while_another_program_holds_the_database(window, qtbot, held, store):
    started = time.monotonic()
    page = window.show_page("log")
    core_tab = page.open_tab("core")
    qtbot.waitUntil(core_tab.isVisible)
    opened_in = time.monotonic() - started
    assert opened_in < 2.0  # no five-second wait for the lock, then a refusal
    assert window.findChild(QMessageBox, "errorDialog") is None
    assert store.reader.scalar("SELECT count(*) FROM exercise") == 0  # nothing written

    held.execute("ROLLBACK")
    held.execute("BEGIN")  # the other program lets go (the fixture's ROLLBACK ends this)
    window.ctx.bus.announce("exercises")
    qtbot.waitUntil(lambda: store.reader.scalar("SELECT count(*) FROM exercise") > 0)
