from datetime import date, datetime, timedelta, timezone

from corelog.domain.records import CoreRecord, RunRecord
from corelog.domain.streaks import Streak, core_target_streaks, training_day_streaks

TZ = timezone(timedelta(hours=2))


def core(day: date) -> CoreRecord:
    return CoreRecord(datetime(day.year, day.month, day.day, 18, tzinfo=TZ), effort=5)


def run(day: date) -> RunRecord:
    return RunRecord(datetime(day.year, day.month, day.day, 7, tzinfo=TZ), 5000, 1500)


def sessions_in_weeks(*per_week: int, first: date = date(2024, 5, 6)) -> list[CoreRecord]:
    """Core sessions on Tuesday, Thursday, Saturday... of consecutive Monday weeks."""
    return [
        core(first + timedelta(weeks=week, days=1 + 2 * i))
        for week, count in enumerate(per_week)
        for i in range(count)
    ]


# Weeks from Monday 6 May 2024: W0 2, W1 3, W2 2, W3 1, W4 2, W5 2, W6 (this week) 1.
HISTORY = sessions_in_weeks(2, 3, 2, 1, 2, 2, 1)
THIS_WEEK = date(2024, 6, 17)


def test_longest_and_current_core_streaks_in_weeks():
    streaks = core_target_streaks(HISTORY, today=date(2024, 6, 19))
    assert streaks.longest == Streak(3, date(2024, 5, 6), date(2024, 5, 20))
    # This week has one session so far: the streak that reached last week still counts.
    assert streaks.current == Streak(2, date(2024, 6, 3), date(2024, 6, 10))


def test_reaching_the_target_this_week_extends_the_current_streak():
    history = [*HISTORY, core(THIS_WEEK + timedelta(days=3))]
    streaks = core_target_streaks(history, today=THIS_WEEK + timedelta(days=3))
    assert streaks.current == Streak(3, date(2024, 6, 3), THIS_WEEK)
    # Equal to the older three-week streak: the latest one is shown as the longest.
    assert streaks.longest == streaks.current


def test_a_missed_week_before_this_one_ends_the_current_streak():
    history = sessions_in_weeks(2, 2, 1, 0)
    streaks = core_target_streaks(history, today=date(2024, 5, 28))
    assert streaks.current == Streak()
    assert streaks.longest.length == 2


def test_sessions_after_today_do_not_count():
    history = sessions_in_weeks(2, 2)
    streaks = core_target_streaks(history, today=date(2024, 5, 10))
    assert streaks.current == Streak(1, date(2024, 5, 6), date(2024, 5, 6))


def test_the_first_day_of_the_week_changes_which_sessions_share_a_week():
    # Saturday and Sunday sessions: one Monday-week, but two Sunday-weeks.
    history = [core(date(2024, 6, 8)), core(date(2024, 6, 9))]
    assert core_target_streaks(history, date(2024, 6, 9), first_weekday=0).current.length == 1
    assert core_target_streaks(history, date(2024, 6, 9), first_weekday=6).current.length == 0


def test_training_day_streaks():
    days = [date(2024, 6, d) for d in (1, 2, 3, 5, 6)]
    runs = [run(d) for d in days[:3]]
    cores = [core(d) for d in days[3:]] + [core(date(2024, 6, 3))]  # two entries on the 3rd
    today = training_day_streaks(runs, cores, today=date(2024, 6, 7))
    assert today.longest == Streak(3, date(2024, 6, 1), date(2024, 6, 3))
    assert today.current == Streak(2, date(2024, 6, 5), date(2024, 6, 6))  # yesterday counts
    on_the_day = training_day_streaks(runs, cores, today=date(2024, 6, 6))
    assert on_the_day.current == Streak(2, date(2024, 6, 5), date(2024, 6, 6))
    broken = training_day_streaks(runs, cores, today=date(2024, 6, 8))
    assert broken.current == Streak()


def test_streaks_of_an_empty_history_are_zero():
    assert core_target_streaks([], date(2024, 6, 1)).current == Streak()
    assert training_day_streaks([], [], date(2024, 6, 1)).longest == Streak()


def test_a_single_run_today_is_a_one_day_streak():
    streaks = training_day_streaks([run(date(2024, 6, 1))], [], date(2024, 6, 1))
    assert streaks.current == streaks.longest == Streak(1, date(2024, 6, 1), date(2024, 6, 1))
