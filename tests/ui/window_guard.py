"""No GUI test leaves a window on screen for the next one.

A window still visible after a test has ended sits over the next test's windows (every
test's window opens at the same place offscreen) and takes the mouse clicks meant for
them, so that test fails with no sign of why. tests/ui/conftest.py calls `check_windows`
after each test's teardown: by then pytest-qt has closed the widgets registered with
`qtbot.addWidget` and the fixtures have closed theirs, so a window still visible was left
open by the test (or by CoreLog, when it refuses to close). The test errors at teardown,
naming each such window, and the windows are put away so that the next test starts clean.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

# Windows Qt shows and hides by itself: a tooltip (QToolTip's label) hides on a timer and
# takes no clicks, so one still up when a test ends harms no other test.
_QT_HIDES_ITSELF = (Qt.WindowType.ToolTip,)


def visible_windows() -> list[QWidget]:
    """The top-level windows on screen now, apart from those Qt hides by itself."""
    app = QApplication.instance()
    if app is None:
        return []
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.windowType() not in _QT_HIDES_ITSELF
    ]


def describe(widget: QWidget) -> str:
    """A window as a person debugging the test can find it: class, objectName, title."""
    name = widget.objectName() or "no objectName"
    title = widget.windowTitle()
    return f"{type(widget).__name__} ({name})" + (f" titled {title!r}" if title else "")


def put_away(windows: list[QWidget]) -> None:
    """Hide the windows and have Qt delete them; nothing asks its owner whether it may."""
    for widget in windows:
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


def check_windows() -> str | None:
    """Put away every window still on screen; say which they were, or None if none was."""
    left = visible_windows()
    if not left:
        return None
    names = ", ".join(describe(widget) for widget in left)
    put_away(left)
    return (
        f"{len(left)} window(s) still on screen after the test: {names}. Close them in the "
        "test (or register them with qtbot.addWidget); if the window refused to close, "
        "that is a bug in CoreLog."
    )
