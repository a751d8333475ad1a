"""Setting up a workout on the Plank timer page: defaults, checks, presets, progress, Settings."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from timer_window import fake_clock_window, quiet_player

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.timeutil import local_now
from corelog.services import core as core_service
from corelog.services import exercises as lib
from corelog.services import presets as preset_service
from corelog.services import timer_workouts
from corelog.timer import FakeClock, Phase, TimerMode
from corelog.ui.main_window import MainWindow
from corelog.ui.timer.page import TimerPage


@pytest.fixture
def clock():
    return FakeClock()


def make_window(ctx, qtbot, clock) -> MainWindow:
    return fake_clock_window(ctx, qtbot, clock, quiet_player)


@pytest.fixture
def window(ctx, qtbot, clock) -> MainWindow:
    return make_window(ctx, qtbot, clock)


@pytest.fixture
def page(window) -> TimerPage:
    return window.show_page("timer")


@pytest.fixture
def rows(store):
    return {row.key: row for row in lib.library(store)}


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)


def past_workout(store, row, holds, *, target, sets, rest=20_000, days_ago=1):
    start = local_now() - timedelta(days=days_ago)
    timer_workouts.save_timer_workout(
        store,
        FinishedWorkout(
            exercise_id=row.id,
            mode="countdown",
            target_hold_ms=target,
            planned_sets=sets,
            rest_ms=rest,
            prep_ms=5_000,
            alternate_sides=False,
            completed=True,
            started_at=start,
            holds=[TimerHold(ms) for ms in holds],
        ),
        start.date(),
    )


def visible_text(label) -> str:
    return label.text() if label.isVisible() else ""


# ------------------------------------------------------------------------- defaults


def test_a_first_visit_offers_the_documents_plank_dose(page):
    form = page.setup_form
    assert form.current_exercise().key == "plank"
    assert form.countdown.isChecked()
    assert (form.hold.text(), form.sets.value(), form.rest.text(), form.prep.text()) == (
        "30",
        3,
        "30",
        "5",
    )
    assert "30-60 s" in form.note.text()
    assert form.note.text().endswith("(source: 002 · Sore abs after running).")
    assert page.display.phase_text() == "Ready"
    assert page.display.digits_text() == "30"
    assert page.display.next_line() == "Prep 5 s, then hold 30 s, set 1 of 3"
    assert form.preset_name.placeholderText() == "Plank 3 × 30 s"


def test_choosing_an_exercise_fills_in_its_last_workout(ctx, qtbot, clock, store, rows):
    past_workout(store, rows["plank"], [45_000, 45_000], target=45_000, sets=2, rest=20_000)
    page = make_window(ctx, qtbot, clock).show_page("timer")
    form = page.setup_form
    form.exercise.setFocus()
    qtbot.keyClicks(form.exercise, "Side")
    assert form.current_exercise().key == "side_plank"
    assert (form.hold.text(), form.sets.value(), form.rest.text()) == ("30", 3, "30")
    assert form.sets.suffix() == " each side"
    qtbot.keyClick(form.exercise, Qt.Key.Key_Up)
    assert form.current_exercise().key == "plank"
    assert (form.hold.text(), form.sets.value(), form.rest.text()) == ("45", 2, "20")
    assert form.note.text().startswith("As your last workout of it, on ")


def test_the_last_exercise_timed_is_chosen_again(ctx, qtbot, clock, store, rows):
    first = make_window(ctx, qtbot, clock).show_page("timer")
    first.setup_form.select_exercise(rows["side_plank"].id)
    first.start_workout()
    first.stop()
    again = make_window(ctx, qtbot, clock).show_page("timer")
    assert again.setup_form.current_exercise().key == "side_plank"


def test_hidden_exercises_are_not_offered(ctx, qtbot, clock, store, rows):
    lib.SetExerciseHidden(store, rows["side_plank"].id, True).do()
    page = make_window(ctx, qtbot, clock).show_page("timer")
    combo = page.setup_form.exercise
    assert [combo.itemText(i) for i in range(combo.count())] == ["Plank"]


def test_the_prep_follows_settings(window, page, qtbot):
    settings_page = window.show_page("settings")
    settings_page.timer_prep.setFocus()
    settings_page.timer_prep.selectAll()
    qtbot.keyClicks(settings_page.timer_prep, "12")
    assert window.ctx.settings.timer_prep_s == 12
    window.show_page("timer")
    assert page.setup_form.prep.text() == "12"
    assert page.display.next_line().startswith("Prep 12 s, then")


# --------------------------------------------------------------------------- checks


def test_bad_setup_shows_messages_and_nothing_starts(window, page, qtbot, store):
    form = page.setup_form
    retype(qtbot, form.hold, "soon")
    retype(qtbot, form.rest, "-5")
    retype(qtbot, form.prep, "9:00")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().phase is Phase.IDLE
    assert visible_text(form.hold_error) == "Enter a hold like 45, 45s or 1:30."
    assert visible_text(form.rest_error) == "The rest can't be negative."
    assert visible_text(form.prep_error) == "The prep countdown can be at most 60 seconds."
    assert form.hold.hasFocus()
    assert "Check the workout setup" in window.statusBar().currentMessage()
    retype(qtbot, form.hold, "")
    qtbot.keyClick(form.hold, Qt.Key.Key_Return)
    assert visible_text(form.hold_error) == (
        "Enter the target hold. Enter a hold like 45, 45s or 1:30."
    )
    retype(qtbot, form.hold, "45")
    retype(qtbot, form.rest, "30")
    retype(qtbot, form.prep, "5")
    qtbot.keyClick(form.prep, Qt.Key.Key_Return)
    assert page.snapshot().phase is Phase.PREP
    assert not form.hold_error.isVisible() and not form.rest_error.isVisible()
    page.stop()
    assert core_service.recent_sessions(store) == []


def test_the_rest_and_prep_messages_name_their_field(page, qtbot):
    form = page.setup_form
    retype(qtbot, form.rest, "a while")
    retype(qtbot, form.prep, "2 min")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.snapshot().phase is Phase.IDLE
    assert visible_text(form.rest_error) == (
        "Enter a rest like 30, 30s or 1:00, or leave it empty for none."
    )
    assert visible_text(form.prep_error) == "The prep countdown can be at most 60 seconds."
    retype(qtbot, form.prep, "soon")
    qtbot.keyClick(form.prep, Qt.Key.Key_Return)
    assert visible_text(form.prep_error) == (
        "Enter a prep countdown like 5 or 10s, or leave it empty for none."
    )
    assert page.snapshot().phase is Phase.IDLE


def test_a_target_over_half_an_hour_is_refused(page, qtbot):
    retype(qtbot, page.setup_form.hold, "45:00")
    page.start_workout()
    assert visible_text(page.setup_form.hold_error) == (
        "A hold of more than 30 minutes? Check the time."
    )


def test_hold_to_failure_needs_no_goal(page, qtbot):
    form = page.setup_form
    qtbot.mouseClick(form.count_up, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    retype(qtbot, form.hold, "")
    assert form.hold.accessibleName() == "Goal"
    assert page.start_workout()
    assert page.driver.timer.plan.mode is TimerMode.COUNT_UP
    assert page.driver.timer.plan.hold_ms == 0
    page.stop()


def test_the_setup_is_hidden_during_a_workout_and_back_after(page, qtbot, clock):
    retype(qtbot, page.setup_form.hold, "5")
    retype(qtbot, page.setup_form.prep, "0")
    page.start_workout()
    assert not page.setup_card.isVisible() and page.workout.isVisible()
    page.stop()
    assert page.setup_card.isVisible() and page.workout.isVisible()
    assert visible_text(page.workout.saved) == ("Workout stopped before any hold: nothing to save.")
    retype(qtbot, page.setup_form.hold, "6")  # a new setup: the old results go
    assert not page.workout.isVisible()
    assert page.display.phase_text() == "Ready"


# -------------------------------------------------------------------------- presets


def test_save_a_preset_with_the_suggested_name_then_load_it(window, page, qtbot, store):
    form = page.setup_form
    retype(qtbot, form.hold, "45")
    retype(qtbot, form.rest, "20")
    qtbot.mouseClick(form.save_preset, Qt.MouseButton.LeftButton)
    (saved,) = preset_service.presets(store)
    assert saved.name == "Plank 3 × 45 s"
    assert (saved.hold_ms, saved.sets, saved.rest_ms, saved.prep_ms) == (45_000, 3, 20_000, 5_000)
    assert form.preset.currentText() == "Plank 3 × 45 s"
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    # change the setup: the preset is no longer what is shown
    retype(qtbot, form.hold, "30")
    assert form.preset.currentIndex() == 0
    form.preset.setCurrentIndex(1)
    form.preset.activated.emit(1)
    assert form.hold.text() == "45" and form.rest.text() == "20"
    assert form.note.text() == "From the preset “Plank 3 × 45 s”."


def test_a_named_preset_for_side_planks_and_a_replaced_one(window, page, qtbot, store, rows):
    form = page.setup_form
    form.select_exercise(rows["side_plank"].id)
    retype(qtbot, form.hold, "30")
    form.sets.setValue(2)
    assert form.preset_name.placeholderText() == "Side plank 2 × 30 s each side"
    retype(qtbot, form.preset_name, "Evening sides")
    qtbot.keyClick(form.preset_name, Qt.Key.Key_Return)
    retype(qtbot, form.hold, "35")
    retype(qtbot, form.preset_name, "evening sides")
    qtbot.keyClick(form.preset_name, Qt.Key.Key_Return)
    (saved,) = preset_service.presets(store)
    assert (saved.name, saved.hold_ms, saved.alternate_sides) == ("evening sides", 35_000, True)
    assert "replaced" in window.statusBar().currentMessage()
    window.findChild(QAction, "actionUndo").trigger()
    (back,) = preset_service.presets(store)
    assert (back.name, back.hold_ms) == ("Evening sides", 30_000)


def test_a_preset_name_too_long_is_refused(page, qtbot, store):
    retype(qtbot, page.setup_form.preset_name, "x" * 81)
    qtbot.mouseClick(page.setup_form.save_preset, Qt.MouseButton.LeftButton)
    assert visible_text(page.setup_form.preset_name_error) == (
        "Keep the name to 80 characters or fewer."
    )
    assert preset_service.presets(store) == []


def test_a_bad_setup_is_not_saved_as_a_preset(page, qtbot, store):
    retype(qtbot, page.setup_form.hold, "0")
    qtbot.mouseClick(page.setup_form.save_preset, Qt.MouseButton.LeftButton)
    assert visible_text(page.setup_form.hold_error) == "The target must be at least 1 second."
    assert preset_service.presets(store) == []


def test_delete_a_preset_and_undo(window, page, qtbot, store):
    form = page.setup_form
    qtbot.mouseClick(form.save_preset, Qt.MouseButton.LeftButton)
    assert form.delete_preset.isEnabled()
    qtbot.mouseClick(form.delete_preset, Qt.MouseButton.LeftButton)
    assert preset_service.presets(store) == []
    assert form.preset.count() == 1 and not form.preset.isEnabled()
    assert window.statusBar().currentMessage() == (
        "Preset “Plank 3 × 30 s” deleted — Ctrl+Z to undo"
    )
    window.findChild(QAction, "actionUndo").trigger()
    assert [p.name for p in preset_service.presets(store)] == ["Plank 3 × 30 s"]
    assert form.preset.count() == 2


# ------------------------------------------------------------------------- progress


def test_progress_shows_the_best_and_offers_five_seconds_more(ctx, qtbot, clock, store, rows):
    past_workout(store, rows["plank"], [45_000, 47_200], target=45_000, sets=2, days_ago=3)
    past_workout(store, rows["plank"], [45_000, 45_000], target=45_000, sets=2, days_ago=1)
    page = make_window(ctx, qtbot, clock).show_page("timer")
    progress = page.progress
    assert "<b>Personal best:</b> 47 s" in progress.best.text()
    assert "try 50 s next time" in progress.suggestion.text()
    assert "(source: 002 · Sore abs after running)" in progress.suggestion.text()
    assert progress.use.isVisible() and progress.use.text() == "Use 50 s"
    qtbot.mouseClick(progress.use, Qt.MouseButton.LeftButton)
    assert page.setup_form.hold.text() == "50"
    assert page.display.digits_text() == "50"


def test_at_sixty_seconds_a_harder_variation_is_suggested(ctx, qtbot, clock, store, rows):
    for days in (3, 1):
        past_workout(store, rows["plank"], [60_000] * 2, target=60_000, sets=2, days_ago=days)
    page = make_window(ctx, qtbot, clock).show_page("timer")
    assert page.progress.harder.isVisible()
    assert "Add light resistance to the plank." in page.progress.harder.text()
    assert not page.progress.use.isVisible()


def test_a_new_best_shows_as_soon_as_the_workout_is_saved(page, qtbot, clock):
    retype(qtbot, page.setup_form.hold, "20")
    retype(qtbot, page.setup_form.prep, "0")
    page.setup_form.sets.setValue(1)
    assert "none yet" in page.progress.best.text()
    page.start_workout()
    clock.advance(20_000)
    page.driver.refresh()
    assert "<b>Personal best:</b> 20 s" in page.progress.best.text()


def test_a_workout_logged_elsewhere_updates_the_progress(page, store, rows):
    assert "none yet" in page.progress.best.text()
    past_workout(store, rows["plank"], [52_000], target=45_000, sets=1, days_ago=2)
    page.ctx.bus.announce("core")
    day = (local_now() - timedelta(days=2)).date()
    assert page.progress.best.text() == (
        f"<b>Personal best:</b> 52 s, {day:%a} {day.day} {day:%b %Y}"
    )


def test_renaming_or_hiding_the_chosen_exercise_in_the_library(page, store, rows):
    plank = rows["plank"]
    lib.RenameExercise(store, plank.id, "Front plank").do()
    page.ctx.bus.announce("exercises")
    assert page.setup_form.exercise.currentText() == "Front plank"
    assert page.display.title_text().startswith("Front plank · ")
    lib.SetExerciseHidden(store, plank.id, True).do()
    page.ctx.bus.announce("exercises")
    assert page.setup_form.current_exercise().key == "side_plank"
    assert page.setup_form.sets.suffix() == " each side"
    assert "Side plank" in page.progress.best.text()


def test_a_hidden_exercise_keeps_running_until_the_workout_ends(page, qtbot, clock, store, rows):
    retype(qtbot, page.setup_form.prep, "0")
    retype(qtbot, page.setup_form.hold, "10")
    page.setup_form.sets.setValue(1)
    page.start_workout()
    lib.SetExerciseHidden(store, rows["plank"].id, True).do()
    page.ctx.bus.announce("exercises")
    assert page.setup_form.current_exercise().key == "plank"
    clock.advance(10_000)
    page.driver.refresh()
    (session,) = core_service.recent_sessions(store)
    assert [s.exercise_name for s in session.sets] == ["Plank"]


def test_with_every_held_exercise_hidden_the_page_says_what_to_do(ctx, qtbot, clock, store, rows):
    for key in ("plank", "side_plank"):
        lib.SetExerciseHidden(store, rows[key].id, True).do()
    page = make_window(ctx, qtbot, clock).show_page("timer")
    form = page.setup_form
    assert form.exercise.count() == 0
    assert form.note.text() == (
        "No held exercise to time: show one in the exercise library (Log page)."
    )
    assert not page.start_workout()
    assert visible_text(form.exercise_error) == "Choose the exercise to time."
    assert page.progress.best.text() == "Choose an exercise to see your personal best."


def test_alt_v_saves_the_setup_as_a_preset(window, page, qtbot, store):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(preset_service.presets(store)) == 1)  # a mnemonic clicks later
    assert preset_service.presets(store)[0].name == "Plank 3 × 30 s"


@pytest.mark.parametrize("field", ["exercise", "preset"])
def test_go_menu_shortcuts_work_from_the_exercise_and_preset_lists(
    window, page, qtbot, press, field
):
    qtbot.mouseClick(page.setup_form.save_preset, Qt.MouseButton.LeftButton)  # a preset to pick
    getattr(page.setup_form, field).setFocus()
    assert QApplication.focusWidget() is getattr(page.setup_form, field)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "log"


def test_alt_keys_work_from_the_exercise_list(page, press):
    form = page.setup_form
    form.exercise.setFocus()
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.rest
    form.exercise.setFocus()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.sets


def test_typing_a_letter_in_the_exercise_list_still_picks_an_exercise(page, press):
    form = page.setup_form
    form.exercise.setFocus()
    press(Qt.Key.Key_S)
    assert form.exercise.currentText().startswith("S")
