"""The guidance CoreLog gives for a soreness entry: from the documents, fitted to the user."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from corelog.domain.validation import Invalid
from corelog.knowledge import citation
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


def test_every_tip_cites_its_source_documents(store) -> None:
    guidance = recovery.build_guidance(store, mild_doms_after_a_long_run(store), now=NOW)
    for tip in guidance.tips:
        assert tip.sources, tip.key
        for source in tip.sources:
            assert TITLES[source.id] == source.title
        assert tip.source_line == citation(s.id for s in tip.sources)
        assert tip.source_line.startswith("(source")
        assert f"{tip.sources[0].id} · " in tip.source_line


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
    assert guidance.action_key == "stop_see_physio"
    assert guidance.kind_key == "strain"
    shown = {t.key for t in guidance.relief_today + guidance.relief_also}
    assert not shown & MOVING
    assert {t.key for t in guidance.relief_held_off} == MOVING
    assert guidance.relief_note and "small tear" in guidance.relief_note
    assert "easy" not in guidance.action.text.lower()


def test_lingering_soreness_becomes_a_warning_sign_while_it_stays_open(store) -> None:
    entry_id = save(store, days_lasted="2", severity=3)
    assert recovery.build_guidance(store, entry_id, now=NOW).action_key == "run_easy"
    later = recovery.build_guidance(store, entry_id, now=NOW + timedelta(days=3))
    assert later.state.days_lasted == 5
    assert [t.key for t in later.red_flags] == ["lasting"]
    assert later.action_key == "stop_see_physio"


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
    assert guidance.action_key == "stop_see_physio"
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


def test_the_users_own_pattern_across_past_episodes(store) -> None:
    add_session(store, 24)
    for days_ago in (40, 25, 12):
        hills = add_run(store, 24 * days_ago + 30, "hills")
        save(store, region="obliques_left", noted_at=NOW - timedelta(days=days_ago),
             link=LinkRef("run", hills))
    today_hills = add_run(store, 30, "hills")
    entry_id = save(store, region="obliques_left", link=LinkRef("run", today_hills))
    guidance = recovery.build_guidance(store, entry_id, now=NOW)
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
