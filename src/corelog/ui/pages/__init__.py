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

from corelog.ui.context import AppContext


@dataclass(frozen=True)
class ActionSpec:
    """A main action reachable from anywhere: switch to ``page_id`` and call ``method``."""

    action_id: str  # objectName of the QAction, listed in docs/ui.md
    text: str
    shortcut: str
    method: str
    menu: str = "Log"


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
        PageSpec("today", "Today", "today.svg", "Ctrl+1", _today_page),
        PageSpec(
            "log",
            "Log",
            "log.svg",
            "Ctrl+2",
            _log_page,
            actions=(
                ActionSpec("actionLogRun", "Log a &Run…", "Ctrl+R", "new_run"),
                ActionSpec(
                    "actionLogCoreSession", "Log a &Core Session…", "Ctrl+K", "new_core_session"
                ),
            ),
        ),
        PageSpec(
            "timer",
            "Plank timer",
            "timer.svg",
            "Ctrl+3",
            _timer_page,
            actions=(
                ActionSpec(
                    "actionStartTimer",
                    "Start the Plank &Timer",
                    "Ctrl+T",
                    "start_or_open",
                    menu="Timer",
                ),
            ),
        ),
        PageSpec(
            "recovery",
            "Recovery",
            "recovery.svg",
            "Ctrl+4",
            _recovery_page,
            (ActionSpec("actionLogSoreness", "Log &Soreness…", "Ctrl+Shift+S", "new_entry"),),
        ),
        PageSpec("history", "History", "history.svg", "Ctrl+5", _history_page),
        PageSpec("settings", "Settings", "settings.svg", "Ctrl+,", _settings_page),
    ]
