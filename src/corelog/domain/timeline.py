"""The whole training history as compact columns: what the History page and its charts read.

Ten years of heavy training come to some 50,000 entries, so the timeline holds one
tuple per column (one item per entry) instead of one object per entry. Local times are
whole seconds on the user's wall clock (``local_s``: seconds since 1970-01-01 00:00 of
the local clock, the stored UTC time plus the entry's own offset), so days and weeks are
plain integer arithmetic. The store fills these (``store.history``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

KIND_RUN, KIND_CORE, KIND_SORENESS = 0, 1, 2
KINDS: tuple[int, ...] = (KIND_RUN, KIND_CORE, KIND_SORENESS)

SECONDS_PER_DAY = 86_400
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_EPOCH = datetime(1970, 1, 1)


def local_datetime(local_s: int) -> datetime:
    """A ``local_s`` value as the naive wall-clock datetime the user saw."""
    return _EPOCH + timedelta(seconds=local_s)


def local_day(local_s: int) -> date:
    """The local calendar day of a ``local_s`` value."""
    return date.fromordinal(local_s // SECONDS_PER_DAY + EPOCH_ORDINAL)


def day_number(day: date) -> int:
    """Days since 1970-01-01: ``local_s // 86400`` for every moment of ``day``."""
    return day.toordinal() - EPOCH_ORDINAL


@dataclass(frozen=True)
class KindRows:
    """The entries of one kind as columns (each column one tuple, in the table's order).

    Columns that do not apply to a kind hold None: ``distance_m``, ``run_type`` and
    ``race_class`` are for runs; ``region``, ``severity`` and ``resolved`` for
    soreness; ``duration_s`` and ``effort`` for runs and core sessions.
    """

    kind: int
    ids: tuple[int, ...] = ()
    local_s: tuple[int, ...] = ()
    distance_m: tuple[float | None, ...] = ()
    duration_s: tuple[float | None, ...] = ()
    effort: tuple[int | None, ...] = ()
    run_type: tuple[str | None, ...] = ()
    race_class: tuple[str | None, ...] = ()
    region: tuple[str | None, ...] = ()
    severity: tuple[int | None, ...] = ()
    resolved: tuple[bool | None, ...] = ()
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.ids)


_COLUMNS = (
    "ids",
    "local_s",
    "distance_m",
    "duration_s",
    "effort",
    "run_type",
    "race_class",
    "region",
    "severity",
    "resolved",
    "notes",
)


@dataclass(frozen=True)
class Timeline:
    """Every entry of every kind, as columns over one row index.

    Rows are numbered runs first, then core sessions, then soreness entries;
    ``newest_first`` lists the row numbers from the newest entry to the
    oldest. ``parts`` keeps the columns of each kind, so a change to one kind reloads
    only that kind (see :func:`load_timeline`).
    """

    parts: tuple[KindRows, KindRows, KindRows]
    kind: tuple[int, ...] = field(init=False)
    ids: tuple[int, ...] = field(init=False)
    local_s: tuple[int, ...] = field(init=False)
    distance_m: tuple[float | None, ...] = field(init=False)
    duration_s: tuple[float | None, ...] = field(init=False)
    effort: tuple[int | None, ...] = field(init=False)
    run_type: tuple[str | None, ...] = field(init=False)
    race_class: tuple[str | None, ...] = field(init=False)
    region: tuple[str | None, ...] = field(init=False)
    severity: tuple[int | None, ...] = field(init=False)
    resolved: tuple[bool | None, ...] = field(init=False)
    notes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        kinds: list[int] = []
        for part in self.parts:
            kinds.extend([part.kind] * len(part))
        object.__setattr__(self, "kind", tuple(kinds))
        for name in _COLUMNS:
            joined: tuple[Any, ...] = ()
            for part in self.parts:
                values = getattr(part, name)
                joined += values if values else (None,) * len(part)
            object.__setattr__(self, name, joined)

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def newest_first(self) -> tuple[int, ...]:
        """Row numbers from the newest entry to the oldest (ties: runs, core, soreness)."""
        local_s = self.local_s
        # Sorting is stable and reverse keeps equal keys in their given order, so rows
        # at the same second stay runs, core sessions, soreness.
        return tuple(sorted(range(len(local_s)), key=local_s.__getitem__, reverse=True))

    @cached_property
    def day(self) -> tuple[int, ...]:
        """Each entry's local day as days since 1970-01-01 (see :func:`day_number`)."""
        return tuple(s // SECONDS_PER_DAY for s in self.local_s)

    @cached_property
    def notes_folded(self) -> tuple[str, ...]:
        """The notes in case-folded form, for searching."""
        return tuple(text.casefold() for text in self.notes)

    @cached_property
    def _rows_by_entry(self) -> dict[tuple[int, int], int]:
        return {(k, i): row for row, (k, i) in enumerate(zip(self.kind, self.ids, strict=True))}

    def row_of(self, kind: int, entry_id: int) -> int | None:
        """The row of an entry, or None if it is not in the timeline (deleted, say)."""
        return self._rows_by_entry.get((kind, entry_id))

    def rows_of_kind(self, kind: int) -> range:
        """The rows holding entries of one kind (they are contiguous)."""
        start = 0
        for part in self.parts:
            if part.kind == kind:
                return range(start, start + len(part))
            start += len(part)
        return range(0)

    def first_day(self) -> date | None:
        """The local day of the oldest entry, or None for an empty history."""
        if not self.local_s:
            return None
        return local_day(self.local_s[self.newest_first[-1]])


@dataclass(frozen=True)
class UsedExercise:
    id: int
    name: str
    key: str | None


@dataclass(frozen=True)
class HoldSets:
    """Timed sets (holds) as columns: their session, exercise and length, in id order.

    Interrupted holds (stopped early, or cut by the computer sleeping) are left out, as
    in the personal bests elsewhere; so are the sets of deleted sessions once the caller
    keeps only the sessions in the timeline (the read does not join the sessions, which
    makes it about twice as quick on a long history).
    """

    session_ids: tuple[int, ...] = ()
    exercise_ids: tuple[int, ...] = ()
    hold_ms: tuple[int, ...] = ()
    names: dict[int, str] = field(default_factory=dict)
    """Exercise names by id, for the exercises above."""
    last_id: int = 0
    """The id of the last set read (where the next slice starts)."""

    def __len__(self) -> int:
        return len(self.session_ids)

    def joined(self, more: HoldSets) -> HoldSets:
        """These holds followed by the next slice read."""
        return HoldSets(
            self.session_ids + more.session_ids,
            self.exercise_ids + more.exercise_ids,
            self.hold_ms + more.hold_ms,
            self.names | more.names,
            max(self.last_id, more.last_id),
        )
