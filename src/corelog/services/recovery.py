"""Soreness and recovery guidance: the use cases behind the Recovery page and Today's list.

The user logs soreness (where, how bad, how it feels, when it began, which way it is
going, what came before it); CoreLog checks the entry, saves it, and answers with
:class:`Guidance`: what it most likely is and why, what to do today, what relieves it,
what may have caused it, what prevents it once it has settled, with every tip naming the
source document it comes from. The rules are the decision table in
:mod:`corelog.domain.soreness`; the texts come from the knowledge base.

An open entry is followed up ("how is it today?") until the user marks it resolved. Its
guidance always reflects the latest follow-up, and the days it has lasted keep counting
while it stays open, so soreness that lingers past several days is flagged.

No Qt here: the UI calls these functions and announces the changes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from corelog.domain import soreness as rules
from corelog.domain.soreness_entries import (
    DELETED_RUN_MESSAGE,
    DELETED_SESSION_MESSAGE,
    FollowUpValues,
    LinkedRun,
    LinkedSession,
    LinkError,
    SorenessEntryRecord,
    SorenessUpdateRecord,
    SorenessValues,
)
from corelog.domain.soreness_validation import (
    MAX_DAYS_LASTED,
    validate_soreness,
    validate_soreness_follow_up,
)
from corelog.domain.timeutil import from_utc_and_offset, local_now, to_utc_and_offset
from corelog.domain.validation import Invalid
from corelog.knowledge import Knowledge, citation, get_knowledge
from corelog.knowledge.items import Sources
from corelog.store import soreness as db
from corelog.store.store import Store

__all__ = [  # besides what is defined here
    "DELETED_RUN_MESSAGE",
    "DELETED_SESSION_MESSAGE",
    "LinkError",
    "SorenessEntryRecord",
    "SorenessUpdateRecord",
]

RUN = "run"
CORE_SESSION = "core_session"
LINK_KINDS = (RUN, CORE_SESSION)

PROPOSAL_WINDOW = rules.PRECEDING_WINDOW
"""CoreLog proposes the latest run or core session in the 72 hours before the entry."""
CHOICE_WINDOW = timedelta(days=14)
"""The runs and sessions offered as "what came before it" reach back this far."""
HISTORY_SPAN = timedelta(weeks=8)
"""Training read for an assessment: the 10 percent rule's two weeks, the six-week
baselines for long runs and first hill or interval sessions, and the 72 hours before."""

LINK_AFTER_ENTRY_MESSAGE = "That was after the time you noted the soreness; pick what came before."
FOLLOW_UP_BEFORE_ENTRY_MESSAGE = "That is before the entry was logged; check the date and time."

CORE_REGIONS = frozenset(
    {"upper_abs", "lower_abs", "obliques_left", "obliques_right", "hip_flexors", "lower_back",
     "side_ribs"}
)
"""Regions the documents' reasons for sore abs and core speak about."""


# --- what the user picks ----------------------------------------------------------------


@dataclass(frozen=True)
class LinkRef:
    """A run or a core session an entry points at."""

    kind: str
    """``"run"`` or ``"core_session"``."""
    id: int

    def __post_init__(self) -> None:
        if self.kind not in LINK_KINDS:
            raise ValueError(f"a link is to a run or a core session, not {self.kind!r}")


@dataclass(frozen=True)
class LinkChoice:
    """A run or core session that could have come before the soreness."""

    ref: LinkRef
    started_at: datetime
    """Local time, as the user lived it."""
    run: LinkedRun | None = None
    session: LinkedSession | None = None
    deleted: bool = False

    @property
    def words(self) -> str:
        """What it was, in words that do not depend on units: "Long run", "Core session"."""
        if self.run is not None:
            return rules.RecentRun(
                self.run.started_at, 0, 0, self.run.run_type, self.run.race_class
            ).words.capitalize()
        return "Core session"


@dataclass(frozen=True)
class SorenessForm:
    """What the soreness form holds, as typed or picked (nothing checked yet)."""

    noted_at: datetime | None
    region: str | None
    severity: int | str | None
    feel: str | None
    onset: str | None
    trend: str | None
    swelling: bool = False
    days_lasted: int | str | None = 0
    link: LinkRef | None = None
    notes: str = ""


