"""Activity files made for tests and benchmarks: FIT, GPX and TCX runs, archives.

The FIT writer is small and fast (``struct``), writes the frame exactly as the FIT
protocol says (header with its CRC, definition and data messages, file CRC) and is
checked against fitdecode by the tests that use it. Positions move north from
Ljubljana at the chosen pace; heart rate and cadence follow simple patterns.
"""

from __future__ import annotations

import gzip
import io
import math
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

FIT_EPOCH = 631_065_600
SEMICIRCLES = 2**31 / 180.0
START = datetime(2026, 5, 4, 5, 30, tzinfo=UTC)
LAT0, LON0 = 46.05, 14.5
METRES_PER_DEGREE = 111_195.0

SPORTS = {"running": 1, "cycling": 2, "walking": 11, "swimming": 5, "hiking": 17, "generic": 0}
SUB_SPORTS = {"generic": 0, "treadmill": 1, "street": 2, "trail": 3, "track": 4}
FILE_TYPES = {"activity": 4, "workout": 5, "course": 6, "monitoring_b": 32, "settings": 2}


def _crc16(data: bytes, crc: int = 0) -> int:
    for byte in data:
        for _ in range(8):
            mix = (crc ^ byte) & 1
            crc >>= 1
            if mix:
                crc ^= 0xA001
            byte >>= 1
    return crc


_CRC_TABLE = [_crc16(bytes([i])) for i in range(256)]


def crc16(data: bytes, crc: int = 0) -> int:
    for byte in data:
        crc = (crc >> 8) ^ _CRC_TABLE[(crc ^ byte) & 0xFF]
    return crc


@dataclass
class Sample:
    t: float  # seconds from the start
    lat: float | None
    lon: float | None
    dist: float | None
    alt: float | None
    hr: int | None
    cad: int | None  # strides a minute, as FIT and TCX store it


