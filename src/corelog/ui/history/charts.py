"""The History page's charts (pyqtgraph), themed for light and dark: weekly distance, core
sessions, best holds, soreness by region, easy-run pace, training load and its ratio.

Each chart is a :class:`~corelog.ui.history.chart_card.ChartCard`: a title, a line that
explains what to look for, a read-out that gives exact values for whatever the pointer is
over, and the plot, or a clear message when the range holds nothing to draw. Dates run
along the bottom as day ordinals; a week's bar sits in the middle of its week. Distances
and paces are in the user's unit.

This module lists them in the order the page shows them (:data:`CHARTS`, with their
objectNames); the charts themselves are in ``week_charts`` (week by week) and
``trend_charts`` (day by day). Only the UI imports pyqtgraph, and only once the History
page is built, so the rest of CoreLog starts without it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corelog.ui.history.chart_card import ChartCard
from corelog.ui.history.trend_charts import LoadChart, PaceChart, RatioChart
from corelog.ui.history.week_charts import CoreChart, DistanceChart, HoldChart, SorenessChart

CHARTS: Sequence[tuple[str, type[ChartCard]]] = (
    ("historyChartDistance", DistanceChart),
    ("historyChartCore", CoreChart),
    ("historyChartHolds", HoldChart),
    ("historyChartSoreness", SorenessChart),
    ("historyChartPace", PaceChart),
    ("historyChartLoad", LoadChart),
    ("historyChartRatio", RatioChart),
)
