"""GPX files (phones, Strava, Garmin Connect, most apps), read by gpxpy.

The bytes are first parsed by defusedxml (``xmlsafe``: no DTD, no entities), then the
same text is handed to gpxpy. A GPX file is one activity: its tracks and segments are
joined in order (a device's "ACTIVE LOG" pieces, pauses between them) and empty
segments are left out. Heart rate and cadence come from
Garmin's TrackPointExtension (``hr``, ``cad``), which most apps write.
"""

from __future__ import annotations

from datetime import UTC, datetime

import gpxpy
import gpxpy.gpx

from corelog.activities.errors import NotAnActivity, Reason, Refused
from corelog.activities.model import RawActivity, Track
from corelog.activities.xmlsafe import local_name, parse_xml, xml_text
from corelog.domain.i18n import QT_TRANSLATE_NOOP

_HR_NAMES = {"hr", "heartrate", "heart_rate"}
_CAD_NAMES = {"cad", "cadence", "runcadence"}


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # GPX times are UTC
    return moment.astimezone(UTC)


def _extension_values(point: gpxpy.gpx.GPXTrackPoint) -> tuple[float, float]:
    hr = cad = float("nan")
    for extension in point.extensions:
        for element in extension.iter():
            name = local_name(element.tag).lower()
            text = (element.text or "").strip()
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                continue
            if name in _HR_NAMES:
                hr = value
            elif name in _CAD_NAMES:
                cad = value * 2  # strides (one foot) a minute: steps are twice that
    return hr, cad


def _names(items: list, limit: int = 3) -> str:
    names = [item.name.strip() for item in items if item.name and item.name.strip()]
    if not names:
        return ""
    shown = ", ".join(f"“{name}”" for name in names[:limit])
    return f" ({shown}{', …' if len(names) > limit else ''})"


def read_gpx(data: bytes) -> list[RawActivity]:
    """The activities (tracks) in a GPX file; raises Refused or NotAnActivity."""
    root = parse_xml(data)
    if local_name(root.tag) != "gpx":
        raise Refused(Reason(QT_TRANSLATE_NOOP("Activities", "it is XML but not GPX")))
    try:
        gpx = gpxpy.parse(xml_text(data))
    except gpxpy.gpx.GPXException as exc:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP("Activities", "it is not a valid GPX file ({problem})"),
                problem=exc,
            )
        ) from exc
    tracks = [t for t in gpx.tracks if any(seg.points for seg in t.segments)]
    if not tracks:
        if any(route.points for route in gpx.routes):
            raise NotAnActivity(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Activities", "a route{names}, not a recorded activity: it has no times"
                    ),
                    names=_names(gpx.routes),
                )
            )
        if gpx.waypoints:
            count = len(gpx.waypoints)
            # Two forms (one, more), as English and German have.
            pattern = (
                QT_TRANSLATE_NOOP(
                    "Activities", "1 waypoint{names} and no track: not a recorded activity"
                )
                if count == 1
                else QT_TRANSLATE_NOOP(
                    "Activities", "{count} waypoints{names} and no track: not a recorded activity"
                )
            )
            raise NotAnActivity(Reason(pattern, count=count, names=_names(gpx.waypoints)))
        raise NotAnActivity(
            Reason(QT_TRANSLATE_NOOP("Activities", "a GPX file with no track in it"))
        )
    return [_activity(tracks, gpx)]


def _activity(tracks: list[gpxpy.gpx.GPXTrack], gpx: gpxpy.gpx.GPX) -> RawActivity:
    columns: dict[str, list[float]] = {name: [] for name in ("t", "lat", "lon", "alt", "hr", "cad")}
    times: list[datetime | None] = []
    nan = float("nan")
    points = (p for track in tracks for segment in track.segments for p in segment.points)
    for point in points:
        times.append(_aware(point.time))
        columns["lat"].append(point.latitude)
        columns["lon"].append(point.longitude)
        columns["alt"].append(point.elevation if point.elevation is not None else nan)
        hr, cad = _extension_values(point) if point.extensions else (nan, nan)
        columns["hr"].append(hr)
        columns["cad"].append(cad)
    known = [moment for moment in times if moment is not None]
    start = min(known) if known else _aware(gpx.time)
    if known and start is not None:
        columns["t"] = [(m - start).total_seconds() if m else nan for m in times]
    else:
        columns["t"] = [nan] * len(times)
    first = tracks[0]
    title = (gpx.name or first.name or "").strip()
    return RawActivity(
        sport=(first.type or "").strip(),
        sub_sport="",
        start=start,
        utc_offset_min=None,
        track=Track.from_columns(columns, len(times)),
        title=title,
        device=(gpx.creator or "").strip(),
    )
