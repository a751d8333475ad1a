"""The three decision tables behind CoreLog's soreness guidance.

Every matching row of :data:`RED_FLAG_TABLE` counts; :data:`KIND_TABLE` and
:data:`ACTION_TABLE` are read top to bottom and the first row that matches wins. They
follow the recovery guidance of document 002 as ``resources/knowledge/recovery.toml``
quotes it, warning signs first:

- soreness that lasts beyond several days (CoreLog counts 5 days or more) or gets worse,
  or swelling that has not settled by the third day, means seeing a physiotherapist;
- any other warning sign on its own (sharp or localised pain, swelling or tenderness
  that grows with movement) means stopping running and resting;
- then by severity: mild soreness allows an easy run, moderate soreness calls for an
  active recovery day, severe soreness for 48-72 hours of rest.

Where a row is CoreLog's own reading rather than the document's rule (no pain left, a
mild suspected strain or overuse), its knowledge rule says so. Each action row has a
``rule`` key naming that rule in the knowledge base, so the guidance can show the rule
that applied and the sentence it rests on.

Plain Python: no imports from the rest of CoreLog but the soreness modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.domain.soreness_input import RecentRun, SorenessInput
from corelog.domain.soreness_terms import (
    LASTING_DAYS,
    MAX_SEVERITY,
    RECURRING_EPISODES,
    SWELLING_SETTLE_DAYS,
    join_words,
    ordinal_words,
)


@dataclass(frozen=True)
class RedFlag:
    """A warning sign found in the entry; ``key`` names a warning sign in the knowledge base."""

    key: str
    reason: str


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
class EntryFacts:
    """What the tables read: the entry, its band, what came before it, how often it recurs."""

    entry: SorenessInput
    band: str
    preceding_run: RecentRun | None
    preceding_session: datetime | None
    recurring_count: int
    """Episodes of this region in the last three weeks, this one included."""


# --- Table 1: warning signs (every matching row counts) -------------------------------


@dataclass(frozen=True)
class RedFlagRow:
    key: str
    when: Callable[[SorenessInput], bool]
    reason: Callable[[SorenessInput], str]


def _swelling_reason(e: SorenessInput) -> str:
    if e.days_lasted >= SWELLING_SETTLE_DAYS:
        return Recovery.tr(
            "there is swelling or tenderness that gets worse with movement, {days} days in"
        ).format(days=e.days_lasted)
    return Recovery.tr("there is swelling or tenderness that gets worse with movement")


RED_FLAG_TABLE: Final[tuple[RedFlagRow, ...]] = (
    RedFlagRow(
        "sharp",
        lambda e: e.feel == "sharp",
        lambda e: Recovery.tr("the pain is sharp or localised"),
    ),
    RedFlagRow(
        "worsening",
        lambda e: e.trend == "worsening",
        lambda e: Recovery.tr("it is getting worse"),
    ),
    RedFlagRow("swelling", lambda e: e.swelling, _swelling_reason),
    RedFlagRow(
        "lasting",
        lambda e: e.days_lasted >= LASTING_DAYS,
        lambda e: Recovery.tr("it has lasted {days} days ({lasting} or more)").format(
            days=e.days_lasted, lasting=LASTING_DAYS
        ),
    ),
)


def red_flags(entry: SorenessInput) -> tuple[RedFlag, ...]:
    """Every warning sign in the entry, in table order."""
    return tuple(RedFlag(row.key, row.reason(entry)) for row in RED_FLAG_TABLE if row.when(entry))


# --- Table 2: the likely kind (first matching row wins) -------------------------------


@dataclass(frozen=True)
class KindRow:
    kind: str
    when: Callable[[EntryFacts], bool]
    conclusion: Callable[[EntryFacts], str]


KIND_TABLE: Final[tuple[KindRow, ...]] = (
    KindRow(
        "strain",
        lambda f: f.entry.feel == "sharp",
        lambda f: Recovery.tr("sharp, localised pain points to a possible strain"),
    ),
    KindRow(
        "strain",
        lambda f: f.entry.swelling,
        lambda f: Recovery.tr(
            "swelling or tenderness that grows with movement points to a possible strain"
        ),
    ),
    KindRow(
        "strain",
        lambda f: f.entry.trend == "worsening",
        lambda f: Recovery.tr("soreness that gets worse instead of easing may be a strain"),
    ),
    KindRow(
        "strain",
        lambda f: f.entry.onset == "during" and f.entry.trend == "steady",
        lambda f: Recovery.tr("pain that started mid-run and is not easing may be a mild strain"),
    ),
    KindRow(
        "overuse",
        lambda f: f.recurring_count >= RECURRING_EPISODES,
        lambda f: Recovery.tr(
            "back for the {ordinal} time in three weeks, this looks like overuse soreness, "
            "which builds up over frequent runs"
        ).format(ordinal=ordinal_words(f.recurring_count)),
    ),
    KindRow(
        "overuse",
        lambda f: f.entry.days_lasted >= LASTING_DAYS,
        lambda f: Recovery.tr(
            "after {days} days, longer than normal soreness lasts, this looks like overuse "
            "soreness"
        ).format(days=f.entry.days_lasted),
    ),
    KindRow(
        "doms",
        lambda f: f.entry.onset == "delayed",
        lambda f: Recovery.tr("this looks like normal delayed soreness (DOMS)"),
    ),
    KindRow(
        "doms",
        lambda f: True,
        lambda f: Recovery.tr("this looks like normal post-run soreness"),
    ),
)


# --- Table 3: the action for today (first matching row wins) --------------------------


@dataclass(frozen=True)
class ActionRow:
    rule: str
    """The knowledge base's rule for this row (``resources/knowledge/recovery.toml``)."""
    action: str
    when: Callable[[EntryFacts, str, tuple[RedFlag, ...]], bool]
    sentence: str
    """Why, marked for translation; ``{signs}`` and ``{severity}`` are filled in."""

    def reason(self, facts: EntryFacts, flags: tuple[RedFlag, ...]) -> str:
        """The row's sentence, in the user's language, with the entry's own words in it."""
        return Recovery.marked(self.sentence).format(
            signs=join_words([flag.reason for flag in flags]), severity=facts.entry.severity
        )


