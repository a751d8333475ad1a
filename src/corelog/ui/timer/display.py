"""The big running display: phase in words and colour, a progress ring, very large digits.

Everything is painted to scale with the widget, so the digits grow with the window and can
be read from the floor two metres away. Colours come from the current theme at paint time.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from corelog.timer import Phase, TimerSnapshot
from corelog.ui.theme import colors
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
        self.setAccessibleName("Plank timer display")
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

    def phase_text(self) -> str:
        """The phase line: "Hold", "Rest · paused", "Done"..."""
        if self._view is None:
            return ""
        word = phase_word(self._view, stopped=self._stopped)
        return f"{word} · paused" if self._view.paused else word

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
            return ["holds done"]
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
        return f"Next: {view.next_text[0].lower()}{view.next_text[1:]}"

    def color(self) -> str:
        return phase_color(self._view, colors())

    # ---------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bounds = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(c.grid), 1))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(bounds, 10, 10)
        view = self._view
        if view is None:
            painter.end()
            return
        accent = QColor(self.color())
        area = bounds.adjusted(16, 10, -16, -10)
        w, h = area.width(), area.height()

        # Vertical budget: title, phase word, ring, next, notice (up to two lines), hint.
        # The space for the notice and the hint is always kept, so the ring never jumps.
        small = max(11.0, min(w, h) * 0.027)
        title_h = small * 1.6 if self._title else 0.0
        phase_px = max(20.0, min(h * 0.085, w * 0.11))
        phase_h = phase_px * 1.35
        next_px = max(12.0, min(h * 0.04, w * 0.04))
        lines_below = next_px * 2.0 + small * 1.45 * 3
        ring = max(60.0, min(w * 0.92, h - title_h - phase_h - lines_below))
        total = title_h + phase_h + ring + lines_below
        top = area.top() + max(0.0, (h - total) / 2)

        def text(
            rect: QRectF, value: str, px: float, color: QColor, *, bold=False, wrap=False
        ) -> None:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(px)))
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(color)
            metrics = QFontMetricsF(font)
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

        muted, body = QColor(c.muted), QColor(c.text)
        if self._title:
            text(QRectF(area.left(), top, w, title_h), self._title, small, muted)
            top += title_h
        text(QRectF(area.left(), top, w, phase_h), self.phase_text().upper(), phase_px, accent,
             bold=True)  # fmt: skip
        top += phase_h

        # The ring, with the digits and the set inside.
        pen_w = max(6.0, ring * 0.055)
        box = QRectF(area.center().x() - ring / 2, top, ring, ring).adjusted(
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

        inner = box.width() - 2 * pen_w
        digits = self.digits_text()
        digit_font = QFont(self.font())
        digit_font.setBold(True)
        digit_font.setPixelSize(100)
        template = "".join("0" if ch.isdigit() else ch for ch in digits)
        measured = QFontMetricsF(digit_font).horizontalAdvance(template) or 1.0
        digit_px = min(inner * 0.5, 100 * inner * 0.8 / measured)
        if view.phase is Phase.DONE:
            digit_px *= 0.75
        digits_h = digit_px * 1.1
        detail = self.detail_lines()
        detail_px = max(11.0, inner * 0.075)
        detail_h = detail_px * 1.35 * len(detail)
        block_top = box.center().y() - (digits_h + detail_h) / 2 + detail_px * 0.2
        digit_color = body if view.phase in (Phase.IDLE, Phase.DONE) or view.paused else accent
        text(QRectF(box.left(), block_top, box.width(), digits_h), digits, digit_px, digit_color,
             bold=True)  # fmt: skip
        y = block_top + digits_h
        for index, line in enumerate(detail):
            is_side = index == 1
            text(
                QRectF(box.left() + pen_w, y, box.width() - 2 * pen_w, detail_px * 1.35),
                line,
                detail_px,
                accent if is_side and not view.paused else muted,
                bold=is_side,
            )
            y += detail_px * 1.35
        top += ring + next_px * 0.4

        text(QRectF(area.left(), top, w, next_px * 1.4), self.next_line(), next_px, body)
        top += next_px * 1.6
        if self._notice:
            warn = QColor(c.warn if self._notice_warns else c.muted)
            text(QRectF(area.left(), top, w, small * 2.9), self._notice, small, warn, wrap=True)
        top += small * 2.9
        if self._hint:
            text(QRectF(area.left(), top, w, small * 1.45), self._hint, small, muted)
        painter.end()
