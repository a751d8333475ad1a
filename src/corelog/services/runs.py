"""Logging runs: check what the user typed, then save, change, delete or restore runs.

The run form hands over its texts as a :class:`RunDraft`; :func:`check_run` reads and
checks them with the domain rules (``domain.run_validation``) plus the shoe chosen, and
returns either a :class:`CheckedRun` ready to store or an ``Invalid`` with one message
per field. Nothing is written until the check passes, and each save is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, Dates, Log, clock_time, date_text
from corelog.domain.run_validation import RunForm, RunInput, validate_run
from corelog.domain.runs import RunRow, RunValues
from corelog.domain.validation import Invalid
from corelog.domain.values import values_of
from corelog.domain.vocabulary import RACE
from corelog.store import runs as run_store
from corelog.store import shoes as shoe_store
from corelog.store.store import Store

if TYPE_CHECKING:
    from corelog.knowledge import RunMuscles

RECENT_RUNS = 50
"""How many runs the Log page lists (the History page has them all)."""

# The messages, in English; shown through ``Checks.marked``.
SHOE_GONE = QT_TRANSLATE_NOOP("Checks", "That pair is no longer in your list; choose another.")
SHOE_RETIRED = QT_TRANSLATE_NOOP(
    "Checks", "That pair is retired; choose another, or bring it back in Shoes."
)


@dataclass(frozen=True)
class RunDraft(RunForm):
    """The run form as the user filled it in, with the pair worn (the domain checks the
    rest, as a :class:`RunForm`)."""

    shoe_id: int | None = None


@dataclass(frozen=True)
class CheckedRun:
    """A run that passed every check, with the pair worn."""

    run: RunInput
    shoe_id: int | None

    @property
    def warnings(self) -> dict[str, str]:
        """What to confirm before saving (today only "pace": an implausible pace)."""
        return dict(self.run.warnings)

    @property
    def values(self) -> RunValues:
        return values_of(
            RunValues, self.run, started_at=self.run.started_at_utc, shoe_id=self.shoe_id
        )


def _shoe_problem(store: Store, shoe_id: int | None, editing: RunRow | None) -> str | None:
    if shoe_id is None:
        return None
    shoe = shoe_store.get_shoe(store, shoe_id)
    if shoe is None:
        return Checks.marked(SHOE_GONE)
    # A retired pair stays on the runs it was worn for, but is not offered for new ones.
    if shoe.retired and (editing is None or editing.shoe_id != shoe_id):
        return Checks.marked(SHOE_RETIRED)
    return None


def check_run(
    store: Store,
    draft: RunDraft,
    unit: str,
    now: datetime,
    *,
    editing: RunRow | None = None,
) -> CheckedRun | Invalid:
    """Check the form (in the user's ``unit``, against ``now``, local time).

    ``editing`` is the saved run being changed, if any: it may keep a retired pair.
    Error fields are those of ``validate_run`` plus ``shoe``.
    """
    result = validate_run(draft, unit=unit, now=now)
    shoe_problem = _shoe_problem(store, draft.shoe_id, editing)
    if isinstance(result, Invalid):
        if shoe_problem:
            return Invalid({**result.errors, "shoe": shoe_problem})
        return result
    if shoe_problem:
        return Invalid({"shoe": shoe_problem})
    return CheckedRun(result, draft.shoe_id)


def add_run(store: Store, run: CheckedRun) -> int:
    """Save a new run; returns its id."""
    return run_store.insert_run(store, run.values)


def change_run(store: Store, run_id: int, run: CheckedRun) -> None:
    """Save changes to a run: the same row and uuid, new values."""
    run_store.update_run(store, run_id, run.values)


def put_back(store: Store, run_id: int, values: RunValues) -> None:
    """Give a run back values it had before (undoing a change)."""
    run_store.update_run(store, run_id, values)


def delete_runs(store: Store, run_ids: list[int]) -> None:
    run_store.delete_runs(store, run_ids)


def restore_runs(store: Store, run_ids: list[int]) -> None:
    run_store.restore_runs(store, run_ids)


def recent_runs(store: Store, limit: int | None = None) -> list[RunRow]:
    """The latest runs, newest first (``RECENT_RUNS`` of them unless ``limit`` says)."""
    return run_store.recent_runs(store, RECENT_RUNS if limit is None else limit)


def get_run(store: Store, run_id: int) -> RunRow | None:
    return run_store.get_run(store, run_id)


def default_shoe_id(store: Store) -> int | None:
    """The pair to offer for a new run: the one worn last, unless it is now retired."""
    shoe_id = run_store.last_used_shoe_id(store)
    if shoe_id is None:
        return None
    shoe = shoe_store.get_shoe(store, shoe_id)
    return None if shoe is None or shoe.retired else shoe_id


def muscles_for_run(run_type: str, race_class: str | None = None) -> RunMuscles:
    """What a kind of run works most, from the knowledge base (loaded on first use).

    ``race_class`` counts only for races; for other run types it is ignored.
    """
    from corelog.knowledge import get_knowledge

    return get_knowledge().muscles_for_run(run_type, race_class if run_type == RACE else None)


def cite(source_ids: Iterable[str]) -> str:
    """The citation of the source documents behind a text (knowledge read on first use)."""
    from corelog.knowledge import citation

    return citation(source_ids)


def start_clash(
    store: Store, run: CheckedRun, unit: str, editing_id: int | None = None
) -> str | None:
    """A warning when a run already logged starts within 10 minutes of this one.

    Two runs saved one after the other both start "now" unless the time is changed; the
    same window that recognises a typed run in an import (``domain.doubles``) applies.
    """
    from corelog.domain.doubles import TYPED_WINDOW
    from corelog.store.recordings import runs_near

    values = run.values
    near = [n for n in runs_near(store, values.started_at, TYPED_WINDOW) if n.run_id != editing_id]
    if not near:
        return None
    other = near[0]
    local = other.started_at + timedelta(minutes=other.utc_offset_min)
    return start_clash_message(local, other.distance_m, other.duration_s, unit)


def start_clash_message(
    local_start: datetime, distance_m: float, duration_s: float, unit: str
) -> str:
    """What the question about a run already logged at (nearly) the same time says."""
    from corelog.domain.formatting import format_distance, format_duration

    return Log.tr(
        "A run is already logged at {time} on {day} ({distance} in {duration}). "
        "Is this another run? Check its start time, or save it as it is."
    ).format(
        time=clock_time(local_start),
        day=date_text(local_start, Dates.tr("dd MMM yyyy")),
        distance=format_distance(distance_m, unit),
        duration=format_duration(round(duration_s)),
    )
