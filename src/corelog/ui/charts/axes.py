"""Chart axes that History's charts and a run's page share (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg


class PaceAxis(pg.AxisItem):
    """Seconds per km or mile, written as minutes and seconds."""

    def tickStrings(self, values, scale, spacing):
        return [f"{int(v) // 60}:{int(v) % 60:02d}" for v in values]
