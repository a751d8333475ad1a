"""Every transition of the plank timer, on a fake clock."""

from __future__ import annotations

from corelog.timer import (
    CountdownTick,
    FakeClock,
    HoldRecorded,
    Phase,
    PhaseStarted,
    Side,
    TimerMode,
    TimerPlan,
    WorkoutFinished,
    WorkoutTimer,
)

S = 1_000_000_000  # one second in nanoseconds
MS = 1_000_000


def make(plan: TimerPlan) -> tuple[WorkoutTimer, FakeClock]:
    clock = FakeClock()
    return WorkoutTimer(plan, clock=clock.monotonic, wall_clock=clock.wall), clock


def at(clock: FakeClock, timer: WorkoutTimer, ns: int) -> list:
    """Let time pass until ``ns`` and update the timer there."""
    clock.advance_to(ns)
    return timer.update()


def phase_starts(events: list) -> list[tuple[Phase, int]]:
    return [(e.phase, e.at_ns) for e in events if isinstance(e, PhaseStarted)]


def run_to_end(timer: WorkoutTimer, clock: FakeClock) -> list:
    """Update exactly at every deadline until the workout is over."""
    events = []
    while (deadline := timer.next_event_ns()) is not None:
        events += at(clock, timer, deadline)
    return events


PLAN = TimerPlan(hold_ms=30_000, sets=3, rest_ms=20_000, prep_ms=5_000)


# ------------------------------------------------------------------------ start and prep


def test_idle_timer_shows_the_target_and_what_comes_first():
    timer, _ = make(PLAN)
    view = timer.snapshot()
    assert view.phase is Phase.IDLE
    assert view.display_seconds == 30
    assert (view.set_number, view.sets) == (1, 3)
    assert view.next_text == "Prep 5 s, then hold 30 s, set 1 of 3"
    assert timer.update() == []
    assert timer.next_deadline_ns() is None


def test_start_begins_prep_now():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    events = timer.start()
    assert events == [PhaseStarted(Phase.PREP, 0, 0, None, t0, 5_000)]
    view = timer.snapshot()
    assert (view.phase, view.remaining_ms, view.display_seconds) == (Phase.PREP, 5_000, 5)
    assert view.next_text == "Hold 30 s, set 1 of 3"


def test_prep_ends_exactly_at_its_deadline_and_the_hold_starts():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    assert not phase_starts(at(clock, timer, t0 + 5 * S - 1))
    assert timer.phase is Phase.PREP
    events = at(clock, timer, t0 + 5 * S)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 5 * S)]
    assert timer.snapshot().remaining_ms == 30_000


def test_without_prep_the_first_hold_starts_at_once():
    timer, clock = make(TimerPlan(hold_ms=30_000, prep_ms=0))
    events = timer.start()
    assert phase_starts(events) == [(Phase.HOLD, clock.monotonic())]


def test_start_twice_does_not_restart():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    clock.advance(1_000)
    assert timer.start() == []
    assert timer.snapshot().remaining_ms == 4_000
    assert timer.next_event_ns() == t0 + 2 * S  # the "3" tick of the prep


# -------------------------------------------------------------------------- late updates


def test_late_update_still_starts_the_next_phase_at_the_deadline():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    events = at(clock, timer, t0 + 5 * S + 300 * MS)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 5 * S)]
    # the hold lost nothing to the late update: it still ends 30 s after the prep's end
    assert timer.snapshot().remaining_ms == 30_000 - 300
    assert timer.next_event_ns() == t0 + 5 * S + 27 * S  # its "3" tick


def test_very_late_update_catches_up_every_phase_in_order():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    events = at(clock, timer, t0 + 60 * S)  # prep 5 + hold 30 + 20 rest => rest ends at 55
    assert phase_starts(events) == [
        (Phase.HOLD, t0 + 5 * S),
        (Phase.REST, t0 + 35 * S),
        (Phase.HOLD, t0 + 55 * S),
    ]
    recorded = [e for e in events if isinstance(e, HoldRecorded)]
    assert [r.result.held_ms for r in recorded] == [30_000]
    ticks = [(e.phase, e.seconds_left) for e in events if isinstance(e, CountdownTick)]
    assert ticks == [(p, s) for p in (Phase.PREP, Phase.HOLD, Phase.REST) for s in (3, 2, 1)]
    assert timer.snapshot().remaining_ms == 25_000


