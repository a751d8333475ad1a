"""Small building blocks shared by CoreLog's pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import App
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.theme import colors

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, tooltip: str = "") -> W:
    """Give a control its stable objectName (docs/ui.md) and accessible name."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if tooltip:
        widget.setToolTip(tooltip)
    return widget


HELP_TEXT = "helpText"
"""QAction property: how Help > Keyboard Shortcuts names the action, when its text will not do
(Edit > Undo's text changes with what it would undo)."""


def save_form_action(form: QWidget, object_name: str, save: Callable[[], Any]) -> QAction:
    """Ctrl+Enter saves ``form`` from any of its fields, the notes included (where Enter
    starts a new line). An action, so Help > Keyboard Shortcuts lists it."""
    action = QAction(App.tr("Save the form (from the notes too)"), form)
    action.setObjectName(object_name)
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: save())
    form.addAction(action)
    return action


def plain(label: QLabel) -> QLabel:
    """Show the label's text as it is: a name like "<i>Wall</i> & sit" is not markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (Qt reads tooltips that look like HTML as HTML)."""
    if GuiQt.mightBeRichText(text):
        return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "pageTitle")
    return label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "sectionTitle")
    return label


def muted(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(wrap)
    return label


def field_error(object_name: str) -> QLabel:
    """A red message shown under a form field; empty and hidden until there is an error."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


class Card(QFrame):
    """A framed panel with an optional title."""

    def __init__(self, title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)
        if title:
            self.body.addWidget(section_title(title))


class TargetDots(QWidget):
    """One dot per session up to the top of a weekly target, filled for each session done
    (in the "good" colour once the lower end is reached). ``size`` is a dot's cell in
    pixels, ``inset`` the gap around the dot; past the target it shows up to ``max_slots``
    dots (None: as many as were done)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        size: int = 16,
        inset: float = 2.0,
        max_slots: int | None = 7,
    ) -> None:
        super().__init__(parent)
        self.size_px, self.inset, self.max_slots = size, inset, max_slots
        self.done, self.lower, self.slots = 0, 2, 3
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(self.slots * self.size_px, self.size_px)

    def set_progress(self, done: int, lower: int, upper: int) -> None:
        shown = done if self.max_slots is None else min(done, self.max_slots)
        self.done, self.lower, self.slots = done, lower, max(upper, shown)
        self.setFixedSize(self.sizeHint())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(c.good if self.done >= self.lower else c.accent)
        step, diameter = self.size_px, self.size_px - 5.0
        for i in range(self.slots):
            rect = QRectF(i * step + self.inset, self.inset, diameter, diameter)
            if i < self.done:
                painter.setPen(QPen(fill, 1.5))
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(QColor(c.muted), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
        painter.end()


def scrolled(widget: QWidget, name: str = "", *, sideways: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it to fit; with ``sideways``
    False it never scrolls sideways (the content is laid out to the width). A ``name``
    tells screen readers what the area holds (ui.accessibility.name_scroll_area)."""
    area = QScrollArea()
    if name:
        name_scroll_area(area, name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and free it.

    Each is hidden first: one added a moment ago is still due to be shown, and without
    its parent it would show as a window of its own. Gone from the page now, freed soon.
    """
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def action_button(
    text: str, object_name: str, accessible_name: str, tooltip: str = ""
) -> QPushButton:
    """A named push button that acts only when it is clicked or has the focus: never the
    one Enter presses from another field (it is no auto-default button)."""
    button = named(QPushButton(text), object_name, accessible_name, tooltip)
    button.setAutoDefault(False)
    return button


def button_group(parent: QWidget, *buttons: QAbstractButton) -> QButtonGroup:
    """One exclusive choice among ``buttons`` (radio buttons, checkable buttons)."""
    group = QButtonGroup(parent)
    for button in buttons:
        group.addButton(button)
    return group


def narrow_combo(combo: QComboBox, characters: int) -> QComboBox:
    """``combo`` sized for ``characters`` characters (and an icon), not for its longest item,
    so that a long name does not widen the form."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
