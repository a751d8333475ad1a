"""The exercise library's rows as a table model: name, measure, sides, origin, sets, and
whether the exercise is shown in the lists (hidden ones greyed out)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from corelog.domain.exercises import ExerciseRow
from corelog.domain.i18n import Core
from corelog.ui.table_model import Column, RecordTableModel, count_column
from corelog.ui.theme import colors


class ExerciseTableModel(RecordTableModel[ExerciseRow]):
    """The library's rows; hidden exercises are greyed out."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(Core.tr("Exercise"), lambda r: r.name),
                Column(
                    Core.tr("Measured"),
                    lambda r: Core.tr("Hold") if r.measure == "hold" else Core.tr("Reps"),
                ),
                Column(Core.tr("Sides"), lambda r: Core.tr("Each side") if r.sided else ""),
                Column(
                    Core.tr("From", "where an exercise comes from"),
                    lambda r: Core.tr("Library") if r.builtin else Core.tr("Yours"),
                ),
                count_column(Core.tr("Sets"), lambda r: r.sets),
                Column(
                    Core.tr("In lists"),
                    lambda r: Core.tr("Hidden") if r.hidden else Core.tr("Shown"),
                ),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if 0 <= index.row() < self.rowCount() and self.record(index.row()).hidden:
                return QBrush(QColor(colors().muted))
            return None
        return super().data(index, role)

    def row_of(self, exercise_id: int) -> int:
        for i, row in enumerate(self.rows()):
            if row.id == exercise_id:
                return i
        return -1
