"""The UI's one door to the knowledge base: what the documents say, and how to cite them.

The pages that explain (Learn the core, an exercise's details, the charts' notes, the
Today page's welcome, the recovery guidance) read the shipped knowledge through here,
so the knowledge package can change its inner layout without the UI noticing.

* :func:`knowledge`: the shipped knowledge, loaded once and checked (typed items, each
  naming its source documents);
* :func:`citation`: "(source: 002 · Sore abs after running)" for the documents named;
* :func:`knowledge_problem`: why CoreLog cannot start when the shipped knowledge is
  damaged (None when it is sound).
"""

from __future__ import annotations

from collections.abc import Iterable

from corelog.domain.i18n import App
from corelog.knowledge import CoreTableRow, Knowledge, KnowledgeError, citations, get_knowledge
from corelog.knowledge.items import Exercise as KnowledgeExercise

__all__ = [
    "CoreTableRow",
    "Knowledge",
    "KnowledgeExercise",
    "citation",
    "knowledge",
    "knowledge_problem",
]


def knowledge() -> Knowledge:
    """The knowledge CoreLog ships (loaded on first use, then kept)."""
    return get_knowledge()


def citation(sources: Iterable[str]) -> str:
    """The citation for the documents ``sources`` names, in id order; "" for none (the
    documents' ids and titles stay as they are, in English)."""
    return citations.citation(sources, get_knowledge())


def knowledge_problem() -> str | None:
    """Load the shipped knowledge; the reason CoreLog cannot start if it is damaged."""
    try:
        get_knowledge()
    except KnowledgeError as exc:
        return App.tr(
            "CoreLog's built-in knowledge is damaged, so it will not give advice: {problem}"
        ).format(problem=exc)
    return None
