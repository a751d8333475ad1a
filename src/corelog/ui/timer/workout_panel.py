"""This workout: the plan being run and each hold as it is recorded, then whether it was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from corelog.domain.i18n import Timer
from corelog.timer import HoldResult, TimerPlan
from corelog.ui.timer.text import hold_line, plan_text
from corelog.ui.widgets import Card, muted


class WorkoutPanel(Card):
    """Shown from the start of a workout until the setup is changed or the next one starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Timer.tr("This workout"), parent)
        self.setObjectName("timerWorkout")
        self.plan_label = muted("")
        self.plan_label.setObjectName("timerWorkoutPlan")
        self.holds = QLabel()
        self.holds.setObjectName("timerWorkoutHolds")
        self.holds.setWordWrap(True)
        self.holds.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved = QLabel()
        self.saved.setObjectName("timerWorkoutSaved")
        self.saved.setWordWrap(True)
        self.body.addWidget(self.plan_label)
        self.body.addWidget(self.holds)
        self.body.addWidget(self.saved)
        self._plan: TimerPlan | None = None
        self._lines: list[str] = []

    def begin(self, exercise: str, plan: TimerPlan) -> None:
        self._plan = plan
        self._lines = []
        self.plan_label.setText(plan_text(exercise, plan))
        self.holds.setText(Timer.tr("No hold done yet."))
        self.saved.setText("")
        self.saved.hide()

    def add_hold(self, result: HoldResult) -> None:
        if self._plan is None:
            return
        self._lines.append(hold_line(result, self._plan))
        self.holds.setText("\n".join(self._lines))

    def hold_lines(self) -> list[str]:
        return list(self._lines)

    def set_saved(self, text: str) -> None:
        self.saved.setText(text)
        self.saved.setVisible(bool(text))
