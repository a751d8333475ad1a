"""The Shoes dialog's widgets and their layout: the list of pairs with Edit, Retire and
Delete under it, a message line, the add / edit form in a card, and Close.

:class:`ShoesDialogLayout` builds them; :class:`~corelog.ui.log.shoes_dialog.ShoesDialog`
fills them and acts on the pairs.
"""

from __future__ import annotations

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
)

from corelog.domain.i18n import Common, Log
from corelog.services import shoes as shoe_service
from corelog.ui.context import AppContext
from corelog.ui.log.record_table import RecordTable
from corelog.ui.log.shoes_model import ShoesModel
from corelog.ui.widgets import Card, field_error, muted, named, plain, section_title


class ShoesDialogLayout(QDialog):
    """The Shoes dialog's widgets laid out; the dialog connects and fills them."""

    ctx: AppContext

    def _build(self) -> None:
        """The pairs with their actions, the add / edit form, and Close."""
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            muted(
                Log.tr(
                    "Track the distance on each pair. A retired pair is no longer offered for "
                    "new runs but stays on the runs you wore it for."
                )
            )
        )
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_actions())
        self.message = plain(muted(""))  # names pairs
        self.message.setObjectName("shoesMessage")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self._build_form())
        layout.addWidget(self._build_close())

    def _build_table(self) -> RecordTable:
        """The list of pairs: each with its distance, runs, start distance and status."""
        self.model = ShoesModel(self.ctx, self)
        self.table = RecordTable(
            self.model,
            ("shoesTable", "shoesTableHeader", "shoesTableRowHeader"),
            Log.tr("Your shoes"),
        )
        self.table.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return self.table

    def _build_actions(self) -> QHBoxLayout:
        """Edit, Retire and Delete for the selected pair, under the list."""
        actions = QHBoxLayout()
        self.edit_button = named(
            QPushButton(Log.tr("&Edit")), "shoesEdit", Log.tr("Edit the selected pair")
        )
        self.retire_button = named(
            QPushButton(Log.tr("&Retire")), "shoesRetire", Log.tr("Retire the pair")
        )
        self.delete_button = named(
            QPushButton(Log.tr("&Delete")), "shoesDelete", Log.tr("Delete the pair")
        )
        for button in (self.edit_button, self.retire_button, self.delete_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _build_form(self) -> Card:
        """The add / edit form, in a card of its own."""
        form_card = Card()
        self.form_title = plain(section_title(Log.tr("Add a pair")))  # names the pair in edit
        self.form_title.setObjectName("shoeFormTitle")
        form_card.body.addWidget(self.form_title)
        grid = QGridLayout()
        form_card.body.addLayout(grid)  # first, so the widgets below get their parent at once
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.name = named(QLineEdit(), "shoeName", Log.tr("Name of the pair"))
        self.name.setPlaceholderText(Log.tr("e.g. Pegasus 41"))
        self.name.setMaxLength(shoe_service.MAX_NAME_LENGTH + 20)
        self.start_distance = named(
            QLineEdit(), "shoeStartDistance", Log.tr("Distance already on the pair")
        )
        self.start_distance.setPlaceholderText(Log.tr("0 for a new pair"))
        self.start_distance.setMaximumWidth(140)
        self.start_unit = QLabel()
        self.name_error = field_error("shoeNameError")
        self.start_error = field_error("shoeStartDistanceError")
        name_label = QLabel(Log.tr("&Name"))
        name_label.setBuddy(self.name)
        start_label = QLabel(Log.tr("Already &on it"))
        start_label.setBuddy(self.start_distance)
        start_label.setToolTip(Log.tr("For a used pair: the distance it had before you added it"))
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
            QPushButton(Log.tr("Cancel edit")), "shoeCancelEdit", Log.tr("Cancel the edit")
        )
        self.cancel_edit_button.setAutoDefault(False)
        self.save_button = named(QPushButton(Log.tr("Add pair")), "shoeSave", Log.tr("Add pair"))
        self.save_button.setDefault(True)
        form_buttons.addWidget(self.cancel_edit_button)
        form_buttons.addWidget(self.save_button)

        return form_card

    def _build_close(self) -> QDialogButtonBox:
        """The Close button at the bottom."""
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            close.button(QDialogButtonBox.StandardButton.Close), "shoesClose", Common.tr("Close")
        )
        self.close_button.setText(Common.tr("Close"))  # CoreLog's word, in its language
        self.close_button.setAutoDefault(False)
        self.close_box = close
        return close
