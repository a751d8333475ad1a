"""A core session changed while the Log form edits it (the plank timer adds sets to today's
session, Undo takes them back): nothing the timer saved and nothing the user typed is lost."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.services import core as core_service
from corelog.services import core_form, timer_workouts
from corelog.services import exercises as lib
from corelog.store import core as store_core
from corelog.ui import bus
from corelog.ui.undo import push_change


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


@pytest.fixture
def ids(store) -> dict[str, int]:
    lib.ensure_library(store)
    return {r.key: r.id for r in lib.library(store)}


@pytest.fixture
def today_session(store, ids) -> int:
    """This morning's session: one plank of 45 s."""
    start = datetime.now().astimezone().replace(hour=7, minute=0, second=0, microsecond=0)
    values = core_form.check_session(
        store,
        core_form.SessionForm(
            started_at=start, sets=[core_form.SetForm(ids["plank"], "45")], notes="morning"
        ),
    )
    return core_service.AddSession(store, values).do()


@pytest.fixture
def tab(window, today_session):
    window.ctx.bus.announce(bus.CORE)
    return window.show_page("log").open_tab("core")


def open_for_editing(qtbot, tab, session_id: int):
    tab.table.setFocus()
    assert tab.select(session_id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.form.editing is not None and tab.form.editing.id == session_id
    return tab.form


def timer_saves(ctx, store, ids, session_id: int, *holds_ms: int):
    """What the plank timer does when a workout ends: save into today's session, announce."""
    session = store_core.get_session(store, session_id)
    workout = FinishedWorkout(
        exercise_id=ids["plank"],
        mode="countdown",
        target_hold_ms=60_000,
        planned_sets=len(holds_ms),
        rest_ms=30_000,
        prep_ms=5_000,
        alternate_sides=False,
        completed=True,
        started_at=datetime.now().astimezone(),
        holds=[TimerHold(ms) for ms in holds_ms],
    )
    op = timer_workouts.SaveTimerWorkout(store, workout, today=session.local_start.date())
    saved = push_change(ctx, "Save holds from the plank timer", op.do, op.undo, bus.CORE, bus.TIMER)
    assert saved.session_id == session_id and not saved.session_created
    return saved


def holds(store, session_id: int) -> list[int | None]:
    return [s.hold_ms for s in store_core.get_session(store, session_id).sets]


def test_sets_the_timer_adds_while_an_edit_is_open_are_kept_with_the_edit(
    tab, qtbot, store, ids, today_session
):
    form = open_for_editing(qtbot, tab, today_session)
    type_into(qtbot, form.sets.rows()[0].amount, "50")  # an unsaved change
    saved = timer_saves(tab.ctx, store, ids, today_session, 60_000, 61_250)
    # The form keeps the user's change and shows the timer's sets after it.
    assert [r.amount.text() for r in form.sets.rows()] == ["50", "1:00", "1:01.25"]
    assert form.sync_note.isVisible()
    assert form.sync_note.text() == (
        "The plank timer added 2 sets to this session while you were editing it; "
        "they are in the form now, after yours."
    )
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert form.editing is None
    after = store_core.get_session(store, today_session)
    assert [s.hold_ms for s in after.sets] == [50_000, 60_000, 61_250]
    assert [s.id for s in after.sets][1:] == list(saved.set_ids)
    assert [s.workout_id for s in after.sets][1:] == [saved.workout_id] * 2
    assert after.notes == "morning"
    # Undo of the edit puts back what was there just before it: the timer's sets included.
    tab.window().findChild(QAction, "actionUndo").trigger()
    assert holds(store, today_session) == [45_000, 60_000, 61_250]


def test_an_untouched_edit_form_simply_shows_the_session_as_it_is_now(
    tab, qtbot, store, ids, today_session
):
    form = open_for_editing(qtbot, tab, today_session)
    timer_saves(tab.ctx, store, ids, today_session, 60_000)
    assert [r.amount.text() for r in form.sets.rows()] == ["45", "1:00"]
    assert form.editing.id == today_session and len(form.editing.sets) == 2
    assert form.sync_note.text() == (
        "The plank timer added 1 set to this session; the form shows it as it is now."
    )
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert holds(store, today_session) == [45_000, 60_000]


def test_a_change_that_cannot_be_merged_stops_save_until_the_user_reloads(
    tab, qtbot, store, ids, today_session
):
    form = open_for_editing(qtbot, tab, today_session)
    timer_saves(tab.ctx, store, ids, today_session, 60_000)
    type_into(qtbot, form.sets.rows()[0].amount, "50")
    # The timer's save is taken back under the open form: its set leaves the session.
    tab.window().findChild(QAction, "actionUndo").trigger()
    assert holds(store, today_session) == [45_000]
    assert form.stale_error.isVisible() and form.reload_button.isVisible()
    assert form.stale_error.text().startswith("This session was changed elsewhere")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert form.editing is not None  # not saved: the form still edits the session
    assert holds(store, today_session) == [45_000]
    assert form.reload_button.hasFocus()
    qtbot.keyClick(form.reload_button, Qt.Key.Key_Space)
    assert not form.stale_error.isVisible() and not form.reload_button.isVisible()
    assert [r.amount.text() for r in form.sets.rows()] == ["45"]
    type_into(qtbot, form.sets.rows()[0].amount, "50")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert holds(store, today_session) == [50_000]


def test_redo_of_the_timer_save_clears_the_warning(tab, qtbot, store, ids, today_session):
    form = open_for_editing(qtbot, tab, today_session)
    timer_saves(tab.ctx, store, ids, today_session, 60_000)
    type_into(qtbot, form.sets.rows()[0].amount, "50")
    window = tab.window()
    window.findChild(QAction, "actionUndo").trigger()
    assert form.stale_error.isVisible()
    window.findChild(QAction, "actionRedo").trigger()  # the session is as the form knew it
    assert not form.stale_error.isVisible()
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert holds(store, today_session) == [50_000, 60_000]


def test_a_session_deleted_while_edited_empties_the_form_and_says_so(
    tab, qtbot, store, today_session
):
    form = open_for_editing(qtbot, tab, today_session)
    type_into(qtbot, form.sets.rows()[0].amount, "50")
    op = core_service.DeleteSession(store, today_session)
    push_change(tab.ctx, "Delete core session", op.do, op.undo, bus.CORE)
    assert form.editing is None and form.title.text() == "New core session"
    assert tab.window().statusBar().currentMessage() == (
        "The core session you were editing was deleted."
    )


def test_save_looks_again_before_writing_even_without_the_news(
    tab, qtbot, store, ids, today_session
):
    form = open_for_editing(qtbot, tab, today_session)
    type_into(qtbot, form.sets.rows()[0].amount, "50")
    workout = FinishedWorkout(
        exercise_id=ids["plank"],
        mode="count_up",
        target_hold_ms=None,
        planned_sets=1,
        rest_ms=0,
        prep_ms=0,
        alternate_sides=False,
        completed=True,
        started_at=datetime.now().astimezone(),
        holds=[TimerHold(70_000)],
    )
    today = form.editing.local_start.date()
    timer_workouts.SaveTimerWorkout(store, workout, today=today).do()  # nothing announced
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert holds(store, today_session) == [45_000, 70_000]  # not written over
    assert [r.amount.text() for r in form.sets.rows()] == ["50", "1:10"]
    assert form.sync_note.text().startswith("The plank timer added 1 set")
    qtbot.keyClick(form.sets.rows()[0].amount, Qt.Key.Key_Return)
    assert holds(store, today_session) == [50_000, 70_000]
