"""A realistic, reproducible training history, generated in code.

Used by ``corelog --demo`` (six months, so a new user can explore before logging anything)
and by the benchmarks (ten years, and a heavy 50,000-entry set). The same seed and the
same last day give the same history every time.

The story: a runner building from a first 5K towards a half marathon. Three to five runs
a week (easy runs, a weekly long run, a rotating quality session: tempo, intervals on the
track, hills), a cut-back week every fourth week, two weeks that jump well past the
10 percent rule, races along the way, two pairs of shoes, core sessions two or three times
a week (some timed with the plank timer, holds growing from 30 to 60 s), and soreness that
follows the training: sore obliques after hill sessions, sore calves after the track, dull
abs after long runs, one sharp strain, and a mild ache from the latest long run still open.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from corelog.domain import clock
from corelog.services.exercises import sync_library
from corelog.store import bulk as store_bulk
from corelog.store.exercises import list_exercises
from corelog.store.store import Store

# Built-in exercise keys the generator uses, with how they are measured.
_HOLD = ("plank", "side_plank")
_REPS = ("bird_dog", "dead_bug", "glute_bridge", "bicycle_crunch", "russian_twist", "leg_raise")
_SIDED = {"side_plank"}


@dataclass(frozen=True)
class HistoryPlan:
    """How much history to generate."""

    days: int = 182
    runs_per_week: float = 4.0
    core_per_week: float = 2.4
    soreness_per_year: float = 24.0
    story: bool = True  # the demo's hand-placed races, spikes and open soreness
    utc_offset_min: int = 60


DEMO = HistoryPlan()
TEN_YEARS = HistoryPlan(
    days=3653, runs_per_week=7.7, core_per_week=2.9, soreness_per_year=40.0, story=False
)
# About 50,000 entries in all (runs, sessions, soreness) over ten years.
HEAVY = HistoryPlan(
    days=3653, runs_per_week=70.0, core_per_week=25.0, soreness_per_year=180.0, story=False
)


@dataclass(frozen=True)
class GeneratedCounts:
    runs: int
    core_sessions: int
    core_sets: int
    timer_workouts: int
    soreness: int
    soreness_updates: int
    shoes: int

    @property
    def entries(self) -> int:
        return self.runs + self.core_sessions + self.soreness


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Builder:
    def __init__(self, plan: HistoryPlan, last_day: date, seed: int) -> None:
        self.plan = plan
        self.rng = random.Random(seed)
        self.last_day = last_day
        self.first_day = last_day - timedelta(days=plan.days - 1)
        self.tz = timezone(timedelta(minutes=plan.utc_offset_min))
        self.rows: dict[str, list[dict[str, Any]]] = {
            "shoe": [],
            "run": [],
            "core_session": [],
            "timer_workout": [],
            "core_set": [],
            "soreness_entry": [],
            "soreness_update": [],
        }
        self._ids: dict[str, int] = {}

    # -- helpers
    def next_id(self, table: str) -> int:
        self._ids[table] = self._ids.get(table, 0) + 1
        return self._ids[table]

    def stamp(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), self.tz).astimezone(UTC)

    def base(self, table: str, at: datetime) -> dict[str, Any]:
        return {
            "id": self.next_id(table),
            "uuid": _uuid(self.rng),
            "created_at": at,
            "updated_at": at,
        }

    # -- the plan
    def weekly_km(self, week_index: int, weeks: int) -> float:
        """Target distance for a week: a steady build with cut-back weeks and two spikes."""
        progress = week_index / max(1, weeks - 1)
        target = 14 + 26 * min(1.0, progress * 1.15)
        if week_index % 4 == 3:
            target *= 0.72  # cut-back week
        if self.plan.story and week_index in (weeks // 3, (2 * weeks) // 3):
            target *= 1.35  # too much, too soon
        return target * self.rng.uniform(0.94, 1.06)


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


def _core_sets(
    b: _Builder,
    session_id: int,
    at: datetime,
    fitness: float,
    workout_id: int | None,
    exercise_ids: dict[str, int],
) -> list[dict[str, Any]]:
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

    planks = rng.choice((2, 3, 3))
    for _ in range(planks):
        if workout_id is not None:
            held = hold_ms if rng.random() < 0.85 else int(hold_ms * rng.uniform(0.6, 0.95))
            add("plank", hold=held, target=hold_ms, workout=workout_id)
        else:
            add("plank", hold=hold_ms + rng.choice((-5000, 0, 0, 5000)))
    side_hold = max(20_000, hold_ms - 15_000)
    for _ in range(rng.choice((1, 2))):
        add("side_plank", hold=side_hold, side="left")
        add("side_plank", hold=side_hold, side="right")
    for key in rng.sample(_REPS, k=rng.randint(2, 3)):
        reps = {
            "bird_dog": 10,
            "dead_bug": 12,
            "glute_bridge": 15,
            "bicycle_crunch": 20,
            "russian_twist": 20,
            "leg_raise": 12,
        }[key]
        for _ in range(rng.choice((2, 3))):
            if key in _SIDED:
                add(key, reps=reps, side="left")
                add(key, reps=reps, side="right")
            else:
                add(key, reps=reps + rng.choice((-2, 0, 0, 2)))
    return sets


def _soreness_for(b: _Builder, run: dict[str, Any], run_day: date) -> dict[str, Any] | None:
    """Soreness that plausibly follows a run (or None)."""
    rng = b.rng
    kind = run["run_type"]
    per_run = b.plan.soreness_per_year / max(1.0, b.plan.runs_per_week * 52)
    chance = per_run * {"hills": 2.5, "intervals": 2.0, "long": 2.0, "race": 2.5}.get(kind, 0.4)
    if rng.random() >= chance:
        return None
    region, feel, onset, trend, severity = {
        "hills": (
            rng.choice(("obliques_left", "obliques_right", "calves", "glutes")),
            "dull",
            "delayed",
            "improving",
            rng.randint(2, 5),
        ),
        "intervals": (
            rng.choice(("calves", "shins", "hamstrings")),
            "dull",
            "hours",
            "steady",
            rng.randint(2, 5),
        ),
        "long": (
            rng.choice(("lower_abs", "upper_abs", "quads", "hip_flexors")),
            "dull",
            "delayed",
            "improving",
            rng.randint(2, 4),
        ),
        "race": (
            rng.choice(("quads", "calves", "lower_abs")),
            "dull",
            "delayed",
            "improving",
            rng.randint(3, 6),
        ),
    }.get(
        kind,
        (
            rng.choice(("lower_back", "feet", "side_ribs")),
            "dull",
            "hours",
            "improving",
            rng.randint(1, 3),
        ),
    )
    noted_day = run_day + timedelta(days=1 if onset == "delayed" else 0)
    at = b.stamp(noted_day, rng.randint(7, 21), rng.choice((0, 15, 30, 45)))
    row = b.base("soreness_entry", at)
    row.update(
        noted_at=at,
        utc_offset_min=b.plan.utc_offset_min,
        region=region,
        severity=severity,
        feel=feel,
        onset=onset,
        trend=trend,
        swelling=False,
        days_lasted=1 if onset == "delayed" else 0,
        run_id=run["id"],
        core_session_id=None,
        notes="",
        resolved_at=at + timedelta(days=rng.randint(2, 4)),
        deleted_at=None,
    )
    return row


def _build(plan: HistoryPlan, last_day: date, seed: int, exercise_ids: dict[str, int]) -> _Builder:
    b = _Builder(plan, last_day, seed)
    rng = b.rng
    weeks = (plan.days + 6) // 7
    offset = plan.utc_offset_min

    # Shoes: a daily pair, a racing pair, and a replacement daily pair later on.
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
    switch_day = b.first_day + timedelta(days=int(plan.days * 0.6))
    shoes[0]["retired"] = True

    quality = ("tempo", "intervals", "hills")
    race_days: dict[date, str] = {}
    if plan.story:
        for share, race_class in ((0.3, "5k"), (0.62, "10k"), (0.9, "half")):
            day = b.first_day + timedelta(days=int(plan.days * share))
            race_days[day + timedelta(days=(6 - day.weekday()) % 7)] = race_class  # a Sunday

    runs_by_day: dict[date, list[dict[str, Any]]] = {}
    monday = b.first_day - timedelta(days=b.first_day.weekday())
    for week in range(weeks + 1):
        week_first = monday + timedelta(days=7 * week)
        fitness = week / max(1, weeks - 1)
        target_m = b.weekly_km(week, weeks) * 1000 * plan.runs_per_week / 4.0
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
                kinds.append(quality[week % 3] if rng.random() > 0.08 else "sprints")
                shares.append(1.0)
            else:
                kinds.append("easy")
                shares.append(1.0)
        if race_here:
            # Race week: the race replaces the long run, on the race day.
            days[-1] = (race_here[0] - week_first).days
        total_share = sum(shares)
        for day_index, kind, share in zip(days, kinds, shares, strict=True):
            day = week_first + timedelta(days=day_index)
            if day > b.last_day or day < b.first_day:
                continue
            race_class = None
            distance = target_m * share / total_share * rng.uniform(0.9, 1.1)
            if day in race_days:
                kind, race_class = "race", race_days[day]
                distance = {"5k": 5000, "10k": 10000, "half": 21098}[race_class] * 1.0
            if race_class is None:
                distance = max(1500, round(distance / 10) * 10)
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
                shoe = shoes[1]
            else:
                shoe = shoes[0] if day < switch_day else shoes[2]
            row = b.base("run", at)
            row.update(
                started_at=at,
                utc_offset_min=offset,
                distance_m=float(distance),
                duration_s=float(duration),
                run_type=kind,
                race_class=race_class,
                effort=_effort(kind, rng),
                surface=surface,
                elevation_gain_m=float(
                    rng.randint(80, 160) if kind == "hills" else rng.randint(5, 45)
                ),
                shoe_id=shoe["id"],
                notes=rng.choice(_RUN_NOTES[kind]),
                deleted_at=None,
            )
            b.rows["run"].append(row)
            runs_by_day.setdefault(day, []).append(row)

    # Core sessions: about core_per_week a week, on weekdays where possible.
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

    # Soreness that follows the runs.
    for run_day, runs in sorted(runs_by_day.items()):
        for run in runs:
            entry = _soreness_for(b, run, run_day)
            if entry is not None and entry["noted_at"] < b.stamp(b.last_day, 23, 59):
                b.rows["soreness_entry"].append(entry)

    if plan.story:
        _story_soreness(b, runs_by_day)
    return b


def _story_soreness(b: _Builder, runs_by_day: dict[date, list[dict[str, Any]]]) -> None:
    """The demo's hand-placed episodes: a sharp strain, and an open ache from the last long run."""
    rng = b.rng
    offset = b.plan.utc_offset_min
    days = sorted(runs_by_day)
    # A sharp hamstring strain after sprints or intervals about halfway through.
    middle = [d for d in days if d > b.first_day + timedelta(days=b.plan.days // 2)]
    fast = [d for d in middle if runs_by_day[d][0]["run_type"] in ("intervals", "sprints")]
    if fast:
        day = fast[0]
        at = b.stamp(day, 20, 0)
        row = b.base("soreness_entry", at)
        row.update(
            noted_at=at,
            utc_offset_min=offset,
            region="hamstrings",
            severity=7,
            feel="sharp",
            onset="during",
            trend="worsening",
            swelling=True,
            days_lasted=0,
            run_id=runs_by_day[day][0]["id"],
            core_session_id=None,
            notes="Felt a sharp twinge in the last rep and stopped.",
            resolved_at=at + timedelta(days=9),
            deleted_at=None,
        )
        b.rows["soreness_entry"].append(row)
        for n, (severity, trend) in enumerate(
            ((6, "steady"), (4, "improving"), (2, "improving")), start=1
        ):
            when = at + timedelta(days=2 * n)
            update = b.base("soreness_update", when)
            update.update(
                entry_id=row["id"],
                noted_at=when,
                utc_offset_min=offset,
                severity=severity,
                trend=trend,
                swelling=n == 1,
                notes="",
            )
            b.rows["soreness_update"].append(update)
    # The latest long run left the lower abs dull and tight: still open today.
    longs = [d for d in days if any(r["run_type"] in ("long", "race") for r in runs_by_day[d])]
    longs = [d for d in longs if d >= b.last_day - timedelta(days=6)] or longs[-1:]
    if longs:
        day = longs[-1]
        run = next(r for r in runs_by_day[day] if r["run_type"] in ("long", "race"))
        noted = min(b.last_day, day + timedelta(days=1))
        at = b.stamp(noted, 8, rng.choice((5, 20, 40)))
        row = b.base("soreness_entry", at)
        row.update(
            noted_at=at,
            utc_offset_min=offset,
            region="lower_abs",
            severity=3,
            feel="dull",
            onset="delayed",
            trend="improving",
            swelling=False,
            days_lasted=1,
            run_id=run["id"],
            core_session_id=None,
            notes="Abs tight when I laugh or cough.",
            resolved_at=None,
            deleted_at=None,
        )
        b.rows["soreness_entry"].append(row)


def _exercise_ids(store: Store) -> dict[str, int]:
    """Ids of the built-in exercises by key, syncing the library from the knowledge base."""
    sync_library(store)
    return {row.key: row.id for row in list_exercises(store) if row.key}


def generate_history(
    store: Store, plan: HistoryPlan = DEMO, *, last_day: date | None = None, seed: int = 7
) -> GeneratedCounts:
    """Fill an EMPTY CoreLog database with generated history, in one transaction."""
    if store_bulk.has_entries(store):
        raise ValueError("generated history only goes into an empty database")
    exercise_ids = _exercise_ids(store)
    last_day = last_day or clock.today()
    b = _build(plan, last_day, seed, exercise_ids)
    store_bulk.insert_rows(store, b.rows)
    r = b.rows
    return GeneratedCounts(
        runs=len(r["run"]),
        core_sessions=len(r["core_session"]),
        core_sets=len(r["core_set"]),
        timer_workouts=len(r["timer_workout"]),
        soreness=len(r["soreness_entry"]),
        soreness_updates=len(r["soreness_update"]),
        shoes=len(r["shoe"]),
    )
