"""Timer presets as the page uses them: names, checks, save or replace, delete, undo, redo."""

from __future__ import annotations

import pytest

from corelog.domain.validation import Invalid
from corelog.services import exercises as lib
from corelog.services import presets
from corelog.timer import TimerMode, TimerPlan


@pytest.fixture
def ids(store) -> dict[str, int]:
    return {row.key: row.id for row in lib.library(store)}


def table(store) -> list[tuple]:
    """Every stored preset but its ``updated_at`` (the last column): Undo and Redo put
    back the very same rows, each a change of its own made now, so that an export
    carries it to another computer."""
    return [tuple(r)[:-1] for r in store.reader.all("SELECT * FROM timer_preset ORDER BY id")]


def stamps(store) -> list[str]:
    return [r[0] for r in store.reader.all("SELECT updated_at FROM timer_preset ORDER BY id")]


@pytest.mark.parametrize(
    ("name", "plan", "expected"),
    [
        ("Plank", TimerPlan(hold_ms=45_000, sets=3), "Plank 3 × 45 s"),
        (
            "Side plank",
            TimerPlan(hold_ms=30_000, sets=2, alternate_sides=True),
            "Side plank 2 × 30 s each side",
        ),
        ("Plank", TimerPlan(hold_ms=90_000, sets=2), "Plank 2 × 1 min 30 s"),
        ("Plank", TimerPlan(hold_ms=0, sets=3, mode=TimerMode.COUNT_UP), "Plank 3 × to failure"),
        (
            "Plank",
            TimerPlan(hold_ms=60_000, sets=1, mode=TimerMode.COUNT_UP),
            "Plank 1 × to failure (goal 1 min)",
        ),
    ],
)
def test_the_suggested_name_says_what_the_preset_does(name, plan, expected):
    assert presets.suggest_name(name, plan) == expected


def test_an_empty_name_takes_the_suggestion_and_spaces_are_tidied():
    assert presets.check_name("  ", "Plank 3 × 45 s") == "Plank 3 × 45 s"
    assert presets.check_name("  My   plank ", "Plank 3 × 45 s") == "My plank"


def test_a_name_too_long_is_refused():
    result = presets.check_name("x" * 81, "Plank")
    assert isinstance(result, Invalid)
    assert result.errors["name"] == "Keep the name to 80 characters or fewer."


def test_save_undo_redo_a_new_preset(store, ids):
    plan = TimerPlan(hold_ms=45_000, sets=3, rest_ms=20_000, prep_ms=10_000)
    op = presets.SavePreset(store, presets.preset_values("Plank 3 × 45 s", ids["plank"], plan))
    preset_id = op.do()
    assert not op.replaced
    saved = table(store)
    row = presets.get_preset(store, preset_id)
    assert presets.plan_from_preset(row) == plan
    op.undo()
    assert table(store) == []
    op.do()
    assert table(store) == saved


def test_saving_under_an_existing_name_replaces_that_preset(store, ids):
    first = presets.SavePreset(
        store, presets.preset_values("Morning", ids["plank"], TimerPlan(hold_ms=45_000))
    )
    preset_id = first.do()
    before = table(store)
    side = TimerPlan(hold_ms=30_000, sets=2, alternate_sides=True)
    second = presets.SavePreset(store, presets.preset_values("morning", ids["side_plank"], side))
    assert second.do() == preset_id
    assert second.replaced
    row = presets.get_preset(store, preset_id)
    assert (row.name, row.exercise_name, row.sets) == ("morning", "Side plank", 2)
    assert row.uuid == before[0][1]
    after = table(store)
    second.undo()
    assert table(store) == before
    second.do()
    assert table(store) == after


def test_delete_and_undo_bring_back_the_same_preset(store, ids):
    preset_id = presets.SavePreset(
        store, presets.preset_values("Plank 3 × 45 s", ids["plank"], TimerPlan(hold_ms=45_000))
    ).do()
    before = table(store)
    op = presets.DeletePreset(store, preset_id)
    op.do()
    assert presets.presets(store) == []
    stamp = stamps(store)
    op.undo()
    assert table(store) == before
    assert stamps(store) > stamp
    assert presets.find_preset(store, "PLANK  3 × 45 S").id == preset_id


def test_a_sided_exercise_always_alternates(store, ids):
    preset_id = presets.SavePreset(
        store, presets.preset_values("Side", ids["side_plank"], TimerPlan(hold_ms=30_000))
    ).do()
    row = presets.get_preset(store, preset_id)
    assert presets.plan_from_preset(row, sided=True).alternate_sides
