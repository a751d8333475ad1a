"""The recent-runs table: one row per run, every figure in the user's current unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_elevation,
    format_run_pace,
)
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Log
from corelog.domain.runs import RunRow
from corelog.domain.units import pace_seconds
from corelog.ui.log.labels import (
    effort_text,
    format_start,
    local_start,
    run_kind_text,
    surface_text,
)
from corelog.ui.table_model import Column, RecordTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("Log", "Date"),
    QT_TRANSLATE_NOOP("Log", "Type"),
    QT_TRANSLATE_NOOP("Log", "Distance"),
    QT_TRANSLATE_NOOP("Log", "Time"),
    QT_TRANSLATE_NOOP("Log", "Pace"),
    QT_TRANSLATE_NOOP("Log", "Effort"),
    QT_TRANSLATE_NOOP("Log", "Shoes"),
)
"""The column titles (in English; shown through ``Log.marked``)."""


def run_start_text(run: RunRow) -> str:
    return format_start(local_start(run.started_at, run.utc_offset_min))


def _details(run: RunRow, unit: str) -> str:
    """The tooltip: what the columns leave out (surface, climb, notes)."""
    parts = []
    if run.surface:
        parts.append(surface_text(run.surface))
    if run.elevation_gain_m is not None:
        parts.append(
            Log.tr("climb {climb}").format(climb=format_elevation(run.elevation_gain_m, unit))
        )
    lines = [" · ".join(parts)] if parts else []
    if run.notes:
        lines.append(run.notes if len(run.notes) <= 400 else run.notes[:400] + "…")
    return "\n".join(lines)


class RecentRunsModel(RecordTableModel[RunRow]):
    """Runs for the Log page; ``unit`` is asked each time a figure is shown."""

    def __init__(self, unit: Callable[[], str], parent: QObject | None = None) -> None:
        self._unit = unit

        def tip(run: RunRow) -> str:
            return _details(run, unit())

        def pace_key(run: RunRow) -> float:
            return pace_seconds(run.distance_m, run.duration_s) or 0.0

        columns = [
            Column(
                Log.marked(HEADERS[0]), run_start_text, sort_key=lambda r: r.started_at, tooltip=tip
            ),
            Column(
                Log.marked(HEADERS[1]),
                lambda r: run_kind_text(r.run_type, r.race_class),
                sort_key=lambda r: (r.run_type, r.race_class or ""),
                tooltip=tip,
            ),
            Column(
                Log.marked(HEADERS[2]),
                lambda r: format_distance(r.distance_m, unit()),
                sort_key=lambda r: r.distance_m,
                align_right=True,
                tooltip=tip,
            ),
            Column(
                Log.marked(HEADERS[3]),
                lambda r: format_duration(int(r.duration_s)),
                sort_key=lambda r: r.duration_s,
                align_right=True,
                tooltip=tip,
            ),
            Column(
                Log.marked(HEADERS[4]),
                lambda r: format_run_pace(r.distance_m, r.duration_s, unit()),
                sort_key=pace_key,
                align_right=True,
                tooltip=tip,
            ),
            Column(
                Log.marked(HEADERS[5]),
                lambda r: effort_text(r.effort),
                sort_key=lambda r: r.effort or 0,
                tooltip=tip,
            ),
            Column(
                Log.marked(HEADERS[6]),
                lambda r: r.shoe_name or "",
                sort_key=lambda r: (r.shoe_name or "").casefold(),
                tooltip=tip,
            ),
        ]
        super().__init__(columns, parent)

    def row_of(self, run_id: int) -> int | None:
        for row, run in enumerate(self.rows()):
            if run.id == run_id:
                return row
        return None
