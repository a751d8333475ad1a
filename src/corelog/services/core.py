"""Core sessions: logging, editing and deleting them, and reading them back.

What the Log page's core tab, the Today page and the History page call; storage goes
through ``corelog.store.core``. Changes are operation objects with ``do()`` and ``undo()``
for the undo stack: the first ``do()`` makes the change, a later ``do()`` (redo) repeats
it exactly (same rows, same uuids).

Beside it: ``core_form`` (the form checked, and filled from a stored session),
``core_text`` (sets in words), ``core_week`` (the weekly target) and ``timer_workouts``
(the plank timer's saves into today's session).
"""

from __future__ import annotations

from corelog.domain.core_sessions import CoreSessionRow, SessionSnapshot, SessionValues
from corelog.store import core as store_core
from corelog.store.store import Store

# ----------------------------------------------------------------------- operations


class AddSession:
    """Log a new session (values from :func:`check_session`)."""

    def __init__(self, store: Store, values: SessionValues) -> None:
        self.store = store
        self.values = values
        self.session_id: int | None = None

    def do(self) -> int:
        if self.session_id is None:
            self.session_id = store_core.add_session(self.store, self.values)
        else:
            store_core.set_session_deleted(self.store, self.session_id, False)
        return self.session_id

    def undo(self) -> None:
        assert self.session_id is not None
        store_core.set_session_deleted(self.store, self.session_id, True)


class EditSession:
    """Change a logged session; undo puts back exactly what was there."""

    def __init__(self, store: Store, session_id: int, values: SessionValues) -> None:
        self.store = store
        self.session_id = session_id
        self.values = values
        self._before: SessionSnapshot | None = None
        self._after: SessionSnapshot | None = None

    def do(self) -> int:
        if self._after is None:
            self._before = store_core.session_snapshot(self.store, self.session_id)
            store_core.update_session(self.store, self.session_id, self.values)
            self._after = store_core.session_snapshot(self.store, self.session_id)
        else:
            store_core.restore_snapshot(self.store, self._after)
        return self.session_id

    def undo(self) -> None:
        assert self._before is not None
        store_core.restore_snapshot(self.store, self._before)


class DeleteSession:
    """Delete a session (it keeps its row, so undo brings back the very same one)."""

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.session_id = session_id

    def do(self) -> None:
        store_core.set_session_deleted(self.store, self.session_id, True)

    def undo(self) -> None:
        store_core.set_session_deleted(self.store, self.session_id, False)


# --------------------------------------------------------------------------- reading


def recent_sessions(store: Store, limit: int | None = None) -> list[CoreSessionRow]:
    """Sessions with their sets, newest first."""
    return store_core.list_sessions(store, limit=limit)


def count_sessions(store: Store) -> int:
    """How many sessions the user has logged (deleted ones not counted)."""
    return store_core.count_sessions(store)


def get_session(store: Store, session_id: int) -> CoreSessionRow | None:
    return store_core.get_session(store, session_id)
