"""The sets of a core session, one row each: exercise, then reps or a hold.

An exercise done per side (side plank) gets a left and a right field on the same row, so
a pair is typed in one go; it is stored as two sets, left then right. "Add set" copies the
row above (exercise and amount, selected for overtyping), so "3 x 45 s" is three key
presses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import Core
from corelog.services.core_form import SetForm
from corelog.ui.core.set_row import SetRow
from corelog.ui.widgets import action_button, field_error, show_error


@dataclass(frozen=True)
class Origin:
    """Where a set of the form came from: a row, and which field of it."""

    row: SetRow
    field: str  # "amount", "left" or "right"


class SetsEditor(QWidget):
    """Any number of set rows, with "Add set"."""

    sig_changed = Signal()
    """Rows were added or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visible: list[ExerciseRow] = []
        self._every: dict[int, ExerciseRow] = {}
        self._rows: list[SetRow] = []
        self.tab_after: QWidget | None = None
        """The form's field before the sets: Tab goes from it to the first set."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(28, 0, 0, 0)
        self.add_button = action_button(
            Core.tr("&Add set"),
            "coreAddSet",
            Core.tr("Add set"),
            Core.tr("Add a set like the one above (Alt+A)"),
        )
        self.add_button.clicked.connect(lambda: self.add_set())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = field_error("coreSetsError")
        self.error.setContentsMargins(28, 0, 0, 0)
        layout.addWidget(self.error)

    # ----------------------------------------------------------------- exercises
    def set_exercises(self, library: Sequence[ExerciseRow]) -> None:
        """The library (hidden exercises included; pickers offer the visible ones)."""
        self._every = {row.id: row for row in library}
        self._visible = [row for row in library if not row.hidden]
        for row in self._rows:
            row.set_choices(self._visible, self._every)

    def exercise(self, exercise_id: int) -> ExerciseRow | None:
        return self._every.get(exercise_id)

    # ---------------------------------------------------------------------- rows
    def rows(self) -> list[SetRow]:
        return list(self._rows)

    def add_set(
        self,
        exercise_id: int | None = None,
        amount: str | None = None,
        *,
        focus: bool = True,
    ) -> SetRow:
        """Add a row; without arguments it copies the last row's exercise and amount."""
        previous = self._rows[-1] if self._rows else None
        row = SetRow(self)
        row.set_choices(self._visible, self._every)
        if exercise_id is None and previous is not None:
            exercise_id = previous.exercise_id()
        if exercise_id is not None:
            row.choose(exercise_id)
        if amount is None and previous is not None and previous.exercise_id() == row.exercise_id():
            if row.sided:
                row.left.setText(previous.left.text())
                row.right.setText(previous.right.text())
            else:
                row.amount.setText(previous.amount.text())
        elif amount is not None:
            row.first_field().setText(amount)
        row.sig_remove_requested.connect(self.remove_row)
        self._rows.append(row)
        self.rows_box.addWidget(row)
        row.show()
        self._renumber()
        show_error(self.error, None)
        if focus:
            for other in self._rows[:-1]:
                for field in other.fields().values():
                    field.deselect()
            field = row.first_field()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
        self.sig_changed.emit()
        return row

    def remove_row(self, row: SetRow) -> None:
        if row not in self._rows:
            return
        index = self._rows.index(row)
        self._rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].first_field().setFocus()
        else:
            self.add_button.setFocus()
        self.sig_changed.emit()

    def clear(self) -> None:
        for row in list(self._rows):
            self._rows.remove(row)
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        show_error(self.error, None)

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)
        self._order_tab()

    def _order_tab(self) -> None:
        """Tab goes through the rows in order, then to Add set (rows added later would
        otherwise come last in the window, after the form's buttons)."""
        if self.tab_after is None:
            return
        chain: list[QWidget] = [self.tab_after]
        for row in self._rows:
            chain += [row.exercise, row.amount, row.left, row.right, row.remove]
        chain.append(self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def load(self, sets: Sequence[SetForm]) -> None:
        """Show stored (or template) sets; a left set followed by the right one of the same
        exercise shares a row."""
        self.clear()
        self.append(sets)

    def append(self, sets: Sequence[SetForm]) -> list[SetRow]:
        """Add rows for these sets after the others (paired as :meth:`load` pairs them)."""
        first_new = len(self._rows)
        i = 0
        while i < len(sets):
            current = sets[i]
            exercise = self._every.get(current.exercise_id or -1)
            row = self.add_set(current.exercise_id, "", focus=False)
            amount = "" if current.amount is None else str(current.amount)
            if exercise is not None and exercise.sided:
                following = sets[i + 1] if i + 1 < len(sets) else None
                if current.side == "right":
                    row.right.setText(amount)
                    row.right_id = current.set_id
                else:
                    row.left.setText(amount)
                    row.left_id = current.set_id
                    if (
                        following is not None
                        and following.exercise_id == current.exercise_id
                        and following.side == "right"
                    ):
                        row.right.setText("" if following.amount is None else str(following.amount))
                        row.right_id = following.set_id
                        i += 1
            else:
                row.amount.setText(amount)
                row.set_id = current.set_id
            i += 1
        return self._rows[first_new:]

    # ---------------------------------------------------------------- form data
    def set_forms(self) -> tuple[list[SetForm], list[Origin]]:
        """The sets in order, and for each the row and field it came from.

        A per-side row gives a left set and a right set for the sides filled in; with
        neither filled in it gives an empty left set, so the check asks for a hold.
        """
        return self.forms_of(self._rows)

    @staticmethod
    def forms_of(rows: Sequence[SetRow]) -> tuple[list[SetForm], list[Origin]]:
        """:meth:`set_forms` for some of the rows."""
        forms: list[SetForm] = []
        origins: list[Origin] = []
        for row in rows:
            exercise_id = row.exercise_id()
            if row.sided:
                left, right = row.left.text().strip(), row.right.text().strip()
                if left or not right:
                    forms.append(SetForm(exercise_id, left, "left", row.left_id))
                    origins.append(Origin(row, "left"))
                if right:
                    forms.append(SetForm(exercise_id, right, "right", row.right_id))
                    origins.append(Origin(row, "right"))
            else:
                forms.append(SetForm(exercise_id, row.amount.text().strip(), None, row.set_id))
                origins.append(Origin(row, "amount"))
        return forms, origins

    def clear_errors(self) -> None:
        show_error(self.error, None)
        for row in self._rows:
            row.clear_errors()

    def show_errors(self, errors: Mapping[str, str], origins: Sequence[Origin]) -> SetRow | None:
        """Show the check's ``sets...`` messages at their rows; returns the first row in error."""
        self.clear_errors()
        show_error(self.error, errors.get("sets"))
        per_row: dict[int, list[tuple[str, str]]] = {}
        for name, message in errors.items():
            parts = name.split(".")
            if len(parts) != 3 or parts[0] != "sets" or not parts[1].isdigit():
                continue
            origin = origins[int(parts[1])]
            where = origin.field if parts[2] in ("amount", "side") else parts[2]
            per_row.setdefault(id(origin.row), []).append((where, message))
        first: SetRow | None = None
        for row in self._rows:
            messages = per_row.get(id(row))
            if messages:
                row.show_errors(messages)
                first = first or row
        return first
