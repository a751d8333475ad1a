"""The shipped knowledge: every item sourced, every list the app needs complete."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

import pytest

from corelog.knowledge import Cite, Knowledge, get_knowledge

FIVE_DOCUMENTS = {"000", "001", "002", "003", "004"}


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return get_knowledge()


def sourced_items(value: object, path: str = "kb") -> Iterator[tuple[str, object]]:
    """Every item inside the knowledge base that carries a ``cite``."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from sourced_items(item, f"{path}[{index}]")
        return
    if not is_dataclass(value) or isinstance(value, Cite):
        return
    names = [f.name for f in fields(value)]
    if "cite" in names:
        yield path, value
    for name in names:
        yield from sourced_items(getattr(value, name), f"{path}.{name}")


# --- sources ------------------------------------------------------------------------


def test_the_five_documents_are_listed(kb: Knowledge) -> None:
    assert {s.id for s in kb.sources} == FIVE_DOCUMENTS
    assert kb.source("002").title == "Why Your Abs Get Sore After Running"
    assert all(s.file.startswith(f"{s.id}_") and s.file.endswith(".txt") for s in kb.sources)


def test_every_item_quotes_the_documents_or_is_corelogs_own(kb: Knowledge) -> None:
    items = list(sourced_items(tuple(getattr(kb, f.name) for f in fields(kb))))
    assert len(items) > 150  # the walk really reaches the items
    for path, item in items:
        cite: Cite = item.cite  # type: ignore[attr-defined]
        assert cite.own or cite.quotes, f"{path} quotes nothing and is not CoreLog's own"
        assert set(cite.sources) <= FIVE_DOCUMENTS, f"{path} cites {cite.sources}"
        assert all(quote.text.strip() for quote in cite.quotes), path


def test_corelogs_own_words_are_few_and_marked(kb: Knowledge) -> None:
    """Issue 13's mis-citations: the notice and the history readings are CoreLog's own."""
    own = {
        path
        for path, item in sourced_items(tuple(getattr(kb, f.name) for f in fields(kb)))
        if item.cite.own  # type: ignore[attr-defined]
    }
    assert kb.notice.cite.own and kb.notice.cite.quotes == ()
    assert kb.cause("episode_pattern").cite.own
    assert kb.cause("recurring_region").cite.own
    assert kb.cause("recurring_region").reasons == ("more_load",)
    assert not kb.soreness_kind("overuse").cite.own
    assert kb.soreness_kind("overuse").reading is not None
    assert len(own) < 30, sorted(own)


def test_every_document_is_used(kb: Knowledge) -> None:
    used = set()
    for _, item in sourced_items(tuple(getattr(kb, f.name) for f in fields(kb))):
        used.update(item.sources)  # type: ignore[attr-defined]
    assert used == FIVE_DOCUMENTS


# --- body regions -------------------------------------------------------------------


def test_the_fourteen_body_map_regions(kb: Knowledge) -> None:
    assert [r.key for r in kb.regions] == [
        "upper_abs",
        "lower_abs",
        "obliques_left",
        "obliques_right",
        "hip_flexors",
        "lower_back",
        "glutes",
        "quads",
        "hamstrings",
        "calves",
        "shins",
        "feet",
        "side_ribs",
        "shoulders_arms",
    ]
    for region in kb.regions:
        assert set(region.view) <= {"front", "back"} and region.view
        assert region.muscles and region.loads


def test_both_views_of_the_body_map_have_regions(kb: Knowledge) -> None:
    assert {r.key for r in kb.regions if "back" in r.view} >= {
        "lower_back",
        "glutes",
        "hamstrings",
        "calves",
    }
    assert {r.key for r in kb.regions if "front" in r.view} >= {
        "upper_abs",
        "lower_abs",
        "quads",
        "shins",
    }


def test_every_region_has_relief_prevention_and_facts(kb: Knowledge) -> None:
    for region in kb.regions:
        assert kb.relief_for_region(region.key), region.key
        assert kb.prevention_for_region(region.key).habits, region.key
        assert kb.facts_for_region(region.key), region.key


def test_core_regions_have_exercises_that_train_their_muscles(kb: Knowledge) -> None:
    for key in (
        "upper_abs",
        "lower_abs",
        "obliques_left",
        "obliques_right",
        "hip_flexors",
        "lower_back",
        "glutes",
        "side_ribs",
    ):
        region = kb.region(key)
        assert region.exercises, key
        for exercise in kb.exercises_for_region(key):
            assert set(exercise.muscles) & set(region.muscles) or key == "lower_back", (
                f"{exercise.key} trains none of {key}'s muscles"
            )


