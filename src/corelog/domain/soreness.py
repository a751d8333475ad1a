"""What a soreness entry most likely is, and what to do about it today.

CoreLog turns one soreness entry plus the user's recent training into an
:class:`Assessment`: the likely kind of soreness (normal delayed soreness, a strain, or
overuse) with the reason in plain words, the action for today, the warning signs found,
and what in the recent history may have caused it.

The rules are three tables below. Every matching row of :data:`RED_FLAG_TABLE` counts;
:data:`KIND_TABLE` and :data:`ACTION_TABLE` are read top to bottom and the first row
that matches wins. They follow the recovery guidance in CoreLog's knowledge base
(document 002): mild soreness allows an easy run, moderate soreness calls for an active
recovery day, severe soreness for 48-72 hours of rest, and any warning sign (sharp pain,
a worsening trend, swelling or tenderness, soreness lasting five days or more) means
stopping and seeing a physiotherapist if it does not settle. Warning signs always win.

Every key this module emits (kinds, actions, red flags, causes) names an item in
``resources/knowledge`` so the app can show the matching text and its source.

Plain Python: no imports from the rest of CoreLog. Times are aware datetimes; distances
are metres; nothing here formats a distance, so the texts read the same in km and miles.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median
from typing import Final

# --- Vocabulary (keys shared with the knowledge base) ---------------------------------

FEELS: Final = ("dull", "sharp")
"""``dull``: dull or tight; ``sharp``: sharp or localised."""
ONSETS: Final = ("during", "hours", "delayed")
"""During the run, within hours of it, or 24-48 hours after it."""
TRENDS: Final = ("improving", "steady", "worsening")
"""Improving with movement, unchanged, or getting worse."""

KINDS: Final = ("doms", "strain", "overuse")
ACTIONS: Final = ("run_easy", "active_recovery", "rest", "stop_see_physio")
RED_FLAGS: Final = ("sharp", "worsening", "swelling", "lasting")
CAUSES: Final = (
    "distance_jump",
    "first_hills_or_intervals",
    "long_run",
    "no_core_work",
    "recurring_region",
    "episode_pattern",
)
SEVERITY_BANDS: Final = ("none", "mild", "moderate", "severe")

# Region key -> the words used in sentences ("left oblique soreness").
REGION_WORDS: Final[dict[str, str]] = {
    "upper_abs": "upper-ab",
    "lower_abs": "lower-ab",
    "obliques_left": "left oblique",
    "obliques_right": "right oblique",
    "hip_flexors": "hip-flexor",
    "lower_back": "lower-back",
    "glutes": "glute",
    "quads": "quad",
    "hamstrings": "hamstring",
    "calves": "calf",
    "shins": "shin",
    "feet": "foot",
    "side_ribs": "side and rib",
    "shoulders_arms": "shoulder and arm",
}
REGIONS: Final = tuple(REGION_WORDS)

# Run type key -> the words used in sentences ("your hill session").
RUN_TYPE_WORDS: Final[dict[str, str]] = {
    "easy": "easy run",
    "long": "long run",
    "tempo": "tempo run",
    "intervals": "interval session",
    "hills": "hill session",
    "sprints": "sprint session",
    "race": "race",
}
RUN_TYPES: Final = tuple(RUN_TYPE_WORDS)
RACE_CLASS_WORDS: Final[dict[str, str]] = {
    "5k": "5K race",
    "10k": "10K race",
    "half": "half marathon",
    "marathon": "marathon",
    "other": "race",
}
RACE_CLASSES: Final = tuple(RACE_CLASS_WORDS)

# --- Thresholds ----------------------------------------------------------------------

MAX_SEVERITY: Final = 10
MAX_DAYS_LASTED: Final = 365
LASTING_DAYS: Final = 5
"""Soreness lasting this many days or more is past "several days": a warning sign."""
PRECEDING_WINDOW: Final = timedelta(hours=72)
"""A run this close before the entry counts as the run that preceded it."""
DELAYED_MIN_GAP: Final = timedelta(hours=18)
"""For delayed soreness, the run before it started at least this long before the entry."""
WEEK: Final = timedelta(days=7)
TEN_PERCENT: Final = 10
"""The 10 percent rule: weekly distance should grow by no more than this percentage."""
FIRST_SESSION_LOOKBACK: Final = timedelta(weeks=6)
"""A hill or interval session with none of its kind in this span before it is a "first"."""
LONG_RUN_FACTOR: Final = 1.5
"""A run this many times the usual (median) distance counts as a long run."""
LONG_RUN_BASELINE: Final = timedelta(weeks=6)
MIN_BASELINE_RUNS: Final = 3
MIN_COMPARABLE_M: Final = 1.0
"""Distances below a metre are too small to compare against (no percentages from ~0)."""
CORE_GAP: Final = timedelta(days=7)
"""No core session for longer than this is a likely cause."""
RECURRING_WINDOW: Final = timedelta(days=21)
RECURRING_EPISODES: Final = 3
"""This many episodes of one region within three weeks (this one included) is overuse."""
PATTERN_LOOKBACK: Final = timedelta(days=365)
PATTERN_MIN_EPISODES: Final = 2

_LONG_RACE_CLASSES: Final = ("half", "marathon")
_NUMBER_WORDS: Final = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
)
_ORDINAL_WORDS: Final = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth",
)


# --- Input ---------------------------------------------------------------------------


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {value!r}")


def _require_choice(value: object, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise ValueError(f"{what} must be one of {', '.join(choices)}; got {value!r}")


@dataclass(frozen=True)
class SorenessInput:
    """What the user told CoreLog about one soreness entry."""

    region: str
    severity: int
    """0-10: 0 no pain left, 1-3 mild, 4-6 moderate, 7-10 severe."""
    feel: str
    onset: str
    trend: str
    swelling: bool = False
    """Swelling, or tenderness that gets worse with movement."""
    days_lasted: int = 0

    def __post_init__(self) -> None:
        _require_choice(self.region, REGIONS, "region")
        _require_choice(self.feel, FEELS, "feel")
        _require_choice(self.onset, ONSETS, "onset")
        _require_choice(self.trend, TRENDS, "trend")
        if isinstance(self.severity, bool) or not isinstance(self.severity, int):
            raise ValueError(f"severity must be a whole number, got {self.severity!r}")
        if not 0 <= self.severity <= MAX_SEVERITY:
            raise ValueError(f"severity must be 0-{MAX_SEVERITY}, got {self.severity}")
        if not isinstance(self.swelling, bool):
            raise ValueError(f"swelling must be True or False, got {self.swelling!r}")
        if isinstance(self.days_lasted, bool) or not isinstance(self.days_lasted, int):
            raise ValueError(f"days_lasted must be a whole number, got {self.days_lasted!r}")
        if not 0 <= self.days_lasted <= MAX_DAYS_LASTED:
            raise ValueError(f"days_lasted must be 0-{MAX_DAYS_LASTED}, got {self.days_lasted}")


@dataclass(frozen=True)
class RecentRun:
    """A run from the user's log, as far as the assessment needs it."""

    started_at: datetime
    distance_m: float
    duration_s: float
    run_type: str
    race_class: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.started_at, "started_at")
        _require_choice(self.run_type, RUN_TYPES, "run_type")
        if self.race_class is not None:
            _require_choice(self.race_class, RACE_CLASSES, "race_class")
        for value in (self.distance_m, self.duration_s):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"a run's distance and duration must be 0 or more, got {value}")

    @property
    def words(self) -> str:
        """How a sentence names this run: "long run", "hill session", "5K race"."""
        if self.run_type == "race" and self.race_class is not None:
            return RACE_CLASS_WORDS[self.race_class]
        return RUN_TYPE_WORDS[self.run_type]


