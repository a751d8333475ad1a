"""How CoreLog cites the source documents: one format, made here, on every page.

A citation names each document by its id and short title (``resources/knowledge/
sources.toml``), in id order, each once: "(source: 002 · Sore abs after running)" or
"(sources: 000 · Running and your abs; 002 · Sore abs after running)". It reads the same
at the end of a sentence and on a line of its own.

An item in CoreLog's own words says so instead: "(CoreLog's own words)", or, for
CoreLog's reading of a document rule, "(CoreLog's reading; rule from 002 · Sore abs after
running)".
"""

from __future__ import annotations

from collections.abc import Iterable

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Common
from corelog.knowledge.base import Knowledge
from corelog.knowledge.items import Cite
from corelog.knowledge.loader import get_knowledge

OWN_WORDS = QT_TRANSLATE_NOOP("Common", "(CoreLog's own words)")
"""Marked for translation; :func:`own_citation` says it in the user's language."""


def citation(sources: Iterable[str], knowledge: Knowledge | None = None) -> str:
    """The citation for the documents ``sources`` names; "" for none.

    An id the knowledge does not hold raises KeyError: sources are checked at load.
    """
    ids = tuple(sorted(set(sources)))
    if not ids:
        return ""
    kb = knowledge if knowledge is not None else get_knowledge()
    named = "; ".join(f"{doc.id} · {doc.short_title}" for doc in kb.cite(ids))
    if len(ids) == 1:
        return Common.tr("(source: {documents})").format(documents=named)
    return Common.tr("(sources: {documents})").format(documents=named)


def own_citation(sources: Iterable[str], knowledge: Knowledge | None = None) -> str:
    """The citation of CoreLog's own words: "(CoreLog's own words)", or for a reading of
    document rules "(CoreLog's reading; rule from 002 · Sore abs after running)"."""
    ids = tuple(sorted(set(sources)))
    if not ids:
        return Common.marked(OWN_WORDS)
    kb = knowledge if knowledge is not None else get_knowledge()
    named = "; ".join(f"{doc.id} · {doc.short_title}" for doc in kb.cite(ids))
    if len(ids) == 1:
        return Common.tr("(CoreLog's reading; rule from {documents})").format(documents=named)
    return Common.tr("(CoreLog's reading; rules from {documents})").format(documents=named)


def cite_line(cite: Cite, knowledge: Knowledge | None = None) -> str:
    """How a page cites an item: its documents, or that the words are CoreLog's own."""
    if cite.own:
        return own_citation(cite.sources, knowledge)
    return citation(cite.sources, knowledge)
