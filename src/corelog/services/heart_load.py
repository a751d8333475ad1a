"""History's heart-rate load: Banister's TRIMP of every run that has a heart rate.

Beside the session-effort load (effort x minutes, every run and core session), this one
counts only runs whose file recorded a heart rate, with the resting and maximum heart
rate from Settings. The daily sums go through the same acute/chronic series as the
effort load (``domain.load``), in TRIMP units.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from corelog.domain.heart_load import MEN_WEIGHTING, WOMEN_WEIGHTING, trimp
from corelog.domain.load import DayLoad, load_series_from_daily
from corelog.store import recordings as rec_store
from corelog.store.store import Store

WEIGHTINGS = {"men": MEN_WEIGHTING, "women": WOMEN_WEIGHTING}


@dataclass(frozen=True)
class HeartProfile:
    rest_hr: int
    max_hr: int
    weighting: str = "men"  # Banister's men's (1.92) or women's (1.67) weighting

    @property
    def factor(self) -> float:
        return WEIGHTINGS.get(self.weighting, MEN_WEIGHTING)


@dataclass(frozen=True)
class HeartLoad:
    series: list[DayLoad]  # loads in TRIMP
    runs: int  # runs with a heart rate in the whole log


def heart_load(store: Store, profile: HeartProfile, first_day: date, last_day: date) -> HeartLoad:
    """Daily TRIMP with its 7-day and 28-day loads from ``first_day`` to ``last_day``."""
    runs = rec_store.heart_rate_runs(store)
    if not runs or profile.max_hr <= profile.rest_hr:
        return HeartLoad([], len(runs))
    daily: dict[int, int] = defaultdict(int)
    for run in runs:
        load = trimp(run.moving_s / 60, run.avg_hr, profile.rest_hr, profile.max_hr, profile.factor)
        # The series divides by 60 (it sums effort-seconds): give it TRIMP x 60.
        daily[run.local_day_ordinal] += round(load * 60)
    return HeartLoad(load_series_from_daily(daily, first_day, last_day), len(runs))
