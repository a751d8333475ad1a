"""The History page's timeline, used as a person would: filter, search, sort, open, delete."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from corelog.domain.timeutil import local_now
from corelog.services import core as core_service
from corelog.services import exercises as exercise_service
from corelog.store import core as core_store
from corelog.store import runs as run_store
from corelog.store import soreness as sore_store
from corelog.store.runs import RunValues
from corelog.ui.history import timeline_model as cols
from corelog.ui.history.timeline_tab import SEARCH_DELAY_MS
from soreness_values import soreness_values


def at(days_ago: int, hour: int) -> datetime:
    """A local time ``days_ago`` days before today, at ``hour`` o'clock."""
    today = local_now()
    day = today - timedelta(days=days_ago)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def add_run(ctx, when: datetime, km: float, minutes: float, **kw) -> int:
    return run_store.insert_run(
        ctx.store,
        RunValues(
            started_at=when,
            utc_offset_min=round(when.utcoffset().total_seconds() / 60),
            distance_m=km * 1000,
            duration_s=minutes * 60,
            run_type=kw.get("run_type", "easy"),
            race_class=kw.get("race_class"),
            effort=kw.get("effort"),
            surface=None,
            elevation_gain_m=None,
            shoe_id=None,
            notes=kw.get("notes", ""),
        ),
    )


def exercise_ids(ctx) -> dict[str, int]:
    exercise_service.ensure_library(ctx.store)
    return {e.key: e.id for e in exercise_service.library(ctx.store) if e.key}


def add_session(ctx, when: datetime, sets: list[tuple[str, int]], **kw) -> int:
    ids = exercise_ids(ctx)
    values = tuple(
        core_store.SetValues(ids[key], None, None, amount * 1000)
        if key in ("plank",)
        else core_store.SetValues(ids[key], None, amount, None)
        for key, amount in sets
    )
    return core_store.add_session(
        ctx.store,
        core_store.SessionValues(
            started_at=when,
            utc_offset_min=round(when.utcoffset().total_seconds() / 60),
            duration_s=kw.get("duration_s", 900),
            effort=kw.get("effort", 5),
            notes=kw.get("notes", ""),
            sets=values,
        ),
    )


def add_soreness(ctx, when: datetime, region: str, severity: int = 3, notes: str = "") -> int:
    return sore_store.insert_entry(
        ctx.store,
        soreness_values(
            when,
            round(when.utcoffset().total_seconds() / 60),
            region=region,
            severity=severity,
            notes=notes,
        ),
    )


@pytest.fixture
def entries(ctx):
    """Two runs, two core sessions and a soreness entry over the last six weeks."""
    return {
        "tempo": add_run(ctx, at(1, 7), 8, 40, run_type="tempo", effort=7, notes="Windy tempo"),
        "race": add_run(
            ctx, at(40, 9), 10, 50, run_type="race", race_class="10k", notes="Club race"
        ),
        "core": add_session(ctx, at(2, 18), [("plank", 45), ("plank", 45), ("bird_dog", 10)]),
        "core_old": add_session(ctx, at(30, 18), [("bird_dog", 12)], notes="Legs tired"),
        "sore": add_soreness(ctx, at(0, 8), "calves", 4, notes="After the tempo, legs tight"),
    }


@pytest.fixture
def page(window, entries):
    page = window.show_page("history")
    return page


