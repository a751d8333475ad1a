import pytest

from corelog.timer import HoldSlot, Side, TimerMode, TimerPlan, format_duration_ms


def test_side_planks_count_sets_per_side_and_alternate():
    plan = TimerPlan(hold_ms=30_000, sets=2, alternate_sides=True)
    assert plan.total_holds == 4
    assert plan.slots() == [
        HoldSlot(0, 0, Side.LEFT),
        HoldSlot(1, 0, Side.RIGHT),
        HoldSlot(2, 1, Side.LEFT),
        HoldSlot(3, 1, Side.RIGHT),
    ]


def test_side_planks_can_start_on_the_right():
    plan = TimerPlan(hold_ms=30_000, sets=1, alternate_sides=True, first_side=Side.RIGHT)
    assert [slot.side for slot in plan.slots()] == [Side.RIGHT, Side.LEFT]


def test_plain_plan_has_one_hold_per_set_and_no_side():
    plan = TimerPlan(hold_ms=45_000, sets=3)
    assert plan.total_holds == 3
    assert [(s.set_index, s.side) for s in plan.slots()] == [(0, None), (1, None), (2, None)]


def test_defaults_prep_five_seconds_countdown():
    plan = TimerPlan(hold_ms=45_000)
    assert plan.prep_ms == 5_000
    assert plan.mode is TimerMode.COUNTDOWN


def test_mode_and_side_accept_their_stored_strings():
    plan = TimerPlan(hold_ms=0, mode="count_up", first_side="right")
    assert plan.mode is TimerMode.COUNT_UP
    assert plan.first_side is Side.RIGHT


@pytest.mark.parametrize(
    "kwargs",
    [
        {"hold_ms": 0},
        {"hold_ms": -1, "mode": TimerMode.COUNT_UP},
        {"hold_ms": 30_000, "sets": 0},
        {"hold_ms": 30_000, "rest_ms": -5_000},
        {"hold_ms": 30_000, "prep_ms": -1},
        {"hold_ms": 30_000, "sets": 2.5},
        {"hold_ms": 30_000, "sets": True},
    ],
)
def test_impossible_plans_are_refused(kwargs):
    with pytest.raises((ValueError, TypeError)):
        TimerPlan(**kwargs)


def test_count_up_needs_no_goal():
    assert TimerPlan(hold_ms=0, mode=TimerMode.COUNT_UP).hold_ms == 0


def test_with_rest_never_goes_below_zero():
    plan = TimerPlan(hold_ms=30_000, rest_ms=3_000)
    assert plan.with_rest(-2_000).rest_ms == 0
    assert plan.with_rest(35_000).rest_ms == 35_000
    assert plan.rest_ms == 3_000


def test_slot_outside_the_workout_is_an_error():
    with pytest.raises(IndexError):
        TimerPlan(hold_ms=30_000, sets=2).slot(2)


@pytest.mark.parametrize(
    ("ms", "text"),
    [(0, "0 s"), (45_000, "45 s"), (60_000, "1 min"), (90_000, "1 min 30 s"), (1_499, "1 s")],
)
def test_durations_read_at_a_glance(ms, text):
    assert format_duration_ms(ms) == text
