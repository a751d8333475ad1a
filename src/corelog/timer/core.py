"""The plank timer: a state machine read from a monotonic clock.

:class:`WorkoutTimer` knows nothing of Qt or of any event loop. Someone (the Qt driver in
the app, a test with a :class:`~corelog.timer.clock.FakeClock`) calls its operations when
the user acts and :meth:`WorkoutTimer.update` when :meth:`WorkoutTimer.next_deadline_ns`
arrives; each call returns the :mod:`~corelog.timer.events` that happened, oldest first.

Time rules
----------
* Every time shown or recorded is a difference of monotonic-clock readings, so nothing
  drifts however irregularly ``update()`` is called.
* A phase that ends starts the next one *exactly* at its scheduled end, not when
  ``update()`` happened to run: an update 300 ms late still starts the rest at the hold's
  deadline, and the rest keeps its full length.
* Pausing freezes the current phase; resuming shifts its start and end by the time spent
  paused, so the remaining time is exactly what it was. Paused time is never part of a hold.
* Zero-length phases (no prep, no rest) are skipped: they report nothing.

Controls (the keys are the timer page's; the methods are here)
--------------------------------------------------------------
Space :meth:`~WorkoutTimer.toggle` (start, pause, resume; in a count-up hold it ends the
hold), Esc :meth:`~WorkoutTimer.stop`, S :meth:`~WorkoutTimer.skip_rest`, + and -
:meth:`~WorkoutTimer.add_rest` / :meth:`~WorkoutTimer.remove_rest`. During a rest, + and -
move the end of that rest (never before now); at any other time they change the rest
planned between the holds still to come.

Sleep (suspend) rule
--------------------
On Linux and macOS the monotonic clock stands still while the machine sleeps and the wall
clock jumps ahead. Each call compares how far both clocks moved since the previous call;
when the wall clock moved more than ``suspend_threshold_ms`` (2 s) further than the
monotonic clock while the workout was running, the timer

1. pauses at the previous reading, the last moment it knows the machine was awake (the
   time between that reading and the sleep is dropped; the driver reads every fraction of a
   second, so little is lost),
2. marks the hold in progress *interrupted* (nothing is marked in prep or rest), and
3. reports an :class:`~corelog.timer.events.Interrupted` event.

The hold is neither stretched by the sleep nor cut short: when the user resumes, it goes on
with the time it had left, and its result carries ``interrupted=True`` and
``completed=False``. A forward jump of the system clock by more than the threshold looks the
same and is handled the same way (a pause the user resumes); a backward jump is ignored.
"""

from __future__ import annotations

import time

from corelog.timer.clock import NS_PER_S, NanoClock, ms_to_ns
from corelog.timer.events import (
    TimerEvent,
)
from corelog.timer.machine import PhaseMachine
from corelog.timer.phase import Phase
from corelog.timer.plan import MAX_REST_MS, REST_STEP_MS, TimerMode, TimerPlan
from corelog.timer.results import HoldResult
from corelog.timer.snapshot import TimerSnapshot, describe_next

DEFAULT_SUSPEND_THRESHOLD_MS = 2_000


