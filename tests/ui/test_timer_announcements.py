"""The plank timer says each phase change to screen readers, as Qt accessibility events.

The events are caught where Qt hands them to the platform (accessibility_events.py), so
the test sees what a screen reader would get: an announcement for get ready, each hold,
each rest, a pause and going on, and the end, with the words the display shows.
"""

from __future__ import annotations

import pytest
from accessibility_events import AccessibilityEvents
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from timer_window import fake_clock_window, quiet_player

from corelog.timer import FakeClock, Phase

why_not = AccessibilityEvents.available()
pytestmark = pytest.mark.skipif(why_not is not None, reason=why_not or "")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def page(ctx, qtbot, clock):
    win = fake_clock_window(ctx, qtbot, clock, quiet_player)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    page = win.show_page("timer")
    form = page.setup_form
    for field, text in ((form.hold, "20"), (form.rest, "10"), (form.prep, "5")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
    form.sets.setFocus()
    form.sets.selectAll()
    qtbot.keyClicks(form.sets, "2")
    page.display.setFocus()
    return page


def key(page, which: Qt.Key) -> None:
    """A key press through the window system, as a person's."""
    QTest.keyClick(page.window().windowHandle(), which)


def advance(page, clock, ms: int) -> None:
    """Let ``ms`` pass with the driver's refreshes, as the event loop's timers do."""
    for _ in range(ms // 250):
        clock.advance(250)
        page.driver.refresh()


def test_every_phase_change_is_announced_in_words(page, clock):
    with AccessibilityEvents() as events:
        key(page, Qt.Key.Key_Space)  # start: get ready
        advance(page, clock, 5_000)  # hold 1
        advance(page, clock, 10_000)
        key(page, Qt.Key.Key_Space)  # pause
        advance(page, clock, 30_000)  # a long pause says nothing more
        key(page, Qt.Key.Key_Space)  # go on
        advance(page, clock, 10_000)  # rest
        advance(page, clock, 10_000)  # hold 2
        advance(page, clock, 20_000)  # done
    assert page.driver.timer.phase is Phase.DONE
    assert events.said() == [
        "Get ready: 5 seconds. Then hold, set 1 of 2.",
        "Hold: 20 seconds, set 1 of 2.",
        "Paused in the hold, 10 seconds left. Press Space to go on.",
        "Going on: hold, 10 seconds left.",
        "Rest: 10 seconds. 1 of 2 holds done. Next: set 2 of 2.",
        "Hold: 20 seconds, set 2 of 2.",
        "Done: 2 of 2 holds done.",
    ]
    # The clock's changes interrupt the reader; the user's own pause waits its turn.
    assert [a.assertive for a in events.announcements] == [
        True, True, False, False, True, True, True
    ]
    assert all(a.source is page.display for a in events.announcements)


def test_stopping_is_announced_as_stopped(page, clock):
    with AccessibilityEvents() as events:
        key(page, Qt.Key.Key_Space)
        advance(page, clock, 5_000 + 8_000)
        key(page, Qt.Key.Key_Escape)
    assert events.said()[-1] == "Stopped: 1 of 2 holds done."


def test_side_planks_say_the_side(page, clock, qtbot):
    form = page.setup_form
    form.exercise.setFocus()
    index = form.exercise.findText("Side plank", Qt.MatchFlag.MatchStartsWith)
    assert index >= 0
    form.exercise.setCurrentIndex(index)
    page.display.setFocus()
    with AccessibilityEvents() as events:
        key(page, Qt.Key.Key_Space)
        advance(page, clock, page.driver.timer.plan.prep_ms)
    sets = page.driver.timer.plan.sets
    assert events.said()[-1].endswith(f"set 1 of {sets}, left side.")


def test_nothing_is_announced_while_the_timer_waits(page, clock):
    with AccessibilityEvents() as events:
        advance(page, clock, 10_000)
    assert events.said() == []
