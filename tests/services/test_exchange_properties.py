"""Any history of edits, deletions and undo on two computers, exchanged by export files in
any order, ends with both holding the same log field for field, and importing a file a
second time changes nothing.

Hypothesis writes the histories: runs, core sessions (typed and from the plank timer),
soreness with follow-ups, shoes, timer presets and exercises, added, edited, deleted,
undone and redone, with any Unicode in the notes, times in every UTC offset and the
largest and smallest numbers the forms allow, and files sent either way in between.

Run more examples with CORELOG_EXCHANGE_EXAMPLES=500 (``make test`` runs 30).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from exchange_world import Computer, check_sound, send, session_values, view
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corelog.domain import clock
from corelog.domain.core_sessions import SessionValues, SetValues
from corelog.domain.run_validation import MAX_DISTANCE_M, MAX_DURATION_S, MAX_ELEVATION_GAIN_M
from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
from corelog.domain.validation import Invalid
from corelog.knowledge import get_knowledge
from corelog.services import core, exercises, shoes
from corelog.services.exercises import ensure_library
from corelog.store import runs as run_store
from corelog.store import soreness as soreness_store
from corelog.store.exercises import ExerciseInUseError
from corelog.store.runs import RunNotFound, RunValues
from corelog.store.shoes import ShoeNotFound
from corelog.store.store import Store
from corelog.timer import TimerMode, TimerPlan
from corelog.timer.plan import MAX_HOLD_MS, MAX_PREP_MS, MAX_REST_MS, MAX_SETS
from soreness_values import follow_up_values

EXAMPLES = int(os.environ.get("CORELOG_EXCHANGE_EXAMPLES", "30"))
TEN_YEARS_S = 10 * 366 * 24 * 3600
REGIONS = [region.key for region in get_knowledge().regions]

# Any instant of the last ten years, to the microsecond, before whatever day the tests run.
instants = st.builds(
    lambda seconds, micro: (clock.utc_now() - timedelta(seconds=seconds)).replace(
        microsecond=micro
    ),
    st.integers(min_value=3600, max_value=TEN_YEARS_S),
    st.integers(min_value=0, max_value=999_999),
)
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60)
notes = st.text(max_size=30)
distances = st.one_of(
    st.sampled_from([1.0, float(MAX_DISTANCE_M)]),
    st.floats(min_value=1.0, max_value=MAX_DISTANCE_M, allow_nan=False),
)
durations = st.one_of(
    st.sampled_from([1.0, float(MAX_DURATION_S)]),
    st.floats(min_value=1.0, max_value=MAX_DURATION_S, allow_nan=False),
)
holds = st.one_of(st.sampled_from([1, 30 * 60 * 1000]), st.integers(1, 30 * 60 * 1000))
reps = st.integers(1, 1000)
shoe_names = st.sampled_from(["Pegasus", "pegasus", "Trail pair", "Ωmega ✓", "Racers"])
exercise_names = st.sampled_from(["Hollow", "hollow", "Superman", "Wall sit", "Plank ++"])
preset_names = st.sampled_from(["Morning", "morning", "Evening", "Plank 3 × 45 s"])


@st.composite
def run_values(draw) -> dict[str, Any]:
    distance = draw(distances)
    gain_cap = min(float(MAX_ELEVATION_GAIN_M), distance)
    return {
        "started_at": draw(instants),
        "utc_offset_min": draw(offsets),
        "distance_m": distance,
        "duration_s": draw(durations),
        "run_type": draw(st.sampled_from(["easy", "long", "tempo", "intervals", "hills"])),
        "effort": draw(st.none() | st.integers(1, 10)),
        "surface": draw(st.none() | st.sampled_from(["road", "trail", "track", "grass"])),
        "elevation_gain_m": draw(st.none() | st.floats(0.0, gain_cap, allow_nan=False)),
        "shoe": draw(st.none() | st.integers(0, 5)),
        "notes": draw(notes),
    }


@st.composite
def soreness_values(draw) -> dict[str, Any]:
    return {
        "noted_at": draw(instants),
        "utc_offset_min": draw(offsets),
        "region": draw(st.sampled_from(REGIONS)),
        "severity": draw(st.integers(0, 10)),
        "feel": draw(st.sampled_from(["dull", "sharp"])),
        "onset": draw(st.sampled_from(["during", "hours", "delayed"])),
        "trend": draw(st.sampled_from(["improving", "steady", "worsening"])),
        "swelling": draw(st.booleans()),
        "days_lasted": draw(st.integers(0, 365)),
        "run": draw(st.none() | st.integers(0, 5)),
        "notes": draw(notes),
    }


plans = st.builds(
    lambda mode, hold, sets, rest, prep: TimerPlan(
        hold_ms=hold, sets=sets, rest_ms=rest, prep_ms=prep, mode=mode
    ),
    st.sampled_from([TimerMode.COUNTDOWN, TimerMode.COUNT_UP]),
    st.integers(1, MAX_HOLD_MS),
    st.integers(1, MAX_SETS),
    st.integers(0, MAX_REST_MS),
    st.integers(0, MAX_PREP_MS),
)
pick = st.integers(0, 50)
steps = st.one_of(
    st.tuples(st.just("add_run"), run_values()),
    st.tuples(st.just("edit_run"), pick, run_values()),
    st.tuples(st.just("delete_run"), pick),
    st.tuples(st.just("import_watch_file"), st.integers(0, 2)),
    st.tuples(
        st.just("add_session"),
        pick,
        st.lists(holds | reps, min_size=1, max_size=4),
        instants,
        offsets,
        notes,
    ),
    st.tuples(st.just("edit_session"), pick, st.lists(holds, min_size=0, max_size=3), notes),
    st.tuples(st.just("delete_session"), pick),
    st.tuples(st.just("timer_save"), pick, st.lists(holds, min_size=1, max_size=3), instants),
    st.tuples(st.just("add_soreness"), soreness_values()),
    st.tuples(st.just("edit_soreness"), pick, soreness_values()),
    st.tuples(st.just("delete_soreness"), pick),
    st.tuples(st.just("follow_up"), pick, st.integers(0, 10), notes, instants),
    st.tuples(st.just("add_shoe"), shoe_names, st.integers(0, 10_000_000)),
    st.tuples(st.just("retire_shoe"), pick, st.booleans()),
    st.tuples(st.just("delete_shoe"), pick),
    st.tuples(st.just("save_preset"), preset_names, pick, plans),
    st.tuples(st.just("delete_preset"), pick),
    st.tuples(
        st.just("add_exercise"), exercise_names, st.sampled_from(["hold", "reps"]), st.booleans()
    ),
    st.tuples(st.just("rename_exercise"), pick, exercise_names),
    st.tuples(st.just("hide_exercise"), pick, st.booleans()),
    st.tuples(st.just("delete_exercise"), pick),
    # Undo, redo and sending a file come up more often than any one kind of entry.
    *[st.tuples(st.just("undo"))] * 3,
    *[st.tuples(st.just("redo"))] * 2,
    *[st.tuples(st.just("send"))] * 4,
)
# What a person sees refused at the form (the pair is still worn, the exercise still
# used, the entry deleted meanwhile): the step does nothing.
REFUSED = (
    shoes.ShoeRefused,
    ExerciseInUseError,
    LookupError,
    RunNotFound,
    ShoeNotFound,
    soreness_store.LinkError,
)


def nth(ids: list[int], i: int | None) -> int | None:
    return ids[i % len(ids)] if ids and i is not None else None


def perform(c: Computer, step: tuple) -> None:
    """Do one step on ``c`` as the pages would (nothing happens when there is no target)."""
    name, *args = step
    store = c.store
    if name in ("add_run", "edit_run"):
        values = args[-1]
        run = RunValues(
            values["started_at"],
            values["utc_offset_min"],
            values["distance_m"],
            values["duration_s"],
            values["run_type"],
            None,
            values["effort"],
            values["surface"],
            values["elevation_gain_m"],
            nth(c.live_shoes(), values["shoe"]),
            values["notes"],
        )
        if name == "add_run":
            c.add_run(run)
        elif (run_id := nth(c.live_runs(), args[0])) is not None:
            c.edit_run(run_id, run)
    elif name == "import_watch_file":
        c.import_watch_file(args[0])
    elif name == "delete_run" and (run_id := nth(c.live_runs(), args[0])) is not None:
        c.delete_run(run_id)
    elif name == "add_session":
        first, amounts, start, offset, text = args
        c.add_session(_session(c, first, amounts, start, offset, text))
    elif name == "edit_session" and (session_id := nth(c.live_sessions(), args[0])) is not None:
        stored = core.get_session(store, session_id)
        kept = [s for s in stored.sets[::2]]  # every other set stays, the rest go
        sets = [SetValues(s.exercise_id, s.side, s.reps, s.hold_ms, s.id) for s in kept]
        plank = store.reader.scalar("SELECT id FROM exercise WHERE key = 'plank'")
        sets += [SetValues(plank, None, None, ms) for ms in args[1]]
        if sets:
            c.edit_session(
                session_id,
                SessionValues(
                    stored.started_at,
                    stored.utc_offset_min,
                    stored.duration_s,
                    stored.effort,
                    args[2],
                    tuple(sets),
                ),
            )
    elif name == "delete_session" and (session_id := nth(c.live_sessions(), args[0])) is not None:
        c.delete_session(session_id)
    elif name == "timer_save":
        exercise_id = nth(c.exercise_ids("hold"), args[0])
        sided = bool(store.reader.scalar("SELECT sided FROM exercise WHERE id = ?", (exercise_id,)))
        workout = FinishedWorkout(
            exercise_id=exercise_id,
            mode="countdown",
            target_hold_ms=45_000,
            planned_sets=len(args[1]),
            rest_ms=30_000,
            prep_ms=5_000,
            alternate_sides=sided,
            completed=False,
            started_at=args[2],
            holds=[
                TimerHold(ms, ("left", "right")[i % 2] if sided else None)
                for i, ms in enumerate(args[1])
            ],
        )
        c.timer_save(workout, args[2].date())
    elif name in ("add_soreness", "edit_soreness"):
        v = args[-1]
        values = soreness_store.SorenessValues(
            noted_at=v["noted_at"],
            utc_offset_min=v["utc_offset_min"],
            region=v["region"],
            severity=v["severity"],
            feel=v["feel"],
            onset=v["onset"],
            trend=v["trend"],
            swelling=v["swelling"],
            days_lasted=v["days_lasted"],
            run_id=nth(c.live_runs(), v["run"]),
            core_session_id=None,
            notes=v["notes"],
        )
        if name == "add_soreness":
            c.add_soreness(values)
        elif (entry_id := nth(c.live_soreness(), args[0])) is not None:
            c.edit_soreness(entry_id, values)
    elif name == "delete_soreness" and (entry_id := nth(c.live_soreness(), args[0])) is not None:
        c.delete_soreness(entry_id)
    elif name == "follow_up" and (entry_id := nth(c.live_soreness(), args[0])) is not None:
        values = follow_up_values(args[3], 0, severity=args[1], trend="steady", notes=args[2])
        c.add_follow_up(entry_id, values)
    elif name == "add_shoe":
        if not isinstance(shoes.check_shoe(store, args[0], "", "km"), Invalid):
            c.add_shoe(args[0], args[1])
    elif name == "retire_shoe" and (shoe_id := nth(c.live_shoes(), args[0])) is not None:
        c.retire_shoe(shoe_id, args[1])
    elif name == "delete_shoe" and (shoe_id := nth(c.live_shoes(), args[0])) is not None:
        c.delete_shoe(shoe_id)
    elif name == "save_preset":
        plan = args[2]
        exercise_id = nth(c.exercise_ids(), args[1])
        c.save_preset(args[0], exercise_id, plan)
    elif name == "delete_preset" and (preset_id := nth(c.preset_ids(), args[0])) is not None:
        c.delete_preset(preset_id)
    elif name == "add_exercise":
        checked = exercises.check_new_exercise(store, args[0], args[1], args[2])
        if not isinstance(checked, Invalid):
            c.add_exercise(checked.name, checked.measure, checked.sided)
    elif name == "rename_exercise" and (ex_id := nth(c.exercise_ids(), args[0])) is not None:
        checked = exercises.check_rename(store, ex_id, args[1])
        if not isinstance(checked, Invalid):
            c.rename_exercise(ex_id, checked)
    elif name == "hide_exercise" and (ex_id := nth(c.exercise_ids(), args[0])) is not None:
        c.hide_exercise(ex_id, args[1])
    elif name == "delete_exercise" and (ex_id := nth(c.own_exercises(), args[0])) is not None:
        if exercises.delete_refusal(store, ex_id) is None:
            c.delete_exercise(ex_id)
    elif name == "undo":
        c.undo()
    elif name == "redo":
        c.redo()


def _session(c: Computer, first: int, amounts: list[int], start, offset, text):
    ids = c.exercise_ids()
    chosen = [nth(ids, first + i) for i in range(len(amounts))]
    rows = c.store.reader.all("SELECT id, measure, sided FROM exercise")
    measures = {r["id"]: r["measure"] for r in rows}
    sided = {r["id"]: bool(r["sided"]) for r in rows}
    return session_values(chosen, start, offset, text, amounts, measures, sided)


@pytest.fixture(scope="module")
def empty_log(tmp_path_factory) -> Path:
    """One new database with the exercise library, copied for every computer."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    store = Store.open(path)
    ensure_library(store)
    store.close()
    return path