def test_late_update_on_the_last_hold_finishes_at_the_scheduled_end():
    timer, clock = make(TimerPlan(hold_ms=10_000, sets=1, prep_ms=0))
    t0 = clock.monotonic()
    timer.start()
    events = at(clock, timer, t0 + 10 * S + 300 * MS)
    finished = events[-1]
    assert isinstance(finished, WorkoutFinished)
    assert finished.at_ns == t0 + 10 * S
    assert [r.held_ms for r in finished.results] == [10_000]


# ---------------------------------------------------------------------------- hold, rest


def test_hold_ends_at_target_records_it_and_rest_follows():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 5 * S)
    events = at(clock, timer, t0 + 35 * S)
    *ticks, recorded, started = events
    assert [tick.seconds_left for tick in ticks] == [3, 2, 1]
    assert isinstance(recorded, HoldRecorded)
    assert recorded.result.held_ms == 30_000
    assert recorded.result.completed
    assert not recorded.result.stopped_early
    assert started == PhaseStarted(Phase.REST, 1, 1, None, t0 + 35 * S, 20_000)
    view = timer.snapshot()
    assert (view.phase, view.set_number, view.remaining_ms) == (Phase.REST, 2, 20_000)
    assert view.next_text == "Hold 30 s, set 2 of 3"


def test_last_hold_is_followed_by_done_not_rest():
    timer, clock = make(PLAN)
    events = [*timer.start(), *run_to_end(timer, clock)]
    assert [p for p, _ in phase_starts(events)] == [
        Phase.PREP,
        Phase.HOLD,
        Phase.REST,
        Phase.HOLD,
        Phase.REST,
        Phase.HOLD,
    ]
    finished = events[-1]
    assert isinstance(finished, WorkoutFinished)
    assert not finished.stopped
    assert len(finished.results) == 3
    assert timer.phase is Phase.DONE
    assert timer.next_deadline_ns() is None
    view = timer.snapshot()
    assert (view.progress, view.display_seconds) == (1.0, 0)
    assert view.next_text == "Workout complete"


def test_zero_rest_goes_straight_to_the_next_hold():
    timer, clock = make(TimerPlan(hold_ms=10_000, sets=2, rest_ms=0, prep_ms=0))
    t0 = clock.monotonic()
    timer.start()
    events = at(clock, timer, t0 + 10 * S)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 10 * S)]
    assert timer.snapshot().set_number == 2


def test_ten_set_workout_runs_to_the_end_without_drift():
    plan = TimerPlan(hold_ms=45_000, sets=10, rest_ms=15_000, prep_ms=5_000)
    timer, clock = make(plan)
    t0 = clock.monotonic()
    events = [*timer.start(), *run_to_end(timer, clock)]
    finished = events[-1]
    assert isinstance(finished, WorkoutFinished)
    assert [r.set_number for r in finished.results] == list(range(1, 11))
    assert all(r.held_ms == 45_000 and r.completed for r in finished.results)
    # prep + 10 holds + 9 rests, to the nanosecond
    assert finished.at_ns == t0 + (5 + 10 * 45 + 9 * 15) * S
    holds = [at_ns for phase, at_ns in phase_starts(events) if phase is Phase.HOLD]
    assert holds == [t0 + (5 + i * 60) * S for i in range(10)]
    ticks = [e for e in events if isinstance(e, CountdownTick)]
    assert len(ticks) == 3 * (1 + 10 + 9)


def test_side_planks_alternate_and_say_which_side_comes_next():
    plan = TimerPlan(hold_ms=30_000, sets=2, rest_ms=10_000, prep_ms=0, alternate_sides=True)
    timer, clock = make(plan)
    t0 = clock.monotonic()
    timer.start()
    view = timer.snapshot()
    assert (view.side, view.set_number, view.holds_total) == (Side.LEFT, 1, 4)
    assert view.next_text == "Rest 10 s, then set 1 of 2, right side"
    at(clock, timer, t0 + 30 * S)  # rest before the right side
    view = timer.snapshot()
    assert (view.phase, view.side, view.set_number) == (Phase.REST, Side.RIGHT, 1)
    assert view.next_text == "Hold 30 s, set 1 of 2, right side"
    events = run_to_end(timer, clock)
    results = events[-1].results
    assert [(r.set_number, r.side) for r in results] == [
        (1, Side.LEFT),
        (1, Side.RIGHT),
        (2, Side.LEFT),
        (2, Side.RIGHT),
    ]
    sides = [e.side for e in events if isinstance(e, PhaseStarted) and e.phase is Phase.HOLD]
    assert sides == [Side.RIGHT, Side.LEFT, Side.RIGHT]


