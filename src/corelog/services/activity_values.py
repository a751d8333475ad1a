"""How an imported activity is put in words and in stored values.

The words go into the import's report (one line per file, in the user's unit); the
values are what ``store.recordings`` keeps of an activity's recording.
"""

from __future__ import annotations

from datetime import datetime

from corelog.activities.model import KIND_WORDS, Activity
from corelog.domain.formatting import format_distance, format_duration
from corelog.store.recordings import RecordingValues


def system_offset_min(moment: datetime) -> int:
    """This computer's offset from UTC at ``moment`` (for files that do not say theirs)."""
    offset = moment.astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def surface_of(activity: Activity) -> str | None:
    if activity.kind == "treadmill":
        return "treadmill"
    sub = activity.sub_sport.lower()
    return sub if sub in ("trail", "track") else None


def describe(activity: Activity, unit: str) -> str:
    words = KIND_WORDS[activity.kind][0]
    sport = f" ({activity.sport})" if activity.sport and activity.sport.lower() not in words else ""
    guessed = " by its speed; the file does not say" if activity.kind_guessed else ""
    figures = format_distance(activity.distance_m, unit)
    if activity.moving_s:
        figures += f" in {format_duration(activity.moving_s)}"
    leg = f"leg {activity.leg}: " if activity.leg else ""
    return f"{leg}a {words}{sport}{guessed}, {figures}"


def dropped_words(activity: Activity) -> str:
    parts = []
    if activity.dropped_backwards:
        n = activity.dropped_backwards
        parts.append(f"{n} sample{'s' if n != 1 else ''} whose time went backwards")
    if activity.dropped_fast:
        n = activity.dropped_fast
        parts.append(f"{n} impossibly fast sample{'s' if n != 1 else ''} (a GPS glitch)")
    return "; left out of the figures: " + " and ".join(parts)


def recording_values(activity: Activity, name: str, sha256: str, fmt: str) -> RecordingValues:
    """What the recording of an activity stores."""
    assert activity.start is not None and activity.moving_s is not None
    return RecordingValues(
        source_format=fmt,
        source_name=name,
        file_sha256=sha256,
        sport=activity.sport[:40],
        sub_sport=activity.sub_sport[:40],
        kind=activity.kind,
        leg=activity.leg,
        title=activity.title,
        device=activity.device[:120],
        started_at=activity.start,
        utc_offset_known=activity.utc_offset_min is not None,
        distance_m=activity.distance_m,
        elapsed_s=activity.elapsed_s,
        moving_s=activity.moving_s,
        climb_m=activity.climb_m,
        avg_hr=activity.avg_hr,
        max_hr=activity.max_hr,
        avg_cadence=activity.avg_cadence,
        max_cadence=activity.max_cadence,
        points=activity.points,
        dropped_samples=activity.dropped,
    )
