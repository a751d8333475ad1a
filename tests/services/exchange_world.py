"""Two computers with a CoreLog each, used the way a person uses them, exchanging files.

A :class:`Computer` makes every change through the services, as the pages do, and keeps
an undo stack the way the window does (every change is an operation with ``do`` and
``undo``; an import clears the stack). :func:`view` reduces an export to what must be
equal on two computers that have exchanged files: every entry field for field.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from corelog.domain.core_sessions import SessionValues, SetValues
from corelog.domain.core_validation import CustomExercise
from corelog.domain.timer_workouts import FinishedWorkout
from corelog.services import core, exchange, exercises, presets, shoes, timer_workouts
from corelog.services import runs as run_service
from corelog.services.exercises import ensure_library
from corelog.store import runs as run_store
from corelog.store import soreness as soreness_store
from corelog.store.runs import RunValues
from corelog.store.store import Store
from corelog.timer import TimerPlan


@dataclass
class Op:
    """One change on the undo stack: ``do`` (also redo) and ``undo``."""

    do: Callable[[], Any]
    undo: Callable[[], Any]


@dataclass
class Computer:
    name: str
    store: Store
    folder: Path
    undo_stack: list[Op] = field(default_factory=list)
    redo_stack: list[Op] = field(default_factory=list)
    exports: int = 0

    @classmethod
    def open(cls, folder: Path, name: str) -> Computer:
        store = Store.open(folder / f"{name}.db")
        ensure_library(store)
        return cls(name, store, folder)

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ undo
    def push(self, op: Op) -> Any:
        result = op.do()
        self.undo_stack.append(op)
        self.redo_stack.clear()
        return result

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        op = self.undo_stack.pop()
        op.undo()
        self.redo_stack.append(op)
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        op = self.redo_stack.pop()
        op.do()
        self.undo_stack.append(op)
        return True

    # ------------------------------------------------------------------ reading
    def ids(self, sql: str) -> list[int]:
        return [r[0] for r in self.store.reader.all(sql)]

    def live_runs(self) -> list[int]:
        return self.ids("SELECT id FROM run WHERE deleted_at IS NULL ORDER BY id")

    def live_sessions(self) -> list[int]:
        return self.ids("SELECT id FROM core_session WHERE deleted_at IS NULL ORDER BY id")

    def live_soreness(self) -> list[int]:
        return self.ids("SELECT id FROM soreness_entry WHERE deleted_at IS NULL ORDER BY id")

    def live_shoes(self) -> list[int]:
        return self.ids("SELECT id FROM shoe WHERE deleted_at IS NULL ORDER BY id")

    def exercise_ids(self, measure: str | None = None) -> list[int]:
        where = f"WHERE measure = '{measure}'" if measure else ""
        return self.ids(f"SELECT id FROM exercise {where} ORDER BY id")

    def own_exercises(self) -> list[int]:
        return self.ids("SELECT id FROM exercise WHERE builtin = 0 ORDER BY id")

    def preset_ids(self) -> list[int]:
        return self.ids("SELECT id FROM timer_preset ORDER BY id")

    # ------------------------------------------------------------------ runs
    def add_run(self, values: RunValues) -> None:
        saved: list[int] = []

        def do() -> int:
            if saved:
                run_service.restore_runs(self.store, saved)
            else:
                saved.append(run_store.insert_run(self.store, values))
            return saved[0]

        self.push(Op(do, lambda: run_service.delete_runs(self.store, saved)))

    def import_watch_file(self, which: int) -> None:
        """Import one of a few watch files (File > Import Activities…); Undo deletes its run."""
        from activity_files import fit_file, samples
        from corelog.services.activity_import import ActivityImport, ImportOptions

        path = self.folder / f"{self.name}-watch-{which}.fit"
        start = datetime(2024, 4, 1 + which, 6, 15, tzinfo=UTC)
        path.write_bytes(fit_file(samples(300, pace_s_per_km=300 + which), start=start))
        before = set(self.live_runs())
        options = ImportOptions(workers=0, typed="keep", local_offset=lambda _moment: 120)
        ActivityImport(self.store, [path], options).run()
        added = sorted(set(self.live_runs()) - before)
        if not added:
            return  # the file was imported here before: nothing to undo
        self.undo_stack.append(
            Op(
                lambda: run_service.restore_runs(self.store, added),
                lambda: run_service.delete_runs(self.store, added),
            )
        )
        self.redo_stack.clear()

    def edit_run(self, run_id: int, values: RunValues) -> None:
        before = run_store.get_run(self.store, run_id).values
        self.push(
            Op(
                lambda: run_store.update_run(self.store, run_id, values),
                lambda: run_service.put_back(self.store, run_id, before),
            )
        )

    def delete_run(self, run_id: int) -> None:
        self.push(
            Op(
                lambda: run_service.delete_runs(self.store, [run_id]),
                lambda: run_service.restore_runs(self.store, [run_id]),
            )
        )

    # ------------------------------------------------------------------ core
    def add_session(self, values: SessionValues) -> None:
        op = core.AddSession(self.store, values)
        self.push(Op(op.do, op.undo))

    def edit_session(self, session_id: int, values: SessionValues) -> None:
        op = core.EditSession(self.store, session_id, values)
        self.push(Op(op.do, op.undo))

    def delete_session(self, session_id: int) -> None:
        op = core.DeleteSession(self.store, session_id)
        self.push(Op(op.do, op.undo))

    def timer_save(self, workout: FinishedWorkout, today: date) -> None:
        op = timer_workouts.SaveTimerWorkout(self.store, workout, today)
        self.push(Op(op.do, op.undo))

    # ------------------------------------------------------------------ soreness
    def add_soreness(self, values: soreness_store.SorenessValues) -> None:
        state: dict[str, int] = {}

        def do() -> None:
            if "id" in state:
                soreness_store.set_entry_deleted(self.store, state["id"], False)
            else:
                state["id"] = soreness_store.insert_entry(self.store, values)

        self.push(Op(do, lambda: soreness_store.set_entry_deleted(self.store, state["id"], True)))

    def edit_soreness(self, entry_id: int, values: soreness_store.SorenessValues) -> None:
        record = soreness_store.get_entry(self.store, entry_id)
        before = soreness_store.SorenessValues.of(record)
        self.push(
            Op(
                lambda: soreness_store.update_entry(self.store, entry_id, values),
                lambda: soreness_store.update_entry(
                    self.store, entry_id, before, check_links=False
                ),
            )
        )

    def delete_soreness(self, entry_id: int) -> None:
        self.push(
            Op(
                lambda: soreness_store.set_entry_deleted(self.store, entry_id, True),
                lambda: soreness_store.set_entry_deleted(self.store, entry_id, False),
            )
        )

    def add_follow_up(self, entry_id: int, values: soreness_store.FollowUpValues) -> None:
        state: dict[str, Any] = {"uuid": None}

        def do() -> None:
            state["id"] = soreness_store.insert_update(
                self.store, entry_id, values, uuid=state["uuid"]
            )
            state["uuid"] = self.store.reader.scalar(
                "SELECT uuid FROM soreness_update WHERE id = ?", (state["id"],)
            )

        self.push(Op(do, lambda: soreness_store.delete_update(self.store, state["id"])))

    # ------------------------------------------------------------------ shoes
    def add_shoe(self, name: str, start_m: int) -> None:
        state: dict[str, int] = {}

        def do() -> None:
            if "id" in state:
                shoes.restore_shoe(self.store, state["id"])
            else:
                state["id"] = shoes.add_shoe(self.store, shoes.ShoeInput(name, start_m))

        self.push(Op(do, lambda: shoes.delete_shoe(self.store, state["id"])))

    def retire_shoe(self, shoe_id: int, retired: bool) -> None:
        self.push(
            Op(
                lambda: shoes.set_retired(self.store, shoe_id, retired),
                lambda: shoes.set_retired(self.store, shoe_id, not retired),
            )
        )

    def delete_shoe(self, shoe_id: int) -> None:
        self.push(
            Op(
                lambda: shoes.delete_shoe(self.store, shoe_id),
                lambda: shoes.restore_shoe(self.store, shoe_id),
            )
        )

    # ------------------------------------------------------------------ library
    def save_preset(self, name: str, exercise_id: int, plan: TimerPlan) -> None:
        op = presets.SavePreset(self.store, presets.preset_values(name, exercise_id, plan))
        self.push(Op(op.do, op.undo))

    def delete_preset(self, preset_id: int) -> None:
        op = presets.DeletePreset(self.store, preset_id)
        self.push(Op(op.do, op.undo))

    def add_exercise(self, name: str, measure: str, sided: bool) -> None:
        op = exercises.AddExercise(self.store, CustomExercise(name, measure, sided))
        self.push(Op(op.do, op.undo))

    def rename_exercise(self, exercise_id: int, name: str) -> None:
        op = exercises.RenameExercise(self.store, exercise_id, name)
        self.push(Op(op.do, op.undo))

    def hide_exercise(self, exercise_id: int, hidden: bool) -> None:
        op = exercises.SetExerciseHidden(self.store, exercise_id, hidden)
        self.push(Op(op.do, op.undo))

    def delete_exercise(self, exercise_id: int) -> None:
        op = exercises.DeleteExercise(self.store, exercise_id)
        self.push(Op(op.do, op.undo))

    # ------------------------------------------------------------------ exchange
    def export(self) -> Path:
        self.exports += 1
        path = self.folder / f"{self.name}-{self.exports}.json"
        exchange.export_json(self.store, path)
        return path

    def import_file(self, path: Path) -> exchange.ImportResult:
        result = exchange.import_json(self.store, path)
        # The window starts its undo history afresh after an import.
        self.undo_stack.clear()
        self.redo_stack.clear()
        return result


def send(source: Computer, target: Computer) -> exchange.ImportResult:
    """Export on ``source`` and import the file on ``target``."""
    return target.import_file(source.export())


def view(computer: Computer) -> dict[str, Any]:
    """What an export of ``computer`` holds, in an order that does not depend on row ids."""
    document = exchange.export_document(computer.store)
    for key in ("exported_at", "app_version"):
        document.pop(key)
    by_uuid = ("shoes", "exercises", "builtin_exercises", "timer_presets", "runs")
    for key in (*by_uuid, "deletions", "aliases", "recordings"):
        document[key] = sorted(document[key], key=lambda item: item["uuid"])
    for session in document["core_sessions"]:
        session["sets"].sort(key=lambda s: (s["position"], s["uuid"]))
        session["timer_workouts"].sort(key=lambda w: w["uuid"])
    document["core_sessions"].sort(key=lambda s: s["uuid"])
    for entry in document["soreness_entries"]:
        entry["follow_ups"].sort(key=lambda f: f["uuid"])
    document["soreness_entries"].sort(key=lambda e: e["uuid"])
    return json.loads(json.dumps(document))


def check_sound(computer: Computer) -> None:
    """The database is whole: SQLite's checks pass, and no live entry has a tombstone."""
    conn = sqlite3.connect(computer.store.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        live = set()
        for table in ("run", "core_session", "soreness_entry", "shoe"):
            live |= {
                r[0] for r in conn.execute(f"SELECT uuid FROM {table} WHERE deleted_at IS NULL")
            }
        for table in ("core_set", "timer_workout", "soreness_update", "timer_preset", "exercise"):
            live |= {r[0] for r in conn.execute(f"SELECT uuid FROM {table}")}
        buried = {r[0] for r in conn.execute("SELECT uuid FROM tombstone")}
        assert not live & buried, f"live entries with tombstones: {live & buried}"
        assert conn.execute("SELECT count(*) FROM import_journal").fetchone()[0] == 0
    finally:
        conn.close()


def session_values(
    exercise_ids: list[int],
    start: datetime,
    offset: int,
    notes: str,
    amounts: list[int],
    measures: dict[int, str],
    sided: dict[int, bool],
    keep: list[int | None] | None = None,
) -> SessionValues:
    """A core session ready to store: one set per amount, on the exercises in turn."""
    sets = []
    for i, amount in enumerate(amounts):
        exercise_id = exercise_ids[i % len(exercise_ids)]
        hold = measures[exercise_id] == "hold"
        side = ("left" if i % 2 else "right") if sided[exercise_id] else None
        sets.append(
            SetValues(
                exercise_id,
                side,
                None if hold else max(1, min(amount, 1000)),
                amount if hold else None,
                (keep or [])[i] if keep and i < len(keep) else None,
            )
        )
    return SessionValues(start, offset, None, None, notes, tuple(sets))


def with_notes(values: RunValues, notes: str) -> RunValues:
    return replace(values, notes=notes)
