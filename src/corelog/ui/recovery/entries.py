"""Tables of soreness entries: the open ones with today's advice, and a region's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from corelog.services.recovery import Episode, OpenEntry
from corelog.ui.recovery.words import ACTION_LOOKS, day_text, days_text, severity_text
from corelog.ui.table_model import Column, RecordTableModel
from corelog.ui.theme import colors

Index = QModelIndex | QPersistentModelIndex


def _today_text(item: OpenEntry) -> str:
    """The action's badge word ("GO EASY", "STOP"); its name and reason are in the tooltip."""
    return ACTION_LOOKS[item.action][1]


def _today_tooltip(item: OpenEntry) -> str:
    return f"{item.action_name}. {item.action_reason}"


def _checked_text(item: OpenEntry) -> str:
    return "today" if item.checked_today else day_text(item.last_check)


def _severity_change(episode: Episode) -> str:
    first, now = episode.entry.severity, episode.state.severity
    return f"{first}/10" if first == now or episode.follow_ups == 0 else f"{first} → {now}/10"


OPEN_COLUMNS: list[Column[OpenEntry]] = [
    Column("Where", lambda o: o.region_name),
    Column(
        "How bad now",
        lambda o: severity_text(o.state.severity),
        sort_key=lambda o: o.state.severity,
    ),
    Column("Today", _today_text, tooltip=_today_tooltip),
    Column(
        "Lasted", lambda o: days_text(o.state.days_lasted), sort_key=lambda o: o.state.days_lasted
    ),
    Column("Checked", _checked_text, sort_key=lambda o: o.last_check),
]
TODAY_COLUMN = 2

HISTORY_COLUMNS: list[Column[Episode]] = [
    Column("Logged", lambda e: day_text(e.noted_local), sort_key=lambda e: e.noted_local),
    Column("How bad", _severity_change, sort_key=lambda e: e.entry.severity),
    Column(
        "Lasted", lambda e: days_text(e.state.days_lasted), sort_key=lambda e: e.state.days_lasted
    ),
    Column("After", lambda e: e.run_words or "–"),
    Column("Status", lambda e: "Open" if e.is_open else "Resolved"),
]


class OpenEntriesModel(RecordTableModel[OpenEntry]):
    """Open entries; the advice for today is shown in its colour, and in words."""

    def __init__(self, parent=None) -> None:
        super().__init__(OPEN_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == TODAY_COLUMN
            and 0 <= index.row() < self.rowCount()
        ):
            item = self.record(index.row())
            return QColor(getattr(colors(), ACTION_LOOKS[item.action][0]))
        return super().data(index, role)

    def row_of(self, entry_id: int) -> int:
        return next((i for i, o in enumerate(self.rows()) if o.entry.id == entry_id), -1)


class RegionHistoryModel(RecordTableModel[Episode]):
    def __init__(self, parent=None) -> None:
        super().__init__(HISTORY_COLUMNS, parent)

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self.rows()) if e.entry.id == entry_id), -1)


def describe_open(items: list[OpenEntry]) -> str:
    """A short sentence about the open entries, for the tab's tooltip."""
    if not items:
        return "No open soreness entries."
    flagged = sum(1 for item in items if item.has_red_flags)
    text = f"{len(items)} open"
    return text + (f", {flagged} with warning signs" if flagged else "")
