"""Muscles worked: what a kind of run works most, from the source documents, named.

Shown beside the run form (it follows the run type as the user picks it) and for a
saved run selected in the list. The knowledge base is read on first use, after the
page is on screen, so it costs nothing at start-up.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from corelog.domain.i18n import Log
from corelog.services import runs as run_service
from corelog.ui import theme
from corelog.ui.documents_mark import InEnglishMark
from corelog.ui.widgets import Card, muted, scrolled


class MusclesPanel(Card):
    """A card listing the muscles a run works; ``show_kind`` says which run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Log.tr("Muscles worked"), parent)
        self.setObjectName("runMusclesPanel")
        self.setAccessibleName(Log.tr("Muscles worked"))
        self.caption = muted("")
        self.caption.setObjectName("runMusclesCaption")
        self.body.addWidget(self.caption)
        self.in_english = InEnglishMark("runMusclesInEnglish")
        self.body.addWidget(self.in_english)

        self.text = QLabel()
        self.text.setObjectName("runMusclesText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = scrolled(self.text, Log.tr("Muscles worked"), sideways=False)
        self.scroll.setObjectName("runMusclesScroll")
        self.scroll.viewport().setAutoFillBackground(False)
        self.text.setAutoFillBackground(False)
        self.body.addWidget(self.scroll, 1)

        self._kind: tuple[str, str | None] = ("easy", None)
        self._pending = False

    # -- what to show
    def show_kind(self, run_type: str, race_class: str | None, caption: str) -> None:
        """Show the muscles for ``run_type`` (and race class), under ``caption``."""
        self._kind = (run_type, race_class)
        self.caption.setText(caption)
        if not self._pending:
            self._pending = True
            # Read the knowledge base once the event loop runs, not while pages are built.
            QTimer.singleShot(0, self.render)

    def kind(self) -> tuple[str, str | None]:
        return self._kind

    @property
    def pending(self) -> bool:
        """True between a request and the card showing it (the next event-loop turn)."""
        return self._pending

    def render(self) -> None:
        """Fill the card for the kind of run last asked for."""
        self._pending = False
        run_type, race_class = self._kind
        muscles = run_service.muscles_for_run(run_type, race_class)
        cite = f"color:{theme.colors().muted}"
        shown = [muscles.note.sources, muscles.core.sources]
        parts = [f"<p>{escape(muscles.note.text)}</p>"]
        if muscles.has_specific:
            items = [
                f"<li><b>{escape(worked.muscle.name)}</b>: {escape(worked.note)}</li>"
                for worked in muscles.specific
            ]
            shown += [worked.sources for worked in muscles.specific]
        else:
            every = muscles.every_run_note
            names = ", ".join(m.name for m in muscles.every_run)
            items = [
                f"<li>{escape(every.text)}</li>",
                f"<li>{escape(names)}</li>",
            ]
            shown.append(every.sources)
        parts.append(f'<ul style="margin-left:-22px">{"".join(items)}</ul>')
        parts.append(Log.tr("<p><b>Core:</b> {text}</p>").format(text=escape(muscles.core.text)))
        cited = run_service.cite(sid for group in shown for sid in group)
        words = Log.tr("In CoreLog's words {sources}").format(sources=escape(cited))
        parts.append(f'<p style="{cite}">{words}</p>')
        self.text.setText("".join(parts))
        if self.in_english.show_for(True):  # the knowledge base's words, in English
            self.text.setAccessibleDescription(self.in_english.text())

    def shown_text(self) -> str:
        """What the card says, as plain text (for tests and accessibility)."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return self.caption.text() + "\n" + document.toPlainText()
