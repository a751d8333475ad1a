"""The run form as a runner uses it: type, press Enter, find the run in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from corelog.domain.timeutil import local_now
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import RunDraft
from corelog.services.shoes import ShoeInput


@pytest.fixture(autouse=True)
def no_unexpected_questions(qapp):
    """A question nobody answers would hang the test: close it and fail instead."""
    unexpected: list[str] = []
    seen: list[object] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            seen.clear()
        elif box in seen:
            unexpected.append(box.text() if isinstance(box, QMessageBox) else box.objectName())
            box.reject()
        else:
            seen.append(box)

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not unexpected, f"unexpected questions: {unexpected}"


@pytest.fixture
def tab(window):
    window.show_page("log")
    return window.page("log").tab("runs")


@pytest.fixture
def form(tab):
    return tab.form


def saved_runs(ctx):
    return run_service.recent_runs(ctx.store)


def type_run(qtbot, form, distance: str, duration: str, *, enter: bool = True) -> None:
    qtbot.keyClicks(form.distance, distance)
    qtbot.keyClicks(form.duration, duration)
    if enter:
        qtbot.keyClick(form.duration, Qt.Key.Key_Return)


def choose(qtbot, combo, text: str) -> None:
    """Pick the item starting with ``text`` with the arrow keys, as a person does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not offered in {combo.objectName()}")


