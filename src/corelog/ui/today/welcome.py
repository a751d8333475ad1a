"""The first-time start: what to do first, and how to look around with the demo history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from corelog.domain.i18n import Today
from corelog.services.knowledge import citation, knowledge
from corelog.ui.widgets import Card, muted


def welcome_html() -> str:
    target = knowledge().core.weekly_target
    low, high = target.sessions_min, target.sessions_max
    return Today.tr(
        "<p>Nothing is logged yet. Start with whatever you did today, using the buttons "
        "above or their shortcuts:</p>"
        "<ul style='margin-left:-20px'>"
        "<li><b>Log a run</b>: when, how far, how long and how it felt (Ctrl+R).</li>"
        "<li><b>Log a core session</b>, or let the <b>plank timer</b> count your holds "
        "and save them for you (Ctrl+K, Ctrl+T).</li>"
        "<li><b>Log soreness</b> when something hurts: CoreLog tells you what it most "
        "likely is and whether to run, rest or see a physiotherapist (Ctrl+Shift+S).</li>"
        "</ul>"
        "<p>From then on this page shows your week so far, with the core sessions against "
        "the target of {low} to {high} a week {sources}, any soreness "
        "with today's advice, and your personal bests.</p>"
    ).format(low=low, high=high, sources=citation(target.sources))


def demo_hint() -> str:
    return Today.tr(
        "Want to look around first? Start CoreLog with <code>corelog --demo</code>: it opens "
        "six months of made-up training in a temporary database, so you can try every page. "
        "Your own data is not touched."
    )


class WelcomeCard(Card):
    """Shown instead of empty figures until the user logs their first entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Today.tr("Welcome to CoreLog"), parent)
        self.setObjectName("todayWelcome")
        self.text = QLabel(welcome_html())
        self.text.setObjectName("todayWelcomeText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.body.addWidget(self.text)
        self.demo = muted(demo_hint())
        self.demo.setObjectName("todayWelcomeDemo")
        self.demo.setTextFormat(Qt.TextFormat.RichText)
        self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.demo)
        self.setAccessibleName(Today.tr("Welcome to CoreLog: what to do first"))
