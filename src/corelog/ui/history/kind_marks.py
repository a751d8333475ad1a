"""The marks of the three kinds of entry, in shape as well as colour.

A run is a circle, a core session a square, soreness a triangle (pointing up, as a
warning sign does), each in its kind's colour. The calendar's days, its legend and the
timeline's Kind column draw the same marks, so a reader who cannot tell the colours
apart tells the kinds apart by shape (and the words beside them).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.ui.theme import colors

SHAPES = {KIND_RUN: "circle", KIND_CORE: "square", KIND_SORENESS: "triangle"}


def kind_color(kind: int) -> str:
    """The colour that marks each kind (beside its name, never instead of it)."""
    c = colors()
    return {KIND_RUN: c.accent, KIND_CORE: c.good, KIND_SORENESS: c.warn}[kind]


def paint_kind_mark(painter: QPainter, box: QRectF, kind: int, color: QColor) -> None:
    """The kind's shape, filled with ``color``, centred in ``box``."""
    side = min(box.width(), box.height())
    square = QRectF(0, 0, side, side)
    square.moveCenter(box.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    shape = SHAPES[kind]
    if shape == "circle":
        painter.drawEllipse(square)
    elif shape == "square":
        painter.drawRect(square.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(square.center().x(), square.top()),
                    QPointF(square.right(), square.bottom()),
                    QPointF(square.left(), square.bottom()),
                ]
            )
        )
    painter.restore()


def kind_icon(kind: int, size: int = 12) -> QIcon:
    """The kind's mark as an icon (the timeline's Kind column)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    paint_kind_mark(painter, QRectF(1, 1, size - 2, size - 2), kind, QColor(kind_color(kind)))
    painter.end()
    return QIcon(pixmap)


class KindMark(QWidget):
    """A kind's mark on its own, for a legend."""

    def __init__(self, kind: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(QSize(12, 12))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_kind_mark(painter, QRectF(self.rect()), self.kind, QColor(kind_color(self.kind)))
        painter.end()
