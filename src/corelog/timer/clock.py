"""Clocks the plank timer reads, and a fake pair of clocks for tests.

The timer never counts ticks: every time it shows or records is a difference between two
readings of a *monotonic* clock (a callable returning nanoseconds, ``time.monotonic_ns`` in
the app). A second, *wall* clock (CoreLog's ``corelog.domain.clock.wall_ns``) is read only
to notice that the machine slept: on Linux and macOS the monotonic clock stands still during
suspend while wall time jumps ahead.
"""

from __future__ import annotations

from collections.abc import Callable

NanoClock = Callable[[], int]
"""A clock: a callable returning a reading in integer nanoseconds."""

NS_PER_MS = 1_000_000
NS_PER_S = 1_000_000_000


def ms_to_ns(ms: int) -> int:
    """Milliseconds to nanoseconds."""
    return ms * NS_PER_MS


def ns_to_ms(ns: int) -> int:
    """Nanoseconds to whole milliseconds, rounded half up (durations are never negative)."""
    return (ns + NS_PER_MS // 2) // NS_PER_MS


class FakeClock:
    """A monotonic clock and a wall clock that only move when told to.

    ``clock.monotonic`` and ``clock.wall`` are the two callables a timer takes. Advancing
    moves both; :meth:`suspend` moves only the wall clock, as a machine that slept does.
    """

    def __init__(self, *, monotonic_ns: int = 1_000 * NS_PER_S, wall_ns: int = 0) -> None:
        self.monotonic_ns = monotonic_ns
        self.wall_ns = wall_ns or 1_700_000_000 * NS_PER_S

    def monotonic(self) -> int:
        """The monotonic reading in nanoseconds."""
        return self.monotonic_ns

    def wall(self) -> int:
        """The wall-clock reading in nanoseconds."""
        return self.wall_ns

    def advance_ns(self, ns: int) -> None:
        """Let ``ns`` nanoseconds of awake time pass."""
        if ns < 0:
            raise ValueError("a clock cannot go back")
        self.monotonic_ns += ns
        self.wall_ns += ns

    def advance(self, ms: int) -> None:
        """Let ``ms`` milliseconds of awake time pass."""
        self.advance_ns(ms_to_ns(ms))

    def advance_to(self, monotonic_ns: int) -> None:
        """Let awake time pass until the monotonic clock reads ``monotonic_ns``."""
        self.advance_ns(monotonic_ns - self.monotonic_ns)

    def suspend(self, ms: int) -> None:
        """The machine sleeps for ``ms`` milliseconds: wall time jumps, monotonic time stands."""
        if ms < 0:
            raise ValueError("a clock cannot go back")
        self.wall_ns += ms_to_ns(ms)
