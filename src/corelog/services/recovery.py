"""Soreness and recovery: the use cases behind the Recovery page and Today's list.

The user logs soreness (where, how bad, how it feels, when it began, which way it is
going, what came before it); CoreLog checks the entry and saves it, follows it up ("how
is it today?") until the user marks it resolved, and answers with guidance. This module
holds the entries' life (check, save, edit, delete, follow up, resolve); the rest lives
beside it and is re-exported here, so the UI has one door:

- :mod:`recovery_links`: the runs and core sessions an entry can be linked to;
- :mod:`recovery_state`: how an entry stands today, the open entries and a region's history;
- :mod:`recovery_guidance`: the guidance for one entry, every line citing what it rests on;
- :mod:`recovery_tips`: one line of guidance with its documents and quotes.

No Qt here: the UI calls these functions and announces the changes itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from corelog.domain import soreness_validation
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks
from corelog.domain.soreness import severity_band
from corelog.domain.soreness_entries import (
    DELETED_RUN_MESSAGE,
    DELETED_SESSION_MESSAGE,
    FollowUpValues,
    LinkError,
    SorenessEntryRecord,
    SorenessUpdateRecord,
    SorenessValues,
)
from corelog.domain.soreness_validation import (
    FollowUpForm,
    validate_soreness,
    validate_soreness_follow_up,
)
from corelog.domain.timeutil import local_now, to_utc_and_offset
from corelog.domain.validation import Invalid
from corelog.domain.values import values_of
from corelog.knowledge import Knowledge, get_knowledge
from corelog.services.recovery_guidance import CORE_REGIONS, Guidance, Intro, build_guidance, intro
from corelog.services.recovery_links import (
    CHOICE_WINDOW,
    CORE_SESSION,
    LINK_KINDS,
    PROPOSAL_WINDOW,
    RUN,
    LinkChoice,
    LinkRef,
    entry_link,
    link_choice,
    link_choices,
    local_time,
    propose_link,
    region_name,
)
from corelog.services.recovery_state import (
    HISTORY_SPAN,
    CurrentState,
    Episode,
    OpenEntry,
    assess,
    current_state,
    open_entries_with_advice,
    region_history,
)
from corelog.services.recovery_tips import QuoteRef, SourceRef, Tip
from corelog.store import soreness as db
from corelog.store.store import Store

__all__ = [  # besides what is defined here
    "CHOICE_WINDOW",
    "CORE_REGIONS",
    "CORE_SESSION",
    "DELETED_RUN_MESSAGE",
    "DELETED_SESSION_MESSAGE",
    "HISTORY_SPAN",
    "LINK_KINDS",
    "PROPOSAL_WINDOW",
    "RUN",
    "CurrentState",
    "Episode",
    "FollowUpForm",
    "Guidance",
    "Intro",
    "LinkChoice",
    "LinkError",
    "LinkRef",
    "OpenEntry",
    "QuoteRef",
    "SorenessEntryRecord",
    "SorenessUpdateRecord",
    "SourceRef",
    "Tip",
    "assess",
    "build_guidance",
    "current_state",
    "entry_link",
    "intro",
    "link_choice",
    "link_choices",
    "local_time",
    "open_entries_with_advice",
    "propose_link",
    "region_history",
    "severity_band",
]

LINK_AFTER_ENTRY_MESSAGE = QT_TRANSLATE_NOOP(
    "Checks", "That was after the time you noted the soreness; pick what came before."
)
FOLLOW_UP_BEFORE_ENTRY_MESSAGE = QT_TRANSLATE_NOOP(
    "Checks", "That is before the entry was logged; check the date and time."
)


# --- what the user fills in -----------------------------------------------------------------


@dataclass(frozen=True)
class SorenessForm(soreness_validation.SorenessForm):
    """What the soreness form holds, as typed or picked (nothing checked yet): what the
    domain checks, and the run or core session it is linked to."""

    link: LinkRef | None = None


# --- regions ---------------------------------------------------------------------------------


def region_names(knowledge: Knowledge | None = None) -> dict[str, str]:
    """Body-map region keys with their names, in the knowledge base's order."""
    kb = knowledge or get_knowledge()
    return {region.key: region_name(region.name) for region in kb.regions}


# --- checking and saving -------------------------------------------------------------------


def _link_error(store: Store, link: LinkRef, noted_at: datetime | None) -> str | None:
    choice = link_choice(store, link)
    if choice is None or choice.deleted:
        return Checks.marked(DELETED_RUN_MESSAGE if link.kind == RUN else DELETED_SESSION_MESSAGE)
    if noted_at is not None and choice.started_at > noted_at:
        return Checks.marked(LINK_AFTER_ENTRY_MESSAGE)
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
    checked = validate_soreness(form, now=now, known_regions=region_names())
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
    return values_of(
        SorenessValues,
        checked,
        noted_at=noted_utc,
        utc_offset_min=offset,
        run_id=link.id if link is not None and link.kind == RUN else None,
        core_session_id=link.id if link is not None and link.kind == CORE_SESSION else None,
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
    """Check a "how is it today?" update (no time given: now).

    Error fields: noted_at, severity, trend."""
    now = now or local_now()
    checked = validate_soreness_follow_up(replace(form, noted_at=form.noted_at or now), now=now)
    if isinstance(checked, Invalid):
        return checked
    entry = _entry(store, entry_id)
    if checked.noted_at < entry.noted_at:
        return Invalid({"noted_at": Checks.marked(FOLLOW_UP_BEFORE_ENTRY_MESSAGE)})
    utc, offset = to_utc_and_offset(checked.noted_at)
    return values_of(FollowUpValues, checked, noted_at=utc, utc_offset_min=offset)


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


def entries(store: Store) -> list[SorenessEntryRecord]:
    """Every entry the user has not deleted, newest first."""
    return db.list_entries(store)
