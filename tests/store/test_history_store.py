"""The whole history read back for the History page: every kind, local times, no deleted rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corelog.store import core, history
from corelog.store import exercises as ex
from corelog.store import runs as run_store
from corelog.store import soreness as sore_store
from corelog.store.history import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.store.models import CoreSet
from corelog.store.runs import RunValues
from soreness_values import soreness_values

SPECS = [
    ex.BuiltinSpec("plank", "Plank", "hold", False),
    ex.BuiltinSpec("side_plank", "Side plank", "hold", True),
    ex.BuiltinSpec("bird_dog", "Bird dog", "reps", False),
]


@pytest.fixture
def lib(store) -> dict[str, int]:
    ex.sync_builtin_exercises(store, SPECS)
    return {row.key: row.id for row in ex.list_exercises(store)}


def add_run(store, at: datetime, offset: int = 120, **kw) -> int:
    values = RunValues(
        started_at=at,
        utc_offset_min=offset,
        distance_m=kw.get("distance_m", 8000),
        duration_s=kw.get("duration_s", 2640),
        run_type=kw.get("run_type", "easy"),
        race_class=kw.get("race_class"),
        effort=kw.get("effort"),
        surface=None,
        elevation_gain_m=None,
        shoe_id=None,
        notes=kw.get("notes", ""),
    )
    return run_store.insert_run(store, values)


def add_session(store, at: datetime, sets, offset: int = 120, **kw) -> int:
    return core.add_session(
        store,
        core.SessionValues(
            started_at=at,
            utc_offset_min=offset,
            duration_s=kw.get("duration_s"),
            effort=kw.get("effort"),
            notes=kw.get("notes", ""),
            sets=tuple(sets),
        ),
    )


def add_soreness(store, at: datetime, region: str = "calves", **kw) -> int:
    return sore_store.insert_entry(
        store,
        soreness_values(
            at,
            kw.get("offset", 120),
            region=region,
            severity=kw.get("severity", 3),
            days_lasted=0,
            notes=kw.get("notes", ""),
        ),
    )


def hold(exercise_id, ms, side=None):
    return core.SetValues(exercise_id, side, None, ms)


def reps(exercise_id, count):
    return core.SetValues(exercise_id, None, count, None)


def test_the_timeline_holds_every_kind_newest_first_in_local_time(store, lib):
    run_id = add_run(
        store,
        datetime(2024, 6, 3, 22, 30, tzinfo=UTC),  # 00:30 on Tue 4 June at UTC+2
        distance_m=10_000,
        duration_s=3000,
        run_type="race",
        race_class="10k",
        effort=9,
        notes="Club 10K",
    )
    session_id = add_session(
        store,
        datetime(2024, 6, 3, 5, 0, tzinfo=UTC),
        [hold(lib["plank"], 45_000), reps(lib["bird_dog"], 10)],
        duration_s=900,
        effort=4,
    )
    entry_id = add_soreness(
        store, datetime(2024, 6, 5, 8, 0, tzinfo=UTC), "calves", severity=4, offset=-300
    )

    timeline = history.load_timeline(store)

    assert len(timeline) == 3
    order = [(timeline.kind[row], timeline.ids[row]) for row in timeline.newest_first]
    assert order == [(KIND_SORENESS, entry_id), (KIND_RUN, run_id), (KIND_CORE, session_id)]
    run_row = timeline.row_of(KIND_RUN, run_id)
    assert run_row is not None
    assert history.local_datetime(timeline.local_s[run_row]) == datetime(2024, 6, 4, 0, 30)
    assert history.local_day(timeline.local_s[run_row]) == date(2024, 6, 4)
    assert timeline.day[run_row] == history.day_number(date(2024, 6, 4))
    assert (timeline.distance_m[run_row], timeline.duration_s[run_row]) == (10_000, 3000)
    assert (timeline.run_type[run_row], timeline.race_class[run_row]) == ("race", "10k")
    assert (timeline.effort[run_row], timeline.notes[run_row]) == (9, "Club 10K")
    core_row = timeline.row_of(KIND_CORE, session_id)
    assert core_row is not None
    assert (timeline.duration_s[core_row], timeline.effort[core_row]) == (900, 4)
    assert timeline.distance_m[core_row] is None
    sore_row = timeline.row_of(KIND_SORENESS, entry_id)
    assert sore_row is not None
    assert history.local_datetime(timeline.local_s[sore_row]) == datetime(2024, 6, 5, 3, 0)
    assert (timeline.region[sore_row], timeline.severity[sore_row]) == ("calves", 4)
    assert timeline.resolved[sore_row] is False
    assert timeline.first_day() == date(2024, 6, 3)
    assert list(timeline.rows_of_kind(KIND_CORE)) == [core_row]


def test_deleted_entries_are_left_out(store, lib):
    kept = add_run(store, datetime(2024, 6, 1, 6, tzinfo=UTC))
    gone = add_run(store, datetime(2024, 6, 2, 6, tzinfo=UTC))
    run_store.delete_runs(store, [gone])
    session_id = add_session(
        store, datetime(2024, 6, 3, 6, tzinfo=UTC), [hold(lib["plank"], 30_000)]
    )
    core.set_session_deleted(store, session_id, True)
    entry_id = add_soreness(store, datetime(2024, 6, 4, 6, tzinfo=UTC))
    sore_store.set_entry_deleted(store, entry_id, True)

    timeline = history.load_timeline(store)

    assert [(timeline.kind[r], timeline.ids[r]) for r in timeline.newest_first] == [
        (KIND_RUN, kept)
    ]
    assert timeline.row_of(KIND_RUN, gone) is None
    assert history.exercises_in_use(store) == []


def test_reloading_one_kind_keeps_the_others(store, lib):
    add_run(store, datetime(2024, 6, 1, 6, tzinfo=UTC))
    before = history.load_timeline(store)
    add_session(store, datetime(2024, 6, 2, 6, tzinfo=UTC), [hold(lib["plank"], 30_000)])
    add_run(store, datetime(2024, 6, 3, 6, tzinfo=UTC))

    after = history.load_timeline(store, previous=before, kinds=[KIND_CORE])

    assert after.parts[0] is before.parts[0]  # runs not re-read: still one run
    assert [after.kind[r] for r in after.newest_first] == [KIND_CORE, KIND_RUN]
    assert len(history.load_timeline(store)) == 3


def test_an_empty_history(store):
    timeline = history.load_timeline(store)
    assert len(timeline) == 0
    assert timeline.newest_first == ()
    assert timeline.first_day() is None
    assert len(history.hold_sets(store)) == 0


def test_sessions_and_exercises_for_the_exercise_filter(store, lib):
    first = add_session(store, datetime(2024, 6, 1, 6, tzinfo=UTC), [hold(lib["plank"], 30_000)])
    second = add_session(
        store,
        datetime(2024, 6, 2, 6, tzinfo=UTC),
        [reps(lib["bird_dog"], 8), hold(lib["plank"], 40_000)],
    )
    only_side = add_session(
        store, datetime(2024, 6, 3, 6, tzinfo=UTC), [hold(lib["side_plank"], 20_000, "left")]
    )
    core.set_session_deleted(store, only_side, True)

    assert history.sessions_with_exercise(store, lib["plank"]) == {first, second}
    assert history.sessions_with_exercise(store, lib["bird_dog"]) == {second}
    used = history.exercises_in_use(store)
    assert [(e.name, e.key) for e in used] == [("Bird dog", "bird_dog"), ("Plank", "plank")]


def test_session_sets_come_in_order(store, lib):
    session_id = add_session(
        store,
        datetime(2024, 6, 1, 6, tzinfo=UTC),
        [
            hold(lib["plank"], 30_000),
            hold(lib["side_plank"], 20_000, "left"),
            hold(lib["side_plank"], 21_000, "right"),
            reps(lib["bird_dog"], 12),
        ],
    )
    empty = add_session(store, datetime(2024, 6, 2, 6, tzinfo=UTC), [], duration_s=600)

    sets = history.session_sets(store, [session_id, empty])

    assert sets[empty] == ()
    assert [(s.exercise_name, s.side, s.hold_ms, s.reps) for s in sets[session_id]] == [
        ("Plank", None, 30_000, None),
        ("Side plank", "left", 20_000, None),
        ("Side plank", "right", 21_000, None),
        ("Bird dog", None, None, 12),
    ]


def test_hold_sets_skip_interrupted_holds_and_reps(store, lib):
    session_id = add_session(
        store,
        datetime(2024, 6, 1, 6, tzinfo=UTC),
        [hold(lib["plank"], 30_000), hold(lib["plank"], 50_000), reps(lib["bird_dog"], 8)],
    )
    with store.write() as session:
        cut = session.get(CoreSet, core.get_session(store, session_id).sets[1].id)
        cut.interrupted = True

    holds = history.hold_sets(store)

    assert list(zip(holds.session_ids, holds.exercise_ids, holds.hold_ms, strict=True)) == [
        (session_id, lib["plank"], 30_000)
    ]
    assert holds.names == {lib["plank"]: "Plank"}


def test_set_counts_for_sessions_without_a_duration(store, lib):
    timed = add_session(
        store, datetime(2024, 6, 1, 6, tzinfo=UTC), [hold(lib["plank"], 30_000)], duration_s=600
    )
    untimed = add_session(
        store,
        datetime(2024, 6, 2, 6, tzinfo=UTC),
        [hold(lib["plank"], 30_000), reps(lib["bird_dog"], 5)],
    )
    assert history.set_counts(store) == {untimed: 2}
    assert history.set_counts(store, without_duration_only=False) == {timed: 1, untimed: 2}


def test_holds_read_a_slice_at_a_time_add_up_to_all(store, lib):
    for day in range(1, 6):
        add_session(
            store,
            datetime(2024, 6, day, 6, tzinfo=UTC),
            [
                hold(lib["plank"], 30_000 + day),
                reps(lib["bird_dog"], 8),
                hold(lib["plank"], 40_000),
            ],
        )
    everything = history.hold_sets(store)
    assert len(everything) == 10
    slices = history.HoldSets()
    while True:
        more = history.hold_sets(store, after_id=slices.last_id, limit=3)
        slices = slices.joined(more)
        if len(more) < 3:
            break
    assert slices == everything
    assert history.hold_sets(store, after_id=everything.last_id) == history.HoldSets(
        last_id=everything.last_id
    )
