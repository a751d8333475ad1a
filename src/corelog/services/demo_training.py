"""The demo runner's training: the shoes, the runs week by week, the core sessions.

Three to five runs a week (easy runs, a weekly long run, a rotating quality session:
tempo, intervals on the track, hills), a cut-back week every fourth week, races along the
way, two pairs of shoes, core sessions two or three times a week (some timed with the
plank timer, holds growing from 30 to 60 s). Every figure comes from the builder's seeded
random numbers, drawn in a fixed order, so the same seed gives the same training.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from corelog.services.demo_plan import HistoryBuilder

# Built-in exercise keys the generator uses, with how they are measured.
_HOLD = ("plank", "side_plank")
_REPS = ("bird_dog", "dead_bug", "glute_bridge", "bicycle_crunch", "russian_twist", "leg_raise")
_SIDED = {"side_plank"}
_QUALITY = ("tempo", "intervals", "hills")  # the quality session, in turn week by week


def _pace_s_per_km(run_type: str, fitness: float, rng: random.Random) -> float:
    base = {
        "easy": 372,
        "long": 385,
        "tempo": 318,
        "intervals": 300,
        "hills": 355,
        "sprints": 290,
        "race": 300,
    }[run_type]
    return base * (1.0 - 0.07 * fitness) * rng.uniform(0.97, 1.03)


def _effort(run_type: str, rng: random.Random) -> int:
    low, high = {
        "easy": (3, 4),
        "long": (5, 6),
        "tempo": (7, 8),
        "intervals": (8, 9),
        "hills": (7, 8),
        "sprints": (8, 9),
        "race": (9, 10),
    }[run_type]
    return rng.randint(low, high)


_RUN_NOTES = {
    "easy": ("Easy and relaxed.", "Legs felt heavy at first, fine after 2 km.", ""),
    "long": ("Long run along the river. Took a gel at halfway.", "Windy on the way back.", ""),
    "tempo": ("Tempo felt controlled.", "Hard to hold pace in the last kilometre.", ""),
    "intervals": ("6 x 800 m on the track.", "5 x 1000 m, 2 min jog between.", ""),
    "hills": ("8 hill repeats, jog down.", "Hilly loop through the park.", ""),
    "sprints": ("Strides and short sprints.", ""),
    "race": ("Race day!", "Negative split, very happy.", ""),
}


_REPS_PER_SET = {
    "bird_dog": 10,
    "dead_bug": 12,
    "glute_bridge": 15,
    "bicycle_crunch": 20,
    "russian_twist": 20,
    "leg_raise": 12,
}
_AddSet = Callable[..., None]
"""Adds a session's next set: the exercise key, then its values by keyword."""


def _core_sets(
    b: HistoryBuilder,
    session_id: int,
    at: datetime,
    fitness: float,
    workout_id: int | None,
    exercise_ids: dict[str, int],
) -> list[dict[str, Any]]:
    """A session's sets in order: planks, side planks, then two or three rep exercises."""
    rng = b.rng
    sets: list[dict[str, Any]] = []
    hold_ms = int(round(30 + 30 * min(1.0, fitness * 1.1), 0) / 5) * 5 * 1000
    position = 0

    def add(
        key: str,
        *,
        reps: int | None = None,
        hold: int | None = None,
        side: str | None = None,
        target: int | None = None,
        workout: int | None = None,
        interrupted: bool = False,
    ) -> None:
        nonlocal position
        row = b.base("core_set", at)
        row.update(
            session_id=session_id,
            position=position,
            exercise_id=exercise_ids[key],
            side=side,
            reps=reps,
            hold_ms=hold,
            target_hold_ms=target,
            workout_id=workout,
            interrupted=interrupted,
        )
        sets.append(row)
        position += 1

    _add_planks(rng, add, hold_ms, workout_id)
    _add_side_planks(rng, add, hold_ms)
    _add_rep_sets(rng, add)
    return sets


def _add_planks(rng: random.Random, add: _AddSet, hold_ms: int, workout_id: int | None) -> None:
    """Two or three planks: timed ones aim at the target, the others vary around it."""
    planks = rng.choice((2, 3, 3))
    for _ in range(planks):
        if workout_id is not None:
            held = hold_ms if rng.random() < 0.85 else int(hold_ms * rng.uniform(0.6, 0.95))
            add("plank", hold=held, target=hold_ms, workout=workout_id)
        else:
            add("plank", hold=hold_ms + rng.choice((-5000, 0, 0, 5000)))


