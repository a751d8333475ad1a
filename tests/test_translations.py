"""The translation catalogues are complete and in step with the code.

``make translations`` extracts every text the code passes to a translation context
(corelog.domain.i18n) into resources/translations/; these tests fail when a text was added
or changed without running it, when a German text is missing, or when a translation
drops a placeholder the code fills in.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from corelog.domain import i18n
from translation_files import SOURCE, TRANSLATIONS, extract, read_ts

GERMAN = TRANSLATIONS / "corelog_de.ts"
ENGLISH = TRANSLATIONS / "corelog_en.ts"
PLACEHOLDERS = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


def _key(m):
    return (m.context, m.source, m.comment)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("lupdate"))


def test_every_text_in_the_code_is_in_the_catalogue(extracted):
    catalogue = {_key(m) for m in read_ts(GERMAN)}
    missing = sorted({_key(m) for m in extracted} - catalogue)
    assert not missing, f"run `make translations`; not in corelog_de.ts: {missing[:20]}"
    gone = sorted(catalogue - {_key(m) for m in extracted})
    assert not gone, f"run `make translations`; no longer in the code: {gone[:20]}"


def test_the_german_translation_is_complete():
    messages = read_ts(GERMAN)
    assert len(messages) > 50
    unfinished = [m.source for m in messages if not m.finished or not all(m.translations)]
    assert not unfinished, f"{len(unfinished)} texts have no German yet: {unfinished[:20]}"


def test_translations_keep_every_placeholder():
    wrong = []
    for m in read_ts(GERMAN) + read_ts(ENGLISH):
        wanted = sorted(PLACEHOLDERS.findall(m.source))
        for text in m.translations:
            if text and sorted(PLACEHOLDERS.findall(text)) != wanted:
                wrong.append(f"{m.context}: {m.source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_every_count_has_its_english_singular_and_plural(tmp_path):
    counted = {_key(m) for m in extract(tmp_path, plural_only=True)}
    english = {_key(m): m for m in read_ts(ENGLISH)}
    assert counted == set(english), "run `make translations`"
    lacking = [
        m.source for m in english.values() if len(m.translations) != 2 or not all(m.translations)
    ]
    assert not lacking, f"give each its singular and plural in corelog_en.ts: {lacking}"
    singular = [m for m in english.values() if "%" in m.translations[0]]
    assert all("%" in m.translations[1] for m in singular)


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        attribute = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if attribute and node.func.attr == "tr":
            yield node
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Context":
            yield node


def test_texts_are_looked_up_by_their_context_with_a_literal():
    """lupdate can only find ``Context.tr("literal")`` under the context's own name."""
    names = {c.name for c in i18n.CONTEXTS}
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        where = path.relative_to(SOURCE)
        for call in _calls(path):
            line = f"{where}:{call.lineno}"
            if isinstance(call.func, ast.Name):  # Context("...") declared
                if path.name != "i18n.py" or where.parts[0] != "domain":
                    problems.append(f"{line}: contexts are declared in domain/i18n.py only")
                continue
            receiver = call.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in names):
                problems.append(f"{line}: .tr() on {ast.unparse(receiver)}, not on a context")
            text = call.args[0] if call.args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                problems.append(
                    f"{line}: the text must be a literal string, "
                    f"not {ast.unparse(text) if text else 'nothing'}"
                )
    assert not problems, "\n".join(problems)


def test_contexts_are_declared_under_their_own_names():
    source = (SOURCE / "domain" / "i18n.py").read_text(encoding="utf-8")
    for context in i18n.CONTEXTS:
        assert f'{context.name} = Context("{context.name}")' in source


def test_english_without_qt_has_its_plural_forms_and_grouping():
    i18n.use()
    assert i18n.with_count("%Ln entries", 1200) == "1,200 entries"
    assert i18n.number(13.75, 1) == "13.8"
    assert i18n.number(-0.01, 1) == "0.0"
    from datetime import date, datetime

    assert i18n.short_day(date(2026, 12, 3)) == "Thu 3 Dec"
    assert i18n.long_day(date(2027, 1, 3)) == "Sunday 3 January 2027"
    assert (
        i18n.date_text(datetime(2026, 3, 29, 2, 30), "d MMM yyyy, h:mm AP")
        == "29 Mar 2026, 2:30 AM"
    )
    assert i18n.date_text(date(2026, 2, 1), "'week of' d MMMM") == "week of 1 February"
