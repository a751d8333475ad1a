"""The Today page's use cases: this week so far, current soreness, the personal records.

Everything here is read through the store's light reader in small, targeted queries
(:mod:`corelog.store.today`), because the Today page is filled before the window is
shown: it must not import the ORM, and it must not take longer as the history grows.
The analysis itself is the domain's (weekly totals, the core target, the 10 percent
rule, personal records); this module only picks the entries it needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from corelog.domain.bests import PersonalRecords, fastest_races, longest_holds, longest_run
from corelog.domain.races import race_distance_ranges
from corelog.domain.records import CoreRecord, HoldRecord, RunRecord, between
from corelog.domain.timeutil import (
    MONDAY,
    check_weekday,
    from_utc_and_offset,
    local_now,
    range_bounds_utc,
    week_start,
)
from corelog.domain.weekly import CoreStatus, WeekChange, WeekTotals, core_frequency, week_changes
from corelog.domain.weekly import weekly_totals as domain_weekly_totals
from corelog.knowledge import get_knowledge
from corelog.store import today as db
from corelog.store.store import Store

if TYPE_CHECKING:
    from corelog.services.recovery import OpenEntry

HOLD_EXERCISES: tuple[str, ...] = ("plank", "side_plank")
"""Built-in exercises whose longest hold the Today page shows, in this order."""

RECENT_RECORD_DAYS = 14
"""A record set within this many days (today included) is marked as new."""


@dataclass(frozen=True)
class WeekSoFar:
    """This week up to today, last week in full, and the core target for this week.

    Weeks start on the user's first day of the week; an entry counts on its own local
    day. Entries dated after today are not "so far" and are left out.
    """

    today: date
    this_week: WeekTotals
    last_week: WeekTotals
    core_status: CoreStatus
    """"below", "on_target", "above" or "in_progress" (see domain.weekly.CoreWeek)."""
    core_target_min: int
    core_target_max: int
    core_target_text: str
    core_target_sources: tuple[str, ...]
    change: WeekChange
    """This week's distance so far against last week's."""
    last_week_judged: bool
    """Whether last week is a fair yardstick: the log had begun by its first day. A week
    the log began partway through is not judged by the 10 percent rule (History's rule)."""
    ten_percent_text: str
    ten_percent_sources: tuple[str, ...]

    @property
    def start(self) -> date:
        return self.this_week.start

    @property
    def end(self) -> date:
        return self.this_week.end

    @property
    def day_of_week(self) -> int:
        """1 on the first day of the week ... 7 on the last."""
        return (self.today - self.start).days + 1

    @property
    def core_to_go(self) -> int:
        """Core sessions still needed to reach the lower end of the target."""
        return max(0, self.core_target_min - self.this_week.core_sessions)

    @property
    def over_ten_percent(self) -> bool:
        """This week's distance is already more than 10 percent above a fully logged last
        week's."""
        return self.last_week_judged and self.change.is_jump


@dataclass(frozen=True)
class TodayRecords:
    """The personal records the Today page shows, with the hold exercises' names."""

    records: PersonalRecords
    hold_names: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hold_names", MappingProxyType(dict(self.hold_names)))

    @property
    def empty(self) -> bool:
        r = self.records
        return not r.races and r.longest_run is None and not r.holds


@dataclass(frozen=True)
class TodayOverview:
    """Everything the Today page shows."""

    today: date
    has_history: bool
    """False for a first-time user who has logged nothing yet."""
    week: WeekSoFar
    soreness: tuple[OpenEntry, ...]
    """Open soreness entries with today's advice, warning signs first."""
    bests: TodayRecords


def _local(utc: datetime, offset_min: int) -> datetime:
    return from_utc_and_offset(utc, offset_min)


def _run_record(run: db.RunMark) -> RunRecord:
    return RunRecord(
        start=_local(run.started_at, run.utc_offset_min),
        distance_m=round(run.distance_m),
        duration_s=round(run.duration_s),
        run_type=run.run_type,
        race_class=run.race_class,
        effort=run.effort,
        ref=run.id,
    )


def _core_record(session: db.SessionMark) -> CoreRecord:
    return CoreRecord(
        start=_local(session.started_at, session.utc_offset_min),
        effort=session.effort,
        duration_s=None if session.duration_s is None else round(session.duration_s),
        ref=session.id,
    )


def week_so_far(store: Store, today: date, first_weekday: int = MONDAY) -> WeekSoFar:
    """This week up to ``today`` and the whole week before it, from two short queries."""
    check_weekday(first_weekday)
    this_start = week_start(today, first_weekday)
    last_start = this_start - timedelta(weeks=1)
    # A day wider on each side: entries keep the offset they were logged with, so their
    # own local day decides, not this computer's time zone.
    start, end = range_bounds_utc(last_start - timedelta(days=1), today + timedelta(days=1))
    runs = between(map(_run_record, db.runs_between(store, start, end)), last_start, today)
    cores = between(map(_core_record, db.sessions_between(store, start, end)), last_start, today)
    last_week, this_week = domain_weekly_totals(runs, cores, last_start, today, first_weekday)
    log_start = min(
        (_local(utc, offset).date() for utc, offset in db.first_training(store)), default=None
    )
    knowledge = get_knowledge().core
    return WeekSoFar(
        today=today,
        this_week=this_week,
        last_week=last_week,
        core_status=core_frequency([this_week], today)[0].status,
        core_target_min=knowledge.weekly_target.sessions_min,
        core_target_max=knowledge.weekly_target.sessions_max,
        core_target_text=knowledge.weekly_target.text,
        core_target_sources=tuple(knowledge.weekly_target.sources),
        change=week_changes([last_week, this_week])[0],
        last_week_judged=log_start is not None and log_start <= last_start,
        ten_percent_text=knowledge.ten_percent_rule.text,
        ten_percent_sources=tuple(knowledge.ten_percent_rule.sources),
    )


def personal_bests(store: Store) -> TodayRecords:
    """Fastest 5K, 10K, half and marathon races, the longest run, the longest holds."""
    races = [_run_record(r) for r in db.fastest_race_candidates(store, race_distance_ranges())]
    longest = [_run_record(r) for r in db.longest_run_candidates(store)]
    marks = db.longest_hold_candidates(store, HOLD_EXERCISES)
    holds = [
        HoldRecord(
            at=_local(m.started_at, m.utc_offset_min),
            exercise=m.exercise_key,
            hold_ms=m.hold_ms,
            ref=m.set_id,
        )
        for m in marks
    ]
    records = PersonalRecords(fastest_races(races), longest_run(longest), longest_holds(holds))
    return TodayRecords(records, {m.exercise_key: m.exercise_name for m in marks})


def is_recent(day: date, today: date) -> bool:
    """Whether a record set on ``day`` is new enough to be marked as new on ``today``."""
    return 0 <= (today - day).days < RECENT_RECORD_DAYS


def open_soreness(store: Store, now: datetime) -> tuple[OpenEntry, ...]:
    """Open soreness entries with their advice for today (from the recovery service).

    The recovery rules are imported only when there is open soreness to assess, which
    keeps them out of start-up for everyone else.
    """
    if not db.has_open_soreness(store):
        return ()
    from corelog.services.recovery import open_entries_with_advice

    return tuple(open_entries_with_advice(store, now=now))


def overview(
    store: Store, *, now: datetime | None = None, first_weekday: int = MONDAY
) -> TodayOverview:
    """What the Today page shows at ``now`` (aware local time; default: this moment)."""
    now = now or local_now()
    today = now.date()
    return TodayOverview(
        today=today,
        has_history=db.has_entries(store),
        week=week_so_far(store, today, first_weekday),
        soreness=open_soreness(store, now),
        bests=personal_bests(store),
    )
