"""What a plank-timer workout is: mode, hold, sets, rest, prep and sides.

Counting rule for side planks: with ``alternate_sides`` the number of ``sets`` counts **per
side** and the holds alternate, first side first. "Side planks 2 x 30 s each side" is
``TimerPlan(hold_ms=30_000, sets=2, alternate_sides=True)``: four holds, left, right, left,
right, with a rest between each two holds. Without ``alternate_sides`` there is one hold per
set. There is never a rest after the last hold.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Timer, integer


class TimerMode(StrEnum):
    """How a hold ends. The values match the ``mode`` column of saved workouts and presets."""

    COUNTDOWN = "countdown"
    """Hold to the target: the hold ends by itself when the target time is reached."""
    COUNT_UP = "count_up"
    """Hold to failure: the hold lasts until the user ends it; the time held is recorded."""


class Side(StrEnum):
    """The side a side plank is held on. The values match the ``side`` column of core sets."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


DEFAULT_PREP_MS = 5_000
"""The prep countdown before the first hold, unless the plan says otherwise."""

REST_STEP_MS = 5_000
"""How much one press of + or - adds to or takes from the rest."""

MAX_HOLD_MS = 60 * 60 * 1000
MAX_SETS = 100
MAX_REST_MS = 60 * 60 * 1000
MAX_PREP_MS = 5 * 60 * 1000

_RANGES = (
    ("hold_ms", 0, MAX_HOLD_MS,
     QT_TRANSLATE_NOOP("Timer", "the hold target must be between 0 and {most} ms")),
    ("sets", 1, MAX_SETS,
     QT_TRANSLATE_NOOP("Timer", "the number of sets must be between 1 and {most}")),
    ("rest_ms", 0, MAX_REST_MS,
     QT_TRANSLATE_NOOP("Timer", "the rest must be between 0 and {most} ms")),
    ("prep_ms", 0, MAX_PREP_MS,
     QT_TRANSLATE_NOOP("Timer", "the prep countdown must be between 0 and {most} ms")),
)  # fmt: skip
"""A plan's whole-number fields, each with its lowest and highest value and the message
(marked for translation) when it is outside them."""


@dataclass(frozen=True, slots=True)
class HoldSlot:
    """One hold of a workout, in order: which set and which side (None when not sided)."""

    hold_index: int
    """Position among all holds of the workout, from 0."""
    set_index: int
    """The set this hold belongs to, from 0 (counted per side for side planks)."""
    side: Side | None


@dataclass(frozen=True, slots=True)
class TimerPlan:
    """A workout for the plank timer. All durations are in milliseconds.

    ``hold_ms`` is the target of every hold. In :attr:`TimerMode.COUNT_UP` it is an optional
    goal (0 means none): the hold goes on until the user ends it, and a hold counts as
    completed when it lasted at least the goal.
    """

    hold_ms: int
    sets: int = 3
    rest_ms: int = 30_000
    prep_ms: int = DEFAULT_PREP_MS
    mode: TimerMode = TimerMode.COUNTDOWN
    alternate_sides: bool = False
    first_side: Side = Side.LEFT

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", TimerMode(self.mode))
        object.__setattr__(self, "first_side", Side(self.first_side))
        for name, _, _, _ in _RANGES:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                message = Timer.tr("{name} must be a whole number, not {value}")
                raise TypeError(message.format(name=name, value=repr(value)))
        if self.mode is TimerMode.COUNTDOWN and self.hold_ms <= 0:
            raise ValueError(Timer.tr("a countdown hold needs a target longer than zero"))
        for name, least, most, message in _RANGES:
            if not least <= getattr(self, name) <= most:
                raise ValueError(Timer.marked(message).format(most=integer(most)))

    @property
    def holds_per_set(self) -> int:
        """2 for side planks that alternate sides, else 1."""
        return 2 if self.alternate_sides else 1

    @property
    def total_holds(self) -> int:
        """How many holds the whole workout has (``sets`` x sides)."""
        return self.sets * self.holds_per_set

    def slot(self, hold_index: int) -> HoldSlot:
        """Set and side of the hold at ``hold_index`` (from 0)."""
        if not 0 <= hold_index < self.total_holds:
            raise IndexError(f"this workout has {self.total_holds} holds, not {hold_index + 1}")
        if not self.alternate_sides:
            return HoldSlot(hold_index, hold_index, None)
        side = self.first_side if hold_index % 2 == 0 else self.first_side.other
        return HoldSlot(hold_index, hold_index // 2, side)

    def slots(self) -> list[HoldSlot]:
        """Every hold of the workout, in the order they are done."""
        return [self.slot(i) for i in range(self.total_holds)]

    def with_rest(self, rest_ms: int) -> TimerPlan:
        """The same plan with another rest between holds (clamped to the allowed range)."""
        return dataclasses.replace(self, rest_ms=max(0, min(rest_ms, MAX_REST_MS)))
