"""How open soreness stands today: its latest state, the assessment, the lists to follow.

An open entry is followed up ("how is it today?") until the user marks it resolved. Its
state always reflects the latest follow-up, and the days it has lasted keep counting
while it stays open, so soreness that lingers past several days is flagged. The
assessment reads that state against the training around the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from corelog.domain import soreness as rules
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.domain.soreness_entries import LinkedRun, SorenessEntryRecord, SorenessUpdateRecord
from corelog.domain.soreness_validation import MAX_DAYS_LASTED
from corelog.domain.timeutil import local_now
from corelog.knowledge import get_knowledge
from corelog.services.recovery_links import (
    LinkChoice,
    entry_link,
    link_choice,
    local_time,
    region_name,
)
from corelog.services.recovery_tips import Tip, rule_tip
from corelog.store import soreness as db
from corelog.store.store import Store

HISTORY_SPAN = timedelta(weeks=8)
"""Training read for an assessment: the 10 percent rule's two weeks, the six-week
baselines for long runs and first hill or interval sessions, and the 72 hours before."""

DELETED_LINK_NOTES = {
    "run": QT_TRANSLATE_NOOP(
        "Recovery", "The run this entry was linked to has been deleted, so it is left out."
    ),
    "core_session": QT_TRANSLATE_NOOP(
        "Recovery",
        "The core session this entry was linked to has been deleted, so it is left out.",
    ),
}


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
    rule: Tip | None = None
    """The rule that chose today's action, with what it rests on."""


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


def recent_run(run: LinkedRun) -> rules.RecentRun | None:
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
    runs = [r for r in (recent_run(run) for run in db.runs_between(store, at - HISTORY_SPAN, at))
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
        note = Recovery.marked(DELETED_LINK_NOTES[link_ref.kind])
    elif link is not None and link.run is not None:
        preceding_run = recent_run(link.run)
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
    """Run the decision tables on an entry as it stands now."""
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
                region_name=region_name(kb.region(entry.region).name),
                state=state,
                action=answer.action,
                action_name=kb.action(answer.action).name,
                action_reason=answer.action_reason,
                has_red_flags=answer.has_red_flags,
                last_check=last_check,
                checked_today=last_check.astimezone(now.tzinfo).date() == now.date(),
                rule=rule_tip(kb, answer.action_rule),
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
            recent = recent_run(run) if run is not None and not run.deleted else None
            run_words = Recovery.marked(recent.words) if recent is not None else None
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

