"""The documents' words stay in English; wherever a German user reads them, beside the
Recovery page's cards, the page says so with the same words: on Today's soreness, beside
the muscles a run works, in Learn the core and the exercise library, in the timer's
progress, and in History's insights. In English nothing of the kind is shown."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from test_history_charts import tab_center, weeks_of_running  # noqa: F401
from test_recovery_in_german import MARK_DE
from test_recovery_page import log_directly

from corelog.domain.timeutil import local_now
from corelog.knowledge import get_knowledge
from corelog.ui import bus


def _marks(root: QWidget, name: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel, name) if label.isVisibleTo(root)]


def _today_row(window, qtbot):
    log_directly(window.ctx.store, noted_at=local_now() - timedelta(hours=3), region="lower_abs")
    page = window.show_page("today")
    window.ctx.bus.announce(bus.SORENESS)
    qtbot.waitUntil(lambda: len(page.soreness.rows) == 1)
    return page.soreness.rows[0]


def test_todays_soreness_says_its_advice_is_the_documents_in_english(german, window, qtbot):
    row = _today_row(window, qtbot)
    assert row.follow_up.text() == "Wie ist es heute?"
    action = row.findChild(QLabel, "todaySorenessAction")
    advice = get_knowledge().action("run_easy").name
    assert advice in action.text()  # the documents' advice, as written
    assert [m.text() for m in _marks(row, "todaySorenessInEnglish")] == [MARK_DE]
    assert action.accessibleDescription().startswith(MARK_DE)


def test_in_english_today_shows_no_such_mark(window, qtbot):
    row = _today_row(window, qtbot)
    assert _marks(row, "todaySorenessInEnglish") == []
    assert "in English" not in row.findChild(QLabel, "todaySorenessAction").accessibleDescription()


def test_the_muscles_a_run_works_are_marked(german, window, qtbot):
    tab = window.show_page("log").open_tab("runs")
    qtbot.waitUntil(lambda: not tab.muscles.pending)
    assert [m.text() for m in _marks(tab.muscles, "runMusclesInEnglish")] == [MARK_DE]
    text = tab.muscles.findChild(QLabel, "runMusclesText")
    assert text.accessibleDescription() == MARK_DE


def test_learn_the_core_and_an_exercise_are_marked(german, window, qtbot):
    dialog = window.show_page("log").open_tab("core").open_learn()
    qtbot.addWidget(dialog)
    view = dialog.view
    assert [m.text() for m in _marks(view, "learnCoreTableInEnglish")] == [MARK_DE]
    assert [m.text() for m in _marks(view, "learnCoreCueInEnglish")] == [MARK_DE]
    assert _marks(view, "exerciseDetailsInEnglish") == []  # no exercise chosen yet
    view.show_exercise("plank")
    assert [m.text() for m in _marks(view, "exerciseDetailsInEnglish")] == [MARK_DE]
    dialog.close()


def test_the_timers_dose_is_marked(german, window):
    page = window.show_page("timer")
    progress = page.progress
    assert progress.findChild(QLabel, "timerDose").isVisibleTo(progress)
    assert [m.text() for m in _marks(progress, "timerProgressInEnglish")] == [MARK_DE]


def test_an_insight_quoting_the_documents_is_marked(german, window, weeks_of_running, qtbot):  # noqa: F811
    page = window.show_page("history")
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_center(page, 2))
    cards = {card.insight.key: card for card in page.charts_tab.insight_cards()}
    ten = cards["ten_percent"]
    rule = get_knowledge().core.ten_percent_rule.text
    assert rule in ten.text.text()
    assert [m.text() for m in _marks(ten, "historyInsightInEnglish")] == [MARK_DE]
    assert _marks(cards["totals"], "historyInsightInEnglish") == []  # CoreLog's own words
