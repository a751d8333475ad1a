"""Saved plank-timer workouts ("Plank 3 × 45 s") in the ``timer_preset`` table.

Reads go through ``store.reader`` and return frozen :class:`PresetRow` records; every change
is one write transaction. A preset has no ``deleted_at``: deleting one removes the row
(leaving its tombstone), and :func:`delete_preset` hands back its columns so that Undo puts
the very same row (id and uuid included) back with :func:`restore_preset`. Presets go with
their exercise when the user deletes an exercise of their own (see
``store.exercises.delete_exercise``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from corelog.domain.presets import PresetRow, PresetValues
from corelog.store.rows import assign, change, columns, fetch, insert, record
from corelog.store.store import Store
from corelog.store.timestamps import utc_now
from corelog.store.tombstones import bury, unbury

if TYPE_CHECKING:  # the ORM is imported only by the functions that write
    pass


_SELECT = """
    SELECT p.id, p.uuid, p.name, p.exercise_id, e.name AS exercise_name,
           e.hidden AS exercise_hidden, p.mode, p.hold_ms, p.sets, p.rest_ms, p.prep_ms,
           p.alternate_sides
    FROM timer_preset p JOIN exercise e ON e.id = p.exercise_id
"""


def list_presets(store: Store) -> list[PresetRow]:
    """Every preset, by name (case-insensitive)."""
    rows = store.reader.all(f"{_SELECT} ORDER BY p.name COLLATE NOCASE, p.id")
    return [record(PresetRow, r) for r in rows]


def get_preset(store: Store, preset_id: int) -> PresetRow | None:
    r = store.reader.one(f"{_SELECT} WHERE p.id = ?", (preset_id,))
    return None if r is None else record(PresetRow, r)


def _missing(preset_id: int) -> LookupError:
    return LookupError(f"no timer preset with id {preset_id}")


def add_preset(store: Store, values: PresetValues) -> int:
    """Store a new preset; returns its id. The name is checked (and unique) by the caller."""
    from corelog.store.models import TimerPreset

    now = utc_now()
    with store.write() as session:
        return insert(session, TimerPreset(**columns(values), created_at=now, updated_at=now))


def update_preset(store: Store, preset_id: int, values: PresetValues) -> None:
    """Give a preset new values; it keeps its id and uuid. LookupError if it is gone."""
    from corelog.store.models import TimerPreset

    change(store, TimerPreset, preset_id, _missing(preset_id), columns(values))


def preset_snapshot(store: Store, preset_id: int) -> Mapping[str, Any]:
    """Every column of a preset, to put it back exactly with :func:`restore_preset`."""
    from corelog.store.models import TimerPreset

    with store.read() as session:
        return fetch(session, TimerPreset, preset_id, _missing(preset_id)).model_dump()


def delete_preset(store: Store, preset_id: int) -> Mapping[str, Any]:
    """Delete a preset; returns its columns so that Undo can put the same row back."""
    from corelog.store.models import TimerPreset

    with store.write() as session:
        preset = fetch(session, TimerPreset, preset_id, _missing(preset_id))
        removed = preset.model_dump()
        session.delete(preset)
        bury(session, "timer_preset", [removed["uuid"]], utc_now())
    return removed


def restore_preset(store: Store, saved: Mapping[str, Any]) -> None:
    """Put back a preset as :func:`delete_preset` or :func:`preset_snapshot` saw it: a
    deleted one comes back with its id and uuid, an existing one takes its old values.

    Either way it is a change made now (``updated_at`` now), so an export carries it.
    """
    from corelog.store.models import TimerPreset

    now = utc_now()
    with store.write() as session:
        preset = session.get(TimerPreset, saved["id"])
        if preset is None:
            session.add(TimerPreset(**{**saved, "updated_at": now}))
            session.flush()
            unbury(session, [saved["uuid"]])
            return
        assign(preset, saved)
        preset.updated_at = now
