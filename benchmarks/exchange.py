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
  backup of the now full database is part of it);
* save_wait: while that file is imported into an empty database on a worker thread (as
  File > Import… does), the user saves a run every 100 ms on the main thread, through the
  same service the run form calls: how long each save waits (median and longest), and
  that every one of them is in the log afterwards;
* cancel: an import cancelled half way, from the moment Cancel is pressed until the log
  is as it was (everything the import wrote taken back).

Each import runs on a fresh copy of the prepared database, so rounds do not build on one
another. The last line is:

    exchange: export_ms=<m> csv_ms=<m> import_empty_ms=<m> import_again_ms=<m>
              save_wait_median_ms=<m> save_wait_max_ms=<m> saves=<n> cancel_ms=<m>
              file_mb=<size>

(on one line; medians over the rounds, the longest save wait of all rounds), then
``recordings=<n>`` when runs imported from watch files are part of the history.

``--recordings N`` adds N runs imported from one-hour FIT files (a sample a second, with
position, altitude, heart rate and cadence, as a watch records them; written as the
activity-import benchmark writes them and imported through ``services.activity_import``)
to the heavy history, so their recordings and tracks travel in the file too.

Usage: python benchmarks/exchange.py [--rounds 3] [--data DIR] [--recordings N]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corelog.services import exchange  # noqa: E402
from corelog.services.demo import HEAVY, generate_history  # noqa: E402
from corelog.store.store import Store  # noqa: E402


def add_recorded_runs(store, folder: Path, count: int) -> None:
    """``count`` runs imported from one-hour FIT files, one every third day from 2017."""
    from datetime import UTC, datetime

    sys.path.insert(0, str(ROOT / "tests"))
    from activity_files import fit_file, samples
    from corelog.services.activity_import import ActivityImport, ImportOptions

    def recorded(i: int) -> list:
        """A steady hour with a watch's noise (GPS jitter, heart rate and cadence that
        wander), so tracks pack about as well as real ones (about 24 KB an hour)."""
        wobble = random.Random(i)
        out = []
        for sample in samples(3600, pace_s_per_km=300 + (i % 60)):
            out.append(
                dataclasses.replace(
                    sample,
                    lat=sample.lat + wobble.gauss(0, 2e-5),
                    lon=sample.lon + wobble.gauss(0, 2e-5),
                    alt=sample.alt + wobble.gauss(0, 0.5),
                    hr=sample.hr + wobble.randint(-3, 3),
                    cad=sample.cad + wobble.randint(-2, 2),
                )
            )
        return out

    files = folder / "watch-files"
    files.mkdir(parents=True, exist_ok=True)
    first = datetime(2017, 3, 1, 4, 47, tzinfo=UTC)  # 04:47 UTC: no generated run then
    for i in range(count):
        start = first + timedelta(days=i * 3, minutes=i % 7)
        data = fit_file(recorded(i), start=start)
        (files / f"{i:04d}.fit").write_bytes(data)
    report = ActivityImport(store, [files], ImportOptions(typed="keep")).run()
    shutil.rmtree(files)
    print(f"watch files: {report.summary()}", flush=True)


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def a_run(store, n: int) -> int:
    """A run saved as the run form saves it (checked, then through the service)."""
    from corelog.domain import clock
    from corelog.services import runs

    now = clock.local_now()
    draft = runs.RunDraft(now - timedelta(minutes=n + 1), "5", "25:00", notes=f"during {n}")
    return runs.add_run(store, runs.check_run(store, draft, "km", now))


def saves_during_import(store, path: Path) -> tuple[list[float], object]:
    """Import ``path`` on a worker thread while saving a run every 100 ms here."""
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(exchange.import_json(store, path)))
    worker.start()
    time.sleep(3.0)  # past reading and checking the file: the merge is under way
    waits: list[float] = []
    saved: list[int] = []
    while worker.is_alive():
        start = time.perf_counter()
        saved.append(a_run(store, len(saved)))
        waits.append((time.perf_counter() - start) * 1000)
        time.sleep(0.1)
    worker.join()
    kept = {r[0] for r in store.reader.all("SELECT id FROM run WHERE deleted_at IS NULL")}
    assert set(saved) <= kept, "a save made during the import was lost"
    return waits, done[0]


def cancelled_import(store, path: Path) -> float:
    """Cancel an import half way; milliseconds from Cancel to the log as it was."""
    cancel = threading.Event()
    pressed: list[float] = []
    before = store.reader.scalar("SELECT count(*) FROM run")

    def progress(done: int, total: int) -> None:
        if done > total // 2 and not cancel.is_set():
            pressed.append(time.perf_counter())
            cancel.set()

    try:
        exchange.import_json(store, path, progress, cancel=cancel)
    except exchange.ImportCancelled:
        took = (time.perf_counter() - pressed[0]) * 1000
    else:
        raise AssertionError("the import was not cancelled")
    assert store.reader.scalar("SELECT count(*) FROM run") == before
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=None, help="folder for the databases")
    parser.add_argument(
        "--recordings", type=int, default=0, help="runs imported from one-hour FIT files"
    )
    args = parser.parse_args()
    folder = args.data or Path(tempfile.mkdtemp(prefix="corelog-bench-exchange-"))
    folder.mkdir(parents=True, exist_ok=True)

    name = f"heavy-{args.recordings}-recorded" if args.recordings else "heavy"
    source_path = folder / f"{name}.db"
    if not source_path.exists():
        store = Store.open(source_path)
        counts = generate_history(store, HEAVY)
        if args.recordings:
            add_recorded_runs(store, folder, args.recordings)
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
        "cancel": [],
    }
    all_waits: list[float] = []
    saves = 0
    export_path = folder / f"{name}.json"
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

        busy_path = folder / f"busy-{round_no}.db"
        shutil.copyfile(empty_template, busy_path)
        busy = Store.open(busy_path)
        busy.warm_up()
        waits, _result = saves_during_import(busy, export_path)
        all_waits += waits
        saves += len(waits)
        busy.close()

        cancel_path = folder / f"cancel-{round_no}.db"
        shutil.copyfile(empty_template, cancel_path)
        cancelling = Store.open(cancel_path)
        results["cancel"].append(cancelled_import(cancelling, export_path))
        cancelling.close()

        for name in (f"target-{round_no}", f"busy-{round_no}", f"cancel-{round_no}"):
            shutil.rmtree(folder / f"{name}-backups", ignore_errors=True)
            for part in folder.glob(f"{name}.db*"):
                part.unlink()
        line = ", ".join(f"{k} {v[-1]:.0f} ms" for k, v in results.items())
        wait = f"saves {len(waits)}, wait median {statistics.median(waits):.0f} ms, "
        wait += f"longest {max(waits):.0f} ms"
        print(f"round {round_no + 1}: {line}; {wait}; {first.summary}", flush=True)

    size_mb = export_path.stat().st_size / 1e6
    medians = {k: statistics.median(v) for k, v in results.items()}
    source.close()
    cancel_ms = medians.pop("cancel")
    print(
        "exchange: "
        + " ".join(f"{k}_ms={v:.0f}" for k, v in medians.items())
        + f" save_wait_median_ms={statistics.median(all_waits):.0f}"
        + f" save_wait_max_ms={max(all_waits):.0f} saves={saves} cancel_ms={cancel_ms:.0f}"
        + f" file_mb={size_mb:.1f}"
        + (f" recordings={args.recordings}" if args.recordings else "")
    )


if __name__ == "__main__":
    main()
