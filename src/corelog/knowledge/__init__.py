"""CoreLog's knowledge base: what the five source documents say, as typed, checked data.

``load_knowledge()`` reads ``resources/knowledge/*.toml`` and validates every item (each
names its source documents; every reference points at an existing item) or raises
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
from corelog.knowledge.citations import citation
from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.loader import FILES, get_knowledge, load_knowledge

__all__ = [
    "FILES",
    "CoreTableRow",
    "Knowledge",
    "KnowledgeError",
    "RegionPrevention",
    "ReliefPlan",
    "RunMuscles",
    "WorkedMuscle",
    "citation",
    "get_knowledge",
    "load_knowledge",
]
