"""The questions the app asks the knowledge base."""

from __future__ import annotations

import pytest

from corelog.knowledge import Knowledge, get_knowledge, load_knowledge
from corelog.resources import resource_path


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return get_knowledge()


def specific(kb: Knowledge, run_type: str, race_class: str | None = None) -> list[str]:
    return [w.muscle.key for w in kb.muscles_for_run(run_type, race_class).specific]


def test_get_knowledge_loads_once(kb: Knowledge) -> None:
    assert get_knowledge() is kb


def test_default_root_is_the_shipped_folder(kb: Knowledge) -> None:
    assert load_knowledge() == load_knowledge(resource_path("knowledge")) == kb


# --- muscles for a run ----------------------------------------------------------------


def test_hills_work_calves_hamstrings_and_glutes_hardest_uphill(kb: Knowledge) -> None:
    hills = kb.muscles_for_run("hills")
    assert specific(kb, "hills")[:3] == ["calves", "hamstrings", "glutes"]
    notes = {w.muscle.key: w.note for w in hills.specific}
    assert "hardest" in notes["calves"] and "hardest" in notes["glutes"]
    assert "001" in hills.sources


def test_sprints_work_calves_quads_and_hamstrings(kb: Knowledge) -> None:
    assert specific(kb, "sprints")[:3] == ["calves", "quadriceps", "hamstrings"]
    assert "glutes" in specific(kb, "sprints")  # document 004


@pytest.mark.parametrize(
    ("race_class", "muscles"),
    [("5k", ["hip_flexors", "quadriceps"]), ("half", ["quadriceps", "hamstrings"])],
)
def test_races_by_distance(kb: Knowledge, race_class: str, muscles: list[str]) -> None:
    assert specific(kb, "race", race_class) == muscles
    result = kb.muscles_for_run("race", race_class)
    assert result.race_class is not None and result.race_class.key == race_class
    assert result.note.sources == ("001",)


def test_hills_and_intervals_ask_more_of_the_abs(kb: Knowledge) -> None:
    for run_type in ("hills", "intervals"):
        assert {"rectus_abdominis", "obliques"} <= set(specific(kb, run_type))
        notes = [
            w for w in kb.muscles_for_run(run_type).specific if w.muscle.key == "rectus_abdominis"
        ]
        assert "000" in notes[0].sources


@pytest.mark.parametrize(
    ("run_type", "race_class"),
    [
        ("easy", None),
        ("tempo", None),
        ("race", "10k"),
        ("race", "marathon"),
        ("race", "other"),
        ("race", None),
    ],
)
def test_where_the_documents_say_nothing_specific_we_say_so(
    kb: Knowledge, run_type: str, race_class: str | None
) -> None:
    result = kb.muscles_for_run(run_type, race_class)
    assert not result.has_specific
    assert "no muscles" in result.note.text or "depends on its distance" in result.note.text
    assert [m.key for m in result.every_run][:4] == ["quadriceps", "hamstrings", "glutes", "calves"]


def test_every_run_shows_the_core_stabilising_note(kb: Knowledge) -> None:
    for run_type in kb.run_types:
        result = kb.muscles_for_run(run_type.key)
        assert result.core.sources == ("000", "002")
        assert "every stride" in result.core.text
        assert set(result.core.sources) <= set(result.sources)


def test_long_runs_name_the_back(kb: Knowledge) -> None:
    assert specific(kb, "long") == ["erector_spinae"]


def test_run_facts_include_the_surface_facts_for_fast_runs(kb: Knowledge) -> None:
    facts = {f.key for f in kb.muscles_for_run("sprints").facts}
    assert "calves_hard_fast" in facts
    assert "calves_hard_fast" in {f.key for f in kb.facts_for_surface("track")}
    assert "feet_surface" in {f.key for f in kb.facts_for_surface("grass")}
    assert kb.facts_for_surface("treadmill") == ()


def test_race_class_only_applies_to_races(kb: Knowledge) -> None:
    with pytest.raises(ValueError, match="only applies to races"):
        kb.muscles_for_run("easy", "5k")
    with pytest.raises(KeyError, match="ultra"):
        kb.muscles_for_run("race", "ultra")


# --- recovery and prevention by region ------------------------------------------------


def test_relief_for_obliques_includes_stretching_and_rolling(kb: Knowledge) -> None:
    keys = [m.key for m in kb.relief_for_region("obliques_right")]
    assert keys == [
        "gentle_movement",
        "stretching_mobility",
        "foam_rolling",
        "heat_cold",
        "nutrition_hydration",
    ]


