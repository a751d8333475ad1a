"""The machine sleeps during a workout: the timer pauses and marks the hold interrupted."""

from __future__ import annotations

from corelog.timer import (
    FakeClock,
    HoldRecorded,
    Interrupted,
    Phase,
    TimerPlan,
    WorkoutFinished,
    WorkoutTimer,
)

S = 1_000_000_000
PLAN = TimerPlan(hold_ms=30_000, sets=2, rest_ms=20_000, prep_ms=0)


def make(plan: TimerPlan = PLAN, **kwargs) -> tuple[WorkoutTimer, FakeClock]:
    clock = FakeClock()
    timer = WorkoutTimer(plan, clock=clock.monotonic, wall_clock=clock.wall, **kwargs)
    return timer, clock


def test_sleep_during_a_hold_pauses_and_marks_it_interrupted():
    timer, clock = make()
    t0 = clock.monotonic()
    timer.start()
    clock.advance(10_000)
    assert timer.update() == []
    clock.advance(300)  # awake a little longer, then asleep for an hour
    clock.suspend(3_600_000)
    clock.advance(200)
    events = timer.update()
    assert events == [Interrupted(Phase.HOLD, 0, t0 + 10 * S, 3_600_000)]
    view = timer.snapshot()
    assert view.paused
    assert view.hold_interrupted
    # paused at the last moment the clocks agreed: neither stretched nor cut
    assert view.remaining_ms == 20_000
    assert timer.next_deadline_ns() is None


def test_interrupted_hold_goes_on_after_resume_and_is_recorded_as_interrupted():
    timer, clock = make()
    timer.start()
    clock.advance(10_000)
    timer.update()
    clock.suspend(60_000)
    timer.update()
    clock.advance(5_000)
    timer.resume()
    clock.advance(20_000)
    events = timer.update()
    recorded = next(e for e in events if isinstance(e, HoldRecorded))
    assert recorded.result.interrupted
    assert not recorded.result.completed
    assert recorded.result.held_ms == 30_000
    # the next hold starts clean
    clock.advance(20_000)
    timer.update()
    assert not timer.snapshot().hold_interrupted
    clock.advance(30_000)
    finished = timer.update()[-1]
    assert isinstance(finished, WorkoutFinished)
    assert [r.interrupted for r in finished.results] == [True, False]


def test_sleep_during_rest_pauses_without_marking_a_hold():
    timer, clock = make()
    timer.start()
    clock.advance(35_000)
    timer.update()
    assert timer.phase is Phase.REST
    clock.suspend(10_000)
    (event,) = timer.update()
    assert isinstance(event, Interrupted)
    assert (event.phase, event.hold_index) == (Phase.REST, None)
    assert timer.paused
    assert timer.snapshot().remaining_ms == 15_000


def test_sleep_during_prep_pauses_the_prep():
    timer, clock = make(TimerPlan(hold_ms=30_000, prep_ms=5_000))
    timer.start()
    clock.advance(1_000)
    timer.update()
    clock.suspend(5_000)
    (event,) = timer.update()
    assert (event.phase, event.hold_index) == (Phase.PREP, None)
    assert timer.snapshot().remaining_ms == 4_000


def test_stopping_an_interrupted_hold_records_it_interrupted_and_stopped():
    timer, clock = make()
    timer.start()
    clock.advance(12_000)
    timer.update()
    clock.suspend(30_000)
    timer.update()
    recorded, _ = timer.stop()
    assert recorded.result.held_ms == 12_000
    assert recorded.result.interrupted and recorded.result.stopped_early


def test_small_wall_clock_jitter_is_not_a_sleep():
    timer, clock = make()
    timer.start()
    clock.advance(1_000)
    timer.update()
    clock.suspend(1_500)  # under the 2 s threshold
    assert timer.update() == []
    assert not timer.paused


def test_wall_clock_set_back_is_not_a_sleep():
    timer, clock = make()
    timer.start()
    clock.advance(1_000)
    timer.update()
    clock.wall_ns -= 3_600 * S
    clock.advance(1_000)
    assert timer.update() == []
    assert not timer.paused


def test_sleep_while_paused_changes_nothing():
    timer, clock = make()
    timer.start()
    clock.advance(5_000)
    timer.pause()
    clock.suspend(600_000)
    assert timer.update() == []
    timer.resume()
    assert not timer.paused
    assert not timer.snapshot().hold_interrupted
    assert timer.snapshot().remaining_ms == 25_000


def test_space_pressed_just_after_waking_leaves_the_timer_paused():
    timer, clock = make()
    timer.start()
    clock.advance(5_000)
    timer.update()
    clock.suspend(60_000)
    events = timer.toggle()
    assert isinstance(events[0], Interrupted)
    assert timer.paused
    timer.toggle()
    assert not timer.paused


def test_sleep_detection_can_be_turned_off():
    timer, clock = make(suspend_threshold_ms=None)
    timer.start()
    clock.advance(1_000)
    timer.update()
    clock.suspend(60_000)
    assert timer.update() == []
    assert not timer.paused


def test_sleep_is_noticed_by_any_operation_not_only_update():
    timer, clock = make()
    timer.start()
    clock.advance(5_000)
    timer.update()
    clock.suspend(60_000)
    clock.advance(1_000)
    events = timer.add_rest()
    assert isinstance(events[0], Interrupted)
    assert timer.paused
