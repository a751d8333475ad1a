"""The kinds of item in CoreLog's knowledge base, as loaded from ``resources/knowledge``.

Every item is frozen and carries a :class:`Cite`: the sentences of the source documents
(ids "000".."004") it rests on, each quoted word for word, or the mark that its words are
CoreLog's own (with the document sentences its reading rests on, if any). ``sources`` is
the documents' ids, in first-cited order. Items refer to each other by key (an exercise
lists muscle keys, a region lists exercise keys); :class:`corelog.knowledge.base.Knowledge`
resolves the keys and answers the questions the app asks.
"""

from __future__ import annotations

from dataclasses import dataclass

Sources = tuple[str, ...]

CORELOG = "corelog"
"""The source named by an item whose words are CoreLog's own, not a document's."""


@dataclass(frozen=True)
class Quote:
    """A sentence of a source document, copied word for word."""

    source: str
    """The document's id, "000".."004"."""
    text: str


@dataclass(frozen=True)
class Cite:
    """What an item rests on.

    ``own`` False: the item says what the quoted sentences say, in CoreLog's words.
    ``own`` True: the item is CoreLog's own note or reading (of the user's history, say);
    ``quotes`` are then the document rules that reading rests on, cited separately (none
    for a note that is CoreLog's alone, such as "not medical advice").
    """

    quotes: tuple[Quote, ...]
    own: bool = False

    @property
    def sources(self) -> Sources:
        """The documents quoted, each once, in the order first quoted."""
        return tuple(dict.fromkeys(quote.source for quote in self.quotes))


class Cited:
    """``sources`` for records that carry a ``cite``."""

    cite: Cite

    @property
    def sources(self) -> Sources:
        return self.cite.sources


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
class Note(Cited):
    """A short text with its sources."""

    text: str
    cite: Cite


@dataclass(frozen=True)
class CoreRole(Cited):
    """A muscle's row in the core muscle table of document 002."""

    row: int
    function: str
    """Its main job while running."""
    when_weak: str
    """What happens when it is weak or tired."""
    cite: Cite


@dataclass(frozen=True)
class Muscle(Cited):
    key: str
    name: str
    group: str
    """"core", "legs" or "upper_body"."""
    parts: str
    running: str
    """What it does while running."""
    cite: Cite
    core_role: CoreRole | None = None


@dataclass(frozen=True)
class Dose(Cited):
    """What the documents give as a dose: sets, and a hold range where one is stated."""

    sets_min: int
    sets_max: int
    rest: str
    text: str
    cite: Cite
    hold_min_s: int | None = None
    hold_max_s: int | None = None


@dataclass(frozen=True)
class HoldGuide(Cited):
    """What the plank timer uses for a hold exercise."""

    min_s: int
    max_s: int
    cap_s: int
    """Past this hold, CoreLog suggests the harder variation instead of longer holds."""
    harder_variation: str
    documented: bool
    """True when the range comes from the documents, False when CoreLog borrows it."""
    basis: str
    cite: Cite


@dataclass(frozen=True)
class Exercise(Cited):
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
    cite: Cite
    hold: HoldGuide | None = None


@dataclass(frozen=True)
class MuscleWork(Cited):
    """A muscle a kind of run works most, with what the documents say about it."""

    muscle: str
    note: str
    cite: Cite


@dataclass(frozen=True)
class RaceClass(Cited):
    key: str
    name: str
    works: tuple[MuscleWork, ...]
    note: str
    cite: Cite


@dataclass(frozen=True)
class RunType(Cited):
    key: str
    name: str
    works: tuple[MuscleWork, ...]
    note: str
    """Plain summary; says honestly when the documents name nothing specific."""
    cite: Cite
    race_classes: tuple[RaceClass, ...] = ()


@dataclass(frozen=True)
class Surface:
    key: str
    name: str


@dataclass(frozen=True)
class EveryRun(Cited):
    """What every run works."""

    muscles: tuple[str, ...]
    text: str
    cite: Cite