@dataclass(frozen=True)
class FollowUpForm:
    """What the "how is it today?" form holds."""

    severity: int | str | None
    trend: str | None
    swelling: bool = False
    notes: str = ""
    noted_at: datetime | None = None
    """None: now."""


# --- what CoreLog answers ----------------------------------------------------------------


@dataclass(frozen=True)
class SourceRef:
    """A source document: its id and title."""

    id: str
    title: str


@dataclass(frozen=True)
class Tip:
    """One piece of guidance: a title, the knowledge text, and the documents behind it.

    ``detail`` is what CoreLog found in the user's own entry or history (plain words),
    ``extra`` further advice from the same item (a caution, a dose).
    """

    key: str
    title: str
    text: str
    sources: tuple[SourceRef, ...]
    detail: str = ""
    extra: str = ""

    @property
    def source_line(self) -> str:
        """The documents behind the tip, cited as everywhere in CoreLog."""
        return citation(source.id for source in self.sources)


@dataclass(frozen=True)
class CurrentState:
    """How the soreness stands now: the entry with its latest follow-up applied."""

    severity: int
    trend: str
    swelling: bool
    days_lasted: int
    as_of: datetime
    """Local time the state refers to (now for open entries)."""

    @property
    def band(self) -> str:
        return rules.severity_band(self.severity)


@dataclass(frozen=True)
class Guidance:
    """Everything the Recovery page shows for one entry, in the order it is shown."""

    entry: SorenessEntryRecord
    region_name: str
    state: CurrentState
    red_flags: tuple[Tip, ...]
    """Warning signs found; when there are any they come first and decide the action."""
    action: Tip
    """What to do today: ``key`` is the action, ``detail`` why (from the decision table)."""
    kind: Tip
    """What it most likely is: ``detail`` is the reason in plain words."""
    relief_today: tuple[Tip, ...]
    relief_also: tuple[Tip, ...]
    relief_held_off: tuple[Tip, ...]
    relief_note: str | None
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


@dataclass(frozen=True)
class OpenEntry:
    """An open soreness entry with its advice for today (for the Today page)."""

    entry: SorenessEntryRecord
    region_name: str
    state: CurrentState
    action: str
    action_name: str
    action_reason: str
    has_red_flags: bool
    last_check: datetime
    """Local time of the latest follow-up, or of the entry itself."""
    checked_today: bool


@dataclass(frozen=True)
class Episode:
    """A past or current episode of soreness in one region (region history)."""

    entry: SorenessEntryRecord
    noted_local: datetime
    state: CurrentState
    follow_ups: int
    run_words: str | None
    """The kind of run it followed ("hill session"), when it was linked to one."""

    @property
    def is_open(self) -> bool:
        return self.entry.is_open


# --- regions and links ---------------------------------------------------------------------


def region_names(knowledge: Knowledge | None = None) -> dict[str, str]:
    """Body-map region keys with their names, in the knowledge base's order."""
    kb = knowledge or get_knowledge()
    return {region.key: region.name for region in kb.regions}


def local_time(utc: datetime, offset_min: int) -> datetime:
    return from_utc_and_offset(utc, offset_min)


def _run_choice(run: LinkedRun) -> LinkChoice:
    return LinkChoice(
        ref=LinkRef(RUN, run.id),
        started_at=local_time(run.started_at, run.utc_offset_min),
        run=run,
        deleted=run.deleted,
    )


def _session_choice(session: LinkedSession) -> LinkChoice:
    return LinkChoice(
        ref=LinkRef(CORE_SESSION, session.id),
        started_at=local_time(session.started_at, session.utc_offset_min),
        session=session,
        deleted=session.deleted,
    )


def link_choice(store: Store, ref: LinkRef) -> LinkChoice | None:
    """The run or session ``ref`` points at (deleted or not), or None if it is gone."""
    if ref.kind == RUN:
        run = db.get_run(store, ref.id)
        return None if run is None else _run_choice(run)
    session = db.get_core_session(store, ref.id)
    return None if session is None else _session_choice(session)


