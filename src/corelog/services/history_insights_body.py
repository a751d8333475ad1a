"""The History page's insights about the body: soreness (where, how often, what keeps
coming back) and training load (the acute:chronic ratio of the last day). The
:class:`~corelog.services.history_insights.InsightWriter` words them through here, on
the range of :class:`~corelog.services.history_insight_base.InsightRange`.
"""

from __future__ import annotations

from corelog.domain.i18n import History, integer, number
from corelog.domain.load import DayLoad, load_band
from corelog.domain.trends import (
    RECURRING_MIN_EPISODES,
    RegionEpisodes,
    recurring_soreness,
    soreness_episodes,
)
from corelog.services.history_insight_base import Insight, InsightRange, Tone
from corelog.services.history_words import LOAD_BAND_WORDS, list_text
from corelog.services.recovery_links import region_in_sentence


def soreness_insight(self: InsightRange, sore: list, recent: list) -> Insight:
    """Where the range was sore, and what keeps getting sore lately."""
    episodes = soreness_episodes(sore, self.first, self.last)
    if not episodes:
        return Insight(
            "soreness",
            History.tr("Soreness"),
            History.tr("No soreness logged in {range}.").format(range=self.span),
            "good",
        )
    often = [e for e in episodes if e.episodes >= RECURRING_MIN_EPISODES]
    if often:
        sentence = History.tr("Regions that keep getting sore: {regions}.").format(
            regions=list_text([_region(self, e) for e in often], separator="; ")
        )
    else:
        sentence = History.tr(
            "Sore now and then, never on three days in one place: {regions}."
        ).format(regions=list_text([_region(self, e) for e in episodes], separator="; "))
    sentences = [sentence]
    recurring = recurring_soreness(recent, self.today)
    if not recurring:
        return Insight("soreness", History.tr("Soreness"), " ".join(sentences))
    sentences.append(
        History.tr("In the last three weeks: {regions}. {advice}").format(
            regions=list_text([_region(self, e, latest=False) for e in recurring], separator="; "),
            advice=self.guide.recurring,
        )
    )
    return Insight(
        "soreness",
        History.tr("Soreness"),
        " ".join(sentences),
        "warn",
        self.guide.recurring_sources,
    )


def _region(self: InsightRange, episodes: RegionEpisodes, *, latest: bool = True) -> str:
    # The region as it reads inside a sentence, in the user's language.
    name = region_in_sentence(self.guide.region_names.get(episodes.region, episodes.region))
    if latest:
        return History.tr("{region} on %Ln days, latest {day}", "", episodes.episodes).format(
            region=name, day=self.day(episodes.days[-1])
        )
    return History.tr("{region} on %Ln days", "", episodes.episodes).format(region=name)


def load_insight(self: InsightRange, load: list[DayLoad], *, ran: bool = True) -> Insight | None:
    """The load ratio of the last day; ``ran``: runs are part of the last four weeks'
    load (the 10 percent rule, about weekly running distance, is quoted only then)."""
    if not load:
        return None
    now = load[-1]
    if now.ratio is None:
        return Insight(
            "load",
            History.tr("Training load"),
            History.tr(
                "No runs or core sessions in the last four weeks, so there is no training "
                "load to compare yet."
            ),
        )
    # Named by the ratio as shown (two decimals), so the words match the number.
    band = load_band(round(now.ratio, 2))
    text = History.tr(
        "Acute:chronic ratio {ratio} on {day}: {band}. The last 7 days come to {acute} "
        "(effort × minutes) against {chronic} in an average week of the last 4."
    ).format(
        ratio=number(now.ratio, 2),
        day=self.day(now.day),
        band=History.marked(LOAD_BAND_WORDS[band]),
        acute=number(now.acute, grouped=True),
        chronic=number(now.chronic, grouped=True),
    )
    tone: Tone = "good" if band == "steady" else "info"
    sources: tuple[str, ...] = ()
    if band in ("rising", "spike"):
        tone = "warn"
        if ran:
            sources = self.guide.ten_percent_sources
            text += f" {self.guide.ten_percent}"
    if not now.settled:
        text += " " + History.tr(
            "Your log does not reach four weeks back yet, so the ratio reads higher than it is."
        )
    spikes = sum(1 for day in load if day.band == "spike" and day.settled)
    if spikes:
        text += " " + History.tr("Days in the spike band in {range}: {days}.").format(
            range=self.span, days=integer(spikes)
        )
    return Insight("load", History.tr("Training load"), text, tone, sources)
