"""The Today page as a person sees it: the week's numbers, soreness, records, one-click starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import recovery
from corelog.services.exercises import sync_library
from corelog.services.recovery import SorenessForm
from corelog.store import exercises as store_exercises
from corelog.store.models import CoreSession, CoreSet, Run
from corelog.ui import bus
from corelog.ui.recovery.page import FORM, GUIDANCE
from corelog.ui.today.day_watch import MAX_WAIT_MS, ms_until_next_check
from corelog.ui.today.page import TodayPage
from corelog.ui.undo import push_change

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2025, 6, 11, 12, 0, tzinfo=PLUS2)  # Wednesday 11 June 2025
MONDAY, SUNDAY = 0, 6


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=PLUS2)


def add_run(store, local: datetime, km: float, seconds: int, **columns) -> int:
    with store.write() as session:
        run = Run(started_at=local.astimezone(UTC), utc_offset_min=120, distance_m=km * 1000,
                  duration_s=seconds, **columns)
        session.add(run)
        session.flush()
        return run.id


def delete_run(store, run_id: int, deleted: bool) -> None:
    with store.write() as session:
        session.get(Run, run_id).deleted_at = NOW if deleted else None


def add_session(store, local: datetime, holds=()) -> int:
    with store.write() as session:
        core = CoreSession(started_at=local.astimezone(UTC), utc_offset_min=120, duration_s=900)
        session.add(core)
        session.flush()
        for position, (exercise_id, hold_ms) in enumerate(holds):
            session.add(CoreSet(session_id=core.id, position=position, exercise_id=exercise_id,
                                hold_ms=hold_ms))
        return core.id


def log_soreness(store, region: str, severity: int = 2, **changes) -> int:
    values = {
        "noted_at": NOW - timedelta(hours=3), "region": region, "severity": severity,
        "feel": "dull", "onset": "delayed", "trend": "improving", "swelling": False,
        "days_lasted": "1", "link": None, "notes": "",
    }
    values.update(changes)
    checked = recovery.check_entry(store, SorenessForm(**values), now=NOW)
    assert not isinstance(checked, Invalid), checked
    return recovery.add_entry(store, checked)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def page(window, clock, qtbot) -> TodayPage:
    shown = window.page("today")
    assert isinstance(shown, TodayPage)
    shown.set_clock(clock)
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def week(ctx):
    """This week (from Monday 9 June): 6 km and 8 km, one core session; last week 18 km."""
    store = ctx.store
    add_run(store, at(2, 7), 5, 1650)  # Mon 2 Jun
    add_run(store, at(8, 23, 30), 10, 3300)  # Sun 8 Jun: last week from Monday, this from Sunday
    add_run(store, at(8, 9), 3, 1000)  # Sun 8 Jun
    add_run(store, at(9, 0, 10), 6, 2000)  # Mon 9 Jun, just after midnight
    add_run(store, at(11, 6, 30), 8, 2600)  # today
    add_session(store, at(10, 18))  # Tue 10 Jun
    ctx.bus.announce(bus.RUNS, bus.CORE)
    return store


def visible_text(widget: QWidget) -> str:
    """Every label's text the user can see on ``widget``."""
    QApplication.processEvents()  # labels just added are shown on the next turn
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- the page


def test_today_is_the_first_page_on_launch(window):
    assert window.current_page_id() == "today"
    assert window.stack.currentWidget() is window.page("today")
    go = window.findChild(QAction, "actionGoToday")
    assert go.shortcut().toString() == "Ctrl+1"


def test_empty_database_gets_a_friendly_start_not_zeros(page):
    assert page.welcome.isVisible()
    assert not page.cards.isVisible()
    text = visible_text(page)
    assert "Welcome to CoreLog" in text
    assert "corelog --demo" in text
    assert "Log a run" in text and "Ctrl+R" in text
    assert "0.0 km" not in text and "0 of" not in text
    assert page.date_label.text() == "Wednesday 11 June 2025"


def test_the_welcome_goes_once_something_is_logged(ctx, page):
    add_session(ctx.store, at(11, 7))
    ctx.bus.announce(bus.CORE)
    assert not page.welcome.isVisible()
    assert page.cards.isVisible()
    assert page.week.core.text() == "1 of 2–3"


def test_week_so_far_matches_the_database(week, page):
    card = page.week
    assert card.span.text() == "Mon 9 – Sun 15 Jun · day 3 of 7"
    assert card.distance.text() == "14.0 km"
    assert card.time.text() == "1 h 17 min"  # 2000 s + 2600 s
    assert card.runs.text() == "2"
    assert card.core.text() == "1 of 2–3"
    assert card.core_note.text() == "One more core session reaches this week's target of 2–3."
    assert "002" in card.core_note.toolTip()
    assert card.last_week.text() == "Last week: 18.0 km · 1 h 39 min · 3 runs · 0 core sessions."
    assert not card.ten_percent.isVisible()


