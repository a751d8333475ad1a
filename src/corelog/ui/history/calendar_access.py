"""The History calendar for the keyboard and for screen readers.

Qt's month grid reports only the day's number for each cell, so a screen reader moving
through it with the arrow keys would hear "12", "13", ... Here the grid gets a name, the
chosen day is said in full as it is chosen ("Thursday 3 December 2026: 8.2 km; Core;
sore: Lower back"), the same words are its description, and the year field is named.
The chosen day draws its own focus mark (the calendar paints it), so the focus ring
leaves the grid alone. The Calendar tab applies this to the month it builds
(``month_calendar.MonthCalendar``), as soon as it is built.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSpinBox, QTableView, QToolButton

from corelog.domain.i18n import History
from corelog.ui.accessibility import announce
from corelog.ui.focus_ring import OWN_FOCUS_MARK
from corelog.ui.history.words import day_title

if TYPE_CHECKING:
    from corelog.ui.history.month_calendar import MonthCalendar


def grid_help() -> str:
    return History.tr(
        "Arrow keys move between days, Page Up and Page Down change the month, Enter lists "
        "the day in the timeline."
    )


def grid(calendar: MonthCalendar) -> QTableView | None:
    return calendar.findChild(QTableView, "qt_calendar_calendarview")


def day_words(calendar: MonthCalendar, day: date) -> str:
    """The chosen day, as a screen reader says it."""
    lines = [text for _kind, text in calendar.cell_lines(day)]
    summary = calendar.days.get(day)
    if summary is not None and summary.sore_regions:
        names = [calendar.region_names.get(r, r) for r in summary.sore_regions]
        lines = [t for kind, t in calendar.cell_lines(day) if kind != 2]
        lines.append(History.tr("sore: {regions}").format(regions=", ".join(names)))
    if not lines:
        return History.tr("{day}: nothing logged.").format(day=day_title(day))
    return History.tr("{day}: {entries}.").format(day=day_title(day), entries="; ".join(lines))


def make_accessible(calendar: MonthCalendar) -> None:
    view = grid(calendar)
    if view is not None:
        view.setAccessibleName(History.tr("Days of the month"))
        view.setAccessibleDescription(grid_help())
        view.setProperty(OWN_FOCUS_MARK, True)
    year = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
    if year is not None:
        year.setAccessibleName(History.tr("Year"))
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    if month is not None:
        month.setAccessibleDescription(History.tr("Opens the list of months"))

    def chosen() -> None:
        if view is None:
            return
        words = day_words(calendar, calendar.selectedDate().toPython())
        view.setAccessibleDescription(f"{words} {grid_help()}")
        if view.hasFocus():
            announce(view, words)

    calendar.selectionChanged.connect(chosen)
    chosen()
