"""The exercise library in the database: CoreLog's built-in exercises and the user's own.

Built-in exercises mirror the knowledge base by ``key``; :func:`sync_builtin_exercises`
brings the table in line with what this CoreLog ships (see its docstring for the rules).
The user's own exercises have no key. Reads go through ``store.reader`` and return
frozen :class:`ExerciseRow` records; every change is one write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from corelog.domain.exercises import (
    BuiltinSpec,
    DeletedExercise,
    ExerciseInUseError,
    ExerciseRow,
    ExerciseUse,
    SyncReport,
)
from corelog.store.rows import change, fetch, insert, record
from corelog.store.store import Store
from corelog.store.timestamps import utc_now
from corelog.store.tombstones import bury, unbury

_COLUMNS = "e.id, e.uuid, e.key, e.name, e.measure, e.sided, e.builtin, e.hidden"
# Sets in sessions the user has not deleted: what "used by N sets" counts.
_LIVE_SETS = """
    SELECT COUNT(*) FROM core_set s JOIN core_session c ON c.id = s.session_id
    WHERE s.exercise_id = e.id AND c.deleted_at IS NULL
"""
_ORDER = "ORDER BY e.builtin DESC, CASE WHEN e.builtin THEN e.id END, e.name COLLATE NOCASE, e.id"


def name_key(name: str) -> str:
    """Case- and spacing-insensitive form of a name, for clash checks inside the store."""
    return " ".join(name.casefold().split())


def list_exercises(
    store: Store, *, include_hidden: bool = True, measure: str | None = None
) -> list[ExerciseRow]:
    """The library: built-in exercises in the order they were added, then the user's by name."""
    where, params = ["1 = 1"], []
    if not include_hidden:
        where.append("e.hidden = 0")
    if measure is not None:
        where.append("e.measure = ?")
        params.append(measure)
    rows = store.reader.all(
        f"SELECT {_COLUMNS}, ({_LIVE_SETS}) AS sets FROM exercise e "
        f"WHERE {' AND '.join(where)} {_ORDER}",
        params,
    )
    return [record(ExerciseRow, r) for r in rows]


def get_exercise(store: Store, exercise_id: int) -> ExerciseRow | None:
    r = store.reader.one(
        f"SELECT {_COLUMNS}, ({_LIVE_SETS}) AS sets FROM exercise e WHERE e.id = ?",
        (exercise_id,),
    )
    return None if r is None else record(ExerciseRow, r)


def exercise_by_key(store: Store, key: str) -> ExerciseRow | None:
    r = store.reader.one(
        f"SELECT {_COLUMNS}, ({_LIVE_SETS}) AS sets FROM exercise e WHERE e.key = ?", (key,)
    )
    return None if r is None else record(ExerciseRow, r)


def exercise_names(store: Store) -> dict[int, str]:
    """Every exercise's name by id, hidden ones included (names must stay unique)."""
    return {r["id"]: r["name"] for r in store.reader.all("SELECT id, name FROM exercise")}


def exercise_use(store: Store, exercise_id: int) -> ExerciseUse:
    r = store.reader.one(
        """
        SELECT
          (SELECT COUNT(*) FROM core_set s JOIN core_session c ON c.id = s.session_id
           WHERE s.exercise_id = :id AND c.deleted_at IS NULL) AS live_sets,
          (SELECT COUNT(*) FROM core_set WHERE exercise_id = :id) AS all_sets,
          (SELECT COUNT(*) FROM timer_workout WHERE exercise_id = :id) AS workouts
        """,
        {"id": exercise_id},
    )
    assert r is not None
    busy = exercise_id in store.busy_exercise_ids
    return ExerciseUse(r["live_sets"], r["all_sets"], r["workouts"], busy)


def sync_builtin_exercises(
    store: Store, specs: Iterable[BuiltinSpec], *, wait: bool = True
) -> SyncReport:
    """Bring the built-in exercises in line with the shipped library, in one transaction.

    * A built-in missing from the table is added. If the user already has an exercise of
      that name, the built-in one is added as "<name> (library)" so names stay unique.
    * How an existing built-in is measured and whether it is sided always follow the
      library (the user cannot change those for built-ins).
    * Its name follows the library only while the user has not renamed it: a row whose
      name is one CoreLog shipped before (``former_names``) takes the new name; any other
      name is the user's choice and is kept. Hidden stays as the user set it.
    * Built-in rows whose key is no longer shipped are left as they are, with their sets.

    Nothing is written when everything is already in line. ``wait=False``: when another
    program holds the database, raise ``store.errors.DatabaseBusy`` at once (nothing
    written).
    """
    specs = list(specs)
    rows = {
        r["key"]: r
        for r in store.reader.all(
            "SELECT id, key, name, measure, sided, builtin FROM exercise WHERE key IS NOT NULL"
        )
    }
    taken = {name_key(r["name"]) for r in store.reader.all("SELECT name FROM exercise")}
    to_add: list[BuiltinSpec] = []
    to_rename: list[tuple[int, BuiltinSpec]] = []
    to_update: list[tuple[int, BuiltinSpec]] = []
    for spec in specs:
        row = rows.get(spec.key)
        if row is None:
            to_add.append(spec)
            continue
        if row["name"] != spec.name and row["name"] in spec.former_names:
            to_rename.append((row["id"], spec))
        if (row["measure"], bool(row["sided"]), bool(row["builtin"])) != (
            spec.measure,
            spec.sided,
            True,
        ):
            to_update.append((row["id"], spec))
    if not (to_add or to_rename or to_update):
        return SyncReport()

    return _sync(store, to_add, to_rename, to_update, taken, wait=wait)


