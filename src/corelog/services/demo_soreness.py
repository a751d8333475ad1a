"""The demo runner's soreness: what follows the training, and the story's episodes.

Sore obliques after hill sessions, sore calves after the track, dull abs after long
runs (:func:`add_soreness`); in the demo's story also one sharp strain with its
follow-ups, and a mild ache from the latest long run still open on the last day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from corelog.services.demo_plan import HistoryBuilder

_AFTER_RUN: dict[str | None, tuple[str, str, str, int, int]] = {
    "hills": ("obliques_left obliques_right calves glutes", "delayed", "improving", 2, 5),
    "intervals": ("calves shins hamstrings", "hours", "steady", 2, 5),
    "long": ("lower_abs upper_abs quads hip_flexors", "delayed", "improving", 2, 4),
    "race": ("quads calves lower_abs", "delayed", "improving", 3, 6),
    None: ("lower_back feet side_ribs", "hours", "improving", 1, 3),
}
"""Dull soreness after a run, by its type (None: any other): the regions it may be in,
when it began, how it goes, and the range of its severity."""


def _soreness_for(b: HistoryBuilder, run: dict[str, Any], run_day: date) -> dict[str, Any] | None:
    """Soreness that plausibly follows a run (or None)."""
    rng = b.rng
    kind = run["run_type"]
    per_run = b.plan.soreness_per_year / max(1.0, b.plan.runs_per_week * 52)
    chance = per_run * {"hills": 2.5, "intervals": 2.0, "long": 2.0, "race": 2.5}.get(kind, 0.4)
    if rng.random() >= chance:
        return None
    # Every row draws its region and severity, in table order, as the demo always has:
    # the same seed keeps giving the same history.
    drawn = {
        key: (rng.choice(regions.split()), onset, trend, rng.randint(low, high))
        for key, (regions, onset, trend, low, high) in _AFTER_RUN.items()
    }
    region, onset, trend, severity = drawn.get(kind, drawn[None])
    noted_day = run_day + timedelta(days=1 if onset == "delayed" else 0)
    at = b.stamp(noted_day, rng.randint(7, 21), rng.choice((0, 15, 30, 45)))
    row = _entry_row(b, at)
    row.update(
        region=region,
        severity=severity,
        feel="dull",
        onset=onset,
        trend=trend,
        swelling=False,
        days_lasted=1 if onset == "delayed" else 0,
        run_id=run["id"],
        notes="",
        resolved_at=at + timedelta(days=rng.randint(2, 4)),
    )
    return row


def _entry_row(b: HistoryBuilder, at: datetime) -> dict[str, Any]:
    """A new soreness entry noted at ``at``, linked to no core session and not deleted; the
    caller adds what was noted."""
    row = b.base("soreness_entry", at)
    row.update(
        noted_at=at, utc_offset_min=b.plan.utc_offset_min, core_session_id=None, deleted_at=None
    )
    return row


def add_soreness(b: HistoryBuilder, runs_by_day: dict[date, list[dict[str, Any]]]) -> None:
    """Soreness that follows the runs; in the demo's story, its hand-placed episodes too."""
    for run_day, runs in sorted(runs_by_day.items()):
        for run in runs:
            entry = _soreness_for(b, run, run_day)
            if entry is not None and entry["noted_at"] < b.stamp(b.last_day, 23, 59):
                b.rows["soreness_entry"].append(entry)

    if b.plan.story:
        _story_soreness(b, runs_by_day)


def _story_soreness(b: HistoryBuilder, runs_by_day: dict[date, list[dict[str, Any]]]) -> None:
    """The demo's hand-placed episodes: a sharp strain, and an open ache from the last long run."""
    _sharp_strain(b, runs_by_day)
    _open_ache(b, runs_by_day)


def _sharp_strain(b: HistoryBuilder, runs_by_day: dict[date, list[dict[str, Any]]]) -> None:
    """A sharp hamstring strain after sprints or intervals about halfway through, with three
    follow-ups as it heals."""
    offset = b.plan.utc_offset_min
    middle = [d for d in sorted(runs_by_day) if d > b.first_day + timedelta(days=b.plan.days // 2)]
    fast = [d for d in middle if runs_by_day[d][0]["run_type"] in ("intervals", "sprints")]
    if fast:
        day = fast[0]
        at = b.stamp(day, 20, 0)
        row = _entry_row(b, at)
        row.update(
            region="hamstrings",
            severity=7,
            feel="sharp",
            onset="during",
            trend="worsening",
            swelling=True,
            days_lasted=0,
            run_id=runs_by_day[day][0]["id"],
            notes="Felt a sharp twinge in the last rep and stopped.",
            resolved_at=at + timedelta(days=9),
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


def _open_ache(b: HistoryBuilder, runs_by_day: dict[date, list[dict[str, Any]]]) -> None:
    """The latest long run left the lower abs dull and tight: still open today."""
    days = sorted(runs_by_day)
    longs = [d for d in days if any(r["run_type"] in ("long", "race") for r in runs_by_day[d])]
    longs = [d for d in longs if d >= b.last_day - timedelta(days=6)] or longs[-1:]
    if longs:
        day = longs[-1]
        run = next(r for r in runs_by_day[day] if r["run_type"] in ("long", "race"))
        noted = min(b.last_day, day + timedelta(days=1))
        at = b.stamp(noted, 8, b.rng.choice((5, 20, 40)))
        row = _entry_row(b, at)
        row.update(
            region="lower_abs",
            severity=3,
            feel="dull",
            onset="delayed",
            trend="improving",
            swelling=False,
            days_lasted=1,
            run_id=run["id"],
            notes="Abs tight when I laugh or cough.",
            resolved_at=None,
        )
        b.rows["soreness_entry"].append(row)