def _add_side_planks(rng: random.Random, add: _AddSet, hold_ms: int) -> None:
    """One or two rounds of side planks, left then right, a little shorter than the planks."""
    side_hold = max(20_000, hold_ms - 15_000)
    for _ in range(rng.choice((1, 2))):
        add("side_plank", hold=side_hold, side="left")
        add("side_plank", hold=side_hold, side="right")


def _add_rep_sets(rng: random.Random, add: _AddSet) -> None:
    """Two or three exercises done for reps, two or three sets of each."""
    for key in rng.sample(_REPS, k=rng.randint(2, 3)):
        reps = _REPS_PER_SET[key]
        for _ in range(rng.choice((2, 3))):
            if key in _SIDED:
                add(key, reps=reps, side="left")
                add(key, reps=reps, side="right")
            else:
                add(key, reps=reps + rng.choice((-2, 0, 0, 2)))


def add_shoes(b: HistoryBuilder) -> list[dict[str, Any]]:
    """A daily pair (retired later), a racing pair, and a replacement daily pair."""
    shoe_specs = [
        ("Daily trainers", 120_000.0),
        ("Racing flats", 0.0),
        ("Daily trainers (new)", 0.0),
    ]
    shoes = []
    first_at = b.stamp(b.first_day, 8, 0)
    for name, start in shoe_specs:
        row = b.base("shoe", first_at)
        row.update(name=name, start_distance_m=start, retired=False, deleted_at=None)
        shoes.append(row)
    b.rows["shoe"] = shoes
    shoes[0]["retired"] = True

    return shoes


def add_runs(b: HistoryBuilder, shoes: list[dict[str, Any]]) -> dict[date, list[dict[str, Any]]]:
    """The runs, week by week, with the demo's races; returns them by day."""
    plan, rng = b.plan, b.rng
    weeks = (plan.days + 6) // 7
    switch_day = b.first_day + timedelta(days=int(plan.days * 0.6))
    race_days = _race_days(b)

    runs_by_day: dict[date, list[dict[str, Any]]] = {}
    monday = b.first_day - timedelta(days=b.first_day.weekday())
    for week in range(weeks + 1):
        week_first = monday + timedelta(days=7 * week)
        fitness = week / max(1, weeks - 1)
        target_m = b.weekly_km(week, weeks) * 1000 * plan.runs_per_week / 4.0
        days, kinds, shares = _week_runs(b, week, week_first, race_days)
        total_share = sum(shares)
        for day_index, kind, share in zip(days, kinds, shares, strict=True):
            day = week_first + timedelta(days=day_index)
            if day > b.last_day or day < b.first_day:
                continue
            planned_m = target_m * share / total_share * rng.uniform(0.9, 1.1)
            daily_shoe = shoes[0] if day < switch_day else shoes[2]
            row = _run_row(
                b, day, kind, planned_m, race_days.get(day), fitness, daily_shoe, shoes[1]
            )
            b.rows["run"].append(row)
            runs_by_day.setdefault(day, []).append(row)

    return runs_by_day


def _race_days(b: HistoryBuilder) -> dict[date, str]:
    """The demo's races by day: a 5K, a 10K and a half marathon, each on a Sunday."""
    plan = b.plan
    race_days: dict[date, str] = {}
    if plan.story:
        for share, race_class in ((0.3, "5k"), (0.62, "10k"), (0.9, "half")):
            day = b.first_day + timedelta(days=int(plan.days * share))
            race_days[day + timedelta(days=(6 - day.weekday()) % 7)] = race_class  # a Sunday
    return race_days


def _week_runs(
    b: HistoryBuilder, week: int, week_first: date, race_days: dict[date, str]
) -> tuple[list[int], list[str], list[float]]:
    """A week's runs: their days (0 is Monday), kinds and shares of the week's distance."""
    plan, rng = b.plan, b.rng
    count = max(1, round(plan.runs_per_week + rng.uniform(-0.6, 0.6)))
    if count <= 7:
        # Weekday runs are spread out; the long run is on the weekend.
        days = sorted([*rng.sample(range(5), k=min(5, count - 1)), rng.choice((5, 6))])
    else:
        days = sorted(rng.randrange(7) for _ in range(count))
    race_here = [d for d in race_days if week_first <= d < week_first + timedelta(days=7)]
    kinds = []
    shares = []
    for i, _ in enumerate(days):
        if i == len(days) - 1 and count >= 3:
            kinds.append("long")
            shares.append(2.2)
        elif i == 1 and count >= 3:
            kinds.append(_QUALITY[week % 3] if rng.random() > 0.08 else "sprints")
            shares.append(1.0)
        else:
            kinds.append("easy")
            shares.append(1.0)
    if race_here:
        # Race week: the race replaces the long run, on the race day.
        days[-1] = (race_here[0] - week_first).days
    return days, kinds, shares


