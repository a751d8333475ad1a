"""Charts and insights for a range, on hand-made histories whose answers are worked out here."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from corelog.domain.streaks import Streak
from corelog.services import history_columns
from corelog.services.history_insight_base import guidance_from_knowledge
from corelog.services.history_insights import InsightWriter as _Words
from corelog.services.history_review import chart_range, review
from corelog.services.history_words import grouped, span_text
from corelog.store.history import (
    KIND_CORE,
    KIND_RUN,
    KIND_SORENESS,
    HoldSets,
    KindRows,
    Timeline,
)

EPOCH = datetime(1970, 1, 1)
TODAY = date(2024, 6, 12)  # a Wednesday; weeks from Monday 10 June
GUIDE = guidance_from_knowledge()


def s(day: date, hour: int = 7) -> int:
    return int((datetime(day.year, day.month, day.day, hour) - EPOCH).total_seconds())


def history(runs, cores, soreness=(), holds=()):
    """runs: (day, metres, seconds, type, race class, effort); cores: (day, seconds, effort);
    soreness: (day, region); holds: (core index, exercise name, seconds)."""
    run_rows = KindRows(
        KIND_RUN,
        ids=tuple(range(1, len(runs) + 1)),
        local_s=tuple(s(r[0]) for r in runs),
        distance_m=tuple(float(r[1]) for r in runs),
        duration_s=tuple(float(r[2]) for r in runs),
        effort=tuple(r[5] for r in runs),
        run_type=tuple(r[3] for r in runs),
        race_class=tuple(r[4] for r in runs),
        notes=("",) * len(runs),
    )
    core_rows = KindRows(
        KIND_CORE,
        ids=tuple(range(1, len(cores) + 1)),
        local_s=tuple(s(c[0], 18) for c in cores),
        duration_s=tuple(float(c[1]) for c in cores),
        effort=tuple(c[2] for c in cores),
        notes=("",) * len(cores),
    )
    sore_rows = KindRows(
        KIND_SORENESS,
        ids=tuple(range(1, len(soreness) + 1)),
        local_s=tuple(s(x[0], 9) for x in soreness),
        region=tuple(x[1] for x in soreness),
        severity=(3,) * len(soreness),
        resolved=(False,) * len(soreness),
        notes=("",) * len(soreness),
    )
    names = sorted({h[1] for h in holds})
    ids = {name: i + 1 for i, name in enumerate(names)}
    hold_sets = HoldSets(
        tuple(h[0] + 1 for h in holds),
        tuple(ids[h[1]] for h in holds),
        tuple(h[2] * 1000 for h in holds),
        {i: name for name, i in ids.items()},
    )
    return history_columns.history_arrays(Timeline((run_rows, core_rows, sore_rows)), hold_sets)


def d(month: int, day: int, year: int = 2024) -> date:
    return date(year, month, day)


RUNS = [
    (d(1, 1), 5000, 1440, "race", "5k", 9),  # before the range: the 5K best ever
    (d(3, 20), 10000, 3600, "easy", None, 4),  # the week before the range
    (d(3, 27), 10000, 3600, "easy", None, 4),  # week of 25 Mar: 10 km, as the week before
    (d(4, 3), 6000, 2160, "easy", None, 4),  # week of 1 Apr: 22 km, +120 %
    (d(4, 7), 16000, 6400, "long", None, 6),
    (d(4, 10), 8000, 2880, "easy", None, 4),  # week of 8 Apr: 13 km
    (d(4, 13), 5000, 1500, "race", "5k", 9),
    (d(4, 20), 10000, 3000, "race", "10k", 9),  # week of 15 Apr: 10 km, first 10K
    (d(6, 11), 5000, 1800, "easy", None, 3),  # this week, after weeks without running
]
CORES = [
    (d(2, 1), 600, 5),  # before the range: the plank best ever, 70 s
    (d(3, 26), 600, 5),  # week of 25 Mar: 2 sessions
    (d(3, 28), 600, 5),
    (d(4, 2), 600, 5),  # week of 1 Apr: 1
    (d(4, 9), 600, 5),  # week of 8 Apr: 3
    (d(4, 11), 600, 5),
    (d(4, 12), 600, 5),
    (d(6, 10), 600, 5),  # this week: 1 so far
]
SORENESS = [
    (d(4, 2), "obliques_left"),
    (d(5, 25), "calves"),
    (d(6, 1), "calves"),
    (d(6, 8), "calves"),
]
HOLDS = [(0, "Plank", 70), (1, "Plank", 45), (4, "Plank", 60), (4, "Side plank", 30)]


@pytest.fixture(scope="module")
def twelve_weeks():
    arrays = history(RUNS, CORES, SORENESS, HOLDS)
    return review(arrays, "12w", today=TODAY, guidance=GUIDE)


def test_the_range_is_twelve_whole_weeks_ending_this_week(twelve_weeks):
    assert (twelve_weeks.first_day, twelve_weeks.last_day) == (d(3, 25), d(6, 16))
    assert len(twelve_weeks.weeks) == 12
    assert chart_range("12w", TODAY, 6) == (d(3, 24), d(6, 15))  # weeks from Sunday
    assert chart_range("6m", TODAY)[0] == d(12, 18, 2023)
    assert chart_range("1y", TODAY)[0] == d(6, 19, 2023)
    assert chart_range("all", TODAY, first_day=d(1, 1)) == (d(1, 1), d(6, 16))
    assert chart_range("all", TODAY) == (d(6, 10), d(6, 16))


def test_weekly_distance_and_the_ten_percent_rule(twelve_weeks):
    distances = [w.distance_m for w in twelve_weeks.weeks]
    assert distances[:4] == [10000, 22000, 13000, 10000]
    assert distances[-1] == 5000 and sum(distances[4:11]) == 0
    # The first week is compared with the week before the range: same distance, no jump.
    assert twelve_weeks.changes[0].percent == 0
    assert [c.week for c in twelve_weeks.jumps] == [d(4, 1)]
    assert twelve_weeks.jumps[0].percent == 120
    assert twelve_weeks.changes[-1].after_break  # running again is not a jump
    insight = twelve_weeks.insight("ten_percent")
    assert insight is not None and insight.tone == "warn"
    assert insight.text.startswith(
        "1 week rose more than 10 percent in distance over the week before: "
        "the week of 1 Apr (+120%). "
    )
    assert insight.text.endswith(GUIDE.ten_percent)
    assert insight.sources == ("002",)


def test_core_sessions_against_the_target(twelve_weeks):
    statuses = [w.status for w in twelve_weeks.core_weeks]
    assert statuses[:3] == ["on_target", "below", "on_target"]
    assert statuses[-1] == "in_progress"  # one session so far this week
    assert statuses.count("below") == 9
    insight = twelve_weeks.insight("core_weeks")
    assert insight is not None and insight.tone == "warn"
    assert insight.text.startswith(
        "9 of 11 finished weeks had fewer than 2 core sessions (the latest: the week of 3 Jun, "
        "the week of 27 May, the week of 20 May and 6 more). "
    )
    assert insight.sources == ("002",)


def test_totals(twelve_weeks):
    totals = twelve_weeks.totals
    assert (totals.runs, totals.distance_m, totals.run_time_s) == (7, 60000, 21340)
    assert (totals.core_sessions, totals.training_days, totals.holds) == (7, 14, 3)
    insight = twelve_weeks.insight("totals")
    assert insight is not None
    assert insight.text == (
        "In the last 12 weeks (25 Mar – 16 Jun): 60.0 km in 7 runs (5 h 56 min of running) "
        "and 7 core sessions, on 14 days of training."
    )


def test_longest_run_and_personal_records(twelve_weeks):
    longest = twelve_weeks.insight("longest_run")
    assert longest is not None
    assert longest.text == (
        "Longest run in the last 12 weeks: 16.00 km on 7 Apr (1:46:40), your longest ever."
    )
    records = twelve_weeks.insight("records")
    assert records is not None and records.tone == "good"  # a first 10K is a best ever
    assert records.text == (
        "Fastest races: 5K 25:00 (13 Apr); 10K 50:00 (20 Apr, best ever). "
        "Longest holds: Plank 1:00 (9 Apr); Side plank 30 s (9 Apr, best ever)."
    )
    assert twelve_weeks.best_ever.races["5k"].duration_s == 1440
    assert twelve_weeks.best_ever.holds["Plank"].hold_ms == 70_000


def test_streaks(twelve_weeks):
    insight = twelve_weeks.insight("streaks")
    assert insight is not None
    # Weeks on target: 25 Mar and 8 Apr, never two in a row, none lately. Days in a row:
    # 9 to 13 April (core, run, core, core, run); 10 and 11 June lead up to today.
    assert insight.text == (
        "In the last 12 weeks the core target was never met two weeks in a row; "
        "the latest week on target was 8 Apr – 14 Apr. "
        "You have trained 2 days in a row, up to yesterday. "
        "Longest streak of training days in the last 12 weeks: 5 days in a row "
        "(9 Apr – 13 Apr)."
    )


THIS_WEEK, LAST_WEEK = d(6, 10), d(6, 3)  # week starts around TODAY (Wednesday 12 June)


NONE = Streak()


def streak_words(core_now=NONE, core_best=NONE, days_now=NONE, days_best=NONE):
    words = _Words("12w", d(3, 25), d(6, 16), TODAY, "km", GUIDE)
    return words.streaks(core_now, core_best, days_now, days_best).text


@pytest.mark.parametrize(
    ("core_now", "sentence"),
    [
        (Streak(), None),
        (
            Streak(1, THIS_WEEK, THIS_WEEK),
            "Core target (two or more sessions a week) met this week.",
        ),
        (
            Streak(1, LAST_WEEK, LAST_WEEK),
            "Core target (two or more sessions a week) met last week.",
        ),
        (
            Streak(3, d(5, 27), THIS_WEEK),
            "Core target (two or more sessions a week) met 3 weeks in a row, this week "
            "included.",
        ),
        (
            Streak(2, d(5, 27), LAST_WEEK),
            "Core target (two or more sessions a week) met 2 weeks in a row, up to last week.",
        ),
    ],
)
def test_the_current_core_streak_in_words(core_now, sentence):
    text = streak_words(core_now=core_now)
    if sentence is None:
        assert not text.startswith("Core target")
    else:
        assert text.startswith(sentence)


@pytest.mark.parametrize(
    ("core_best", "sentence"),
    [
        (Streak(), "No week in the last 12 weeks reached two core sessions."),
        (
            Streak(1, d(4, 8), d(4, 8)),
            "In the last 12 weeks the core target was never met two weeks in a row; the "
            "latest week on target was 8 Apr – 14 Apr.",
        ),
        (
            Streak(2, d(4, 1), d(4, 8)),
            "Longest streak on the core target in the last 12 weeks: 2 weeks in a row "
            "(1 Apr – 14 Apr).",
        ),
    ],
)
def test_the_longest_core_streak_in_words(core_best, sentence):
    assert streak_words(core_best=core_best) == sentence


@pytest.mark.parametrize(
    ("days_now", "sentence"),
    [
        (Streak(), None),
        (Streak(1, TODAY, TODAY), None),  # one day is no streak yet
        (Streak(2, d(6, 11), TODAY), "You have trained 2 days in a row, up to today."),
        (Streak(4, d(6, 8), d(6, 11)), "You have trained 4 days in a row, up to yesterday."),
    ],
)
def test_the_current_run_of_training_days_in_words(days_now, sentence):
    text = streak_words(days_now=days_now, core_best=Streak(1, d(4, 8), d(4, 8)))
    if sentence is None:
        assert "You have trained" not in text
    else:
        assert sentence in text


@pytest.mark.parametrize(
    ("days_best", "sentence"),
    [
        (Streak(), None),
        (
            Streak(1, d(5, 2), d(5, 2)),
            "In the last 12 weeks you never trained two days in a row.",
        ),
        (
            Streak(7, d(5, 1), d(5, 7)),
            "Longest streak of training days in the last 12 weeks: 7 days in a row "
            "(1 May – 7 May).",
        ),
    ],
)
def test_the_longest_run_of_training_days_in_words(days_best, sentence):
    text = streak_words(days_best=days_best, core_best=Streak(1, d(4, 8), d(4, 8)))
    if sentence is None:
        assert "training days" not in text and "two days" not in text
    else:
        assert text.endswith(sentence)


def test_no_streak_text_says_a_bare_number_or_a_wrong_plural():
    for n in range(4):
        text = streak_words(
            core_now=Streak(n, LAST_WEEK, LAST_WEEK) if n else Streak(),
            core_best=Streak(n, LAST_WEEK, LAST_WEEK) if n else Streak(),
            days_now=Streak(n, TODAY, TODAY) if n else Streak(),
            days_best=Streak(n, TODAY, TODAY) if n else Streak(),
        )
        assert "1 weeks" not in text and "1 days" not in text
        assert ": 1 " not in text and ": 0" not in text


def test_soreness_that_keeps_coming_back(twelve_weeks):
    insight = twelve_weeks.insight("soreness")
    assert insight is not None and insight.tone == "warn"
    assert insight.text == (
        "Regions that keep getting sore: calves on 3 days, latest 8 Jun. "
        "In the last three weeks: calves on 3 days. " + GUIDE.recurring
    )
    assert insight.sources == ("002",)
    assert twelve_weeks.soreness_counts["Calves"][-4:] == [1, 1, 1, 0]  # none this week
    assert sum(twelve_weeks.soreness_counts["Obliques (left side)"]) == 1


def test_training_load_ratio(twelve_weeks):
    # The last 7 days: a run of 30 min at effort 3 (90) and a session of 10 min at 5 (50).
    # The last 28 days hold nothing else, so the average week is 140 / 4 = 35: ratio 4.
    now = twelve_weeks.load[-1]
    assert now.day == TODAY
    assert (now.acute, now.chronic, now.ratio, now.band) == (140, 35, 4, "spike")
    insight = twelve_weeks.insight("load")
    assert insight is not None and insight.tone == "warn"
    assert insight.text.startswith(
        "Acute:chronic ratio 4.00 on 12 Jun: a spike (above 1.5). The last 7 days come to 140 "
        "(effort × minutes) against 35 in an average week of the last 4. " + GUIDE.ten_percent
    )


def test_holds_and_pace_series(twelve_weeks):
    assert twelve_weeks.hold_weeks == {
        "Plank": [(d(3, 25), 45_000), (d(4, 8), 60_000)],
        "Side plank": [(d(4, 8), 30_000)],
    }
    # Easy runs: 6:00 /km on 27 Mar, 3 Apr, 10 Apr and 11 Jun.
    assert [float(p) for p in twelve_weeks.paces.pace_s] == [360.0] * 4
    assert [day for day, _ in twelve_weeks.weekly_pace] == [d(3, 25), d(4, 1), d(4, 8), d(6, 10)]


def test_steady_training_reads_steady():
    runs = [(TODAY - timedelta(days=i), 6000, 1800, "easy", None, 4) for i in range(120)]
    result = review(history(runs, []), "12w", today=TODAY, guidance=GUIDE)
    insight = result.insight("load")
    assert insight is not None and insight.tone == "good"
    assert insight.text == (
        "Acute:chronic ratio 1.00 on 12 Jun: steady (0.8 to 1.3). The last 7 days come to 840 "
        "(effort × minutes) against 840 in an average week of the last 4."
    )
    ten = result.insight("ten_percent")
    assert ten is not None and ten.tone == "good"
    assert ten.text.startswith("No week in the last 12 weeks rose more than 10 percent")


def test_an_empty_history_says_so():
    result = review(history([], []), "all", today=TODAY, guidance=GUIDE)
    texts = {i.key: i.text for i in result.insights}
    assert texts["totals"].startswith("No runs or core sessions in all your history: ")
    assert texts["records"] == "No 5K, 10K, half marathon or marathon races in all your history."
    assert texts["soreness"] == "No soreness logged in all your history."
    assert texts["core_weeks"].startswith("No runs or core sessions logged yet. Two or three")
    assert "longest_run" not in texts and "ten_percent" not in texts
    assert result.load[-1].ratio is None
    assert texts["load"].startswith("No runs or core sessions in the last four weeks")


def test_all_history_never_calls_a_record_best_ever():
    result = review(history(RUNS, CORES, SORENESS, HOLDS), "all", today=TODAY, guidance=GUIDE)
    records = result.insight("records")
    assert records is not None and "best ever" not in records.text
    assert records.text.startswith("Fastest races: 5K 24:00 (1 Jan); 10K 50:00 (20 Apr).")


def test_number_words():
    assert grouped("243464.1 km") == "243,464.1 km"
    assert grouped("24114 h 9 min") == "24,114 h 9 min"
    assert grouped("5.2 km") == "5.2 km"
    assert span_text(d(12, 30, 2023), d(1, 5), TODAY) == "30 Dec 2023 – 5 Jan 2024"
    assert span_text(d(3, 1), d(3, 7), TODAY) == "1 Mar – 7 Mar"


def test_the_partly_logged_first_week_is_not_judged():
    # The log begins on Wednesday 1 May: 5 km that week, then 20 km a week. The second
    # week is no jump (the first was only partly logged), and the first week's single
    # core session does not count as falling short of the target.
    runs = [(d(5, 1), 5000, 1800, "easy", None, 4)] + [
        (d(5, 6) + timedelta(weeks=i, days=day), 10000, 3600, "easy", None, 4)
        for i in range(5)
        for day in (0, 3)
    ]
    cores = [(d(5, 2), 600, 5)] + [
        (d(5, 7) + timedelta(weeks=i, days=day), 600, 5) for i in range(5) for day in (0, 2)
    ]
    result = review(history(runs, cores), "12w", today=d(6, 12), guidance=GUIDE)
    assert result.log_start == d(5, 1)
    assert result.jumps == []
    assert next(c for c in result.changes if c.week == d(5, 6)).percent == 300
    ten = result.insight("ten_percent")
    assert ten is not None and ten.tone == "good"
    assert ten.text.startswith("No week since your log began (1 May) rose more than 10 percent")
    # Before the log began, weeks are empty: not short of the target either.
    core = result.insight("core_weeks")
    assert core is not None and core.tone == "good"
    assert core.text.startswith("Every finished week since your log began (1 May) had at least")
    assert not result.judged(d(4, 29)) and result.judged(d(5, 6))


def test_a_week_still_going_is_not_called_finished():
    # The log begins on Tuesday 4 June (a partly logged week, not judged); this week
    # (from Monday 10 June) already has two core sessions, but it is not over yet.
    runs = [(d(6, 4), 10000, 3000, "easy", None, 4), (d(6, 10), 5000, 1500, "easy", None, 4)]
    cores = [(d(6, 10), 900, 5), (d(6, 11), 900, 5)]
    result = review(history(runs, cores), "12w", today=TODAY, guidance=GUIDE)
    core = result.insight("core_weeks")
    assert core is not None
    assert "Every finished week" not in core.text
    assert core.text.startswith("No full week since your log began (4 Jun) is over yet. ")
    assert core.tone == "info"


def test_the_week_still_going_is_not_counted_among_the_finished_weeks():
    # Two finished weeks: one short of the target, one on it; this week already on target.
    cores = [(d(5, 27), 900, 5)] + [(d(6, day), 900, 5) for day in (3, 5, 10, 11)]
    result = review(history([], cores), "12w", today=TODAY, guidance=GUIDE)
    core = result.insight("core_weeks")
    assert core is not None
    assert core.text.startswith("1 of 2 finished weeks had fewer than 2 core sessions")


def test_a_history_of_soreness_only_is_not_called_empty():
    sore = [(d(6, 3), "lower_abs"), (d(6, 10), "lower_abs")]
    result = review(history([], [], soreness=sore), "12w", today=TODAY, guidance=GUIDE)
    texts = {i.key: i.text for i in result.insights}
    assert not texts["totals"].startswith("Nothing logged")
    assert texts["totals"].startswith("No runs or core sessions in the last 12 weeks: ")
    assert texts["soreness"].startswith("Sore now and then")


def test_a_core_only_load_spike_does_not_quote_the_rule_for_running_distance():
    """The 10 percent rule is about weekly running distance: a user who only does core
    sessions is not told it when their core load rises."""
    cores = [(TODAY - timedelta(days=i), 600, 5) for i in range(0, 60, 7)]
    cores += [(TODAY - timedelta(days=i), 1800, 8) for i in range(1, 5)]
    result = review(history([], cores), "12w", today=TODAY, guidance=GUIDE)
    insight = result.insight("load")
    assert insight is not None and insight.tone == "warn"
    assert result.load[-1].band == "spike"
    assert GUIDE.ten_percent not in insight.text
    assert "10 percent" not in insight.text
    assert insight.sources == ()
