"""A table of the user's entries: rows selected whole, Enter or a double-click edits the
current row, Delete removes the selected rows. Its columns can be fitted to its width
(:meth:`RecordTable.give_way`), so that it never scrolls sideways while there is room."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip, QWidget

from corelog.domain.i18n import Log
from corelog.ui.layouts import rows_table
from corelog.ui.widgets import named

_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class RecordTable(QTableView):
    sig_edit_requested = Signal(int)
    """The user asked to edit a row (Enter or double-click); carries the row."""
    sig_delete_requested = Signal(list)
    """The user pressed Delete; carries the selected rows, in order."""

    def __init__(
        self,
        model: QAbstractItemModel,
        names: tuple[str, str, str],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """``names``: objectNames of the table, its column header and its row header."""
        super().__init__(parent)
        self.setModel(model)
        # The table and its headers (the column titles sort; the row header stays hidden).
        table_name, header_name, row_header_name = names
        named(self, table_name, accessible_name)
        named(
            self.horizontalHeader(),
            header_name,
            Log.tr("{table}: columns").format(table=accessible_name),
        )
        named(
            self.verticalHeader(),
            row_header_name,
            Log.tr("{table}: rows").format(table=accessible_name),
        )
        rows_table(self, several=True, wrap=False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self.sig_edit_requested.emit(index.row()))
        self._elastic: tuple[int, ...] = ()

    def give_way(self, *columns: int) -> None:
        """Fit the columns to the table's width from now on: each as wide as its contents
        while they all fit (the last one takes what is left); when they do not, the
        ``columns`` named here give way, in proportion, their text elided with "…", and
        the others keep their whole width. Long words (another language) never push the
        table into scrolling sideways."""
        self._elastic = columns
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        model = self.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self._refit)  # a method: let go of when the table is gone
        self.fit_columns()

    def _refit(self, *_changed: object) -> None:
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the table's width between its columns (see :meth:`give_way`)."""
        header = self.horizontalHeader()
        count = self.model().columnCount()
        wanted = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        elastic = [c for c in self._elastic if c < count]
        room = self.viewport().width() - sum(
            width for column, width in enumerate(wanted) if column not in elastic
        )
        asked = sum(wanted[c] for c in elastic)
        share = room / asked if asked > room else 1.0
        for column, width in enumerate(wanted):
            if column in elastic:
                width = max(header.minimumSectionSize(), int(width * share))
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._elastic:
            self.fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        """A cell whose text is cut short (see :meth:`give_way`) shows it whole on top of
        its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
            if text and self.sizeHintForIndex(index).width() > self.columnWidth(index.column()):
                more = index.data(Qt.ItemDataRole.ToolTipRole)
                tip = f"{text}\n{more}" if more else str(text)
                QToolTip.showText(event.globalPos(), tip, self, self.visualRect(index))
                return True
        return super().viewportEvent(event)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def chosen_row(self) -> int | None:
        """The current row when it is selected (the one Edit acts on), else None."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return index.row()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.selectRow(row)
            self.setCurrentIndex(self.model().index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _EDIT_KEYS and self.currentIndex().isValid():
            event.accept()
            self.sig_edit_requested.emit(self.currentIndex().row())
        elif key in _DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            rows = self.selected_rows()
            if rows:
                self.sig_delete_requested.emit(rows)
        else:
            super().keyPressEvent(event)
