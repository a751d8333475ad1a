"""The run form's fields: the lists it offers and the grid that lays fields out in rows.

Each row of the grid is a label, its field, and under the field the line where a problem
with it is named. Nothing here saves or checks anything: that is the form's
(``ui/log/run_form.py``) and the run service's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Log
from corelog.domain.vocabulary import RACE_CLASSES, RUN_TYPES, SURFACES
from corelog.ui.accessibility import label_combo
from corelog.ui.log.labels import (
    EFFORT_LABELS,
    effort_choice_text,
    effort_text,
    race_class_text,
    run_type_text,
    surface_text,
)
from corelog.ui.widgets import field_error, named

DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class _DescribedItems(QStyledItemDelegate):
    """Shows a list item's longer description (DESCRIPTION_ROLE) where it has one."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        described = index.data(DESCRIPTION_ROLE)
        if described:
            option.text = described

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, size.height() + 6)  # room to breathe, as in menus


def _choices(
    box: QComboBox, keys: Iterable[Any], text: Callable[[Any], str], *, not_given: bool = False
) -> QComboBox:
    """``box`` offering ``keys`` in words, after "Not given" (no value) with ``not_given``."""
    if not_given:
        box.addItem(Log.tr("Not given"), None)
    for key in keys:
        box.addItem(text(key), key)
    return box


def run_type_box() -> QComboBox:
    return _choices(named(QComboBox(), "runType", Log.tr("Run type")), RUN_TYPES, run_type_text)


def race_class_box() -> QComboBox:
    box = label_combo(named(QComboBox(), "runRaceClass", Log.tr("Race distance")))
    _choices(box, RACE_CLASSES, race_class_text)
    box.setToolTip(Log.tr("The race distance"))
    return box


def effort_box() -> QComboBox:
    """Effort 1-10 or not given: the field shows "7 · Hard", the list how that feels."""
    box = named(QComboBox(), "runEffort", Log.tr("Perceived effort"))
    _choices(box, EFFORT_LABELS, effort_text, not_given=True)
    for index, value in enumerate(EFFORT_LABELS, start=1):
        box.setItemData(index, effort_choice_text(value), DESCRIPTION_ROLE)
        box.setItemData(index, effort_choice_text(value), Qt.ItemDataRole.ToolTipRole)
    box.setItemDelegate(_DescribedItems(box))
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
    box.setToolTip(Log.tr("How hard the run felt, from 1 (very light) to 10 (all out)"))
    return box


def surface_box() -> QComboBox:
    box = named(QComboBox(), "runSurface", Log.tr("Surface"))
    return _choices(box, SURFACES, surface_text, not_given=True)


def cell(*widgets: QWidget, spacing: int = 8) -> QHBoxLayout:
    """Widgets side by side in one grid cell, left-aligned."""
    row = QHBoxLayout()
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class FieldGrid:
    """Labelled fields in two columns, each with its error line under it.

    ``errors`` maps each field's name (as the run service names it) to its error label.
    """

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 60)
        self.errors: dict[str, QLabel] = {}

    def add_row(
        self,
        row: int,
        column: int,
        label: str,
        field: QWidget | QLayout,
        buddy: QWidget,
        error_field: str,
        error_name: str | None = None,
    ) -> None:
        text = QLabel(label)
        text.setBuddy(buddy)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.grid.addWidget(text, row * 2, column * 2)
        if isinstance(field, QLayout):
            self.grid.addLayout(field, row * 2, column * 2 + 1)
        else:
            self.grid.addWidget(field, row * 2, column * 2 + 1)
        # Error labels are named after their field: runDistanceError, runShoeError, ...
        error = field_error(error_name or buddy.objectName() + "Error")
        self.errors[error_field] = error
        self.grid.addWidget(error, row * 2 + 1, column * 2 + 1)

    def share_errors(self, row: int, column: int, first: str, second: str, name: str) -> None:
        """Put the error line of ``second`` (named ``name``) under ``first``'s, in its cell."""
        lines = QVBoxLayout()
        lines.setSpacing(0)
        self.grid.removeWidget(self.errors[first])
        lines.addWidget(self.errors[first])
        self.errors[second] = field_error(name)
        lines.addWidget(self.errors[second])
        self.grid.addLayout(lines, row * 2 + 1, column * 2 + 1)
