"""Current soreness: each open entry with today's advice, one click from its guidance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from corelog.domain.i18n import Recovery, Today
from corelog.ui.accessibility import speak_plainly
from corelog.ui.documents_mark import InEnglishMark
from corelog.ui.theme import ThemeColors, colors, font_pt
from corelog.ui.today.parts import badge_html, short_day
from corelog.ui.widgets import Card, clear_layout, muted, named

if TYPE_CHECKING:
    from corelog.services.recovery import OpenEntry

MAX_SHOWN = 3
"""Open entries listed here; more are one click away on the Recovery page."""


def checked_words(item: OpenEntry, today: date) -> str:
    if item.checked_today:
        return Today.tr("Checked today")
    return Today.tr("Last checked {day}").format(day=short_day(item.last_check.date(), today))


class SorenessRow(QFrame):
    """One open entry: where, how bad, for how long, and what to do today."""

    sig_open = Signal(int)
    """Open the entry on the Recovery page; carries its id."""
    sig_follow_up = Signal(int)
    """Answer "how is it today?" for the entry; carries its id."""

    def __init__(self, item: OpenEntry, today: date, parent: QWidget | None = None) -> None:
        # The Recovery page's words, loaded only once there is soreness to show.
        from corelog.ui.recovery.words import ACTION_LOOKS, badge, days_text, severity_text

        super().__init__(parent)
        self.item = item
        c = colors()
        colour_name = ACTION_LOOKS.get(item.action, ("accent", ""))[0]
        badge_text = badge(item.action) if item.action in ACTION_LOOKS else item.action_name.upper()
        colour = getattr(c, colour_name)
        self.setObjectName("todaySorenessEntry")
        self.setStyleSheet(
            f"QFrame#todaySorenessEntry {{ border: 1px solid {c.grid}; "
            f"border-left: 6px solid {colour}; border-radius: 6px; background: {c.card}; }}"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 10, 8)
        box.setSpacing(4)
        state = item.state
        severity, days = severity_text(state.severity), days_text(state.days_lasted)
        box.addLayout(self._build_top(item, f"{severity} · {days}", c))
        box.addLayout(self._build_advice(item, badge_text, colour, c))
        self._add_reason(box, item, c)
        box.addLayout(self._build_bottom(item, today))
        self.setAccessibleName(
            Today.tr("{region}: {severity}, {days}. Today: {advice}.").format(
                region=item.region_name,
                severity=severity,
                days=days,
                advice=item.action_name,
            )
        )

    def _build_top(self, item: OpenEntry, how_bad: str, c: ThemeColors) -> QHBoxLayout:
        """The top line: the region (a link to its guidance), how bad and for how long."""
        entry_id = item.entry.id
        top = QHBoxLayout()
        top.setSpacing(8)
        self.region = named(
            QPushButton(item.region_name),
            "todaySorenessOpen",
            Today.tr("Open the {region} entry on the Recovery page").format(
                region=item.region_name
            ),
            Today.tr("See the full guidance on the Recovery page"),
        )
        self.region.setFlat(True)
        self.region.setCursor(Qt.CursorShape.PointingHandCursor)
        self.region.setStyleSheet(
            f"QPushButton {{ font-weight: 600; font-size: {font_pt(11)}pt; text-align: left; "
            f"border: none; padding: 0; color: {c.text}; }} "
            f"QPushButton:hover {{ color: {c.accent}; text-decoration: underline; }}"
        )
        self.region.clicked.connect(lambda: self.sig_open.emit(entry_id))
        top.addWidget(self.region)
        detail = muted(how_bad)
        detail.setObjectName("todaySorenessDetail")
        top.addWidget(detail, 1)
        return top

    def _build_advice(
        self, item: OpenEntry, badge_text: str, colour: str, c: ThemeColors
    ) -> QHBoxLayout:
        """What to do today, on a coloured badge, with the rule behind it as a tooltip."""
        # Loaded only once there is soreness to show, as the words are.
        from corelog.ui.recovery.tips import QUOTES_TEXT, note_html, quotes_html

        name = escape(item.action_name, quote=False)
        action = QLabel(
            f"{badge_html(badge_text, colour, c)}&nbsp; "
            f'<span style="color:{colour}; font-weight:600">{name}</span>'
        )
        action.setObjectName("todaySorenessAction")
        action.setTextFormat(Qt.TextFormat.RichText)
        action.setAccessibleName(Today.tr("Today: {advice}").format(advice=item.action_name))
        if item.rule is not None:
            # The rule that chose it and the sentence it rests on, as on the Recovery page.
            action.setToolTip(
                f"{note_html(item.rule)}<br><br><b>{Recovery.marked(QUOTES_TEXT)}</b><br>{quotes_html([item.rule])}"
            )
            speak_plainly(action)
        # The advice's name is the documents' (in English), as on the Recovery page: the
        # mark stands on the same line, after it.
        headline = QHBoxLayout()
        headline.addWidget(action)
        in_english = InEnglishMark("todaySorenessInEnglish")
        if in_english.show_for(True):
            described = action.accessibleDescription()
            action.setAccessibleDescription(
                f"{in_english.text()}. {described}" if described else in_english.text()
            )
        headline.addWidget(in_english, 1)
        return headline

    def _add_reason(self, box: QVBoxLayout, item: OpenEntry, c: ThemeColors) -> None:
        """Why that advice, and a warning line when the entry has warning signs."""
        reason = muted(item.action_reason)
        reason.setObjectName("todaySorenessReason")
        box.addWidget(reason)
        if item.has_red_flags:
            words = Today.tr("Warning signs: open the entry to read them.")
            flags = QLabel(f'<span style="color:{c.danger}; font-weight:600">{words}</span>')
            flags.setObjectName("todaySorenessWarning")
            flags.setWordWrap(True)
            box.addWidget(flags)

    def _build_bottom(self, item: OpenEntry, today: date) -> QHBoxLayout:
        """The bottom line: "How is it today?" and when it was last checked."""
        entry_id = item.entry.id
        bottom = QHBoxLayout()
        self.follow_up = named(
            QPushButton(Today.tr("How is it today?")),
            "todaySorenessFollowUp",
            Today.tr("How is the {region} today?").format(region=item.region_name),
            Today.tr("Record how it feels today; the advice follows"),
        )
        self.follow_up.clicked.connect(lambda: self.sig_follow_up.emit(entry_id))
        bottom.addWidget(self.follow_up)
        checked = muted(checked_words(item, today), wrap=False)
        checked.setObjectName("todaySorenessChecked")
        bottom.addWidget(checked)
        bottom.addStretch(1)
        return bottom

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.sig_open.emit(self.item.entry.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class SorenessCard(Card):
    """Open soreness entries with today's advice, warning signs first."""

    sig_open = Signal(int)
    sig_follow_up = Signal(int)
    sig_show_all = Signal()
    """Show every open entry on the Recovery page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Today.tr("Soreness"), parent)
        self.setObjectName("todaySorenessCard")
        self.none = muted(
            Today.tr(
                "Nothing sore right now. If something starts to hurt, log it "
                "(Ctrl+Shift+S): CoreLog tells you what it most likely is and whether to run, "
                "rest or see a physiotherapist."
            )
        )
        self.none.setObjectName("todaySorenessNone")
        self.body.addWidget(self.none)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        self.body.addLayout(self.list)
        self.all = named(
            QPushButton(),
            "todaySorenessAll",
            Today.tr("See every open soreness entry"),
            Today.tr("Open the Recovery page's list of open entries"),
        )
        self.all.clicked.connect(self.sig_show_all)
        self.body.addWidget(self.all, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[SorenessRow] = []

    def show_entries(self, items: Sequence[OpenEntry], today: date) -> None:
        clear_layout(self.list)
        self.rows = []
        for item in items[:MAX_SHOWN]:
            row = SorenessRow(item, today)
            row.sig_open.connect(self.sig_open)
            row.sig_follow_up.connect(self.sig_follow_up)
            self.list.addWidget(row)
            self.rows.append(row)
        self.none.setVisible(not items)
        more = len(items) - MAX_SHOWN
        if more > 0:
            self.all.setText(Today.tr("%Ln more open entries on the Recovery page…", "", more))
        self.all.setVisible(more > 0)
        count = len(items)
        self.setAccessibleName(
            Today.tr("Soreness: nothing open")
            if not count
            else Today.tr("Soreness: %Ln open entries", "", count)
        )
