"""What a soreness entry most likely is, and what to do about it today.

CoreLog turns one soreness entry plus the user's recent training into an
:class:`Assessment`: the likely kind of soreness (normal delayed soreness, a strain, or
overuse) with the reason in plain words, the action for today and the rule that chose
it, the warning signs found, and what in the recent history may have caused it.

The parts live beside this module, each small enough to read at once:

- :mod:`soreness_terms`: the keys shared with the knowledge base and the thresholds;
- :mod:`soreness_input`: the entry and the training around it, checked;
- :mod:`soreness_rules`: the three decision tables (warning signs, kind, action), warning
  signs first: a sign on its own means stop running and rest; soreness lasting beyond
  several days or getting worse, or swelling that does not settle, means seeing a
  physiotherapist; otherwise mild soreness allows an easy run, moderate soreness calls
  for an active recovery day, severe soreness for 48-72 hours of rest;
- :mod:`soreness_causes`: the likely causes found in the history.

Every key this module emits (kinds, actions, rules, red flags, causes) names an item in
``resources/knowledge`` so the app can show the matching text, the document sentence it
rests on, and whether it is the document's rule or CoreLog's own reading.

Plain Python: no imports from the rest of CoreLog. Times are aware datetimes; distances
are metres; nothing here formats a distance, so the texts read the same in km and miles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from corelog.domain.soreness_causes import (
    LikelyCause,
    likely_causes,
    preceding_run,
    recurring_count,
    region_episodes,
    runs_before,
)
from corelog.domain.soreness_input import (
    PastEpisode,
    RecentRun,
    SorenessInput,
    TrainingContext,
)
from corelog.domain.soreness_rules import (
    ACTION_RULES,
    ACTION_TABLE,
    KIND_TABLE,
    RED_FLAG_TABLE,
    EntryFacts,
    RedFlag,
    kind_reason,
    red_flags,
    severity_band,
)
from corelog.domain.soreness_terms import (
    ACTIONS,
    CAUSES,
    CORE_GAP,
    DELAYED_MIN_GAP,
    FEELS,
    FIRST_SESSION_LOOKBACK,
    KINDS,
    LASTING_DAYS,
    LONG_RUN_BASELINE,
    LONG_RUN_FACTOR,
    MAX_DAYS_LASTED,
    MAX_SEVERITY,
    MIN_BASELINE_RUNS,
    MIN_COMPARABLE_M,
    ONSETS,
    PATTERN_LOOKBACK,
    PATTERN_MIN_EPISODES,
    PRECEDING_WINDOW,
    RACE_CLASS_WORDS,
    RACE_CLASSES,
    RECURRING_EPISODES,
    RECURRING_WINDOW,
    RED_FLAGS,
    REGION_WORDS,
    REGIONS,
    RUN_TYPE_WORDS,
    RUN_TYPES,
    SEVERITY_BANDS,
    SWELLING_SETTLE_DAYS,
    TEN_PERCENT,
    TRENDS,
    WEEK,
)

__all__ = [
    "ACTIONS",
    "ACTION_RULES",
    "ACTION_TABLE",
    "CAUSES",
    "CORE_GAP",
    "DELAYED_MIN_GAP",
    "FEELS",
    "FIRST_SESSION_LOOKBACK",
    "KINDS",
    "KIND_TABLE",
    "LASTING_DAYS",
    "LONG_RUN_BASELINE",
    "LONG_RUN_FACTOR",
    "MAX_DAYS_LASTED",
    "MAX_SEVERITY",
    "MIN_BASELINE_RUNS",
    "MIN_COMPARABLE_M",
    "ONSETS",
    "PATTERN_LOOKBACK",
    "PATTERN_MIN_EPISODES",
    "PRECEDING_WINDOW",
    "RACE_CLASSES",
    "RACE_CLASS_WORDS",
    "RECURRING_EPISODES",
    "RECURRING_WINDOW",
    "RED_FLAGS",
    "RED_FLAG_TABLE",
    "REGIONS",
    "REGION_WORDS",
    "RUN_TYPES",
    "RUN_TYPE_WORDS",
    "SEVERITY_BANDS",
    "SWELLING_SETTLE_DAYS",
    "TEN_PERCENT",
    "TRENDS",
    "WEEK",
    "Assessment",
    "LikelyCause",
    "PastEpisode",
    "RecentRun",
    "RedFlag",
    "SorenessInput",
    "TrainingContext",
    "assess_soreness",
    "red_flags",
    "severity_band",
]


@dataclass(frozen=True)
class Assessment:
    """CoreLog's reading of one soreness entry."""

    kind: str
    kind_reason: str
    action: str
    action_reason: str
    action_rule: str
    """The knowledge base's rule that chose the action (a row of the action table)."""
    severity_band: str
    red_flags: tuple[RedFlag, ...]
    causes: tuple[LikelyCause, ...]
    preceding_run: RecentRun | None
    preceding_session: datetime | None = None
    """The start of the core session before the soreness, when the user linked one."""

    @property
    def has_red_flags(self) -> bool:
        return bool(self.red_flags)

    @property
    def red_flag_keys(self) -> tuple[str, ...]:
        return tuple(flag.key for flag in self.red_flags)

    @property
    def cause_keys(self) -> tuple[str, ...]:
        return tuple(cause.key for cause in self.causes)


def assess_soreness(entry: SorenessInput, context: TrainingContext) -> Assessment:
    """Read one soreness entry against the training around it.

    Always returns exactly one kind and one action, each with a reason. Any warning sign
    gives ``stop_rest`` or ``see_physio``, whatever else the entry or the history says.
    """
    runs = runs_before(context)
    preceding = preceding_run(context, runs, entry.onset)
    episodes = region_episodes(context, entry.region)
    facts = EntryFacts(
        entry=entry,
        band=severity_band(entry.severity),
        preceding_run=preceding,
        preceding_session=context.preceding_session,
        recurring_count=recurring_count(context, episodes),
    )
    flags = red_flags(entry)
    kind_row = next(row for row in KIND_TABLE if row.when(facts))
    action_row = next(row for row in ACTION_TABLE if row.when(facts, kind_row.kind, flags))
    return Assessment(
        kind=kind_row.kind,
        kind_reason=kind_reason(facts, kind_row.conclusion(facts)),
        action=action_row.action,
        action_reason=action_row.reason(facts, flags),
        action_rule=action_row.rule,
        severity_band=facts.band,
        red_flags=flags,
        causes=likely_causes(
            context, entry.region, runs, episodes, preceding, facts.recurring_count
        ),
        preceding_run=preceding,
        preceding_session=context.preceding_session,
    )
