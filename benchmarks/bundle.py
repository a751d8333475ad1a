"""The desktop bundle: its size, and its start-up against CoreLog run from the checkout.

Run after `make bundle`. Measures the bundle folder (bytes on disk and files, and the
size of a gzip-compressed tar of it, as it would be handed out), then launches the
bundle's ``corelog`` and the checkout's ``.venv/bin/corelog`` (what `make run` starts)
alternately on the same database, each from launch to its first page on screen
(``CORELOG_STARTUP_PROBE=1``, as benchmarks/startup.py does). The last line is:

    bundle: mb=<on disk> tgz_mb=<compressed> files=<n> bundle_ms=<median>
            source_ms=<median> ratio=<bundle/source>

(on one line). The database is an empty one unless ``--db`` gives another.

Usage: python benchmarks/bundle.py [dist/CoreLog] [--runs 9] [--db PATH] [--no-tgz]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import launch  # noqa: E402


def folder_size(folder: Path) -> tuple[int, int]:
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def tgz_size(folder: Path, tmp: Path) -> int:
    archive = tmp / "CoreLog.tgz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "CoreLog")
    parser.add_argument("--runs", type=int, default=9, help="launches of each (at least 5)")
    parser.add_argument("--db", type=Path, help="a CoreLog database to open (default: empty)")
    parser.add_argument("--no-tgz", action="store_true", help="skip the compressed size")
    args = parser.parse_args()
    program = args.bundle / "corelog"
    if not program.is_file():
        raise SystemExit(f"no bundle at {args.bundle} (run `make bundle`)")
    source = ROOT / ".venv" / "bin" / "corelog"
    runs = max(5, args.runs)

    with tempfile.TemporaryDirectory(prefix="corelog-bundle-bench-") as tmp:
        size, files = folder_size(args.bundle)
        packed = None if args.no_tgz else tgz_size(args.bundle, Path(tmp))
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            CORELOG_STARTUP_PROBE="1",
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
        )
        env.pop("PYTHONPATH", None)
        if args.db is not None:
            db = args.db
        else:
            from corelog.store.store import Store

            db = Path(tmp) / "empty.db"
            Store.open(db).close()
        bundle_cmd = [str(program.resolve()), "--db", str(db)]
        source_cmd = [str(source), "--db", str(db)]
        for cmd in (bundle_cmd, source_cmd):
            launch(cmd, env)  # warm the file cache; not counted
        bundle, checkout = [], []
        for _ in range(runs):
            bundle.append(launch(bundle_cmd, env))
            checkout.append(launch(source_cmd, env))

    b_med, s_med = statistics.median(bundle), statistics.median(checkout)
    print(f"runs: {runs} each, alternating; database: {'given' if args.db else 'empty'}")
    print("bundle ms: " + " ".join(f"{v:.0f}" for v in bundle))
    print("source ms: " + " ".join(f"{v:.0f}" for v in checkout))
    tgz = "-" if packed is None else f"{packed / 1e6:.0f}"
    print(
        f"bundle: mb={size / 1e6:.0f} tgz_mb={tgz} files={files} bundle_ms={b_med:.0f} "
        f"source_ms={s_med:.0f} ratio={b_med / s_med:.2f}"
    )


if __name__ == "__main__":
    main()
