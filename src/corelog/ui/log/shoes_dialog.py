"""Shoes: the user's pairs with the distance on each; add, rename, retire, delete.

Every change goes through the undo stack (Ctrl+Z works inside the dialog too). A pair
that runs use cannot be deleted; the dialog says so and suggests retiring it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.formatting import format_distance, format_distance_edit, format_distance_field
from corelog.domain.parsing import ParseError, parse_distance
from corelog.domain.shoes import ShoeRow
from corelog.domain.validation import Invalid
from corelog.services import shoes as shoe_service
from corelog.services.shoes import ShoeInput, ShoeRefused
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.log.record_table import RecordTable
from corelog.ui.table_model import Column, RecordTableModel
from corelog.ui.undo import push_change
from corelog.ui.widgets import (
    Card,
    field_error,
    muted,
    named,
    plain,
    section_title,
    show_error,
)

LIST_DECIMALS = 1  # the list shows distances on pairs to a tenth

INTRO = (
    "Track the distance on each pair. A retired pair is no longer offered for new runs "
    "but stays on the runs you wore it for."
)


class ShoesModel(RecordTableModel[ShoeRow]):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        def unit() -> str:
            return ctx.settings.unit

        super().__init__(
            [
                Column("Pair", lambda s: s.name, sort_key=lambda s: s.name.casefold()),
                Column(
                    "Total distance",
                    lambda s: format_distance(s.total_distance_m, unit(), decimals=LIST_DECIMALS),
                    sort_key=lambda s: s.total_distance_m,
                    align_right=True,
                    tooltip=lambda s: (
                        f"{format_distance(s.start_distance_m, unit(), LIST_DECIMALS)} when added"
                        f" + {format_distance(s.runs_distance_m, unit(), LIST_DECIMALS)} logged"
                    ),
                ),
                Column(
                    "Runs",
                    lambda s: str(s.run_count),
                    sort_key=lambda s: s.run_count,
                    align_right=True,
                ),
                Column(
                    "Start distance",
                    lambda s: format_distance(s.start_distance_m, unit(), decimals=LIST_DECIMALS),
                    sort_key=lambda s: s.start_distance_m,
                    align_right=True,
                ),
                Column("Status", lambda s: "Retired" if s.retired else "In service"),
            ],
            parent,
        )

    def row_of(self, shoe_id: int) -> int | None:
        for row, shoe in enumerate(self.rows()):
            if shoe.id == shoe_id:
                return row
        return None


class ShoesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shoesDialog")
        self.setAccessibleName("Shoes")
        self.setWindowTitle("Shoes")
        self._editing: ShoeRow | None = None
        self._loaded_start = ""
        """The start distance as an edit opened it (rounded); left as it is, the stored
        metres are kept."""
        self._unit = ctx.settings.unit
        self.added_shoe_id: int | None = None
        """The last pair added while the dialog was open (the run form selects it)."""

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(muted(INTRO))

        self.model = ShoesModel(ctx, self)
        self.table = RecordTable(
            self.model, ("shoesTable", "shoesTableHeader", "shoesTableRowHeader"), "Your shoes"
        )
        self.table.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sig_edit_requested.connect(lambda _row: self.start_edit())
        self.table.sig_delete_requested.connect(lambda _rows: self.delete_selected())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.edit_button = named(QPushButton("&Edit"), "shoesEdit", "Edit the selected pair")
        self.retire_button = named(QPushButton("&Retire"), "shoesRetire", "Retire the pair")
        self.delete_button = named(QPushButton("&Delete"), "shoesDelete", "Delete the pair")
        self.edit_button.clicked.connect(self.start_edit)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.message = plain(muted(""))  # names pairs
        self.message.setObjectName("shoesMessage")
        self.message.hide()
        layout.addWidget(self.message)

        # The add / edit form, in a card of its own.
        form_card = Card()
        layout.addWidget(form_card)
        self.form_title = plain(section_title("Add a pair"))  # names the pair in edit
        self.form_title.setObjectName("shoeFormTitle")
        form_card.body.addWidget(self.form_title)
        grid = QGridLayout()
        form_card.body.addLayout(grid)  # first, so the widgets below get their parent at once
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.name = named(QLineEdit(), "shoeName", "Name of the pair")
        self.name.setPlaceholderText("e.g. Pegasus 41")
        self.name.setMaxLength(shoe_service.MAX_NAME_LENGTH + 20)
        self.start_distance = named(
            QLineEdit(), "shoeStartDistance", "Distance already on the pair"
        )
        self.start_distance.setPlaceholderText("0 for a new pair")
        self.start_distance.setMaximumWidth(140)
        self.start_unit = QLabel()
        self.name_error = field_error("shoeNameError")
        self.start_error = field_error("shoeStartDistanceError")
        name_label = QLabel("&Name")
        name_label.setBuddy(self.name)
        start_label = QLabel("Already &on it")
        start_label.setBuddy(self.start_distance)
        start_label.setToolTip("For a used pair: the distance it had before you added it")
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.name_error, 1, 1)
        grid.addWidget(start_label, 2, 0)
        start_cell = QHBoxLayout()
        start_cell.setSpacing(8)
        grid.addLayout(start_cell, 2, 1)
        start_cell.addWidget(self.start_distance)
        start_cell.addWidget(self.start_unit)
        start_cell.addStretch(1)
        grid.addWidget(self.start_error, 3, 1)
        grid.setColumnStretch(1, 1)

        form_buttons = QHBoxLayout()
        form_card.body.addLayout(form_buttons)
        form_buttons.addStretch(1)
        self.cancel_edit_button = named(
            QPushButton("Cancel edit"), "shoeCancelEdit", "Cancel the edit"
        )
        self.cancel_edit_button.setAutoDefault(False)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.save_button = named(QPushButton("Add pair"), "shoeSave", "Add pair")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        form_buttons.addWidget(self.cancel_edit_button)
        form_buttons.addWidget(self.save_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            close.button(QDialogButtonBox.StandardButton.Close), "shoesClose", "Close"
        )
        self.close_button.setAutoDefault(False)
        close.rejected.connect(self.close_dialog)
        layout.addWidget(close)

        # Undo and redo work here as in the main window.
        undo = ctx.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = ctx.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self._undo_actions: list[QAction] = [undo, redo]

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.bus.sig_changed.connect(self._on_data_changed)
        ctx.settings.sig_changed.connect(self._on_setting_changed)
        self.reload()
        self._show_form()
        self.resize(640, 520)
        self.name.setFocus()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        current = self.selected_shoe()
        self.model.set_rows(shoe_service.list_shoes(self.ctx.store))
        row = self.model.row_of(current.id) if current is not None else None
        if row is not None:
            self.table.select_row(row)
        if self._editing is not None:
            row = self.model.row_of(self._editing.id)
            if row is None:
                self.cancel_edit()
            else:
                self._follow(self.model.record(row))
        self._update_buttons()

    def _follow(self, stored: ShoeRow) -> None:
        """The pair being edited as it is now (Undo may have changed it): fields not yet
        touched show it; what was typed stays."""
        old = self._editing
        if old is None or (old.name, old.start_distance_m) == (
            stored.name,
            stored.start_distance_m,
        ):
            self._editing = stored
            return
        if self.name.text() == old.name:
            self.name.setText(stored.name)
        if self.start_distance.text() == self._loaded_start:
            self._loaded_start = self._start_text(stored, self._unit)
            self.start_distance.setText(self._loaded_start)
        self._editing = stored
        self._show_form()

    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, bus.SHOES, bus.RUNS):
            self.reload()

    def _on_setting_changed(self, key: str) -> None:
        if key != "units/distance":
            return
        unit = self.ctx.settings.unit
        text = self.start_distance.text()
        if self._editing is not None and text == self._loaded_start:
            # The pair's own distance: from the stored metres, not from the rounded text.
            self._loaded_start = self._start_text(self._editing, unit)
            self.start_distance.setText(self._loaded_start)
        elif text.strip():
            try:
                metres = parse_distance(text, self._unit)
            except ParseError:
                metres = 0
            if metres > 0:
                self.start_distance.setText(format_distance_edit(metres, unit))
        self._unit = unit
        self._clear_errors()
        self._show_form()
        self.model.refresh_display()

    def selected_shoe(self) -> ShoeRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record(index.row())

    def _update_buttons(self) -> None:
        shoe = self.selected_shoe()
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setEnabled(shoe is not None)
        retired = shoe is not None and shoe.retired
        self.retire_button.setText("Bring &back" if retired else "&Retire")
        self.retire_button.setAccessibleName(
            "Bring the pair back into service" if retired else "Retire the pair"
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----------------------------------------------------------------- form
    def _show_form(self) -> None:
        self.start_unit.setText(self._unit)
        editing = self._editing
        if editing is None:
            self.form_title.setText("Add a pair")
            self.save_button.setText("Add pair")
            self.save_button.setAccessibleName("Add pair")
            self.cancel_edit_button.hide()
        else:
            self.form_title.setText(f"Edit “{editing.name}”")
            self.save_button.setText("Save changes")
            self.save_button.setAccessibleName("Save changes")
            self.cancel_edit_button.show()

    def start_edit(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None:
            return
        self._editing = shoe
        self.name.setText(shoe.name)
        self._loaded_start = self._start_text(shoe, self._unit)
        self.start_distance.setText(self._loaded_start)
        self._clear_errors()
        self._show_form()
        self.name.setFocus()
        self.name.selectAll()

    @staticmethod
    def _start_text(shoe: ShoeRow, unit: str) -> str:
        """A pair's start distance as the field shows it: rounded as the list shows it."""
        start = round(shoe.start_distance_m)
        return format_distance_field(start, unit, LIST_DECIMALS) if start else ""

    def cancel_edit(self) -> None:
        self._editing = None
        self._loaded_start = ""
        self.name.clear()
        self.start_distance.clear()
        self._clear_errors()
        self._show_form()

    def _clear_errors(self) -> None:
        show_error(self.name_error, None)
        show_error(self.start_error, None)

    def save(self) -> bool:
        """Add the pair typed in, or save the changes to the pair being edited."""
        editing = self._editing
        result = shoe_service.check_shoe(
            self.ctx.store,
            self.name.text(),
            self.start_distance.text(),
            self._unit,
            shoe_id=editing.id if editing else None,
        )
        self._clear_errors()
        if (
            editing is not None
            and isinstance(result, ShoeInput)
            and self.start_distance.text() == self._loaded_start
        ):
            result = ShoeInput(result.name, round(editing.start_distance_m))
        if isinstance(result, Invalid):
            show_error(self.name_error, result.errors.get("name"))
            show_error(self.start_error, result.errors.get("start_distance"))
            (self.name if "name" in result.errors else self.start_distance).setFocus()
            return False
        if editing is None:
            self._add(result)
        else:
            self._change(editing, result)
        self.cancel_edit()
        self.name.setFocus()
        return True

    def _add(self, shoe: ShoeInput) -> None:
        store = self.ctx.store
        added: list[int] = []

        def do() -> int:
            if added:
                shoe_service.restore_shoe(store, added[0])
            else:
                added.append(shoe_service.add_shoe(store, shoe))
            return added[0]

        def undo() -> None:
            shoe_service.delete_shoe(store, added[0])

        shoe_id = push_change(self.ctx, "Add pair", do, undo, bus.SHOES)
        self.added_shoe_id = shoe_id
        row = self.model.row_of(shoe_id)
        if row is not None:
            self.table.select_row(row)
        self._say(f"Added “{shoe.name}”.")

    def _change(self, before: ShoeRow, shoe: ShoeInput) -> None:
        if shoe.name == before.name and shoe.start_distance_m == before.start_distance_m:
            self._say("Nothing changed.")
            return
        store = self.ctx.store
        stored = shoe_service.get_shoe(store, before.id) or before
        old = ShoeInput(stored.name, round(stored.start_distance_m))
        push_change(
            self.ctx,
            "Change pair",
            lambda: shoe_service.change_shoe(store, before.id, shoe),
            lambda: shoe_service.change_shoe(store, before.id, old),
            bus.SHOES,
            bus.RUNS,  # the run list shows the pair's name
        )
        self._say(f"Saved “{shoe.name}”.")

    # -------------------------------------------------------------- actions
    def toggle_retired(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None:
            return
        store = self.ctx.store
        retire = not shoe.retired
        push_change(
            self.ctx,
            "Retire pair" if retire else "Bring pair back",
            lambda: shoe_service.set_retired(store, shoe.id, retire),
            lambda: shoe_service.set_retired(store, shoe.id, not retire),
            bus.SHOES,
        )
        self._say(
            f"“{shoe.name}” retired: no longer offered for new runs."
            if retire
            else f"“{shoe.name}” is back in service."
        )

    def delete_selected(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None:
            return
        store = self.ctx.store
        row = self.table.currentIndex().row()
        try:
            push_change(
                self.ctx,
                "Delete pair",
                lambda: shoe_service.delete_shoe(store, shoe.id),
                lambda: shoe_service.restore_shoe(store, shoe.id),
                bus.SHOES,
            )
        except ShoeRefused as refused:
            self._say(str(refused))
            return
        text = f"“{shoe.name}” deleted — Ctrl+Z to undo"
        self._say(text)
        self.ctx.show_status(text, 8000)
        self.table.select_row(min(row, self.model.rowCount() - 1))

    def close_dialog(self) -> None:
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc: cancel an edit first; otherwise close."""
        if self._editing is not None:
            self.cancel_edit()
            return
        super().reject()

    def done(self, result: int) -> None:
        try:
            self.ctx.bus.sig_changed.disconnect(self._on_data_changed)
            self.ctx.settings.sig_changed.disconnect(self._on_setting_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