def test_region_run_types_are_backed_by_the_documents(kb: Knowledge) -> None:
    """A region loaded by a run type has a fact or a run-type entry saying so."""
    for region in kb.regions:
        for run_type in region.run_types:
            backed_by_fact = any(
                region.key in f.regions
                and (run_type in f.run_types or set(f.race_classes) & set(region.race_classes))
                for f in kb.facts
            )
            runs = kb.muscles_for_run(run_type)
            backed_by_run = any(w.muscle.key in region.muscles for w in runs.specific)
            assert backed_by_fact or backed_by_run, f"{region.key} / {run_type}"


def test_shins_and_calves_carry_the_documents_facts(kb: Knowledge) -> None:
    shins = " ".join(f.text for f in kb.facts_for_region("shins"))
    assert "shin splints" in shins and "new runners" in shins.lower()
    assert kb.region("shins").muscles == ("tibialis_anterior",)
    calves = " ".join(f.text for f in kb.facts_for_region("calves")).lower()
    for words in ("uphill", "hard", "forefoot", "new running shoes"):
        assert words in calves
    assert "hills" in kb.region("calves").run_types


# --- soreness: kinds, relief, rules, warning signs, prevention ------------------------


def test_the_three_kinds_of_soreness(kb: Knowledge) -> None:
    assert [k.key for k in kb.soreness_kinds] == ["doms", "strain", "overuse"]
    doms, strain, overuse = kb.soreness_kinds
    assert "dull" in doms.feel.lower() and "few days" in doms.course
    assert (doms.onset_min_h, doms.onset_max_h) == (24, 48)
    assert "sharp" in strain.feel.lower() and "worse with activity" in strain.course.lower()
    assert "frequent runs" in overuse.onset and "weak supporting muscles" in overuse.text
    assert "make up for" not in overuse.text


def test_why_abs_get_sore(kb: Knowledge) -> None:
    assert {r.key for r in kb.soreness_reasons} >= {
        "stabilising",
        "eccentric",
        "new_terrain",
        "changed_stride",
        "more_load",
        "hills_intervals",
    }
    assert "micro" in kb.soreness_reason("eccentric").name.lower()


def test_the_five_relief_methods(kb: Knowledge) -> None:
    assert [m.key for m in kb.relief_methods] == [
        "gentle_movement",
        "stretching_mobility",
        "foam_rolling",
        "heat_cold",
        "nutrition_hydration",
    ]
    stretching = kb.relief("stretching_mobility")
    assert stretching.caution and "while" in stretching.caution
    assert set(stretching.regions) >= {
        "hip_flexors",
        "obliques_left",
        "obliques_right",
        "lower_back",
    }
    assert set(kb.relief("foam_rolling").regions) >= {
        "upper_abs",
        "lower_abs",
        "obliques_left",
        "obliques_right",
        "side_ribs",
        "hip_flexors",
    }
    nutrition = kb.relief("nutrition_hydration")
    for words in ("protein", "omega-3", "drink"):
        assert words in nutrition.how


def test_stretching_and_rolling_fit_the_core_not_the_calves(kb: Knowledge) -> None:
    calves = {m.key for m in kb.relief_for_region("calves")}
    assert calves == {"gentle_movement", "heat_cold", "nutrition_hydration"}
    obliques = {m.key for m in kb.relief_for_region("obliques_left")}
    assert obliques == {m.key for m in kb.relief_methods}


def test_the_five_actions(kb: Knowledge) -> None:
    assert [a.key for a in kb.actions] == [
        "run_easy", "active_recovery", "rest", "stop_rest", "see_physio"
    ]
    rest = kb.action("rest")
    assert (rest.rest_min_h, rest.rest_max_h) == (48, 72)
    assert kb.action("stop_rest").name == "Stop running and rest"
    assert kb.action("see_physio").name == "See a physiotherapist"
    assert "physiotherapist" in kb.action("see_physio").text
    assert kb.action("active_recovery").relief == (
        "gentle_movement",
        "stretching_mobility",
        "foam_rolling",
    )
    assert kb.action("rest").relief == ("heat_cold",)


def test_rest_or_train_rules_cover_every_severity_once(kb: Knowledge) -> None:
    assert kb.rule_for_severity(0) is None
    expected = {
        1: "run_easy",
        3: "run_easy",
        4: "active_recovery",
        6: "active_recovery",
        7: "rest",
        10: "rest",
    }
    for severity, action in expected.items():
        rule = kb.rule_for_severity(severity)
        assert rule is not None and rule.action == action
    banded = [r for r in kb.rules if r.severity_min is not None]
    covered = sorted(s for r in banded for s in range(r.severity_min, r.severity_max + 1))
    assert covered == list(range(1, 11))


