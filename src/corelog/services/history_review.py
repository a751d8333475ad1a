"""Reviewing a stretch of history: the series the charts draw, and insights in plain words.

:func:`review` takes the history in bulk (``services.history_columns.HistoryArrays``) and a
chart range (12 weeks, 6 months, 1 year or all), and returns a :class:`HistoryReview`:
weekly distance with the weeks that broke the 10 percent rule, core sessions per week
against two to three, best holds per week, soreness by region, easy-run pace, training
load with the acute:chronic ratio, personal records, streaks, and the insights that word
them (written by ``services.history_insights``). The analysis is the domain's; the words
quoting the documents come from the knowledge base, each with its source. (Beside it:
``history_timeline`` reads and filters the timeline, ``history_sums`` sums it.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from corelog.domain.bests import (
    PersonalRecords,
    best_hold_by_week,
)
from corelog.domain.load import DayLoad, load_series_from_daily
from corelog.domain.records import SorenessRecord
from corelog.domain.streaks import day_streaks, week_target_streaks
from corelog.domain.timeutil import MONDAY, week_start
from corelog.domain.totals import RangeTotals
from corelog.domain.trends import (
    soreness_by_week,
)
from corelog.domain.weekly import (
    CoreWeek,
    WeekChange,
    WeekTotals,
    core_frequency,
    week_changes,
)
from corelog.services import history_sums as sums
from corelog.services.history_columns import HistoryArrays
from corelog.services.history_insight_base import Guidance, Insight, guidance_from_knowledge
from corelog.services.history_insights import InsightWriter
from corelog.services.history_sums import PaceDots
from corelog.services.recovery_links import region_name

CHART_RANGES: dict[str, str] = {
    "12w": "12 weeks",
    "6m": "6 months",
    "1y": "1 year",
    "all": "All",
}
_RANGE_WEEKS = {"12w": 12, "6m": 26, "1y": 52}


def chart_range(
    range_key: str, today: date, first_weekday: int = MONDAY, first_day: date | None = None
) -> tuple[date, date]:
    """The whole weeks a chart range covers, ending with the week of ``today``.

    "all" starts with the week of the first entry (``first_day``), or this week when
    there is none yet.
    """
    this_week = week_start(today, first_weekday)
    end = this_week + timedelta(days=6)
    if range_key == "all":
        return week_start(min(first_day or today, today), first_weekday), end
    if range_key not in _RANGE_WEEKS:
        raise ValueError(f"unknown chart range {range_key!r}")
    return this_week - timedelta(weeks=_RANGE_WEEKS[range_key] - 1), end


# ------------------------------------------------------------------------- the review


@dataclass(frozen=True, eq=False)
class HistoryReview:
    """One chart range: the series the charts draw and the insights.

    Weeks run from ``first_day`` (a week start) to ``last_day``; ``changes[i]`` compares
    ``weeks[i]`` with the week before it (for the first week, the week before the range).

    Weeks that begin before the first run or core session in the log (``log_start``)
    are not judged: not against the core target, and not as the week before a rise by
    the 10 percent rule (the week the log begins is usually only partly logged).
    """

    range_key: str
    first_day: date
    last_day: date
    today: date
    unit: str
    first_weekday: int
    totals: RangeTotals
    weeks: list[WeekTotals]
    changes: list[WeekChange]
    core_weeks: list[CoreWeek]
    hold_weeks: dict[str, list[tuple[date, int]]]
    """Per exercise name, the best hold of each week that has one."""
    soreness_weeks: list[date]
    soreness_counts: dict[str, list[int]]
    """Episodes (days sore) per week by region name, in alphabetical order of name."""
    paces: PaceDots
    weekly_pace: list[tuple[date, float]]
    load: list[DayLoad]
    records: PersonalRecords
    best_ever: PersonalRecords
    insights: list[Insight]
    log_start: date | None = None
    """The day of the first run or core session in the log."""

    @property
    def jumps(self) -> list[WeekChange]:
        """The weeks whose distance rose more than 10 percent over a judged week before."""
        return judged_jumps(self.changes, self.log_start)

    def judged(self, week: date) -> bool:
        """Whether a week (by its start) is judged: it began on or after the log did."""
        return is_judged(week, self.log_start)

    def insight(self, key: str) -> Insight | None:
        return next((insight for insight in self.insights if insight.key == key), None)


def is_judged(week: date, log_start: date | None) -> bool:
    """Whether a week (by its start) began on or after the log did."""
    return log_start is not None and week >= log_start


def judged_jumps(changes: list[WeekChange], log_start: date | None) -> list[WeekChange]:
    """The 10 percent jumps over a week before that is judged (not partly logged)."""
    return [
        change
        for change in changes
        if change.is_jump and is_judged(change.week - timedelta(weeks=1), log_start)
    ]


def review(
    arrays: HistoryArrays,
    range_key: str,
    *,
    today: date,
    first_weekday: int = MONDAY,
    unit: str = "km",
    guidance: Guidance | None = None,
) -> HistoryReview:
    """Chart series and insights for one range (see :data:`CHART_RANGES`)."""
    guide = guidance or guidance_from_knowledge()
    first, last = chart_range(range_key, today, first_weekday, arrays.first_day())
    sore = arrays.soreness_in(first, last)
    with_lead = sums.week_totals(arrays, first - timedelta(weeks=1), last, first_weekday)
    weeks = with_lead[1:]
    changes = week_changes(with_lead)
    core_weeks = core_frequency(weeks, today)
    hold_weeks = best_hold_by_week(
        arrays.weekly_hold_candidates(first, last, first_weekday), first_weekday
    )
    starts, soreness_counts = _soreness_by_region(sore, first, last, first_weekday, guide)
    totals = _range_totals(arrays, weeks, first, last)
    series = HistoryReview(
        range_key=range_key,
        first_day=first,
        last_day=last,
        today=today,
        unit=unit,
        first_weekday=first_weekday,
        totals=totals,
        weeks=weeks,
        changes=changes,
        core_weeks=core_weeks,
        hold_weeks=hold_weeks,
        soreness_weeks=starts,
        soreness_counts=soreness_counts,
        paces=sums.easy_paces(arrays, first, last, unit),
        weekly_pace=sums.weekly_easy_pace(arrays, first, last, first_weekday, unit),
        load=_load_series(arrays, first, min(last, today)),
        records=arrays.records_in(arrays.runs_in(first, last), arrays.holds_in(first, last)),
        best_ever=arrays.all_time_records,
        insights=[],
        log_start=_log_start(arrays),
    )
    return replace(series, insights=_insights(series, arrays, sore, guide))


def _log_start(arrays: HistoryArrays) -> date | None:
    """The day of the first run or core session in the log, if there is one."""
    trained = arrays.trained_days
    return date.fromordinal(int(trained[0])) if len(trained) else None


def _soreness_by_region(
    sore: list[SorenessRecord], first: date, last: date, first_weekday: int, guide: Guidance
) -> tuple[list[date], dict[str, list[int]]]:
    """The week starts, and the episodes per week by region name in alphabetical order."""
    starts, by_region = soreness_by_week(sore, first, last, first_weekday)
    names = guide.region_names
    counts = dict(
        sorted(
            ((region_name(names.get(k, k)), v) for k, v in by_region.items()),
            key=lambda kv: kv[0],
        )
    )
    return starts, counts


def _load_series(arrays: HistoryArrays, first: date, load_end: date) -> list[DayLoad]:
    """The training load of each day from ``first`` to ``load_end`` (none if it ends before)."""
    daily, earliest = sums.daily_load(arrays)
    return load_series_from_daily(daily, first, load_end, earliest) if load_end >= first else []


def _range_totals(
    arrays: HistoryArrays, weeks: list[WeekTotals], first: date, last: date
) -> RangeTotals:
    """The range's totals: its weeks summed, its holds and the days trained in it."""
    holds = arrays.holds_in(first, last)
    trained = sum(1 for day in sums.training_days(arrays, first) if day <= last)
    return RangeTotals(
        distance_m=sum(week.distance_m for week in weeks),
        run_time_s=sum(week.run_time_s for week in weeks),
        runs=sum(week.runs for week in weeks),
        core_sessions=sum(week.core_sessions for week in weeks),
        core_time_s=sum(week.core_time_s for week in weeks),
        holds=holds.stop - holds.start,
        hold_time_ms=int(arrays.hold_ms[holds].sum()),
        training_days=trained,
    )


