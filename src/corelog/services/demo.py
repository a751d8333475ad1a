"""A realistic, reproducible training history, generated in code.

Used by ``corelog --demo`` (six months, so a new user can explore before logging anything)
and by the benchmarks (ten years, and a heavy 50,000-entry set). The same seed and the
same last day give the same history every time.

The story: a runner building from a first 5K towards a half marathon. Three to five runs
a week (easy runs, a weekly long run, a rotating quality session: tempo, intervals on the
track, hills), a cut-back week every fourth week, two weeks that jump well past the
10 percent rule, races along the way, two pairs of shoes, core sessions two or three times
a week (some timed with the plank timer, holds growing from 30 to 60 s), and soreness that
follows the training: sore obliques after hill sessions, sore calves after the track, dull
abs after long runs, one sharp strain, and a mild ache from the latest long run still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from corelog.domain import clock
from corelog.services.demo_plan import DEMO, HEAVY, TEN_YEARS, HistoryBuilder, HistoryPlan
from corelog.services.demo_soreness import add_soreness
from corelog.services.demo_training import add_core_sessions, add_runs, add_shoes
from corelog.services.exercises import sync_library
from corelog.store import bulk as store_bulk
from corelog.store.exercises import list_exercises
from corelog.store.store import Store

__all__ = ["DEMO", "HEAVY", "TEN_YEARS", "GeneratedCounts", "HistoryPlan", "generate_history"]


@dataclass(frozen=True)
class GeneratedCounts:
    runs: int
    core_sessions: int
    core_sets: int
    timer_workouts: int
    soreness: int
    soreness_updates: int
    shoes: int

    @property
    def entries(self) -> int:
        return self.runs + self.core_sessions + self.soreness


def _build(
    plan: HistoryPlan, last_day: date, seed: int, exercise_ids: dict[str, int]
) -> HistoryBuilder:
    b = HistoryBuilder(plan, last_day, seed)
    shoes = add_shoes(b)
    runs_by_day = add_runs(b, shoes)
    add_core_sessions(b, exercise_ids)
    add_soreness(b, runs_by_day)
    return b


def _exercise_ids(store: Store) -> dict[str, int]:
    """Ids of the built-in exercises by key, syncing the library from the knowledge base."""
    sync_library(store)
    return {row.key: row.id for row in list_exercises(store) if row.key}


def generate_history(
    store: Store, plan: HistoryPlan = DEMO, *, last_day: date | None = None, seed: int = 7
) -> GeneratedCounts:
    """Fill an EMPTY CoreLog database with generated history, in one transaction."""
    if store_bulk.has_entries(store):
        raise ValueError("generated history only goes into an empty database")
    exercise_ids = _exercise_ids(store)
    last_day = last_day or clock.today()
    b = _build(plan, last_day, seed, exercise_ids)
    store_bulk.insert_rows(store, b.rows)
    r = b.rows
    return GeneratedCounts(
        runs=len(r["run"]),
        core_sessions=len(r["core_session"]),
        core_sets=len(r["core_set"]),
        timer_workouts=len(r["timer_workout"]),
        soreness=len(r["soreness_entry"]),
        soreness_updates=len(r["soreness_update"]),
        shoes=len(r["shoe"]),
    )
