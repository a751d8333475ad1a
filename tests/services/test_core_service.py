"""Logging core sessions: checking the form, saving, editing, deleting, undo, repeat, the week."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import core, core_form, core_text, core_week, timer_workouts
from corelog.services import exercises as lib
from corelog.store.core import CoreSetRow

CEST = timezone(timedelta(hours=2))
NOW = datetime(2024, 6, 5, 18, 0, tzinfo=CEST)  # a Wednesday


@pytest.fixture
def ids(store) -> dict[str, int]:
    return {row.key: row.id for row in lib.library(store)}


def form(sets, *, start=datetime(2024, 6, 5, 7, 10, tzinfo=CEST), **kw) -> core_form.SessionForm:
    return core_form.SessionForm(started_at=start, sets=sets, **kw)


def set_form(exercise_id, amount, side=None, set_id=None) -> core_form.SetForm:
    return core_form.SetForm(exercise_id=exercise_id, amount=amount, side=side, set_id=set_id)


def save(store, session_form) -> int:
    values = core_form.check_session(store, session_form, NOW)
    assert not isinstance(values, Invalid), values
    return core.AddSession(store, values).do()


def rows(store) -> dict[str, list[tuple]]:
    return {
        t: [tuple(r) for r in store.reader.all(f"SELECT * FROM {t} ORDER BY id")]
        for t in ("core_session", "core_set")
    }


def values(store) -> dict[str, list[tuple]]:
    """:func:`rows` without ``updated_at``: Undo and Redo put back the very same rows,
    but each is a change of its own, made now, so that another computer learns of it."""
    out = {}
    for table, table_rows in rows(store).items():
        columns = [r["name"] for r in store.reader.all(f"PRAGMA table_info({table})")]
        at = columns.index("updated_at")
        out[table] = [row[:at] + row[at + 1 :] for row in table_rows]
    return out


# ---------------------------------------------------------------------- checking


def test_a_multi_set_session_with_both_sides_is_saved_as_typed(store, ids):
    session_id = save(
        store,
        form(
            [
                set_form(ids["plank"], "45"),
                set_form(ids["plank"], "45s"),
                set_form(ids["plank"], "1:30"),
                set_form(ids["side_plank"], "30", "left"),
                set_form(ids["side_plank"], "0:28", "right"),
                set_form(ids["bird_dog"], "12"),
            ],
            effort="6",
            duration="20",
            notes="After the easy run",
        ),
    )
    got = core.get_session(store, session_id)
    assert got.local_start == datetime(2024, 6, 5, 7, 10, tzinfo=CEST)
    assert got.utc_offset_min == 120 and got.started_at.tzinfo == UTC
    assert (got.effort, got.duration_s, got.notes) == (6, 1200, "After the easy run")
    assert [(s.exercise_key, s.side, s.hold_ms, s.reps) for s in got.sets] == [
        ("plank", None, 45_000, None),
        ("plank", None, 45_000, None),
        ("plank", None, 90_000, None),
        ("side_plank", "left", 30_000, None),
        ("side_plank", "right", 28_000, None),
        ("bird_dog", None, None, 12),
    ]


def errors_for(store, session_form) -> dict[str, str]:
    result = core_form.check_session(store, session_form, NOW)
    assert isinstance(result, Invalid)
    return dict(result.errors)


def test_a_session_without_sets_is_refused(store):
    assert errors_for(store, form([])) == {"sets": "Add at least one set."}


@pytest.mark.parametrize(
    ("key", "amount", "message"),
    [
        ("bird_dog", "0", "Enter at least 1 rep."),
        ("bird_dog", "-3", "Reps can't be negative."),
        ("bird_dog", "1001", "More than 1,000 reps in one set? Check the number."),
        ("bird_dog", "", "Enter the number of reps."),
        ("bird_dog", "lots", "Enter the reps as a whole number, like 12."),
        ("plank", "0", "The hold must be longer than zero."),
        ("plank", "-45", "A hold can't be negative."),
        ("plank", "30:01", "A hold of more than 30 minutes? Check the time."),
        ("plank", "", "Enter how long you held it. Enter a hold like 45, 45s or 1:30."),
        ("plank", "a while", "Enter a hold like 45, 45s or 1:30."),
    ],
)
def test_bad_amounts_are_refused_at_the_set(store, ids, key, amount, message):
    errors = errors_for(store, form([set_form(ids["plank"], "45"), set_form(ids[key], amount)]))
    assert errors == {"sets.1.amount": message}


def test_a_hold_of_exactly_30_minutes_is_fine(store, ids):
    values = core_form.check_session(store, form([set_form(ids["plank"], "30:00")]), NOW)
    assert values.sets[0].hold_ms == 30 * 60 * 1000


def test_every_problem_is_reported_at_once(store, ids):
    errors = errors_for(
        store,
        form(
            [set_form(None, "45"), set_form(ids["side_plank"], "30"), set_form(ids["plank"], "0")],
            start=None,
            effort="11",
            duration="-5",
        ),
    )
    assert errors == {
        "started_at": "Enter when the session started.",
        "effort": "Effort is a whole number from 1 to 10, or leave it empty.",
        "duration": "The duration can't be negative.",
        "sets.0.exercise": "Choose an exercise.",
        "sets.1.side": "Choose the left or the right side.",
        "sets.2.amount": "The hold must be longer than zero.",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "The duration must be more than zero, or leave it empty."),
        ("7h", "More than 6 hours of core work in one session? Check the duration."),
        ("soon", core_form.DURATION_HINT),
    ],
)
def test_bad_durations(store, ids, text, message):
    errors = errors_for(store, form([set_form(ids["plank"], "45")], duration=text))
    assert errors == {"duration": message}


def test_a_start_more_than_a_day_ahead_is_refused(store, ids):
    errors = errors_for(store, form([set_form(ids["plank"], "45")], start=NOW + timedelta(days=2)))
    assert errors == {
        "started_at": "That is more than a day in the future; check the date and time."
    }


def test_a_side_on_an_exercise_without_sides_is_dropped(store, ids):
    values = core_form.check_session(store, form([set_form(ids["plank"], "45", "left")]), NOW)
    assert values.sets[0].side is None


def test_nothing_is_written_when_the_form_is_refused(store, ids):
    core_form.check_session(
        store, form([set_form(ids["plank"], "45"), set_form(ids["plank"], "0")]), NOW
    )
    assert rows(store) == {"core_session": [], "core_set": []}


# ---------------------------------------------------------------- undo and redo


def test_add_undo_redo_brings_back_the_same_session(store, ids):
    values = core_form.check_session(store, form([set_form(ids["plank"], "45")]), NOW)
    op = core.AddSession(store, values)
    session_id = op.do()
    saved = rows(store)
    op.undo()
    assert core.recent_sessions(store) == []
    assert op.do() == session_id
    assert [s.id for s in core.recent_sessions(store)] == [session_id]
    assert rows(store)["core_set"] == saved["core_set"]


def test_edit_keeps_uuids_and_undo_redo_are_exact(store, ids):
    session_id = save(store, form([set_form(ids["plank"], "45"), set_form(ids["bird_dog"], "10")]))
    before = rows(store)
    stored = core.get_session(store, session_id)
    edited = core_form.form_from_session(stored)
    new_form = core_form.SessionForm(
        started_at=edited.started_at,
        sets=[edited.sets[1], set_form(ids["dead_bug"], "8")],
        effort=7,
        duration="",
        notes="swapped",
    )
    op = core.EditSession(store, session_id, core_form.check_session(store, new_form, NOW))
    values_before = values(store)
    op.do()
    values_after = values(store)
    got = core.get_session(store, session_id)
    assert got.uuid == stored.uuid and got.sets[0].uuid == stored.sets[1].uuid
    assert [s.exercise_key for s in got.sets] == ["bird_dog", "dead_bug"]
    op.undo()
    assert values(store) == values_before
    assert rows(store)["core_session"][0] != before["core_session"][0]  # updated_at moved
    op.do()
    assert values(store) == values_after


def test_delete_and_undo(store, ids):
    """Undo brings back the very same rows; only the session's updated_at has moved on."""
    session_id = save(store, form([set_form(ids["plank"], "45")]))
    before = rows(store)
    op = core.DeleteSession(store, session_id)
    op.do()
    assert core.recent_sessions(store) == []
    op.undo()
    after = rows(store)
    assert after["core_set"] == before["core_set"]
    columns = [r["name"] for r in store.reader.all("PRAGMA table_info(core_session)")]
    moved = columns.index("updated_at")
    (old_row,), (new_row,) = before["core_session"], after["core_session"]
    assert old_row[:moved] + old_row[moved + 1 :] == new_row[:moved] + new_row[moved + 1 :]
    assert new_row[moved] >= old_row[moved]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.lists(
            st.tuples(st.sampled_from(["plank", "side_plank", "bird_dog"]), st.integers(1, 120)),
            min_size=1,
            max_size=5,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_chain_of_edits_undoes_back_to_the_start(store, ids, edits):
    session_id = save(store, form([set_form(ids["plank"], "45"), set_form(ids["bird_dog"], "10")]))
    start = values(store)
    ops = []
    for sets in edits:
        current = core.get_session(store, session_id)
        kept = [s.id for s in current.sets]
        new_sets = [
            set_form(
                ids[key],
                str(amount),
                "left" if key == "side_plank" else None,
                kept[i] if i < len(kept) else None,
            )
            for i, (key, amount) in enumerate(sets)
        ]
        op = core.EditSession(
            store, session_id, core_form.check_session(store, form(new_sets), NOW)
        )
        op.do()
        ops.append(op)
    for op in reversed(ops):
        op.undo()
    assert values(store) == start
    core.DeleteSession(store, session_id).do()


# ------------------------------------------------------------ repeat last session


def test_nothing_to_repeat_before_the_first_session(store):
    assert core_form.repeat_template(store) is None


def test_repeat_copies_the_latest_session_by_start(store, ids):
    save(
        store,
        form([set_form(ids["bird_dog"], "10")], start=datetime(2024, 6, 4, 7, 0, tzinfo=CEST)),
    )
    save(
        store,
        form(
            [
                set_form(ids["plank"], "45.4s"),
                set_form(ids["side_plank"], "30", "left"),
                set_form(ids["side_plank"], "30", "right"),
            ],
            start=datetime(2024, 6, 1, 7, 0, tzinfo=CEST),
        ),
    )
    template, source = core_form.repeat_template(store)
    assert source.local_start.date() == date(2024, 6, 4)
    assert [(s.exercise_id, s.amount, s.side, s.set_id) for s in template.sets] == [
        (ids["bird_dog"], "10", None, None)
    ]


def test_repeat_rounds_holds_keeps_sides_and_effort_but_not_notes_or_time(store, ids):
    save(
        store,
        form(
            [
                set_form(ids["plank"], "45.4s"),
                set_form(ids["side_plank"], "30", "left"),
                set_form(ids["side_plank"], "29.6s", "right"),
            ],
            effort=5,
            duration="15",
            notes="sore hips",
        ),
    )
    template, _ = core_form.repeat_template(store)
    assert [(s.amount, s.side, s.set_id) for s in template.sets] == [
        ("45", None, None),
        ("30", "left", None),
        ("30", "right", None),
    ]
    assert (template.started_at, template.effort, template.duration, template.notes) == (
        None,
        5,
        "15:00",
        "",
    )


def test_an_edit_form_is_exact(store, ids):
    session_id = save(
        store, form([set_form(ids["plank"], "45.25s")], duration="1:05:00", notes="n")
    )
    edit = core_form.form_from_session(core.get_session(store, session_id))
    assert edit.sets[0].amount == "45.25s" and edit.sets[0].set_id is not None
    assert (edit.duration, edit.notes) == ("1:05:00", "n")
    assert core_form.check_session(store, edit, NOW).sets[0].hold_ms == 45_250


# ------------------------------------------------------------------ descriptions


def a_set(name, *, hold=None, reps=None, side=None, exercise_id=1) -> CoreSetRow:
    return CoreSetRow(
        0,
        "",
        0,
        exercise_id,
        None,
        name,
        "hold" if hold else "reps",
        side is not None,
        side,
        reps,
        hold,
    )


def test_sets_in_one_line():
    sets = [
        a_set("Plank", hold=45_000),
        a_set("Plank", hold=45_000),
        a_set("Plank", hold=45_400),
        a_set("Side plank", hold=30_000, side="left", exercise_id=2),
        a_set("Side plank", hold=30_000, side="right", exercise_id=2),
        a_set("Side plank", hold=30_000, side="left", exercise_id=2),
        a_set("Side plank", hold=30_000, side="right", exercise_id=2),
        a_set("Bird dog", reps=10, exercise_id=3),
        a_set("Bird dog", reps=12, exercise_id=3),
        a_set("Leg raise", reps=1, exercise_id=4),
        a_set("Dead bug", hold=90_000, exercise_id=5),
    ]
    assert core_text.describe_sets(sets) == (
        "Plank 3 × 45 s · Side plank 2 × 30 s each side · Bird dog 10 reps, 12 reps"
        " · Leg raise 1 rep · Dead bug 1:30"
    )
    uneven = [
        a_set("Side plank", hold=30_000, side="left"),
        a_set("Side plank", hold=25_000, side="right"),
    ]
    assert core_text.describe_sets(uneven) == "Side plank L 30 s, R 25 s"
    assert core_text.describe_sets_lines(uneven) == [
        "1. Side plank (left) 30 s",
        "2. Side plank (right) 25 s",
    ]


# --------------------------------------------------------------- the weekly target


def test_this_weeks_sessions_against_two_to_three(store, ids):
    wednesday = date(2024, 6, 5)
    progress = core_week.core_week_progress(store, wednesday)
    assert progress.text == "Core sessions this week: 0 of 2-3"
    assert (progress.status, progress.to_go, progress.sources) == ("in_progress", 2, ("002",))
    assert progress.advice == get_knowledge().core.weekly_target.text
    save(
        store, form([set_form(ids["plank"], "45")], start=datetime(2024, 6, 2, 20, 0, tzinfo=CEST))
    )  # Sun
    save(
        store, form([set_form(ids["plank"], "45")], start=datetime(2024, 6, 3, 0, 30, tzinfo=CEST))
    )  # Mon
    gone = save(
        store, form([set_form(ids["plank"], "45")], start=datetime(2024, 6, 4, 7, 0, tzinfo=CEST))
    )
    core.DeleteSession(store, gone).do()
    save(store, form([set_form(ids["plank"], "45")], start=datetime(2024, 6, 5, 7, 0, tzinfo=CEST)))
    progress = core_week.core_week_progress(store, wednesday)
    assert (progress.week_start, progress.week_end) == (date(2024, 6, 3), date(2024, 6, 9))
    assert progress.text == "Core sessions this week: 2 of 2-3"
    assert progress.status == "on_target" and progress.to_go == 0
    sunday_start = core_week.core_week_progress(store, wednesday, first_weekday=6)
    assert sunday_start.week_start == date(2024, 6, 2)
    assert sunday_start.sessions == 3


def test_the_current_week_is_in_progress_until_it_reaches_two(store, ids):
    save(store, form([set_form(ids["plank"], "45")], start=datetime(2024, 6, 3, 7, 0, tzinfo=CEST)))
    assert core_week.core_week_progress(store, date(2024, 6, 5)).status == "in_progress"
    assert core_week.core_week_progress(store, date(2024, 6, 9)).status == "in_progress"
    for day in (4, 5, 6):
        save(
            store,
            form([set_form(ids["plank"], "45")], start=datetime(2024, 6, day, 7, 0, tzinfo=CEST)),
        )
    assert core_week.core_week_progress(store, date(2024, 6, 9)).status == "above"


def test_the_target_matches_the_domains_weekly_analysis():
    from corelog.domain.weekly import CORE_TARGET_MAX, CORE_TARGET_MIN

    target = get_knowledge().core.weekly_target
    assert (target.sessions_min, target.sessions_max) == (CORE_TARGET_MIN, CORE_TARGET_MAX)


def test_what_changed_in_a_session_since_a_form_read_it(store, ids):
    session_id = save(store, form([set_form(ids["plank"], "45")], notes="morning"))
    base = core.get_session(store, session_id)
    assert core_form.same_session(base, core.get_session(store, session_id))
    assert core_form.sets_added_since(base, base) is None
    # The plank timer appends: those sets are what was added.
    holds = [TimerHold(60_000), TimerHold(61_000)]
    workout = FinishedWorkout(
        exercise_id=ids["plank"],
        mode="countdown",
        target_hold_ms=60_000,
        planned_sets=2,
        rest_ms=0,
        prep_ms=0,
        alternate_sides=False,
        completed=True,
        started_at=base.local_start,
        holds=holds,
    )
    saved = timer_workouts.save_timer_workout(store, workout, base.local_start.date())
    extended = core.get_session(store, session_id)
    assert not core_form.same_session(base, extended)
    added = core_form.sets_added_since(base, extended)
    assert [s.id for s in added] == list(saved.set_ids)
    # A changed set, or changed notes, is more than an addition.
    first = extended.sets[0]
    edit = core_form.check_session(
        store,
        form(
            [set_form(ids["plank"], "50", set_id=first.id)]
            + [set_form(ids["plank"], "1:00", set_id=i) for i in saved.set_ids],
            notes="morning",
        ),
        NOW,
    )
    core.EditSession(store, session_id, edit).do()
    assert core_form.sets_added_since(base, core.get_session(store, session_id)) is None
    edited = core.get_session(store, session_id)
    renotes = core_form.check_session(
        store, replace(core_form.form_from_session(edited), notes="evening"), NOW
    )
    core.EditSession(store, session_id, renotes).do()
    now = core.get_session(store, session_id)
    assert [s.id for s in now.sets] == [s.id for s in edited.sets]
    assert (
        not core_form.same_session(edited, now) and core_form.sets_added_since(edited, now) is None
    )
