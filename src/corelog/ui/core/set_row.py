"""One row of the sets editor: the exercise, then reps or a hold (or a left and a right
field for an exercise done per side), with the row's error line under it.

The row offers the visible exercises (and its own, should it be hidden), changes its
fields and hints to fit the exercise's measure, and marks the fields the check found
wrong. :class:`~corelog.ui.core.sets_editor.SetsEditor` holds the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import Core
from corelog.ui.accessibility import label_combo
from corelog.ui.theme import colors, scaled
from corelog.ui.widgets import field_error, named, show_error


def _placeholder(measure: str) -> str:
    return Core.tr("e.g. 45 or 1:30") if measure == "hold" else Core.tr("e.g. 12")


def _side_placeholder(measure: str) -> str:
    return Core.tr("e.g. 30") if measure == "hold" else Core.tr("e.g. 10")


def _measure_word(measure: str) -> str:
    return (
        Core.tr("s hold", "unit after a hold in seconds") if measure == "hold" else Core.tr("reps")
    )


def _mark_invalid(field: QLineEdit, invalid: bool) -> None:
    field.setStyleSheet(f"QLineEdit {{ border: 1px solid {colors().danger}; }}" if invalid else "")


def hidden_name(name: str) -> str:
    """An exercise hidden from the lists, as a row that still uses it offers it."""
    return Core.tr("{name} (hidden)").format(name=name)


class SetRow(QFrame):
    """One row of the sets editor."""

    sig_remove_requested = Signal(object)
    """The user asked to remove this row; carries the row."""
    sig_exercise_changed = Signal(object)
    """The row's exercise changed; carries the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_id: int | None = None
        self.left_id: int | None = None
        self.right_id: int | None = None
        self._exercises: dict[int, ExerciseRow] = {}
        self._measure = "hold"
        self._sided = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self._build_row())
        self.error = field_error("coreSetError")
        self.error.setContentsMargins(28, 0, 0, 0)
        outer.addWidget(self.error)
        self._connect()
        self._apply_kind()

    def _build_row(self) -> QHBoxLayout:
        """The set's line: its number, the exercise, the amount, and the remove button."""
        row = QHBoxLayout()
        row.setSpacing(6)
        self.number = QLabel()
        self.number.setProperty("role", "muted")
        self.number.setFixedWidth(scaled(22))
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.number)
        row.addWidget(self._build_exercise(), 1)
        self._add_amount_fields(row)
        row.addWidget(self._build_remove())
        return row

    def _build_exercise(self) -> QComboBox:
        """The exercise of the set, chosen from the library."""
        self.exercise = label_combo(named(QComboBox(), "coreSetExercise", Core.tr("Exercise")))
        self.exercise.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.exercise.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.exercise.setMinimumContentsLength(12)
        return self.exercise

    def _add_amount_fields(self, row: QHBoxLayout) -> None:
        """The reps or hold field, the left and right fields of a sided exercise, the unit."""
        self.amount = named(QLineEdit(), "coreSetAmount", Core.tr("Amount"))
        self.left_label = QLabel(Core.tr("L", "left side"))
        self.left = named(QLineEdit(), "coreSetLeft", Core.tr("Left side"))
        self.right_label = QLabel(Core.tr("R", "right side"))
        self.right = named(QLineEdit(), "coreSetRight", Core.tr("Right side"))
        for label in (self.left_label, self.right_label):
            label.setProperty("role", "muted")
        for field in (self.left, self.right):
            field.setFixedWidth(scaled(74))
        self.amount.setFixedWidth(scaled(120))
        self.unit = QLabel()
        self.unit.setProperty("role", "muted")
        # As wide as the longer unit word in the user's language.
        widest = max(
            self.unit.fontMetrics().horizontalAdvance(_measure_word(m)) for m in ("hold", "reps")
        )
        self.unit.setFixedWidth(max(scaled(44), widest + scaled(4)))
        row.addWidget(self.amount)
        row.addWidget(self.left_label)
        row.addWidget(self.left)
        row.addWidget(self.right_label)
        row.addWidget(self.right)
        row.addWidget(self.unit)

    def _build_remove(self) -> QToolButton:
        """The ✕ button at the end of the row that removes the set."""
        self.remove = named(QToolButton(), "coreSetRemove", Core.tr("Remove set"))
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it too
        return self.remove

    def _connect(self) -> None:
        """Remove asks the editor; a new exercise refits the fields; typing clears a mark."""
        self.remove.clicked.connect(lambda: self.sig_remove_requested.emit(self))
        self.exercise.currentIndexChanged.connect(self._on_exercise)
        for field in (self.amount, self.left, self.right):
            field.textEdited.connect(lambda _text, f=field: _mark_invalid(f, False))

    # ------------------------------------------------------------------ exercise
    def set_number(self, number: int) -> None:
        self.number.setText(f"{number}.")
        label_combo(self.exercise, Core.tr("Set {number} exercise").format(number=number))
        self.amount.setAccessibleName(Core.tr("Set {number} reps or hold").format(number=number))
        self.left.setAccessibleName(Core.tr("Set {number} left side").format(number=number))
        self.right.setAccessibleName(Core.tr("Set {number} right side").format(number=number))
        self.remove.setAccessibleName(Core.tr("Remove set {number}").format(number=number))
        self.remove.setToolTip(Core.tr("Remove set {number}").format(number=number))

    def set_choices(self, visible: Sequence[ExerciseRow], every: Mapping[int, ExerciseRow]) -> None:
        """Offer the visible exercises (plus this row's own, should it be hidden).

        A row still blank (no stored set, nothing typed) whose exercise was hidden moves
        on to the first exercise shown: it only held a default.
        """
        current = self.exercise_id()
        self._exercises = dict(every)
        self.exercise.blockSignals(True)
        self.exercise.clear()
        for row in visible:
            self.exercise.addItem(row.name, row.id)
        if (
            current is not None
            and self.exercise.findData(current) < 0
            and current in every
            and not (visible and self.is_blank())
        ):
            self.exercise.addItem(hidden_name(every[current].name), current)
        index = self.exercise.findData(current) if current is not None else -1
        self.exercise.setCurrentIndex(index if index >= 0 else (0 if visible else -1))
        self.exercise.blockSignals(False)
        self._apply_kind()

    def is_blank(self) -> bool:
        """No stored set behind the row and nothing typed in it."""
        stored = (self.set_id, self.left_id, self.right_id)
        typed = (self.amount.text(), self.left.text(), self.right.text())
        return all(i is None for i in stored) and not any(t.strip() for t in typed)

    def exercise_id(self) -> int | None:
        data = self.exercise.currentData()
        return int(data) if data is not None else None

    def choose(self, exercise_id: int | None) -> None:
        index = self.exercise.findData(exercise_id) if exercise_id is not None else -1
        if index < 0 and exercise_id in self._exercises:
            self.exercise.addItem(hidden_name(self._exercises[exercise_id].name), exercise_id)
            index = self.exercise.count() - 1
        self.exercise.setCurrentIndex(index)

    def _on_exercise(self, _index: int) -> None:
        was_sided = self._sided
        self._apply_kind()
        if self._sided and not was_sided:
            self.left.setText(self.amount.text())
            self.amount.clear()
        elif was_sided and not self._sided:
            self.amount.setText(self.left.text() or self.right.text())
            self.left.clear()
            self.right.clear()
        self.sig_exercise_changed.emit(self)

    def _apply_kind(self) -> None:
        row = self._exercises.get(self.exercise_id() or -1)
        self._measure = row.measure if row is not None else "hold"
        self._sided = bool(row and row.sided)
        self.amount.setVisible(not self._sided)
        for widget in (self.left_label, self.left, self.right_label, self.right):
            widget.setVisible(self._sided)
        self.amount.setPlaceholderText(_placeholder(self._measure))
        self.left.setPlaceholderText(_side_placeholder(self._measure))
        self.right.setPlaceholderText(_side_placeholder(self._measure))
        self.unit.setText(_measure_word(self._measure))
        tip = (
            Core.tr("Hold time: 45, 45s or 1:30 (a bare number is seconds)")
            if self._measure == "hold"
            else Core.tr("Number of reps, like 12")
        )
        for field in (self.amount, self.left, self.right):
            field.setToolTip(tip)

    @property
    def sided(self) -> bool:
        return self._sided

    def first_field(self) -> QLineEdit:
        return self.left if self._sided else self.amount

    def fields(self) -> dict[str, QLineEdit]:
        return {"amount": self.amount, "left": self.left, "right": self.right}

    # -------------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        show_error(self.error, None)
        for field in self.fields().values():
            _mark_invalid(field, False)

    def show_errors(self, messages: Sequence[tuple[str, str]]) -> None:
        """Mark fields ("amount", "left", "right", "exercise") and show their messages."""
        unique: list[str] = []
        for where, message in messages:
            if where in ("amount", "left", "right"):
                _mark_invalid(self.fields()[where], True)
            if message not in unique:
                unique.append(message)
        show_error(self.error, " ".join(unique))
