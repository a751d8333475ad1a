"""The soreness decision table, case by case: severity bands, warning signs, kinds, wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from corelog.domain.soreness import (
    ACTION_RULES,
    LASTING_DAYS,
    RED_FLAGS,
    SWELLING_SETTLE_DAYS,
    PastEpisode,
    RecentRun,
    SorenessInput,
    TrainingContext,
    assess_soreness,
    severity_band,
)

AT = datetime(2025, 5, 10, 8, 0, tzinfo=UTC)
RECENT_CORE = (AT - timedelta(days=2),)


def entry(**changes: object) -> SorenessInput:
    """A mild, dull, delayed, improving entry (textbook DOMS), with changes."""
    values: dict[str, object] = {
        "region": "upper_abs",
        "severity": 2,
        "feel": "dull",
        "onset": "delayed",
        "trend": "improving",
        "swelling": False,
        "days_lasted": 1,
    }
    values.update(changes)
    return SorenessInput(**values)  # type: ignore[arg-type]


def quiet(**changes: object) -> TrainingContext:
    """A context with recent core work and nothing else that could be a cause."""
    values: dict[str, object] = {"at": AT, "core_sessions": RECENT_CORE}
    values.update(changes)
    return TrainingContext(**values)  # type: ignore[arg-type]


def run(
    hours_ago: float, run_type: str = "easy", km: float = 8, race_class: str | None = None
) -> RecentRun:
    return RecentRun(AT - timedelta(hours=hours_ago), km * 1000, km * 360, run_type, race_class)


# --- severity bands and the action they call for -------------------------------------


@pytest.mark.parametrize(
    ("severity", "band"),
    [
        (0, "none"),
        (1, "mild"),
        (3, "mild"),
        (4, "moderate"),
        (6, "moderate"),
        (7, "severe"),
        (10, "severe"),
    ],
)
def test_severity_bands(severity: int, band: str) -> None:
    assert severity_band(severity) == band


@pytest.mark.parametrize(
    ("severity", "action"),
    [
        (0, "run_easy"),
        (1, "run_easy"),
        (2, "run_easy"),
        (3, "run_easy"),
        (4, "active_recovery"),
        (5, "active_recovery"),
        (6, "active_recovery"),
        (7, "rest"),
        (8, "rest"),
        (9, "rest"),
        (10, "rest"),
    ],
)
def test_every_severity_without_warning_signs_gets_its_band_action(
    severity: int, action: str
) -> None:
    result = assess_soreness(entry(severity=severity), quiet())
    assert result.action == action
    assert result.red_flags == ()


def test_no_pain_left_means_easing_back_in() -> None:
    result = assess_soreness(entry(severity=0), quiet())
    assert result.action == "run_easy"
    assert "ease back in" in result.action_reason


def test_severe_soreness_means_rest_48_to_72_hours() -> None:
    result = assess_soreness(entry(severity=8), quiet())
    assert result.action == "rest"
    assert "48-72 hours" in result.action_reason
    assert "8/10" in result.action_reason


def test_moderate_soreness_means_active_recovery() -> None:
    result = assess_soreness(entry(severity=5), quiet())
    assert result.action == "active_recovery"
    assert "5/10" in result.action_reason


def test_mild_soreness_allows_an_easy_run_or_cross_training() -> None:
    reason = assess_soreness(entry(severity=3), quiet()).action_reason
    assert "easy run" in reason
    assert "cycle or swim" in reason


# --- warning signs always win ----------------------------------------------------------

RED_FLAG_CHANGES: dict[str, dict[str, object]] = {
    "sharp": {"feel": "sharp"},
    "worsening": {"trend": "worsening"},
    "swelling": {"swelling": True},
    "lasting": {"days_lasted": LASTING_DAYS},
}


def test_every_red_flag_has_a_case() -> None:
    assert set(RED_FLAG_CHANGES) == set(RED_FLAGS)


# A warning sign on its own means stop running and rest (document 002: sharp or
# persistent pain "is a signal to stop and rest"); a physiotherapist is for soreness that
# lasts beyond several days or gets worse, or swelling that does not settle.
SIGN_ACTIONS = {
    "sharp": ("stop_rest", "stabbing_or_swelling"),
    "swelling": ("stop_rest", "stabbing_or_swelling"),
    "worsening": ("see_physio", "lasting_or_worsening"),
    "lasting": ("see_physio", "lasting_or_worsening"),
}


@pytest.mark.parametrize("flag", sorted(RED_FLAG_CHANGES))
@pytest.mark.parametrize("severity", range(11))
def test_each_red_flag_alone_stops_training_at_any_severity(flag: str, severity: int) -> None:
    result = assess_soreness(entry(severity=severity, **RED_FLAG_CHANGES[flag]), quiet())
    assert (result.action, result.action_rule) == SIGN_ACTIONS[flag]
    assert result.red_flag_keys == (flag,)
    assert result.action_reason.startswith("Warning signs come first: ")
    assert "do not train through it" in result.action_reason or result.action_reason.endswith(
        "This is not soreness to train through."
    )


def test_sharp_pain_on_the_first_day_means_stop_and_rest_not_a_physiotherapist() -> None:
    result = assess_soreness(entry(feel="sharp", days_lasted=0, severity=5), quiet())
    assert result.action == "stop_rest"
    assert result.action_reason == (
        "Warning signs come first: the pain is sharp or localised. This is not soreness to "
        "train through."
    )


def test_sharp_pain_that_lasts_five_days_calls_for_a_physiotherapist() -> None:
    result = assess_soreness(entry(feel="sharp", days_lasted=LASTING_DAYS), quiet())
    assert result.action == "see_physio"
    assert result.red_flag_keys == ("sharp", "lasting")
    assert "worth having checked" in result.action_reason


@pytest.mark.parametrize(
    ("days", "action", "rule"),
    [
        (0, "stop_rest", "stabbing_or_swelling"),
        (SWELLING_SETTLE_DAYS - 1, "stop_rest", "stabbing_or_swelling"),
        (SWELLING_SETTLE_DAYS, "see_physio", "swelling_not_settling"),
        (LASTING_DAYS - 1, "see_physio", "swelling_not_settling"),
        (LASTING_DAYS, "see_physio", "lasting_or_worsening"),
    ],
)
def test_swelling_that_does_not_settle_calls_for_a_physiotherapist(
    days: int, action: str, rule: str
) -> None:
    result = assess_soreness(entry(swelling=True, days_lasted=days), quiet())
    assert (result.action, result.action_rule) == (action, rule)
    if days >= SWELLING_SETTLE_DAYS:
        assert f"{days} days in" in result.action_reason


def test_soreness_getting_worse_on_its_first_day_calls_for_a_physiotherapist() -> None:
    result = assess_soreness(entry(trend="worsening", days_lasted=0, severity=3), quiet())
    assert result.action == "see_physio"
    assert result.action_reason.startswith("Warning signs come first: it is getting worse.")


def test_all_red_flags_are_named_together() -> None:
    changes: dict[str, object] = {}
    for change in RED_FLAG_CHANGES.values():
        changes.update(change)
    result = assess_soreness(entry(severity=9, **changes), quiet())
    assert result.red_flag_keys == ("sharp", "worsening", "swelling", "lasting")
    assert result.action == "see_physio"
    for words in ("sharp", "getting worse", "swelling", f"{LASTING_DAYS} days"):
        assert words in result.action_reason


@pytest.mark.parametrize(
    ("changes", "history", "rule"),
    [
        ({"severity": 0}, 0, "no_pain"),
        ({"severity": 2}, 0, "mild"),
        ({"severity": 5}, 0, "moderate"),
        ({"severity": 8}, 0, "severe"),
        ({"severity": 2, "onset": "during", "trend": "steady"}, 0, "mild_strain"),
        ({"severity": 2, "region": "calves"}, 2, "mild_overuse"),
    ],
)
def test_the_rule_that_chose_the_action_is_named(
    changes: dict[str, object], history: int, rule: str
) -> None:
    past = episodes("calves", *(3, 10)[:history])
    result = assess_soreness(entry(**changes), quiet(past_episodes=past))
    assert result.action_rule == rule
    assert result.action_rule in ACTION_RULES


@pytest.mark.parametrize(("days", "flagged"), [(0, False), (4, False), (5, True), (30, True)])
def test_lasting_five_days_or_more_is_a_warning_sign(days: int, flagged: bool) -> None:
    result = assess_soreness(entry(days_lasted=days), quiet())
    assert ("lasting" in result.red_flag_keys) is flagged


def test_sharp_pain_during_a_run_that_worsens_is_never_trained_through() -> None:
    result = assess_soreness(
        entry(feel="sharp", onset="during", trend="worsening", severity=2),
        quiet(runs=(run(5, "hills"),)),
    )
    assert result.action == "see_physio"
    assert result.kind == "strain"
    assert "easy run" not in result.action_reason


# --- the likely kind ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("feel", "onset", "trend", "kind"),
    [
        ("dull", "delayed", "improving", "doms"),
        ("dull", "delayed", "steady", "doms"),
        ("dull", "hours", "improving", "doms"),
        ("dull", "hours", "steady", "doms"),
        ("dull", "during", "improving", "doms"),
        ("dull", "during", "steady", "strain"),
        ("dull", "during", "worsening", "strain"),
        ("dull", "hours", "worsening", "strain"),
        ("dull", "delayed", "worsening", "strain"),
        ("sharp", "delayed", "improving", "strain"),
        ("sharp", "hours", "steady", "strain"),
        ("sharp", "during", "worsening", "strain"),
    ],
)
def test_kind_from_feel_onset_and_trend(feel: str, onset: str, trend: str, kind: str) -> None:
    result = assess_soreness(entry(feel=feel, onset=onset, trend=trend), quiet())
    assert result.kind == kind


def test_swelling_points_to_a_strain() -> None:
    assert assess_soreness(entry(swelling=True), quiet()).kind == "strain"


def test_lingering_dull_soreness_is_overuse() -> None:
    result = assess_soreness(entry(days_lasted=6), quiet())
    assert result.kind == "overuse"
    assert "6 days" in result.kind_reason


def episodes(region: str, *days_ago: float, run_type: str | None = None) -> tuple[PastEpisode, ...]:
    return tuple(PastEpisode(AT - timedelta(days=d), region, run_type) for d in days_ago)


def test_soreness_back_for_the_third_time_in_three_weeks_is_overuse() -> None:
    result = assess_soreness(entry(region="calves"), quiet(past_episodes=episodes("calves", 4, 15)))
    assert result.kind == "overuse"
    assert "third time in three weeks" in result.kind_reason


def test_sharp_pain_stays_a_strain_even_when_it_keeps_coming_back() -> None:
    result = assess_soreness(
        entry(region="calves", feel="sharp"), quiet(past_episodes=episodes("calves", 4, 15))
    )
    assert result.kind == "strain"


def test_two_episodes_in_three_weeks_are_not_yet_overuse() -> None:
    result = assess_soreness(entry(region="calves"), quiet(past_episodes=episodes("calves", 4)))
    assert result.kind == "doms"


# --- kind and action together -----------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "history", "action"),
    [
        ({"onset": "during", "trend": "steady", "severity": 2}, (), "active_recovery"),
        ({"onset": "during", "trend": "steady", "severity": 5}, (), "active_recovery"),
        ({"onset": "during", "trend": "steady", "severity": 8}, (), "rest"),
        ({"onset": "during", "trend": "steady", "severity": 0}, (), "run_easy"),
        ({"region": "calves", "severity": 2}, episodes("calves", 3, 10), "active_recovery"),
        ({"region": "calves", "severity": 9}, episodes("calves", 3, 10), "rest"),
    ],
)
def test_a_suspected_strain_or_overuse_is_not_run_through(
    changes: dict[str, object], history: tuple[PastEpisode, ...], action: str
) -> None:
    result = assess_soreness(entry(**changes), quiet(past_episodes=history))
    assert result.kind in ("strain", "overuse")
    assert result.action == action


def test_mild_suspected_strain_says_why_it_is_not_an_easy_run_day() -> None:
    result = assess_soreness(entry(onset="during", trend="steady", severity=2), quiet())
    assert "may be a strain" in result.action_reason


# --- the reason in plain words ----------------------------------------------------------


def test_classic_doms_after_a_long_run_reads_naturally() -> None:
    result = assess_soreness(entry(), quiet(runs=(run(30, "long", km=24),)))
    assert result.kind == "doms"
    assert result.kind_reason == (
        "Dull or tight, began a day or two after your long run, easing as you move: "
        "this looks like normal delayed soreness (DOMS)."
    )


@pytest.mark.parametrize(
    ("onset", "words"),
    [
        ("during", "began during your hill session"),
        ("hours", "began within hours of your hill session"),
        ("delayed", "began a day or two after your hill session"),
    ],
)
def test_reason_names_the_onset_and_the_run(onset: str, words: str) -> None:
    result = assess_soreness(entry(onset=onset), quiet(runs=(run(26, "hills"),)))
    assert words in result.kind_reason


def test_reason_without_a_recent_run_speaks_of_training() -> None:
    result = assess_soreness(entry(onset="hours"), quiet(runs=(run(100, "hills"),)))
    assert "began within hours of training" in result.kind_reason
    assert result.preceding_run is None


def test_race_is_named_by_its_distance() -> None:
    result = assess_soreness(entry(), quiet(runs=(run(40, "race", km=21.1, race_class="half"),)))
    assert "after your half marathon" in result.kind_reason


@pytest.mark.parametrize(
    ("trend", "words"),
    [
        ("improving", "easing as you move"),
        ("steady", "not changing"),
        ("worsening", "getting worse"),
    ],
)
def test_reason_names_the_trend(trend: str, words: str) -> None:
    assert words in assess_soreness(entry(trend=trend), quiet()).kind_reason


def test_delayed_soreness_is_tied_to_the_run_a_day_before_not_this_mornings_jog() -> None:
    long_run = run(30, "long", km=25)
    jog = run(2, "easy", km=4)
    result = assess_soreness(entry(onset="delayed"), quiet(runs=(long_run, jog)))
    assert result.preceding_run == long_run
    result = assess_soreness(entry(onset="hours"), quiet(runs=(long_run, jog)))
    assert result.preceding_run == jog


def test_the_run_the_user_linked_is_the_one_named() -> None:
    linked = run(60, "intervals")
    result = assess_soreness(
        entry(onset="delayed"), quiet(runs=(run(30, "long"), linked), preceding_run=linked)
    )
    assert result.preceding_run == linked
    assert "interval session" in result.kind_reason


def test_a_linked_core_session_is_named_and_no_run_is_guessed() -> None:
    session = AT - timedelta(hours=30)
    result = assess_soreness(
        entry(onset="delayed"),
        quiet(runs=(run(28, "long"),), core_sessions=(session,), preceding_session=session),
    )
    assert result.preceding_run is None
    assert result.preceding_session == session
    assert "began a day or two after your core session" in result.kind_reason


def test_when_the_user_said_nothing_came_before_no_run_is_guessed() -> None:
    result = assess_soreness(
        entry(onset="hours"), quiet(runs=(run(5, "hills"),), link_given=True)
    )
    assert result.preceding_run is None
    assert "began within hours of training" in result.kind_reason


def test_an_entry_cannot_follow_both_a_run_and_a_session() -> None:
    with pytest.raises(ValueError, match="not both"):
        quiet(preceding_run=run(5), preceding_session=AT - timedelta(hours=5))


def test_future_runs_are_ignored() -> None:
    result = assess_soreness(entry(onset="hours"), quiet(runs=(run(-5, "long"),)))
    assert result.preceding_run is None


# --- bad input is refused with a clear message ------------------------------------------


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"region": "elbow"}, "region"),
        ({"severity": 11}, "severity"),
        ({"severity": -1}, "severity"),
        ({"severity": True}, "severity"),
        ({"feel": "achy"}, "feel"),
        ({"onset": "yesterday"}, "onset"),
        ({"trend": "better"}, "trend"),
        ({"days_lasted": -1}, "days_lasted"),
        ({"days_lasted": 366}, "days_lasted"),
        ({"swelling": "yes"}, "swelling"),
    ],
)
def test_invalid_entries_are_refused(changes: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        entry(**changes)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        TrainingContext(at=datetime(2025, 5, 10, 8, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        RecentRun(datetime(2025, 5, 10, 8, 0), 5000, 1500, "easy")


def test_unknown_run_type_is_refused() -> None:
    with pytest.raises(ValueError, match="run_type"):
        RecentRun(AT, 5000, 1500, "jog")


def test_times_in_other_offsets_compare_correctly() -> None:
    plus_two = timezone(timedelta(hours=2))
    local = RecentRun((AT - timedelta(hours=30)).astimezone(plus_two), 24000, 9000, "long")
    result = assess_soreness(entry(), quiet(runs=(local,)))
    assert result.preceding_run == local


@pytest.mark.parametrize("distance", [float("nan"), float("inf"), -1.0])
def test_impossible_distances_are_refused(distance: float) -> None:
    with pytest.raises(ValueError, match="distance"):
        RecentRun(AT, distance, 1500, "easy")
