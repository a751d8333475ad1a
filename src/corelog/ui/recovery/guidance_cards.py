"""The cards of an entry's guidance, one builder each, in the order they are shown.

Warning signs come first, then what to do today (in its colour and in words, never by
colour alone) with the rule that chose it, what it most likely is and why, what relieves
it, what may have caused it, how to keep it away once it has settled, what loads the
region, how it has gone since, and the note that this is general information. Each card
of cited lines has its "From the documents" toggle (:class:`~tips.QuotedCard`).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from corelog.domain.i18n import Recovery
from corelog.services.recovery import Guidance, local_time
from corelog.ui.recovery.tips import (
    QuotedCard,
    group_html,
    note_html,
    rich,
    tip_html,
    tips_html,
)
from corelog.ui.recovery.words import ACTION_LOOKS, badge, severity_text, trend_word, when_text
from corelog.ui.theme import colors, font_pt
from corelog.ui.widgets import Card


def link_note(guidance: Guidance) -> QLabel | None:
    if not guidance.link_note:
        return None
    return rich(
        f'<span style="color:{colors().warn}">{escape(guidance.link_note)}</span>',
        "guidanceLinkNote",
    )


def red_flags_card(guidance: Guidance) -> QuotedCard:
    c = colors()
    count = len(guidance.red_flags)
    title = (
        Recovery.tr("Warning signs: these come first")
        if count > 1
        else Recovery.tr("Warning sign: these come first")
    )
    heading = rich(
        f'<span style="color:{c.danger}; font-size:{font_pt(12)}pt; font-weight:600">{title}</span>'
    )
    card = QuotedCard(title, "guidanceRedFlagsCard", "guidanceRedFlagsQuotes", heading=heading)
    card.setStyleSheet(
        f"QFrame#guidanceRedFlagsCard {{ border: 2px solid {c.danger}; border-radius: 8px;"
        f" background: {c.card}; }}"
    )
    card.add_text(tips_html(guidance.red_flags), "guidanceRedFlags", guidance.red_flags)
    card.finish()
    return card


def action_card(guidance: Guidance) -> QuotedCard:
    c = colors()
    colour_name = ACTION_LOOKS[guidance.action_key][0]
    colour = getattr(c, colour_name)
    # A resolved entry shows what CoreLog advised while it lasted, not advice for today.
    heading_text = (
        Recovery.tr("What CoreLog advised while it lasted")
        if guidance.entry.resolved_at is not None
        else Recovery.tr("What to do today")
    )
    heading = QLabel(heading_text)
    heading.setObjectName("guidanceActionHeading")
    heading.setProperty("role", "muted")
    card = QuotedCard(heading_text, "guidanceActionCard", "guidanceActionQuotes", heading=heading)
    card.setStyleSheet(
        f"QFrame#guidanceActionCard {{ border: 2px solid {colour}; border-left: 10px solid "
        f"{colour}; border-radius: 8px; background: {c.card}; }}"
    )
    card.body.setContentsMargins(16, 12, 16, 12)
    card.body.setSpacing(6)
    badge_text = c.ink  # readable on the action colour
    title = rich(
        f'<span style="background:{colour}; color:{badge_text}; font-weight:700">'
        f"&nbsp;{escape(badge(guidance.action_key))}&nbsp;</span>&nbsp; "
        f'<span style="color:{colour}; font-size:{font_pt(15)}pt; font-weight:700">'
        f"{escape(guidance.action.title)}</span>",
        "guidanceAction",
    )
    title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    title.setAccessibleName(
        Recovery.tr("{heading}: {action}").format(
            heading=heading_text, action=guidance.action.title
        )
    )
    card.body.addWidget(title)
    card.add_text(tip_html(guidance.action, title=False), "guidanceActionText", (guidance.action,))
    card.finish()
    return card


def kind_card(guidance: Guidance) -> QuotedCard:
    card = QuotedCard(
        Recovery.tr("What it most likely is"), "guidanceKindCard", "guidanceKindQuotes"
    )
    card.add_text(tip_html(guidance.kind), "guidanceKind", (guidance.kind,))
    card.finish()
    return card


def relief_card(guidance: Guidance) -> QuotedCard:
    card = QuotedCard(Recovery.tr("What relieves it"), "guidanceReliefCard", "guidanceReliefQuotes")
    groups = [
        group_html(Recovery.tr("Part of today's plan"), guidance.relief_today),
        group_html(
            Recovery.tr("Can also help")
            if guidance.relief_today
            else Recovery.tr("What can help"),
            guidance.relief_also,
        ),
    ]
    shown = [*guidance.relief_today, *guidance.relief_also]
    note = guidance.relief_note
    if note is not None:
        names = ", ".join(t.title.lower() for t in guidance.relief_held_off)
        groups.append(
            Recovery.tr("<b>Not yet</b> ({methods})").format(methods=escape(names))
            + f"<br>{note_html(note)}"
        )
        shown.append(note)
    card.add_text("<br><br>".join(g for g in groups if g), "guidanceRelief", shown)
    card.finish()
    return card


def causes_card(guidance: Guidance) -> QuotedCard:
    card = QuotedCard(
        Recovery.tr("What may have caused it"), "guidanceCausesCard", "guidanceCausesQuotes"
    )
    if guidance.causes:
        card.add_text(tips_html(guidance.causes), "guidanceCauses", guidance.causes)
    else:
        card.add_text(
            Recovery.tr("Nothing in your recent training stands out as a cause."),
            "guidanceCauses",
            (),
        )
    if guidance.other_reasons:
        muted = colors().muted
        lines = "<br>".join(
            f"<b>{escape(t.title)}:</b> {escape(t.text)} "
            f'<span style="color:{muted}">{escape(t.source_line)}</span>'
            for t in guidance.other_reasons
        )
        card.add_text(
            Recovery.tr("<b>Other common reasons</b> (CoreLog cannot see these in your log)")
            + f"<br>{lines}",
            "guidanceOtherReasons",
            guidance.other_reasons,
        )
    card.finish()
    return card


def prevention_card(guidance: Guidance) -> QuotedCard:
    card = QuotedCard(
        Recovery.tr("When it has settled: keep it away"),
        "guidancePreventionCard",
        "guidancePreventionQuotes",
    )
    groups = [
        group_html(
            Recovery.tr("Exercises that strengthen this area"), guidance.prevention_exercises
        ),
        group_html(Recovery.tr("Habits"), guidance.prevention_habits),
    ]
    card.add_text(
        "<br><br>".join(g for g in groups if g),
        "guidancePrevention",
        [*guidance.prevention_exercises, *guidance.prevention_habits],
    )
    card.finish()
    return card


def region_card(guidance: Guidance) -> QuotedCard:
    card = QuotedCard(
        Recovery.tr("About this region"), "guidanceRegionCard", "guidanceRegionQuotes"
    )
    card.add_text(tips_html(guidance.region_facts), "guidanceRegionFacts", guidance.region_facts)
    card.finish()
    return card


def history_card(guidance: Guidance, today: date | None) -> Card | None:
    if not guidance.updates:
        return None
    card = Card(Recovery.tr("How it has gone"))
    card.setObjectName("guidanceUpdatesCard")
    entry = guidance.entry
    lines = [
        escape(
            Recovery.tr("{when}: {severity}, {trend} (logged)").format(
                when=when_text(local_time(entry.noted_at, entry.utc_offset_min), today),
                severity=severity_text(entry.severity),
                trend=trend_word(entry.trend),
            )
        )
    ]
    for update in guidance.updates:
        when = when_text(local_time(update.noted_at, update.utc_offset_min), today)
        said = (
            Recovery.tr("{when}: {severity}, {trend}, swelling or tenderness")
            if update.swelling
            else Recovery.tr("{when}: {severity}, {trend}")
        )
        line = escape(
            said.format(
                when=when, severity=severity_text(update.severity), trend=trend_word(update.trend)
            )
        )
        if update.notes:
            line += f" · <i>{escape(update.notes)}</i>"
        lines.append(line)
    card.body.addWidget(rich("<br>".join(lines), "guidanceUpdates"))
    return card


def notice_card(guidance: Guidance) -> QWidget:
    """General information, not medical advice: CoreLog's own words, and it says so."""
    notice = QFrame()
    notice.setObjectName("guidanceNoticeCard")
    notice.setProperty("role", "card")
    box = QVBoxLayout(notice)
    box.setContentsMargins(14, 10, 14, 10)
    box.addWidget(rich(tip_html(guidance.notice), "guidanceNotice"))
    return notice