class WorkoutTimer(PhaseMachine):
    """One plank-timer workout at a time, driven by the caller.

    ``clock`` returns monotonic nanoseconds (``time.monotonic_ns``); ``wall_clock`` returns
    wall-clock nanoseconds (``time.time_ns``) and is used only to notice that the machine
    slept. ``suspend_threshold_ms=None`` turns that check off.
    """

    def __init__(
        self,
        plan: TimerPlan,
        *,
        clock: NanoClock = time.monotonic_ns,
        wall_clock: NanoClock = time.time_ns,
        suspend_threshold_ms: int | None = DEFAULT_SUSPEND_THRESHOLD_MS,
    ) -> None:
        self._clock = clock
        self._wall_clock = wall_clock
        self._suspend_threshold_ns = (
            None if suspend_threshold_ms is None else ms_to_ns(suspend_threshold_ms)
        )
        self._last_mono: int | None = None
        self._last_wall = 0
        self.reset(plan)

    # ----------------------------------------------------------------- state

    @property
    def plan(self) -> TimerPlan:
        """The plan, including any change to the rest made with + and -."""
        return self._plan

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def is_active(self) -> bool:
        """A workout is under way (prep, hold or rest), paused or not."""
        return self._phase.is_active

    @property
    def hold_index(self) -> int:
        """The current hold, or in prep and rest the next one (from 0)."""
        return self._hold_index

    @property
    def results(self) -> tuple[HoldResult, ...]:
        """Every hold recorded so far in this workout, in order."""
        return tuple(self._results)

    # ------------------------------------------------------------ operations

    def update(self) -> list[TimerEvent]:
        """Bring the timer up to now: end every phase whose end has passed, announce the
        countdown seconds reached, and notice a sleep. Call it when
        :meth:`next_deadline_ns` arrives and whenever the display refreshes."""
        _, events = self._catch_up()
        return events

    def start(self) -> list[TimerEvent]:
        """Start the workout from the beginning (prep, or the first hold when there is no
        prep). From *done* this starts the same plan afresh; the finished workout's results
        were reported in its :class:`~corelog.timer.events.WorkoutFinished` event."""
        was_active = self._phase.is_active
        now, events = self._catch_up()
        if not was_active:  # not when the workout ended just now, while catching up
            events += self._start(now)
        return events

    def toggle(self) -> list[TimerEvent]:
        """Space: start when idle or done, pause when running, resume when paused; in a
        count-up hold it ends the hold. If the workout turns out to have ended, or the machine
        to have slept, just before the key press, the key changes nothing more (the user
        sees why before going on)."""
        was_active, was_running = self._phase.is_active, self.is_running
        now, events = self._catch_up()
        if not was_active:
            events += self._start(now)
        elif not self._phase.is_active:
            pass  # the workout ended just before the key press: it stays done
        elif self._paused:
            if not was_running:
                events += self._resume(now)
        elif self._phase is Phase.HOLD and self._plan.mode is TimerMode.COUNT_UP:
            events += self._end_hold(now)
        else:
            self._pause(now)
        return events

    def pause(self) -> list[TimerEvent]:
        """Freeze the current prep, hold or rest; nothing happens while paused."""
        now, events = self._catch_up()
        if self.is_running:
            self._pause(now)
        return events

    def resume(self) -> list[TimerEvent]:
        """Go on where the workout was paused, with exactly the time it had left."""
        now, events = self._catch_up()
        if self._paused:
            events += self._resume(now)
        return events

    def stop(self) -> list[TimerEvent]:
        """Esc: end the workout now. A hold in progress is recorded with its real length
        (up to the pause, if paused) and marked ``stopped_early``; stopping in prep or rest
        records nothing more. Does nothing when idle or done."""
        now, events = self._catch_up()
        if not self._phase.is_active:
            return events
        if self._phase is Phase.HOLD:
            events.append(self._record(self._frozen(now), stopped=True))
        events += self._finish(now, stopped=True)
        return events

    def end_hold(self) -> list[TimerEvent]:
        """End the hold in progress now and record it (the way a count-up hold ends; in a
        countdown hold it records a hold short of its target). The workout goes on to the
        rest, or finishes after the last hold. Does nothing outside a hold."""
        now, events = self._catch_up()
        if self._phase is Phase.HOLD:
            events += self._end_hold(now)
        return events

    def skip_rest(self) -> list[TimerEvent]:
        """S: end the rest now and start the next hold (also when paused)."""
        now, events = self._catch_up()
        if self._phase is Phase.REST:
            self._paused = False
            events += self._begin(Phase.HOLD, now)
        return events

    def adjust_rest(self, delta_ms: int) -> list[TimerEvent]:
        """Lengthen (positive) or shorten (negative) the rest by ``delta_ms``.

        During a rest this moves that rest's end, never to before now (shortening it to
        nothing starts the next hold at once, or on resume when paused). At any other time
        it changes the planned rest between the holds still to come, never below zero.
        """
        now, events = self._catch_up()
        if self._phase is Phase.REST:
            assert self._phase_end is not None
            reference = self._frozen(now)
            end = self._phase_end + ms_to_ns(delta_ms)
            end = max(reference, min(end, reference + ms_to_ns(MAX_REST_MS)))
            self._phase_end = end
            self._pending_ticks = self._ticks_from(reference)
            events += self._advance(now)
        elif self._phase is not Phase.DONE:
            self._plan = self._plan.with_rest(self._plan.rest_ms + delta_ms)
        return events

    def add_rest(self) -> list[TimerEvent]:
        """+: five seconds more rest (see :meth:`adjust_rest`)."""
        return self.adjust_rest(REST_STEP_MS)

    def remove_rest(self) -> list[TimerEvent]:
        """-: five seconds less rest, never below zero (see :meth:`adjust_rest`)."""
        return self.adjust_rest(-REST_STEP_MS)

    # -------------------------------------------------------------- reading

    def next_event_ns(self) -> int | None:
        """When the next event is due (a phase end or a countdown tick), on the monotonic
        clock; None when nothing is scheduled (idle, paused, done, count-up hold)."""
        if not self.is_running or self._phase_end is None:
            return None
        if self._pending_ticks:  # ticks always come before the end
            return self._phase_end - self._pending_ticks[0] * NS_PER_S
        return self._phase_end

    def next_deadline_ns(self, now_ns: int | None = None) -> int | None:
        """The next instant anything the user notices happens: an event (see
        :meth:`next_event_ns`) or the big digits turning to the next whole second. None when
        nothing will change by itself (idle, paused, done). May lie in the past when an
        update is overdue."""
        if not self.is_running:
            return None
        now = self._clock() if now_ns is None else now_ns
        if self._phase_end is None:  # count-up hold: the next whole second held
            elapsed = max(0, now - self._phase_start)
            second = self._phase_start + (elapsed // NS_PER_S + 1) * NS_PER_S
        else:
            # The digits show the remaining time rounded up to whole seconds, so they turn
            # when the remaining time reaches a whole number of seconds.
            remaining = self._phase_end - now
            whole_seconds_after = max(0, (remaining - 1) // NS_PER_S)
            second = self._phase_end - whole_seconds_after * NS_PER_S
        event = self.next_event_ns()
        return second if event is None else min(second, event)

    def snapshot(self, now_ns: int | None = None) -> TimerSnapshot:
        """What to show now. Reads the clock but changes nothing: call :meth:`update` first
        so that phases due to end have ended."""
        now = self._clock() if now_ns is None else now_ns
        plan = self._plan
        phase = self._phase
        slot = plan.slot(min(self._hold_index, plan.total_holds - 1))
        elapsed_ms = 0
        remaining_ms: int | None = None
        progress = 0.0
        if phase.is_active:
            at = self._frozen(now)
            elapsed_ns = max(0, at - self._phase_start)
            elapsed_ms = elapsed_ns // 1_000_000
            if self._phase_end is not None:
                length = self._phase_end - self._phase_start
                remaining_ns = max(0, self._phase_end - at)
                remaining_ms = -(-remaining_ns // 1_000_000)  # rounded up
                progress = 1.0 if length <= 0 else min(1.0, elapsed_ns / length)
            elif plan.hold_ms:
                progress = min(1.0, elapsed_ns / ms_to_ns(plan.hold_ms))
            else:
                progress = (elapsed_ns % (60 * NS_PER_S)) / (60 * NS_PER_S)
        if phase is Phase.IDLE:
            display_ms = plan.hold_ms
            display_seconds = -(-display_ms // 1000)
        elif phase is Phase.DONE:
            display_ms = display_seconds = 0
            progress = 1.0
        elif remaining_ms is None:
            display_ms = elapsed_ms
            display_seconds = elapsed_ms // 1000
        else:
            display_ms = remaining_ms
            display_seconds = -(-remaining_ms // 1000)
        return TimerSnapshot(
            at_ns=now,
            phase=phase,
            paused=self._paused,
            mode=plan.mode,
            elapsed_ms=elapsed_ms,
            remaining_ms=remaining_ms,
            display_ms=display_ms,
            display_seconds=display_seconds,
            progress=progress,
            hold_index=slot.hold_index,
            holds_total=plan.total_holds,
            set_number=slot.set_index + 1,
            sets=plan.sets,
            side=slot.side,
            hold_interrupted=phase is Phase.HOLD and self._hold_interrupted,
            holds_done=len(self._results),
            next_text=describe_next(plan, phase, self._hold_index, stopped=self._stopped),
        )
