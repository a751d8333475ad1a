"""What CoreLog advises for one soreness entry, as the Recovery page shows it.

The panel holds the entry's heading and summary, its buttons (How is it today?, Resolved
or Reopen, Edit, Delete), the follow-up that opens inline above the advice, and the
advice itself: the cards built in :mod:`guidance_cards`, warning signs first. Every
cited card has a "From the documents" toggle, reached with Tab after the buttons, that
shows the sentences its lines rest on.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Common, Recovery
from corelog.services.recovery import Guidance, local_time
from corelog.ui.recovery import guidance_cards as cards
from corelog.ui.recovery.follow_up import FollowUpWidget
from corelog.ui.recovery.tips import toggles
from corelog.ui.recovery.words import day_text, days_text, link_text, severity_text, when_text
from corelog.ui.widgets import clear_layout, muted, named

__all__ = ["FollowUpWidget", "GuidancePanel"]


class GuidancePanel(QWidget):
    """The guidance for one entry, with its follow-up, resolve, edit and delete buttons."""

    sig_follow_up = Signal(str)
    """Record a follow-up on the shown entry with this trend (severity etc. from the form)."""
    sig_resolve = Signal()
    sig_reopen = Signal()
    sig_edit = Signal()
    sig_delete = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "recoveryGuidance", Recovery.tr("Guidance"))
        self.guidance: Guidance | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(12)

        self.heading = QLabel()
        self.heading.setObjectName("guidanceHeading")
        self.heading.setProperty("role", "sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = muted("")
        self.summary.setObjectName("guidanceSummary")
        layout.addWidget(self.summary)

        layout.addLayout(self._build_buttons())
        layout.addWidget(self._build_follow_up())
        layout.addWidget(self._build_body())
        layout.addStretch(1)

    def _build_buttons(self) -> QHBoxLayout:
        """The row under the summary: How is it today?, Resolved or Reopen; Edit, Delete."""
        buttons = QHBoxLayout()
        self.follow_up_button = named(
            QPushButton(Recovery.tr("How is it today?")),
            "guidanceFollowUp",
            Recovery.tr("How is it today?"),
            Recovery.tr("Record how it feels now (Ctrl+Shift+H)"),
        )
        self.follow_up_button.clicked.connect(self.open_follow_up)
        self.resolve_button = named(
            QPushButton(Recovery.tr("Resolved", "button")),
            "guidanceResolve",
            Recovery.tr("Mark resolved"),
            Recovery.tr("The soreness has gone: close this entry"),
        )
        self.resolve_button.clicked.connect(self.sig_resolve.emit)
        self.reopen_button = named(
            QPushButton(Recovery.tr("Reopen")),
            "guidanceReopen",
            Recovery.tr("Reopen"),
            Recovery.tr("It is back: open this entry again"),
        )
        self.reopen_button.clicked.connect(self.sig_reopen.emit)
        self.edit_button = named(
            QPushButton(Common.tr("Edit…")), "guidanceEdit", Recovery.tr("Edit entry")
        )
        self.edit_button.clicked.connect(self.sig_edit.emit)
        self.delete_button = named(
            QPushButton(Common.tr("Delete")), "guidanceDelete", Recovery.tr("Delete entry")
        )
        self.delete_button.clicked.connect(self.sig_delete.emit)
        for button in (self.follow_up_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        return buttons

    def _build_follow_up(self) -> FollowUpWidget:
        """The answer to "How is it today?", inline above the advice; hidden until asked."""
        self.follow_up = FollowUpWidget()
        self.follow_up.hide()
        self.follow_up.sig_record.connect(self.sig_follow_up.emit)
        self.follow_up.sig_cancel.connect(self.close_follow_up)
        return self.follow_up

    def _build_body(self) -> QWidget:
        """The advice: the cards of :mod:`guidance_cards`, filled for each entry shown."""
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(12)
        return self.body

    # ------------------------------------------------------------------ showing
    def show_guidance(self, guidance: Guidance, unit: str, today: date | None = None) -> None:
        self.guidance = guidance
        entry = guidance.entry
        state = guidance.state
        is_open = entry.is_open
        self.heading.setText(
            Recovery.tr("{region}: {severity}").format(
                region=guidance.region_name, severity=severity_text(state.severity)
            )
        )
        noted_local = local_time(entry.noted_at, entry.utc_offset_min)
        lasted = days_text(state.days_lasted)
        if is_open:
            summary = Recovery.tr("Logged {when} · open, {lasted}")
        else:
            summary = Recovery.tr("Logged {when} · resolved {day} after {lasted}")
        summary = summary.format(
            when=when_text(noted_local, today),
            lasted=lasted,
            day=day_text(state.as_of, today),
        )
        if guidance.link is not None and not guidance.link.deleted:
            summary += "\n" + Recovery.tr("After: {what}").format(
                what=link_text(guidance.link, unit, today)
            )
        if guidance.updates:
            summary += " · " + Recovery.tr("%Ln follow-ups", "", len(guidance.updates))
        self.summary.setText(summary)
        self.follow_up_button.setVisible(is_open)
        self.resolve_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)
        if not is_open:
            self.follow_up.hide()
        self._rebuild(guidance, today)

    def clear(self) -> None:
        self.guidance = None
        self.follow_up.hide()
        self._clear_body()

    def open_follow_up(self) -> None:
        if self.guidance is None or not self.guidance.entry.is_open:
            return
        self.follow_up.start(self.guidance.state.severity, self.guidance.state.swelling)

    def close_follow_up(self) -> None:
        self.follow_up.hide()
        self.follow_up_button.setFocus()

    def _clear_body(self) -> None:
        clear_layout(self.body_layout)

    def _rebuild(self, guidance: Guidance, today: date | None) -> None:
        self._clear_body()
        shown = [
            cards.link_note(guidance),
            cards.red_flags_card(guidance) if guidance.red_flags else None,
            cards.action_card(guidance),
            cards.kind_card(guidance),
            cards.relief_card(guidance),
            cards.causes_card(guidance),
            cards.prevention_card(guidance),
            cards.region_card(guidance),
            cards.history_card(guidance, today),
            cards.notice_card(guidance),
        ]
        for widget in shown:
            if widget is not None:
                self.body_layout.addWidget(widget)
        # Tab goes from the buttons and the follow-up to each card's "From the documents".
        chain = [self.follow_up.cancel, *toggles(self.body)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def quote_toggles(self) -> list[QToolButton]:
        """The "From the documents" toggles of the guidance shown, in order."""
        return toggles(self.body)
