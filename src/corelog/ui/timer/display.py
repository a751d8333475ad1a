"""The big running display: phase in words and colour, a progress ring, very large digits.

Everything is painted to scale with the widget, so the digits grow with the window and can
be read from the floor two metres away. Colours come from the current theme at paint time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from corelog.domain.i18n import Timer
from corelog.timer import Phase, TimerSnapshot, mid_sentence
from corelog.ui.theme import ThemeColors, colors
from corelog.ui.timer.text import (
    clock_text,
    phase_color,
    phase_word,
    set_text,
    side_line,
    spoken,
)


class TimerDisplay(QWidget):
    """Shows one :class:`~corelog.timer.TimerSnapshot` at a time (``show_snapshot``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerDisplay")
        self.setAccessibleName(Timer.tr("Plank timer display"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 300)
        self._view: TimerSnapshot | None = None
        self._stopped = False
        self._title = ""
        self._notice = ""
        self._notice_warns = False
        self._hint = ""

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    # ------------------------------------------------------------------ state

    @property
    def view(self) -> TimerSnapshot | None:
        return self._view

    def show_snapshot(self, view: TimerSnapshot, *, stopped: bool = False) -> None:
        """Show the timer as it is now; ``stopped``: a finished workout was stopped."""
        self._view = view
        self._stopped = stopped
        self.setAccessibleDescription(spoken(view, stopped=stopped))
        self.update()

    def set_title(self, text: str) -> None:
        """The small line at the top: the exercise and the plan."""
        self._title = text
        self.update()

    def set_notice(self, text: str, *, warn: bool = False) -> None:
        """A line under the display (the computer slept, the workout was saved, ...)."""
        self._notice = text
        self._notice_warns = warn
        self.update()

    def set_hint(self, text: str) -> None:
        """What the keys do now, in small print at the bottom."""
        self._hint = text
        self.update()

    # ------------------------------------------------------- what is shown (texts)

    def title_text(self) -> str:
        return self._title

    def notice_text(self) -> str:
        return self._notice

    def phase_text(self) -> str:
        """The phase line: "Hold", "Rest · paused", "Done"..."""
        if self._view is None:
            return ""
        word = phase_word(self._view, stopped=self._stopped)
        return Timer.tr("{phase} · paused").format(phase=word) if self._view.paused else word

    def digits_text(self) -> str:
        """The big digits: time left (time held when counting up); holds done when done."""
        view = self._view
        if view is None:
            return ""
        if view.phase is Phase.DONE:
            return f"{view.holds_done}/{view.holds_total}"
        return clock_text(view.display_seconds)

    def detail_lines(self) -> list[str]:
        """The lines under the digits: the set, the side."""
        view = self._view
        if view is None:
            return []
        if view.phase is Phase.DONE:
            return [Timer.tr("holds done")]
        lines = [set_text(view)]
        if view.side is not None:
            lines.append(side_line(view))
        return lines

    def next_line(self) -> str:
        view = self._view
        if view is None:
            return ""
        if view.phase is Phase.DONE:
            return view.next_text
        if view.phase is Phase.IDLE:
            return view.next_text
        return Timer.tr("Next: {what}").format(what=mid_sentence(view.next_text))

    def color(self) -> str:
        return phase_color(self._view, colors())

    # ---------------------------------------------------------------- painting

    def sizes(self) -> DisplayLayout:
        """Where things go at the widget's present size (sizes in pixels)."""
        area = QRectF(self.rect()).adjusted(17, 11, -17, -11)
        w, h = max(1.0, area.width()), max(1.0, area.height())
        # Vertical budget: title, phase word, ring, next, notice (up to two lines), hint.
        # The space for the notice and the hint is always kept, so the ring never jumps.
        small = max(11.0, min(w, h) * 0.027)
        title_h = small * 1.6 if self._title else 0.0
        phase_px = max(20.0, min(h * 0.085, w * 0.11))
        next_px = max(12.0, min(h * 0.04, w * 0.04))
        below = next_px * 2.0 + small * 1.45 * 3
        ring = max(60.0, min(w * 0.92, h - title_h - phase_px * 1.35 - below))
        pen = max(6.0, ring * 0.055)
        inner = ring - 3 * pen
        digits = self.digits_text() or "0"
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        template = "".join("0" if ch.isdigit() else ch for ch in digits)
        measured = QFontMetricsF(font).horizontalAdvance(template) or 1.0
        digit_px = min(inner * 0.5, 100 * inner * 0.8 / measured)
        if self._view is not None and self._view.phase is Phase.DONE:
            digit_px *= 0.75
        total = title_h + phase_px * 1.35 + ring + below
        return DisplayLayout(
            area=area,
            top=area.top() + max(0.0, (h - total) / 2),
            small=small,
            title_h=title_h,
            phase_px=phase_px,
            next_px=next_px,
            ring=ring,
            pen=pen,
            digit_px=digit_px,
            detail_px=max(11.0, inner * 0.075),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_card(painter, c)
        view = self._view
        if view is None:
            painter.end()
            return
        at = self.sizes()
        accent = QColor(self.color())
        top = self._paint_heading(painter, at, c, accent)
        box = self._paint_ring(painter, at, top, view, c, accent)
        self._paint_digits(painter, at, box, view, c, accent)
        top += at.ring + at.next_px * 0.4
        self._paint_footer(painter, at, top, c)
        painter.end()

    def _paint_card(self, painter: QPainter, c: ThemeColors) -> None:
        """The display's rounded card, behind everything."""
        bounds = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(c.grid), 1))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(bounds, 10, 10)

    def _paint_text(
        self,
        painter: QPainter,
        rect: QRectF,
        value: str,
        px: float,
        color: QColor,
        *,
        bold: bool = False,
        wrap: bool = False,
    ) -> None:
        """One line of the display, centred in ``rect`` (elided; or word-wrapped)."""
        font = QFont(self.font())
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(color)
        if wrap:
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWordWrap), value)
            return
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

    def _paint_heading(
        self, painter: QPainter, at: DisplayLayout, c: ThemeColors, accent: QColor
    ) -> float:
        """The small title line, then the phase in capitals; returns where the ring starts."""
        area, w, top = at.area, at.area.width(), at.top
        if self._title:
            title_box = QRectF(area.left(), top, w, at.title_h)
            self._paint_text(painter, title_box, self._title, at.small, QColor(c.muted))
            top += at.title_h
        phase_h = at.phase_px * 1.35
        phase = self.phase_text().upper()
        phase_box = QRectF(area.left(), top, w, phase_h)
        self._paint_text(painter, phase_box, phase, at.phase_px, accent, bold=True)
        return top + phase_h

    @staticmethod
    def _paint_ring(
        painter: QPainter,
        at: DisplayLayout,
        top: float,
        view: TimerSnapshot,
        c: ThemeColors,
        accent: QColor,
    ) -> QRectF:
        """The progress ring: its track and the arc done so far; returns the ring's box."""
        pen_w = at.pen
        box = QRectF(at.area.center().x() - at.ring / 2, top, at.ring, at.ring).adjusted(
            pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2
        )
        track = QPen(QColor(c.grid), pen_w)
        track.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        progress = max(0.0, min(1.0, view.progress))
        if progress > 0:
            arc = QPen(accent, pen_w)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(box, 90 * 16, -round(progress * 360 * 16))
        return box

    def _paint_digits(
        self,
        painter: QPainter,
        at: DisplayLayout,
        box: QRectF,
        view: TimerSnapshot,
        c: ThemeColors,
        accent: QColor,
    ) -> None:
        """Inside the ring: the big digits, and under them the set and the side."""
        pen_w = at.pen
        muted, body = QColor(c.muted), QColor(c.text)
        digits_h = at.digit_px * 1.1
        detail = self.detail_lines()
        detail_h = at.detail_px * 1.35 * len(detail)
        block_top = box.center().y() - (digits_h + detail_h) / 2 + at.detail_px * 0.2
        digit_color = body if view.phase in (Phase.IDLE, Phase.DONE) or view.paused else accent
        digits_box = QRectF(box.left(), block_top, box.width(), digits_h)
        self._paint_text(
            painter, digits_box, self.digits_text(), at.digit_px, digit_color, bold=True
        )
        y = block_top + digits_h
        for index, line in enumerate(detail):
            is_side = index == 1
            self._paint_text(
                painter,
                QRectF(box.left() + pen_w, y, box.width() - 2 * pen_w, at.detail_px * 1.35),
                line,
                at.detail_px,
                accent if is_side and not view.paused else muted,
                bold=is_side,
            )
            y += at.detail_px * 1.35

    def _paint_footer(
        self, painter: QPainter, at: DisplayLayout, top: float, c: ThemeColors
    ) -> None:
        """Under the ring: what comes next, the notice (if any) and the keys' hint."""
        area, w = at.area, at.area.width()
        muted, body = QColor(c.muted), QColor(c.text)
        next_box = QRectF(area.left(), top, w, at.next_px * 1.4)
        self._paint_text(painter, next_box, self.next_line(), at.next_px, body)
        top += at.next_px * 1.6
        if self._notice:
            warn = QColor(c.warn if self._notice_warns else c.muted)
            notice_box = QRectF(area.left(), top, w, at.small * 2.9)
            self._paint_text(painter, notice_box, self._notice, at.small, warn, wrap=True)
        top += at.small * 2.9
        if self._hint:
            hint_box = QRectF(area.left(), top, w, at.small * 1.45)
            self._paint_text(painter, hint_box, self._hint, at.small, muted)


@dataclass(frozen=True)
class DisplayLayout:
    """Sizes of the display's parts, in pixels, for its present size."""

    area: QRectF
    top: float
    small: float
    title_h: float
    phase_px: float
    next_px: float
    ring: float
    """Diameter of the progress ring."""
    pen: float
    digit_px: float
    """Pixel size of the big digits."""
    detail_px: float
