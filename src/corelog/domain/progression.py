"""Hold progression: when to hold longer, when to make a hold harder, and where to start.

Facts used, from document 002 ("Why Your Abs Get Sore After Running"):

* planks are held for 30 to 60 seconds;
* two or three sets of each core exercise, with short rests between them;
* once an exercise feels comfortable, make it harder with longer holds or light resistance.

CoreLog's own rules on top of those facts:

* A workout is *fully completed* when every planned hold was done and every one was held to
  its target. After two fully completed workouts running, the second at a target no higher
  than the first's, CoreLog suggests 5 s more, never beyond the exercise's cap (60 s for
  planks). Once the target is at the cap, it suggests a harder variation instead (light
  resistance) and keeps the time.
* With no workout yet, a plan starts at the bottom of the documents' hold range (30 s),
  the top of their set range (3 sets) and a short rest, which CoreLog takes as 30 s.

Plain Python: nothing here knows about the timer, the database or Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from corelog.domain.i18n import Timer

SOURCE = "002"
"""The document the hold ranges, set counts and progression advice come from."""

HOLD_STEP_MS = 5_000
"""How much longer the suggested hold is after two fully completed workouts."""
PLANK_HOLD_RANGE_MS = (30_000, 60_000)
"""The plank hold range given by document 002."""
PLANK_HOLD_CAP_MS = PLANK_HOLD_RANGE_MS[1]
"""Planks are not lengthened beyond this; they are made harder instead."""
CORE_SETS_RANGE = (2, 3)
"""Sets of each core exercise, per document 002."""
SHORT_REST_MS = 30_000
"""CoreLog's reading of the document's "short rest" between sets."""
DEFAULT_PREP_MS = 5_000
"""The countdown before the first hold, to get into position."""


@dataclass(frozen=True, slots=True)
class PastWorkout:
    """One earlier timer workout of an exercise, as progression needs it.

    ``held_to_target`` has one entry per hold actually done, in order: True when that hold
    reached the target (an interrupted hold counts as not reached). For side planks done on
    alternating sides, ``planned_sets`` counts per side, so twice as many holds are planned.
    """

    target_hold_ms: int
    planned_sets: int
    held_to_target: tuple[bool, ...]
    alternate_sides: bool = False
    rest_ms: int | None = None
    prep_ms: int | None = None

    @property
    def planned_holds(self) -> int:
        return self.planned_sets * (2 if self.alternate_sides else 1)

    @property
    def fully_completed(self) -> bool:
        """Every planned hold done and held to a real (non-zero) target."""
        return (
            self.target_hold_ms > 0
            and len(self.held_to_target) >= self.planned_holds
            and all(self.held_to_target)
        )


class ProgressionKind(StrEnum):
    KEEP = "keep"
    """Stay at the current target for now."""
    LONGER = "longer"
    """Hold longer next time."""
    HARDER = "harder"
    """At the cap: keep the time and make the exercise harder (light resistance)."""


@dataclass(frozen=True, slots=True)
class ProgressionSuggestion:
    """What CoreLog suggests for the next workout of an exercise, and why."""

    kind: ProgressionKind
    target_hold_ms: int | None
    """The hold to aim for next; None when there is no timed workout to go on."""
    message: str
    """One or two sentences for the user, in CoreLog's words."""
    source: str = SOURCE


@dataclass(frozen=True, slots=True)
class PlanDefaults:
    """Starting values for a timer workout of an exercise (durations in milliseconds)."""

    hold_ms: int
    sets: int
    rest_ms: int
    prep_ms: int
    alternate_sides: bool
    source: str | None
    """``"002"`` when the values come from the documents; None when from the user's last
    workout."""


def _seconds(ms: int) -> str:
    return f"{(ms + 500) // 1000} s"


def suggest_progression(
    workouts: Sequence[PastWorkout],
    *,
    cap_ms: int = PLANK_HOLD_CAP_MS,
    step_ms: int = HOLD_STEP_MS,
) -> ProgressionSuggestion:
    """Suggest the next target from an exercise's recent timer workouts, newest last.

    ``cap_ms`` is the longest hold CoreLog suggests for the exercise (60 s for planks).
    """
    if not workouts:
        return ProgressionSuggestion(
            ProgressionKind.KEEP, None, Timer.tr("Time a first workout to get suggestions.")
        )
    newest = workouts[-1]
    target = newest.target_hold_ms
    if target <= 0:
        return ProgressionSuggestion(
            ProgressionKind.KEEP,
            target,
            Timer.tr("Set a target time to get suggestions for holding longer."),
        )
    previous = workouts[-2] if len(workouts) >= 2 else None
    two_running = (
        previous is not None
        and newest.fully_completed
        and previous.fully_completed
        and previous.target_hold_ms >= target
    )
    if two_running and target >= cap_ms:
        return ProgressionSuggestion(
            ProgressionKind.HARDER,
            target,
            Timer.tr(
                "Every set held at {time} twice running, the top of the range. "
                "Keep the time and make it harder, for example with light resistance."
            ).format(time=_seconds(target)),
        )
    if two_running:
        longer = min(target + step_ms, cap_ms)
        return ProgressionSuggestion(
            ProgressionKind.LONGER,
            longer,
            Timer.tr("Every set held at {time} twice running: try {longer} next time.").format(
                time=_seconds(target), longer=_seconds(longer)
            ),
        )
    if newest.fully_completed:
        message = Timer.tr(
            "Every set held at {time}. Do it once more and CoreLog will suggest a longer hold."
        ).format(time=_seconds(target))
    else:
        message = Timer.tr(
            "Stay at {time} until every set is held to the end in two workouts running."
        ).format(time=_seconds(target))
    return ProgressionSuggestion(ProgressionKind.KEEP, target, message)


def default_plan(
    last: PastWorkout | None,
    *,
    hold_range_ms: tuple[int, int] = PLANK_HOLD_RANGE_MS,
    sets_range: tuple[int, int] = CORE_SETS_RANGE,
    alternate_sides: bool = False,
) -> PlanDefaults:
    """The plan a new workout of an exercise starts from.

    From the user's ``last`` workout of the exercise when there is one (its target, sets,
    rest, prep and sides); otherwise from the documents: the bottom of the hold range, the
    top of the set range, a short rest and a 5 s prep. ``alternate_sides`` is used only
    when there is no last workout (side planks).
    """
    if last is None:
        return PlanDefaults(
            hold_ms=hold_range_ms[0],
            sets=sets_range[1],
            rest_ms=SHORT_REST_MS,
            prep_ms=DEFAULT_PREP_MS,
            alternate_sides=alternate_sides,
            source=SOURCE,
        )
    return PlanDefaults(
        hold_ms=last.target_hold_ms if last.target_hold_ms > 0 else hold_range_ms[0],
        sets=max(1, last.planned_sets),
        rest_ms=SHORT_REST_MS if last.rest_ms is None else last.rest_ms,
        prep_ms=DEFAULT_PREP_MS if last.prep_ms is None else last.prep_ms,
        alternate_sides=last.alternate_sides,
        source=None,
    )
