"""What the pages, tabs and dialogs are built from, said once: a page's margins and title
row, a dialog's names, a read-only table of rows, and a list that gives way to a word
when it is empty.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from corelog.ui.widgets import page_title


def titled_page(page: QWidget, title: str, *, spacing: int) -> tuple[QVBoxLayout, QHBoxLayout]:
    """``page``'s layout with the pages' margins, its first row holding the page title.

    Returns the layout and the title row, whose right-hand end (after a stretch) is left
    to the caller: a hint, a subtitle or a button."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 12)
    layout.setSpacing(spacing)
    header = QHBoxLayout()
    header.addWidget(page_title(title))
    header.addStretch(1)
    layout.addLayout(header)
    return layout, header


def name_dialog(dialog: QDialog, object_name: str, title: str) -> None:
    """A dialog's objectName, and its title as both the window's title and its name for
    screen readers."""
    dialog.setObjectName(object_name)
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)


def relabel(button: QAbstractButton, text: str, accessible: str) -> None:
    """New words for a button whose meaning changes (Save run / Save changes): its text
    and its name for screen readers."""
    button.setText(text)
    button.setAccessibleName(accessible)


def rows_view(view: QAbstractItemView, *, several: bool = False) -> None:
    """A read-only list chosen by whole rows (``several`` at once with Shift and Ctrl), in
    alternating colours. Tab leaves it; arrows move in it."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)


def rows_table(table: QTableView, *, several: bool = False, wrap: bool = True) -> None:
    """:func:`rows_view` for a table, without a grid."""
    rows_view(table, several=several)
    table.setShowGrid(False)
    table.setWordWrap(wrap)


class TableOrEmpty(QStackedWidget):
    """A list, or in its place a word saying why it is empty."""

    def __init__(self, table: QWidget, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = empty
        self.addWidget(table)
        self.addWidget(empty)

    def show_table(self, shown: bool) -> None:
        """The list when ``shown``, else the word."""
        self.setCurrentWidget(self.table if shown else self.empty)
