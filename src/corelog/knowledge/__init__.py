"""CoreLog's knowledge base: what the five source documents say, as typed, checked data.

``load_knowledge()`` reads ``resources/knowledge/*.toml`` and validates every item (each
quotes the document sentences it rests on, or says its words are CoreLog's own; every
reference points at an existing item) or raises
:class:`KnowledgeError`. ``get_knowledge()`` is the shipped knowledge, loaded once.
"""

from corelog.knowledge.base import (
    CoreTableRow,
    Knowledge,
    RegionPrevention,
    ReliefPlan,
    RunMuscles,
    WorkedMuscle,
)
from corelog.knowledge.citations import OWN_WORDS, citation, cite_line, own_citation
from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.items import CORELOG, Cite, Quote
from corelog.knowledge.loader import FILES, get_knowledge, load_knowledge

__all__ = [
    "CORELOG",
    "FILES",
    "OWN_WORDS",
    "Cite",
    "CoreTableRow",
    "Knowledge",
    "KnowledgeError",
    "Quote",
    "RegionPrevention",
    "ReliefPlan",
    "RunMuscles",
    "WorkedMuscle",
    "citation",
    "cite_line",
    "get_knowledge",
    "load_knowledge",
    "own_citation",
]
