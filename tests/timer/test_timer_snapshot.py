"""What the timer page is given to show."""

from __future__ import annotations

import pytest

from corelog.timer import FakeClock, Phase, TimerMode, TimerPlan, WorkoutTimer


def started(plan: TimerPlan) -> tuple[WorkoutTimer, FakeClock]:
    clock = FakeClock()
    timer = WorkoutTimer(plan, clock=clock.monotonic, wall_clock=clock.wall)
    timer.start()
    return timer, clock


@pytest.mark.parametrize(
    ("after_ms", "remaining_ms", "digits"),
    [(0, 10_000, 10), (1, 9_999, 10), (999, 9_001, 10), (1_000, 9_000, 9), (9_999, 1, 1)],
)
def test_countdown_digits_round_up_so_the_last_second_shows_one(after_ms, remaining_ms, digits):
    timer, clock = started(TimerPlan(hold_ms=10_000, prep_ms=0))
    clock.advance(after_ms)
    timer.update()
    view = timer.snapshot()
    assert (view.remaining_ms, view.display_ms, view.display_seconds) == (
        remaining_ms,
        remaining_ms,
        digits,
    )


def test_progress_runs_from_zero_to_one_through_the_phase():
    timer, clock = started(TimerPlan(hold_ms=40_000, prep_ms=0))
    assert timer.snapshot().progress == 0.0
    clock.advance(10_000)
    assert timer.snapshot().progress == 0.25
    clock.advance(20_000)
    assert timer.snapshot().progress == 0.75


def test_count_up_without_a_goal_fills_the_ring_once_a_minute():
    timer, clock = started(TimerPlan(hold_ms=0, prep_ms=0, mode=TimerMode.COUNT_UP))
    clock.advance(90_000)
    view = timer.snapshot()
    assert view.progress == 0.5
    assert view.display_seconds == 90


def test_snapshot_while_paused_is_frozen():
    timer, clock = started(TimerPlan(hold_ms=30_000, prep_ms=0))
    clock.advance(4_000)
    timer.pause()
    clock.advance(100_000)
    view = timer.snapshot()
    assert (view.paused, view.elapsed_ms, view.remaining_ms) == (True, 4_000, 26_000)


def test_next_text_for_each_phase():
    plan = TimerPlan(hold_ms=45_000, sets=2, rest_ms=90_000, prep_ms=5_000)
    timer, clock = started(plan)
    assert timer.snapshot().next_text == "Hold 45 s, set 1 of 2"
    clock.advance(5_000)
    timer.update()
    assert timer.snapshot().next_text == "Rest 1 min 30 s, then set 2 of 2"
    clock.advance(45_000)
    timer.update()
    assert timer.snapshot().next_text == "Hold 45 s, set 2 of 2"
    clock.advance(90_000)
    timer.update()
    view = timer.snapshot()
    assert (view.phase, view.next_text) == (Phase.HOLD, "Workout done")


def test_next_text_names_a_count_up_goal():
    plan = TimerPlan(hold_ms=60_000, sets=1, prep_ms=5_000, mode=TimerMode.COUNT_UP)
    timer, _ = started(plan)
    assert timer.snapshot().next_text == "Hold to failure (goal 1 min), set 1 of 1"


def test_holds_done_counts_recorded_holds():
    timer, clock = started(TimerPlan(hold_ms=1_000, sets=3, rest_ms=1_000, prep_ms=0))
    clock.advance(2_500)
    timer.update()
    view = timer.snapshot()
    assert (view.holds_done, view.set_number, view.phase) == (1, 2, Phase.HOLD)
