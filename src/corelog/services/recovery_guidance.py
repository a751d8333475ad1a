"""The guidance for one soreness entry, as the Recovery page shows it.

:func:`build_guidance` answers with :class:`Guidance`: the warning signs found (first),
what to do today and the rule that chose it, what it most likely is and why, what
relieves it, what may have caused it, what prevents it once it has settled, what loads
the region, and the note that this is general information. Every line is a
:class:`~corelog.services.recovery_tips.Tip` that cites the document sentences it rests
on, or says its words are CoreLog's own reading and cites the rule that reading rests on.
The rules are the decision tables in :mod:`corelog.domain.soreness`; the texts and
quotes come from the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from corelog.domain import soreness as rules
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.domain.soreness_entries import SorenessEntryRecord, SorenessUpdateRecord
from corelog.knowledge import Knowledge, get_knowledge
from corelog.services.recovery_links import LinkChoice, region_in_sentence, region_name
from corelog.services.recovery_state import CurrentState, assess
from corelog.services.recovery_tips import Tip, merged_sources, note_tip, quotes, rule_tip, tip
from corelog.store import soreness as db
from corelog.store.store import Store

CORE_REGIONS = frozenset(
    {"upper_abs", "lower_abs", "obliques_left", "obliques_right", "hip_flexors", "lower_back",
     "side_ribs"}
)
"""Regions the documents' reasons for sore abs and core speak about."""

NOTICE_TITLE = QT_TRANSLATE_NOOP("Recovery", "General information, not medical advice")
READING_TITLE = QT_TRANSLATE_NOOP("Recovery", "CoreLog's reading")
NOTICE_TEXT = QT_TRANSLATE_NOOP(
    "Recovery",
    "CoreLog's guidance is general information drawn from running articles, not medical "
    "advice. If pain is severe, keeps getting worse or does not settle, see a "
    "physiotherapist or a doctor.",
)
"""The notice of soreness.toml: CoreLog's own words, so translated (the documents' words
stay in English). Should the knowledge base change it, it is shown as written there."""


@dataclass(frozen=True)
class Guidance:
    """Everything the Recovery page shows for one entry, in the order it is shown."""

    entry: SorenessEntryRecord
    region_name: str
    state: CurrentState
    red_flags: tuple[Tip, ...]
    """Warning signs found; when there are any they come first and decide the action."""
    action: Tip
    """What to do today: ``key`` is the action, ``detail`` why (CoreLog's reading of the
    entry), ``notes`` the rule that chose it and CoreLog's own note on the action."""
    kind: Tip
    """What it most likely is: ``detail`` is CoreLog's reading in plain words."""
    relief_today: tuple[Tip, ...]
    relief_also: tuple[Tip, ...]
    relief_held_off: tuple[Tip, ...]
    relief_note: Tip | None
    """Why the held-off relief waits (CoreLog's reading, with the rule it rests on)."""
    causes: tuple[Tip, ...]
    """What in the recent history may have caused it; ``detail`` says what was found."""
    other_reasons: tuple[Tip, ...]
    """For core regions: the documents' other common reasons CoreLog cannot see in a log."""
    prevention_exercises: tuple[Tip, ...]
    prevention_habits: tuple[Tip, ...]
    region_facts: tuple[Tip, ...]
    notice: Tip
    link: LinkChoice | None
    link_note: str | None
    """Set when the run or session the entry was linked to has been deleted."""
    updates: tuple[SorenessUpdateRecord, ...]
    assessment: rules.Assessment

    @property
    def has_red_flags(self) -> bool:
        return bool(self.red_flags)

    @property
    def action_key(self) -> str:
        return self.action.key

    @property
    def kind_key(self) -> str:
        return self.kind.key

    @property
    def tips(self) -> tuple[Tip, ...]:
        """Every tip shown, in order."""
        return (
            *self.red_flags,
            self.action,
            self.kind,
            *self.relief_today,
            *self.relief_also,
            *self.causes,
            *self.other_reasons,
            *self.prevention_exercises,
            *self.prevention_habits,
            *self.region_facts,
            self.notice,
        )

    @property
    def lines(self) -> tuple[Tip, ...]:
        """Every cited line shown: the tips, each followed by its notes, and the note on
        the relief that waits."""
        held = (self.relief_note,) if self.relief_note is not None else ()
        return tuple(line for t in (*self.tips, *held) for line in (t, *t.notes))


@dataclass(frozen=True)
class Intro:
    """What the Recovery page shows before any entry is chosen."""

    telling_apart: Tip
    notice: Tip


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _notice(kb: Knowledge) -> Tip:
    return tip(
        kb, "notice", Recovery.marked(NOTICE_TITLE), Recovery.marked(kb.notice.text),
        kb.notice.cite,
    )


def intro() -> Intro:
    """How to tell soreness apart, and the note that this is general information."""
    kb = get_knowledge()
    apart = kb.telling_apart
    return Intro(tip(kb, "telling_apart", "", apart.text, apart.cite), _notice(kb))


