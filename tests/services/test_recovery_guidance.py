"""The guidance CoreLog gives for a soreness entry: from the documents, fitted to the user."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from corelog.domain.validation import Invalid
from corelog.knowledge import citation, own_citation
from corelog.services import recovery
from corelog.services.recovery import FollowUpForm, LinkRef, SorenessForm
from corelog.store.models import CoreSession, Run

TZ = timezone(timedelta(hours=2))
NOW = datetime(2025, 5, 10, 19, 0, tzinfo=TZ)
TITLES = {
    "000": "Does Running Train Abs",
    "001": "What Muscles Does Running Work?",
    "002": "Why Your Abs Get Sore After Running",
    "003": "Core training for runners",
    "004": "Running and muscles",
}
MOVING = {"gentle_movement", "stretching_mobility", "foam_rolling"}


def add_run(store, hours_ago: float, run_type: str = "easy", km: float = 8.0) -> int:
    with store.write() as session:
        run = Run(started_at=NOW - timedelta(hours=hours_ago), utc_offset_min=120,
                  distance_m=km * 1000, duration_s=km * 330, run_type=run_type)
        session.add(run)
        session.flush()
        return run.id


def add_session(store, hours_ago: float) -> int:
    with store.write() as session:
        core = CoreSession(started_at=NOW - timedelta(hours=hours_ago), utc_offset_min=120)
        session.add(core)
        session.flush()
        return core.id


def save(store, **changes: object) -> int:
    values: dict[str, object] = {
        "noted_at": NOW, "region": "upper_abs", "severity": 2, "feel": "dull",
        "onset": "delayed", "trend": "improving", "days_lasted": "1",
    }
    values.update(changes)
    checked = recovery.check_entry(store, SorenessForm(**values), now=NOW)  # type: ignore[arg-type]
    assert not isinstance(checked, Invalid), checked
    return recovery.add_entry(store, checked)


def mild_doms_after_a_long_run(store) -> int:
    add_session(store, 24 * 3)
    long_run = add_run(store, 30, "long", km=24)
    return save(store, link=LinkRef("run", long_run))


def test_mild_doms_after_a_long_run(store) -> None:
    guidance = recovery.build_guidance(store, mild_doms_after_a_long_run(store), now=NOW)
    assert not guidance.has_red_flags
    assert guidance.kind_key == "doms"
    assert guidance.kind.title == "Normal soreness (DOMS)"
    assert guidance.kind.detail == (
        "Dull or tight, began a day or two after your long run, easing as you move: "
        "this looks like normal delayed soreness (DOMS)."
    )
    assert guidance.action_key == "run_easy" and guidance.action.title == "Run easy"
    assert "2/10" in guidance.action.detail
    assert [t.key for t in guidance.relief_today] == ["gentle_movement"]
    assert {t.key for t in guidance.relief_also} == {
        "stretching_mobility", "foam_rolling", "heat_cold", "nutrition_hydration"
    }
    assert guidance.relief_held_off == () and guidance.relief_note is None
    assert [c.key for c in guidance.causes] == ["long_run"]
    assert "long run" in guidance.causes[0].detail
    assert [t.key for t in guidance.prevention_exercises] == ["bicycle_crunch", "leg_raise"]
    assert "core_work" in [t.key for t in guidance.prevention_habits]
    assert guidance.link is not None and guidance.link.words == "Long run"
    assert guidance.link_note is None


def check_cited(tip) -> None:
    """A line either quotes the documents it cites, or says its words are CoreLog's own
    and quotes the document rules it rests on (none for a note of CoreLog's alone)."""
    for source in tip.sources:
        assert TITLES[source.id] == source.title
    assert {q.source.id for q in tip.quotes} == {s.id for s in tip.sources}, tip.key
    assert all(q.text.strip() for q in tip.quotes)
    if tip.own:
        assert tip.source_line == own_citation(s.id for s in tip.sources)
        assert tip.source_line.startswith("(CoreLog's")
    else:
        assert tip.sources and tip.quotes, tip.key
        assert tip.source_line == citation(s.id for s in tip.sources)
        assert tip.source_line.startswith("(source")
        assert f"{tip.sources[0].id} · " in tip.source_line


def test_every_line_quotes_what_it_rests_on(store) -> None:
    guidance = recovery.build_guidance(store, mild_doms_after_a_long_run(store), now=NOW)
    for tip in guidance.lines:
        check_cited(tip)
    assert guidance.notice.own and guidance.notice.source_line == "(CoreLog's own words)"


def test_the_not_medical_advice_note_is_always_there(store) -> None:
    guidance = recovery.build_guidance(store, mild_doms_after_a_long_run(store), now=NOW)
    assert guidance.notice.title == "General information, not medical advice"
    assert "not medical advice" in guidance.notice.text


def test_red_flags_win_and_come_first(store) -> None:
    add_run(store, 2, "intervals")
    entry_id = save(store, region="obliques_left", severity=3, feel="sharp", onset="during",
                     trend="worsening", swelling=True)
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert [t.key for t in guidance.red_flags] == ["sharp", "worsening", "swelling"]
    assert guidance.red_flags[0].title == "Sharp or stabbing pain"
    assert guidance.red_flags[0].detail == "You said the pain is sharp or localised."
    assert guidance.tips[0].key == "sharp"
    # Getting worse calls for a physiotherapist, as 002 words it.
    assert guidance.action_key == "see_physio"
    assert guidance.action.title == "See a physiotherapist"
    assert guidance.kind_key == "strain"
    shown = {t.key for t in guidance.relief_today + guidance.relief_also}
    assert not shown & MOVING
    assert {t.key for t in guidance.relief_held_off} == MOVING
    assert guidance.relief_note is not None and "training through" in guidance.relief_note.text
    assert guidance.relief_note.own
    assert "small tear" in guidance.relief_note.quotes[0].text
    assert "easy" not in guidance.action.text.lower()


def test_lingering_soreness_becomes_a_warning_sign_while_it_stays_open(store) -> None:
    entry_id = save(store, days_lasted="2", severity=3)
    assert recovery.build_guidance(store, entry_id, now=NOW).action_key == "run_easy"
    later = recovery.build_guidance(store, entry_id, now=NOW + timedelta(days=3))
    assert later.state.days_lasted == 5
    assert [t.key for t in later.red_flags] == ["lasting"]
    assert later.action_key == "see_physio"
    # "Several days" is 002's; that CoreLog counts five is CoreLog's own reading.
    (reading,) = later.red_flags[0].notes
    assert reading.own and "5 days" in reading.text
    assert "beyond several days" in reading.quotes[0].text


def test_a_follow_up_updates_the_guidance(store) -> None:
    entry_id = save(store, severity=8, trend="steady", onset="delayed")
    assert recovery.build_guidance(store, entry_id, now=NOW).action_key == "rest"
    later = NOW + timedelta(days=1)
    values = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=5, trend="improving"), now=later
    )
    recovery.add_follow_up(store, entry_id, values)
    guidance = recovery.build_guidance(store, entry_id, now=later)
    assert guidance.state.severity == 5 and guidance.action_key == "active_recovery"
    assert [t.key for t in guidance.relief_today] == [
        "gentle_movement", "stretching_mobility", "foam_rolling"
    ]
    worse = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=5, trend="worsening"), now=later
    )
    recovery.add_follow_up(store, entry_id, worse)
    guidance = recovery.build_guidance(store, entry_id, now=later)
    assert guidance.action_key == "see_physio"
    assert [t.key for t in guidance.red_flags] == ["worsening"]
    assert len(guidance.updates) == 2


