"""The Plank timer page following a workout as it runs: what the timer says, shown.

Each snapshot goes to the display, the status-bar indicator and the buttons (their texts,
what is enabled, the keys hint); each hold recorded joins the workout panel; a sleep of
the computer is said on the display and in the status bar; the finished workout is saved
into today's core session.

:class:`WorkoutFollowing` is mixed into :class:`~corelog.ui.timer.page.TimerPage`, whose
widgets and state it uses; the timer driver's signals are connected to it there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from corelog.domain.i18n import Timer
from corelog.services import timer_setup
from corelog.services.timer_setup import TimerSetup
from corelog.timer import HoldResult, Interrupted, NanoClock, Phase, TimerSnapshot, WorkoutFinished
from corelog.ui.context import AppContext
from corelog.ui.timer.controls import control_texts
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.indicator import TimerIndicator
from corelog.ui.timer.saving import WorkoutSaver
from corelog.ui.timer.workout_panel import WorkoutPanel
from corelog.ui.timer_driver import TimerDriver
from corelog.ui.widgets import Card


class WorkoutFollowing:
    """The timer page's answers to the timer driver's signals."""

    ctx: AppContext
    driver: TimerDriver
    display: TimerDisplay
    indicator: TimerIndicator
    workout: WorkoutPanel
    saver: WorkoutSaver
    setup_card: Card
    start_button: QPushButton
    stop_button: QPushButton
    skip_button: QPushButton
    keys_hint: QLabel
    _workout_actions: list[QAction]
    _running: TimerSetup | None
    _started_at: datetime | None
    _started_ns: int
    _stopped: bool
    _sleep_notice: bool
    _clock: NanoClock
    _now: Callable[[], datetime]

    def _on_snapshot(self, view: TimerSnapshot) -> None:
        if self._sleep_notice and not view.paused:  # going on after the computer slept
            self._sleep_notice = False
            self.display.set_notice(
                Timer.tr("This hold is marked interrupted: the computer slept during it.")
                if view.hold_interrupted
                else ""
            )
        self.display.show_snapshot(view, stopped=self._stopped)
        self.indicator.show_snapshot(view)
        self._update_controls(view)

    def _update_controls(self, view: TimerSnapshot) -> None:
        active = view.phase.is_active
        texts = control_texts(view)
        for action in self._workout_actions:
            action.setEnabled(active)
        self.start_button.setText(texts.label)
        self.start_button.setAccessibleName(texts.label)
        self.start_button.setToolTip(texts.tip)
        self.stop_button.setEnabled(active)
        self.skip_button.setEnabled(view.phase is Phase.REST)
        self.keys_hint.setText(texts.keys)
        self.display.set_hint(texts.display_hint)

    def _on_active_changed(self, active: bool) -> None:
        self.setup_card.setVisible(not active)
        if active:
            self.workout.show()
        else:
            self.indicator.hide()

    def _on_hold_recorded(self, result: HoldResult) -> None:
        self.workout.add_hold(result)

    def _on_interrupted(self, event: Interrupted) -> None:
        if event.hold_index is not None:
            text = Timer.tr(
                "The computer slept: the workout is paused and this hold is marked "
                "interrupted. Press Space to go on."
            )
        else:
            text = Timer.tr("The computer slept: the workout is paused. Press Space to go on.")
        self.display.set_notice(text, warn=True)
        self._sleep_notice = True
        self.ctx.show_status(text, 10000)

    def _on_finished(self, event: WorkoutFinished) -> None:
        self._stopped = event.stopped
        running = self._running
        self._running = None
        if running is None:
            return
        try:
            self.saver.save(
                self.driver.timer.plan,  # with any change to the rest made with + and -
                event.results,
                exercise_id=running.exercise.id,
                started_at=self._started_at or self._now(),
                duration_s=(self._clock() - self._started_ns) / 1e9,
            )
        finally:
            timer_setup.release_exercise(self.ctx.store, running.exercise.id)
