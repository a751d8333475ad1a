"""The History page's calendar: days marked with what happened, a click opens the day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from test_history_timeline import add_run, add_session, add_soreness, at

from corelog.ui.history import timeline_model as cols


@pytest.fixture
def day_entries(ctx):
    """Three days ago: a run, a core session and sore calves; a run two days before."""
    return {
        "run": add_run(ctx, at(3, 7), 8.2, 45, notes="Easy morning"),
        "core": add_session(ctx, at(3, 18), [("plank", 45)]),
        "sore": add_soreness(ctx, at(3, 21), "calves", 5),
        "other": add_run(ctx, at(5, 7), 5, 30),
    }


@pytest.fixture
def calendar_tab(window, day_entries):
    page = window.show_page("history")
    page.show_tab(1)
    return page.calendar


def cell_center(calendar, day: date):
    """Where a day of the shown month is drawn (the view inside the calendar)."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    in_month = False
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            number = int(index.data())
            in_month = in_month or number == 1
            if in_month and number == day.day:
                return view, view.visualRect(index).center()
    raise AssertionError(f"{day} is not shown")


def click_day(qtbot, calendar, day: date) -> None:
    calendar.setCurrentPage(day.year, day.month)
    view, center = cell_center(calendar, day)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_days_are_marked_with_what_happened(calendar_tab, ctx):
    day = at(3, 0).date()
    lines = calendar_tab.calendar.cell_lines(day)
    assert [text for _kind, text in lines] == ["8.2 km", "Core", "Calves"]
    assert calendar_tab.calendar.cell_lines(at(4, 0).date()) == []
    ctx.settings.set("units/distance", "mi")
    assert calendar_tab.calendar.cell_lines(day)[0][1] == "5.1 mi"


def test_clicking_a_day_lists_its_entries(calendar_tab, qtbot):
    day = at(3, 0).date()
    click_day(qtbot, calendar_tab.calendar, day)
    assert calendar_tab.calendar.selectedDate() == QDate(day.year, day.month, day.day)
    items = [calendar_tab.day_list.item(i).text() for i in range(calendar_tab.day_list.count())]
    assert items == [
        "07:00  Easy: 8.20 km in 45:00",
        "18:00  Core session (15 min): Plank 45 s",
        "21:00  Soreness: Calves · 5/10, moderate · open",
    ]
    assert calendar_tab.day_summary.text().startswith("3 entries.")
    click_day(qtbot, calendar_tab.calendar, at(4, 0).date())
    assert calendar_tab.day_list.count() == 0
    assert calendar_tab.day_summary.text() == "Nothing logged on this day."
    assert not calendar_tab.open_button.isEnabled()


def test_the_month_summary(calendar_tab):
    month = calendar_tab.calendar
    month.setCurrentPage(2001, 1)
    assert calendar_tab.month_summary.text() == "January 2001: nothing logged."
    day = at(3, 0).date()
    month.setCurrentPage(day.year, day.month)
    assert calendar_tab.month_summary.text().startswith(f"{day:%B} {day.year}: ")


def test_a_day_opens_in_the_timeline(window, calendar_tab, qtbot):
    day = at(3, 0).date()
    click_day(qtbot, calendar_tab.calendar, day)
    qtbot.mouseClick(calendar_tab.timeline_button, Qt.MouseButton.LeftButton)
    page = window.page("history")
    assert page.tabs.currentIndex() == 0
    model = page.timeline.model
    kinds = [model.index(r, cols.KIND).data() for r in range(model.rowCount())]
    assert kinds == ["Soreness", "Core", "Run"]
    assert page.timeline.period.currentData() == "custom"
    assert page.timeline.date_from.date() == QDate(day.year, day.month, day.day)
    # Enter on a day of the calendar does the same.
    page.show_tab(1)
    other = at(5, 0).date()
    click_day(qtbot, calendar_tab.calendar, other)
    view, _center = cell_center(calendar_tab.calendar, other)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    assert model.rowCount() == 1


def test_open_an_entry_of_the_day(window, calendar_tab, day_entries, qtbot):
    click_day(qtbot, calendar_tab.calendar, at(3, 0).date())
    calendar_tab.day_list.setCurrentRow(2)
    qtbot.mouseClick(calendar_tab.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "recovery"
    assert window.page("recovery").form.entry_id == day_entries["sore"]


def test_weeks_start_on_the_day_chosen_in_settings(calendar_tab, ctx):
    ctx.settings.set("calendar/week_start", 6)
    assert calendar_tab.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_an_entry_added_elsewhere_shows_up(calendar_tab, ctx, qtbot):
    day = at(4, 0).date()
    add_run(ctx, at(4, 6), 3, 20)
    ctx.bus.announce("runs")
    qtbot.waitUntil(lambda: calendar_tab.calendar.cell_lines(day) != [])
    assert calendar_tab.calendar.cell_lines(day)[0][1] == "3.0 km"


def hover_text(calendar, day: date) -> str:
    """The tooltip a pointer resting on ``day``'s cell brings up."""
    calendar.setCurrentPage(day.year, day.month)
    view, center = cell_center(calendar, day)
    for widget in QApplication.topLevelWidgets():  # no tooltip left from before
        if widget.metaObject().className() == "QTipLabel":
            widget.hide()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_every_region_sore_on_a_day_is_shown(window, ctx, qtbot):
    day = at(2, 0).date()
    add_soreness(ctx, at(2, 8), "calves", 4)
    add_soreness(ctx, at(2, 19), "lower_abs", 3)
    add_soreness(ctx, at(2, 20), "calves", 2)  # the same region again counts once
    page = window.show_page("history")
    page.show_tab(1)
    calendar = page.calendar.calendar
    calendar.setCurrentPage(day.year, day.month)
    # The count comes first, so a narrow cell still shows that two regions were sore.
    lines = [text for _kind, text in calendar.cell_lines(day)]
    assert lines == ["Sore ×2: Calves, Lower abs"]
    assert hover_text(calendar, day) == "Sore: Calves, Lower abs"


def test_a_day_cell_tooltip_spells_out_what_the_cell_shortens(calendar_tab):
    calendar = calendar_tab.calendar
    day = at(3, 0).date()
    assert hover_text(calendar, day) == "8.2 km\nCore\nSore: Calves"
    assert hover_text(calendar, at(4, 0).date()) == ""
