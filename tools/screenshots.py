"""Render every page of CoreLog, filled with the demo history, to docs/screenshots/.

Offscreen, at a fixed window size, with preferences isolated from the user's own:

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--theme light|dark] [--out DIR]
        [--pages ID_OR_NAME ...] [--no-extras] [--size WIDTHxHEIGHT] [--font-scale 1.5]
        [--language en|de]

Writes one PNG per page as the user first sees it (`<page id>.png`, or
`<page id>-dark.png` for the dark theme), then a few extra states worth showing:

* `today-welcome.png`: the Today page of a first-time user (an empty database);
* `log-core.png`: the Log page's core sessions tab;
* `timer-hold.png`: the Plank timer 41 seconds into the first hold (on a clock the
  script moves, with sound off);
* `recovery-body-map.png`: a region chosen on the body map, the soreness form open;
* `recovery-guidance-mild-doms.png`: the guidance for the demo's open soreness entry
  (mild, dull, began the day after a long run), as a click on it from Today shows it;
* `recovery-guidance-red-flag.png`: the guidance for the demo's sharp, worsening,
  swollen hamstring (every warning sign: see a physiotherapist);
* `recovery-guidance-stop-rest.png`: sharp lower-back pain that began during today's run
  (a warning sign on its own: stop running and rest), with "From the documents" open on
  what to do today;
* `learn-core.png`: the Learn the core window (core muscle table, engagement cue);
* `history-calendar.png`, `history-charts.png`: the History page's other two tabs;
* `history-charts-tables.png`: the Charts tab with every chart's numbers as a table;
* `import-summary.png`: File > Import Activities… after reading the sample files of
  tests/data/activity-samples, a run matching one the demo typed and a walk: the
  summary, the reasons, and the questions it leaves;
* `run-page.png`, `run-page-lower.png`: the page of the imported Fenix 2 run (figures and
  charts; scrolled down: splits, muscles, load and recovery).

``--size 900x640`` renders at another window size (to check a narrow window; the
window's minimum size is a floor), with the size in each file name.

``--font-scale 1.5`` renders with text half as large again, as a desktop set to 150 %
text does (the theme's titles grow with it), with ``-text150`` in each file name.

``--language de`` renders CoreLog in German (the compiled catalogue
resources/translations/corelog_de.qm, built by ``make qm``), with the language in front
of each file name: ``de-today.png``. English (``--language en``, the default) keeps the
plain names.

The README's dark pictures come from
``--theme dark --pages today history-charts recovery-guidance-red-flag timer-hold
--no-extras``, and the 150 % text pictures (`*-text150.png`) from ``--font-scale 1.5
--no-extras`` with the pages and the extras named in the Makefile, and the German ones
(`de-*.png`) from ``--language de --no-extras`` with the pages and extras named there
(`make screenshots` runs all four). The demo history ends today,
so the pictures show the current week. Look at every picture after running it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1280, 800)


@dataclass(frozen=True)
class Extra:
    """A state beyond a page as first shown: its file name, page, and how to get there."""

    name: str
    page_id: str
    demo: bool  # with the demo history (False: an empty database)
    # Gets the main window; may return another window to picture instead (a dialog).
    prepare: Callable[[Any], Any] | None = None


def _open_first_soreness_entry(window: Any) -> None:
    today = window.page("today")
    items = today.overview.soreness if today.overview is not None else ()
    if items:
        today.open_soreness(items[0].entry.id)


def _open_sharp_soreness_entry(window: Any) -> None:
    """The demo's strain: sharp, worsening, swollen (every warning sign at once)."""
    from corelog.store.soreness import list_entries

    sharp = [e for e in list_entries(window.ctx.store) if e.feel == "sharp"]
    if sharp:
        window.page("recovery").open_entry(sharp[-1].id)


def _log_sharp_pain_today(window: Any) -> None:
    """Sharp pain that began during the latest run, on its first day: stop and rest."""
    from PySide6.QtWidgets import QAbstractButton

    from corelog.domain.timeutil import local_now
    from corelog.services import recovery
    from corelog.ui import bus

    store = window.ctx.store
    now = local_now().replace(second=0, microsecond=0)
    proposal = recovery.propose_link(store, now)
    values = recovery.check_entry(
        store,
        recovery.SorenessForm(
            noted_at=now,
            region="lower_back",
            severity=5,
            feel="sharp",
            onset="during",
            trend="steady",
            days_lasted=0,
            link=proposal.ref if proposal is not None else None,
        ),
    )
    entry_id = recovery.add_entry(store, values)  # type: ignore[arg-type]
    window.ctx.bus.announce(bus.SORENESS)
    page = window.page("recovery")
    page.open_entry(entry_id)
    page.findChild(QAbstractButton, "guidanceActionQuotes").click()


