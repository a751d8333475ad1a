"""The timer page's progress panel: personal best and the suggestion for next time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from corelog.domain.progression import ProgressionKind
from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.services import exercises as lib
from corelog.services import timer_workouts
from corelog.services.timer_progress import hold_progress

CEST = timezone(timedelta(hours=2))


@pytest.fixture
def rows(store):
    return {row.key: row for row in lib.library(store)}


def side(row, index: int) -> str | None:
    if not row.sided:
        return None
    return "left" if index % 2 == 0 else "right"


def save(store, row, holds, *, target, sets=2, day=5, interrupted=()):
    workout = FinishedWorkout(
        exercise_id=row.id,
        mode="countdown",
        target_hold_ms=target,
        planned_sets=sets,
        rest_ms=30_000,
        prep_ms=5_000,
        alternate_sides=row.sided,
        completed=False,
        started_at=datetime(2024, 6, day, 18, 0, tzinfo=CEST),
        holds=[
            TimerHold(ms, side(row, i), interrupted=i in interrupted) for i, ms in enumerate(holds)
        ],
    )
    timer_workouts.save_timer_workout(store, workout, date(2024, 6, day))


def test_nothing_yet(store, rows):
    progress = hold_progress(store, rows["plank"])
    assert progress.best is None
    assert progress.suggestion.kind is ProgressionKind.KEEP
    assert progress.suggestion.message == "Time a first workout to get suggestions."
    assert progress.dose.startswith("2-3 sets of 30-60 s holds") and progress.dose_sources == (
        "002",
    )


def test_two_full_workouts_running_suggest_five_seconds_more(store, rows):
    save(store, rows["plank"], [45_000, 45_100], target=45_000, day=3)
    save(store, rows["plank"], [45_000, 46_000], target=45_000, day=5)
    progress = hold_progress(store, rows["plank"])
    assert progress.suggestion.kind is ProgressionKind.LONGER
    assert progress.suggested_hold_ms == 50_000
    assert progress.best.hold_ms == 46_000
    assert progress.workouts == 2


def test_a_set_short_of_the_target_keeps_the_target(store, rows):
    save(store, rows["plank"], [45_000, 45_000], target=45_000, day=3)
    save(store, rows["plank"], [45_000, 30_000], target=45_000, day=5)
    progress = hold_progress(store, rows["plank"])
    assert progress.suggestion.kind is ProgressionKind.KEEP
    assert progress.suggested_hold_ms is None


def test_at_sixty_seconds_the_suggestion_is_a_harder_variation(store, rows):
    save(store, rows["plank"], [60_000, 60_000], target=60_000, day=3)
    save(store, rows["plank"], [60_000, 60_000], target=60_000, day=5)
    progress = hold_progress(store, rows["plank"])
    assert progress.suggestion.kind is ProgressionKind.HARDER
    assert progress.harder_variation == "Add light resistance to the plank."
    assert progress.variation_sources == ("002",)


def test_interrupted_holds_are_no_personal_best(store, rows):
    save(store, rows["plank"], [40_000, 90_000], target=45_000, interrupted=(1,))
    assert hold_progress(store, rows["plank"]).best.hold_ms == 40_000


def test_side_planks_count_every_side(store, rows):
    side = rows["side_plank"]
    save(store, side, [30_000, 30_000, 30_000, 30_000], target=30_000, day=3)
    save(store, side, [30_000, 30_000, 30_000, 25_000], target=30_000, day=5)
    assert hold_progress(store, side).suggestion.kind is ProgressionKind.KEEP
