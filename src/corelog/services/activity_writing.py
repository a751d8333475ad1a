"""Writing what an import takes: new runs in batches, and Undo and Redo of a step.

:class:`RunBatch` holds the runs an import has taken (each with its line of the report)
until 50 wait or a second has passed, then writes them in one transaction.
``imported_run`` is the run an activity makes; ``undo_change`` and ``redo_change`` take
a written step back and put it back. The rules that decide what is taken live in
``activity_import.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from corelog.activities.model import Activity
from corelog.domain.doubles import Candidate
from corelog.domain.runs import RunValues
from corelog.services.activity_report import FileLine, ImportChange, ImportReport, Pending
from corelog.services.activity_values import dropped_words, recording_values, surface_of
from corelog.store import recordings as rec_store
from corelog.store import runs as run_store
from corelog.store.recordings import NewImportedRun
from corelog.store.store import Store

BATCH_RUNS = 50
BATCH_SECONDS = 1.0


def imported_run(activity: Activity, local_offset: Callable[[datetime], int]) -> RunValues:
    """The run an activity makes: its measured values, an easy run, nothing of the user's."""
    assert activity.start is not None and activity.moving_s is not None
    offset = activity.utc_offset_min
    if offset is None:
        offset = local_offset(activity.start)
    return RunValues(
        started_at=activity.start,
        utc_offset_min=offset,
        distance_m=activity.distance_m,
        duration_s=activity.moving_s,
        run_type="easy",
        race_class=None,
        effort=None,
        surface=surface_of(activity),
        elevation_gain_m=activity.figures.climb_m,
        shoe_id=None,
        notes="",
    )


class RunBatch:
    """The runs waiting to be written, and every run taken so far (to find doubles)."""

    def __init__(self, store: Store, report: ImportReport, local_offset: Callable[[datetime], int]):
        self.store = store
        self.report = report
        self.local_offset = local_offset
        self.accepted: list[Candidate] = []
        self._runs: list[NewImportedRun] = []
        self._lines: list[FileLine] = []
        self._since = time.monotonic()

    def add(self, pending: Pending, line: FileLine) -> None:
        """Take the pending activity as a new run; ``line`` joins the report once written."""
        activity = pending.activity
        run = imported_run(activity, self.local_offset)
        recording = recording_values(activity, pending.name, pending.sha256, pending.fmt)
        if activity.dropped:
            line.reason += dropped_words(activity)
        self._runs.append(NewImportedRun(run, recording, activity.track_blob))
        self._lines.append(line)
        self.accepted.append(Candidate(None, run.started_at, run.distance_m, True))

    def flush_if_due(self) -> None:
        due = time.monotonic() - self._since >= BATCH_SECONDS
        if len(self._runs) >= BATCH_RUNS or (self._runs and due):
            self.flush()

    def flush(self) -> ImportChange:
        """Write the waiting runs in one transaction; their lines join the report after."""
        change = ImportChange()
        if self._runs:
            change.added = rec_store.add_imported_runs(self.store, self._runs)
            self.report.change.extend(change)
            listed = {id(line) for line in self.report.lines}
            self.report.lines.extend(x for x in self._lines if id(x) not in listed)
        self._runs, self._lines = [], []
        self._since = time.monotonic()
        return change


def undo_change(store: Store, change: ImportChange) -> None:
    """Take an import step back: its runs deleted (as Delete does), merges unmade."""
    for merge in reversed(change.merged):
        rec_store.set_merge(store, merge.run_id, merge.before, merge.recording_id, live=False)
    if change.added:
        run_store.delete_runs(store, change.added)


def redo_change(store: Store, change: ImportChange) -> None:
    """Put an import step back after Undo: the very same runs and recordings."""
    if change.added:
        run_store.restore_runs(store, change.added)
    for merge in change.merged:
        rec_store.set_merge(store, merge.run_id, merge.after, merge.recording_id, live=True)
