"""Saving what a plank-timer workout did into today's core session, and saying so.

The holds actually done (real lengths) are saved with an undo; the workout panel, the
display and the status bar tell the user what was saved, what was left out, or why
nothing could be.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from datetime import datetime

from corelog.domain.core_validation import MAX_HOLD_MS
from corelog.domain.i18n import Timer
from corelog.domain.timer_workouts import TimerSave
from corelog.services import timer_workouts
from corelog.timer import HoldResult, TimerPlan
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.errors import reason
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.workout_panel import WorkoutPanel
from corelog.ui.undo import push_change


class WorkoutSaver:
    """Saves finished workouts for the timer page and reports on them."""

    def __init__(self, ctx: AppContext, panel: WorkoutPanel, display: TimerDisplay) -> None:
        self.ctx = ctx
        self.panel = panel
        self.display = display
        self.last_save: TimerSave | None = None
        self._token = 0

    def begin(self) -> None:
        """A new workout starts: what an undo or redo of the last one says goes elsewhere."""
        self._token += 1
        self.last_save = None

    def save(
        self,
        plan: TimerPlan,
        results: Sequence[HoldResult],
        *,
        exercise_id: int,
        started_at: datetime,
        duration_s: float,
    ) -> None:
        """Save the holds of a workout that ended (``plan`` as it was at the end, with any
        change to the rest); holds too long to record are left out and named."""
        workout = timer_workouts.finished_workout(
            plan,
            results,
            exercise_id=exercise_id,
            started_at=started_at,
            duration_s=round(duration_s) if duration_s >= 1 else None,
        )
        too_long = timer_workouts.holds_too_long(results)
        if workout is None:
            self._nothing_to_save(too_long)
            return
        count = len(workout.holds)
        left_out = _left_out_text(too_long)
        do, undo = self._undoable(
            timer_workouts.SaveTimerWorkout(self.ctx.store, workout), count, left_out
        )
        try:
            self.last_save = push_change(
                self.ctx,
                Timer.tr("Save %Ln holds from the plank timer", "", count),
                do,
                undo,
                bus.CORE,
                bus.TIMER,
            )
        except Exception as error:  # the user must hear that nothing was saved
            traceback.print_exc()
            self._not_saved(error)
            return
        self._report_saved(count, left_out, too_long)

    def _nothing_to_save(self, too_long: int) -> None:
        """Say why a workout that ended saved nothing: no hold done, or too long to record."""
        message = (
            Timer.tr(
                "Nothing saved: the hold ran longer than {limit}, more than CoreLog records."
            ).format(limit=_limit_text())
            if too_long
            else Timer.tr("Workout stopped before any hold: nothing to save.")
        )
        self._say(message)
        self.ctx.show_status(message, 6000)

    def _not_saved(self, error: Exception) -> None:
        """Warn that saving failed, and why: on the panel, the display and the status bar."""
        message = Timer.tr("The workout was not saved. {reason}").format(reason=reason(error))
        self._say(message, warn=True)
        self.ctx.show_status(message, 15000)

    def _undoable(
        self, op: timer_workouts.SaveTimerWorkout, count: int, left_out: str
    ) -> tuple[Callable[[], TimerSave], Callable[[], None]]:
        """Saving the holds and taking them out again, each saying so on the workout panel
        while that workout is still the one shown."""
        token = self._token

        def undo() -> None:
            op.undo()
            if token == self._token:
                self.panel.set_saved(
                    Timer.tr(
                        "Taken out of the core session again "
                        "(Edit > Redo puts the %Ln holds back).",
                        "",
                        count,
                    )
                )

        def do() -> TimerSave:
            saved = op.do()
            if token == self._token:
                self.panel.set_saved(
                    Timer.tr("Saved: %Ln holds in today's core session.", "", count) + left_out
                )
            return saved

        return do, undo

    def _report_saved(self, count: int, left_out: str, too_long: int) -> None:
        """The display and the status bar say the holds were saved (and any left out)."""
        self.display.set_notice(Timer.tr("Saved %Ln holds to today's core session", "", count))
        self.ctx.show_status(
            Timer.tr("%Ln holds saved to today's core session — Ctrl+Z to undo", "", count)
            + (f".{left_out}" if left_out else ""),
            8000 if not too_long else 15000,
        )

    def _say(self, message: str, *, warn: bool = False) -> None:
        self.panel.set_saved(message)
        self.display.set_notice(message, warn=warn)


def _limit_text() -> str:
    """The longest hold CoreLog records, in minutes."""
    return Timer.tr("%Ln minutes", "", MAX_HOLD_MS // 60_000)


def _left_out_text(too_long: int) -> str:
    """What follows the saved message when holds were left out (empty when none were)."""
    if not too_long:
        return ""
    return " " + Timer.tr("Left out: %Ln holds longer than {limit}.", "", too_long).format(
        limit=_limit_text()
    )
