"""A pair of shoes as CoreLog hands it around, with the distance its runs add up to."""

from __future__ import annotations

from dataclasses import dataclass

from corelog.domain.values import Saved


@dataclass(frozen=True)
class ShoeRow(Saved):
    """A pair of shoes with what its runs add up to."""

    name: str
    start_distance_m: float
    retired: bool
    run_count: int
    runs_distance_m: float

    @property
    def total_distance_m(self) -> float:
        """Distance on the pair: what it had when added plus every run in it."""
        return self.start_distance_m + self.runs_distance_m


class ShoeNotFound(LookupError):
    """The pair is not in the database (or was deleted)."""


class ShoeInUse(ValueError):
    """The pair cannot be deleted: runs name it. ``runs`` says how many."""

    def __init__(self, runs: int) -> None:
        super().__init__(f"{runs} run(s) use this pair")
        self.runs = runs
