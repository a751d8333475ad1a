"""When two runs are one: the rules that keep an import from doubling a run.

* The same activity from another file (a second export, GPX beside FIT): an imported
  run that starts within ``SAME_ACTIVITY_WINDOW`` with a similar distance.
* A run typed by hand for the same outing: a run without a recording that starts within
  ``TYPED_WINDOW`` (people round the start, or type it afterwards) with a similar
  distance. The user chooses: merge, keep both, or skip.
* A run typed by hand that lands within ``TYPED_WINDOW`` of one already logged gets a
  warning before it is saved, whatever its distance (two runs saved one after the other
  both start "now").

"Similar" is CoreLog's own rule: within ``SIMILAR_SHARE`` of the longer distance, or
``SIMILAR_METRES``, whichever is more (GPS and a typed round figure differ by that).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

SAME_ACTIVITY_WINDOW = timedelta(minutes=2)
TYPED_WINDOW = timedelta(minutes=10)
SIMILAR_SHARE = 0.10
SIMILAR_METRES = 300.0


def similar_distance(a_m: float, b_m: float) -> bool:
    return abs(a_m - b_m) <= max(SIMILAR_SHARE * max(a_m, b_m), SIMILAR_METRES)


@dataclass(frozen=True)
class Candidate:
    """A run already logged (or accepted earlier in the same import)."""

    run_id: int | None  # None: accepted in this import but not written yet
    started_at: datetime  # aware
    distance_m: float
    recorded: bool  # came from a file


@dataclass(frozen=True)
class Match:
    kind: Literal["same", "typed"]
    candidate: Candidate


def find_match(
    started_at: datetime, distance_m: float, candidates: Iterable[Candidate]
) -> Match | None:
    """The run an activity doubles, if any: the same recorded activity first, then a typed one."""
    typed: Candidate | None = None
    best_typed = TYPED_WINDOW
    for candidate in candidates:
        gap = abs(candidate.started_at - started_at)
        if not similar_distance(candidate.distance_m, distance_m):
            continue
        if candidate.recorded:
            if gap <= SAME_ACTIVITY_WINDOW:
                return Match("same", candidate)
        elif gap <= best_typed:
            typed, best_typed = candidate, gap
    return Match("typed", typed) if typed is not None else None
