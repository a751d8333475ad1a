"""The phases a plank-timer workout goes through."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """Where a workout is. Being paused is a flag beside the phase, not a phase of its own."""

    IDLE = "idle"
    """Not started yet."""
    PREP = "prep"
    """The countdown before the first hold: time to get into position."""
    HOLD = "hold"
    REST = "rest"
    DONE = "done"
    """Finished or stopped; the results are final."""

    @property
    def is_active(self) -> bool:
        """True for the phases in which the clock matters (prep, hold, rest)."""
        return self in (Phase.PREP, Phase.HOLD, Phase.REST)
