"""Citing the source documents: one format, made by one function, on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_knowledge_validation import edit, refused, root  # noqa: F401 (fixture)

from corelog.knowledge import citation, get_knowledge


def test_one_document_is_cited_by_number_and_short_title():
    assert citation(("002",)) == "(source: 002 · Sore abs after running)"


def test_several_documents_are_cited_in_number_order_once_each():
    assert citation(("002", "000", "002")) == (
        "(sources: 000 · Running and your abs; 002 · Sore abs after running)"
    )


def test_no_documents_no_citation():
    assert citation(()) == ""


def test_every_document_has_a_short_title_shorter_than_its_title():
    for source in get_knowledge().sources:
        assert source.short_title.strip()
        assert len(source.short_title) <= len(source.title)
        assert len(source.short_title) <= 30


def test_an_unknown_document_is_a_programming_error():
    with pytest.raises(KeyError):
        citation(("999",))


def test_a_source_without_a_short_title_is_refused(root: Path) -> None:  # noqa: F811
    edit(root, "sources", 'short_title = "Sore abs after running"\n', "")
    message = refused(root)
    assert "sources.toml" in message and "short_title" in message