@dataclass(frozen=True)
class Fact(Cited):
    """A fact shown with the regions, run types, race classes and surfaces it names."""

    key: str
    text: str
    cite: Cite
    regions: tuple[str, ...] = ()
    run_types: tuple[str, ...] = ()
    race_classes: tuple[str, ...] = ()
    surfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region(Cited):
    """A region of the soreness body map."""

    key: str
    name: str
    view: tuple[str, ...]
    """Where the body map draws it: "front", "back" or both."""
    muscles: tuple[str, ...]
    exercises: tuple[str, ...]
    loads: str
    cite: Cite
    run_types: tuple[str, ...] = ()
    race_classes: tuple[str, ...] = ()
    surfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class SorenessKind(Cited):
    key: str
    name: str
    onset: str
    text: str
    cite: Cite
    feel: str | None = None
    """How it feels, where the documents say."""
    course: str | None = None
    """How it goes on, where the documents say."""
    onset_min_h: int | None = None
    onset_max_h: int | None = None
    reading: Note | None = None
    """How CoreLog recognises this kind where the documents give no rule of their own."""


@dataclass(frozen=True)
class SorenessReason(Cited):
    """A reason abs get sore after running."""

    key: str
    name: str
    text: str
    cite: Cite


@dataclass(frozen=True)
class Cause(Cited):
    """A likely cause CoreLog can find in the recent training history."""

    key: str
    name: str
    text: str
    reasons: tuple[str, ...]
    cite: Cite


@dataclass(frozen=True)
class WarningSign(Cited):
    key: str
    name: str
    text: str
    cite: Cite
    days: int | None = None
    reading: Note | None = None
    """CoreLog's own reading of the sign (how many days count as "several"), if any."""


class _FitsRegions:
    """``fits`` for items that name their ``regions`` or fit ``all_regions``."""

    regions: tuple[str, ...]
    all_regions: bool

    def fits(self, region: str) -> bool:
        return self.all_regions or region in self.regions


@dataclass(frozen=True)
class ReliefMethod(Cited, _FitsRegions):
    key: str
    name: str
    how: str
    why: str
    cite: Cite
    regions: tuple[str, ...] = ()
    all_regions: bool = False
    caution: str | None = None


@dataclass(frozen=True)
class Action(Cited):
    """What to do today: run easy, active recovery, rest, stop and rest, or see a physio."""

    key: str
    name: str
    text: str
    cite: Cite
    relief: tuple[str, ...] = ()
    """Relief methods that go with this action."""
    rest_min_h: int | None = None
    rest_max_h: int | None = None
    hold_off: tuple[str, ...] = ()
    """Relief methods that do not fit this action (they would contradict it)."""
    hold_off_note: Note | None = None
    """Why those methods wait; required when ``hold_off`` is not empty."""
    reading: Note | None = None
    """CoreLog's own reading of the action where it goes beyond the documents' words."""


@dataclass(frozen=True)
class Rule(Cited):
    """A row of the rest-or-train table: when it applies and the action it calls for.

    The keys are the rows of ``corelog.domain.soreness``'s action table. A rule with a
    severity band covers that band of the 0-10 scale; ``warning_signs`` are the signs
    the row answers. A rule that is CoreLog's own reading says so in its ``cite``.
    """

    key: str
    when: str
    action: str
    cite: Cite
    severity_min: int | None = None
    severity_max: int | None = None
    warning_signs: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreventionHabit(Cited, _FitsRegions):
    key: str
    name: str
    text: str
    cite: Cite
    regions: tuple[str, ...] = ()
    all_regions: bool = False


@dataclass(frozen=True)
class KeyedNote(Cited):
    """A named text with its sources (a benefit of core training, a core fact)."""

    key: str
    text: str
    cite: Cite
    name: str = ""


@dataclass(frozen=True)
class EngagementCue(Cited):
    """How to engage the core while running, step by step."""

    summary: str
    steps: tuple[Note, ...]
    cite: Cite


@dataclass(frozen=True)
class WeeklyTarget(Cited):
    sessions_min: int
    sessions_max: int
    text: str
    cite: Cite


@dataclass(frozen=True)
class TenPercentRule(Cited):
    percent: int
    text: str
    cite: Cite


@dataclass(frozen=True)
class CoreGuide:
    """The core while running and the case for training it."""

    engagement_cue: EngagementCue
    weekly_target: WeeklyTarget
    ten_percent_rule: TenPercentRule
    benefits: tuple[KeyedNote, ...]
    facts: tuple[KeyedNote, ...]
