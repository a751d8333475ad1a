"""What CoreLog advises for one soreness entry, as the Recovery page shows it.

Warning signs come first, then what to do today (in its colour and in words, never by
colour alone), what it most likely is and why, what relieves it, what may have caused
it, how to keep it away once it has settled, what loads the region, how it has gone
since, and the note that this is general information. Every tip names its source
document by title. The "how is it today?" follow-up opens inline, above the advice.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.formatting import count_text
from corelog.domain.soreness import severity_band
from corelog.services.knowledge import citation
from corelog.services.recovery import Guidance, Tip, local_time
from corelog.ui.recovery.words import (
    ACTION_LOOKS,
    BAND_LABELS,
    TREND_SHORT,
    day_text,
    days_text,
    link_text,
    severity_text,
    when_text,
)
from corelog.ui.theme import colors
from corelog.ui.widgets import Card, field_error, muted, named, section_title, show_error


def tip_html(tip: Tip, *, title: bool = True) -> str:
    """A tip as rich text: title, what CoreLog found, the documents' advice, the source."""
    c = colors()
    parts = []
    if title and tip.title:
        parts.append(f"<b>{escape(tip.title)}</b>")
    if tip.detail:
        parts.append(escape(tip.detail))
    parts.append(escape(tip.text))
    if tip.extra:
        parts.append(f"<i>{escape(tip.extra)}</i>")
    parts.append(f'<span style="color:{c.muted}">{escape(tip.source_line)}</span>')
    return "<br>".join(parts)


def _rich(html: str, object_name: str = "") -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _group(heading: str, tips: tuple[Tip, ...]) -> str:
    """A sub-heading over its tips, or nothing when there are none."""
    if not tips:
        return ""
    return f"<b>{escape(heading)}</b><br>" + "<br><br>".join(tip_html(t) for t in tips)


def _tips_label(tips: tuple[Tip, ...], object_name: str) -> QLabel:
    return _rich("<br><br>".join(tip_html(t) for t in tips), object_name)


