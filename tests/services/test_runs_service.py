"""Logging runs through the service: checks, saving, changing and the default pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corelog.domain.formatting import format_distance_edit, format_duration, format_elevation_edit
from corelog.domain.validation import Invalid
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import SHOE_GONE, SHOE_RETIRED, CheckedRun, RunDraft
from corelog.services.shoes import ShoeInput

TZ = timezone(timedelta(hours=2))
NOW = datetime(2024, 6, 3, 19, 0, tzinfo=TZ)


def draft(**changes) -> RunDraft:
    base = {
        "started_at": datetime(2024, 6, 3, 7, 10, tzinfo=TZ),
        "distance": "5.2",
        "duration": "25:30",
    }
    base.update(changes)
    return RunDraft(**base)


def checked(store, unit="km", **changes) -> CheckedRun:
    result = run_service.check_run(store, draft(**changes), unit, NOW)
    assert isinstance(result, CheckedRun), result
    return result


def test_a_checked_run_is_saved_in_stored_units(store):
    run_id = run_service.add_run(store, checked(store, distance="3.1", unit="mi"))
    row = run_service.get_run(store, run_id)
    assert row.distance_m == 4989 and row.duration_s == 1530
    assert row.started_at == datetime(2024, 6, 3, 5, 10, tzinfo=UTC)
    assert row.utc_offset_min == 120


def test_errors_come_back_per_field_and_nothing_is_written(store):
    result = run_service.check_run(store, draft(distance="", duration="0"), "km", NOW)
    assert isinstance(result, Invalid)
    assert set(result.errors) == {"distance", "duration"}
    assert run_service.recent_runs(store) == []


def test_an_implausible_pace_is_a_warning_not_an_error(store):
    result = checked(store, distance="10", duration="15:00")
    assert "pace" in result.warnings
    assert "faster than 2:00 /km" in result.warnings["pace"]


def test_a_retired_pair_is_refused_for_a_new_run_but_kept_on_an_old_one(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Old faithful", 0))
    run_id = run_service.add_run(store, checked(store, shoe_id=shoe_id))
    shoe_service.set_retired(store, shoe_id, True)

    refused = run_service.check_run(store, draft(shoe_id=shoe_id), "km", NOW)
    assert isinstance(refused, Invalid) and refused.errors == {"shoe": SHOE_RETIRED}

    editing = run_service.get_run(store, run_id)
    kept = run_service.check_run(store, draft(shoe_id=shoe_id), "km", NOW, editing=editing)
    assert isinstance(kept, CheckedRun) and kept.shoe_id == shoe_id


def test_a_deleted_pair_is_refused(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Gone", 0))
    shoe_service.delete_shoe(store, shoe_id)
    result = run_service.check_run(store, draft(shoe_id=shoe_id, distance="x"), "km", NOW)
    assert isinstance(result, Invalid)
    assert result.errors["shoe"] == SHOE_GONE and "distance" in result.errors


def test_change_and_put_back_keep_the_same_run(store):
    run_id = run_service.add_run(store, checked(store, notes="first"))
    before = run_service.get_run(store, run_id)
    run_service.change_run(store, run_id, checked(store, distance="10", notes="second"))
    changed = run_service.get_run(store, run_id)
    assert (changed.uuid, changed.distance_m, changed.notes) == (before.uuid, 10_000, "second")
    run_service.put_back(store, run_id, before.values)
    assert run_service.get_run(store, run_id).values == before.values


def test_delete_and_restore(store):
    ids = [run_service.add_run(store, checked(store)) for _ in range(3)]
    run_service.delete_runs(store, ids[:2])
    assert [r.id for r in run_service.recent_runs(store)] == [ids[2]]
    run_service.restore_runs(store, ids[:2])
    assert {r.id for r in run_service.recent_runs(store)} == set(ids)


def test_the_default_pair_is_the_last_worn_unless_retired(store):
    assert run_service.default_shoe_id(store) is None
    first = shoe_service.add_shoe(store, ShoeInput("First", 0))
    second = shoe_service.add_shoe(store, ShoeInput("Second", 0))
    run_service.add_run(store, checked(store, shoe_id=first))
    assert run_service.default_shoe_id(store) == first
    run_service.add_run(
        store, checked(store, shoe_id=second, started_at=datetime(2024, 6, 3, 9, 0, tzinfo=TZ))
    )
    assert run_service.default_shoe_id(store) == second
    shoe_service.set_retired(store, second, True)
    assert run_service.default_shoe_id(store) is None


def test_muscles_for_a_run_come_from_the_documents_with_their_sources():
    hills = run_service.muscles_for_run("hills")
    assert [w.muscle.key for w in hills.specific][:3] == ["calves", "hamstrings", "glutes"]
    assert "001" in hills.sources
    assert hills.core.sources == ("000", "002")
    half = run_service.muscles_for_run("race", "half")
    assert [w.muscle.key for w in half.specific] == ["quadriceps", "hamstrings"]
    # A race class left over on another run type is ignored.
    assert run_service.muscles_for_run("easy", "5k").race_class is None
    assert run_service.cite(["001"]) == "(source: 001 · Muscles running works)"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    metres=st.integers(1, 500_000),
    seconds=st.integers(1, 48 * 3600),
    climb=st.none() | st.integers(0, 20_000),
    unit=st.sampled_from(["km", "mi"]),
)
def test_what_the_form_shows_for_a_run_saves_back_to_the_same_values(
    store, metres, seconds, climb, unit
):
    """The run form fills its fields with these edit texts: saving them changes nothing."""
    climb = None if climb is None or climb > metres else climb
    result = run_service.check_run(
        store,
        draft(
            distance=format_distance_edit(metres, unit),
            duration=format_duration(seconds),
            elevation_gain="" if climb is None else format_elevation_edit(climb, unit),
        ),
        unit,
        NOW,
    )
    assert isinstance(result, CheckedRun)
    run = result.run
    assert (run.distance_m, run.duration_s, run.elevation_gain_m) == (metres, seconds, climb)
