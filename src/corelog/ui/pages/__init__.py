"""The pages of the main window, in sidebar order.

Each page is built on first use (the first page at start-up), so a page's imports
(charts, the timer, ...) cost nothing until the user goes there. A page is a QWidget
built from an ``AppContext``; it may define ``on_shown()`` (called each time it becomes
the current page) and pages can expose ``ActionSpec`` entries that the main window turns
into menu items with shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from PySide6.QtWidgets import QWidget

from corelog.domain.i18n import App
from corelog.ui.context import AppContext


@dataclass(frozen=True)
class ActionSpec:
    """A main action reachable from anywhere: switch to ``page_id`` and call ``method``."""

    action_id: str  # objectName of the QAction, listed in docs/ui.md
    text: str
    shortcut: str
    method: str
    menu: str = "Log"  # the menu's key (its objectName is "menu" + key); see menu_title


def menu_title(menu: str) -> str:
    """The title of a page action's menu, with its mnemonic."""
    match menu:
        case "Log":
            return App.tr("&Log", "menu")
        case "Timer":
            return App.tr("&Timer", "menu")
    return "&" + menu


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: str
    icon: str  # file name in resources/icons
    shortcut: str
    factory: Callable[[AppContext], QWidget]
    actions: tuple[ActionSpec, ...] = field(default=())


def built_on_first_use(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A factory of the widget class ``name`` of ``module``, imported when first built."""

    def build(ctx: AppContext) -> QWidget:
        return getattr(import_module(module), name)(ctx)

    return build


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "today",
            App.tr("Today"),
            "today.svg",
            "Ctrl+1",
            built_on_first_use("corelog.ui.today.page", "TodayPage"),
        ),
        PageSpec(
            "log",
            App.tr("Log", "page"),
            "log.svg",
            "Ctrl+2",
            built_on_first_use("corelog.ui.pages.log_page", "LogPage"),
            actions=(
                ActionSpec("actionLogRun", App.tr("Log a &Run…"), "Ctrl+R", "new_run"),
                ActionSpec(
                    "actionLogCoreSession",
                    App.tr("Log a &Core Session…"),
                    "Ctrl+K",
                    "new_core_session",
                ),
            ),
        ),
        PageSpec(
            "timer",
            App.tr("Plank timer"),
            "timer.svg",
            "Ctrl+3",
            built_on_first_use("corelog.ui.timer.page", "TimerPage"),
            actions=(
                ActionSpec(
                    "actionStartTimer",
                    App.tr("Start the Plank &Timer"),
                    "Ctrl+T",
                    "start_or_open",
                    menu="Timer",
                ),
            ),
        ),
        PageSpec(
            "recovery",
            App.tr("Recovery"),
            "recovery.svg",
            "Ctrl+4",
            built_on_first_use("corelog.ui.recovery.page", "RecoveryPage"),
            (
                ActionSpec(
                    "actionLogSoreness", App.tr("Log &Soreness…"), "Ctrl+Shift+S", "new_entry"
                ),
            ),
        ),
        PageSpec(
            "history",
            App.tr("History"),
            "history.svg",
            "Ctrl+5",
            built_on_first_use("corelog.ui.history.page", "HistoryPage"),
        ),
        PageSpec(
            "settings",
            App.tr("Settings"),
            "settings.svg",
            "Ctrl+,",
            built_on_first_use("corelog.ui.pages.settings_page", "SettingsPage"),
        ),
    ]
