"""A run page's charts as a table: pace, heart rate and elevation every quarter km or mile.

The charts draw thousands of points; the table reads them at every 0.25 km (or 0.25 mi)
of the run, the value recorded nearest that distance, so a screen reader or a keyboard
user reads the same curve in about forty rows for 10 km. The "Table" toggle beside the
charts' caption (``runPageChartsTableToggle``) swaps the plots for the table
(``runPageChartsTable``) and back.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from corelog.domain.formatting import format_pace
from corelog.domain.i18n import Activities, number
from corelog.services.run_details import Series
from corelog.ui.charts.table import ChartTable, ChartTableModel, table_view
from corelog.ui.widgets import action_button

STEP = 0.25
"""Kilometres or miles between two rows."""
FEET_PER_METRE = 3.28084


def series_table(series: Series | None, unit: str) -> ChartTable:
    """The series read every ``STEP`` of distance (and at the end of the run)."""
    word = "km" if unit == "km" else "mi"
    feet = unit == "mi"
    headers = (
        Activities.tr("Distance ({unit})").format(unit=word),
        Activities.tr("Pace (min/{unit})").format(unit=word),
        Activities.tr("Heart rate"),
        Activities.tr("Elevation"),
    )
    if series is None or not len(series.distance):
        return ChartTable(headers, [], frozenset({0, 1, 2, 3}))
    distance = np.asarray(series.distance, dtype=float)
    end = float(np.nanmax(distance))
    marks = [*np.arange(STEP, end, STEP), end]
    rows = []
    for mark in marks:
        index = int(np.nanargmin(np.abs(distance - mark)))
        pace = float(series.pace_s[index])
        hr = float(series.hr[index])
        alt = float(series.elevation_m[index]) * (FEET_PER_METRE if feet else 1.0)
        rows.append(
            (
                number(mark, 2),
                format_pace(pace, unit).split(" ")[0] if np.isfinite(pace) else "",
                number(hr) if np.isfinite(hr) else "",
                f"{number(alt)} {'ft' if feet else 'm'}" if np.isfinite(alt) else "",
            )
        )
    return ChartTable(
        headers,
        rows,
        frozenset({0, 1, 2, 3}),
        Activities.tr(
            "One row every {step} {unit}: the values recorded nearest that distance."
        ).format(step=number(STEP, 2), unit=word),
    )


class RunChartsTable(QObject):
    """The toggle and the table of a run page's charts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = action_button(
            Activities.tr("Table"),
            "runPageChartsTableToggle",
            Activities.tr("Show the charts as a table"),
            Activities.tr(
                "Pace, heart rate and elevation every {step} km or mile, as a table (Space); "
                "again for the charts"
            ).format(step=number(STEP, 2)),
        )
        self.button.setCheckable(True)
        self.model = ChartTableModel(self)
        self.view = table_view(
            self.model,
            "runPageChartsTable",
            Activities.tr("Pace, heart rate and elevation: table"),
            ("runPageChartsTableHeader", "runPageChartsTableRowHeader"),
        )
        self.view.hide()

    def show_series(self, series: Series | None, unit: str) -> None:
        table = series_table(series, unit)
        self.model.set_table(table)
        self.view.setAccessibleDescription(table.note)
        self.button.setEnabled(bool(table.rows))
