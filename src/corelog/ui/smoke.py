"""The smoke test of a built CoreLog: open, show every page and tab, close, say how it went.

Asked for with ``CORELOG_SMOKE_TEST=1`` in the environment (``make bundle-check`` runs
``corelog --demo`` so): once the window is on screen, CoreLog does what it does after
every start (the ORM, the remaining pages), then shows each page of the sidebar and each
tab on it, prints one line per page, closes the window as the user would and exits with
status 0, or 1 if anything failed: a page or tab that raised or did not show, an error
anywhere meanwhile, icons Qt cannot draw, a window that would not close. With
``CORELOG_SMOKE_PICTURES=DIR`` it also saves each page and tab as a PNG in DIR.

This is what shows that a bundle carries what CoreLog needs at run time (hidden imports,
Qt plugins, resources), which building it does not.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from corelog.resources import resource_path

PREFIX = "corelog-smoke:"


def say(line: str) -> None:
    print(f"{PREFIX} {line}", flush=True)


def settle(app: QApplication, turns: int = 5) -> None:
    for _ in range(turns):
        app.processEvents()


def _views(page: QWidget) -> list[tuple[QTabWidget | None, int, str]]:
    """The page as first shown, then each tab of each tab widget shown on it."""
    views: list[tuple[QTabWidget | None, int, str]] = [(None, -1, "")]
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisible():
            views.extend((tabs, i, tabs.tabText(i).replace("&", "")) for i in range(tabs.count()))
    return views


def walk(app: QApplication, window: QMainWindow, pictures: Path | None = None) -> list[str]:
    """Show every page of ``window`` and every tab on it; what failed, in words."""
    failures: list[str] = []
    if QIcon(str(resource_path("icons", "corelog.svg"))).pixmap(64, 64).isNull():
        failures.append("the SVG icons cannot be drawn (is Qt's SVG image plugin there?)")
    for spec in window.specs:
        try:
            page = window.show_page(spec.page_id)
            settle(app)
            seen = []
            for number, (tabs, index, title) in enumerate(_views(page)):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    settle(app)
                    if not tabs.currentWidget().isVisible():
                        failures.append(f"{spec.title} > {title}: the tab did not show")
                    seen.append(title)
                if pictures is not None:
                    name = spec.page_id + (f"-{number}" if number else "")
                    window.grab().save(str(pictures / f"{name}.png"))
        except Exception as exc:
            traceback.print_exc()
            failures.append(f"{spec.title}: {type(exc).__name__}: {exc}")
            continue
        if window.current_page_id() != spec.page_id or not page.isVisible():
            failures.append(f"{spec.title}: the page did not show")
            continue
        say(f"{spec.page_id} shown" + (f" (tabs: {', '.join(seen)})" if seen else ""))
    return failures


def run(app: QApplication, window: QMainWindow, after_start: Callable[[], None]) -> int:
    """The whole smoke test, from the event loop: the exit status, 0 if nothing failed."""
    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind, exc, tb) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        errors.append(f"{kind.__name__}: {exc}")

    sys.excepthook = record
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the exit status is set below, not by closing
    failures: list[str] = []
    try:
        from corelog.console import smoke_pictures_folder

        after_start()
        settle(app, 20)
        failures = walk(app, window, smoke_pictures_folder())
        window.close()
        settle(app)
        if window.isVisible():
            failures.append("the window did not close")
    except Exception as exc:
        traceback.print_exc()
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        sys.excepthook = previous_hook
        app.setQuitOnLastWindowClosed(quit_on_close)
    failures += [f"error meanwhile: {e}" for e in errors]
    for failure in failures:
        say(f"FAILED {failure}")
    say("every page shown, closed cleanly" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0
