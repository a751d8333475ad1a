"""Every page, tab, state worth checking and dialog of CoreLog, visited one after another.

The checks that must hold everywhere (every control named, no markup read out, text
readable in both themes, nothing cut off at 150 % text) walk this one list, so a page or
dialog added to CoreLog is checked once it is added here. ``tour.visit(check)`` opens
each view in turn in one window, calls ``check(view_name, top_widget)`` while it shows
(for a dialog opened with ``exec()``, from inside its event loop) and closes the dialogs
again; the problems ``check`` returns are collected, each prefixed with the view's name.

The window starts with an empty log (the Today page's welcome), then gets the demo
history; views that change the log (importing, the plank timer) come last.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from activity_files import fit_file, samples
from corelog.services import exchange
from corelog.services import runs as run_service
from corelog.services.demo import generate_history
from corelog.store.soreness import list_entries

TOUR_MESSAGES = (
    "Could not save",
    "The log is busy: another program holds it. Nothing was saved.",
    "The database file is damaged",
    "CoreLog cannot open corelog.db: the lock file cannot be created.",
)
"""Messages the tour hands to dialogs itself (CoreLog's own come from the services)."""

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"
Check = Callable[[str, QWidget], list[str]]


@dataclass(frozen=True)
class View:
    name: str
    open: Callable[[Tour], QWidget | None]
    """Shows the view and returns the widget to check; for a modal dialog (opened with
    ``exec()``), opens it and returns None: the check then runs inside its event loop."""
    modal: bool = False


class Tour:
    """One main window taken through every view."""

    def __init__(self, window, qtbot, tmp_path: Path) -> None:
        self.window = window
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.filled = False

    # ------------------------------------------------------------------ helpers
    def settle(self) -> None:
        for _ in range(4):
            QApplication.processEvents()

    def demo(self) -> None:
        """The demo history, once."""
        if not self.filled:
            generate_history(self.window.ctx.store)
            self.window.ctx.bus.announce("all")
            self.filled = True

    def page(self, page_id: str) -> QWidget:
        self.demo()
        return self.window.show_page(page_id)

    # ------------------------------------------------------------------ visiting
    def visit(self, check: Check, views: tuple[View, ...] | None = None) -> list[str]:
        problems: dict[str, str] = {}  # each problem once, with the first view it shows in
        try:
            for view in VIEWS if views is None else views:
                for problem in self._visit(view, check):
                    problems.setdefault(problem, f"{view.name}: {problem}")
        finally:
            timer = self.window.built_pages().get("timer")
            if timer is not None:
                timer.driver.reset()  # so that closing the window does not ask
        return list(problems.values())

    def _visit(self, view: View, check: Check) -> list[str]:
        if not view.modal:
            top = view.open(self)
            assert top is not None
            self.settle()
            try:
                return check(view.name, top)
            finally:
                if top is not self.window:
                    top.close()
                    self.settle()
        found: list[str] = []
        seen: list[QWidget] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(10, look)
                return
            seen.append(dialog)
            QApplication.processEvents()
            try:
                found.extend(check(view.name, dialog))
            finally:
                assert isinstance(dialog, QDialog)
                dialog.done(0)

        QTimer.singleShot(0, look)
        view.open(self)
        self.settle()
        assert seen, f"{view.name}: no dialog opened"
        return found


# ---------------------------------------------------------------------- the views
def _page(page_id: str, tab: str | None = None) -> Callable[[Tour], QWidget]:
    def show(tour: Tour) -> QWidget:
        page = tour.page(page_id)
        if tab is not None:
            page.open_tab(tab)
        return tour.window

    return show


def _welcome(tour: Tour) -> QWidget:
    assert not tour.filled, "the welcome shows only before anything is logged"
    tour.window.show_page("today")
    return tour.window


def _editing_run(tour: Tour) -> QWidget:
    tab = tour.page("log").open_tab("runs")
    tab.edit_row(0)
    return tour.window


def _editing_core_session(tour: Tour) -> QWidget:
    tab = tour.page("log").open_tab("core")
    longest = max(tab.model.rows(), key=lambda session: len(session.sets))
    tab.select(longest.id)
    assert tab.edit_selected()
    return tour.window


def _recovery_form(tour: Tour) -> QWidget:
    tour.page("recovery").new_entry()
    return tour.window


def _recovery_guidance(tour: Tour) -> QWidget:
    page = tour.page("recovery")
    entries = list_entries(tour.window.ctx.store)
    sharp = [e for e in entries if e.feel == "sharp"] or entries
    page.open_entry(sharp[-1].id)
    follow_up = page.findChild(QAbstractButton, "guidanceFollowUp")
    if follow_up is not None and follow_up.isVisible():
        follow_up.click()  # the follow-up's fields too
    for toggle in page.findChildren(QAbstractButton):
        if toggle.objectName().endswith("Quotes") and toggle.isVisible():
            toggle.click()  # and the document sentences under each card
    return tour.window


def _history(index: int, *, tables: bool = False) -> Callable[[Tour], QWidget]:
    def show(tour: Tour) -> QWidget:
        page = tour.page("history")
        tab = page.show_tab(index)
        button = tab.findChild(QAbstractButton, "historyChartsAsTables")
        if button is not None and button.isChecked() != tables:
            button.click()
        return tour.window

    return show


def _timer_running(tour: Tour) -> QWidget:
    page = tour.page("timer")
    page.start_workout()
    return tour.window


def _timer_close_question(tour: Tour) -> None:
    page = tour.page("timer")
    if not page.is_active:
        page.start_workout()
    try:
        tour.window.close()  # asks whether to stop and save; the check answers nothing
    finally:
        page.driver.reset()


def _shoes(tour: Tour) -> None:
    tour.page("log").open_tab("runs").manage_shoes()


def _library(tour: Tour) -> QWidget:
    return tour.page("log").open_tab("core").open_library()


def _learn(tour: Tour) -> QWidget:
    return tour.page("log").open_tab("core").open_learn()


def _shortcuts(tour: Tour) -> None:
    tour.demo()
    tour.window.show_shortcuts()


def _about(tour: Tour) -> None:
    tour.window.show_about()


def _pace_question(tour: Tour) -> None:
    tab = tour.page("log").open_tab("runs")
    from corelog.domain.run_validation import pace_warning

    tab.form.confirm_pace(pace_warning(5000, 300, "km") or "")


def _start_question(tour: Tour) -> None:
    tab = tour.page("log").open_tab("runs")
    from datetime import datetime

    from corelog.services.runs import start_clash_message

    message = start_clash_message(datetime(2026, 12, 3, 7, 30), 10_000, 3000, "km")
    tab.form.confirm_start(message)


def _error(tour: Tour) -> QWidget:
    from corelog.ui.errors import DIALOG_NAME, ErrorReporter

    tour.demo()
    reporter = ErrorReporter(lambda: tour.window)
    reporter.show(*TOUR_MESSAGES[:2])
    tour._reporter = reporter  # type: ignore[attr-defined]
    return _top_level(DIALOG_NAME)


def _top_level(name: str) -> QWidget:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    raise AssertionError(f"no {name} shown")


def _import_file(tour: Tour, path: Path, box_name: str) -> QWidget:
    exchanger = tour.window.exchange
    exchanger.import_from(path)
    tour.qtbot.waitUntil(lambda: not exchanger.busy, timeout=60_000)
    box = tour.window.findChild(QMessageBox, box_name)
    assert box is not None
    return box


def _import_summary(tour: Tour) -> QWidget:
    tour.demo()
    path = tour.tmp_path / "export.json"
    exchange.export_json(tour.window.ctx.store, path)
    return _import_file(tour, path, "importSummaryDialog")


def _exchange_error(tour: Tour) -> QWidget:
    tour.demo()
    path = tour.tmp_path / "broken-export.json"
    exchange.export_json(tour.window.ctx.store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["runs"][0]["distance_m"] = -100
    path.write_text(json.dumps(document), encoding="utf-8")
    return _import_file(tour, path, "exchangeErrorDialog")


def _restore_question(tour: Tour) -> None:
    from corelog.ui.backups import restore_from

    tour.demo()
    restore_from(tour.window, tour.tmp_path / "corelog-2026-12-01.db")


def _damaged_database(tour: Tour) -> None:
    from corelog.ui.application import offer_restore

    offer_restore(tour.tmp_path / "damaged.db", TOUR_MESSAGES[2])


def _lock_problem(tour: Tour) -> None:
    from corelog.ui.application import show_lock_problem

    show_lock_problem(TOUR_MESSAGES[3])


def activity_folder(tour: Tour) -> Path:
    """The sample files, a run matching the demo's latest typed run, and a walk."""
    target = tour.tmp_path / "watch-export"
    if target.exists():
        return target
    shutil.copytree(SAMPLES, target)
    (target / "README.md").unlink()
    latest = run_service.recent_runs(tour.window.ctx.store, 1)[0]
    pace = latest.duration_s / (latest.distance_m / 1000)
    match = fit_file(
        samples(int(latest.duration_s), pace_s_per_km=pace),
        start=latest.started_at + timedelta(minutes=4),
        offset_min=latest.utc_offset_min,
    )
    (target / "morning-run.fit").write_bytes(match)
    walk = fit_file(sport="walking", start=latest.started_at - timedelta(days=2))
    (target / "evening-walk.fit").write_bytes(walk)
    return target


def _import_activities(tour: Tour) -> QWidget:
    from corelog.services import activity_pool

    tour.demo()
    activity_pool.default_workers = lambda: 0  # type: ignore[assignment]
    dialog = tour.window.activity_import.open_dialog([activity_folder(tour)], start=True)
    tour.qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    return dialog


def _run_page(tour: Tour) -> QWidget:
    tour.demo()
    runs = run_service.recent_runs(tour.window.ctx.store, 5000)
    fenix = next((r for r in runs if abs(r.distance_m - 9008.22) < 1), None)
    if fenix is None:
        _import_activities(tour).close()
        runs = run_service.recent_runs(tour.window.ctx.store, 5000)
        fenix = next(r for r in runs if abs(r.distance_m - 9008.22) < 1)
    page = tour.page("log").open_tab("runs").open_run_page(fenix.id)
    page.resize(1000, 900)
    return page


PAGES: tuple[View, ...] = (
    View("today-welcome", _welcome),
    View("today", _page("today")),
    View("log-runs", _page("log", "runs")),
    View("log-runs-editing", _editing_run),
    View("log-core", _page("log", "core")),
    View("log-core-editing", _editing_core_session),
    View("timer", _page("timer")),
    View("recovery", _page("recovery")),
    View("recovery-form", _recovery_form),
    View("recovery-guidance", _recovery_guidance),
    View("history-timeline", _history(0)),
    View("history-calendar", _history(1)),
    View("history-charts", _history(2)),
    View("history-charts-tables", _history(2, tables=True)),
    View("settings", _page("settings")),
)
DIALOGS: tuple[View, ...] = (
    View("shoes-dialog", _shoes, modal=True),
    View("exercise-library", _library),
    View("learn-core", _learn),
    View("shortcuts-dialog", _shortcuts, modal=True),
    View("about-dialog", _about, modal=True),
    View("run-pace-question", _pace_question, modal=True),
    View("run-start-question", _start_question, modal=True),
    View("error-dialog", _error),
    View("restore-question", _restore_question, modal=True),
    View("damaged-database-dialog", _damaged_database, modal=True),
    View("lock-problem-dialog", _lock_problem, modal=True),
    View("import-summary-dialog", _import_summary),
    View("exchange-error-dialog", _exchange_error),
    View("import-activities-dialog", _import_activities),
    View("run-page", _run_page),
)
# The running timer last: it changes what the page shows until it is reset.
LAST: tuple[View, ...] = (
    View("timer-running", _timer_running),
    View("timer-close-question", _timer_close_question, modal=True),
)
VIEWS: tuple[View, ...] = PAGES + DIALOGS + LAST


def view_named(name: str) -> View:
    return next(view for view in VIEWS if view.name == name)
