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
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QMessageBox, QWidget

from corelog.domain.clock import wall_ns
from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import Common, Timer
from corelog.domain.timer_workouts import TimerSave
from corelog.domain.timeutil import local_now
from corelog.domain.validation import Invalid
from corelog.services import presets as preset_service
from corelog.services import timer_setup
from corelog.services.timer_setup import TimerSetup
from corelog.timer import REST_STEP_MS, NanoClock, Phase, TimerMode, TimerSnapshot
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.sound import CuePlayer
from corelog.ui.timer.announcer import PhaseAnnouncer
from corelog.ui.timer.controls import KeySlots, add_key_actions
from corelog.ui.timer.display import TimerDisplay
from corelog.ui.timer.following import WorkoutFollowing
from corelog.ui.timer.indicator import TimerIndicator
from corelog.ui.timer.page_layout import TimerPageLayout
from corelog.ui.timer.saving import WorkoutSaver
from corelog.ui.timer.setup_form import TimerSetupForm
from corelog.ui.timer.text import plan_text
from corelog.ui.timer.workout_panel import WorkoutPanel
from corelog.ui.timer_driver import TimerDriver
from corelog.ui.undo import push_change

PlayerFactory = Callable[[QWidget], CuePlayer]

LAST_EXERCISE_KEY = "timer/last_exercise_id"
"""UI state: the exercise of the last workout started, chosen again on the next visit."""


def _default_player(parent: QWidget) -> CuePlayer:
    return CuePlayer(parent=parent)


class TimerPage(WorkoutFollowing, TimerPageLayout):
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
        self.setAccessibleName(Timer.tr("Plank timer"))
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
        self._sleep_notice = False

        self.driver = TimerDriver(clock=clock, wall_clock=wall_clock, parent=self)
        self.setup_form = TimerSetupForm(ctx.store, lambda: ctx.settings.timer_prep_s)
        self.display = TimerDisplay()
        self.workout = WorkoutPanel()
        self.saver = WorkoutSaver(ctx, self.workout, self.display)
        self._build_layout(self._build_column(), self._build_controls())
        self._key_actions, self._workout_actions = add_key_actions(
            self,
            KeySlots(self.primary, self.stop, self.skip_rest, self.more_rest, self.less_rest),
        )
        self.announcer = PhaseAnnouncer(self.driver, self.display, lambda: self._stopped)
        self._connect()
        self._choose_first_exercise()
        self._update_controls(self.driver.snapshot())

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.primary)
        self.stop_button.clicked.connect(self.stop)
        self.skip_button.clicked.connect(self.skip_rest)
        self.less_button.clicked.connect(self.less_rest)
        self.more_button.clicked.connect(self.more_rest)
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
        self.indicator.clicked.connect(self._return_here)
        self.ctx.bus.sig_changed.connect(self._on_data_changed)
        self.ctx.settings.sig_changed.connect(self._on_setting_changed)

    def _choose_first_exercise(self) -> None:
        """The exercise of the last workout, if it is still there; else the defaults."""
        last = self.ctx.settings.value(LAST_EXERCISE_KEY)
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

    @property
    def last_save(self) -> TimerSave | None:
        """What the last save wrote (None before it, or while it failed)."""
        return self.saver.last_save

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
            self.ctx.show_status(
                Timer.tr("Check the workout setup: it cannot start as it is."), 5000
            )
            return False
        self.setup_form.show_errors(None)
        self._ensure_player()
        self._report_sound()
        self._place_indicator()
        self._running = checked
        timer_setup.hold_exercise(self.ctx.store, checked.exercise.id)
        self._stopped = False
        self.saver.begin()
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
        what = (
            Timer.tr("Replace timer preset “{name}”")
            if op.replaced
            else Timer.tr("Save timer preset “{name}”")
        )
        preset_id = push_change(self.ctx, what.format(name=name), op.do, op.undo, bus.TIMER)
        self.setup_form.preset_name.clear()
        self.setup_form.reload_presets(select_id=preset_id)
        done = (
            Timer.tr("Preset “{name}” replaced — Ctrl+Z to undo")
            if op.replaced
            else Timer.tr("Preset “{name}” saved — Ctrl+Z to undo")
        )
        self.ctx.show_status(done.format(name=name), 6000)

    def delete_preset(self) -> None:
        preset = self.setup_form.current_preset()
        if preset is None:
            return
        op = preset_service.DeletePreset(self.ctx.store, preset.id)
        text = Timer.tr("Delete timer preset “{name}”").format(name=preset.name)
        push_change(self.ctx, text, op.do, op.undo, bus.TIMER)
        self.ctx.show_status(
            Timer.tr("Preset “{name}” deleted — Ctrl+Z to undo").format(name=preset.name), 6000
        )

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
            Timer.tr("A workout is under way"),
            Timer.tr("The plank timer is running. Stop it and save the holds done so far?"),
            parent=self,
        )
        box.setObjectName("timerCloseDialog")
        save = box.addButton(Timer.tr("Stop and save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            Timer.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel).setText(Common.tr("Cancel"))
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
