"""What the plank timer gets from core sessions: bests, recent workouts, one-step saves."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.services import core, core_form, core_text, core_week, timer_workouts
from corelog.services import exercises as lib

CEST = timezone(timedelta(hours=2))
TODAY = date(2024, 6, 5)


@pytest.fixture
def ids(store) -> dict[str, int]:
    return {row.key: row.id for row in lib.library(store)}


def finished(exercise_id, holds, *, start=datetime(2024, 6, 5, 18, 0, tzinfo=CEST), **kw):
    plan = {
        "mode": "countdown",
        "target_hold_ms": 45_000,
        "planned_sets": 3,
        "rest_ms": 30_000,
        "prep_ms": 5_000,
        "alternate_sides": False,
        "completed": False,
    }
    plan.update(kw)
    return FinishedWorkout(exercise_id=exercise_id, started_at=start, holds=holds, **plan)


def rows(store) -> dict[str, list[tuple]]:
    return {
        t: [tuple(r) for r in store.reader.all(f"SELECT * FROM {t} ORDER BY id")]
        for t in ("core_session", "core_set", "timer_workout")
    }


def values(store) -> dict[str, list[tuple]]:
    """:func:`rows` without ``updated_at``: Undo and Redo put back the very same rows,
    but each is a change of its own, made now, so that another computer learns of it."""
    return values_of(store, rows(store))


def values_of(store, table_rows_by_table: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    out = {}
    for table, table_rows in table_rows_by_table.items():
        columns = [r["name"] for r in store.reader.all(f"PRAGMA table_info({table})")]
        at = columns.index("updated_at")
        out[table] = [row[:at] + row[at + 1 :] for row in table_rows]
    return out


def test_a_finished_workout_lands_in_a_new_session_of_today(store, ids):
    holds = [
        TimerHold(45_003),
        TimerHold(45_001),
        TimerHold(31_250, interrupted=True),
    ]
    saved = timer_workouts.save_timer_workout(
        store, finished(ids["plank"], holds, duration_s=190), TODAY
    )
    session = core.get_session(store, saved.session_id)
    assert saved.session_created
    assert session.local_start == datetime(2024, 6, 5, 18, 0, tzinfo=CEST)
    assert session.duration_s == 190
    assert core_text.describe_sets(session.sets) == "Plank 45 s, 45 s, 31 s"
    assert [s.interrupted for s in session.sets] == [False, False, True]


def test_a_second_workout_extends_the_same_session(store, ids):
    first = timer_workouts.save_timer_workout(
        store, finished(ids["plank"], [TimerHold(45_000)]), TODAY
    )
    side = finished(
        ids["side_plank"],
        [TimerHold(30_000, "left"), TimerHold(30_000, "right")],
        start=datetime(2024, 6, 5, 18, 10, tzinfo=CEST),
        target_hold_ms=30_000,
        planned_sets=1,
        alternate_sides=True,
        completed=True,
    )
    second = timer_workouts.save_timer_workout(store, side, TODAY)
    assert second.session_id == first.session_id and not second.session_created
    session = core.get_session(store, first.session_id)
    assert core_text.describe_sets(session.sets) == "Plank 45 s · Side plank 1 × 30 s each side"
    assert core_week.core_week_progress(store, TODAY).sessions == 1


def test_save_undo_redo_as_an_operation(store, ids):
    before = values(store)
    op = timer_workouts.SaveTimerWorkout(store, finished(ids["plank"], [TimerHold(45_000)]), TODAY)
    saved = op.do()
    after = values(store)
    op.undo()
    assert values(store) == before
    assert op.do() == saved
    assert values(store) == after
    op.undo()
    assert values(store) == before


def test_undo_of_an_extending_save_leaves_the_session_as_it_was(store, ids):
    first = timer_workouts.SaveTimerWorkout(
        store, finished(ids["plank"], [TimerHold(45_000)]), TODAY
    )
    first.do()
    before = rows(store)
    second = timer_workouts.SaveTimerWorkout(
        store, finished(ids["plank"], [TimerHold(50_000)]), TODAY
    )
    second.do()
    second.undo()
    assert values(store) == values_of(store, before)
    # The undo is a change of the session (its sets went), made now.
    assert rows(store)["core_session"][0] != before["core_session"][0]


@pytest.mark.parametrize(
    ("key", "holds", "words"),
    [
        ("plank", [], "at least one hold"),
        ("plank", [TimerHold(0)], "longer than zero"),
        ("plank", [TimerHold(45_000), TimerHold(30 * 60 * 1000 + 1)], "30 minutes"),
        ("plank", [TimerHold(45_000, "middle")], "side"),
        ("bird_dog", [TimerHold(45_000)], "reps"),
    ],
)
def test_a_workout_that_cannot_be_stored_writes_nothing(store, ids, key, holds, words):
    with pytest.raises(ValueError, match=words):
        timer_workouts.save_timer_workout(store, finished(ids[key], holds), TODAY)
    assert rows(store) == {"core_session": [], "core_set": [], "timer_workout": []}


def test_count_up_without_a_goal(store, ids):
    saved = timer_workouts.save_timer_workout(
        store,
        finished(ids["plank"], [TimerHold(75_000)], mode="count_up", target_hold_ms=0),
        TODAY,
    )
    (workout,) = timer_workouts.recent_timer_workouts(store, ids["plank"])
    assert workout.id == saved.workout_id
    assert (workout.mode, workout.target_hold_ms, workout.held_to_target) == (
        "count_up",
        None,
        (True,),
    )


def test_personal_best_counts_typed_and_timed_holds_but_not_interrupted_ones(store, ids):
    assert timer_workouts.personal_best_hold(store, ids["plank"]) is None
    timer_workouts.save_timer_workout(
        store,
        finished(ids["plank"], [TimerHold(52_000), TimerHold(80_000, interrupted=True)]),
        TODAY,
    )
    assert timer_workouts.personal_best_hold(store, ids["plank"]).hold_ms == 52_000
    values = core_form.check_session(
        store,
        core_form.SessionForm(
            started_at=datetime(2024, 6, 4, 7, 0, tzinfo=CEST),
            sets=[core_form.SetForm(ids["plank"], "1:00")],
        ),
        datetime(2024, 6, 5, 19, 0, tzinfo=CEST),
    )
    core.AddSession(store, values).do()
    best = timer_workouts.personal_best_hold(store, ids["plank"])
    assert best.hold_ms == 60_000 and best.local_start.date() == date(2024, 6, 4)
    assert set(timer_workouts.personal_best_holds(store)) == {ids["plank"]}


def test_recent_workouts_give_what_progression_needs(store, ids):
    for day, (target, held) in enumerate(
        [(45_000, [45_000, 45_000, 45_000]), (45_000, [45_000, 45_000, 44_000])]
    ):
        timer_workouts.save_timer_workout(
            store,
            finished(
                ids["plank"],
                [TimerHold(h) for h in held],
                start=datetime(2024, 6, 3 + day, 18, 0, tzinfo=CEST),
                target_hold_ms=target,
                completed=min(held) >= target,
            ),
            date(2024, 6, 3 + day),
        )
    recent = timer_workouts.recent_timer_workouts(store, ids["plank"])
    assert [(w.target_hold_ms, w.planned_sets, w.completed) for w in recent] == [
        (45_000, 3, True),
        (45_000, 3, False),
    ]
    assert [w.held_to_target for w in recent] == [(True, True, True), (True, True, False)]
    assert recent[0].local_start < recent[1].local_start


# ------------------------------------------------------------ from the timer's results


def run_timer(plan, *, stop_after_ms=None):
    from corelog.timer import FakeClock, WorkoutTimer

    clock = FakeClock()
    timer = WorkoutTimer(plan, clock=clock.monotonic, wall_clock=clock.wall)
    timer.start()
    started = clock.monotonic_ns
    while (deadline := timer.next_event_ns()) is not None:
        if stop_after_ms is not None and deadline - started > stop_after_ms * 1_000_000:
            clock.advance_to(started + stop_after_ms * 1_000_000)
            timer.update()
            timer.stop()
            break
        clock.advance_to(deadline)
        timer.update()
    return timer


def test_a_full_side_plank_workout_from_the_timer(store, ids):
    from corelog.timer import TimerPlan

    plan = TimerPlan(hold_ms=30_000, sets=2, rest_ms=10_000, prep_ms=5_000, alternate_sides=True)
    timer = run_timer(plan)
    workout = timer_workouts.finished_workout(
        timer.plan,
        timer.results,
        exercise_id=ids["side_plank"],
        started_at=datetime(2024, 6, 5, 18, 0, tzinfo=CEST),
    )
    assert workout.completed and workout.planned_sets == 2 and workout.alternate_sides
    saved = timer_workouts.save_timer_workout(store, workout, TODAY)
    sets = core.get_session(store, saved.session_id).sets
    assert [(s.side, s.hold_ms, s.target_hold_ms, s.interrupted) for s in sets] == [
        ("left", 30_000, 30_000, False),
        ("right", 30_000, 30_000, False),
        ("left", 30_000, 30_000, False),
        ("right", 30_000, 30_000, False),
    ]
    (recent,) = timer_workouts.recent_timer_workouts(store, ids["side_plank"])
    assert recent.completed and recent.held_to_target == (True, True, True, True)


def test_a_workout_stopped_during_a_hold_records_its_real_length(store, ids):
    from corelog.timer import TimerPlan

    plan = TimerPlan(hold_ms=45_000, sets=3, rest_ms=30_000, prep_ms=5_000)
    # prep 5 s, hold 45 s, rest 30 s, then stopped 12.5 s into the second hold
    timer = run_timer(plan, stop_after_ms=5_000 + 45_000 + 30_000 + 12_500)
    workout = timer_workouts.finished_workout(
        timer.plan,
        timer.results,
        exercise_id=ids["plank"],
        started_at=datetime(2024, 6, 5, 18, 0, tzinfo=CEST),
    )
    assert not workout.completed
    assert [(h.held_ms, h.interrupted) for h in workout.holds] == [(45_000, False), (12_500, True)]
    saved = timer_workouts.save_timer_workout(store, workout, TODAY)
    assert [s.hold_ms for s in core.get_session(store, saved.session_id).sets] == [45_000, 12_500]
    assert timer_workouts.personal_best_hold(store, ids["plank"]).hold_ms == 45_000


def test_a_workout_stopped_in_prep_has_nothing_to_save(store, ids):
    from corelog.timer import TimerPlan

    timer = run_timer(
        TimerPlan(hold_ms=45_000, sets=3, rest_ms=30_000, prep_ms=5_000), stop_after_ms=2_000
    )
    assert (
        timer_workouts.finished_workout(
            timer.plan,
            timer.results,
            exercise_id=ids["plank"],
            started_at=datetime(2024, 6, 5, 18, 0, tzinfo=CEST),
        )
        is None
    )