def link_choices(
    store: Store, at: datetime, current: LinkRef | None = None
) -> list[LinkChoice]:
    """Runs and core sessions of the two weeks up to ``at``, newest first.

    The entry's current link is always among them, even when it is older or deleted.
    """
    start = at - CHOICE_WINDOW
    found = [_run_choice(run) for run in db.runs_between(store, start, at)]
    found += [_session_choice(s) for s in db.core_sessions_between(store, start, at)]
    if current is not None and all(choice.ref != current for choice in found):
        linked = link_choice(store, current)
        if linked is not None:
            found.append(linked)
    return sorted(found, key=lambda c: (c.started_at, c.ref.kind, c.ref.id), reverse=True)


def propose_link(store: Store, at: datetime) -> LinkChoice | None:
    """The latest run or core session in the 72 hours before ``at``, if there is one."""
    for choice in link_choices(store, at):
        if not choice.deleted and at - choice.started_at <= PROPOSAL_WINDOW:
            return choice
    return None


# --- checking and saving -------------------------------------------------------------------


def _link_error(store: Store, link: LinkRef, noted_at: datetime | None) -> str | None:
    choice = link_choice(store, link)
    if choice is None or choice.deleted:
        return DELETED_RUN_MESSAGE if link.kind == RUN else DELETED_SESSION_MESSAGE
    if noted_at is not None and choice.started_at > noted_at:
        return LINK_AFTER_ENTRY_MESSAGE
    return None


def check_entry(
    store: Store, form: SorenessForm, *, now: datetime | None = None
) -> SorenessValues | Invalid:
    """Check the soreness form; the values to store, or every problem at once.

    Error fields: ``noted_at``, ``region``, ``severity``, ``feel``, ``onset``, ``trend``,
    ``days_lasted`` and ``link`` (a run or session that has been deleted, or that came
    after the soreness was noted).
    """
    now = now or local_now()
    checked = validate_soreness(
        noted_at=form.noted_at,
        region=form.region,
        severity=form.severity,
        feel=form.feel,
        onset=form.onset,
        trend=form.trend,
        now=now,
        swelling=form.swelling,
        days_lasted=form.days_lasted,
        notes=form.notes,
        known_regions=region_names(),
    )
    link_problem = (
        _link_error(store, form.link, form.noted_at) if form.link is not None else None
    )
    if isinstance(checked, Invalid) or link_problem is not None:
        errors = dict(checked.errors) if isinstance(checked, Invalid) else {}
        if link_problem is not None:
            errors["link"] = link_problem
        return Invalid(errors)
    noted_utc, offset = to_utc_and_offset(checked.noted_at)
    link = form.link
    return SorenessValues(
        noted_at=noted_utc,
        utc_offset_min=offset,
        region=checked.region,
        severity=checked.severity,
        feel=checked.feel,
        onset=checked.onset,
        trend=checked.trend,
        swelling=checked.swelling,
        days_lasted=checked.days_lasted,
        run_id=link.id if link is not None and link.kind == RUN else None,
        core_session_id=link.id if link is not None and link.kind == CORE_SESSION else None,
        notes=checked.notes,
    )


def add_entry(store: Store, values: SorenessValues) -> int:
    """Save a new entry; returns its id. Raises LinkError if its link was deleted meanwhile."""
    return db.insert_entry(store, values)


def change_entry(
    store: Store, entry_id: int, values: SorenessValues, *, check_links: bool = True
) -> None:
    """Save an edit (same entry, same uuid). ``check_links=False`` when undoing an edit."""
    db.update_entry(store, entry_id, values, check_links=check_links)


def entry_values(store: Store, entry_id: int) -> SorenessValues:
    """The stored values of an entry, to put back on undo."""
    return SorenessValues.of(_entry(store, entry_id))


def delete_entry(store: Store, entry_id: int) -> None:
    db.set_entry_deleted(store, entry_id, True)


def restore_entry(store: Store, entry_id: int) -> None:
    db.set_entry_deleted(store, entry_id, False)


def resolve_entry(store: Store, entry_id: int, *, at: datetime | None = None) -> None:
    """Close an open entry: the soreness is gone."""
    moment = at or local_now()
    db.set_entry_resolved(store, entry_id, to_utc_and_offset(moment)[0])


def reopen_entry(store: Store, entry_id: int) -> None:
    db.set_entry_resolved(store, entry_id, None)


