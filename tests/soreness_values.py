"""Soreness entries and follow-ups as tests write them straight to the store.

``soreness_values(when, offset)`` is a mild entry (3/10, dull calves, began the day after
a run, easing, one day so far, nothing linked, no notes); ``follow_up_values(when,
offset)`` a follow-up on it (2/10, easing, no swelling, no notes). A test names only what
it is about: ``soreness_values(NOON, 120, region="hamstrings", severity=7)``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from corelog.domain.soreness_entries import FollowUpValues, SorenessValues


def soreness_values(
    noted_at: datetime, utc_offset_min: int, /, **changes: object
) -> SorenessValues:
    base = SorenessValues(
        noted_at=noted_at,
        utc_offset_min=utc_offset_min,
        region="calves",
        severity=3,
        feel="dull",
        onset="delayed",
        trend="improving",
        swelling=False,
        days_lasted=1,
        run_id=None,
        core_session_id=None,
        notes="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def follow_up_values(
    noted_at: datetime, utc_offset_min: int, /, **changes: object
) -> FollowUpValues:
    base = FollowUpValues(
        noted_at=noted_at,
        utc_offset_min=utc_offset_min,
        severity=2,
        trend="improving",
        swelling=False,
        notes="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]
