"""The History page for a German user: its words, counts, numbers and dates in German,
the charts' axes included (pyqtgraph draws those, so they are checked here directly)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from test_history_charts import insight_texts, tab_center, weeks_of_running  # noqa: F401

from corelog.ui.history.chart_card import DayAxis, NumberAxis


def test_a_german_user_reads_the_history_in_german(german, window, weeks_of_running, qtbot):  # noqa: F811
    page = window.show_page("history")
    assert page.tabs.tabText(0) == "&Zeitleiste"
    assert page.timeline.count.text() == "17 Einträge"
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_center(page, 2))
    charts = page.charts_tab
    assert charts is not None
    distance = charts.charts["historyChartDistance"]
    assert distance.title.text() == "Wochendistanz"
    assert "markieren die 1 Woche, die mehr als 10 Prozent" in distance.caption.text()
    totals = insight_texts(charts)["totals"]
    assert totals.startswith("In den letzten 12 Wochen (")
    assert "90,0 km in 8 Läufen" in totals


def test_the_chart_axes_write_german_dates_and_numbers(german):
    days = DayAxis(orientation="bottom")
    days.tickValues(date(2026, 11, 2).toordinal(), date(2026, 12, 6).toordinal(), 600)
    assert days.tickStrings([date(2026, 12, 3).toordinal()], 1, 7) == ["3. Dez."]
    numbers = NumberAxis(orientation="left")
    assert numbers.tickStrings([0.5, 1.5], 1, 0.5) == ["0,5", "1,5"]


def test_the_history_names_the_body_regions_in_german(german, window, qtbot):
    from datetime import timedelta

    from test_history_timeline import shown

    from corelog.domain.timeutil import local_now
    from corelog.services import recovery
    from corelog.services.recovery import SorenessForm

    form = SorenessForm(
        noted_at=local_now() - timedelta(hours=3), region="lower_abs", severity=2,
        feel="dull", onset="delayed", trend="improving", days_lasted="1",
    )
    recovery.add_entry(window.ctx.store, recovery.check_entry(window.ctx.store, form))
    page = window.show_page("history")
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)
    assert shown(page)[0].startswith("Untere Bauchmuskeln · 2/10")
    assert "Untere Bauchmuskeln" in [page.timeline.region.itemText(i)
                                     for i in range(page.timeline.region.count())]
