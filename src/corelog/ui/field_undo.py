"""Ctrl+Z in a text field: the field's own undo while it has typing to undo, else Edit > Undo.

Qt lets a focused line edit or text box claim Ctrl+Z (and the redo keys) even when it has
nothing to undo, so Edit > Undo never fired while the cursor was in a field, which is where
it stays after Enter saves a form. The rule CoreLog follows instead: inside a field the user
is typing in, Ctrl+Z undoes their typing; once the field has nothing of its own left to undo
(a form that was just saved starts afresh, with no typing to undo), Ctrl+Z undoes the last
change to the data, as Edit > Undo does. Redo follows the same rule.

One ``FieldUndoRouter`` per application watches the focused field only: it is installed on
a field when the field gets the focus and removed when the focus leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

ROUTER_NAME = "fieldUndoRouter"

_UNDO = QKeySequence.StandardKey.Undo
_REDO = QKeySequence.StandardKey.Redo


def _line_edit(widget: QWidget) -> QLineEdit | None:
    """The line edit that holds the field's typing (spin boxes and date edits have one)."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def is_text_field(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    return isinstance(widget, (QPlainTextEdit, QTextEdit)) or _line_edit(widget) is not None


def field_can(widget: QWidget, redo: bool) -> bool:
    """Whether the field has typing of its own to undo (or redo)."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    line = _line_edit(widget)
    if line is None or line.isReadOnly():
        return False
    return line.isRedoAvailable() if redo else line.isUndoAvailable()


class FieldUndoRouter(QObject):
    """Lets Ctrl+Z and the redo keys past a focused field that has nothing to undo or redo."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(ROUTER_NAME)
        self._watched: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and is_text_field(new):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
        ):
            for sequence, redo in ((_UNDO, False), (_REDO, True)):
                if event.matches(sequence) and not field_can(watched, redo):
                    # Not the field's key this time: the window's shortcut gets it.
                    event.ignore()
                    return True
        return False


def install_field_undo() -> None:
    """Route Ctrl+Z as described above, once per application."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(QObject, ROUTER_NAME) is None:
        FieldUndoRouter(app)
