"""Every page and every control a user acts on has a stable objectName, an accessible
name, and an entry in docs/ui.md; every name in docs/ui.md exists in the code."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
UI_DOC = ROOT / "docs" / "ui.md"
CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QCalendarWidget,
)
# Parts Qt builds inside composite widgets; the composite itself carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar)


def documented_names() -> set[str]:
    names = set()
    for line in UI_DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([A-Za-z][A-Za-z0-9_]*)`", line)
        if match:
            names.add(match.group(1))
    return names


def is_internal(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def user_controls(root: QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(QWidget) if isinstance(w, CONTROL_TYPES) and not is_internal(w)
    ]


def test_every_control_is_named_and_documented(all_pages_window):
    documented = documented_names()
    problems = []
    for page_id, page in all_pages_window.built_pages().items():
        if page.objectName() not in documented:
            problems.append(f"page {page_id}: objectName {page.objectName()!r} not in docs/ui.md")
        for control in user_controls(page):
            name = control.objectName()
            label = f"{type(control).__name__} on {page_id}"
            if not name:
                text = getattr(control, "text", lambda: "")()
                problems.append(f"{label} ({text!r}) has no objectName")
                continue
            if name not in documented:
                problems.append(f"{label} {name!r} is not in docs/ui.md")
            if not control.accessibleName():
                problems.append(f"{label} {name!r} has no accessible name")
    assert not problems, "\n".join(problems)


def test_every_action_with_a_shortcut_is_documented(all_pages_window):
    documented = documented_names()
    missing = [
        a.objectName() or a.text()
        for a in all_pages_window.findChildren(QAction)
        if a.objectName().startswith("action") and a.objectName() not in documented
    ]
    assert not missing


def test_every_documented_name_exists_in_the_code():
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src" / "corelog").rglob("*.py")
    )
    # The Go menu's actions are named after the pages: actionGo<PageId>.
    absent = [
        name
        for name in sorted(documented_names())
        if name not in source and not name.startswith("actionGo")
    ]
    assert not absent, f"docs/ui.md lists names the code does not use: {absent}"