def _choose_region_on_body_map(window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    body_map = window.page("recovery").body_map
    point = body_map.region_point("obliques_right")
    QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)


def _open_core_tab(window: Any) -> None:
    window.page("log").open_tab("core")


def _learn_the_core(window: Any) -> Any:
    dialog = window.page("log").open_tab("core").open_learn()
    dialog.resize(1040, 930)
    return dialog


class _SilentEffect:
    def play(self) -> None:
        pass


def _timer_page_on(clock: Any) -> Callable[[Any], Any]:
    """The Plank timer page on ``clock``, silent, for a picture of a hold."""

    def factory(ctx: Any) -> Any:
        from corelog.ui.sound import CuePlayer
        from corelog.ui.timer.page import TimerPage

        return TimerPage(
            ctx,
            clock=clock.monotonic,
            wall_clock=clock.wall,
            player_factory=lambda parent: CuePlayer(
                effect_factory=lambda _path: _SilentEffect(), parent=parent
            ),
        )

    return factory


def _timer_in_a_hold(window: Any) -> None:
    page = window.page("timer")
    clock = window.timer_clock
    page.start_workout()
    for _ in range((5 + 41) * 4):  # the prep, then 41 s of the first hold
        clock.advance(250)
        page.driver.refresh()


def _activity_files(folder: Path, window: Any) -> Path:
    """The sample files, a run matching the demo's latest typed run, and a walk."""
    import shutil
    from datetime import timedelta

    sys.path.insert(0, str(ROOT / "tests"))
    from activity_files import fit_file, samples
    from corelog.services import runs as run_service

    target = folder / "watch-export"
    shutil.copytree(ROOT / "tests" / "data" / "activity-samples", target)
    (target / "README.md").unlink()
    latest = run_service.recent_runs(window.ctx.store, 1)[0]
    seconds = int(latest.duration_s)
    pace = latest.duration_s / (latest.distance_m / 1000)
    match = fit_file(
        samples(seconds, pace_s_per_km=pace),
        start=latest.started_at + timedelta(minutes=4),
        offset_min=latest.utc_offset_min,
    )
    (target / "morning-run.fit").write_bytes(match)
    walk = fit_file(sport="walking", start=latest.started_at - timedelta(days=2))
    (target / "evening-walk.fit").write_bytes(walk)
    return target


def _import_summary(window: Any) -> Any:
    import time

    from PySide6.QtWidgets import QApplication

    from corelog.services import activity_pool

    activity_pool.default_workers = lambda: 0  # this script has no main guard to spare
    folder = Path(tempfile.mkdtemp(prefix="corelog-shot-files-"))
    dialog = window.activity_import.open_dialog([_activity_files(folder, window)], start=True)
    while dialog.running:
        QApplication.processEvents()
        time.sleep(0.01)
    dialog.resize(900, 1000)
    window._import_dialog = dialog
    return dialog


def _run_page(window: Any, *, lower: bool = False) -> Any:
    from corelog.services import runs as run_service

    if getattr(window, "_import_dialog", None) is None:
        _import_summary(window).close()
    runs = run_service.recent_runs(window.ctx.store, 5000)
    fenix = next(r for r in runs if abs(r.distance_m - 9008.22) < 1)
    page = window.page("log").open_tab("runs").open_run_page(fenix.id)
    page.resize(1000, 980)
    if lower:
        from PySide6.QtWidgets import QApplication, QScrollArea

        QApplication.processEvents()
        bar = page.findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
    return page


def _history_tab(index: int) -> Callable[[Any], None]:
    def prepare(window: Any) -> None:
        window.page("history").show_tab(index)

    return prepare


def _charts_as_tables(window: Any) -> None:
    """The Charts tab with every chart's numbers as a table (Alt+B)."""
    from PySide6.QtWidgets import QAbstractButton

    page = window.page("history")
    page.show_tab(2)
    button = page.findChild(QAbstractButton, "historyChartsAsTables")
    if not button.isChecked():
        button.click()


