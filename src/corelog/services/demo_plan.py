"""What a generated history holds, and the rows it is built up in.

:class:`HistoryPlan` says how much history to generate (the demo's six months, the
benchmarks' ten years); :class:`HistoryBuilder` holds the rows table by table, gives
each its id and uuid from the seeded random numbers, and plans each week's distance.
``demo_training`` and ``demo_soreness`` add the rows; ``demo`` puts them in a database.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any


@dataclass(frozen=True)
class HistoryPlan:
    """How much history to generate."""

    days: int = 182
    runs_per_week: float = 4.0
    core_per_week: float = 2.4
    soreness_per_year: float = 24.0
    story: bool = True  # the demo's hand-placed races, spikes and open soreness
    utc_offset_min: int = 60


DEMO = HistoryPlan()
TEN_YEARS = HistoryPlan(
    days=3653, runs_per_week=7.7, core_per_week=2.9, soreness_per_year=40.0, story=False
)
# About 50,000 entries in all (runs, sessions, soreness) over ten years.
HEAVY = HistoryPlan(
    days=3653, runs_per_week=70.0, core_per_week=25.0, soreness_per_year=180.0, story=False
)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class HistoryBuilder:
    """The generated rows, table by table, as plain dicts ready for the bulk insert."""

    def __init__(self, plan: HistoryPlan, last_day: date, seed: int) -> None:
        self.plan = plan
        self.rng = random.Random(seed)
        self.last_day = last_day
        self.first_day = last_day - timedelta(days=plan.days - 1)
        self.tz = timezone(timedelta(minutes=plan.utc_offset_min))
        self.rows: dict[str, list[dict[str, Any]]] = {
            "shoe": [],
            "run": [],
            "core_session": [],
            "timer_workout": [],
            "core_set": [],
            "soreness_entry": [],
            "soreness_update": [],
        }
        self._ids: dict[str, int] = {}

    # -- helpers
    def next_id(self, table: str) -> int:
        self._ids[table] = self._ids.get(table, 0) + 1
        return self._ids[table]

    def stamp(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), self.tz).astimezone(UTC)

    def base(self, table: str, at: datetime) -> dict[str, Any]:
        return {
            "id": self.next_id(table),
            "uuid": _uuid(self.rng),
            "created_at": at,
            "updated_at": at,
        }

    # -- the plan
    def weekly_km(self, week_index: int, weeks: int) -> float:
        """Target distance for a week: a steady build with cut-back weeks and two spikes."""
        progress = week_index / max(1, weeks - 1)
        target = 14 + 26 * min(1.0, progress * 1.15)
        if week_index % 4 == 3:
            target *= 0.72  # cut-back week
        if self.plan.story and week_index in (weeks // 3, (2 * weeks) // 3):
            target *= 1.35  # too much, too soon
        return target * self.rng.uniform(0.94, 1.06)
