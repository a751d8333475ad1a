"""The contrast of the text a page really shows: every label, button and list cell.

For a label the text colour is exact: the colour its palette has after the style sheets
applied (QLabel[role="muted"] and the like), and for rich text each run's own colour and
background (a badge's white on green). For buttons and tab bars, which style sheets may
colour by state (a chosen range button), the colour is read from the picture: the pixel
that stands out most from the background. The background is what is really drawn under
the text: the commonest colour in the widget's place in a picture of the window, unless
the rich text gives its own. Cells of lists and tables use their model's colours, else
the palette's. Large text (18 pt, or 14 pt bold) needs 3:1, all other text 4.5:1 (WCAG
AA); disabled controls are exempt, as WCAG says.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QRadioButton,
    QTabBar,
    QWidget,
)

from corelog.ui.accessibility import shows_rich_text

AA = 4.5
AA_LARGE = 3.0


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return (
        0.2126 * _linear(color.redF())
        + 0.7152 * _linear(color.greenF())
        + 0.0722 * _linear(color.blueF())
    )


def contrast(first: QColor | str, second: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def large(font: QFont) -> bool:
    size = font.pointSizeF()
    return size >= 18 or (size >= 14 and font.bold())


def needed(font: QFont) -> float:
    return AA_LARGE if large(font) else AA


def _blend(color: QColor, under: QColor) -> QColor:
    """``color`` drawn over ``under`` (what a half-transparent colour looks like)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + under.redF() * (1 - alpha),
        color.greenF() * alpha + under.greenF() * (1 - alpha),
        color.blueF() * alpha + under.blueF() * (1 - alpha),
    )


class Picture:
    """A picture of the whole window, to read what is drawn under each widget."""

    def __init__(self, top: QWidget) -> None:
        self.top = top
        self.image = top.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        width, height = self.image.width(), self.image.height()
        raw = np.frombuffer(self.image.constBits(), np.uint8, count=self.image.sizeInBytes())
        rows = raw.reshape(height, self.image.bytesPerLine())[:, : width * 4]
        self.pixels = rows.reshape(height, width, 4)[:, :, :3]  # B, G, R
        self.scale = width / max(1, top.width())

    def area(self, widget: QWidget, inset: int = 0) -> np.ndarray:
        whole = QRect(QPoint(0, 0), widget.size()).adjusted(inset, inset, -inset, -inset)
        shown = whole.intersected(widget.visibleRegion().boundingRect())  # not scrolled away
        rect = shown.translated(widget.mapTo(self.top, QPoint(0, 0))).intersected(self.top.rect())
        if rect.isEmpty():
            return self.pixels[0:0, 0:0]
        s = self.scale
        return self.pixels[
            int(rect.top() * s) : int((rect.bottom() + 1) * s),
            int(rect.left() * s) : int((rect.right() + 1) * s),
        ]

    @staticmethod
    def _color(bgr: np.ndarray) -> QColor:
        return QColor(int(bgr[2]), int(bgr[1]), int(bgr[0]))

    def background(self, widget: QWidget, inset: int = 0) -> QColor | None:
        area = self.area(widget, inset)
        if area.size == 0:
            return None
        counts = Counter(map(tuple, area.reshape(-1, 3)))
        return self._color(np.array(counts.most_common(1)[0][0]))

    def ink(self, widget: QWidget, background: QColor, inset: int) -> QColor | None:
        """The drawn colour that stands out most from ``background``."""
        area = self.area(widget, inset).reshape(-1, 3).astype(float) / 255.0
        if area.size == 0:
            return None
        rgb = area[:, ::-1]
        linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        lum = linear @ np.array([0.2126, 0.7152, 0.0722])
        back = luminance(background)
        ratio = (np.maximum(lum, back) + 0.05) / (np.minimum(lum, back) + 0.05)
        best = int(np.argmax(ratio))
        return QColor.fromRgbF(*rgb[best])