def answer_question(qtbot, button_name: str) -> list[str]:
    """Click ``button_name`` in the next modal question; returns the question's text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def add_saved_run(ctx, **changes) -> int:
    now = local_now()
    fields = {
        "started_at": now - timedelta(hours=3),
        "distance": "8",
        "duration": "44:05",
    }
    fields.update(changes)
    checked = run_service.check_run(ctx.store, RunDraft(**fields), "km", now)
    return run_service.add_run(ctx.store, checked)


# ------------------------------------------------------------------ logging a run


def test_a_typed_run_is_saved_with_enter(ctx, form, qtbot, window):
    before = local_now()
    type_run(qtbot, form, "5,2", "25:30")
    (run,) = saved_runs(ctx)
    assert (run.distance_m, run.duration_s, run.run_type) == (5200, 1530, "easy")
    assert run.effort is None and run.surface is None and run.elevation_gain_m is None
    # The start defaults to now, rounded down to five minutes, with the local offset.
    local = run.started_at.astimezone()
    assert before - timedelta(minutes=5) <= local <= local_now()
    assert local.minute % 5 == 0 and local.second == 0
    assert run.utc_offset_min == round(before.utcoffset().total_seconds() / 60)
    # The form is ready for the next run, and says what was saved.
    assert form.distance.text() == "" and form.duration.text() == ""
    assert "Run logged: 5.20 km in 25:30 (4:54 /km)" in window.statusBar().currentMessage()


def test_every_field_is_saved(ctx, form, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Racers", 0))
    form.refresh_shoes()
    choose(qtbot, form.run_type, "Race")
    assert form.race_class.isVisible()
    choose(qtbot, form.race_class, "Half")
    choose(qtbot, form.effort, "9")
    choose(qtbot, form.surface, "Track")
    choose(qtbot, form.shoe, "Racers")
    qtbot.keyClicks(form.elevation, "35 m")
    qtbot.keyClicks(form.notes, "Windy; negative split")
    type_run(qtbot, form, "21.1", "1:39:50")
    (run,) = saved_runs(ctx)
    assert (run.run_type, run.race_class, run.effort, run.surface) == ("race", "half", 9, "track")
    assert (run.distance_m, run.duration_s, run.elevation_gain_m) == (21100, 5990, 35)
    assert run.shoe_id == shoe_id and run.notes == "Windy; negative split"


@pytest.mark.parametrize("field", ["start", "elevation", "run_type", "effort", "surface", "shoe"])
def test_enter_saves_from_any_field(ctx, form, qtbot, field):
    type_run(qtbot, form, "5", "25:00", enter=False)
    qtbot.keyClick(getattr(form, field), Qt.Key.Key_Return)
    assert len(saved_runs(ctx)) == 1


def test_enter_on_the_clear_button_clears_rather_than_saves(ctx, form, qtbot):
    type_run(qtbot, form, "5", "25:00", enter=False)
    qtbot.keyClick(form.cancel_button, Qt.Key.Key_Return)
    assert saved_runs(ctx) == [] and form.distance.text() == ""


def test_the_race_distance_is_offered_only_for_races(form, qtbot):
    assert form.race_class.isHidden()
    choose(qtbot, form.run_type, "Race")
    assert form.race_class.isVisible()
    assert [form.race_class.itemText(i) for i in range(form.race_class.count())] == [
        "5K",
        "10K",
        "Half marathon",
        "Marathon",
        "Other distance",
    ]
    choose(qtbot, form.run_type, "Hills")
    assert form.race_class.isHidden()


def test_a_race_class_left_in_the_hidden_list_is_not_saved(ctx, form, qtbot):
    choose(qtbot, form.run_type, "Race")
    choose(qtbot, form.race_class, "Marathon")
    choose(qtbot, form.run_type, "Tempo")
    type_run(qtbot, form, "10", "45:00")
    (run,) = saved_runs(ctx)
    assert (run.run_type, run.race_class) == ("tempo", None)


def test_each_effort_has_a_one_line_description(form):
    from corelog.ui.log.run_fields import DESCRIPTION_ROLE

    described = [form.effort.itemData(i, DESCRIPTION_ROLE) for i in range(1, 11)]
    assert [form.effort.itemData(i) for i in range(1, 11)] == list(range(1, 11))
    for value, text in enumerate(described, start=1):
        assert text.startswith(f"{value} · ") and ": " in text and "\n" not in text
    assert len(set(described)) == 10


def test_the_run_types_the_issue_lists_are_offered(form):
    assert [form.run_type.itemData(i) for i in range(form.run_type.count())] == [
        "easy",
        "long",
        "tempo",
        "intervals",
        "hills",
        "sprints",
        "race",
    ]
    assert [form.surface.itemData(i) for i in range(form.surface.count())] == [
        None,
        "road",
        "trail",
        "track",
        "treadmill",
        "grass",
    ]


@pytest.mark.parametrize(
    ("distance", "duration", "metres", "seconds"),
    [
        ("5", "25:30", 5000, 1530),
        ("5.2", "1:02:03", 5200, 3723),
        ("5,2", "45m", 5200, 2700),
        ("5.2 km", "1h 5m", 5200, 3900),
        ("3.1 mi", "25:00", 4989, 1500),
        ("400 m", "90s", 400, 90),
        ("800 m", "3:05", 800, 185),
    ],
)
def test_forgiving_input(ctx, form, qtbot, distance, duration, metres, seconds):
    type_run(qtbot, form, distance, duration)
    (run,) = saved_runs(ctx)
    assert (run.distance_m, run.duration_s) == (metres, seconds)


def test_the_pace_follows_the_typing(form, qtbot):
    assert form.pace_text() == ""
    qtbot.keyClicks(form.distance, "5")
    assert form.pace_text() == ""
    qtbot.keyClicks(form.duration, "25")
    assert form.pace_text() == "5:00 /km"
    qtbot.keyClicks(form.duration, ":30")
    assert form.pace_text() == "5:06 /km"
    qtbot.keyClick(form.distance, Qt.Key.Key_Backspace)
    assert form.pace_text() == ""


def test_miles_for_typing_and_pace(ctx, form, qtbot):
    ctx.settings.set("units/distance", "mi")
    assert form.distance_unit.text() == "mi" and form.elevation_unit.text() == "ft"
    qtbot.keyClicks(form.elevation, "400")
    type_run(qtbot, form, "3.1", "25:00", enter=False)
    assert form.pace_text() == "8:04 /mi"
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    (run,) = saved_runs(ctx)
    assert (run.distance_m, run.elevation_gain_m) == (4989, 122)


def test_changing_the_unit_converts_what_is_typed(ctx, form, qtbot):
    type_run(qtbot, form, "5", "25:00", enter=False)
    qtbot.keyClicks(form.elevation, "100")
    ctx.settings.set("units/distance", "mi")
    assert form.distance.text() == "3.107" and form.elevation.text() == "328"
    assert form.pace_text() == "8:03 /mi"
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    (run,) = saved_runs(ctx)
    assert (run.distance_m, run.elevation_gain_m) == (5000, 100)


# ------------------------------------------------------------------ errors

ERRORS = [
    ("", "25:30", "distance", "Enter the distance you ran, like 5.2 or 5.2 km."),
    ("0", "25:30", "distance", "The distance must be more than zero."),
    ("-5", "25:30", "distance", "The distance can't be negative."),
    ("five", "25:30", "distance", "Enter a distance like 5.2 or 5.2 km."),
    ("501", "25:30", "distance", "More than 500 km in one run? Check the distance."),
    ("5", "", "duration", "Enter how long the run took, like 25:30 or 45m."),
    ("5", "0:00", "duration", "The time must be more than zero."),
    ("5", "-25:00", "duration", "The time can't be negative."),
    ("5", "soon", "duration", "Enter a time like 25:30, 1:02:03 or 45m."),
    ("5", "48h 1m", "duration", "More than 48 hours in one run? Check the time."),
    (
        "5",
        "25.30",
        "duration",
        "Write 25:30 for 25 minutes 30 seconds, or 25.5m for decimal minutes.",
    ),
]


@pytest.mark.parametrize(("distance", "duration", "field", "message"), ERRORS)
def test_each_error_is_shown_at_its_field_and_nothing_is_saved(
    ctx, form, qtbot, distance, duration, field, message
):
    type_run(qtbot, form, distance, duration)
    assert form.error_text(field) == message
    assert saved_runs(ctx) == []
    assert form.distance.text() == distance  # what was typed stays, to be corrected
    widget = form.distance if field == "distance" else form.duration
    assert widget.hasFocus()


def test_errors_at_several_fields_at_once_and_they_clear_when_fixed(ctx, form, qtbot):
    qtbot.keyClicks(form.elevation, "lots")
    type_run(qtbot, form, "", "")
    assert form.error_text("distance") and form.error_text("duration")
    assert form.error_text("elevation_gain") == "Enter an elevation gain like 120 or 120 m."
    qtbot.keyClicks(form.distance, "5")
    assert form.error_text("distance") == ""
    qtbot.keyClicks(form.duration, "25:00")
    form.elevation.clear()
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    assert len(saved_runs(ctx)) == 1
    assert form.error_text("elevation_gain") == ""


@pytest.mark.parametrize(
    ("climb", "message"),
    [
        ("-10", "Elevation gain can't be negative."),
        ("6000", "The climb can't be more than the distance run; check the elevation gain."),
    ],
)
def test_elevation_errors(ctx, form, qtbot, climb, message):
    qtbot.keyClicks(form.elevation, climb)
    type_run(qtbot, form, "5", "30:00")
    assert form.error_text("elevation_gain") == message
    assert saved_runs(ctx) == []


def test_a_start_more_than_a_day_ahead_is_refused(ctx, form, qtbot):
    ahead = local_now() + timedelta(days=1, hours=2)
    form.start.setDateTime(QDateTime(ahead.date(), ahead.time().replace(microsecond=0)))
    type_run(qtbot, form, "5", "25:00")
    assert form.error_text("started_at") == (
        "That is more than a day in the future; check the date and time."
    )
    assert saved_runs(ctx) == []


def test_the_start_can_be_moved_with_the_keyboard(ctx, form, qtbot):
    form.start.setFocus()
    form.start.setCurrentSection(form.start.Section.DaySection)
    expected = form.start.dateTime().addDays(-2)
    qtbot.keyClick(form.start, Qt.Key.Key_Down)
    qtbot.keyClick(form.start, Qt.Key.Key_Down)
    assert form.start.dateTime() == expected
    type_run(qtbot, form, "5", "25:00")
    (run,) = saved_runs(ctx)
    local = run.started_at.astimezone()
    wanted = expected.toPython()
    assert (local.date(), local.hour, local.minute) == (wanted.date(), wanted.hour, wanted.minute)


def test_a_5k_race_of_a_half_marathon_distance_is_refused_at_the_race_distance(ctx, form, qtbot):
    choose(qtbot, form.run_type, "Race")
    choose(qtbot, form.race_class, "5K")
    type_run(qtbot, form, "21.1", "1:39:50")
    assert form.error_text("race_class") == (
        "A 5K race is about 5 km; this run is 21.1 km. Choose 'other' or check the distance."
    )
    assert form.errors["race_class"].isVisible()
    assert saved_runs(ctx) == []
    # Choosing the right distance clears the message, and the race is saved.
    choose(qtbot, form.race_class, "Half")
    assert form.error_text("race_class") == ""
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    (run,) = saved_runs(ctx)
    assert (run.race_class, run.distance_m) == ("half", 21_100)


def test_a_race_distance_message_reads_in_miles_for_users_of_miles(ctx, form, qtbot):
    ctx.settings.set("units/distance", "mi")
    choose(qtbot, form.run_type, "Race")
    choose(qtbot, form.race_class, "Marathon")
    type_run(qtbot, form, "13.1", "1:39:50")
    assert form.error_text("race_class") == (
        "A marathon is about 26.2 mi; this run is 13.1 mi. Choose 'other' or check the distance."
    )
    choose(qtbot, form.race_class, "Other")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    (run,) = saved_runs(ctx)
    assert run.race_class == "other"


# ------------------------------------------------------------------ implausible pace


def test_an_implausibly_fast_pace_is_saved_only_when_confirmed(ctx, form, qtbot):
    question = answer_question(qtbot, "runPaceGoBack")
    type_run(qtbot, form, "10", "15:00")
    assert question == [
        "That is a pace of 1:30 /km, faster than 2:00 /km. "
        "Check the distance and time, or save it as it is."
    ]
    assert saved_runs(ctx) == []
    assert form.distance.text() == "10" and form.duration.text() == "15:00"

    answer_question(qtbot, "runPaceSaveAnyway")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    (run,) = saved_runs(ctx)
    assert (run.distance_m, run.duration_s) == (10_000, 900)


def test_an_implausibly_slow_pace_asks_too(ctx, form, qtbot):
    question = answer_question(qtbot, "runPaceSaveAnyway")
    type_run(qtbot, form, "1", "45:00")
    assert "slower than 30:00 /km" in question[0]
    assert len(saved_runs(ctx)) == 1


# ------------------------------------------------------------------ notes, Esc, Ctrl+R


def test_notes_take_any_text_and_come_back_byte_for_byte(ctx, form, qtbot):
    notes = "Ça va — 走った 🏃‍♀️ ٣ كم\nsecond line\ttab  two spaces " + "x" * 5000
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "Started slow. ")
    form.notes.insertPlainText(notes)
    type_run(qtbot, form, "5", "30:00")
    (run,) = saved_runs(ctx)
    assert run.notes == "Started slow. " + notes


def test_notes_a_text_box_would_change_are_kept_when_an_edit_does_not_touch_them(ctx, tab, qtbot):
    notes = "line one\r\nline two\u2029 end \x00"
    run_id = add_saved_run(ctx, notes=notes)
    tab.reload()
    tab.form.edit_run(run_service.get_run(ctx.store, run_id))
    tab.form.distance.clear()
    qtbot.keyClicks(tab.form.distance, "9")
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Return)
    run = run_service.get_run(ctx.store, run_id)
    assert run.distance_m == 9000
    assert run.notes.encode() == notes.encode()


def test_ctrl_enter_in_the_notes_saves_and_enter_makes_a_new_line(ctx, form, qtbot):
    type_run(qtbot, form, "5", "30:00", enter=False)
    qtbot.keyClicks(form.notes, "one")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(form.notes, "two")
    assert saved_runs(ctx) == []
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (run,) = saved_runs(ctx)
    assert run.notes == "one\ntwo"


def test_ctrl_and_the_keypad_enter_in_the_notes_saves_too(ctx, form, qtbot):
    type_run(qtbot, form, "5", "30:00", enter=False)
    qtbot.keyClicks(form.notes, "keypad")
    qtbot.keyClick(
        form.notes,
        Qt.Key.Key_Enter,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
    )
    (run,) = saved_runs(ctx)
    assert run.notes == "keypad"


def test_esc_clears_the_form_and_saves_nothing(ctx, form, qtbot):
    choose(qtbot, form.run_type, "Hills")
    type_run(qtbot, form, "5", "30:00", enter=False)
    qtbot.keyClick(form.duration, Qt.Key.Key_Escape)
    assert form.distance.text() == "" and form.duration.text() == ""
    assert form.run_type.currentData() == "easy"
    assert saved_runs(ctx) == []


def test_ctrl_r_from_another_page_opens_a_new_run(window, qtbot):
    window.show_page("settings")
    action = window.findChild(QAction, "actionLogRun")
    assert action.shortcut().toString() == "Ctrl+R"
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "log"
    page = window.page("log")
    assert page.tabs.currentWidget() is page.tab("runs")
    assert page.tab("runs").form.distance.hasFocus()


def test_ctrl_r_keeps_a_half_typed_run_but_leaves_an_edit(ctx, window, tab, qtbot):
    action = window.findChild(QAction, "actionLogRun")
    qtbot.keyClicks(tab.form.distance, "7")
    action.trigger()
    assert tab.form.distance.text() == "7"

    run_id = add_saved_run(ctx)
    tab.reload()
    tab.form.edit_run(run_service.get_run(ctx.store, run_id))
    action.trigger()
    assert tab.form.editing is None and tab.form.distance.text() == ""


# ------------------------------------------------------------------ shoes on the form


def test_the_last_pair_worn_is_the_default_and_retired_pairs_are_not_offered(ctx, form, qtbot):
    old = shoe_service.add_shoe(ctx.store, ShoeInput("Old pair", 0))
    new = shoe_service.add_shoe(ctx.store, ShoeInput("New pair", 0))
    form.reset()
    assert form.shoe.currentData() is None
    choose(qtbot, form.shoe, "New pair")
    type_run(qtbot, form, "5", "30:00")
    assert form.shoe.currentData() == new  # the next run defaults to the pair just worn
    shoe_service.set_retired(ctx.store, new, True)
    ctx.bus.announce("shoes")
    form.reset()
    offered = [form.shoe.itemData(i) for i in range(form.shoe.count())]
    assert offered == [None, old]
    assert form.shoe.currentData() is None


def test_an_old_run_keeps_its_retired_pair(ctx, tab, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Retired pair", 0))
    run_id = add_saved_run(ctx, shoe_id=shoe_id)
    shoe_service.set_retired(ctx.store, shoe_id, True)
    tab.reload()
    tab.form.edit_run(run_service.get_run(ctx.store, run_id))
    assert tab.form.shoe.currentText() == "Retired pair (retired)"
    tab.form.duration.clear()
    qtbot.keyClicks(tab.form.duration, "45:00")
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    run = run_service.get_run(ctx.store, run_id)
    assert (run.duration_s, run.shoe_id) == (2700, shoe_id)


def test_an_untouched_form_moves_its_start_to_now_when_the_page_comes_back(
    form, window, monkeypatch
):
    from corelog.ui.log import run_form

    morning = local_now().replace(hour=6, minute=2, second=0, microsecond=0) - timedelta(days=1)
    monkeypatch.setattr(run_form, "local_now", lambda: morning)
    form.reset()
    assert form.start.dateTime().toPython() == morning.replace(minute=0, tzinfo=None)
    monkeypatch.undo()
    window.show_page("settings")
    window.show_page("log")
    assert form.start.dateTime().toPython() > morning.replace(tzinfo=None) + timedelta(hours=12)
