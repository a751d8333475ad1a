"""This week's core sessions against the documents' two-to-three target (Today, Log)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from corelog.domain.i18n import Core, integer
from corelog.domain.records import CoreRecord
from corelog.domain.timeutil import MONDAY, local_now, range_bounds_utc, week_start
from corelog.domain.weekly import core_frequency, weekly_totals
from corelog.knowledge import get_knowledge
from corelog.store import core as store_core
from corelog.store.store import Store


@dataclass(frozen=True)
class CoreWeekProgress:
    """Core sessions in the current week against the documents' two-to-three target."""

    week_start: date
    sessions: int
    target_min: int
    target_max: int
    status: str
    """"below", "on_target", "above" or "in_progress" (see domain.weekly.CoreWeek)."""
    advice: str
    """Why two or three, in CoreLog's words."""
    sources: tuple[str, ...] = field(default=("002",))

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def text(self) -> str:
        """ "Core sessions this week: 1 of 2-3"."""
        return Core.tr("Core sessions this week: {sessions} of {least}-{most}").format(
            sessions=integer(self.sessions),
            least=integer(self.target_min),
            most=integer(self.target_max),
        )

    @property
    def to_go(self) -> int:
        """Sessions still needed to reach the lower end of the target."""
        return max(0, self.target_min - self.sessions)


def core_week_progress(
    store: Store, today: date | None = None, first_weekday: int = MONDAY
) -> CoreWeekProgress:
    """How many core sessions the week of ``today`` holds, against the 2-3 target (002).

    A session counts in the week of its own local day; the week starts on the user's
    first day of the week (0 Monday ... 6 Sunday).
    """
    today = today or local_now().date()
    first = week_start(today, first_weekday)
    last = first + timedelta(days=6)
    # A day wider on each side: sessions keep the offset they were logged with.
    start, end = range_bounds_utc(first - timedelta(days=1), last + timedelta(days=1))
    records = [
        CoreRecord(start=s.local_start, effort=s.effort, sets=s.sets, ref=s.id)
        for s in store_core.session_starts(store, start, end)
        if first <= s.local_start.date() <= last
    ]
    week = weekly_totals([], records, first, first, first_weekday)[0]
    status = core_frequency([week], today)[0].status
    target = get_knowledge().core.weekly_target
    return CoreWeekProgress(
        week_start=first,
        sessions=week.core_sessions,
        target_min=target.sessions_min,
        target_max=target.sessions_max,
        status=status,
        advice=target.text,
        sources=target.sources,
    )
