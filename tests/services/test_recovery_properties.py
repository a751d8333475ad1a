"""Property tests: whatever the user logs and follows up, the guidance is whole and coherent."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.soreness import FEELS, ONSETS, REGIONS, TRENDS
from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import recovery
from corelog.services.recovery import FollowUpForm, LinkRef, SorenessForm
from corelog.store.models import Run
from corelog.store.store import Store

TZ = timezone(timedelta(hours=-5))
NOW = datetime(2025, 5, 10, 19, 0, tzinfo=TZ)
MOVING = {"gentle_movement", "stretching_mobility", "foam_rolling"}
ACTIONS = ("run_easy", "active_recovery", "rest", "stop_rest", "see_physio")
STOPS = ("stop_rest", "see_physio")


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """One database with a few weeks of runs; examples add their entries to it."""
    store = Store.open(tmp_path_factory.mktemp("recovery") / "corelog.db")
    run_ids = []
    with store.write() as session:
        for days_ago, run_type, km in ((20, "easy", 6), (9, "long", 20), (4, "hills", 9),
                                       (2, "intervals", 7), (1, "easy", 5)):
            run = Run(started_at=NOW - timedelta(days=days_ago), utc_offset_min=-300,
                      distance_m=km * 1000, duration_s=km * 330, run_type=run_type)
            session.add(run)
            session.flush()
            run_ids.append(run.id)
    yield store, run_ids
    store.close()


follow_ups = st.lists(
    st.tuples(st.integers(0, 10), st.sampled_from(TRENDS), st.booleans()), max_size=2
)


@settings(max_examples=60, deadline=None)
@given(
    region=st.sampled_from(REGIONS),
    severity=st.integers(0, 10),
    feel=st.sampled_from(FEELS),
    onset=st.sampled_from(ONSETS),
    trend=st.sampled_from(TRENDS),
    swelling=st.booleans(),
    days=st.integers(0, 365),
    linked=st.integers(-1, 4),
    updates=follow_ups,
    days_later=st.integers(0, 10),
)
def test_guidance_is_never_empty_or_contradictory(
    history, region, severity, feel, onset, trend, swelling, days, linked, updates, days_later
) -> None:
    store, run_ids = history
    kb = get_knowledge()
    link = LinkRef("run", run_ids[linked]) if linked >= 0 else None
    values = recovery.check_entry(
        store,
        SorenessForm(NOW, region, severity, feel, onset, trend, swelling, days, link),
        now=NOW,
    )
    assert not isinstance(values, Invalid), values
    entry_id = recovery.add_entry(store, values)
    later = NOW + timedelta(days=days_later)
    for up_severity, up_trend, up_swelling in updates:
        checked = recovery.check_follow_up(
            store, entry_id, FollowUpForm(up_severity, up_trend, up_swelling), now=later
        )
        assert not isinstance(checked, Invalid)
        recovery.add_follow_up(store, entry_id, checked)

    guidance = recovery.build_guidance(store, entry_id, now=later)

    # Always one kind, one action, the reasons for both, and the note.
    assert guidance.action_key in ACTIONS and guidance.action.text and guidance.action.detail
    assert guidance.kind_key in ("doms", "strain", "overuse") and guidance.kind.detail
    assert "not medical advice" in guidance.notice.text
    assert guidance.relief_today or guidance.relief_also
    for tip in guidance.lines:
        # Each line quotes the documents it cites, or is CoreLog's own words.
        assert tip.own or (tip.sources and tip.quotes), tip.key
        assert {q.source.id for q in tip.quotes} == {s.id for s in tip.sources}
        assert all(s.title == kb.source(s.id).title for s in tip.sources)
    assert guidance.action.notes[0].key == guidance.assessment.action_rule

    # Warning signs win, come first, and nothing beside them says to keep moving.
    shown = {t.key for t in guidance.relief_today + guidance.relief_also}
    if guidance.has_red_flags:
        assert guidance.action_key in STOPS
        assert guidance.tips[: len(guidance.red_flags)] == guidance.red_flags
        assert "easy run" not in guidance.action.detail
        assert not shown & MOVING
    else:
        assert guidance.action_key not in STOPS
    if guidance.action_key == "rest":
        assert not shown & MOVING
    assert {t.key for t in guidance.relief_today} <= set(kb.action(guidance.action_key).relief)
    assert not shown & {t.key for t in guidance.relief_held_off}
    if guidance.kind_key == "strain" and guidance.state.severity > 0:
        assert guidance.action_key != "run_easy"

    # The Today page's advice is the same as the page's.
    today = {item.entry.id: item for item in recovery.open_entries_with_advice(store, now=later)}
    assert today[entry_id].action == guidance.action_key
    assert today[entry_id].rule == guidance.action.notes[0]
    recovery.resolve_entry(store, entry_id, at=later)
