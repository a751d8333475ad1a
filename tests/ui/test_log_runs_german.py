"""A German runner logs runs and shoes with the decimal comma, and reads the run form,
its messages and the Shoes dialog in German."""

from __future__ import annotations

from PySide6.QtCore import Qt

from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.ui.log.shoes_dialog import ShoesDialog


def test_every_number_of_the_run_form_takes_the_decimal_comma(german, window, qtbot):
    form = window.show_page("log").open_tab("runs").form
    assert form.distance.placeholderText() == "z. B. 5,2"
    qtbot.keyClicks(form.distance, "13,8")
    qtbot.keyClicks(form.duration, "1:02:03,6")
    qtbot.keyClicks(form.elevation, "120,4")
    assert form.pace_text() == "4:30 /km"
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    run = run_service.recent_runs(window.ctx.store)[0]
    assert (run.distance_m, run.duration_s, run.elevation_gain_m) == (13_800, 3724, 120)

    form.edit_run(run)
    assert form.distance.text() == "13,8"
    assert form.title.text() == "Bearbeiten: Locker"


def test_messages_next_to_the_fields_are_german(german, window, qtbot):
    form = window.show_page("log").open_tab("runs").form
    qtbot.keyClicks(form.distance, "-1")
    qtbot.keyClicks(form.duration, "25,30")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    assert form.error_text("distance") == "Die Distanz kann nicht negativ sein."
    assert form.error_text("duration") == (
        "Schreib 25:30 für 25 Minuten 30 Sekunden oder 25,5m für Dezimalminuten."
    )
    assert run_service.recent_runs(window.ctx.store) == []


def test_a_used_pair_is_added_with_the_decimal_comma(german, ctx, qtbot):
    dialog = ShoesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Schuhe"
    qtbot.keyClicks(dialog.name, "Pegasus 41")
    qtbot.keyClicks(dialog.start_distance, "120,5")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    (pair,) = shoe_service.list_shoes(ctx.store)
    assert pair.start_distance_m == 120_500
    assert dialog.model.index(0, 1).data() == "120,5 km"
