"""The Recovery page: log soreness on the body map and get guidance from the documents.

Left: the body map with the list of regions beside it, then the open entries (with
today's advice) and the history of the chosen region. Right: the soreness form, the
guidance for the entry in view, or a short how-to when nothing is chosen yet. When the
window is too narrow for both columns, the right one goes below the left and the page
scrolls down to it when it changes.

Every change (log, edit, follow-up, resolve, reopen, delete) goes through the undo stack
and is announced on the data bus; the page refreshes whenever soreness, runs or core
sessions change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.formatting import count_text
from corelog.domain.timeutil import from_utc_and_offset
from corelog.domain.validation import Invalid
from corelog.services import recovery
from corelog.services.knowledge import citation, knowledge
from corelog.services.recovery import FollowUpForm, LinkError
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.recovery.body_map import BodyMap
from corelog.ui.recovery.entries import OpenEntriesModel, RegionHistoryModel, describe_open
from corelog.ui.recovery.form import SorenessFormWidget
from corelog.ui.recovery.guidance_panel import GuidancePanel
from corelog.ui.recovery.words import TREND_SHORT
from corelog.ui.theme import colors
from corelog.ui.undo import push_change
from corelog.ui.widgets import Card, muted, named, page_title, show_error

INTRO, FORM, GUIDANCE = range(3)
STATUS_MS = 6000
STACKED_DETAIL_HEIGHT = 440
"""The least height the form or guidance gets below the body map in a narrow window."""


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _table(object_name: str, header_name: str, accessible: str) -> QTreeView:
    """A flat list of entries in columns (one header, no grid)."""
    view = named(QTreeView(), object_name, accessible)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setStyleSheet(f"QTreeView#{object_name}::item {{ padding: 3px 2px; }}")
    header = named(view.header(), header_name, f"{accessible}: columns")
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setSectionsMovable(False)
    return view


def _stretch_first_column(view: QTreeView) -> None:
    """The first column takes the room left, so no column hides behind a scroll bar."""
    view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class RecoveryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "recoveryPage", "Recovery")
        self.region_names = recovery.region_names()
        self._region: str | None = None
        self._shown_entry: int | None = None
        self._reveal: int | None = None
        self._syncing = False

        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(page_title("Recovery"))
        header.addStretch(1)
        self.new_button = named(
            QPushButton("Log soreness…"), "recoveryNewEntry", "Log soreness",
            "Log where it is sore and get guidance (Ctrl+Shift+S)",
        )
        self.new_button.clicked.connect(self.new_entry)
        header.addWidget(self.new_button)
        outer.addLayout(header)

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
        self.scroll = QScrollArea()
        self.scroll.setObjectName("recoveryScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
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
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)

        where = Card("Where is it sore?")
        row = QHBoxLayout()
        row.setSpacing(8)
        self.body_map = named(BodyMap(self.region_names), "recoveryBodyMap", "Body map")
        self.body_map.sig_region_chosen.connect(self._region_chosen)
        row.addWidget(self.body_map, 1)
        self.region_list = named(QListWidget(), "recoveryRegionList", "Body regions")
        for key, name in self.region_names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.region_list.addItem(item)
        metrics = self.region_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in self.region_names.values())
        self.region_list.setFixedWidth(widest + 34)
        self.region_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.region_list.setStyleSheet(
            "QListWidget#recoveryRegionList::item { padding: 3px 4px; }"
        )
        self.region_list.currentRowChanged.connect(self._region_row_changed)
        row.addWidget(self.region_list)
        where.body.addLayout(row)
        legend = muted("The front view faces you: R and L are your right and left.")
        where.body.addWidget(legend)
        column.addWidget(where)

        self.tabs = named(QTabWidget(), "recoveryTabs", "Soreness entries")
        self.tabs.setDocumentMode(True)
        self.open_model = OpenEntriesModel(self)
        self.open_view = _table(
            "recoveryOpenEntries", "recoveryOpenEntriesHeader", "Open soreness entries"
        )
        self.open_view.setModel(self.open_model)
        _stretch_first_column(self.open_view)
        self.open_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.open_view.clicked.connect(lambda index: self._open_row(index.row()))
        self.open_empty = muted("No open soreness. Log it here when something hurts.")
        open_tab = QWidget()
        box = QVBoxLayout(open_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.open_empty)
        box.addWidget(self.open_view, 1)
        box.addStretch(0)
        self.tabs.addTab(open_tab, "Open")

        self.history_model = RegionHistoryModel(self)
        self.history_view = _table(
            "recoveryRegionHistory", "recoveryRegionHistoryHeader", "Past episodes of the region"
        )
        self.history_view.setModel(self.history_model)
        _stretch_first_column(self.history_view)
        self.history_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._history_row(current.row())
        )
        self.history_view.clicked.connect(lambda index: self._history_row(index.row()))
        self.history_title = muted("Pick a region to see its past episodes.")
        self.history_title.setObjectName("recoveryHistoryTitle")
        history_tab = QWidget()
        box = QVBoxLayout(history_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.history_title)
        box.addWidget(self.history_view)
        self.tabs.addTab(history_tab, "Region history")
        column.addWidget(self.tabs, 1)
        return left

    def _build_right(self) -> QWidget:
        self.detail = QStackedWidget()
        self.detail.setObjectName("recoveryDetail")
        self.detail.currentChanged.connect(lambda _index: self._fit_detail_height())

        intro = QWidget()
        box = QVBoxLayout(intro)
        box.setContentsMargins(0, 0, 4, 0)
        box.setSpacing(12)
        kb = knowledge()
        how = Card("Log soreness, get guidance")
        how.body.addWidget(
            QLabel(
                "1. Click where it is sore on the body map, or pick it from the list.<br>"
                "2. Say how bad it is, how it feels, when it began and which way it is going."
                "<br>3. Save: CoreLog says what it most likely is, what to do today, what "
                "relieves it and how to keep it away, each tip from its source documents."
            )
        )
        how.body.itemAt(how.body.count() - 1).widget().setWordWrap(True)
        box.addWidget(how)
        apart = Card("Telling soreness apart")
        self.telling_apart = QLabel()
        self.telling_apart.setObjectName("recoveryTellingApart")
        self.telling_apart.setWordWrap(True)
        self._fill_intro()
        apart.body.addWidget(self.telling_apart)
        box.addWidget(apart)
        notice = muted(kb.notice.text)
        notice.setObjectName("recoveryIntroNotice")
        box.addWidget(notice)
        box.addStretch(1)
        self.detail.addWidget(_scroll(intro))

        self.form = SorenessFormWidget(self.region_names)
        self.form.sig_save.connect(self.save)
        self.form.sig_cancel.connect(self.cancel_form)
        self.form.sig_noted_at_changed.connect(self._refresh_links)
        self.detail.addWidget(_scroll(self.form))
        self.detail.setMinimumWidth(max(440, self.form.minimumSizeHint().width() + 20))

        self.guidance = GuidancePanel()
        self.guidance.sig_follow_up.connect(self.record_follow_up)
        self.guidance.sig_resolve.connect(self.resolve)
        self.guidance.sig_reopen.connect(self.reopen)
        self.guidance.sig_edit.connect(self.edit_shown)
        self.guidance.sig_delete.connect(self.delete_shown)
        self.guidance_scroll = _scroll(self.guidance)
        self.detail.addWidget(self.guidance_scroll)
        return self.detail

    def _fill_intro(self) -> None:
        kb = knowledge()
        sources = citation(kb.telling_apart.sources)
        self.telling_apart.setText(
            f"{escape(kb.telling_apart.text)}<br>"
            f'<span style="color:{colors().muted}">{escape(sources)}</span>'
        )

    def _build_actions(self) -> None:
        specs: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("actionSorenessFollowUp", "How Is It Today?", "Ctrl+Shift+H", self.follow_up_shown),
            ("actionSorenessResolve", "Mark Soreness Resolved", "Ctrl+Shift+D", self.resolve),
            ("actionSorenessEdit", "Edit Soreness Entry", "F2", self.edit_shown),
            ("actionSorenessDelete", "Delete Soreness Entry", "Del", self.delete_shown),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            self.actions_by_name[name] = action

    def _set_tab_order(self) -> None:
        """Tab goes map, region list, then the form or the guidance, then the entry lists."""
        form = self.form
        chain: list[QWidget] = [
            self.new_button,
            self.body_map,
            self.region_list,
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
            self.tabs,
            self.open_view,
            self.history_view,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # As if the scroll bar showed, so that it coming and going does not flip the layout.
        self.fit_width(self.width() - self.scroll.verticalScrollBar().sizeHint().width())
        self._fit_detail_height()

    def fit_width(self, width: int) -> None:
        """The form or guidance beside the body map when both fit, else below it."""
        left = self.splitter.widget(0)
        margins = self.scroll.widget().layout().contentsMargins()
        needed = (
            margins.left()
            + margins.right()
            + left.minimumSizeHint().width()
            + self.splitter.handleWidth()
            + self.detail.minimumWidth()
        )
        orientation = Qt.Orientation.Horizontal if width >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self._fit_detail_height()
        if orientation == Qt.Orientation.Horizontal:
            left.setMinimumHeight(0)
            self.detail.setMinimumHeight(0)
            self.splitter.setSizes([460, 530])
        else:
            # The body map and the region list at full height; the page scrolls instead.
            left.setMinimumHeight(left.sizeHint().height())
            self.splitter.setSizes([left.sizeHint().height(), self.detail.minimumHeight()])

    def _fit_detail_height(self) -> None:
        """Below the body map, the form or guidance shows whole: the page scrolls, not it."""
        if not self.stacked():
            self.detail.setMinimumHeight(0)
            return
        shown = self.detail.currentWidget()
        content = shown.widget() if isinstance(shown, QScrollArea) else shown
        width = self.detail.width()
        layout = content.layout()
        if layout is not None:
            layout.invalidate()  # what was just filled in counts
        height = content.sizeHint().height()
        if content.hasHeightForWidth() and width > 0:
            height = max(height, content.heightForWidth(width))
        self.detail.setMinimumHeight(max(STACKED_DETAIL_HEIGHT, height))

    def stacked(self) -> bool:
        """Whether the form and guidance are below the body map (a narrow window)."""
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def _bring_detail_into_view(self) -> None:
        if self.stacked():
            bar = self.scroll.verticalScrollBar()
            bar.setValue(min(bar.maximum(), self.detail.mapTo(self.scroll.widget(),
                                                               self.detail.rect().topLeft()).y()))

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
            self.tabs.setTabText(0, f"Open ({len(open_items)})")
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

    def _follow_edited_entry(self) -> None:
        """The entry in the form may have changed elsewhere: untouched fields follow it."""
        entry_id = self.form.entry_id
        if entry_id is None or self._saving_edit:
            return
        entry = recovery.get_entry(self.ctx.store, entry_id)
        if entry is not None and self.form.follow(entry):
            self.ctx.show_status(
                "The soreness entry you are editing was changed meanwhile: the form shows it "
                "as it is now, with what you changed kept.",
                STATUS_MS,
            )

    def _alive(self, entry_id: int) -> bool:
        entry = recovery.get_entry(self.ctx.store, entry_id)
        return entry is not None and entry.deleted_at is None

    def _edited_entry_gone(self) -> None:
        """The entry in the form was deleted (elsewhere, or by undo): start afresh, say so."""
        if self._shown_entry == self.form.entry_id:
            self._shown_entry = None
        self.form.start_new(self._region)
        self._refresh_links()
        self._update_actions()
        self.ctx.show_status("The soreness entry you were editing was deleted.", STATUS_MS)

    def _refresh_history(self) -> None:
        if self._region is None:
            self.history_model.set_rows([])
            self.history_title.setText("Pick a region to see its past episodes.")
            return
        episodes = recovery.region_history(self.ctx.store, self._region)
        self.history_model.set_rows(episodes)
        name = self.region_names[self._region]
        count = len(episodes)
        self.history_title.setText(
            f"{name}: no episodes logged yet."
            if not count
            else f"{name}: {count_text(count, 'episode')}, newest first."
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
            self._fill_intro()
            self.refresh()
            self.body_map.update()

    def _update_actions(self) -> None:
        showing = self.detail.currentIndex() == GUIDANCE and self.guidance.guidance is not None
        is_open = showing and self.guidance.guidance.entry.is_open
        self.actions_by_name["actionSorenessFollowUp"].setEnabled(is_open)
        self.actions_by_name["actionSorenessResolve"].setEnabled(is_open)
        self.actions_by_name["actionSorenessEdit"].setEnabled(showing)
        self.actions_by_name["actionSorenessDelete"].setEnabled(showing)

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

    # ------------------------------------------------------------------ the form
    def new_entry(self) -> None:
        """Start logging soreness (Ctrl+Shift+S)."""
        self._start_form(self._region)
        if self._region is None:
            self.body_map.setFocus()
        else:
            self.form.severity.setFocus()

    def _start_form(self, region: str | None) -> None:
        for view in (self.open_view, self.history_view):
            view.selectionModel().clearSelection()
        self.form.start_new(region)
        self.detail.setCurrentIndex(FORM)
        self._refresh_links()
        self._update_actions()
        self._bring_detail_into_view()

    def edit_shown(self) -> None:
        if self._shown_entry is None or self.detail.currentIndex() != GUIDANCE:
            return
        entry = recovery.get_entry(self.ctx.store, self._shown_entry)
        if entry is None or entry.deleted_at is not None:
            return
        self._set_region(entry.region)
        self.form.start_edit(entry)
        self.detail.setCurrentIndex(FORM)
        self._refresh_links()
        self._update_actions()
        self._bring_detail_into_view()
        self.form.severity.setFocus()

    def edit_entry(self, entry_id: int) -> bool:
        """Open a soreness entry in the form to change it (from History)."""
        entry = recovery.get_entry(self.ctx.store, entry_id)
        if entry is None or entry.deleted_at is not None:
            return False
        self.open_entry(entry_id)
        self.edit_shown()
        return True

    def cancel_form(self) -> None:
        self.form.clear_errors()
        if self._shown_entry is not None:
            self._show_guidance(self._shown_entry)
        else:
            self.detail.setCurrentIndex(INTRO)
        self._update_actions()

    def save(self) -> None:
        """Check the form; save it (undoable) and show the guidance, or show what is wrong."""
        store = self.ctx.store
        checked = recovery.check_entry(store, self.form.values())
        if isinstance(checked, Invalid):
            self.form.show_errors(checked.errors)
            return
        editing = self.form.entry_id
        try:
            if editing is None:
                entry_id = self._push_add(checked)
                message = "Soreness logged — Ctrl+Z to undo"
            elif not self._alive(editing):
                self._edited_entry_gone()
                return
            else:
                entry_id = editing
                stored = recovery.get_entry(store, editing)
                if stored is not None and self.form.follow(stored):
                    # A change elsewhere the form had not heard of: check what it shows now.
                    self._refresh_links()
                    checked = recovery.check_entry(store, self.form.values())
                    if isinstance(checked, Invalid):
                        self.form.show_errors(checked.errors)
                        return
                before = recovery.entry_values(store, editing)
                self._saving_edit = True  # its own change: the form need not follow it
                try:
                    push_change(
                        self.ctx,
                        "Edit soreness entry",
                        lambda: recovery.change_entry(store, editing, checked),
                        lambda: recovery.change_entry(store, editing, before, check_links=False),
                        bus.SORENESS,
                    )
                finally:
                    self._saving_edit = False
                message = "Soreness entry saved — Ctrl+Z to undo"
        except LinkError as error:
            self._refresh_links()
            self.form.show_errors({"link": str(error)})
            return
        except LookupError:  # deleted between the check above and the write
            self._edited_entry_gone()
            return
        self.ctx.show_status(message, STATUS_MS)
        self.open_entry(entry_id)

    def _push_add(self, values: recovery.SorenessValues) -> int:
        store = self.ctx.store
        state: dict[str, int | None] = {"id": None}

        def do() -> int:
            if state["id"] is None:
                state["id"] = recovery.add_entry(store, values)
            else:
                recovery.restore_entry(store, state["id"])
                self._reveal = state["id"]
            return state["id"]

        def undo() -> None:
            assert state["id"] is not None
            recovery.delete_entry(store, state["id"])

        return push_change(self.ctx, "Log soreness", do, undo, bus.SORENESS)

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

    def _open_row(self, row: int) -> None:
        if self._syncing or not 0 <= row < self.open_model.rowCount():
            return
        entry_id = self.open_model.record(row).entry.id
        if entry_id != self._shown_entry or self.detail.currentIndex() != GUIDANCE:
            self.open_entry(entry_id)

    def _history_row(self, row: int) -> None:
        if self._syncing or not 0 <= row < self.history_model.rowCount():
            return
        entry_id = self.history_model.record(row).entry.id
        if entry_id != self._shown_entry or self.detail.currentIndex() != GUIDANCE:
            self.open_entry(entry_id)

    def shown_entry(self) -> int | None:
        return self._shown_entry if self.detail.currentIndex() == GUIDANCE else None

    # ------------------------------------------------------------------ follow-up
    def follow_up_shown(self) -> None:
        """Open "How is it today?" for the entry in view."""
        if self.shown_entry() is not None:
            self.guidance.open_follow_up()

    def record_follow_up(self, trend: str) -> None:
        entry_id = self.shown_entry()
        if entry_id is None:
            return
        store = self.ctx.store
        panel = self.guidance.follow_up
        checked = recovery.check_follow_up(
            store,
            entry_id,
            FollowUpForm(
                severity=panel.severity.value(),
                trend=trend,
                swelling=panel.swelling.isChecked(),
                notes=panel.notes.text(),
            ),
        )
        if isinstance(checked, Invalid):
            show_error(panel.error, " ".join(checked.errors.values()))
            return
        state: dict[str, Any] = {"id": None, "uuid": None}

        def do() -> None:
            state["id"] = recovery.add_follow_up(store, entry_id, checked, uuid=state["uuid"])
            state["uuid"] = recovery.follow_up_uuid(store, entry_id, state["id"])

        def undo() -> None:
            recovery.remove_follow_up(store, state["id"])

        self.guidance.follow_up.hide()
        push_change(self.ctx, "Record how it is today", do, undo, bus.SORENESS)
        self.ctx.show_status(
            f"Noted: {checked.severity}/10, {TREND_SHORT[trend]} — Ctrl+Z to undo", STATUS_MS
        )

    # ------------------------------------------------------------------ resolve / delete
    def resolve(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None or self.guidance.guidance is None:
            return
        if not self.guidance.guidance.entry.is_open:
            return
        store = self.ctx.store
        push_change(
            self.ctx,
            "Mark soreness resolved",
            lambda: recovery.resolve_entry(store, entry_id),
            lambda: recovery.reopen_entry(store, entry_id),
            bus.SORENESS,
        )
        self.ctx.show_status("Marked resolved — Ctrl+Z to undo", STATUS_MS)

    def reopen(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None or self.guidance.guidance is None:
            return
        entry = self.guidance.guidance.entry
        if entry.resolved_at is None:
            return
        resolved: datetime = from_utc_and_offset(entry.resolved_at, entry.utc_offset_min)
        store = self.ctx.store
        push_change(
            self.ctx,
            "Reopen soreness entry",
            lambda: recovery.reopen_entry(store, entry_id),
            lambda: recovery.resolve_entry(store, entry_id, at=resolved),
            bus.SORENESS,
        )
        self.ctx.show_status("Reopened — Ctrl+Z to undo", STATUS_MS)

    def delete_shown(self) -> None:
        entry_id = self.shown_entry()
        if entry_id is None:
            return
        store = self.ctx.store
        push_change(
            self.ctx,
            "Delete soreness entry",
            lambda: recovery.delete_entry(store, entry_id),
            lambda: self._restore(entry_id),
            bus.SORENESS,
        )
        self.ctx.show_status("Soreness entry deleted — Ctrl+Z to undo", STATUS_MS)

    def _restore(self, entry_id: int) -> None:
        recovery.restore_entry(self.ctx.store, entry_id)
        self._reveal = entry_id
