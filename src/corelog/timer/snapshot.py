"""What the timer page shows at one instant, and the words for "what comes next"."""

from __future__ import annotations

from dataclasses import dataclass

from corelog.timer.phase import Phase
from corelog.timer.plan import HoldSlot, Side, TimerMode, TimerPlan


@dataclass(frozen=True, slots=True)
class TimerSnapshot:
    """The timer as the user sees it at ``at_ns`` (monotonic clock).

    Set and side name the current hold, or during prep and rest the hold that comes next.
    """

    at_ns: int
    phase: Phase
    paused: bool
    mode: TimerMode
    elapsed_ms: int
    """Time spent in the current phase, pauses excluded (0 when idle or done)."""
    remaining_ms: int | None
    """Time left in the current phase; None for a count-up hold and when idle or done."""
    display_ms: int
    """The time the big digits show: ``remaining_ms`` in prep, rest and a countdown hold,
    ``elapsed_ms`` in a count-up hold, the hold target when idle, 0 when done."""
    display_seconds: int
    """``display_ms`` in whole seconds as shown: counting down rounds up (the last second
    shows 1, never 0), counting up rounds down."""
    progress: float
    """How far through the current phase, 0..1. A count-up hold with a goal fills towards
    the goal; without one the ring fills once a minute."""
    hold_index: int
    holds_total: int
    set_number: int
    """The set, counted from 1 (per side for side planks)."""
    sets: int
    side: Side | None
    hold_interrupted: bool
    """The current hold is marked interrupted (the machine slept during it)."""
    holds_done: int
    next_text: str
    """A short description of what comes next, e.g. "Rest 30 s, then set 2 of 3"."""


def format_duration_ms(ms: int) -> str:
    """A duration in words a user reads at a glance: "45 s", "1 min", "1 min 30 s"."""
    seconds = max(0, (ms + 500) // 1000)
    minutes, seconds = divmod(seconds, 60)
    if minutes and seconds:
        return f"{minutes} min {seconds} s"
    if minutes:
        return f"{minutes} min"
    return f"{seconds} s"


def _which(plan: TimerPlan, slot: HoldSlot) -> str:
    """E.g. "set 2 of 3, right side"."""
    text = f"set {slot.set_index + 1} of {plan.sets}"
    return text if slot.side is None else f"{text}, {slot.side.value} side"


def describe_hold(plan: TimerPlan, slot: HoldSlot) -> str:
    """E.g. "Hold 30 s, set 2 of 3, right side" or "Hold to failure, set 1 of 3"."""
    if plan.mode is TimerMode.COUNTDOWN:
        what = f"Hold {format_duration_ms(plan.hold_ms)}"
    elif plan.hold_ms:
        what = f"Hold to failure (goal {format_duration_ms(plan.hold_ms)})"
    else:
        what = "Hold to failure"
    return f"{what}, {_which(plan, slot)}"


def describe_next(plan: TimerPlan, phase: Phase, hold_index: int, *, stopped: bool) -> str:
    """What comes after the current phase, in a few words. ``hold_index`` is the current
    hold (in prep and rest, the next one); ``stopped`` tells how a finished workout ended."""
    if phase is Phase.IDLE:
        first = describe_hold(plan, plan.slot(0))
        if plan.prep_ms:
            return f"Prep {format_duration_ms(plan.prep_ms)}, then {first[0].lower()}{first[1:]}"
        return first
    if phase in (Phase.PREP, Phase.REST):
        return describe_hold(plan, plan.slot(hold_index))
    if phase is Phase.HOLD:
        if hold_index >= plan.total_holds - 1:
            return "Workout done"
        following = plan.slot(hold_index + 1)
        if plan.rest_ms:
            return f"Rest {format_duration_ms(plan.rest_ms)}, then {_which(plan, following)}"
        return describe_hold(plan, following)
    return "Workout stopped" if stopped else "Workout complete"
