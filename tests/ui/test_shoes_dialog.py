"""The Shoes dialog: add, rename, retire and delete pairs, with undo and clear messages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_ui_names import documented_names, user_controls  # tests/ui is on sys.path

from corelog.domain.timeutil import local_now
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import RunDraft
from corelog.services.shoes import ShoeInput
from corelog.ui.log.shoes_dialog import ShoesDialog


@pytest.fixture
def dialog(ctx, qtbot):
    shoes = ShoesDialog(ctx)
    qtbot.addWidget(shoes)
    shoes.show()
    qtbot.waitExposed(shoes)
    return shoes


def add_run(ctx, shoe_id, distance="10") -> int:
    now = local_now()
    draft = RunDraft(
        started_at=now - timedelta(hours=2), distance=distance, duration="50:00", shoe_id=shoe_id
    )
    return run_service.add_run(ctx.store, run_service.check_run(ctx.store, draft, "km", now))


def shown(dialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def select(qtbot, dialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    dialog.table.setFocus()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_pair_is_added_by_typing_and_enter(ctx, dialog, qtbot):
    qtbot.keyClicks(dialog.name, "Pegasus 41")
    qtbot.keyClicks(dialog.start_distance, "120")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    (shoe,) = shoe_service.list_shoes(ctx.store)
    assert (shoe.name, shoe.start_distance_m, shoe.retired) == ("Pegasus 41", 120_000, False)
    assert shown(dialog) == [["Pegasus 41", "120.0 km", "0", "120.0 km", "In service"]]
    assert dialog.name.text() == "" and dialog.added_shoe_id == shoe.id
    assert dialog.isVisible()  # Enter added the pair; it did not close the dialog


def test_totals_include_the_runs_and_follow_the_unit(ctx, dialog):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Daily", 100_000))
    add_run(ctx, shoe_id, "10")
    add_run(ctx, shoe_id, "6.1")
    ctx.bus.announce("runs")
    assert shown(dialog) == [["Daily", "116.1 km", "2", "100.0 km", "In service"]]
    ctx.settings.set("units/distance", "mi")
    assert shown(dialog)[0][1] == "72.1 mi"


@pytest.mark.parametrize(
    ("name", "start", "name_error", "start_error"),
    [
        ("", "", "Enter a name for the pair, like “Trail shoes” or “Pegasus 41”.", ""),
        ("Fine", "-3", "", "The distance already on the pair can't be negative."),
        ("Fine", "far", "", "Enter a distance like 5.2 or 5.2 km."),
        ("Taken", "", "You already have a pair called “Taken”.", ""),
    ],
)
def test_errors_are_shown_at_the_fields_and_nothing_is_saved(
    ctx, dialog, qtbot, name, start, name_error, start_error
):
    shoe_service.add_shoe(ctx.store, ShoeInput("Taken", 0))
    dialog.reload()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.start_distance, start)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.name_error.text() == name_error and dialog.name_error.isVisible() == bool(
        name_error
    )
    assert dialog.start_error.text() == start_error
    assert len(shoe_service.list_shoes(ctx.store)) == 1


def test_rename_in_the_form_keeps_the_pair(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Old name", 50_000))
    add_run(ctx, shoe_id)
    dialog.reload()
    select(qtbot, dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.form_title.text() == "Edit “Old name”"
    assert (dialog.name.text(), dialog.start_distance.text()) == ("Old name", "50")
    qtbot.keyClicks(dialog.name, "New name")  # the name is selected: typing replaces it
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    shoe = shoe_service.get_shoe(ctx.store, shoe_id)
    assert (shoe.name, shoe.start_distance_m, shoe.run_count) == ("New name", 50_000, 1)
    assert dialog.form_title.text() == "Add a pair"
    ctx.undo_stack.undo()
    assert shoe_service.get_shoe(ctx.store, shoe_id).name == "Old name"


def test_esc_cancels_an_edit_before_closing(ctx, dialog, qtbot):
    shoe_service.add_shoe(ctx.store, ShoeInput("Pair", 0))
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Changed")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form_title.text() == "Add a pair"
    assert shoe_service.list_shoes(ctx.store)[0].name == "Pair"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_closing_the_window_in_the_middle_of_an_edit_closes_it(ctx, dialog, qtbot):
    shoe_service.add_shoe(ctx.store, ShoeInput("Pair", 0))
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Changed")
    assert dialog.close()  # the title bar's close button
    assert not dialog.isVisible()
    assert shoe_service.list_shoes(ctx.store)[0].name == "Pair"  # the edit was not saved


def test_retire_and_bring_back(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Worn out", 0))
    dialog.reload()
    select(qtbot, dialog, 0)
    assert dialog.retire_button.text() == "&Retire"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert shoe_service.get_shoe(ctx.store, shoe_id).retired
    assert shown(dialog)[0][4] == "Retired"
    assert dialog.retire_button.text() == "Bring &back"
    assert dialog.message.text() == "“Worn out” retired: no longer offered for new runs."
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert not shoe_service.get_shoe(ctx.store, shoe_id).retired


def test_a_pair_in_use_is_not_deleted_and_the_dialog_says_why(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Busy", 0))
    add_run(ctx, shoe_id)
    dialog.reload()
    select(qtbot, dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert shoe_service.get_shoe(ctx.store, shoe_id) is not None
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "“Busy” can't be deleted: 1 run uses it. Retire it instead, so it is no longer "
        "offered for new runs."
    )
    assert ctx.undo_stack.count() == 0


def test_an_unused_pair_is_deleted_and_ctrl_z_in_the_dialog_brings_it_back(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Spare", 0))
    uuid = shoe_service.get_shoe(ctx.store, shoe_id).uuid
    dialog.reload()
    select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert shoe_service.list_shoes(ctx.store) == [] and dialog.model.rowCount() == 0
    assert dialog.message.text() == "“Spare” deleted — Ctrl+Z to undo"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = shoe_service.list_shoes(ctx.store)
    assert (back.id, back.uuid) == (shoe_id, uuid)


def test_the_run_form_offers_a_pair_added_from_its_shoes_button(ctx, window, qtbot):
    window.show_page("log")
    tab = window.page("log").tab("runs")

    def add_pair() -> None:
        shoes = QApplication.activeModalWidget()
        if not isinstance(shoes, ShoesDialog):
            QTimer.singleShot(10, add_pair)
            return
        qtbot.keyClicks(shoes.name, "Fresh pair")
        qtbot.keyClick(shoes.name, Qt.Key.Key_Return)
        qtbot.mouseClick(shoes.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, add_pair)
    qtbot.mouseClick(tab.form.manage_shoes, Qt.MouseButton.LeftButton)
    assert tab.form.shoe.currentText() == "Fresh pair"
    qtbot.keyClicks(tab.form.distance, "5")
    qtbot.keyClicks(tab.form.duration, "30:00")
    qtbot.keyClick(tab.form.duration, Qt.Key.Key_Return)
    (run,) = run_service.recent_runs(ctx.store)
    assert run.shoe_name == "Fresh pair"


def test_renaming_a_pair_renames_it_in_the_run_list(ctx, window, dialog, qtbot):
    window.show_page("log")
    tab = window.page("log").tab("runs")
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Before", 0))
    add_run(ctx, shoe_id)
    ctx.bus.announce("runs", "shoes")
    edit_first_pair(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "After")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.index(0, 6).data() == "After"


def test_the_model_obeys_qt_rules(ctx, dialog, qtmodeltester):
    shoe_service.add_shoe(ctx.store, ShoeInput("One", 0))
    shoe_service.add_shoe(ctx.store, ShoeInput("Two", 5000))
    dialog.reload()
    qtmodeltester.check(dialog.model)


def test_every_control_is_named_and_documented(dialog):
    documented = documented_names()
    assert dialog.objectName() in documented
    problems = [
        control.objectName() or type(control).__name__
        for control in user_controls(dialog)
        if control.objectName() not in documented or not control.accessibleName()
    ]
    assert problems == []


def edit_first_pair(qtbot, dialog) -> None:
    select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)


def test_a_pair_opened_in_miles_shows_its_start_distance_as_the_list_does(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Used pair", 17_520))  # 10.8864 mi
    ctx.settings.set("units/distance", "mi")
    dialog.reload()
    assert shown(dialog)[0][3] == "10.9 mi"
    edit_first_pair(qtbot, dialog)
    assert dialog.start_distance.text() == "10.9"
    # Saved untouched, the stored metres stay exactly as they were.
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    assert shoe_service.get_shoe(ctx.store, shoe_id).start_distance_m == 17_520
    assert dialog.message.text() == "Nothing changed."
    assert ctx.undo_stack.count() == 0


def test_renaming_a_pair_in_miles_keeps_its_start_metres(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Old", 17_520))
    ctx.settings.set("units/distance", "mi")
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "New")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    shoe = shoe_service.get_shoe(ctx.store, shoe_id)
    assert (shoe.name, shoe.start_distance_m) == ("New", 17_520)


def test_switching_units_while_editing_a_pair_converts_from_the_stored_metres(
    ctx, dialog, qtbot
):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Used pair", 17_520))
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    assert dialog.start_distance.text() == "17.5"
    ctx.settings.set("units/distance", "mi")
    assert (dialog.start_distance.text(), dialog.start_unit.text()) == ("10.9", "mi")
    ctx.settings.set("units/distance", "km")
    assert dialog.start_distance.text() == "17.5"  # from the stored metres, not from 10.9 mi
    ctx.settings.set("units/distance", "mi")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    assert shoe_service.get_shoe(ctx.store, shoe_id).start_distance_m == 17_520


def test_a_rounded_start_distance_that_is_retyped_is_read_as_typed(ctx, dialog, qtbot):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("Used pair", 17_520))
    ctx.settings.set("units/distance", "mi")
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    dialog.start_distance.selectAll()
    qtbot.keyClicks(dialog.start_distance, "11")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    assert shoe_service.get_shoe(ctx.store, shoe_id).start_distance_m == 17_703
    ctx.undo_stack.undo()
    assert shoe_service.get_shoe(ctx.store, shoe_id).start_distance_m == 17_520


def test_undo_of_a_save_after_an_undo_in_the_dialog_puts_back_the_pair_as_it_was(
    ctx, dialog, qtbot
):
    shoe_id = shoe_service.add_shoe(ctx.store, ShoeInput("First", 0))
    dialog.reload()
    edit_first_pair(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Second")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    edit_first_pair(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shoe_service.get_shoe(ctx.store, shoe_id).name == "First"
    assert dialog.name.text() == "First"  # the form shows the pair as it is now
    dialog.start_distance.setFocus()
    qtbot.keyClicks(dialog.start_distance, "20")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    shoe = shoe_service.get_shoe(ctx.store, shoe_id)
    assert (shoe.name, shoe.start_distance_m) == ("First", 20_000)
    ctx.undo_stack.undo()
    shoe = shoe_service.get_shoe(ctx.store, shoe_id)
    assert (shoe.name, shoe.start_distance_m) == ("First", 0)
