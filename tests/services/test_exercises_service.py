"""The exercise library as the user meets it: built-ins from the documents, their own, undo."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import exercises as lib
from corelog.store import core as store_core
from corelog.store import exercises as store_exercises


def use_once(store, exercise_id: int, *, deleted: bool = False) -> int:
    row = store_exercises.get_exercise(store, exercise_id)
    values = store_core.SessionValues(
        started_at=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
        utc_offset_min=0,
        duration_s=None,
        effort=None,
        notes="",
        sets=(
            store_core.SetValues(
                exercise_id,
                "left" if row.sided else None,
                10 if row.measure == "reps" else None,
                45_000 if row.measure == "hold" else None,
            ),
        ),
    )
    session_id = store_core.add_session(store, values)
    if deleted:
        store_core.set_session_deleted(store, session_id, True)
    return session_id


def test_the_library_holds_every_exercise_of_the_knowledge_base_in_its_order(store):
    rows = lib.library(store)
    kb = get_knowledge()
    assert [r.key for r in rows] == [e.key for e in kb.exercises]
    assert [r.name for r in rows][:3] == ["Plank", "Side plank", "Bird dog"]
    side = lib.exercise_by_key(store, "side_plank")
    assert side.sided and side.measure == "hold"
    assert lib.knowledge_for(side).dose.sets_max == 3
    assert {"plank", "side_plank", "bird_dog", "dead_bug", "glute_bridge"} <= {r.key for r in rows}


def test_the_library_is_synced_once_per_open_database(store):
    lib.library(store)
    plank = lib.exercise_by_key(store, "plank")
    with store.write() as session:  # something outside CoreLog's rules removes a built-in
        from corelog.store.models import Exercise

        session.delete(session.get(Exercise, lib.exercise_by_key(store, "leg_raise").id))
    lib.ensure_library(store)
    assert lib.exercise_by_key(store, "leg_raise") is None
    lib.sync_library(store)
    assert lib.exercise_by_key(store, "leg_raise") is not None
    assert lib.exercise_by_key(store, "plank").id == plank.id


def test_a_renamed_built_in_keeps_its_name_and_its_place(store):
    plank = lib.exercise_by_key(store, "plank")
    name = lib.check_rename(store, plank.id, "  Front   plank ")
    assert name == "Front plank"
    lib.RenameExercise(store, plank.id, name).do()
    lib.sync_library(store)
    rows = lib.library(store)
    assert (rows[0].key, rows[0].name) == ("plank", "Front plank")
    assert lib.knowledge_for(rows[0]).name == "Plank"


def test_own_exercises_come_after_the_built_ins_and_have_no_documents(store):
    new = lib.check_new_exercise(store, "Superman", "hold", False)
    exercise_id = lib.AddExercise(store, new).do()
    rows = lib.library(store)
    assert rows[-1].id == exercise_id and rows[-1].name == "Superman"
    assert lib.knowledge_for(rows[-1]) is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Give the exercise a name."),
        ("   ", "Give the exercise a name."),
        ("x" * 81, "Keep the name to 80 characters or fewer."),
        ("plank", "There is already an exercise called “Plank”."),
        ("  SIDE   Plank", "There is already an exercise called “Side plank”."),
    ],
)
def test_bad_names_are_refused_at_the_field(store, name, message):
    lib.library(store)
    result = lib.check_new_exercise(store, name, "hold", False)
    assert isinstance(result, Invalid)
    assert result.errors["name"] == message


def test_a_duplicate_of_a_hidden_or_own_exercise_is_refused_too(store):
    first = lib.AddExercise(store, lib.check_new_exercise(store, "Superman", "hold", False))
    lib.SetExerciseHidden(store, first.do(), True).do()
    result = lib.check_new_exercise(store, "superman", "reps", False)
    assert result.errors == {"name": "There is already an exercise called “Superman”."}


def test_the_measure_must_be_chosen(store):
    result = lib.check_new_exercise(store, "Superman", None, False)
    assert result.errors == {"measure": "Choose whether it is done for reps or held for a time."}


def test_renaming_may_change_only_the_capitals_but_not_take_another_name(store):
    plank = lib.exercise_by_key(store, "plank")
    assert lib.check_rename(store, plank.id, "PLANK") == "PLANK"
    refused = lib.check_rename(store, plank.id, "dead bug")
    assert refused.errors == {"name": "There is already an exercise called “Dead bug”."}
    assert lib.check_rename(store, plank.id, "").errors == {"name": "Give the exercise a name."}


def test_add_undo_redo_keeps_the_same_exercise(store):
    op = lib.AddExercise(store, lib.check_new_exercise(store, "Clamshell", "reps", True))
    exercise_id = op.do()
    row = lib.exercise(store, exercise_id)
    op.undo()
    assert lib.exercise(store, exercise_id) is None
    assert op.do() == exercise_id
    assert lib.exercise(store, exercise_id) == row


def test_rename_and_hide_undo(store):
    plank = lib.exercise_by_key(store, "plank")
    rename = lib.RenameExercise(store, plank.id, "Front plank")
    rename.do()
    hide = lib.SetExerciseHidden(store, plank.id, True)
    hide.do()
    assert plank.id not in {r.id for r in lib.library(store, include_hidden=False)}
    hide.undo()
    rename.undo()
    assert lib.exercise(store, plank.id) == plank


def test_built_ins_cannot_be_deleted(store):
    bird = lib.exercise_by_key(store, "bird_dog")
    assert lib.delete_refusal(store, bird.id) == (
        "“Bird dog” is part of CoreLog's exercise library and can't be deleted. "
        "Hide it instead to take it out of the lists."
    )
    use_once(store, bird.id)
    use_once(store, bird.id)
    assert lib.delete_refusal(store, bird.id) == (
        "“Bird dog” is used by 2 sets, so it can't be deleted. "
        "Hide it instead: it leaves the lists and its sets stay."
    )


def test_own_exercises_can_be_deleted_only_while_unused(store):
    exercise_id = lib.AddExercise(
        store, lib.check_new_exercise(store, "Superman", "hold", False)
    ).do()
    assert lib.delete_refusal(store, exercise_id) is None
    session_id = use_once(store, exercise_id)
    assert lib.delete_refusal(store, exercise_id) == (
        "“Superman” is used by 1 set, so it can't be deleted. "
        "Hide it instead: it leaves the lists and its sets stay."
    )
    store_core.set_session_deleted(store, session_id, True)
    assert lib.delete_refusal(store, exercise_id) == (
        "“Superman” is still used by a deleted session that Undo can bring back, "
        "so it can't be deleted yet. Hide it instead."
    )


def test_delete_and_undo(store):
    exercise_id = lib.AddExercise(
        store, lib.check_new_exercise(store, "Superman", "hold", False)
    ).do()
    row = lib.exercise(store, exercise_id)
    op = lib.DeleteExercise(store, exercise_id)
    op.do()
    assert lib.exercise(store, exercise_id) is None
    assert lib.delete_refusal(store, exercise_id) == "That exercise is no longer in the library."
    op.undo()
    assert lib.exercise(store, exercise_id) == row


def test_undoing_an_add_after_its_session_was_undone_hides_it_instead(store):
    op = lib.AddExercise(store, lib.check_new_exercise(store, "Superman", "hold", False))
    exercise_id = op.do()
    use_once(store, exercise_id, deleted=True)  # logged, then that log undone
    op.undo()
    assert lib.exercise(store, exercise_id).hidden
    assert exercise_id not in {r.id for r in lib.library(store, include_hidden=False)}
    assert op.do() == exercise_id
    assert not lib.exercise(store, exercise_id).hidden
