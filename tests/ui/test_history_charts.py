"""The History page's charts and insights: ranges, exact values on hover, units, themes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from test_history_timeline import add_run, add_session, add_soreness, at
from test_ui_names import documented_names, user_controls

from corelog.domain.timeutil import local_now, week_start
from corelog.ui.theme import DARK, LIGHT, apply_theme


@pytest.fixture
def weeks_of_running(ctx):
    """Eight weeks: 10 km a week, then 20 km in the week before this one (a jump)."""
    today = local_now().date()
    this_week = week_start(today)
    for weeks_back in range(1, 9):
        monday = this_week - timedelta(weeks=weeks_back)
        days_ago = (today - monday).days
        km = 20 if weeks_back == 1 else 10
        add_run(ctx, at(days_ago, 7), km, km * 6, effort=4)
        add_session(ctx, at(days_ago, 18), [("plank", 40 + weeks_back)])
    add_soreness(ctx, at(1, 8), "calves", 3)


@pytest.fixture
def charts(window, weeks_of_running, qtbot):
    page = window.show_page("history")
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_center(page, 2))
    assert page.charts_tab is not None
    return page.charts_tab


def tab_center(page, index: int) -> QPoint:
    return page.tabs.tabBar().tabRect(index).center()


def insight_texts(charts) -> dict[str, str]:
    return {card.insight.key: card.text.text() for card in charts.insight_cards()}


def test_the_charts_tab_shows_charts_and_insights(charts):
    review = charts.current_review
    assert review is not None and review.range_key == "12w"
    assert len(review.weeks) == 12
    distance = charts.charts["historyChartDistance"]
    assert distance.stack.currentWidget() is distance.plot_widget
    assert [change.percent for change in review.jumps] == [100]
    assert "▲ and orange mark the 1 week that rose more than 10 percent" in distance.caption.text()
    assert distance.caption.text().endswith("(source: 002 · Sore abs after running).")
    texts = insight_texts(charts)
    assert texts["ten_percent"].startswith("1 week rose more than 10 percent")
    assert "Fastest races" not in texts["records"]
    cards = {card.insight.key: card for card in charts.insight_cards()}
    sources = cards["ten_percent"].findChild(
        type(cards["ten_percent"].text), "historyInsightSource"
    )
    assert sources is not None and sources.text() == "(source: 002 · Sore abs after running)"


def test_switching_the_range(charts, qtbot, ctx):
    for key, object_name in (("all", "historyRangeAll"), ("6m", "historyRange6m")):
        qtbot.mouseClick(charts.range_buttons[key], Qt.MouseButton.LeftButton)
        assert charts.current_review.range_key == key
        assert charts.range_buttons[key].isChecked()
        assert charts.findChild(type(charts.range_buttons[key]), object_name).isChecked()
    assert len(charts.current_review.weeks) == 26
    assert insight_texts(charts)["totals"].startswith("In the last 6 months")
    qtbot.mouseClick(charts.range_buttons["1y"], Qt.MouseButton.LeftButton)
    assert len(charts.current_review.weeks) == 52
    # The range is remembered for next time.
    assert ctx.settings.value("history/chart_range") == "1y"


def hover(qtbot, card, x: float, y: float) -> str:
    """Move the pointer over a chart at data point (x, y) and read the read-out line."""
    scene = card.plot.getViewBox().mapViewToScene(QPointF(x, y))
    widget = card.plot_widget.mapFromScene(scene)
    qtbot.mouseMove(card.plot_widget.viewport(), widget)
    return card.readout.text()


def test_hovering_shows_exact_values(charts, qtbot):
    distance = charts.charts["historyChartDistance"]
    last_week = week_start(local_now().date()) - timedelta(weeks=1)
    text = hover(qtbot, distance, last_week.toordinal() + 3.5, 5)
    assert text.startswith("Week of ")
    assert text.endswith(
        ": 20.0 km in 1 run, up 100% on the week before — more than the 10 percent rule allows."
    )
    assert distance.cursor.isVisible()
    core = charts.charts["historyChartCore"]
    assert core.point_at(last_week.toordinal() + 3.5).endswith(
        ": 1 core session, below the 2-3 target."
    )
    holds = charts.charts["historyChartHolds"]
    assert holds.point_at(last_week.toordinal() + 3.5).endswith(": best Plank 41 s.")
    soreness = charts.charts["historyChartSoreness"]
    sore_week = week_start(local_now().date() - timedelta(days=1))
    assert soreness.point_at(sore_week.toordinal() + 3.5, 0).endswith(": sore on 1 day.")
    assert soreness.point_at(sore_week.toordinal() + 3.5, 0).startswith("Calves, week of ")
    assert soreness.point_at(sore_week.toordinal() + 3.5) == ""  # no row pointed at
    assert distance.point_at(charts.current_review.first_day.toordinal() - 30) == ""
    assert distance.readout.text() == "Point at the chart for exact values."
    hover(qtbot, distance, last_week.toordinal() + 3.5, 5)
    qtbot.mouseMove(distance.plot_widget.viewport(), QPoint(2, 2))  # off the plotting area
    assert distance.readout.text() == "Point at the chart for exact values."
    assert not distance.cursor.isVisible()


def test_units_follow_settings(charts, ctx):
    ctx.settings.set("units/distance", "mi")
    charts.refresh_if_dirty()
    distance = charts.charts["historyChartDistance"]
    last_week = week_start(local_now().date()) - timedelta(weeks=1)
    assert "12.4 mi in 1 run" in distance.point_at(last_week.toordinal() + 3.5)
    assert distance.plot.getAxis("left").labelText == "mi"
    assert "/mi" in charts.charts["historyChartPace"].point_at(last_week.toordinal() + 3.5)


@pytest.fixture
def app_look(qapp):
    """Put back the application's look after a test that switches themes."""
    from corelog.ui import theme

    style, palette, sheet, current = (
        qapp.style().name(),
        qapp.palette(),
        qapp.styleSheet(),
        theme.colors(),
    )
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    theme._current = current