def _insights(
    series: HistoryReview, arrays: HistoryArrays, sore: list[SorenessRecord], guide: Guidance
) -> list[Insight]:
    """The insights that word a range's series, leaving out those with nothing to say."""
    s = series
    words = InsightWriter(s.range_key, s.first_day, s.last_day, s.today, s.unit, guide, s.log_start)
    insights = [
        words.totals(s.totals),
        words.longest_run(s.records.longest_run, s.best_ever.longest_run),
        words.personal_records(s.records, s.best_ever),
        _streaks(words, arrays, s),
        words.ten_percent(s.jumps, s.weeks),
        words.core_weeks([week for week in s.core_weeks if s.judged(week.week)]),
        words.soreness(sore, arrays.soreness_in(s.today - timedelta(days=20), s.today)),
        words.load(s.load, ran=bool(s.load) and _ran_lately(arrays, s.load[-1].day)),
    ]
    return [insight for insight in insights if insight is not None]


def _streaks(words: InsightWriter, arrays: HistoryArrays, series: HistoryReview) -> Insight:
    """The streaks insight: core weeks on target and days trained, now and the range's best."""
    today, first_weekday = series.today, series.first_weekday
    core_streaks = week_target_streaks(
        sums.sessions_by_week(arrays, today, first_weekday), today, first_weekday
    )
    in_range_weeks = {
        week.start: week.core_sessions for week in series.weeks if week.start <= today
    }
    range_core_streaks = week_target_streaks(in_range_weeks, today, first_weekday)
    day_now = day_streaks(sums.training_days(arrays), today)
    in_range_days = (
        day for day in sums.training_days(arrays, series.first_day) if day <= series.last_day
    )
    day_best = day_streaks(in_range_days, today)
    return words.streaks(
        core_streaks.current, range_core_streaks.longest, day_now.current, day_best.longest
    )


def _ran_lately(arrays: HistoryArrays, day: date) -> bool:
    """Whether any run falls in the four weeks the load ratio of ``day`` is made of."""
    span = arrays.runs_in(day - timedelta(days=27), day)
    return span.stop > span.start
