"""Export and import on the heavy history: how long File > Export… and Import… take.

Generates the heavy history (``services.demo.HEAVY``: about 50,000 runs, core sessions
and soreness entries, with their sets, ending today) once, then measures, in
milliseconds, alternating over several rounds:

* export: ``services.exchange.export_json`` to a new file (read, convert, write, fsync,
  replace);
* csv: ``services.exchange.export_runs_csv``;
* import_empty: ``services.exchange.import_json`` of that file into an empty database
  (check every entry, back up, merge in one transaction);
* import_again: the same file into that database again (everything already here; the
  backup of the now full database is part of it).

Each import runs on a fresh copy of the prepared database, so rounds do not build on one
another. The last line is:

    exchange: export_ms=<m> csv_ms=<m> import_empty_ms=<m> import_again_ms=<m> file_mb=<size>

(medians over the rounds).

Usage: python benchmarks/exchange.py [--rounds 3] [--data DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corelog.services import exchange  # noqa: E402
from corelog.services.demo import HEAVY, generate_history  # noqa: E402
from corelog.store.store import Store  # noqa: E402


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=None, help="folder for the databases")
    args = parser.parse_args()
    folder = args.data or Path(tempfile.mkdtemp(prefix="corelog-bench-exchange-"))
    folder.mkdir(parents=True, exist_ok=True)

    source_path = folder / "heavy.db"
    if not source_path.exists():
        store = Store.open(source_path)
        counts = generate_history(store, HEAVY)
        store.close()
        print(f"generated: {counts}", flush=True)
    source = Store.open(source_path)
    empty_template = folder / "empty.db"
    if not empty_template.exists():
        Store.open(empty_template).close()

    results: dict[str, list[float]] = {
        "export": [],
        "csv": [],
        "import_empty": [],
        "import_again": [],
    }
    export_path = folder / "heavy.json"
    for round_no in range(args.rounds):
        ms, _ = timed(lambda: exchange.export_json(source, export_path))
        results["export"].append(ms)
        ms, _ = timed(lambda: exchange.export_runs_csv(source, folder / "runs.csv"))
        results["csv"].append(ms)

        target_path = folder / f"target-{round_no}.db"
        shutil.copyfile(empty_template, target_path)
        target = Store.open(target_path)
        ms, first = timed(lambda t=target: exchange.import_json(t, export_path))
        results["import_empty"].append(ms)
        ms, again = timed(lambda t=target: exchange.import_json(t, export_path))
        results["import_again"].append(ms)
        assert not again.counts.changed, again.summary
        target.close()
        shutil.rmtree(folder / f"target-{round_no}-backups", ignore_errors=True)
        for part in folder.glob(f"target-{round_no}.db*"):
            part.unlink()
        line = ", ".join(f"{k} {v[-1]:.0f} ms" for k, v in results.items())
        print(f"round {round_no + 1}: {line}; {first.summary}", flush=True)

    size_mb = export_path.stat().st_size / 1e6
    medians = {k: statistics.median(v) for k, v in results.items()}
    source.close()
    print(
        "exchange: "
        + " ".join(f"{k}_ms={v:.0f}" for k, v in medians.items())
        + f" file_mb={size_mb:.1f}"
    )


if __name__ == "__main__":
    main()
