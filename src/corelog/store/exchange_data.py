"""What an export holds and what a merge did: the plain data the exchange modules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[int, int], None]
"""Called with (done, total) as work goes on."""

ENTRY_KINDS = (
    "shoes",
    "exercises",
    "timer_presets",
    "runs",
    "core_sessions",
    "core_sets",
    "soreness_entries",
    "follow_ups",
    "recordings",
)
"""What :class:`MergeCounts` counts (timer workouts go with their session)."""


@dataclass
class LogData:
    """A whole log as plain dictionaries (see docs/schema.md, "Export files").

    ``version`` is the export format the log came in: a version 1 file has no timer
    presets, deletions or aliases, and a newer session in it brings its whole list of
    sets (it cannot say which sets were deleted); versions 1 and 2 have no recordings.
    """

    version: int = 3
    shoes: list[dict[str, Any]] = field(default_factory=list)
    exercises: list[dict[str, Any]] = field(default_factory=list)
    builtin_exercises: list[dict[str, Any]] = field(default_factory=list)
    timer_presets: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    core_sessions: list[dict[str, Any]] = field(default_factory=list)
    soreness_entries: list[dict[str, Any]] = field(default_factory=list)
    deletions: list[dict[str, Any]] = field(default_factory=list)
    """Tombstones: ``uuid``, ``kind`` (``store.tombstones.KIND_TABLES``), ``deleted_at``."""
    aliases: list[dict[str, Any]] = field(default_factory=list)
    """``uuid`` is another name of ``same_as`` (an entry made on two computers)."""
    recordings: list[dict[str, Any]] = field(default_factory=list)
    """Recordings of imported runs: ``run`` (the run's uuid), the recording's own columns
    and ``track``, the track's stored bytes (``store.exchange_recordings``)."""

    @property
    def entry_count(self) -> int:
        return (
            len(self.shoes)
            + len(self.exercises)
            + len(self.timer_presets)
            + len(self.runs)
            + len(self.core_sessions)
            + len(self.soreness_entries)
        )

    @property
    def row_count(self) -> int:
        """Every row a merge looks at (sets, timer workouts and follow-ups included)."""
        nested = sum(len(s["sets"]) + len(s["timer_workouts"]) for s in self.core_sessions)
        nested += sum(len(e["follow_ups"]) for e in self.soreness_entries)
        listed = len(self.deletions) + len(self.aliases) + len(self.recordings)
        return self.entry_count + nested + listed


def _zeros() -> dict[str, int]:
    return dict.fromkeys(ENTRY_KINDS, 0)


@dataclass
class MergeCounts:
    """What a merge did, per kind of entry (keys of :data:`ENTRY_KINDS`).

    ``kept`` counts deletions from the file that did not apply: the entry was changed
    here after it was deleted there, or something here still uses it.
    """

    added: dict[str, int] = field(default_factory=_zeros)
    updated: dict[str, int] = field(default_factory=_zeros)
    deleted: dict[str, int] = field(default_factory=_zeros)
    unchanged: dict[str, int] = field(default_factory=_zeros)
    kept: dict[str, int] = field(default_factory=_zeros)

    @property
    def changed(self) -> bool:
        return any(any(counts.values()) for counts in (self.added, self.updated, self.deleted))

    @property
    def changed_kinds(self) -> set[str]:
        return {k for k in ENTRY_KINDS if self.added[k] or self.updated[k] or self.deleted[k]}


class MergeRefused(ValueError):
    """The log cannot go into this database; nothing was written. ``str()`` says why."""


class MergeCancelled(Exception):
    """The user cancelled the merge; everything it had written was taken back."""
