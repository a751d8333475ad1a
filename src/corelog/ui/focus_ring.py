"""A visible focus mark on whatever has the keyboard focus, in every page and dialog.

Fusion marks keyboard focus faintly (a light frame, a dotted rectangle) and not at all on
widgets a style sheet draws (the sidebar, flat buttons) or on scroll areas and custom
widgets. So CoreLog draws its own mark: a ring two pixels wide in the theme's focus colour
around the focused control, drawn by one small overlay that follows the focus. The ring
shows while the keyboard is in use (from a key press until a mouse click): after Tab, a
shortcut, a form putting the cursor back after Enter, but not after a click nor when the
window opens, as browsers do with ``:focus-visible``.

The focus colour has at least 3:1 contrast against every surface it is drawn on, in both
themes (tests/ui/test_theme_contrast.py), and tests/ui/test_keyboard_focus.py checks that
every control the Tab key reaches shows the mark.

A widget that draws its own focus mark (the body map, the calendar's chosen day) sets the
``ownFocusMark`` property to True and gets no ring.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)
from shiboken6 import getCppPointer, isValid

from corelog.ui.theme import colors

RING_NAME = "focusRing"
OWN_FOCUS_MARK = "ownFocusMark"
"""Widget property: the widget draws its own focus mark."""
WIDTH = 2
GAP = 1
"""Pixels between the control and the ring."""
_COMPOSITES = (QAbstractSpinBox, QComboBox, QDateTimeEdit)


def focus_target(widget: QWidget) -> QWidget:
    """The control the user sees as focused: a spin box, not the line edit inside it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITES):
            widget = parent
        parent = parent.parentWidget()
    return widget


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows. Qt scrolls only the
    scroll areas the focus leaves from, so Tab into a scroll area beside the one the
    focus was in could land on a control scrolled out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is parent:
            area.ensureWidgetVisible(widget, 8, 8)  # the inner areas first, then the outer
        parent = area


class FocusRing(QWidget):
    """The ring itself: a see-through widget on top of the focused control's siblings."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._ring = QRect()
        self._placing = False

    def follow(self, target: QWidget | None) -> None:
        """Put the ring around ``target`` (None: hide it)."""
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
            if isinstance(self.target, QTabBar):
                self.target.currentChanged.disconnect(self._tab_changed)
        self.target = target
        if target is None or target.parentWidget() is None:
            self.target = None
            self.hide()
            return
        if self.parentWidget() is not target.parentWidget():
            self.hide()
            self.setParent(target.parentWidget())
        target.installEventFilter(self)
        if isinstance(target, QTabBar):  # the ring marks the current tab
            target.currentChanged.connect(self._tab_changed)
        self.place()

    def _tab_changed(self, _index: int) -> None:
        self.place()

    def place(self) -> None:
        if self._placing:
            return
        self._placing = True
        try:
            self._place()
        finally:
            self._placing = False

    def _place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        parent = target.parentWidget()
        inner = self._marked_rect(target)
        margin = WIDTH + GAP
        # Outside the control where its parent has room, else along the parent's edge.
        outer = inner.adjusted(-margin, -margin, margin, margin).intersected(parent.rect())
        if outer.isEmpty():
            self.hide()
            return
        self.setGeometry(outer)
        self._ring = QRect(0, 0, outer.width(), outer.height())
        self.show()
        siblings = [w for w in parent.children() if isinstance(w, QWidget)]
        if siblings and siblings[-1] is not self:
            self.raise_()  # above the control and its neighbours
        self.update()

    @staticmethod
    def _marked_rect(target: QWidget) -> QRect:
        """The part of ``target`` to ring, in its parent's coordinates: the current tab of
        a tab bar, otherwise the whole control."""
        rect = target.geometry()
        if isinstance(target, QTabBar) and target.currentIndex() >= 0:
            tab = target.tabRect(target.currentIndex())
            rect = QRect(target.mapToParent(tab.topLeft()), tab.size())
        return rect

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        elif watched is self.target and event.type() == QEvent.Type.ParentChange:
            self.follow(self.target)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colors().focus), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self._ring).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class FocusRingManager(QObject):
    """Moves the one ring to the control with the focus while the keyboard is in use.

    The keyboard is in use from a key pressed in a window (or a Tab that moved the focus)
    until a mouse button is pressed; as with ``:focus-visible`` on the web, a click shows
    no ring and neither does the window opening. The move waits for the event loop: the
    ring is a widget, and putting it beside the new control while Qt is still walking
    the focus chain (Tab) would change the chain under its feet."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingManager")
        self._ring: FocusRing | None = None
        self._pending: QWidget | None = None
        self.keyboard = False
        """The keyboard is in use: the focused control gets the ring."""
        self._watched: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._apply)
        app.focusChanged.connect(self._focus_changed)

    def _watch(self, widget: QWidget) -> None:
        """Hear the key and mouse presses of ``widget``'s window (not every event of
        the application: only what reaches that window's handle)."""
        handle = widget.window().windowHandle()
        if handle is None or not isValid(handle):
            return  # a window on its way out
        key = getCppPointer(handle)[0]
        if key not in self._watched:
            self._watched.add(key)
            handle.installEventFilter(self)
            handle.destroyed.connect(lambda _obj=None: self._watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self.keyboard:
            self.keyboard = True
            self._show_on(QApplication.focusWidget())
        elif kind == QEvent.Type.MouseButtonPress and self.keyboard:
            self.keyboard = False
            self._show_on(None)
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isValid(new) or new.isWindow():
            self._show_on(None)
            return
        self._watch(new)
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.keyboard = False  # the focus came with a click
        elif new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            self.keyboard = True  # Tab moved it (the keys may not pass the window)
        self._show_on(new if self.keyboard else None)

    def _show_on(self, widget: QWidget | None) -> None:
        target = focus_target(widget) if widget is not None and isValid(widget) else None
        if target is not None and target.property(OWN_FOCUS_MARK):
            target = None
        self._pending = target
        self._timer.start()

    @property
    def ring(self) -> FocusRing | None:
        """The ring, while it exists (it lives beside the control it marks, and goes
        with that control's parent)."""
        if self._ring is not None and not isValid(self._ring):
            self._ring = None
        return self._ring

    def _apply(self) -> None:
        target, self._pending = self._pending, None
        if target is not None and (not isValid(target) or target.parentWidget() is None):
            target = None
        if target is not None:
            bring_into_view(target)
        ring = self.ring
        if ring is None:
            if target is None:
                return
            ring = self._ring = FocusRing(target.parentWidget())
        ring.follow(target)


_manager: FocusRingManager | None = None


def install_focus_ring() -> FocusRingManager:
    """Draw the focus ring in this application (once; later calls return the same one)."""
    global _manager
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    if _manager is None or not isValid(_manager):
        _manager = FocusRingManager(app)
    return _manager


def focus_ring() -> FocusRing | None:
    """The ring, once installed (for tests and screenshots)."""
    return _manager.ring if _manager is not None and isValid(_manager) else None
