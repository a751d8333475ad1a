"""The exercise library: browse what the documents say, add your own, rename, hide, delete.

A window of its own (not modal), opened from the core tab. Every change goes through the
undo stack; Ctrl+Z works here as in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import App, Common, Core
from corelog.domain.validation import Invalid
from corelog.services import exercises as exercise_service
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.core.exercise_details import ExerciseDetails
from corelog.ui.core.library_model import ExerciseTableModel
from corelog.ui.layouts import name_dialog, rows_table
from corelog.ui.undo import push_change
from corelog.ui.widgets import Card, field_error, muted, named, scrolled, show_error


class ExerciseLibraryDialog(QDialog):
    """The exercise library window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name_dialog(self, "exerciseLibraryDialog", Core.tr("Exercise library"))
        self.resize(980, 640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        intro = muted(
            Core.tr(
                "CoreLog's exercises come from its source documents; add your own below. "
                "Hidden exercises leave the lists you pick from, and the sets you logged stay."
            )
        )
        layout.addWidget(intro)
        layout.addWidget(self._build_browser(), 1)
        layout.addWidget(self._build_add_card())
        layout.addWidget(self._build_close_buttons())
        self._add_undo_actions()

        ctx.bus.sig_changed.connect(self._on_data_changed)
        self.refresh()
        if self.model.rowCount():
            self.select(self.model.record(0).id)

    # ---------------------------------------------------------------- layout
    def _build_browser(self) -> QSplitter:
        """The list of exercises on the left; the chosen one's details and actions on the right."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_table())
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self._build_details_card(), 1)
        side_layout.addWidget(self._build_edit_card())
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        return splitter

    def _build_table(self) -> QTableView:
        """The table of exercises: name, measure, sides, origin, sets and whether shown."""
        self.model = ExerciseTableModel(self)
        self.table = named(QTableView(), "exerciseLibraryTable", Core.tr("Exercises"))
        self.table.setModel(self.model)
        rows_table(self.table)
        named(
            self.table.verticalHeader(), "exerciseLibraryRowHeader", Core.tr("Exercise rows")
        ).hide()
        header = named(
            self.table.horizontalHeader(),
            "exerciseLibraryHeader",
            Core.tr("Columns of the library"),
        )
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        return self.table

    def _build_details_card(self) -> Card:
        """What the chosen exercise trains, how to do it, and its dose, scrolling if long."""
        details_card = Card()
        self.details = ExerciseDetails(
            empty_text=Core.tr("Choose an exercise to see what it trains.")
        )
        scroll = scrolled(self.details, Core.tr("About the chosen exercise"))
        scroll.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)
        details_card.body.addWidget(scroll)
        return details_card

    def _build_edit_card(self) -> Card:
        """The chosen exercise's name with Rename, then Hide and Delete, each with its error."""
        edit = Card()
        edit.body.addLayout(self._build_name_row())
        self.name_error = field_error("exerciseNameError")
        edit.body.addWidget(self.name_error)
        edit.body.addLayout(self._build_edit_actions())
        self.delete_error = field_error("exerciseDeleteError")
        edit.body.addWidget(self.delete_error)
        return edit

    def _build_name_row(self) -> QHBoxLayout:
        """The Name field of the chosen exercise and its Rename button."""
        name_row = QHBoxLayout()
        self.name_field = named(
            QLineEdit(),
            "exerciseName",
            Core.tr("Name of the chosen exercise"),
            Core.tr("A new name for the chosen exercise; Enter renames it"),
        )
        self.name_field.returnPressed.connect(self.rename_current)
        self.rename_button = named(
            QPushButton(Core.tr("&Rename")), "exerciseRename", Core.tr("Rename exercise")
        )
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename_current)
        name_row.addWidget(QLabel(Core.tr("Name")))
        name_row.addWidget(self.name_field, 1)
        name_row.addWidget(self.rename_button)
        return name_row

    def _build_edit_actions(self) -> QHBoxLayout:
        """The Hide from lists and Delete buttons for the chosen exercise."""
        actions = QHBoxLayout()
        self.hide_button = named(
            QPushButton(Core.tr("&Hide from lists")), "exerciseHide", Core.tr("Hide exercise")
        )
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button = named(
            QPushButton(Core.tr("&Delete")), "exerciseDelete", Core.tr("Delete exercise")
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_current)
        actions.addWidget(self.hide_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        return actions

    def _build_add_card(self) -> Card:
        """The Add your own exercise card: the new exercise's row and its error line."""
        add = Card(Core.tr("Add your own exercise"))
        add.body.addLayout(self._build_add_row())
        self.new_name_error = field_error("exerciseNewNameError")
        add.body.addWidget(self.new_name_error)
        return add

    def _build_add_row(self) -> QHBoxLayout:
        """The new exercise's name, held or reps, on each side, and the Add button."""
        add_row = QHBoxLayout()
        self.new_name = named(QLineEdit(), "exerciseNewName", Core.tr("Name of the new exercise"))
        self.new_name.setPlaceholderText(Core.tr("e.g. Superman"))
        self.new_name.returnPressed.connect(self.add_exercise)
        self.new_hold = named(
            QRadioButton(Core.tr("Held for a time")), "exerciseNewHold", Core.tr("Held for a time")
        )
        self.new_reps = named(
            QRadioButton(Core.tr("Done for reps")), "exerciseNewReps", Core.tr("Done for reps")
        )
        self._measure_group = QButtonGroup(self)
        self._measure_group.addButton(self.new_hold)
        self._measure_group.addButton(self.new_reps)
        self.new_reps.setChecked(True)
        self.new_sided = named(
            QCheckBox(Core.tr("On each side")), "exerciseNewSided", Core.tr("Done on each side")
        )
        self.add_button = named(
            QPushButton(Core.tr("&Add")), "exerciseAdd", Core.tr("Add exercise")
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_exercise)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_hold)
        add_row.addWidget(self.new_reps)
        add_row.addWidget(self.new_sided)
        add_row.addWidget(self.add_button)
        return add_row

    def _build_close_buttons(self) -> QDialogButtonBox:
        """The Close button at the bottom right."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("exerciseLibraryButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(Common.tr("Close"))
        named(close, "exerciseLibraryClose", Core.tr("Close the exercise library"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def _add_undo_actions(self) -> None:
        """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo here as in the main window."""
        undo = self.ctx.undo_stack.createUndoAction(self, App.tr("&Undo"))
        undo.setObjectName("exerciseLibraryUndo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.ctx.undo_stack.createRedoAction(self, App.tr("&Redo"))
        redo.setObjectName("exerciseLibraryRedo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # ------------------------------------------------------------------ data
    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, bus.EXERCISES, bus.CORE, bus.TIMER):
            self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.model.set_rows(exercise_service.library(self.ctx.store))
        if current is not None and self.model.row_of(current.id) >= 0:
            self.select(current.id)
        else:
            self._show_current()

    def current(self) -> ExerciseRow | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, exercise_id: int) -> bool:
        row = self.model.row_of(exercise_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        self._show_current()
        return True

    def select_key(self, key: str) -> bool:
        for row in self.model.rows():
            if row.key == key:
                return self.select(row.id)
        return False

    def _show_current(self) -> None:
        row = self.current()
        show_error(self.name_error, None)
        show_error(self.delete_error, None)
        enabled = row is not None
        for widget in (self.name_field, self.rename_button, self.hide_button, self.delete_button):
            widget.setEnabled(enabled)
        if row is None:
            self.details.show_nothing()
            self.name_field.clear()
            return
        self.details.show_row(row)
        self.name_field.setText(row.name)
        self.hide_button.setText(
            Core.tr("S&how in lists") if row.hidden else Core.tr("&Hide from lists")
        )
        self.hide_button.setAccessibleName(
            Core.tr("Show exercise") if row.hidden else Core.tr("Hide exercise")
        )
        self.delete_button.setToolTip(
            Core.tr("Only your own exercises that no set uses can be deleted")
            if row.builtin or row.sets
            else Core.tr("Delete this exercise (Ctrl+Z brings it back)")
        )

    # --------------------------------------------------------------- actions
    def rename_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        name = exercise_service.check_rename(self.ctx.store, row.id, self.name_field.text())
        if isinstance(name, Invalid):
            show_error(self.name_error, name.errors["name"])
            self.name_field.setFocus()
            return False
        show_error(self.name_error, None)
        if name == row.name:
            return True
        op = exercise_service.RenameExercise(self.ctx.store, row.id, name)
        text = Core.tr("Rename “{name}”").format(name=row.name)
        push_change(self.ctx, text, op.do, op.undo, bus.EXERCISES, bus.CORE)
        self.ctx.show_status(
            Core.tr("Renamed “{old}” to “{new}”.").format(old=row.name, new=name), 5000
        )
        return True

    def toggle_hidden(self) -> None:
        row = self.current()
        if row is None:
            return
        hide = not row.hidden
        op = exercise_service.SetExerciseHidden(self.ctx.store, row.id, hide)
        text = Core.tr("Hide “{name}”") if hide else Core.tr("Show “{name}”")
        push_change(self.ctx, text.format(name=row.name), op.do, op.undo, bus.EXERCISES)
        status = (
            Core.tr("“{name}” is hidden from the lists — Ctrl+Z to undo")
            if hide
            else Core.tr("“{name}” is back in the lists.")
        )
        self.ctx.show_status(status.format(name=row.name), 5000)

    def delete_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        refusal = exercise_service.delete_refusal(self.ctx.store, row.id)
        if refusal is not None:
            show_error(self.delete_error, refusal)
            return False
        op = exercise_service.DeleteExercise(self.ctx.store, row.id)
        text = Core.tr("Delete “{name}”").format(name=row.name)
        push_change(self.ctx, text, op.do, op.undo, bus.EXERCISES, bus.TIMER)
        self.ctx.show_status(
            Core.tr("Exercise “{name}” deleted — Ctrl+Z to undo").format(name=row.name), 5000
        )
        return True

    def add_exercise(self) -> int | None:
        measure = "hold" if self.new_hold.isChecked() else "reps"
        checked = exercise_service.check_new_exercise(
            self.ctx.store, self.new_name.text(), measure, self.new_sided.isChecked()
        )
        if isinstance(checked, Invalid):
            show_error(
                self.new_name_error,
                checked.errors.get("name") or checked.errors.get("measure"),
            )
            self.new_name.setFocus()
            return None
        show_error(self.new_name_error, None)
        op = exercise_service.AddExercise(self.ctx.store, checked)
        exercise_id = push_change(
            self.ctx,
            Core.tr("Add exercise “{name}”").format(name=checked.name),
            op.do,
            op.undo,
            bus.EXERCISES,
        )
        self.new_name.clear()
        self.new_sided.setChecked(False)
        self.select(exercise_id)
        self.ctx.show_status(
            Core.tr("“{name}” added to your exercises.").format(name=checked.name), 5000
        )
        return exercise_id

    # ----------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter acts in the field that has it (rename, add); it never closes the window.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
