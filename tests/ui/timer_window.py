"""The main window with its Plank timer page built for a test (a fake clock, a quiet player)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from corelog.timer import FakeClock
from corelog.ui.context import AppContext
from corelog.ui.main_window import MainWindow
from corelog.ui.pages import PageSpec, page_specs
from corelog.ui.sound import CuePlayer
from corelog.ui.timer.page import TimerPage


class Quiet:
    """A sound effect that plays nothing."""

    def play(self) -> None:
        pass


def quiet_player(parent: QWidget) -> CuePlayer:
    return CuePlayer(effect_factory=lambda _path: Quiet(), parent=parent)


def with_timer_page(factory: Callable[[AppContext], TimerPage]) -> list[PageSpec]:
    """CoreLog's pages, with the timer page made by ``factory``."""
    return [
        PageSpec(s.page_id, s.title, s.icon, s.shortcut, factory, s.actions)
        if s.page_id == "timer"
        else s
        for s in page_specs()
    ]


def fake_clock_window(
    ctx: AppContext,
    qtbot,
    clock: FakeClock,
    player_factory: Callable[[QWidget], CuePlayer] | None = None,
) -> MainWindow:
    """The main window, shown, its timer on ``clock``; ``player_factory`` None: the real one."""

    def timer_page(context: AppContext) -> TimerPage:
        kwargs = {} if player_factory is None else {"player_factory": player_factory}
        return TimerPage(context, clock=clock.monotonic, wall_clock=clock.wall, **kwargs)

    win = MainWindow(ctx, with_timer_page(timer_page))
    qtbot.addWidget(win, before_close_func=lambda w: w.page("timer").driver.reset())
    win.show()
    qtbot.waitExposed(win)
    return win
