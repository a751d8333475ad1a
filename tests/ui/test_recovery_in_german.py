"""The Recovery page in German: CoreLog's own words translated, the documents' advice kept
in English and marked so, on the page and for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_recovery_page import log_directly

from corelog.ui.recovery.page import RecoveryPage

MARK_DE = "aus den Dokumenten, auf Englisch"


def _sharp_pain(window, qtbot) -> RecoveryPage:
    store = window.ctx.store
    entry_id = log_directly(
        store,
        region="lower_back",
        severity=5,
        feel="sharp",
        onset="during",
        trend="steady",
        days_lasted="0",
    )
    page = window.show_page("recovery")
    assert isinstance(page, RecoveryPage)
    qtbot.waitExposed(page)
    page.refresh()
    page.open_entry(entry_id)
    return page


def _marks(page: RecoveryPage) -> list[QLabel]:
    return [
        label
        for label in page.guidance.findChildren(QLabel)
        if label.objectName().endswith("InEnglish") and label.isVisibleTo(page)
    ]


def test_in_german_the_documents_advice_is_marked_as_english(german, window, qtbot) -> None:
    page = _sharp_pain(window, qtbot)
    assert page.new_button.text() == "Beschwerden eintragen…"
    assert page.guidance.follow_up_button.text() == "Wie geht es heute?"
    marks = _marks(page)
    names = {label.objectName() for label in marks}
    # Every card that shows the documents' words says they are the documents', in English.
    assert {
        "guidanceRedFlagsQuotesInEnglish",
        "guidanceActionQuotesInEnglish",
        "guidanceKindQuotesInEnglish",
        "guidanceReliefQuotesInEnglish",
        "guidanceRegionQuotesInEnglish",
    } <= names
    assert all(label.text() == MARK_DE for label in marks)
    kind = page.guidance.findChild(QLabel, "guidanceKind")
    assert MARK_DE in kind.accessibleDescription()
    # CoreLog's own words around the advice are German; the advice stays English.
    action = page.guidance.findChild(QLabel, "guidanceActionHeading")
    assert action.text() == "Was du heute tun solltest"
    assert "Stop running and rest" in page.guidance.findChild(QLabel, "guidanceAction").text()


def test_in_german_the_reason_for_today_is_german_with_the_warning_sign_in_it(
    german, window, qtbot
) -> None:
    page = _sharp_pain(window, qtbot)
    today = page.open_model.index(0, 2)
    assert today.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "Warnzeichen gehen vor: der Schmerz ist stechend oder punktuell. Mit diesen Beschwerden "
        "solltest du nicht weitertrainieren."
    )


def test_in_english_there_is_no_such_mark(window, qtbot) -> None:
    page = _sharp_pain(window, qtbot)
    assert _marks(page) == []
    kind = page.guidance.findChild(QLabel, "guidanceKind")
    assert "in English" not in kind.accessibleDescription()
    assert "in English" not in " ".join(label.text() for label in page.findChildren(QLabel))
