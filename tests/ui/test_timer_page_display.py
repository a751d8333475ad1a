"""The big display: readable from the floor, in words and colour, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetricsF

from corelog.timer import FakeClock, Phase, TimerMode, TimerPlan, WorkoutTimer
from corelog.ui import theme
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.indicator import TimerIndicator
from corelog.ui.timer.text import clock_text


@pytest.fixture
def display(qtbot):
    widget = TimerDisplay()
    qtbot.addWidget(widget)
    widget.resize(600, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    theme.apply_theme(qapp, request.param)
    yield theme.colors()
    theme.apply_theme(qapp, "light")


def run_to(phase: Phase, *, plan: TimerPlan | None = None) -> tuple[WorkoutTimer, FakeClock]:
    clock = FakeClock()
    timer = WorkoutTimer(
        plan or TimerPlan(hold_ms=30_000, sets=2, rest_ms=20_000, prep_ms=5_000),
        clock=clock.monotonic,
        wall_clock=clock.wall,
    )
    if phase is not Phase.IDLE:
        timer.start()
    while timer.phase is not phase:
        clock.advance(500)
        timer.update()
    clock.advance(2_000)
    timer.update()
    return timer, clock


def pixel(display: TimerDisplay, x: float, y: float) -> QColor:
    return display.grab().toImage().pixelColor(round(x), round(y))


@pytest.mark.parametrize(
    ("phase", "word", "role"),
    [
        (Phase.PREP, "Get ready", "warn"),
        (Phase.HOLD, "Hold", "good"),
        (Phase.REST, "Rest", "accent"),
        (Phase.DONE, "Done", "accent"),
    ],
)
def test_each_phase_has_its_word_and_colour_in_both_themes(display, themed, phase, word, role):
    timer, _ = run_to(phase)
    display.show_snapshot(timer.snapshot())
    assert display.phase_text() == word
    assert display.color() == getattr(themed, role)
    # the ring is drawn in that colour: its top, where the arc starts, is that colour
    sizes = display.sizes()
    x = display.width() / 2
    ring_top = sizes.top + sizes.title_h + sizes.phase_px * 1.35 + sizes.pen / 2
    assert pixel(display, x, ring_top) == QColor(getattr(themed, role))


def test_paused_is_said_and_greyed(display, themed):
    timer, _ = run_to(Phase.HOLD)
    timer.pause()
    display.show_snapshot(timer.snapshot())
    assert display.phase_text() == "Hold · paused"
    assert display.color() == themed.muted


def test_the_digits_grow_with_the_window(display, qtbot):
    timer, _ = run_to(Phase.HOLD)
    display.show_snapshot(timer.snapshot())
    display.resize(400, 360)
    small = display.sizes().digit_px
    display.resize(1100, 900)
    large = display.sizes().digit_px
    assert large > 2 * small
    assert large >= 180  # a hand's width tall: readable from two metres


def test_minutes_fit_inside_the_ring(display):
    timer, _ = run_to(Phase.HOLD, plan=TimerPlan(hold_ms=25 * 60_000, sets=1, prep_ms=0))
    display.show_snapshot(timer.snapshot())
    assert display.digits_text() == "24:58"
    sizes = display.sizes()
    font = display.font()
    font.setBold(True)
    font.setPixelSize(round(sizes.digit_px))
    width = QFontMetricsF(font).horizontalAdvance(display.digits_text())
    assert width < sizes.ring - 2 * sizes.pen


def test_what_a_screen_reader_hears(display):
    timer, _ = run_to(
        Phase.HOLD,
        plan=TimerPlan(hold_ms=30_000, sets=2, rest_ms=10_000, prep_ms=0, alternate_sides=True),
    )
    display.show_snapshot(timer.snapshot())
    assert display.accessibleDescription() == "Hold. 28 seconds left. Set 1 of 2. Left side."
    assert display.detail_lines() == ["Set 1 of 2", "Left side"]
    assert display.next_line() == "Next: rest 10 s, then set 1 of 2, right side"


def test_a_screen_reader_hears_one_second_not_one_seconds(display):
    timer, clock = run_to(Phase.HOLD, plan=TimerPlan(hold_ms=30_000, sets=1, prep_ms=0))
    clock.advance(27_000)  # 30 s hold, 2 s in already: 1 s to go
    timer.update()
    display.show_snapshot(timer.snapshot())
    assert display.digits_text() == "1"
    assert display.accessibleDescription().startswith("Hold. 1 second left. ")


def test_a_screen_reader_hears_one_hold_done_in_the_rest(display):
    plan = TimerPlan(hold_ms=10_000, sets=2, rest_ms=20_000, prep_ms=0)
    timer, _ = run_to(Phase.REST, plan=plan)
    display.show_snapshot(timer.snapshot())
    assert "1 of 2 holds done" in display.accessibleDescription()
    one = TimerPlan(hold_ms=10_000, sets=1, prep_ms=0)
    timer, _ = run_to(Phase.DONE, plan=one)
    display.show_snapshot(timer.snapshot())
    assert display.accessibleDescription() == "Done. 1 of 1 hold done."


def test_counting_up_reads_the_time_held(display):
    plan = TimerPlan(hold_ms=0, sets=1, prep_ms=0, mode=TimerMode.COUNT_UP)
    timer, clock = run_to(Phase.HOLD, plan=plan)
    clock.advance(63_000)
    display.show_snapshot(timer.snapshot())
    assert display.digits_text() == "1:05"
    assert display.accessibleDescription().startswith("Hold. 65 seconds held.")


def test_the_status_indicator_names_phase_time_set_and_side(qtbot):
    indicator = TimerIndicator()
    qtbot.addWidget(indicator)
    plan = TimerPlan(hold_ms=90_000, sets=2, rest_ms=10_000, prep_ms=0, alternate_sides=True)
    timer, _ = run_to(Phase.HOLD, plan=plan)
    indicator.show_snapshot(timer.snapshot())
    assert indicator.text() == "Hold 1:28 · set 1/2 left"
    assert not indicator.isHidden()
    timer.stop()
    indicator.show_snapshot(timer.snapshot())
    assert indicator.isHidden()


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0"), (9, "9"), (59, "59"), (60, "1:00"), (3_725, "1:02:05")]
)
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text