@dataclass(frozen=True)
class PastEpisode:
    """An earlier soreness episode: when, where, and the kind of run before it (if any)."""

    noted_at: datetime
    region: str
    run_type: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.noted_at, "noted_at")
        _require_choice(self.region, REGIONS, "region")
        if self.run_type is not None:
            _require_choice(self.run_type, RUN_TYPES, "run_type")


@dataclass(frozen=True)
class TrainingContext:
    """The entry's time and the training around it.

    ``runs``, ``core_sessions`` (their start times) and ``past_episodes`` may come in any
    order and may include items after ``at``; those are ignored.

    What came before the soreness: ``preceding_run`` is the run the user linked to the
    entry, ``preceding_session`` the start of the core session they linked instead.
    With neither, and ``link_given`` False, the latest run in the 72 hours before ``at``
    is taken; with ``link_given`` True the user said nothing came before it, and no run
    is guessed.
    """

    at: datetime
    runs: tuple[RecentRun, ...] = ()
    core_sessions: tuple[datetime, ...] = ()
    past_episodes: tuple[PastEpisode, ...] = ()
    preceding_run: RecentRun | None = None
    preceding_session: datetime | None = None
    link_given: bool = False

    def __post_init__(self) -> None:
        _require_aware(self.at, "at")
        for started in self.core_sessions:
            _require_aware(started, "a core session's start")
        if self.preceding_session is not None:
            _require_aware(self.preceding_session, "preceding_session")
        if self.preceding_run is not None and self.preceding_session is not None:
            raise ValueError("an entry follows a run or a core session, not both")

    @property
    def link_fixed(self) -> bool:
        """Whether the user chose what came before the entry (so nothing is guessed)."""
        return (
            self.link_given
            or self.preceding_run is not None
            or self.preceding_session is not None
        )