def _relief_tip(kb: Knowledge, method_key: str) -> Tip:
    method = kb.relief(method_key)
    return tip(
        kb, method.key, method.name, f"{method.how} {method.why}", method.cite,
        extra=method.caution or "",
    )


def _red_flag_tips(kb: Knowledge, answer: rules.Assessment) -> tuple[Tip, ...]:
    found = []
    for flag in answer.red_flags:
        sign = kb.warning_sign(flag.key)
        found.append(
            tip(
                kb, flag.key, sign.name, sign.text, sign.cite,
                detail=_sentence(Recovery.tr("You said {sign}").format(sign=flag.reason)),
                notes=note_tip(
                    kb, f"{flag.key}_reading", Recovery.marked(READING_TITLE), sign.reading
                ),
            )
        )
    return tuple(found)


def _action_tip(kb: Knowledge, answer: rules.Assessment) -> Tip:
    action = kb.action(answer.action)
    notes = (
        rule_tip(kb, answer.action_rule),
        *note_tip(kb, f"{action.key}_reading", Recovery.marked(READING_TITLE), action.reading),
    )
    return tip(
        kb, action.key, action.name, action.text, action.cite,
        detail=answer.action_reason, reading=True, notes=notes,
    )


def _kind_tip(kb: Knowledge, answer: rules.Assessment) -> Tip:
    kind = kb.soreness_kind(answer.kind)
    extra = " ".join(part for part in (kind.feel, kind.onset, kind.course) if part)
    return tip(
        kb, kind.key, kind.name, kind.text, kind.cite,
        detail=answer.kind_reason, extra=extra, reading=True,
        notes=note_tip(kb, f"{kind.key}_reading", Recovery.marked(READING_TITLE), kind.reading),
    )


def _cause_tips(kb: Knowledge, answer: rules.Assessment) -> tuple[Tip, ...]:
    return tuple(
        tip(
            kb, found.key, (cause := kb.cause(found.key)).name, cause.text, cause.cite,
            detail=found.reason, reading=True,
        )
        for found in answer.causes
    )


def _region_tips(kb: Knowledge, region_key: str) -> tuple[Tip, ...]:
    region = kb.region(region_key)
    return (
        tip(
            kb, f"{region.key}_loads",
            Recovery.tr("What loads the {region}").format(region=region_in_sentence(region.name)),
            region.loads, region.cite,
        ),
        *(tip(kb, fact.key, "", fact.text, fact.cite) for fact in kb.facts_for_region(region_key)),
    )


def _prevention(kb: Knowledge, region: str) -> tuple[tuple[Tip, ...], tuple[Tip, ...]]:
    prevention = kb.prevention_for_region(region)
    exercises = tuple(
        Tip(
            key=ex.key,
            title=ex.name,
            text=ex.trains,
            sources=merged_sources(kb, ex.cite, ex.dose.cite),
            extra=ex.dose.text,
            quotes=quotes(kb, ex.cite, ex.dose.cite),
        )
        for ex in prevention.exercises
    )
    habits = tuple(tip(kb, h.key, h.name, h.text, h.cite) for h in prevention.habits)
    return exercises, habits


def build_guidance(
    store: Store, entry_id: int, *, now: datetime | None = None
) -> Guidance:
    """The guidance for one entry as it stands now (after its latest follow-up)."""
    kb = get_knowledge()
    entry = db.get_entry(store, entry_id)
    if entry is None:
        raise LookupError(f"no soreness entry {entry_id}")
    updates = tuple(db.updates_for(store, entry_id))
    answer, state, link, link_note = assess(
        store, entry, updates[-1] if updates else None, now=now
    )
    plan = kb.relief_plan(answer.action, entry.region)
    covered = {reason for found in answer.causes for reason in kb.cause(found.key).reasons}
    other_reasons = (
        tuple(
            tip(kb, r.key, r.name, r.text, r.cite)
            for r in kb.soreness_reasons
            if r.key not in covered
        )
        if entry.region in CORE_REGIONS
        else ()
    )
    exercises, habits = _prevention(kb, entry.region)
    relief_note = (
        tip(
            kb, f"{answer.action}_hold_off", Recovery.tr("Not yet"), plan.note.text,
            plan.note.cite,
        )
        if plan.note is not None
        else None
    )
    return Guidance(
        entry=entry,
        region_name=region_name(kb.region(entry.region).name),
        state=state,
        red_flags=_red_flag_tips(kb, answer),
        action=_action_tip(kb, answer),
        kind=_kind_tip(kb, answer),
        relief_today=tuple(_relief_tip(kb, m.key) for m in plan.today),
        relief_also=tuple(_relief_tip(kb, m.key) for m in plan.also),
        relief_held_off=tuple(_relief_tip(kb, m.key) for m in plan.held_off),
        relief_note=relief_note,
        causes=_cause_tips(kb, answer),
        other_reasons=other_reasons,
        prevention_exercises=exercises,
        prevention_habits=habits,
        region_facts=_region_tips(kb, entry.region),
        notice=_notice(kb),
        link=link,
        link_note=link_note,
        updates=updates,
        assessment=answer,
    )
