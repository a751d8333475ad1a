"""CoreLog's main window: sidebar navigation, pages, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from corelog import APP_NAME
from corelog.domain.i18n import App
from corelog.resources import resource_path
from corelog.ui.activities.actions import ActivityImportActions, dropped_paths
from corelog.ui.background import BackgroundTask
from corelog.ui.backups import back_up_now, choose_and_restore, restore_from
from corelog.ui.context import AppContext
from corelog.ui.exchange import ExchangeActions
from corelog.ui.field_undo import install_field_undo
from corelog.ui.focus_ring import install_focus_ring
from corelog.ui.help_dialogs import shortcuts_dialog, show_about
from corelog.ui.menus import build_menus
from corelog.ui.pages import PageSpec, page_specs
from corelog.ui.theme import scaled, text_scale
from corelog.ui.widgets import HELP_TEXT

MINIMUM_WINDOW_SIZE = QSize(880, 600)
"""Every page is usable from this size up (tests/ui/test_layout_fits.py checks it)."""


def minimum_size() -> QSize:
    """The smallest the window may be: 880 × 600 at the usual text size, wider with larger
    text (1320 pixels at 150 %) so that nothing is cut off at the side, but never wider
    than the screen."""
    width = scaled(MINIMUM_WINDOW_SIZE.width())
    available = screen_width()
    if available is not None:
        width = min(width, max(MINIMUM_WINDOW_SIZE.width(), available))
    return QSize(width, MINIMUM_WINDOW_SIZE.height())


def screen_width() -> int | None:
    """The width of the screen the window opens on, without panels and docks."""
    screen = QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableSize().width()


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


class MainWindow(QMainWindow):
    sig_page_changed = Signal(str)
    """The current page changed; carries its page id."""

    def __init__(self, ctx: AppContext, specs: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.show_status = self.show_status
        self.specs = specs if specs is not None else page_specs()
        self._pages: dict[str, QWidget] = {}
        self._tasks: set[BackgroundTask] = set()
        self._set_up_window()
        self.nav = self._build_nav()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self._add_nav_items()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        self.setCentralWidget(self._build_central())
        self._build_status_bar()

        self.exchange = ExchangeActions(self, ctx)
        self.activity_import = ActivityImportActions(self, ctx)
        self.setAcceptDrops(True)  # activity files dropped anywhere on the window
        build_menus(self)
        install_field_undo()
        install_focus_ring()
        self._restore_geometry()
        if self.specs:
            self.nav.setCurrentRow(0)

    def _set_up_window(self) -> None:
        """The window's names, its title (naming the demo history), icon and smallest size."""
        self.setObjectName("mainWindow")
        self.setAccessibleName(App.tr("{app} main window").format(app=APP_NAME))
        title = App.tr("{app} — demo history").format(app=APP_NAME) if self.ctx.demo else APP_NAME
        self.setWindowTitle(title)
        self.setWindowIcon(icon("corelog.svg"))
        self.setMinimumSize(minimum_size())

    def _build_nav(self) -> QListWidget:
        """The sidebar of pages, still empty (_add_nav_items fills it)."""
        nav = QListWidget()
        nav.setObjectName("navSidebar")
        nav.setAccessibleName(App.tr("Pages"))
        nav.setIconSize(QSize(22, 22))
        nav.setFixedWidth(round(190 * text_scale()))  # wider with larger text
        nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return nav

    def _add_nav_items(self) -> None:
        """One sidebar entry per page: its icon and title, its shortcut in the tooltip."""
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.page_id)
            item.setToolTip(
                App.tr("{page} ({keys})").format(
                    page=spec.title,
                    keys=QKeySequence(spec.shortcut).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                )
            )
            self.nav.addItem(item)

    def _build_central(self) -> QWidget:
        """The sidebar on the left and the current page beside it."""
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        return central

    def _build_status_bar(self) -> None:
        """The status bar, with its busy indicator (hidden until work runs in the background)."""
        self.progress = QProgressBar()
        self.progress.setObjectName("statusProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.progress)

    # ----------------------------------------------------------------- pages
    def page(self, page_id: str) -> QWidget:
        """The page widget, built on first use."""
        if page_id not in self._pages:
            spec = next(s for s in self.specs if s.page_id == page_id)
            widget = spec.factory(self.ctx)
            self._pages[page_id] = widget
            self.stack.addWidget(widget)
        return self._pages[page_id]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_page_id(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_page(self, page_id: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.nav.setCurrentRow(row)
                break
        return self.page(page_id)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        page_id = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.page(page_id)
        self.stack.setCurrentWidget(widget)
        on_shown = getattr(widget, "on_shown", None)
        if callable(on_shown):
            on_shown()
        self.sig_page_changed.emit(page_id)

    def build_remaining_pages(self) -> None:
        """Build the pages not visited yet, one per event-loop turn (after start-up)."""
        pending = [s.page_id for s in self.specs if s.page_id not in self._pages]

        def next_one() -> None:
            if pending:
                self.page(pending.pop(0))
                QTimer.singleShot(0, next_one)

        QTimer.singleShot(0, next_one)

    # ----------------------------------------------------------------- menus
    def run_page_action(self, page_id: str, method: str) -> None:
        widget = self.show_page(page_id)
        getattr(widget, method)()

    @staticmethod
    def help_text(item: QAction | QShortcut) -> str:
        """How Help > Keyboard Shortcuts names an action (or a bare shortcut)."""
        if isinstance(item, QShortcut):
            return item.whatsThis()
        named = item.property(HELP_TEXT)
        if named:
            return str(named)
        return item.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")

    def _belongs_here(self, item: QObject) -> bool:
        """True for keys of this window (not of a dialog opened from it)."""
        owner = item.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return isinstance(owner, QWidget) and owner.window() is self

    def all_shortcuts(self) -> list[tuple[str, str]]:
        """Every key of the window as (what it does, its keys), read from the actions
        themselves, of every page (the pages not visited yet are built for it)."""
        for spec in self.specs:
            self.page(spec.page_id)
        native = QKeySequence.SequenceFormat.NativeText
        rows: set[tuple[str, str]] = set()
        for action in self.findChildren(QAction):
            text = self.help_text(action)
            if action.shortcuts() and text and self._belongs_here(action):
                rows.add((text, ", ".join(key.toString(native) for key in action.shortcuts())))
        for shortcut in self.findChildren(QShortcut):
            text = self.help_text(shortcut)
            if not shortcut.key().isEmpty() and text and self._belongs_here(shortcut):
                rows.add((text, shortcut.key().toString(native)))
        return sorted(rows, key=lambda row: (row[0].lower(), row[1]))

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts (F1)."""
        dialog = self.shortcuts_dialog()
        dialog.exec()
        dialog.deleteLater()

    def shortcuts_dialog(self) -> QDialog:
        return shortcuts_dialog(self, self.all_shortcuts())

    def show_about(self) -> None:
        show_about(self, self.ctx.store.path)

    # ------------------------------------------------------------- status bar
    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().insertPermanentWidget(0, widget)

    # ------------------------------------------------------------ background
    def run_in_background(
        self,
        label: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn`` off the GUI thread with a busy indicator in the status bar."""
        task = BackgroundTask(fn)
        self._tasks.add(task)
        self.progress.show()
        self.show_status(label, 0)

        def finish() -> None:
            self._tasks.discard(task)
            if not self._tasks:
                self.progress.hide()

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(message: str) -> None:
            finish()
            if on_error:
                on_error(message)
            else:
                self.show_status(
                    App.tr("{task} failed: {reason}").format(
                        task=label.rstrip("…. "), reason=message
                    ),
                    10000,
                )

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(task)

    def backup_now(self) -> None:
        back_up_now(self)

    def restore_backup(self) -> None:
        choose_and_restore(self)

    def restore_from(self, backup: Path, *, confirm: bool = True) -> None:
        restore_from(self, backup, confirm=confirm)

    # ---------------------------------------------------------------- window
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.activity_import.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self._pages.values():
            can_close = getattr(widget, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        self.ctx.settings.save_window_geometry(self.saveGeometry())
        if self.activity_import.dialog is not None:
            self.activity_import.dialog.stop()  # what is imported so far stays
        QThreadPool.globalInstance().waitForDone(10000)
        super().closeEvent(event)
