"""What the user typed shows as typed: names and notes are never read as markup.

Qt reads a label's or tooltip's text as HTML when it looks like HTML, so a custom exercise
called "<i>Wall</i> & sit" could turn italic, lose its "<i>" or swallow the "&". These
tests give exercises, shoes, presets and notes such names, go through the pages and
check that every label and tooltip shows them literally.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from timer_window import fake_clock_window, quiet_player

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.timeutil import local_now
from corelog.services import exercises as lib
from corelog.services import presets as preset_service
from corelog.services import timer_workouts
from corelog.services.demo import generate_history
from corelog.services.timer_setup import check_setup
from corelog.store.soreness import list_entries
from corelog.timer import FakeClock

WALL_SIT = "<i>Wall</i> & sit"
NOTE = "<b>Windy</b> & wet <br> out"
SHOE = "<u>Fly</u> & go"
PRESET = "<b>Wall</b> & sit × 2"
FRAGMENTS = ("Wall", "Windy", "Fly")
LITERALS = (WALL_SIT, NOTE, SHOE, PRESET, "<i>Wall</i>", "<b>Windy</b>")


def looks_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)


def as_shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The text a person reads: rich text rendered, plain text as it is."""
    if not looks_rich(text, text_format):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _mangled(shown: str) -> bool:
    """Part of a hostile name shows, but not the name as typed."""
    if not any(fragment in shown for fragment in FRAGMENTS):
        return False
    collapsed = " ".join(shown.split())
    return not any(literal in shown or " ".join(literal.split()) in collapsed
                   for literal in LITERALS)


