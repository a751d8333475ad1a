"""The plank timer's setup: preset, exercise, mode, target, sets, rest and prep.

Choosing an exercise fills the form with where its next workout starts (the last workout
of it, or the documents' dose); choosing a preset fills it with the preset. Enter in any
field starts the workout; bad input gets a red message at its field and nothing starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from corelog.domain.exercises import ExerciseRow
from corelog.domain.formatting import format_hold_edit
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Timer
from corelog.domain.parsing import ParseError, parse_hold
from corelog.domain.presets import PresetRow
from corelog.domain.validation import Invalid
from corelog.services import presets as preset_service
from corelog.services import timer_setup
from corelog.services.database import Database
from corelog.services.timer_setup import SetupForm
from corelog.timer import TimerMode, TimerPlan
from corelog.ui.timer.setup_layout import TimerSetupLayout
from corelog.ui.widgets import show_error

NO_PRESET = QT_TRANSLATE_NOOP("Timer", "No preset: set up below")


_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class TimerSetupForm(TimerSetupLayout):
    """What the next workout is. Emits ``sig_changed`` whenever the user changes anything."""

    sig_changed = Signal()
    """The setup changed (typed, chosen, or filled from an exercise or a preset)."""

    sig_exercise_changed = Signal(object)
    """The chosen exercise changed; carries its :class:`ExerciseRow` (or None)."""

    sig_start_requested = Signal()
    """Enter was pressed in a setup field."""

    sig_save_preset_requested = Signal()
    """Save preset was clicked, or Enter pressed in the preset name."""

    sig_delete_preset_requested = Signal()

    def __init__(
        self,
        store: Database,
        prep_s: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._prep_s = prep_s
        self._filling = False
        self._exercises: list[ExerciseRow] = []
        self._presets: list[PresetRow] = []
        self.setObjectName("timerSetupForm")

        self._build()
        self._connect_fields()
        self.reload_exercises()
        self.reload_presets()
        self._update_mode_texts()

    def _connect_fields(self) -> None:
        self.preset.activated.connect(self._preset_chosen)
        self.preset.installEventFilter(self)
        self.delete_preset.clicked.connect(self.sig_delete_preset_requested)
        self.exercise.activated.connect(self._exercise_chosen)
        self.countdown.toggled.connect(self._mode_toggled)
        for field in (self.hold, self.rest, self.prep):
            field.textEdited.connect(self._user_changed)
            field.installEventFilter(self)
        self.sets.valueChanged.connect(self._user_changed)
        self.sets.installEventFilter(self)
        self.exercise.installEventFilter(self)
        self.preset_name.returnPressed.connect(self.sig_save_preset_requested)
        self.save_preset.clicked.connect(self.sig_save_preset_requested)

    # ------------------------------------------------------------------ reading

    def current_exercise(self) -> ExerciseRow | None:
        index = self.exercise.currentIndex()
        return self._exercises[index] if 0 <= index < len(self._exercises) else None

    def current_preset(self) -> PresetRow | None:
        index = self.preset.currentIndex() - 1  # row 0 is "no preset"
        return self._presets[index] if 0 <= index < len(self._presets) else None

    def mode(self) -> str:
        return (TimerMode.COUNT_UP if self.count_up.isChecked() else TimerMode.COUNTDOWN).value

    def form(self) -> SetupForm:
        exercise = self.current_exercise()
        return SetupForm(
            exercise_id=None if exercise is None else exercise.id,
            mode=self.mode(),
            hold=self.hold.text(),
            sets=self.sets.value(),
            rest=self.rest.text(),
            prep=self.prep.text(),
        )

    # ------------------------------------------------------------------ errors

    def show_errors(self, result: Invalid | None) -> None:
        """Red messages at the fields (None clears them); focus goes to the first."""
        errors = {} if result is None else dict(result.errors)
        fields = {
            "exercise": (self.exercise_error, self.exercise),
            "mode": (self.exercise_error, self.countdown),
            "hold": (self.hold_error, self.hold),
            "sets": (self.sets_error, self.sets),
            "rest": (self.rest_error, self.rest),
            "prep": (self.prep_error, self.prep),
        }
        first = None
        for name, (label, field) in fields.items():
            if name == "mode" and "exercise" in errors:
                continue
            show_error(label, errors.get(name))
            if name in errors and first is None:
                first = field
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def show_name_error(self, message: str | None) -> None:
        show_error(self.preset_name_error, message)
        if message:
            self.preset_name.setFocus()

    # ----------------------------------------------------------------- filling

    def reload_exercises(self, *, keep_id: int | None = None) -> None:
        """Fill the exercise list afresh, keeping the choice: ``keep_id`` (offered even if
        hidden), else the current exercise while it is still offered."""
        current = self.current_exercise()
        wanted = keep_id if keep_id is not None else (current.id if current else None)
        self._exercises = timer_setup.timed_exercises(self.store, keep_id=keep_id)
        self._filling = True
        try:
            self.exercise.clear()
            for row in self._exercises:
                self.exercise.addItem(timer_setup.exercise_label(row), row.id)
            index = self.exercise.findData(wanted) if wanted is not None else -1
            self.exercise.setCurrentIndex(index if index >= 0 else (0 if self._exercises else -1))
        finally:
            self._filling = False
        self._update_mode_texts()

    def reload_presets(self, *, select_id: int | None = None) -> None:
        """Fill the preset list afresh; ``select_id`` or the chosen one stays chosen."""
        current = self.current_preset()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self._presets = preset_service.presets(self.store)
        self._filling = True
        try:
            self.preset.clear()
            self.preset.addItem(
                Timer.marked(NO_PRESET) if self._presets else Timer.tr("No presets yet"), None
            )
            for row in self._presets:
                self.preset.addItem(row.name, row.id)
            index = self.preset.findData(wanted) if wanted is not None else 0
            self.preset.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self.preset.setEnabled(bool(self._presets))
        self.delete_preset.setEnabled(self.current_preset() is not None)

    def select_exercise(self, exercise_id: int, *, allow_hidden: bool = True) -> bool:
        """Choose an exercise and fill its defaults, as if the user picked it; a hidden
        one only with ``allow_hidden``. False when it cannot be chosen."""
        index = self.exercise.findData(exercise_id)
        if index < 0 and allow_hidden:
            self.reload_exercises(keep_id=exercise_id)
            index = self.exercise.findData(exercise_id)
        if index < 0:
            return False
        self.exercise.setCurrentIndex(index)
        self._exercise_chosen(index)
        return True

    def fill_defaults(self) -> None:
        """Fill the fields with where the chosen exercise's next workout starts."""
        exercise = self.current_exercise()
        if exercise is None:
            self.note.setText(
                Timer.tr("No held exercise to time: show one in the exercise library (Log page).")
            )
            return
        defaults = timer_setup.setup_defaults(self.store, exercise, prep_ms=self._prep_s() * 1000)
        self._fill(defaults.mode, defaults.hold_ms, defaults.sets, defaults.rest_ms)
        self.prep.setText(format_hold_edit(defaults.prep_ms))
        self.note.setText(defaults.note)
        self._after_fill()

    def load_preset(self, preset: PresetRow) -> None:
        """Fill the setup from a preset (its exercise, hidden or not, is chosen)."""
        self._filling = True
        try:
            index = self.exercise.findData(preset.exercise_id)
            if index < 0:
                self.reload_exercises(keep_id=preset.exercise_id)
                self._filling = True
                index = self.exercise.findData(preset.exercise_id)
            self.exercise.setCurrentIndex(index)
        finally:
            self._filling = False
        self._fill(preset.mode, preset.hold_ms, preset.sets, preset.rest_ms)
        self.prep.setText(format_hold_edit(preset.prep_ms))
        self.note.setText(Timer.tr("From the preset “{name}”.").format(name=preset.name))
        self.delete_preset.setEnabled(True)
        self._after_fill()
        self.sig_exercise_changed.emit(self.current_exercise())

    def set_prep_s(self, seconds: int) -> None:
        """The prep preference changed: show it (between workouts)."""
        self.prep.setText(format_hold_edit(seconds * 1000))
        self.show_errors_for("prep", None)
        self.sig_changed.emit()

    def show_errors_for(self, name: str, message: str | None) -> None:
        labels = {"hold": self.hold_error, "rest": self.rest_error, "prep": self.prep_error}
        show_error(labels[name], message)

    def set_hold_ms(self, hold_ms: int) -> None:
        """Take a suggested target (countdown mode)."""
        self.countdown.setChecked(True)
        self.hold.setText(format_hold_edit(hold_ms))
        self.show_errors_for("hold", None)
        self._user_changed()

    def adjust_rest(self, delta_ms: int) -> None:
        """+ and - between workouts: five seconds more or less rest in the form."""
        try:
            rest = parse_hold(self.rest.text()) if self.rest.text().strip() else 0
        except ParseError:
            return
        rest = max(0, min(rest + delta_ms, timer_setup.MAX_REST_MS))
        self.rest.setText(format_hold_edit(rest))
        self.show_errors_for("rest", None)
        self._user_changed()

    def suggested_preset_name(self, plan: TimerPlan | None) -> str:
        exercise = self.current_exercise()
        if exercise is None or plan is None:
            return ""
        return preset_service.suggest_name(exercise.name, plan)

    def set_preset_placeholder(self, text: str) -> None:
        self.preset_name.setPlaceholderText(text or Timer.tr("Preset name"))

    # --------------------------------------------------------------- internals

    def _fill(self, mode: str, hold_ms: int, sets: int, rest_ms: int) -> None:
        self._filling = True
        try:
            (self.count_up if mode == TimerMode.COUNT_UP.value else self.countdown).setChecked(True)
            self.hold.setText(format_hold_edit(hold_ms) if hold_ms else "")
            self.sets.setValue(sets)
            self.rest.setText(format_hold_edit(rest_ms))
        finally:
            self._filling = False

    def _after_fill(self) -> None:
        self.show_errors(None)
        self._update_mode_texts()
        self.sig_changed.emit()

    def _exercise_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.preset.setCurrentIndex(0)
        self.delete_preset.setEnabled(False)
        self.fill_defaults()
        self.sig_exercise_changed.emit(self.current_exercise())

    def _preset_chosen(self, index: int) -> None:
        if self._filling:
            return
        preset = self.current_preset()
        self.delete_preset.setEnabled(preset is not None)
        if preset is not None:
            self.load_preset(preset)
        elif index == 0:
            self.fill_defaults()
            self.sig_exercise_changed.emit(self.current_exercise())

    def _mode_toggled(self) -> None:
        self._update_mode_texts()
        self._user_changed()

    def _update_mode_texts(self) -> None:
        count_up = self.count_up.isChecked()
        self.hold_label.setText(Timer.tr("Go&al") if count_up else Timer.tr("T&arget hold"))
        self.hold.setAccessibleName(Timer.tr("Goal") if count_up else Timer.tr("Target hold"))
        self.hold.setPlaceholderText(
            Timer.tr("optional, e.g. 1:00") if count_up else Timer.tr("e.g. 45 or 1:30")
        )
        exercise = self.current_exercise()
        self.sets.setSuffix(
            Timer.tr(" each side", "after a number of sets")
            if exercise is not None and exercise.sided
            else ""
        )

    def _user_changed(self, *_args: object) -> None:
        if self._filling:
            return
        if self.preset.currentIndex() != 0:  # the setup no longer is the preset's
            self.preset.setCurrentIndex(0)
            self.delete_preset.setEnabled(False)
        self.sig_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and watched in (self.exercise, self.preset)
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & _COMMAND_MODIFIERS
            and event.text().isalnum()
        ):
            # Typing a name's first letters picks it ("Side plank"): the letter is the
            # list's, not the timer's (S skips a rest). With Ctrl, Alt or Meta held it is
            # a shortcut (Ctrl+2, an Alt key), left to the window.
            event.accept()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (watched is self.exercise and self.exercise.view().isVisible())
        ):
            self.sig_start_requested.emit()
            return True
        return super().eventFilter(watched, event)
