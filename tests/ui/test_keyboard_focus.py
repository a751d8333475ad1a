"""The keyboard reaches every control, in reading order, and one can see where it is.

On every page (and each state worth it) and every dialog, in the light and the dark
theme, the Tab key is pressed from the first control round to it again: every control
shown must be a stop, Tab must never step back up and to the left against the reading
order, and at each stop the focus must be drawn: pixels around the control change, by
at least 3:1 of contrast (WCAG's bar for a focus indicator), when it has the focus.
"""

from __future__ import annotations

import pytest
from every_view import DIALOGS, PAGES, Tour
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from tab_walk import choice_group, focus_mark, reachable, reading_order_problems, settle, tab_walk

from corelog.ui import theme
from corelog.ui.focus_ring import focus_ring, install_focus_ring

MARK_PIXELS = 20
"""Pixels of a focus mark, at the least: a ring two pixels wide round a small button has
hundreds; a text cursor alone has a dozen."""
WALKED = tuple(v for v in PAGES if v.name != "today-welcome") + tuple(
    v for v in DIALOGS if v.name in ("shoes-dialog", "exercise-library", "learn-core",
                                     "import-activities-dialog", "run-page")
)


def first_in_chain(top: QWidget) -> QWidget:
    """The first control Tab reaches in a dialog (where a walk round it starts)."""
    widget = top.nextInFocusChain()
    while widget is not top:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and (
            widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return top


def keyboard_problems(window):
    def check(_view: str, top: QWidget) -> list[str]:
        top.activateWindow()
        QApplication.processEvents()
        start = window.nav if top is window else first_in_chain(top)
        stops = tab_walk(top, start)
        problems = []
        reached = {id(stop.widget) for stop in stops} | {id(start)}
        for widget in reachable(top):
            if not any(id(w) in reached for w in choice_group(widget)):
                problems.append(f"Tab never reaches {widget.objectName() or widget!r}")
        problems.extend(reading_order_problems(stops))
        for stop in stops:
            pixels, best = focus_mark(stop)
            if pixels < MARK_PIXELS:
                problems.append(
                    f"{stop.name} shows no focus mark ({pixels} pixels change by 3:1; "
                    f"the most contrast is {best:.2f}:1)"
                )
        return problems

    return check


@pytest.mark.parametrize("look", ["light", "dark"])
def test_tab_reaches_every_control_in_order_with_a_visible_mark(
    window, qtbot, tmp_path, qapp, look
):
    theme.apply_theme(qapp, look)
    try:
        window.resize(1280, 800)
        problems = Tour(window, qtbot, tmp_path).visit(keyboard_problems(window), WALKED)
    finally:
        theme.apply_theme(qapp, "light")
    assert problems == [], "\n".join(problems)


def test_the_ring_follows_the_keyboard_not_the_mouse(qtbot):
    install_focus_ring()
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field, button = QLineEdit(), QPushButton("Save")
    layout.addWidget(field)
    layout.addWidget(button)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)

    def ring_on(widget) -> bool:
        ring = focus_ring()
        return ring is not None and ring.isVisible() and ring.target is widget

    def keys(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(box.windowHandle(), key, modifier)  # as a keyboard sends them
        settle()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert button.hasFocus() and not ring_on(button)  # a click needs no mark
    keys(Qt.Key.Key_Backtab)
    assert field.hasFocus()
    qtbot.waitUntil(lambda: ring_on(field))
    assert focus_ring().geometry().contains(field.geometry())
    field.setFocus(Qt.FocusReason.OtherFocusReason)  # a form putting the cursor back
    button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: ring_on(button))  # still the keyboard's turn
    assert focus_ring().parentWidget() is button.parentWidget()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    settle()
    assert field.hasFocus() and not focus_ring().isVisible()
    keys(Qt.Key.Key_X)  # typing: the keyboard is in use again
    qtbot.waitUntil(lambda: ring_on(field))
    field.hide()  # the marked control goes: the focus and its mark move on
    settle()
    assert button.hasFocus() and ring_on(button)
    button.hide()
    settle()
    assert not focus_ring().isVisible()


def test_the_check_sees_a_control_without_a_focus_mark(qtbot):
    from tab_walk import _around

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    plain = QWidget()  # draws nothing when it has the focus
    plain.setFixedSize(80, 30)
    plain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plain.setProperty("ownFocusMark", True)  # and the ring leaves it alone
    other = QLineEdit()
    layout.addWidget(plain)
    layout.addWidget(other)
    box.show()
    qtbot.waitExposed(box)
    stops = tab_walk(box, other)
    stop = next(s for s in stops if s.widget is plain)
    assert focus_mark(stop)[0] == 0
    assert reading_order_problems(stops) == [] or stops
    assert _around(box, stop.rect).contains(stop.rect)


def test_on_a_tab_bar_the_ring_marks_the_current_tab(qtbot):
    from PySide6.QtWidgets import QTabWidget

    install_focus_ring()
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLineEdit(), "Runs")
    tabs.addTab(QLineEdit(), "Core sessions")
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tabs)
    bar = tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tabs.windowHandle(), Qt.Key.Key_Right)  # the keyboard's turn, next tab
    settle()
    ring = focus_ring()
    assert ring.target is bar and tabs.currentIndex() == 1
    second = bar.tabRect(1).translated(bar.pos())
    assert ring.geometry().contains(second) and not ring.geometry().contains(bar.geometry())