def _sync(
    store: Store,
    to_add: list[BuiltinSpec],
    to_rename: list[tuple[int, BuiltinSpec]],
    to_update: list[tuple[int, BuiltinSpec]],
    taken: set[str],
    *,
    wait: bool,
) -> SyncReport:
    from corelog.store.models import Exercise

    now = utc_now()
    renamed: list[str] = []
    with store.write(wait=wait) as session:
        for exercise_id, spec in to_update:
            exercise = session.get(Exercise, exercise_id)
            assert exercise is not None
            exercise.measure, exercise.sided, exercise.builtin = spec.measure, spec.sided, True
            exercise.updated_at = now
        for exercise_id, spec in to_rename:
            exercise = session.get(Exercise, exercise_id)
            assert exercise is not None
            if name_key(spec.name) in taken - {name_key(exercise.name)}:
                continue  # the user has since given another exercise that name
            taken.discard(name_key(exercise.name))
            exercise.name = spec.name
            exercise.updated_at = now
            taken.add(name_key(spec.name))
            renamed.append(spec.key)
        for spec in to_add:
            name = spec.name
            if name_key(name) in taken:
                name = f"{spec.name} (library)"
            taken.add(name_key(name))
            session.add(
                Exercise(
                    key=spec.key,
                    name=name,
                    measure=spec.measure,
                    sided=spec.sided,
                    builtin=True,
                    created_at=now,
                    updated_at=now,
                )
            )
    return SyncReport(
        added=tuple(s.key for s in to_add),
        renamed=tuple(renamed),
        updated=tuple(s.key for _, s in to_update),
    )


def add_exercise(store: Store, name: str, measure: str, sided: bool) -> int:
    """Add one of the user's own exercises; returns its id. The name is checked by the caller."""
    from corelog.store.models import Exercise

    with store.write() as session:
        return insert(session, Exercise(name=name, measure=measure, sided=sided, builtin=False))


def _missing(exercise_id: int) -> LookupError:
    return LookupError(f"no exercise with id {exercise_id}")


def rename_exercise(store: Store, exercise_id: int, name: str) -> None:
    from corelog.store.models import Exercise

    change(store, Exercise, exercise_id, _missing(exercise_id), {"name": name})


def set_exercise_hidden(store: Store, exercise_id: int, hidden: bool) -> None:
    from corelog.store.models import Exercise

    change(store, Exercise, exercise_id, _missing(exercise_id), {"hidden": hidden})


def delete_exercise(store: Store, exercise_id: int) -> DeletedExercise:
    """Delete an exercise nothing uses (its timer presets go with it); returns what was removed.

    Raises :class:`ExerciseInUseError` when sets (even in deleted sessions Undo can bring
    back) or timer workouts use it, and LookupError when there is no such exercise.
    """
    from corelog.store.models import Exercise, TimerPreset

    use = exercise_use(store, exercise_id)
    if use.in_use:
        raise ExerciseInUseError(use)
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import delete, select

    try:
        with store.write() as session:
            exercise = fetch(session, Exercise, exercise_id, _missing(exercise_id))
            presets = session.exec(
                select(TimerPreset).where(TimerPreset.exercise_id == exercise_id)
            ).all()
            deleted = DeletedExercise(
                exercise=exercise.model_dump(),
                presets=tuple(preset.model_dump() for preset in presets),
            )
            # The presets go with the exercise (ON DELETE CASCADE).
            session.exec(delete(Exercise).where(Exercise.id == exercise_id))
            now = utc_now()
            bury(session, "timer_preset", [p["uuid"] for p in deleted.presets], now)
            bury(session, "exercise", [deleted.exercise["uuid"]], now)
    except IntegrityError as error:  # something started using it meanwhile
        raise ExerciseInUseError(exercise_use(store, exercise_id)) from error
    return deleted


def restore_exercise(store: Store, deleted: DeletedExercise) -> None:
    """Put back an exercise (and its presets) as :func:`delete_exercise` removed it: the
    same rows, ids and uuids, changed now (``updated_at``) so an export carries them."""
    from corelog.store.models import Exercise, TimerPreset

    now = utc_now()
    with store.write() as session:
        session.add(Exercise(**{**deleted.exercise, "updated_at": now}))
        session.flush()
        for preset in deleted.presets:
            session.add(TimerPreset(**{**preset, "updated_at": now}))
        session.flush()
        unbury(session, [deleted.exercise["uuid"], *(p["uuid"] for p in deleted.presets)])
