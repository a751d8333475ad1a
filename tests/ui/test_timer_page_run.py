"""Running a workout on the Plank timer page, as a person does it: keys, buttons, the saved sets.

The page runs on a fake clock: the test moves time on and lets the driver notice, so every
transition is checked without waiting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from timer_window import with_timer_page

from corelog.services import core_text, timer_workouts
from corelog.services import exercises as exercise_service
from corelog.store import core as store_core
from corelog.timer import FakeClock, Phase
from corelog.ui.main_window import MainWindow
from corelog.ui.sound import CuePlayer
from corelog.ui.timer.page import TimerPage


class FakeEffect:
    def __init__(self, path: Path, played: list[str]) -> None:
        self.name = path.stem
        self.played = played

    def play(self) -> None:
        self.played.append(self.name)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def played() -> list[str]:
    return []


@pytest.fixture
def timer_window(ctx, qtbot, clock, played):
    """The main window, its timer page on the fake clock with a player that notes each cue."""

    def timer_page(context):
        return TimerPage(
            context,
            clock=clock.monotonic,
            wall_clock=clock.wall,
            player_factory=lambda parent: CuePlayer(
                effect_factory=lambda path: FakeEffect(path, played), parent=parent
            ),
        )

    win = MainWindow(ctx, with_timer_page(timer_page))

    def discard_workout(window: MainWindow) -> None:  # so that closing does not ask
        built = window.built_pages().get("timer")
        if built is not None:
            built.driver.reset()

    qtbot.addWidget(win, before_close_func=discard_workout)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.show_page("timer")
    return win


@pytest.fixture
def page(timer_window) -> TimerPage:
    return timer_window.page("timer")


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press through the window system: shortcuts apply as for a person."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)


def set_up(qtbot, page, *, hold="30", sets=3, rest="20", prep="5") -> None:
    form = page.setup_form
    type_into(qtbot, form.hold, hold)
    form.sets.setFocus()
    form.sets.selectAll()
    qtbot.keyClicks(form.sets, str(sets))
    type_into(qtbot, form.rest, rest)
    type_into(qtbot, form.prep, prep)
    page.display.setFocus()  # out of the fields, as a click elsewhere does


def advance(page, clock, ms: int, step: int = 250) -> None:
    """Let ``ms`` pass, with the driver's refreshes in between as on the real event loop."""
    while ms > 0:
        clock.advance(min(step, ms))
        ms -= step
        page.driver.refresh()


def saved_holds(store) -> list[tuple[int, str | None, bool]]:
    return [
        (s.hold_ms, s.side, s.interrupted)
        for session in store_core.list_sessions(store)
        for s in session.sets
    ]


# ---------------------------------------------------------------------- a whole workout


def test_a_whole_workout_with_space_is_saved_into_todays_session(
    timer_window, page, qtbot, clock, store, played
):
    set_up(qtbot, page, hold="30", sets=2, rest="20", prep="5")
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().phase is Phase.PREP
    assert page.display.phase_text() == "Get ready"
    advance(page, clock, 5_000)
    assert page.snapshot().phase is Phase.HOLD
    assert page.display.digits_text() == "30"
    advance(page, clock, 12_000)
    assert page.display.digits_text() == "18"
    assert page.display.detail_lines() == ["Set 1 of 2"]
    advance(page, clock, 18_000)
    assert page.snapshot().phase is Phase.REST
    assert page.display.detail_lines() == ["1 of 2 holds done"]
    assert page.workout.hold_lines() == ["Set 1: 30.0 s · target reached"]
    advance(page, clock, 20_000 + 30_000)
    assert page.snapshot().phase is Phase.DONE
    assert page.display.phase_text() == "Done"
    assert page.display.digits_text() == "2/2"
    assert saved_holds(store) == [(30_000, None, False), (30_000, None, False)]
    (workout,) = timer_workouts.recent_timer_workouts(store, page.setup_form.current_exercise().id)
    assert (workout.planned_sets, workout.rest_ms, workout.completed) == (2, 20_000, True)
    assert "saved" in timer_window.statusBar().currentMessage()
    assert "Ctrl+Z" in timer_window.statusBar().currentMessage()
    # hold now, 3-2-1 before each phase end, rest, done
    assert played == [
        "tick_3", "tick_2", "tick_1", "hold",
        "tick_3", "tick_2", "tick_1", "rest",
        "tick_3", "tick_2", "tick_1", "hold",
        "tick_3", "tick_2", "tick_1", "done",
    ]  # fmt: skip


