"""One-click starts: buttons that trigger the main window's own actions.

Each button triggers the very QAction its shortcut triggers (Ctrl+R, Ctrl+K, Ctrl+T,
Ctrl+Shift+S), found by objectName in the window, so a click does exactly what the
shortcut does, and the shortcut shown on the button is the action's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Today
from corelog.resources import resource_path
from corelog.ui.widgets import named


@dataclass(frozen=True)
class QuickStart:
    object_name: str  # the button's, listed in docs/ui.md
    action_name: str  # the main window's QAction it triggers
    title: str
    icon: str


QUICK_STARTS: tuple[QuickStart, ...] = (
    QuickStart("todayLogRun", "actionLogRun", QT_TRANSLATE_NOOP("Today", "Log a run"), "log.svg"),
    QuickStart(
        "todayLogCore",
        "actionLogCoreSession",
        QT_TRANSLATE_NOOP("Today", "Log a core session"),
        "log.svg",
    ),
    QuickStart(
        "todayStartTimer",
        "actionStartTimer",
        QT_TRANSLATE_NOOP("Today", "Start the plank timer"),
        "timer.svg",
    ),
    QuickStart(
        "todayLogSoreness",
        "actionLogSoreness",
        QT_TRANSLATE_NOOP("Today", "Log soreness"),
        "recovery.svg",
    ),
)


class QuickStartButton(QPushButton):
    """A large button: what it does, and its keyboard shortcut below in small print."""

    def __init__(self, spec: QuickStart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.action: QAction | None = None
        named(self, spec.object_name, Today.marked(spec.title))
        self.setMinimumHeight(54)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 14, 6)
        row.setSpacing(10)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", spec.icon))).pixmap(QSize(22, 22)))
        row.addWidget(icon)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title = QLabel(Today.marked(spec.title))
        self.title.setStyleSheet("font-weight: 600;")
        self.keys = QLabel()
        self.keys.setProperty("role", "muted")
        text.addWidget(self.title)
        text.addWidget(self.keys)
        row.addLayout(text)
        row.addStretch(1)
        for label in (icon, self.title, self.keys):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clicked.connect(self._trigger)
        self.bind(None)

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 150), max(hint.height(), 54))

    def bind(self, action: QAction | None) -> None:
        """Use ``action`` (None while it does not exist: the button is disabled)."""
        self.action = action
        self.setEnabled(action is not None and action.isEnabled())
        keys = ""
        if action is not None and not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.keys.setText(keys)
        self.keys.setVisible(bool(keys))
        title = Today.marked(self.spec.title)
        self.setToolTip(
            Today.tr("{action} ({keys})").format(action=title, keys=keys) if keys else title
        )

    def _trigger(self) -> None:
        if self.action is not None:
            self.action.trigger()


class QuickStartBar(QWidget):
    """The one-click starts: one row of four, or two rows of two in a narrow window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayQuickStart")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.buttons: dict[str, QuickStartButton] = {}
        for spec in QUICK_STARTS:
            self.buttons[spec.object_name] = QuickStartButton(spec)
        self.columns = 0
        self.set_columns(len(QUICK_STARTS))
        self._bound_to: QWidget | None = None

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons.values():
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(len(QUICK_STARTS)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def width_for(self, columns: int) -> int:
        """The width ``columns`` buttons side by side need, each showing all its words."""
        widest = max(button.minimumSizeHint().width() for button in self.buttons.values())
        return widest * columns + self.grid.spacing() * (columns - 1)

    def bind(self, window: QWidget) -> None:
        """Find each button's action in ``window`` (the main window); once per window."""
        if window is self._bound_to:
            return
        self._bound_to = window
        for button in self.buttons.values():
            button.bind(window.findChild(QAction, button.spec.action_name))
