"""Start-up time: CoreLog against a bare PySide6 window, measured the same way.

Each run launches a fresh process and records the time from just before the launch to
the moment the process reports that its window is shown and its first page is filled
(CoreLog: CORELOG_STARTUP_PROBE=1 prints `corelog-ready <time.monotonic()>` after the
first paint and quits). The bare window is a QMainWindow with one label, reporting at
the same point. Runs alternate between the two so that machine noise hits both alike.
The last line is:

    startup: corelog_ms=<median> bare_qt_ms=<median> ratio=<corelog/bare>

Usage: python benchmarks/startup.py [--runs 9] [--db PATH]
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


def measure(db: Path, runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    corelog_cmd = [sys.executable, "-m", "corelog", "--db", str(db)]
    bare_cmd = [sys.executable, "-c", BARE_QT]
    launch(corelog_cmd, env)  # warm the file cache; not counted
    launch(bare_cmd, env)
    corelog, bare = [], []
    for _ in range(runs):
        corelog.append(launch(corelog_cmd, env))
        bare.append(launch(bare_cmd, env))
    return corelog, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 7)")
    parser.add_argument("--db", type=Path, help="an existing CoreLog database to open")
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
        corelog, bare = measure(db, runs, env)

    c_med, b_med = statistics.median(corelog), statistics.median(bare)
    print(f"runs: {runs} each, alternating; database: {'given' if args.db else 'empty'}")
    print("corelog ms: " + " ".join(f"{v:.0f}" for v in corelog))
    print("bare qt ms: " + " ".join(f"{v:.0f}" for v in bare))
    print(f"startup: corelog_ms={c_med:.0f} bare_qt_ms={b_med:.0f} ratio={c_med / b_med:.2f}")


if __name__ == "__main__":
    main()