def test_start_again_after_done_runs_the_plan_afresh():
    timer, clock = make(TimerPlan(hold_ms=5_000, sets=1, prep_ms=0))
    timer.start()
    run_to_end(timer, clock)
    events = timer.start()
    assert phase_starts(events) == [(Phase.HOLD, clock.monotonic())]
    assert timer.results == ()


def test_space_just_after_the_last_hold_ended_does_not_start_again():
    timer, clock = make(TimerPlan(hold_ms=5_000, sets=1, prep_ms=0))
    t0 = clock.monotonic()
    timer.start()
    clock.advance_to(t0 + 5 * S + 100 * MS)  # the update for the end has not come yet
    events = timer.toggle()
    assert isinstance(events[-1], WorkoutFinished)
    assert timer.phase is Phase.DONE
    assert timer.start() != []  # a deliberate start afterwards does begin again


def test_reset_discards_the_workout_and_takes_a_new_plan():
    timer, clock = make(PLAN)
    timer.start()
    clock.advance(6_000)
    timer.update()
    timer.reset(TimerPlan(hold_ms=60_000, sets=2))
    assert timer.phase is Phase.IDLE
    assert timer.results == ()
    assert timer.snapshot().display_seconds == 60


# ------------------------------------------------------------------------- countdown ticks


def test_last_three_seconds_of_prep_hold_and_rest_are_ticked():
    timer, clock = make(TimerPlan(hold_ms=10_000, sets=2, rest_ms=8_000, prep_ms=5_000))
    t0 = clock.monotonic()
    events = [*timer.start(), *run_to_end(timer, clock)]
    ticks = [
        (e.phase, e.seconds_left, e.at_ns - t0) for e in events if isinstance(e, CountdownTick)
    ]
    assert ticks == [
        (Phase.PREP, 3, 2 * S),
        (Phase.PREP, 2, 3 * S),
        (Phase.PREP, 1, 4 * S),
        (Phase.HOLD, 3, 12 * S),
        (Phase.HOLD, 2, 13 * S),
        (Phase.HOLD, 1, 14 * S),
        (Phase.REST, 3, 20 * S),
        (Phase.REST, 2, 21 * S),
        (Phase.REST, 1, 22 * S),
        (Phase.HOLD, 3, 30 * S),
        (Phase.HOLD, 2, 31 * S),
        (Phase.HOLD, 1, 32 * S),
    ]


def test_tick_comes_exactly_on_its_second_not_before():
    timer, clock = make(TimerPlan(hold_ms=10_000, prep_ms=0))
    t0 = clock.monotonic()
    timer.start()
    assert at(clock, timer, t0 + 7 * S - 1) == []
    assert at(clock, timer, t0 + 7 * S) == [CountdownTick(Phase.HOLD, 3, 0, t0 + 7 * S)]
    assert timer.snapshot().display_seconds == 3


def test_short_phases_only_get_the_ticks_that_fit_after_their_start():
    timer, clock = make(TimerPlan(hold_ms=2_000, sets=1, prep_ms=1_000))
    events = [*timer.start(), *run_to_end(timer, clock)]
    ticks = [(e.phase, e.seconds_left) for e in events if isinstance(e, CountdownTick)]
    assert ticks == [(Phase.HOLD, 1)]


def test_next_deadline_is_each_whole_second_of_the_digits():
    timer, clock = make(TimerPlan(hold_ms=10_000, prep_ms=5_000))
    t0 = clock.monotonic()
    timer.start()
    assert timer.next_event_ns() == t0 + 2 * S  # the "3" tick
    assert timer.next_deadline_ns() == t0 + 1 * S  # digits turn from 5 to 4
    clock.advance(1_500)
    timer.update()
    assert timer.snapshot().display_seconds == 4
    assert timer.next_deadline_ns() == t0 + 2 * S


