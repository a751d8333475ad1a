"""What the Today page shows, worked out by hand: week boundaries, targets, records, soreness."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import recovery, today
from corelog.services.exercises import sync_library
from corelog.services.recovery import SorenessForm
from corelog.store import exercises as store_exercises
from corelog.store.models import CoreSession, CoreSet, Run

PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))
TODAY = date(2025, 6, 11)  # a Wednesday
NOW = datetime(2025, 6, 11, 12, 0, tzinfo=PLUS2)
MONDAY, SUNDAY = 0, 6


def add_run(store, local: datetime, km: float, seconds: int, *, run_type: str = "easy",
            race_class: str | None = None, deleted: bool = False) -> int:
    offset = round(local.utcoffset().total_seconds() / 60)
    with store.write() as session:
        run = Run(started_at=local.astimezone(UTC), utc_offset_min=offset,
                  distance_m=km * 1000, duration_s=seconds, run_type=run_type,
                  race_class=race_class, deleted_at=NOW if deleted else None)
        session.add(run)
        session.flush()
        return run.id


def add_session(store, local: datetime, *, minutes: int | None = 15, holds=(),
                deleted: bool = False) -> int:
    """A core session; ``holds`` are (exercise id, hold in ms)."""
    with store.write() as session:
        core = CoreSession(started_at=local.astimezone(UTC),
                           utc_offset_min=round(local.utcoffset().total_seconds() / 60),
                           duration_s=None if minutes is None else minutes * 60,
                           deleted_at=NOW if deleted else None)
        session.add(core)
        session.flush()
        for position, (exercise_id, hold_ms) in enumerate(holds):
            session.add(CoreSet(session_id=core.id, position=position,
                                exercise_id=exercise_id, hold_ms=hold_ms))
        return core.id


def at(day: int, hour: int, minute: int = 0, tz: timezone = PLUS2) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=tz)


@pytest.fixture
def june(store):
    """Runs around the week of Wednesday 11 June 2025 (see each line for where it falls)."""
    add_run(store, at(1, 10), 4, 1400)  # Sun 1 Jun
    add_run(store, at(2, 7), 5, 1650)  # Mon 2 Jun
    add_run(store, at(8, 23, 30), 10, 3300)  # Sun 8 Jun, late
    # Monday 02:00 in UTC, but Sunday 21:00 where it was run: it counts on Sunday.
    add_run(store, datetime(2025, 6, 8, 21, 0, tzinfo=MINUS5), 3, 1000)
    add_run(store, at(9, 0, 10), 6, 2000)  # Mon 9 Jun, just after midnight
    add_run(store, at(10, 18), 7, 2300, deleted=True)  # deleted: never counts
    add_run(store, at(11, 6, 30), 8, 2600)  # today
    # Thursday 02:00 in UTC, but Wednesday 21:00 where it was run: today, so far.
    add_run(store, datetime(2025, 6, 11, 21, 0, tzinfo=MINUS5), 2, 700)
    add_run(store, at(12, 7), 12, 4000)  # tomorrow: not "so far"
    add_session(store, at(7, 18))  # Sat 7 Jun
    add_session(store, at(10, 18), minutes=20)  # Tue 10 Jun
    add_session(store, at(11, 7), deleted=True)
    return store


def test_week_starting_monday(june):
    week = today.week_so_far(june, TODAY, MONDAY)
    assert (week.start, week.end, week.day_of_week) == (date(2025, 6, 9), date(2025, 6, 15), 3)
    this, last = week.this_week, week.last_week
    assert (this.distance_m, this.run_time_s, this.runs) == (16_000, 5300, 3)
    assert (this.core_sessions, this.core_time_s) == (1, 1200)
    assert last.start == date(2025, 6, 2)
    assert (last.distance_m, last.run_time_s, last.runs, last.core_sessions) == (
        18_000, 5950, 3, 1)
    assert week.core_status == "in_progress"
    assert week.core_to_go == 1
    assert not week.over_ten_percent


def test_week_starting_sunday_moves_the_sunday_runs(june):
    week = today.week_so_far(june, TODAY, SUNDAY)
    assert (week.start, week.day_of_week) == (date(2025, 6, 8), 4)
    this, last = week.this_week, week.last_week
    assert (this.distance_m, this.run_time_s, this.runs) == (29_000, 9600, 5)
    assert (last.start, last.distance_m, last.run_time_s, last.runs) == (
        date(2025, 6, 1), 9000, 3050, 2)
    assert (this.core_sessions, last.core_sessions) == (1, 1)
    assert week.over_ten_percent  # 29 km against 9 km
    assert week.change.percent == pytest.approx(2000 / 9)


def test_first_day_of_the_week_is_the_first_day(june):
    week = today.week_so_far(june, date(2025, 6, 9), MONDAY)
    assert week.day_of_week == 1
    assert (week.this_week.distance_m, week.this_week.runs) == (6000, 1)
    assert week.last_week.distance_m == 18_000


def test_core_target_from_the_documents(store):
    target = get_knowledge().core.weekly_target
    add_session(store, at(9, 7))
    week = today.week_so_far(store, TODAY, MONDAY)
    assert (week.core_target_min, week.core_target_max) == (
        target.sessions_min, target.sessions_max)
    assert week.core_target_sources == tuple(target.sources)
    assert week.core_status == "in_progress"
    add_session(store, at(10, 7))
    assert today.week_so_far(store, TODAY, MONDAY).core_status == "on_target"
    add_session(store, at(11, 7))
    add_session(store, at(11, 8))
    week = today.week_so_far(store, TODAY, MONDAY)
    assert (week.core_status, week.core_to_go) == ("above", 0)


def test_the_last_day_of_the_week_is_still_in_progress_then_a_new_week_starts(store):
    add_session(store, at(9, 7))
    week = today.week_so_far(store, date(2025, 6, 15), MONDAY)  # Sunday, the week's last day
    assert (week.core_status, week.this_week.core_sessions) == ("in_progress", 1)
    week = today.week_so_far(store, date(2025, 6, 16), MONDAY)
    assert (week.this_week.core_sessions, week.last_week.core_sessions) == (0, 1)


def test_ten_percent_rule_needs_more_than_ten_percent(store):
    add_session(store, at(2, 7))  # the log began on Monday of last week: a full week
    add_run(store, at(3, 7), 20, 6000)  # last week: 20 km
    add_run(store, at(9, 7), 22, 6600)  # exactly 10 percent more
    assert not today.week_so_far(store, TODAY, MONDAY).over_ten_percent
    add_run(store, at(10, 7), 0.5, 200)  # 22.5 km: more than 10 percent
    week = today.week_so_far(store, TODAY, MONDAY)
    assert week.over_ten_percent
    assert "10 percent" in week.ten_percent_text
    assert week.ten_percent_sources == ("002",)


def test_a_last_week_the_log_began_partway_through_is_not_judged(store):
    """As on History: the rule compares full weeks, not the first days of a new log."""
    add_run(store, at(3, 7), 10, 3000)  # Tue 3 Jun: the log begins, mid-week
    add_run(store, at(9, 7), 10, 3000)
    add_run(store, at(10, 7), 5, 1500)
    week = today.week_so_far(store, TODAY, MONDAY)
    assert week.change.is_jump and not week.last_week_judged
    assert not week.over_ten_percent
    # A week later, last week (9-15 Jun) was logged from its first day: it is judged.
    add_run(store, at(16, 7), 20, 6000)
    week = today.week_so_far(store, date(2025, 6, 18), MONDAY)
    assert week.last_week_judged and week.over_ten_percent
    # A core session on the Monday is where the log began, too.
    add_session(store, at(2, 18))
    assert today.week_so_far(store, TODAY, MONDAY).over_ten_percent


def test_no_ten_percent_warning_after_a_week_without_running(store):
    add_run(store, at(9, 7), 30, 9000)
    week = today.week_so_far(store, TODAY, MONDAY)
    assert week.change.after_break
    assert not week.over_ten_percent


@pytest.fixture
def planks(store) -> dict[str, int]:
    sync_library(store)
    return {row.key: row.id for row in store_exercises.list_exercises(store) if row.key}


def test_personal_bests(store, planks):
    add_run(store, at(1, 9), 5, 1500, run_type="race", race_class="5k")
    add_run(store, at(5, 9), 5, 1430, run_type="race", race_class="5k")
    add_run(store, at(8, 9), 21.1, 6000, run_type="race", race_class="half")
    add_run(store, at(9, 9), 3, 500, run_type="race", race_class="other")
    add_run(store, at(10, 9), 24, 8000, run_type="long")
    add_session(store, at(6, 18), holds=[(planks["plank"], 65_000)])
    add_session(store, at(2, 18), holds=[(planks["plank"], 65_000), (planks["side_plank"], 40_000)])
    bests = today.personal_bests(store)
    records = bests.records
    assert list(records.races) == ["5k", "half"]
    assert records.races["5k"].duration_s == 1430
    assert records.races["5k"].day == date(2025, 6, 5)
    assert records.races["half"].distance_m == 21_100
    assert records.longest_run is not None
    assert (records.longest_run.distance_m, records.longest_run.day) == (24_000, date(2025, 6, 10))
    assert records.holds["plank"].hold_ms == 65_000
    assert records.holds["plank"].day == date(2025, 6, 2)  # the first to hold that long
    assert records.holds["side_plank"].hold_ms == 40_000
    assert dict(bests.hold_names) == {"plank": "Plank", "side_plank": "Side plank"}
    assert not bests.empty


def test_a_race_that_is_not_the_distance_of_its_class_is_no_personal_best(store):
    add_run(store, at(1, 9), 5, 1500, run_type="race", race_class="5k")
    add_run(store, at(2, 9), 21.1, 1200, run_type="race", race_class="5k")  # a half, mislabelled
    add_run(store, at(3, 9), 5, 1300, run_type="race", race_class="marathon")
    records = today.personal_bests(store).records
    assert list(records.races) == ["5k"]
    assert records.races["5k"].duration_s == 1500


def test_no_records_yet(store):
    assert today.personal_bests(store).empty


def test_recent_means_the_last_fourteen_days():
    assert today.is_recent(TODAY, TODAY)
    assert today.is_recent(TODAY - timedelta(days=13), TODAY)
    assert not today.is_recent(TODAY - timedelta(days=14), TODAY)
    assert not today.is_recent(TODAY + timedelta(days=1), TODAY)


def test_overview_of_an_empty_database(store):
    overview = today.overview(store, now=NOW)
    assert overview.today == TODAY
    assert not overview.has_history
    assert overview.soreness == ()
    assert overview.bests.empty
    assert overview.week.this_week.runs == 0


def log_soreness(store, region: str, severity: int, **changes) -> int:
    values = {
        "noted_at": NOW - timedelta(hours=3), "region": region, "severity": severity,
        "feel": "dull", "onset": "delayed", "trend": "improving", "swelling": False,
        "days_lasted": "1", "link": None, "notes": "",
    }
    values.update(changes)
    checked = recovery.check_entry(store, SorenessForm(**values), now=NOW)
    assert not isinstance(checked, Invalid), checked
    return recovery.add_entry(store, checked)


def test_overview_lists_open_soreness_with_advice(store):
    mild = log_soreness(store, "calves", 2)
    sharp = log_soreness(store, "lower_back", 8, feel="sharp", onset="during", trend="worsening")
    resolved = log_soreness(store, "upper_abs", 3)
    recovery.resolve_entry(store, resolved, at=NOW - timedelta(hours=1))
    overview = today.overview(store, now=NOW, first_weekday=MONDAY)
    assert overview.has_history
    assert [item.entry.id for item in overview.soreness] == [sharp, mild]  # warning signs first
    first = overview.soreness[0]
    assert first.has_red_flags
    assert first.action == "see_physio"  # sharp and getting worse
    assert first.action_name == get_knowledge().action(first.action).name
    assert overview.soreness[1].region_name == get_knowledge().region("calves").name