# --- Output --------------------------------------------------------------------------


@dataclass(frozen=True)
class RedFlag:
    """A warning sign found in the entry; ``key`` names a warning sign in the knowledge base."""

    key: str
    reason: str


@dataclass(frozen=True)
class LikelyCause:
    """Something in the recent history that may explain the soreness.

    ``key`` names a cause in the knowledge base; ``reason`` says in plain words what
    CoreLog found; ``run`` is the run it concerns, where there is one.
    """

    key: str
    reason: str
    run: RecentRun | None = None


@dataclass(frozen=True)
class Assessment:
    """CoreLog's reading of one soreness entry."""

    kind: str
    kind_reason: str
    action: str
    action_reason: str
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


# --- Facts the tables read -----------------------------------------------------------


def severity_band(severity: int) -> str:
    """The band of a 0-10 severity: "none" (0), "mild" (1-3), "moderate" (4-6), "severe"."""
    if not 0 <= severity <= MAX_SEVERITY:
        raise ValueError(f"severity must be 0-{MAX_SEVERITY}, got {severity}")
    if severity == 0:
        return "none"
    if severity <= 3:
        return "mild"
    if severity <= 6:
        return "moderate"
    return "severe"


@dataclass(frozen=True)
class _Facts:
    entry: SorenessInput
    band: str
    preceding_run: RecentRun | None
    preceding_session: datetime | None
    recurring_count: int
    """Episodes of this region in the last three weeks, this one included."""


def _runs_before(context: TrainingContext) -> list[RecentRun]:
    return sorted(
        (run for run in context.runs if run.started_at <= context.at),
        key=lambda run: (run.started_at, run.distance_m, run.run_type),
    )