def test_week_start_from_settings_moves_the_boundary(ctx, week, page):
    # A run the week before, so that last week (from Sunday 1 June) is fully logged.
    add_run(ctx.store, datetime(2025, 5, 28, 7, tzinfo=PLUS2), 4, 1400)
    ctx.settings.set("calendar/week_start", SUNDAY)
    card = page.week
    assert card.span.text() == "Sun 8 – Sat 14 Jun · day 4 of 7"
    assert card.distance.text() == "27.0 km"
    assert card.runs.text() == "4"
    assert card.last_week.text() == "Last week: 5.0 km · 28 min · 1 run · 0 core sessions."
    # 27 km against last week's 5 km: the 10 percent rule, from document 002.
    assert card.ten_percent.isVisible()
    assert "440% more distance than last week's 5.0 km" in card.ten_percent.text()
    assert "(source: 002 · Sore abs after running)" in card.ten_percent.text()


def test_no_ten_percent_warning_against_the_week_the_log_began(ctx, week, page):
    """The log began on Monday 2 June: from Sunday, last week was only partly logged, and
    History does not judge such a week either."""
    ctx.settings.set("calendar/week_start", SUNDAY)
    card = page.week
    assert card.last_week.text() == "Last week: 5.0 km · 28 min · 1 run · 0 core sessions."
    assert not card.ten_percent.isVisible()


def test_units_from_settings(ctx, week, page):
    ctx.settings.set("units/distance", "mi")
    assert page.week.distance.text() == "8.7 mi"  # 14 km
    assert page.week.last_week.text().startswith("Last week: 11.2 mi ·")
    total = ctx.store.reader.scalar("SELECT SUM(distance_m) FROM run WHERE deleted_at IS NULL")
    assert total == 32_000  # stored metres are untouched
    ctx.settings.set("units/distance", "km")
    assert page.week.distance.text() == "14.0 km"


def test_an_undone_change_goes_back_off_the_page(ctx, week, page):
    store = ctx.store
    run_id = add_run(store, at(10, 7), 4, 1400, deleted_at=NOW)
    push_change(
        ctx, "Log run",
        lambda: delete_run(store, run_id, False),
        lambda: delete_run(store, run_id, True),
        bus.RUNS,
    )
    assert page.week.distance.text() == "18.0 km"
    assert page.week.runs.text() == "3"
    ctx.undo_stack.undo()
    assert page.week.distance.text() == "14.0 km"
    ctx.undo_stack.redo()
    assert page.week.runs.text() == "3"


def test_a_hidden_page_catches_up_when_shown_again(ctx, window, week, page):
    window.show_page("settings")
    add_run(ctx.store, at(10, 7), 4, 1400)
    ctx.bus.announce(bus.RUNS)
    window.show_page("today")
    assert page.week.distance.text() == "18.0 km"


def test_the_day_changes_at_midnight_while_open(ctx, clock, page):
    add_run(ctx.store, at(15, 9), 12, 3900)  # Sunday 15 June
    clock.now = at(15, 23, 59)
    page.day_watch.check()
    page.refresh()
    assert page.week.distance.text() == "12.0 km"
    assert page.date_label.text() == "Sunday 15 June 2025"
    clock.now = at(16, 0, 0) + timedelta(seconds=1)  # Monday: a new week
    page.day_watch.timer.timeout.emit()  # the timer armed for midnight goes off
    assert page.date_label.text() == "Monday 16 June 2025"
    assert page.week.span.text() == "Mon 16 – Sun 22 Jun · day 1 of 7"
    assert page.week.distance.text() == "0.0 km"
    assert page.week.last_week.text().startswith("Last week: 12.0 km ·")


def test_the_midnight_timer_waits_until_just_after_midnight_or_an_hour():
    assert ms_until_next_check(at(11, 23, 59) + timedelta(seconds=30)) == 31_000
    assert ms_until_next_check(at(11, 9)) == MAX_WAIT_MS


def test_narrow_window_stacks_the_cards(window, week, page, qtbot):
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: page.is_wide())
    assert page.soreness.x() > page.week.x()
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: not page.is_wide())
    qtbot.waitUntil(lambda: page.soreness.x() == page.week.x())
    assert page.soreness.y() > page.week.y() + page.week.height()
    assert page.bests.y() > page.soreness.y()


