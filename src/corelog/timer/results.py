"""What the timer records: one result per hold actually done."""

from __future__ import annotations

from dataclasses import dataclass

from corelog.timer.plan import Side


@dataclass(frozen=True, slots=True)
class HoldResult:
    """One hold the user did, with its real length measured on the monotonic clock.

    Time spent paused is not part of ``held_ms``. A hold left before its target (the user
    stopped the workout or ended the hold) has ``completed`` False; so has a hold during
    which the machine slept (``interrupted``), because its length cannot be vouched for.
    """

    hold_index: int
    """Position among the workout's holds, from 0."""
    set_index: int
    """The set, from 0; counted per side for side planks."""
    side: Side | None
    held_ms: int
    """How long the hold really lasted, in milliseconds."""
    target_ms: int
    """The plan's target (count-up: the goal, 0 for none)."""
    completed: bool
    """Held at least to the target, without interruption."""
    stopped_early: bool
    """The user stopped the workout (Esc) during this hold."""
    interrupted: bool
    """The machine slept during this hold; the timer paused when it woke."""

    @property
    def set_number(self) -> int:
        """The set counted from 1, as shown to the user."""
        return self.set_index + 1
