"""The timeline as a table model: one row per entry, whatever its kind.

The model holds row numbers into the timeline's columns, never an object per entry, and
writes a cell's text only when the view asks for it, so 50,000 entries cost little more
than the few dozen on screen. Sorting orders every entry once per column and direction
(ties stay newest first); a filter then keeps that order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from corelog.domain.formatting import (
    format_distance,
    format_duration,
    format_hours_minutes,
    format_run_pace,
)
from corelog.domain.i18n import QT_TRANSLATE_NOOP, History, integer
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS, Timeline, local_datetime
from corelog.ui.history.kind_marks import kind_icon
from corelog.ui.history.source import HistorySource
from corelog.ui.history.words import kind_name, run_kind_text, soreness_text, when_text
from corelog.ui.widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

WHEN, KIND, WHAT, DISTANCE, TIME, PACE, EFFORT, NOTES = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("History", "When"),
    QT_TRANSLATE_NOOP("History", "Kind"),
    QT_TRANSLATE_NOOP("History", "What"),
    QT_TRANSLATE_NOOP("History", "Distance"),
    QT_TRANSLATE_NOOP("History", "Time"),
    QT_TRANSLATE_NOOP("History", "Pace"),
    QT_TRANSLATE_NOOP("History", "Effort"),
    QT_TRANSLATE_NOOP("History", "Notes"),
)
_RIGHT = {DISTANCE, TIME, PACE, EFFORT}
_READ_AHEAD = 120
"""Core sessions whose sets are read together when one is first shown."""


class TimelineModel(QAbstractTableModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1
    """(kind, id) of the entry in a row."""

    def __init__(
        self,
        source: HistorySource,
        unit: Callable[[], str],
        region_names: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._unit = unit
        self._regions = region_names
        self._timeline: Timeline | None = None
        self._rows: list[int] = []
        self._positions: dict[int, int] | None = None
        self._sort = (WHEN, Qt.SortOrder.DescendingOrder)
        self._ordered: list[int] | None = None
        self._icons: dict[int, QIcon] = {}

    # ------------------------------------------------------------------ contents
    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(self, timeline: Timeline) -> None:
        """Use a (re-read) timeline; call :meth:`show` next with the rows to list."""
        self._timeline = timeline
        self._ordered = None

    def ordered_rows(self) -> Sequence[int]:
        """Every timeline row in the current sort order (the filter keeps this order)."""
        if self._timeline is None:
            return ()
        if self._ordered is None:
            self._ordered = self._sorted(*self._sort)
        return self._ordered

    def show(self, rows: list[int]) -> None:
        """List these timeline rows, in this order."""
        self.beginResetModel()
        self._rows = rows
        self._positions = None
        self.endResetModel()

    def shown_rows(self) -> list[int]:
        return self._rows

    def entry(self, row: int) -> tuple[int, int]:
        """(kind, id) of the entry shown in a row."""
        assert self._timeline is not None
        line = self._rows[row]
        return self._timeline.kind[line], self._timeline.ids[line]

    def row_of(self, kind: int, entry_id: int) -> int | None:
        """Where an entry is shown, or None if the filter hides it (or it is gone)."""
        if self._timeline is None:
            return None
        line = self._timeline.row_of(kind, entry_id)
        if line is None:
            return None
        if self._positions is None:
            self._positions = {r: i for i, r in enumerate(self._rows)}
        return self._positions.get(line)

    def refresh_display(self) -> None:
        """Figures changed how they read (units) or look (theme); the entries did not."""
        self._icons.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    # ------------------------------------------------------------------ sorting
    def sort_spec(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        if (column, order) == self._sort and self._ordered is not None:
            return
        self._sort = (column, order)
        self._ordered = None
        if self._timeline is None or not self._rows:
            return
        shown = set(self._rows)
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = [row for row in self.ordered_rows() if row in shown]
        self._positions = None
        new_position = {line: i for i, line in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(new_position[old_rows[index.row()]], index.column())
            if 0 <= index.row() < len(old_rows)
            else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        t = self._timeline
        assert t is not None
        newest = t.newest_first
        descending = order == Qt.SortOrder.DescendingOrder
        if column == WHEN:
            return list(newest) if descending else list(reversed(newest))
        key = self._sort_key(t, column)
        if key is None:
            return list(newest)
        # Entries without a value (a core session has no distance) go last either way.
        values = [key(row) for row in range(len(t))]
        with_value = [row for row in newest if values[row] is not None]
        without = [row for row in newest if values[row] is None]
        with_value.sort(key=values.__getitem__, reverse=descending)
        return with_value + without

    def _sort_key(self, t: Timeline, column: int) -> Callable[[int], Any] | None:
        if column == KIND:
            return t.kind.__getitem__
        if column == WHAT:
            regions = self._regions

            def what(row: int) -> Any:
                kind = t.kind[row]
                if kind == KIND_RUN:
                    return (kind, run_kind_text(t.run_type[row] or "", t.race_class[row]))
                if kind == KIND_SORENESS:
                    region = t.region[row] or ""
                    return (kind, regions.get(region, region))
                return (kind, "")

            return what
        if column == DISTANCE:
            return t.distance_m.__getitem__
        if column == TIME:
            return t.duration_s.__getitem__
        if column == PACE:

            def pace(row: int) -> float | None:
                distance, duration = t.distance_m[row], t.duration_s[row]
                if t.kind[row] != KIND_RUN or not distance or not duration:
                    return None
                return duration / distance

            return pace
        if column == EFFORT:
            return t.effort.__getitem__
        if column == NOTES:
            folded = t.notes_folded
            return lambda row: folded[row] or None
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return History.marked(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if section in _RIGHT else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or self._timeline is None:
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(index.row(), line))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in _RIGHT else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            kind = self._timeline.kind[line]
            icon = self._icons.get(kind)
            if icon is None:
                icon = self._icons[kind] = kind_icon(kind)
            return icon
        if role == self.EntryRole:
            return self._timeline.kind[line], self._timeline.ids[line]
        return None

    def _text(self, row: int, line: int, column: int) -> str:
        t = self._timeline
        assert t is not None
        kind = t.kind[line]
        if column == WHEN:
            return when_text(local_datetime(t.local_s[line]))
        if column == KIND:
            return kind_name(kind)
        if column == WHAT:
            return self._what(row, line)
        if column == NOTES:
            return t.notes[line].split("\n", 1)[0]
        if column == EFFORT:
            effort = t.effort[line]
            return "" if effort is None else integer(effort)
        if kind == KIND_RUN:
            distance, duration = t.distance_m[line] or 0, t.duration_s[line] or 0
            unit = self._unit()
            if column == DISTANCE:
                return format_distance(distance, unit)
            if column == TIME:
                return format_duration(round(duration))
            if column == PACE:
                return format_run_pace(distance, duration, unit)
        if kind == KIND_CORE and column == TIME:
            duration = t.duration_s[line]
            return "" if duration is None else format_hours_minutes(duration)
        return ""

    def _what(self, row: int, line: int) -> str:
        t = self._timeline
        assert t is not None
        kind = t.kind[line]
        if kind == KIND_RUN:
            return run_kind_text(t.run_type[line] or "", t.race_class[line])
        if kind == KIND_SORENESS:
            region = t.region[line] or ""
            return soreness_text(
                self._regions.get(region, region), t.severity[line], t.resolved[line]
            )
        texts = self._session_texts(row, line)
        return texts[0] if texts else "…"

    def _session_texts(self, row: int, line: int) -> tuple[str, str] | None:
        t = self._timeline
        assert t is not None
        session_id = t.ids[line]
        found = self._source.session_text(session_id)
        if found is None:
            ahead = self._rows[row : row + _READ_AHEAD]
            self._source.read_session_texts(
                [session_id] + [t.ids[r] for r in ahead if t.kind[r] == KIND_CORE]
            )
            found = self._source.session_text(session_id)
        return found

    def _tooltip(self, row: int, line: int) -> str:
        t = self._timeline
        assert t is not None
        kind = t.kind[line]
        lines = [
            History.tr("{kind}, {when}").format(
                kind=kind_name(kind), when=when_text(local_datetime(t.local_s[line]))
            )
        ]
        if kind == KIND_CORE:
            texts = self._session_texts(row, line)
            if texts and texts[1]:
                lines.append(texts[1])
        else:
            lines.append(self._what(row, line))
        if t.notes[line]:
            lines += ["", t.notes[line]]
        return "\n".join(lines)