def check_follow_up(
    store: Store, entry_id: int, form: FollowUpForm, *, now: datetime | None = None
) -> FollowUpValues | Invalid:
    """Check a "how is it today?" update. Error fields: noted_at, severity, trend."""
    now = now or local_now()
    checked = validate_soreness_follow_up(
        noted_at=form.noted_at or now,
        severity=form.severity,
        trend=form.trend,
        now=now,
        swelling=form.swelling,
        notes=form.notes,
    )
    if isinstance(checked, Invalid):
        return checked
    entry = _entry(store, entry_id)
    if checked.noted_at < entry.noted_at:
        return Invalid({"noted_at": FOLLOW_UP_BEFORE_ENTRY_MESSAGE})
    utc, offset = to_utc_and_offset(checked.noted_at)
    return FollowUpValues(
        noted_at=utc,
        utc_offset_min=offset,
        severity=checked.severity,
        trend=checked.trend,
        swelling=checked.swelling,
        notes=checked.notes,
    )


def add_follow_up(
    store: Store, entry_id: int, values: FollowUpValues, *, uuid: str | None = None
) -> int:
    """Save a follow-up; ``uuid`` when putting back one that undo took away."""
    return db.insert_update(store, entry_id, values, uuid=uuid)


def remove_follow_up(store: Store, update_id: int) -> None:
    db.delete_update(store, update_id)


def follow_up_uuid(store: Store, entry_id: int, update_id: int) -> str:
    for update in db.updates_for(store, entry_id):
        if update.id == update_id:
            return update.uuid
    raise LookupError(f"no follow-up {update_id} on soreness entry {entry_id}")


# --- reading entries ---------------------------------------------------------------------


def _entry(store: Store, entry_id: int) -> SorenessEntryRecord:
    entry = db.get_entry(store, entry_id)
    if entry is None:
        raise LookupError(f"no soreness entry {entry_id}")
    return entry


def get_entry(store: Store, entry_id: int) -> SorenessEntryRecord | None:
    return db.get_entry(store, entry_id)


def entry_link(entry: SorenessEntryRecord) -> LinkRef | None:
    if entry.run_id is not None:
        return LinkRef(RUN, entry.run_id)
    if entry.core_session_id is not None:
        return LinkRef(CORE_SESSION, entry.core_session_id)
    return None


def current_state(
    entry: SorenessEntryRecord,
    latest: SorenessUpdateRecord | None,
    *,
    now: datetime | None = None,
) -> CurrentState:
    """The entry as it stands: its latest follow-up, and the days it has lasted by now.

    An open entry keeps counting days until today; a resolved one stops at its
    resolution.
    """
    noted = local_time(entry.noted_at, entry.utc_offset_min)
    if entry.resolved_at is not None:
        as_of = local_time(entry.resolved_at, entry.utc_offset_min)
    else:
        as_of = (now or local_now()).astimezone(noted.tzinfo)
    if latest is not None:
        latest_local = local_time(latest.noted_at, latest.utc_offset_min)
        as_of = max(as_of, latest_local.astimezone(noted.tzinfo))
    elapsed = max(0, (as_of.date() - noted.date()).days)
    days = min(MAX_DAYS_LASTED, entry.days_lasted + elapsed)
    if latest is None:
        return CurrentState(entry.severity, entry.trend, entry.swelling, days, as_of)
    return CurrentState(latest.severity, latest.trend, latest.swelling, days, as_of)


def _recent_run(run: LinkedRun) -> rules.RecentRun | None:
    try:
        return rules.RecentRun(
            run.started_at, run.distance_m, run.duration_s, run.run_type, run.race_class
        )
    except ValueError:  # a run the assessment cannot read is left out, not guessed at
        return None


