"""How CoreLog cites the source documents: one format, made here, on every page.

A citation names each document by its id and short title (``resources/knowledge/
sources.toml``), in id order, each once: "(source: 002 · Sore abs after running)" or
"(sources: 000 · Running and your abs; 002 · Sore abs after running)". It reads the same
at the end of a sentence and on a line of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from corelog.knowledge.base import Knowledge
from corelog.knowledge.loader import get_knowledge


def citation(sources: Iterable[str], knowledge: Knowledge | None = None) -> str:
    """The citation for the documents ``sources`` names; "" for none.

    An id the knowledge does not hold raises KeyError: sources are checked at load.
    """
    ids = tuple(sorted(set(sources)))
    if not ids:
        return ""
    kb = knowledge if knowledge is not None else get_knowledge()
    named = "; ".join(f"{doc.id} · {doc.short_title}" for doc in kb.cite(ids))
    return f"({'source' if len(ids) == 1 else 'sources'}: {named})"