def two_computers(folder: Path, template: Path) -> tuple[Computer, Computer]:
    made = []
    for name in ("a", "b"):
        shutil.copyfile(template, folder / f"{name}.db")
        made.append(Computer.open(folder, name))
    return made[0], made[1]


history = st.lists(st.tuples(st.sampled_from(["a", "b"]), steps), min_size=1, max_size=25)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(history=history, a_first=st.booleans())
def test_any_two_histories_end_equal_after_a_round_trip(empty_log, history, a_first):
    with tempfile.TemporaryDirectory(prefix="corelog-exchange-") as folder:
        a, b = two_computers(Path(folder), empty_log)
        computers = {"a": a, "b": b}
        try:
            for who, step in history:
                me = computers[who]
                if step[0] == "send":
                    send(me, b if me is a else a)
                    continue
                try:
                    perform(me, step)
                except REFUSED as refused:
                    if isinstance(refused, KeyError | IndexError):
                        raise  # a mistake, not a refusal
            one, other = (a, b) if a_first else (b, a)
            send(one, other)
            send(other, one)
            assert view(a) == view(b)
            for c in (a, b):
                check_sound(c)
            # A second import of either file changes nothing.
            again = (send(one, other), send(other, one))
            assert not any(result.counts.changed for result in again)
            assert view(a) == view(b)
        finally:
            a.close()
            b.close()


