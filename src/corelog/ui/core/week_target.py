"""The weekly target where the user logs core sessions: "Core sessions this week: N of 2-3"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from corelog.domain.i18n import Core, short_day
from corelog.domain.timeutil import local_now
from corelog.services.core_week import CoreWeekProgress, core_week_progress
from corelog.services.knowledge import citation
from corelog.ui.context import AppContext
from corelog.ui.widgets import TargetDots, muted


def status_line(progress: CoreWeekProgress) -> str:
    """One short line under the count, in CoreLog's words."""
    if progress.status == "above":
        return Core.tr("More than the target this week; fine, as long as you recover well.")
    if progress.status == "on_target":
        return Core.tr("On target for this week.")
    if progress.to_go == 1:
        return Core.tr("One more session reaches the target.")
    return Core.tr("%Ln more sessions reach the target.", "", progress.to_go)


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
        self.pips = TargetDots(size=18, inset=2.5, max_slots=None)
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
            + Core.tr("This week: {first} to {last}.").format(
                first=short_day(first), last=short_day(last)
            )
        )
        return progress
