"""CoreLog's plank timer: a plain-Python state machine read from an injected monotonic clock.

Typical use (the Qt driver in :mod:`corelog.ui.timer_driver` does this for the app)::

    timer = WorkoutTimer(TimerPlan(hold_ms=45_000, sets=3, rest_ms=30_000))
    events = timer.start()           # [PhaseStarted(prep ...)]
    ...                              # at timer.next_deadline_ns():
    events = timer.update()          # ticks, phase changes, recorded holds, finish
    view = timer.snapshot()          # what the page shows

See :mod:`corelog.timer.core` for the time rules, the controls and the sleep rule, and
:mod:`corelog.timer.plan` for how sets are counted for side planks.
"""

from corelog.timer.clock import NS_PER_MS, NS_PER_S, FakeClock, NanoClock
from corelog.timer.core import WorkoutTimer
from corelog.timer.events import (
    CountdownTick,
    HoldRecorded,
    Interrupted,
    PhaseStarted,
    TimerEvent,
    WorkoutFinished,
)
from corelog.timer.machine import COUNTDOWN_SECONDS
from corelog.timer.phase import Phase
from corelog.timer.plan import DEFAULT_PREP_MS, REST_STEP_MS, HoldSlot, Side, TimerMode, TimerPlan
from corelog.timer.results import HoldResult
from corelog.timer.snapshot import TimerSnapshot, format_duration_ms, mid_sentence, which_hold

__all__ = [
    "COUNTDOWN_SECONDS",
    "DEFAULT_PREP_MS",
    "NS_PER_MS",
    "NS_PER_S",
    "REST_STEP_MS",
    "CountdownTick",
    "FakeClock",
    "HoldRecorded",
    "HoldResult",
    "HoldSlot",
    "Interrupted",
    "NanoClock",
    "Phase",
    "PhaseStarted",
    "Side",
    "TimerEvent",
    "TimerMode",
    "TimerPlan",
    "TimerSnapshot",
    "WorkoutFinished",
    "WorkoutTimer",
    "format_duration_ms",
    "mid_sentence",
    "which_hold",
]