def shown(page, column: int = cols.WHAT) -> list[str]:
    model = page.timeline.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def kinds(page) -> list[str]:
    return shown(page, cols.KIND)


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a drop-down list by typing its first letters, as with the keyboard."""
    # Letters typed within the keyboard interval add up to one search: start a new one.
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def test_every_entry_is_listed_newest_first(page, qtmodeltester):
    assert kinds(page) == ["Soreness", "Run", "Core", "Core", "Run"]
    assert shown(page)[0] == "Calves · 4/10, moderate · open"
    assert shown(page)[1] == "Tempo"
    assert shown(page)[2] == "Plank 2 × 45 s · Bird dog 10 reps"
    assert shown(page)[4] == "Race · 10K"
    assert shown(page, cols.DISTANCE)[1] == "8.00 km"
    assert shown(page, cols.TIME)[1:3] == ["40:00", "15 min"]
    assert shown(page, cols.PACE)[1] == "5:00 /km"
    assert shown(page, cols.NOTES)[0] == "After the tempo, legs tight"
    assert page.timeline.count.text() == "5 entries"
    assert page.subtitle.text().startswith("5 entries since ")
    qtmodeltester.check(page.timeline.model)


def test_filter_by_kind_and_narrower_choices(page, qtbot):
    timeline = page.timeline
    choose(qtbot, timeline.kind, "Core")
    assert kinds(page) == ["Core", "Core"]
    assert timeline.count.text() == "2 of 5 entries"
    choose(qtbot, timeline.exercise, "Plank")
    assert shown(page) == ["Plank 2 × 45 s · Bird dog 10 reps"]
    choose(qtbot, timeline.run_type, "Race")  # a run type lists runs, whatever was chosen
    assert timeline.kind.currentText() == "Runs"
    assert timeline.exercise.currentText() == "Any exercise"
    assert shown(page) == ["Race · 10K"]
    choose(qtbot, timeline.region, "Calves")
    assert kinds(page) == ["Soreness"]
    assert timeline.run_type.currentText() == "Any run type"
    qtbot.mouseClick(timeline.clear_button, Qt.MouseButton.LeftButton)
    assert len(kinds(page)) == 5
    assert not timeline.clear_button.isEnabled()


def test_filter_by_period(page, qtbot):
    timeline = page.timeline
    choose(qtbot, timeline.period, "Last 4")
    assert kinds(page) == ["Soreness", "Run", "Core"]  # the 30- and 40-day-old ones are out
    choose(qtbot, timeline.period, "Custom")
    assert timeline.dates.isVisible()
    day = at(30, 0).date()
    for edit in (timeline.date_to, timeline.date_from):
        edit.setFocus()
        edit.setDate(edit.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    assert shown(page) == ["Bird dog 12 reps"]
    choose(qtbot, timeline.period, "All")
    assert not timeline.dates.isVisible()


def test_search_the_notes_as_you_type(page, qtbot):
    search = page.timeline.search
    search.setFocus()
    qtbot.keyClicks(search, "LEGS")
    qtbot.waitUntil(lambda: kinds(page) == ["Soreness", "Core"], timeout=SEARCH_DELAY_MS * 20)
    qtbot.keyClicks(search, " tight")
    qtbot.waitUntil(lambda: kinds(page) == ["Soreness"], timeout=SEARCH_DELAY_MS * 20)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert len(kinds(page)) == 5
    qtbot.keyClicks(search, "nothing like this")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter searches at once
    assert page.timeline.stack.currentWidget() is page.timeline.empty
    assert page.timeline.empty.text() == "No entries match these filters."


def test_ctrl_f_goes_to_the_search(page, qtbot):
    page.show_tab(1)
    page.calendar.calendar.setFocus()
    focused = QApplication.focusWidget()
    assert page.calendar.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0
    assert page.timeline.search.hasFocus()
    # From the list too (one shortcut for the whole page, never two that clash).
    page.timeline.table.setFocus()
    qtbot.keyClick(page.timeline.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.timeline.search.hasFocus()


def test_ctrl_f_works_from_the_sidebar_while_the_history_shows(window, page, qtbot):
    page.show_tab(2)
    window.nav.setFocus()
    assert QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0
    assert page.timeline.search.hasFocus()


def test_ctrl_f_on_another_page_leaves_the_history_alone(window, page, qtbot):
    window.show_page("today")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "today"
    assert not page.timeline.search.hasFocus()


def click_header(qtbot, page, column: int) -> None:
    header = page.timeline.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_by_any_column(page, qtbot, qtmodeltester):
    click_header(qtbot, page, cols.DISTANCE)
    distances = shown(page, cols.DISTANCE)
    # Largest first or smallest first, the entries without a distance come last.
    assert distances[:2] in (["8.00 km", "10.00 km"], ["10.00 km", "8.00 km"])
    assert distances[2:] == ["", "", ""]
    first = distances[:2]
    click_header(qtbot, page, cols.DISTANCE)
    assert shown(page, cols.DISTANCE)[:2] == list(reversed(first))
    click_header(qtbot, page, cols.KIND)
    order = ["Run", "Run", "Core", "Core", "Soreness"]
    assert kinds(page) in (order, list(reversed(order)))
    click_header(qtbot, page, cols.WHEN)
    when = [page.timeline.model.entry(r) for r in range(5)]
    assert len(set(when)) == 5
    qtmodeltester.check(page.timeline.model)
    # A filter keeps the sort.
    click_header(qtbot, page, cols.NOTES)
    choose(qtbot, page.timeline.kind, "Runs")
    notes = shown(page, cols.NOTES)
    assert notes in (["Club race", "Windy tempo"], ["Windy tempo", "Club race"])


def select(qtbot, page, row: int) -> None:
    table = page.timeline.table
    rect = table.visualRect(page.timeline.model.index(row, cols.WHAT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_open_a_run_in_the_log_page_form(window, page, entries, qtbot):
    select(qtbot, page, 1)
    qtbot.keyClick(page.timeline.table, Qt.Key.Key_Return)
    assert window.current_page_id() == "log"
    runs_tab = window.page("log").tab("runs")
    assert window.page("log").tabs.currentWidget() is runs_tab
    assert runs_tab.form.editing is not None and runs_tab.form.editing.id == entries["tempo"]
    assert runs_tab.form.distance.text() == "8"


def test_open_a_core_session_with_a_double_click(window, page, entries, qtbot):
    table = page.timeline.table
    rect = table.visualRect(page.timeline.model.index(2, cols.WHAT))
    # A double-click is a press and release, then a second press (the double-click).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_id() == "log"
    core_tab = window.page("log").tab("core")
    assert core_tab.form.editing is not None and core_tab.form.editing.id == entries["core"]


def test_open_a_soreness_entry_in_the_recovery_form(window, page, entries, qtbot):
    select(qtbot, page, 0)
    qtbot.mouseClick(page.timeline.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "recovery"
    assert window.page("recovery").form.entry_id == entries["sore"]


def test_delete_with_undo(window, page, entries, ctx, qtbot):
    select(qtbot, page, 1)
    qtbot.keyClick(page.timeline.table, Qt.Key.Key_Delete)
    assert run_store.get_run(ctx.store, entries["tempo"]) is None
    assert window.statusBar().currentMessage() == "Run deleted — Ctrl+Z to undo"
    assert kinds(page) == ["Soreness", "Core", "Core", "Run"]
    # The entry now in the deleted one's place is chosen, ready for the next Delete.
    assert page.timeline.chosen_entry() == (1, entries["core"])
    qtbot.keyClick(page.timeline.table, Qt.Key.Key_Delete)
    assert core_service.get_session(ctx.store, entries["core"]) is None
    assert window.statusBar().currentMessage() == "Core session deleted — Ctrl+Z to undo"
    select(qtbot, page, 0)
    qtbot.mouseClick(page.timeline.delete_button, Qt.MouseButton.LeftButton)
    assert sore_store.get_entry(ctx.store, entries["sore"]).deleted_at is not None
    assert window.statusBar().currentMessage() == "Soreness entry deleted — Ctrl+Z to undo"
    for _ in range(3):
        ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(kinds(page)) == 5)
    assert run_store.get_run(ctx.store, entries["tempo"]) is not None


def test_filter_and_scroll_survive_switching_pages_and_changes(window, ctx, qtbot):
    from corelog.services.demo import generate_history

    generate_history(ctx.store, last_day=local_now().date())
    page = window.show_page("history")
    timeline = page.timeline
    choose(qtbot, timeline.kind, "Runs")
    total = timeline.model.rowCount()
    assert total > 60
    bar = timeline.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = timeline.table.rowAt(0)
    top_entry = timeline.model.entry(top)
    select(qtbot, page, top + 2)
    chosen = timeline.chosen_entry()

    window.show_page("settings")
    window.show_page("history")
    assert timeline.kind.currentText() == "Runs"
    assert timeline.model.entry(timeline.table.rowAt(0)) == top_entry
    assert timeline.chosen_entry() == chosen

    # A run logged elsewhere: the list takes it in without losing the place.
    window.show_page("log")
    add_run(ctx, at(0, 6), 3, 20)
    ctx.bus.announce("runs")
    window.show_page("history")
    assert timeline.model.rowCount() == total + 1
    assert timeline.model.entry(timeline.table.rowAt(0)) == top_entry
    assert timeline.chosen_entry() == chosen
    # And while the page is on screen.
    add_run(ctx, at(0, 5), 3, 20)
    ctx.bus.announce("runs")
    qtbot.waitUntil(lambda: timeline.model.rowCount() == total + 2)
    assert timeline.model.entry(timeline.table.rowAt(0)) == top_entry


def test_units_follow_settings(page, ctx):
    ctx.settings.set("units/distance", "mi")
    assert shown(page, cols.DISTANCE)[1] == "4.97 mi"
    assert shown(page, cols.PACE)[1] == "8:03 /mi"


def test_an_empty_history_says_how_it_fills(window):
    page = window.show_page("history")
    assert page.timeline.stack.currentWidget() is page.timeline.empty
    assert page.timeline.empty.text().startswith("Nothing logged yet.")
    assert not page.timeline.open_button.isEnabled()


def test_a_search_between_a_change_and_its_reading_lists_consistent_rows(page, ctx, qtbot):
    """A change announced while typing: the search runs on the listed reading, then the
    change is read and listed, with the search kept."""
    timeline = page.timeline
    add_run(ctx, at(0, 5), 4, 24, notes="windy hills")
    ctx.bus.announce("runs")  # read at the next turn of the event loop
    timeline.search.setText("windy")
    timeline.apply_filter()  # the search fires first
    assert shown(page, cols.NOTES) == ["Windy tempo"]
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)
    assert shown(page, cols.NOTES) == ["windy hills", "Windy tempo"]
