"""Property tests: every possible entry gets one clear, non-contradicting answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from corelog.domain.soreness import (
    ACTION_RULES,
    ACTIONS,
    CAUSES,
    FEELS,
    KINDS,
    LASTING_DAYS,
    ONSETS,
    RACE_CLASSES,
    RED_FLAGS,
    REGIONS,
    RUN_TYPES,
    SWELLING_SETTLE_DAYS,
    TRENDS,
    Assessment,
    PastEpisode,
    RecentRun,
    SorenessInput,
    TrainingContext,
    assess_soreness,
)

AT = datetime(2025, 5, 10, 8, 0, tzinfo=UTC)

entries = st.builds(
    SorenessInput,
    region=st.sampled_from(REGIONS),
    severity=st.integers(0, 10),
    feel=st.sampled_from(FEELS),
    onset=st.sampled_from(ONSETS),
    trend=st.sampled_from(TRENDS),
    swelling=st.booleans(),
    days_lasted=st.integers(0, 365),
)

offsets = st.integers(min_value=-10, max_value=24 * 70).map(lambda h: AT - timedelta(hours=h))


@st.composite
def recent_runs(draw: st.DrawFn) -> RecentRun:
    run_type = draw(st.sampled_from(RUN_TYPES))
    race_class = draw(st.sampled_from(RACE_CLASSES)) if run_type == "race" else None
    return RecentRun(
        started_at=draw(offsets),
        distance_m=draw(st.floats(0, 60_000, allow_nan=False)),
        duration_s=draw(st.floats(0, 20_000, allow_nan=False)),
        run_type=run_type,
        race_class=race_class,
    )


past_episodes = st.builds(
    PastEpisode,
    noted_at=st.integers(-5, 24 * 400).map(lambda h: AT - timedelta(hours=h)),
    region=st.sampled_from(REGIONS),
    run_type=st.none() | st.sampled_from(RUN_TYPES),
)

@st.composite
def contexts(draw: st.DrawFn) -> TrainingContext:
    runs = draw(st.lists(recent_runs(), max_size=12).map(tuple))
    sessions = draw(st.lists(offsets, max_size=5).map(tuple))
    # What the user linked: nothing chosen, a run, a core session, or "nothing before it".
    link = draw(st.sampled_from(("guess", "run", "session", "none")))
    preceding_run = draw(st.sampled_from(runs)) if link == "run" and runs else None
    preceding_session = (
        draw(st.sampled_from(sessions)) if link == "session" and sessions else None
    )
    return TrainingContext(
        at=AT,
        runs=runs,
        core_sessions=sessions,
        past_episodes=draw(st.lists(past_episodes, max_size=8).map(tuple)),
        preceding_run=preceding_run,
        preceding_session=preceding_session,
        link_given=link != "guess",
    )


def check_consistent(entry: SorenessInput, result: Assessment) -> None:
    assert result.kind in KINDS
    assert result.action in ACTIONS
    assert result.kind_reason.strip() and result.kind_reason.endswith(".")
    assert result.action_reason.strip() and result.action_reason.endswith(".")
    assert set(result.red_flag_keys) <= set(RED_FLAGS)
    assert len(set(result.red_flag_keys)) == len(result.red_flag_keys)
    keys = result.cause_keys
    assert set(keys) <= set(CAUSES)
    assert len(set(keys)) == len(keys)
    assert all(cause.reason.strip() for cause in result.causes)

    expected_flags = {
        "sharp": entry.feel == "sharp",
        "worsening": entry.trend == "worsening",
        "swelling": entry.swelling,
        "lasting": entry.days_lasted >= LASTING_DAYS,
    }
    assert set(result.red_flag_keys) == {key for key, found in expected_flags.items() if found}

    # Warning signs always win, and only warning signs stop training: a physiotherapist
    # for soreness that lasts, worsens or keeps its swelling, stop and rest for the rest.
    assert (result.action in ("stop_rest", "see_physio")) == result.has_red_flags
    needs_a_look = (
        expected_flags["lasting"]
        or expected_flags["worsening"]
        or (entry.swelling and entry.days_lasted >= SWELLING_SETTLE_DAYS)
    )
    assert (result.action == "see_physio") == needs_a_look
    assert result.action_rule in ACTION_RULES
    if result.has_red_flags:
        assert result.action != "run_easy"
        assert "easy run" not in result.action_reason
    # A suspected strain or overuse with pain left is never run through.
    if result.kind in ("strain", "overuse") and entry.severity > 0:
        assert result.action != "run_easy"
    # Sharp pain or swelling is never called normal soreness.
    if entry.feel == "sharp" or entry.swelling:
        assert result.kind == "strain"
    # Without warning signs, severe soreness means rest and never an easy run.
    if not result.has_red_flags and entry.severity >= 7:
        assert result.action == "rest"
    if not result.has_red_flags and 4 <= entry.severity <= 6:
        assert result.action == "active_recovery"
    if not result.has_red_flags and entry.severity > 0:
        assert f"{entry.severity}/10" in result.action_reason


@settings(max_examples=300, deadline=None)
@given(entries, contexts())
def test_every_entry_gets_one_consistent_answer(
    entry: SorenessInput, context: TrainingContext
) -> None:
    check_consistent(entry, assess_soreness(entry, context))


@settings(max_examples=200, deadline=None)
@given(entries)
def test_every_entry_without_history_gets_an_answer(entry: SorenessInput) -> None:
    check_consistent(entry, assess_soreness(entry, TrainingContext(at=AT)))


@settings(max_examples=100, deadline=None)
@given(entries, contexts(), st.randoms(use_true_random=False))
def test_the_order_of_the_history_does_not_matter(
    entry: SorenessInput, context: TrainingContext, rnd: Random
) -> None:
    runs = list(context.runs)
    episodes = list(context.past_episodes)
    sessions = list(context.core_sessions)
    for items in (runs, episodes, sessions):
        rnd.shuffle(items)
    shuffled = TrainingContext(
        at=context.at,
        runs=tuple(runs),
        core_sessions=tuple(sessions),
        past_episodes=tuple(episodes),
        preceding_run=context.preceding_run,
        preceding_session=context.preceding_session,
        link_given=context.link_given,
    )
    first, second = assess_soreness(entry, context), assess_soreness(entry, shuffled)
    assert (first.kind, first.action, first.red_flag_keys, first.cause_keys) == (
        second.kind,
        second.action,
        second.red_flag_keys,
        second.cause_keys,
    )