def _preceding_run(
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


def _region_episodes(context: TrainingContext, region: str) -> list[PastEpisode]:
    """Past episodes of ``region`` before the entry, newest first."""
    return sorted(
        (ep for ep in context.past_episodes if ep.region == region and ep.noted_at < context.at),
        key=lambda ep: (ep.noted_at, ep.run_type or ""),
        reverse=True,
    )


# --- Table 1: warning signs (every matching row counts) -------------------------------


@dataclass(frozen=True)
class RedFlagRow:
    key: str
    when: Callable[[SorenessInput], bool]
    reason: Callable[[SorenessInput], str]


RED_FLAG_TABLE: Final[tuple[RedFlagRow, ...]] = (
    RedFlagRow(
        "sharp",
        lambda e: e.feel == "sharp",
        lambda e: "the pain is sharp or localised",
    ),
    RedFlagRow(
        "worsening",
        lambda e: e.trend == "worsening",
        lambda e: "it is getting worse",
    ),
    RedFlagRow(
        "swelling",
        lambda e: e.swelling,
        lambda e: "there is swelling or tenderness that gets worse with movement",
    ),
    RedFlagRow(
        "lasting",
        lambda e: e.days_lasted >= LASTING_DAYS,
        lambda e: f"it has lasted {e.days_lasted} days ({LASTING_DAYS} or more)",
    ),
)


def red_flags(entry: SorenessInput) -> tuple[RedFlag, ...]:
    """Every warning sign in the entry, in table order."""
    return tuple(RedFlag(row.key, row.reason(entry)) for row in RED_FLAG_TABLE if row.when(entry))


# --- Table 2: the likely kind (first matching row wins) -------------------------------


@dataclass(frozen=True)
class KindRow:
    kind: str
    when: Callable[[_Facts], bool]
    conclusion: Callable[[_Facts], str]


KIND_TABLE: Final[tuple[KindRow, ...]] = (
    KindRow(
        "strain",
        lambda f: f.entry.feel == "sharp",
        lambda f: "sharp, localised pain points to a possible strain",
    ),
    KindRow(
        "strain",
        lambda f: f.entry.swelling,
        lambda f: "swelling or tenderness that grows with movement points to a possible strain",
    ),
    KindRow(
        "strain",
        lambda f: f.entry.trend == "worsening",
        lambda f: "soreness that gets worse instead of easing may be a strain",
    ),
    KindRow(
        "strain",
        lambda f: f.entry.onset == "during" and f.entry.trend == "steady",
        lambda f: "pain that started mid-run and is not easing may be a mild strain",
    ),
    KindRow(
        "overuse",
        lambda f: f.recurring_count >= RECURRING_EPISODES,
        lambda f: (
            f"back for the {_ordinal(f.recurring_count)} time in three weeks, this looks like "
            "overuse soreness, which builds up over frequent runs"
        ),
    ),
    KindRow(
        "overuse",
        lambda f: f.entry.days_lasted >= LASTING_DAYS,
        lambda f: (
            f"after {f.entry.days_lasted} days, longer than normal soreness lasts, this looks "
            "like overuse soreness"
        ),
    ),
    KindRow(
        "doms",
        lambda f: f.entry.onset == "delayed",
        lambda f: "this looks like normal delayed soreness (DOMS)",
    ),
    KindRow(
        "doms",
        lambda f: True,
        lambda f: "this looks like normal post-run soreness",
    ),
)


# --- Table 3: the action for today (first matching row wins) --------------------------


@dataclass(frozen=True)
class ActionRow:
    action: str
    when: Callable[[_Facts, str, tuple[RedFlag, ...]], bool]
    reason: Callable[[_Facts, str, tuple[RedFlag, ...]], str]


def _flags_sentence(flags: tuple[RedFlag, ...]) -> str:
    return _join([flag.reason for flag in flags])


ACTION_TABLE: Final[tuple[ActionRow, ...]] = (
    ActionRow(
        "stop_see_physio",
        lambda f, kind, flags: bool(flags),
        lambda f, kind, flags: (
            f"Warning signs come first: {_flags_sentence(flags)}. This is not soreness to "
            "train through."
        ),
    ),
    ActionRow(
        "run_easy",
        lambda f, kind, flags: f.band == "none",
        lambda f, kind, flags: (
            "No pain left and no warning signs: ease back in with an easy run before any "
            "hard session."
        ),
    ),
    ActionRow(
        "rest",
        lambda f, kind, flags: f.band == "severe",
        lambda f, kind, flags: (
            f"Severe soreness ({f.entry.severity}/10): rest for 48-72 hours and train again "
            "once the pain has faded."
        ),
    ),
    ActionRow(
        "active_recovery",
        lambda f, kind, flags: f.band == "moderate",
        lambda f, kind, flags: (
            f"Moderate soreness ({f.entry.severity}/10): make today an active recovery day "
            "rather than a run."
        ),
    ),
    ActionRow(
        "active_recovery",
        lambda f, kind, flags: kind == "strain",
        lambda f, kind, flags: (
            f"Only mild ({f.entry.severity}/10), but it may be a strain: do not run through "
            "it; make today an active recovery day."
        ),
    ),
    ActionRow(
        "active_recovery",
        lambda f, kind, flags: kind == "overuse",
        lambda f, kind, flags: (
            f"Only mild ({f.entry.severity}/10), but it keeps coming back: give it an "
            "active recovery day instead of another run."
        ),
    ),
    ActionRow(
        "run_easy",
        lambda f, kind, flags: True,
        lambda f, kind, flags: (
            f"Mild soreness ({f.entry.severity}/10) and no warning signs: an easy run is "
            "fine, or cycle or swim instead."
        ),
    ),
)


# --- The reason for the kind, in plain words ------------------------------------------

_FEEL_WORDS: Final = {"dull": "Dull or tight", "sharp": "Sharp or localised"}
_TREND_WORDS: Final = {
    "improving": "easing as you move",
    "steady": "not changing",
    "worsening": "getting worse",
}


def _onset_words(onset: str, run: RecentRun | None, session: datetime | None) -> str:
    if run is not None:
        before = f"your {run.words}"
    elif session is not None:
        before = "your core session"
    else:
        before = None
    if onset == "during":
        return f"began during {before}" if before is not None else "began while training"
    if onset == "hours":
        return f"began within hours of {before or 'training'}"
    return f"began a day or two after {before or 'training'}"


def _kind_reason(facts: _Facts, conclusion: str) -> str:
    entry = facts.entry
    onset = _onset_words(entry.onset, facts.preceding_run, facts.preceding_session)
    parts = [_FEEL_WORDS[entry.feel], onset]
    parts.append(_TREND_WORDS[entry.trend])
    if entry.swelling:
        parts.append("with swelling or tenderness")
    return f"{', '.join(parts)}: {conclusion}."


# --- Likely causes from the history ---------------------------------------------------


def _distance_jump(context: TrainingContext, runs: list[RecentRun]) -> LikelyCause | None:
    last = sum(r.distance_m for r in runs if context.at - r.started_at < WEEK)
    before = sum(r.distance_m for r in runs if WEEK <= context.at - r.started_at < 2 * WEEK)
    # An empty week before gives nothing to compare with: no jump is reported.
    if before < MIN_COMPARABLE_M or last * 100 <= before * (100 + TEN_PERCENT):
        return None
    return LikelyCause(
        "distance_jump",
        f"You ran {_percent_words(last / before - 1)} percent more distance in the last "
        f"7 days than in the 7 days before, past the {TEN_PERCENT} percent rule.",
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
                f"Your recent {run.words} was the first in at least six weeks; "
                "the extra demand on stability is new to your body.",
                run,
            )
    return None


def _long_run(context: TrainingContext, runs: list[RecentRun]) -> LikelyCause | None:
    found: tuple[RecentRun, str] | None = None
    for run in runs:
        if context.at - run.started_at > PRECEDING_WINDOW:
            continue
        if run.run_type == "long" or (
            run.run_type == "race" and run.race_class in _LONG_RACE_CLASSES
        ):
            reason = (
                f"Your {run.words} in the 72 hours before this kept your core working for a "
                "long time."
            )
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
            reason = (
                f"Your recent {run.words} was {percent} percent longer than your usual run "
                "over the past six weeks."
            )
        if found is None or run.distance_m >= found[0].distance_m:
            found = (run, reason)
    if found is None:
        return None
    return LikelyCause("long_run", found[1], found[0])


def _no_core_work(context: TrainingContext) -> LikelyCause | None:
    before = [started for started in context.core_sessions if started <= context.at]
    if not before:
        return LikelyCause("no_core_work", "No core session is logged yet.")
    gap = context.at - max(before)
    if gap <= CORE_GAP:
        return None
    return LikelyCause(
        "no_core_work",
        f"Your last core session was {gap.days} days ago; a weak or untrained core tires "
        "sooner.",
    )


def _recurring_count(context: TrainingContext, episodes: list[PastEpisode]) -> int:
    recent = [ep for ep in episodes if context.at - ep.noted_at <= RECURRING_WINDOW]
    return len(recent) + 1


def _recurring_region(region: str, count: int) -> LikelyCause | None:
    if count < RECURRING_EPISODES:
        return None
    return LikelyCause(
        "recurring_region",
        f"This is the {_ordinal(count)} episode of {REGION_WORDS[region]} soreness in "
        "three weeks.",
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
    article = "an" if words[0] in "aeiou" else "a"
    reason = (
        f"Your last {_count_words(streak)} episodes of {REGION_WORDS[region]} soreness each "
        f"followed {article} {words}"
    )
    if preceding is not None and preceding.run_type == run_type:
        reason += ", and so did this one"
    return LikelyCause("episode_pattern", reason + ".")


# --- Putting it together --------------------------------------------------------------


def assess_soreness(entry: SorenessInput, context: TrainingContext) -> Assessment:
    """Read one soreness entry against the training around it.

    Always returns exactly one kind and one action, each with a reason. Any warning sign
    gives ``stop_see_physio``, whatever else the entry or the history says.
    """
    runs = _runs_before(context)
    preceding = _preceding_run(context, runs, entry.onset)
    episodes = _region_episodes(context, entry.region)
    facts = _Facts(
        entry=entry,
        band=severity_band(entry.severity),
        preceding_run=preceding,
        preceding_session=context.preceding_session,
        recurring_count=_recurring_count(context, episodes),
    )
    flags = red_flags(entry)
    kind_row = next(row for row in KIND_TABLE if row.when(facts))
    action_row = next(row for row in ACTION_TABLE if row.when(facts, kind_row.kind, flags))
    causes = tuple(
        cause
        for cause in (
            _distance_jump(context, runs),
            _first_hills_or_intervals(context, runs),
            _long_run(context, runs),
            _no_core_work(context),
            _recurring_region(entry.region, facts.recurring_count),
            _episode_pattern(context, entry.region, episodes, preceding),
        )
        if cause is not None
    )
    return Assessment(
        kind=kind_row.kind,
        kind_reason=_kind_reason(facts, kind_row.conclusion(facts)),
        action=action_row.action,
        action_reason=action_row.reason(facts, kind_row.kind, flags),
        severity_band=facts.band,
        red_flags=flags,
        causes=causes,
        preceding_run=preceding,
        preceding_session=context.preceding_session,
    )


# --- Small wording helpers ------------------------------------------------------------


def _join(items: Iterable[str]) -> str:
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _percent_words(fraction: float) -> str:
    """A rise as a percentage; one decimal near the rule, so 10.4 never reads as "10"."""
    percent = fraction * 100
    if percent < TEN_PERCENT + 1:
        return f"{math.ceil(percent * 10) / 10:.1f}"
    return f"{percent:.0f}"


def _count_words(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _ordinal(n: int) -> str:
    if 0 < n < len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
