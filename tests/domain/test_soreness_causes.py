"""Likely causes the soreness assessment finds in hand-made training histories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from corelog.domain.soreness import (
    PastEpisode,
    RecentRun,
    SorenessInput,
    TrainingContext,
    assess_soreness,
)

AT = datetime(2025, 5, 10, 8, 0, tzinfo=UTC)
DOMS = SorenessInput("obliques_left", 2, "dull", "delayed", "improving", False, 1)


def run(
    days_ago: float, km: float, run_type: str = "easy", race_class: str | None = None
) -> RecentRun:
    return RecentRun(AT - timedelta(days=days_ago), km * 1000, km * 360, run_type, race_class)


def causes(
    runs: tuple[RecentRun, ...] = (),
    core_days_ago: tuple[float, ...] = (2,),
    past: tuple[PastEpisode, ...] = (),
    soreness: SorenessInput = DOMS,
) -> dict[str, str]:
    context = TrainingContext(
        at=AT,
        runs=runs,
        core_sessions=tuple(AT - timedelta(days=d) for d in core_days_ago),
        past_episodes=past,
    )
    return {cause.key: cause.reason for cause in assess_soreness(soreness, context).causes}


def test_a_quiet_history_has_no_causes() -> None:
    assert causes((run(3, 8), run(10, 8))) == {}


# --- the 10 percent rule: last 7 days against the 7 before -----------------------------


def two_weeks(last_km: float, before_km: float) -> tuple[RecentRun, ...]:
    return (run(2, last_km / 2), run(5, last_km / 2), run(9, before_km / 2), run(12, before_km / 2))


@pytest.mark.parametrize(
    ("last_km", "before_km", "flagged"),
    [
        (22, 20, False),  # exactly 10 percent is within the rule
        (20, 20, False),
        (15, 20, False),
        (22.2, 20, True),  # 11 percent
        (30, 20, True),
    ],
)
def test_distance_jump_beyond_ten_percent(last_km: float, before_km: float, flagged: bool) -> None:
    assert ("distance_jump" in causes(two_weeks(last_km, before_km))) is flagged


def test_distance_jump_says_by_how_much() -> None:
    reason = causes(two_weeks(30, 20))["distance_jump"]
    assert "50 percent more" in reason
    assert "10 percent rule" in reason


def test_a_jump_just_past_the_rule_never_reads_as_ten_percent() -> None:
    reason = causes(two_weeks(22.02, 20))["distance_jump"]
    assert "10.1 percent more" in reason


def test_after_an_empty_week_there_is_nothing_to_compare() -> None:
    assert "distance_jump" not in causes((run(2, 10), run(4, 10)))


def test_a_run_exactly_seven_days_ago_counts_in_the_week_before() -> None:
    runs = (run(1, 10), run(7, 10))
    assert "distance_jump" not in causes(runs)


# --- first hill or interval session in about six weeks ---------------------------------


@pytest.mark.parametrize("run_type", ["hills", "intervals"])
def test_first_hills_or_intervals_in_six_weeks(run_type: str) -> None:
    found = causes((run(2, 8, run_type), run(5, 8), run(12, 8)))
    assert "first_hills_or_intervals" in found
    assert "first in at least six weeks" in found["first_hills_or_intervals"]


def test_hills_a_month_earlier_mean_it_is_not_a_first() -> None:
    assert "first_hills_or_intervals" not in causes((run(2, 8, "hills"), run(30, 8, "hills")))


def test_hills_two_months_earlier_still_make_it_a_first() -> None:
    assert "first_hills_or_intervals" in causes((run(2, 8, "hills"), run(60, 8, "hills")))


def test_intervals_do_not_count_as_earlier_hills() -> None:
    assert "first_hills_or_intervals" in causes((run(2, 8, "hills"), run(20, 8, "intervals")))


def test_a_first_hill_session_long_before_the_soreness_is_not_a_cause() -> None:
    assert "first_hills_or_intervals" not in causes((run(4, 8, "hills"),))


# --- a long run in the 72 hours before ------------------------------------------------


def test_a_long_run_in_the_72_hours_before() -> None:
    found = causes((run(1.5, 22, "long"),))
    assert "long run" in found["long_run"]


def test_a_long_run_four_days_before_is_not_a_cause() -> None:
    assert "long_run" not in causes((run(4, 22, "long"),))


@pytest.mark.parametrize(
    ("race_class", "flagged"), [("half", True), ("marathon", True), ("5k", False)]
)
def test_long_races_count_as_long_runs(race_class: str, flagged: bool) -> None:
    assert ("long_run" in causes((run(1, 21, "race", race_class),))) is flagged


def test_a_run_clearly_longer_than_usual_counts_as_long() -> None:
    usual = (run(5, 8), run(9, 8), run(14, 8), run(20, 8))
    found = causes((run(1, 15), *usual))
    assert "88 percent longer than your usual run" in found["long_run"]


def test_a_slightly_longer_run_is_not_a_long_run() -> None:
    usual = (run(5, 8), run(9, 8), run(14, 8), run(20, 8))
    assert "long_run" not in causes((run(1, 10), *usual))


def test_without_enough_runs_there_is_no_usual_distance() -> None:
    assert "long_run" not in causes((run(1, 15), run(5, 8), run(9, 8)))


# --- no core session for over a week ----------------------------------------------------


def test_no_core_session_ever() -> None:
    assert causes(core_days_ago=())["no_core_work"] == "No core session is logged yet."


@pytest.mark.parametrize(("days_ago", "flagged"), [(3, False), (7, False), (8, True), (20, True)])
def test_no_core_session_for_over_a_week(days_ago: float, flagged: bool) -> None:
    found = causes(core_days_ago=(days_ago,))
    assert ("no_core_work" in found) is flagged
    if flagged:
        assert f"{int(days_ago)} days ago" in found["no_core_work"]


def test_a_core_session_after_the_entry_does_not_count() -> None:
    assert "no_core_work" in causes(core_days_ago=(-1, 10))


# --- the same region, again and again -------------------------------------------------


def ep(days_ago: float, region: str = "obliques_left", run_type: str | None = None) -> PastEpisode:
    return PastEpisode(AT - timedelta(days=days_ago), region, run_type)


def test_same_region_three_times_in_three_weeks() -> None:
    found = causes(past=(ep(5), ep(12)))
    assert found["recurring_region"] == (
        "This is the third episode of left oblique soreness in three weeks."
    )


@pytest.mark.parametrize(
    "past",
    [
        (ep(5),),
        (ep(5), ep(25)),
        (ep(5), ep(12, region="obliques_right")),
        (ep(-1), ep(5)),
    ],
    ids=["once-before", "one-too-old", "other-side", "one-after-the-entry"],
)
def test_not_several_times_in_three_weeks(past: tuple[PastEpisode, ...]) -> None:
    assert "recurring_region" not in causes(past=past)


# --- the pattern across past episodes -----------------------------------------------


def test_last_three_episodes_followed_hill_sessions() -> None:
    found = causes(
        past=(
            ep(30, run_type="hills"),
            ep(60, run_type="hills"),
            ep(90, run_type="hills"),
            ep(120, run_type="easy"),
        )
    )
    assert found["episode_pattern"] == (
        "Your last three episodes of left oblique soreness each followed a hill session."
    )


def test_pattern_says_when_this_episode_fits_it_too() -> None:
    found = causes(
        runs=(run(1.5, 8, "hills"), run(30, 8, "hills")),
        past=(ep(30, run_type="hills"), ep(60, run_type="hills")),
    )
    assert found["episode_pattern"].endswith("each followed a hill session, and so did this one.")


def test_pattern_uses_the_right_article() -> None:
    found = causes(past=(ep(30, run_type="intervals"), ep(60, run_type="intervals")))
    assert "each followed an interval session" in found["episode_pattern"]


@pytest.mark.parametrize(
    "past",
    [
        (ep(30, run_type="hills"),),
        (ep(30, run_type="hills"), ep(60, run_type="long")),
        (ep(30, run_type=None), ep(60, run_type="hills"), ep(90, run_type="hills")),
        (ep(400, run_type="hills"), ep(500, run_type="hills")),
        (ep(30, "calves", "hills"), ep(60, "calves", "hills")),
    ],
    ids=["single", "mixed", "latest-unknown", "over-a-year-ago", "other-region"],
)
def test_no_pattern(past: tuple[PastEpisode, ...]) -> None:
    assert "episode_pattern" not in causes(past=past)


def test_every_cause_at_once_keeps_a_stable_order() -> None:
    runs = (run(1.5, 22, "long"), run(2.5, 8, "hills"), run(9, 5), run(12, 5))
    past = (ep(5, run_type="hills"), ep(12, run_type="hills"))
    found = causes(runs=runs, core_days_ago=(), past=past)
    assert list(found) == [
        "distance_jump",
        "first_hills_or_intervals",
        "long_run",
        "no_core_work",
        "recurring_region",
        "episode_pattern",
    ]


def test_runs_of_almost_no_distance_give_no_percentages() -> None:
    runs = (run(1, 8), *(run(d, 1e-9) for d in (3, 5, 9, 12)))
    found = causes(runs)
    assert "long_run" not in found and "distance_jump" not in found
