"""The plank timer says its phase changes to screen readers, not only in colour and sound.

:class:`PhaseAnnouncer` watches the timer driver's snapshots and, each time the workout
moves on (get ready, hold, rest, done or stopped) or is paused and goes on again, sends
one accessibility announcement with what the display now shows: "Hold: 45 seconds, set 1
of 3, left side." Phase changes the clock brings interrupt whatever the screen reader is
saying (the user needs them at once); pausing and going on, which the user did, wait
their turn. The same sentence is kept in ``last_text``, and each is sent out as
``sig_announced`` too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from corelog.domain.i18n import Timer
from corelog.timer import Phase, TimerMode, TimerSnapshot, which_hold
from corelog.ui.accessibility import announce
from corelog.ui.timer.text import holds_done, set_text


def _seconds(ms: int | None) -> str:
    seconds = max(0, -(-(ms or 0) // 1000))
    return Timer.tr("%Ln seconds", "", seconds)


def _which(view: TimerSnapshot) -> str:
    """ "set 2 of 3, left side" for the hold now (or next)."""
    return which_hold(view.set_number, view.sets, view.side)


def phase_sentence(view: TimerSnapshot, *, stopped: bool = False) -> str:
    """What to say as a phase begins."""
    time, which = _seconds(view.remaining_ms), _which(view)
    if view.phase is Phase.PREP:
        return Timer.tr("Get ready: {time}. Then hold, {which}.").format(time=time, which=which)
    if view.phase is Phase.HOLD:
        if view.mode is TimerMode.COUNT_UP:
            return Timer.tr("Hold to failure, {which}. Press Space to end the hold.").format(
                which=which
            )
        return Timer.tr("Hold: {time}, {which}.").format(time=time, which=which)
    if view.phase is Phase.REST:
        return Timer.tr("Rest: {time}. {done}. Next: {which}.").format(
            time=time, done=set_text(view), which=which
        )
    if view.phase is Phase.DONE:
        text = Timer.tr("Stopped: {done}.") if stopped else Timer.tr("Done: {done}.")
        return text.format(done=holds_done(view))
    return ""


def pause_sentence(view: TimerSnapshot) -> str:
    """What to say when the workout is paused or goes on."""
    if view.mode is TimerMode.COUNT_UP and view.phase is Phase.HOLD:
        where = Timer.tr("{time} held").format(time=_seconds(view.elapsed_ms))
    else:
        where = Timer.tr("{time} left").format(time=_seconds(view.remaining_ms))
    if view.paused:
        text = {
            Phase.PREP: Timer.tr("Paused in the get ready, {where}. Press Space to go on."),
            Phase.HOLD: Timer.tr("Paused in the hold, {where}. Press Space to go on."),
            Phase.REST: Timer.tr("Paused in the rest, {where}. Press Space to go on."),
        }[view.phase]
    else:
        text = {
            Phase.PREP: Timer.tr("Going on: get ready, {where}."),
            Phase.HOLD: Timer.tr("Going on: hold, {where}."),
            Phase.REST: Timer.tr("Going on: rest, {where}."),
        }[view.phase]
    return text.format(where=where)


class PhaseAnnouncer(QObject):
    """Announces the timer's phase changes on behalf of ``widget`` (the display)."""

    sig_announced = Signal(str)
    """The sentence just announced."""

    def __init__(
        self,
        driver: QObject,
        widget: QWidget,
        stopped: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(widget)
        self.setObjectName("timerAnnouncer")
        self._widget = widget
        self._stopped = stopped
        self._last: tuple[Phase, bool, int] | None = None
        self.last_text = ""
        driver.sig_snapshot.connect(self.on_snapshot)  # type: ignore[attr-defined]

    def on_snapshot(self, view: TimerSnapshot) -> None:
        state = (view.phase, view.paused, view.hold_index)
        previous, self._last = self._last, state
        if previous is None or state == previous or view.phase is Phase.IDLE:
            return
        if view.phase is previous[0] and view.hold_index == previous[2]:
            if view.phase.is_active:  # only the pause changed
                self._say(pause_sentence(view), assertive=False)
            return
        self._say(phase_sentence(view, stopped=self._stopped()), assertive=True)

    def _say(self, text: str, *, assertive: bool) -> None:
        if not text:
            return
        self.last_text = text
        announce(self._widget, text, assertive=assertive)
        self.sig_announced.emit(text)
