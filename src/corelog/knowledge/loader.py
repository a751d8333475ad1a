"""Loading ``resources/knowledge/*.toml`` into a validated :class:`Knowledge`.

The files are read in dependency order (sources first, then what refers to them), so
every reference is checked as it is read and an error names the file, the item and the
problem: an unknown muscle, exercise, region, relief method or run type, a missing or
unknown source, a duplicate key, a malformed dose, missing text, or a value of the wrong
type. Broken data raises :class:`KnowledgeError`; CoreLog never shows half-checked advice.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Protocol, TypeVar

from corelog.knowledge.base import Knowledge
from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.fields import Fields
from corelog.knowledge.items import (
    Action,
    Cause,
    CoreGuide,
    CoreRole,
    Dose,
    EngagementCue,
    EveryRun,
    Exercise,
    Fact,
    HoldGuide,
    KeyedNote,
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
    Surface,
    TenPercentRule,
    WarningSign,
    WeeklyTarget,
)
from corelog.resources import resource_path

FILES = (
    "sources",
    "muscles",
    "exercises",
    "run_types",
    "regions",
    "facts",
    "soreness",
    "recovery",
    "prevention",
    "core",
)
"""The knowledge files, in the order they are read."""

MUSCLE_GROUPS = ("core", "legs", "upper_body")
MEASURES = ("hold", "reps")
VIEWS = ("front", "back")
MAX_SEVERITY = 10
_SOURCE_ID = re.compile(r"^\d{3}$")

_T = TypeVar("_T")


def load_knowledge(root: Path | None = None) -> Knowledge:
    """Read and validate every knowledge file in ``root`` (default: the shipped folder)."""
    folder = Path(root) if root is not None else resource_path("knowledge")
    return _Loader(folder).load()


@cache
def get_knowledge() -> Knowledge:
    """The shipped knowledge base, loaded once per run."""
    return load_knowledge()


def _unique(items: Iterable[_T], where: str, what: str, key: Callable[[_T], str]) -> None:
    seen: set[str] = set()
    for item in items:
        value = key(item)
        if value in seen:
            raise KnowledgeError(f"{where}: duplicate {what} key {value!r}")
        seen.add(value)


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


def _keys(items: Iterable[_Keyed]) -> frozenset[str]:
    return frozenset(item.key for item in items)


def _pair(fields: Fields, low: str, high: str, *, minimum: int) -> tuple[int | None, int | None]:
    """Two optional whole numbers that come together, the first no bigger than the second."""
    lo = fields.optional_integer(low, minimum=minimum)
    hi = fields.optional_integer(high, minimum=minimum)
    if (lo is None) != (hi is None):
        raise fields.error(f"'{low}' and '{high}' must be given together")
    if lo is not None and hi is not None and lo > hi:
        raise fields.error(f"'{low}' ({lo}) is more than '{high}' ({hi})")
    return lo, hi


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.source_ids: frozenset[str] = frozenset()

    def _open(self, stem: str) -> Fields:
        path = self.root / f"{stem}.toml"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KnowledgeError(
                f"{path.name}: knowledge file missing from {self.root}"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{path.name}: cannot be read ({exc})") from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeError(f"{path.name}: not valid TOML ({exc})") from None
        return Fields(data, path.name)

    def _note(self, fields: Fields) -> Note:
        note = Note(fields.text("text"), fields.sources(self.source_ids))
        fields.finish()
        return note

    # --- the files, in order ---------------------------------------------------------

    def load(self) -> Knowledge:
        self.sources = self._sources()
        self.source_ids = frozenset(source.id for source in self.sources)
        self.muscles = self._muscles()
        self.exercises = self._exercises()
        self._run_types()
        self.regions = self._regions()
        self.facts = self._facts()
        self._soreness()
        self._recovery()
        self.prevention = self._prevention()
        self.core = self._core()
        return Knowledge(
            sources=self.sources,
            muscles=self.muscles,
            exercises=self.exercises,
            run_types=self.run_types,
            surfaces=self.surfaces,
            every_run=self.every_run,
            core_note=self.core_note,
            facts=self.facts,
            regions=self.regions,
            soreness_kinds=self.kinds,
            telling_apart=self.telling_apart,
            soreness_reasons=self.reasons,
            causes=self.causes,
            warning_signs=self.warning_signs,
            relief_methods=self.relief_methods,
            actions=self.actions,
            rules=self.rules,
            prevention=self.prevention,
            core=self.core,
            notice=self.notice,
        )

    def _sources(self) -> tuple[Source, ...]:
        f = self._open("sources")
        items = []
        for t in f.tables("source"):
            source_id = t.keyed("id")
            if not _SOURCE_ID.match(source_id):
                raise t.error(f"source id must be three digits like \"002\", found {source_id!r}")
            file_name = t.text("file")
            if not (file_name.startswith(f"{source_id}_") and file_name.endswith(".txt")):
                raise t.error(f"file {file_name!r} does not match source id {source_id!r}")
            items.append(
                Source(
                    source_id,
                    file_name,
                    t.text("title"),
                    t.text("summary"),
                    t.text("short_title"),
                )
            )
            t.finish()
        f.finish()
        if not items:
            raise f.error("no source documents listed")
        _unique(items, f.where, "source", lambda s: s.id)
        return tuple(items)

    def _muscles(self) -> tuple[Muscle, ...]:
        f = self._open("muscles")
        items = []
        for t in f.tables("muscle"):
            key = t.keyed()
            role = None
            role_fields = t.optional_table("core_role")
            if role_fields is not None:
                role = CoreRole(
                    row=role_fields.integer("row", minimum=1),
                    function=role_fields.text("function"),
                    when_weak=role_fields.text("when_weak"),
                    sources=role_fields.sources(self.source_ids),
                )
                role_fields.finish()
            items.append(
                Muscle(
                    key=key,
                    name=t.text("name"),
                    group=t.choice("group", MUSCLE_GROUPS),
                    parts=t.text("parts"),
                    running=t.text("running"),
                    sources=t.sources(self.source_ids),
                    core_role=role,
                )
            )
            t.finish()
        f.finish()
        _unique(items, f.where, "muscle", lambda m: m.key)
        rows = sorted(m.core_role.row for m in items if m.core_role is not None)
        if rows != list(range(1, len(rows) + 1)):
            raise f.error(
                f"core table rows must be numbered 1 to {len(rows)} once each, found {rows}"
            )
        return tuple(items)

    def _exercises(self) -> tuple[Exercise, ...]:
        f = self._open("exercises")
        muscles = _keys(self.muscles)
        items = []
        for t in f.tables("exercise"):
            key = t.keyed()
            measure = t.choice("measure", MEASURES)
            dose = self._dose(t.table("dose"), measure)
            hold = self._hold(t, measure, dose)
            items.append(
                Exercise(
                    key=key,
                    name=t.text("name"),
                    measure=measure,
                    sided=t.boolean("sided", default=False),
                    muscles=t.refs("muscles", muscles, "muscle", non_empty=True),
                    trains=t.text("trains"),
                    cue=t.text("cue"),
                    progression=t.text("progression"),
                    dose=dose,
                    sources=t.sources(self.source_ids),
                    hold=hold,
                )
            )
            t.finish()
        f.finish()
        _unique(items, f.where, "exercise", lambda e: e.key)
        return tuple(items)

    def _dose(self, d: Fields, measure: str) -> Dose:
        sets_min, sets_max = d.integer("sets_min", minimum=1), d.integer("sets_max", minimum=1)
        if sets_min > sets_max:
            raise d.error(
                f"malformed dose: sets_min ({sets_min}) is more than sets_max ({sets_max})"
            )
        hold_min, hold_max = _pair(d, "hold_min_s", "hold_max_s", minimum=1)
        if hold_min is not None and measure != "hold":
            raise d.error("malformed dose: a hold range only fits a hold exercise")
        dose = Dose(
            sets_min=sets_min,
            sets_max=sets_max,
            rest=d.text("rest"),
            text=d.text("text"),
            sources=d.sources(self.source_ids),
            hold_min_s=hold_min,
            hold_max_s=hold_max,
        )
        d.finish()
        return dose

    def _hold(self, t: Fields, measure: str, dose: Dose) -> HoldGuide | None:
        h = t.optional_table("hold")
        if h is None:
            if measure == "hold":
                raise t.error("a hold exercise needs a [hold] table for the plank timer")
            return None
        if measure != "hold":
            raise h.error("only hold exercises have a [hold] table")
        min_s, max_s = h.integer("min_s", minimum=1), h.integer("max_s", minimum=1)
        cap_s = h.integer("cap_s", minimum=1)
        if min_s > max_s:
            raise h.error(f"min_s ({min_s}) is more than max_s ({max_s})")
        if cap_s < min_s:
            raise h.error(f"cap_s ({cap_s}) is below min_s ({min_s})")
        documented = h.boolean("documented")
        if documented and (dose.hold_min_s, dose.hold_max_s) != (min_s, max_s):
            raise h.error(
                "a documented hold range must match the dose's hold_min_s and hold_max_s"
            )
        guide = HoldGuide(
            min_s=min_s,
            max_s=max_s,
            cap_s=cap_s,
            harder_variation=h.text("harder_variation"),
            documented=documented,
            basis=h.text("basis"),
            sources=h.sources(self.source_ids),
        )
        h.finish()
        return guide

    def _works(self, t: Fields) -> tuple[MuscleWork, ...]:
        muscles = _keys(self.muscles)
        works = []
        for w in t.tables("works", default_empty=True):
            works.append(
                MuscleWork(
                    muscle=w.ref("muscle", muscles, "muscle"),
                    note=w.text("note"),
                    sources=w.sources(self.source_ids),
                )
            )
            w.finish()
        _unique(works, t.where, "muscle in 'works'", lambda w: w.muscle)
        return tuple(works)

    def _run_types(self) -> None:
        f = self._open("run_types")
        e = f.table("every_run")
        self.every_run = EveryRun(
            muscles=e.refs("muscles", _keys(self.muscles), "muscle", non_empty=True),
            text=e.text("text"),
            sources=e.sources(self.source_ids),
        )
        e.finish()
        self.core_note = self._note(f.table("core_note"))
        surfaces = []
        for t in f.tables("surface"):
            surfaces.append(Surface(t.keyed(), t.text("name")))
            t.finish()
        _unique(surfaces, f.where, "surface", lambda s: s.key)
        self.surfaces = tuple(surfaces)
        run_types = []
        for t in f.tables("run_type"):
            key = t.keyed()
            classes = []
            for c in t.tables("race_class", default_empty=True):
                classes.append(
                    RaceClass(
                        key=c.keyed(),
                        name=c.text("name"),
                        works=self._works(c),
                        note=c.text("note"),
                        sources=c.sources(self.source_ids),
                    )
                )
                c.finish()
            _unique(classes, t.where, "race class", lambda c: c.key)
            run_types.append(
                RunType(
                    key=key,
                    name=t.text("name"),
                    works=self._works(t),
                    note=t.text("note"),
                    sources=t.sources(self.source_ids),
                    race_classes=tuple(classes),
                )
            )
            t.finish()
        f.finish()
        _unique(run_types, f.where, "run type", lambda r: r.key)
        self.run_types = tuple(run_types)
        self.race_class_keys = frozenset(c.key for r in run_types for c in r.race_classes)

    def _links(self, t: Fields) -> dict[str, tuple[str, ...]]:
        """The run types, race classes and surfaces an item is linked to."""
        links = {
            "run_types": t.refs(
                "run_types", _keys(self.run_types), "run type", default_empty=True
            ),
            "race_classes": t.refs(
                "race_classes", self.race_class_keys, "race class", default_empty=True
            ),
            "surfaces": t.refs("surfaces", _keys(self.surfaces), "surface", default_empty=True),
        }
        return links

    def _run_type(self, key: str) -> RunType:
        return next(r for r in self.run_types if r.key == key)

    def _regions(self) -> tuple[Region, ...]:
        f = self._open("regions")
        items = []
        for t in f.tables("region"):
            key = t.keyed()
            links = self._links(t)
            if links["race_classes"] and not any(
                self._run_type(rt).race_classes for rt in links["run_types"]
            ):
                raise t.error("race classes are listed but not the run type they belong to")
            items.append(
                Region(
                    key=key,
                    name=t.text("name"),
                    view=t.refs("view", VIEWS, "view", non_empty=True),
                    muscles=t.refs("muscles", _keys(self.muscles), "muscle", non_empty=True),
                    exercises=t.refs("exercises", _keys(self.exercises), "exercise"),
                    loads=t.text("loads"),
                    sources=t.sources(self.source_ids),
                    **links,
                )
            )
            t.finish()
        f.finish()
        _unique(items, f.where, "region", lambda r: r.key)
        return tuple(items)

    def _facts(self) -> tuple[Fact, ...]:
        f = self._open("facts")
        region_keys = _keys(self.regions)
        items = []
        for t in f.tables("fact"):
            key = t.keyed()
            regions = t.refs("regions", region_keys, "region", default_empty=True)
            links = self._links(t)
            if not regions and not any(links.values()):
                raise t.error("the fact is linked to nothing, so it would never be shown")
            items.append(
                Fact(
                    key=key,
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                    regions=regions,
                    **links,
                )
            )
            t.finish()
        f.finish()
        _unique(items, f.where, "fact", lambda x: x.key)
        return tuple(items)

    def _soreness(self) -> None:
        f = self._open("soreness")
        self.notice = self._note(f.table("notice"))
        self.telling_apart = self._note(f.table("telling_apart"))
        kinds = []
        for t in f.tables("kind"):
            key = t.keyed()
            onset_min, onset_max = _pair(t, "onset_min_h", "onset_max_h", minimum=0)
            kinds.append(
                SorenessKind(
                    key=key,
                    name=t.text("name"),
                    feel=t.text("feel"),
                    onset=t.text("onset"),
                    course=t.text("course"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                    onset_min_h=onset_min,
                    onset_max_h=onset_max,
                )
            )
            t.finish()
        _unique(kinds, f.where, "kind", lambda k: k.key)
        reasons = []
        for t in f.tables("reason"):
            reasons.append(
                SorenessReason(
                    key=t.keyed(),
                    name=t.text("name"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                )
            )
            t.finish()
        _unique(reasons, f.where, "reason", lambda r: r.key)
        causes = []
        for t in f.tables("cause"):
            causes.append(
                Cause(
                    key=t.keyed(),
                    name=t.text("name"),
                    text=t.text("text"),
                    reasons=t.refs("reasons", _keys(reasons), "reason", non_empty=True),
                    sources=t.sources(self.source_ids),
                )
            )
            t.finish()
        _unique(causes, f.where, "cause", lambda c: c.key)
        signs = []
        for t in f.tables("warning_sign"):
            signs.append(
                WarningSign(
                    key=t.keyed(),
                    name=t.text("name"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                    days=t.optional_integer("days", minimum=1),
                )
            )
            t.finish()
        _unique(signs, f.where, "warning sign", lambda s: s.key)
        f.finish()
        self.kinds, self.reasons = tuple(kinds), tuple(reasons)
        self.causes, self.warning_signs = tuple(causes), tuple(signs)

    def _region_fit(self, t: Fields) -> tuple[tuple[str, ...], bool]:
        """``regions`` or ``all_regions = true``: exactly one of them."""
        regions = t.refs("regions", _keys(self.regions), "region", default_empty=True)
        all_regions = t.boolean("all_regions", default=False)
        if all_regions and regions:
            raise t.error("give either 'regions' or 'all_regions = true', not both")
        if not all_regions and not regions:
            raise t.error("fits no region: give 'regions' or 'all_regions = true'")
        return regions, all_regions

    def _recovery(self) -> None:
        f = self._open("recovery")
        relief = []
        for t in f.tables("relief"):
            key = t.keyed()
            regions, all_regions = self._region_fit(t)
            relief.append(
                ReliefMethod(
                    key=key,
                    name=t.text("name"),
                    how=t.text("how"),
                    why=t.text("why"),
                    sources=t.sources(self.source_ids),
                    regions=regions,
                    all_regions=all_regions,
                    caution=t.optional_text("caution"),
                )
            )
            t.finish()
        _unique(relief, f.where, "relief method", lambda r: r.key)
        actions = []
        for t in f.tables("action"):
            key = t.keyed()
            rest_min, rest_max = _pair(t, "rest_min_h", "rest_max_h", minimum=1)
            brings = t.refs("relief", _keys(relief), "relief method", default_empty=True)
            hold_off = t.refs("hold_off", _keys(relief), "relief method", default_empty=True)
            hold_off_note = t.optional_text("hold_off_note")
            if set(brings) & set(hold_off):
                both = ", ".join(sorted(set(brings) & set(hold_off)))
                raise t.error(f"{both} is both in 'relief' and in 'hold_off'")
            if hold_off and hold_off_note is None:
                raise t.error("'hold_off' needs a 'hold_off_note' saying why they wait")
            if hold_off_note is not None and not hold_off:
                raise t.error("'hold_off_note' without 'hold_off'")
            actions.append(
                Action(
                    key=key,
                    name=t.text("name"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                    relief=brings,
                    rest_min_h=rest_min,
                    rest_max_h=rest_max,
                    hold_off=hold_off,
                    hold_off_note=hold_off_note,
                )
            )
            t.finish()
        _unique(actions, f.where, "action", lambda a: a.key)
        rules = []
        for t in f.tables("rule"):
            key = t.keyed()
            low, high = _pair(t, "severity_min", "severity_max", minimum=0)
            if high is not None and high > MAX_SEVERITY:
                raise t.error(f"severity_max ({high}) is above {MAX_SEVERITY}")
            signs = t.refs(
                "warning_signs", _keys(self.warning_signs), "warning sign", default_empty=True
            )
            if low is None and not signs:
                raise t.error("a rule needs a severity band or warning signs")
            rules.append(
                Rule(
                    key=key,
                    when=t.text("when"),
                    action=t.ref("action", _keys(actions), "action"),
                    sources=t.sources(self.source_ids),
                    severity_min=low,
                    severity_max=high,
                    warning_signs=signs,
                )
            )
            t.finish()
        _unique(rules, f.where, "rule", lambda r: r.key)
        f.finish()
        banded = sorted(
            (r for r in rules if r.severity_min is not None), key=lambda r: r.severity_min or 0
        )
        for before, after in pairwise(banded):
            if (after.severity_min or 0) <= (before.severity_max or 0):
                raise f.error(f"rules {before.key!r} and {after.key!r} overlap in severity")
        self.relief_methods, self.actions, self.rules = tuple(relief), tuple(actions), tuple(rules)

    def _prevention(self) -> tuple[PreventionHabit, ...]:
        f = self._open("prevention")
        items = []
        for t in f.tables("habit"):
            key = t.keyed()
            regions, all_regions = self._region_fit(t)
            items.append(
                PreventionHabit(
                    key=key,
                    name=t.text("name"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                    regions=regions,
                    all_regions=all_regions,
                )
            )
            t.finish()
        f.finish()
        _unique(items, f.where, "habit", lambda h: h.key)
        return tuple(items)

    def _core(self) -> CoreGuide:
        f = self._open("core")
        c = f.table("engagement_cue")
        steps = tuple(self._note(step) for step in c.tables("step"))
        if not steps:
            raise c.error("the engagement cue has no steps")
        cue = EngagementCue(c.text("summary"), steps, c.sources(self.source_ids))
        c.finish()
        w = f.table("weekly_target")
        low, high = w.integer("sessions_min", minimum=1), w.integer("sessions_max", minimum=1)
        if low > high:
            raise w.error(f"sessions_min ({low}) is more than sessions_max ({high})")
        target = WeeklyTarget(low, high, w.text("text"), w.sources(self.source_ids))
        w.finish()
        r = f.table("ten_percent_rule")
        percent = r.integer("percent", minimum=1)
        rule = TenPercentRule(percent, r.text("text"), r.sources(self.source_ids))
        r.finish()
        benefits = []
        for t in f.tables("benefit"):
            benefits.append(
                KeyedNote(
                    key=t.keyed(),
                    name=t.text("name"),
                    text=t.text("text"),
                    sources=t.sources(self.source_ids),
                )
            )
            t.finish()
        _unique(benefits, f.where, "benefit", lambda b: b.key)
        facts = []
        for t in f.tables("fact"):
            facts.append(
                KeyedNote(key=t.keyed(), text=t.text("text"), sources=t.sources(self.source_ids))
            )
            t.finish()
        _unique(facts, f.where, "fact", lambda x: x.key)
        f.finish()
        return CoreGuide(cue, target, rule, tuple(benefits), tuple(facts))
