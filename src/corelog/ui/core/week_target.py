"""The weekly target where the user logs core sessions: "Core sessions this week: N of 2-3"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from corelog.domain.timeutil import local_now
from corelog.services.core import CoreWeekProgress, core_week_progress
from corelog.services.knowledge import citation
from corelog.ui.context import AppContext
from corelog.ui.theme import colors
from corelog.ui.widgets import muted


class _Pips(QWidget):
    """One dot per session up to the top of the target, filled for each session done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = 0
        self.slots = 3
        self.lower = 2
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(self.slots * 18, 18)

    def set_progress(self, done: int, lower: int, upper: int) -> None:
        self.done, self.lower, self.slots = done, lower, max(upper, done)
        self.setFixedSize(self.sizeHint())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(c.good if self.done >= self.lower else c.accent)
        for i in range(self.slots):
            rect = QRectF(i * 18 + 2.5, 2.5, 13, 13)
            if i < self.done:
                painter.setPen(QPen(fill, 1.5))
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(QColor(c.muted), 1.5, Qt.PenStyle.SolidLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
        painter.end()


def status_line(progress: CoreWeekProgress) -> str:
    """One short line under the count, in CoreLog's words."""
    if progress.status == "above":
        return "More than the target this week; fine, as long as you recover well."
    if progress.status == "on_target":
        return "On target for this week."
    if progress.to_go == 1:
        return "One more session reaches the target."
    return f"{progress.to_go} more sessions reach the target."


class CoreWeekIndicator(QFrame):
    """The week's core sessions against the 2-3 target from document 002."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coreWeekTarget")
        self.setProperty("role", "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 14, 8)
        row.setSpacing(12)
        self.pips = _Pips()
        row.addWidget(self.pips, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.label = QLabel()
        self.label.setObjectName("coreWeekTargetText")
        self.label.setProperty("role", "sectionTitle")
        self.detail = muted("", wrap=False)
        text.addWidget(self.label)
        text.addWidget(self.detail)
        row.addLayout(text)
        self.progress: CoreWeekProgress | None = None
        ctx.settings.sig_changed.connect(self._on_setting)

    def _on_setting(self, key: str) -> None:
        if key == "calendar/week_start":
            self.refresh()

    def refresh(self, today: date | None = None) -> CoreWeekProgress:
        progress = core_week_progress(
            self.ctx.store, today or local_now().date(), self.ctx.settings.week_start
        )
        self.progress = progress
        self.label.setText(progress.text)
        self.detail.setText(status_line(progress))
        self.pips.set_progress(progress.sessions, progress.target_min, progress.target_max)
        self.setAccessibleName(f"{progress.text}. {status_line(progress)}")
        first, last = progress.week_start, progress.week_end
        self.setToolTip(
            f"{progress.advice} {citation(progress.sources)}\n"
            f"This week: {first:%a} {first.day} {first:%b} to {last:%a} {last.day} {last:%b}."
        )
        return progress
