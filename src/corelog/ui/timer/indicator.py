"""The small running indicator in the main window's status bar.

While a workout is under way it shows the phase and the time ("Hold 0:32 · set 2 of 3"),
in the phase's colour, on every page; clicking it returns to the Plank timer page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QWidget

from corelog.domain.i18n import Timer
from corelog.resources import resource_path
from corelog.timer import TimerSnapshot
from corelog.ui.theme import colors
from corelog.ui.timer.text import clock_text, phase_color, phase_word, side_word
from corelog.ui.widgets import named


class TimerIndicator(QPushButton):
    """A flat button: the running workout at a glance; click to go back to the timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(
            self,
            "timerStatusIndicator",
            Timer.tr("Plank timer running"),
            Timer.tr("The plank timer is running: click to go back to it"),
        )
        self.setFlat(True)
        self.setIcon(QIcon(str(resource_path("icons", "timer.svg"))))
        self.setIconSize(QSize(16, 16))
        self.setAutoDefault(False)
        self._color = ""
        self.hide()

    def show_snapshot(self, view: TimerSnapshot) -> None:
        if not view.phase.is_active:
            self.hide()
            return
        word = phase_word(view)
        time = clock_text(view.display_seconds)
        seconds = f"{time} s" if ":" not in time else time
        where = Timer.tr("set {number}/{sets}").format(number=view.set_number, sets=view.sets)
        if view.side is not None:
            where += " " + side_word(view.side)
        if view.paused:
            text = Timer.tr("{phase} {time} · paused · {where}")
        else:
            text = Timer.tr("{phase} {time} · {where}")
        text = text.format(phase=word, time=seconds, where=where)
        self.setText(text)
        self.setAccessibleDescription(Timer.tr("Plank timer: {state}").format(state=text))
        color = phase_color(view, colors())
        if color != self._color:  # restyle only when the colour changes
            self._color = color
            self.setStyleSheet(
                f"QPushButton#timerStatusIndicator {{ color: {color}; font-weight: 600;"
                " border: none; padding: 0 8px; }"
            )
        self.show()

    def restyle(self) -> None:
        """The theme changed: pick the colour afresh at the next update."""
        self._color = ""
