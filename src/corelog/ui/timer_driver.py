"""Drives the plank timer from the Qt event loop.

:class:`TimerDriver` owns a :class:`~corelog.timer.core.WorkoutTimer` and wakes it exactly
when something is due: a single-shot ``Qt.PreciseTimer`` aimed at
:meth:`~corelog.timer.core.WorkoutTimer.next_deadline_ns` (phase ends, the countdown ticks
and each whole second of the big digits), plus a slow coarse refresh (4 times a second by
default) for the progress ring and for noticing that the machine slept. Nothing polls in a
loop, and the time shown is always read from the monotonic clock, so a late wake-up delays
a redraw but never shifts the workout.

Create one driver for the whole window (the main window or the app owns it), not one per
page: it has no widget of its own and goes on timing and sounding while the window is
hidden, minimised or showing another page. Connect the signals; call the operations from
the timer page's controls, or pass its key presses to :meth:`TimerDriver.handle_key`.

Keys: Space start / pause / resume (ends a count-up hold), Esc stop, S skip the rest,
+ / - five seconds more / less rest.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from corelog.domain.clock import wall_ns
from corelog.timer import (
    NS_PER_MS,
    HoldRecorded,
    Interrupted,
    NanoClock,
    TimerEvent,
    TimerPlan,
    TimerSnapshot,
    WorkoutFinished,
    WorkoutTimer,
)

REFRESH_MS = 250
"""How often the display refreshes between deadlines (progress ring, sleep check)."""

CUE_LATE_LIMIT_MS = 500
"""An event heard later than this after its instant (the machine was busy or asleep) is not
sounded: a cue that late would mislead more than help."""


class TimerDriver(QObject):
    """A plank-timer workout run on the Qt event loop.

    ``clock`` and ``wall_clock`` are passed to the timer core (``time.monotonic_ns`` and
    CoreLog's ``clock.wall_ns`` in the app; a :class:`~corelog.timer.clock.FakeClock` in
    tests).
    """

    sig_snapshot = Signal(object)
    """A :class:`~corelog.timer.snapshot.TimerSnapshot`: what the timer page should show now.
    Sent after every change and on every refresh while the workout runs."""

    sig_event = Signal(object)
    """Every :data:`~corelog.timer.events.TimerEvent` in order, including those noticed late
    (their ``at_ns`` is the instant they were due)."""

    sig_cue = Signal(object)
    """The events that should be heard now: like ``sig_event`` but without those more than
    :data:`CUE_LATE_LIMIT_MS` late. Connect the sound player here."""

    sig_hold_recorded = Signal(object)
    """A :class:`~corelog.timer.results.HoldResult`: one hold just ended and was recorded."""

    sig_interrupted = Signal(object)
    """An :class:`~corelog.timer.events.Interrupted` event: the machine slept, the workout is
    paused and the hold in progress (if any) is marked interrupted."""

    sig_finished = Signal(object)
    """A :class:`~corelog.timer.events.WorkoutFinished`: the workout ended, completed or
    stopped, with every hold recorded. Save the holds from here."""

    sig_active_changed = Signal(bool)
    """True when a workout starts, False when it ends or is reset: drives the small
    "timer running" indicator in the status bar."""

    def __init__(
        self,
        plan: TimerPlan | None = None,
        *,
        clock: NanoClock = time.monotonic_ns,
        wall_clock: NanoClock = wall_ns,
        refresh_ms: int = REFRESH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = WorkoutTimer(
            plan or TimerPlan(hold_ms=30_000), clock=clock, wall_clock=wall_clock
        )
        self._was_active = False

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setObjectName("timerDeadline")
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.timeout.connect(self.refresh)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("timerRefresh")
        self._refresh_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._refresh_timer.setInterval(refresh_ms)
        self._refresh_timer.timeout.connect(self.refresh)

        self._keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space.value: self.toggle,
            Qt.Key.Key_Escape.value: self.stop,
            Qt.Key.Key_S.value: self.skip_rest,
            Qt.Key.Key_Plus.value: self.add_rest,
            Qt.Key.Key_Equal.value: self.add_rest,  # + without Shift on many keyboards
            Qt.Key.Key_Minus.value: self.remove_rest,
            Qt.Key.Key_Underscore.value: self.remove_rest,
        }

    # ----------------------------------------------------------------- reading

    @property
    def timer(self) -> WorkoutTimer:
        """The timer core, for reading (plan, phase, results). Change it through the
        driver's operations so that the signals and the scheduling follow."""
        return self._timer

    @property
    def is_active(self) -> bool:
        """A workout is under way (prep, hold or rest), paused or not."""
        return self._timer.is_active

    @property
    def next_wakeup_ms(self) -> int | None:
        """The delay the precise timer was last armed with, or None when it is idle."""
        return self._deadline_timer.interval() if self._deadline_timer.isActive() else None

    def snapshot(self) -> TimerSnapshot:
        """What the timer page should show now."""
        return self._timer.snapshot()

    # -------------------------------------------------------------- operations

    def load(self, plan: TimerPlan) -> None:
        """Set up the next workout. Refused while one is under way: stop it first."""
        if self._timer.is_active:
            raise RuntimeError("a workout is under way; stop it before loading another")
        self._timer.reset(plan)
        self._after([])

    def reset(self) -> None:
        """Back to idle with the same plan, discarding a workout in progress unrecorded."""
        self._timer.reset()
        self._after([])

    def start(self) -> None:
        self._after(self._timer.start())

    def toggle(self) -> None:
        """Space: start, pause or resume; in a count-up hold, end the hold."""
        self._after(self._timer.toggle())

    def pause(self) -> None:
        self._after(self._timer.pause())

    def resume(self) -> None:
        self._after(self._timer.resume())

    def stop(self) -> None:
        """Esc: end the workout, recording a hold in progress with its real length."""
        self._after(self._timer.stop())

    def end_hold(self) -> None:
        """End the hold in progress now (a count-up hold's normal end)."""
        self._after(self._timer.end_hold())

    def skip_rest(self) -> None:
        """S: start the next hold now."""
        self._after(self._timer.skip_rest())

    def add_rest(self) -> None:
        """+: five seconds more rest."""
        self._after(self._timer.add_rest())

    def remove_rest(self) -> None:
        """-: five seconds less rest, never below zero."""
        self._after(self._timer.remove_rest())

    def handle_key(self, key: int | enum.Enum) -> bool:
        """Act on one of the timer's keys (a ``Qt.Key`` or ``QKeyEvent.key()``); True when
        the key is one of them, False to let the page handle it."""
        value = key.value if isinstance(key, enum.Enum) else int(key)
        action = self._keys.get(value)
        if action is None:
            return False
        action()
        return True

    def refresh(self) -> None:
        """Bring the timer up to now and send what changed (the timers call this)."""
        self._after(self._timer.update())

    # --------------------------------------------------------------- internals

    def _after(self, events: list[TimerEvent]) -> None:
        """Send the events, rearm the timers and send a fresh snapshot."""
        now = self._clock()
        for event in events:
            self.sig_event.emit(event)
            if now - event.at_ns <= CUE_LATE_LIMIT_MS * NS_PER_MS:
                self.sig_cue.emit(event)
            if isinstance(event, HoldRecorded):
                self.sig_hold_recorded.emit(event.result)
            elif isinstance(event, Interrupted):
                self.sig_interrupted.emit(event)
            elif isinstance(event, WorkoutFinished):
                self.sig_finished.emit(event)
        # A slot above may have changed the workout: read everything afresh.
        self._reschedule()
        self.sig_snapshot.emit(self._timer.snapshot())
        active = self._timer.is_active
        if active != self._was_active:
            self._was_active = active
            self.sig_active_changed.emit(active)

    def _reschedule(self) -> None:
        if not self._timer.is_running:
            self._deadline_timer.stop()
            self._refresh_timer.stop()
            return
        now = self._clock()
        deadline = self._timer.next_deadline_ns(now)
        if deadline is None:
            self._deadline_timer.stop()
        else:
            # Round up: a wake-up a fraction of a millisecond late costs nothing, one that
            # comes early would find nothing due and need another.
            delay_ms = max(0, -(-(deadline - now) // NS_PER_MS))
            self._deadline_timer.start(delay_ms)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()
