"""Importing runs from activity files: the rules, the batches, the answers that wait.

``ActivityImport(store, paths, options).run(progress, stop)`` reads every file the
paths hold (``corelog.activities``), decides for each activity (a run to add, the same
activity already here, a run typed by hand for it, a ride to skip, ...) and writes new
runs in batches of one transaction each (``activity_writing.py``, which also takes an
import step back and puts it back). What needs the user (a typed run to merge or keep,
walks and treadmill runs to take as runs, a file without times) waits in the report;
the dialog or the command line answers with ``resolve_typed``, ``import_walks`` and
``import_with_duration``. Nothing here knows of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from corelog.activities.model import Activity
from corelog.activities.sources import Ignored, walk
from corelog.domain import clock
from corelog.domain.doubles import TYPED_WINDOW, Candidate, find_match
from corelog.domain.formatting import format_distance, format_duration
from corelog.domain.i18n import Activities, Dates, date_text
from corelog.services import activity_pool
from corelog.services.activity_report import (
    FileLine,
    ImportChange,
    ImportReport,
    MergeDone,
    Pending,
)
from corelog.services.activity_values import (
    describe,
    reason_text,
    recording_values,
    system_offset_min,
)
from corelog.services.activity_writing import RunBatch, imported_run
from corelog.store import recordings as rec_store
from corelog.store import runs as run_store
from corelog.store.store import Store

TypedChoice = Literal["merge", "keep", "skip", "ask"]
Progress = Callable[[int, int, str], None]
_RUN_KINDS = {"run"}
_WALK_KINDS = {"walk", "treadmill"}


@dataclass(frozen=True)
class ImportOptions:
    include_walks: bool = False  # walks and treadmill runs are imported as runs
    typed: TypedChoice = "ask"  # what to do with a run typed by hand for the same outing
    workers: int | None = None  # helper processes (None: one per core; 0: none)
    local_offset: Callable[[datetime], int] = system_offset_min
    unit: str = "km"  # for the words of the summary


class ActivityImport:
    """One import: the files read once, the report filled, answers applied later."""

    def __init__(self, store: Store, paths: list[Path], options: ImportOptions | None = None):
        self.store = store
        self.paths = [Path(p) for p in paths]
        self.options = options or ImportOptions()
        self.report = ImportReport()
        self._hashes: set[str] = set()
        self._batch = RunBatch(store, self.report, self.options.local_offset)

    # ------------------------------------------------------------------ reading
    def count(self) -> int:
        """How many files the paths hold to read (archives listed, nothing read)."""
        return sum(1 for item in walk(self.paths, read=False) if not isinstance(item, Ignored))

    def run(self, progress: Progress | None = None, stop: Callable[[], bool] = lambda: False):
        """Read every file and write the runs; returns the report (also ``self.report``)."""
        report = self.report
        report.started = clock.local_now()
        total = self.count()
        progress = progress or (lambda done, total, name: None)
        progress(0, total, "")
        workers = self.options.workers
        workers = activity_pool.default_workers() if workers is None else workers
        if total < 4:
            workers = 0  # starting helpers costs more than reading a few files

        def jobs():
            for item in walk(self.paths):
                if isinstance(item, Ignored):
                    report.ignored += 1
                    continue
                yield item

        done = 0
        for job, result in activity_pool.read_all(jobs(), workers, stop):
            done += 1
            report.files += 1
            report.bytes_read += job.size
            progress(done, total, job.name)
            self._take(job.name, job.fmt or "", result)
            self._batch.flush_if_due()
        report.cancelled = stop() and done < total
        self._batch.flush()
        return report

    def _take(self, name: str, fmt: str, result) -> None:
        report = self.report
        if result.refused is not None:
            report.lines.append(FileLine(name, "refused", reason_text(result.refused)))
            return
        if result.not_activity is not None:
            report.lines.append(
                FileLine(name, "not_run", reason_text(result.not_activity), "not_activity")
            )
            return
        if result.sha256 in self._hashes or rec_store.known_files(self.store, [result.sha256]):
            report.lines.append(
                FileLine(
                    name,
                    "duplicate",
                    Activities.tr("imported before: this file's runs are already here"),
                )
            )
            return
        for activity in result.activities:
            self._decide(name, fmt, result.sha256, activity)
        self._hashes.add(result.sha256)

    def _decide(self, name: str, fmt: str, sha256: str, activity: Activity) -> None:
        report = self.report
        unit = self.options.unit
        what = describe(activity, unit)
        shown = (
            Activities.tr("{file} (leg {leg})").format(file=name, leg=activity.leg)
            if activity.leg
            else name
        )
        not_run = Activities.tr("{activity}: not a run, skipped").format(activity=what)
        pending = Pending(shown, activity, sha256, fmt)
        if activity.kind in _WALK_KINDS and not self.options.include_walks:
            line = FileLine(shown, "not_run", not_run, activity.kind)
            pending.line = line
            report.lines.append(line)
            report.walks.append(pending)
            return
        if activity.kind not in _RUN_KINDS | _WALK_KINDS:
            report.lines.append(FileLine(shown, "not_run", not_run, activity.kind))
            return
        if not activity.has_times:
            line = FileLine(
                shown,
                "no_times",
                Activities.tr("{activity}, but no times: CoreLog needs its duration").format(
                    activity=what
                ),
            )
            pending.line = line
            report.lines.append(line)
            report.no_times.append(pending)
            return
        self._place(pending, what)

    def _place(self, pending: Pending, what: str) -> None:
        """Add, skip as already here, or hold for the typed-run question."""
        report = self.report
        activity = pending.activity
        if activity.distance_m <= 0:
            reason = Activities.tr("{activity}: no distance in it").format(activity=what)
            report.lines.append(FileLine(pending.name, "no_distance", reason))
            return
        assert activity.start is not None
        match = find_match(activity.start, activity.distance_m, self._candidates(activity.start))
        if match is not None and match.kind == "same":
            report.lines.append(
                FileLine(
                    pending.name,
                    "duplicate",
                    Activities.tr(
                        "{activity}: the same run is already here, from another file"
                    ).format(activity=what),
                )
            )
            return
        if match is not None and match.candidate.run_id is not None:
            typed = run_store.get_run(self.store, match.candidate.run_id)
            if typed is not None:
                pending.typed_run_id = typed.id
                pending.typed_text = self._typed_text(typed)
                choice = self.options.typed
                if choice == "ask":
                    line = FileLine(
                        pending.name,
                        "waiting",
                        Activities.tr("{activity}: matches {typed_run}").format(
                            activity=what, typed_run=pending.typed_text
                        ),
                    )
                    pending.line = line
                    report.lines.append(line)
                    report.typed.append(pending)
                    return
                self._answer(pending, choice, what)
                return
        self._batch.add(pending, FileLine(pending.name, "added", what))

    def _typed_text(self, typed) -> str:
        local = typed.started_at + timedelta(minutes=typed.utc_offset_min)
        return Activities.tr("the run you typed for {when} ({distance} in {duration})").format(
            when=date_text(local, Dates.tr("yyyy-MM-dd HH:mm")),
            distance=format_distance(typed.distance_m, self.options.unit),
            duration=format_duration(typed.duration_s),
        )

    def _candidates(self, start: datetime) -> list[Candidate]:
        near = rec_store.runs_near(self.store, start, TYPED_WINDOW)
        found = [Candidate(n.run_id, n.started_at, n.distance_m, n.recorded) for n in near]
        found.extend(c for c in self._batch.accepted if abs(c.started_at - start) <= TYPED_WINDOW)
        return found

    # ------------------------------------------------------------------ answers
    def _answer(self, pending: Pending, choice: str, what: str) -> ImportChange:
        change = ImportChange()
        line = pending.line or FileLine(pending.name, "waiting", what)
        if pending.line is None:
            self.report.lines.append(line)
        if choice == "skip":
            line.outcome = "typed_skipped"
            line.reason = Activities.tr(
                "{activity}: matches {typed_run}; that run is kept and this one left out"
            ).format(activity=what, typed_run=pending.typed_text)
        elif choice == "keep":
            line.outcome = "kept_both"
            line.reason = Activities.tr("{activity}: added beside {typed_run}").format(
                activity=what, typed_run=pending.typed_text
            )
            self._batch.add(pending, line)
            change = self._batch.flush()
        else:
            change = self._merge(pending, line, what)
        return change

    def _merge(self, pending: Pending, line: FileLine, what: str) -> ImportChange:
        change = ImportChange()
        typed = None
        if pending.typed_run_id is not None:
            typed = run_store.get_run(self.store, pending.typed_run_id)
        if typed is None:  # deleted meanwhile: add it instead
            line.outcome = "added"
            line.reason = Activities.tr("{activity} (the typed run it matched is gone)").format(
                activity=what
            )
            self._batch.add(pending, line)
            return self._batch.flush()
        measured = imported_run(pending.activity, self.options.local_offset)
        before = typed.values
        after = replace(
            before,
            started_at=measured.started_at,
            utc_offset_min=measured.utc_offset_min,
            distance_m=measured.distance_m,
            duration_s=measured.duration_s,
            elevation_gain_m=measured.elevation_gain_m
            if measured.elevation_gain_m is not None
            else before.elevation_gain_m,
        )
        recording = recording_values(pending.activity, pending.name, pending.sha256, pending.fmt)
        recording_id = rec_store.merge_recording(
            self.store, typed.id, after, recording, pending.activity.track_blob
        )
        change.merged.append(MergeDone(typed.id, before, after, recording_id))
        self.report.change.extend(change)
        line.outcome = "merged"
        line.reason = Activities.tr(
            "{activity}: merged into {typed_run}; your effort, notes, shoes and surface kept"
        ).format(activity=what, typed_run=pending.typed_text)
        return change

    def resolve_typed(self, choices: dict[int, str]) -> ImportChange:
        """Answer the typed-run questions: index in ``report.typed`` -> merge/keep/skip."""
        change = ImportChange()
        answered = []
        for index, pending in enumerate(self.report.typed):
            choice = choices.get(index)
            if choice is None:
                continue
            what = describe(pending.activity, self.options.unit)
            change.extend(self._answer(pending, choice, what))
            answered.append(pending)
        self.report.typed = [p for p in self.report.typed if p not in answered]
        return change

    def import_walks(self) -> ImportChange:
        """Take the walks and treadmill runs that were skipped as runs after all."""
        change = ImportChange()
        walks, self.report.walks = self.report.walks, []
        for pending in walks:
            if pending.line is not None and pending.line in self.report.lines:
                self.report.lines.remove(pending.line)
            pending.line = None
            self._place(pending, describe(pending.activity, self.options.unit))
            change.extend(self._batch.flush())
        return change

    def import_with_duration(self, index: int, start: datetime, duration_s: float) -> ImportChange:
        """Import the ``index``-th file without times, with the start and duration given."""
        pending = self.report.no_times.pop(index)
        if pending.line is not None and pending.line in self.report.lines:
            self.report.lines.remove(pending.line)
        pending.line = None
        activity = replace(
            pending.activity,
            start=start,
            moving_s=duration_s,
            elapsed_s=duration_s,
            utc_offset_min=pending.activity.utc_offset_min,
        )
        pending = replace(pending, activity=activity)
        what = Activities.tr("{activity} (duration as you gave it)").format(
            activity=describe(activity, self.options.unit)
        )
        self._place(pending, what)
        return self._batch.flush()


def duration_from_text(text: str) -> int | str:
    """Seconds from a typed duration ("45:00", "1h 5m"), or the message saying what is wrong."""
    from corelog.domain.run_validation import clean_duration

    try:
        return clean_duration(text)
    except ValueError as exc:
        return str(exc)
