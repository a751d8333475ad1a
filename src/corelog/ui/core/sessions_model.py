"""The recent core sessions as a table model: when, sets, effort, duration."""

from __future__ import annotations

from PySide6.QtCore import QObject

from corelog.domain.core_sessions import CoreSessionRow
from corelog.domain.formatting import format_hours_minutes
from corelog.domain.i18n import Core
from corelog.services.core_text import describe_set_groups, describe_sets_lines
from corelog.ui.core.text import short_when, when
from corelog.ui.table_model import Column, RecordTableModel, count_column


def _tooltip(session: CoreSessionRow) -> str:
    lines = [when(session.local_start), *describe_sets_lines(session.sets)]
    if session.notes:
        lines += ["", session.notes]
    return "\n".join(lines)


def session_columns() -> list[Column[CoreSessionRow]]:
    return [
        Column(
            Core.tr("When"),
            lambda s: short_when(s.local_start),
            sort_key=lambda s: s.started_at,
            tooltip=_tooltip,
        ),
        Column(
            Core.tr("Sets"),
            lambda s: "\n".join(describe_set_groups(s.sets)),
            sort_key=lambda s: len(s.sets),
            tooltip=_tooltip,
        ),
        count_column(Core.tr("Effort"), lambda s: s.effort),
        Column(
            Core.tr("Time", "how long a session took"),
            lambda s: format_hours_minutes(s.duration_s) if s.duration_s else "",
            sort_key=lambda s: s.duration_s or 0,
            align_right=True,
        ),
    ]


def make_sessions_model(parent: QObject | None = None) -> RecordTableModel[CoreSessionRow]:
    return RecordTableModel(session_columns(), parent)
