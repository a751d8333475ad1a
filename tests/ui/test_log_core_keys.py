"""The core form from the keyboard: Alt+A adds a set, Ctrl+Enter saves from the notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from corelog.store import core as store_core


def test_keyboard_only_session(window, qtbot, store):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.show_page("log").open_tab("core")
    form = tab.form
    first = form.sets.rows()[0].amount
    first.setFocus()
    qtbot.keyClicks(first, "45")
    # Through the window system, as a real key press: shortcuts and mnemonics apply.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(form.sets.rows()) == 2)  # a mnemonic "clicks" a moment later
    second = form.sets.rows()[1].amount
    assert second.hasFocus() and second.selectedText() == "45"
    qtbot.keyClicks(second, "50")
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "two planks")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (saved,) = store_core.list_sessions(store)
    assert [s.hold_ms for s in saved.sets] == [45_000, 50_000]
    assert saved.notes == "two planks"
