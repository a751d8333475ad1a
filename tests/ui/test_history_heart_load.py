"""History shows the heart-rate load beside the session-effort load, saying which is which."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine
from PySide6.QtCore import Qt

from activity_files import fit_file, samples
from corelog.services.activity_import import ActivityImport, ImportOptions

TODAY = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)  # a Wednesday


def open_charts(window, qtbot):
    page = window.show_page("history")
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    return page.charts_tab


def test_runs_with_heart_rate_draw_the_trimp_chart(window, ctx, qtbot, tmp_path):
    with time_machine.travel(TODAY, tick=False):
        for day in range(1, 15, 2):
            start = TODAY - timedelta(days=day, hours=6)
            (tmp_path / f"{day}.fit").write_bytes(fit_file(samples(2400), start=start))
        ActivityImport(ctx.store, [tmp_path], ImportOptions(workers=0)).run()
        ctx.bus.announce("runs")
        charts = open_charts(window, qtbot)
        heart = charts.charts["historyChartHeartLoad"]
        effort = charts.charts["historyChartLoad"]
        assert heart.stack.currentWidget() is heart.plot_widget
        assert heart.title.text() == "Heart-rate load (TRIMP)"
        assert effort.title.text() == "Training load (session effort)"
        assert "resting 60, maximum 190 beats a minute" in heart.caption.text()
        assert heart.plot.getAxis("left").labelText == "TRIMP"
        assert effort.plot.getAxis("left").labelText == "effort × min"
        x = TODAY.date().toordinal() - 1 + 0.5
        assert heart.describe(x, None).startswith("9 Jun: heart-rate load (TRIMP) of the last")
        before = heart.heart.series[-1].acute
        ctx.settings.set("heart/max_bpm", 170)
        assert "maximum 170" in heart.caption.text()
        assert heart.heart.series[-1].acute > before


def test_without_heart_rate_the_chart_says_how_to_get_one(window, ctx, qtbot):
    with time_machine.travel(TODAY, tick=False):
        charts = open_charts(window, qtbot)
        heart = charts.charts["historyChartHeartLoad"]
        assert heart.stack.currentWidget() is heart.empty
        assert "File > Import Activities…" in heart.empty.text()
