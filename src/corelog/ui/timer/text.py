"""How the plank timer writes phases, times, sets and sides, and which colour each phase has."""

from __future__ import annotations

from corelog.domain.formatting import count_text
from corelog.timer import (
    HoldResult,
    Phase,
    Side,
    TimerMode,
    TimerPlan,
    TimerSnapshot,
    format_duration_ms,
)
from corelog.ui.theme import ThemeColors

PHASE_WORDS = {
    Phase.IDLE: "Ready",
    Phase.PREP: "Get ready",
    Phase.HOLD: "Hold",
    Phase.REST: "Rest",
    Phase.DONE: "Done",
}


def clock_text(seconds: int) -> str:
    """The big digits: "45" below a minute, then "1:30", "1:02:03"."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    if minutes:
        return f"{minutes}:{secs:02d}"
    return str(secs)


def phase_word(view: TimerSnapshot, *, stopped: bool = False) -> str:
    """The phase in a word or two: "Hold", "Rest", "Get ready", "Done", "Stopped"."""
    if view.phase is Phase.DONE and stopped:
        return "Stopped"
    return PHASE_WORDS[view.phase]


def phase_color(view: TimerSnapshot | None, c: ThemeColors) -> str:
    """Each phase has its colour: get ready amber, hold green, rest blue; paused, ready and
    done are quiet."""
    if view is None or view.paused:
        return c.muted
    return {
        Phase.PREP: c.warn,
        Phase.HOLD: c.good,
        Phase.REST: c.accent,
        Phase.DONE: c.accent,
    }.get(view.phase, c.text)


def side_text(side: Side | None) -> str:
    """ "Left side", "Right side", or "" for exercises without sides."""
    return "" if side is None else f"{side.value.capitalize()} side"


def set_text(view: TimerSnapshot) -> str:
    """ "Set 2 of 3" (per side for side planks; in prep, the set to come); during a rest,
    how many holds are done: "1 of 3 holds done"."""
    if view.phase is Phase.REST:
        return f"{view.holds_done} of {count_text(view.holds_total, 'hold')} done"
    return f"Set {view.set_number} of {view.sets}"


def side_line(view: TimerSnapshot) -> str:
    """The side under the set: "Left side"; during a rest, the side that comes next."""
    if view.side is None:
        return ""
    if view.phase is Phase.REST:
        return f"Next: {view.side.value} side"
    return side_text(view.side)


def _joined(duration_ms: int) -> str:
    """A duration whose parts never wrap apart: "20\u00a0s"."""
    return format_duration_ms(duration_ms).replace(" ", "\u00a0")


def plan_text(exercise: str, plan: TimerPlan) -> str:
    """One line for a plan: "Plank · 3 × 45 s · rest 30 s", "Side plank · 2 × 30 s each side"."""
    if plan.mode is TimerMode.COUNT_UP:
        hold = "to failure"
        if plan.hold_ms:
            hold += f" (goal {_joined(plan.hold_ms)})"
    else:
        hold = _joined(plan.hold_ms)
    each = " each side" if plan.alternate_sides else ""
    rest = ""
    if plan.rest_ms and plan.total_holds > 1:
        rest = f" · rest\u00a0{_joined(plan.rest_ms)}"
    return f"{exercise} · {plan.sets}\u00a0×\u00a0{hold}{each}{rest}"


def hold_line(result: HoldResult, plan: TimerPlan) -> str:
    """One recorded hold: "Set 2, left: 30.1 s · target reached"."""
    which = f"Set {result.set_number}"
    if result.side is not None:
        which += f", {result.side.value}"
    held = f"{result.held_ms / 1000:.1f} s"
    if result.held_ms >= 60_000:
        minutes, ms = divmod(result.held_ms, 60_000)
        held = f"{minutes}:{ms / 1000:04.1f}"
    if result.interrupted:
        how = "interrupted: the computer slept"
    elif result.stopped_early:
        how = "stopped early"
    elif plan.mode is TimerMode.COUNT_UP and not plan.hold_ms:
        how = "held to failure"
    elif result.completed:
        how = "target reached"
    else:
        how = f"short of {format_duration_ms(result.target_ms)}"
    return f"{which}: {held} · {how}"


def spoken(view: TimerSnapshot, *, stopped: bool = False) -> str:
    """The display in one sentence, for screen readers."""
    word = phase_word(view, stopped=stopped)
    if view.phase is Phase.DONE:
        return f"{word}. {view.holds_done} of {count_text(view.holds_total, 'hold')} done."
    if view.phase is Phase.IDLE:
        return f"{word}. {view.next_text}."
    if view.mode is TimerMode.COUNT_UP and view.phase is Phase.HOLD:
        time = f"{count_text(view.display_seconds, 'second')} held"
    else:
        time = f"{count_text(view.display_seconds, 'second')} left"
    parts = [word + (", paused" if view.paused else ""), time, set_text(view)]
    if view.side is not None:
        parts.append(side_line(view))
    return ". ".join(parts) + "."
