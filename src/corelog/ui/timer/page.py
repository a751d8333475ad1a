"""The Plank timer page: set up a workout, run it hands-free, and log what was done.

Keys (anywhere in the window while this page shows, but not while typing in a field):
Space start / pause / resume (ends the hold when holding to failure), Esc stop, S skip the
rest, + (or =) and - five seconds more or less rest.

The page owns the window's one :class:`~corelog.ui.timer_driver.TimerDriver`; pages are
never rebuilt, so switching pages, hiding or minimising the window never stops the timer
or its sounds. While a workout runs, a small indicator in the status bar shows it on every
page. When the workout ends, or is stopped after at least one hold, the holds actually done
(real lengths) are saved into today's core session, with an undo.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.clock import wall_ns
from corelog.domain.core_validation import MAX_HOLD_MS
from corelog.domain.formatting import count_text
from corelog.domain.timeutil import local_now
from corelog.domain.validation import Invalid
from corelog.services import core as core_service
from corelog.services import presets as preset_service
from corelog.services import timer_setup
from corelog.services.timer_setup import TimerSetup
from corelog.store.exercises import ExerciseRow
from corelog.timer import (
    REST_STEP_MS,
    HoldResult,
    Interrupted,
    NanoClock,
    Phase,
    TimerMode,
    TimerSnapshot,
    WorkoutFinished,
)
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.errors import reason
from corelog.ui.sound import CuePlayer
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.indicator import TimerIndicator
from corelog.ui.timer.progress_panel import ProgressPanel
from corelog.ui.timer.setup_form import TimerSetupForm
from corelog.ui.timer.text import plan_text
from corelog.ui.timer.workout_panel import WorkoutPanel
from corelog.ui.timer_driver import TimerDriver
from corelog.ui.undo import push_change
from corelog.ui.widgets import Card, muted, named, page_title

PlayerFactory = Callable[[QWidget], CuePlayer]

LAST_EXERCISE_KEY = "timer/last_exercise_id"
"""UI state: the exercise of the last workout started, chosen again on the next visit."""

KEYS_IDLE = "Space start · + / − rest ±5 s"
KEYS_RUNNING = "Space pause · Esc stop · S skip rest · + / − rest ±5 s"
KEYS_COUNT_UP = "Space end the hold · Esc stop · S skip rest · + / − rest ±5 s"
KEYS_PAUSED = "Space go on · Esc stop and save · S skip rest · + / − rest ±5 s"


class _Column(QScrollArea):
    """The left column: about 370 px wide when there is room, narrower in a small window."""

    def sizeHint(self) -> QSize:
        return QSize(370, super().sizeHint().height())


def _default_player(parent: QWidget) -> CuePlayer:
    return CuePlayer(parent=parent)


class TimerPage(QWidget):
    """The Plank timer page. ``clock`` and ``wall_clock`` are the timer's clocks
    (``time.monotonic_ns`` and ``clock.wall_ns``; a fake clock in tests); ``player_factory``
    makes the sound player the first time a workout starts."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: NanoClock = time.monotonic_ns,
        wall_clock: NanoClock = wall_ns,
        player_factory: PlayerFactory = _default_player,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("timerPage")
        self.setAccessibleName("Plank timer")
        self._clock = clock
        self._now = now
        self._player_factory = player_factory
        self.player: CuePlayer | None = None
        self.indicator = TimerIndicator(self)
        self._indicator_placed = False
        self._running: TimerSetup | None = None
        self._started_at: datetime | None = None
        self._started_ns = 0
        self._stopped = False
        self._save_token = 0
        self._sleep_notice = False
        self.last_save: core_service.TimerSave | None = None

        self.driver = TimerDriver(clock=clock, wall_clock=wall_clock, parent=self)

        # ---- left column: setup (or this workout), progress
        self.setup_form = TimerSetupForm(ctx.store, lambda: ctx.settings.timer_prep_s)
        self.setup_card = Card("Workout")
        self.setup_card.setObjectName("timerSetup")
        self.setup_card.body.addWidget(self.setup_form)
        self.workout = WorkoutPanel()
        self.workout.hide()
        self.progress = ProgressPanel(ctx.store)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 6, 0)
        column_layout.setSpacing(12)
        column_layout.addWidget(self.workout)
        column_layout.addWidget(self.setup_card)
        column_layout.addWidget(self.progress)
        column_layout.addStretch(1)
        column.setAutoFillBackground(False)
        self.column_scroll = _Column()
        self.column_scroll.setWidgetResizable(True)
        self.column_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.column_scroll.setWidget(column)
        self.column_scroll.viewport().setAutoFillBackground(False)
        bar = self.column_scroll.verticalScrollBar().sizeHint().width()
        self.column_scroll.setMinimumWidth(column.minimumSizeHint().width() + bar)
        self.column_scroll.setMaximumWidth(420)
        self.column_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.column_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # ---- right: the display and the controls
        self.display = TimerDisplay()
        self.start_button = self._button("timerStart", "Start", "Start the workout (Space)")
        self.stop_button = self._button(
            "timerStop", "Stop", "Stop now and save the holds done (Esc)"
        )
        self.skip_button = self._button("timerSkipRest", "Skip rest", "Start the next hold now (S)")
        self.less_button = self._button("timerLessRest", "−5 s", "Five seconds less rest (−)")
        self.less_button.setAccessibleName("Five seconds less rest")
        self.more_button = self._button("timerMoreRest", "+5 s", "Five seconds more rest (+)")
        self.more_button.setAccessibleName("Five seconds more rest")
        self.start_button.clicked.connect(self.primary)
        self.stop_button.clicked.connect(self.stop)
        self.skip_button.clicked.connect(self.skip_rest)
        self.less_button.clicked.connect(self.less_rest)
        self.more_button.clicked.connect(self.more_rest)
        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addStretch(1)
        for button in (
            self.start_button,
            self.stop_button,
            self.skip_button,
            self.less_button,
            self.more_button,
        ):
            controls.addWidget(button)
        controls.addStretch(1)
        self.start_button.setMinimumWidth(96)
        bold = self.start_button.font()
        bold.setBold(True)
        self.start_button.setFont(bold)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.display, 1)
        right.addLayout(controls)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.column_scroll)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(page_title("Plank timer"))
        header.addStretch(1)
        self.keys_hint = muted("", wrap=False)
        self.keys_hint.setObjectName("timerKeysHint")
        header.addWidget(self.keys_hint)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        # ---- keys: actions of this page, so that Help > Keyboard Shortcuts lists them. They
        # work anywhere in the window while the page shows; a field being typed in wins.
        # Esc and S mean something only during a workout; between workouts they are left
        # to the page's fields and lists.
        self._key_actions: list[QAction] = []
        self._workout_actions: list[QAction] = []
        for name, text, keys, slot, during_workout in (
            ("timerKeyStart", "Plank timer: start, pause, go on", ("Space",), self.primary, False),
            ("timerKeyStop", "Plank timer: stop and save", ("Esc",), self.stop, True),
            ("timerKeySkip", "Plank timer: skip the rest", ("S",), self.skip_rest, True),
            (
                "timerKeyMoreRest",
                "Plank timer: 5 s more rest",
                ("+", "=", "Num++"),
                self.more_rest,
                False,
            ),
            (
                "timerKeyLessRest",
                "Plank timer: 5 s less rest",
                ("-", "_", "Num+-"),
                self.less_rest,
                False,
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setAutoRepeat(False)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
            self._key_actions.append(action)
            if during_workout:
                self._workout_actions.append(action)

        # ---- wiring
        self.driver.sig_snapshot.connect(self._on_snapshot)
        self.driver.sig_cue.connect(self._on_cue)
        self.driver.sig_hold_recorded.connect(self._on_hold_recorded)
        self.driver.sig_interrupted.connect(self._on_interrupted)
        self.driver.sig_finished.connect(self._on_finished)
        self.driver.sig_active_changed.connect(self._on_active_changed)
        self.setup_form.sig_changed.connect(self._on_setup_changed)
        self.setup_form.sig_exercise_changed.connect(self._on_exercise_changed)
        self.setup_form.sig_start_requested.connect(self.start_workout)
        self.setup_form.sig_save_preset_requested.connect(self.save_preset)
        self.setup_form.sig_delete_preset_requested.connect(self.delete_preset)
        self.progress.sig_use_hold.connect(self.setup_form.set_hold_ms)
        indicator = self.indicator
        indicator.clicked.connect(self._return_here)
        ctx.bus.sig_changed.connect(self._on_data_changed)
        ctx.settings.sig_changed.connect(self._on_setting_changed)

        last = ctx.settings.value(LAST_EXERCISE_KEY)
        chosen = False
        if last is not None:
            try:
                chosen = self.setup_form.select_exercise(int(last), allow_hidden=False)
            except (TypeError, ValueError):
                chosen = False
        if not chosen:
            self.setup_form.fill_defaults()
            self._on_exercise_changed(self.setup_form.current_exercise())
        self._on_setup_changed()
        self._update_controls(self.driver.snapshot())

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        # Tool buttons: as compact as their text, so the page fits a small window.
        button = named(QToolButton(), name, text, tip)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(34)
        button.setMinimumWidth(54)
        button.setStyleSheet("QToolButton { padding: 4px 12px; }")
        return button

    # ------------------------------------------------------------------ reading

    @property
    def is_active(self) -> bool:
        """A workout is under way (prep, hold or rest), paused or not."""
        return self.driver.is_active

    def snapshot(self) -> TimerSnapshot:
        return self.driver.snapshot()

    # ------------------------------------------------------------------ actions

    def start_or_open(self) -> None:
        """Start the Plank Timer (Ctrl+T from anywhere): start the workout set up here,
        or just come back to the one under way."""
        if not self.is_active:
            self.start_workout()

    def primary(self) -> None:
        """Space: start, pause or go on; when holding to failure, end the hold."""
        if self.driver.timer.phase.is_active:
            self.driver.toggle()
        else:
            self.start_workout()

    def start_workout(self) -> bool:
        """Check the setup and start the workout; False (with messages) if it cannot."""
        if self.is_active:
            return False
        checked = timer_setup.check_setup(self.ctx.store, self.setup_form.form())
        if isinstance(checked, Invalid):
            self.setup_form.show_errors(checked)
            self.ctx.show_status("Check the workout setup: it cannot start as it is.", 5000)
            return False
        self.setup_form.show_errors(None)
        self._ensure_player()
        self._report_sound()
        self._place_indicator()
        self._running = checked
        # Until its holds are saved, the exercise must not be deleted (library, Undo).
        self.ctx.store.busy_exercise_ids.add(checked.exercise.id)
        self._stopped = False
        self._save_token += 1
        self.last_save = None
        self.ctx.settings.set_value(LAST_EXERCISE_KEY, checked.exercise.id)
        self.workout.begin(checked.exercise.name, checked.plan)
        self.display.set_title(plan_text(checked.exercise.name, checked.plan))
        self.display.set_notice("")
        self.driver.load(checked.plan)
        self._started_at = self._now()
        self._started_ns = self._clock()
        self.driver.start()
        return True

    def stop(self) -> None:
        """Esc: stop now; the holds done so far are saved. Holding to failure, the hold in
        progress ends as held (Esc is how many people end their last hold); counting down,
        it is kept with its real length, marked as cut short."""
        timer = self.driver.timer
        if timer.phase is Phase.HOLD and timer.plan.mode is TimerMode.COUNT_UP:
            self.driver.end_hold()
        self.driver.stop()

    def skip_rest(self) -> None:
        """S: end the rest and start the next hold."""
        self.driver.skip_rest()

    def more_rest(self) -> None:
        """+: five seconds more rest (between workouts: in the setup)."""
        if self.driver.timer.phase.is_active:
            self.driver.add_rest()
        else:
            self.setup_form.adjust_rest(REST_STEP_MS)

    def less_rest(self) -> None:
        """-: five seconds less rest, never below none."""
        if self.driver.timer.phase.is_active:
            self.driver.remove_rest()
        else:
            self.setup_form.adjust_rest(-REST_STEP_MS)

    # ---------------------------------------------------------------- presets

    def save_preset(self) -> None:
        """Save the setup as a preset under the typed name (or the one suggested)."""
        checked = timer_setup.check_setup(self.ctx.store, self.setup_form.form())
        if isinstance(checked, Invalid):
            self.setup_form.show_errors(checked)
            return
        self.setup_form.show_errors(None)
        suggested = preset_service.suggest_name(checked.exercise.name, checked.plan)
        name = preset_service.check_name(self.setup_form.preset_name.text(), suggested)
        if isinstance(name, Invalid):
            self.setup_form.show_name_error(name.errors["name"])
            return
        self.setup_form.show_name_error(None)
        op = preset_service.SavePreset(
            self.ctx.store, preset_service.preset_values(name, checked.exercise.id, checked.plan)
        )
        what = "Replace" if op.replaced else "Save"
        preset_id = push_change(
            self.ctx, f"{what} timer preset “{name}”", op.do, op.undo, bus.TIMER
        )
        self.setup_form.preset_name.clear()
        self.setup_form.reload_presets(select_id=preset_id)
        done = "replaced" if op.replaced else "saved"
        self.ctx.show_status(f"Preset “{name}” {done} — Ctrl+Z to undo", 6000)

    def delete_preset(self) -> None:
        preset = self.setup_form.current_preset()
        if preset is None:
            return
        op = preset_service.DeletePreset(self.ctx.store, preset.id)
        push_change(self.ctx, f"Delete timer preset “{preset.name}”", op.do, op.undo, bus.TIMER)
        self.ctx.show_status(f"Preset “{preset.name}” deleted — Ctrl+Z to undo", 6000)

    # ------------------------------------------------------------ the window

    def on_shown(self) -> None:
        """Each visit: the lists and the progress may have changed elsewhere."""
        self._place_indicator()
        if not self.is_active:
            self.progress.show_exercise(self.setup_form.current_exercise())

    def can_close(self) -> bool:
        """CoreLog is closing: during a workout, ask whether to stop and save it."""
        if not self.is_active:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "A workout is under way",
            "The plank timer is running. Stop it and save the holds done so far?",
            parent=self,
        )
        box.setObjectName("timerCloseDialog")
        save = box.addButton("Stop and save", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Quit without saving", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            self.stop()
            return True
        if clicked is discard:
            self.driver.reset()
            return True
        return False

    def _place_indicator(self) -> None:
        if self._indicator_placed:
            return
        window = self.window()
        add = getattr(window, "add_status_widget", None)
        if window is not self and callable(add):
            add(self.indicator)
            self._indicator_placed = True

    def _return_here(self) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("timer")

    # ------------------------------------------------------------------- sound

    def _ensure_player(self) -> None:
        if self.player is None:
            self.player = self._player_factory(self)
            self.player.muted = not self.ctx.settings.sound_enabled
            self.player.speak = self.ctx.settings.speech_enabled

    def _report_sound(self) -> None:
        """Say once, in the status bar, that sound (or speech) cannot work here."""
        if self.player is None or not self.ctx.settings.sound_enabled:
            return
        message = self.player.take_status_message()
        if message:
            self.ctx.show_status(message, 10000)

    def _on_cue(self, event: object) -> None:
        if self.player is not None:
            self.player.play_event(event)  # type: ignore[arg-type]

    # --------------------------------------------------------- timer signals

    def _on_snapshot(self, view: TimerSnapshot) -> None:
        if self._sleep_notice and not view.paused:  # going on after the computer slept
            self._sleep_notice = False
            self.display.set_notice(
                "This hold is marked interrupted: the computer slept during it."
                if view.hold_interrupted
                else ""
            )
        self.display.show_snapshot(view, stopped=self._stopped)
        self.indicator.show_snapshot(view)
        self._update_controls(view)

    def _update_controls(self, view: TimerSnapshot) -> None:
        active = view.phase.is_active
        count_up_hold = view.phase is Phase.HOLD and view.mode is TimerMode.COUNT_UP
        if not active:
            label, tip = "Start", "Start the workout (Space)"
        elif view.paused:
            label, tip = "Go on", "Go on where the workout was paused (Space)"
        elif count_up_hold:
            label, tip = "End hold", "End this hold and record the time held (Space)"
        else:
            label, tip = "Pause", "Pause the workout (Space)"
        for action in self._workout_actions:
            action.setEnabled(active)
        self.start_button.setText(label)
        self.start_button.setAccessibleName(label)
        self.start_button.setToolTip(tip)
        self.stop_button.setEnabled(active)
        self.skip_button.setEnabled(view.phase is Phase.REST)
        if not active:
            hint = KEYS_IDLE
        elif view.paused:
            hint = KEYS_PAUSED
        elif count_up_hold:
            hint = KEYS_COUNT_UP
        else:
            hint = KEYS_RUNNING
        self.keys_hint.setText(hint)
        if active and view.paused:
            self.display.set_hint("Paused: press Space to go on")
        elif active:
            self.display.set_hint("")
        elif view.phase is Phase.IDLE:
            self.display.set_hint("Press Space to start")
        else:
            self.display.set_hint("Press Space to start again")

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
            text = (
                "The computer slept: the workout is paused and this hold is marked "
                "interrupted. Press Space to go on."
            )
        else:
            text = "The computer slept: the workout is paused. Press Space to go on."
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
            self._save_workout(running, event)
        finally:
            self.ctx.store.busy_exercise_ids.discard(running.exercise.id)

    def _save_workout(self, running: TimerSetup, event: WorkoutFinished) -> None:
        duration_s = (self._clock() - self._started_ns) / 1e9
        workout = core_service.finished_workout(
            self.driver.timer.plan,  # with any change to the rest made with + and -
            event.results,
            exercise_id=running.exercise.id,
            started_at=self._started_at or self._now(),
            duration_s=round(duration_s) if duration_s >= 1 else None,
        )
        too_long = core_service.holds_too_long(event.results)
        limit = count_text(MAX_HOLD_MS // 60_000, "minute")
        if workout is None:
            message = (
                f"Nothing saved: the hold ran longer than {limit}, more than CoreLog records."
                if too_long
                else "Workout stopped before any hold: nothing to save."
            )
            self.workout.set_saved(message)
            self.display.set_notice(message)
            self.ctx.show_status(message, 6000)
            return
        holds = len(workout.holds)
        what = count_text(holds, "hold")
        left_out = (
            f" Left out: {count_text(too_long, 'hold')} longer than {limit}." if too_long else ""
        )
        op = core_service.SaveTimerWorkout(self.ctx.store, workout)
        token = self._save_token

        def undo() -> None:
            op.undo()
            if token == self._save_token:
                self.workout.set_saved(
                    f"Taken out of the core session again (Edit > Redo puts the {what} back)."
                )

        def do() -> core_service.TimerSave:
            saved = op.do()
            if token == self._save_token:
                self.workout.set_saved(f"Saved: {what} in today's core session.{left_out}")
            return saved

        try:
            self.last_save = push_change(
                self.ctx,
                f"Save {what} from the plank timer",
                do,
                undo,
                bus.CORE,
                bus.TIMER,
            )
        except Exception as error:  # the user must hear that nothing was saved
            traceback.print_exc()
            message = f"The workout was not saved. {reason(error)}"
            self.workout.set_saved(message)
            self.display.set_notice(message, warn=True)
            self.ctx.show_status(message, 15000)
            return
        self.display.set_notice(f"Saved {what} to today's core session")
        self.ctx.show_status(
            f"{what.capitalize()} saved to today's core session — Ctrl+Z to undo"
            + (f".{left_out}" if left_out else ""),
            8000 if not too_long else 15000,
        )

    # ------------------------------------------------------------ setup changes

    def _on_setup_changed(self) -> None:
        """Between workouts the display previews the setup (and the preset name)."""
        if self.is_active:
            return
        checked = timer_setup.check_setup(self.ctx.store, self.setup_form.form())
        if isinstance(checked, Invalid):
            self.setup_form.set_preset_placeholder("")
            return
        self.setup_form.set_preset_placeholder(
            preset_service.suggest_name(checked.exercise.name, checked.plan)
        )
        self.display.set_title(plan_text(checked.exercise.name, checked.plan))
        if self.driver.timer.phase is Phase.DONE:
            self.workout.hide()
            self.display.set_notice("")
        self._stopped = False
        self.driver.load(checked.plan)

    def _on_exercise_changed(self, exercise: ExerciseRow | None) -> None:
        self.progress.show_exercise(exercise)

    # ------------------------------------------------------------------ data

    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, bus.EXERCISES):
            before = self.setup_form.current_exercise()
            keep = self._running.exercise.id if self._running is not None else None
            self.setup_form.reload_exercises(keep_id=keep)
            after = self.setup_form.current_exercise()
            if not self.is_active:
                if (before and before.id) != (after and after.id):
                    # the exercise was hidden or deleted: start from the one now chosen
                    self.setup_form.fill_defaults()
                elif self.driver.timer.phase is Phase.IDLE:
                    self._on_setup_changed()  # a new name shows on the display
        if bus.touches(kinds, bus.TIMER, bus.EXERCISES):
            self.setup_form.reload_presets()
        if bus.touches(kinds, bus.CORE, bus.TIMER, bus.EXERCISES):
            shown = self._running.exercise if self._running is not None else None
            self.progress.show_exercise(shown or self.setup_form.current_exercise())

    def _on_setting_changed(self, key: str) -> None:
        if key == "timer/prep_s" and not self.is_active:
            self.setup_form.set_prep_s(self.ctx.settings.timer_prep_s)
        elif key == "sound/enabled" and self.player is not None:
            self.player.muted = not self.ctx.settings.sound_enabled
            if self.ctx.settings.sound_enabled:
                self._report_sound()
        elif key == "sound/speech":
            if self.ctx.settings.speech_enabled:
                self._ensure_player()
            if self.player is not None:
                self.player.speak = self.ctx.settings.speech_enabled
                self._report_sound()
        elif key == "appearance/theme":
            self.indicator.restyle()
            self.indicator.show_snapshot(self.driver.snapshot())
            self.display.update()
