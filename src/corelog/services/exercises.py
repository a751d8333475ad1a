"""The exercise library: CoreLog's built-in exercises from the knowledge base, and the user's own.

Built-in exercises come from ``resources/knowledge/exercises.toml`` and are mirrored in the
``exercise`` table by key. :func:`ensure_library` syncs them once per open database, the
first time the library is used; the rules (what is added, when a name follows the
library) are in :func:`corelog.store.exercises.sync_builtin_exercises`. In short: missing
built-ins are added; how they are measured always follows the library; a built-in's name
follows the library only while the user has not renamed it, so a name the user chose is
never overwritten.

The user can add exercises of their own, rename any exercise, and hide any exercise from
the pickers (its sets stay). Only the user's own exercises can be deleted, and only while
no set or timer workout uses them; built-in exercises are hidden instead, since CoreLog
would bring them back at the next start.

Each change is an operation object with ``do()`` and ``undo()``, ready for the undo stack:
the first ``do()`` makes the change, a later one (redo) repeats it exactly.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from corelog.domain.core_validation import (
    CustomExercise,
    validate_custom_exercise,
    validate_exercise_name,
)
from corelog.domain.exercises import BuiltinSpec, DeletedExercise, ExerciseRow, SyncReport
from corelog.domain.i18n import Core
from corelog.domain.validation import Invalid
from corelog.knowledge import Knowledge, get_knowledge
from corelog.knowledge.items import Exercise as KnowledgeExercise
from corelog.store import exercises as store_exercises
from corelog.store.errors import DatabaseBusy
from corelog.store.store import Store

FORMER_BUILTIN_NAMES: dict[str, tuple[str, ...]] = {}
"""Per built-in key, names earlier CoreLog versions shipped for it.

