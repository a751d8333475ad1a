"""What a person sees on a page, as text: every label, button, tab, menu, list and table
cell in view, and the tooltips of controls. For the pseudo-translation check
(test_translations_shown.py): text CoreLog wrote is wrapped in ⟦ ⟧; what is left outside
is either the user's own words, the documents' (kept in English), or a text that
bypassed translation."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QWidget,
)

from translation_files import CLOSE, OPEN

# Words that are the same in every language CoreLog speaks: its name, units, file kinds.
SAME_EVERYWHERE = {
    "CoreLog", "km", "mi", "ft", "m", "s", "h", "min", "bpm", "kg", "FIT", "GPX", "TCX",
    "TRIMP", "CSV", "JSON", "ISO", "Strava", "Garmin", "Coros", "Polar", "Suunto", "OK",
}  # fmt: skip
# Key sequences as QKeySequence writes them: Qt's own catalogue translates the key names.
_KEYS = re.compile(
    r"(?<!\w)(?:(?:Ctrl|Shift|Alt|Meta|Num)\+)*"
    r"(?:Del|Ins|Esc|Space|Enter|Return|Backspace|Home|End|PgUp|PgDown|Tab|Up|Down|Left|Right"
    r"|F\d{1,2}|[A-Z0-9,.;/+\-])(?!\w)"
)
_TAG = re.compile(r"<[^>]+>")
_PATH = re.compile(r"\S*[/\\]\S*")
_FILE_NAME = re.compile(r"\S+\.(?:fit|gpx|tcx|gz|zip)\b", re.IGNORECASE)  # the user's files
_WORD = re.compile(r"[^\W\d_]{2,}")
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text)).replace("&&", "&").replace("&", "")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible()


def _qt_own(widget: QWidget) -> bool:
    """Widgets whose words Qt writes and translates itself: a message box's standard
    buttons, the calendar's weekday header and month button (from the locale)."""
    if widget.objectName().startswith("qt_calendar_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, (QDialogButtonBox, QMessageBox)):
        parent = parent.parentWidget() if not parent.isWindow() else None
    if isinstance(widget, QAbstractButton) and isinstance(parent, (QDialogButtonBox, QMessageBox)):
        return parent.standardButton(widget) != parent.StandardButton.NoButton
    return False


def texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every text the user can see or hover over in ``top``."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not _visible(w) or _qt_own(w):
            continue
        if w.isWindow() and w.windowTitle():
            yield w, w.windowTitle()
        if w.toolTip():
            yield w, w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w, w.text()
        elif isinstance(w, QGroupBox):
            yield w, w.title()
        elif isinstance(w, QTabBar):
            yield from ((w, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from ((w, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from ((w, t) for t in _item_texts(w))
        if isinstance(w, QMainWindow):
            for menu in w.menuBar().actions():
                yield w, menu.text()
                if menu.menu() is not None:
                    yield from ((w, a.text()) for a in menu.menu().actions())


def _item_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    rows = min(model.rowCount(QModelIndex()), 25)
    columns = next(c for c in range(100) if not model.index(0, c).isValid()) if rows else 0
    if not isinstance(view, (QListView,)):
        for column in range(columns):
            yield str(model.headerData(column, horizontal, Qt.ItemDataRole.DisplayRole) or "")
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def untranslated(text: str, allowed: Iterable[str]) -> str:
    """What is left of ``text`` that no translation wrapped and that is not ``allowed``
    (the user's words, the documents'); "" when nothing is."""
    rest = plain(text)
    while True:  # translated texts within translated texts: innermost first
        shorter = _WRAPPED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for words in allowed:  # whole words only: "Plank" allows "Plank", not "Planks"
        if words in rest:
            rest = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", rest)
    rest = _PATH.sub(" ", rest)
    rest = _KEYS.sub(" ", rest)
    rest = _FILE_NAME.sub(" ", rest)
    left = [w for w in _WORD.findall(rest) if w not in SAME_EVERYWHERE]
    return " ".join(left)
