"""Shoes: the user's pairs with the distance on each; add, rename, retire, delete.

Every change goes through the undo stack (Ctrl+Z works inside the dialog too). A pair
that runs use cannot be deleted; the dialog says so and suggests retiring it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from corelog.domain.formatting import format_distance_edit, format_distance_field
from corelog.domain.i18n import Common, Log
from corelog.domain.parsing import ParseError, parse_distance
from corelog.domain.shoes import ShoeRow
from corelog.domain.validation import Invalid
from corelog.services import shoes as shoe_service
from corelog.services.shoes import ShoeInput, ShoeRefused
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.layouts import name_dialog
from corelog.ui.log.shoes_layout import ShoesDialogLayout
from corelog.ui.log.shoes_model import LIST_DECIMALS
from corelog.ui.undo import push_change
from corelog.ui.widgets import show_error


class ShoesDialog(ShoesDialogLayout):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name_dialog(self, "shoesDialog", Log.tr("Shoes"))
        self._editing: ShoeRow | None = None
        self._loaded_start = ""
        """The start distance as an edit opened it (rounded); left as it is, the stored
        metres are kept."""
        self._unit = ctx.settings.unit
        self.added_shoe_id: int | None = None
        """The last pair added while the dialog was open (the run form selects it)."""

        self._build()
        self.table.sig_edit_requested.connect(lambda _row: self.start_edit())
        self.table.sig_delete_requested.connect(lambda _rows: self.delete_selected())
        self.edit_button.clicked.connect(self.start_edit)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.save_button.clicked.connect(self.save)
        self.close_box.rejected.connect(self.close_dialog)

        # Undo and redo work here as in the main window.
        undo = ctx.undo_stack.createUndoAction(self, Common.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = ctx.undo_stack.createRedoAction(self, Common.tr("&Redo"))
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
        row = self.table.chosen_row()
        return None if row is None else self.model.record(row)

    def _update_buttons(self) -> None:
        shoe = self.selected_shoe()
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setEnabled(shoe is not None)
        retired = shoe is not None and shoe.retired
        self.retire_button.setText(Log.tr("Bring &back") if retired else Log.tr("&Retire"))
        self.retire_button.setAccessibleName(
            Log.tr("Bring the pair back into service") if retired else Log.tr("Retire the pair")
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----------------------------------------------------------------- form
    def _show_form(self) -> None:
        self.start_unit.setText(self._unit)
        editing = self._editing
        if editing is None:
            self.form_title.setText(Log.tr("Add a pair"))
            self.save_button.setText(Log.tr("Add pair"))
            self.save_button.setAccessibleName(Log.tr("Add pair"))
            self.cancel_edit_button.hide()
        else:
            self.form_title.setText(Log.tr("Edit “{name}”").format(name=editing.name))
            self.save_button.setText(Log.tr("Save changes"))
            self.save_button.setAccessibleName(Log.tr("Save changes"))
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

        shoe_id = push_change(self.ctx, Log.tr("Add pair"), do, undo, bus.SHOES)
        self.added_shoe_id = shoe_id
        row = self.model.row_of(shoe_id)
        if row is not None:
            self.table.select_row(row)
        self._say(Log.tr("Added “{name}”.").format(name=shoe.name))

    def _change(self, before: ShoeRow, shoe: ShoeInput) -> None:
        if shoe.name == before.name and shoe.start_distance_m == before.start_distance_m:
            self._say(Log.tr("Nothing changed."))
            return
        store = self.ctx.store
        stored = shoe_service.get_shoe(store, before.id) or before
        old = ShoeInput(stored.name, round(stored.start_distance_m))
        push_change(
            self.ctx,
            Log.tr("Change pair"),
            lambda: shoe_service.change_shoe(store, before.id, shoe),
            lambda: shoe_service.change_shoe(store, before.id, old),
            bus.SHOES,
            bus.RUNS,  # the run list shows the pair's name
        )
        self._say(Log.tr("Saved “{name}”.").format(name=shoe.name))

    # -------------------------------------------------------------- actions
    def toggle_retired(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None:
            return
        store = self.ctx.store
        retire = not shoe.retired
        push_change(
            self.ctx,
            Log.tr("Retire pair") if retire else Log.tr("Bring pair back"),
            lambda: shoe_service.set_retired(store, shoe.id, retire),
            lambda: shoe_service.set_retired(store, shoe.id, not retire),
            bus.SHOES,
        )
        self._say(
            Log.tr("“{name}” retired: no longer offered for new runs.").format(name=shoe.name)
            if retire
            else Log.tr("“{name}” is back in service.").format(name=shoe.name)
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
                Log.tr("Delete pair"),
                lambda: shoe_service.delete_shoe(store, shoe.id),
                lambda: shoe_service.restore_shoe(store, shoe.id),
                bus.SHOES,
            )
        except ShoeRefused as refused:
            self._say(str(refused))
            return
        text = Log.tr("“{name}” deleted — Ctrl+Z to undo").format(name=shoe.name)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button closes the dialog, in the middle of an edit too (as
        Close does: the edit is left unsaved). Only Esc cancels an edit first."""
        if self.isVisible():
            self.close_dialog()
        event.accept()

    def done(self, result: int) -> None:
        try:
            self.ctx.bus.sig_changed.disconnect(self._on_data_changed)
            self.ctx.settings.sig_changed.disconnect(self._on_setting_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