# --------------------------------------------------------------------------- soreness


def test_nothing_sore(week, page):
    assert page.soreness.none.isVisible()
    assert page.soreness.rows == []


def test_soreness_card_shows_open_entries_with_todays_advice(ctx, page):
    mild = log_soreness(ctx.store, "calves", 2)
    sharp = log_soreness(ctx.store, "lower_back", 8, feel="sharp", onset="during",
                         trend="worsening")
    ctx.bus.announce(bus.SORENESS)
    kb = get_knowledge()
    rows = page.soreness.rows
    assert [row.item.entry.id for row in rows] == [sharp, mild]  # warning signs first
    assert rows[0].region.text() == kb.region("lower_back").name
    text = visible_text(rows[0])
    assert "8/10, severe" in text
    # Sharp and getting worse: see a physiotherapist, as the Recovery page says.
    assert kb.action("see_physio").name in text and "PHYSIO" in text
    assert "Warning signs" in text
    # Hovering over the advice shows the rule behind it and the sentence it rests on.
    tooltip = rows[0].findChild(QLabel, "todaySorenessAction").toolTip()
    assert "The rule behind it" in tooltip and "consulting a physiotherapist" in tooltip
    assert "Checked today" in text
    assert kb.action("run_easy").name in visible_text(rows[1])
    assert not page.soreness.none.isVisible()


def test_a_click_on_an_entry_opens_it_on_the_recovery_page(ctx, window, page, qtbot):
    entry_id = log_soreness(ctx.store, "calves", 3)
    ctx.bus.announce(bus.SORENESS)
    click(qtbot, page.soreness.rows[0].region)
    assert window.current_page_id() == "recovery"
    recovery_page = window.page("recovery")
    assert recovery_page.shown_entry() == entry_id
    assert recovery_page.detail.currentIndex() == GUIDANCE


def test_a_click_anywhere_on_the_entry_opens_it_too(ctx, window, page, qtbot):
    entry_id = log_soreness(ctx.store, "calves", 3)
    ctx.bus.announce(bus.SORENESS)
    row = page.soreness.rows[0]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() - 8, 8))
    assert window.current_page_id() == "recovery"
    assert window.page("recovery").shown_entry() == entry_id


def test_how_is_it_today_is_one_click_away(ctx, window, page, qtbot):
    entry_id = log_soreness(ctx.store, "upper_abs", 4)
    ctx.bus.announce(bus.SORENESS)
    click(qtbot, page.soreness.rows[0].follow_up)
    recovery_page = window.page("recovery")
    assert window.current_page_id() == "recovery"
    assert recovery_page.shown_entry() == entry_id
    assert recovery_page.guidance.follow_up.isVisible()


def test_a_resolved_entry_leaves_the_card(ctx, page):
    entry_id = log_soreness(ctx.store, "calves", 3)
    ctx.bus.announce(bus.SORENESS)
    assert len(page.soreness.rows) == 1
    recovery.resolve_entry(ctx.store, entry_id, at=NOW)
    ctx.bus.announce(bus.SORENESS)
    assert page.soreness.rows == []
    assert page.soreness.none.isVisible()


def test_more_than_three_open_entries_are_a_click_away(ctx, window, page, qtbot):
    for region in ("calves", "upper_abs", "lower_abs", "hip_flexors"):
        log_soreness(ctx.store, region, 2)
    ctx.bus.announce(bus.SORENESS)
    assert len(page.soreness.rows) == 3
    assert page.soreness.all.isVisible()
    assert page.soreness.all.text() == "1 more open entry on the Recovery page…"
    click(qtbot, page.soreness.all)
    assert window.current_page_id() == "recovery"


# --------------------------------------------------------------------------- records


def test_personal_bests(ctx, page):
    store = ctx.store
    sync_library(store)
    ids = {row.key: row.id for row in store_exercises.list_exercises(store) if row.key}
    add_run(store, datetime(2025, 3, 2, 9, 0, tzinfo=PLUS2), 5, 1430, run_type="race",
            race_class="5k")
    add_run(store, at(8, 9), 10, 3000, run_type="race", race_class="10k")
    add_run(store, at(1, 8), 21.5, 7500, run_type="long")
    add_session(store, at(10, 18), holds=[(ids["plank"], 75_000), (ids["plank"], 60_000)])
    ctx.bus.announce(bus.RUNS, bus.CORE)
    lines = {what: (result, when, new) for what, result, when, new in page.bests.lines}
    assert lines["Fastest 5K"] == ("23:50", "Sun 2 Mar · 4:46 /km", False)
    assert lines["Fastest 10K"] == ("50:00", "Sun 8 Jun · 5:00 /km", True)
    assert lines["Longest run"] == ("21.50 km", "Sun 1 Jun · 2:05:00", True)
    assert lines["Longest hold: Plank"] == ("1:15", "Tue 10 Jun", True)
    assert "Longest hold: Side plank" not in lines
    assert "23:50" in visible_text(page.bests)
    assert "No races yet" not in visible_text(page.bests)
    ctx.settings.set("units/distance", "mi")
    lines = {what: (result, when, new) for what, result, when, new in page.bests.lines}
    assert lines["Longest run"][0] == "13.36 mi"
    assert lines["Fastest 5K"][1] == "Sun 2 Mar · 7:40 /mi"


