"""The History page: the timeline, the calendar, and the charts with their insights.

Built cheaply (start-up builds every page): the history is read the first time the page
is shown. While the user looks at the timeline, pyqtgraph is imported on a thread of its
own (imports only), and what the charts need is read, summed and built a small slice per
turn of the event loop, so the charts open at once and the page never stalls. Changes
made elsewhere are read again while the page is on screen, or the next time it is shown;
filters, sort order, the place in the list and the chosen chart range stay as they were.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from corelog.domain.i18n import Dates, History, date_text
from corelog.domain.timeline import KIND_CORE, KIND_RUN, KIND_SORENESS
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.history.calendar_tab import CalendarTab
from corelog.ui.history.source import HistorySource
from corelog.ui.history.timeline_tab import TimelineTab
from corelog.ui.history.words import KIND_DELETED, KIND_UNDO_TEXT, region_names
from corelog.ui.layouts import titled_page
from corelog.ui.undo import push_change
from corelog.ui.widgets import muted, named

if TYPE_CHECKING:
    from corelog.ui.history.charts_tab import ChartsTab

STATUS_MS = 6000
PREPARE_POLL_MS = 100
TIMELINE, CALENDAR, CHARTS = range(3)

_charts_import: Future | None = None


def preload_charts() -> None:
    """Import pyqtgraph, numpy and the charts' modules off the GUI thread, once.

    Only imports run there (nothing touches the store or creates Qt objects); the
    thread ends when they are done.
    """
    global _charts_import
    if _charts_import is None:
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="corelog-charts")
        _charts_import = worker.submit(_import_charts)
        worker.shutdown(wait=False)


def _import_charts() -> None:
    import pyqtgraph  # noqa: F401

    import corelog.services.history_review
    import corelog.ui.history.charts_tab  # noqa: F401


def charts_imported() -> bool:
    return _charts_import is not None and _charts_import.done()


def wait_for_charts() -> None:
    """Let the background import finish before the charts are built on the GUI thread."""
    if _charts_import is not None:
        _charts_import.exception()  # waits; an import error shows up again on the GUI thread


class HistoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "historyPage", History.tr("History"))
        self.source = HistorySource(ctx, self)
        self.region_names = region_names()
        self._refresh_pending = False
        self.charts_tab: ChartsTab | None = None

        layout, title = titled_page(self, History.tr("History"), spacing=4)
        self.subtitle = muted("", wrap=False)
        self.subtitle.setObjectName("historySubtitle")
        title.addWidget(self.subtitle)

        self.tabs = named(QTabWidget(), "historyTabs", History.tr("History views"))
        self.tabs.setDocumentMode(True)
        self.timeline = TimelineTab(ctx, self.source, self.region_names)
        self.calendar = CalendarTab(ctx, self.source, self.region_names)
        self._charts_holder = QWidget()
        self._charts_holder.setObjectName("historyChartsHolder")
        holder_layout = QVBoxLayout(self._charts_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.timeline, History.tr("Ti&meline"))  # Alt+T is the Timer menu
        self.tabs.addTab(self.calendar, History.tr("&Calendar"))
        self.tabs.addTab(self._charts_holder, History.tr("Chart&s"))
        self.tabs.setTabToolTip(
            TIMELINE, History.tr("Every entry, newest first, with filters (Alt+M)")
        )
        self.tabs.setTabToolTip(CALENDAR, History.tr("A month at a time (Alt+C)"))
        self.tabs.setTabToolTip(CHARTS, History.tr("Weekly charts and what they say (Alt+S)"))
        layout.addWidget(self.tabs, 1)

        self.timeline.sig_open_entry.connect(self.open_entry)
        self.timeline.sig_delete_entry.connect(self.delete_entry)
        self.timeline.sig_run_page.connect(self.open_run_page)
        self.calendar.sig_open_entry.connect(self.open_entry)
        self.calendar.sig_show_day.connect(self.show_day_in_timeline)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Anywhere in the window while this page shows (the sidebar included): a window
        # shortcut of a hidden page does not fire. An action, so Help lists it.
        self.find_action = QAction(History.tr("Search the history notes"), self)
        self.find_action.setObjectName("historyFindAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(lambda _checked=False: self.find())
        self.addAction(self.find_action)
        ctx.bus.sig_changed.connect(self._on_data_changed)
        ctx.settings.sig_changed.connect(self._on_setting_changed)

    # ------------------------------------------------------------------ showing
    def on_shown(self) -> None:
        """The page came on screen: read the history if it changed, refresh the tab."""
        self.refresh()
        preload_charts()
        QTimer.singleShot(0, self._prepare_charts)

    def _prepare_charts(self) -> None:
        """While the user looks at the timeline: read and sum what the charts need, a
        slice per turn of the event loop, then build the charts tab."""
        if not self.isVisible() or not self.source.loaded or self.source.stale:
            return  # again when the page is next shown, or the history read again
        if self.source.prepare_step():
            QTimer.singleShot(0, self._prepare_charts)
        elif not charts_imported():
            QTimer.singleShot(PREPARE_POLL_MS, self._prepare_charts)
        elif self.charts_tab is None:
            self._build_charts_tab(lazy=True)
            QTimer.singleShot(0, self._prepare_charts)
        elif self.charts_tab.build_next_chart():
            QTimer.singleShot(0, self._prepare_charts)

    def refresh(self) -> None:
        self._refresh_pending = False
        first_time = not self.source.loaded
        if first_time or self.source.stale:
            self.source.refresh()
            self._update_subtitle()
            self.timeline.refresh()
            self.calendar.refresh()
            if self.charts_tab is not None:
                self.charts_tab.mark_dirty()
            if not first_time:
                QTimer.singleShot(0, self._prepare_charts)
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        if self.tabs.currentIndex() == CHARTS:
            self.ensure_charts().refresh_if_dirty()

    def _tab_changed(self, index: int) -> None:
        if not self.source.loaded:
            return
        if index == CHARTS:
            self.ensure_charts().refresh_if_dirty()

    def ensure_charts(self) -> ChartsTab:
        """The charts tab, built (whatever is left of it) the first time it is needed."""
        if self.charts_tab is None:
            self._build_charts_tab(lazy=False)
        assert self.charts_tab is not None
        self.charts_tab.build_all_charts()
        return self.charts_tab

    def _build_charts_tab(self, *, lazy: bool) -> None:
        wait_for_charts()
        from corelog.ui.history.charts_tab import ChartsTab

        self.charts_tab = ChartsTab(self.ctx, self.source, lazy=lazy)
        self._charts_holder.layout().addWidget(self.charts_tab)

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        return self.tabs.currentWidget()

    def _update_subtitle(self) -> None:
        timeline = self.source.timeline()
        first = timeline.first_day()
        if first is None:
            self.subtitle.setText("")
            return
        self.subtitle.setText(
            History.tr("%Ln entries since {day}", "", len(timeline)).format(
                day=date_text(first, Dates.tr("d MMMM yyyy"))
            )
        )

    # ------------------------------------------------------------------ changes
    def _on_data_changed(self, kinds: set[str]) -> None:
        if not self.source.mark_stale(kinds):
            return
        if self.isVisible() and not self._refresh_pending:
            # Several announcements in a row (undo of a multi-kind change) read once.
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def _on_setting_changed(self, key: str) -> None:
        if key == "units/distance":
            self.timeline.refresh_display()
        if key == "calendar/week_start" and self.source.loaded:
            self.timeline.apply_filter(keep_place=True)  # "this week" moved
        if key.startswith("heart/") and self.charts_tab is not None:
            # The heart-rate load's resting and maximum heart rates changed.
            self.charts_tab.mark_dirty()
            if self.isVisible() and self.tabs.currentIndex() == CHARTS:
                self.charts_tab.refresh_if_dirty()
        if key in ("units/distance", "calendar/week_start", "appearance/theme"):
            if self.source.loaded:
                self.calendar.refresh()
                self.timeline.refresh_display()
            if self.charts_tab is not None:
                self.charts_tab.mark_dirty()
                if self.isVisible() and self.tabs.currentIndex() == CHARTS:
                    self.charts_tab.refresh_if_dirty()

    # ------------------------------------------------------------------ actions
    def find(self) -> None:
        """Ctrl+F: search the notes in the timeline."""
        self.tabs.setCurrentIndex(TIMELINE)
        self.timeline.focus_search()

    def show_day_in_timeline(self, day) -> None:
        self.tabs.setCurrentIndex(TIMELINE)
        self.timeline.show_day(day)

    def open_entry(self, kind: int, entry_id: int) -> bool:
        """Edit an entry on its own page (Log for runs and core sessions, else Recovery)."""
        show_page = getattr(self.window(), "show_page", None)
        if show_page is None:
            return False
        if kind == KIND_RUN:
            opened = show_page("log").edit_run(entry_id)
        elif kind == KIND_CORE:
            opened = show_page("log").edit_core_session(entry_id)
        else:
            opened = show_page("recovery").edit_entry(entry_id)
        if not opened:
            self.ctx.show_status(History.tr("That entry is no longer in your log."), STATUS_MS)
        return bool(opened)

    def open_run_page(self, run_id: int):
        """A run's own page, from the timeline (any run, however old)."""
        # Here, not at the top: the run page's charts import pyqtgraph, which waits until
        # a run page is first opened.
        from corelog.ui.log.run_page import RunPageDialog

        dialog = RunPageDialog(self.ctx, run_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def delete_entry(self, kind: int, entry_id: int) -> None:
        """Delete an entry; Edit > Undo (Ctrl+Z) brings the very same entry back."""
        from corelog.services import core as core_service
        from corelog.services import recovery
        from corelog.services import runs as run_service

        store = self.ctx.store
        if kind == KIND_RUN:
            push_change(
                self.ctx,
                History.marked(KIND_UNDO_TEXT[kind]),
                lambda: run_service.delete_runs(store, [entry_id]),
                lambda: run_service.restore_runs(store, [entry_id]),
                bus.RUNS,
                bus.SHOES,
            )
        elif kind == KIND_CORE:
            op = core_service.DeleteSession(store, entry_id)
            push_change(self.ctx, History.marked(KIND_UNDO_TEXT[kind]), op.do, op.undo, bus.CORE)
        elif kind == KIND_SORENESS:
            push_change(
                self.ctx,
                History.marked(KIND_UNDO_TEXT[kind]),
                lambda: recovery.delete_entry(store, entry_id),
                lambda: recovery.restore_entry(store, entry_id),
                bus.SORENESS,
            )
        self.ctx.show_status(
            History.tr("{deleted} — Ctrl+Z to undo").format(
                deleted=History.marked(KIND_DELETED[kind])
            ),
            STATUS_MS,
        )
        if self.isVisible():
            self.refresh()  # at once, so the list never shows the deleted entry