def _training_context(store: Store, entry: SorenessEntryRecord) -> tuple[
    rules.TrainingContext, LinkChoice | None, str | None
]:
    at = entry.noted_at
    runs = [r for r in (_recent_run(run) for run in db.runs_between(store, at - HISTORY_SPAN, at))
            if r is not None]
    sessions = [s.started_at for s in db.core_sessions_between(store, at - HISTORY_SPAN, at)]
    if not sessions:
        latest = db.latest_core_session_before(store, at)
        sessions = [latest] if latest is not None else []
    episodes = [
        rules.PastEpisode(ep.noted_at, ep.region, ep.run_type)
        for ep in db.episodes_between(store, at - rules.PATTERN_LOOKBACK, at)
        if ep.entry_id != entry.id and ep.region in rules.REGIONS
        and (ep.run_type is None or ep.run_type in rules.RUN_TYPES)
    ]
    link_ref = entry_link(entry)
    link = link_choice(store, link_ref) if link_ref is not None else None
    preceding_run = None
    preceding_session = None
    note = None
    if link_ref is not None and (link is None or link.deleted):
        note = (
            "The run this entry was linked to has been deleted, so it is left out."
            if link_ref.kind == RUN
            else "The core session this entry was linked to has been deleted, so it is left out."
        )
    elif link is not None and link.run is not None:
        preceding_run = _recent_run(link.run)
    elif link is not None and link.session is not None:
        preceding_session = link.session.started_at
    context = rules.TrainingContext(
        at=at,
        runs=tuple(runs),
        core_sessions=tuple(sessions),
        past_episodes=tuple(episodes),
        preceding_run=preceding_run,
        preceding_session=preceding_session,
        link_given=True,
    )
    return context, link, note


def assess(
    store: Store,
    entry: SorenessEntryRecord,
    latest: SorenessUpdateRecord | None = None,
    *,
    now: datetime | None = None,
) -> tuple[rules.Assessment, CurrentState, LinkChoice | None, str | None]:
    """Run the decision table on an entry as it stands now."""
    state = current_state(entry, latest, now=now)
    context, link, note = _training_context(store, entry)
    answer = rules.assess_soreness(
        rules.SorenessInput(
            region=entry.region,
            severity=state.severity,
            feel=entry.feel,
            onset=entry.onset,
            trend=state.trend,
            swelling=state.swelling,
            days_lasted=state.days_lasted,
        ),
        context,
    )
    return answer, state, link, note


# --- guidance ------------------------------------------------------------------------------


def _refs(kb: Knowledge, sources: Sources) -> tuple[SourceRef, ...]:
    return tuple(SourceRef(source.id, source.title) for source in kb.cite(sources))


