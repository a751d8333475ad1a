"""A save that the database refuses is reported in words, and nothing is half-saved."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from corelog.services import runs as run_service
from corelog.store import core as store_core
from corelog.store import database
from corelog.ui.errors import DIALOG_NAME, describe, install_error_reporter

# pytest-qt would otherwise put its own hook in place of CoreLog's while a test runs.
no_capture = pytest.mark.qt_no_exception_capture


@pytest.fixture
def short_busy_wait(monkeypatch):
    """Connections opened from now on give up on a locked database after 50 ms, not 5 s."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)


@pytest.fixture
def reporter(window, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    return install_error_reporter(lambda: window)


def press_later(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def error_dialog(window) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == DIALOG_NAME and widget.isVisible():
            return widget
    return None


@pytest.fixture
def hold_the_log(short_busy_wait, ctx):
    """Another program takes the database for writing (call it once the page is open)."""
    others = []

    def hold() -> sqlite3.Connection:
        other = sqlite3.connect(ctx.store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        others.append(other)
        return other

    yield hold
    for other in others:
        other.close()


def test_a_run_saved_while_another_program_holds_the_log_says_why_at_the_form(
    ctx, window, hold_the_log, qtbot
):
    window.show_page("log")
    form = window.page("log").tab("runs").form
    other_writer = hold_the_log()
    qtbot.keyClicks(form.distance, "5")
    qtbot.keyClicks(form.duration, "25:00")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    assert form.form_error.isVisible()
    assert form.form_error.text().startswith("The run was not saved. CoreLog could not save")
    assert "database is busy" in form.form_error.text() and "SQL" not in form.form_error.text()
    assert run_service.recent_runs(ctx.store) == []
    assert (form.distance.text(), form.duration.text()) == ("5", "25:00")
    other_writer.rollback()
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)  # the same form, saved once free
    assert [run.distance_m for run in run_service.recent_runs(ctx.store)] == [5000]


@no_capture
def test_a_core_session_saved_while_the_log_is_busy_opens_a_dialog_and_keeps_the_form(
    ctx, window, hold_the_log, reporter, qtbot, capsys
):
    form = window.show_page("log").open_tab("core").form
    other_writer = hold_the_log()
    amount = form.sets.rows()[0].amount
    amount.setFocus()
    qtbot.keyClicks(amount, "45")
    # Enter arrives through the event loop, as a real key press does (a direct keyClick
    # would hand the error back to the test instead of to the running application).
    press_later(amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error_dialog(window) is not None)
    dialog = error_dialog(window)
    assert dialog.text() == "Your log is busy"
    assert "Wait a moment and save again" in dialog.informativeText()
    assert "Nothing was half-saved" in dialog.informativeText()
    assert "database is locked" in capsys.readouterr().err  # the details, for a report
    assert store_core.list_sessions(ctx.store) == []
    assert amount.text() == "45"
    dialog.accept()
    other_writer.rollback()
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert len(store_core.list_sessions(ctx.store)) == 1


@no_capture
def test_a_second_error_while_the_dialog_is_open_joins_it(window, reporter, qtbot):
    reporter.excepthook(RuntimeError, RuntimeError("first"), None)
    qtbot.waitUntil(lambda: error_dialog(window) is not None)
    reporter.excepthook(ValueError, ValueError("second"), None)
    qtbot.wait(10)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == DIALOG_NAME and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert "first" in dialogs[0].informativeText() and "second" in dialogs[0].informativeText()
    dialogs[0].accept()


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (sqlite3.OperationalError("database is locked"), "Your log is busy"),
        (sqlite3.OperationalError("database or disk is full"), "The disk is full"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            "Your log cannot be written",
        ),
        (sqlite3.DatabaseError("database disk image is malformed"), "Your log could not be saved"),
        (sqlite3.OperationalError("disk I/O error"), "Your log could not be written"),
        (PermissionError(13, "Permission denied"), "A file could not be used"),
        (KeyError("x"), "Something went wrong"),
    ],
)
def test_each_kind_of_error_is_named_in_words(error, title):
    assert describe(error)[0] == title


def test_an_error_wrapped_by_the_database_layer_is_recognised():
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))
    assert describe(wrapped)[0] == "Your log is busy"