def test_undo_takes_the_saved_holds_out_and_redo_puts_them_back(
    timer_window, page, qtbot, clock, store
):
    set_up(qtbot, page, hold="10", sets=1, rest="0", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 10_000)
    assert saved_holds(store) == [(10_000, None, False)]
    log = timer_window.show_page("log").tab("core")
    assert log.model.rowCount() == 1
    timer_window.findChild(QAction, "actionUndo").trigger()
    assert saved_holds(store) == []
    assert store_core.list_sessions(store) == []
    assert log.model.rowCount() == 0  # the Log page followed
    timer_window.findChild(QAction, "actionRedo").trigger()
    assert saved_holds(store) == [(10_000, None, False)]
    assert log.model.rowCount() == 1


def test_a_second_workout_extends_todays_session(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="10", sets=1, rest="0", prep="0")
    for _ in range(2):
        press(timer_window, Qt.Key.Key_Space)
        advance(page, clock, 10_000)
    (session,) = store_core.list_sessions(store)
    assert [s.hold_ms for s in session.sets] == [10_000, 10_000]


def test_ten_sets(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="5", sets=10, rest="5", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 10 * 5_000 + 9 * 5_000, step=500)
    assert page.snapshot().phase is Phase.DONE
    assert saved_holds(store) == [(5_000, None, False)] * 10


# --------------------------------------------------------------------------- pausing


@pytest.mark.parametrize(("at_ms", "phase"), [(2_000, Phase.PREP), (8_000, Phase.HOLD),
                                               (17_000, Phase.REST)])  # fmt: skip
def test_space_pauses_and_resumes_in_every_phase(
    timer_window, page, qtbot, clock, store, at_ms, phase
):
    set_up(qtbot, page, hold="10", sets=2, rest="10", prep="5")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, at_ms)
    before = page.snapshot()
    assert before.phase is phase
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().paused
    assert page.display.phase_text().endswith("· paused")
    assert page.start_button.text() == "Go on"
    advance(page, clock, 60_000)  # a long pause changes nothing
    assert page.snapshot().remaining_ms == before.remaining_ms
    press(timer_window, Qt.Key.Key_Space)
    assert not page.snapshot().paused
    advance(page, clock, 60_000)
    assert saved_holds(store) == [(10_000, None, False)] * 2


def test_the_buttons_do_what_the_keys_do(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="10", sets=2, rest="30", prep="0")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().phase is Phase.HOLD
    advance(page, clock, 10_000)
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().remaining_ms == 35_000
    qtbot.mouseClick(page.less_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.less_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().remaining_ms == 25_000
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().phase is Phase.HOLD
    advance(page, clock, 4_000)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert saved_holds(store) == [(10_000, None, False), (4_000, None, True)]


# ------------------------------------------------------------------- stopping early


def test_esc_during_a_hold_saves_its_real_length(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="30", sets=3, rest="10", prep="5")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 5_000 + 30_000 + 10_000 + 12_345, step=5)
    press(timer_window, Qt.Key.Key_Escape)
    assert page.snapshot().phase is Phase.DONE
    assert page.display.phase_text() == "Stopped"
    # the stopped hold is kept with its real length, marked as cut short
    assert saved_holds(store) == [(30_000, None, False), (12_345, None, True)]
    (workout,) = timer_workouts.recent_timer_workouts(store, page.setup_form.current_exercise().id)
    assert not workout.completed


def test_esc_during_the_rest_saves_the_holds_done(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="10", sets=3, rest="20", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 15_000)
    press(timer_window, Qt.Key.Key_Escape)
    assert saved_holds(store) == [(10_000, None, False)]


def test_esc_in_the_prep_saves_nothing_and_says_so(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, prep="10")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 3_000)
    press(timer_window, Qt.Key.Key_Escape)
    assert page.snapshot().phase is Phase.DONE
    assert store_core.list_sessions(store) == []
    assert timer_window.statusBar().currentMessage() == (
        "Workout stopped before any hold: nothing to save."
    )
    assert not timer_window.ctx.undo_stack.canUndo()


def test_esc_while_paused_saves_the_hold_up_to_the_pause(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="30", sets=1, prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 7_000)
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 50_000)
    press(timer_window, Qt.Key.Key_Escape)
    assert saved_holds(store) == [(7_000, None, True)]


# ------------------------------------------------------------------- rest and skip


