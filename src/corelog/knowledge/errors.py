"""The one error broken knowledge data raises."""

from __future__ import annotations


class KnowledgeError(ValueError):
    """The knowledge data is broken; the message names the file, the item and the problem.

    CoreLog refuses to start on broken knowledge rather than show wrong advice.
    """
