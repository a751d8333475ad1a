"""Guidance lines as rich text, and the cards that show what each line rests on.

A tip reads: its title, what CoreLog found ("CoreLog's reading: ..." where it is CoreLog's
reading of the entry or history), the knowledge text, further advice in italics, and the
citation line. Lines that belong with it (the rule that chose an action, CoreLog's own
note on it) follow, each with its own citation.

Every card of cited lines has a "From the documents" toggle in its title row: a button,
so it is reached with Tab and switched with Space, that shows under the card the
sentences each line rests on, word for word, with the document they come from. The same
sentences are the tooltip of the card's text. Each rich-text label also carries its
text as plain words for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.services.recovery import Tip
from corelog.ui.accessibility import speak_plainly
from corelog.ui.documents_mark import InEnglishMark, in_english_mark
from corelog.ui.theme import colors
from corelog.ui.widgets import Card, section_title

READING_LABEL = QT_TRANSLATE_NOOP("Recovery", "CoreLog's reading")
QUOTES_TEXT = QT_TRANSLATE_NOOP("Recovery", "From the documents")
QUOTES_TOGGLE = "quotesToggle"
"""The property that marks a card's "From the documents" toggle (whatever its text)."""


def plain_text(html: str) -> str:
    """What a rich-text label says, as plain words (for accessibility)."""
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def rich(html: str, object_name: str = "") -> QLabel:
    """A wrapping, selectable rich-text label whose accessible name is its plain text."""
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(plain_text(html))
    if object_name:
        label.setObjectName(object_name)
    return label


def set_rich(label: QLabel, html: str) -> None:
    label.setText(html)
    label.setAccessibleName(plain_text(html))


def _muted(text: str) -> str:
    return f'<span style="color:{colors().muted}">{escape(text)}</span>'


def note_html(note: Tip) -> str:
    """A line that goes with a tip: "The rule behind it: ... (source: ...)"."""
    return f"<b>{escape(note.title)}:</b> {escape(note.text)} {_muted(note.source_line)}"


def tip_html(tip: Tip, *, title: bool = True) -> str:
    """A tip as rich text: title, what CoreLog found, the advice, the source, its notes."""
    parts = []
    if title and tip.title:
        parts.append(f"<b>{escape(tip.title)}</b>")
    if tip.detail:
        label = f"<i>{escape(Recovery.marked(READING_LABEL))}:</i> " if tip.reading else ""
        parts.append(label + escape(tip.detail))
    parts.append(escape(tip.text))
    if tip.extra:
        parts.append(f"<i>{escape(tip.extra)}</i>")
    parts.append(_muted(tip.source_line))
    parts.extend(note_html(note) for note in tip.notes)
    return "<br>".join(parts)


def tips_html(tips: Sequence[Tip]) -> str:
    return "<br><br>".join(tip_html(t) for t in tips)


def group_html(heading: str, tips: Sequence[Tip]) -> str:
    """A sub-heading over its tips, or nothing when there are none."""
    if not tips:
        return ""
    return f"<b>{escape(heading)}</b><br>" + tips_html(tips)


def cited_lines(tips: Sequence[Tip]) -> list[Tip]:
    """The tips and the lines that go with them, in the order shown."""
    return [line for t in tips for line in (t, *t.notes)]


def _line_name(line: Tip) -> str:
    """The line's title, or, for a line without one, its words (the documents', whole)."""
    return line.title or line.text


def _quoted(line: Tip) -> str:
    """The line's quotes, grouped under the document each comes from."""
    groups: dict[str, list[str]] = {}
    for quote in line.quotes:
        groups.setdefault(quote.source.label, []).append(f"<i>“{escape(quote.text)}”</i>")
    return "<br>".join(f"{_muted(label)}<br>" + "<br>".join(said) for label, said in groups.items())


