"""FIT files (Garmin, Coros, Suunto, Polar, Wahoo, ...), decoded by fitdecode.

The frame and CRC are checked first (``fitcheck``); fitdecode then decodes the messages
without converting units (``processor=None``: timestamps stay FIT seconds, positions
semicircles), which keeps an hour at one record a second well under a second to read.
Each session of the file is one activity; a multisport file has one per leg.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import Any

import fitdecode

from corelog.activities.errors import NotAnActivity, Reason, Refused
from corelog.activities.fitcheck import check_frame
from corelog.activities.model import RawActivity, Track
from corelog.domain.i18n import QT_TRANSLATE_NOOP

FIT_EPOCH = 631_065_600  # 1989-12-31 00:00 UTC in Unix seconds
SEMICIRCLE = 180.0 / 2**31

_NOT_ACTIVITY = {
    "device": QT_TRANSLATE_NOOP("Activities", "device information"),
    "settings": QT_TRANSLATE_NOOP("Activities", "device settings"),
    "sport": QT_TRANSLATE_NOOP("Activities", "sport settings"),
    "workout": QT_TRANSLATE_NOOP("Activities", "a planned workout"),
    "course": QT_TRANSLATE_NOOP("Activities", "a course (a planned route)"),
    "schedules": QT_TRANSLATE_NOOP("Activities", "a training schedule"),
    "weight": QT_TRANSLATE_NOOP("Activities", "weight readings"),
    "totals": QT_TRANSLATE_NOOP("Activities", "lifetime totals"),
    "goals": QT_TRANSLATE_NOOP("Activities", "goals"),
    "blood_pressure": QT_TRANSLATE_NOOP("Activities", "blood pressure readings"),
    "monitoring_a": QT_TRANSLATE_NOOP(
        "Activities", "daily monitoring (steps and heart rate through the day)"
    ),
    "monitoring_b": QT_TRANSLATE_NOOP(
        "Activities", "daily monitoring (steps and heart rate through the day)"
    ),
    "monitoring_daily": QT_TRANSLATE_NOOP(
        "Activities", "daily monitoring (steps and heart rate through the day)"
    ),
    "activity_summary": QT_TRANSLATE_NOOP(
        "Activities", "an activity summary without its recording"
    ),
    "segment": QT_TRANSLATE_NOOP("Activities", "a segment (part of a route)"),
    "segment_list": QT_TRANSLATE_NOOP("Activities", "a list of segments"),
}

_RECORD_FIELDS = {
    "timestamp": "t",
    "position_lat": "lat",
    "position_long": "lon",
    "distance": "dist",
    "enhanced_altitude": "alt",
    "altitude": "alt_plain",
    "heart_rate": "hr",
    "cadence": "cad",
    "fractional_cadence": "cad_frac",
}
_MAX_OFFSET_S = 14 * 3600


def _fields(message: Any) -> dict[str, Any]:
    return {field.name: field.value for field in message.fields if field.value is not None}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _when(value: Any) -> datetime | None:
    if isinstance(value, int) and value >= 0x10000000:
        return datetime.fromtimestamp(value + FIT_EPOCH, UTC)
    return None


def _words(value: Any) -> str:
    return str(value).replace("_", " ") if isinstance(value, str) else ""


def device_name(info: dict[str, Any]) -> str:
    """A readable device name from a file_id or device_info message."""
    maker = info.get("manufacturer")
    maker_text = _words(maker).title() if isinstance(maker, str) else ""
    if maker_text in ("Development", "Unknown"):
        maker_text = ""
    product = info.get("product_name")
    if not isinstance(product, str) or not product.strip():
        product = info.get("garmin_product", info.get("product"))
    if isinstance(product, str):
        pieces = re.findall(r"[a-z]+|\d+[a-z]?", product.lower().replace("_", " "))
        words = [p.upper() if p[0].isdigit() else p.capitalize() for p in pieces]
        product_text = " ".join(words).replace("Fr ", "Forerunner ")
    elif isinstance(product, int):
        product_text = f"(product {product})"
    else:
        product_text = ""
    if product_text.lower().startswith(maker_text.lower()):
        return product_text.strip()
    return f"{maker_text} {product_text}".strip()


def _offset_minutes(activity: dict[str, Any]) -> int | None:
    utc, local = activity.get("timestamp"), activity.get("local_timestamp")
    if not isinstance(utc, int) or not isinstance(local, int):
        return None
    seconds = local - utc
    if abs(seconds) > _MAX_OFFSET_S:
        return None
    return round(seconds / 900) * 15


def _read_messages(data: bytes) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    found: dict[str, list[dict[str, Any]]] = {
        "file_id": [],
        "session": [],
        "activity": [],
        "sport": [],
        "device_info": [],
    }
    columns = list(dict.fromkeys(_RECORD_FIELDS.values()))
    position = {field: columns.index(column) for field, column in _RECORD_FIELDS.items()}
    rows: list[list[float]] = []
    blank = [float("nan")] * len(columns)
    number = (int, float)
    try:
        with fitdecode.FitReader(
            io.BytesIO(data), check_crc=fitdecode.CrcCheck.DISABLED, processor=None
        ) as reader:
            for frame in reader:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                name = frame.name
                if name == "record":
                    row = blank.copy()
                    for field in frame.fields:
                        at = position.get(field.name)
                        if at is not None and isinstance(field.value, number):
                            row[at] = field.value
                    rows.append(row)
                elif name in found:
                    found[name].append(_fields(frame))
    except fitdecode.FitError as exc:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP("Activities", "its content could not be decoded ({problem})"),
                problem=exc,
            )
        ) from exc
    import numpy as np

    table = np.array(rows, dtype=np.float64).reshape(len(rows), len(columns))
    records = {column: table[:, i] for i, column in enumerate(columns)}
    return found, records


def _track(records: dict[str, list[float]], start_s: float) -> Track:
    import numpy as np

    t = np.asarray(records["t"], dtype=np.float64) + FIT_EPOCH - start_s
    alt = np.asarray(records["alt"], dtype=np.float64)
    plain = np.asarray(records["alt_plain"], dtype=np.float64)
    alt = np.where(np.isfinite(alt), alt, plain)
    cad = np.asarray(records["cad"], dtype=np.float64)
    frac = np.nan_to_num(np.asarray(records["cad_frac"], dtype=np.float64))
    lat = np.asarray(records["lat"], dtype=np.float64)
    lon = np.asarray(records["lon"], dtype=np.float64)
    # 0x7FFFFFFF is FIT's "no value"; fitdecode gives None for it, but some writers
    # put 0/0 where they had no fix.
    no_fix = (lat == 0) & (lon == 0)
    lat = np.where(no_fix, np.nan, lat * SEMICIRCLE)
    lon = np.where(no_fix, np.nan, lon * SEMICIRCLE)
    return Track(
        t=t,
        lat=lat,
        lon=lon,
        dist=np.asarray(records["dist"], dtype=np.float64),
        alt=alt,
        hr=np.asarray(records["hr"], dtype=np.float64),
        cad=(cad + frac) * 2,  # FIT counts strides (one foot) a minute: steps are twice that
    )


def _cadence(session: dict[str, Any], key: str) -> float | None:
    whole = _number(session.get(f"{key}_running_cadence", session.get(f"{key}_cadence")))
    if whole is None:
        return None
    fraction = _number(session.get(f"{key}_fractional_cadence")) or 0.0
    return (whole + fraction) * 2


def read_fit(data: bytes) -> list[RawActivity]:
    """The activities in a FIT file; raises Refused or NotAnActivity."""
    check_frame(data)
    messages, records = _read_messages(data)
    file_ids = messages["file_id"]
    kind = file_ids[0].get("type") if file_ids else None
    if kind is not None and kind != "activity":
        known = _NOT_ACTIVITY.get(str(kind))
        what = (
            Reason(known)
            if known
            else Reason(QT_TRANSLATE_NOOP("Activities", "a FIT “{kind}” file"), kind=_words(kind))
        )
        raise NotAnActivity(
            Reason(QT_TRANSLATE_NOOP("Activities", "{what}, not a recorded activity"), what=what)
        )
    sessions = messages["session"]
    if not len(records["t"]) and not sessions:
        raise NotAnActivity(
            Reason(QT_TRANSLATE_NOOP("Activities", "a FIT file with no recording in it"))
        )
    device = device_name(file_ids[0]) if file_ids else ""
    for info in messages["device_info"]:
        if info.get("device_index") == "creator" and not device:
            device = device_name(info)
    offset = _offset_minutes(messages["activity"][0]) if messages["activity"] else None
    sport_info = messages["sport"][0] if messages["sport"] else {}
    if not sessions:
        sessions = [{"sport": sport_info.get("sport"), "sub_sport": sport_info.get("sub_sport")}]
    activities = []
    for index, session in enumerate(sessions):
        activities.append(
            _session_activity(session, records, sessions, index, offset, device, sport_info)
        )
    return activities


def _session_activity(
    session: dict[str, Any],
    records: dict[str, list[float]],
    sessions: list[dict[str, Any]],
    index: int,
    offset: int | None,
    device: str,
    sport_info: dict[str, Any],
) -> RawActivity:
    import numpy as np

    stamps = np.asarray(records["t"], dtype=np.float64)
    chosen = np.ones(len(stamps), dtype=bool)
    first = session.get("start_time")
    if len(sessions) > 1 and isinstance(first, int):
        end = session.get("timestamp")
        if index + 1 < len(sessions) and isinstance(sessions[index + 1].get("start_time"), int):
            end = sessions[index + 1]["start_time"] - 1
        chosen = stamps >= first
        if isinstance(end, int):
            chosen &= stamps <= end
    part = {name: np.asarray(values, dtype=np.float64)[chosen] for name, values in records.items()}
    valid = part["t"][np.isfinite(part["t"])]
    start_s = first if isinstance(first, int) else (valid.min() if len(valid) else None)
    start = _when(int(start_s)) if start_s is not None else None
    track = _track(part, (start_s + FIT_EPOCH) if start_s is not None else 0.0)
    sport = session.get("sport") or sport_info.get("sport") or ""
    sub_sport = session.get("sub_sport") or sport_info.get("sub_sport") or ""
    name = sport_info.get("name") if len(sessions) == 1 else None
    return RawActivity(
        sport=str(sport) if isinstance(sport, str) else "",
        sub_sport=str(sub_sport) if isinstance(sub_sport, str) else "",
        start=start,
        utc_offset_min=offset,
        track=track,
        title=name if isinstance(name, str) else "",
        device=device,
        file_distance_m=_number(session.get("total_distance")),
        file_elapsed_s=_number(session.get("total_elapsed_time")),
        file_timer_s=_number(session.get("total_timer_time")),
        file_ascent_m=_number(session.get("total_ascent")),
        file_avg_hr=_number(session.get("avg_heart_rate")),
        file_max_hr=_number(session.get("max_heart_rate")),
        file_avg_cadence=_cadence(session, "avg"),
        file_max_cadence=_cadence(session, "max"),
        leg=index + 1 if len(sessions) > 1 else None,
    )
