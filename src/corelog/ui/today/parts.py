"""Small pieces the Today page's cards share: big figures, target dots, badges, dates."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from corelog.domain import i18n
from corelog.domain.i18n import Dates, Today
from corelog.ui.theme import ThemeColors, colors, font_pt


def fastest(race_class: str) -> str:
    """ "Fastest 5K", "Fastest half marathon"."""
    match race_class:
        case "5k":
            return Today.tr("Fastest 5K")
        case "10k":
            return Today.tr("Fastest 10K")
        case "half":
            return Today.tr("Fastest half marathon")
        case "marathon":
            return Today.tr("Fastest marathon")
    return Today.tr("Fastest {race}").format(race=race_class)


def short_day(day: date, today: date) -> str:
    """``"Sat 10 May"``, with the year when it is not this year's."""
    if day.year == today.year:
        return i18n.short_day(day)
    return i18n.date_text(day, Dates.tr("ddd d MMM yyyy"))


def long_day(day: date) -> str:
    """``"Saturday 10 May 2026"``."""
    return i18n.long_day(day)


def badge_html(text: str, colour: str, c: ThemeColors | None = None) -> str:
    """A short word on a coloured background, readable in both themes."""
    c = c or colors()
    ink = c.ink
    return (
        f'<span style="background:{colour}; color:{ink}; font-weight:700">'
        f"&nbsp;{escape(text, quote=False)}&nbsp;</span>"
    )


class Figure(QWidget):
    """One number of the week: the value large, what it is small and muted below it."""

    def __init__(self, object_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.value = QLabel()
        self.value.setObjectName(f"{object_name}Value")
        self.value.setStyleSheet(f"font-size: {font_pt(20)}pt; font-weight: 600;")
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "muted")
        box.addWidget(self.value)
        box.addWidget(self.caption)

    def set_value(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleName(f"{self.caption.text()}: {value}")

    def text(self) -> str:
        return self.value.text()
