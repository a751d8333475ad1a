"""The loaded knowledge base and the questions the app asks it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from corelog.knowledge.items import (
    Action,
    Cause,
    Cite,
    Cited,
    CoreGuide,
    EveryRun,
    Exercise,
    Fact,
    Muscle,
    MuscleWork,
    Note,
    PreventionHabit,
    RaceClass,
    Region,
    ReliefMethod,
    Rule,
    RunType,
    SorenessKind,
    SorenessReason,
    Source,
    Sources,
    Surface,
    WarningSign,
)

_Item = TypeVar("_Item")


@dataclass(frozen=True)
class WorkedMuscle:
    """A muscle a kind of run works most: the muscle itself, and the documents' words on it."""

    muscle: Muscle
    work: MuscleWork

    @property
    def note(self) -> str:
        return self.work.note

    @property
    def sources(self) -> Sources:
        return self.work.sources


@dataclass(frozen=True)
class RunMuscles:
    """Which muscles a kind of run works, as CoreLog shows it next to a run.

    ``specific`` is empty where the documents name nothing for this kind of run; ``note``
    then says so, and ``every_run`` is what CoreLog shows instead.
    """

    run_type: RunType
    race_class: RaceClass | None
    specific: tuple[WorkedMuscle, ...]
    note: Note
    every_run: tuple[Muscle, ...]
    every_run_note: Note
    core: Note
    """The core steadies every stride, whatever the run."""
    facts: tuple[Fact, ...]

    @property
    def has_specific(self) -> bool:
        return bool(self.specific)

    @property
    def sources(self) -> Sources:
        """Every document behind what is shown, in first-use order."""
        groups = [self.note.sources, *(w.sources for w in self.specific)]
        groups += [self.core.sources, self.every_run_note.sources]
        groups += [fact.sources for fact in self.facts]
        return _merge_sources(groups)


@dataclass(frozen=True)
class CoreTableRow(Cited):
    """One row of document 002's core muscle table, linked to the exercises that train it."""

    row: int
    muscle: Muscle
    function: str
    when_weak: str
    exercises: tuple[Exercise, ...]
    cite: Cite


@dataclass(frozen=True)
class RegionPrevention:
    """What keeps soreness in a region away: exercises for when it has settled, and habits."""

    region: Region
    exercises: tuple[Exercise, ...]
    habits: tuple[PreventionHabit, ...]


@dataclass(frozen=True)
class ReliefPlan:
    """The relief methods for one region on a day with one action.

    ``today`` are the methods the action brings, ``also`` the other methods that fit the
    region and do not contradict the action, ``held_off`` those that would (``note`` says
    why they wait). Together they are every method that fits the region, each once.
    """

    today: tuple[ReliefMethod, ...]
    also: tuple[ReliefMethod, ...]
    held_off: tuple[ReliefMethod, ...]
    note: Note | None

    @property
    def shown(self) -> tuple[ReliefMethod, ...]:
        """The methods to suggest, today's first."""
        return self.today + self.also


def _merge_sources(groups: list[Sources]) -> Sources:
    seen: dict[str, None] = {}
    for group in groups:
        for source in group:
            seen.setdefault(source, None)
    return tuple(seen)


class _Find(Generic[_Item]):
    """``kb.muscle(key)`` and the like: the item of one collection that has this key.

    ``items`` picks the collection out of the knowledge; it is indexed by ``key`` on first
    use. A key it does not hold raises KeyError naming ``what``.
    """

    def __init__(
        self, items: Callable[[Any], Iterable[_Item]], what: str, key: str = "key"
    ) -> None:
        self._items = items
        self._what = what
        self._key = key
        self._index_name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._index_name = f"_{name}_index"

    def __get__(self, kb: Any, owner: type | None = None) -> Callable[[str], _Item]:
        if kb is None:  # looked up on the class, not on a loaded knowledge base
            return self  # type: ignore[return-value]
        index: dict[str, _Item] | None = kb.__dict__.get(self._index_name)
        if index is None:
            index = {getattr(item, self._key): item for item in self._items(kb)}
            kb.__dict__[self._index_name] = index  # as functools.cached_property does
        what = self._what

        def find(key: str) -> _Item:
            try:
                return index[key]
            except KeyError:
                raise KeyError(f"CoreLog's knowledge has no {what} {key!r}") from None

        return find