def mangled(root: QWidget) -> list[str]:
    """Labels, tooltips and item tooltips under ``root`` that do not show a name as typed."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for row in range(min(model.rowCount(), 60)):
            for column in range(20):
                index = model.index(row, column)
                if not index.isValid():
                    break
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and _mangled(as_shown(tip)):
                    found.append(f"tooltip in {view.objectName()}: {as_shown(tip)!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and widget.isVisible():
            shown = as_shown(widget.text(), widget.textFormat())
            if _mangled(shown):
                found.append(f"label {widget.objectName() or '?'}: {shown!r}")
        tip = widget.toolTip()
        if tip and _mangled(as_shown(tip)):
            found.append(f"tooltip of {widget.objectName() or type(widget).__name__}: "
                         f"{as_shown(tip)!r}")
    return found


@pytest.fixture
def window(ctx, qtbot):
    win = fake_clock_window(ctx, qtbot, FakeClock(), quiet_player)
    win.resize(1280, 800)
    return win


def add_wall_sit(store) -> int:
    checked = lib.check_new_exercise(store, WALL_SIT, "hold", False)
    return lib.AddExercise(store, checked).do()


def timed_workout(store, exercise_id: int, holds: list[int]) -> None:
    start = local_now() - timedelta(days=1)
    timer_workouts.save_timer_workout(
        store,
        FinishedWorkout(
            exercise_id=exercise_id, mode="countdown", target_hold_ms=holds[0],
            planned_sets=len(holds), rest_ms=20_000, prep_ms=5_000, alternate_sides=False,
            completed=True, started_at=start,
            holds=[TimerHold(ms) for ms in holds],
        ),
        start.date(),
    )


def choose_exercise(qtbot, page, name: str) -> None:
    """Open the exercise list and pick ``name`` with the keyboard, as a person would."""
    combo = page.setup_form.exercise
    combo.setFocus()
    index = combo.findText(name, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_the_progress_panel_shows_a_custom_exercise_name_as_typed(window, ctx, qtbot):
    add_wall_sit(ctx.store)
    ctx.bus.announce("exercises")
    page = window.show_page("timer")
    choose_exercise(qtbot, page, WALL_SIT)
    best = page.progress.best
    assert as_shown(best.text(), best.textFormat()) == (
        f"Personal best: none yet for {WALL_SIT}; your first timed hold sets it."
    )
    assert mangled(page) == []


def _hostile_history(ctx) -> None:
    """The demo history with markup-like names and notes everywhere a user types them."""
    store = ctx.store
    generate_history(store)
    plank = lib.exercise_by_key(store, "plank")
    lib.RenameExercise(store, plank.id, WALL_SIT).do()
    with store.write() as session:
        from sqlalchemy import text

        for table in ("run", "core_session", "soreness_entry", "soreness_update"):
            session.execute(text(f"UPDATE {table} SET notes = :note"), {"note": NOTE})
        session.execute(text("UPDATE shoe SET name = :name || ' ' || id"), {"name": SHOE})
    setup = check_setup(store, _setup_form(plank.id))
    values = preset_service.preset_values(PRESET, plank.id, setup.plan)
    preset_service.SavePreset(store, values).do()
    ctx.bus.announce("all")


def _setup_form(exercise_id: int):
    from corelog.services.timer_setup import SetupForm

    return SetupForm(exercise_id=exercise_id, mode="countdown", hold="45", sets=2,
                     rest="20", prep="5")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_names_and_notes_show_as_typed_on_every_page(window, ctx, qtbot):
    _hostile_history(ctx)
    problems = []

    def look(what: str) -> None:
        _settle()
        problems.extend(f"{what}: {p}" for p in mangled(window))

    for spec in window.specs:
        window.show_page(spec.page_id)
        look(spec.page_id)
    log = window.show_page("log")
    core = log.open_tab("core")
    core.select(core.model.rows()[0].id)
    core.edit_selected()
    look("log, editing a core session")
    runs = log.open_tab("runs")
    runs.edit_row(0)
    look("log, editing a run")
    timer = window.show_page("timer")
    form = timer.setup_form
    form.preset.setCurrentIndex(form.preset.findText(PRESET))
    form.preset.activated.emit(form.preset.currentIndex())
    assert PRESET in form.note.text()
    look("timer, a preset loaded")
    recovery = window.show_page("recovery")
    for entry in list_entries(ctx.store)[-3:]:
        recovery.open_entry(entry.id)
        look(f"recovery, entry {entry.id}")
    history = window.show_page("history")
    for index in range(3):
        history.show_tab(index)
        look(f"history tab {index}")
    library = window.page("log").open_tab("core").open_library("plank")
    look("exercise library")
    problems.extend(f"library: {p}" for p in mangled(library))
    library.close()
    assert problems == [], "\n".join(problems)


def test_a_custom_exercise_added_in_the_library_shows_as_typed_there_and_in_edit_undo(
    window, qtbot
):
    tab = window.show_page("log").open_tab("core")
    qtbot.mouseClick(tab.library_button, Qt.MouseButton.LeftButton)
    dialog = tab.library_dialog
    dialog.new_name.setFocus()
    qtbot.keyClicks(dialog.new_name, WALL_SIT)
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.current().name == WALL_SIT
    shown = dialog.details.name
    assert as_shown(shown.text(), shown.textFormat()) == WALL_SIT
    assert mangled(dialog) == []
    # Edit > Undo names it too; in a menu "&" marks a shortcut key, so it is doubled.
    undo = window.findChild(QAction, "actionUndo")
    assert undo.text().endswith(f"“{WALL_SIT.replace('&', '&&')}”")
    dialog.close()


def test_a_pair_of_shoes_shows_its_name_as_typed_in_the_shoes_dialog(ctx, qtbot):
    from corelog.ui.log.shoes_dialog import ShoesDialog

    dialog = ShoesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, SHOE)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    message = dialog.message
    assert as_shown(message.text(), message.textFormat()) == f"Added “{SHOE}”."
    rect = dialog.table.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    title = dialog.form_title
    assert as_shown(title.text(), title.textFormat()) == f"Edit “{SHOE}”"
    assert mangled(dialog) == []