class FollowUpWidget(QFrame):
    """"How is it today?": the severity now, then one click on Better, Same or Worse."""

    sig_record = Signal(str)
    """Record a follow-up with this trend ("improving", "steady", "worsening")."""
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "followUpPanel", "How is it today?")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(section_title("How is it today?"))
        row = QHBoxLayout()
        row.addWidget(QLabel("How bad now:"))
        self.severity = named(QSpinBox(), "followUpSeverity", "Severity now, from 0 to 10")
        self.severity.setRange(0, 10)
        self.severity.setSuffix(" /10")
        self.severity.valueChanged.connect(self._show_band)
        row.addWidget(self.severity)
        self.band = muted("", wrap=False)
        row.addWidget(self.band)
        row.addStretch(1)
        layout.addLayout(row)
        self.swelling = named(
            QCheckBox("Swelling, or tenderness that gets worse when I move"),
            "followUpSwelling",
            "Swelling or tenderness now",
        )
        layout.addWidget(self.swelling)
        self.notes = named(QLineEdit(), "followUpNotes", "Follow-up notes")
        self.notes.setPlaceholderText("Notes (optional)")
        layout.addWidget(self.notes)
        self.error = field_error("followUpError")
        layout.addWidget(self.error)
        layout.addWidget(muted("Compared with last time, it is:"))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for trend, text, name in (
            ("improving", "&Better", "followUpBetter"),
            ("steady", "About the &same", "followUpSame"),
            ("worsening", "&Worse", "followUpWorse"),
        ):
            button = named(QPushButton(text), name, f"Record: {text.replace('&', '').lower()}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, t=trend: self.sig_record.emit(t))
            self.buttons[trend] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.cancel = named(QPushButton("Cancel"), "followUpCancel", "Cancel the follow-up")
        self.cancel.setToolTip("Esc")
        self.cancel.clicked.connect(self.sig_cancel.emit)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)

    def start(self, severity: int, swelling: bool) -> None:
        self.severity.setValue(severity)
        self._show_band(severity)
        self.swelling.setChecked(swelling)
        self.notes.clear()
        show_error(self.error, None)
        self.show()
        self.severity.setFocus()
        self.severity.selectAll()

    def _show_band(self, value: int) -> None:
        self.band.setText(BAND_LABELS[severity_band(value)].lower())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.sig_cancel.emit()
            return
        super().keyPressEvent(event)


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
        named(self, "recoveryGuidance", "Guidance")
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

        buttons = QHBoxLayout()
        self.follow_up_button = named(
            QPushButton("How is it today?"), "guidanceFollowUp", "How is it today?",
            "Record how it feels now (Ctrl+T)",
        )
        self.follow_up_button.clicked.connect(self.open_follow_up)
        self.resolve_button = named(
            QPushButton("Resolved"), "guidanceResolve", "Mark resolved",
            "The soreness has gone: close this entry",
        )
        self.resolve_button.clicked.connect(self.sig_resolve.emit)
        self.reopen_button = named(
            QPushButton("Reopen"), "guidanceReopen", "Reopen", "It is back: open this entry again"
        )
        self.reopen_button.clicked.connect(self.sig_reopen.emit)
        self.edit_button = named(QPushButton("Edit…"), "guidanceEdit", "Edit entry")
        self.edit_button.clicked.connect(self.sig_edit.emit)
        self.delete_button = named(QPushButton("Delete"), "guidanceDelete", "Delete entry")
        self.delete_button.clicked.connect(self.sig_delete.emit)
        for button in (self.follow_up_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self.follow_up = FollowUpWidget()
        self.follow_up.hide()
        self.follow_up.sig_record.connect(self.sig_follow_up.emit)
        self.follow_up.sig_cancel.connect(self.close_follow_up)
        layout.addWidget(self.follow_up)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(12)
        layout.addWidget(self.body)
        layout.addStretch(1)

    # ------------------------------------------------------------------ showing
    def show_guidance(self, guidance: Guidance, unit: str, today: date | None = None) -> None:
        self.guidance = guidance
        entry = guidance.entry
        state = guidance.state
        is_open = entry.is_open
        self.heading.setText(f"{guidance.region_name}: {severity_text(state.severity)}")
        noted_local = local_time(entry.noted_at, entry.utc_offset_min)
        status = (
            f"open, {days_text(state.days_lasted)}"
            if is_open
            else f"resolved {day_text(state.as_of, today)} after {days_text(state.days_lasted)}"
        )
        summary = f"Logged {when_text(noted_local, today)} · {status}"
        if guidance.link is not None and not guidance.link.deleted:
            summary += f"\nAfter: {link_text(guidance.link, unit, today)}"
        if guidance.updates:
            summary += f" · {count_text(len(guidance.updates), 'follow-up')}"
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
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the panel now, freed soon
                widget.deleteLater()

    def _rebuild(self, guidance: Guidance, today: date | None) -> None:
        self._clear_body()
        add = self.body_layout.addWidget
        c = colors()
        if guidance.link_note:
            note = _rich(
                f'<span style="color:{c.warn}">{escape(guidance.link_note)}</span>',
                "guidanceLinkNote",
            )
            add(note)
        if guidance.red_flags:
            add(self._red_flags(guidance))
        add(self._action(guidance))

        kind = Card("What it most likely is")
        kind.setObjectName("guidanceKindCard")
        kind.body.addWidget(_rich(tip_html(guidance.kind), "guidanceKind"))
        add(kind)

        relief = Card("What relieves it")
        relief.setObjectName("guidanceReliefCard")
        groups = [
            _group("Part of today's plan", guidance.relief_today),
            _group(
                "Can also help" if guidance.relief_today else "What can help",
                guidance.relief_also,
            ),
        ]
        if guidance.relief_note:
            names = ", ".join(t.title.lower() for t in guidance.relief_held_off)
            groups.append(f"<b>Not yet</b> ({escape(names)})<br>{escape(guidance.relief_note)}")
        relief.body.addWidget(_rich("<br><br>".join(g for g in groups if g), "guidanceRelief"))
        add(relief)

        causes = Card("What may have caused it")
        causes.setObjectName("guidanceCausesCard")
        if guidance.causes:
            causes.body.addWidget(_tips_label(guidance.causes, "guidanceCauses"))
        else:
            causes.body.addWidget(
                _rich("Nothing in your recent training stands out as a cause.", "guidanceCauses")
            )
        if guidance.other_reasons:
            lines = "<br>".join(
                f"<b>{escape(t.title)}:</b> {escape(t.text)}" for t in guidance.other_reasons
            )
            sources = citation(s.id for t in guidance.other_reasons for s in t.sources)
            other = _rich(
                f"<b>Other common reasons</b> (CoreLog cannot see these in your log)<br>{lines}"
                f'<br><span style="color:{c.muted}">{escape(sources)}</span>',
                "guidanceOtherReasons",
            )
            causes.body.addWidget(other)
        add(causes)

        prevention = Card("When it has settled: keep it away")
        prevention.setObjectName("guidancePreventionCard")
        groups = [
            _group("Exercises that strengthen this area", guidance.prevention_exercises),
            _group("Habits", guidance.prevention_habits),
        ]
        prevention.body.addWidget(
            _rich("<br><br>".join(g for g in groups if g), "guidancePrevention")
        )
        add(prevention)

        region = Card("About this region")
        region.setObjectName("guidanceRegionCard")
        region.body.addWidget(_tips_label(guidance.region_facts, "guidanceRegionFacts"))
        add(region)

        history = self._history(guidance, today)
        if history is not None:
            add(history)

        notice = QFrame()
        notice.setObjectName("guidanceNoticeCard")
        notice.setProperty("role", "card")
        box = QVBoxLayout(notice)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(_rich(tip_html(guidance.notice), "guidanceNotice"))
        add(notice)

    def _red_flags(self, guidance: Guidance) -> QFrame:
        c = colors()
        card = QFrame()
        card.setObjectName("guidanceRedFlagsCard")
        card.setStyleSheet(
            f"QFrame#guidanceRedFlagsCard {{ border: 2px solid {c.danger}; border-radius: 8px;"
            f" background: {c.card}; }}"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 12, 14, 12)
        count = len(guidance.red_flags)
        title = _rich(
            f'<span style="color:{c.danger}; font-size:12pt; font-weight:600">'
            f"Warning sign{'s' if count > 1 else ''}: these come first</span>"
        )
        box.addWidget(title)
        box.addWidget(_tips_label(guidance.red_flags, "guidanceRedFlags"))
        return card

    def _action(self, guidance: Guidance) -> QFrame:
        c = colors()
        colour_name, badge = ACTION_LOOKS[guidance.action_key]
        colour = getattr(c, colour_name)
        card = QFrame()
        card.setObjectName("guidanceActionCard")
        card.setStyleSheet(
            f"QFrame#guidanceActionCard {{ border: 2px solid {colour}; border-left: 10px solid "
            f"{colour}; border-radius: 8px; background: {c.card}; }}"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        top = QHBoxLayout()
        # A resolved entry shows what CoreLog advised while it lasted, not advice for today.
        heading = (
            "What CoreLog advised while it lasted"
            if guidance.entry.resolved_at is not None
            else "What to do today"
        )
        label = QLabel(heading)
        label.setObjectName("guidanceActionHeading")
        label.setProperty("role", "muted")
        top.addWidget(label)
        top.addStretch(1)
        box.addLayout(top)
        badge_text = c.ink  # readable on the action colour
        title = QLabel(
            f'<span style="background:{colour}; color:{badge_text}; font-weight:700">'
            f"&nbsp;{badge}&nbsp;</span>&nbsp; "
            f'<span style="color:{colour}; font-size:15pt; font-weight:700">'
            f"{escape(guidance.action.title)}</span>"
        )
        title.setObjectName("guidanceAction")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        title.setAccessibleName(f"{heading}: {guidance.action.title}")
        box.addWidget(title)
        box.addWidget(_rich(tip_html(guidance.action, title=False), "guidanceActionText"))
        return card

    def _history(self, guidance: Guidance, today: date | None) -> Card | None:
        if not guidance.updates:
            return None
        card = Card("How it has gone")
        card.setObjectName("guidanceUpdatesCard")
        entry = guidance.entry
        lines = [
            f"{escape(when_text(local_time(entry.noted_at, entry.utc_offset_min), today))}: "
            f"{escape(severity_text(entry.severity))}, {TREND_SHORT[entry.trend]} (logged)"
        ]
        for update in guidance.updates:
            when = when_text(local_time(update.noted_at, update.utc_offset_min), today)
            line = f"{escape(when)}: {escape(severity_text(update.severity))}, "
            line += TREND_SHORT[update.trend]
            if update.swelling:
                line += ", swelling or tenderness"
            if update.notes:
                line += f" · <i>{escape(update.notes)}</i>"
            lines.append(line)
        card.body.addWidget(_rich("<br>".join(lines), "guidanceUpdates"))
        return card
