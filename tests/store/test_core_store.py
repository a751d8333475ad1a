"""Core sessions and sets in the database, and what the plank timer saves and reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.timeutil import fixed_offset
from corelog.store import core, timer_workouts
from corelog.store import exercises as ex
from corelog.store.timestamps import format_timestamp, parse_timestamp

SPECS = [
    ex.BuiltinSpec("plank", "Plank", "hold", False),
    ex.BuiltinSpec("side_plank", "Side plank", "hold", True),
    ex.BuiltinSpec("bird_dog", "Bird dog", "reps", False),
]


@pytest.fixture
def lib(store) -> dict[str, int]:
    ex.sync_builtin_exercises(store, SPECS)
    return {row.key: row.id for row in ex.list_exercises(store)}


def session_values(sets, *, start=datetime(2024, 6, 3, 5, 10, tzinfo=UTC), offset=120, **kw):
    return core.SessionValues(
        started_at=start,
        utc_offset_min=offset,
        duration_s=kw.get("duration_s"),
        effort=kw.get("effort"),
        notes=kw.get("notes", ""),
        sets=tuple(sets),
    )


def hold(exercise_id, ms, side=None, set_id=None):
    return core.SetValues(exercise_id, side, None, ms, set_id)


def reps(exercise_id, count, set_id=None):
    return core.SetValues(exercise_id, None, count, None, set_id)


def workout(exercise_id, holds, *, start, offset=0, target=45_000, sets=3, alternate=False):
    return FinishedWorkout(
        exercise_id=exercise_id,
        mode="countdown",
        target_hold_ms=target,
        planned_sets=sets,
        rest_ms=30_000,
        prep_ms=5_000,
        alternate_sides=alternate,
        completed=all(not h.interrupted and h.held_ms >= target for h in holds),
        started_at=start.astimezone(fixed_offset(offset)),
        holds=tuple(holds),
    )


def unstamped(store, rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """``rows`` (from :func:`all_rows`) without their ``updated_at`` column."""
    out = {}
    for table, table_rows in rows.items():
        columns = [c["name"] for c in store.reader.all(f"PRAGMA table_info({table})")]
        at = columns.index("updated_at")
        out[table] = [row[:at] + row[at + 1 :] for row in table_rows]
    return out


def all_rows(store) -> dict[str, list[tuple]]:
    return {
        table: [tuple(r) for r in store.reader.all(f"SELECT * FROM {table} ORDER BY id")]
        for table in ("core_session", "core_set", "timer_workout")
    }


# ------------------------------------------------------------------------- sessions


def test_a_session_reads_back_as_written(store, lib):
    values = session_values(
        [
            hold(lib["plank"], 45_000),
            hold(lib["side_plank"], 30_000, "left"),
            hold(lib["side_plank"], 28_500, "right"),
            reps(lib["bird_dog"], 12),
        ],
        duration_s=1200,
        effort=6,
        notes="Felt strong\nafter an easy run",
    )
    session_id = core.add_session(store, values)
    got = core.get_session(store, session_id)
    assert got.started_at == datetime(2024, 6, 3, 5, 10, tzinfo=UTC)
    assert got.local_start.isoformat() == "2024-06-03T07:10:00+02:00"
    assert (got.duration_s, got.effort, got.notes) == (1200, 6, "Felt strong\nafter an easy run")
    assert [(s.exercise_name, s.side, s.reps, s.hold_ms, s.position) for s in got.sets] == [
        ("Plank", None, None, 45_000, 0),
        ("Side plank", "left", None, 30_000, 1),
        ("Side plank", "right", None, 28_500, 2),
        ("Bird dog", None, 12, None, 3),
    ]
    assert got.sets[1].sided and not got.sets[0].sided
    assert len({got.uuid, *(s.uuid for s in got.sets)}) == 5


def test_sessions_list_newest_first_without_deleted_ones(store, lib):
    day = datetime(2024, 6, 3, 6, 0, tzinfo=UTC)
    ids = [
        core.add_session(
            store, session_values([reps(lib["bird_dog"], n)], start=day + timedelta(days=n))
        )
        for n in (2, 1, 3)
    ]
    core.set_session_deleted(store, ids[1], True)
    listed = core.list_sessions(store)
    assert [s.id for s in listed] == [ids[2], ids[0]]
    assert [s.sets[0].reps for s in listed] == [3, 2]
    assert [s.id for s in core.list_sessions(store, limit=1)] == [ids[2]]
    assert core.latest_session(store).id == ids[2]
    assert core.count_sessions(store) == 2
    assert core.get_session(store, ids[1]) is None
    assert core.get_session(store, ids[1], include_deleted=True).id == ids[1]
    core.set_session_deleted(store, ids[1], False)
    assert core.count_sessions(store) == 3


def test_an_edit_keeps_the_session_and_the_sets_it_keeps(store, lib):
    session_id = core.add_session(
        store, session_values([hold(lib["plank"], 45_000), reps(lib["bird_dog"], 10)])
    )
    before = core.get_session(store, session_id)
    plank, bird = before.sets
    core.update_session(
        store,
        session_id,
        session_values(
            [reps(lib["bird_dog"], 12, set_id=bird.id), hold(lib["plank"], 50_000)],
            effort=7,
            notes="edited",
        ),
    )
    after = core.get_session(store, session_id)
    assert after.uuid == before.uuid and (after.effort, after.notes) == (7, "edited")
    assert [(s.exercise_name, s.reps, s.hold_ms) for s in after.sets] == [
        ("Bird dog", 12, None),
        ("Plank", None, 50_000),
    ]
    assert after.sets[0].uuid == bird.uuid
    assert after.sets[1].uuid not in {plank.uuid, bird.uuid}
    assert store.reader.scalar("SELECT COUNT(*) FROM core_set WHERE id = ?", (plank.id,)) == 0


def test_editing_a_deleted_session_is_refused(store, lib):
    session_id = core.add_session(store, session_values([hold(lib["plank"], 45_000)]))
    core.set_session_deleted(store, session_id, True)
    with pytest.raises(LookupError):
        core.update_session(store, session_id, session_values([hold(lib["plank"], 1_000)]))


LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def stamps(store, table: str, row_id: int) -> tuple[datetime, datetime | None]:
    row = store.reader.all(f"SELECT updated_at, deleted_at FROM {table} WHERE id = ?", (row_id,))[0]
    return parse_timestamp(row["updated_at"]), parse_timestamp(row["deleted_at"])


def age(store, table: str, row_id: int) -> None:
    """Make a row look last changed long ago, so a fresh change to it shows."""
    with store.write() as session:
        session.connection().exec_driver_sql(
            f"UPDATE {table} SET updated_at = ? WHERE id = ?",
            (format_timestamp(LONG_AGO), row_id),
        )


def test_deleting_and_restoring_a_session_mark_it_changed(store, lib):
    session_id = core.add_session(store, session_values([hold(lib["plank"], 45_000)]))
    age(store, "core_session", session_id)
    core.set_session_deleted(store, session_id, True)
    updated, deleted = stamps(store, "core_session", session_id)
    assert deleted is not None and updated == deleted
    age(store, "core_session", session_id)
    core.set_session_deleted(store, session_id, False)
    updated, deleted = stamps(store, "core_session", session_id)
    assert deleted is None and updated > LONG_AGO


def test_a_snapshot_restores_the_exact_rows(store, lib):
    session_id = core.add_session(
        store,
        session_values([hold(lib["plank"], 45_000), reps(lib["bird_dog"], 10)], notes="before"),
    )
    before_rows = all_rows(store)
    snapshot = core.session_snapshot(store, session_id)
    kept = core.get_session(store, session_id).sets[1]
    core.update_session(
        store,
        session_id,
        session_values(
            [reps(lib["bird_dog"], 8, set_id=kept.id), hold(lib["side_plank"], 1, "left")]
        ),
    )
    assert all_rows(store) != before_rows
    removed = {s.uuid for s in core.get_session(store, session_id).sets} - {
        r[1] for r in before_rows["core_set"]
    }
    core.restore_snapshot(store, snapshot)
    # The same rows, ids and uuids, with every value as it was; putting them back is a
    # change of its own, so ``updated_at`` is the moment of the undo, and the set the
    # undo removed leaves its tombstone for other computers.
    assert unstamped(store, all_rows(store)) == unstamped(store, before_rows)
    assert all_rows(store)["core_session"][0][8] > before_rows["core_session"][0][8]
    assert len(removed) == 1
    assert {r[0] for r in store.reader.all("SELECT uuid FROM tombstone")} >= removed


def test_changing_a_timed_sets_exercise_drops_its_timer_link(store, lib):
    start = datetime(2024, 6, 3, 6, 0, tzinfo=UTC)
    saved = timer_workouts.save_timer_workout(
        store, workout(lib["plank"], [TimerHold(45_000)], start=start), date(2024, 6, 3)
    )
    (timed,) = core.get_session(store, saved.session_id).sets
    assert (timed.workout_id, timed.target_hold_ms) == (saved.workout_id, 45_000)
    core.update_session(
        store,
        saved.session_id,
        session_values([hold(lib["plank"], 46_000, set_id=timed.id)], start=start, offset=0),
    )
    same = core.get_session(store, saved.session_id).sets[0]
    assert (same.workout_id, same.target_hold_ms, same.hold_ms) == (
        saved.workout_id,
        45_000,
        46_000,
    )
    core.update_session(
        store,
        saved.session_id,
        session_values([hold(lib["side_plank"], 46_000, "left", set_id=timed.id)], start=start),
    )
    moved = core.get_session(store, saved.session_id).sets[0]
    assert (moved.workout_id, moved.target_hold_ms, moved.uuid) == (None, None, timed.uuid)


def test_session_starts_in_a_range(store, lib):
    base = datetime(2024, 6, 3, 6, 0, tzinfo=UTC)
    for n in range(4):
        core.add_session(
            store,
            session_values(
                [reps(lib["bird_dog"], 10), reps(lib["bird_dog"], 10)],
                start=base + timedelta(days=n),
            ),
        )
    starts = core.session_starts(store, base + timedelta(days=1), base + timedelta(days=3))
    assert [s.started_at for s in starts] == [base + timedelta(days=1), base + timedelta(days=2)]
    assert all(s.sets == 2 for s in starts)
    assert starts[0].local_start.hour == 8


def test_a_set_that_breaks_the_rules_writes_nothing(store, lib):
    with pytest.raises(IntegrityError):
        core.add_session(store, session_values([hold(lib["plank"], 45_000), hold(lib["plank"], 0)]))
    assert store.reader.scalar("SELECT COUNT(*) FROM core_session") == 0
    assert store.reader.scalar("SELECT COUNT(*) FROM core_set") == 0


# --------------------------------------------------------------------- timer saves


def test_a_timer_save_creates_todays_session_when_there_is_none(store, lib):
    start = datetime(2024, 6, 3, 5, 0, tzinfo=UTC)
    holds = [
        TimerHold(45_004),
        TimerHold(45_001),
        TimerHold(20_500, interrupted=True),
    ]
    saved = timer_workouts.save_timer_workout(
        store, workout(lib["plank"], holds, start=start, offset=120), date(2024, 6, 3)
    )
    assert saved.session_created
    session = core.get_session(store, saved.session_id)
    assert session.started_at == start and session.utc_offset_min == 120
    assert [(s.hold_ms, s.target_hold_ms, s.interrupted, s.workout_id) for s in session.sets] == [
        (45_004, 45_000, False, saved.workout_id),
        (45_001, 45_000, False, saved.workout_id),
        (20_500, 45_000, True, saved.workout_id),
    ]
    assert [s.id for s in session.sets] == list(saved.set_ids)
    row = store.reader.one("SELECT * FROM timer_workout WHERE id = ?", (saved.workout_id,))
    assert (row["mode"], row["planned_sets"], row["rest_ms"], row["prep_ms"], row["completed"]) == (
        "countdown",
        3,
        30_000,
        5_000,
        0,
    )


def test_a_timer_save_extends_the_latest_session_of_today(store, lib):
    day = date(2024, 6, 3)
    early = core.add_session(
        store,
        session_values([reps(lib["bird_dog"], 10)], start=datetime(2024, 6, 3, 4, 0, tzinfo=UTC)),
    )
    later = core.add_session(
        store,
        session_values(
            [reps(lib["bird_dog"], 10), reps(lib["bird_dog"], 12)],
            start=datetime(2024, 6, 3, 15, 0, tzinfo=UTC),
        ),
    )
    holds = [TimerHold(30_000, "left"), TimerHold(30_000, "right")]
    saved = timer_workouts.save_timer_workout(
        store,
        workout(
            lib["side_plank"],
            holds,
            start=datetime(2024, 6, 3, 16, 0, tzinfo=UTC),
            target=30_000,
            sets=1,
            alternate=True,
        ),
        day,
    )
    assert not saved.session_created and saved.session_id == later
    sets = core.get_session(store, later).sets
    assert [(s.position, s.exercise_name, s.side) for s in sets] == [
        (0, "Bird dog", None),
        (1, "Bird dog", None),
        (2, "Side plank", "left"),
        (3, "Side plank", "right"),
    ]
    assert len(core.get_session(store, early).sets) == 1


def test_today_is_the_sessions_own_local_day(store, lib):
    # 23:30 on 2 June in UTC+2 is 21:30 UTC on 2 June; 00:30 on 3 June in UTC+2 is 22:30 UTC
    # on 2 June. Only the second one is a session of 3 June.
    core.add_session(
        store,
        session_values([reps(lib["bird_dog"], 5)], start=datetime(2024, 6, 2, 21, 30, tzinfo=UTC)),
    )
    assert timer_workouts.latest_session_on(store, date(2024, 6, 3)) is None
    third = core.add_session(
        store,
        session_values([reps(lib["bird_dog"], 5)], start=datetime(2024, 6, 2, 22, 30, tzinfo=UTC)),
    )
    assert timer_workouts.latest_session_on(store, date(2024, 6, 3)) == third


def test_a_deleted_session_is_not_extended(store, lib):
    gone = core.add_session(store, session_values([reps(lib["bird_dog"], 5)]))
    core.set_session_deleted(store, gone, True)
    saved = timer_workouts.save_timer_workout(
        store,
        workout(
            lib["plank"],
            [TimerHold(45_000)],
            start=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
        ),
        date(2024, 6, 3),
    )
    assert saved.session_created and saved.session_id != gone


@pytest.mark.parametrize("existing", [False, True], ids=["new session", "extended session"])
def test_undo_and_redo_of_a_timer_save_are_exact(store, lib, existing):
    if existing:
        core.add_session(store, session_values([reps(lib["bird_dog"], 5)]))
    before = all_rows(store)
    saved = timer_workouts.save_timer_workout(
        store,
        workout(
            lib["plank"],
            [TimerHold(45_000), TimerHold(40_000)],
            start=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
        ),
        date(2024, 6, 3),
    )
    after = all_rows(store)
    assert saved.session_created is not existing
    timer_workouts.remove_timer_save(store, saved)
    # The same rows as before, ids and uuids too; undo and redo are changes of their own
    # (``updated_at`` moves), and what undo removed leaves tombstones behind.
    assert unstamped(store, all_rows(store)) == unstamped(store, before)
    removed = {r[1] for table in after for r in after[table]} - {
        r[1] for table in before for r in before[table]
    }
    assert {r[0] for r in store.reader.all("SELECT uuid FROM tombstone")} == removed
    timer_workouts.reinstate_timer_save(store, saved)
    assert unstamped(store, all_rows(store)) == unstamped(store, after)
    assert store.reader.scalar("SELECT count(*) FROM tombstone") == 0


def test_a_bad_hold_saves_nothing_of_the_workout(store, lib):
    bad = workout(
        lib["plank"],
        [TimerHold(45_000), TimerHold(0)],
        start=datetime(2024, 6, 3, 6, 0, tzinfo=UTC),
    )
    with pytest.raises(IntegrityError):
        timer_workouts.save_timer_workout(store, bad, date(2024, 6, 3))
    assert all_rows(store) == {"core_session": [], "core_set": [], "timer_workout": []}
    with pytest.raises(ValueError):
        timer_workouts.save_timer_workout(
            store,
            workout(lib["plank"], [], start=datetime(2024, 6, 3, tzinfo=UTC)),
            date(2024, 6, 3),
        )


# ---------------------------------------------------------- bests and recent workouts


def test_personal_best_hold_per_exercise(store, lib):
    base = datetime(2024, 6, 1, 6, 0, tzinfo=UTC)
    first = core.add_session(
        store, session_values([hold(lib["plank"], 50_000), hold(lib["plank"], 40_000)], start=base)
    )
    core.add_session(
        store, session_values([hold(lib["plank"], 50_000)], start=base + timedelta(days=1))
    )
    gone = core.add_session(
        store, session_values([hold(lib["plank"], 90_000)], start=base + timedelta(days=2))
    )
    core.set_session_deleted(store, gone, True)
    timer_workouts.save_timer_workout(
        store,
        workout(
            lib["plank"],
            [TimerHold(70_000, interrupted=True)],
            start=base + timedelta(days=3),
        ),
        date(2024, 6, 4),
    )
    core.add_session(store, session_values([hold(lib["side_plank"], 31_000, "right")], start=base))
    best = timer_workouts.best_holds(store)
    assert set(best) == {lib["plank"], lib["side_plank"]}
    assert (best[lib["plank"]].hold_ms, best[lib["plank"]].session_id) == (50_000, first)
    assert best[lib["side_plank"]].side == "right"
    assert timer_workouts.best_hold(store, lib["plank"]) == best[lib["plank"]]
    assert timer_workouts.best_hold(store, lib["bird_dog"]) is None


def test_recent_timer_workouts_newest_last(store, lib):
    base = datetime(2024, 6, 1, 6, 0, tzinfo=UTC)
    saves = []
    for n, held in enumerate([(45_000, 45_000), (45_000, 44_000), (50_000, 50_002)]):
        target = 50_000 if n == 2 else 45_000
        saves.append(
            timer_workouts.save_timer_workout(
                store,
                workout(
                    lib["plank"],
                    [TimerHold(h) for h in held],
                    start=base + timedelta(days=n),
                    target=target,
                    sets=2,
                ),
                date(2024, 6, 1) + timedelta(days=n),
            )
        )
    timer_workouts.save_timer_workout(
        store,
        workout(
            lib["side_plank"], [TimerHold(30_000, "left")], start=base, target=30_000
        ),
        date(2024, 6, 1),
    )
    recent = timer_workouts.recent_timer_workouts(store, lib["plank"])
    assert [w.id for w in recent] == [s.workout_id for s in saves]
    assert [w.target_hold_ms for w in recent] == [45_000, 45_000, 50_000]
    assert [w.held_to_target for w in recent] == [(True, True), (True, False), (True, True)]
    assert recent[0].planned_sets == 2 and recent[0].rest_ms == 30_000
    assert [w.id for w in timer_workouts.recent_timer_workouts(store, lib["plank"], limit=2)] == [
        saves[1].workout_id,
        saves[2].workout_id,
    ]
    core.set_session_deleted(store, saves[2].session_id, True)
    assert [w.id for w in timer_workouts.recent_timer_workouts(store, lib["plank"])][-1] == saves[
        1
    ].workout_id


def test_an_interrupted_hold_never_reached_its_target(store, lib):
    saved = timer_workouts.save_timer_workout(
        store,
        workout(
            lib["plank"],
            [TimerHold(45_000, interrupted=True)],
            start=datetime(2024, 6, 1, tzinfo=UTC),
        ),
        date(2024, 6, 1),
    )
    (done,) = timer_workouts.recent_timer_workouts(store, lib["plank"])
    assert done.id == saved.workout_id and done.held_to_target == (False,)
