"""Progress on a hold exercise, as the plank timer shows it before a workout.

The personal best hold (interrupted holds do not count) and CoreLog's suggestion for the
next workout, from :func:`corelog.domain.progression.suggest_progression` over the user's
recent timer workouts of the exercise: after every set was held to the target in two
workouts running, 5 s more, up to the exercise's cap (60 s for planks, 002), then a
harder variation instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.core_sessions import BestHold
from corelog.domain.exercises import ExerciseRow
from corelog.domain.progression import (
    ProgressionKind,
    ProgressionSuggestion,
    suggest_progression,
)
from corelog.services import core as core_service
from corelog.services import exercises as exercise_service
from corelog.services.timer_setup import hold_cap_ms, hold_guide, past_workout
from corelog.store.store import Store

RECENT_WORKOUTS = 10
"""How many of the latest workouts the suggestion looks at (it needs the last two)."""


@dataclass(frozen=True)
class HoldProgress:
    """What the timer page's progress panel shows for one exercise."""

    exercise_id: int
    best: BestHold | None
    """The longest hold, timed or typed in; None before the first."""
    suggestion: ProgressionSuggestion
    harder_variation: str | None
    """At the cap, the harder variation the documents suggest (with ``variation_sources``)."""
    variation_sources: tuple[str, ...]
    dose: str | None
    """The documents' dose for the exercise, in CoreLog's words; None for the user's own."""
    dose_sources: tuple[str, ...]
    workouts: int
    """How many timer workouts of the exercise the suggestion looked at."""

    @property
    def suggested_hold_ms(self) -> int | None:
        """The longer target to offer, when the suggestion is to hold longer."""
        if self.suggestion.kind is ProgressionKind.LONGER:
            return self.suggestion.target_hold_ms
        return None


def hold_progress(store: Store, exercise: ExerciseRow) -> HoldProgress:
    """The personal best and the suggestion for ``exercise``."""
    rows = core_service.recent_timer_workouts(store, exercise.id, limit=RECENT_WORKOUTS)
    suggestion = suggest_progression(
        [past_workout(row) for row in rows], cap_ms=hold_cap_ms(exercise)
    )
    guide = hold_guide(exercise)
    known = exercise_service.knowledge_for(exercise)
    harder = guide.harder_variation if guide is not None else None
    return HoldProgress(
        exercise_id=exercise.id,
        best=core_service.personal_best_hold(store, exercise.id),
        suggestion=suggestion,
        harder_variation=harder if suggestion.kind is ProgressionKind.HARDER else None,
        variation_sources=guide.sources if guide is not None else (),
        dose=None if known is None else known.dose.text,
        dose_sources=() if known is None else known.dose.sources,
        workouts=len(rows),
    )