def quotes_html(lines: Sequence[Tip]) -> str:
    """What each line rests on: the documents' sentences, word for word."""
    blocks = []
    for line in lines:
        quoted = _quoted(line)
        if line.own:
            rests = (
                Recovery.tr("Resting on the document's rule:")
                if line.key.endswith("_reading")
                else Recovery.tr("CoreLog's reading, resting on the document's rule:")
            )
            said = (
                f"{rests}<br>{quoted}"
                if quoted
                else Recovery.tr("CoreLog's own words, not a document's.")
            )
        else:
            said = quoted
        blocks.append(f"<b>{escape(_line_name(line))}</b><br>{said}")
    return "<br><br>".join(blocks)


class QuotedCard(Card):
    """A card whose title row has a "From the documents" toggle.

    ``add_text`` puts a label of cited lines in the card; the toggle shows, under them,
    the sentences they rest on (``quotes``), which are also the labels' tooltip.
    """

    def __init__(
        self, title: str, object_name: str, quotes_name: str, *, heading: QLabel | None = None
    ) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.title = title
        row = QHBoxLayout()
        if heading is None:
            heading = section_title(title)
            heading.setWordWrap(True)  # long titles (and languages) wrap beside the toggle
        row.addWidget(heading, 1)
        self.toggle = QToolButton()
        self.toggle.setObjectName(quotes_name)
        self.toggle.setText(Recovery.marked(QUOTES_TEXT))
        self.toggle.setProperty(QUOTES_TOGGLE, True)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(
            Recovery.tr("From the documents: {card}").format(card=title)
        )
        self.toggle.setToolTip(
            Recovery.tr("Show the sentences of the documents these lines rest on")
        )
        row.addWidget(self.toggle)
        self.body.addLayout(row)
        # Shown by finish() when the card holds the documents' words.
        self.in_english = InEnglishMark(f"{quotes_name}InEnglish")
        self.body.addWidget(self.in_english)
        self.lines: list[Tip] = []
        self.quotes = rich("", f"{quotes_name}Text")
        self.quotes.hide()
        self.toggle.toggled.connect(self._show_quotes)
        self._texts: list[QLabel] = []

    def _show_quotes(self, shown: bool) -> None:
        self.quotes.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

    def add_text(self, html: str, object_name: str, tips: Sequence[Tip]) -> QLabel:
        label = rich(html, object_name)
        self.body.addWidget(label)
        self._texts.append(label)
        self.lines += cited_lines(tips)
        return label

    def finish(self) -> None:
        """Put the quotes under the lines, or drop the toggle when nothing is quoted."""
        # The mark only where the documents' words are shown.
        self.in_english.show_for(any(not line.own for line in self.lines))
        shown = [line for line in self.lines if line.quotes or line.own]
        if not shown:
            self.toggle.hide()
            if self.in_english.isVisibleTo(self):
                for label in self._texts:
                    label.setAccessibleDescription(self.in_english.text())
            return
        html = quotes_html(shown)
        set_rich(self.quotes, html)
        self.restyle()
        self.body.addWidget(self.quotes)
        tooltip = f"<b>{escape(Recovery.marked(QUOTES_TEXT))}</b><br>{html}"
        mark = in_english_mark() if self.in_english.isVisibleTo(self) else ""
        for label in self._texts:
            label.setToolTip(tooltip)
            speak_plainly(label)  # the same sentences, without markup, as its description
            if mark:
                label.setAccessibleDescription(f"{mark}. {label.accessibleDescription()}")

    def restyle(self) -> None:
        """The quotes set apart from the advice: a quiet panel with a line at its left."""
        c = colors()
        self.quotes.setStyleSheet(
            f"QLabel#{self.quotes.objectName()} {{ background: {c.window}; color: {c.text};"
            f" border-left: 3px solid {c.accent}; padding: 6px 8px; }}"
        )


def toggles(widget: QWidget) -> list[QToolButton]:
    """The "From the documents" toggles inside ``widget``, in the order shown."""
    return [
        button
        for button in widget.findChildren(QToolButton)
        if button.property(QUOTES_TOGGLE) and not button.isHidden()
    ]
