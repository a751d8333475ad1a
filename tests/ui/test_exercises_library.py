"""The exercise library window: browse, add your own, rename, hide, delete, undo."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from corelog.services import core as core_service
from corelog.services import core_form
from corelog.services import exercises as lib


@pytest.fixture
def tab(window):
    return window.show_page("log").open_tab("core")


@pytest.fixture
def dialog(tab, qtbot):
    qtbot.mouseClick(tab.library_button, Qt.MouseButton.LeftButton)
    shown = tab.library_dialog
    assert shown is not None and shown.isVisible()
    qtbot.addWidget(shown)  # closed when the test ends
    return shown


def names(dialog) -> list[str]:
    return [dialog.model.record(i).name for i in range(dialog.model.rowCount())]


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_the_library_shows_every_built_in_with_what_the_documents_say(dialog):
    assert names(dialog)[:8] == [
        "Plank",
        "Side plank",
        "Bird dog",
        "Dead bug",
        "Glute bridge",
        "Bicycle crunch",
        "Russian twist",
        "Leg raise",
    ]
    assert dialog.select_key("plank")
    text = dialog.details.body.text()
    assert "Transverse abdominis" in text and "30-60 s" in text
    assert dialog.details.sources.text() == (
        "(sources: 002 · Sore abs after running; 003 · Core training for runners)"
    )
    assert dialog.details.meta.text() == "Held for a time"
    dialog.select_key("side_plank")
    assert dialog.details.meta.text() == "Held for a time, on each side"


def test_the_model_obeys_qts_rules(dialog, qtmodeltester):
    qtmodeltester.check(dialog.model)


def test_add_an_exercise_of_your_own_and_log_it(dialog, tab, qtbot, store):
    type_into(qtbot, dialog.new_name, "Superman")
    qtbot.mouseClick(
        dialog.new_hold, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.new_hold.height() // 2)
    )
    qtbot.mouseClick(
        dialog.new_sided, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.new_sided.height() // 2)
    )
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    mine = [r for r in lib.library(store) if r.name == "Superman"]
    assert len(mine) == 1 and (mine[0].measure, mine[0].sided, mine[0].builtin) == (
        "hold",
        True,
        False,
    )
    assert names(dialog)[-1] == "Superman"
    assert dialog.current().name == "Superman"
    assert "say nothing about this exercise" in dialog.details.body.text()
    # It is offered in the session form straight away, with a pair of sides.
    row = tab.form.sets.rows()[0]
    row.exercise.setFocus()
    qtbot.keyClicks(row.exercise, "Superman")
    assert row.exercise.currentText() == "Superman" and row.left.isVisible()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Give the exercise a name."),
        ("   ", "Give the exercise a name."),
        ("PLANK", "There is already an exercise called “Plank”."),
        ("dead  bug", "There is already an exercise called “Dead bug”."),
    ],
)
def test_empty_and_duplicate_names_are_refused_at_the_field(dialog, qtbot, store, name, message):
    before = len(lib.library(store))
    type_into(qtbot, dialog.new_name, name)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.new_name_error.isVisible() and dialog.new_name_error.text() == message
    assert len(lib.library(store)) == before


def test_a_duplicate_of_ones_own_name_is_refused(dialog, qtbot, store):
    type_into(qtbot, dialog.new_name, "Superman")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    type_into(qtbot, dialog.new_name, "superMAN")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.new_name_error.text() == "There is already an exercise called “Superman”."
    assert [r.name for r in lib.library(store)].count("Superman") == 1


def test_rename_a_built_in_and_undo(dialog, tab, qtbot, store):
    dialog.select_key("plank")
    type_into(qtbot, dialog.name_field, "Front plank")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert lib.exercise_by_key(store, "plank").name == "Front plank"
    assert dialog.current().name == "Front plank"
    assert "Front plank" in [tab.form.sets.rows()[0].exercise.itemText(i) for i in range(3)]
    assert dialog.details.name.text() == "Front plank (Plank in CoreLog's library)"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.exercise_by_key(store, "plank").name == "Plank"


def test_rename_to_a_taken_or_empty_name_is_refused(dialog, qtbot, store):
    dialog.select_key("plank")
    type_into(qtbot, dialog.name_field, "Side Plank")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text() == "There is already an exercise called “Side plank”."
    type_into(qtbot, dialog.name_field, "")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text() == "Give the exercise a name."
    assert lib.exercise_by_key(store, "plank").name == "Plank"


def test_hide_and_show_again(dialog, tab, qtbot, store):
    dialog.select_key("russian_twist")
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert lib.exercise_by_key(store, "russian_twist").hidden
    assert dialog.current().hidden and dialog.hide_button.text() == "S&how in lists"
    combo = tab.form.sets.rows()[0].exercise
    assert "Russian twist" not in [combo.itemText(i) for i in range(combo.count())]
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert not lib.exercise_by_key(store, "russian_twist").hidden


def test_a_built_in_cannot_be_deleted_while_sets_use_it(dialog, qtbot, store):
    ids = {r.key: r.id for r in lib.library(store)}
    values = core_form.check_session(
        store,
        core_form.SessionForm(
            started_at=datetime.now().astimezone(),
            sets=[
                core_form.SetForm(ids["bird_dog"], "10"),
                core_form.SetForm(ids["bird_dog"], "12"),
            ],
        ),
    )
    core_service.AddSession(store, values).do()
    dialog.refresh()
    dialog.select_key("bird_dog")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.delete_error.isVisible()
    assert dialog.delete_error.text() == (
        "“Bird dog” is used by 2 sets, so it can't be deleted. "
        "Hide it instead: it leaves the lists and its sets stay."
    )
    assert lib.exercise_by_key(store, "bird_dog") is not None


def test_an_unused_built_in_cannot_be_deleted_either(dialog, qtbot, store):
    dialog.select_key("leg_raise")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "part of CoreLog's exercise library" in dialog.delete_error.text()
    assert lib.exercise_by_key(store, "leg_raise") is not None


def test_delete_an_unused_exercise_of_ones_own_and_undo(dialog, window, qtbot, store):
    type_into(qtbot, dialog.new_name, "Clamshell")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    mine = dialog.current()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert lib.exercise(store, mine.id) is None
    assert "Clamshell" not in names(dialog)
    assert window.statusBar().currentMessage() == "Exercise “Clamshell” deleted — Ctrl+Z to undo"
    window.ctx.undo_stack.undo()
    assert lib.exercise(store, mine.id) == mine
    assert "Clamshell" in names(dialog)


def test_escape_closes_the_window(dialog, qtbot):
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_undo_back_past_a_session_that_used_a_new_exercise(dialog, tab, window, qtbot, store):
    type_into(qtbot, dialog.new_name, "Superman")
    qtbot.mouseClick(
        dialog.new_hold, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.new_hold.height() // 2)
    )
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    row = tab.form.sets.rows()[0]
    row.exercise.setFocus()
    qtbot.keyClicks(row.exercise, "Superman")
    type_into(qtbot, row.amount, "40")
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert len(core_service.recent_sessions(store)) == 1
    window.ctx.undo_stack.undo()  # the session
    window.ctx.undo_stack.undo()  # the exercise: hidden, since the undone session still names it
    assert core_service.recent_sessions(store) == []
    assert "Superman" not in [r.name for r in lib.library(store, include_hidden=False)]
    window.ctx.undo_stack.redo()
    window.ctx.undo_stack.redo()
    (session,) = core_service.recent_sessions(store)
    assert session.sets[0].exercise_name == "Superman"
    assert "Superman" in [r.name for r in lib.library(store, include_hidden=False)]


def test_a_new_session_starts_with_the_first_exercise_still_shown(dialog, tab, qtbot, store):
    """Hiding Plank while the Log form waits: its untouched first set moves on to Side plank;
    a set the user already typed keeps the exercise they chose."""
    form = tab.form
    assert form.sets.rows()[0].exercise.currentText() == "Plank"
    dialog.select_key("plank")
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    first = form.sets.rows()[0]
    assert first.exercise.currentText() == "Side plank"
    qtbot.mouseClick(form.sets.add_button, Qt.MouseButton.LeftButton)
    assert form.sets.rows()[1].exercise.currentText() == "Side plank"
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert [r.exercise.currentText() for r in form.sets.rows()] == ["Side plank"]
    # Shown again, Plank leads once more; a set typed as Plank stays Plank when it is hidden.
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    typed = form.sets.rows()[0]
    assert typed.exercise.currentText() == "Plank"
    type_into(qtbot, typed.amount, "45")
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert typed.exercise.currentText() == "Plank (hidden)" and typed.amount.text() == "45"
