"""The user's shoes through the service: checks, retire, delete only when unused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from corelog.domain.validation import Invalid
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import RunDraft
from corelog.services.shoes import (
    NAME_MISSING,
    NAME_TOO_LONG,
    START_NEGATIVE,
    ShoeInput,
    ShoeRefused,
)

NOW = datetime(2024, 6, 3, 19, 0, tzinfo=timezone(timedelta(hours=1)))


def add_run(store, shoe_id, distance="10"):
    checked = run_service.check_run(
        store,
        RunDraft(
            started_at=NOW - timedelta(hours=2),
            distance=distance,
            duration="50:00",
            shoe_id=shoe_id,
        ),
        "km",
        NOW,
    )
    return run_service.add_run(store, checked)


def test_a_used_pair_starts_with_the_distance_typed_in_the_users_unit(store):
    checked = shoe_service.check_shoe(store, "  Pegasus 41 ", "100 ", "mi")
    assert checked == ShoeInput("Pegasus 41", 160_934)
    assert shoe_service.check_shoe(store, "New", "", "km") == ShoeInput("New", 0)


@pytest.mark.parametrize(
    ("name", "start", "field", "message"),
    [
        ("", "", "name", NAME_MISSING),
        ("   ", "", "name", NAME_MISSING),
        ("x" * 121, "", "name", NAME_TOO_LONG.format(count=120)),
        ("Fine", "-5", "start_distance", START_NEGATIVE),
        ("Fine", "lots", "start_distance", "Enter a distance like 5.2 or 5.2 km."),
        (
            "Fine",
            "20000",
            "start_distance",
            "More than 10000 km on one pair? Check the distance already on it.",
        ),
    ],
)
def test_every_shoe_form_error_has_its_message(store, name, start, field, message):
    result = shoe_service.check_shoe(store, name, start, "km")
    assert isinstance(result, Invalid)
    assert result.errors == {field: message}


def test_names_are_unique_ignoring_case_but_a_pair_keeps_its_own_name(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Trail Shoes", 0))
    clash = shoe_service.check_shoe(store, "trail shoes", "", "km")
    assert isinstance(clash, Invalid)
    assert clash.errors == {"name": "You already have a pair called “Trail Shoes”."}
    same = shoe_service.check_shoe(store, "Trail shoes", "", "km", shoe_id=shoe_id)
    assert same == ShoeInput("Trail shoes", 0)


def test_rename_and_change_start_distance(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Old name", 0))
    shoe_service.change_shoe(store, shoe_id, ShoeInput("New name", 50_000))
    shoe = shoe_service.get_shoe(store, shoe_id)
    assert (shoe.name, shoe.start_distance_m) == ("New name", 50_000)


def test_totals_add_the_runs_in_each_pair(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Daily", 20_000))
    add_run(store, shoe_id, "10")
    add_run(store, shoe_id, "5.5")
    add_run(store, None, "7")
    (shoe,) = shoe_service.list_shoes(store)
    assert shoe.total_distance_m == 35_500 and shoe.run_count == 2


def test_retired_pairs_are_offered_only_on_the_run_that_wore_them(store):
    active = shoe_service.add_shoe(store, ShoeInput("Active", 0))
    retired = shoe_service.add_shoe(store, ShoeInput("Retired", 0))
    shoe_service.set_retired(store, retired, True)
    assert [s.id for s in shoe_service.shoes_for_run(store)] == [active]
    assert [s.id for s in shoe_service.shoes_for_run(store, retired)] == [active, retired]
    shoe_service.set_retired(store, retired, False)
    assert len(shoe_service.shoes_for_run(store)) == 2


def test_a_pair_in_use_cannot_be_deleted_and_the_message_says_why(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Busy pair", 0))
    add_run(store, shoe_id)
    with pytest.raises(ShoeRefused) as one:
        shoe_service.delete_shoe(store, shoe_id)
    assert str(one.value) == (
        "“Busy pair” can't be deleted: 1 run uses it. Retire it instead, so it is no "
        "longer offered for new runs."
    )
    add_run(store, shoe_id)
    with pytest.raises(ShoeRefused, match="2 runs use it"):
        shoe_service.delete_shoe(store, shoe_id)
    assert shoe_service.get_shoe(store, shoe_id) is not None


def test_an_unused_pair_is_deleted_and_can_be_restored(store):
    shoe_id = shoe_service.add_shoe(store, ShoeInput("Spare", 0))
    shoe_service.delete_shoe(store, shoe_id)
    assert shoe_service.list_shoes(store) == []
    shoe_service.restore_shoe(store, shoe_id)
    assert [s.name for s in shoe_service.list_shoes(store)] == ["Spare"]
