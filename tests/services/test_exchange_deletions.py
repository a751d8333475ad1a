"""Two computers exchange files: deletions travel with "the newer change wins", and
everything the user made (presets, their exercises, built-in renames, shoe retirement)
arrives; an entry made on both under one name stays one entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from exchange_world import Computer, check_sound, send, session_values, view

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.services import core
from corelog.store import presets as preset_store
from corelog.store import runs as run_store
from corelog.store import soreness as soreness_store
from corelog.store.runs import RunValues
from corelog.timer import TimerMode, TimerPlan
from soreness_values import follow_up_values, soreness_values

START = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)


@pytest.fixture
def a(tmp_path):
    computer = Computer.open(tmp_path, "a")
    yield computer
    computer.close()


@pytest.fixture
def b(tmp_path):
    computer = Computer.open(tmp_path, "b")
    yield computer
    computer.close()


def run(notes: str = "", km: float = 10.0) -> RunValues:
    return RunValues(START, 60, km * 1000, km * 300, "easy", None, 5, "road", None, None, notes)


def uuid_of(computer: Computer, table: str, row_id: int) -> str:
    return computer.store.reader.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))


def live(computer: Computer, table: str) -> set[str]:
    where = " WHERE deleted_at IS NULL" if table in ("run", "core_session", "shoe") else ""
    return {r[0] for r in computer.store.reader.all(f"SELECT uuid FROM {table}{where}")}


def in_step(a: Computer, b: Computer) -> None:
    """Both computers hold the same log, entry for entry (a round trip both ways)."""
    send(a, b)
    send(b, a)
    assert view(a) == view(b)
    check_sound(a)
    check_sound(b)


def test_a_deletion_made_after_the_other_copy_changed_removes_it(a, b):
    a.add_run(run("tempo"))
    send(a, b)
    (run_id,) = b.live_runs()
    uuid = uuid_of(b, "run", run_id)
    b.delete_run(run_id)
    result = send(b, a)
    assert uuid not in live(a, "run")
    assert result.counts.deleted["runs"] == 1
    assert "deleted 1" in result.summary
    # An older file from A (made before the deletion) does not bring it back to B.
    old = a.folder / "a-1.json"
    again = b.import_file(old)
    assert uuid not in live(b, "run")
    assert not again.counts.changed
    in_step(a, b)


def test_an_edit_made_after_the_deletion_restores_the_entry(a, b):
    a.add_run(run("first"))
    send(a, b)
    (on_b,) = b.live_runs()
    b.delete_run(on_b)
    (on_a,) = a.live_runs()
    a.edit_run(on_a, run("edited after B deleted it"))  # later than B's deletion
    send(a, b)
    assert run_store.get_run(b.store, on_b).notes == "edited after B deleted it"
    send(b, a)
    assert run_store.get_run(a.store, on_a).notes == "edited after B deleted it"
    in_step(a, b)


def test_a_deletion_older_than_the_edit_here_is_not_applied(a, b):
    a.add_run(run("first"))
    send(a, b)
    (on_b,) = b.live_runs()
    b.delete_run(on_b)
    deleted_file = b.export()
    (on_a,) = a.live_runs()
    a.edit_run(on_a, run("kept"))
    result = a.import_file(deleted_file)
    assert run_store.get_run(a.store, on_a).notes == "kept"
    assert result.counts.kept["runs"] == 1


def test_undo_of_a_deletion_travels_as_a_change(a, b):
    a.add_run(run("back again"))
    (on_a,) = a.live_runs()
    a.delete_run(on_a)
    send(a, b)  # B learns of the deletion
    a.undo()  # A brings it back
    send(a, b)
    assert len(b.live_runs()) == 1
    in_step(a, b)


@pytest.fixture
def plank(a, b) -> dict[str, int]:
    return {
        name: c.store.reader.scalar("SELECT id FROM exercise WHERE key = 'plank'")
        for name, c in (("a", a), ("b", b))
    }


def test_a_set_and_a_follow_up_deleted_on_one_computer_go_on_the_other(a, b, plank):
    measures = {plank["a"]: "hold"}
    a.add_session(
        session_values([plank["a"]], START, 60, "", [45_000, 50_000], measures, {plank["a"]: False})
    )
    a.add_soreness(soreness_values(START, 60))
    (entry,) = a.live_soreness()
    a.add_follow_up(entry, follow_up_values(START, 60))
    send(a, b)
    (session_b,) = b.live_sessions()
    stored = core.get_session(b.store, session_b)
    keep = stored.sets[0]
    measures_b = {plank["b"]: "hold"}
    b.edit_session(
        session_b,
        session_values(
            [plank["b"]], START, 60, "", [45_000], measures_b, {plank["b"]: False}, keep=[keep.id]
        ),
    )
    follow_up = b.store.reader.scalar("SELECT id FROM soreness_update")
    soreness_store.delete_update(b.store, follow_up)
    send(b, a)
    (session_a,) = a.live_sessions()
    assert [s.uuid for s in core.get_session(a.store, session_a).sets] == [keep.uuid]
    assert a.store.reader.scalar("SELECT count(*) FROM soreness_update") == 0
    in_step(a, b)


def test_sets_added_on_both_computers_are_all_kept(a, b, plank):
    """Per-set merge: neither computer's new set is lost to the other's newer session."""
    hold = {plank["a"]: "hold", plank["b"]: "hold"}
    sided = {plank["a"]: False, plank["b"]: False}
    a.add_session(session_values([plank["a"]], START, 60, "", [45_000], hold, sided))
    send(a, b)
    (sa,) = a.live_sessions()
    (sb,) = b.live_sessions()
    first_a = core.get_session(a.store, sa).sets[0].id
    first_b = core.get_session(b.store, sb).sets[0].id
    b.edit_session(
        sb, session_values([plank["b"]], START, 60, "", [45_000, 30_000], hold, sided, [first_b])
    )
    a.edit_session(
        sa, session_values([plank["a"]], START, 60, "a", [45_000, 60_000], hold, sided, [first_a])
    )
    in_step(a, b)
    assert sorted(s.hold_ms for s in core.get_session(a.store, sa).sets) == [
        30_000,
        45_000,
        60_000,
    ]


def test_undoing_a_timer_save_deletes_its_holds_on_the_other_computer(a, b, plank):
    workout = FinishedWorkout(
        exercise_id=plank["a"],
        mode="countdown",
        target_hold_ms=45_000,
        planned_sets=2,
        rest_ms=30_000,
        prep_ms=5_000,
        alternate_sides=False,
        completed=True,
        started_at=START,
        holds=[TimerHold(45_000), TimerHold(46_000)],
    )
    a.timer_save(workout, date(2026, 3, 2))
    send(a, b)
    assert len(b.live_sessions()) == 1
    a.undo()
    send(a, b)
    assert b.live_sessions() == []
    assert b.store.reader.scalar("SELECT count(*) FROM timer_workout") == 0
    in_step(a, b)


def test_a_pair_in_use_here_is_not_deleted_and_comes_back_there(a, b):
    a.add_shoe("Trail pair", 0)
    send(a, b)
    (shoe_a,) = a.live_shoes()
    (shoe_b,) = b.live_shoes()
    a.delete_shoe(shoe_a)  # A never ran in them
    b.add_run(RunValues(START, 60, 8000.0, 2400.0, "easy", None, None, None, None, shoe_b, ""))
    result = send(a, b)
    assert b.live_shoes() == [shoe_b]
    assert result.counts.kept["shoes"] == 1
    send(b, a)
    assert a.live_shoes() == [shoe_a]  # B's run needs it
    in_step(a, b)


def test_presets_own_exercises_builtin_renames_and_retirement_travel(a, b, plank):
    a.add_exercise("Hollow hold", "hold", False)
    (hollow,) = a.own_exercises()
    a.save_preset("Hollow 3 × 20 s", hollow, TimerPlan(hold_ms=20_000, rest_ms=15_000))
    a.rename_exercise(plank["a"], "Front plank")
    a.hide_exercise(plank["a"], True)
    a.add_shoe("Road pair", 120_000)
    (shoe,) = a.live_shoes()
    a.retire_shoe(shoe, True)
    send(a, b)
    (preset,) = preset_store.list_presets(b.store)
    assert (preset.name, preset.exercise_name, preset.hold_ms, preset.rest_ms) == (
        "Hollow 3 × 20 s",
        "Hollow hold",
        20_000,
        15_000,
    )
    builtin = b.store.reader.one("SELECT name, hidden FROM exercise WHERE key = 'plank'")
    assert tuple(builtin) == ("Front plank", 1)
    assert b.store.reader.scalar("SELECT retired FROM shoe") == 1
    in_step(a, b)
    a.delete_preset(a.preset_ids()[0])
    send(a, b)
    assert b.preset_ids() == []
    in_step(a, b)


def test_an_exercise_deleted_there_stays_while_sets_here_use_it(a, b):
    a.add_exercise("Hollow hold", "hold", False)
    send(a, b)
    (mine_a,) = a.own_exercises()
    (mine_b,) = b.own_exercises()
    a.delete_exercise(mine_a)
    hold, sided = {mine_b: "hold"}, {mine_b: False}
    b.add_session(session_values([mine_b], START, 60, "", [30_000], hold, sided))
    send(a, b)
    assert b.own_exercises() == [mine_b]
    send(b, a)
    assert len(a.own_exercises()) == 1
    in_step(a, b)


@pytest.mark.parametrize("first", ["a", "b"])
def test_the_same_name_made_on_both_is_one_entry_with_one_uuid(a, b, first):
    a.add_shoe("Daily trainer", 0)
    b.add_shoe("daily trainer", 50_000)
    a.add_exercise("Hollow hold", "hold", False)
    b.add_exercise("Hollow hold", "hold", False)
    (hollow_a,), (hollow_b,) = a.own_exercises(), b.own_exercises()
    plan = TimerPlan(hold_ms=30_000, mode=TimerMode.COUNT_UP, sets=2)
    a.save_preset("Evening", hollow_a, plan)
    b.save_preset("evening", hollow_b, plan)
    one, other = (a, b) if first == "a" else (b, a)
    in_step(one, other)
    assert len(a.live_shoes()) == len(b.live_shoes()) == 1
    assert len(a.own_exercises()) == 1 and len(a.preset_ids()) == 1
    # Deleting it on one computer now deletes it on the other too.
    (shoe,) = one.live_shoes()
    one.delete_shoe(shoe)
    send(one, other)
    assert other.live_shoes() == []
    in_step(a, b)


def test_a_name_taken_by_a_different_exercise_gets_imported_and_travels_back(a, b):
    a.add_exercise("Hollow", "hold", False)
    b.add_exercise("Hollow", "reps", False)
    in_step(a, b)
    names = sorted(r[0] for r in a.store.reader.all("SELECT name FROM exercise WHERE builtin = 0"))
    assert names == ["Hollow", "Hollow (imported)"]


def test_a_tombstone_travels_after_its_row_is_purged(a, b):
    a.add_run(run("gone"))
    send(a, b)
    (on_a,) = a.live_runs()
    a.delete_run(on_a)
    with a.store.write() as session:
        session.connection().exec_driver_sql("DELETE FROM run")
    send(a, b)
    assert b.live_runs() == []


def test_a_second_import_changes_nothing(a, b, plank):
    a.add_run(run("x"))
    hold, sided = {plank["a"]: "hold"}, {plank["a"]: False}
    a.add_session(session_values([plank["a"]], START, -300, "n", [45_000], hold, sided))
    path = a.export()
    first = b.import_file(path)
    assert first.counts.changed
    before = view(b)
    again = b.import_file(path)
    assert not again.counts.changed
    assert view(b) == before


def test_a_reference_filled_in_when_its_target_arrives(a, b):
    """A soreness entry's run, deleted when the entry first travelled and brought back
    later by Undo, is linked on the other computer too once the run arrives."""
    a.add_run(run("before the soreness"))
    (run_id,) = a.live_runs()
    a.add_soreness(
        soreness_values(
            START + timedelta(hours=3),
            60,
            onset="hours",
            trend="steady",
            days_lasted=0,
            run_id=run_id,
        )
    )
    a.delete_run(run_id)
    send(a, b)
    a.undo()
    in_step(a, b)
    linked = b.store.reader.scalar("SELECT run_id FROM soreness_entry")
    assert linked is not None


def test_two_presets_that_swapped_names_elsewhere_swap_here_too(a, b, plank):
    a.save_preset("Morning", plank["a"], TimerPlan(hold_ms=45_000))
    a.save_preset("Evening", plank["a"], TimerPlan(hold_ms=30_000))
    send(a, b)
    morning, evening = sorted(b.preset_ids())
    for preset_id, name in ((morning, "Swap"), (evening, "Morning"), (morning, "Evening")):
        row = preset_store.get_preset(b.store, preset_id)
        preset_store.update_preset(b.store, preset_id, replace(row.values, name=name))
    send(b, a)
    names = {p.name: p.hold_ms for p in preset_store.list_presets(a.store)}
    assert names == {"Evening": 45_000, "Morning": 30_000}
    in_step(a, b)
