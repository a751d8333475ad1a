"""Noticing that the day changed while CoreLog stays open (midnight, or waking from sleep).

A single-shot timer is armed for just after the next local midnight, but never for more
than an hour ahead, so a clock change, a new time zone or a computer that slept through
midnight is caught within the hour; coming back to CoreLog checks at once. Between checks
nothing runs. The clock is injectable, so tests move time by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from corelog.domain.timeutil import local_now

MAX_WAIT_MS = 60 * 60 * 1000
PAST_MIDNIGHT_MS = 1000


def ms_until_next_check(now: datetime) -> int:
    """Milliseconds from ``now`` until just past the next midnight, at most an hour."""
    midnight = datetime.combine(now.date() + timedelta(days=1), time(), now.tzinfo)
    wait = int((midnight - now).total_seconds() * 1000) + PAST_MIDNIGHT_MS
    return max(PAST_MIDNIGHT_MS, min(MAX_WAIT_MS, wait))


class DayWatch(QObject):
    sig_day_changed = Signal(object)
    """The local date changed; carries the new ``datetime.date``."""

    def __init__(
        self, clock: Callable[[], datetime] = local_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.day: date = clock().date()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self._arm()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Use another clock from now on (tests); the day it shows becomes the current day."""
        self.clock = clock
        self.day = clock().date()
        self._arm()

    def now(self) -> datetime:
        return self.clock()

    def check(self) -> bool:
        """Compare the clock's date with the day shown; announce a change. True if changed."""
        today = self.clock().date()
        changed = today != self.day
        self.day = today
        self._arm()
        if changed:
            self.sig_day_changed.emit(today)
        return changed

    def _arm(self) -> None:
        self.timer.start(ms_until_next_check(self.clock()))

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
