"""The History page on long histories: opening it, one filter keystroke, the charts.

Generates two histories ending today (``services.demo``): ten years (about 4,000 runs,
1,500 core sessions with their sets, 300 soreness entries) and a heavy one of about
50,000 entries. For each, several fresh processes open CoreLog's main window on it,
offscreen at 1180 x 760, as the app does (the first page shown, the other pages built
once the window is up), then measure, in milliseconds:

* open: a click on History in the sidebar until the page is painted with the timeline
  (the history is read at that moment, the first time the page is shown);
* filter: one keystroke in the notes search until the list is repainted, without the
  short pause the page leaves for the next keystroke (the median of several single
  keystrokes: type, type again, Backspace, and a switch of the kind filter);
* charts: a click on the Charts tab until every chart and the insights are drawn for
  the range (12 weeks): the insights worked out, the charts drawn. While the user looks
  at the timeline, pyqtgraph is imported (on a thread) and the holds read, the history
  summed and the charts built a slice at a time between events, so this click comes
  after that preparation (how long it still took after the keystrokes is reported); a
  click straight after opening, before any preparation, is reported too;
* rss: the peak resident memory of the process.

Also reported: building the page on the click itself (``first_build``, when the page was
not built in advance) and switching the charts to all the history (``charts_all``).
Targets (heavy set): open at most 300 ms, filter at most 50 ms, charts at most 300 ms,
peak memory at most 250 MB. The last line is:

    history: open_ms=<m> filter_ms=<m> charts_ms=<m> rss_mb=<peak>

for the heavy set (medians over the runs; rss the highest peak).

Usage: python benchmarks/history.py [--runs 5] [--data DIR] [--sets ten_years heavy]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SETS = ("ten_years", "heavy")
WINDOW = (1180, 760)


# ------------------------------------------------------------------------- one run


def measure_once(db: Path) -> dict[str, float]:
    """Open CoreLog on ``db`` in this process and time the History page (see above)."""
    import resource

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from corelog.store.store import Store
    from corelog.ui.application import make_qapplication
    from corelog.ui.bus import DataBus
    from corelog.ui.context import AppContext
    from corelog.ui.main_window import MainWindow
    from corelog.ui.settings import AppSettings
    from corelog.ui.theme import apply_theme

    app = make_qapplication()
    apply_theme(app, "light")
    settings_dir = tempfile.mkdtemp(prefix="corelog-bench-settings-")
    settings = AppSettings(
        QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    )
    store = Store.open(db)
    ctx = AppContext(store, settings, DataBus(), QUndoStack())
    window = MainWindow(ctx)
    window.resize(*WINDOW)
    window.show()
    app.processEvents()
    first_build = os.environ.get("CORELOG_BENCH_FIRST_BUILD") == "1"
    if not first_build:
        # As after start-up: every page built, the window idle.
        for spec in window.specs:
            window.page(spec.page_id)
        app.processEvents()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    # -- open: click History in the sidebar until the page is painted
    row = next(i for i, spec in enumerate(window.specs) if spec.page_id == "history")
    start = time.perf_counter()
    window.nav.setCurrentRow(row)
    page = window.page("history")
    window.repaint()
    open_ms = (time.perf_counter() - start) * 1000
    settle()
    results: dict[str, float] = {"first_build_ms" if first_build else "open_ms": open_ms}
    if first_build:
        # Straight on to the charts, before anything could be prepared for them.
        start = time.perf_counter()
        page.tabs.setCurrentIndex(2)
        window.repaint()
        results["charts_at_once_ms"] = (time.perf_counter() - start) * 1000
        return results | {"rss_mb": _peak_rss_mb(resource)}
    entries = len(page.source.timeline())

    # -- filter: single keystrokes in the notes search, and a kind switch
    timeline = page.timeline
    table = timeline.table
    search = timeline.search
    search.setFocus()
    timings = []
    for key in ("e", "a", "s", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "l"):
        start = time.perf_counter()
        if isinstance(key, str):
            QTest.keyClicks(search, key)
        else:
            QTest.keyClick(search, key)
        timeline.apply_filter()  # what the search does once typing pauses
        table.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
        settle()
    search.clear()
    timeline.apply_filter()
    settle()
    start = time.perf_counter()
    timeline.kind.setCurrentIndex(1)  # runs only
    table.viewport().repaint()
    timings.append((time.perf_counter() - start) * 1000)
    timeline.kind.setCurrentIndex(0)
    settle()

    # -- charts: while the user looks at the timeline, pyqtgraph is imported and what the
    # charts need prepared between events; a user pauses there at least that long (well
    # under a second on the heavy set) before a click.
    start = time.perf_counter()
    deadline = start + 20
    while (page.charts_tab is None or not page.source.arrays_ready) and (
        time.perf_counter() < deadline
    ):
        app.processEvents()
        time.sleep(0.01)
    prepared_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    page.tabs.setCurrentIndex(2)
    window.repaint()
    charts_ms = (time.perf_counter() - start) * 1000
    settle()
    start = time.perf_counter()
    page.charts_tab.set_range("all")
    window.repaint()
    charts_all_ms = (time.perf_counter() - start) * 1000
    settle()
    app.processEvents()
    QApplication.processEvents()
    window.close()
    store.close()
    return results | {
        "entries": entries,
        "filter_ms": statistics.median(timings),
        "filter_max_ms": max(timings),
        "charts_ms": charts_ms,
        "charts_all_ms": charts_all_ms,
        "prepared_ms": prepared_ms,
        "rss_mb": _peak_rss_mb(resource),
    }


def _peak_rss_mb(resource) -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def pyqtgraph_import_ms() -> float:
    """How long importing pyqtgraph (with numpy) takes in a fresh process, after Qt."""
    code = (
        "import time; from PySide6 import QtWidgets; t = time.perf_counter(); "
        "import pyqtgraph; print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------- the data


def make_database(folder: Path, name: str) -> Path:
    """The generated history ``name`` ending today, made once and kept in ``folder``."""
    from corelog.services.demo import HEAVY, TEN_YEARS, generate_history
    from corelog.store.store import Store

    today = date.today()
    path = folder / f"history-{name}-{today.isoformat()}.db"
    if path.exists():
        return path
    plan = {"ten_years": TEN_YEARS, "heavy": HEAVY}[name]
    partial = path.with_suffix(".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    store = Store.open(partial)
    try:
        counts = generate_history(store, plan, last_day=today)
    finally:
        store.close()
    partial.rename(path)
    print(
        f"generated {name}: {counts.runs:,} runs, {counts.core_sessions:,} core sessions "
        f"({counts.core_sets:,} sets), {counts.soreness:,} soreness entries "
        f"= {counts.entries:,} entries",
        flush=True,
    )
    return path


def run_child(db: Path, *, first_build: bool = False) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        QT_LOGGING_RULES="qt.qpa.*=false;qt.multimedia.*=false",
        PYTHONPATH=str(ROOT / "src"),
    )
    if first_build:
        env["CORELOG_BENCH_FIRST_BUILD"] = "1"
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"the measuring process failed:\n{proc.stdout}\n{proc.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per set")
    parser.add_argument("--data", type=Path, help="folder to keep the generated databases in")
    parser.add_argument("--sets", nargs="*", choices=SETS, default=list(SETS))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure_once(args.child)), flush=True)
        return

    runs = max(1, args.runs)
    with tempfile.TemporaryDirectory(prefix="corelog-history-bench-") as tmp:
        folder = args.data or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"pyqtgraph import (fresh process, after Qt): {pyqtgraph_import_ms():.0f} ms")
        final: dict[str, float] | None = None
        for name in args.sets:
            db = make_database(folder, name)
            results = [run_child(db) for _ in range(runs)]
            cold = [run_child(db, first_build=True) for _ in range(runs)]
            med = {
                key: statistics.median(r[key] for r in results)
                for key in results[0]
                if key != "rss_mb"
            }
            med["rss_mb"] = max(r["rss_mb"] for r in results)
            for key in ("first_build_ms", "charts_at_once_ms"):
                med[key] = statistics.median(r[key] for r in cold)
            print(
                f"{name}: {int(med['entries']):,} entries, {runs} runs (medians) — "
                f"open {med['open_ms']:.0f} ms (page built on the click: "
                f"{med['first_build_ms']:.0f} ms), filter {med['filter_ms']:.0f} ms "
                f"(slowest keystroke {med['filter_max_ms']:.0f} ms), charts "
                f"{med['charts_ms']:.0f} ms (all history: {med['charts_all_ms']:.0f} ms; "
                f"straight after opening: {med['charts_at_once_ms']:.0f} ms; preparation left "
                f"after the keystrokes: {med['prepared_ms']:.0f} ms), "
                f"peak RSS {med['rss_mb']:.0f} MB",
                flush=True,
            )
            print(
                "  open ms: "
                + " ".join(f"{r['open_ms']:.0f}" for r in results)
                + " | filter ms: "
                + " ".join(f"{r['filter_ms']:.0f}" for r in results)
                + " | charts ms: "
                + " ".join(f"{r['charts_ms']:.0f}" for r in results),
                flush=True,
            )
            if name == "heavy":
                final = med
        if final is not None:
            print(
                f"history: open_ms={final['open_ms']:.0f} filter_ms={final['filter_ms']:.0f} "
                f"charts_ms={final['charts_ms']:.0f} rss_mb={final['rss_mb']:.0f}"
            )


if __name__ == "__main__":
    main()
