"""The words and numbers CoreLog's soreness assessment works with.

The keys (feels, onsets, trends, kinds, actions, warning signs, causes, regions, run
types) are shared with ``resources/knowledge``, where each has its text and citation; the
thresholds are the numbers the rules read; the helpers at the end write counts and
percentages the same way in every reason. Plain Python: no imports from the rest of
CoreLog.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import timedelta
from typing import Final

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery, symbols

# --- Vocabulary (keys shared with the knowledge base) ---------------------------------

FEELS: Final = ("dull", "sharp")
"""``dull``: dull or tight; ``sharp``: sharp or localised."""
ONSETS: Final = ("during", "hours", "delayed")
"""During the run, within hours of it, or 24-48 hours after it."""
TRENDS: Final = ("improving", "steady", "worsening")
"""Improving with movement, unchanged, or getting worse."""

KINDS: Final = ("doms", "strain", "overuse")
ACTIONS: Final = ("run_easy", "active_recovery", "rest", "stop_rest", "see_physio")
"""What to do today. ``stop_rest``: a warning sign on its own; ``see_physio``: soreness
that lasts beyond several days, gets worse, or comes with swelling that does not settle."""
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

# Region key -> the words used in sentences ("left oblique soreness"), marked for
# translation where shown.
REGION_WORDS: Final[dict[str, str]] = {
    "upper_abs": QT_TRANSLATE_NOOP("Recovery", "upper-ab"),
    "lower_abs": QT_TRANSLATE_NOOP("Recovery", "lower-ab"),
    "obliques_left": QT_TRANSLATE_NOOP("Recovery", "left oblique"),
    "obliques_right": QT_TRANSLATE_NOOP("Recovery", "right oblique"),
    "hip_flexors": QT_TRANSLATE_NOOP("Recovery", "hip-flexor"),
    "lower_back": QT_TRANSLATE_NOOP("Recovery", "lower-back"),
    "glutes": QT_TRANSLATE_NOOP("Recovery", "glute"),
    "quads": QT_TRANSLATE_NOOP("Recovery", "quad"),
    "hamstrings": QT_TRANSLATE_NOOP("Recovery", "hamstring"),
    "calves": QT_TRANSLATE_NOOP("Recovery", "calf"),
    "shins": QT_TRANSLATE_NOOP("Recovery", "shin"),
    "feet": QT_TRANSLATE_NOOP("Recovery", "foot"),
    "side_ribs": QT_TRANSLATE_NOOP("Recovery", "side and rib"),
    "shoulders_arms": QT_TRANSLATE_NOOP("Recovery", "shoulder and arm"),
}
REGIONS: Final = tuple(REGION_WORDS)

# Run type key -> the words used in sentences ("your hill session"), marked for
# translation where shown (``Recovery.marked(words)``).
RUN_TYPE_WORDS: Final[dict[str, str]] = {
    "easy": QT_TRANSLATE_NOOP("Recovery", "easy run"),
    "long": QT_TRANSLATE_NOOP("Recovery", "long run"),
    "tempo": QT_TRANSLATE_NOOP("Recovery", "tempo run"),
    "intervals": QT_TRANSLATE_NOOP("Recovery", "interval session"),
    "hills": QT_TRANSLATE_NOOP("Recovery", "hill session"),
    "sprints": QT_TRANSLATE_NOOP("Recovery", "sprint session"),
    "race": QT_TRANSLATE_NOOP("Recovery", "race"),
}
RUN_TYPES: Final = tuple(RUN_TYPE_WORDS)
RACE_CLASS_WORDS: Final[dict[str, str]] = {
    "5k": QT_TRANSLATE_NOOP("Recovery", "5K race"),
    "10k": QT_TRANSLATE_NOOP("Recovery", "10K race"),
    "half": QT_TRANSLATE_NOOP("Recovery", "half marathon"),
    "marathon": QT_TRANSLATE_NOOP("Recovery", "marathon"),
    "other": QT_TRANSLATE_NOOP("Recovery", "race"),
}
RACE_CLASSES: Final = tuple(RACE_CLASS_WORDS)

# --- Thresholds ----------------------------------------------------------------------

MAX_SEVERITY: Final = 10
MAX_DAYS_LASTED: Final = 365
LASTING_DAYS: Final = 5
"""Soreness lasting this many days or more is past "several days": a warning sign."""
SWELLING_SETTLE_DAYS: Final = 3
"""Swelling still there this many days in has not settled: the 48-72 hours of rest the
documents give severe soreness are over."""
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

LONG_RACE_CLASSES: Final = ("half", "marathon")
"""Races that count as a long run whatever the usual distance."""
_NUMBER_WORDS: Final = (
    QT_TRANSLATE_NOOP("Recovery", "no"), QT_TRANSLATE_NOOP("Recovery", "one"),
    QT_TRANSLATE_NOOP("Recovery", "two"), QT_TRANSLATE_NOOP("Recovery", "three"),
    QT_TRANSLATE_NOOP("Recovery", "four"), QT_TRANSLATE_NOOP("Recovery", "five"),
    QT_TRANSLATE_NOOP("Recovery", "six"), QT_TRANSLATE_NOOP("Recovery", "seven"),
    QT_TRANSLATE_NOOP("Recovery", "eight"), QT_TRANSLATE_NOOP("Recovery", "nine"),
    QT_TRANSLATE_NOOP("Recovery", "ten"),
)
_ORDINAL_WORDS: Final = (
    QT_TRANSLATE_NOOP("Recovery", "zeroth"), QT_TRANSLATE_NOOP("Recovery", "first"),
    QT_TRANSLATE_NOOP("Recovery", "second"), QT_TRANSLATE_NOOP("Recovery", "third"),
    QT_TRANSLATE_NOOP("Recovery", "fourth"), QT_TRANSLATE_NOOP("Recovery", "fifth"),
    QT_TRANSLATE_NOOP("Recovery", "sixth"), QT_TRANSLATE_NOOP("Recovery", "seventh"),
    QT_TRANSLATE_NOOP("Recovery", "eighth"), QT_TRANSLATE_NOOP("Recovery", "ninth"),
    QT_TRANSLATE_NOOP("Recovery", "tenth"),
)


# --- Small wording helpers ------------------------------------------------------------


def join_words(items: Iterable[str]) -> str:
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return Recovery.tr("{items} and {last}").format(items=", ".join(words[:-1]), last=words[-1])


def percent_words(fraction: float) -> str:
    """A rise as a percentage; one decimal near the rule, so 10.4 never reads as "10"."""
    percent = fraction * 100
    if percent < TEN_PERCENT + 1:
        return f"{math.ceil(percent * 10) / 10:.1f}".replace(".", symbols().decimal_point)
    return f"{percent:.0f}"


def count_words(n: int) -> str:
    return Recovery.marked(_NUMBER_WORDS[n]) if 0 <= n < len(_NUMBER_WORDS) else str(n)


def ordinal_words(n: int) -> str:
    if 0 < n < len(_ORDINAL_WORDS):
        return Recovery.marked(_ORDINAL_WORDS[n])
    if 10 <= n % 100 <= 20:
        return Recovery.tr("{number}th").format(number=n)
    if n % 10 == 1:
        return Recovery.tr("{number}st").format(number=n)
    if n % 10 == 2:
        return Recovery.tr("{number}nd").format(number=n)
    if n % 10 == 3:
        return Recovery.tr("{number}rd").format(number=n)
    return Recovery.tr("{number}th").format(number=n)
