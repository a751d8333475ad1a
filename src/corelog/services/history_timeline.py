"""The History page's timeline: reading it (whole, or the kinds a change touched), the
core sessions' sets beside it, and which entries a filter keeps.

The page reads the timeline once and filters it in memory: :func:`filter_rows` is a few
passes over compact columns, quick enough for every keystroke of a notes search over
50,000 entries. Next door, ``services.history_sums`` sums the same columns in bulk for the
charts, and ``services.history_review`` turns those sums into the charts' series and the
insights in words.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from corelog.domain.i18n import QT_TRANSLATE_NOOP, History
from corelog.domain.timeline import (
    KIND_CORE,
    KIND_RUN,
    KIND_SORENESS,
    KINDS,
    HoldSets,
    Timeline,
    UsedExercise,
    day_number,
)
from corelog.domain.timeutil import MONDAY, week_start
from corelog.store import history as store_history
from corelog.store.store import Store

# ----------------------------------------------------------------------------- reading


def read_timeline(
    store: Store, *, previous: Timeline | None = None, kinds: Iterable[int] = KINDS
) -> Timeline:
    """Every entry, as columns; with ``previous``, re-read only ``kinds`` and keep the rest."""
    return store_history.load_timeline(store, previous=previous, kinds=kinds)


def read_holds(store: Store, *, after_id: int = 0, limit: int | None = None) -> HoldSets:
    """The uninterrupted holds, in set id order: a slice after ``after_id``, or all the rest."""
    return store_history.hold_sets(store, after_id=after_id, limit=limit)


class HoldsReading:
    """The holds read so far (:func:`read_holds`), a slice at a time or the rest at once."""

    def __init__(self) -> None:
        self.holds = HoldSets()
        self.complete = False

    def read(self, store: Store, limit: int | None = None) -> None:
        """Read the next ``limit`` holds, or all the rest without a limit."""
        more = read_holds(store, after_id=self.holds.last_id, limit=limit)
        self.holds = self.holds.joined(more)
        self.complete = limit is None or len(more) < limit


def set_counts(store: Store) -> dict[int, int]:
    """Sets per core session without a duration (training load counts those by sets)."""
    return store_history.set_counts(store)


def exercises_in_use(store: Store) -> list[UsedExercise]:
    """Exercises that at least one core session uses, by name (the exercise filter)."""
    return store_history.exercises_in_use(store)


def sessions_with_exercise(store: Store, exercise_id: int) -> frozenset[int]:
    """The core sessions with at least one set of an exercise."""
    return store_history.sessions_with_exercise(store, exercise_id)


def session_set_texts(store: Store, session_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Each session's sets in one line and one per line ("No sets" for a session without)."""
    from corelog.services.core_text import describe_sets, describe_sets_lines

    texts: dict[int, tuple[str, str]] = {}
    for session_id, sets in store_history.session_sets(store, session_ids).items():
        if sets:
            texts[session_id] = (describe_sets(sets), "\n".join(describe_sets_lines(sets)))
        else:
            texts[session_id] = (History.tr("No sets"), "")
    return texts


# ------------------------------------------------------------------ timeline filtering

Period = Literal["week", "4w", "3m", "year", "all", "custom"]
PERIODS: dict[str, str] = {
    "week": QT_TRANSLATE_NOOP("History", "This week"),
    "4w": QT_TRANSLATE_NOOP("History", "Last 4 weeks"),
    "3m": QT_TRANSLATE_NOOP("History", "Last 3 months"),
    "year": QT_TRANSLATE_NOOP("History", "Last 12 months"),
    "all": QT_TRANSLATE_NOOP("History", "All time"),
    "custom": QT_TRANSLATE_NOOP("History", "Custom dates"),
}


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def period_days(
    period: str,
    today: date,
    first_weekday: int = MONDAY,
    custom_from: date | None = None,
    custom_to: date | None = None,
) -> tuple[date | None, date | None]:
    """The first and last local day a period of the timeline covers (None: open-ended).

    "This week" is the calendar week (the user's first day of the week); the others run
    back from today: the last 28 days, three months, twelve months. They are open at
    the end, so an entry logged ahead of time is not hidden. "custom" takes the two
    days given, in either order.
    """
    if period == "week":
        start = week_start(today, first_weekday)
        return start, start + timedelta(days=6)
    if period == "4w":
        return today - timedelta(days=27), None
    if period == "3m":
        return months_before(today, 3) + timedelta(days=1), None
    if period == "year":
        return months_before(today, 12) + timedelta(days=1), None
    if period == "custom":
        if custom_from is not None and custom_to is not None and custom_from > custom_to:
            custom_from, custom_to = custom_to, custom_from
        return custom_from, custom_to
    if period == "all":
        return None, None
    raise ValueError(f"unknown period {period!r}")


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows. Each narrowing below keeps only entries of its kind:

    ``run_type`` keeps runs of that type, ``exercise_id`` core sessions with at least one
    set of that exercise, ``region`` soreness entries of that region. ``text`` keeps the
    entries whose notes hold every word typed, in any order, ignoring case.
    """

    kind: int | None = None
    period: str = "all"
    custom_from: date | None = None
    custom_to: date | None = None
    run_type: str | None = None
    exercise_id: int | None = None
    region: str | None = None
    text: str = ""

    @property
    def is_default(self) -> bool:
        return self == TimelineFilter()


def filter_rows(
    timeline: Timeline,
    flt: TimelineFilter,
    rows: Sequence[int],
    *,
    today: date,
    first_weekday: int = MONDAY,
    exercise_sessions: Collection[int] = frozenset(),
) -> list[int]:
    """The rows of ``rows`` (kept in their order) that pass the filter.

    ``exercise_sessions`` holds the ids of the core sessions using ``flt.exercise_id``
    (:func:`sessions_with_exercise`). Each condition is one pass over the
    rows still left, so the cheapest and most selective go first.
    """
    kinds = timeline.kind
    kind = flt.kind
    if flt.run_type is not None:
        kind = KIND_RUN
    elif flt.exercise_id is not None:
        kind = KIND_CORE
    elif flt.region is not None:
        kind = KIND_SORENESS
    if kind is not None:
        wanted = set(timeline.rows_of_kind(kind))
        if len(wanted) != len(kinds):
            rows = [row for row in rows if row in wanted]
    first, last = period_days(flt.period, today, first_weekday, flt.custom_from, flt.custom_to)
    if first is not None or last is not None:
        days = timeline.day
        low = -(10**9) if first is None else day_number(first)
        high = 10**9 if last is None else day_number(last)
        rows = [row for row in rows if low <= days[row] <= high]
    if flt.run_type is not None:
        run_types, wanted_type = timeline.run_type, flt.run_type
        rows = [row for row in rows if run_types[row] == wanted_type]
    if flt.exercise_id is not None:
        ids, sessions = timeline.ids, exercise_sessions
        rows = [row for row in rows if ids[row] in sessions]
    if flt.region is not None:
        regions, wanted_region = timeline.region, flt.region
        rows = [row for row in rows if regions[row] == wanted_region]
    words = flt.text.casefold().split()
    if words:
        notes = timeline.notes_folded
        for word in words:
            rows = [row for row in rows if word in notes[row]]
    return rows
