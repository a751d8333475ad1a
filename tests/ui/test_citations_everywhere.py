"""Every page cites the source documents the same way: number and short title, one format."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from corelog.knowledge import citation, get_knowledge
from corelog.services.demo import generate_history

DOCUMENT_ID = re.compile(r"(?<![\d:.,/-])(00[0-4])(?![\d:%])")


def plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shown_texts(window) -> list[str]:
    """Every label's text and every tooltip on the window's pages, as plain text."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.text():
            found.append(plain(widget.text()))
        if widget.toolTip():
            found.append(plain(widget.toolTip()))
    return found


def test_every_page_cites_a_document_by_number_and_short_title(ctx, all_pages_window, qtbot):
    generate_history(ctx.store)
    window = all_pages_window
    for spec in window.specs:
        window.show_page(spec.page_id)
    history = window.page("history")
    for tab in range(3):
        history.show_tab(tab)
        QApplication.processEvents()
    short = {source.id: source.short_title for source in get_knowledge().sources}
    cited = 0
    for text in shown_texts(window):
        for match in DOCUMENT_ID.finditer(text):
            sid = match.group(1)
            assert text[match.end() :].startswith(f" · {short[sid]}"), text
            cited += 1
        assert "(document" not in text and "Source: " not in text, text
    assert cited >= 3  # the Today page, the History insights, the timer's starting point


def test_the_citation_reads_the_same_wherever_it_is_made():
    assert citation(["002"]) == citation(("002", "002")) == citation(iter(["002"]))