def test_times_offsets_text_and_numbers_come_back_exactly(empty_log, tmp_path):
    """The extremes, one by one, through a file and back."""
    a, b = two_computers(tmp_path, empty_log)
    try:
        weird = '\x00 tab\t ‮RTL‬ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧 \ud7ff\ue000 "quoted" \\ back'
        for offset, distance, duration in (
            (-720, 1.0, 1.0),
            (840, MAX_DISTANCE_M, MAX_DURATION_S),
            (0, 0.1 + 0.2, 1e-3 + 1),
        ):
            start = datetime(2026, 2, 28, 23, 59, 59, 999_999, tzinfo=UTC) - timedelta(days=1)
            a.add_run(
                RunValues(
                    start,
                    offset,
                    distance,
                    duration,
                    "easy",
                    None,
                    10,
                    None,
                    float(MAX_ELEVATION_GAIN_M) if distance > 20_000 else None,
                    None,
                    weird,
                )
            )
        send(a, b)
        runs = {r.utc_offset_min: r for r in run_store.recent_runs(b.store, 10)}
        assert runs[-720].distance_m == 1.0 and runs[840].duration_s == MAX_DURATION_S
        assert runs[0].distance_m == 0.1 + 0.2
        assert runs[840].started_at.microsecond == 999_999
        assert all(r.notes == weird for r in runs.values())
        send(b, a)
        assert view(a) == view(b)
    finally:
        a.close()
        b.close()
