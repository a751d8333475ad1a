"""Writing export files: atomically, so a failed export never leaves a half-written file,
and the runs as CSV that spreadsheets read as their users expect."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from corelog.domain.formatting import format_duration, format_run_pace
from corelog.domain.i18n import Exchange
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.units import from_metres
from corelog.store import exchange as store_exchange
from corelog.store.exchange import Progress
from corelog.store.store import Store


class ExportFailed(OSError):
    """The file could not be written; ``str()`` says why. No file was left half-written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int


def atomic_write(
    path: Path, write: Callable[[Any], None], *, encoding: str, newline: str | None = None
) -> None:
    """Write through ``write(handle)`` to a temporary file beside ``path``, then replace it."""
    folder = path.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".partial")
    except OSError as exc:
        message = Exchange.tr("Cannot write to the folder {folder}: {reason}.")
        raise ExportFailed(message.format(folder=folder, reason=exc.strerror or exc)) from exc
    partial = Path(name)
    try:
        with open(fd, "w", encoding=encoding, newline=newline) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            message = Exchange.tr("Could not write {file}: {reason}.")
            raise ExportFailed(message.format(file=path.name, reason=exc.strerror or exc)) from exc
        raise


CSV_HEADER = (
    "date",
    "start time",
    "UTC offset",
    "distance (km)",
    "distance (mi)",
    "duration",
    "pace (/km)",
    "pace (/mi)",
    "type",
    "race",
    "effort",
    "surface",
    "elevation gain (m)",
    "shoe",
    "notes",
)


def _offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _number(value: float | None, decimals: int) -> str:
    if value is None:
        return ""
    return f"{value:.{decimals}f}"


# A cell that begins with one of these is read as a formula by spreadsheets ("-3 °C, icy"
# shows as #NAME?, and "=..." could run): such user text gets a leading apostrophe, which
# spreadsheets hide and show the text as typed. The JSON export keeps text exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """User text for a CSV cell that spreadsheets show as text, never as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(store: Store, progress: Progress | None = None) -> Iterable[list[str]]:
    """One row per run the user has not deleted (oldest first), as the CSV file holds them."""
    runs = store_exchange.read_runs(store)
    total = len(runs)
    for done, run in enumerate(runs, start=1):
        if progress is not None and done % 2000 == 0:
            progress(done, total)
        utc = datetime.fromisoformat(run["started_at"])
        local = from_utc_and_offset(utc, run["utc_offset_min"])
        distance, duration = run["distance_m"], run["duration_s"]
        yield [
            local.strftime("%Y-%m-%d"),
            local.strftime("%H:%M"),
            _offset_text(run["utc_offset_min"]),
            _number(from_metres(distance, "km"), 3),
            _number(from_metres(distance, "mi"), 3),
            format_duration(round(duration)),
            format_run_pace(distance, duration, "km"),
            format_run_pace(distance, duration, "mi"),
            run["run_type"],
            run["race_class"] or "",
            "" if run["effort"] is None else str(run["effort"]),
            run["surface"] or "",
            _number(run["elevation_gain_m"], 0),
            spreadsheet_text(run["shoe_name"] or ""),
            spreadsheet_text(run["notes"]),
        ]


def export_runs_csv(store: Store, path: Path, progress: Progress | None = None) -> ExportResult:
    """Write every run to ``path`` as CSV (RFC 4180 quoting, UTF-8 with a BOM for Excel).

    Notes and shoe names that would start a formula get a leading apostrophe.
    """
    rows = list(csv_rows(store, progress))

    def write(handle) -> None:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)

    atomic_write(Path(path), write, encoding="utf-8-sig", newline="")
    return ExportResult(Path(path), len(rows))
