"""The History page's insights in words: what a range of the history says, one plain
sentence or few per insight (totals, records, streaks, the 10 percent rule, core weeks,
recurring soreness, training load), each with the documents it leans on.

``services.history_review`` works out the numbers and calls :class:`InsightWriter` for
the words; the range, the insight record and the rules quoted from the knowledge base
(:class:`~corelog.services.history_insight_base.Guidance`) are in ``history_insight_base``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from corelog.domain.bests import HoldBest, LongestRun, PersonalRecords, RaceBest
from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_hold,
    format_hours_minutes,
)
from corelog.domain.i18n import History, integer, number
from corelog.domain.load import DayLoad
from corelog.domain.streaks import Streak
from corelog.domain.totals import RangeTotals
from corelog.domain.weekly import CORE_TARGET_MIN, CoreWeek, WeekChange, WeekTotals
from corelog.services.history_insight_base import Insight, InsightRange, Tone
from corelog.services.history_insights_body import load_insight, soreness_insight
from corelog.services.history_words import (
    RACE_NAMES,
    grouped,
    list_text,
    span_text,
)


@dataclass(frozen=True)
class InsightWriter(InsightRange):
    """Words the insights of one range: one method per insight, a few plain sentences."""

    # -- totals and records
    def totals(self, totals: RangeTotals) -> Insight:
        if not (totals.runs or totals.core_sessions):
            return Insight(
                "totals",
                History.tr("Totals"),
                History.tr(
                    "No runs or core sessions in {range}: the runs and core sessions you "
                    "log add up here, week by week."
                ).format(range=self.span),
            )
        if totals.runs:
            running = History.tr("{distance} in %Ln runs ({time} of running)", "", totals.runs)
            running = running.format(
                distance=grouped(format_distance(totals.distance_m, self.unit, 1)),
                time=grouped(format_hours_minutes(totals.run_time_s)),
            )
        else:
            running = History.tr("no runs")
        core = History.tr("%Ln core sessions", "", totals.core_sessions)
        days = History.tr("on %Ln days of training", "", totals.training_days)
        text = History.tr("In {range} ({span}): {running} and {core}, {days}.").format(
            range=self.span,
            span=span_text(self.first, self.last, self.today),
            running=running,
            core=core,
            days=days,
        )
        return Insight("totals", History.tr("Totals"), text)

    def longest_run(self, longest: LongestRun | None, ever: LongestRun | None) -> Insight | None:
        if longest is None:
            return None
        best = not self.whole_history and ever is not None and ever.run == longest.run
        if best:
            text = History.tr(
                "Longest run in {range}: {distance} on {day} ({duration}), your longest ever."
            )
        else:
            text = History.tr("Longest run in {range}: {distance} on {day} ({duration}).")
        text = text.format(
            range=self.span,
            distance=format_distance(longest.distance_m, self.unit),
            day=self.day(longest.day),
            duration=format_duration(longest.duration_s),
        )
        return Insight("longest_run", History.tr("Longest run"), text, "good" if best else "info")

    def personal_records(self, in_range: PersonalRecords, ever: PersonalRecords) -> Insight:
        sentences = []
        new_best = False
        if in_range.races:
            parts = []
            for race_class, best in in_range.races.items():
                is_best = self._best_race(best, ever.races.get(race_class))
                new_best |= is_best
                parts.append(self._race(best, is_best))
            sentences.append(History.tr("Fastest races: {races}.").format(races="; ".join(parts)))
        else:
            sentences.append(
                History.tr("No 5K, 10K, half marathon or marathon races in {range}.").format(
                    range=self.span
                )
            )
        if in_range.holds:
            parts = []
            ordered = sorted(in_range.holds.values(), key=lambda best: -best.hold_ms)
            for best in ordered:
                is_best = self._best_hold(best, ever)
                new_best |= is_best
                parts.append(self._hold(best, is_best))
            if len(parts) > 1:
                sentence = History.tr("Longest holds: {holds}.")
            else:
                sentence = History.tr("Longest hold: {holds}.")
            sentences.append(sentence.format(holds="; ".join(parts)))
        tone: Tone = "good" if new_best else "info"
        return Insight("records", History.tr("Personal records"), " ".join(sentences), tone)

    def _best_race(self, best: RaceBest, ever: RaceBest | None) -> bool:
        return not self.whole_history and ever is not None and ever.run == best.run

    def _race(self, best: RaceBest, is_best: bool) -> str:
        if is_best:
            text = History.tr("{race} {time} ({day}, best ever)")
        else:
            text = History.tr("{race} {time} ({day})")
        return text.format(
            race=History.marked(RACE_NAMES[best.race_class]),
            time=format_duration(best.duration_s),
            day=self.day(best.day),
        )

    def _best_hold(self, best: HoldBest, ever: PersonalRecords) -> bool:
        held = ever.holds.get(best.exercise)
        return not self.whole_history and held is not None and held.hold == best.hold

    def _hold(self, best: HoldBest, is_best: bool) -> str:
        if is_best:
            text = History.tr("{exercise} {hold} ({day}, best ever)")
        else:
            text = History.tr("{exercise} {hold} ({day})")
        return text.format(
            exercise=best.exercise, hold=format_hold(best.hold_ms), day=self.day(best.day)
        )

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
        return Insight("streaks", History.tr("Streaks"), text, tone)

    def _this_week(self, week: date | None) -> bool:
        return week is not None and 0 <= (self.today - week).days < 7

    def _core_now(self, streak: Streak) -> str:
        """The weeks on target up to this week (once it is reached) or last week."""
        if not streak.length:
            return ""
        this_week = self._this_week(streak.last)
        if streak.length == 1:
            if this_week:
                return History.tr("Core target (two or more sessions a week) met this week.")
            return History.tr("Core target (two or more sessions a week) met last week.")
        if this_week:
            return History.tr(
                "Core target (two or more sessions a week) met %Ln weeks in a row, this "
                "week included.",
                "",
                streak.length,
            )
        return History.tr(
            "Core target (two or more sessions a week) met %Ln weeks in a row, up to last week.",
            "",
            streak.length,
        )

    def _core_best(self, streak: Streak) -> str:
        if not streak.length:
            return History.tr("No week in {range} reached two core sessions.").format(
                range=self.span
            )
        weeks = self._streak_span(streak, weeks=True)
        if streak.length == 1:
            return History.tr(
                "In {range} the core target was never met two weeks in a row; the latest "
                "week on target was {weeks}."
            ).format(range=self.span, weeks=weeks)
        return History.tr(
            "Longest streak on the core target in {range}: %Ln weeks in a row ({weeks}).",
            "",
            streak.length,
        ).format(range=self.span, weeks=weeks)

    def _days_now(self, streak: Streak) -> str:
        """Days in a row with a run or core session, up to today or yesterday."""
        if streak.length < 2:  # a single day is no streak yet
            return ""
        if streak.last == self.today:
            return History.tr("You have trained %Ln days in a row, up to today.", "", streak.length)
        return History.tr("You have trained %Ln days in a row, up to yesterday.", "", streak.length)

    def _days_best(self, streak: Streak) -> str:
        if not streak.length:
            return ""
        if streak.length == 1:
            return History.tr("In {range} you never trained two days in a row.").format(
                range=self.span
            )
        return History.tr(
            "Longest streak of training days in {range}: %Ln days in a row ({days}).",
            "",
            streak.length,
        ).format(range=self.span, days=self._streak_span(streak, weeks=False))

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
                History.tr("The 10 percent rule"),
                History.tr(
                    "No week {range} rose more than 10 percent in distance over the week "
                    "before. {advice}"
                ).format(range=self.judged_span, advice=self.guide.ten_percent),
                "good",
                sources,
            )
        listed = [
            History.tr("{week} (+{percent}%)").format(
                week=self.week(c.week), percent=number(c.percent or 0)
            )
            for c in jumps
        ]
        text = History.tr(
            "%Ln weeks rose more than 10 percent in distance over the week before: {weeks}. "
            "{advice}",
            "",
            len(jumps),
        ).format(weeks=list_text(listed), advice=self.guide.ten_percent)
        return Insight("ten_percent", History.tr("The 10 percent rule"), text, "warn", sources)

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
                text = History.tr("No runs or core sessions logged yet. {advice}").format(
                    advice=target
                )
            else:
                text = History.tr(
                    "No full week since your log began ({day}) is over yet. {advice}"
                ).format(day=self.day(self.log_start), advice=target)
            return Insight("core_weeks", History.tr("Core sessions"), text, "info", sources)
        if not below:
            text = History.tr(
                "Every finished week {range} had at least {target} core sessions. {advice}"
            ).format(range=self.judged_span, target=integer(CORE_TARGET_MIN), advice=target)
            return Insight("core_weeks", History.tr("Core sessions"), text, "good", sources)
        latest = [self.week(week.week) for week in below]
        text = History.tr(
            "{below} of %Ln finished weeks had fewer than {target} core sessions (the "
            "latest: {weeks}). {advice}",
            "",
            len(finished),
        ).format(
            below=integer(len(below)),
            target=integer(CORE_TARGET_MIN),
            weeks=list_text(latest, 3),
            advice=target,
        )
        return Insight("core_weeks", History.tr("Core sessions"), text, "warn", sources)

    # -- soreness and training load (services.history_insights_body)
    def soreness(self, sore: list, recent: list) -> Insight:
        return soreness_insight(self, sore, recent)

    def load(self, load: list[DayLoad], *, ran: bool = True) -> Insight | None:
        """The load ratio of the last day; ``ran``: runs are part of the last four weeks'
        load (the 10 percent rule, about weekly running distance, is quoted only then)."""
        return load_insight(self, load, ran=ran)
