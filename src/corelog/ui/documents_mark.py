"""The mark beside the documents' words: "from the documents, in English".

The documents' texts (advice, quotes, the muscles' and exercises' notes, the dose) stay
in English, as loaded: a loose translation of advice is a risk. When CoreLog speaks
another language, every place that shows them says so, in that language, with this one
text (the Recovery page's cards, the Today page's soreness, the muscles worked, Learn the
core and the exercise library, the timer's progress, History's insights). In English
there is nothing to say, and the mark stays hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from corelog.domain.i18n import Recovery


def in_english_mark() -> str:
    """ "from the documents, in English", in the user's language, beside the documents'
    words when CoreLog speaks another language; nothing when CoreLog speaks English."""
    if QLocale().language() == QLocale.Language.English:
        return ""
    return Recovery.tr("from the documents, in English")


class InEnglishMark(QLabel):
    """The mark as a quiet line of its own, shown by :meth:`show_for` only where the
    documents' words are shown and CoreLog does not speak English."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(in_english_mark(), parent)
        self.setObjectName(object_name)
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.hide()

    def show_for(self, documents_shown: bool) -> bool:
        """Shows the mark when ``documents_shown`` (and there is a mark to show); returns
        whether it is shown."""
        shown = bool(self.text()) and documents_shown
        self.setVisible(shown)
        return shown
