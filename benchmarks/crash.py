"""Kill CoreLog's writer at random moments: nothing it reported saved is lost, the file stays whole.

A writer process saves every kind of entry through the services, as the pages do (runs,
core sessions with sets, plank-timer holds, soreness entries with follow-ups, shoes and
their retirement, an undo of its last change, imports of export files written in short
transactions), and after each save returns it appends what it saved to an
acknowledgement file (flushed to disk). This script kills that process with SIGKILL at
a random moment, ``--kills`` times, and after each kill opens the database as CoreLog's
next start would (an import cut short is taken back then), and checks:

* ``PRAGMA integrity_check`` says ok and ``PRAGMA foreign_key_check`` finds nothing;
* every save the writer acknowledged is present and whole (every column as written), and
  what an acknowledged undo removed is gone;
* every import is all or nothing: each file's entries are either all there or none.

The last line is::

    crash: kills=<n> acknowledged=<saves> lost=<n> integrity_failures=<n>

Usage: python benchmarks/crash.py [--kills 200] [--seed 1] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

IMPORT_FILES = 3
IMPORT_CHUNK_ROWS = 100  # short transactions, so a kill lands between them often
SOFT = {"run", "core_session", "soreness_entry", "shoe"}
SKIP = {"id", "created_at", "updated_at", "deleted_at"}


# ---------------------------------------------------------------------------- the writer


class Writer:
    """Saves through the services for ever, acknowledging each save once it returned."""

    def __init__(self, db: Path, acks: Path, files: list[Path], seed: int) -> None:
        from corelog.services.exercises import ensure_library, library
        from corelog.store import exchange_merge
        from corelog.store.store import Store

        exchange_merge.CHUNK_ROWS = IMPORT_CHUNK_ROWS
        self.store = Store.open(db)
        self.store.warm_up()  # the ORM is loaded before the first save, as after start-up
        ensure_library(self.store)
        self.library = library(self.store)
        self.acks = open(acks, "a", encoding="utf-8")  # noqa: SIM115 (lives as long as we do)
        self.files = files
        self.folder = acks.parent
        self.imports = 0
        self.rng = random.Random(seed)
        self.undo: list[tuple[str, Any]] = []

    def ack(self, *events: dict[str, Any]) -> None:
        for event in events:
            self.acks.write(json.dumps(event) + "\n")
        self.acks.flush()
        os.fsync(self.acks.fileno())

    def put(self, table: str, row_id: int) -> dict[str, Any]:
        row = self.store.reader.one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        assert row is not None
        values = {k: row[k] for k in row.keys() if k not in SKIP}  # noqa: SIM118
        return {"op": "put", "table": table, "uuid": row["uuid"], "values": values}

    def gone(self, table: str, uuid: str) -> dict[str, Any]:
        return {"op": "gone", "table": table, "uuid": uuid}

    def intend(self, table: str, row_id: int) -> None:
        """Say, before changing an acknowledged entry, that it may change: killed after the
        change and before its acknowledgement, the entry may be either way."""
        uuid = self.store.reader.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))
        self.ack({"op": "intent", "table": table, "uuid": uuid})

    def text(self) -> str:
        pieces = ["tempo", "hills", "Café ☕", "δρόμος", "走る", "🏃‍♀️", '"quoted"', "line\nbreak"]
        return " ".join(self.rng.choice(pieces) for _ in range(self.rng.randint(0, 4)))

    def when(self):
        from corelog.domain import clock

        return clock.local_now() - timedelta(minutes=self.rng.randint(60, 60 * 24 * 30))

    # -------------------------------------------------------------- saves
    def run(self) -> None:
        from corelog.domain import clock
        from corelog.services import runs

        draft = runs.RunDraft(
            started_at=self.when(),
            distance=f"{self.rng.uniform(1, 42):.2f}",
            duration=f"{self.rng.randint(10, 200)}:{self.rng.randint(0, 59):02d}",
            effort=self.rng.choice([None, *range(1, 11)]),
            notes=self.text(),
        )
        checked = runs.check_run(self.store, draft, "km", clock.local_now())
        run_id = runs.add_run(self.store, checked)
        self.undo.append(("run", run_id))
        self.ack(self.put("run", run_id))

    def session(self) -> None:
        from corelog.services import core, core_form

        sets = []
        for _ in range(self.rng.randint(1, 5)):
            exercise = self.rng.choice(self.library)
            amount = f"{self.rng.randint(10, 90)}s" if exercise.measure == "hold" else "12"
            side = self.rng.choice(["left", "right"]) if exercise.sided else None
            sets.append(core_form.SetForm(exercise.id, amount, side))
        values = core_form.check_session(
            self.store, core_form.SessionForm(self.when(), sets, notes=self.text())
        )
        op = core.AddSession(self.store, values)
        session_id = op.do()
        self.undo.append(("session", (op, session_id)))
        set_ids = [
            r[0]
            for r in self.store.reader.all(
                "SELECT id FROM core_set WHERE session_id = ?", (session_id,)
            )
        ]
        self.ack(self.put("core_session", session_id), *(self.put("core_set", i) for i in set_ids))

    def holds(self) -> None:
        from corelog.domain import clock
        from corelog.domain.timer_workouts import FinishedWorkout, TimerHold
        from corelog.services import timer_workouts

        plank = next(e for e in self.library if e.key == "plank")
        holds = [TimerHold(self.rng.randint(20_000, 90_000)) for _ in range(3)]
        workout = FinishedWorkout(
            exercise_id=plank.id,
            mode="countdown",
            target_hold_ms=45_000,
            planned_sets=3,
            rest_ms=30_000,
            prep_ms=5_000,
            alternate_sides=False,
            completed=False,
            started_at=clock.local_now() - timedelta(minutes=5),
            holds=holds,
        )
        op = timer_workouts.SaveTimerWorkout(self.store, workout, clock.today())
        saved = op.do()
        self.undo.append(("holds", (op, saved)))
        events = [self.put("timer_workout", saved.workout_id)]
        events += [self.put("core_set", i) for i in saved.set_ids]
        if saved.session_created:
            events.append(self.put("core_session", saved.session_id))
        self.ack(*events)

    def soreness(self) -> None:
        from corelog.services import recovery

        form = recovery.SorenessForm(
            noted_at=self.when(),
            region="calves",
            severity=self.rng.randint(0, 10),
            feel="dull",
            onset="delayed",
            trend="improving",
            days_lasted=1,
            notes=self.text(),
        )
        entry_id = recovery.add_entry(self.store, recovery.check_entry(self.store, form))
        self.undo.append(("soreness", entry_id))
        follow = recovery.check_follow_up(
            self.store, entry_id, recovery.FollowUpForm(2, "improving", notes=self.text())
        )
        follow_id = recovery.add_follow_up(self.store, entry_id, follow)
        self.ack(self.put("soreness_entry", entry_id), self.put("soreness_update", follow_id))

    def shoe(self) -> None:
        from corelog.services import shoes

        pairs = shoes.list_shoes(self.store)
        if pairs and self.rng.random() < 0.5:
            pair = self.rng.choice(pairs)
            self.intend("shoe", pair.id)
            shoes.set_retired(self.store, pair.id, not pair.retired)
            self.ack(self.put("shoe", pair.id))
            return
        name = f"Pair {self.rng.randrange(10**9)}"
        shoe_id = shoes.add_shoe(self.store, shoes.check_shoe(self.store, name, "120", "km"))
        self.undo.append(("shoe", shoe_id))
        self.ack(self.put("shoe", shoe_id))

    def undo_last(self) -> None:
        from corelog.services import recovery, runs, shoes

        if not self.undo:
            return
        kind, what = self.undo.pop()
        uuid = lambda table, row_id: self.store.reader.scalar(  # noqa: E731
            f"SELECT uuid FROM {table} WHERE id = ?", (row_id,)
        )
        table = {"run": "run", "session": "core_session", "soreness": "soreness_entry"}.get(
            kind, "shoe"
        )
        if kind == "holds":
            _op, saved = what
            for row in saved.set_rows:
                self.intend("core_set", row["id"])
            self.intend("timer_workout", saved.workout_id)
            if saved.session_created:
                self.intend("core_session", saved.session_id)
        else:
            self.intend(table, what[1] if kind == "session" else what)
        if kind == "run":
            runs.delete_runs(self.store, [what])
            self.ack(self.gone("run", uuid("run", what)))
        elif kind == "session":
            op, session_id = what
            op.undo()
            self.ack(self.gone("core_session", uuid("core_session", session_id)))
        elif kind == "holds":
            op, saved = what
            op.undo()
            events = [self.gone("timer_workout", saved.workout_row["uuid"])]
            events += [self.gone("core_set", row["uuid"]) for row in saved.set_rows]
            if saved.session_created:
                events.append(self.gone("core_session", saved.session_row["uuid"]))
            self.ack(*events)
        elif kind == "soreness":
            recovery.delete_entry(self.store, what)
            self.ack(self.gone("soreness_entry", uuid("soreness_entry", what)))
        elif kind == "shoe":
            shoes.delete_shoe(self.store, what)
            self.ack(self.gone("shoe", uuid("shoe", what)))

    def import_file(self) -> None:
        """Import another computer's log: one of the prepared files with every entry given
        a new uuid, so that each import writes all of it (and a kill lands in the middle)."""
        from corelog.services import exchange

        document = json.loads(self.rng.choice(self.files).read_text(encoding="utf-8"))
        fresh = {
            entry["uuid"]: str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))
            for key in ("shoes", "exercises", "runs", "core_sessions", "soreness_entries")
            for entry in document[key]
        }
        for session in document["core_sessions"]:
            for part in (*session["sets"], *session["timer_workouts"]):
                fresh[part["uuid"]] = str(uuid_module.UUID(int=self.rng.getrandbits(128)))
        for entry in document["soreness_entries"]:
            for part in entry["follow_ups"]:
                fresh[part["uuid"]] = str(uuid_module.UUID(int=self.rng.getrandbits(128)))
        text = json.dumps(document)
        for old, new in fresh.items():
            text = text.replace(old, new)
        self.imports += 1
        path = self.folder / f"import-{os.getpid()}-{self.imports}.json"
        path.write_text(text, encoding="utf-8")
        self.ack({"op": "importing", "file": str(path)})
        exchange.import_json(self.store, path)
        self.undo.clear()  # as the window does after an import
        self.ack({"op": "import", "file": str(path)})

    def work(self) -> None:
        saves = [self.run] * 5 + [self.session] * 4 + [self.holds] * 3 + [self.soreness] * 2
        saves += [self.shoe, self.undo_last, self.undo_last, *[self.import_file] * 3]
        print("ready", flush=True)
        while True:
            self.rng.choice(saves)()


# ---------------------------------------------------------------------------- the checks


def file_uuids(path: Path) -> dict[str, set[str]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {
        "run": {r["uuid"] for r in document["runs"]},
        "core_session": {s["uuid"] for s in document["core_sessions"]},
        "soreness_entry": {e["uuid"] for e in document["soreness_entries"]},
    }


def check(
    db: Path, acks: Path, files: dict[Path, dict[str, set[str]]]
) -> tuple[int, int, int, int]:
    """(acknowledged saves, lost, integrity failures, imports taken back) after opening
    ``db`` as CoreLog would."""
    from corelog.store.store import Store

    opened = Store.open(db)  # what the next start does: an unfinished import is taken back
    taken_back = opened.imports_taken_back
    opened.close()
    failures = 0
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            failures += 1
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            failures += 1
        # A shoe or exercise made on two computers is known by one of its uuids here.
        same = dict(conn.execute("SELECT uuid, same_as FROM uuid_alias").fetchall())
        expected: dict[tuple[str, str], dict[str, Any]] = {}
        imported: set[str] = set()
        acknowledged = 0
        for line in acks.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            key = (event.get("table"), same.get(event.get("uuid"), event.get("uuid")))
            if event["op"] == "intent":
                # A change was under way: until acknowledged, the entry may be either way.
                expected.pop(key, None)
                continue
            acknowledged += 1
            if event["op"] == "importing":
                files.setdefault(Path(event["file"]), file_uuids(Path(event["file"])))
                acknowledged -= 1  # said before, not a save
            elif event["op"] == "import":
                imported.add(event["file"])
            else:
                expected[key] = event
        lost = 0
        for (table, uuid), event in expected.items():
            row = conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
            alive = row is not None and (table not in SOFT or row["deleted_at"] is None)
            if event["op"] == "gone":
                lost += alive
            elif not alive or any(row[k] != v for k, v in event["values"].items() if k != "uuid"):
                lost += 1
        for path, uuids in files.items():
            here = sum(
                conn.execute(
                    f"SELECT count(*) FROM {table} WHERE uuid IN ({','.join('?' * len(u))})",
                    tuple(u),
                ).fetchone()[0]
                for table, u in uuids.items()
                if u
            )
            total = sum(len(u) for u in uuids.values())
            if str(path) in imported and here != total:
                lost += total - here
            elif here not in (0, total):
                failures += 1  # an import left half-way
        return acknowledged, lost, failures, taken_back
    finally:
        conn.close()


def prepare(folder: Path) -> tuple[Path, list[Path]]:
    from corelog.domain import clock
    from corelog.services import exchange
    from corelog.services.demo import HistoryPlan, generate_history
    from corelog.services.exercises import ensure_library
    from corelog.store.store import Store

    db = folder / "crash.db"
    if not db.exists():
        store = Store.open(db)
        ensure_library(store)
        store.close()
    files = []
    for n in range(IMPORT_FILES):
        path = folder / f"other-computer-{n}.json"
        if not path.exists():
            source = Store.open(folder / f"other-{n}.db")
            plan = HistoryPlan(days=120, runs_per_week=4.0, core_per_week=3.0)
            generate_history(source, plan, last_day=clock.today() - timedelta(days=2), seed=n)
            exchange.export_json(source, path)
            source.close()
        files.append(path)
    return db, files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=None, help="folder for the files")
    parser.add_argument("--min-ms", type=int, default=50, help="shortest wait before a kill")
    parser.add_argument("--max-ms", type=int, default=1500, help="longest wait before a kill")
    parser.add_argument("--writer", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        db, acks, *files = (Path(p) for p in args.writer)
        Writer(db, acks, files, args.seed).work()
        return

    folder = args.data or Path(tempfile.mkdtemp(prefix="corelog-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    db, files = prepare(folder)
    uuids: dict[Path, dict[str, set[str]]] = {}  # the files imports were started on
    acks = folder / "acknowledged.jsonl"
    acks.touch()
    rng = random.Random(args.seed)
    kills = lost = failures = acknowledged = imports_cut = 0
    started = time.monotonic()
    for n in range(args.kills):
        writer = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--seed",
                str(args.seed * 100_003 + n),
                "--writer",
                str(db),
                str(acks),
                *map(str, files),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        if writer.stdout.readline().strip() != "ready":
            writer.kill()
            raise SystemExit(f"the writer did not start (exit {writer.wait()})")
        time.sleep(rng.uniform(args.min_ms, args.max_ms) / 1000)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        kills += 1
        acknowledged, lost_now, failed_now, taken_back = check(db, acks, uuids)
        lost = max(lost, lost_now)
        failures += failed_now
        imports_cut += taken_back
        if (n + 1) % 20 == 0 or failed_now or lost_now:
            print(
                f"after {n + 1} kills: acknowledged={acknowledged} lost={lost_now} "
                f"integrity_failures={failures} imports_taken_back={imports_cut} "
                f"({time.monotonic() - started:.0f} s)",
                flush=True,
            )
    print(f"imports cut short by a kill and taken back at the next opening: {imports_cut}")
    print(
        f"crash: kills={kills} acknowledged={acknowledged} lost={lost} "
        f"integrity_failures={failures}"
    )


if __name__ == "__main__":
    main()
