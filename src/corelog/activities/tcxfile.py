"""TCX files (Garmin Training Center, many exports), parsed with defusedxml.

No maintained TCX library parses through defusedxml, and TCX is a small, fixed schema,
so the elements are read here from the tree defusedxml builds (``xmlsafe``). Each
``Activity`` is one activity; a ``MultiSportSession`` gives one per leg. A ``Course`` or
a ``Workout`` is planned, not recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

from corelog.activities.errors import NotAnActivity, Reason, Refused
from corelog.activities.model import COLUMNS, RawActivity, Track
from corelog.activities.xmlsafe import local_name, parse_xml
from corelog.domain.i18n import QT_TRANSLATE_NOOP

_MAX_OFFSET_MIN = 14 * 60


def _children(element: Element, name: str) -> Iterator[Element]:
    for child in element:
        if local_name(child.tag) == name:
            yield child


def _child(element: Element | None, *path: str) -> Element | None:
    for name in path:
        if element is None:
            return None
        element = next(_children(element, name), None)
    return element


def _text(element: Element | None, *path: str) -> str:
    found = _child(element, *path) if path else element
    return (found.text or "").strip() if found is not None else ""


def _number(element: Element | None, *path: str) -> float:
    text = _text(element, *path)
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _moment(text: str) -> tuple[datetime | None, int | None]:
    """A TCX time as aware UTC, with the offset it was written with (None for "Z")."""
    if not text:
        return None, None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None, None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC), None
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    stated = None if text.endswith("Z") or abs(minutes) > _MAX_OFFSET_MIN else minutes
    return moment.astimezone(UTC), stated


def _activities(root: Element) -> Iterator[tuple[Element, int | None]]:
    holder = _child(root, "Activities")
    if holder is None:
        return
    for element in holder:
        name = local_name(element.tag)
        if name == "Activity":
            yield element, None
        elif name == "MultiSportSession":
            legs = [a for part in element for a in _children(part, "Activity")]
            for number, leg in enumerate(legs, start=1):
                yield leg, number


def read_tcx(data: bytes) -> list[RawActivity]:
    """The activities in a TCX file; raises Refused or NotAnActivity."""
    root = parse_xml(data)
    if local_name(root.tag) != "TrainingCenterDatabase":
        raise Refused(Reason(QT_TRANSLATE_NOOP("Activities", "it is XML but not TCX")))
    found = [_read_activity(element, leg) for element, leg in _activities(root)]
    if found:
        return found
    if _child(root, "Courses") is not None:
        raise NotAnActivity(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities", "a course (a planned route), not a recorded activity"
                )
            )
        )
    if _child(root, "Workouts") is not None:
        raise NotAnActivity(
            Reason(QT_TRANSLATE_NOOP("Activities", "planned workouts, not a recorded activity"))
        )
    raise NotAnActivity(
        Reason(QT_TRANSLATE_NOOP("Activities", "a TCX file with no activity in it"))
    )


def _read_activity(activity: Element, leg: int | None) -> RawActivity:
    laps = list(_children(activity, "Lap"))
    if not laps:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities", "its activity has no laps, so there is nothing recorded in it"
                )
            )
        )
    columns, times, offset = _read_points(laps)
    timer, distance, avg_hr, max_hr = _lap_totals(laps)
    known = [m for m in times if m is not None]
    start, _ = _moment(_text(activity, "Id"))
    if known:
        start = min(known)
    nan = float("nan")
    columns["t"] = [(m - start).total_seconds() if (m and start) else nan for m in times]
    device = _text(activity, "Creator", "Name").split(" Software Version")[0].strip()
    return RawActivity(
        sport=activity.get("Sport", ""),
        sub_sport="",
        start=start,
        utc_offset_min=offset,
        track=Track.from_columns(columns, len(times)),
        title=_text(activity, "Notes"),
        device=device,
        file_distance_m=distance or None,
        file_timer_s=timer or None,
        file_avg_hr=avg_hr,
        file_max_hr=max_hr,
        leg=leg,
    )


def _lap_totals(laps: list[Element]) -> tuple[float, float, float | None, float | None]:
    """What the laps state: timer seconds, metres, the time-weighted average heart rate and
    the highest maximum (None where no lap states one)."""
    timer = distance = 0.0
    hr_weighted = hr_seconds = 0.0
    hr_max = float("nan")
    for lap in laps:
        seconds = _number(lap, "TotalTimeSeconds")
        metres = _number(lap, "DistanceMeters")
        timer += seconds if seconds == seconds else 0.0
        distance += metres if metres == metres else 0.0
        average = _number(lap, "AverageHeartRateBpm", "Value")
        if average == average and seconds == seconds:
            hr_weighted += average * seconds
            hr_seconds += seconds
        peak = _number(lap, "MaximumHeartRateBpm", "Value")
        if peak == peak and not peak <= hr_max:
            hr_max = peak
    avg_hr = hr_weighted / hr_seconds if hr_seconds else None
    return timer, distance, avg_hr, None if hr_max != hr_max else hr_max


def _read_points(
    laps: list[Element],
) -> tuple[dict[str, list[float]], list[datetime | None], int | None]:
    """The track points of every lap as columns, their moments, and the first UTC offset a
    point states."""
    columns: dict[str, list[float]] = {n: [] for n in COLUMNS}
    times: list[datetime | None] = []
    offset: int | None = None
    for lap in laps:
        for track in _children(lap, "Track"):
            for point in _children(track, "Trackpoint"):
                moment, stated = _moment(_text(point, "Time"))
                if offset is None and stated is not None:
                    offset = stated
                times.append(moment)
                columns["lat"].append(_number(point, "Position", "LatitudeDegrees"))
                columns["lon"].append(_number(point, "Position", "LongitudeDegrees"))
                columns["dist"].append(_number(point, "DistanceMeters"))
                columns["alt"].append(_number(point, "AltitudeMeters"))
                columns["hr"].append(_number(point, "HeartRateBpm", "Value"))
                columns["cad"].append(_cadence(point))
    return columns, times, offset


def _cadence(point: Element) -> float:
    """Steps a minute: TCX counts strides (one foot), in Cadence or the RunCadence extension."""
    value = _number(point, "Cadence")
    if value != value:
        extensions = _child(point, "Extensions")
        if extensions is not None:
            for element in extensions.iter():
                if local_name(element.tag) == "RunCadence":
                    value = _number(element)
    return value * 2