def samples(
    seconds: int = 1800,
    *,
    pace_s_per_km: float = 330.0,
    step_s: int = 1,
    hr: bool = True,
    cadence: bool = True,
    positions: bool = True,
) -> list[Sample]:
    """A steady run: ``seconds`` long, one sample every ``step_s`` seconds."""
    speed = 1000.0 / pace_s_per_km
    out = []
    for t in range(0, seconds + 1, step_s):
        dist = speed * t
        out.append(
            Sample(
                t=float(t),
                lat=LAT0 + dist / METRES_PER_DEGREE if positions else None,
                lon=LON0 if positions else None,
                dist=dist,
                alt=300.0 + 20.0 * math.sin(t / 300.0),
                hr=(120 + min(40, t // 30)) if hr else None,
                cad=(86 + t % 3) if cadence else None,
            )
        )
    return out


def _fit_time(moment: datetime) -> int:
    return int(moment.timestamp()) - FIT_EPOCH


class FitWriter:
    """Definition and data messages into one FIT file (little-endian, local types 0-3)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self._local: dict[int, int] = {}

    def define(self, local: int, global_num: int, fields: list[tuple[int, int, int]]) -> None:
        body = struct.pack("<BBHB", 0, 0, global_num, len(fields))
        body += b"".join(struct.pack("BBB", *field) for field in fields)
        self.parts.append(bytes([0x40 | local]) + body)

    def data(self, local: int, fmt: str, *values) -> None:
        self.parts.append(bytes([local]) + struct.pack("<" + fmt, *values))

    def to_bytes(self, *, header_crc: bool = True) -> bytes:
        body = b"".join(self.parts)
        header = struct.pack("<BBHI4s", 14, 0x10, 2132, len(body), b".FIT")
        header += struct.pack("<H", crc16(header) if header_crc else 0)
        whole = header + body
        return whole + struct.pack("<H", crc16(whole))


_U8, _U16, _U32, _S32, _ENUM, _U32Z = 0x02, 0x84, 0x86, 0x85, 0x00, 0x8C
_NONE8, _NONE16, _NONE32, _NONES32 = 0xFF, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF


def fit_file(
    runs: Iterable[Sample] | None = None,
    *,
    start: datetime = START,
    sport: str = "running",
    sub_sport: str = "generic",
    offset_min: int | None = 120,
    file_type: str = "activity",
    legs: list[tuple[str, list[Sample]]] | None = None,
    session_summary: bool = True,
    product: int = 2697,  # a Garmin Fenix 5
) -> bytes:
    """A FIT activity: one session (or one per leg of ``legs``, one after another)."""
    if legs is None:
        legs = [(sport, list(runs if runs is not None else samples()))]
    w = FitWriter()
    w.define(0, 0, [(0, 1, _ENUM), (1, 2, _U16), (2, 2, _U16), (3, 4, _U32Z), (4, 4, _U32)])
    w.data(0, "BHHII", FILE_TYPES[file_type], 1, product, 12345, _fit_time(start))
    w.define(1, 20, [(253, 4, _U32), (0, 4, _S32), (1, 4, _S32), (5, 4, _U32), (78, 4, _U32),
                     (3, 1, _U8), (4, 1, _U8)])
    w.define(2, 18, [(253, 4, _U32), (2, 4, _U32), (7, 4, _U32), (8, 4, _U32), (9, 4, _U32),
                     (5, 1, _ENUM), (6, 1, _ENUM), (22, 2, _U16), (16, 1, _U8), (17, 1, _U8)])
    leg_start = start
    record = struct.Struct("<BIiiIIBB")
    last = start
    for leg_sport, leg_samples in legs:
        first_t = leg_samples[0].t if leg_samples else 0.0
        for s in leg_samples:
            moment = leg_start + timedelta(seconds=s.t - first_t)
            w.parts.append(
                record.pack(
                    1,
                    _fit_time(moment),
                    round(s.lat * SEMICIRCLES) if s.lat is not None else _NONES32,
                    round(s.lon * SEMICIRCLES) if s.lon is not None else _NONES32,
                    round(s.dist * 100) if s.dist is not None else _NONE32,
                    round((s.alt + 500) * 5) if s.alt is not None else _NONE32,
                    s.hr if s.hr is not None else _NONE8,
                    s.cad if s.cad is not None else _NONE8,
                )
            )
        span = (leg_samples[-1].t - first_t) if leg_samples else 0.0
        end = leg_start + timedelta(seconds=span)
        if session_summary:
            hrs = [s.hr for s in leg_samples if s.hr is not None]
            dists = [s.dist for s in leg_samples if s.dist is not None]
            w.data(
                2, "IIIIIBBHBB",
                _fit_time(end), _fit_time(leg_start), round(span * 1000), round(span * 1000),
                round((dists[-1] - dists[0]) * 100) if dists else _NONE32,
                SPORTS.get(leg_sport, 0), SUB_SPORTS[sub_sport], _NONE16,
                round(sum(hrs) / len(hrs)) if hrs else _NONE8, max(hrs) if hrs else _NONE8,
            )
        last = end
        leg_start = end + timedelta(seconds=60)
    w.define(3, 34, [(253, 4, _U32), (0, 4, _U32), (1, 2, _U16), (5, 4, _U32)])
    local = _fit_time(last) + offset_min * 60 if offset_min is not None else _NONE32
    w.data(3, "IIHI", _fit_time(last), _NONE32, len(legs), local)
    return w.to_bytes()


def gpx_file(
    runs: Iterable[Sample] | None = None,
    *,
    start: datetime = START,
    sport: str | None = "running",
    times: bool = True,
    name: str = "Morning Run",
) -> bytes:
    rows = []
    for s in runs if runs is not None else samples(step_s=5):
        moment = (start + timedelta(seconds=s.t)).strftime("%Y-%m-%dT%H:%M:%SZ")
        ext = ""
        if s.hr is not None or s.cad is not None:
            inner = (f"<gpxtpx:hr>{s.hr}</gpxtpx:hr>" if s.hr is not None else "") + (
                f"<gpxtpx:cad>{s.cad}</gpxtpx:cad>" if s.cad is not None else ""
            )
            ext = (
                "<extensions><gpxtpx:TrackPointExtension>"
                f"{inner}</gpxtpx:TrackPointExtension></extensions>"
            )
        time_el = f"<time>{moment}</time>" if times else ""
        rows.append(
            f'<trkpt lat="{s.lat:.7f}" lon="{s.lon:.7f}">'
            f"<ele>{s.alt:.1f}</ele>{time_el}{ext}</trkpt>"
        )
    type_el = f"<type>{sport}</type>" if sport else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="StravaGPX" xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
        f"<trk><name>{name}</name>{type_el}<trkseg>{''.join(rows)}</trkseg></trk></gpx>"
    ).encode()


def tcx_file(
    runs: Iterable[Sample] | None = None, *, start: datetime = START, sport: str = "Running"
) -> bytes:
    points = []
    run_list = list(runs if runs is not None else samples(step_s=5))
    for s in run_list:
        moment = (start + timedelta(seconds=s.t)).strftime("%Y-%m-%dT%H:%M:%SZ")
        hr = f"<HeartRateBpm><Value>{s.hr}</Value></HeartRateBpm>" if s.hr is not None else ""
        points.append(
            f"<Trackpoint><Time>{moment}</Time><Position><LatitudeDegrees>{s.lat:.7f}"
            f"</LatitudeDegrees><LongitudeDegrees>{s.lon:.7f}</LongitudeDegrees></Position>"
            f"<AltitudeMeters>{s.alt:.1f}</AltitudeMeters><DistanceMeters>{s.dist:.2f}"
            f"</DistanceMeters>{hr}</Trackpoint>"
        )
    span = run_list[-1].t - run_list[0].t
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{start:%Y-%m-%dT%H:%M:%SZ}</Id>'
        f'<Lap StartTime="{start:%Y-%m-%dT%H:%M:%SZ}"><TotalTimeSeconds>{span}</TotalTimeSeconds>'
        f"<DistanceMeters>{run_list[-1].dist:.2f}</DistanceMeters><Track>{''.join(points)}</Track>"
        "</Lap><Creator><Name>Forerunner 245</Name></Creator></Activity></Activities>"
        "</TrainingCenterDatabase>"
    ).encode()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def zipped(members: dict[str, bytes], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
