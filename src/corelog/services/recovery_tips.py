"""One line of guidance with what it rests on: the unit the Recovery page shows.

A :class:`Tip` is a knowledge item as the user reads it: its text, the documents it cites
and the sentences it quotes from them, or the mark that its words are CoreLog's own (then
its quotes are the document rules that reading rests on). Beside it, ``detail`` is what
the user told CoreLog or what CoreLog found in their log; ``reading`` says that detail
is CoreLog's reading of the entry or history rather than anything the documents say.
"""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.knowledge import Cite, Knowledge, citation, own_citation
from corelog.knowledge.items import Note


@dataclass(frozen=True)
class SourceRef:
    """A source document: its id, title and the short title CoreLog cites it by."""

    id: str
    title: str
    short_title: str = ""

    @property
    def label(self) -> str:
        """``"002 · Sore abs after running"``."""
        return f"{self.id} · {self.short_title}" if self.short_title else self.id


@dataclass(frozen=True)
class QuoteRef:
    """A sentence of a source document, word for word, that a tip rests on."""

    source: SourceRef
    text: str


@dataclass(frozen=True)
class Tip:
    """One piece of guidance: a title, the knowledge text, and what it rests on.

    ``sources`` are the documents behind the text, ``quotes`` the sentences of them it
    rests on; ``own`` is True when the text is CoreLog's own words or reading (its quotes
    are then the rules it rests on, cited separately). ``detail`` is what the user said
    or what CoreLog found in their entry or history; ``reading`` marks it as CoreLog's
    reading. ``extra`` is further advice from the same item (a caution, a dose);
    ``notes`` are cited lines that belong with the tip (the rule that chose an action,
    CoreLog's reading of it).
    """

    key: str
    title: str
    text: str
    sources: tuple[SourceRef, ...]
    detail: str = ""
    extra: str = ""
    quotes: tuple[QuoteRef, ...] = ()
    own: bool = False
    reading: bool = False
    notes: tuple[Tip, ...] = ()

    @property
    def source_line(self) -> str:
        """The documents behind the tip, cited as everywhere in CoreLog, or that the
        words are CoreLog's own and the rules they rest on."""
        ids = (source.id for source in self.sources)
        return own_citation(ids) if self.own else citation(ids)

    @property
    def cited(self) -> bool:
        """Whether the tip quotes any document sentence (to show "from the document")."""
        return bool(self.quotes)


def refs(kb: Knowledge, sources: tuple[str, ...]) -> tuple[SourceRef, ...]:
    return tuple(SourceRef(s.id, s.title, s.short_title) for s in kb.cite(sources))


def quotes(kb: Knowledge, *cites: Cite) -> tuple[QuoteRef, ...]:
    """The quotes of ``cites``, each sentence once, in order."""
    found: dict[tuple[str, str], QuoteRef] = {}
    for cite in cites:
        for quote in cite.quotes:
            source = kb.source(quote.source)
            ref = SourceRef(source.id, source.title, source.short_title)
            found.setdefault((quote.source, quote.text), QuoteRef(ref, quote.text))
    return tuple(found.values())


def merged_sources(kb: Knowledge, *cites: Cite) -> tuple[SourceRef, ...]:
    seen: dict[str, None] = {}
    for cite in cites:
        for source in cite.sources:
            seen.setdefault(source, None)
    return refs(kb, tuple(seen))


def tip(
    kb: Knowledge,
    key: str,
    title: str,
    text: str,
    cite: Cite,
    *,
    detail: str = "",
    extra: str = "",
    reading: bool = False,
    notes: tuple[Tip, ...] = (),
) -> Tip:
    """A tip for a knowledge item with this ``cite``."""
    return Tip(
        key=key,
        title=title,
        text=text,
        sources=refs(kb, cite.sources),
        detail=detail,
        extra=extra,
        quotes=quotes(kb, cite),
        own=cite.own,
        reading=reading,
        notes=notes,
    )


def note_tip(kb: Knowledge, key: str, title: str, note: Note | None) -> tuple[Tip, ...]:
    """A note (CoreLog's reading of an item, say) as a tip; none when there is no note."""
    if note is None:
        return ()
    return (tip(kb, key, title, note.text, note.cite),)


RULE_TITLE = QT_TRANSLATE_NOOP("Recovery", "The rule behind it")


def rule_tip(kb: Knowledge, rule_key: str) -> Tip:
    """The rest-or-train rule that chose an action, with what it rests on."""
    rule = kb.rule(rule_key)
    return tip(kb, rule.key, Recovery.marked(RULE_TITLE), rule.when, rule.cite)
