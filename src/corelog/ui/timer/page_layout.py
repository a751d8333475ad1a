"""The Plank timer page's layout: the title with the keys hint; on the left a column with
the setup (or, during a workout, the workout under way) and the progress; on the right
the big display with the control buttons under it.

:class:`TimerPageLayout` builds it from the parts the page makes (setup form, display,
workout panel); :class:`~corelog.ui.timer.page.TimerPage` drives them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from corelog.domain.i18n import Timer
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.context import AppContext
from corelog.ui.layouts import titled_page
from corelog.ui.timer.controls import ControlButtons
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.progress_panel import ProgressPanel
from corelog.ui.timer.setup_form import TimerSetupForm
from corelog.ui.timer.workout_panel import WorkoutPanel
from corelog.ui.widgets import Card, muted


class _Column(QScrollArea):
    """The left column: about 370 px wide when there is room, narrower in a small window."""

    def sizeHint(self) -> QSize:
        return QSize(370, super().sizeHint().height())


class TimerPageLayout(QWidget):
    """The timer page's widgets laid out; the page connects and drives them."""

    ctx: AppContext
    setup_form: TimerSetupForm
    display: TimerDisplay
    workout: WorkoutPanel

    def _build_column(self) -> QScrollArea:
        """The left column: the setup (or, during a workout, this workout) and progress."""
        self.setup_card = Card(Timer.tr("Workout"))
        self.setup_card.setObjectName("timerSetup")
        self.setup_card.body.addWidget(self.setup_form)
        self.workout.hide()
        self.progress = ProgressPanel(self.ctx.store)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 6, 0)
        column_layout.setSpacing(12)
        column_layout.addWidget(self.workout)
        column_layout.addWidget(self.setup_card)
        column_layout.addWidget(self.progress)
        column_layout.addStretch(1)
        column.setAutoFillBackground(False)
        self.column_scroll = scroll = _Column()
        name_scroll_area(scroll, Timer.tr("Workout setup and progress"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        scroll.viewport().setAutoFillBackground(False)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(column.minimumSizeHint().width() + bar)
        scroll.setMaximumWidth(420)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_controls(self) -> QVBoxLayout:
        """The right side: the display, and the buttons under it."""
        buttons = ControlButtons()
        self.start_button, self.stop_button = buttons.start, buttons.stop
        self.skip_button, self.less_button = buttons.skip, buttons.less
        self.more_button = buttons.more
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.display, 1)
        right.addLayout(buttons.layout)
        return right

    def _build_layout(self, column: QScrollArea, right: QVBoxLayout) -> None:
        """The title with the keys hint, then the column beside the display."""
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(column)
        body.addLayout(right, 1)
        layout, header = titled_page(self, Timer.tr("Plank timer"), spacing=10)
        self.keys_hint = muted("", wrap=False)
        self.keys_hint.setObjectName("timerKeysHint")
        header.addWidget(self.keys_hint)
        layout.addLayout(body, 1)
