"""Properties that hold however irregularly the timer is updated or paused."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.timer import (
    FakeClock,
    HoldRecorded,
    PhaseStarted,
    TimerMode,
    TimerPlan,
    WorkoutFinished,
    WorkoutTimer,
)

plans = st.builds(
    TimerPlan,
    hold_ms=st.integers(1, 20_000),
    sets=st.integers(1, 4),
    rest_ms=st.integers(0, 10_000),
    prep_ms=st.integers(0, 6_000),
    mode=st.just(TimerMode.COUNTDOWN),
    alternate_sides=st.booleans(),
)


def make(plan: TimerPlan) -> tuple[WorkoutTimer, FakeClock]:
    clock = FakeClock()
    return WorkoutTimer(plan, clock=clock.monotonic, wall_clock=clock.wall), clock


def reference_run(plan: TimerPlan) -> tuple[int, list]:
    """Events when the timer is updated exactly at each deadline."""
    timer, clock = make(plan)
    t0 = clock.monotonic()
    events = timer.start()
    while (deadline := timer.next_event_ns()) is not None:
        clock.advance_to(deadline)
        events += timer.update()
    return t0, events


def shifted(events: list, t0: int) -> list:
    return [(type(e).__name__, e.at_ns - t0, getattr(e, "result", None)) for e in events]


@settings(max_examples=60, deadline=None)
@given(plan=plans, gaps=st.lists(st.integers(1, 7_000), min_size=1, max_size=200))
def test_irregular_updates_change_nothing_the_user_is_told(plan, gaps):
    t_ref, expected = reference_run(plan)
    timer, clock = make(plan)
    t0 = clock.monotonic()
    events = timer.start()
    for gap in gaps:
        if timer.phase.is_active:
            clock.advance(gap)
            events += timer.update()
    while timer.phase.is_active:
        clock.advance(7_000)
        events += timer.update()
    assert shifted(events, t0) == shifted(expected, t_ref)


@settings(max_examples=60, deadline=None)
@given(
    plan=plans,
    steps=st.lists(
        st.tuples(st.sampled_from(["pause", "resume", "update"]), st.integers(0, 9_000)),
        max_size=60,
    ),
)
def test_pauses_shift_the_workout_but_never_change_a_hold(plan, steps):
    timer, clock = make(plan)
    t0 = clock.monotonic()
    events = timer.start()
    paused_ns = 0
    for action, gap_ms in steps:
        if not timer.phase.is_active:
            break
        was_paused = timer.paused
        clock.advance(gap_ms)
        if was_paused:
            paused_ns += gap_ms * 1_000_000
        events += getattr(timer, action)()
    if timer.paused:
        timer.resume()
    while (deadline := timer.next_event_ns()) is not None:
        clock.advance_to(deadline)
        events += timer.update()
    finished = events[-1]
    assert isinstance(finished, WorkoutFinished)
    assert [r.held_ms for r in finished.results] == [plan.hold_ms] * plan.total_holds
    assert all(r.completed for r in finished.results)
    holds = plan.total_holds
    active_ms = plan.prep_ms + holds * plan.hold_ms + (holds - 1) * plan.rest_ms
    assert finished.at_ns - t0 == active_ms * 1_000_000 + paused_ns
    recorded = [e for e in events if isinstance(e, HoldRecorded)]
    starts = [e for e in events if isinstance(e, PhaseStarted)]
    assert len(recorded) == plan.total_holds
    assert [e.at_ns for e in starts] == sorted(e.at_ns for e in starts)