# ------------------------------------------------------------------------- pause and resume


def pause_and_resume(timer: WorkoutTimer, clock: FakeClock, pause_ms: int) -> None:
    before = timer.snapshot()
    timer.pause()
    assert timer.paused
    assert timer.next_deadline_ns() is None
    clock.advance(pause_ms)
    assert timer.update() == []
    during = timer.snapshot()
    assert during.paused
    assert during.remaining_ms == before.remaining_ms
    assert during.elapsed_ms == before.elapsed_ms
    timer.resume()
    after = timer.snapshot()
    assert not after.paused
    assert after.remaining_ms == before.remaining_ms
    assert after.phase is before.phase


def test_pause_and_resume_in_prep_keeps_the_remaining_time():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    clock.advance(1_234)
    pause_and_resume(timer, clock, 100_000)
    events = at(clock, timer, t0 + (5 + 100) * S)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 105 * S)]


def test_pause_and_resume_in_hold_keeps_the_remaining_time_and_excludes_the_pause():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 5 * S)
    clock.advance(10_001)
    pause_and_resume(timer, clock, 42_000)
    events = at(clock, timer, t0 + (35 + 42) * S)
    recorded = next(e for e in events if not isinstance(e, CountdownTick))
    assert recorded.at_ns == t0 + 77 * S
    assert isinstance(recorded, HoldRecorded)
    assert recorded.result.held_ms == 30_000
    assert recorded.result.completed


def test_pause_and_resume_in_rest_keeps_the_remaining_time():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 40 * S)
    pause_and_resume(timer, clock, 7_000)
    events = at(clock, timer, t0 + (55 + 7) * S)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 62 * S)]


def test_paused_timer_ignores_its_old_deadline():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    timer.pause()
    assert at(clock, timer, t0 + 600 * S) == []
    assert timer.phase is Phase.PREP


def test_pause_when_idle_or_done_does_nothing():
    timer, clock = make(TimerPlan(hold_ms=1_000, sets=1, prep_ms=0))
    timer.pause()
    assert not timer.paused
    timer.start()
    run_to_end(timer, clock)
    timer.pause()
    assert not timer.paused
    assert timer.resume() == []


def test_toggle_starts_pauses_and_resumes():
    timer, clock = make(PLAN)
    assert phase_starts(timer.toggle()) == [(Phase.PREP, clock.monotonic())]
    clock.advance(1_000)
    timer.toggle()
    assert timer.paused
    clock.advance(1_000)
    timer.toggle()
    assert not timer.paused
    assert timer.snapshot().remaining_ms == 4_000


# ------------------------------------------------------------------------ skip and +/- rest


def in_rest(plan: TimerPlan = PLAN) -> tuple[WorkoutTimer, FakeClock, int]:
    """A timer 5 s into its first rest; returns the rest's start instant."""
    timer, clock = make(plan)
    t0 = clock.monotonic()
    timer.start()
    rest_start = t0 + (plan.prep_ms + plan.hold_ms) * MS
    at(clock, timer, rest_start + 5 * S)
    assert timer.phase is Phase.REST
    return timer, clock, rest_start


def test_skip_rest_starts_the_next_hold_now():
    timer, clock, _ = in_rest()
    events = timer.skip_rest()
    assert phase_starts(events) == [(Phase.HOLD, clock.monotonic())]
    view = timer.snapshot()
    assert (view.set_number, view.remaining_ms) == (2, 30_000)


def test_skip_rest_while_paused_starts_the_hold_running():
    timer, clock, _ = in_rest()
    timer.pause()
    clock.advance(3_000)
    events = timer.skip_rest()
    assert phase_starts(events) == [(Phase.HOLD, clock.monotonic())]
    assert not timer.paused


def test_skip_outside_rest_does_nothing():
    timer, _ = make(PLAN)
    timer.start()
    assert timer.skip_rest() == []
    assert timer.phase is Phase.PREP


