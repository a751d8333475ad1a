"""Broken knowledge data is refused at load, with a message that names the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corelog.knowledge import FILES, KnowledgeError, load_knowledge
from corelog.resources import resource_path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge to break."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name in FILES:
        shutil.copy(resource_path("knowledge", f"{name}.toml"), folder)
    return folder


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / f"{name}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(root: Path, name: str, extra: str) -> None:
    path = root / f"{name}.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")


def refused(root: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)
    return str(caught.value)


def test_the_unbroken_copy_loads(root: Path) -> None:
    assert len(load_knowledge(root).exercises) >= 8


def test_knowledge_error_is_a_value_error() -> None:
    assert issubclass(KnowledgeError, ValueError)


# --- unknown references -----------------------------------------------------------------


def test_unknown_muscle_in_an_exercise(root: Path) -> None:
    edit(root, "exercises", 'muscles = ["transverse_abdominis"]', 'muscles = ["abz"]')
    message = refused(root)
    assert "exercises.toml" in message and "exercise 'plank'" in message
    assert "unknown muscle 'abz'" in message


def test_unknown_exercise_in_a_region(root: Path) -> None:
    edit(root, "regions", 'exercises = ["bird_dog", "dead_bug"]', 'exercises = ["superman"]')
    message = refused(root)
    assert "regions.toml, region 'lower_back'" in message
    assert "unknown exercise 'superman'" in message


def test_unknown_region_in_a_relief_method(root: Path) -> None:
    edit(
        root,
        "recovery",
        'regions = ["upper_abs", "lower_abs", "obliques_left"',
        'regions = ["elbow", "lower_abs", "obliques_left"',
    )
    message = refused(root)
    assert "recovery.toml, relief 'stretching_mobility'" in message
    assert "unknown region 'elbow'" in message


def test_unknown_relief_method_in_an_action(root: Path) -> None:
    edit(root, "recovery", 'relief = ["heat_cold"]', 'relief = ["sauna"]')
    message = refused(root)
    assert "action 'rest'" in message and "unknown relief method 'sauna'" in message


def test_unknown_run_type_in_a_fact(root: Path) -> None:
    edit(root, "facts", 'run_types = ["long"]', 'run_types = ["ultra"]')
    message = refused(root)
    assert "facts.toml, fact 'abs_after_long_run'" in message
    assert "unknown run type 'ultra'" in message


def test_unknown_muscle_in_a_run_type(root: Path) -> None:
    edit(root, "run_types", 'muscle = "erector_spinae"', 'muscle = "spine"')
    message = refused(root)
    assert "run_types.toml, run_type 'long', works #1" in message
    assert "unknown muscle 'spine'" in message


def test_unknown_action_in_a_rule(root: Path) -> None:
    edit(root, "recovery", 'action = "rest"', 'action = "train_through"')
    message = refused(root)
    assert "rule 'severe'" in message and "unknown action 'train_through'" in message


def test_unknown_view_in_a_region(root: Path) -> None:
    edit(root, "regions", 'view = ["back"]', 'view = ["side"]')
    assert "unknown view 'side'" in refused(root)


# --- sources ----------------------------------------------------------------------------


def cited(source: str, quote: str) -> str:
    """One entry of a ``cites`` list as the knowledge files write it (a literal string)."""
    return f"{{ source = \"{source}\", quote = '{quote}' }}"


BIRD_DOGS = (
    "Bird Dogs: Strengthen the lower back and glutes while teaching coordination between limbs."
)
RIBS = "And then when you breathe hard when running, the intercostals between the ribs are toned."
OVERUSE = (
    "Overuse soreness: Builds gradually with frequent runs, often linked to weak supporting "
    "muscles."
)
INJURY = "Injury prevention: A strong core can help prevent imbalances"


def test_missing_cites(root: Path) -> None:
    progression = 'progression = "When it feels easy, add light resistance."\n'
    edit(
        root,
        "exercises",
        f"{progression}cites = [\n    {cited('002', BIRD_DOGS)},\n",
        f"{progression}unused = [\n    {cited('002', BIRD_DOGS)},\n",
    )
    message = refused(root)
    assert "exercise 'bird_dog'" in message and "no cites" in message


def test_unknown_source(root: Path) -> None:
    edit(root, "muscles", cited("001", RIBS), cited("009", RIBS))
    message = refused(root)
    assert "muscles.toml, muscle 'intercostals', cites #1" in message
    assert "unknown source '009'" in message


def test_empty_cites(root: Path) -> None:
    opening = cited("003", INJURY)[:-3]  # without its closing: the sentence goes on
    edit(
        root,
        "core",
        f"cites = [\n    {opening}",
        f"cites = []\nunused = [\n    {opening}",
    )
    message = refused(root)
    assert "core.toml, benefit 'injury_prevention'" in message
    assert "non-empty list" in message


def test_a_document_source_needs_its_quote(root: Path) -> None:
    edit(root, "facts", cited("001", RIBS), '{ source = "001" }')
    message = refused(root)
    assert "facts.toml, fact 'ribs_hard_breathing', cites #1" in message
    assert "field 'quote' is missing" in message


def test_corelogs_own_words_carry_no_quote(root: Path) -> None:
    edit(root, "soreness", '{ source = "corelog" },', '{ source = "corelog", quote = "x" },')
    message = refused(root)
    assert "soreness.toml, notice, cites #1" in message and "carry no quote" in message


def test_corelog_comes_before_the_rules_its_reading_rests_on(root: Path) -> None:
    own = '{ source = "corelog" }'
    edit(
        root,
        "soreness",
        f"cites = [\n    {own},\n    {cited('002', OVERUSE)},\n]",
        f"cites = [\n    {cited('002', OVERUSE)},\n    {own},\n]",
    )
    message = refused(root)
    assert "cites #2" in message and "must come first" in message


def test_a_quote_is_one_sentence_not_a_paragraph(root: Path) -> None:
    long = "Normal soreness lasts a few days. " * 9
    edit(root, "facts", cited("001", RIBS), cited("001", long))
    message = refused(root)
    assert "fact 'ribs_hard_breathing', cites #1" in message and "characters long" in message


def test_the_same_sentence_is_not_quoted_twice(root: Path) -> None:
    entry = f"    {cited('001', RIBS)},\n"
    edit(root, "facts", entry, entry + entry)
    assert "quotes the same sentence twice" in refused(root)


def test_a_reading_must_be_corelogs_own(root: Path) -> None:
    edit(
        root,
        "recovery",
        '[action.reading]\ntext = "CoreLog takes an active recovery day to mean no run today'
        ': the document names stretching, foam rolling and a gentle walk for it, and keeps '
        'easy runs for mild soreness."\ncites = [\n    { source = "corelog" },\n',
        '[action.reading]\ntext = "An active recovery day means no run."\ncites = [\n',
    )
    message = refused(root)
    assert "action 'active_recovery', reading" in message and "CoreLog's reading" in message


def test_badly_numbered_source(root: Path) -> None:
    edit(root, "sources", 'id = "004"', 'id = "four"')
    assert "three digits" in refused(root)


# --- duplicate keys ---------------------------------------------------------------------


def test_duplicate_exercise_key(root: Path) -> None:
    edit(root, "exercises", 'key = "dead_bug"', 'key = "bird_dog"')
    message = refused(root)
    assert "exercises.toml" in message and "duplicate exercise key 'bird_dog'" in message


def test_duplicate_region_key(root: Path) -> None:
    edit(root, "regions", 'key = "obliques_right"', 'key = "obliques_left"')
    assert "duplicate region key 'obliques_left'" in refused(root)


def test_duplicate_key_in_a_list(root: Path) -> None:
    edit(root, "exercises", 'muscles = ["glutes", "hip_flexors"]', 'muscles = ["glutes", "glutes"]')
    message = refused(root)
    assert "exercise 'glute_bridge'" in message and "more than once" in message


def test_duplicate_core_table_row(root: Path) -> None:
    edit(root, "muscles", "row = 5", "row = 4")
    message = refused(root)
    assert "muscles.toml" in message and "core table rows" in message


# --- malformed doses --------------------------------------------------------------------


def test_dose_with_more_minimum_sets_than_maximum(root: Path) -> None:
    edit(
        root,
        "exercises",
        "sets_min = 2\nsets_max = 3\nhold_min_s = 30",
        "sets_min = 4\nsets_max = 3\nhold_min_s = 30",
    )
    message = refused(root)
    assert "exercise 'plank', dose" in message
    assert "malformed dose: sets_min (4) is more than sets_max (3)" in message


def test_dose_with_no_sets(root: Path) -> None:
    edit(
        root,
        "exercises",
        "sets_min = 2\nsets_max = 3\nhold_min_s = 30",
        "sets_min = 0\nsets_max = 3\nhold_min_s = 30",
    )
    assert "'sets_min' must be at least 1, found 0" in refused(root)


def test_dose_with_a_negative_hold(root: Path) -> None:
    edit(root, "exercises", "hold_min_s = 30", "hold_min_s = -30")
    assert "'hold_min_s' must be at least 1" in refused(root)


def test_dose_with_the_hold_range_upside_down(root: Path) -> None:
    edit(root, "exercises", "hold_min_s = 30\nhold_max_s = 60", "hold_min_s = 90\nhold_max_s = 60")
    assert "'hold_min_s' (90) is more than 'hold_max_s' (60)" in refused(root)


def test_dose_with_half_a_hold_range(root: Path) -> None:
    edit(root, "exercises", "hold_max_s = 60\n", "")
    assert "'hold_min_s' and 'hold_max_s' must be given together" in refused(root)


def test_hold_range_on_a_reps_exercise(root: Path) -> None:
    edit(
        root,
        "exercises",
        'text = "2-3 sets with short rests."',
        'text = "2-3 sets with short rests."\nhold_min_s = 10\nhold_max_s = 20',
    )
    message = refused(root)
    assert "exercise 'bird_dog', dose" in message and "only fits a hold exercise" in message


def test_rep_counts_are_not_a_dose_field(root: Path) -> None:
    edit(
        root,
        "exercises",
        'text = "2-3 sets with short rests."',
        'text = "2-3 sets with short rests."\nreps = 12',
    )
    message = refused(root)
    assert "exercise 'bird_dog', dose" in message and "unknown field(s): reps" in message


def test_hold_exercise_without_timer_guide(root: Path) -> None:
    edit(
        root,
        "exercises",
        "[exercise.hold]\nmin_s = 30\nmax_s = 60\ncap_s = 60\n"
        'harder_variation = "Add light resistance to the plank."',
        '[exercise.unused]\nharder_variation = "Add light resistance to the plank."',
    )
    message = refused(root)
    assert "exercise 'plank'" in message


def test_timer_cap_below_the_hold_range(root: Path) -> None:
    edit(root, "exercises", "cap_s = 60", "cap_s = 20")
    assert "cap_s (20) is below min_s (30)" in refused(root)


def test_documented_hold_range_must_match_the_dose(root: Path) -> None:
    edit(
        root,
        "exercises",
        "min_s = 30\nmax_s = 60\ncap_s = 60",
        "min_s = 30\nmax_s = 90\ncap_s = 90",
    )
    assert "must match the dose" in refused(root)


# --- missing text and wrong types -------------------------------------------------------


def test_empty_cue(root: Path) -> None:
    edit(root, "exercises", 'cue = "Move your limbs slowly', 'cue = "  "\nunused = "')
    message = refused(root)
    assert "exercise 'bird_dog'" in message and "field 'cue' is empty" in message


def test_missing_name(root: Path) -> None:
    edit(root, "regions", 'name = "Shins"\n', "")
    message = refused(root)
    assert "region 'shins'" in message and "field 'name' is missing" in message


def test_missing_key_is_located_by_position(root: Path) -> None:
    edit(root, "recovery", 'key = "heat_cold"\n', "")
    message = refused(root)
    assert "recovery.toml, relief #4" in message and "field 'key' is missing" in message


def test_text_where_true_or_false_belongs(root: Path) -> None:
    edit(root, "exercises", "sided = true", 'sided = "yes"')
    message = refused(root)
    assert "exercise 'side_plank'" in message
    assert "field 'sided' must be true or false, found text" in message


def test_text_where_a_number_belongs(root: Path) -> None:
    edit(root, "core", "percent = 10", 'percent = "10"')
    assert "core.toml, ten_percent_rule: field 'percent' must be a whole number" in refused(root)


def test_a_number_where_text_belongs(root: Path) -> None:
    edit(root, "soreness", 'name = "Muscle strain"', "name = 3")
    message = refused(root)
    assert "kind 'strain'" in message and "field 'name' must be text" in message


def test_unknown_choice(root: Path) -> None:
    edit(root, "exercises", 'measure = "reps"', 'measure = "minutes"')
    assert "field 'measure' must be one of hold, reps, found 'minutes'" in refused(root)


def test_misspelt_field(root: Path) -> None:
    edit(root, "regions", 'loads = "Lifting the toes', 'lods = "Lifting the toes')
    message = refused(root)
    assert "region 'shins'" in message and "field 'loads' is missing" in message


def test_extra_unknown_field(root: Path) -> None:
    edit(root, "prevention", 'key = "posture_form"', 'key = "posture_form"\ncolour = "red"')
    message = refused(root)
    assert "habit 'posture_form'" in message and "unknown field(s): colour" in message


def test_bad_key_spelling(root: Path) -> None:
    edit(root, "facts", 'key = "shin_splints"', 'key = "Shin Splints"')
    assert "must be a lower-case key" in refused(root)


# --- structure --------------------------------------------------------------------------


def test_fact_linked_to_nothing(root: Path) -> None:
    append(
        root,
        "facts",
        '[[fact]]\nkey = "orphan"\ntext = "Shown nowhere."\n'
        'cites = [{ source = "001", quote = "Peroneal muscles" }]',
    )
    assert "fact 'orphan': the fact is linked to nothing" in refused(root)


def test_relief_that_fits_no_region(root: Path) -> None:
    edit(
        root,
        "recovery",
        "all_regions = true\n",
        "",
    )
    assert "relief 'gentle_movement': fits no region" in refused(root)


def test_overlapping_severity_rules(root: Path) -> None:
    edit(root, "recovery", "severity_min = 4", "severity_min = 3")
    assert "rules 'mild' and 'moderate' overlap in severity" in refused(root)


def test_severity_rule_beyond_ten(root: Path) -> None:
    edit(root, "recovery", "severity_max = 10", "severity_max = 11")
    assert "severity_max (11) is above 10" in refused(root)


def test_unknown_warning_sign_in_a_rule(root: Path) -> None:
    edit(root, "recovery", 'warning_signs = ["sharp", "swelling"]', 'warning_signs = ["sharpish"]')
    message = refused(root)
    assert "rule 'stabbing_or_swelling'" in message
    assert "unknown warning sign 'sharpish'" in message


def test_region_with_race_class_but_not_race(root: Path) -> None:
    edit(
        root,
        "regions",
        'run_types = ["race"]\nrace_classes = ["5k"]',
        'run_types = ["hills"]\nrace_classes = ["5k"]',
    )
    assert "region 'hip_flexors': race classes are listed" in refused(root)


def test_missing_file(root: Path) -> None:
    (root / "regions.toml").unlink()
    message = refused(root)
    assert "regions.toml" in message and "missing" in message


def test_invalid_toml(root: Path) -> None:
    append(root, "core", "[[benefit]\nkey = ")
    message = refused(root)
    assert "core.toml" in message and "not valid TOML" in message


def test_a_table_where_a_list_of_tables_belongs(root: Path) -> None:
    (root / "sources.toml").write_text('source = "000"\n', encoding="utf-8")
    assert "sources.toml: 'source' must be a list of tables" in refused(root)


# --- relief an action holds off -------------------------------------------------------------


def test_held_off_relief_must_exist(root: Path) -> None:
    edit(root, "recovery", 'hold_off = ["gentle_movement",', 'hold_off = ["gentle_walks",')
    message = refused(root)
    assert "unknown relief method 'gentle_walks'" in message and "'hold_off'" in message


def test_held_off_relief_needs_a_note(root: Path) -> None:
    edit(root, "recovery", "[action.hold_off_note]", "[action.unused_note]")
    message = refused(root)
    assert "action 'rest'" in message and "needs a 'hold_off_note'" in message


def test_an_action_cannot_bring_and_hold_off_the_same_relief(root: Path) -> None:
    edit(root, "recovery", 'relief = ["heat_cold"]\nhold_off = [', 'relief = ["heat_cold"]\n'
         'hold_off = ["heat_cold", ')
    assert "heat_cold is both in 'relief' and in 'hold_off'" in refused(root)
