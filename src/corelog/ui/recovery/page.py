"""The Recovery page: log soreness on the body map and get guidance from the documents.

Left: the body map with the list of regions beside it, then the open entries (with
today's advice) and the history of the chosen region (:mod:`columns`). Right: the
soreness form, the guidance for the entry in view, or a short how-to when nothing is
chosen yet. When the window is too narrow for both columns, the right one goes below the
left and the page scrolls down to it when it changes.

Every change (log, edit, follow-up, resolve, reopen, delete) goes through the undo stack
and is announced on the data bus (:mod:`editing`); the page refreshes whenever soreness,
runs or core sessions change.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Recovery, integer
from corelog.services import recovery
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.layouts import titled_page
from corelog.ui.recovery.columns import EntriesColumn, IntroView
from corelog.ui.recovery.editing import FORM, GUIDANCE, INTRO, STATUS_MS, EntryEditing
from corelog.ui.recovery.entries import OpenEntriesModel, RegionHistoryModel, describe_open
from corelog.ui.recovery.form import SorenessFormWidget
from corelog.ui.recovery.guidance_panel import GuidancePanel
from corelog.ui.recovery.stacking import StackingColumns
from corelog.ui.widgets import named, scrolled

__all__ = ["FORM", "GUIDANCE", "INTRO", "STATUS_MS", "RecoveryPage"]



def _column(widget: QWidget) -> QScrollArea:
    """One view of the right column, scrolling down on its own, named for screen readers."""
    return scrolled(
        widget, widget.accessibleName() or Recovery.tr("How to log soreness"), sideways=False
    )

class RecoveryPage(EntryEditing, StackingColumns, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "recoveryPage", Recovery.tr("Recovery"))
        self.region_names = recovery.region_names()
        self._region: str | None = None
        self._shown_entry: int | None = None
        self._reveal: int | None = None
        self._syncing = False

        content = QWidget()
        outer, header = titled_page(content, Recovery.tr("Recovery"), spacing=10)
        self.new_button = named(
            QPushButton(Recovery.tr("Log soreness…")), "recoveryNewEntry",
            Recovery.tr("Log soreness"),
            Recovery.tr("Log where it is sore and get guidance (Ctrl+Shift+S)"),
        )
        self.new_button.clicked.connect(self.new_entry)
        header.addWidget(self.new_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("recoverySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 530])
        outer.addWidget(self.splitter, 1)
        # In a small window the page scrolls down instead of forcing the window to grow;
        # it never scrolls sideways (the columns stack instead, see fit_width).
        self.scroll = scrolled(content, Recovery.tr("Recovery page"), sideways=False)
        self.scroll.setObjectName("recoveryScroll")
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.scroll)

        self._build_actions()
        self._set_tab_order()
        self._saving_edit = False
        ctx.bus.sig_changed.connect(self._on_data_changed)
        ctx.settings.sig_changed.connect(self._on_setting_changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_left(self) -> QWidget:
        left = EntriesColumn(self.region_names)
        self.body_map, self.region_list, self.tabs = left.body_map, left.region_list, left.tabs
        self.open_model, self.open_view = left.open_model, left.open_view
        self.open_empty = left.open_empty
        self.history_model, self.history_view = left.history_model, left.history_view
        self.history_title = left.history_title
        self.body_map.sig_region_chosen.connect(self._region_chosen)
        self.region_list.currentRowChanged.connect(self._region_row_changed)
        # Enter on the chosen region (map or list): on to the form's severity.
        self.body_map.sig_region_confirmed.connect(lambda _region: self._to_form())
        self.region_list.itemActivated.connect(lambda _item: self._to_form())
        for view, model in (
            (self.open_view, self.open_model),
            (self.history_view, self.history_model),
        ):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, model=model: self._row_picked(model, current.row())
            )
            view.clicked.connect(lambda index, model=model: self._row_picked(model, index.row()))
        return left

    def _build_right(self) -> QWidget:
        self.detail = QStackedWidget()
        self.detail.setObjectName("recoveryDetail")
        self.detail.currentChanged.connect(lambda _index: self._fit_detail_height())
        self.intro = IntroView()
        self.detail.addWidget(_column(self.intro))

        self.form = SorenessFormWidget(self.region_names)
        self.form.sig_save.connect(self.save)
        self.form.sig_cancel.connect(self.cancel_form)
        self.form.sig_noted_at_changed.connect(self._refresh_links)
        self.detail.addWidget(_column(self.form))
        self.detail.setMinimumWidth(max(440, self.form.minimumSizeHint().width() + 20))

        self.guidance = GuidancePanel()
        self.guidance.sig_follow_up.connect(self.record_follow_up)
        self.guidance.sig_resolve.connect(self.resolve)
        self.guidance.sig_reopen.connect(self.reopen)
        self.guidance.sig_edit.connect(self.edit_shown)
        self.guidance.sig_delete.connect(self.delete_shown)
        self.guidance_scroll = _column(self.guidance)
        self.detail.addWidget(self.guidance_scroll)
        return self.detail

    def _set_tab_order(self) -> None:
        """Tab goes map, region list, the form, the entry lists, then the guidance: a
        region chosen on the map opens the form next, an entry chosen in a list shows its
        guidance next."""
        form = self.form
        chain: list[QWidget] = [
            self.new_button,
            self.body_map,
            self.region_list,
            self.intro.apart.toggle,
            form.noted_at,
            *form.band_buttons.values(),
            form.severity,
            *form.feel.values(),
            *form.onset.values(),
            *form.trend.values(),
            form.swelling,
            form.days_lasted,
            form.link,
            form.notes,
            form.cancel_button,
            form.save_button,
            self.tabs,
            self.open_view,
            self.history_view,
            self.guidance.follow_up_button,
            self.guidance.resolve_button,
            self.guidance.reopen_button,
            self.guidance.edit_button,
            self.guidance.delete_button,
            self.guidance.follow_up.severity,
            self.guidance.follow_up.swelling,
            self.guidance.follow_up.notes,
            *self.guidance.follow_up.buttons.values(),
            self.guidance.follow_up.cancel,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ refreshing
    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the open entries, the region's history and the entry in view."""
        if self._reveal is not None:
            # Undo or redo brought an entry back: show it.
            self._shown_entry, self._reveal = self._reveal, None
            if self.detail.currentIndex() != FORM:
                self.detail.setCurrentIndex(GUIDANCE)
        open_items = recovery.open_entries_with_advice(self.ctx.store)
        self._syncing = True
        try:
            self.open_model.set_rows(open_items)
            self.tabs.setTabText(
                0, Recovery.tr("Open ({count})").format(count=integer(len(open_items)))
            )
            self.tabs.setTabToolTip(0, describe_open(open_items))
            self.open_empty.setVisible(not open_items)
            self.open_view.setVisible(bool(open_items))
            self.body_map.set_marked(item.entry.region for item in open_items)
            self._refresh_history()
            self._select_rows()
        finally:
            self._syncing = False
        if self.detail.currentIndex() == GUIDANCE:
            entry = (
                recovery.get_entry(self.ctx.store, self._shown_entry)
                if self._shown_entry is not None
                else None
            )
            if entry is None or entry.deleted_at is not None:
                self._shown_entry = None
                self.guidance.clear()
                self.detail.setCurrentIndex(INTRO)
            else:
                self._show_guidance(entry.id)
        elif self.detail.currentIndex() == FORM:
            if self.form.entry_id is not None and not self._alive(self.form.entry_id):
                self._edited_entry_gone()
            else:
                self._follow_edited_entry()
                self._refresh_links()
        self._update_actions()

    def _refresh_history(self) -> None:
        if self._region is None:
            self.history_model.set_rows([])
            self.history_title.setText(Recovery.tr("Pick a region to see its past episodes."))
            return
        episodes = recovery.region_history(self.ctx.store, self._region)
        self.history_model.set_rows(episodes)
        name = self.region_names[self._region]
        count = len(episodes)
        self.history_title.setText(
            Recovery.tr("{region}: no episodes logged yet.").format(region=name)
            if not count
            else Recovery.tr("{region}: %Ln episodes, newest first.", "", count).format(
                region=name
            )
        )

    def _select_rows(self) -> None:
        for view, model in (
            (self.open_view, self.open_model),
            (self.history_view, self.history_model),
        ):
            row = model.row_of(self._shown_entry) if self._shown_entry is not None else -1
            selection = view.selectionModel()
            if row < 0:
                selection.clearSelection()
                continue
            selection.setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _refresh_links(self) -> None:
        at = self.form.noted_at_value()
        current = None
        if self.form.entry_id is not None:
            entry = recovery.get_entry(self.ctx.store, self.form.entry_id)
            current = recovery.entry_link(entry) if entry is not None else None
        self.form.set_link_choices(
            recovery.link_choices(self.ctx.store, at, current),
            proposal=recovery.propose_link(self.ctx.store, at),
            unit=self.ctx.settings.unit,
        )

    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, bus.SORENESS, bus.RUNS, bus.CORE):
            self.refresh()

    def _on_setting_changed(self, key: str) -> None:
        if key in ("units/distance", "appearance/theme"):
            self.intro.fill()
            self.refresh()
            self.body_map.update()

    # ------------------------------------------------------------------ regions
    def current_region(self) -> str | None:
        return self._region

    def _region_row_changed(self, row: int) -> None:
        if self._syncing or row < 0:
            return
        self._region_chosen(self.region_list.item(row).data(Qt.ItemDataRole.UserRole))

    def _set_region(self, region: str | None) -> None:
        self._region = region
        self._syncing = True
        try:
            self.body_map.set_region(region)
            row = list(self.region_names).index(region) if region is not None else -1
            self.region_list.setCurrentRow(row)
        finally:
            self._syncing = False
        self._refresh_history()

    def _region_chosen(self, region: str) -> None:
        """The user picked a region on the map or in the list: log soreness there."""
        self._set_region(region)
        if self.detail.currentIndex() == FORM:
            self.form.set_region(region)
        else:
            self._start_form(region)

    def _to_form(self) -> None:
        if self.detail.currentIndex() == FORM:
            self.form.severity.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------ guidance
    def open_entry(self, entry_id: int) -> None:
        """Show the guidance for an entry (the Today page can send the user here)."""
        entry = recovery.get_entry(self.ctx.store, entry_id)
        if entry is None or entry.deleted_at is not None:
            return
        self._shown_entry = entry_id
        if entry.region != self._region:
            self._set_region(entry.region)
        self._show_guidance(entry_id)
        self._syncing = True
        try:
            self._select_rows()
        finally:
            self._syncing = False
        self._bring_detail_into_view()

    def _show_guidance(self, entry_id: int) -> None:
        guidance = recovery.build_guidance(self.ctx.store, entry_id)
        self.guidance.show_guidance(guidance, self.ctx.settings.unit)
        self._fit_detail_height()
        # Once the new guidance is laid out its height is exact: fit again then.
        QTimer.singleShot(0, self._fit_detail_height)
        self.detail.setCurrentIndex(GUIDANCE)
        self._update_actions()

    def _row_picked(self, model: OpenEntriesModel | RegionHistoryModel, row: int) -> None:
        """A row of the open entries or of the region's history: show its guidance."""
        if self._syncing or not 0 <= row < model.rowCount():
            return
        entry_id = model.record(row).entry.id
        if entry_id != self._shown_entry or self.detail.currentIndex() != GUIDANCE:
            self.open_entry(entry_id)

    def shown_entry(self) -> int | None:
        return self._shown_entry if self.detail.currentIndex() == GUIDANCE else None