def test_relief_for_an_action_fits_the_region(kb: Knowledge) -> None:
    assert [m.key for m in kb.relief_for_action("active_recovery", "hip_flexors")] == [
        "gentle_movement",
        "stretching_mobility",
        "foam_rolling",
    ]
    assert [m.key for m in kb.relief_for_action("active_recovery", "shins")] == ["gentle_movement"]
    assert [m.key for m in kb.relief_for_action("rest", "shins")] == ["heat_cold"]


def test_prevention_for_lower_back(kb: Knowledge) -> None:
    prevention = kb.prevention_for_region("lower_back")
    assert [e.key for e in prevention.exercises] == ["bird_dog", "dead_bug"]
    habits = {h.key for h in prevention.habits}
    assert {"posture_form", "core_work", "stretch_after_runs", "ten_percent_rule"} <= habits


def test_prevention_for_calves_uses_the_documents_leg_tips(kb: Knowledge) -> None:
    prevention = kb.prevention_for_region("calves")
    assert prevention.exercises == ()
    assert {"calf_training", "fitting_shoes", "ten_percent_rule"} <= {
        h.key for h in prevention.habits
    }
    assert "stretch_after_runs" not in {h.key for h in prevention.habits}


def test_exercises_for_muscle(kb: Knowledge) -> None:
    assert [e.key for e in kb.exercises_for_muscle("obliques")] == [
        "side_plank",
        "bicycle_crunch",
        "russian_twist",
    ]
    assert kb.exercises_for_muscle("calves") == ()


def test_cite_gives_the_documents(kb: Knowledge) -> None:
    titles = [s.title for s in kb.cite(("000", "002"))]
    assert titles == ["Does Running Train Abs", "Why Your Abs Get Sore After Running"]


@pytest.mark.parametrize(
    ("lookup", "key"),
    [
        ("exercise", "burpee"),
        ("region", "elbow"),
        ("muscle", "biceps"),
        ("run_type", "jog"),
        ("action", "train_through"),
        ("soreness_kind", "cramp"),
        ("source", "009"),
        ("relief", "ice_bath"),
        ("cause", "bad_luck"),
        ("warning_sign", "fever"),
    ],
)
def test_unknown_keys_raise_a_clear_key_error(kb: Knowledge, lookup: str, key: str) -> None:
    with pytest.raises(KeyError, match=key):
        getattr(kb, lookup)(key)


def test_region_lookups_refuse_unknown_regions(kb: Knowledge) -> None:
    for lookup in (kb.relief_for_region, kb.prevention_for_region, kb.facts_for_region):
        with pytest.raises(KeyError, match="elbow"):
            lookup("elbow")


@pytest.mark.parametrize("region", ["obliques_left", "calves", "lower_back", "feet"])
@pytest.mark.parametrize(
    "action", ["run_easy", "active_recovery", "rest", "stop_rest", "see_physio"]
)
def test_relief_plan_offers_every_fitting_method_once(
    kb: Knowledge, action: str, region: str
) -> None:
    plan = kb.relief_plan(action, region)
    together = [m.key for m in plan.today + plan.also + plan.held_off]
    assert sorted(together) == sorted(m.key for m in kb.relief_for_region(region))
    assert len(set(together)) == len(together)
    assert (plan.note is not None) == bool(plan.held_off)


def test_resting_holds_off_movement_but_keeps_heat_cold_and_food(kb: Knowledge) -> None:
    moving = {"gentle_movement", "stretching_mobility", "foam_rolling"}
    for action in ("rest", "stop_rest", "see_physio"):
        plan = kb.relief_plan(action, "obliques_left")
        assert {m.key for m in plan.held_off} == moving
        assert not moving & {m.key for m in plan.shown}
        assert {"heat_cold", "nutrition_hydration"} <= {m.key for m in plan.shown}
        assert plan.note and "pain" in plan.note.text
        # Holding these off is CoreLog's reading of the rule, and it says so.
        assert plan.note.cite.own and plan.note.sources == ("002",)
    rest = kb.relief_plan("rest", "calves")
    assert [m.key for m in rest.today] == ["heat_cold"]


def test_active_recovery_brings_movement_first(kb: Knowledge) -> None:
    plan = kb.relief_plan("active_recovery", "hip_flexors")
    assert [m.key for m in plan.today] == [
        "gentle_movement", "stretching_mobility", "foam_rolling"
    ]
    assert [m.key for m in plan.also] == ["heat_cold", "nutrition_hydration"]
    assert plan.held_off == () and plan.note is None