EXTRAS = (
    Extra("today-welcome", "today", demo=False),
    Extra("log-core", "log", demo=True, prepare=_open_core_tab),
    Extra("recovery-body-map", "recovery", demo=True, prepare=_choose_region_on_body_map),
    Extra(
        "recovery-guidance-mild-doms",
        "recovery",
        demo=True,
        prepare=_open_first_soreness_entry,
    ),
    Extra(
        "recovery-guidance-red-flag",
        "recovery",
        demo=True,
        prepare=_open_sharp_soreness_entry,
    ),
    Extra("learn-core", "log", demo=True, prepare=_learn_the_core),
    Extra("history-calendar", "history", demo=True, prepare=_history_tab(1)),
    Extra("history-charts", "history", demo=True, prepare=_history_tab(2)),
    Extra("history-charts-tables", "history", demo=True, prepare=_charts_as_tables),
    # After History: the entry it logs would show there.
    Extra(
        "recovery-guidance-stop-rest",
        "recovery",
        demo=True,
        prepare=_log_sharp_pain_today,
    ),
    Extra("import-summary", "log", demo=True, prepare=_import_summary),
    Extra("run-page", "log", demo=True, prepare=_run_page),
    Extra("run-page-lower", "log", demo=True, prepare=lambda w: _run_page(w, lower=True)),
    # Last: the workout it starts keeps running (and shows in the status bar).
    Extra("timer-hold", "timer", demo=True, prepare=_timer_in_a_hold),
)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--pages", nargs="*", help="page ids or names of extra states (default: all pages)"
    )
    parser.add_argument("--no-extras", action="store_true", help="only one picture per page")
    parser.add_argument(
        "--size",
        type=_size,
        help="window size as WIDTHxHEIGHT (default {}x{})".format(*WINDOW_SIZE),
    )
    parser.add_argument(
        "--font-scale",
        type=float,
        default=1.0,
        help="text size against the usual, as a desktop's large text: 1.5 for 150 %%",
    )
    parser.add_argument(
        "--language",
        choices=("en", "de"),
        default="en",
        help="the language CoreLog speaks in the pictures (default en; de needs `make qm`)",
    )
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from corelog.services.demo import generate_history
    from corelog.store.store import Store
    from corelog.timer import FakeClock
    from corelog.ui.application import make_qapplication
    from corelog.ui.bus import DataBus
    from corelog.ui.context import AppContext
    from corelog.ui.i18n import ENVIRONMENT, catalogue, install_language
    from corelog.ui.main_window import MainWindow
    from corelog.ui.pages import PageSpec, page_specs
    from corelog.ui.settings import AppSettings
    from corelog.ui.theme import apply_theme

    app = make_qapplication()
    if args.language != "en" and not catalogue(args.language).exists():
        parser.exit(1, f"{catalogue(args.language)} is missing: run `make qm` first\n")
    os.environ[ENVIRONMENT] = args.language  # neither the desktop's nor Settings' language
    install_language(args.language)
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = "" if args.language == "en" else f"{args.language}-"
    suffix = (
        ("" if args.size is None else "-{}x{}".format(*args.size))
        + ("" if args.font_scale == 1.0 else f"-text{round(args.font_scale * 100)}")
        + ("" if args.theme == "light" else "-dark")
    )

    def wanted(page_id: str) -> bool:
        return not args.pages or page_id in args.pages

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(window: Any, name: str) -> None:
        target = args.out / f"{prefix}{name}{suffix}.png"
        window.grab().save(str(target))
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)

    def open_window(folder: Path, *, demo: bool) -> tuple[MainWindow, Store]:
        store = Store.open(folder / ("corelog-demo.db" if demo else "corelog.db"))
        if demo:
            generate_history(store)  # the demo history, ending today
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("appearance/theme", args.theme)
        apply_theme(app, args.theme)
        ctx = AppContext(store, settings, DataBus(), QUndoStack(), demo=demo)
        clock = FakeClock()
        specs = [
            PageSpec(s.page_id, s.title, s.icon, s.shortcut, _timer_page_on(clock), s.actions)
            if s.page_id == "timer"
            else s
            for s in page_specs()
        ]
        window = MainWindow(ctx, specs)
        window.timer_clock = clock  # type: ignore[attr-defined]
        window.resize(*(args.size or WINDOW_SIZE))
        window.show()
        settle()
        return window, store

    with tempfile.TemporaryDirectory(prefix="corelog-shots-") as tmp:
        for demo in (True, False):
            extras = [
                e
                for e in EXTRAS
                if e.demo == demo
                and ((wanted(e.page_id) and not args.no_extras) or e.name in (args.pages or ()))
            ]
            if not demo and not extras:
                continue
            folder = Path(tmp) / ("demo" if demo else "empty")
            folder.mkdir()
            window, store = open_window(folder, demo=demo)
            if demo:
                for spec in window.specs:
                    if wanted(spec.page_id):
                        window.show_page(spec.page_id)
                        settle()
                        save(window, spec.page_id)
            for extra in extras:
                window.show_page(extra.page_id)
                shown = extra.prepare(window) if extra.prepare is not None else None
                settle()
                save(shown or window, extra.name)
                if shown is not None:
                    shown.close()
            timer = window.built_pages().get("timer")
            if timer is not None:
                timer.driver.reset()  # so that closing does not ask about the workout
            window.close()
            store.close()


if __name__ == "__main__":
    main()