def test_no_records_yet_says_how_to_get_them(week, page):
    text = visible_text(page.bests)
    assert "No races yet" in text
    assert "No timed holds yet" in text
    assert [line[0] for line in page.bests.lines] == ["Longest run"]


# --------------------------------------------------------------------------- quick starts


def test_quick_start_buttons_show_the_actions_shortcuts(window, page):
    expected = {
        "todayLogRun": "Ctrl+R",
        "todayLogCore": "Ctrl+K",
        "todayStartTimer": "Ctrl+T",
        "todayLogSoreness": "Ctrl+Shift+S",
    }
    for name, keys in expected.items():
        button = page.findChild(QPushButton, name)
        assert button.isEnabled(), name
        assert button.keys.text() == keys
        assert keys in button.toolTip()


@pytest.mark.parametrize(
    ("button_name", "action_name"),
    [
        ("todayLogRun", "actionLogRun"),
        ("todayLogCore", "actionLogCoreSession"),
        ("todayStartTimer", "actionStartTimer"),
        ("todayLogSoreness", "actionLogSoreness"),
    ],
)
def test_quick_start_triggers_the_same_action_as_the_shortcut(
    window, page, qtbot, button_name, action_name
):
    action = window.findChild(QAction, action_name)
    button = page.findChild(QPushButton, button_name)
    try:
        with qtbot.waitSignal(action.triggered, timeout=1000):
            click(qtbot, button)
    finally:
        timer = window.built_pages().get("timer")
        if timer is not None:
            timer.driver.reset()  # a workout under way would ask before closing


def test_log_a_run_opens_the_run_form(window, page, qtbot):
    click(qtbot, page.findChild(QPushButton, "todayLogRun"))
    assert window.current_page_id() == "log"
    assert window.page("log").tabs.currentWidget().objectName() == "logRunsTab"


def test_log_a_core_session_opens_the_core_form(window, page, qtbot):
    click(qtbot, page.findChild(QPushButton, "todayLogCore"))
    assert window.current_page_id() == "log"
    assert window.page("log").tabs.currentWidget().objectName() == "coreTab"


def test_start_the_plank_timer_starts_a_workout(window, page, qtbot):
    click(qtbot, page.findChild(QPushButton, "todayStartTimer"))
    assert window.current_page_id() == "timer"
    timer = window.page("timer")
    try:
        assert timer.is_active
    finally:
        timer.driver.reset()


def test_log_soreness_opens_the_soreness_form(window, page, qtbot):
    click(qtbot, page.findChild(QPushButton, "todayLogSoreness"))
    assert window.current_page_id() == "recovery"
    assert window.page("recovery").detail.currentIndex() == FORM


def test_demo_history_says_so(ctx, qtbot):
    ctx.demo = True
    demo_page = TodayPage(ctx)
    qtbot.addWidget(demo_page)
    assert "made-up training" in demo_page.demo_note.text()


def test_colours_follow_the_theme(ctx, page, monkeypatch):
    from corelog.ui import theme

    log_soreness(ctx.store, "calves", 2)
    ctx.bus.announce(bus.SORENESS)
    assert theme.LIGHT.card in page.soreness.rows[0].styleSheet()
    monkeypatch.setattr(theme, "_current", theme.DARK)  # what apply_theme() leaves behind
    ctx.settings.set("appearance/theme", "dark")
    row = page.soreness.rows[0]
    assert theme.DARK.card in row.styleSheet()
    assert theme.DARK.good in row.styleSheet()  # "run easy" in the dark theme's green


def test_last_week_with_only_soreness_is_not_called_empty(ctx, window, clock, qtbot):
    log_soreness(ctx.store, "lower_abs", noted_at=at(5, 9))  # Thursday of last week
    page = window.page("today")
    page.set_clock(clock)
    qtbot.waitExposed(page)
    assert page.week.last_week.text() == "Last week: no runs or core sessions."
