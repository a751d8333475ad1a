"""How the plank timer writes phases, times, sets and sides, and which colour each phase has."""

from __future__ import annotations

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Timer, number
from corelog.services.presets import hold_words
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
    Phase.IDLE: QT_TRANSLATE_NOOP("Timer", "Ready"),
    Phase.PREP: QT_TRANSLATE_NOOP("Timer", "Get ready"),
    Phase.HOLD: QT_TRANSLATE_NOOP("Timer", "Hold"),
    Phase.REST: QT_TRANSLATE_NOOP("Timer", "Rest"),
    Phase.DONE: QT_TRANSLATE_NOOP("Timer", "Done"),
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
        return Timer.tr("Stopped")
    return Timer.marked(PHASE_WORDS[view.phase])


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
    if side is None:
        return ""
    return Timer.tr("Left side") if side is Side.LEFT else Timer.tr("Right side")


def side_word(side: Side) -> str:
    """ "left" or "right"."""
    return Timer.tr("left") if side is Side.LEFT else Timer.tr("right")


def holds_done(view: TimerSnapshot) -> str:
    """ "1 of 3 holds done"."""
    return Timer.tr("{done} of %Ln holds done", "", view.holds_total).format(done=view.holds_done)


def set_text(view: TimerSnapshot) -> str:
    """ "Set 2 of 3" (per side for side planks; in prep, the set to come); during a rest,
    how many holds are done: "1 of 3 holds done"."""
    if view.phase is Phase.REST:
        return holds_done(view)
    return Timer.tr("Set {number} of {sets}").format(number=view.set_number, sets=view.sets)


def side_line(view: TimerSnapshot) -> str:
    """The side under the set: "Left side"; during a rest, the side that comes next."""
    if view.side is None:
        return ""
    if view.phase is Phase.REST:
        if view.side is Side.LEFT:
            return Timer.tr("Next: left side")
        return Timer.tr("Next: right side")
    return side_text(view.side)


def _joined(duration_ms: int) -> str:
    """A duration whose parts never wrap apart: "20\u00a0s"."""
    return format_duration_ms(duration_ms).replace(" ", "\u00a0")


def plan_text(exercise: str, plan: TimerPlan) -> str:
    """One line for a plan: "Plank · 3 × 45 s · rest 30 s", "Side plank · 2 × 30 s each side"."""
    hold = hold_words(plan, _joined)
    text = f"{exercise} · {plan.sets}\u00a0×\u00a0{hold}"
    if plan.rest_ms and plan.total_holds > 1:
        text += " · " + Timer.tr("rest {time}").format(time=_joined(plan.rest_ms))
    return text


def hold_line(result: HoldResult, plan: TimerPlan) -> str:
    """One recorded hold: "Set 2, left: 30.1 s · target reached"."""
    if result.side is Side.LEFT:
        which = Timer.tr("Set {number}, left")
    elif result.side is Side.RIGHT:
        which = Timer.tr("Set {number}, right")
    else:
        which = Timer.tr("Set {number}")
    which = which.format(number=result.set_number)
    held = f"{number(result.held_ms / 1000, 1)} s"
    if result.held_ms >= 60_000:
        minutes, ms = divmod(result.held_ms, 60_000)
        seconds = number(ms / 1000, 1)
        held = f"{minutes}:{'0' if ms < 9_950 else ''}{seconds}"
    if result.interrupted:
        how = Timer.tr("interrupted: the computer slept")
    elif result.stopped_early:
        how = Timer.tr("stopped early")
    elif plan.mode is TimerMode.COUNT_UP and not plan.hold_ms:
        how = Timer.tr("held to failure")
    elif result.completed:
        how = Timer.tr("target reached")
    else:
        how = Timer.tr("short of {time}").format(time=format_duration_ms(result.target_ms))
    return f"{which}: {held} · {how}"


def spoken(view: TimerSnapshot, *, stopped: bool = False) -> str:
    """The display in one sentence, for screen readers."""
    word = phase_word(view, stopped=stopped)
    if view.phase is Phase.DONE:
        return f"{word}. {holds_done(view)}."
    if view.phase is Phase.IDLE:
        return f"{word}. {view.next_text}."
    if view.mode is TimerMode.COUNT_UP and view.phase is Phase.HOLD:
        time = Timer.tr("%Ln seconds held", "", view.display_seconds)
    else:
        time = Timer.tr("%Ln seconds left", "", view.display_seconds)
    if view.paused:
        word = Timer.tr("{phase}, paused").format(phase=word)
    parts = [word, time, set_text(view)]
    if view.side is not None:
        parts.append(side_line(view))
    return ". ".join(parts) + "."
