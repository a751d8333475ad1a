"""The main window's menu bar: File, Edit, Go, the pages' own menus and Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from corelog import APP_NAME
from corelog.domain.i18n import App
from corelog.ui.activities.actions import ActivityImportActions
from corelog.ui.context import AppContext
from corelog.ui.exchange import ExchangeActions
from corelog.ui.pages import PageSpec, menu_title
from corelog.ui.widgets import HELP_TEXT


class MenuWindow(Protocol):
    """What the menu bar needs of the main window: what each menu item does."""

    ctx: AppContext
    specs: list[PageSpec]
    exchange: ExchangeActions
    activity_import: ActivityImportActions

    def menuBar(self) -> QMenuBar: ...

    def close(self) -> bool: ...

    def show_page(self, page_id: str) -> QWidget: ...

    def run_page_action(self, page_id: str, method: str) -> None: ...

    def backup_now(self) -> None: ...

    def restore_backup(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def show_about(self) -> None: ...


def add_action(
    window: MenuWindow,
    menu,
    object_name: str,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(object_name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MenuWindow) -> None:
    """The window's menu bar: File, Edit, Go, the pages' own menus and Help, in that order."""
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    _build_file_menu(window, bar)
    _build_edit_menu(window, bar)
    _build_go_menu(window, bar)
    _build_page_menus(window, bar)
    _build_help_menu(window, bar)


def _build_file_menu(window: MenuWindow, bar: QMenuBar) -> None:
    """The File menu: export and import, backups, and Quit."""
    file_menu = bar.addMenu(App.tr("&File"))
    file_menu.setObjectName("menuFile")
    _add_exchange_actions(window, file_menu)
    file_menu.addSeparator()
    _add_backup_actions(window, file_menu)
    file_menu.addSeparator()
    add_action(window, file_menu, "actionQuit", App.tr("&Quit"), window.close, "Ctrl+Q")


def _add_exchange_actions(window: MenuWindow, file_menu: QMenu) -> None:
    """File > Export…, Export Runs as CSV…, Import… and Import Activities…."""
    exchange = window.exchange
    exchange.actions = [
        add_action(
            window, file_menu, "actionExport", App.tr("&Export…"), exchange.export_json, "Ctrl+E"
        ),
        add_action(
            window,
            file_menu,
            "actionExportCsv",
            App.tr("Export Runs as &CSV…"),
            exchange.export_csv,
        ),
        add_action(
            window, file_menu, "actionImport", App.tr("&Import…"), exchange.import_json, "Ctrl+I"
        ),
    ]
    add_action(
        window,
        file_menu,
        "actionImportActivities",
        App.tr("Import &Activities…"),
        window.activity_import.open_dialog,
        "Ctrl+Shift+I",
    )


def _add_backup_actions(window: MenuWindow, file_menu: QMenu) -> None:
    """File > Back Up Now and Restore from Backup…."""
    add_action(
        window,
        file_menu,
        "actionBackupNow",
        App.tr("&Back Up Now"),
        window.backup_now,
        "Ctrl+Shift+B",
    )
    add_action(
        window,
        file_menu,
        "actionRestoreBackup",
        App.tr("&Restore from Backup…"),
        window.restore_backup,
    )


def _build_edit_menu(window: MenuWindow, bar: QMenuBar) -> None:
    """The Edit menu: Undo and Redo of the last change to the log."""
    edit_menu = bar.addMenu(App.tr("&Edit", "menu"))
    edit_menu.setObjectName("menuEdit")
    undo = window.ctx.undo_stack.createUndoAction(window, App.tr("&Undo"))
    undo.setObjectName("actionUndo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setProperty(HELP_TEXT, App.tr("Undo"))
    redo = window.ctx.undo_stack.createRedoAction(window, App.tr("&Redo"))
    redo.setObjectName("actionRedo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setProperty(HELP_TEXT, App.tr("Redo"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)


def _build_go_menu(window: MenuWindow, bar: QMenuBar) -> None:
    """The Go menu: one item per page, with the page's shortcut."""
    go_menu = bar.addMenu(App.tr("&Go"))
    go_menu.setObjectName("menuGo")
    for spec in window.specs:
        go = add_action(
            window,
            go_menu,
            f"actionGo{spec.page_id.title()}",
            spec.title,
            lambda pid=spec.page_id: window.show_page(pid),
            spec.shortcut,
        )
        go.setProperty(HELP_TEXT, App.tr("Go to {page}").format(page=spec.title))


def _build_page_menus(window: MenuWindow, bar: QMenuBar) -> None:
    """The pages' own menus (Log, Timer), each made when its first action comes up."""
    menus: dict[str, QMenu] = {}
    for spec in window.specs:
        for action_spec in spec.actions:
            menu = menus.get(action_spec.menu)
            if menu is None:
                menu = bar.addMenu(menu_title(action_spec.menu))
                menu.setObjectName("menu" + action_spec.menu.replace(" ", ""))
                menus[action_spec.menu] = menu
            add_action(
                window,
                menu,
                action_spec.action_id,
                action_spec.text,
                lambda pid=spec.page_id, m=action_spec.method: window.run_page_action(pid, m),
                action_spec.shortcut,
            )


def _build_help_menu(window: MenuWindow, bar: QMenuBar) -> None:
    """The Help menu: Keyboard Shortcuts and About CoreLog."""
    help_menu = bar.addMenu(App.tr("&Help"))
    help_menu.setObjectName("menuHelp")
    add_action(
        window,
        help_menu,
        "actionShortcuts",
        App.tr("&Keyboard Shortcuts"),
        window.show_shortcuts,
        "F1",
    )
    add_action(
        window,
        help_menu,
        "actionAbout",
        App.tr("&About {app}").format(app=APP_NAME),
        window.show_about,
    )
