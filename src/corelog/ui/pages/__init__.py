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


def _today_page(ctx: AppContext) -> QWidget:
    from corelog.ui.today.page import TodayPage

    return TodayPage(ctx)


def _log_page(ctx: AppContext) -> QWidget:
    from corelog.ui.pages.log_page import LogPage

    return LogPage(ctx)


def _timer_page(ctx: AppContext) -> QWidget:
    from corelog.ui.timer.page import TimerPage

    return TimerPage(ctx)


def _recovery_page(ctx: AppContext) -> QWidget:
    from corelog.ui.recovery.page import RecoveryPage

    return RecoveryPage(ctx)


def _settings_page(ctx: AppContext) -> QWidget:
    from corelog.ui.pages.settings_page import SettingsPage

    return SettingsPage(ctx)


def _history_page(ctx: AppContext) -> QWidget:
    from corelog.ui.history.page import HistoryPage

    return HistoryPage(ctx)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("today", App.tr("Today"), "today.svg", "Ctrl+1", _today_page),
        PageSpec(
            "log",
            App.tr("Log", "page"),
            "log.svg",
            "Ctrl+2",
            _log_page,
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
            _timer_page,
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
            _recovery_page,
            (
                ActionSpec(
                    "actionLogSoreness", App.tr("Log &Soreness…"), "Ctrl+Shift+S", "new_entry"
                ),
            ),
        ),
        PageSpec("history", App.tr("History"), "history.svg", "Ctrl+5", _history_page),
        PageSpec("settings", App.tr("Settings"), "settings.svg", "Ctrl+,", _settings_page),
    ]
