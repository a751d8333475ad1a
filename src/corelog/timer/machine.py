"""The plank timer's moving parts: phases begun and ended on the clock, holds recorded.

:class:`PhaseMachine` is the inside of :class:`~corelog.timer.core.WorkoutTimer` (which
documents the time rules): reading both clocks and noticing a sleep (``_catch_up``),
ending every phase whose end has passed at exactly that end (``_advance``), starting the
next phase with its countdown ticks (``_begin``), pausing and resuming by shifting a
phase's start and end, and recording a hold's result. The operations the user drives and
what the page reads are :class:`~corelog.timer.core.WorkoutTimer`'s.
"""

from __future__ import annotations

from corelog.timer.clock import NS_PER_S, NanoClock, ms_to_ns, ns_to_ms
from corelog.timer.events import (
    CountdownTick,
    HoldRecorded,
    Interrupted,
    PhaseStarted,
    TimerEvent,
    WorkoutFinished,
)
from corelog.timer.phase import Phase
from corelog.timer.plan import TimerMode, TimerPlan
from corelog.timer.results import HoldResult

COUNTDOWN_SECONDS = (3, 2, 1)
"""The seconds before a phase ends that are announced by a tick."""


class PhaseMachine:
    """The phases of one workout on the monotonic clock; mixed into ``WorkoutTimer``,
    which sets up the clocks and the state (``reset``) these methods move on."""

    _clock: NanoClock
    _wall_clock: NanoClock
    _suspend_threshold_ns: int | None
    _last_mono: int | None
    _last_wall: int

    @property
    def is_running(self) -> bool:
        """A workout is under way and not paused: the clock is counting."""
        return self._phase.is_active and not self._paused

    def reset(self, plan: TimerPlan | None = None) -> None:
        """Back to idle, optionally with a new plan. A workout in progress is discarded
        without recording anything: call :meth:`stop` first to keep its holds."""
        if plan is not None:
            self._plan = plan
        self._phase = Phase.IDLE
        self._paused = False
        self._paused_at = 0
        self._hold_index = 0
        self._phase_start = 0
        self._phase_end: int | None = None
        self._pending_ticks: list[int] = []
        self._hold_interrupted = False
        self._stopped = False
        self._results: list[HoldResult] = []

    def _catch_up(self) -> tuple[int, list[TimerEvent]]:
        """Read both clocks, notice a sleep, and advance to now."""
        now = self._clock()
        wall = self._wall_clock()
        events: list[TimerEvent] = []
        if (
            self._suspend_threshold_ns is not None
            and self._last_mono is not None
            and self.is_running
        ):
            gap = (wall - self._last_wall) - (now - self._last_mono)
            if gap > self._suspend_threshold_ns:
                events.append(self._interrupt(self._last_mono, gap))
        self._last_mono, self._last_wall = now, wall
        events += self._advance(now)
        return now, events

    def _interrupt(self, at: int, gap_ns: int) -> Interrupted:
        in_hold = self._phase is Phase.HOLD
        if in_hold:
            self._hold_interrupted = True
        self._paused = True
        self._paused_at = at
        return Interrupted(
            phase=self._phase,
            hold_index=self._hold_index if in_hold else None,
            at_ns=at,
            gap_ms=ns_to_ms(gap_ns),
        )

    def _frozen(self, now: int) -> int:
        """The instant the current phase has reached: now, or when it was paused."""
        return self._paused_at if self._paused else now

    def _advance(self, now: int) -> list[TimerEvent]:
        events: list[TimerEvent] = []
        while self.is_running:
            end = self._phase_end
            while end is not None and self._pending_ticks:
                seconds = self._pending_ticks[0]
                at = end - seconds * NS_PER_S
                if at > now:
                    break
                self._pending_ticks.pop(0)
                events.append(CountdownTick(self._phase, seconds, self._hold_index, at))
            if end is None or end > now:
                break
            events += self._end_phase(end)
        return events

    def _end_phase(self, at: int) -> list[TimerEvent]:
        if self._phase is Phase.HOLD:
            return self._after_hold(self._record(at, stopped=False), at)
        return self._begin(Phase.HOLD, at)  # prep or rest is over

    def _after_hold(self, recorded: HoldRecorded, at: int) -> list[TimerEvent]:
        events: list[TimerEvent] = [recorded]
        if self._hold_index >= self._plan.total_holds - 1:
            return events + self._finish(at, stopped=False)
        self._hold_index += 1
        return events + self._begin(Phase.REST, at)

    def _start(self, now: int) -> list[TimerEvent]:
        self.reset()
        return self._begin(Phase.PREP, now)

    def _pause(self, now: int) -> None:
        self._paused = True
        self._paused_at = now

    def _resume(self, now: int) -> list[TimerEvent]:
        shift = now - self._paused_at
        self._phase_start += shift
        if self._phase_end is not None:
            self._phase_end += shift
        self._paused = False
        return self._advance(now)

    def _end_hold(self, now: int) -> list[TimerEvent]:
        recorded = self._record(self._frozen(now), stopped=False)
        self._paused = False
        return self._after_hold(recorded, now)

    def _begin(self, phase: Phase, at: int) -> list[TimerEvent]:
        """Start ``phase`` at ``at`` (a zero-length prep or rest is skipped)."""
        plan = self._plan
        duration_ms: int | None
        if phase is Phase.PREP:
            duration_ms = plan.prep_ms
        elif phase is Phase.REST:
            duration_ms = plan.rest_ms
        else:
            duration_ms = plan.hold_ms if plan.mode is TimerMode.COUNTDOWN else None
        if duration_ms == 0 and phase is not Phase.HOLD:
            return self._begin(Phase.HOLD, at)
        self._phase = phase
        self._phase_start = at
        self._phase_end = None if duration_ms is None else at + ms_to_ns(duration_ms)
        if phase is Phase.HOLD:
            self._hold_interrupted = False
        self._pending_ticks = self._ticks_from(at)
        slot = plan.slot(self._hold_index)
        return [PhaseStarted(phase, slot.hold_index, slot.set_index, slot.side, at, duration_ms)]

    def _ticks_from(self, earliest: int) -> list[int]:
        """The countdown seconds of the current phase still to announce: those after the
        phase's start (a tick there would only echo the phase's own cue) and not before
        ``earliest``."""
        end = self._phase_end
        if end is None:
            return []
        return [
            s
            for s in COUNTDOWN_SECONDS
            if end - s * NS_PER_S > self._phase_start and end - s * NS_PER_S >= earliest
        ]

    def _record(self, end_at: int, *, stopped: bool) -> HoldRecorded:
        plan = self._plan
        slot = plan.slot(self._hold_index)
        held_ms = ns_to_ms(max(0, end_at - self._phase_start))
        interrupted = self._hold_interrupted
        result = HoldResult(
            hold_index=slot.hold_index,
            set_index=slot.set_index,
            side=slot.side,
            held_ms=held_ms,
            target_ms=plan.hold_ms,
            completed=held_ms >= plan.hold_ms and not interrupted,
            stopped_early=stopped,
            interrupted=interrupted,
        )
        self._results.append(result)
        return HoldRecorded(result, end_at)

    def _finish(self, at: int, *, stopped: bool) -> list[TimerEvent]:
        self._phase = Phase.DONE
        self._paused = False
        self._phase_end = None
        self._pending_ticks = []
        self._stopped = stopped
        return [WorkoutFinished(tuple(self._results), stopped, at)]
