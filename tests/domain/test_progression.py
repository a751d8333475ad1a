import ast
from pathlib import Path

import corelog.domain.progression as progression
from corelog.domain.progression import (
    PastWorkout,
    PlanDefaults,
    ProgressionKind,
    default_plan,
    suggest_progression,
)


def done(target_s: int, sets: int = 3, misses: int = 0, **kwargs) -> PastWorkout:
    """A workout at ``target_s`` with ``misses`` of its sets short of the target."""
    held = (True,) * (sets - misses) + (False,) * misses
    return PastWorkout(
        target_hold_ms=target_s * 1000, planned_sets=sets, held_to_target=held, **kwargs
    )


def test_no_workouts_gives_nothing_to_suggest():
    suggestion = suggest_progression([])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.KEEP, None)


def test_two_complete_workouts_running_suggest_five_seconds_more():
    suggestion = suggest_progression([done(40), done(40)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.LONGER, 45_000)
    assert "45 s" in suggestion.message
    assert suggestion.source == "002"


def test_one_complete_workout_is_not_enough():
    suggestion = suggest_progression([done(40, misses=1), done(40)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.KEEP, 40_000)
    assert "once more" in suggestion.message


def test_a_single_workout_is_not_enough():
    assert suggest_progression([done(40)]).kind is ProgressionKind.KEEP


def test_a_missed_set_in_the_newest_workout_keeps_the_target():
    suggestion = suggest_progression([done(40), done(40), done(40, misses=1)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.KEEP, 40_000)


def test_older_successes_do_not_count_once_the_run_is_broken():
    history = [done(40), done(40), done(40, misses=2), done(40)]
    assert suggest_progression(history).kind is ProgressionKind.KEEP


def test_fewer_sets_than_planned_is_not_complete():
    short = PastWorkout(target_hold_ms=40_000, planned_sets=3, held_to_target=(True, True))
    assert suggest_progression([done(40), short]).kind is ProgressionKind.KEEP


def test_after_raising_the_target_it_must_be_completed_twice_again():
    assert suggest_progression([done(40), done(40), done(45)]).kind is ProgressionKind.KEEP
    suggestion = suggest_progression([done(40), done(40), done(45), done(45)])
    assert suggestion.target_hold_ms == 50_000


def test_completing_a_lower_target_after_a_higher_one_counts():
    suggestion = suggest_progression([done(50), done(45)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.LONGER, 50_000)


def test_the_suggestion_stops_at_the_cap():
    suggestion = suggest_progression([done(58), done(58)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.LONGER, 60_000)


def test_at_the_cap_a_harder_variation_is_suggested():
    suggestion = suggest_progression([done(60), done(60)])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.HARDER, 60_000)
    assert "light resistance" in suggestion.message


def test_the_cap_is_per_exercise():
    suggestion = suggest_progression([done(30), done(30)], cap_ms=30_000)
    assert suggestion.kind is ProgressionKind.HARDER
    assert suggest_progression([done(30), done(30)], cap_ms=90_000).target_hold_ms == 35_000


def test_side_planks_need_every_hold_on_both_sides():
    one_side = PastWorkout(30_000, 2, (True, True), alternate_sides=True)
    both = PastWorkout(30_000, 2, (True,) * 4, alternate_sides=True)
    assert suggest_progression([both, one_side]).kind is ProgressionKind.KEEP
    assert suggest_progression([both, both]).target_hold_ms == 35_000


def test_hold_to_failure_without_a_goal_gets_no_progression():
    no_goal = PastWorkout(0, 3, (True, True, True))
    suggestion = suggest_progression([no_goal, no_goal])
    assert (suggestion.kind, suggestion.target_hold_ms) == (ProgressionKind.KEEP, 0)


def test_default_plan_without_history_comes_from_the_documents():
    assert default_plan(None) == PlanDefaults(
        hold_ms=30_000,
        sets=3,
        rest_ms=30_000,
        prep_ms=5_000,
        alternate_sides=False,
        source="002",
    )
    assert default_plan(None, alternate_sides=True).alternate_sides


def test_default_plan_repeats_the_last_workout():
    last = done(45, sets=2, rest_ms=20_000, prep_ms=3_000, alternate_sides=True)
    assert default_plan(last) == PlanDefaults(
        hold_ms=45_000, sets=2, rest_ms=20_000, prep_ms=3_000, alternate_sides=True, source=None
    )


def test_default_plan_fills_what_the_last_workout_lacks():
    last = PastWorkout(0, 2, ())
    plan = default_plan(last, hold_range_ms=(20_000, 40_000))
    assert (plan.hold_ms, plan.sets, plan.rest_ms, plan.prep_ms) == (20_000, 2, 30_000, 5_000)


def test_progression_imports_nothing_of_ours():
    tree = ast.parse(Path(progression.__file__).read_text())
    imported = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [node.module]
            if isinstance(node, ast.ImportFrom)
            else [alias.name for alias in node.names]
        )
    }
    # Only the words in the user's language (every layer may use domain.i18n).
    ours = [name for name in imported if name and name.startswith("corelog")]
    assert ours == ["corelog.domain.i18n"]