def test_rules_for_warning_signs(kb: Knowledge) -> None:
    assert [r.key for r in kb.rules] == [
        "lasting_or_worsening",
        "swelling_not_settling",
        "stabbing_or_swelling",
        "no_pain",
        "severe",
        "moderate",
        "mild_strain",
        "mild_overuse",
        "mild",
    ]
    expected = {
        "sharp": {"stop_rest"},
        "swelling": {"stop_rest", "see_physio"},
        "worsening": {"see_physio"},
        "lasting": {"see_physio"},
    }
    for sign in kb.warning_signs:
        rules = kb.rules_for_warning_sign(sign.key)
        assert {r.action for r in rules} == expected[sign.key], sign.key


def test_document_rules_are_quoted_and_corelogs_readings_are_marked(kb: Knowledge) -> None:
    stop = kb.rule("stabbing_or_swelling")
    assert not stop.cite.own
    assert any("signal to stop and rest" in q.text for q in stop.cite.quotes)
    physio = kb.rule("lasting_or_worsening")
    assert any("consulting a physiotherapist" in q.text for q in physio.cite.quotes)
    for key in ("swelling_not_settling", "no_pain", "mild_strain", "mild_overuse"):
        rule = kb.rule(key)
        assert rule.cite.own and rule.cite.quotes, key
        assert "CoreLog" in rule.when, key


def test_the_warning_signs(kb: Knowledge) -> None:
    assert [s.key for s in kb.warning_signs] == ["sharp", "worsening", "swelling", "lasting"]
    assert kb.warning_sign("lasting").days == 5


def test_the_prevention_habits(kb: Knowledge) -> None:
    keys = [h.key for h in kb.prevention]
    assert keys[:6] == [
        "posture_form",
        "core_work",
        "stretch_after_runs",
        "foam_rolling",
        "rest_hydration",
        "ten_percent_rule",
    ]
    assert "10 percent" in kb.habit("ten_percent_rule").text
    assert "two or three times a week" in kb.habit("core_work").text
    assert {"002", "003"} <= set(kb.habit("core_work").sources)


def test_shin_advice_cites_only_sentences_about_shins(kb: Knowledge) -> None:
    """Issue 13: sore shins were once cited to a document that never mentions them."""
    shins = [h for h in kb.prevention if "shins" in h.regions]
    shins += [f for f in kb.facts if "shins" in f.regions]
    assert shins
    for item in shins:
        for quote in item.cite.quotes:
            assert "shin" in quote.text.lower() or "tibialis" in quote.text.lower(), item.key


def test_the_note_that_this_is_not_medical_advice(kb: Knowledge) -> None:
    assert "not medical advice" in kb.notice.text
    assert "general information" in kb.notice.text


# --- exercises ------------------------------------------------------------------------

REQUIRED_EXERCISES = [
    "plank",
    "side_plank",
    "bird_dog",
    "dead_bug",
    "glute_bridge",
    "bicycle_crunch",
    "russian_twist",
    "leg_raise",
]


def test_the_required_exercises_in_order(kb: Knowledge) -> None:
    assert [e.key for e in kb.exercises][: len(REQUIRED_EXERCISES)] == REQUIRED_EXERCISES


def test_plank_holds_30_to_60_seconds_with_a_harder_variation(kb: Knowledge) -> None:
    plank = kb.exercise("plank")
    assert plank.measure == "hold" and not plank.sided
    assert plank.muscles == ("transverse_abdominis",)
    assert "posture" in plank.trains
    assert (plank.dose.hold_min_s, plank.dose.hold_max_s) == (30, 60)
    assert plank.hold is not None and plank.hold.documented
    assert (plank.hold.min_s, plank.hold.max_s, plank.hold.cap_s) == (30, 60, 60)
    assert "light resistance" in plank.hold.harder_variation


def test_side_plank_is_one_sided_exercise(kb: Knowledge) -> None:
    side = kb.exercise("side_plank")
    assert side.measure == "hold" and side.sided
    assert side.muscles == ("obliques",)
    assert "stabilisers" in side.trains
    assert side.hold is not None and not side.hold.documented
    assert [e.key for e in kb.exercises if e.sided] == ["side_plank"]
    assert [e.key for e in kb.hold_exercises] == ["plank", "side_plank"]


