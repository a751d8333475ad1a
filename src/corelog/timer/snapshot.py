"""What the timer page shows at one instant, and the words for "what comes next"."""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.i18n import Timer
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


def mid_sentence(text: str) -> str:
    """``text`` continuing a sentence after a comma or colon: English lowers its first
    letter ("then hold 45 s"); German keeps it (its nouns are written with capitals)."""
    rule = Timer.tr("lower", "a text continuing a sentence: 'lower' its first letter or 'keep' it")
    return text[:1].lower() + text[1:] if rule == "lower" else text


def which_hold(set_number: int, sets: int, side: Side | None) -> str:
    """E.g. "set 2 of 3, right side"."""
    if side is None:
        return Timer.tr("set {number} of {sets}").format(number=set_number, sets=sets)
    if side is Side.LEFT:
        text = Timer.tr("set {number} of {sets}, left side")
    else:
        text = Timer.tr("set {number} of {sets}, right side")
    return text.format(number=set_number, sets=sets)


def _which(plan: TimerPlan, slot: HoldSlot) -> str:
    return which_hold(slot.set_index + 1, plan.sets, slot.side)


def describe_hold(plan: TimerPlan, slot: HoldSlot) -> str:
    """E.g. "Hold 30 s, set 2 of 3, right side" or "Hold to failure, set 1 of 3"."""
    if plan.mode is TimerMode.COUNTDOWN:
        text = Timer.tr("Hold {time}, {which}")
    elif plan.hold_ms:
        text = Timer.tr("Hold to failure (goal {time}), {which}")
    else:
        text = Timer.tr("Hold to failure, {which}")
    return text.format(time=format_duration_ms(plan.hold_ms), which=_which(plan, slot))


def describe_next(plan: TimerPlan, phase: Phase, hold_index: int, *, stopped: bool) -> str:
    """What comes after the current phase, in a few words. ``hold_index`` is the current
    hold (in prep and rest, the next one); ``stopped`` tells how a finished workout ended."""
    if phase is Phase.IDLE:
        first = describe_hold(plan, plan.slot(0))
        if plan.prep_ms:
            return Timer.tr("Prep {time}, then {hold}").format(
                time=format_duration_ms(plan.prep_ms), hold=mid_sentence(first)
            )
        return first
    if phase in (Phase.PREP, Phase.REST):
        return describe_hold(plan, plan.slot(hold_index))
    if phase is Phase.HOLD:
        if hold_index >= plan.total_holds - 1:
            return Timer.tr("Workout done")
        following = plan.slot(hold_index + 1)
        if plan.rest_ms:
            return Timer.tr("Rest {time}, then {which}").format(
                time=format_duration_ms(plan.rest_ms), which=_which(plan, following)
            )
        return describe_hold(plan, following)
    return Timer.tr("Workout stopped") if stopped else Timer.tr("Workout complete")