def _runs(label: QLabel) -> list[tuple[QColor | None, QColor | None, QFont]]:
    """(text colour or None for the label's own, background or None, font) per run."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text().strip():
                fmt = fragment.charFormat()
                fg = fmt.foreground()
                bg = fmt.background()
                font = QFont(label.font())
                if fmt.hasProperty(fmt.Property.FontPointSize):
                    font.setPointSizeF(fmt.fontPointSize())
                if fmt.fontWeight() >= QFont.Weight.DemiBold:
                    font.setBold(True)
                runs.append(
                    (
                        fg.color() if fg.style() != Qt.BrushStyle.NoBrush else None,
                        bg.color() if bg.style() != Qt.BrushStyle.NoBrush else None,
                        font,
                    )
                )
            it += 1
        block = block.next()
    return runs


def label_problems(label: QLabel, picture: Picture) -> list[str]:
    own = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
    under = picture.background(label)
    if under is None:
        return []
    runs = _runs(label) if shows_rich_text(label) else [(None, None, label.font())]
    problems = []
    for fg, bg, font in runs:
        text = _blend(fg, own) if fg is not None else own
        back = _blend(bg, under) if bg is not None else under
        ratio = contrast(text, back)
        if ratio < needed(font):
            problems.append(f"{text.name()} on {back.name()} is {ratio:.2f}:1")
    return problems


def palette_text_problems(widget: QWidget, picture: Picture) -> list[str]:
    """A check box's or radio button's text: its palette's colour on what is under it."""
    back = picture.background(widget)
    if back is None:
        return []
    text = widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())
    ratio = contrast(text, back)
    if ratio < needed(widget.font()):
        return [f"{text.name()} on {back.name()} is {ratio:.2f}:1"]
    return []


def drawn_text_problems(widget: QWidget, picture: Picture) -> list[str]:
    """A button's or tab bar's text, as drawn."""
    back = picture.background(widget, inset=3)
    if back is None:
        return []
    ink = picture.ink(widget, back, inset=3)
    if ink is None:
        return []
    ratio = contrast(ink, back)
    if ratio < needed(widget.font()):
        return [f"{ink.name()} on {back.name()} is {ratio:.2f}:1"]
    return []


def _role_color(model, index: QModelIndex, role: Qt.ItemDataRole) -> QColor | None:
    value = model.data(index, role)
    if not value:
        return None
    return QColor(value.color() if hasattr(value, "color") else value)


def cell_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    palette = view.palette()
    problems = []
    rows = min(model.rowCount(QModelIndex()), 40)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model: one column
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            stripe = QPalette.ColorRole.AlternateBase if row % 2 else QPalette.ColorRole.Base
            text = _role_color(model, index, Qt.ItemDataRole.ForegroundRole) or palette.color(
                QPalette.ColorRole.Text
            )
            back = _role_color(model, index, Qt.ItemDataRole.BackgroundRole) or palette.color(
                stripe
            )
            ratio = contrast(text, back)
            if ratio < AA:
                where = f"cell ({row}, {column})"
                problems.append(f"{where} {text.name()} on {back.name()}: {ratio:.2f}:1")
    return problems


def page_problems(top: QWidget) -> list[str]:
    """Every text on ``top`` as it shows now whose contrast is too low."""
    picture = Picture(top)
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not top:
            continue
        name = widget.objectName() or type(widget).__name__
        found: list[str] = []
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found = label_problems(widget, picture)
        elif isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
            found = palette_text_problems(widget, picture)
        elif isinstance(widget, (QAbstractButton, QTabBar)) and _has_text(widget):
            found = drawn_text_problems(widget, picture)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QTabBar):
            found = cell_problems(widget)
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        problems.extend(f"{name} {str(text)[:30]!r}: {p}" for p in found)
    return problems


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QTabBar):
        return widget.count() > 0
    return bool(widget.text().strip())
