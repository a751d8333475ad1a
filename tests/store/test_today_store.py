"""The Today page's queries: short spans, record candidates, whether anything is logged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from corelog.store import exercises as ex
from corelog.store import today
from corelog.store.models import CoreSession, CoreSet, Run, SorenessEntry

T0 = datetime(2025, 6, 9, 6, 0, tzinfo=UTC)
DELETED = datetime(2025, 6, 20, tzinfo=UTC)
SPECS = [
    ex.BuiltinSpec("plank", "Plank", "hold", False),
    ex.BuiltinSpec("side_plank", "Side plank", "hold", True),
    ex.BuiltinSpec("bird_dog", "Bird dog", "reps", False),
]


@pytest.fixture
def lib(store) -> dict[str, int]:
    ex.sync_builtin_exercises(store, SPECS)
    return {row.key: row.id for row in ex.list_exercises(store)}


def add_run(store, at: datetime, metres: float, seconds: float, *, run_type: str = "easy",
            race_class: str | None = None, deleted: bool = False) -> int:
    with store.write() as session:
        run = Run(started_at=at, utc_offset_min=120, distance_m=metres, duration_s=seconds,
                  run_type=run_type, race_class=race_class,
                  deleted_at=DELETED if deleted else None)
        session.add(run)
        session.flush()
        return run.id


def add_session(store, at: datetime, sets=(), *, deleted: bool = False) -> int:
    """A core session with ``sets`` of (exercise id, hold ms or None, reps or None, interrupted)."""
    with store.write() as session:
        core = CoreSession(started_at=at, utc_offset_min=60, duration_s=900,
                           deleted_at=DELETED if deleted else None)
        session.add(core)
        session.flush()
        for position, (exercise_id, hold_ms, reps, interrupted) in enumerate(sets):
            session.add(CoreSet(session_id=core.id, position=position, exercise_id=exercise_id,
                                hold_ms=hold_ms, reps=reps, interrupted=interrupted))
        return core.id


def add_soreness(store, *, resolved: bool = False, deleted: bool = False) -> int:
    with store.write() as session:
        entry = SorenessEntry(noted_at=T0, region="calves", severity=3, feel="dull",
                              onset="delayed", trend="improving",
                              resolved_at=DELETED if resolved else None,
                              deleted_at=DELETED if deleted else None)
        session.add(entry)
        session.flush()
        return entry.id


def test_runs_between_is_half_open_skips_deleted_and_keeps_the_offset(store):
    before = add_run(store, T0 - timedelta(microseconds=1), 1000, 300)
    first = add_run(store, T0, 5000, 1500)
    add_run(store, T0 + timedelta(hours=1), 6000, 1800, deleted=True)
    last = add_run(store, T0 + timedelta(days=1), 7000, 2100)
    add_run(store, T0 + timedelta(days=2), 8000, 2400)
    found = today.runs_between(store, T0, T0 + timedelta(days=2))
    assert [r.id for r in found] == [first, last]
    assert before not in [r.id for r in found]
    assert found[0].started_at == T0
    assert found[0].utc_offset_min == 120
    assert (found[0].distance_m, found[0].duration_s, found[0].run_type) == (5000, 1500, "easy")


def test_sessions_between_is_half_open_and_skips_deleted(store):
    inside = add_session(store, T0)
    add_session(store, T0 + timedelta(hours=2), deleted=True)
    add_session(store, T0 + timedelta(days=1))
    found = today.sessions_between(store, T0, T0 + timedelta(days=1))
    assert [s.id for s in found] == [inside]
    assert (found[0].utc_offset_min, found[0].duration_s) == (60, 900)


def test_fastest_race_candidates_per_class(store):
    add_run(store, T0, 5000, 1500, run_type="race", race_class="5k")
    best_5k = add_run(store, T0 + timedelta(days=7), 5000, 1470, run_type="race", race_class="5k")
    add_run(store, T0 + timedelta(days=8), 5000, 1400, run_type="race", race_class="5k",
            deleted=True)
    tie_a = add_run(store, T0 + timedelta(days=9), 10000, 3000, run_type="race",
                    race_class="10k")
    tie_b = add_run(store, T0 + timedelta(days=10), 10000, 3000, run_type="race",
                    race_class="10k")
    add_run(store, T0 + timedelta(days=11), 3000, 600, run_type="race", race_class="other")
    add_run(store, T0 + timedelta(days=12), 5000, 1000)  # a fast easy run is no race
    found = today.fastest_race_candidates(store, LIMITS)
    assert sorted(r.id for r in found) == sorted([best_5k, tie_a, tie_b])
    assert today.fastest_race_candidates(store, {}) == []


LIMITS = {"5k": (4500, 5500), "10k": (9000, 11000), "half": (18989, 23207),
          "marathon": (37976, 46414)}


def test_a_race_too_long_or_short_for_its_class_does_not_hide_the_real_best(store):
    real = add_run(store, T0, 5000, 1500, run_type="race", race_class="5k")
    add_run(store, T0 + timedelta(days=1), 21100, 900, run_type="race", race_class="5k")
    add_run(store, T0 + timedelta(days=2), 4499, 1000, run_type="race", race_class="5k")
    edge = add_run(store, T0 + timedelta(days=3), 11000, 2800, run_type="race", race_class="10k")
    found = today.fastest_race_candidates(store, LIMITS)
    assert sorted(r.id for r in found) == sorted([real, edge])


def test_longest_run_candidates_are_the_longest_not_deleted_and_earliest(store):
    add_run(store, T0, 10000, 3000)
    add_run(store, T0 + timedelta(days=1), 30000, 9000, deleted=True)
    add_run(store, T0 + timedelta(days=3), 21100, 6500)
    first = add_run(store, T0 + timedelta(days=2), 21100, 6600)  # logged later, run earlier
    assert [r.id for r in today.longest_run_candidates(store)] == [first]


def test_longest_run_candidates_without_runs(store):
    assert today.longest_run_candidates(store) == []


def test_longest_holds_leave_out_interrupted_deleted_and_other_exercises(store, lib):
    plank, side, bird = lib["plank"], lib["side_plank"], lib["bird_dog"]
    add_session(store, T0, [(plank, 60_000, None, False), (plank, 95_000, None, True)])
    add_session(store, T0 + timedelta(days=1), [(plank, 120_000, None, False)], deleted=True)
    add_session(store, T0 + timedelta(days=3), [(plank, 70_000, None, False)])
    earlier = add_session(store, T0 + timedelta(days=2),  # logged later, done earlier
                          [(bird, None, 12, False), (plank, 70_000, None, False)])
    add_session(store, T0 + timedelta(days=4), [(side, 40_000, None, False)])
    found = {h.exercise_key: h for h in today.longest_hold_candidates(
        store, ("plank", "side_plank", "bird_dog"))}
    assert set(found) == {"plank", "side_plank"}
    assert found["plank"].hold_ms == 70_000
    assert found["plank"].session_id == earlier  # the earlier of two equal holds
    assert found["plank"].exercise_name == "Plank"
    assert found["side_plank"].hold_ms == 40_000
    assert today.longest_hold_candidates(store, ("side_plank",))[0].hold_ms == 40_000
    assert today.longest_hold_candidates(store, ()) == []


def test_has_entries(store):
    assert not today.has_entries(store)
    add_run(store, T0, 5000, 1500, deleted=True)
    assert not today.has_entries(store)
    add_soreness(store)
    assert today.has_entries(store)


def test_has_entries_counts_a_core_session(store):
    add_session(store, T0)
    assert today.has_entries(store)


def test_has_open_soreness(store):
    assert not today.has_open_soreness(store)
    add_soreness(store, resolved=True)
    add_soreness(store, deleted=True)
    assert not today.has_open_soreness(store)
    add_soreness(store)
    assert today.has_open_soreness(store)
