"""A real workout on the real clock: 2 holds of 1 s with 1 s rest, through the whole app.

A person sets the workout up on the Plank timer page and presses Space; the Qt event loop
runs it; the two sets then sit in today's core session with their measured lengths.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from timer_window import with_timer_page

from corelog.store import core as store_core
from corelog.timer import HoldRecorded, Phase, PhaseStarted
from corelog.ui.main_window import MainWindow
from corelog.ui.sound import CuePlayer
from corelog.ui.timer.page import TimerPage


class SilentEffect:
    def __init__(self, path: Path, played: list[str]) -> None:
        self.name = path.stem
        self.played = played

    def play(self) -> None:
        self.played.append(self.name)


@pytest.mark.slow
def test_a_real_two_by_one_second_workout_lands_in_the_database(ctx, qtbot, store):
    played: list[str] = []

    def timer_page(context):  # the real clocks; only the loudspeaker is replaced
        return TimerPage(
            context,
            player_factory=lambda parent: CuePlayer(
                effect_factory=lambda path: SilentEffect(path, played), parent=parent
            ),
        )

    window = MainWindow(ctx, with_timer_page(timer_page))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("timer")
    form = page.setup_form
    for field, text in ((form.hold, "1"), (form.rest, "1"), (form.prep, "0")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
    form.sets.setFocus()
    form.sets.selectAll()
    qtbot.keyClicks(form.sets, "2")
    page.display.setFocus()

    heard: list[tuple[int, object]] = []
    page.driver.sig_event.connect(lambda event: heard.append((time.monotonic_ns(), event)))
    with qtbot.waitSignal(page.driver.sig_finished, timeout=10_000):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.last_save is not None, timeout=2_000)

    (session,) = store_core.list_sessions(store)
    holds = [s.hold_ms for s in session.sets]
    assert len(holds) == 2
    assert all(abs(held - 1_000) <= 50 for held in holds), holds
    assert not any(s.interrupted for s in session.sets)
    # the page heard each hold start and end when due
    starts = [t for t, e in heard if isinstance(e, PhaseStarted) and e.phase is Phase.HOLD]
    ends = [t for t, e in heard if isinstance(e, HoldRecorded)]
    lengths_ms = [(end - start) / 1e6 for start, end in zip(starts, ends, strict=True)]
    assert len(lengths_ms) == 2 and all(abs(ms - 1_000) <= 50 for ms in lengths_ms), lengths_ms
    assert played.count("hold") == 2 and played[-1] == "done"
    assert page.display.phase_text() == "Done"
