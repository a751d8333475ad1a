"""The timeline tab: every entry newest first, with filters, a notes search and sorting.

Enter or a double-click opens the entry to edit it (on the Log or Recovery page);
Delete removes it and Ctrl+Z brings it back. The filters, the sort and the place in the
list stay as they are while the user is on other pages, and when entries change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from corelog.domain.i18n import History, integer
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.domain.timeutil import local_now
from corelog.services.history_timeline import TimelineFilter, filter_rows
from corelog.ui.history.timeline_layout import TimelineTabLayout, nothing_yet
from corelog.ui.widgets import named

SEARCH_DELAY_MS = 150
"""Typing pauses this long before the search runs (each search itself takes milliseconds)."""


@dataclass(frozen=True)
class _Place:
    chosen: tuple[int, int] | None
    chosen_row: int
    top: tuple[int, int] | None
    scroll: int


class TimelineTab(TimelineTabLayout):
    """Filters above the list of entries; Open and Delete below it."""

    sig_delete_entry = Signal(int, int)
    """The user deletes an entry: (kind, id)."""
    sig_run_page = Signal(int)
    """The user wants a run's own page: the run's id."""

    def _build_tab(self) -> None:
        named(self, "historyTimelineTab", History.tr("Timeline"))
        self._applying = False
        self._filled_for = -1

        self._build()
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.dateChanged.connect(self._from_chosen)
        self.date_to.dateChanged.connect(self._to_chosen)
        self.run_type.currentIndexChanged.connect(lambda _i: self._narrowed(self.run_type))
        self.exercise.currentIndexChanged.connect(lambda _i: self._narrowed(self.exercise))
        self.region.currentIndexChanged.connect(lambda _i: self._narrowed(self.region))
        self.clear_button.clicked.connect(self.clear_filters)
        self.open_button.clicked.connect(self.open_selected)
        self.run_page_button.clicked.connect(self.open_run_page)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.sig_open_requested.connect(self.open_selected)
        self.table.sig_delete_requested.connect(self.delete_selected)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # ------------------------------------------------------------------ the filter
    def current_filter(self) -> TimelineFilter:
        period = self.period.currentData()
        custom_from = custom_to = None
        if period == "custom":
            custom_from = self.date_from.date().toPython()
            custom_to = self.date_to.date().toPython()
        return TimelineFilter(
            kind=self.kind.currentData(),
            period=period,
            custom_from=custom_from,
            custom_to=custom_to,
            run_type=self.run_type.currentData(),
            exercise_id=self.exercise.currentData(),
            region=self.region.currentData(),
            text=self.search.text(),
        )

    def apply_filter(self, *, keep_place: bool = False) -> None:
        """List the entries the filter keeps (at once; typing waits a little first)."""
        self._list(self._place(), keep_place=keep_place)

    def _place(self) -> _Place:
        """Where the user is in the list: the chosen entry, the top one, the scroll."""
        return _Place(
            chosen=self.chosen_entry(),
            chosen_row=self.table.currentIndex().row(),
            top=self._top_entry(),
            scroll=self.table.verticalScrollBar().value(),
        )

    def _list(self, place: _Place, *, keep_place: bool) -> None:
        self._search_timer.stop()
        timeline = self.model.timeline  # the rows listed are rows of this reading
        if timeline is None:
            return
        flt = self.current_filter()
        sessions = (
            self.source.exercise_sessions(flt.exercise_id)
            if flt.exercise_id is not None
            else frozenset()
        )
        rows = filter_rows(
            timeline,
            flt,
            self.model.ordered_rows(),
            today=local_now().date(),
            first_weekday=self.ctx.settings.week_start,
            exercise_sessions=sessions,
        )
        self.model.show(rows)
        self._show_count(len(rows), len(timeline))
        self.clear_button.setEnabled(not flt.is_default)
        self.stack.show_table(bool(rows))
        self.empty.setText(
            nothing_yet() if not len(timeline) else History.tr("No entries match these filters.")
        )
        # Keep the chosen entry, or (when it is gone) the place it was at.
        row = self.model.row_of(*place.chosen) if place.chosen is not None else None
        if row is None and keep_place and place.chosen is not None and rows:
            row = min(max(place.chosen_row, 0), len(rows) - 1)
        if row is not None:
            self.select_row(row, scroll=not keep_place)
        if keep_place:
            top_row = self.model.row_of(*place.top) if place.top is not None else None
            if top_row is not None:
                self.table.scrollTo(
                    self.model.index(top_row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )
            else:
                self.table.verticalScrollBar().setValue(place.scroll)
        elif row is None:
            self.table.scrollToTop()
        self._update_buttons()

    def _show_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count.setText(History.tr("%Ln entries", "", total))
        else:
            self.count.setText(
                History.tr("{shown} of %Ln entries", "", total).format(shown=integer(shown))
            )

    def _search_now(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            if self.table.currentIndex().row() < 0:
                self.select_row(0)
            self.table.setFocus()

    def _kind_chosen(self, _index: int) -> None:
        if self._applying:
            return
        kind = self.kind.currentData()
        self._applying = True
        try:
            for combo, own in (
                (self.run_type, KIND_RUN),
                (self.exercise, KIND_CORE),
                (self.region, KIND_SORENESS),
            ):
                if kind != own:
                    combo.setCurrentIndex(0)
        finally:
            self._applying = False
        self.apply_filter()

    def _narrowed(self, combo: QComboBox) -> None:
        """A run type, exercise or region was chosen: list that kind only."""
        if self._applying:
            return
        kind = {self.run_type: KIND_RUN, self.exercise: KIND_CORE, self.region: KIND_SORENESS}[
            combo
        ]
        self._applying = True
        try:
            if combo.currentData() is not None:
                self.kind.setCurrentIndex(self.kind.findData(kind))
                for other in (self.run_type, self.exercise, self.region):
                    if other is not combo:
                        other.setCurrentIndex(0)
        finally:
            self._applying = False
        self.apply_filter()

    def _period_chosen(self, _index: int) -> None:
        self.dates.setVisible(self.period.currentData() == "custom")
        if not self._applying:
            self.apply_filter()

    def _from_chosen(self, day: QDate) -> None:
        if day > self.date_to.date():
            self.date_to.setDate(day)  # the range never runs backwards
        if not self._applying:
            self.apply_filter()

    def _to_chosen(self, day: QDate) -> None:
        if day < self.date_from.date():
            self.date_from.setDate(day)
        if not self._applying:
            self.apply_filter()

    def clear_filters(self) -> None:
        self._applying = True
        try:
            for combo in (self.kind, self.period, self.run_type, self.exercise, self.region):
                combo.setCurrentIndex(0)
            self.search.clear()
        finally:
            self._applying = False
        self.apply_filter()

    def show_day(self, day: date) -> None:
        """List every entry of one day (from the calendar)."""
        self._applying = True
        try:
            for combo in (self.kind, self.run_type, self.exercise, self.region):
                combo.setCurrentIndex(0)
            self.search.clear()
            self.date_from.setDate(QDate(day.year, day.month, day.day))
            self.date_to.setDate(QDate(day.year, day.month, day.day))
            self.period.setCurrentIndex(self.period.findData("custom"))
        finally:
            self._applying = False
        self.apply_filter()
        if self.model.rowCount():
            self.select_row(0)
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            self.apply_filter()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        """The timeline was read again: list it with the same filter, sort and place."""
        place = self._place()  # read from the old timeline, before it is replaced
        timeline = self.source.timeline()
        first_time = self.model.timeline is None
        if self._filled_for != self.source.version:
            self._fill_choices()
            self._filled_for = self.source.version
        self.model.set_timeline(timeline)
        self._list(place, keep_place=not first_time)

    def _fill_choices(self) -> None:
        """The exercises and regions the filters offer: those in the history."""
        timeline = self.source.timeline()
        self._applying = True
        try:
            chosen = self.exercise.currentData()
            self.exercise.clear()
            self.exercise.addItem(History.tr("Any exercise"), None)
            for exercise in self.source.exercises():
                self.exercise.addItem(exercise.name, exercise.id)
            self.exercise.setCurrentIndex(max(0, self.exercise.findData(chosen)))
            chosen = self.region.currentData()
            used = {timeline.region[row] for row in timeline.rows_of_kind(KIND_SORENESS)}
            self.region.clear()
            self.region.addItem(History.tr("Any region"), None)
            for key, name in self.region_names.items():
                if key in used or key == chosen:
                    self.region.addItem(name, key)
            self.region.setCurrentIndex(max(0, self.region.findData(chosen)))
        finally:
            self._applying = False

    def refresh_display(self) -> None:
        self.model.refresh_display()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        # The model re-sorted the listed rows itself (the view called sort()); keep the
        # chosen entry in sight.
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

    # ------------------------------------------------------------------ the chosen entry
    def chosen_entry(self) -> tuple[int, int] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.model.timeline is None:
            return None
        row = rows[0].row()
        return self.model.entry(row) if 0 <= row < self.model.rowCount() else None

    def select_entry(self, kind: int, entry_id: int) -> bool:
        row = self.model.row_of(kind, entry_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int, *, scroll: bool = True) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index)

    def _top_entry(self) -> tuple[int, int] | None:
        row = self.table.rowAt(0)
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.entry(row)

    def _update_buttons(self) -> None:
        entry = self.chosen_entry()
        has = entry is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.run_page_button.setEnabled(entry is not None and entry[0] == KIND_RUN)

    def open_run_page(self) -> None:
        entry = self.chosen_entry()
        if entry is not None and entry[0] == KIND_RUN:
            self.sig_run_page.emit(entry[1])

    def open_selected(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self.sig_open_entry.emit(*entry)

    def delete_selected(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self.sig_delete_entry.emit(*entry)
