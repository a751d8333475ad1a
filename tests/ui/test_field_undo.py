"""Ctrl+Z in a text field: the field's own typing first, then Edit > Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.ui.field_undo import install_field_undo

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.undone = 0
        self.redone = 0
        undo = QAction("Undo", self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(self._undo)
        redo = QAction("Redo", self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self._redo)
        self.menuBar().addMenu("Edit").addActions([undo, redo])
        central = QWidget()
        layout = QVBoxLayout(central)
        self.line = QLineEdit()
        self.text = QPlainTextEdit()
        self.spin = QSpinBox()
        self.when = QDateTimeEdit()
        for field in (self.line, self.text, self.spin, self.when):
            layout.addWidget(field)
        self.setCentralWidget(central)
        install_field_undo()

    def _undo(self) -> None:
        self.undone += 1

    def _redo(self) -> None:
        self.redone += 1


@pytest.fixture
def win(qtbot):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("name", ["line", "text", "spin", "when"])
def test_ctrl_z_in_a_field_with_nothing_typed_is_the_windows_undo(win, press, name):
    getattr(win, name).setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert win.undone == 1
    press(Qt.Key.Key_Z, CTRL_SHIFT)
    press(Qt.Key.Key_Y, CTRL)
    assert win.redone == 2


def test_a_line_edit_undoes_its_typing_first_then_the_window_undoes(win, qtbot, press):
    win.line.setFocus()
    qtbot.keyClicks(win.line, "abc")
    press(Qt.Key.Key_Z, CTRL)
    assert win.line.text() == "" and win.undone == 0
    press(Qt.Key.Key_Z, CTRL_SHIFT)  # the field's redo first
    assert win.line.text() == "abc" and win.redone == 0
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL)
    assert win.line.text() == "" and win.undone == 1


def test_a_text_box_undoes_its_typing_first(win, qtbot, press):
    win.text.setFocus()
    qtbot.keyClicks(win.text, "windy")
    press(Qt.Key.Key_Z, CTRL)
    assert win.text.toPlainText() == "" and win.undone == 0


def test_a_spin_box_undoes_its_typing_first(win, qtbot, press):
    win.spin.setFocus()
    win.spin.selectAll()
    qtbot.keyClicks(win.spin, "7")
    assert win.spin.value() == 7
    press(Qt.Key.Key_Z, CTRL)
    assert win.spin.value() == 0 and win.undone == 0


def test_a_read_only_field_leaves_ctrl_z_to_the_window(win, qtbot, press):
    win.line.setText("fixed")
    win.line.setReadOnly(True)
    win.line.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert win.undone == 1


def test_one_router_however_many_windows(win, qapp, qtbot, press):
    second = Window()
    qtbot.addWidget(second)
    install_field_undo()
    assert [c for c in qapp.children() if c.objectName() == "fieldUndoRouter"] != []
    assert len([c for c in qapp.children() if c.objectName() == "fieldUndoRouter"]) == 1