def test_plus_adds_five_seconds_to_the_current_rest():
    timer, clock, rest_start = in_rest()
    timer.add_rest()
    assert timer.snapshot().remaining_ms == 20_000
    events = at(clock, timer, rest_start + 25 * S)
    assert phase_starts(events) == [(Phase.HOLD, rest_start + 25 * S)]
    # later rests keep the plan's length
    assert timer.plan.rest_ms == 20_000


def test_minus_takes_five_seconds_from_the_current_rest():
    timer, clock, rest_start = in_rest()
    assert timer.remove_rest() == []
    assert timer.snapshot().remaining_ms == 10_000
    events = at(clock, timer, rest_start + 15 * S)
    assert phase_starts(events) == [(Phase.HOLD, rest_start + 15 * S)]


def test_minus_never_takes_the_rest_below_zero_and_the_hold_starts_now():
    timer, clock, rest_start = in_rest()
    clock.advance(12_000)  # 3 s of rest left
    timer.update()
    events = timer.remove_rest()
    assert phase_starts(events) == [(Phase.HOLD, rest_start + 17 * S)]
    assert timer.snapshot().remaining_ms == 30_000


def test_minus_while_paused_clamps_and_the_hold_starts_on_resume():
    timer, clock, _ = in_rest()
    clock.advance(13_000)  # 2 s left
    timer.pause()
    assert timer.remove_rest() == []
    assert timer.snapshot().remaining_ms == 0
    assert timer.phase is Phase.REST
    clock.advance(60_000)
    events = timer.resume()
    assert phase_starts(events) == [(Phase.HOLD, clock.monotonic())]


def test_plus_in_the_last_seconds_announces_the_countdown_again():
    timer, clock, rest_start = in_rest()
    ticks = at(clock, timer, rest_start + 18 * S)
    assert [e.seconds_left for e in ticks] == [3, 2]
    timer.add_rest()  # 7 s left
    events = run_to_end_of_phase(timer, clock)
    ticks = [(e.seconds_left, e.at_ns) for e in events if isinstance(e, CountdownTick)]
    assert ticks == [(3, rest_start + 22 * S), (2, rest_start + 23 * S), (1, rest_start + 24 * S)]


def run_to_end_of_phase(timer: WorkoutTimer, clock: FakeClock) -> list:
    phase = timer.phase
    events = []
    while timer.phase is phase and (deadline := timer.next_event_ns()) is not None:
        events += at(clock, timer, deadline)
    return events


def test_plus_and_minus_outside_rest_change_the_rests_to_come():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.add_rest()
    timer.start()
    timer.add_rest()
    assert timer.plan.rest_ms == 30_000
    assert timer.snapshot().remaining_ms == 5_000  # the prep is untouched
    events = at(clock, timer, t0 + 35 * S)
    assert events[-1] == PhaseStarted(Phase.REST, 1, 1, None, t0 + 35 * S, 30_000)


def test_minus_outside_rest_stops_at_zero_and_then_there_is_no_rest():
    timer, clock = make(TimerPlan(hold_ms=10_000, sets=2, rest_ms=7_000, prep_ms=0))
    t0 = clock.monotonic()
    timer.start()
    timer.remove_rest()
    timer.remove_rest()
    assert timer.plan.rest_ms == 0
    events = at(clock, timer, t0 + 10 * S)
    assert phase_starts(events) == [(Phase.HOLD, t0 + 10 * S)]


def test_plus_and_minus_after_the_workout_change_nothing():
    timer, clock = make(TimerPlan(hold_ms=1_000, sets=1, prep_ms=0))
    timer.start()
    run_to_end(timer, clock)
    timer.add_rest()
    assert timer.plan.rest_ms == 30_000


# ------------------------------------------------------------------------------- stopping


def test_stop_in_prep_records_nothing():
    timer, clock = make(PLAN)
    timer.start()
    clock.advance(1_000)
    events = timer.stop()
    assert len(events) == 1
    finished = events[0]
    assert isinstance(finished, WorkoutFinished)
    assert finished.stopped
    assert finished.results == ()
    assert timer.phase is Phase.DONE
    assert timer.snapshot().next_text == "Workout stopped"