def test_s_skips_the_rest_and_plus_minus_change_it(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="10", sets=3, rest="30", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 12_000)
    assert page.snapshot().remaining_ms == 28_000
    press(timer_window, Qt.Key.Key_Plus)
    assert page.snapshot().remaining_ms == 33_000
    press(timer_window, Qt.Key.Key_Equal)  # + without Shift
    assert page.snapshot().remaining_ms == 38_000
    press(timer_window, Qt.Key.Key_Minus)
    assert page.snapshot().remaining_ms == 33_000
    press(timer_window, Qt.Key.Key_S)
    assert page.snapshot().phase is Phase.HOLD
    assert page.snapshot().set_number == 2


def test_plus_and_minus_outside_a_rest_change_the_rests_to_come(
    timer_window, page, qtbot, clock, store
):
    set_up(qtbot, page, hold="10", sets=2, rest="30", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    press(timer_window, Qt.Key.Key_Minus)
    press(timer_window, Qt.Key.Key_Minus)
    assert page.display.next_line() == "Next: rest 20 s, then set 2 of 2"
    advance(page, clock, 10_000)
    assert page.snapshot().remaining_ms == 20_000
    advance(page, clock, 30_000)
    (workout,) = timer_workouts.recent_timer_workouts(store, page.setup_form.current_exercise().id)
    assert workout.rest_ms == 20_000  # what was really done


def test_plus_and_minus_between_workouts_change_the_rest_in_the_setup(timer_window, page, qtbot):
    set_up(qtbot, page, rest="30")
    press(timer_window, Qt.Key.Key_Plus)
    assert page.setup_form.rest.text() == "35"
    for _ in range(8):
        press(timer_window, Qt.Key.Key_Minus)
    assert page.setup_form.rest.text() == "0"


# -------------------------------------------------------------------- count up, sides


def test_hold_to_failure_counts_up_and_space_ends_each_hold(
    timer_window, page, qtbot, clock, store
):
    form = page.setup_form
    qtbot.mouseClick(form.count_up, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert form.hold_label.text() == "Go&al"
    set_up(qtbot, page, hold="", sets=2, rest="10", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 42_400)
    assert page.display.digits_text() == "42"  # counting up
    assert page.start_button.text() == "End hold"
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().phase is Phase.REST
    advance(page, clock, 10_000 + 75_000)
    assert page.display.digits_text() == "1:15"
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().phase is Phase.DONE
    assert saved_holds(store) == [(42_400, None, False), (75_000, None, False)]
    assert page.workout.hold_lines()[0] == "Set 1: 42.4 s · held to failure"


def test_esc_ends_a_hold_to_failure_as_held(timer_window, page, qtbot, clock, store):
    qtbot.mouseClick(page.setup_form.count_up, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    set_up(qtbot, page, hold="", sets=3, rest="10", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 50_000)
    press(timer_window, Qt.Key.Key_Escape)
    assert page.snapshot().phase is Phase.DONE
    assert saved_holds(store) == [(50_000, None, False)]  # a personal best, not cut short


def test_side_planks_alternate_left_and_right(timer_window, page, qtbot, clock, store):
    form = page.setup_form
    form.exercise.setFocus()
    qtbot.keyClicks(form.exercise, "Side")
    assert form.current_exercise().key == "side_plank"
    assert form.sets.suffix() == " each side"
    set_up(qtbot, page, hold="20", sets=2, rest="5", prep="3")
    press(timer_window, Qt.Key.Key_Space)
    assert page.display.detail_lines() == ["Set 1 of 2", "Left side"]
    sides = []
    for _ in range(4):
        while page.snapshot().phase is not Phase.HOLD:
            advance(page, clock, 500)
        sides.append((page.snapshot().set_number, page.display.detail_lines()[1]))
        advance(page, clock, 20_000)
        if page.snapshot().phase is Phase.REST:
            assert page.display.detail_lines()[1].startswith("Next: ")
    assert sides == [(1, "Left side"), (1, "Right side"), (2, "Left side"), (2, "Right side")]
    assert saved_holds(store) == [
        (20_000, "left", False),
        (20_000, "right", False),
        (20_000, "left", False),
        (20_000, "right", False),
    ]
    (session,) = store_core.list_sessions(store)
    assert core_text.describe_sets(session.sets) == "Side plank 2 × 20 s each side"


# ------------------------------------------------------------------ sleep (suspend)


def test_a_sleep_during_a_hold_pauses_and_marks_it(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="30", sets=1, prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 10_000)
    clock.suspend(5 * 60_000)
    page.driver.refresh()
    assert page.snapshot().paused
    assert "computer slept" in timer_window.statusBar().currentMessage()
    assert "interrupted" in page.display.notice_text()
    press(timer_window, Qt.Key.Key_Space)
    assert page.display.notice_text() == (
        "This hold is marked interrupted: the computer slept during it."
    )
    advance(page, clock, 20_000)
    assert page.snapshot().phase is Phase.DONE
    assert saved_holds(store) == [(30_000, None, True)]


# ------------------------------------------------------------------- keys and focus


def test_keys_do_not_fire_while_typing_in_the_setup(timer_window, page, qtbot):
    form = page.setup_form
    form.rest.setFocus()
    form.rest.selectAll()
    for key in (Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_Space, Qt.Key.Key_S, Qt.Key.Key_Minus):
        press(timer_window, key)
    assert form.rest.text() == "25 s-"
    assert page.snapshot().phase is Phase.IDLE
    form.preset_name.setFocus()
    press(timer_window, Qt.Key.Key_Plus)
    press(timer_window, Qt.Key.Key_Space)
    assert form.preset_name.text() == "+ "
    assert page.snapshot().phase is Phase.IDLE


def test_keys_work_wherever_the_focus_is_on_the_page(timer_window, page, qtbot, clock):
    set_up(qtbot, page, prep="5")
    page.setup_form.countdown.setFocus()  # a radio button: Space would toggle it
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().phase is Phase.PREP
    timer_window.nav.setFocus()  # the sidebar, after clicking "Plank timer"
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().paused
    page.stop_button.setFocus()
    press(timer_window, Qt.Key.Key_Space)
    assert not page.snapshot().paused
    assert timer_window.current_page_id() == "timer"


def test_keys_do_nothing_on_other_pages(timer_window, page, qtbot):
    timer_window.show_page("settings")
    press(timer_window, Qt.Key.Key_Space)
    assert page.snapshot().phase is Phase.IDLE


def test_enter_in_the_setup_starts_the_workout(timer_window, page, qtbot):
    form = page.setup_form
    type_into(qtbot, form.hold, "40")
    qtbot.keyClick(form.hold, Qt.Key.Key_Return)
    assert page.snapshot().phase is Phase.PREP
    assert page.driver.timer.plan.hold_ms == 40_000


def test_ctrl_t_starts_the_timer_from_any_page(timer_window, page, qtbot):
    timer_window.show_page("log")
    press(timer_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert timer_window.current_page_id() == "timer"
    assert page.snapshot().phase is Phase.PREP
    timer_window.show_page("log")
    press(timer_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.snapshot().phase is Phase.PREP  # back to the workout, not a new one
    assert timer_window.current_page_id() == "timer"


# --------------------------------------------------------- pages, window, status bar


def test_switching_pages_never_resets_the_timer_and_the_indicator_follows(
    timer_window, page, qtbot, clock, store
):
    set_up(qtbot, page, hold="20", sets=1, prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 5_000)
    indicator = timer_window.statusBar().findChild(type(page.indicator), "timerStatusIndicator")
    assert indicator is page.indicator and indicator.isVisible()
    assert indicator.text() == "Hold 15 s · set 1/1"
    timer_window.show_page("log")
    advance(page, clock, 5_000)
    assert indicator.isVisible() and indicator.text() == "Hold 10 s · set 1/1"
    timer_window.show_page("settings")
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert timer_window.current_page_id() == "timer"
    assert page.snapshot().phase is Phase.HOLD
    assert page.snapshot().display_seconds == 10
    advance(page, clock, 10_000)
    assert not indicator.isVisible()
    assert saved_holds(store) == [(20_000, None, False)]


def test_the_timer_keeps_time_and_sound_while_the_window_is_hidden(
    timer_window, page, qtbot, clock, store, played
):
    set_up(qtbot, page, hold="10", sets=2, rest="10", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    timer_window.showMinimized()
    advance(page, clock, 12_000)
    timer_window.hide()
    advance(page, clock, 20_000)
    assert played.count("hold") == 2 and played[-1] == "done"
    assert saved_holds(store) == [(10_000, None, False)] * 2


# ------------------------------------------------------------------ closing CoreLog


def answer_close_dialog(qtbot, button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "timerCloseDialog"
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)


def test_closing_during_a_workout_can_stop_and_save(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, hold="30", sets=2, rest="10", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 30_000 + 10_000 + 8_000)
    answer_close_dialog(qtbot, "Stop and save")
    assert timer_window.close()
    assert saved_holds(store) == [(30_000, None, False), (8_000, None, True)]


def test_closing_can_be_cancelled_and_the_workout_goes_on(timer_window, page, qtbot, clock):
    set_up(qtbot, page, prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 3_000)
    answer_close_dialog(qtbot, "Cancel")
    assert not timer_window.close()
    assert timer_window.isVisible()
    assert page.snapshot().phase is Phase.HOLD and not page.snapshot().paused


def test_closing_without_saving(timer_window, page, qtbot, clock, store):
    set_up(qtbot, page, prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 3_000)
    answer_close_dialog(qtbot, "Quit without saving")
    assert timer_window.close()
    assert store_core.list_sessions(store) == []


def test_closing_between_workouts_asks_nothing(timer_window, page):
    assert page.can_close()
    assert timer_window.close()


def test_the_keys_are_listed_in_the_shortcuts_dialog(timer_window):
    listed = dict(timer_window.all_shortcuts())
    assert listed["Plank timer: start, pause, go on"] == "Space"
    assert listed["Plank timer: stop and save"] == "Esc"
    assert listed["Plank timer: skip the rest"] == "S"
    assert listed["Start the Plank Timer"] == "Ctrl+T"


# ------------------------------------------------- the exercise changes meanwhile


def _time_an_exercise_of_ones_own(timer_window, page, qtbot, clock) -> object:
    """Add "Wall sit" in the exercise library, then time it: 2 × 10 s, 5 s rest."""
    tab = timer_window.show_page("log").open_tab("core")
    qtbot.mouseClick(tab.library_button, Qt.MouseButton.LeftButton)
    library = tab.library_dialog
    qtbot.addWidget(library)  # closed when the test ends
    qtbot.keyClicks(library.new_name, "Wall sit")
    qtbot.mouseClick(library.new_hold, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClick(library.new_name, Qt.Key.Key_Return)
    timer_window.show_page("timer")
    form = page.setup_form
    form.exercise.setCurrentIndex(form.exercise.findText("Wall sit"))
    set_up(qtbot, page, hold="10", sets=2, rest="5", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 3_000)
    return library


def test_an_exercise_being_timed_cannot_be_deleted_from_the_library(
    timer_window, page, qtbot, clock, store
):
    library = _time_an_exercise_of_ones_own(timer_window, page, qtbot, clock)
    assert library.current().name == "Wall sit"
    qtbot.mouseClick(library.delete_button, Qt.MouseButton.LeftButton)
    assert library.delete_error.isVisible()
    assert "being timed" in library.delete_error.text()
    advance(page, clock, 30_000)
    assert page.snapshot().phase is Phase.DONE
    assert saved_holds(store) == [(10_000, None, False), (10_000, None, False)]
    # Once the holds are saved the workout uses it: it stays, as for any timed exercise.
    assert "Wall sit" in [r.name for r in exercise_service.library(store)]


def test_undoing_the_new_exercise_while_it_is_timed_hides_it_and_keeps_the_holds(
    timer_window, page, qtbot, clock, store
):
    _time_an_exercise_of_ones_own(timer_window, page, qtbot, clock)
    timer_window.findChild(QAction, "actionUndo").trigger()  # undoes "Add exercise"
    advance(page, clock, 30_000)
    assert saved_holds(store) == [(10_000, None, False), (10_000, None, False)]
    (wall_sit,) = [r for r in exercise_service.library(store) if r.name == "Wall sit"]
    assert wall_sit.hidden


def test_a_hold_to_failure_left_running_past_the_limit_loses_no_other_hold(
    timer_window, page, qtbot, clock, store
):
    qtbot.mouseClick(page.setup_form.count_up, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    set_up(qtbot, page, hold="", sets=2, rest="10", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 60_000, step=1000)
    press(timer_window, Qt.Key.Key_Space)  # the first hold: a minute
    advance(page, clock, 10_000 + 31 * 60_000, step=1000)  # the second: forgotten
    press(timer_window, Qt.Key.Key_Escape)
    assert saved_holds(store) == [(60_000, None, False)]
    message = timer_window.statusBar().currentMessage()
    assert "1 hold saved" in message and "longer than 30 minutes" in message


def test_a_single_hold_past_the_limit_says_why_nothing_was_saved(
    timer_window, page, qtbot, clock, store
):
    qtbot.mouseClick(page.setup_form.count_up, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    set_up(qtbot, page, hold="", sets=1, rest="0", prep="0")
    press(timer_window, Qt.Key.Key_Space)
    advance(page, clock, 31 * 60_000, step=1000)
    press(timer_window, Qt.Key.Key_Space)
    assert saved_holds(store) == []
    assert page.workout.saved.text() == (
        "Nothing saved: the hold ran longer than 30 minutes, more than CoreLog records."
    )
