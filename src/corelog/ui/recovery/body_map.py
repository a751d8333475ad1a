"""The body map: front and back figures side by side; click where it is sore.

Each soreness region is a shape of CoreLog's own drawings (``resources/bodymap``). The
map paints the drawings with QtSvg in the current theme's colours (hit-testing uses the
same shapes read as QPainterPaths), highlights the region under the mouse,
shows the chosen region in the accent colour (and, where soreness is still open, outlines
that region in the warning colour), and works from the keyboard: with the map focused,
the arrow keys step through the regions in the same order as the region list beside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.ui.recovery.svg_shapes import Drawing, Shape, Style, body_map_drawings
from corelog.ui.theme import colors

VIEW_TITLES = {
    "front": QT_TRANSLATE_NOOP("Recovery", "Front"),
    "back": QT_TRANSLATE_NOOP("Recovery", "Back"),
}
# Which side of the picture is the person's left or right, per view.
SIDE_LETTERS = {"front": ("R", "L"), "back": ("L", "R")}
_GAP = 12  # between the two figures, in pixels
_MARGIN = 6
# Where the side letters go, in drawing coordinates: beside the hands.
_SIDE_LETTER_X = (22.0, 178.0)
_SIDE_LETTER_Y = 240.0


def _mix(first: str, second: str, amount: float) -> QColor:
    """``first`` moved ``amount`` (0-1) of the way towards ``second``."""
    a, b = QColor(first), QColor(second)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class BodyMap(QWidget):
    sig_region_chosen = Signal(str)
    sig_region_confirmed = Signal(str)
    """Enter on the chosen region: go on to the form."""
    """The user picked a region on the map (click or keyboard); carries its key."""

    def __init__(
        self,
        region_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = dict(region_names)
        self._order: list[str] = list(region_names)
        self._drawings: tuple[Drawing, ...] = body_map_drawings(frozenset(region_names))
        self._selected: str | None = None
        self._hovered: str | None = None
        self._marked: frozenset[str] = frozenset()
        self._renderers: dict[tuple[object, ...], QSvgRenderer] = {}
        self._title_font = QFont(self.font())
        self._title_font.setBold(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 260)
        self._describe()

    # ------------------------------------------------------------------ state
    def regions(self) -> list[str]:
        """Every region the map can pick, in keyboard order."""
        return list(self._order)

    def selected_region(self) -> str | None:
        return self._selected

    def hovered_region(self) -> str | None:
        return self._hovered

    def set_region(self, region: str | None) -> None:
        """Show ``region`` as chosen (no signal: the caller already knows)."""
        if region is not None and region not in self._names:
            raise KeyError(f"no body region {region!r}")
        if region != self._selected:
            self._selected = region
            self._describe()
            self.update()

    def set_marked(self, regions: Iterable[str]) -> None:
        """Regions with open soreness, outlined in the warning colour."""
        marked = frozenset(r for r in regions if r in self._names)
        if marked != self._marked:
            self._marked = marked
            self._describe()
            self.update()

    def marked_regions(self) -> frozenset[str]:
        return self._marked

    def _choose(self, region: str) -> None:
        self.set_region(region)
        self.sig_region_chosen.emit(region)

    def _describe(self) -> None:
        name = self._names.get(self._selected or "", Recovery.tr("none", "no region"))
        sore = sorted(self._names[r] for r in self._marked)
        marked = (
            " " + Recovery.tr("Open soreness (outlined): {regions}.").format(
                regions=", ".join(sore)
            )
            if sore
            else ""
        )
        self.setAccessibleDescription(
            Recovery.tr("Front and back of a body; chosen region: {region}.").format(region=name)
            + marked
            + " "
            + Recovery.tr("Arrow keys move between regions; Enter goes on to the form.")
        )

    # ------------------------------------------------------------------ geometry
    def sizeHint(self) -> QSize:
        return QSize(280, 340)

    def _label_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _transforms(self) -> list[QTransform]:
        """Drawing coordinates to widget pixels, one per view."""
        top = _MARGIN + self._label_height()
        width = self.width() - 2 * _MARGIN - _GAP * (len(self._drawings) - 1)
        height = self.height() - top - _MARGIN
        box = self._drawings[0].bounds
        scale = max(0.05, min(width / (box.width() * len(self._drawings)), height / box.height()))
        used = box.width() * scale * len(self._drawings) + _GAP * (len(self._drawings) - 1)
        left = (self.width() - used) / 2
        transforms = []
        for index, drawing in enumerate(self._drawings):
            x = left + index * (box.width() * scale + _GAP)
            transform = QTransform()
            transform.translate(x, top)
            transform.scale(scale, scale)
            transform.translate(-drawing.bounds.x(), -drawing.bounds.y())
            transforms.append(transform)
        return transforms

    def region_at(self, pos: QPoint | QPointF) -> str | None:
        """The region under a point of the widget, or None."""
        point = QPointF(pos)
        for drawing, transform in zip(self._drawings, self._transforms(), strict=True):
            inverted, ok = transform.inverted()
            if ok and drawing.bounds.contains(inverted.map(point)):
                return drawing.region_at(inverted.map(point))
        return None

    def region_point(self, region: str) -> QPoint:
        """A point of the widget well inside ``region`` (its first shape), e.g. to click it."""
        for drawing, transform in zip(self._drawings, self._transforms(), strict=True):
            shape = drawing.shape(region)
            if shape is None:
                continue
            polygon = shape.path.toSubpathPolygons()[0]
            box = polygon.boundingRect()
            centre = box.center()
            candidates = [centre] + [
                QPointF(box.left() + box.width() * fx, box.top() + box.height() * fy)
                for fy in (0.5, 0.4, 0.6, 0.3, 0.7)
                for fx in (0.5, 0.4, 0.6, 0.3, 0.7)
            ]
            for candidate in candidates:
                if shape.path.contains(candidate):
                    return transform.map(candidate).toPoint()
        raise KeyError(f"no body region {region!r} on the map")

    # ------------------------------------------------------------------ painting
    def _style(self, shape: Shape) -> Style:
        c = colors()
        outline = _mix(c.muted, c.base, 0.25).name()
        if shape.region is None:
            return Style(_mix(c.base, c.grid, 0.5 if not c.dark else 0.8).name(), outline)
        if shape.region == self._selected:
            return Style(c.accent, c.text, 1.8)
        region_fill = _mix(
            _mix(c.base, c.muted, 0.42 if not c.dark else 0.3).name(), c.accent, 0.12
        )
        fill = region_fill.name()
        if shape.region == self._hovered:
            fill = _mix(fill, c.accent, 0.45).name()
        if shape.region in self._marked:
            return Style(fill, c.warn, 2.4)
        return Style(fill, outline)

    def _renderer(self, drawing: Drawing) -> QSvgRenderer:
        """The drawing painted for the current theme and state (kept while it stays so)."""
        c = colors()
        key = (drawing.view, c, self._selected, self._hovered, self._marked)
        renderer = self._renderers.get(key)
        if renderer is None:
            if len(self._renderers) > 16:
                self._renderers.clear()
            renderer = QSvgRenderer(QByteArray(drawing.styled(self._style)), self)
            self._renderers[key] = renderer
        return renderer

    def paintEvent(self, event: QPaintEvent) -> None:
        # Few painter calls per paint: each view is one QtSvg render of the styled drawing.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for drawing, transform in zip(self._drawings, self._transforms(), strict=True):
            target = transform.mapRect(drawing.bounds)
            self._renderer(drawing).render(painter, target)
            self._paint_labels(painter, drawing, transform)
        if self.hasFocus():
            pen = QPen(QColor(colors().accent), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    def _paint_labels(self, painter: QPainter, drawing: Drawing, transform: QTransform) -> None:
        c = colors()
        box = transform.mapRect(drawing.bounds)
        height = self._label_height()
        painter.setFont(self._title_font)
        painter.setPen(QColor(c.text))
        title = QRectF(box.left(), box.top() - height, box.width(), height)
        painter.drawText(
            title, Qt.AlignmentFlag.AlignCenter, Recovery.marked(VIEW_TITLES[drawing.view])
        )
        painter.setFont(self.font())
        painter.setPen(QColor(c.muted))
        for letter, x in zip(SIDE_LETTERS[drawing.view], _SIDE_LETTER_X, strict=True):
            centre = transform.map(QPointF(x, _SIDE_LETTER_Y))
            cell = QRectF(centre.x() - height, centre.y() - height / 2, 2 * height, height)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, letter)

    # ------------------------------------------------------------------ input
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Only a change of region does anything (the map tracks every mouse move).
        region = self.region_at(event.position())
        if region != self._hovered:
            self._hovered = region
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if region else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(event.pos())
            if region is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._names[region], self)
            return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            region = self.region_at(event.position())
            if region is not None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._choose(region)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if key in steps:
            self._step(steps[key])
        elif key == Qt.Key.Key_Home:
            self._choose(self._order[0])
        elif key == Qt.Key.Key_End:
            self._choose(self._order[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.sig_region_confirmed.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, step: int) -> None:
        if self._selected is None:
            self._choose(self._order[0] if step > 0 else self._order[-1])
            return
        index = (self._order.index(self._selected) + step) % len(self._order)
        self._choose(self._order[index])

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
