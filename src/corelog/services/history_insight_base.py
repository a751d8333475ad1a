"""What every History insight is made of: the insight itself, the documents' advice it
quotes (:class:`Guidance`), and the range it speaks of (:class:`InsightRange`) with the
words for its days and weeks.

:class:`~corelog.services.history_insights.InsightWriter` words the training insights on
top of these; ``services.history_insights_body`` the insights about the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from corelog.domain.i18n import QT_TRANSLATE_NOOP, History
from corelog.services.history_words import day_text

_RANGE_WORDS = {
    "12w": QT_TRANSLATE_NOOP("History", "the last 12 weeks"),
    "6m": QT_TRANSLATE_NOOP("History", "the last 6 months"),
    "1y": QT_TRANSLATE_NOOP("History", "the last year"),
    "all": QT_TRANSLATE_NOOP("History", "all your history"),
}


Tone = Literal["info", "good", "warn"]


@dataclass(frozen=True)
class Insight:
    """One thing the history says, in plain words, with the documents it leans on."""

    key: str
    title: str
    text: str
    tone: Tone = "info"
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guidance:
    """The documents' advice the insights quote (knowledge-base texts, with sources)."""

    ten_percent: str
    ten_percent_sources: tuple[str, ...]
    core_target: str
    core_target_sources: tuple[str, ...]
    recurring: str
    recurring_sources: tuple[str, ...]
    region_names: dict[str, str]


def guidance_from_knowledge() -> Guidance:
    """The knowledge base's texts the insights need."""
    from corelog.knowledge import get_knowledge

    kb = get_knowledge()
    recurring = kb.cause("recurring_region")
    return Guidance(
        ten_percent=kb.core.ten_percent_rule.text,
        ten_percent_sources=tuple(kb.core.ten_percent_rule.sources),
        core_target=kb.core.weekly_target.text,
        core_target_sources=tuple(kb.core.weekly_target.sources),
        recurring=recurring.text,
        recurring_sources=tuple(recurring.sources),
        region_names={region.key: region.name for region in kb.regions},
    )


@dataclass(frozen=True)
class InsightRange:
    """The range an insight speaks of, and the words for its span, days and weeks."""

    range_key: str
    first: date
    last: date
    today: date
    unit: str
    guide: Guidance
    log_start: date | None = None

    def day(self, day: date) -> str:
        return day_text(day, self.today)

    def week(self, start: date) -> str:
        return History.tr("the week of {day}").format(day=self.day(start))

    @property
    def span(self) -> str:
        return History.marked(_RANGE_WORDS[self.range_key])

    @property
    def judged_span(self) -> str:
        """The range, or the part of it since the log began when it began within it."""
        start = self.log_start
        if start is not None and start > self.first:
            return History.tr("since your log began ({day})").format(day=self.day(start))
        return History.tr("in {range}").format(range=self.span)

    @property
    def whole_history(self) -> bool:
        return self.range_key == "all"