@pytest.mark.parametrize(
    ("key", "muscles", "words"),
    [
        ("bird_dog", {"erector_spinae", "glutes"}, "lower back"),
        ("dead_bug", {"transverse_abdominis"}, "pelvis"),
        ("glute_bridge", {"glutes", "hip_flexors"}, "hips"),
        ("bicycle_crunch", {"rectus_abdominis", "obliques"}, "abdominal"),
        ("russian_twist", {"obliques"}, "rotation"),
        ("leg_raise", {"hip_flexors"}, "legs"),
    ],
)
def test_exercise_facts(kb: Knowledge, key: str, muscles: set[str], words: str) -> None:
    exercise = kb.exercise(key)
    assert set(exercise.muscles) >= muscles
    assert words in exercise.trains.lower()
    assert exercise.measure == "reps"
    assert exercise.hold is None


def test_every_exercise_has_form_cue_progression_and_a_documented_dose(kb: Knowledge) -> None:
    for exercise in kb.exercises:
        assert exercise.cue and exercise.progression and exercise.trains
        assert (exercise.dose.sets_min, exercise.dose.sets_max) == (2, 3)
        assert exercise.dose.rest == "short"
        assert "002" in exercise.dose.sources
        assert "light resistance" in exercise.progression or "longer" in exercise.progression
        # No rep counts are invented: the documents give none.
        assert not any(
            ch.isdigit() for ch in exercise.dose.text.replace("2-3", "").replace("30-60", "")
        )


def test_the_exercises_from_document_003(kb: Knowledge) -> None:
    for key in (
        "bicycle_crunch",
        "russian_twist",
        "leg_raise",
        "plank",
        "side_plank",
        "glute_bridge",
    ):
        assert "003" in kb.exercise(key).sources, key


# --- the core -------------------------------------------------------------------------


def test_core_table_has_the_five_muscles_in_document_order(kb: Knowledge) -> None:
    table = kb.core_table
    assert [row.muscle.key for row in table] == [
        "rectus_abdominis",
        "obliques",
        "transverse_abdominis",
        "hip_flexors",
        "erector_spinae",
    ]
    assert [row.row for row in table] == [1, 2, 3, 4, 5]
    for row in table:
        assert row.function and row.when_weak and row.sources == ("002",)
        assert row.exercises, f"nothing trains {row.muscle.key}"
    assert "side stitches" in table[1].when_weak.lower()
    assert "pelvis" in table[2].when_weak


def test_core_table_links_the_exercises_that_train_each_muscle(kb: Knowledge) -> None:
    by_muscle = {row.muscle.key: [e.key for e in row.exercises] for row in kb.core_table}
    assert "plank" in by_muscle["transverse_abdominis"]
    assert "side_plank" in by_muscle["obliques"]
    assert "bird_dog" in by_muscle["erector_spinae"]
    assert "glute_bridge" in by_muscle["hip_flexors"]


def test_muscles_cover_every_group(kb: Knowledge) -> None:
    keys = {m.key for m in kb.muscles}
    assert keys >= {
        "quadriceps",
        "hamstrings",
        "glutes",
        "calves",
        "tibialis_anterior",
        "peroneals",
        "hip_flexors",
        "rectus_abdominis",
        "obliques",
        "transverse_abdominis",
        "erector_spinae",
        "intercostals",
        "foot_muscles",
        "arms_shoulders",
    }
    assert {m.group for m in kb.muscles} == {"core", "legs", "upper_body"}


def test_engagement_cue(kb: Knowledge) -> None:
    cue = kb.core.engagement_cue
    text = " ".join(step.text for step in cue.steps).lower()
    for words in ("tall", "tap", "belly button", "breath", "clench"):
        assert words in text
    assert set(cue.sources) == {"000", "002"}


def test_weekly_target_ten_percent_rule_and_benefits(kb: Knowledge) -> None:
    target = kb.core.weekly_target
    assert (target.sessions_min, target.sessions_max) == (2, 3)
    assert kb.core.ten_percent_rule.percent == 10
    assert len(kb.core.benefits) == 6
    assert all(b.sources == ("003",) for b in kb.core.benefits)
    only_so_far = next(f for f in kb.core.facts if f.key == "running_trains_core_only_so_far")
    assert only_so_far.sources == ("004",)


# --- runs -----------------------------------------------------------------------------


def test_every_run_type_and_race_class(kb: Knowledge) -> None:
    assert [r.key for r in kb.run_types] == [
        "easy",
        "long",
        "tempo",
        "intervals",
        "hills",
        "sprints",
        "race",
    ]
    assert [c.key for c in kb.run_type("race").race_classes] == [
        "5k",
        "10k",
        "half",
        "marathon",
        "other",
    ]
    assert [s.key for s in kb.surfaces] == ["road", "trail", "track", "treadmill", "grass"]
