"""Start-up time: CoreLog against a bare PySide6 window, and with ten years of history.

Each run launches a fresh process and records the time from just before the launch to
the moment the process reports that its window is shown and its first page is filled
(CoreLog: CORELOG_STARTUP_PROBE=1 prints `corelog-ready <time.monotonic()>` after the
first paint and quits). The bare window is a QMainWindow with one label, reporting at
the same point. CoreLog is timed on an empty database and on a generated ten-year
history (about 3,800 runs, 1,500 core sessions with 18,000 sets, 300 soreness entries,
ending today, so the Today page has a full week, records and soreness to show). Runs
alternate between the three so that machine noise hits them alike. The last line is:

    startup: corelog_ms=<median> bare_qt_ms=<median> ratio=<corelog/bare>
             history_growth=<ten-year median / empty median>

(on one line). ``corelog_ms`` and ``ratio`` are for the empty database (or ``--db``).

Usage: python benchmarks/startup.py [--runs 9] [--db PATH] [--history-db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BARE_QT = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 760)
window.show()
def probe():
    app.processEvents()
    print(f"corelog-ready {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, probe)
app.exec()
"""


def launch(cmd: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launch to the process's ready line."""
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("corelog-ready "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"{cmd[:3]} never reported ready:\n{proc.stdout}\n{proc.stderr}")


def measure(
    db: Path, history_db: Path, runs: int, env: dict[str, str]
) -> tuple[list[float], list[float], list[float]]:
    """Alternating runs: CoreLog on ``db``, CoreLog on ``history_db``, the bare window."""
    corelog_cmd = [sys.executable, "-m", "corelog", "--db", str(db)]
    history_cmd = [sys.executable, "-m", "corelog", "--db", str(history_db)]
    bare_cmd = [sys.executable, "-c", BARE_QT]
    for cmd in (corelog_cmd, history_cmd, bare_cmd):
        launch(cmd, env)  # warm the file cache; not counted
    corelog, history, bare = [], [], []
    for _ in range(runs):
        corelog.append(launch(corelog_cmd, env))
        history.append(launch(history_cmd, env))
        bare.append(launch(bare_cmd, env))
    return corelog, history, bare


def ten_year_database(path: Path) -> str:
    """Generate the ten-year history into ``path``; describe what it holds."""
    from corelog.services.demo import TEN_YEARS, generate_history
    from corelog.store.store import Store

    store = Store.open(path)
    try:
        counts = generate_history(store, TEN_YEARS)
    finally:
        store.close()
    return (
        f"{counts.runs} runs, {counts.core_sessions} core sessions ({counts.core_sets} sets), "
        f"{counts.soreness} soreness entries"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 7)")
    parser.add_argument("--db", type=Path, help="an existing CoreLog database to open")
    parser.add_argument(
        "--history-db",
        type=Path,
        help="a CoreLog database with a long history (default: generate ten years)",
    )
    args = parser.parse_args()
    runs = max(7, args.runs)

    with tempfile.TemporaryDirectory(prefix="corelog-startup-") as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            CORELOG_STARTUP_PROBE="1",
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            PYTHONPATH=str(ROOT / "src"),
        )
        if args.db is not None:
            db = args.db
        else:
            from corelog.store.store import Store

            db = Path(tmp) / "empty.db"
            Store.open(db).close()
        if args.history_db is not None:
            history_db, held = args.history_db, "given"
        else:
            history_db = Path(tmp) / "ten-years.db"
            held = ten_year_database(history_db)
        corelog, history, bare = measure(db, history_db, runs, env)

    c_med, h_med = statistics.median(corelog), statistics.median(history)
    b_med = statistics.median(bare)
    print(f"runs: {runs} each, alternating; database: {'given' if args.db else 'empty'}")
    print(f"history database: {held}")
    print("corelog ms:         " + " ".join(f"{v:.0f}" for v in corelog))
    print("corelog history ms: " + " ".join(f"{v:.0f}" for v in history))
    print("bare qt ms:         " + " ".join(f"{v:.0f}" for v in bare))
    print(f"corelog with history: median {h_med:.0f} ms")
    print(
        f"startup: corelog_ms={c_med:.0f} bare_qt_ms={b_med:.0f} ratio={c_med / b_med:.2f} "
        f"history_growth={h_med / c_med:.2f}"
    )


if __name__ == "__main__":
    main()
