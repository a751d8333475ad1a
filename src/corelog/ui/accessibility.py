"""What assistive technology hears from CoreLog, beyond the names every control carries.

* :func:`announce` says something out loud through the screen reader (a Qt accessibility
  announcement event, Qt 6.8 and later): the plank timer's phase changes use it.
* :func:`plain_words` turns the HTML a rich-text label draws into the plain words a screen
  reader should read; :func:`speak_plainly` gives a label (and its tooltip, which Qt
  passes on as the description) those words.
* :func:`name_scroll_area` names a scroll area, which the Tab key stops at.
* :func:`label_combo` names a combo box for Linux too: there Qt gives a combo box's
  current choice as its name and takes the label from a buddy label, so a combo box
  without a label on screen gets an invisible one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QLabel, QWidget

from corelog.domain.i18n import App

_SPACES = re.compile(r"\s+")
BUDDY_NAME = "accessibleLabel"
"""objectName of the invisible labels :func:`label_combo` adds."""


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (about ``widget``). Polite announcements wait for
    the reader to finish what it is saying; assertive ones interrupt it."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def is_rich(text: str) -> bool:
    """Whether Qt would draw ``text`` as rich text in a label set to Qt.AutoText."""
    return bool(text) and GuiQt.mightBeRichText(text)


def plain_words(text: str) -> str:
    """``text`` without markup: the words of rich text, on one line; plain text as it is."""
    if not is_rich(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    words = document.toPlainText().replace("\u2029", " ").replace("\u2028", " ")
    return _SPACES.sub(" ", words).strip()


def shows_rich_text(label: QLabel) -> bool:
    """Whether a label draws its text as rich text."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and is_rich(label.text())


def speak_plainly(label: QLabel) -> QLabel:
    """Give a rich-text label plain words for assistive technology: Qt reads a label's
    text as its name without markup, but passes its tooltip on as the description as it
    is; call this after each change of a rich tooltip."""
    tip = label.toolTip()
    if is_rich(tip):
        label.setAccessibleDescription(plain_words(tip))
    if is_rich(label.accessibleName()):
        label.setAccessibleName(plain_words(label.accessibleName()))
    return label


def name_scroll_area(area: QAbstractScrollArea, name: str) -> QAbstractScrollArea:
    """Name a scroll area after what it holds, and make it a stop of the Tab key only
    while it has more to show than fits (then the arrow keys and Page Up/Down scroll it,
    to read what no control inside reaches); a page that fits has no empty stop."""
    area.setAccessibleName(name)
    area.setAccessibleDescription(App.tr("Scrolls with the arrow keys, Page Up and Page Down."))
    bar = area.verticalScrollBar()

    def follow(_low: int, high: int) -> None:
        policy = Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus
        area.setFocusPolicy(policy)

    follow(bar.minimum(), bar.maximum())
    bar.rangeChanged.connect(follow)
    return area


def label_combo(combo: QComboBox, text: str | None = None) -> QComboBox:
    """Make ``text`` (default: the accessible name) the label screen readers give the
    combo box on every platform: its accessible name, and an invisible buddy label for
    Linux, where Qt names a combo box by its current choice and reads the label from a
    buddy (a sibling of the combo box, so it follows the combo box into its layout)."""
    name = text or combo.accessibleName()
    combo.setAccessibleName(name)
    keeper = combo.findChild(_BuddyKeeper)
    if keeper is None:
        keeper = _BuddyKeeper(combo, name)
        combo.installEventFilter(keeper)
    keeper.name = name
    if keeper.label is not None:
        keeper.label.setText(name)
    keeper.place()
    return combo


class _BuddyKeeper(QObject):
    """Keeps an invisible label, buddy of the combo box, beside it wherever it goes."""

    def __init__(self, combo: QComboBox, name: str) -> None:
        super().__init__(combo)
        self.combo = combo
        self.name = name
        self.label: QLabel | None = None

    def place(self) -> None:
        parent = self.combo.parentWidget()
        if parent is None or (self.label is not None and self.label.parentWidget() is parent):
            return
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is self.combo:
                return  # labelled on screen already
        if self.label is not None:
            self.label.deleteLater()
        self.label = QLabel(self.name, parent)
        self.label.setObjectName(BUDDY_NAME)
        self.label.setBuddy(self.combo)
        self.label.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self.place()
        return False
