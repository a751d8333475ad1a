"""Recordings of imported runs in export files (version 3): written with their tracks as
base64 text, and checked before anything is imported.

A recording names its run by uuid (a run in the same file), carries every field
``run_recording`` stores and ``track``, the run's samples in CoreLog's compact form
(``corelog.activities.codec``) as base64 text. A file whose track is not valid base64,
or does not unpack to a track, is refused whole, naming the recording, like any other
bad value.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from corelog.activities import codec
from corelog.domain import i18n
from corelog.domain.i18n import Exchange
from corelog.services.exchange_fields import (
    Bad,
    at_least,
    boolean,
    counted,
    entry_uuid,
    instant,
    one_of,
    real,
    stamps,
    text,
    used_twice,
    whole,
)
from corelog.store.exchange_recordings import RECORDING_FIELDS

SOURCE_FORMATS = ("fit", "gpx", "tcx")
KINDS = ("run", "treadmill", "walk")
MAX_TRACK_SAMPLES = 2_000_000
"""More samples than any run has (23 days at one a second): a track claiming more is
refused before it is unpacked."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SHORT = {"sport": 40, "sub_sport": 40, "device": 120}


def track_text(track: bytes) -> str:
    """A stored track as an export file writes it."""
    return base64.b64encode(track).decode("ascii")


def track_bytes(item: dict) -> bytes:
    """The stored bytes of a recording's ``track``, checked to be a track CoreLog reads."""
    value = text(item, "track")
    assert value is not None
    try:
        blob = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Bad(
            "track", Exchange.tr("is not base64 text (the file was changed or cut).")
        ) from exc
    try:
        codec.decode(blob, max_samples=MAX_TRACK_SAMPLES)
    except codec.TrackFormatError as exc:
        problem = Exchange.tr("is not a track CoreLog can read ({problem}).").format(problem=exc)
        raise Bad("track", problem) from exc
    return blob


def _at_least(item: dict, name: str, low: float, *, optional: bool = False) -> float | None:
    value = real(item, name, optional=optional)
    return value if value is None else at_least(name, value, low)


class RecordingReader:
    """Checks the recordings of a file, each belonging to one run of the file."""

    def __init__(self, runs: set[str], seen: set[str]) -> None:
        self.runs = runs
        self.seen = seen  # every uuid in the file, so no two entries share one
        self.recorded: set[str] = set()

    def recording(self, item: dict) -> dict[str, Any]:
        uuid = entry_uuid(item)
        assert uuid is not None
        if uuid in self.seen:
            raise Bad("uuid", used_twice())
        run = entry_uuid(item, "run")
        assert run is not None
        if run not in self.runs:
            raise Bad("run", Exchange.tr("names a run that is not in the file."))
        if run in self.recorded:
            raise Bad("run", Exchange.tr("has another recording in the file too."))
        values: dict[str, Any] = {"uuid": uuid, "run": run}
        for name in ("source_name", "title", *_SHORT):
            value = text(item, name)
            assert value is not None
            if name in _SHORT and len(value) > _SHORT[name]:
                most = i18n.integer(_SHORT[name])
                raise Bad(
                    name, Exchange.tr("must be {most} characters or fewer.").format(most=most)
                )
            values[name] = value
        values["source_format"] = _choice(item, "source_format", SOURCE_FORMATS)
        values["kind"] = _choice(item, "kind", KINDS)
        sha = text(item, "file_sha256")
        if sha is None or not _SHA256.fullmatch(sha):
            raise Bad(
                "file_sha256", Exchange.tr("must be the file's SHA-256 (64 hexadecimal digits).")
            )
        values["file_sha256"] = sha
        leg = whole(item, "leg", optional=True)
        values["leg"] = leg if leg is None else at_least("leg", leg, 1)
        values["started_at"] = instant(item, "started_at")
        values["utc_offset_known"] = boolean(item, "utc_offset_known")
        values["distance_m"] = _at_least(item, "distance_m", 0)
        values["moving_s"] = real(item, "moving_s")
        if values["moving_s"] <= 0:
            raise Bad("moving_s", Exchange.tr("must be more than 0."))
        for name in ("elapsed_s", "avg_hr", "max_hr", "avg_cadence", "max_cadence"):
            values[name] = _at_least(item, name, 0, optional=True)
        values["climb_m"] = real(item, "climb_m", optional=True)
        for name in ("points", "dropped_samples"):
            values[name] = counted(item, name)
        values.update(stamps(item))
        values["track"] = track_bytes(item)
        assert set(RECORDING_FIELDS) <= set(values)
        self.seen.add(uuid)
        self.recorded.add(run)
        return values


def _choice(item: dict, name: str, choices: tuple[str, ...]) -> str:
    value = text(item, name)
    if value not in choices:
        raise Bad(name, one_of(choices))
    return value
