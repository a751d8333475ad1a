"""Logging core sessions on the Log page as a person would: type, press Enter, read it back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QAction

from corelog.domain import clock
from corelog.services import core as core_service
from corelog.services import exercises as lib
from corelog.store import core as store_core


def open_core(window):
    page = window.show_page("log")
    return page.open_tab("core")


@pytest.fixture
def tab(window):
    return open_core(window)


def choose(qtbot, combo, name: str) -> None:
    """Pick an exercise with the keyboard: focus the box, type the start of its name."""
    combo.setFocus()
    qtbot.keyClicks(combo, name)
    assert combo.currentText() == name


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def sessions(store):
    return store_core.list_sessions(store)


def test_log_a_multi_set_session_and_read_it_back(tab, qtbot, store):
    form = tab.form
    first = form.sets.rows()[0]
    choose(qtbot, first.exercise, "Plank")
    type_into(qtbot, first.amount, "45")
    qtbot.mouseClick(form.sets.add_button, Qt.MouseButton.LeftButton)
    second = form.sets.rows()[1]
    assert second.exercise.currentText() == "Plank" and second.amount.text() == "45"
    qtbot.keyClicks(second.amount, "1:30")  # the copied amount is selected: typing replaces it
    qtbot.mouseClick(form.sets.add_button, Qt.MouseButton.LeftButton)
    third = form.sets.rows()[2]
    choose(qtbot, third.exercise, "Side plank")
    assert third.left.isVisible() and third.right.isVisible() and not third.amount.isVisible()
    type_into(qtbot, third.left, "30s")
    type_into(qtbot, third.right, "28")
    qtbot.mouseClick(form.sets.add_button, Qt.MouseButton.LeftButton)
    fourth = form.sets.rows()[3]
    choose(qtbot, fourth.exercise, "Bird dog")
    type_into(qtbot, fourth.amount, "12")
    type_into(qtbot, form.duration, "20")
    form.effort.setFocus()
    qtbot.waitUntil(form.effort.lineEdit().hasSelectedText)  # focus selects "–"
    qtbot.keyClicks(form.effort, "7")
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "After the easy run")
    qtbot.keyClick(fourth.amount, Qt.Key.Key_Return)

    (saved,) = sessions(store)
    assert [(s.exercise_name, s.side, s.hold_ms, s.reps) for s in saved.sets] == [
        ("Plank", None, 45_000, None),
        ("Plank", None, 90_000, None),
        ("Side plank", "left", 30_000, None),
        ("Side plank", "right", 28_000, None),
        ("Bird dog", None, None, 12),
    ]
    assert (saved.effort, saved.duration_s, saved.notes) == (7, 1200, "After the easy run")
    # What the user sees: the list shows it, the form is fresh, the week counts it.
    assert tab.model.rowCount() == 1
    shown = tab.model.index(0, 1).data()
    assert shown.splitlines() == [
        "Plank 45 s, 1:30",
        "Side plank L 30 s, R 28 s",
        "Bird dog 12 reps",
    ]
    assert len(form.sets.rows()) == 1 and form.sets.rows()[0].amount.text() == ""
    assert form.notes.toPlainText() == ""
    assert tab.week.label.text() == "Core sessions this week: 1 of 2-3"


def test_the_start_time_is_what_the_user_set(tab, qtbot, store):
    form = tab.form
    yesterday = (clock.local_now() - timedelta(days=1)).replace(
        hour=6, minute=45, second=0, microsecond=0
    )
    form.start.setDateTime(QDateTime(yesterday.date(), yesterday.time()))
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (saved,) = sessions(store)
    local = saved.local_start
    assert (local.date(), local.hour, local.minute) == (
        yesterday.date(),
        6,
        45,
    )
    assert saved.utc_offset_min == round(local.utcoffset().total_seconds() / 60)


@pytest.mark.parametrize(
    ("key", "amount", "message"),
    [
        ("Bird dog", "0", "Enter at least 1 rep."),
        ("Bird dog", "-4", "Reps can't be negative."),
        ("Bird dog", "1001", "More than 1,000 reps in one set? Check the number."),
        ("Plank", "0", "The hold must be longer than zero."),
        ("Plank", "-45", "A hold can't be negative."),
        ("Plank", "31:00", "A hold of more than 30 minutes? Check the time."),
        ("Plank", "soon", "Enter a hold like 45, 45s or 1:30."),
        ("Plank", "1.5", "Seconds or minutes? Write 1.5s for seconds, or 1:30 for 1.5 minutes."),
        ("Plank", "45,5", "Seconds or minutes? Write 45,5s for seconds."),
    ],
)
def test_bad_amounts_get_a_message_at_the_set_and_nothing_is_saved(
    tab, qtbot, store, key, amount, message
):
    form = tab.form
    row = form.sets.rows()[0]
    choose(qtbot, row.exercise, key)
    type_into(qtbot, row.amount, amount)
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert row.error.isVisible() and row.error.text() == message
    assert "border" in row.amount.styleSheet()
    assert sessions(store) == []
    assert store.reader.scalar("SELECT COUNT(*) FROM core_set") == 0
    # Fixing it clears the mark and saves.
    type_into(qtbot, row.amount, "12")
    assert row.amount.styleSheet() == ""
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert not row.error.isVisible()
    assert len(sessions(store)) == 1


def test_a_hold_with_decimals_needs_its_unit_and_then_saves_exactly(tab, qtbot, store):
    """"1.5" could be a minute and a half or a second and a half: the user says which."""
    row = tab.form.sets.rows()[0]
    choose(qtbot, row.exercise, "Plank")
    type_into(qtbot, row.amount, "1.5")
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert row.error.isVisible() and "1:30 for 1.5 minutes" in row.error.text()
    assert sessions(store) == []
    type_into(qtbot, row.amount, "1:30")
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert [s.hold_ms for s in sessions(store)[0].sets] == [90_000]
    row = tab.form.sets.rows()[0]
    type_into(qtbot, row.amount, "45.5s")
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert [s.hold_ms for s in sessions(store)[0].sets] == [45_500]


def test_no_sets_is_refused(tab, qtbot, store):
    form = tab.form
    qtbot.mouseClick(form.sets.rows()[0].remove, Qt.MouseButton.LeftButton)
    assert form.sets.rows() == []
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.sets.error.isVisible() and form.sets.error.text() == "Add at least one set."
    assert sessions(store) == []


def test_an_empty_side_pair_asks_for_a_hold_and_one_side_alone_is_fine(tab, qtbot, store):
    form = tab.form
    row = form.sets.rows()[0]
    choose(qtbot, row.exercise, "Side plank")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert row.error.text().startswith("Enter how long you held it.")
    assert sessions(store) == []
    type_into(qtbot, row.right, "40")
    qtbot.keyClick(row.right, Qt.Key.Key_Return)
    (saved,) = sessions(store)
    assert [(s.side, s.hold_ms) for s in saved.sets] == [("right", 40_000)]


def test_bad_duration_and_start_far_ahead(tab, qtbot, store):
    form = tab.form
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    type_into(qtbot, form.duration, "7h")
    ahead = clock.local_now() + timedelta(days=3)
    form.start.setDateTime(QDateTime(ahead.date(), ahead.time().replace(microsecond=0)))
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    assert form.duration_error.text() == (
        "More than 6 hours of core work in one session? Check the duration."
    )
    assert form.start_error.text() == (
        "That is more than a day in the future; check the date and time."
    )
    assert sessions(store) == []


def test_escape_clears_a_new_session(tab, qtbot, store):
    form = tab.form
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    qtbot.mouseClick(form.sets.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.sets.rows()[1].amount, Qt.Key.Key_Escape)
    assert len(form.sets.rows()) == 1 and form.sets.rows()[0].amount.text() == ""
    assert sessions(store) == []


def test_undo_and_redo_a_logged_session(tab, qtbot, window, store):
    form = tab.form
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    (saved,) = sessions(store)
    undo = window.findChild(QAction, "actionUndo")
    assert undo.text() == "&Undo Log core session"
    undo.trigger()
    assert sessions(store) == [] and tab.model.rowCount() == 0
    assert tab.list_stack.currentWidget() is tab.empty
    assert tab.week.label.text() == "Core sessions this week: 0 of 2-3"
    window.findChild(QAction, "actionRedo").trigger()
    assert [s.uuid for s in sessions(store)] == [saved.uuid]
    assert tab.model.rowCount() == 1


def test_repeat_last_session_prefills_the_form(tab, qtbot, store):
    ids = {r.key: r.id for r in lib.library(store)}
    values = core_service.check_session(
        store,
        core_service.SessionForm(
            started_at=datetime.now().astimezone() - timedelta(days=2),
            sets=[
                core_service.SetForm(ids["plank"], "45.4s"),
                core_service.SetForm(ids["side_plank"], "30", "left"),
                core_service.SetForm(ids["side_plank"], "31", "right"),
                core_service.SetForm(ids["dead_bug"], "10"),
            ],
            effort=5,
            notes="old notes",
        ),
    )
    core_service.AddSession(store, values).do()
    tab.ctx.bus.announce("core")
    form = tab.form
    qtbot.mouseClick(form.repeat, Qt.MouseButton.LeftButton)
    rows = form.sets.rows()
    assert [
        (r.exercise.currentText(), r.amount.text(), r.left.text(), r.right.text()) for r in rows
    ] == [
        ("Plank", "45", "", ""),
        ("Side plank", "", "30", "31"),
        ("Dead bug", "10", "", ""),
    ]
    assert form.effort.value() == 5 and form.notes.toPlainText() == ""
    assert (
        form.repeat_note.isVisible()
        and "Sets copied from your session of" in form.repeat_note.text()
    )
    qtbot.keyClick(rows[0].amount, Qt.Key.Key_Return)
    newest = sessions(store)[0]
    assert [(s.exercise_key, s.side, s.hold_ms, s.reps) for s in newest.sets] == [
        ("plank", None, 45_000, None),
        ("side_plank", "left", 30_000, None),
        ("side_plank", "right", 31_000, None),
        ("dead_bug", None, None, 10),
    ]
    assert len(sessions(store)) == 2


def test_repeat_with_nothing_logged_says_so(tab, qtbot):
    qtbot.mouseClick(tab.form.repeat, Qt.MouseButton.LeftButton)
    assert tab.form.repeat_note.text() == "Nothing to repeat yet: this will be your first session."


def test_ctrl_k_opens_the_form_from_anywhere(window, qtbot):
    window.show_page("settings")
    action = window.findChild(QAction, "actionLogCoreSession")
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    assert window.current_page_id() == "log"
    tab = window.page("log").tabs.currentWidget()
    assert tab.objectName() == "coreTab"
    assert tab.form.sets.rows()[0].amount.hasFocus()


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_hidden_exercise_leaves_the_picker(tab, qtbot, store):
    plank = lib.exercise_by_key(store, "plank")
    lib.SetExerciseHidden(store, plank.id, True).do()
    tab.ctx.bus.announce("exercises")
    row = tab.form.sets.rows()[0]
    # The blank first set only held it as a default: it moves on; new rows do not offer it.
    assert row.exercise.currentText() == "Side plank"
    assert "Plank (hidden)" not in items(row.exercise)
    qtbot.keyClick(row.left, Qt.Key.Key_Escape)
    combo = tab.form.sets.rows()[0].exercise
    assert "Plank" not in items(combo) and "Plank (hidden)" not in items(combo)
    assert combo.currentText() == "Side plank"


def test_ctrl_z_right_after_saving_with_enter_undoes_the_save(tab, qtbot, store, press):
    form = tab.form
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert len(sessions(store)) == 1
    focused = press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.isAncestorOf(focused)  # the cursor is in the fresh form's first set
    assert sessions(store) == [] and tab.model.rowCount() == 0
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(sessions(store)) == 1


def test_the_saved_duration_is_not_left_to_undo_in_its_field(tab, qtbot, store, press):
    form = tab.form
    type_into(qtbot, form.duration, "20")
    type_into(qtbot, form.sets.rows()[0].amount, "45")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    form.duration.setFocus()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.duration.text() == ""
    assert sessions(store) == []


def test_ctrl_z_while_typing_a_set_undoes_the_typing(tab, qtbot, store, press):
    amount = tab.form.sets.rows()[0].amount
    type_into(qtbot, amount, "45")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    amount = tab.form.sets.rows()[0].amount
    type_into(qtbot, amount, "30")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert amount.text() != "30"
    assert len(sessions(store)) == 1
