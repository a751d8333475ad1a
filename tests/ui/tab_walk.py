"""Walking a page or dialog with the Tab key, as a keyboard user does, and what it shows.

``tab_walk(top, start)`` presses Tab on whatever has the focus until the focus comes back
where it started, and returns each stop with a picture of its surroundings while it has
the focus and with the focus taken away, so a test can check that every control is
reached, in reading order, with a focus mark one can see.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from accessible import describe, focusable_controls
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
)

MARGIN = 4
"""Pixels around a control that belong to its focus mark."""
MAX_STOPS = 150
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
SAME_WIDGET_PRESSES = 8
"""Tab moves between the parts of a date field before it leaves it."""


@dataclass
class Stop:
    widget: QWidget
    rect: QRect  # in the top widget's layout (scroll areas at their top)
    shown: QRect  # where it showed in the top widget while it had the focus
    top: QWidget | None = None
    focused: QImage | None = None
    after: QImage | None = None
    """Around the control with the focus, and without it."""

    @property
    def name(self) -> str:
        return describe(self.widget)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def rect_in(top: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` shows in ``top`` now."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def layout_rect(top: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` sits in ``top``'s layout, as if every scroll area were scrolled to
    its top: the place that gives the reading order, whatever is scrolled into view."""
    point = QPoint(0, 0)
    current = widget
    while current is not None and current is not top:
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        scrolled = (
            isinstance(area, QAbstractScrollArea)
            and area.viewport() is parent
            and isinstance(area, QScrollArea)
            and area.widget() is current
        )
        if not scrolled:
            point += current.pos()
        current = parent
    return QRect(point, widget.size())


def focus_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def shown_control(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a spin box, not its line edit)."""
    from corelog.ui.focus_ring import focus_target

    return focus_target(widget)


def tab_walk(top: QWidget, start: QWidget, *, pictures: bool = True) -> list[Stop]:
    """Tab from ``start`` round to it again; each stop once, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    stops: list[Stop] = []
    first = shown_control(focus_widget())
    current = first
    for _ in range(MAX_STOPS):
        for _press in range(SAME_WIDGET_PRESSES):
            QTest.keyClick(focus_widget(), Qt.Key.Key_Tab)
            settle()
            moved = shown_control(focus_widget())
            if moved is not current:
                break
        if moved is first or any(stop.widget is moved for stop in stops):
            break
        current = moved
        stop = Stop(moved, layout_rect(top, moved), rect_in(top, moved), top)
        if pictures:
            # The same place with the focus and without it (nothing scrolls in between).
            around = _around(top, stop.shown)
            stop.focused = top.grab(around).toImage()
            focused = focus_widget()
            focused.clearFocus()
            settle()
            stop.after = top.grab(around).toImage()
            focused.setFocus(Qt.FocusReason.TabFocusReason)
            settle()
        stops.append(stop)
    return stops


def _around(top: QWidget, rect: QRect) -> QRect:
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(top.rect())


def reachable(top: QWidget) -> list[QWidget]:
    """The controls a keyboard user must be able to reach in ``top`` as it shows now."""
    found = []
    for widget in focusable_controls(top):
        while widget.focusProxy() is not None:
            widget = widget.focusProxy()
        if widget.isVisible() and widget.isEnabled() and widget.window() is top.window():
            found.append(widget)
    return found


def choice_group(widget: QWidget) -> list[QWidget]:
    """The buttons of one exclusive choice with ``widget`` (radio buttons, a row of range
    buttons): Tab stops at the chosen one and the arrow keys move between them."""
    if not isinstance(widget, QAbstractButton):
        return [widget]
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [
            b
            for b in parent.findChildren(QAbstractButton, options=DIRECT)
            if b.autoExclusive() and b.group() is None
        ]
    return [widget]


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rows = raw.reshape(height, image.bytesPerLine())[:, : width * 4]
    return rows.reshape(height, width, 4)[:, :, 2::-1].astype(float) / 255.0  # RGB


def _luminance(rgb: np.ndarray) -> np.ndarray:
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def focus_mark(stop: Stop, needed: float = 3.0) -> tuple[int, float]:
    """How many pixels around the control change with the focus by at least ``needed``:1
    of contrast (WCAG's bar for a focus indicator), and the largest contrast found."""
    if stop.focused is None or stop.after is None:
        return 0, 1.0
    if stop.focused.isNull() or stop.focused.size() != stop.after.size():
        return 0, 1.0
    before = _luminance(_pixels(stop.after))
    focused = _luminance(_pixels(stop.focused))
    light = np.maximum(before, focused)
    dark = np.minimum(before, focused)
    ratio = (light + 0.05) / (dark + 0.05)
    return int((ratio >= needed).sum()), float(ratio.max())


def compared(stop: Stop, other: Stop) -> QRect:
    """Where ``stop`` is, to compare with ``other``: inside a scroll area that does not
    hold ``other`` too, the place of that scroll area (what is further down inside it is
    still above what comes below the scroll area)."""
    widget = stop.widget.parentWidget()
    outermost = None
    while widget is not None:
        if isinstance(widget, QAbstractScrollArea) and not widget.isAncestorOf(other.widget):
            outermost = widget
        widget = widget.parentWidget()
    if outermost is None or stop.top is None:
        return stop.rect
    return layout_rect(stop.top, outermost)


def reading_order_problems(stops: list[Stop], slack: int = 8) -> list[str]:
    """Tab should go on down a column or across to the right; a step back up and to the
    left (against the reading order) is named, with both controls. A scroll area and the
    controls inside it may come in either order."""
    problems = []
    for before, after in pairwise(stops):
        one, other = before.widget, after.widget
        if one.isAncestorOf(other) or other.isAncestorOf(one):
            continue  # into or out of a scroll area holding the other
        a, b = compared(before, after), compared(after, before)
        if b.top() < a.top() - slack and b.left() < a.left() - slack:
            problems.append(f"Tab goes back up and left from {before.name} to {after.name}")
    return problems
