"""A chart's numbers as a table: the rows, their read-only model and the table view.

History's charts (each card's "Table" toggle, ``ui/history/chart_table_view.py``) and a
run's page (``ui/log/run_chart_table.py``) both show a chart's numbers this way: a
:class:`ChartTable` of column titles and rows of text, in a read-only ``QTableView``
where arrow keys move from cell to cell, Tab leaves it, and a screen reader reads each
cell with its column title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from corelog.domain.i18n import History
from corelog.ui.layouts import rows_view
from corelog.ui.theme import scaled
from corelog.ui.widgets import named

TABLE_HEIGHT = 240

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChartTable:
    """A chart's numbers: column titles and rows of text (newest last, as drawn)."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    numeric: frozenset[int] = frozenset()
    """Columns holding numbers (aligned to the right)."""
    note: str = ""
    """What one row is, said above the table."""


class ChartTableModel(QAbstractTableModel):
    """The rows of a :class:`ChartTable`, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = ChartTable(())

    def set_table(self, table: ChartTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() in self.table.numeric
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section] if section < len(self.table.headers) else None
        return section + 1


def table_view(
    model: ChartTableModel, object_name: str, name: str, headers: tuple[str, str]
) -> QTableView:
    """A read-only table of a chart's numbers: arrow keys move, Tab leaves it.
    ``headers``: the objectNames of its column titles and of its (hidden) row header."""
    view = named(QTableView(), object_name, name)
    named(view.horizontalHeader(), headers[0], History.tr("{table}: columns").format(table=name))
    named(view.verticalHeader(), headers[1], History.tr("{table}: rows").format(table=name))
    view.setModel(model)
    rows_view(view)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setFixedHeight(scaled(TABLE_HEIGHT))  # more rows with larger text
    return view
