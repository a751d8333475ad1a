"""Training load without a heart-rate strap: session effort times minutes.

Each run and core session adds ``effort x minutes`` (perceived effort 1-10) to the load
of its local day. Missing values are filled the same way everywhere:

* no effort recorded: the session counts at effort 5 (``DEFAULT_EFFORT``), a moderate
  session, so it adds load instead of vanishing from the chart;
* a core session with no duration recorded counts 2 minutes per set
  (``CORE_MINUTES_PER_SET``: a hold or a round of reps plus the short rest the
  documents advise); a session with no sets and no duration adds nothing.

From the daily load come the acute load (the last 7 days, that day included), the
chronic load (the average week over the last 28 days: their sum divided by 4) and
their ratio, with the usual bands: below 0.8 low, 0.8 to 1.3 steady, above 1.3 up to
1.5 rising, above 1.5 a spike. Sums are kept in whole effort-seconds, so band edges
are exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from itertools import accumulate
from typing import Literal

from corelog.domain.records import CoreRecord, RunRecord

DEFAULT_EFFORT = 5
CORE_MINUTES_PER_SET = 2
ACUTE_DAYS = 7
CHRONIC_DAYS = 28
_WEEKS_IN_CHRONIC = CHRONIC_DAYS // ACUTE_DAYS

LoadBand = Literal["low", "steady", "rising", "spike"]
# Band edges in tenths: below 0.8 low, up to 1.3 steady, up to 1.5 rising, above a spike.
_LOW_BELOW, _STEADY_UP_TO, _RISING_UP_TO = 8, 13, 15


def _effort_seconds(effort: int | None, seconds: int) -> int:
    return (DEFAULT_EFFORT if effort is None else effort) * seconds


def _core_seconds(core: CoreRecord) -> int:
    if core.duration_s is not None:
        return core.duration_s
    return core.sets * CORE_MINUTES_PER_SET * 60


def run_load(run: RunRecord) -> float:
    """The load of one run in effort-minutes."""
    return _effort_seconds(run.effort, run.duration_s) / 60


def core_load(core: CoreRecord) -> float:
    """The load of one core session in effort-minutes."""
    return _effort_seconds(core.effort, _core_seconds(core)) / 60


def _band(numerator: int, denominator: int) -> LoadBand:
    """The band of the ratio ``numerator / denominator`` (denominator > 0), exactly."""
    tenths = numerator * 10
    if tenths < _LOW_BELOW * denominator:
        return "low"
    if tenths <= _STEADY_UP_TO * denominator:
        return "steady"
    if tenths <= _RISING_UP_TO * denominator:
        return "rising"
    return "spike"


def load_band(ratio: float | Fraction) -> LoadBand:
    """The band of an acute-to-chronic ratio: low, steady, rising or spike.

    A float is taken as the decimal it prints as, so ``1.3`` is exactly 1.3 (steady).
    """
    exact = ratio if isinstance(ratio, Fraction) else Fraction(repr(float(ratio)))
    return _band(exact.numerator, exact.denominator)


@dataclass(frozen=True, slots=True)
class DayLoad:
    """One day of the load chart (loads in effort-minutes).

    ``ratio`` and ``band`` are None when there was no training in the last 28 days.
    ``settled`` is False while the 28 days reach back before the first entry in the
    log: the chronic load is then understated and the ratio reads high.
    """

    day: date
    load: float
    acute: float
    chronic: float
    ratio: float | None
    band: LoadBand | None
    settled: bool


def _daily_effort_seconds(
    runs: Iterable[RunRecord], cores: Iterable[CoreRecord], first_day: date, count: int
) -> tuple[list[int], date | None]:
    """Per-day effort-seconds from ``first_day`` for ``count`` days, and the first day logged."""
    totals = [0] * count
    origin = first_day.toordinal()
    earliest: int | None = None
    for ordinal, load in _day_loads(runs, cores):
        if earliest is None or ordinal < earliest:
            earliest = ordinal
        index = ordinal - origin
        if 0 <= index < count:
            totals[index] += load
    return totals, None if earliest is None else date.fromordinal(earliest)


def _day_loads(runs: Iterable[RunRecord], cores: Iterable[CoreRecord]) -> Iterator[tuple[int, int]]:
    """(day ordinal, effort-seconds) of every run and core session."""
    for run in runs:
        yield run.start.toordinal(), _effort_seconds(run.effort, run.duration_s)
    for core in cores:
        yield core.start.toordinal(), _effort_seconds(core.effort, _core_seconds(core))


def daily_load(
    runs: Iterable[RunRecord], cores: Iterable[CoreRecord], first_day: date, last_day: date
) -> list[tuple[date, float]]:
    """Each day's load in effort-minutes from ``first_day`` to ``last_day``, zeros included."""
    count = (last_day - first_day).days + 1
    if count <= 0:
        return []
    totals, _ = _daily_effort_seconds(runs, cores, first_day, count)
    return [(first_day + timedelta(days=i), total / 60) for i, total in enumerate(totals)]


