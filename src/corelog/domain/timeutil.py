"""Time helpers: local now, UTC plus offset for storage, weeks and days in local time.

CoreLog stores each moment as an aware UTC datetime plus the local offset in minutes
east of UTC (``utc_offset_min``) that the user's clock showed then. Joining the two
gives back the wall-clock time the user saw, so a 07:10 run stays a 07:10 run after a
clock change or a trip.

Weeks are computed here, in Python, with the user's first day of the week (Monday=0 ...
Sunday=6, any day allowed); the SQLite CoreLog ships with has no ISO week in strftime.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from corelog.domain import clock

MONDAY, SUNDAY = 0, 6
DEFAULT_START_STEP_MIN = 5
_MAX_OFFSET_MIN = 24 * 60 - 1  # what datetime.timezone accepts


def local_now() -> datetime:
    """The current time on this computer's clock, aware, with the current local offset.

    Read from CoreLog's one clock (:mod:`corelog.domain.clock`).
    """
    return clock.local_now()


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a local time with its offset is needed, not a naive datetime")


def local_from_wall(wall: datetime) -> datetime:
    """The aware local time for a wall-clock time typed on this computer (``wall`` naive).

    On the night the clocks go forward a time in the gap (02:30 in Berlin on the last
    Sunday of March) never showed on any clock: it is taken as the moment it names, an
    hour later on the new clock (03:30), as a watch that kept running would say. On the
    night they go back a time that showed twice (02:30 in Berlin in October) is taken as
    the first time it showed. Either way the entry stays on the day the user typed.
    """
    if wall.tzinfo is not None:
        raise ValueError("a wall-clock time has no offset yet")
    first, second = wall.replace(fold=0).astimezone(), wall.replace(fold=1).astimezone()
    for moment in (first, second):
        if moment.replace(tzinfo=None) == wall:
            return moment
    # In the gap: neither reading shows the time typed; the later one is the time that
    # the same moment shows after the clocks went forward.
    return max(first, second, key=lambda moment: moment.replace(tzinfo=None))


def offset_minutes(moment: datetime) -> int:
    """The offset of an aware datetime in whole minutes east of UTC (nearest minute)."""
    _require_aware(moment)
    offset = moment.utcoffset()
    assert offset is not None
    return round(offset.total_seconds() / 60)


def to_utc_and_offset(local: datetime) -> tuple[datetime, int]:
    """Split an aware local datetime into (aware UTC datetime, offset in minutes)."""
    return local.astimezone(UTC), offset_minutes(local)


class LocalStart:
    """Mixed into a checked entry (a frozen dataclass) whose ``started_at`` is an aware
    local time: the UTC instant and the offset it is stored as."""

    started_at: datetime

    @property
    def started_at_utc(self) -> datetime:
        return to_utc_and_offset(self.started_at)[0]

    @property
    def utc_offset_min(self) -> int:
        return to_utc_and_offset(self.started_at)[1]


def fixed_offset(offset_min: int) -> timezone:
    """A time zone that is ``offset_min`` minutes east of UTC."""
    if not -_MAX_OFFSET_MIN <= offset_min <= _MAX_OFFSET_MIN:
        raise ValueError(f"offset of {offset_min} minutes is not a real UTC offset")
    return UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))


def from_utc_and_offset(utc: datetime, offset_min: int) -> datetime:
    """Join a stored UTC datetime and offset into the local time the user saw.

    A naive ``utc`` (as some database drivers return it) is taken as UTC.
    """
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=UTC)
    return utc.astimezone(fixed_offset(offset_min))


class StoredStart:
    """Mixed into a stored record (a frozen dataclass) whose ``started_at`` is aware UTC
    and ``utc_offset_min`` the offset it was saved with: the start the user saw."""

    started_at: datetime
    utc_offset_min: int

    @property
    def local_start(self) -> datetime:
        """The start as the user's clock showed it."""
        return from_utc_and_offset(self.started_at, self.utc_offset_min)


def check_weekday(first_weekday: int) -> int:
    """Return ``first_weekday`` if it is 0 (Monday) to 6 (Sunday), else raise ValueError."""
    if isinstance(first_weekday, bool) or first_weekday not in range(7):
        raise ValueError(
            f"first day of the week must be 0 (Monday) to 6 (Sunday), got {first_weekday!r}"
        )
    return first_weekday


def week_start(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of the week that contains ``day``, weeks starting on ``first_weekday``.

    >>> week_start(date(2024, 6, 9), MONDAY), week_start(date(2024, 6, 9), SUNDAY)
    (datetime.date(2024, 6, 3), datetime.date(2024, 6, 9))
    """
    check_weekday(first_weekday)
    if isinstance(day, datetime):
        day = day.date()
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_start_ordinal(ordinal: int, first_weekday: int = MONDAY) -> int:
    """Like :func:`week_start` on proleptic ordinals (``date.toordinal()``), for fast loops."""
    return ordinal - (ordinal + 6 - first_weekday) % 7


def week_starts(first_day: date, last_day: date, first_weekday: int = MONDAY) -> list[date]:
    """Every week start from the week of ``first_day`` to the week of ``last_day``."""
    start, end = week_start(first_day, first_weekday), week_start(last_day, first_weekday)
    return [start + timedelta(weeks=i) for i in range((end - start).days // 7 + 1)]


def days(first_day: date, last_day: date) -> Iterator[date]:
    """Each date from ``first_day`` to ``last_day``, both included."""
    for offset in range((last_day - first_day).days + 1):
        yield first_day + timedelta(days=offset)


def default_start(now: datetime, step_min: int = DEFAULT_START_STEP_MIN) -> datetime:
    """A tidy default start for an entry logged "now": ``now`` rounded down to ``step_min``.

    >>> default_start(datetime(2024, 6, 3, 7, 48, 31)).time()
    datetime.time(7, 45)
    """
    if not 1 <= step_min <= 60:
        raise ValueError("step_min must be between 1 and 60 minutes")
    return now.replace(minute=now.minute - now.minute % step_min, second=0, microsecond=0)


def day_bounds(day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """Local midnight at the start of ``day`` and of the next day, as aware datetimes.

    ``tz`` is the user's time zone (for example a ``zoneinfo.ZoneInfo``); without it,
    this computer's local time zone is used. On a clock-change day the span is 23 or 25
    hours long.
    """
    start, end = datetime.combine(day, time()), datetime.combine(day + timedelta(days=1), time())
    if tz is None:
        return local_from_wall(start), local_from_wall(end)
    return start.replace(tzinfo=tz), end.replace(tzinfo=tz)


def range_bounds_utc(
    first_day: date, last_day: date, tz: tzinfo | None = None
) -> tuple[datetime, datetime]:
    """UTC instants bounding the local days ``first_day`` to ``last_day`` (end excluded).

    Suits a database query ``start <= started_at < end``. Entries keep the offset they
    were logged with, so one logged while travelling can fall on another local day than
    these bounds say; where the edges matter, query a day wider and keep the entries
    whose own local date is in range.
    """
    start, _ = day_bounds(first_day, tz)
    _, end = day_bounds(last_day, tz)
    return start.astimezone(UTC), end.astimezone(UTC)
