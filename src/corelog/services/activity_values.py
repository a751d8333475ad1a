"""How an imported activity is put in words and in stored values.

The words go into the import's report (one line per file, in the user's unit); the
values are what ``store.recordings`` keeps of an activity's recording.
"""

from __future__ import annotations

from datetime import datetime

from corelog.activities.errors import Reason, shown
from corelog.activities.model import KIND_WORDS, Activity
from corelog.domain.formatting import format_distance, format_duration
from corelog.domain.i18n import Activities
from corelog.domain.recordings import RecordingValues


def system_offset_min(moment: datetime) -> int:
    """This computer's offset from UTC at ``moment`` (for files that do not say theirs)."""
    offset = moment.astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def surface_of(activity: Activity) -> str | None:
    if activity.kind == "treadmill":
        return "treadmill"
    sub = activity.sub_sport.lower()
    return sub if sub in ("trail", "track") else None


def reason_text(reason: str) -> str:
    """A reader's reason for refusing or skipping a file, in the user's language: the
    readers work in helper processes without it, so their reasons carry their English
    pattern and values (:class:`~corelog.activities.errors.Reason`)."""
    if not isinstance(reason, Reason):
        return reason
    values = {
        key: reason_text(value) if isinstance(value, Reason) else shown(value)
        for key, value in reason.values.items()
    }
    return Activities.marked(reason.pattern).format(**values)


def _kind_word(kind: str) -> str:
    """ "a ride": one activity of ``kind``, as the file lines say it."""
    match kind:
        case "run":
            return Activities.tr("a run")
        case "treadmill":
            return Activities.tr("a treadmill run")
        case "walk":
            return Activities.tr("a walk")
        case "ride":
            return Activities.tr("a ride")
        case "swim":
            return Activities.tr("a swim")
        case _:
            return Activities.tr("another activity")


def describe(activity: Activity, unit: str) -> str:
    """ "leg 2: a ride (cycling), 20.00 km in 45:00": an activity as the file lines say it."""
    words = KIND_WORDS[activity.kind][0]
    text = _kind_word(activity.kind)
    if activity.sport and activity.sport.lower() not in words:
        text = Activities.tr("{activity} ({sport})").format(activity=text, sport=activity.sport)
    if activity.kind_guessed:
        text = Activities.tr("{activity} by its speed; the file does not say").format(activity=text)
    distance = format_distance(activity.distance_m, unit)
    if activity.moving_s:
        text = Activities.tr("{activity}, {distance} in {duration}").format(
            activity=text, distance=distance, duration=format_duration(activity.moving_s)
        )
    else:
        text = Activities.tr("{activity}, {distance}").format(activity=text, distance=distance)
    if activity.leg:
        text = Activities.tr("leg {leg}: {activity}").format(leg=activity.leg, activity=text)
    return text


def dropped_words(activity: Activity) -> str:
    backwards, fast = activity.dropped_backwards, activity.dropped_fast
    if backwards and fast:
        return Activities.tr("; left out of the figures: {backwards} and {fast}").format(
            backwards=Activities.tr("%Ln samples whose time went backwards", "", backwards),
            fast=Activities.tr("%Ln impossibly fast samples (a GPS glitch)", "", fast),
        )
    if backwards:
        return Activities.tr(
            "; left out of the figures: %Ln samples whose time went backwards", "", backwards
        )
    return Activities.tr(
        "; left out of the figures: %Ln impossibly fast samples (a GPS glitch)", "", fast
    )


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
        figures=activity.figures,
        dropped_samples=activity.dropped,
    )
