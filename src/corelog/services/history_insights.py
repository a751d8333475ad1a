"""The History page's insights in words: what a range of the history says, one plain
sentence or few per insight (totals, records, streaks, the 10 percent rule, core weeks,
recurring soreness, training load), each with the documents it leans on.

``services.history_review`` works out the numbers and calls :class:`InsightWriter` for
the words; the rules quoted come from the knowledge base (:class:`Guidance`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from corelog.domain.bests import HoldBest, LongestRun, PersonalRecords, RaceBest
from corelog.domain.formatting import (
    count_text,
    format_distance,
    format_duration,
    format_hold,
    format_hours_minutes,
)
from corelog.domain.load import DayLoad, load_band
from corelog.domain.streaks import Streak
from corelog.domain.totals import RangeTotals
from corelog.domain.trends import (
    RECURRING_MIN_EPISODES,
    RegionEpisodes,
    recurring_soreness,
    soreness_episodes,
)
from corelog.domain.weekly import CORE_TARGET_MIN, CoreWeek, WeekChange, WeekTotals
from corelog.services.history_words import (
    LOAD_BAND_WORDS,
    RACE_NAMES,
    day_text,
    grouped,
    list_text,
    span_text,
)

_RANGE_WORDS = {
    "12w": "the last 12 weeks",
    "6m": "the last 6 months",
    "1y": "the last year",
    "all": "all your history",
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
class InsightWriter:
    """Words the insights of one range: one method per insight, a few plain sentences."""

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
        return f"the week of {self.day(start)}"

    @property
    def span(self) -> str:
        return _RANGE_WORDS[self.range_key]

    @property
    def judged_span(self) -> str:
        """The range, or the part of it since the log began when it began within it."""
        start = self.log_start
        if start is not None and start > self.first:
            return f"since your log began ({self.day(start)})"
        return f"in {self.span}"

    @property
    def whole_history(self) -> bool:
        return self.range_key == "all"

    # -- totals and records
    def totals(self, totals: RangeTotals) -> Insight:
        if not (totals.runs or totals.core_sessions):
            return Insight(
                "totals",
                "Totals",
                f"No runs or core sessions in {self.span}: the runs and core sessions you "
                "log add up here, week by week.",
            )
        parts = []
        if totals.runs:
            distance = grouped(format_distance(totals.distance_m, self.unit, 1))
            parts.append(
                f"{distance} in {count_text(totals.runs, 'run')} "
                f"({grouped(format_hours_minutes(totals.run_time_s))} of running)"
            )
        else:
            parts.append("no runs")
        parts.append(count_text(totals.core_sessions, "core session"))
        text = (
            f"In {self.span} ({span_text(self.first, self.last, self.today)}): "
            + " and ".join(parts)
            + f", on {count_text(totals.training_days, 'day')} of training."
        )
        return Insight("totals", "Totals", text)

    def longest_run(self, longest: LongestRun | None, ever: LongestRun | None) -> Insight | None:
        if longest is None:
            return None
        best = not self.whole_history and ever is not None and ever.run == longest.run
        text = (
            f"Longest run in {self.span}: {format_distance(longest.distance_m, self.unit)} "
            f"on {self.day(longest.day)} ({format_duration(longest.duration_s)})"
            + (", your longest ever." if best else ".")
        )
        return Insight("longest_run", "Longest run", text, "good" if best else "info")

    def personal_records(self, in_range: PersonalRecords, ever: PersonalRecords) -> Insight:
        sentences = []
        new_best = False
        if in_range.races:
            parts = []
            for race_class, best in in_range.races.items():
                is_best = self._best_race(best, ever.races.get(race_class))
                new_best |= is_best
                parts.append(self._race(best, is_best))
            sentences.append("Fastest races: " + "; ".join(parts) + ".")
        else:
            sentences.append(f"No 5K, 10K, half marathon or marathon races in {self.span}.")
        if in_range.holds:
            parts = []
            ordered = sorted(in_range.holds.values(), key=lambda best: -best.hold_ms)
            for best in ordered:
                is_best = self._best_hold(best, ever)
                new_best |= is_best
                parts.append(self._hold(best, is_best))
            sentences.append(
                ("Longest holds: " if len(parts) > 1 else "Longest hold: ") + "; ".join(parts) + "."
            )
        tone: Tone = "good" if new_best else "info"
        return Insight("records", "Personal records", " ".join(sentences), tone)

    def _best_race(self, best: RaceBest, ever: RaceBest | None) -> bool:
        return not self.whole_history and ever is not None and ever.run == best.run

    def _race(self, best: RaceBest, is_best: bool) -> str:
        text = (
            f"{RACE_NAMES[best.race_class]} {format_duration(best.duration_s)} "
            f"({self.day(best.day)}"
        )
        return text + (", best ever)" if is_best else ")")

    def _best_hold(self, best: HoldBest, ever: PersonalRecords) -> bool:
        held = ever.holds.get(best.exercise)
        return not self.whole_history and held is not None and held.hold == best.hold

    def _hold(self, best: HoldBest, is_best: bool) -> str:
        text = f"{best.exercise} {format_hold(best.hold_ms)} ({self.day(best.day)}"
        return text + (", best ever)" if is_best else ")")

    # -- streaks
    def streaks(
        self, core_now: Streak, core_best: Streak, days_now: Streak, days_best: Streak
    ) -> Insight:
        """Weeks on the core target and days of training in a row: the streak going now
        (from the whole history) and the longest in the range, each worded for none, one
        and many."""
        sentences = [
            self._core_now(core_now),
            self._core_best(core_best),
            self._days_now(days_now),
            self._days_best(days_best),
        ]
        tone: Tone = "good" if core_now.length >= 2 else "info"
        text = " ".join(sentence for sentence in sentences if sentence)
        return Insight("streaks", "Streaks", text, tone)

    def _this_week(self, week: date | None) -> bool:
        return week is not None and 0 <= (self.today - week).days < 7

    def _core_now(self, streak: Streak) -> str:
        """The weeks on target up to this week (once it is reached) or last week."""
        target = "Core target (two or more sessions a week) met"
        if not streak.length:
            return ""
        when = "this week" if self._this_week(streak.last) else "last week"
        if streak.length == 1:
            return f"{target} {when}."
        through = "this week included" if when == "this week" else "up to last week"
        return f"{target} {count_text(streak.length, 'week')} in a row, {through}."

    def _core_best(self, streak: Streak) -> str:
        if not streak.length:
            return f"No week in {self.span} reached two core sessions."
        weeks = self._streak_span(streak, weeks=True)
        if streak.length == 1:
            return (
                f"In {self.span} the core target was never met two weeks in a row; "
                f"the latest week on target was {weeks}."
            )
        return (
            f"Longest streak on the core target in {self.span}: "
            f"{count_text(streak.length, 'week')} in a row ({weeks})."
        )

    def _days_now(self, streak: Streak) -> str:
        """Days in a row with a run or core session, up to today or yesterday."""
        if streak.length < 2:  # a single day is no streak yet
            return ""
        when = "today" if streak.last == self.today else "yesterday"
        return f"You have trained {count_text(streak.length, 'day')} in a row, up to {when}."

    def _days_best(self, streak: Streak) -> str:
        if not streak.length:
            return ""
        if streak.length == 1:
            return f"In {self.span} you never trained two days in a row."
        return (
            f"Longest streak of training days in {self.span}: "
            f"{count_text(streak.length, 'day')} in a row "
            f"({self._streak_span(streak, weeks=False)})."
        )

    def _streak_span(self, streak: Streak, *, weeks: bool) -> str:
        assert streak.first is not None and streak.last is not None
        last = streak.last + timedelta(days=6) if weeks else streak.last
        return span_text(streak.first, last, self.today)

    # -- the 10 percent rule and core frequency
    def ten_percent(self, jumps: list[WeekChange], weeks: list[WeekTotals]) -> Insight | None:
        if not any(week.runs for week in weeks):
            return None
        jumps = sorted(jumps, key=lambda c: c.week, reverse=True)
        sources = self.guide.ten_percent_sources
        if not jumps:
            return Insight(
                "ten_percent",
                "The 10 percent rule",
                f"No week {self.judged_span} rose more than 10 percent in distance over the "
                f"week before. {self.guide.ten_percent}",
                "good",
                sources,
            )
        listed = [f"{self.week(c.week)} (+{c.percent:.0f}%)" for c in jumps]
        count = count_text(len(jumps), "week")
        text = (
            f"{count} rose more than 10 percent in distance over the week before: "
            f"{list_text(listed)}. {self.guide.ten_percent}"
        )
        return Insight("ten_percent", "The 10 percent rule", text, "warn", sources)

    def core_weeks(self, core_weeks: list[CoreWeek]) -> Insight:
        # A week is finished once its last day is behind today, whether or not it has
        # already reached the target.
        finished = [week for week in core_weeks if week.week + timedelta(weeks=1) <= self.today]
        below = sorted(
            (week for week in finished if week.status == "below"),
            key=lambda week: week.week,
            reverse=True,
        )
        sources = self.guide.core_target_sources
        target = self.guide.core_target
        if not finished:
            if self.log_start is None:
                text = f"No runs or core sessions logged yet. {target}"
            else:
                text = (
                    f"No full week since your log began ({self.day(self.log_start)}) is "
                    f"over yet. {target}"
                )
            return Insight("core_weeks", "Core sessions", text, "info", sources)
        if not below:
            text = (
                f"Every finished week {self.judged_span} had at least {CORE_TARGET_MIN} core "
                f"sessions. {target}"
            )
            return Insight("core_weeks", "Core sessions", text, "good", sources)
        latest = [self.week(week.week) for week in below]
        text = (
            f"{len(below):,} of {count_text(len(finished), 'finished week')} had fewer than "
            f"{CORE_TARGET_MIN} core sessions (the latest: {list_text(latest, 3)}). {target}"
        )
        return Insight("core_weeks", "Core sessions", text, "warn", sources)

    # -- soreness
    def soreness(self, sore: list, recent: list) -> Insight:
        episodes = soreness_episodes(sore, self.first, self.last)
        if not episodes:
            return Insight("soreness", "Soreness", f"No soreness logged in {self.span}.", "good")
        often = [e for e in episodes if e.episodes >= RECURRING_MIN_EPISODES]
        if often:
            sentence = "Regions that keep getting sore: " + list_text(
                [self._region(e) for e in often], separator="; "
            )
        else:
            sentence = "Sore now and then, never on three days in one place: " + list_text(
                [self._region(e) for e in episodes], separator="; "
            )
        sentences = [sentence + "."]
        recurring = recurring_soreness(recent, self.today)
        if not recurring:
            return Insight("soreness", "Soreness", " ".join(sentences))
        sentences.append(
            "In the last three weeks: "
            + list_text([self._region(e, latest=False) for e in recurring], separator="; ")
            + ". "
            + self.guide.recurring
        )
        return Insight(
            "soreness", "Soreness", " ".join(sentences), "warn", self.guide.recurring_sources
        )

    def _region(self, episodes: RegionEpisodes, *, latest: bool = True) -> str:
        name = self.guide.region_names.get(episodes.region, episodes.region)
        text = f"{name.lower()} on {count_text(episodes.episodes, 'day')}"
        if latest:
            text += f", latest {self.day(episodes.days[-1])}"
        return text

    # -- training load
    def load(self, load: list[DayLoad], *, ran: bool = True) -> Insight | None:
        """The load ratio of the last day; ``ran``: runs are part of the last four weeks'
        load (the 10 percent rule, about weekly running distance, is quoted only then)."""
        if not load:
            return None
        now = load[-1]
        if now.ratio is None:
            return Insight(
                "load",
                "Training load",
                "No runs or core sessions in the last four weeks, so there is no training "
                "load to compare yet.",
            )
        # Named by the ratio as shown (two decimals), so the words match the number.
        band = load_band(round(now.ratio, 2))
        text = (
            f"Acute:chronic ratio {now.ratio:.2f} on {self.day(now.day)}: "
            f"{LOAD_BAND_WORDS[band]}. The last 7 days come to {now.acute:,.0f} "
            f"(effort × minutes) against {now.chronic:,.0f} in an average week of the last 4."
        )
        tone: Tone = "good" if band == "steady" else "info"
        sources: tuple[str, ...] = ()
        if band in ("rising", "spike"):
            tone = "warn"
            if ran:
                sources = self.guide.ten_percent_sources
                text += f" {self.guide.ten_percent}"
        if not now.settled:
            text += (
                " Your log does not reach four weeks back yet, so the ratio reads higher than "
                "it is."
            )
        spikes = sum(1 for day in load if day.band == "spike" and day.settled)
        if spikes:
            text += f" Days in the spike band in {self.span}: {spikes:,}."
        return Insight("load", "Training load", text, tone, sources)
