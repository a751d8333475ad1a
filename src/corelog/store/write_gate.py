"""Who writes next, within this CoreLog: the user's saves before long background work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager


class WriteGate:
    """Who writes next, within this CoreLog: the user's saves before long background work.

    A save (``foreground``) waits only for the write under way. Background work (an
    import writing in short transactions) takes the gate for one short transaction at a
    time (``background``) and lets every waiting save go first, so a save made during a
    long import waits for one short transaction, not for the import. SQLite's own lock
    (with its busy timeout) still keeps other programs in line.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._waiting = 0

    def _take(self, *, background: bool) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            if not background:
                self._waiting += 1
            try:
                while self._owner is not None or (background and self._waiting):
                    self._cond.wait()
            finally:
                if not background:
                    self._waiting -= 1
            self._owner, self._depth = me, 1

    def _give(self) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()

    @contextmanager
    def _held(self, *, background: bool) -> Iterator[None]:
        self._take(background=background)
        try:
            yield
        finally:
            self._give()

    def foreground(self) -> AbstractContextManager[None]:
        return self._held(background=False)

    def background(self) -> AbstractContextManager[None]:
        return self._held(background=True)