def test_no_pain_left_means_easing_back_in(store) -> None:
    entry_id = save(store, severity=4)
    values = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=0, trend="improving"), now=NOW
    )
    recovery.add_follow_up(store, entry_id, values)
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert guidance.state.band == "none" and guidance.action_key == "run_easy"


def test_a_deleted_linked_run_is_explained_and_left_out(store) -> None:
    run_id = add_run(store, 30, "hills")
    entry_id = save(store, link=LinkRef("run", run_id))
    with store.write() as session:
        session.get(Run, run_id).deleted_at = NOW
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert guidance.link_note == (
        "The run this entry was linked to has been deleted, so it is left out."
    )
    assert "hill session" not in guidance.kind.detail
    assert guidance.link is not None and guidance.link.deleted


def test_a_linked_core_session_is_named(store) -> None:
    session_id = add_session(store, 28)
    entry_id = save(store, link=LinkRef("core_session", session_id))
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert "after your core session" in guidance.kind.detail
    assert "no_core_work" not in [c.key for c in guidance.causes]


def obliques_after_every_hill_session(store) -> int:
    """Three past episodes of left oblique soreness after hill sessions, and a fourth now."""
    add_session(store, 24)
    for days_ago in (40, 25, 12):
        hills = add_run(store, 24 * days_ago + 30, "hills")
        save(store, region="obliques_left", noted_at=NOW - timedelta(days=days_ago),
             link=LinkRef("run", hills))
    today_hills = add_run(store, 30, "hills")
    return save(store, region="obliques_left", link=LinkRef("run", today_hills))


def test_the_users_own_pattern_across_past_episodes(store) -> None:
    guidance = recovery.build_guidance(store, obliques_after_every_hill_session(store), now=NOW)
    pattern = next(c for c in guidance.causes if c.key == "episode_pattern")
    assert pattern.detail == (
        "Your last three episodes of left oblique soreness each followed a hill session, "
        "and so did this one."
    )
    assert pattern.title == "A pattern in your history"


def test_no_core_work_and_a_distance_jump_are_found(store) -> None:
    for days_ago in (13, 11, 9):
        add_run(store, 24 * days_ago, km=5)
    for days_ago in (5, 3, 1.5):
        add_run(store, 24 * days_ago, km=8)
    entry_id = save(store, region="lower_abs")
    keys = [c.key for c in recovery.build_guidance(store, entry_id, now=NOW).causes]
    assert "distance_jump" in keys and "no_core_work" in keys