@dataclass(frozen=True)
class Knowledge:
    """Everything CoreLog knows from its five source documents, validated and linked.

    Build it with :func:`corelog.knowledge.load_knowledge`; every key an item refers to
    exists, so the lookups below only fail for keys that come from elsewhere.
    """

    sources: tuple[Source, ...]
    muscles: tuple[Muscle, ...]
    exercises: tuple[Exercise, ...]
    run_types: tuple[RunType, ...]
    surfaces: tuple[Surface, ...]
    every_run: EveryRun
    core_note: Note
    facts: tuple[Fact, ...]
    regions: tuple[Region, ...]
    soreness_kinds: tuple[SorenessKind, ...]
    telling_apart: Note
    soreness_reasons: tuple[SorenessReason, ...]
    causes: tuple[Cause, ...]
    warning_signs: tuple[WarningSign, ...]
    relief_methods: tuple[ReliefMethod, ...]
    actions: tuple[Action, ...]
    rules: tuple[Rule, ...]
    prevention: tuple[PreventionHabit, ...]
    core: CoreGuide
    notice: Note
    """General information, not medical advice: shown with all recovery guidance."""

    # --- single items: kb.muscle("obliques") and the like --------------------------------

    source = _Find[Source](lambda kb: kb.sources, "source document", key="id")
    muscle = _Find[Muscle](lambda kb: kb.muscles, "muscle")
    exercise = _Find[Exercise](lambda kb: kb.exercises, "exercise")
    run_type = _Find[RunType](lambda kb: kb.run_types, "run type")
    race_class = _Find[RaceClass](
        lambda kb: (rc for rt in kb.run_types for rc in rt.race_classes), "race class"
    )
    region = _Find[Region](lambda kb: kb.regions, "body region")
    surface = _Find[Surface](lambda kb: kb.surfaces, "surface")
    fact = _Find[Fact](lambda kb: kb.facts, "fact")
    soreness_kind = _Find[SorenessKind](lambda kb: kb.soreness_kinds, "kind of soreness")
    soreness_reason = _Find[SorenessReason](lambda kb: kb.soreness_reasons, "soreness reason")
    cause = _Find[Cause](lambda kb: kb.causes, "likely cause")
    warning_sign = _Find[WarningSign](lambda kb: kb.warning_signs, "warning sign")
    relief = _Find[ReliefMethod](lambda kb: kb.relief_methods, "relief method")
    action = _Find[Action](lambda kb: kb.actions, "action")
    rule = _Find[Rule](lambda kb: kb.rules, "rest-or-train rule")
    habit = _Find[PreventionHabit](lambda kb: kb.prevention, "prevention habit")

    def cite(self, sources: Sources) -> tuple[Source, ...]:
        """The source documents behind an item, for "from: ..." lines."""
        return tuple(self.source(source_id) for source_id in sources)

    # --- exercises and muscles -------------------------------------------------------

    @property
    def hold_exercises(self) -> tuple[Exercise, ...]:
        """The exercises the plank timer can time, in library order."""
        return tuple(ex for ex in self.exercises if ex.measure == "hold")

    def exercises_for_muscle(self, muscle: str) -> tuple[Exercise, ...]:
        self.muscle(muscle)
        return tuple(ex for ex in self.exercises if muscle in ex.muscles)

    @property
    def core_table(self) -> tuple[CoreTableRow, ...]:
        """Document 002's core muscle table, in its order, with the exercises for each."""
        rows = [
            CoreTableRow(
                row=m.core_role.row,
                muscle=m,
                function=m.core_role.function,
                when_weak=m.core_role.when_weak,
                exercises=self.exercises_for_muscle(m.key),
                cite=m.core_role.cite,
            )
            for m in self.muscles
            if m.core_role is not None
        ]
        return tuple(sorted(rows, key=lambda row: row.row))

    # --- runs ------------------------------------------------------------------------

    def muscles_for_run(self, run_type: str, race_class: str | None = None) -> RunMuscles:
        """The muscles a kind of run works most, plus what every run works.

        ``race_class`` ("5k", "10k", "half", "marathon", "other") only applies to races.
        """
        kind = self.run_type(run_type)
        chosen: RaceClass | None = None
        if race_class is not None:
            if not kind.race_classes:
                raise ValueError(f"a race class only applies to races, not to {run_type!r}")
            chosen = next((rc for rc in kind.race_classes if rc.key == race_class), None)
            if chosen is None:
                raise KeyError(f"CoreLog's knowledge has no race class {race_class!r}")
        works = chosen.works if chosen is not None else kind.works
        note = Note(chosen.note, chosen.cite) if chosen is not None else Note(kind.note, kind.cite)
        return RunMuscles(
            run_type=kind,
            race_class=chosen,
            specific=tuple(WorkedMuscle(self.muscle(w.muscle), w) for w in works),
            note=note,
            every_run=tuple(self.muscle(key) for key in self.every_run.muscles),
            every_run_note=Note(self.every_run.text, self.every_run.cite),
            core=self.core_note,
            facts=self.facts_for_run(run_type, race_class),
        )

    def facts_for_run(self, run_type: str, race_class: str | None = None) -> tuple[Fact, ...]:
        return tuple(
            f
            for f in self.facts
            if run_type in f.run_types or (race_class is not None and race_class in f.race_classes)
        )

    def facts_for_surface(self, surface: str) -> tuple[Fact, ...]:
        self.surface(surface)
        return tuple(f for f in self.facts if surface in f.surfaces)

    # --- soreness --------------------------------------------------------------------

    def facts_for_region(self, region: str) -> tuple[Fact, ...]:
        self.region(region)
        return tuple(f for f in self.facts if region in f.regions)

    def exercises_for_region(self, region: str) -> tuple[Exercise, ...]:
        return tuple(self.exercise(key) for key in self.region(region).exercises)

    def relief_for_region(self, region: str) -> tuple[ReliefMethod, ...]:
        """The relief methods that fit a region, in the documents' order."""
        self.region(region)
        return tuple(method for method in self.relief_methods if method.fits(region))

    def prevention_for_region(self, region: str) -> RegionPrevention:
        """Exercises that strengthen the region and the habits that keep its soreness away."""
        found = self.region(region)
        return RegionPrevention(
            region=found,
            exercises=self.exercises_for_region(region),
            habits=tuple(habit for habit in self.prevention if habit.fits(region)),
        )

    def relief_for_action(self, action: str, region: str) -> tuple[ReliefMethod, ...]:
        """The relief methods an action brings, limited to those that fit the region."""
        self.region(region)
        return tuple(
            method
            for key in self.action(action).relief
            if (method := self.relief(key)).fits(region)
        )

    def relief_plan(self, action: str, region: str) -> ReliefPlan:
        """Which relief methods to suggest for a region on a day with ``action``."""
        chosen = self.action(action)
        fitting = self.relief_for_region(region)
        today = self.relief_for_action(action, region)
        held_off = tuple(m for m in fitting if m.key in chosen.hold_off)
        also = tuple(m for m in fitting if m not in today and m not in held_off)
        return ReliefPlan(
            today=today,
            also=also,
            held_off=held_off,
            note=chosen.hold_off_note if held_off else None,
        )

    def rule_for_severity(self, severity: int) -> Rule | None:
        """The rest-or-train rule for a 0-10 severity; None for 0 (no pain left)."""
        for rule in self.rules:
            if (
                rule.severity_min is not None
                and rule.severity_max is not None
                and rule.severity_min <= severity <= rule.severity_max
            ):
                return rule
        return None

    def rules_for_warning_sign(self, sign: str) -> tuple[Rule, ...]:
        self.warning_sign(sign)
        return tuple(rule for rule in self.rules if sign in rule.warning_signs)
