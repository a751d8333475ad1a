"""Timer presets in the database: stored, listed by name, changed, deleted and put back."""

from __future__ import annotations

import pytest

from corelog.services import exercises as lib
from corelog.store import presets as store_presets
from corelog.store.presets import PresetValues


@pytest.fixture
def ids(store) -> dict[str, int]:
    return {row.key: row.id for row in lib.library(store)}


def plank(ids, name="Plank 3 × 45 s", **kw) -> PresetValues:
    values = {
        "name": name,
        "exercise_id": ids["plank"],
        "mode": "countdown",
        "hold_ms": 45_000,
        "sets": 3,
        "rest_ms": 30_000,
        "prep_ms": 5_000,
        "alternate_sides": False,
    }
    values.update(kw)
    return PresetValues(**values)


def test_a_stored_preset_reads_back_with_its_exercise(store, ids):
    preset_id = store_presets.add_preset(store, plank(ids))
    row = store_presets.get_preset(store, preset_id)
    assert row.values == plank(ids)
    assert row.exercise_name == "Plank"
    assert not row.exercise_hidden
    assert len(row.uuid) == 36


def test_presets_are_listed_by_name_whatever_the_capitals(store, ids):
    for name in ("side planks", "Plank 3 × 45 s", "a short one"):
        store_presets.add_preset(store, plank(ids, name))
    assert [p.name for p in store_presets.list_presets(store)] == [
        "a short one",
        "Plank 3 × 45 s",
        "side planks",
    ]


def test_an_update_keeps_the_row_and_its_uuid(store, ids):
    preset_id = store_presets.add_preset(store, plank(ids))
    before = store_presets.get_preset(store, preset_id)
    store_presets.update_preset(store, preset_id, plank(ids, hold_ms=50_000, sets=2))
    after = store_presets.get_preset(store, preset_id)
    assert (after.id, after.uuid) == (before.id, before.uuid)
    assert (after.hold_ms, after.sets) == (50_000, 2)


def test_a_deleted_preset_comes_back_exactly(store, ids):
    preset_id = store_presets.add_preset(store, plank(ids))
    before = [tuple(r) for r in store.reader.all("SELECT * FROM timer_preset")]
    removed = store_presets.delete_preset(store, preset_id)
    assert store_presets.list_presets(store) == []
    assert store.reader.scalar("SELECT kind FROM tombstone") == "timer_preset"
    store_presets.restore_preset(store, removed)
    # The same row, id and uuid; bringing it back is a change of its own (updated_at).
    after = [tuple(r) for r in store.reader.all("SELECT * FROM timer_preset")]
    assert [row[:-1] for row in after] == [row[:-1] for row in before]
    assert after[0][-1] > before[0][-1]
    assert store.reader.scalar("SELECT count(*) FROM tombstone") == 0


def test_changing_or_deleting_a_missing_preset_says_so(store, ids):
    with pytest.raises(LookupError):
        store_presets.update_preset(store, 99, plank(ids))
    with pytest.raises(LookupError):
        store_presets.delete_preset(store, 99)
    assert store_presets.get_preset(store, 99) is None


def test_a_preset_goes_with_the_users_own_exercise(store, ids):
    own = lib.AddExercise(store, lib.check_new_exercise(store, "Hollow hold", "hold", False))
    own_id = own.do()
    store_presets.add_preset(store, plank(ids, "Hollow 3 × 20 s", exercise_id=own_id))
    deleted = lib.DeleteExercise(store, own_id)
    deleted.do()
    assert store_presets.list_presets(store) == []
    deleted.undo()
    assert [p.name for p in store_presets.list_presets(store)] == ["Hollow 3 × 20 s"]
