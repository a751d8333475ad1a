"""What assistive technology gets from a widget, read through Qt's accessibility interfaces.

A screen reader does not see ``widget.accessibleName()`` but what the widget's
``QAccessibleInterface`` reports: the accessible name, else a button's text, a label's
words or the text of the label whose buddy the widget is; the description, else the
tooltip, else (for a line edit) the placeholder. On Linux a combo box reports its current
choice as its name and its label through a "labelled by" relation instead. These helpers
read what is really reported.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+);")
"""An HTML tag or entity: what a screen reader would read out as gibberish."""
COMPOSITES = (QAbstractSpinBox, QComboBox)
"""Controls whose inner line edit is part of them (the control carries the name)."""


def interface(widget: QWidget):
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), f"no accessible interface for {widget!r}"
    return iface


def name_of(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` on Windows and macOS (and on
    Linux for everything but combo boxes)."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    return interface(widget).text(QAccessible.Text.Name).strip()


def description_of(widget: QWidget) -> str:
    return interface(widget).text(QAccessible.Text.Description).strip()


def label_relation(widget: QWidget) -> str:
    """The text of the label that labels ``widget`` ("labelled by"), or ""."""
    for other, _relation in interface(widget).relations(QAccessible.RelationFlag.Label):
        text = other.text(QAccessible.Text.Name).strip()
        if text:
            return text
    return ""


def inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def focusable_controls(top: QWidget) -> list[QWidget]:
    """Every widget under ``top`` (and ``top``) that the Tab key can reach when shown."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QScrollBar) or widget.isWindow() or inside_composite(widget):
            continue
        if widget.objectName() == "focusRing":
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "(no objectName)"
    parent = widget.parentWidget()
    while not widget.objectName() and parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {parent.objectName()}" if not widget.objectName() and parent else ""
    return f"{type(widget).__name__} {name}{where}"


def naming_problems(widget: QWidget) -> list[str]:
    """What is wrong with how ``widget`` is named for assistive technology."""
    problems = []
    name = name_of(widget)
    if not name:
        problems.append("has no accessible name")
    elif not re.search(r"[^\W\d_]", name):
        problems.append(f"is named {name!r}: a symbol, not words")
    if isinstance(widget, QComboBox) and not label_relation(widget):
        problems.append(
            "has no label relation (Linux screen readers would name it by its current choice)"
        )
    if isinstance(widget, QLineEdit) and not widget.isReadOnly() and not description_of(widget):
        problems.append(f"({name!r}) does not say what may be typed (no description)")
    return problems


def markup_in(widget: QWidget) -> list[str]:
    """Markup that would be read out from ``widget``'s name or description."""
    problems = []
    for what, text in (("name", name_of(widget)), ("description", description_of(widget))):
        match = MARKUP.search(text)
        if match:
            problems.append(f"reads out markup in its {what}: {match.group(0)!r} in {text[:80]!r}")
    return problems