def test_core_regions_get_the_other_common_reasons_legs_do_not(store) -> None:
    abs_entry = save(store, region="upper_abs")
    calf_entry = save(store, region="calves")
    abs_guidance = recovery.build_guidance(store, abs_entry, now=NOW)
    assert {"new_terrain", "changed_stride"} <= {t.key for t in abs_guidance.other_reasons}
    calves = recovery.build_guidance(store, calf_entry, now=NOW)
    assert calves.other_reasons == ()
    assert any("forefoot" in t.text for t in calves.region_facts)
    assert calves.prevention_exercises == ()
    assert "calf_training" in [t.key for t in calves.prevention_habits]


def test_shins_get_the_shin_splints_fact(store) -> None:
    guidance = recovery.build_guidance(store, save(store, region="shins"), now=NOW)
    assert any("shin splints" in t.text for t in guidance.region_facts)
    assert guidance.region_facts[0].title == "What loads the shins"


# --- stop and rest, or see a physiotherapist (document 002's words) ----------------------------


def test_sharp_pain_on_its_first_day_means_stop_running_and_rest(store) -> None:
    entry_id = save(store, region="lower_abs", severity=4, feel="sharp", onset="during",
                    trend="steady", days_lasted="0")
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert [t.key for t in guidance.red_flags] == ["sharp"]
    assert guidance.action_key == "stop_rest"
    assert guidance.action.title == "Stop running and rest"
    assert "physiotherapist" in guidance.action.text  # if it lasts or gets worse
    rule = guidance.action.notes[0]
    assert rule.key == "stabbing_or_swelling" and not rule.own
    assert any("signal to stop and rest" in q.text for q in rule.quotes)
    assert {t.key for t in guidance.relief_held_off} == MOVING


def test_swelling_that_does_not_settle_calls_for_a_physiotherapist(store) -> None:
    entry_id = save(store, region="obliques_right", severity=3, swelling=True, days_lasted="1")
    assert recovery.build_guidance(store, entry_id, now=NOW).action_key == "stop_rest"
    later = recovery.build_guidance(store, entry_id, now=NOW + timedelta(days=2))
    assert later.state.days_lasted == 3 and later.state.swelling
    assert later.action_key == "see_physio"
    rule = later.action.notes[0]
    assert rule.key == "swelling_not_settling"
    # The third-day count is CoreLog's reading; the rules it rests on are quoted.
    assert rule.own and rule.source_line.startswith("(CoreLog's reading; rule from 002 · ")
    assert any("Rest for 48–72 hours" in q.text for q in rule.quotes)
    # Once the swelling has gone, a follow-up brings the advice back down.
    values = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=2, trend="improving", swelling=False),
        now=NOW + timedelta(days=2),
    )
    recovery.add_follow_up(store, entry_id, values)
    settled = recovery.build_guidance(store, entry_id, now=NOW + timedelta(days=2))
    assert not settled.has_red_flags and settled.action_key != "see_physio"


def test_the_rule_behind_a_band_action_is_quoted_from_the_document(store) -> None:
    guidance = recovery.build_guidance(store, save(store, severity=5), now=NOW)
    assert guidance.action_key == "active_recovery"
    rule, reading = guidance.action.notes
    assert rule.key == "moderate" and not rule.own
    assert rule.quotes[0].text.startswith("Moderate soreness: Take an active recovery day")
    # "No run today" is CoreLog's reading of an active recovery day, and says so.
    assert reading.own and "no run" in reading.text
    assert reading.source_line == "(CoreLog's reading; rule from 002 · Sore abs after running)"


def test_a_mild_suspected_strain_gets_an_active_recovery_day_as_corelogs_reading(store) -> None:
    entry_id = save(store, severity=2, onset="during", trend="steady")
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
    assert guidance.kind_key == "strain" and guidance.action_key == "active_recovery"
    rule = guidance.action.notes[0]
    assert rule.key == "mild_strain" and rule.own
    assert "may need rest or medical attention" in rule.quotes[0].text


def test_inferences_from_the_history_are_corelogs_reading(store) -> None:
    guidance = recovery.build_guidance(store, obliques_after_every_hill_session(store), now=NOW)
    pattern = next(c for c in guidance.causes if c.key == "episode_pattern")
    assert pattern.own and pattern.reading
    assert "CoreLog reads" in pattern.text
    assert [q.text for q in pattern.quotes] == [
        "Lastly, progress your mileage and intensity gradually."
    ]
    # Found in the log, every cause's detail is CoreLog's reading beside the document rule.
    assert all(c.reading and c.detail for c in guidance.causes)
    # How CoreLog recognises overuse in a log is its own rule, beside 002's description.
    for days_ago in (15, 4):
        save(store, region="calves", noted_at=NOW - timedelta(days=days_ago))
    overuse = recovery.build_guidance(store, save(store, region="calves"), now=NOW).kind
    assert overuse.key == "overuse" and not overuse.own
    assert overuse.text == (
        "Overuse soreness builds gradually with frequent runs and is often linked to weak "
        "supporting muscles."
    )
    (reading,) = overuse.notes
    assert reading.own and "third time in three weeks" in reading.text
