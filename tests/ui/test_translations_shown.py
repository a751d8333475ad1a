"""CoreLog in another language: every text translated, nothing cut off, numbers and dates
written as the user's locale writes them.

The pseudo-translation wraps every text of every catalogue in ⟦ ⟧ and makes it a third
longer (tests/translation_files.py). With it installed, the tour (every_view.py) opens
every page, state and dialog; a visible text with words outside the brackets bypassed
translation (unless they are the user's own words or the documents', which stay in
English), and a label the longer text no longer fits is cut off.
"""

from __future__ import annotations

import sqlite3
import tomllib
from datetime import date

import pytest
from every_view import TOUR_MESSAGES, Tour
from PySide6.QtCore import Qt
from shown_text import texts, untranslated
from test_layout_fits import clipped

from corelog.domain import i18n
from corelog.resources import resource_path
from corelog.ui.i18n import install_language
from translation_files import pseudo_catalogue

NOT_YET_TRANSLATED: dict[str, str] = {}
"""Views whose texts still bypass translation, each with where they come from. A view
listed here that has become clean fails the test, so the list only gets shorter."""

USER_COLUMNS = {"name", "notes", "note", "title", "device", "source_name", "description", "label"}


@pytest.fixture
def pseudo_language(tmp_path_factory):
    install_language("en", qm_file=pseudo_catalogue(tmp_path_factory.mktemp("pseudo")))
    yield
    install_language("en")


def _documents() -> set[str]:
    """Every text of the knowledge base: the documents' words, kept in English."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in resource_path("knowledge").glob("*.toml"):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


def _users_words(db_path) -> set[str]:
    found: set[str] = set()
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
            for column in set(columns) & USER_COLUMNS:
                for (value,) in conn.execute(f"SELECT DISTINCT \"{column}\" FROM '{table}'"):
                    if isinstance(value, str) and value.strip():
                        found.add(value.strip())
    return found


def _locale_words() -> set[str]:
    """Names the locale writes (weekdays, months) and the languages' own names."""
    from PySide6.QtCore import QLocale

    from corelog.ui.i18n import LANGUAGES

    locale = QLocale(QLocale.Language.English)
    words = set(LANGUAGES.values())
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words |= {locale.dayName(d, form) for d in range(1, 8)}
        words |= {locale.monthName(m, form) for m in range(1, 13)}
    return words


def test_every_visible_text_is_translated_and_fits(pseudo_language, window, qtbot, tmp_path):
    documents = _documents() | _locale_words() | set(TOUR_MESSAGES)
    db_path = window.ctx.store.path

    def check(_view, top) -> list[str]:
        allowed = sorted(documents | _users_words(db_path), key=len, reverse=True)
        problems = []
        for widget, text in texts(top):
            left = untranslated(text, allowed)
            if left:
                name = widget.objectName() or type(widget).__name__
                problems.append(f"{name}: {text[:70]!r} (not translated: {left[:40]})")
        return problems + [f"cut off: {p}" for p in clipped(top)]

    problems = Tour(window, qtbot, tmp_path).visit(check)
    waiting = {
        view: [p for p in problems if p.startswith(f"{view}: ")] for view in NOT_YET_TRANSLATED
    }
    clean = [view for view, found in waiting.items() if not found]
    assert not clean, f"translated now: take {clean} off NOT_YET_TRANSLATED"
    problems = [p for p in problems if p.split(": ")[0] not in NOT_YET_TRANSLATED]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)


def test_a_german_user_reads_german_numbers_and_dates(german, clock_at, window, qtbot):
    clock_at("2026-12-03 18:00", "Europe/Berlin")
    assert i18n.short_day(date(2026, 12, 3)) == "Do., 3. Dez."
    assert i18n.number(13.75, 1) == "13,8"
    assert i18n.integer(1200) == "1.200"
    tab = window.show_page("log").open_tab("runs")
    form = tab.form
    qtbot.keyClicks(form.distance, "13,8")
    qtbot.keyClicks(form.duration, "1:12:00")
    qtbot.keyClick(form.duration, Qt.Key.Key_Return)
    shown = [text for _widget, text in texts(window)]
    assert any("13,80 km" in t for t in shown), shown
    assert any("Do., 3. Dez." in t for t in shown), shown
    assert any("Läufe" in t or "Lauf" in t for t in shown)
