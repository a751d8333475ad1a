"""What the timer reports when something happens.

Every operation of :class:`~corelog.timer.core.WorkoutTimer` and its ``update()`` return a
list of these, oldest first. ``at_ns`` is always the *scheduled* instant on the monotonic
clock (a phase that ended while nobody looked still ended at its deadline), so a consumer can
tell how late it hears about an event, and skip a sound that would come too late to help.
"""

from __future__ import annotations

from dataclasses import dataclass

from corelog.timer.phase import Phase
from corelog.timer.plan import Side
from corelog.timer.results import HoldResult


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A prep, hold or rest began at ``at_ns``.

    ``hold_index``, ``set_index`` and ``side`` name the hold this phase belongs to: the hold
    itself, or, for prep and rest, the hold that comes next.
    """

    phase: Phase
    hold_index: int
    set_index: int
    side: Side | None
    at_ns: int
    duration_ms: int | None
    """Planned length of the phase; None for a count-up hold, which lasts until ended."""


@dataclass(frozen=True, slots=True)
class CountdownTick:
    """One of the last three seconds of a prep, countdown hold or rest: ``seconds_left`` of
    3, 2, 1 remain at ``at_ns``. A phase shorter than that gets only the ticks that fit after
    its start."""

    phase: Phase
    seconds_left: int
    hold_index: int
    at_ns: int


@dataclass(frozen=True, slots=True)
class HoldRecorded:
    """A hold ended (reached its target, ended by the user or stopped) and was recorded."""

    result: HoldResult
    at_ns: int


@dataclass(frozen=True, slots=True)
class WorkoutFinished:
    """The workout is over: every hold done (``stopped`` False) or the user stopped it."""

    results: tuple[HoldResult, ...]
    stopped: bool
    at_ns: int


@dataclass(frozen=True, slots=True)
class Interrupted:
    """The machine slept during the workout. The timer paused at ``at_ns`` (the last moment
    it saw the clocks agree); ``hold_index`` is the hold marked interrupted, or None when the
    sleep came during prep or rest."""

    phase: Phase
    hold_index: int | None
    at_ns: int
    gap_ms: int
    """How much more the wall clock moved than the monotonic clock."""


TimerEvent = PhaseStarted | CountdownTick | HoldRecorded | WorkoutFinished | Interrupted
"""Any event the timer reports."""
