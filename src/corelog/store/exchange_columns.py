"""The columns an export carries per table, and how merge values become column values."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

RECORDING_FIELDS = (
    "source_format",
    "source_name",
    "file_sha256",
    "sport",
    "sub_sport",
    "kind",
    "leg",
    "title",
    "device",
    "started_at",
    "utc_offset_known",
    "distance_m",
    "elapsed_s",
    "moving_s",
    "climb_m",
    "avg_hr",
    "max_hr",
    "avg_cadence",
    "max_cadence",
    "points",
    "dropped_samples",
)
"""A recording's own fields, as stored and as an export file names them."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "shoe": ("name", "start_distance_m", "retired", "created_at", "updated_at"),
    "exercise": ("name", "measure", "sided", "hidden", "created_at", "updated_at"),
    "timer_preset": (
        "name",
        "exercise_id",
        "mode",
        "hold_ms",
        "sets",
        "rest_ms",
        "prep_ms",
        "alternate_sides",
        "created_at",
        "updated_at",
    ),
    "run": (
        "started_at",
        "utc_offset_min",
        "distance_m",
        "duration_s",
        "run_type",
        "race_class",
        "effort",
        "surface",
        "elevation_gain_m",
        "shoe_id",
        "notes",
        "created_at",
        "updated_at",
    ),
    "core_session": (
        "started_at",
        "utc_offset_min",
        "duration_s",
        "effort",
        "notes",
        "created_at",
        "updated_at",
    ),
    "timer_workout": (
        "session_id",
        "exercise_id",
        "mode",
        "target_hold_ms",
        "planned_sets",
        "rest_ms",
        "prep_ms",
        "alternate_sides",
        "completed",
        "started_at",
        "utc_offset_min",
        "created_at",
        "updated_at",
    ),
    "core_set": (
        "session_id",
        "position",
        "exercise_id",
        "side",
        "reps",
        "hold_ms",
        "target_hold_ms",
        "workout_id",
        "interrupted",
        "created_at",
        "updated_at",
    ),
    "soreness_entry": (
        "noted_at",
        "utc_offset_min",
        "region",
        "severity",
        "feel",
        "onset",
        "trend",
        "swelling",
        "days_lasted",
        "run_id",
        "core_session_id",
        "notes",
        "resolved_at",
        "created_at",
        "updated_at",
    ),
    "soreness_update": (
        "entry_id",
        "noted_at",
        "utc_offset_min",
        "severity",
        "trend",
        "swelling",
        "notes",
        "created_at",
        "updated_at",
    ),
    "run_recording": ("run_id", *RECORDING_FIELDS, "created_at", "updated_at"),
}
# Links to other entries an incoming copy may fill in when this database lacked the
# target when it first took the entry (see RowWriter.upsert, "same").
OPTIONAL_LINKS: dict[str, tuple[str, ...]] = {
    "run": ("shoe_id",),
    "core_set": ("workout_id",),
    "soreness_entry": ("run_id", "core_session_id"),
}
# Where an export file's entry names the target of each of those links (by uuid).
LINK_FIELDS = {
    "shoe_id": "shoe",
    "workout_id": "timer_workout",
    "run_id": "run",
    "core_session_id": "core_session",
}
TIMESTAMPS = frozenset(
    {"started_at", "noted_at", "resolved_at", "created_at", "updated_at", "deleted_at"}
)
BOOLEANS = frozenset(
    {
        "retired",
        "sided",
        "hidden",
        "interrupted",
        "alternate_sides",
        "completed",
        "swelling",
        "utc_offset_known",
    }
)
SUMMARY_KIND = {
    "shoe": "shoes",
    "exercise": "exercises",
    "timer_preset": "timer_presets",
    "run": "runs",
    "core_session": "core_sessions",
    "core_set": "core_sets",
    "timer_workout": None,
    "soreness_entry": "soreness_entries",
    "soreness_update": "follow_ups",
    "run_recording": "recordings",
}


def stored(value: Any) -> Any:
    """A value as a column holds it (timestamps as UTC text, booleans as 0/1)."""
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.astimezone(UTC)
        return value.isoformat(" ", "microseconds")[:26]
    if isinstance(value, bool):
        return int(value)
    return value
