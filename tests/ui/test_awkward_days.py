"""The calendar-dependent parts of CoreLog on the awkward days, as a user sees them.

Each scenario fixes the computer's clock and zone (``clock_at``), logs the same shape of
training around "today" and reads what the pages say: the Today page's week, the Log
page's weekly core target, History's calendar, insights (streaks, the 10 percent rule,
core frequency) and load ratio. The expectations are worked out here from the dates
alone, so a wrong week boundary, a day counted in the wrong zone or a "today" read from
somewhere else shows up as a difference.

The training, with ``ws`` the first day of this week (by the week start under test): a
run every day from ``ws - 14`` to today, 5 km a day in the week before last, 6 km a day
last week (a 20 % rise, so the 10 percent rule flags last week) and 1 km a day this week;
core sessions at 19:00 four days and one day before ``ws``, and on ``ws`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from test_history_timeline import add_run, add_session

from corelog.domain import clock
from corelog.domain.timeutil import local_from_wall
from corelog.ui import bus

MONDAY, SUNDAY = 0, 6
EVENING = "21:30"


@dataclass(frozen=True)
class Day:
    """A scenario: today's date and zone, and the night of a clock change, if any."""

    today: str
    zone: str
    why: str
    run_at_0230: str | None = None
    """A date whose run is logged at 02:30 local (the clock-change night), not 07:30."""


WEEK = [
    Day(f"2026-12-{day:02d}", "Europe/Berlin", name)
    for day, name in zip(
        range(1, 8),
        ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday"],
        strict=True,
    )
]
AWKWARD = [
    # Clocks going forward (02:30 does not exist) and back (02:30 happens twice), with
    # the run logged at 02:30 on that night; today that day and the day after.
    Day("2026-03-29", "Europe/Berlin", "Berlin spring-forward Sunday", "2026-03-29"),
    Day("2026-03-30", "Europe/Berlin", "the Monday after Berlin springs forward", "2026-03-29"),
    Day("2026-10-25", "Europe/Berlin", "Berlin fall-back Sunday", "2026-10-25"),
    Day("2026-10-26", "Europe/Berlin", "the Monday after Berlin falls back", "2026-10-25"),
    Day("2026-03-08", "America/New_York", "New York spring-forward Sunday", "2026-03-08"),
    Day("2026-03-10", "America/New_York", "two days after New York springs", "2026-03-08"),
    Day("2026-11-01", "America/New_York", "New York fall-back Sunday", "2026-11-01"),
    Day("2026-11-03", "America/New_York", "two days after New York falls back", "2026-11-01"),
    # New Year and ISO week 53 (28 December 2026 to 3 January 2027).
    Day("2026-12-31", "Europe/Berlin", "New Year's Eve, in ISO week 53"),
    Day("2027-01-01", "Europe/Berlin", "New Year's Day, in ISO week 53 of 2026"),
    Day("2027-01-03", "Europe/Berlin", "the Sunday that ends ISO week 53"),
    Day("2027-01-04", "Europe/Berlin", "the Monday that begins ISO week 1 of 2027"),
    # A leap day and the day after it.
    Day("2028-02-29", "Europe/Berlin", "29 February"),
    Day("2028-03-01", "Europe/Berlin", "the day after 29 February"),
    # The far zones: a day ahead of and a day behind most of the world.
    Day("2027-01-03", "Pacific/Kiritimati", "Sunday on Kiritimati (UTC+14)"),
    Day("2027-01-03", "Pacific/Pago_Pago", "Sunday in Pago Pago (UTC-11)"),
    Day("2026-12-06", "Pacific/Kiritimati", "Sunday on Kiritimati, late evening"),
]


def wall(day: date, hh_mm: str) -> datetime:
    hour, minute = map(int, hh_mm.split(":"))
    return local_from_wall(datetime(day.year, day.month, day.day, hour, minute))


def first_day_of_week(day: date, week_start: int) -> date:
    """Worked out afresh here (not with CoreLog's week_start), as the oracle."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def km_on(day: date, ws: date) -> int:
    if day >= ws:
        return 1
    return 6 if day >= ws - timedelta(days=7) else 5


def log_training(ctx, today: date, ws: date, run_at_0230: date | None) -> None:
    day = ws - timedelta(days=14)
    while day <= today:
        when = wall(day, "02:30" if day == run_at_0230 else "07:30")
        km = km_on(day, ws)
        add_run(ctx, when, km, km * 6, effort=4)
        day += timedelta(days=1)
    for day in (ws - timedelta(days=4), ws - timedelta(days=1), ws):
        add_session(ctx, wall(day, "19:00"), [("plank", 45)])
    ctx.bus.announce(bus.RUNS, bus.CORE)


def short_day(day: date, today: date) -> str:
    """How insights name a day: "21 Dec", with the year when it is not this year's."""
    return f"{day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")


def check_today_page(window, today: date, ws: date) -> None:
    card = window.show_page("today").week
    k = (today - ws).days + 1
    assert card.span.text().startswith(f"{ws:%a} {ws.day}")
    assert card.span.text().endswith(f"· day {k} of 7")
    assert card.distance.text() == f"{k}.0 km"
    assert card.runs.text() == str(k)
    assert card.core.text() == "1 of 2–3"
    assert card.last_week.text() == "Last week: 42.0 km · 4 h 12 min · 7 runs · 2 core sessions."
    assert not card.ten_percent.isVisible()  # k km so far against last week's 42