A stored built-in still carrying one of these was never renamed by the user and takes the
library's current name at the next sync. Add the old name here whenever a built-in
exercise is renamed in ``exercises.toml``.
"""

_synced: weakref.WeakKeyDictionary[Store, str] = weakref.WeakKeyDictionary()


def builtin_specs(knowledge: Knowledge | None = None) -> list[BuiltinSpec]:
    """The built-in exercises as the shipped knowledge base defines them, in library order."""
    kb = knowledge or get_knowledge()
    return [
        BuiltinSpec(
            key=exercise.key,
            name=exercise.name,
            measure=exercise.measure,
            sided=exercise.sided,
            former_names=FORMER_BUILTIN_NAMES.get(exercise.key, ()),
        )
        for exercise in kb.exercises
    ]


def sync_library(
    store: Store, knowledge: Knowledge | None = None, *, wait: bool = True
) -> SyncReport:
    """Bring the stored built-in exercises in line with the knowledge base (one transaction).

    ``wait=False``: if another program holds the database, raise ``DatabaseBusy`` at once.
    """
    report = store_exercises.sync_builtin_exercises(store, builtin_specs(knowledge), wait=wait)
    _synced[store] = str(store.path)
    return report


def ensure_library(store: Store, *, wait: bool = True) -> bool:
    """Sync the built-in exercises unless this open database was already synced.

    Pages that only show the library pass ``wait=False``: when another program holds
    the database, they show what is stored and the sync waits for the next call (False).
    """
    if _synced.get(store) == str(store.path):
        return True
    try:
        sync_library(store, wait=wait)
    except DatabaseBusy:
        return False
    return True


def refresh_library(store: Store) -> bool:
    """Sync again (the database may have been replaced), never waiting for another program."""
    _synced.pop(store, None)
    return ensure_library(store, wait=False)


def library(
    store: Store, *, include_hidden: bool = True, measure: str | None = None
) -> list[ExerciseRow]:
    """The library in the order the user sees it: built-ins in the knowledge base's
    order (renamed ones included), then the user's own exercises by name. Showing it
    never waits for a database another program holds (see :func:`ensure_library`)."""
    ensure_library(store, wait=False)
    rows = store_exercises.list_exercises(store, include_hidden=include_hidden, measure=measure)
    order = {exercise.key: i for i, exercise in enumerate(get_knowledge().exercises)}
    builtin = sorted(
        (r for r in rows if r.builtin), key=lambda r: (order.get(r.key or "", len(order)), r.id)
    )
    return builtin + [r for r in rows if not r.builtin]


def exercise(store: Store, exercise_id: int) -> ExerciseRow | None:
    return store_exercises.get_exercise(store, exercise_id)


def exercise_by_key(store: Store, key: str) -> ExerciseRow | None:
    """A built-in exercise by its knowledge-base key ("plank", "side_plank", ...)."""
    ensure_library(store)
    return store_exercises.exercise_by_key(store, key)


def knowledge_for(row: ExerciseRow) -> KnowledgeExercise | None:
    """What the documents say about a built-in exercise (None for the user's own)."""
    if row.key is None:
        return None
    try:
        return get_knowledge().exercise(row.key)
    except KeyError:
        return None  # a built-in this CoreLog no longer ships


# --------------------------------------------------------------------------- checks


def check_new_exercise(
    store: Store, name: str | None, measure: str | None, sided: bool
) -> CustomExercise | Invalid:
    """Check a new exercise of the user's: fields ``name`` and ``measure``."""
    return validate_custom_exercise(
        name=name,
        measure=measure,
        sided=sided,
        existing_names=store_exercises.exercise_names(store).values(),
    )


def check_rename(store: Store, exercise_id: int, name: str | None) -> str | Invalid:
    """Check a new name for an exercise; returns the tidied name or a ``name`` error."""
    names = store_exercises.exercise_names(store)
    return validate_exercise_name(name, names.values(), current_name=names.get(exercise_id))


def delete_refusal(store: Store, exercise_id: int) -> str | None:
    """Why an exercise cannot be deleted, as one message for the user; None if it can."""
    row = store_exercises.get_exercise(store, exercise_id)
    if row is None:
        return Core.tr("That exercise is no longer in the library.")
    use = store_exercises.exercise_use(store, exercise_id)
    if use.live_sets:
        text = Core.tr(
            "“{name}” is used by %Ln sets, so it can't be deleted. "
            "Hide it instead: it leaves the lists and its sets stay.",
            "",
            use.live_sets,
        )
    elif row.builtin:
        text = Core.tr(
            "“{name}” is part of CoreLog's exercise library and can't be deleted. "
            "Hide it instead to take it out of the lists."
        )
    elif use.all_sets:
        text = Core.tr(
            "“{name}” is still used by a deleted session that Undo can bring back, "
            "so it can't be deleted yet. Hide it instead."
        )
    elif use.workouts:
        text = Core.tr(
            "“{name}” is used by plank timer workouts, so it can't be deleted. Hide it instead."
        )
    elif use.busy:
        text = Core.tr(
            "“{name}” is being timed on the Plank timer page, so it can't be deleted "
            "while that workout is under way."
        )
    else:
        return None
    return text.format(name=row.name)


# ----------------------------------------------------------------------- operations


class AddExercise:
    """Add one of the user's own exercises (checked with :func:`check_new_exercise`).

    Undo removes it again. Should sets still refer to it (in a deleted session that a
    later undo step could bring back), undo hides it instead, and redo shows it again.
    """

    def __init__(self, store: Store, exercise: CustomExercise) -> None:
        self.store = store
        self.exercise = exercise
        self.exercise_id: int | None = None
        self._removed: DeletedExercise | None = None
        self._hidden_instead = False

    def do(self) -> int:
        if self._removed is not None:
            store_exercises.restore_exercise(self.store, self._removed)
            self._removed = None
        elif self._hidden_instead:
            assert self.exercise_id is not None
            store_exercises.set_exercise_hidden(self.store, self.exercise_id, False)
            self._hidden_instead = False
        else:
            self.exercise_id = store_exercises.add_exercise(
                self.store, self.exercise.name, self.exercise.measure, self.exercise.sided
            )
        assert self.exercise_id is not None
        return self.exercise_id

    def undo(self) -> None:
        assert self.exercise_id is not None
        try:
            self._removed = store_exercises.delete_exercise(self.store, self.exercise_id)
        except store_exercises.ExerciseInUseError:
            store_exercises.set_exercise_hidden(self.store, self.exercise_id, True)
            self._hidden_instead = True


class RenameExercise:
    """Rename an exercise (checked with :func:`check_rename`)."""

    def __init__(self, store: Store, exercise_id: int, new_name: str) -> None:
        row = store_exercises.get_exercise(store, exercise_id)
        if row is None:
            raise LookupError(f"no exercise with id {exercise_id}")
        self.store = store
        self.exercise_id = exercise_id
        self.old_name = row.name
        self.new_name = new_name

    def do(self) -> None:
        store_exercises.rename_exercise(self.store, self.exercise_id, self.new_name)

    def undo(self) -> None:
        store_exercises.rename_exercise(self.store, self.exercise_id, self.old_name)


class SetExerciseHidden:
    """Hide an exercise from the pickers, or show it again."""

    def __init__(self, store: Store, exercise_id: int, hidden: bool) -> None:
        self.store = store
        self.exercise_id = exercise_id
        self.hidden = hidden

    def do(self) -> None:
        store_exercises.set_exercise_hidden(self.store, self.exercise_id, self.hidden)

    def undo(self) -> None:
        store_exercises.set_exercise_hidden(self.store, self.exercise_id, not self.hidden)


@dataclass
class DeleteExercise:
    """Delete one of the user's exercises nothing uses (see :func:`delete_refusal`)."""

    store: Store
    exercise_id: int
    _removed: DeletedExercise | None = None

    def do(self) -> None:
        self._removed = store_exercises.delete_exercise(self.store, self.exercise_id)

    def undo(self) -> None:
        assert self._removed is not None
        store_exercises.restore_exercise(self.store, self._removed)