def _run_row(
    b: HistoryBuilder,
    day: date,
    kind: str,
    planned_m: float,
    race_class: str | None,
    fitness: float,
    daily_shoe: dict[str, Any],
    racing_shoe: dict[str, Any],
) -> dict[str, Any]:
    """One run's row: the planned distance, or the race's on a race day, at a plausible pace."""
    rng = b.rng
    if race_class is not None:
        kind, distance = "race", {"5k": 5000, "10k": 10000, "half": 21098}[race_class] * 1.0
    else:
        distance = max(1500, round(planned_m / 10) * 10)
    pace = _pace_s_per_km(kind, fitness, rng)
    duration = round(distance / 1000 * pace)
    hour = 7 if day.weekday() < 5 else 9
    if race_class is None:
        hour += rng.choice((0, 0, 11))  # mostly mornings, some evenings
    at = b.stamp(day, hour, rng.choice((0, 10, 20, 30)))
    surface = {"intervals": "track", "hills": "road", "long": "road"}.get(
        kind, rng.choice(("road", "road", "road", "trail", "grass", "treadmill"))
    )
    if kind == "race" or (kind in ("tempo", "intervals", "sprints") and rng.random() < 0.5):
        shoe = racing_shoe
    else:
        shoe = daily_shoe
    row = b.base("run", at)
    row.update(
        started_at=at,
        utc_offset_min=b.plan.utc_offset_min,
        distance_m=float(distance),
        duration_s=float(duration),
        run_type=kind,
        race_class=race_class,
        effort=_effort(kind, rng),
        surface=surface,
        elevation_gain_m=float(rng.randint(80, 160) if kind == "hills" else rng.randint(5, 45)),
        shoe_id=shoe["id"],
        notes=rng.choice(_RUN_NOTES[kind]),
        deleted_at=None,
    )
    return row


def add_core_sessions(b: HistoryBuilder, exercise_ids: dict[str, int]) -> None:
    """About ``core_per_week`` core sessions a week, on weekdays where possible."""
    plan, rng = b.plan, b.rng
    weeks = (plan.days + 6) // 7
    offset = plan.utc_offset_min
    monday = b.first_day - timedelta(days=b.first_day.weekday())
    core_days: dict[date, int] = {}
    whole, part = int(plan.core_per_week), plan.core_per_week - int(plan.core_per_week)
    for week in range(weeks + 1):
        week_first = monday + timedelta(days=7 * week)
        count = whole + (1 if rng.random() < part else 0)
        if count <= 5:
            picks = rng.sample((0, 1, 2, 3, 4), k=count)
        else:
            picks = [rng.randrange(7) for _ in range(count)]
        for pick in picks:
            day = week_first + timedelta(days=pick)
            if b.first_day <= day <= b.last_day:
                core_days[day] = core_days.get(day, 0) + 1
    for day in sorted(core_days):
        fitness = (day - b.first_day).days / max(1, plan.days - 1)
        for n in range(core_days[day]):
            at = b.stamp(day, (18 + n) % 24, rng.choice((0, 15, 30, 45)))
            session = b.base("core_session", at)
            session.update(
                started_at=at,
                utc_offset_min=offset,
                duration_s=float(rng.choice((900, 1200, 1500))),
                effort=rng.randint(4, 7),
                notes=rng.choice(("", "", "Felt strong today.", "Short on time.")),
                deleted_at=None,
            )
            b.rows["core_session"].append(session)
            workout_id = None
            if rng.random() < 0.5:
                workout = b.base("timer_workout", at)
                workout_id = workout["id"]
            sets = _core_sets(b, session["id"], at, fitness, workout_id, exercise_ids)
            if workout_id is not None:
                timed = [s for s in sets if s["workout_id"] == workout_id]
                target = timed[0]["target_hold_ms"] if timed else 30_000
                workout.update(
                    session_id=session["id"],
                    exercise_id=exercise_ids["plank"],
                    mode="countdown",
                    target_hold_ms=target,
                    planned_sets=len(timed) or 1,
                    rest_ms=30_000,
                    prep_ms=5_000,
                    alternate_sides=False,
                    completed=all(s["hold_ms"] >= s["target_hold_ms"] for s in timed),
                    started_at=at,
                    utc_offset_min=offset,
                )
                b.rows["timer_workout"].append(workout)
            b.rows["core_set"].extend(sets)