def check_core_target(window) -> None:
    tab = window.show_page("log").open_tab("core")
    assert tab.week.label.text() == "Core sessions this week: 1 of 2-3"


def check_history(window, qtbot, today: date, ws: date) -> None:
    page = window.show_page("history")
    page.show_tab(2)
    qtbot.waitUntil(
        lambda: page.charts_tab is not None and page.charts_tab.current_review is not None
    )
    review = page.charts_tab.current_review
    assert review.today == today
    assert review.load[-1].day == today
    texts = {card.insight.key: card.text.text() for card in page.charts_tab.insight_cards()}
    days_trained = (today - ws).days + 15
    assert f"You have trained {days_trained} days in a row, up to today." in texts["streaks"]
    assert "Core target (two or more sessions a week) met last week." in texts["streaks"]
    assert texts["ten_percent"].startswith(
        "1 week rose more than 10 percent in distance over the week before: "
        f"the week of {short_day(ws - timedelta(days=7), today)} (+20%)."
    )
    assert texts["core_weeks"].startswith(
        "1 of 2 finished weeks had fewer than 2 core sessions "
        f"(the latest: the week of {short_day(ws - timedelta(days=14), today)})."
    )
    page.show_tab(1)
    cells = page.calendar.calendar.cell_lines
    assert [text for _kind, text in cells(today)] == ["1.0 km"] + (["Core"] if today == ws else [])
    assert [text for _kind, text in cells(ws - timedelta(days=1))] == ["6.0 km", "Core"]
    assert cells(today + timedelta(days=1)) == []


@pytest.mark.parametrize("week_start", [MONDAY, SUNDAY], ids=["weeks-from-Monday", "from-Sunday"])
@pytest.mark.parametrize("scenario", WEEK + AWKWARD, ids=lambda day: f"{day.today}-{day.why}")
def test_the_week_history_and_insights_on_an_awkward_day(
    window, ctx, qtbot, clock_at, scenario, week_start
):
    clock_at(f"{scenario.today} {EVENING}", scenario.zone)
    today = clock.today()
    assert today == date.fromisoformat(scenario.today)
    ctx.settings.set("calendar/week_start", week_start)
    ws = first_day_of_week(today, week_start)
    night = date.fromisoformat(scenario.run_at_0230) if scenario.run_at_0230 else None
    log_training(ctx, today, ws, night)
    check_today_page(window, today, ws)
    check_core_target(window)
    check_history(window, qtbot, today, ws)


def test_a_run_logged_on_kiritimati_keeps_its_day_when_reviewed_in_pago_pago(
    window, ctx, qtbot, clock_at
):
    """Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart: a run logged on
    Sunday morning on one is reviewed on Saturday on the other. It stays a Sunday 07:30
    run; it counts in "this week so far" once Sunday has come where the user is."""
    clock_at("2027-01-03 07:32", "Pacific/Kiritimati")
    window.show_page("log")
    form = window.page("log").tab("runs").form
    form.reset()
    qtbot.keyClicks(form.distance, "10")
    qtbot.keyClicks(form.duration, "55:00")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    today = window.show_page("today")
    assert today.week.distance.text() == "10.0 km"

    # The flight east across the date line lands on Saturday morning.
    clock_at("2027-01-02 09:00", "Pacific/Pago_Pago")
    window.show_page("log")
    today = window.show_page("today")  # coming back to the page looks at the date again
    assert today.date_label.text() == "Saturday 2 January 2027"
    assert today.week.distance.text() == "0.0 km"  # the run is dated tomorrow here
    history = window.show_page("history")
    history.show_tab(1)
    calendar = history.calendar
    assert [text for _kind, text in calendar.calendar.cell_lines(date(2027, 1, 3))] == ["10.0 km"]
    assert calendar.calendar.cell_lines(date(2027, 1, 2)) == []
    calendar.choose_day(date(2027, 1, 3))
    assert calendar.day_list.item(0).text() == "07:30  Easy: 10.00 km in 55:00"

    clock_at("2027-01-03 09:00", "Pacific/Pago_Pago")
    today = window.show_page("today")
    today.day_watch.check()
    assert today.date_label.text() == "Sunday 3 January 2027"
    assert today.week.distance.text() == "10.0 km"
    assert today.week.runs.text() == "1"


def test_a_run_logged_in_pago_pago_on_saturday_is_last_weeks_on_kiritimati_sunday(
    window, ctx, qtbot, clock_at
):
    clock_at("2027-01-02 19:02", "Pacific/Pago_Pago")  # Saturday evening
    window.show_page("log")
    form = window.page("log").tab("runs").form
    form.reset()
    qtbot.keyClicks(form.distance, "8")
    qtbot.keyClicks(form.duration, "44:00")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)

    clock_at("2027-01-03 21:00", "Pacific/Kiritimati")  # some hours later, a day ahead
    today = window.show_page("today")
    today.day_watch.check()
    assert today.week.distance.text() == "8.0 km"  # weeks from Monday: 28 Dec - 3 Jan
    ctx.settings.set("calendar/week_start", SUNDAY)
    assert today.week.distance.text() == "0.0 km"  # this week began this morning
    assert today.week.last_week.text().startswith("Last week: 8.0 km ·")
