"""The kinds of item in CoreLog's knowledge base, as loaded from ``resources/knowledge``.

Every item is frozen and names its source documents (``sources``: ids "000".."004").
Items refer to each other by key (an exercise lists muscle keys, a region lists exercise
keys); :class:`corelog.knowledge.base.Knowledge` resolves the keys and answers the
questions the app asks.
"""

from __future__ import annotations

from dataclasses import dataclass

Sources = tuple[str, ...]


@dataclass(frozen=True)
class Source:
    """One of the five source documents."""

    id: str
    file: str
    title: str
    summary: str
    short_title: str
    """A few words the app cites the document by, beside its id."""


@dataclass(frozen=True)
class Note:
    """A short text with its sources."""

    text: str
    sources: Sources


@dataclass(frozen=True)
class CoreRole:
    """A muscle's row in the core muscle table of document 002."""

    row: int
    function: str
    """Its main job while running."""
    when_weak: str
    """What happens when it is weak or tired."""
    sources: Sources


@dataclass(frozen=True)
class Muscle:
    key: str
    name: str
    group: str
    """"core", "legs" or "upper_body"."""
    parts: str
    running: str
    """What it does while running."""
    sources: Sources
    core_role: CoreRole | None = None


@dataclass(frozen=True)
class Dose:
    """What the documents give as a dose: sets, and a hold range where one is stated."""

    sets_min: int
    sets_max: int
    rest: str
    text: str
    sources: Sources
    hold_min_s: int | None = None
    hold_max_s: int | None = None


@dataclass(frozen=True)
class HoldGuide:
    """What the plank timer uses for a hold exercise."""

    min_s: int
    max_s: int
    cap_s: int
    """Past this hold, CoreLog suggests the harder variation instead of longer holds."""
    harder_variation: str
    documented: bool
    """True when the range comes from the documents, False when CoreLog borrows it."""
    basis: str
    sources: Sources


@dataclass(frozen=True)
class Exercise:
    key: str
    name: str
    measure: str
    """"hold" (timed) or "reps"."""
    sided: bool
    """Done once on each side (left and right)."""
    muscles: tuple[str, ...]
    trains: str
    cue: str
    progression: str
    dose: Dose
    sources: Sources
    hold: HoldGuide | None = None


@dataclass(frozen=True)
class MuscleWork:
    """A muscle a kind of run works most, with what the documents say about it."""

    muscle: str
    note: str
    sources: Sources


@dataclass(frozen=True)
class RaceClass:
    key: str
    name: str
    works: tuple[MuscleWork, ...]
    note: str
    sources: Sources


@dataclass(frozen=True)
class RunType:
    key: str
    name: str
    works: tuple[MuscleWork, ...]
    note: str
    """Plain summary; says honestly when the documents name nothing specific."""
    sources: Sources
    race_classes: tuple[RaceClass, ...] = ()


@dataclass(frozen=True)
class Surface:
    key: str
    name: str


@dataclass(frozen=True)
class EveryRun:
    """What every run works."""

    muscles: tuple[str, ...]
    text: str
    sources: Sources


@dataclass(frozen=True)
class Fact:
    """A fact shown with the regions, run types, race classes and surfaces it names."""

    key: str
    text: str
    sources: Sources
    regions: tuple[str, ...] = ()
    run_types: tuple[str, ...] = ()
    race_classes: tuple[str, ...] = ()
    surfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """A region of the soreness body map."""

    key: str
    name: str
    view: tuple[str, ...]
    """Where the body map draws it: "front", "back" or both."""
    muscles: tuple[str, ...]
    exercises: tuple[str, ...]
    loads: str
    sources: Sources
    run_types: tuple[str, ...] = ()
    race_classes: tuple[str, ...] = ()
    surfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class SorenessKind:
    key: str
    name: str
    feel: str
    onset: str
    course: str
    text: str
    sources: Sources
    onset_min_h: int | None = None
    onset_max_h: int | None = None


@dataclass(frozen=True)
class SorenessReason:
    """A reason abs get sore after running."""

    key: str
    name: str
    text: str
    sources: Sources


@dataclass(frozen=True)
class Cause:
    """A likely cause CoreLog can find in the recent training history."""

    key: str
    name: str
    text: str
    reasons: tuple[str, ...]
    sources: Sources


@dataclass(frozen=True)
class WarningSign:
    key: str
    name: str
    text: str
    sources: Sources
    days: int | None = None


@dataclass(frozen=True)
class ReliefMethod:
    key: str
    name: str
    how: str
    why: str
    sources: Sources
    regions: tuple[str, ...] = ()
    all_regions: bool = False
    caution: str | None = None

    def fits(self, region: str) -> bool:
        return self.all_regions or region in self.regions


@dataclass(frozen=True)
class Action:
    """What to do today: run easy, active recovery, rest, or stop and see a physio."""

    key: str
    name: str
    text: str
    sources: Sources
    relief: tuple[str, ...] = ()
    """Relief methods that go with this action."""
    rest_min_h: int | None = None
    rest_max_h: int | None = None
    hold_off: tuple[str, ...] = ()
    """Relief methods that do not fit this action (they would contradict it)."""
    hold_off_note: str | None = None
    """Why those methods wait; required when ``hold_off`` is not empty."""


@dataclass(frozen=True)
class Rule:
    """A rest-or-train rule: a severity band or warning signs, and the action it calls for."""

    key: str
    when: str
    action: str
    sources: Sources
    severity_min: int | None = None
    severity_max: int | None = None
    warning_signs: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreventionHabit:
    key: str
    name: str
    text: str
    sources: Sources
    regions: tuple[str, ...] = ()
    all_regions: bool = False

    def fits(self, region: str) -> bool:
        return self.all_regions or region in self.regions


@dataclass(frozen=True)
class KeyedNote:
    """A named text with its sources (a benefit of core training, a core fact)."""

    key: str
    text: str
    sources: Sources
    name: str = ""


@dataclass(frozen=True)
class EngagementCue:
    """How to engage the core while running, step by step."""

    summary: str
    steps: tuple[Note, ...]
    sources: Sources


@dataclass(frozen=True)
class WeeklyTarget:
    sessions_min: int
    sessions_max: int
    text: str
    sources: Sources


@dataclass(frozen=True)
class TenPercentRule:
    percent: int
    text: str
    sources: Sources


@dataclass(frozen=True)
class CoreGuide:
    """The core while running and the case for training it."""

    engagement_cue: EngagementCue
    weekly_target: WeeklyTarget
    ten_percent_rule: TenPercentRule
    benefits: tuple[KeyedNote, ...]
    facts: tuple[KeyedNote, ...]