def test_stop_in_hold_records_its_real_length_as_stopped():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 5 * S + 12_345 * MS)
    recorded, finished = timer.stop()
    assert isinstance(recorded, HoldRecorded)
    result = recorded.result
    assert (result.held_ms, result.target_ms) == (12_345, 30_000)
    assert result.stopped_early
    assert not result.completed
    assert isinstance(finished, WorkoutFinished)
    assert finished.results == (result,)


def test_stop_in_a_paused_hold_records_the_time_up_to_the_pause():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 15 * S)
    timer.pause()
    clock.advance(30_000)
    recorded, _ = timer.stop()
    assert recorded.result.held_ms == 10_000


def test_stop_in_rest_keeps_the_holds_done_and_adds_none():
    timer, _, _ = in_rest()
    events = timer.stop()
    assert len(events) == 1
    assert [r.held_ms for r in events[0].results] == [30_000]
    assert not events[0].results[0].stopped_early


def test_stop_when_idle_or_done_does_nothing():
    timer, clock = make(TimerPlan(hold_ms=1_000, sets=1, prep_ms=0))
    assert timer.stop() == []
    timer.start()
    run_to_end(timer, clock)
    assert timer.stop() == []


# --------------------------------------------------------------------------------- count-up


COUNT_UP = TimerPlan(hold_ms=0, sets=2, rest_ms=30_000, prep_ms=0, mode=TimerMode.COUNT_UP)


def test_count_up_hold_lasts_until_the_user_ends_it():
    timer, clock = make(COUNT_UP)
    t0 = clock.monotonic()
    timer.start()
    assert timer.next_event_ns() is None
    assert at(clock, timer, t0 + 600 * S) == []  # no end, no ticks
    view = timer.snapshot()
    assert (view.phase, view.remaining_ms, view.display_seconds) == (Phase.HOLD, None, 600)
    assert view.next_text == "Rest 30 s, then set 2 of 2"


def test_count_up_digits_count_up_in_whole_seconds():
    timer, clock = make(COUNT_UP)
    t0 = clock.monotonic()
    timer.start()
    clock.advance(1_999)
    view = timer.snapshot()
    assert (view.elapsed_ms, view.display_seconds) == (1_999, 1)
    assert timer.next_deadline_ns() == t0 + 2 * S


def test_space_ends_a_count_up_hold_and_records_the_time_held():
    timer, clock = make(COUNT_UP)
    t0 = clock.monotonic()
    timer.start()
    clock.advance(73_456)
    recorded, rest = timer.toggle()
    assert recorded.result.held_ms == 73_456
    assert recorded.result.completed  # no goal: every hold to failure counts
    assert rest == PhaseStarted(Phase.REST, 1, 1, None, t0 + 73_456 * MS, 30_000)
    clock.advance(30_000)
    timer.update()
    clock.advance(20_000)
    events = timer.toggle()
    assert [r.held_ms for r in events[-1].results] == [73_456, 20_000]
    assert events[-1].stopped is False


def test_count_up_with_a_goal_is_completed_only_at_the_goal():
    plan = TimerPlan(hold_ms=60_000, sets=2, prep_ms=0, mode=TimerMode.COUNT_UP)
    timer, clock = make(plan)
    timer.start()
    clock.advance(45_000)
    assert timer.snapshot().progress == 0.75
    short = timer.end_hold()[0].result
    timer.skip_rest()
    clock.advance(61_000)
    long = timer.end_hold()[0].result
    assert (short.completed, long.completed) == (False, True)


def test_count_up_can_be_paused_and_resumed():
    timer, clock = make(COUNT_UP)
    timer.start()
    clock.advance(10_000)
    timer.pause()
    clock.advance(50_000)
    timer.toggle()  # paused: Space resumes rather than ending the hold
    assert timer.phase is Phase.HOLD and not timer.paused
    clock.advance(5_000)
    assert timer.toggle()[0].result.held_ms == 15_000


def test_ending_a_countdown_hold_early_records_it_short_and_goes_on():
    timer, clock = make(PLAN)
    t0 = clock.monotonic()
    timer.start()
    at(clock, timer, t0 + 25 * S)
    recorded, rest = timer.end_hold()
    assert (recorded.result.held_ms, recorded.result.completed) == (20_000, False)
    assert not recorded.result.stopped_early
    assert rest.phase is Phase.REST
    assert timer.end_hold() == []  # nothing to end in a rest
