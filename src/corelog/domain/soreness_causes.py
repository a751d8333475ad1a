"""What in the recent history may explain a soreness entry.

Each finder looks for one likely cause (a jump in weekly distance past the 10 percent
rule, a first hill or interval session in six weeks, a long run, no recent core work, the
same region sore again and again, a kind of run that keeps coming before soreness in one
place) and says in plain words what it found. The key of each :class:`LikelyCause` names
a cause in the knowledge base, whose text gives the document rule the finding rests on.

Plain Python: no imports from the rest of CoreLog but the soreness modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from corelog.domain.i18n import Recovery
from corelog.domain.soreness_input import PastEpisode, RecentRun, TrainingContext
from corelog.domain.soreness_terms import (
    CORE_GAP,
    DELAYED_MIN_GAP,
    FIRST_SESSION_LOOKBACK,
    LONG_RACE_CLASSES,
    LONG_RUN_BASELINE,
    LONG_RUN_FACTOR,
    MIN_BASELINE_RUNS,
    MIN_COMPARABLE_M,
    PATTERN_LOOKBACK,
    PATTERN_MIN_EPISODES,
    PRECEDING_WINDOW,
    RECURRING_EPISODES,
    RECURRING_WINDOW,
    REGION_WORDS,
    RUN_TYPE_WORDS,
    TEN_PERCENT,
    WEEK,
    count_words,
    ordinal_words,
    percent_words,
)


@dataclass(frozen=True)
class LikelyCause:
    """Something in the recent history that may explain the soreness.

    ``key`` names a cause in the knowledge base; ``reason`` says in plain words what
    CoreLog found; ``run`` is the run it concerns, where there is one.
    """

    key: str
    reason: str
    run: RecentRun | None = None



# --- The history around the entry -----------------------------------------------


def runs_before(context: TrainingContext) -> list[RecentRun]:
    return sorted(
        (run for run in context.runs if run.started_at <= context.at),
        key=lambda run: (run.started_at, run.distance_m, run.run_type),
    )


def preceding_run(
    context: TrainingContext, runs: list[RecentRun], onset: str
) -> RecentRun | None:
    """The linked run, else the latest run in the 72 hours before the entry.

    Delayed soreness starts a day or two after its run, so for it a run in the last
    18 hours (a recovery jog the same morning, say) is passed over when an earlier one
    exists. When the user chose the link (a core session, or nothing), no run is guessed.
    """
    if context.link_fixed:
        return context.preceding_run
    recent = [run for run in runs if context.at - run.started_at <= PRECEDING_WINDOW]
    if onset == "delayed":
        earlier = [run for run in recent if context.at - run.started_at >= DELAYED_MIN_GAP]
        recent = earlier or recent
    return recent[-1] if recent else None


def region_episodes(context: TrainingContext, region: str) -> list[PastEpisode]:
    """Past episodes of ``region`` before the entry, newest first."""
    return sorted(
        (ep for ep in context.past_episodes if ep.region == region and ep.noted_at < context.at),
        key=lambda ep: (ep.noted_at, ep.run_type or ""),
        reverse=True,
    )



# --- Likely causes ------------------------------------------------------------------


def _distance_jump(context: TrainingContext, runs: list[RecentRun]) -> LikelyCause | None:
    last = sum(r.distance_m for r in runs if context.at - r.started_at < WEEK)
    before = sum(r.distance_m for r in runs if WEEK <= context.at - r.started_at < 2 * WEEK)
    # An empty week before gives nothing to compare with: no jump is reported.
    if before < MIN_COMPARABLE_M or last * 100 <= before * (100 + TEN_PERCENT):
        return None
    return LikelyCause(
        "distance_jump",
        Recovery.tr(
            "You ran {percent} percent more distance in the last 7 days than in the 7 days "
            "before, past the {rule} percent rule."
        ).format(percent=percent_words(last / before - 1), rule=TEN_PERCENT),
    )


def _first_hills_or_intervals(
    context: TrainingContext, runs: list[RecentRun]
) -> LikelyCause | None:
    for run in reversed(runs):
        if context.at - run.started_at > PRECEDING_WINDOW:
            break
        if run.run_type not in ("hills", "intervals"):
            continue
        earlier = [
            other
            for other in runs
            if other.run_type == run.run_type
            and run.started_at - FIRST_SESSION_LOOKBACK <= other.started_at < run.started_at
        ]
        if not earlier:
            return LikelyCause(
                "first_hills_or_intervals",
                Recovery.tr(
                    "Your recent {run} was the first in at least six weeks; the extra demand "
                    "on stability is new to your body."
                ).format(run=Recovery.marked(run.words)),
                run,
            )
    return None


def _long_run(context: TrainingContext, runs: list[RecentRun]) -> LikelyCause | None:
    found: tuple[RecentRun, str] | None = None
    for run in runs:
        if context.at - run.started_at > PRECEDING_WINDOW:
            continue
        if run.run_type == "long" or (
            run.run_type == "race" and run.race_class in LONG_RACE_CLASSES
        ):
            reason = Recovery.tr(
                "Your {run} in the 72 hours before this kept your core working for a long time."
            ).format(run=Recovery.marked(run.words))
        else:
            baseline = [
                other.distance_m
                for other in runs
                if run.started_at - LONG_RUN_BASELINE <= other.started_at < run.started_at
            ]
            if len(baseline) < MIN_BASELINE_RUNS:
                continue
            usual = median(baseline)
            if usual < MIN_COMPARABLE_M or run.distance_m <= usual * LONG_RUN_FACTOR:
                continue
            percent = round((run.distance_m / usual - 1) * 100)
            reason = Recovery.tr(
                "Your recent {run} was {percent} percent longer than your usual run over the "
                "past six weeks."
            ).format(run=Recovery.marked(run.words), percent=percent)
        if found is None or run.distance_m >= found[0].distance_m:
            found = (run, reason)
    if found is None:
        return None
    return LikelyCause("long_run", found[1], found[0])


def _no_core_work(context: TrainingContext) -> LikelyCause | None:
    before = [started for started in context.core_sessions if started <= context.at]
    if not before:
        return LikelyCause("no_core_work", Recovery.tr("No core session is logged yet."))
    gap = context.at - max(before)
    if gap <= CORE_GAP:
        return None
    return LikelyCause(
        "no_core_work",
        Recovery.tr(
            "Your last core session was {days} days ago; a weak or untrained core tires sooner."
        ).format(days=gap.days),
    )


def recurring_count(context: TrainingContext, episodes: list[PastEpisode]) -> int:
    recent = [ep for ep in episodes if context.at - ep.noted_at <= RECURRING_WINDOW]
    return len(recent) + 1


def _recurring_region(region: str, count: int) -> LikelyCause | None:
    if count < RECURRING_EPISODES:
        return None
    return LikelyCause(
        "recurring_region",
        Recovery.tr("This is the {ordinal} episode of {region} soreness in three weeks.").format(
            ordinal=ordinal_words(count), region=Recovery.marked(REGION_WORDS[region])
        ),
    )


def _episode_pattern(
    context: TrainingContext,
    region: str,
    episodes: list[PastEpisode],
    preceding: RecentRun | None,
) -> LikelyCause | None:
    relevant = [ep for ep in episodes if context.at - ep.noted_at <= PATTERN_LOOKBACK]
    if not relevant or relevant[0].run_type is None:
        return None
    run_type = relevant[0].run_type
    streak = 0
    for ep in relevant:
        if ep.run_type != run_type:
            break
        streak += 1
    if streak < PATTERN_MIN_EPISODES:
        return None
    words = RUN_TYPE_WORDS[run_type]
    so_did_this = preceding is not None and preceding.run_type == run_type
    if words[0] in "aeiou":
        reason = (
            Recovery.tr(
                "Your last {count} episodes of {region} soreness each followed an {run}, and "
                "so did this one."
            )
            if so_did_this
            else Recovery.tr(
                "Your last {count} episodes of {region} soreness each followed an {run}."
            )
        )
    else:
        reason = (
            Recovery.tr(
                "Your last {count} episodes of {region} soreness each followed a {run}, and so "
                "did this one."
            )
            if so_did_this
            else Recovery.tr(
                "Your last {count} episodes of {region} soreness each followed a {run}."
            )
        )
    return LikelyCause(
        "episode_pattern",
        reason.format(
            count=count_words(streak),
            region=Recovery.marked(REGION_WORDS[region]),
            run=Recovery.marked(words),
        ),
    )


def likely_causes(
    context: TrainingContext,
    region: str,
    runs: list[RecentRun],
    episodes: list[PastEpisode],
    preceding: RecentRun | None,
    recurring: int,
) -> tuple[LikelyCause, ...]:
    """Every likely cause found, in the knowledge base's order."""
    found = (
        _distance_jump(context, runs),
        _first_hills_or_intervals(context, runs),
        _long_run(context, runs),
        _no_core_work(context),
        _recurring_region(region, recurring),
        _episode_pattern(context, region, episodes, preceding),
    )
    return tuple(cause for cause in found if cause is not None)
