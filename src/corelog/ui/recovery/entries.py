"""Tables of soreness entries: the open ones with today's advice, and a region's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from corelog.domain.i18n import Recovery
from corelog.services.recovery import Episode, OpenEntry
from corelog.ui.recovery.words import ACTION_LOOKS, badge, day_text, days_text, severity_text
from corelog.ui.table_model import Column, RecordTableModel
from corelog.ui.theme import colors

Index = QModelIndex | QPersistentModelIndex


def _today_text(item: OpenEntry) -> str:
    """The action's badge word ("GO EASY", "STOP"); its name and reason are in the tooltip."""
    return badge(item.action)


def _today_tooltip(item: OpenEntry) -> str:
    return Recovery.tr("{action}. {reason}").format(
        action=item.action_name, reason=item.action_reason
    )


def _checked_text(item: OpenEntry) -> str:
    return Recovery.tr("today") if item.checked_today else day_text(item.last_check)


def _status(episode: Episode) -> str:
    return Recovery.tr("Open", "an entry") if episode.is_open else Recovery.tr("Resolved")


def _severity_change(episode: Episode) -> str:
    first, now = episode.entry.severity, episode.state.severity
    return f"{first}/10" if first == now or episode.follow_ups == 0 else f"{first} → {now}/10"


def open_columns() -> list[Column[OpenEntry]]:
    return [
        Column(Recovery.tr("Where"), lambda o: o.region_name),
        Column(Recovery.tr("How bad now"), lambda o: severity_text(o.state.severity),
               sort_key=lambda o: o.state.severity),
        Column(Recovery.tr("Today", "what to do today"), _today_text, tooltip=_today_tooltip),
        Column(Recovery.tr("Lasted"), lambda o: days_text(o.state.days_lasted),
               sort_key=lambda o: o.state.days_lasted),
        Column(Recovery.tr("Checked"), _checked_text, sort_key=lambda o: o.last_check),
    ]


TODAY_COLUMN = 2


def history_columns() -> list[Column[Episode]]:
    return [
        Column(Recovery.tr("Logged"), lambda e: day_text(e.noted_local),
               sort_key=lambda e: e.noted_local),
        Column(Recovery.tr("How bad"), _severity_change, sort_key=lambda e: e.entry.severity),
        Column(Recovery.tr("Lasted"), lambda e: days_text(e.state.days_lasted),
               sort_key=lambda e: e.state.days_lasted),
        Column(Recovery.tr("After"), lambda e: e.run_words or "–"),
        Column(Recovery.tr("Status"), _status),
    ]


class OpenEntriesModel(RecordTableModel[OpenEntry]):
    """Open entries; the advice for today is shown in its colour, and in words."""

    def __init__(self, parent=None) -> None:
        super().__init__(open_columns(), parent)

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
        super().__init__(history_columns(), parent)

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self.rows()) if e.entry.id == entry_id), -1)


def describe_open(items: list[OpenEntry]) -> str:
    """A short sentence about the open entries, for the tab's tooltip."""
    if not items:
        return Recovery.tr("No open soreness entries.")
    flagged = sum(1 for item in items if item.has_red_flags)
    text = Recovery.tr("%Ln open", "", len(items))
    if not flagged:
        return text
    return Recovery.tr("{open}, %Ln with warning signs", "", flagged).format(open=text)
