"""The run page's charts: pace, heart rate and elevation against distance (pyqtgraph).

Three plots stacked on one distance axis, themed like History's charts; a plot whose
data the file did not record is left out and the caption says so. Pace reads upwards
as faster (the axis is inverted), as runners read it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from corelog.domain.i18n import Activities
from corelog.ui.charts.axes import PaceAxis
from corelog.ui.log.run_chart_table import FEET_PER_METRE, RunChartsTable
from corelog.ui.theme import ThemeColors, colors, font_pt
from corelog.ui.widgets import muted


class RunCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPageCharts")
        self.setAccessibleName(Activities.tr("Pace, heart rate and elevation against distance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = muted("")
        self.caption.setObjectName("runPageChartsCaption")
        self.table = RunChartsTable(self)  # the same numbers as a table
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.table.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("runPagePlots")
        self.graphics.setAccessibleName(Activities.tr("Pace, heart rate and elevation charts"))
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table is the keyboard's way
        self.graphics.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.setMinimumHeight(420)
        layout.addWidget(self.graphics)
        layout.addWidget(self.table.view)
        self.table.button.toggled.connect(self._show_table)
        self._has_track = False
        self.plots: dict[str, pg.PlotItem] = {}

    def _show_table(self, shown: bool) -> None:
        self.table.button.setText(Activities.tr("Chart") if shown else Activities.tr("Table"))
        self.table.view.setVisible(shown)
        self.graphics.setVisible(self._has_track and not shown)

    def show_series(self, series, unit: str) -> None:
        self.table.show_series(series, unit)
        self._has_track = series is not None
        self.graphics.clear()
        self.plots.clear()
        c = colors()
        self.graphics.setBackground(c.card)
        if series is None:
            self.caption.setText(
                Activities.tr("No track was recorded with this run, so there is nothing to draw.")
            )
            self.graphics.hide()
            return
        self.graphics.setVisible(not self.table.button.isChecked())
        unit_word = "km" if unit == "km" else "mi"
        drawn, missing = [], []
        previous = None
        for key, title, values, label in _plot_rows(series, unit, unit_word):
            if not np.isfinite(values).any():
                missing.append(key)
                continue
            plot = self._add_plot(len(drawn), key, title, label, c)
            _draw_curve(plot, key, series.distance, values, c)
            _style_axes(plot, c)
            if previous is not None:
                plot.setXLink(previous)
            previous = plot
            self.plots[key] = plot
            drawn.append(key)
        if previous is not None:
            previous.setLabel("bottom", Activities.tr("distance ({unit})").format(unit=unit_word))
        self.caption.setText(_caption(drawn, missing))

    def _add_plot(self, row: int, key: str, title: str, label: str, c: ThemeColors) -> pg.PlotItem:
        """One chart in the stack: its title, grid and the left axis's unit; no menu or panning."""
        axis = {"left": PaceAxis(orientation="left")} if key == "pace" else {}
        plot = self.graphics.addPlot(row=row, col=0, axisItems=axis)
        plot.setTitle(title, color=c.text, size=f"{font_pt(10)}pt")
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.setLabel("left", label)
        return plot


def _plot_rows(series, unit: str, unit_word: str) -> tuple:
    """The three charts: key, title, values against distance, the left axis's unit."""
    return (
        ("pace", Activities.tr("Pace"), series.pace_s, f"min/{unit_word}"),
        ("hr", Activities.tr("Heart rate"), series.hr, Activities.tr("beats/min")),
        (
            "alt",
            Activities.tr("Elevation"),
            series.elevation_m * (FEET_PER_METRE if unit == "mi" else 1),
            "ft" if unit == "mi" else "m",
        ),
    )


def _draw_curve(plot: pg.PlotItem, key: str, x, values, c: ThemeColors) -> None:
    """The line of one chart: heart rate in red, elevation filled, pace faster upwards."""
    pen = pg.mkPen(c.accent if key != "hr" else c.danger, width=1.6)
    if key == "alt":
        plot.plot(
            x,
            values,
            pen=pen,
            fillLevel=float(np.nanmin(values)),
            brush=pg.mkBrush(_alpha(c.accent, 60)),
            connect="finite",
        )
    else:
        plot.plot(x, values, pen=pen, connect="finite")
    if key == "pace":
        plot.invertY(True)
        _pace_range(plot, values)


def _style_axes(plot: pg.PlotItem, c: ThemeColors) -> None:
    """The left and bottom axes in the theme's grid and muted text colours."""
    for name in ("left", "bottom"):
        axis_item = plot.getAxis(name)
        axis_item.setPen(pg.mkPen(c.grid))
        axis_item.setTextPen(pg.mkPen(c.muted))


def _caption(drawn: list[str], missing: list[str]) -> str:
    """What the charts show against distance, and what the file lacks, in whole sentences."""
    shown = {
        ("pace", "hr", "alt"): Activities.tr("Against distance: pace, heart rate, elevation."),
        ("pace", "hr"): Activities.tr("Against distance: pace, heart rate."),
        ("pace", "alt"): Activities.tr("Against distance: pace, elevation."),
        ("hr", "alt"): Activities.tr("Against distance: heart rate, elevation."),
        ("pace",): Activities.tr("Against distance: pace."),
        ("hr",): Activities.tr("Against distance: heart rate."),
        ("alt",): Activities.tr("Against distance: elevation."),
    }.get(tuple(drawn), "")
    lacking = {
        ("pace",): Activities.tr("The file has no pace."),
        ("hr",): Activities.tr("The file has no heart rate."),
        ("alt",): Activities.tr("The file has no elevation."),
        ("pace", "hr"): Activities.tr("The file has no pace and no heart rate."),
        ("pace", "alt"): Activities.tr("The file has no pace and no elevation."),
        ("hr", "alt"): Activities.tr("The file has no heart rate and no elevation."),
    }.get(tuple(missing), "")
    return " ".join(t for t in (shown, lacking) if t)


def _alpha(color: str, alpha: int):
    from PySide6.QtGui import QColor

    value = QColor(color)
    value.setAlpha(alpha)
    return value


def _pace_range(plot, pace: np.ndarray) -> None:
    """Whole minutes on the axis, and the middle 96 % of paces in view (a stop at a
    crossing would otherwise squash the rest of the run into a line)."""
    known = pace[np.isfinite(pace)]
    low, high = np.percentile(known, [2, 98]) if len(known) else (0.0, 600.0)
    span = max(high - low, 30.0)
    plot.setYRange(low - span * 0.1, high + span * 0.1, padding=0)
    step = 30 if span <= 90 else 60 if span <= 240 else 120 if span <= 600 else 300
    plot.getAxis("left").setTickSpacing(step, step)