def load_series(
    runs: Iterable[RunRecord], cores: Iterable[CoreRecord], first_day: date, last_day: date
) -> list[DayLoad]:
    """Daily load with acute load, chronic load, their ratio and band, for each day.

    Entries before ``first_day`` count towards the first days' acute and chronic loads,
    so pass the whole history (or at least the 27 days before ``first_day``).
    """
    count = (last_day - first_day).days + 1
    if count <= 0:
        return []
    lead = CHRONIC_DAYS - 1
    origin = first_day - timedelta(days=lead)
    totals, earliest = _daily_effort_seconds(runs, cores, origin, count + lead)
    return _series(totals, first_day, count, earliest)


def entry_effort_seconds(effort: int | None, seconds: int | None, sets: int = 0) -> int:
    """The load of one run or core session in whole effort-seconds (effort x seconds).

    The same rules as everywhere here: no effort counts as ``DEFAULT_EFFORT``; a core
    session with no duration (``seconds`` None) counts ``CORE_MINUTES_PER_SET`` a set.
    """
    if seconds is None:
        seconds = sets * CORE_MINUTES_PER_SET * 60
    return _effort_seconds(effort, seconds)


def load_series_from_daily(
    daily: Mapping[int, int],
    first_day: date,
    last_day: date,
    earliest: date | None = None,
) -> list[DayLoad]:
    """Like :func:`load_series`, from loads already summed per day.

    ``daily`` maps a day's ordinal (``date.toordinal()``) to the effort-seconds of every
    run and core session that day (:func:`entry_effort_seconds`); days not in it count
    zero. ``earliest`` is the first day in the log (by default the first day in
    ``daily``): before 28 days have passed since it, days are not ``settled``. Summing
    per day first lets a long history be added up in bulk, outside Python loops.
    """
    count = (last_day - first_day).days + 1
    if count <= 0:
        return []
    lead = CHRONIC_DAYS - 1
    origin = (first_day - timedelta(days=lead)).toordinal()
    totals = [daily.get(origin + i, 0) for i in range(count + lead)]
    if earliest is None and daily:
        earliest = date.fromordinal(min(daily))
    return _series(totals, first_day, count, earliest)


def _series(totals: list[int], first_day: date, count: int, earliest: date | None) -> list[DayLoad]:
    """The series for ``count`` days from ``first_day``; ``totals`` starts 27 days earlier."""
    lead = CHRONIC_DAYS - 1
    prefix = list(accumulate(totals, initial=0))
    first = first_day.toordinal()
    settled_from = first + count if earliest is None else earliest.toordinal() + lead
    series = []
    for i in range(count):
        end = lead + i + 1  # prefix index just after this day
        acute = prefix[end] - prefix[end - ACUTE_DAYS]
        chronic_sum = prefix[end] - prefix[end - CHRONIC_DAYS]
        ratio: float | None = None
        band: LoadBand | None = None
        if chronic_sum > 0:
            ratio = acute * _WEEKS_IN_CHRONIC / chronic_sum
            band = _band(acute * _WEEKS_IN_CHRONIC, chronic_sum)
        series.append(
            DayLoad(
                date.fromordinal(first + i),
                totals[end - 1] / 60,
                acute / 60,
                chronic_sum / (_WEEKS_IN_CHRONIC * 60),
                ratio,
                band,
                first + i >= settled_from,
            )
        )
    return series
