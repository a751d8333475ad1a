"""History's heart-rate load chart: Banister's TRIMP of runs with heart rate.

It sits beside the session-effort load and says which load it is: its title, caption
and read-out name TRIMP and the heart rates from Settings, while the effort chart says
"effort × minutes". The series comes from ``services.heart_load`` (set on the card as
``heart`` before it is drawn).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from corelog.services.heart_load import HeartLoad
from corelog.services.history_review import HistoryReview
from corelog.services.history_words import day_text
from corelog.ui.history.trend_charts import LoadChart
from corelog.ui.theme import ThemeColors


class HeartLoadChart(LoadChart):
    title_text = "Heart-rate load (TRIMP)"
    explanation = (
        "Banister's TRIMP: minutes × how much of your heart-rate reserve a run used, "
        "weighted. The last 7 days (solid) against an average week of the last 28 (dashed). "
        "Only runs whose file recorded heart rate count; core sessions and typed runs are "
        "in the effort load above."
    )
    empty_text = (
        "No runs with heart rate in this range. Import runs from a watch or app "
        "(File > Import Activities…) and their heart-rate load shows here."
    )
    heart: HeartLoad | None = None
    profile_text = ""

    def show_heart(self, heart: HeartLoad, profile_text: str, review: HistoryReview) -> None:
        self.heart = heart
        self.profile_text = profile_text
        self.caption.setText(f"{self.explanation} Heart rates from Settings: {profile_text}.")
        self.show_review(review)

    def _series(self):
        return self.heart.series if self.heart is not None else []

    def draw(self, review: HistoryReview, c: ThemeColors) -> bool:
        load = self._series()
        if not load or not any(day.acute or day.chronic for day in load):
            return False
        x = np.array([day.day.toordinal() + 0.5 for day in load])
        self.plot.plot(
            x,
            np.array([day.chronic for day in load]),
            pen=pg.mkPen(c.muted, width=2, style=Qt.PenStyle.DashLine),
        )
        self.plot.plot(x, np.array([day.acute for day in load]), pen=pg.mkPen(c.accent, width=2))
        self.plot.setLabel("left", "TRIMP")
        self.plot.enableAutoRange(axis="y")
        return True

    def _day(self, x: float):
        load = self._series()
        if not load or not np.isfinite(x):
            return None
        index = int(np.floor(x)) - load[0].day.toordinal()
        return load[index] if 0 <= index < len(load) else None

    def describe(self, x: float, y: float | None) -> str | None:
        day = self._day(x)
        if day is None or self.review is None:
            return None
        return (
            f"{day_text(day.day, self.review.today)}: heart-rate load (TRIMP) of the last 7 "
            f"days {day.acute:,.0f}, an average week of the last 4: {day.chronic:,.0f}."
        )