def test_charts_follow_the_theme(charts, ctx, app_look):
    distance = charts.charts["historyChartDistance"]
    assert distance.plot_widget.backgroundBrush().color().name() == LIGHT.card
    apply_theme(app_look, "dark")
    ctx.settings.set("appearance/theme", "dark")
    assert distance.plot_widget.backgroundBrush().color().name() == DARK.card
    axis = distance.plot.getAxis("left")
    assert axis.textPen().color().name() == DARK.muted


def test_a_range_with_nothing_says_so(window, ctx, qtbot):
    add_soreness(ctx, at(2, 8), "calves", 3)  # soreness only: no runs, sessions or holds
    page = window.show_page("history")
    page.show_tab(2)
    charts = page.charts_tab
    for name in (
        "historyChartDistance",
        "historyChartCore",
        "historyChartHolds",
        "historyChartPace",
        "historyChartLoad",
        "historyChartHeartLoad",
        "historyChartRatio",
    ):
        card = charts.charts[name]
        assert card.stack.currentWidget() is card.empty, name
        assert card.empty.text()
    soreness = charts.charts["historyChartSoreness"]
    assert soreness.stack.currentWidget() is soreness.plot_widget


def test_the_charts_take_in_changes(charts, ctx, qtbot):
    before = charts.current_review.totals.runs
    add_run(ctx, at(0, 6), 5, 30)
    ctx.bus.announce("runs")
    qtbot.waitUntil(lambda: charts.current_review.totals.runs == before + 1)


def test_every_control_of_the_charts_tab_is_named_and_documented(charts):
    documented = documented_names()
    problems = [
        f"{type(control).__name__} {control.objectName()!r}"
        for control in user_controls(charts)
        if control.objectName() not in documented or not control.accessibleName()
    ]
    assert not problems


def test_the_charts_are_prepared_while_the_timeline_shows(
    window, weeks_of_running, qtbot, monkeypatch
):
    from corelog.store import history as store_history

    page = window.show_page("history")
    assert page.tabs.currentIndex() == 0
    qtbot.waitUntil(
        lambda: (
            page.charts_tab is not None
            and len(page.charts_tab.charts) == 8
            and page.source.arrays_ready
        ),
        timeout=20_000,
    )
    reads = []
    original = store_history.hold_sets
    monkeypatch.setattr(
        store_history, "hold_sets", lambda *a, **kw: reads.append(1) or original(*a, **kw)
    )
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_center(page, 2))
    assert reads == []  # nothing left to read when the tab opens
    assert page.charts_tab.current_review is not None
    assert page.charts_tab.current_review.totals.runs == 8
