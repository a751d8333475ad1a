"""The Today page: this week so far, current soreness, personal bests, one-click starts.

It is the first page on launch, so it is built and filled before the window is shown:
everything it reads comes through ``services.today`` (the store's light reader, a few small
queries whose cost does not grow with the history). It refreshes when the user's data
changes (at once when visible, otherwise when next shown), when a preference it
depends on changes, and when the day changes while CoreLog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from corelog.domain.i18n import Today
from corelog.domain.timeutil import local_now
from corelog.services import today as service
from corelog.services.today import TodayOverview
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.theme import text_scale
from corelog.ui.today.bests_card import BestsCard
from corelog.ui.today.day_watch import DayWatch
from corelog.ui.today.parts import long_day
from corelog.ui.today.quick_start import QuickStartBar
from corelog.ui.today.soreness_card import SorenessCard
from corelog.ui.today.week_card import WeekCard
from corelog.ui.today.welcome import WelcomeCard
from corelog.ui.widgets import muted, named, page_title, scrolled

WIDE_MIN_WIDTH = 860
"""Below this width the cards stack in one column."""
DATA_KINDS = (bus.RUNS, bus.CORE, bus.SORENESS, bus.EXERCISES, bus.TIMER)


def demo_note() -> str:
    return Today.tr(
        "Demo history: made-up training in a temporary database, to look around. "
        "Your own data is not touched."
    )


class TodayPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "todayPage", Today.tr("Today"))
        self.overview: TodayOverview | None = None
        self._stale = False
        self._wide: bool | None = None

        content = self._build_content(ctx.demo)
        self._place(wide=True)
        self.scroll = scrolled(content, Today.tr("Today page"), sideways=False)
        self.scroll.setObjectName("todayScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._connect(ctx, clock)
        self.refresh()

    def _build_content(self, demo: bool) -> QWidget:
        """What scrolls: the header, the demo note, the quick starts, the welcome, the cards."""
        content = QWidget()
        content.setObjectName("todayContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(14)
        outer.addLayout(self._build_header())
        if demo:
            self.demo_note = muted(demo_note())
            self.demo_note.setObjectName("todayDemoNote")
            outer.addWidget(self.demo_note)

        self.quick = QuickStartBar()
        outer.addWidget(self.quick)

        self.welcome = WelcomeCard()
        outer.addWidget(self.welcome)
        outer.addWidget(self._build_cards())
        outer.addStretch(1)
        return content

    def _build_header(self) -> QHBoxLayout:
        """The page's title with today's date beside it."""
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(page_title(Today.tr("Today")), 0, Qt.AlignmentFlag.AlignBaseline)
        self.date_label = muted("", wrap=False)
        self.date_label.setObjectName("todayDate")
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch(1)
        return header

    def _build_cards(self) -> QWidget:
        """The week, soreness and personal bests cards, in a grid :meth:`_place` fills."""
        self.week = WeekCard()
        self.soreness = SorenessCard()
        self.bests = BestsCard()
        self.cards = QWidget()
        self.cards.setObjectName("todayCards")
        self.grid = QGridLayout(self.cards)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        return self.cards

    def _connect(self, ctx: AppContext, clock: Callable[[], datetime]) -> None:
        """Soreness opened from its card; a refresh on a new day, new data or a preference."""
        self.soreness.sig_open.connect(self.open_soreness)
        self.soreness.sig_follow_up.connect(self.follow_up_soreness)
        self.soreness.sig_show_all.connect(self.show_all_soreness)
        self.day_watch = DayWatch(clock, self)
        self.day_watch.sig_day_changed.connect(self._on_day_changed)
        ctx.bus.sig_changed.connect(self._on_data_changed)
        ctx.settings.sig_changed.connect(self._on_setting_changed)

    # ------------------------------------------------------------------ layout
    def _place(self, *, wide: bool) -> None:
        """Two columns (week and bests left, soreness right) or one, by the width."""
        if wide == self._wide:
            return
        self._wide = wide
        self.quick.set_columns(4 if wide else 2)
        for card in (self.week, self.soreness, self.bests):
            self.grid.removeWidget(card)
        top = Qt.AlignmentFlag.AlignTop
        if wide:
            self.grid.addWidget(self.week, 0, 0, top)
            self.grid.addWidget(self.bests, 1, 0, top)
            self.grid.addWidget(self.soreness, 0, 1, 2, 1, top)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)
        else:
            self.grid.addWidget(self.week, 0, 0, top)
            self.grid.addWidget(self.soreness, 1, 0, top)
            self.grid.addWidget(self.bests, 2, 0, top)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)
        self.grid.setRowStretch(1 if wide else 2, 1)
        self.grid.setRowStretch(2 if wide else 1, 0)

    def is_wide(self) -> bool:
        return bool(self._wide)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(wide=self._wide_enough(event.size().width()))

    def _wide_enough(self, width: int) -> bool:
        """Side by side from 860 pixels at the usual text size, more with larger text or
        longer words (another language): never narrower than the cards and buttons need."""
        margins = 48 + self.scroll.verticalScrollBar().sizeHint().width()
        cards = (
            self.week.minimumSizeHint().width()
            + self.grid.spacing()
            + self.soreness.minimumSizeHint().width()
        )
        needed = max(
            WIDE_MIN_WIDTH * text_scale(), self.quick.width_for(4) + margins, cards + margins
        )
        return width >= needed

    # ------------------------------------------------------------------ refreshing
    def now(self) -> datetime:
        return self.day_watch.now()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Read the time from ``clock`` from now on (tests move time by hand) and refresh."""
        self.day_watch.set_clock(clock)
        self.refresh()

    def refresh(self) -> None:
        """Read everything the page shows again and show it."""
        self.overview = service.overview(
            self.ctx.store, now=self.now(), first_weekday=self.ctx.settings.week_start
        )
        self._stale = False
        self._render()

    def _render(self) -> None:
        overview = self.overview
        if overview is None:
            return
        unit = self.ctx.settings.unit
        self.date_label.setText(long_day(overview.today))
        self.welcome.setVisible(not overview.has_history)
        self.cards.setVisible(overview.has_history)
        if overview.has_history:
            self.week.show_week(overview.week, unit)
            self.soreness.show_entries(overview.soreness, overview.today)
            self.bests.show_records(overview.bests, unit, overview.today)
        if self._wide is not None:  # the words changed: they may need the other layout
            self._place(wide=self._wide_enough(self.width()))

    def on_shown(self) -> None:
        self.quick.bind(self.window())
        if not self.day_watch.check() and self._stale:
            self.refresh()

    def _refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.touches(kinds, *DATA_KINDS):
            self._refresh_when_seen()

    def _on_day_changed(self, _day: object) -> None:
        self._refresh_when_seen()

    def _on_setting_changed(self, key: str) -> None:
        if key == "calendar/week_start":
            self._refresh_when_seen()
        elif key in ("units/distance", "appearance/theme"):
            self._render()

    # ------------------------------------------------------------------ going elsewhere
    def _show_page(self, page_id: str) -> QWidget | None:
        show_page = getattr(self.window(), "show_page", None)
        return show_page(page_id) if callable(show_page) else None

    def open_soreness(self, entry_id: int) -> None:
        """Open a soreness entry's guidance on the Recovery page."""
        page = self._show_page("recovery")
        if page is not None:
            page.open_entry(entry_id)

    def follow_up_soreness(self, entry_id: int) -> None:
        """Open the entry on the Recovery page with "How is it today?" ready to answer."""
        page = self._show_page("recovery")
        if page is not None:
            page.open_entry(entry_id)
            page.follow_up_shown()

    def show_all_soreness(self) -> None:
        self._show_page("recovery")
