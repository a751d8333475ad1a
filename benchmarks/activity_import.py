"""Importing a watch's history: 1,000 one-hour FIT runs into ten years of training.

Generates 1,000 runs of one hour at one record a second (FIT, with positions, distance,
altitude, heart rate and cadence; about 80 KB each): two thirds as plain files in a
folder, one third gzipped inside a zip as in a Strava export. Opens a generated ten-year
history (``TEN_YEARS`` in ``services/demo.py``), then imports both through the import
dialog's own worker (``ui.activities.worker.ImportWorker``, helper processes as in the
app) while the Qt event loop runs, timing it with a 5 ms timer: the longest gap between
two of its ticks is how long the window would have gone unanswered. Then, optionally,
start-up is measured on the resulting database (``--startup``: benchmarks/startup.py
with ``--history-db``).

Targets: the 1,000 files in under 2 minutes, ``max_stall_ms`` at most 100, peak RSS at
most 400 MB, start-up unchanged with the 1,000 tracks stored. Last line:

    activity_import: files_per_s=<n> mb_per_s=<n> max_stall_ms=<n> rss_mb=<n>

``rss_mb`` is the peak of the app's own process; the helper processes' peak is printed
above it. Usage: python benchmarks/activity_import.py [--files 1000] [--data DIR]
[--startup]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from activity_files import fit_file, gzipped, samples  # noqa: E402

FIRST = datetime(2017, 3, 1, 4, 47, tzinfo=UTC)  # 04:47 UTC: no generated run then


def generate(folder: Path, count: int) -> tuple[list[Path], int]:
    """``count`` one-hour runs, one a day; a third gzipped in ``strava-export.zip``."""
    loose = folder / "garmin"
    loose.mkdir(parents=True)
    archive_path = folder / "strava-export.zip"
    total = 0
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(count):
            start = FIRST + timedelta(days=i * 3, minutes=i % 7)
            data = fit_file(samples(3600, pace_s_per_km=300 + (i % 60)), start=start)
            total += len(data)
            if i % 3 == 2:
                archive.writestr(f"activities/{i}.fit.gz", gzipped(data))
            else:
                (loose / f"{i:04d}.fit").write_bytes(data)
    return [loose, archive_path], total


def ten_year_history(path: Path) -> None:
    from corelog.services.demo import TEN_YEARS, generate_history
    from corelog.store.store import Store

    store = Store.open(path)
    try:
        generate_history(store, TEN_YEARS)
    finally:
        store.close()


def run_import(db: Path, paths: list[Path]) -> tuple[float, float, object]:
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from corelog.services.activity_import import ActivityImport, ImportOptions
    from corelog.store.store import Store
    from corelog.ui.activities.worker import ImportWorker

    app = QApplication.instance() or QApplication([])
    store = Store.open(db)
    store.warm_up()
    importer = ActivityImport(store, paths, ImportOptions())
    worker = ImportWorker(importer)
    result: dict[str, object] = {}
    worker.signals.done.connect(lambda report: result.setdefault("report", report))
    worker.signals.failed.connect(lambda message: result.setdefault("error", message))
    ticks = QElapsedTimer()
    stall = [0.0]

    def tick() -> None:
        gap = ticks.nsecsElapsed() / 1e6
        ticks.restart()
        stall[0] = max(stall[0], gap - 5.0)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    ticks.start()
    timer.start()
    QThreadPool.globalInstance().start(worker)
    while "report" not in result and "error" not in result:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    used = cpu.ru_utime + cpu.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
    print(f"the app's own process used {used:.1f} s of CPU during the import")
    timer.stop()
    store.close()
    if "error" in result:
        raise RuntimeError(result["error"])
    return elapsed, stall[0], result["report"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--data", type=Path, help="keep the files and databases here")
    parser.add_argument("--startup", action="store_true", help="then measure start-up")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="corelog-import-bench-") as tmp:
        folder = args.data or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        paths, size = generate(folder / "files", args.files)
        took = time.perf_counter() - t0
        print(f"generated {args.files} files, {size / 1e6:.1f} MB, in {took:.1f} s")
        db = folder / "ten-years.db"
        ten_year_history(db)
        elapsed, stall, report = run_import(db, paths)
        print(report.summary())
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"import: {elapsed:.1f} s, helper processes' peak RSS {helpers:.0f} MB")
        if args.startup:
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "startup.py"), "--history-db", str(db)],
                check=True,
            )
        print(
            f"activity_import: files_per_s={args.files / elapsed:.1f} "
            f"mb_per_s={size / 1e6 / elapsed:.2f} max_stall_ms={stall:.0f} rss_mb={own:.0f}"
        )


if __name__ == "__main__":
    main()
