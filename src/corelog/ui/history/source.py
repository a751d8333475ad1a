"""The History page's data: the timeline, read once and kept up to date, and what the
tabs derive from it (the arrays charts sum over, the core sessions' set texts).

Everything is read lazily: nothing when the page is built (start-up builds every page),
the timeline when the page is first shown, the holds and sums for the charts a slice at
a time while the user looks at the timeline (or at once when the charts are opened).
A change the user makes elsewhere marks the kinds it touched as stale; only those are
read again, the next time the page is on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from corelog.domain.timeline import (
    KIND_CORE,
    KIND_RUN,
    KIND_SORENESS,
    KINDS,
    Timeline,
    UsedExercise,
)
from corelog.services import history_timeline as timeline_reads
from corelog.ui import bus
from corelog.ui.context import AppContext

if TYPE_CHECKING:
    from corelog.services.history_columns import HistoryArrays

HOLDS_PER_STEP = 15_000
"""Holds read in one slice while preparing the charts (some 10-20 ms here)."""

_BUS_KINDS = {
    bus.RUNS: {KIND_RUN},
    bus.CORE: {KIND_CORE},
    bus.EXERCISES: {KIND_CORE},
    bus.TIMER: {KIND_CORE},
    bus.SORENESS: {KIND_SORENESS},
    bus.ALL: set(KINDS),
}


def history_kinds(kinds: Iterable[str]) -> set[int]:
    """The kinds of timeline entries a change announcement touches."""
    touched: set[int] = set()
    for kind in kinds:
        touched |= _BUS_KINDS.get(kind, set())
    return touched


class HistorySource(QObject):
    """The user's whole history for the History page, read on demand."""

    sig_reloaded = Signal(set)
    """The timeline was read (again); carries the entry kinds read (KIND_RUN, ...)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timeline: Timeline | None = None
        self._stale: set[int] = set(KINDS)
        self._arrays: HistoryArrays | None = None
        self._holds = timeline_reads.HoldsReading()
        self._set_counts: dict[int, int] | None = None
        self._exercises: list[UsedExercise] | None = None
        self._exercise_sessions: dict[int, frozenset[int]] = {}
        self._session_texts: dict[int, tuple[str, str]] = {}
        self.version = 0
        """Goes up by one each time the timeline is read again."""

    # ----------------------------------------------------------------- the timeline
    @property
    def loaded(self) -> bool:
        return self._timeline is not None

    @property
    def stale(self) -> bool:
        return bool(self._stale)

    def timeline(self) -> Timeline:
        """The timeline as last read (read now the first time).

        A stale timeline is read again only by :meth:`refresh`, which the page calls and
        then hands the new timeline to every tab, so no tab mixes rows of two readings.
        """
        if self._timeline is None:
            self.refresh()
        assert self._timeline is not None
        return self._timeline

    def mark_stale(self, kinds: Iterable[str]) -> bool:
        """Note a change announced on the bus; True if it touches the history."""
        touched = history_kinds(kinds)
        if not touched:
            return False
        self._stale |= touched
        if KIND_CORE in touched:
            self._holds = timeline_reads.HoldsReading()
            self._set_counts = None
            self._exercises = None
            self._exercise_sessions.clear()
            self._session_texts.clear()
        self._arrays = None
        return True

    def refresh(self) -> set[int]:
        """Read the stale kinds again (all of them the first time); returns what was read."""
        if self._timeline is not None and not self._stale:
            return set()
        kinds = set(KINDS) if self._timeline is None else set(self._stale)
        self._timeline = timeline_reads.read_timeline(
            self.ctx.store, previous=self._timeline, kinds=kinds
        )
        self._stale.clear()
        self._arrays = None  # summed from the timeline before, if asked for meanwhile
        self.version += 1
        self.sig_reloaded.emit(kinds)
        return kinds

    # ----------------------------------------------------------------- for the charts
    def prepare_step(self) -> bool:
        """Do the next small slice of what the charts need; True while more is left.

        Called while the user looks at the timeline, one slice per turn of the event
        loop (each a few tens of milliseconds on a long history): the holds a slice at a
        time, the set counts, then the sums. The charts then open at once.
        """
        if self._timeline is None or self._stale or self._arrays is not None:
            return False
        store = self.ctx.store
        if not self._holds.complete:
            self._holds.read(store, HOLDS_PER_STEP)
            return True
        if self._set_counts is None:
            self._set_counts = timeline_reads.set_counts(store)
            return True
        self.arrays()
        return False

    @property
    def arrays_ready(self) -> bool:
        """Whether :meth:`arrays` would answer without reading or summing anything."""
        return self._arrays is not None and not self._stale

    def arrays(self) -> HistoryArrays:
        """The history as arrays for the charts (what is not prepared yet is done now)."""
        timeline = self.timeline()
        if self._arrays is None:
            from corelog.services.history_columns import history_arrays

            store = self.ctx.store
            if not self._holds.complete:
                self._holds.read(store)
            if self._set_counts is None:
                self._set_counts = timeline_reads.set_counts(store)
            self._arrays = history_arrays(timeline, self._holds.holds, self._set_counts)
        return self._arrays

    # ----------------------------------------------------------------- core sessions
    def exercises(self) -> list[UsedExercise]:
        """The exercises some core session uses, for the exercise filter."""
        if self._exercises is None:
            self._exercises = timeline_reads.exercises_in_use(self.ctx.store)
        return self._exercises

    def exercise_sessions(self, exercise_id: int) -> frozenset[int]:
        """The core sessions with at least one set of an exercise."""
        found = self._exercise_sessions.get(exercise_id)
        if found is None:
            found = timeline_reads.sessions_with_exercise(self.ctx.store, exercise_id)
            self._exercise_sessions[exercise_id] = found
        return found

    def session_text(self, session_id: int) -> tuple[str, str] | None:
        """A session's sets in one line and one per line, if already read."""
        return self._session_texts.get(session_id)

    def read_session_texts(self, session_ids: Iterable[int]) -> None:
        """Read the sets of these sessions (those not read yet) in one go."""
        wanted = [i for i in dict.fromkeys(session_ids) if i not in self._session_texts]
        if not wanted:
            return
        self._session_texts.update(timeline_reads.session_set_texts(self.ctx.store, wanted))


class HistoryTab(QWidget):
    """A tab of the History page: it lists what the page's ``source`` reads and names
    regions with the page's ``region_names``. A tab builds itself in :meth:`_build_tab`."""

    sig_open_entry = Signal(int, int)
    """Edit an entry: (kind, id)."""

    def __init__(
        self,
        ctx: AppContext,
        source: HistorySource,
        region_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.region_names = region_names
        self._build_tab()

    def _build_tab(self) -> None:
        """Name the tab, build its widgets and connect them."""
        raise NotImplementedError
