"""A whole day in CoreLog by the keyboard alone.

Log a run, log a core session, time a plank, log soreness and read its advice, open
History and read a chart as a table: every step is a key pressed on whatever has the
keyboard focus, as a person without a mouse works (``press`` and ``type_text`` send
keys to the active window, which hands them to its focused control, shortcuts and Alt
keys first, as it does with a real keyboard). Besides keys, the test only
reads: which control has the focus (so that a step that lands somewhere unexpected
says where), what the pages show, and what was saved.

The plank timer runs on a fake clock; moving it on and letting the timer driver notice
stands in for the seconds passing (the driver's own timers would do that on the event
loop).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from timer_window import fake_clock_window, quiet_player

from corelog.services import core as core_service
from corelog.services import runs as run_service
from corelog.store.soreness import list_entries
from corelog.timer import FakeClock, Phase

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
K = Qt.Key


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def win(ctx, qtbot, clock, clock_at):
    clock_at("2026-12-02 18:00", "Europe/Berlin")  # a Wednesday evening
    window = fake_clock_window(ctx, qtbot, clock, quiet_player)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def focus_name() -> str:
    widget = focused()
    while not widget.objectName() and widget.parentWidget() is not None:
        widget = widget.parentWidget()  # a spin box's line edit: the spin box
    return widget.objectName()


def keyboard():
    """Where the keyboard's keys arrive: the active window, which hands each key to its
    focused control (and to shortcuts and Alt keys first), as for a person's keyboard."""
    window = QApplication.activeWindow()
    assert window is not None, "no window is active"
    return window.windowHandle()


def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(keyboard(), key, modifier)


def type_text(text: str) -> None:
    for character in text:
        QTest.keyClick(keyboard(), character)


def tab_to(name: str, *, most: int = 40, back: bool = False) -> None:
    """Press Tab (Shift+Tab) until the control ``name`` has the focus."""
    for _ in range(most):
        if focus_name() == name:
            return
        press(K.Key_Tab, SHIFT if back else Qt.KeyboardModifier.NoModifier)
    assert focus_name() == name, f"Tab never reached {name}"


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


def test_a_day_of_training_by_keyboard_alone(win, ctx, qtbot, clock):
    store = ctx.store

    # 1. Log a run: Ctrl+R, distance, Tab, time, Enter.
    press(K.Key_R, CTRL)
    assert focus_name() == "runDistance"
    type_text("8.4")
    press(K.Key_Tab)
    assert focus_name() == "runDuration"
    type_text("46:12")
    press(K.Key_Return)
    runs = run_service.recent_runs(store, 5)
    assert [(round(r.distance_m), r.duration_s) for r in runs] == [(8400, 2772)]

    # 2. Log a core session: Ctrl+K puts the cursor in the first set; a plank of 45 s,
    # Add set (Alt+A) copies it, Enter saves.
    press(K.Key_K, CTRL)
    assert focus_name() == "coreSetAmount"
    type_text("45")
    press(K.Key_A, ALT)
    sets = win.page("log").findChild(QWidget, "coreTab").form.sets
    qtbot.waitUntil(lambda: len(sets.rows()) == 2)  # an Alt key "clicks" a moment later
    assert focus_name() == "coreSetAmount"  # the new set's, its 45 ready to overtype
    press(K.Key_Return)
    sessions = core_service.recent_sessions(store)
    assert len(sessions) == 1
    assert [s.hold_ms for s in sessions[0].sets] == [45_000, 45_000]

    # 3. Time a plank: Ctrl+T starts the workout set up on the timer page; Space pauses
    # and goes on; the workout runs to its end and its holds join today's session.
    press(K.Key_T, CTRL)
    page = win.page("timer")
    assert win.current_page_id() == "timer"
    driver = page.driver
    assert driver.timer.phase is Phase.PREP
    plan = driver.timer.plan
    clock.advance(plan.prep_ms + 5_000)
    driver.refresh()
    assert driver.timer.phase is Phase.HOLD
    press(K.Key_Space)  # pause
    assert driver.timer.snapshot().paused
    press(K.Key_Space)  # go on
    while driver.timer.phase is not Phase.DONE:
        clock.advance(500)
        driver.refresh()
    settle(qtbot)
    sessions = core_service.recent_sessions(store)
    assert len(sessions) == 1  # today's session, extended
    assert len(sessions[0].sets) == 2 + plan.total_holds

    # 4. Log soreness: Ctrl+Shift+S, choose a region on the body map with the arrow keys,
    # Enter goes on to the form; severity, feel, onset, trend by keys; Enter saves.
    press(K.Key_S, CTRL | SHIFT)
    assert focus_name() == "recoveryBodyMap"
    press(K.Key_Right)
    region = win.page("recovery").body_map.selected_region()
    assert region is not None
    press(K.Key_Return)
    assert focus_name() == "sorenessSeverity"
    press(K.Key_A, CTRL)
    type_text("3")
    tab_to("sorenessFeelDull")
    press(K.Key_Space)
    tab_to("sorenessOnsetDuring")
    press(K.Key_Right)  # the next choice of the group: within hours
    press(K.Key_Right)  # 24-48 h later
    press(K.Key_Space)
    tab_to("sorenessTrendImproving")
    press(K.Key_Space)
    press(K.Key_Return)
    saved = [e for e in list_entries(store) if e.region == region]
    assert len(saved) == 1
    assert (saved[0].severity, saved[0].feel, saved[0].onset, saved[0].trend) == (
        3,
        "dull",
        "delayed",
        "improving",
    )

    # ... and read its advice: the guidance shows, Tab reaches its first "From the
    # documents" toggle, Space opens the sentences the advice rests on.
    recovery = win.page("recovery")
    action = recovery.findChild(QLabel, "guidanceAction")
    assert action is not None and action.isVisible()
    assert action.text()  # what to do today, in words
    tab_to("guidanceActionQuotes")
    press(K.Key_Space)
    quotes = recovery.findChild(QLabel, "guidanceActionQuotesText")
    assert quotes is not None and quotes.isVisible() and quotes.text()

    # 5. Open History: Ctrl+5 shows every entry of the day in the timeline ...
    press(K.Key_5, CTRL)
    assert win.current_page_id() == "history"
    timeline = win.page("history").findChild(QTableView, "historyTimelineTable")
    qtbot.waitUntil(lambda: timeline.model().rowCount() == 3)
    # ... and Alt+S the charts, whose numbers Alt+B turns into tables to read by key.
    press(K.Key_S, ALT)
    settle(qtbot)
    press(K.Key_B, ALT)
    tab_to("historyChartTable")
    table = focused()
    assert isinstance(table, QTableView) and table.model().rowCount() > 0
    press(K.Key_Down)
    assert table.currentIndex().isValid()
