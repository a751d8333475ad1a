"""The exercise table: syncing built-ins, the user's own exercises, hiding and deleting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.store import core as store_core
from corelog.store import exercises as ex
from corelog.store import timer_workouts as store_timer
from corelog.store.models import TimerPreset

PLANK = ex.BuiltinSpec("plank", "Plank", "hold", False)
SIDE_PLANK = ex.BuiltinSpec("side_plank", "Side plank", "hold", True)
BIRD_DOG = ex.BuiltinSpec("bird_dog", "Bird dog", "reps", False)


def names(store) -> list[str]:
    return [row.name for row in ex.list_exercises(store)]


def stamps(store) -> list[tuple]:
    return [tuple(r) for r in store.reader.all("SELECT id, name, updated_at FROM exercise")]


def one_session(store, exercise_id: int, *, hold_ms: int | None = 45_000, reps=None) -> int:
    values = store_core.SessionValues(
        started_at=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
        utc_offset_min=120,
        duration_s=None,
        effort=None,
        notes="",
        sets=(store_core.SetValues(exercise_id, None, reps, None if reps else hold_ms),),
    )
    return store_core.add_session(store, values)


def test_sync_adds_the_missing_built_ins_in_library_order(store):
    report = ex.sync_builtin_exercises(store, [PLANK, SIDE_PLANK, BIRD_DOG])
    assert report.added == ("plank", "side_plank", "bird_dog")
    rows = ex.list_exercises(store)
    assert [(r.key, r.name, r.measure, r.sided, r.builtin) for r in rows] == [
        ("plank", "Plank", "hold", False, True),
        ("side_plank", "Side plank", "hold", True, True),
        ("bird_dog", "Bird dog", "reps", False, True),
    ]


def test_a_second_sync_writes_nothing(store):
    ex.sync_builtin_exercises(store, [PLANK, SIDE_PLANK])
    before = stamps(store)
    report = ex.sync_builtin_exercises(store, [PLANK, SIDE_PLANK])
    assert not report.changed
    assert stamps(store) == before


def test_sync_keeps_a_name_the_user_chose(store):
    ex.sync_builtin_exercises(store, [PLANK])
    plank = ex.exercise_by_key(store, "plank")
    ex.rename_exercise(store, plank.id, "Front plank")
    ex.sync_builtin_exercises(store, [ex.BuiltinSpec("plank", "Forearm plank", "hold", False)])
    assert ex.get_exercise(store, plank.id).name == "Front plank"


def test_sync_renames_a_built_in_the_user_never_renamed(store):
    ex.sync_builtin_exercises(store, [PLANK])
    renamed = ex.BuiltinSpec("plank", "Forearm plank", "hold", False, former_names=("Plank",))
    report = ex.sync_builtin_exercises(store, [renamed])
    assert report.renamed == ("plank",)
    assert names(store) == ["Forearm plank"]


def test_sync_adds_a_built_in_beside_a_users_exercise_of_the_same_name(store):
    mine = ex.add_exercise(store, "bird DOG", "reps", False)
    ex.sync_builtin_exercises(store, [BIRD_DOG])
    assert ex.get_exercise(store, mine).name == "bird DOG"
    assert ex.exercise_by_key(store, "bird_dog").name == "Bird dog (library)"


def test_sync_follows_the_library_for_measure_and_sides_but_keeps_hidden(store):
    ex.sync_builtin_exercises(store, [ex.BuiltinSpec("side_plank", "Side plank", "reps", False)])
    row = ex.exercise_by_key(store, "side_plank")
    ex.set_exercise_hidden(store, row.id, True)
    report = ex.sync_builtin_exercises(store, [SIDE_PLANK])
    assert report.updated == ("side_plank",)
    row = ex.get_exercise(store, row.id)
    assert (row.measure, row.sided, row.hidden) == ("hold", True, True)


def test_a_built_in_no_longer_shipped_stays_with_its_sets(store):
    ex.sync_builtin_exercises(store, [PLANK, BIRD_DOG])
    bird = ex.exercise_by_key(store, "bird_dog")
    one_session(store, bird.id, reps=10)
    ex.sync_builtin_exercises(store, [PLANK])
    assert ex.get_exercise(store, bird.id).sets == 1


def test_the_users_exercises_follow_the_built_ins_by_name(store):
    ex.sync_builtin_exercises(store, [PLANK, SIDE_PLANK])
    ex.add_exercise(store, "superman", "hold", False)
    ex.add_exercise(store, "Hollow hold", "hold", False)
    ex.add_exercise(store, "Clamshell", "reps", True)
    assert names(store) == ["Plank", "Side plank", "Clamshell", "Hollow hold", "superman"]
    clam = next(r for r in ex.list_exercises(store) if r.name == "Clamshell")
    assert (clam.measure, clam.sided, clam.builtin, clam.key) == ("reps", True, False, None)


def test_hidden_exercises_leave_the_pickers_only(store):
    ex.sync_builtin_exercises(store, [PLANK, SIDE_PLANK])
    plank = ex.exercise_by_key(store, "plank")
    ex.set_exercise_hidden(store, plank.id, True)
    assert [r.name for r in ex.list_exercises(store, include_hidden=False)] == ["Side plank"]
    assert names(store) == ["Plank", "Side plank"]
    ex.set_exercise_hidden(store, plank.id, False)
    assert [r.name for r in ex.list_exercises(store, include_hidden=False)] == names(store)


def test_list_by_measure(store):
    ex.sync_builtin_exercises(store, [PLANK, BIRD_DOG])
    assert [r.key for r in ex.list_exercises(store, measure="hold")] == ["plank"]


def test_sets_count_only_sessions_not_deleted(store):
    ex.sync_builtin_exercises(store, [PLANK])
    plank = ex.exercise_by_key(store, "plank")
    one_session(store, plank.id)
    gone = one_session(store, plank.id)
    store_core.set_session_deleted(store, gone, True)
    assert ex.get_exercise(store, plank.id).sets == 1
    use = ex.exercise_use(store, plank.id)
    assert (use.live_sets, use.all_sets, use.workouts, use.in_use) == (1, 2, 0, True)


def test_an_exercise_in_use_cannot_be_deleted(store):
    mine = ex.add_exercise(store, "Superman", "hold", False)
    one_session(store, mine)
    with pytest.raises(ex.ExerciseInUseError) as refused:
        ex.delete_exercise(store, mine)
    assert refused.value.use.live_sets == 1
    assert "Superman" in names(store)


def test_an_exercise_used_only_by_a_deleted_session_cannot_be_deleted_either(store):
    mine = ex.add_exercise(store, "Superman", "hold", False)
    store_core.set_session_deleted(store, one_session(store, mine), True)
    with pytest.raises(ex.ExerciseInUseError):
        ex.delete_exercise(store, mine)


def test_an_exercise_with_a_timer_workout_cannot_be_deleted(store):
    mine = ex.add_exercise(store, "Hollow hold", "hold", False)
    values = FinishedWorkout(
        exercise_id=mine,
        mode="countdown",
        target_hold_ms=30_000,
        planned_sets=1,
        rest_ms=0,
        prep_ms=5_000,
        alternate_sides=False,
        completed=True,
        started_at=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
        holds=(TimerHold(30_000),),
    )
    saved = store_timer.save_timer_workout(store, values, date(2024, 6, 3))
    with store.write() as session:  # the user removed the set, the workout stays
        from corelog.store.models import CoreSet

        session.delete(session.get(CoreSet, saved.set_ids[0]))
    use = ex.exercise_use(store, mine)
    assert (use.all_sets, use.workouts) == (0, 1)
    with pytest.raises(ex.ExerciseInUseError):
        ex.delete_exercise(store, mine)


def test_delete_and_restore_give_back_the_same_row_and_its_presets(store):
    mine = ex.add_exercise(store, "Hollow hold", "hold", False)
    with store.write() as session:
        session.add(TimerPreset(name="Hollow 3 x 20 s", exercise_id=mine, hold_ms=20_000))
    before = ex.get_exercise(store, mine)
    preset_before = tuple(store.reader.one("SELECT * FROM timer_preset"))
    deleted = ex.delete_exercise(store, mine)
    assert ex.get_exercise(store, mine) is None
    assert store.reader.scalar("SELECT COUNT(*) FROM timer_preset") == 0
    assert {r[0] for r in store.reader.all("SELECT kind FROM tombstone")} == {
        "exercise",
        "timer_preset",
    }
    ex.restore_exercise(store, deleted)
    assert ex.get_exercise(store, mine) == before
    # The same row, id and uuid; bringing it back is a change of its own (updated_at).
    preset_after = tuple(store.reader.one("SELECT * FROM timer_preset"))
    assert preset_after[:-1] == preset_before[:-1]
    assert preset_after[-1] > preset_before[-1]
    assert store.reader.scalar("SELECT count(*) FROM tombstone") == 0


def test_rename_and_hide_an_exercise_that_is_gone_fail_clearly(store):
    with pytest.raises(LookupError):
        ex.rename_exercise(store, 99, "x")
    with pytest.raises(LookupError):
        ex.set_exercise_hidden(store, 99, True)
    with pytest.raises(LookupError):
        ex.delete_exercise(store, 99)


def test_exercise_names_include_hidden_ones(store):
    mine = ex.add_exercise(store, "Superman", "hold", False)
    ex.set_exercise_hidden(store, mine, True)
    assert ex.exercise_names(store) == {mine: "Superman"}