def _flagged(flags: tuple[RedFlag, ...], *keys: str) -> bool:
    return any(flag.key in keys for flag in flags)


def _swelling_not_settling(f: EntryFacts, flags: tuple[RedFlag, ...]) -> bool:
    return _flagged(flags, "swelling") and f.entry.days_lasted >= SWELLING_SETTLE_DAYS


ACTION_TABLE: Final[tuple[ActionRow, ...]] = (
    ActionRow(
        "lasting_or_worsening",
        "see_physio",
        lambda f, kind, flags: _flagged(flags, "lasting", "worsening"),
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Warning signs come first: {signs}. Soreness that lasts or gets worse is worth "
            "having checked; do not train through it.",
        ),
    ),
    ActionRow(
        "swelling_not_settling",
        "see_physio",
        lambda f, kind, flags: _swelling_not_settling(f, flags),
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Warning signs come first: {signs}. Swelling that has not settled after the days "
            "of rest is worth having checked; do not train through it.",
        ),
    ),
    ActionRow(
        "stabbing_or_swelling",
        "stop_rest",
        lambda f, kind, flags: bool(flags),
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Warning signs come first: {signs}. This is not soreness to train through.",
        ),
    ),
    ActionRow(
        "no_pain",
        "run_easy",
        lambda f, kind, flags: f.band == "none",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "No pain left and no warning signs: ease back in with an easy run before any "
            "hard session.",
        ),
    ),
    ActionRow(
        "severe",
        "rest",
        lambda f, kind, flags: f.band == "severe",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Severe soreness ({severity}/10): rest for 48-72 hours and train again once the "
            "pain has faded.",
        ),
    ),
    ActionRow(
        "moderate",
        "active_recovery",
        lambda f, kind, flags: f.band == "moderate",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Moderate soreness ({severity}/10): make today an active recovery day rather than "
            "a run.",
        ),
    ),
    ActionRow(
        "mild_strain",
        "active_recovery",
        lambda f, kind, flags: kind == "strain",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Only mild ({severity}/10), but it may be a strain: do not run through it; make "
            "today an active recovery day.",
        ),
    ),
    ActionRow(
        "mild_overuse",
        "active_recovery",
        lambda f, kind, flags: kind == "overuse",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Only mild ({severity}/10), but it keeps coming back: give it an active recovery "
            "day instead of another run.",
        ),
    ),
    ActionRow(
        "mild",
        "run_easy",
        lambda f, kind, flags: True,
        QT_TRANSLATE_NOOP(
            "Recovery",
            "Mild soreness ({severity}/10) and no warning signs: an easy run is fine, or "
            "cycle or swim instead.",
        ),
    ),
)

ACTION_RULES: Final = tuple(row.rule for row in ACTION_TABLE)
"""The rule keys of the action table, in its order."""


# --- The reason for the kind, in plain words ------------------------------------------

_FEEL_WORDS: Final = {
    "dull": QT_TRANSLATE_NOOP("Recovery", "Dull or tight"),
    "sharp": QT_TRANSLATE_NOOP("Recovery", "Sharp or localised"),
}
_TREND_WORDS: Final = {
    "improving": QT_TRANSLATE_NOOP("Recovery", "easing as you move"),
    "steady": QT_TRANSLATE_NOOP("Recovery", "not changing"),
    "worsening": QT_TRANSLATE_NOOP("Recovery", "getting worse"),
}


def _onset_words(onset: str, run: RecentRun | None, session: datetime | None) -> str:
    if run is not None:
        what = Recovery.marked(run.words)
        if onset == "during":
            return Recovery.tr("began during your {run}").format(run=what)
        if onset == "hours":
            return Recovery.tr("began within hours of your {run}").format(run=what)
        return Recovery.tr("began a day or two after your {run}").format(run=what)
    if session is not None:
        if onset == "during":
            return Recovery.tr("began during your core session")
        if onset == "hours":
            return Recovery.tr("began within hours of your core session")
        return Recovery.tr("began a day or two after your core session")
    if onset == "during":
        return Recovery.tr("began while training")
    if onset == "hours":
        return Recovery.tr("began within hours of training")
    return Recovery.tr("began a day or two after training")


def kind_reason(facts: EntryFacts, conclusion: str) -> str:
    """What the user told CoreLog, then what CoreLog makes of it, in one sentence."""
    entry = facts.entry
    onset = _onset_words(entry.onset, facts.preceding_run, facts.preceding_session)
    feel = Recovery.marked(_FEEL_WORDS[entry.feel])
    trend = Recovery.marked(_TREND_WORDS[entry.trend])
    if entry.swelling:
        said = Recovery.tr("{feel}, {onset}, {trend}, with swelling or tenderness: {conclusion}.")
    else:
        said = Recovery.tr("{feel}, {onset}, {trend}: {conclusion}.")
    return said.format(feel=feel, onset=onset, trend=trend, conclusion=conclusion)
