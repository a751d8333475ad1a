"""The plank timer setup's widgets and their layout: the preset row, then exercise, mode,
target hold, sets, rest and prep (each with its error line), a note, and the row to save
the setup as a preset.

:class:`TimerSetupLayout` builds them (objectNames, accessible names, Alt keys, tips);
:class:`~corelog.ui.timer.setup_form.TimerSetupForm` fills, reads and checks them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Timer
from corelog.services import timer_setup
from corelog.ui.widgets import (
    action_button,
    button_group,
    field_error,
    muted,
    named,
    narrow_combo,
    plain,
)


def _combo(object_name: str, accessible: str, tooltip: str) -> QComboBox:
    """A setup combo box, sized for a short name."""
    return narrow_combo(named(QComboBox(), object_name, accessible, tooltip), 8)


class _GridRows:
    """Rows of a two-column grid: a label and its field, and the field's error line under it."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self.row = 0

    def add(self, label_text: str, field: QWidget, error: QLabel | None = None) -> QLabel:
        label = QLabel(label_text)
        label.setBuddy(field)
        self.grid.addWidget(label, self.row, 0)
        self.grid.addWidget(field, self.row, 1)
        self.row += 1
        if error is not None:
            self.grid.addWidget(error, self.row, 1)
            self.row += 1
        return label

    def add_layout(self, label_text: str, layout: QVBoxLayout) -> None:
        self.grid.addWidget(QLabel(label_text), self.row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(layout, self.row, 1)
        self.row += 1


class TimerSetupLayout(QWidget):
    """The setup's widgets laid out; the form connects and fills them."""

    def _build(self) -> None:
        """The preset row, the plan's fields, a note, and the row to save a preset."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_preset_row())
        layout.addLayout(self._build_plan())
        self.note = plain(muted(""))  # may name a preset
        self.note.setObjectName("timerSetupNote")
        layout.addWidget(self.note)
        layout.addLayout(self._build_save_row())
        self.preset_name_error = field_error("timerPresetNameError")
        layout.addWidget(self.preset_name_error)

    def _build_preset_row(self) -> QHBoxLayout:
        """Preset [saved workouts] [Delete]."""
        self.preset = _combo(
            "timerPreset",
            Timer.tr("Preset"),
            Timer.tr("A saved workout: choosing one fills the setup"),
        )
        self.delete_preset = named(
            QToolButton(),
            "timerPresetDelete",
            Timer.tr("Delete preset"),
            Timer.tr("Delete the chosen preset (Ctrl+Z brings it back)"),
        )
        self.delete_preset.setText(Timer.tr("Delete"))
        preset_label = QLabel(Timer.tr("Preset"))
        preset_label.setBuddy(self.preset)
        row = QHBoxLayout()
        row.addWidget(preset_label)
        row.addWidget(self.preset, 1)
        row.addWidget(self.delete_preset)
        return row

    def _build_plan(self) -> QGridLayout:
        """Exercise, mode, target hold, sets, rest and prep, each with its error line."""
        self._build_exercise_fields()
        self._build_rest_fields()
        for field in (self.hold, self.rest, self.prep):
            field.setPlaceholderText(Timer.tr("seconds or m:ss"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows = _GridRows(grid)
        rows.add(Timer.tr("E&xercise"), self.exercise, self.exercise_error)
        rows.add_layout(Timer.tr("Mode"), self._build_modes())
        self.hold_label = rows.add(Timer.tr("T&arget hold"), self.hold, self.hold_error)
        rows.add(Timer.tr("&Sets"), self.sets, self.sets_error)
        rows.add(Timer.tr("&Rest"), self.rest, self.rest_error)
        rows.add(Timer.tr("Pre&p"), self.prep, self.prep_error)
        return grid

    def _build_exercise_fields(self) -> None:
        """The exercise, the target hold and the number of sets, with their error lines."""
        self.exercise = _combo(
            "timerExercise",
            Timer.tr("Exercise"),
            Timer.tr("The exercise to time (held exercises only)"),
        )
        self.exercise_error = field_error("timerExerciseError")
        self.hold = named(
            QLineEdit(),
            "timerHold",
            Timer.tr("Target hold"),
            Timer.tr("Like 45, 45s or 1:30 (minutes:seconds)"),
        )
        self.hold_error = field_error("timerHoldError")
        self.sets = named(
            QSpinBox(),
            "timerSets",
            Timer.tr("Sets"),
            Timer.tr("How many holds (for side planks: on each side)"),
        )
        self.sets.setRange(timer_setup.MIN_SETS, timer_setup.MAX_SETS)
        self.sets.setValue(3)
        self.sets_error = field_error("timerSetsError")

    def _build_rest_fields(self) -> None:
        """The rest between sets and the prep countdown, with their error lines."""
        self.rest = named(
            QLineEdit(),
            "timerRest",
            Timer.tr("Rest between sets"),
            Timer.tr(
                "Like 30 or 1:00; 0 or empty for none. + and - change it by 5 s, also during a rest"
            ),
        )
        self.rest_error = field_error("timerRestError")
        self.prep = named(
            QLineEdit(),
            "timerPrep",
            Timer.tr("Prep countdown"),
            Timer.tr("Time to get into position before the first hold; the default is in Settings"),
        )
        self.prep_error = field_error("timerPrepError")

    def _build_modes(self) -> QVBoxLayout:
        """Count down to a target, or hold to failure."""
        self.countdown = named(
            QRadioButton(Timer.tr("Count &down to target")),
            "timerModeCountdown",
            Timer.tr("Count down to a target"),
            Timer.tr("Each hold ends by itself when the target is reached"),
        )
        self.count_up = named(
            QRadioButton(Timer.tr("Hold to fail&ure")),
            "timerModeCountUp",
            Timer.tr("Hold to failure"),
            Timer.tr(
                "Count up: each hold lasts until you press Space, and the time held is recorded"
            ),
        )
        self._modes = button_group(self, self.countdown, self.count_up)
        self.countdown.setChecked(True)
        modes = QVBoxLayout()
        modes.setSpacing(2)
        modes.addWidget(self.countdown)
        modes.addWidget(self.count_up)
        return modes

    def _build_save_row(self) -> QHBoxLayout:
        """[name] [Save as preset]."""
        self.preset_name = named(
            QLineEdit(),
            "timerPresetName",
            Timer.tr("Preset name"),
            Timer.tr("A name for this setup; leave empty to use the one shown"),
        )
        self.save_preset = action_button(
            Timer.tr("Sa&ve as preset"),
            "timerPresetSave",
            Timer.tr("Save as preset"),
            Timer.tr(
                "Keep this setup under the name given; the same name replaces that preset (Alt+V)"
            ),
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.preset_name, 1)
        save_row.addWidget(self.save_preset)
        return save_row
