"""The recent runs on the Log page: shown in the user's units, edited, deleted, undone."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from corelog.domain.timeutil import local_now
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import RunDraft
from corelog.services.shoes import ShoeInput
from corelog.ui.log.runs_model import HEADERS, RecentRunsModel


@pytest.fixture
def tab(window):
    window.show_page("log")
    return window.page("log").tab("runs")


def add_run(ctx, hours_ago: float, distance="8", duration="44:05", **changes) -> int:
    now = local_now()
    draft = RunDraft(
        started_at=now - timedelta(hours=hours_ago),
        distance=distance,
        duration=duration,
        **changes,
    )
    return run_service.add_run(ctx.store, run_service.check_run(ctx.store, draft, "km", now))


def shown(tab) -> list[list[str]]:
    model = tab.model
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def column(tab, header: str) -> list[str]:
    index = HEADERS.index(header)
    return [row[index] for row in shown(tab)]


def click_row(qtbot, tab, row: int, *, double: bool = False) -> None:
    table = tab.table
    rect = table.visualRect(tab.model.index(row, 1))
    table.setFocus()
    # A double-click is a press and release, then a second press (the double-click).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def three_runs(ctx, tab):
    shoe = shoe_service.add_shoe(ctx.store, ShoeInput("Trail pair", 0))
    ids = [
        add_run(ctx, 50, "10", "46:12", run_type="race", race_class="10k", effort=9),
        add_run(ctx, 26, "8", "44:05", run_type="hills", effort=7, shoe_id=shoe),
        add_run(ctx, 2, "5.2", "25:30"),
    ]
    ctx.bus.announce("runs")
    return ids


def test_an_empty_log_says_how_to_start(tab):
    assert tab.list_stack.currentWidget() is tab.empty
    assert "No runs yet" in tab.empty.text()


def test_runs_are_listed_newest_first_with_every_column(ctx, tab, three_runs):
    assert tab.list_stack.currentWidget() is tab.table
    assert [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)] == list(HEADERS)
    assert column(tab, "Type") == ["Easy", "Hills", "Race · 10K"]
    assert column(tab, "Distance") == ["5.20 km", "8.00 km", "10.00 km"]
    assert column(tab, "Time") == ["25:30", "44:05", "46:12"]
    assert column(tab, "Pace") == ["4:54 /km", "5:31 /km", "4:37 /km"]
    assert column(tab, "Effort") == ["", "7 · Hard", "9 · Near max"]
    assert column(tab, "Shoes") == ["", "Trail pair", ""]
    start = run_service.get_run(ctx.store, three_runs[2]).started_at.astimezone()
    assert column(tab, "Date")[0].endswith(f"{start:%H:%M}")


def test_a_run_logged_in_the_form_appears_at_the_top(ctx, tab, three_runs, qtbot):
    qtbot.keyClicks(tab.form.distance, "12")
    qtbot.keyClicks(tab.form.duration, "1:00:00")
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    assert column(tab, "Distance")[0] == "12.00 km"
    assert tab.model.rowCount() == 4


def test_only_the_latest_runs_are_listed(ctx, tab, monkeypatch):
    monkeypatch.setattr(run_service, "RECENT_RUNS", 2)
    for hours in (30, 20, 10):
        add_run(ctx, hours)
    tab.reload()
    assert tab.model.rowCount() == 2


def test_units_change_every_figure_but_nothing_stored(ctx, tab, three_runs):
    ctx.settings.set("units/distance", "mi")
    assert column(tab, "Distance") == ["3.23 mi", "4.97 mi", "6.21 mi"]
    assert column(tab, "Pace") == ["7:54 /mi", "8:52 /mi", "7:26 /mi"]
    assert tab.form.distance_unit.text() == "mi"
    assert [r.distance_m for r in run_service.recent_runs(ctx.store)] == [5200, 8000, 10000]


def test_double_click_edits_in_the_same_form_and_keeps_the_run(ctx, tab, three_runs, qtbot):
    hills_id = three_runs[1]
    before = run_service.get_run(ctx.store, hills_id)
    click_row(qtbot, tab, 1, double=True)
    form = tab.form
    assert form.editing is not None and form.editing.id == hills_id
    assert form.title.text() == "Editing: Hills"
    assert form.save_button.text() == "Save changes"
    assert (form.distance.text(), form.duration.text()) == ("8", "44:05")
    assert form.run_type.currentData() == "hills" and form.effort.currentData() == 7
    assert form.shoe.currentText() == "Trail pair"
    assert form.distance.hasFocus()

    qtbot.keyClicks(form.distance, "9.5")  # replaces the selected text
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    after = run_service.get_run(ctx.store, hills_id)
    assert (after.id, after.uuid, after.distance_m) == (before.id, before.uuid, 9500)
    assert after.started_at == before.started_at and after.shoe_id == before.shoe_id
    assert ctx.store.reader.scalar("SELECT count(*) FROM run") == 3
    assert form.editing is None and form.title.text() == "New run"
    assert column(tab, "Distance")[1] == "9.50 km"

    ctx.undo_stack.undo()
    assert run_service.get_run(ctx.store, hills_id).values == before.values
    ctx.undo_stack.redo()
    assert run_service.get_run(ctx.store, hills_id).distance_m == 9500


def test_enter_on_the_list_edits_the_current_run(ctx, tab, three_runs, qtbot):
    click_row(qtbot, tab, 2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.form.editing is not None and tab.form.editing.id == three_runs[0]
    assert tab.form.run_type.currentData() == "race"
    assert tab.form.race_class.currentData() == "10k"
    assert tab.form.race_class.isVisible()


def test_the_edit_button_edits_the_selected_run(ctx, tab, three_runs, qtbot):
    assert not tab.edit_button.isEnabled()
    click_row(qtbot, tab, 0)
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.form.editing.id == three_runs[2]


def test_saving_an_untouched_edit_changes_nothing(ctx, tab, three_runs, qtbot, window):
    before = run_service.get_run(ctx.store, three_runs[0])
    click_row(qtbot, tab, 2, double=True)
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Return)
    assert run_service.get_run(ctx.store, three_runs[0]) == before
    assert ctx.undo_stack.count() == 0
    assert "Nothing changed" in window.statusBar().currentMessage()


def test_esc_cancels_an_edit_without_changing_the_run(ctx, tab, three_runs, qtbot):
    before = run_service.get_run(ctx.store, three_runs[1])
    click_row(qtbot, tab, 1, double=True)
    qtbot.keyClicks(tab.form.distance, "99")
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Escape)
    assert tab.form.editing is None and tab.form.distance.text() == ""
    assert run_service.get_run(ctx.store, three_runs[1]) == before


def test_an_edit_with_an_error_saves_nothing(ctx, tab, three_runs, qtbot):
    before = run_service.get_run(ctx.store, three_runs[1])
    click_row(qtbot, tab, 1, double=True)
    qtbot.keyClicks(tab.form.distance, "0")
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Return)
    assert tab.form.error_text("distance") == "The distance must be more than zero."
    assert tab.form.editing is not None
    assert run_service.get_run(ctx.store, three_runs[1]) == before


def test_delete_key_removes_the_run_and_ctrl_z_brings_it_back(ctx, tab, three_runs, qtbot, window):
    hills = run_service.get_run(ctx.store, three_runs[1])
    click_row(qtbot, tab, 1)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert column(tab, "Type") == ["Easy", "Race · 10K"]
    assert run_service.get_run(ctx.store, hills.id) is None
    assert window.statusBar().currentMessage() == "Run deleted — Ctrl+Z to undo"
    # The next run is selected, ready for another Delete.
    assert tab.current_run().id == three_runs[0]

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = run_service.get_run(ctx.store, hills.id)
    assert back is not None and back.uuid == hills.uuid and back.values == hills.values
    assert column(tab, "Type") == ["Easy", "Hills", "Race · 10K"]


def test_several_selected_runs_go_and_come_back_together(ctx, tab, three_runs, qtbot, window):
    click_row(qtbot, tab, 0)
    rect = tab.table.visualRect(tab.model.index(2, 1))
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        rect.center(),
    )
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.list_stack.currentWidget() is tab.empty
    assert window.statusBar().currentMessage() == "3 runs deleted — Ctrl+Z to undo"
    assert ctx.undo_stack.undoText() == "Delete 3 runs"
    ctx.undo_stack.undo()
    assert tab.model.rowCount() == 3


def test_undoing_a_logged_run_removes_it_and_redo_brings_back_the_same_run(ctx, tab, qtbot, window):
    qtbot.keyClicks(tab.form.distance, "5")
    qtbot.keyClicks(tab.form.duration, "25:00")
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    (run,) = run_service.recent_runs(ctx.store)
    assert ctx.undo_stack.undoText() == "Log run"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run_service.recent_runs(ctx.store) == [] and tab.model.rowCount() == 0
    ctx.undo_stack.redo()
    (again,) = run_service.recent_runs(ctx.store)
    assert (again.id, again.uuid) == (run.id, run.uuid)


def test_the_form_leaves_an_edit_when_its_run_is_deleted(ctx, tab, three_runs, qtbot):
    click_row(qtbot, tab, 0, double=True)
    assert tab.form.editing is not None
    tab.table.setFocus()
    click_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.form.editing is None and tab.form.title.text() == "New run"


def test_sorting_by_a_column_and_back(ctx, tab, three_runs, qtbot):
    header = tab.table.horizontalHeader()
    distance = HEADERS.index("Distance")
    rect_x = header.sectionViewportPosition(distance) + header.sectionSize(distance) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, 5))
    assert column(tab, "Distance") == ["5.20 km", "8.00 km", "10.00 km"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, 5))
    assert column(tab, "Distance") == ["10.00 km", "8.00 km", "5.20 km"]
    # A refresh keeps the order the user chose.
    ctx.bus.announce("runs")
    assert column(tab, "Distance") == ["10.00 km", "8.00 km", "5.20 km"]


def test_the_tooltip_shows_surface_climb_and_notes(ctx, tab):
    add_run(ctx, 1, surface="trail", elevation_gain="250", notes="Muddy")
    tab.reload()
    tip = tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Trail · climb 250 m\nMuddy"


def test_the_model_obeys_qt_rules(ctx, tab, three_runs, qtmodeltester):
    model = RecentRunsModel(lambda: "km")
    model.set_rows(run_service.recent_runs(ctx.store))
    qtmodeltester.check(model)


CTRL = Qt.KeyboardModifier.ControlModifier


def log_with_enter(qtbot, tab, distance="5", duration="25:00") -> None:
    qtbot.keyClicks(tab.form.distance, distance)
    qtbot.keyClicks(tab.form.duration, duration)
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)


def test_ctrl_z_right_after_saving_with_enter_undoes_the_save(ctx, tab, qtbot, press):
    log_with_enter(qtbot, tab)
    assert len(run_service.recent_runs(ctx.store)) == 1
    focused = press(Qt.Key.Key_Z, CTRL)
    assert tab.form.isAncestorOf(focused)  # still in the form, ready for the next run
    assert run_service.recent_runs(ctx.store) == [] and tab.model.rowCount() == 0
    assert tab.form.distance.text() == ""
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(run_service.recent_runs(ctx.store)) == 1


def test_ctrl_z_in_a_field_being_typed_in_undoes_the_typing_first(ctx, tab, qtbot, press):
    log_with_enter(qtbot, tab)
    qtbot.keyClicks(tab.form.distance, "7")
    press(Qt.Key.Key_Z, CTRL)
    assert tab.form.distance.text() == ""
    assert len(run_service.recent_runs(ctx.store)) == 1
    # With nothing of its own left to undo, the field lets Ctrl+Z undo the save.
    press(Qt.Key.Key_Z, CTRL)
    assert run_service.recent_runs(ctx.store) == []


def test_ctrl_z_after_esc_brings_back_the_distance_typed(ctx, tab, qtbot, press):
    log_with_enter(qtbot, tab)
    qtbot.keyClicks(tab.form.distance, "12")
    press(Qt.Key.Key_Escape)
    assert tab.form.distance.text() == ""
    press(Qt.Key.Key_Z, CTRL)
    assert tab.form.distance.text() == "12"
    assert len(run_service.recent_runs(ctx.store)) == 1


def test_ctrl_z_right_after_saving_an_edit_puts_the_run_back(ctx, tab, three_runs, qtbot, press):
    before = run_service.get_run(ctx.store, three_runs[2])
    click_row(qtbot, tab, 0, double=True)
    assert tab.form.editing.id == before.id and tab.form.distance.hasFocus()
    qtbot.keyClicks(tab.form.distance, "6")  # the distance is selected: typing replaces it
    press(Qt.Key.Key_Return)
    assert run_service.get_run(ctx.store, before.id).distance_m == 6000
    press(Qt.Key.Key_Z, CTRL)
    assert run_service.get_run(ctx.store, before.id).values == before.values


def test_a_run_opened_in_miles_shows_its_distance_as_lists_do(ctx, tab, qtbot, window):
    run_id = add_run(ctx, 3, "17.52", "1:30:00")  # 10.8864 mi
    ctx.bus.announce("runs")
    ctx.settings.set("units/distance", "mi")
    assert column(tab, "Distance") == ["10.89 mi"]
    click_row(qtbot, tab, 0, double=True)
    assert tab.form.distance.text() == "10.89"
    # Saved untouched, the stored metres stay exactly as they were.
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    assert run_service.get_run(ctx.store, run_id).distance_m == 17_520
    assert "Nothing changed" in window.statusBar().currentMessage()


def test_an_edit_keeps_the_metres_when_only_another_field_changes(ctx, tab, qtbot):
    run_id = add_run(ctx, 3, "17.52", "1:30:00")
    ctx.bus.announce("runs")
    ctx.settings.set("units/distance", "mi")
    click_row(qtbot, tab, 0, double=True)
    tab.form.duration.selectAll()
    qtbot.keyClicks(tab.form.duration, "1:29:00")
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    run = run_service.get_run(ctx.store, run_id)
    assert (run.distance_m, run.duration_s) == (17_520, 5340)


def test_switching_units_during_an_edit_shows_the_stored_distance_rounded(ctx, tab, qtbot):
    run_id = add_run(ctx, 3, "17.52", "1:30:00")
    ctx.bus.announce("runs")
    click_row(qtbot, tab, 0, double=True)
    assert tab.form.distance.text() == "17.52"
    ctx.settings.set("units/distance", "mi")
    assert tab.form.distance.text() == "10.89"
    ctx.settings.set("units/distance", "km")
    assert tab.form.distance.text() == "17.52"  # from the stored metres, not from 10.89 mi
    ctx.settings.set("units/distance", "mi")
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Return)
    assert run_service.get_run(ctx.store, run_id).distance_m == 17_520


def test_a_rounded_distance_that_is_retyped_is_read_as_typed(ctx, tab, qtbot):
    run_id = add_run(ctx, 3, "17.52", "1:30:00")
    ctx.bus.announce("runs")
    ctx.settings.set("units/distance", "mi")
    click_row(qtbot, tab, 0, double=True)
    qtbot.keyClicks(tab.form.distance, "11")
    qtbot.keyClick(tab.form.distance, Qt.Key.Key_Return)
    assert run_service.get_run(ctx.store, run_id).distance_m == 17_703


def undo_from_the_menu(window) -> None:
    window.findChild(QAction, "actionUndo").trigger()


def test_a_run_changed_elsewhere_while_it_is_edited_shows_as_it_is_now(ctx, tab, qtbot, window):
    run_id = add_run(ctx, 3, "10", "50:00")
    ctx.bus.announce("runs")
    click_row(qtbot, tab, 0, double=True)
    qtbot.keyClicks(tab.form.notes, "felt good")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, tab, 0, double=True)
    assert tab.form.notes.toPlainText() == "felt good"
    undo_from_the_menu(window)  # the notes are gone again
    assert run_service.get_run(ctx.store, run_id).notes == ""
    assert tab.form.editing is not None and tab.form.notes.toPlainText() == ""


def test_saving_an_edit_after_an_undo_elsewhere_keeps_the_undo_and_can_be_undone(
    ctx, tab, qtbot, window
):
    run_id = add_run(ctx, 3, "10", "50:00")
    ctx.bus.announce("runs")
    click_row(qtbot, tab, 0, double=True)
    qtbot.keyClicks(tab.form.notes, "felt good")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, tab, 0, double=True)
    tab.form.duration.selectAll()
    qtbot.keyClicks(tab.form.duration, "49:00")  # typed before the undo: kept
    undo_from_the_menu(window)
    assert tab.form.duration.text() == "49:00"
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    run = run_service.get_run(ctx.store, run_id)
    assert (run.notes, run.duration_s) == ("", 2940)
    undo_from_the_menu(window)  # the run as it was just before this save
    run = run_service.get_run(ctx.store, run_id)
    assert (run.notes, run.duration_s) == ("", 3000)


def test_save_catches_up_with_a_change_the_form_has_not_heard_of(ctx, tab, qtbot):
    run_id = add_run(ctx, 3, "10", "50:00")
    ctx.bus.announce("runs")
    click_row(qtbot, tab, 0, double=True)
    tab.form.duration.selectAll()
    qtbot.keyClicks(tab.form.duration, "49:00")
    before = run_service.get_run(ctx.store, run_id).values
    run_service.put_back(ctx.store, run_id, replace(before, notes="from the other computer"))
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    run = run_service.get_run(ctx.store, run_id)
    assert (run.notes, run.duration_s) == ("from the other computer", 2940)
