"""The Log page: record and edit runs and core sessions, one tab each.

Tabs are listed in ``log_tabs()``; each is a widget built from the AppContext. Global
actions (Ctrl+R log a run, Ctrl+K log a core session) land here and open their tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from corelog.domain.i18n import App
from corelog.ui.context import AppContext
from corelog.ui.pages import built_on_first_use
from corelog.ui.widgets import page_title


@dataclass(frozen=True)
class TabSpec:
    tab_id: str
    title: str
    factory: Callable[[AppContext], QWidget]


def log_tabs() -> list[TabSpec]:
    return [
        TabSpec(
            "runs",
            App.tr("Runs", "tab of the Log page"),
            built_on_first_use("corelog.ui.log.runs_tab", "RunsTab"),
        ),
        TabSpec(
            "core",
            App.tr("Core sessions", "tab of the Log page"),
            built_on_first_use("corelog.ui.core.tab", "CoreTab"),
        ),
    ]


class LogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("logPage")
        self.setAccessibleName(App.tr("Log", "page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_title(App.tr("Log", "page")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("logTabs")
        self.tabs.setAccessibleName(App.tr("Log sections"))
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, QWidget] = {}
        for spec in log_tabs():
            widget = spec.factory(ctx)
            self._tabs[spec.tab_id] = widget
            self.tabs.addTab(widget, spec.title)
        layout.addWidget(self.tabs, 1)

    def open_tab(self, tab_id: str) -> QWidget:
        widget = self._tabs[tab_id]
        self.tabs.setCurrentWidget(widget)
        return widget

    def tab(self, tab_id: str) -> QWidget:
        return self._tabs[tab_id]

    def new_run(self) -> None:
        """Log a run (Ctrl+R): open the Runs tab with a new run in its form."""
        self.open_tab("runs").new_run()

    def new_core_session(self) -> None:
        """Log a Core Session (Ctrl+K): open the core tab with the cursor in the first set."""
        self.open_tab("core").new_session()

    def edit_run(self, run_id: int) -> bool:
        """Open a logged run in the Runs tab's form to change it (from History)."""
        from corelog.services import runs as run_service

        run = run_service.get_run(self.ctx.store, run_id)
        if run is None:
            return False
        tab = self.open_tab("runs")
        tab.form.edit_run(run)
        row = tab.model.row_of(run_id)
        if row is not None:
            tab.table.select_row(row)
        return True

    def edit_core_session(self, session_id: int) -> bool:
        """Open a logged core session in the core tab's form to change it (from History)."""
        from corelog.services import core as core_service

        session = core_service.get_session(self.ctx.store, session_id)
        if session is None:
            return False
        tab = self.open_tab("core")
        tab.select(session_id)
        tab.form.edit_session(session)
        return True

    def on_shown(self) -> None:
        current = self.tabs.currentWidget()
        on_shown = getattr(current, "on_shown", None)
        if callable(on_shown):
            on_shown()