def _merge(kb: Knowledge, *groups: Sources) -> tuple[SourceRef, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for source in group:
            seen.setdefault(source, None)
    return _refs(kb, tuple(seen))


def _relief_tip(kb: Knowledge, method_key: str) -> Tip:
    method = kb.relief(method_key)
    return Tip(
        key=method.key,
        title=method.name,
        text=f"{method.how} {method.why}",
        sources=_refs(kb, method.sources),
        extra=method.caution or "",
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def build_guidance(
    store: Store, entry_id: int, *, now: datetime | None = None
) -> Guidance:
    """The guidance for one entry as it stands now (after its latest follow-up)."""
    kb = get_knowledge()
    entry = _entry(store, entry_id)
    updates = tuple(db.updates_for(store, entry_id))
    answer, state, link, link_note = assess(
        store, entry, updates[-1] if updates else None, now=now
    )
    region = kb.region(entry.region)

    red_flags = tuple(
        Tip(
            key=flag.key,
            title=(sign := kb.warning_sign(flag.key)).name,
            text=sign.text,
            sources=_refs(kb, sign.sources),
            detail=_sentence(f"You said {flag.reason}"),
        )
        for flag in answer.red_flags
    )
    action = kb.action(answer.action)
    rule_sources = [
        rule.sources
        for rule in kb.rules
        if rule.action == answer.action
    ]
    action_tip = Tip(
        key=action.key,
        title=action.name,
        text=action.text,
        sources=_merge(kb, action.sources, *rule_sources),
        detail=answer.action_reason,
    )
    kind = kb.soreness_kind(answer.kind)
    kind_tip = Tip(
        key=kind.key,
        title=kind.name,
        text=kind.text,
        sources=_refs(kb, kind.sources),
        detail=answer.kind_reason,
        extra=f"{kind.feel} {kind.onset} {kind.course}",
    )
    plan = kb.relief_plan(answer.action, entry.region)
    causes = tuple(
        Tip(
            key=found.key,
            title=(cause := kb.cause(found.key)).name,
            text=cause.text,
            sources=_refs(kb, cause.sources),
            detail=found.reason,
        )
        for found in answer.causes
    )
    covered = {reason for found in answer.causes for reason in kb.cause(found.key).reasons}
    other_reasons = (
        tuple(
            Tip(key=r.key, title=r.name, text=r.text, sources=_refs(kb, r.sources))
            for r in kb.soreness_reasons
            if r.key not in covered
        )
        if entry.region in CORE_REGIONS
        else ()
    )
    prevention = kb.prevention_for_region(entry.region)
    exercises = tuple(
        Tip(
            key=ex.key,
            title=ex.name,
            text=ex.trains,
            sources=_merge(kb, ex.sources, ex.dose.sources),
            extra=ex.dose.text,
        )
        for ex in prevention.exercises
    )
    habits = tuple(
        Tip(key=h.key, title=h.name, text=h.text, sources=_refs(kb, h.sources))
        for h in prevention.habits
    )
    facts = (
        Tip(
            key=f"{region.key}_loads",
            title=f"What loads the {region.name.lower()}",
            text=region.loads,
            sources=_refs(kb, region.sources),
        ),
        *(
            Tip(key=fact.key, title="", text=fact.text, sources=_refs(kb, fact.sources))
            for fact in kb.facts_for_region(entry.region)
        ),
    )
    notice = Tip(
        key="notice",
        title="General information, not medical advice",
        text=kb.notice.text,
        sources=_refs(kb, kb.notice.sources),
    )
    return Guidance(
        entry=entry,
        region_name=region.name,
        state=state,
        red_flags=red_flags,
        action=action_tip,
        kind=kind_tip,
        relief_today=tuple(_relief_tip(kb, m.key) for m in plan.today),
        relief_also=tuple(_relief_tip(kb, m.key) for m in plan.also),
        relief_held_off=tuple(_relief_tip(kb, m.key) for m in plan.held_off),
        relief_note=plan.note,
        causes=causes,
        other_reasons=other_reasons,
        prevention_exercises=exercises,
        prevention_habits=habits,
        region_facts=facts,
        notice=notice,
        link=link,
        link_note=link_note,
        updates=updates,
        assessment=answer,
    )


# --- follow-up: open entries and region history ---------------------------------------------


def open_entries_with_advice(store: Store, *, now: datetime | None = None) -> list[OpenEntry]:
    """Every open soreness entry with today's advice, warning signs first, then newest.

    This is what the Today page lists until the user marks an entry resolved.
    """
    kb = get_knowledge()
    now = now or local_now()
    entries = db.list_entries(store, open_only=True)
    latest = db.latest_updates(store, (e.id for e in entries))
    found = []
    for entry in entries:
        update = latest.get(entry.id)
        answer, state, _link, _note = assess(store, entry, update, now=now)
        check = update or entry
        last_check = local_time(check.noted_at, check.utc_offset_min)
        found.append(
            OpenEntry(
                entry=entry,
                region_name=kb.region(entry.region).name,
                state=state,
                action=answer.action,
                action_name=kb.action(answer.action).name,
                action_reason=answer.action_reason,
                has_red_flags=answer.has_red_flags,
                last_check=last_check,
                checked_today=last_check.astimezone(now.tzinfo).date() == now.date(),
            )
        )
    found.sort(key=lambda item: (not item.has_red_flags, -item.entry.noted_at.timestamp()))
    return found


def region_history(
    store: Store, region: str, *, now: datetime | None = None
) -> list[Episode]:
    """Every episode of soreness in ``region`` (open and resolved), newest first."""
    entries = db.list_entries(store, region=region)
    latest = db.latest_updates(store, (e.id for e in entries))
    counts = db.update_counts(store, (e.id for e in entries))
    episodes = []
    for entry in entries:
        run_words = None
        if entry.run_id is not None:
            run = db.get_run(store, entry.run_id)
            recent = _recent_run(run) if run is not None and not run.deleted else None
            run_words = recent.words if recent is not None else None
        episodes.append(
            Episode(
                entry=entry,
                noted_local=local_time(entry.noted_at, entry.utc_offset_min),
                state=current_state(entry, latest.get(entry.id), now=now),
                follow_ups=counts.get(entry.id, 0),
                run_words=run_words,
            )
        )
    return episodes


def entries(store: Store) -> list[SorenessEntryRecord]:
    """Every entry the user has not deleted, newest first."""
    return db.list_entries(store)

