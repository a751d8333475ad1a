"""The one clock CoreLog reads the date and the time of day from.

Everything in CoreLog that asks "what time is it?" or "what day is today?" (this week on the
Today page, the default start of a new entry, the calendar's today mark, the timestamps a
save writes, the name of a backup) asks this module, never ``datetime.now()``,
``date.today()`` or ``time.time()`` directly; ``tests/test_one_clock.py`` keeps it so.

The clock is a *source*: a callable returning the current instant as an aware UTC
datetime. The app uses the computer's clock; a test or a tool may put another source in
place with :func:`set_source` or :func:`using` (or move the computer's clock for the whole
process with ``time-machine``, which this module follows). Local time is the computer's
time zone (``TZ`` on Linux and macOS), read each time, so a trip or a clock change is seen
at once.

The plank timer's *durations* come from a monotonic clock, not from here (see
``corelog.timer.clock``); only its check for a machine that slept reads :func:`wall_ns`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

UtcSource = Callable[[], datetime]
"""A clock source: returns the current instant as an aware datetime (any zone)."""


def system_utc() -> datetime:
    """The computer's clock, aware, in UTC."""
    return datetime.now(UTC)


_source: UtcSource = system_utc


def set_source(source: UtcSource | None) -> UtcSource:
    """Read the time from ``source`` from now on (``None``: the computer's clock).

    Returns the source that was in place, so a caller can put it back.
    """
    global _source
    previous = _source
    _source = source or system_utc
    return previous


@contextmanager
def using(source: UtcSource) -> Iterator[None]:
    """Read the time from ``source`` inside the ``with`` block."""
    previous = set_source(source)
    try:
        yield
    finally:
        set_source(previous)


def fixed(moment: datetime) -> UtcSource:
    """A source that always answers ``moment`` (an aware datetime)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a fixed clock needs an aware datetime")
    frozen = moment.astimezone(UTC)
    return lambda: frozen


def utc_now() -> datetime:
    """The current instant, aware, in UTC (what every timestamp column stores)."""
    moment = _source()
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the clock source must return an aware datetime")
    return moment.astimezone(UTC)


def local_now() -> datetime:
    """The current time on this computer's clock, aware, with the current local offset."""
    return utc_now().astimezone()


def today() -> date:
    """Today's date in this computer's time zone."""
    return local_now().date()


def wall_ns() -> int:
    """The current instant in nanoseconds since the epoch (the timer's sleep check)."""
    moment = utc_now()
    seconds = int(moment.timestamp())
    return seconds * 1_000_000_000 + moment.microsecond * 1_000
