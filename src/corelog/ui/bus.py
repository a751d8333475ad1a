"""How the GUI learns that the user's data changed.

A service call that changes data is followed by ``bus.announce(...)`` naming what
changed; each page decides whether it needs to refresh. Services themselves know
nothing of Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

RUNS = "runs"
SHOES = "shoes"
CORE = "core"  # core sessions and their sets
EXERCISES = "exercises"
SORENESS = "soreness"
TIMER = "timer"  # presets and timer workouts
ALL = "all"


class DataBus(QObject):
    sig_changed = Signal(set)
    """Some of the user's data changed; carries the set of kinds above."""

    def announce(self, *kinds: str) -> None:
        self.sig_changed.emit(set(kinds))


def touches(kinds: set[str], *interesting: str) -> bool:
    """Whether a change announcement concerns any of the ``interesting`` kinds."""
    return ALL in kinds or any(k in kinds for k in interesting)
