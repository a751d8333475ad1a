"""Which timeline entries a filter keeps: kinds, periods, run types, exercises, regions, notes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from corelog.services.history_timeline import (
    TimelineFilter,
    filter_rows,
    months_before,
    period_days,
)
from corelog.store.history import KIND_CORE, KIND_RUN, KIND_SORENESS, KindRows, Timeline

EPOCH = datetime(1970, 1, 1)
TODAY = date(2024, 6, 12)  # a Wednesday


def s(day: date, hour: int = 7) -> int:
    return int((datetime(day.year, day.month, day.day, hour) - EPOCH).total_seconds())


def timeline() -> Timeline:
    runs = KindRows(
        KIND_RUN,
        ids=(1, 2, 3),
        local_s=(s(date(2024, 6, 10)), s(date(2024, 5, 1)), s(date(2023, 1, 5))),
        distance_m=(8000.0, 10000.0, 5000.0),
        duration_s=(2700.0, 2900.0, 1400.0),
        effort=(3, 8, 9),
        run_type=("easy", "tempo", "race"),
        race_class=(None, None, "5k"),
        notes=("Easy loop by the river", "Windy tempo, legs heavy", "Park race"),
    )
    cores = KindRows(
        KIND_CORE,
        ids=(11, 12),
        local_s=(s(date(2024, 6, 9), 18), s(date(2024, 4, 2), 18)),
        duration_s=(900.0, None),
        effort=(5, None),
        notes=("Planks felt LEGS-shaky", ""),
    )
    soreness = KindRows(
        KIND_SORENESS,
        ids=(21,),
        local_s=(s(date(2024, 6, 11), 9),),
        region=("calves",),
        severity=(4,),
        resolved=(False,),
        notes=("after the river loop",),
    )
    return Timeline((runs, cores, soreness))


def shown(flt: TimelineFilter, first_weekday: int = 0, exercise_sessions=frozenset()):
    t = timeline()
    rows = filter_rows(
        t,
        flt,
        t.newest_first,
        today=TODAY,
        first_weekday=first_weekday,
        exercise_sessions=exercise_sessions,
    )
    return [(t.kind[r], t.ids[r]) for r in rows]


RUN, CORE, SORE = KIND_RUN, KIND_CORE, KIND_SORENESS


def test_no_filter_shows_everything_newest_first():
    assert shown(TimelineFilter()) == [
        (SORE, 21),
        (RUN, 1),
        (CORE, 11),
        (RUN, 2),
        (CORE, 12),
        (RUN, 3),
    ]
    assert TimelineFilter().is_default


def test_by_kind():
    assert shown(TimelineFilter(kind=KIND_RUN)) == [(RUN, 1), (RUN, 2), (RUN, 3)]
    assert shown(TimelineFilter(kind=KIND_CORE)) == [(CORE, 11), (CORE, 12)]
    assert shown(TimelineFilter(kind=KIND_SORENESS)) == [(SORE, 21)]


def test_periods():
    # This week, weeks from Monday: Mon 10 to Sun 16 June.
    assert shown(TimelineFilter(period="week")) == [(SORE, 21), (RUN, 1)]
    # From Sunday: Sun 9 to Sat 15 June.
    assert shown(TimelineFilter(period="week"), first_weekday=6) == [
        (SORE, 21),
        (RUN, 1),
        (CORE, 11),
    ]
    # The last 28 days: from 16 May.
    assert shown(TimelineFilter(period="4w")) == [(SORE, 21), (RUN, 1), (CORE, 11)]
    # Three months: from 13 March.
    assert shown(TimelineFilter(period="3m")) == [
        (SORE, 21),
        (RUN, 1),
        (CORE, 11),
        (RUN, 2),
        (CORE, 12),
    ]
    assert (RUN, 3) not in shown(TimelineFilter(period="year"))
    assert len(shown(TimelineFilter(period="all"))) == 6


def test_custom_dates_include_both_ends_in_either_order():
    flt = TimelineFilter(period="custom", custom_from=date(2024, 6, 9), custom_to=date(2024, 6, 10))
    assert shown(flt) == [(RUN, 1), (CORE, 11)]
    swapped = TimelineFilter(
        period="custom", custom_from=date(2024, 6, 10), custom_to=date(2024, 6, 9)
    )
    assert shown(swapped) == shown(flt)
    one_day = TimelineFilter(
        period="custom", custom_from=date(2024, 6, 11), custom_to=date(2024, 6, 11)
    )
    assert shown(one_day) == [(SORE, 21)]


def test_narrowing_by_run_type_exercise_or_region_keeps_only_that_kind():
    assert shown(TimelineFilter(run_type="tempo")) == [(RUN, 2)]
    assert shown(TimelineFilter(exercise_id=7), exercise_sessions={12}) == [(CORE, 12)]
    assert shown(TimelineFilter(region="calves")) == [(SORE, 21)]
    assert shown(TimelineFilter(region="obliques_left")) == []


def test_notes_search_ignores_case_and_word_order():
    assert shown(TimelineFilter(text="legs")) == [(CORE, 11), (RUN, 2)]
    assert shown(TimelineFilter(text="RIVER loop")) == [(SORE, 21), (RUN, 1)]
    assert shown(TimelineFilter(text="loop river")) == [(SORE, 21), (RUN, 1)]
    assert shown(TimelineFilter(text="  ")) == shown(TimelineFilter())
    assert shown(TimelineFilter(text="hills")) == []


def test_filters_combine():
    flt = TimelineFilter(kind=KIND_RUN, period="3m", text="windy")
    assert shown(flt) == [(RUN, 2)]


def test_the_given_order_is_kept():
    t = timeline()
    oldest_first = list(reversed(t.newest_first))
    rows = filter_rows(t, TimelineFilter(kind=KIND_RUN), oldest_first, today=TODAY)
    assert [t.ids[r] for r in rows] == [3, 2, 1]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 6, 12), 3, date(2024, 3, 12)),
        (date(2024, 5, 31), 3, date(2024, 2, 29)),
        (date(2023, 5, 31), 3, date(2023, 2, 28)),
        (date(2024, 1, 15), 12, date(2023, 1, 15)),
        (date(2024, 2, 29), 12, date(2023, 2, 28)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_period_bounds():
    assert period_days("4w", TODAY) == (date(2024, 5, 16), None)
    assert period_days("3m", TODAY) == (date(2024, 3, 13), None)
    assert period_days("year", TODAY) == (date(2023, 6, 13), None)
    assert period_days("all", TODAY) == (None, None)
    with pytest.raises(ValueError, match="unknown period"):
        period_days("fortnight", TODAY)
