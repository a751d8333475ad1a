"""What came before a soreness entry: the runs and core sessions it can be linked to.

The soreness form offers the runs and core sessions of the two weeks before the entry and
proposes the latest of the 72 hours before it; an entry keeps its link even when that run
or session is later deleted (the guidance then says so and leaves it out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from corelog.domain import soreness as rules
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Recovery
from corelog.domain.soreness_entries import LinkedRun, LinkedSession, SorenessEntryRecord
from corelog.domain.timeutil import from_utc_and_offset
from corelog.store import soreness as db
from corelog.store.store import Store

RUN = "run"
CORE_SESSION = "core_session"
LINK_KINDS = (RUN, CORE_SESSION)

PROPOSAL_WINDOW = rules.PRECEDING_WINDOW
"""CoreLog proposes the latest run or core session in the 72 hours before the entry."""
CHOICE_WINDOW = timedelta(days=14)
"""The runs and sessions offered as "what came before it" reach back this far."""


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
            words = Recovery.marked(
                rules.RecentRun(
                    self.run.started_at, 0, 0, self.run.run_type, self.run.race_class
                ).words
            )
            return words[:1].upper() + words[1:]
        return Recovery.tr("Core session")


def local_time(utc: datetime, offset_min: int) -> datetime:
    return from_utc_and_offset(utc, offset_min)


def _choice(linked: LinkedRun | LinkedSession) -> LinkChoice:
    run = linked if isinstance(linked, LinkedRun) else None
    return LinkChoice(
        ref=LinkRef(CORE_SESSION if run is None else RUN, linked.id),
        started_at=local_time(linked.started_at, linked.utc_offset_min),
        run=run,
        session=linked if run is None else None,
        deleted=linked.deleted,
    )


def link_choice(store: Store, ref: LinkRef) -> LinkChoice | None:
    """The run or session ``ref`` points at (deleted or not), or None if it is gone."""
    if ref.kind == RUN:
        run = db.get_run(store, ref.id)
        return None if run is None else _choice(run)
    session = db.get_core_session(store, ref.id)
    return None if session is None else _choice(session)


def link_choices(
    store: Store, at: datetime, current: LinkRef | None = None
) -> list[LinkChoice]:
    """Runs and core sessions of the two weeks up to ``at``, newest first.

    The entry's current link is always among them, even when it is older or deleted.
    """
    start = at - CHOICE_WINDOW
    found = [_choice(run) for run in db.runs_between(store, start, at)]
    found += [_choice(s) for s in db.core_sessions_between(store, start, at)]
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


def entry_link(entry: SorenessEntryRecord) -> LinkRef | None:
    if entry.run_id is not None:
        return LinkRef(RUN, entry.run_id)
    if entry.core_session_id is not None:
        return LinkRef(CORE_SESSION, entry.core_session_id)
    return None


# The body regions' names (resources/knowledge/regions.toml) are CoreLog's words for the
# body map, so they are translated: marked here, as written there and as they read inside
# a sentence. A name the knowledge base changes is shown as written there.
REGION_NAMES = (
    QT_TRANSLATE_NOOP("Recovery", "Upper abs"),
    QT_TRANSLATE_NOOP("Recovery", "Lower abs"),
    QT_TRANSLATE_NOOP("Recovery", "Obliques (left side)"),
    QT_TRANSLATE_NOOP("Recovery", "Obliques (right side)"),
    QT_TRANSLATE_NOOP("Recovery", "Hip flexors"),
    QT_TRANSLATE_NOOP("Recovery", "Lower back"),
    QT_TRANSLATE_NOOP("Recovery", "Glutes"),
    QT_TRANSLATE_NOOP("Recovery", "Quads (front of thighs)"),
    QT_TRANSLATE_NOOP("Recovery", "Hamstrings (back of thighs)"),
    QT_TRANSLATE_NOOP("Recovery", "Calves"),
    QT_TRANSLATE_NOOP("Recovery", "Shins"),
    QT_TRANSLATE_NOOP("Recovery", "Feet"),
    QT_TRANSLATE_NOOP("Recovery", "Sides and ribs"),
    QT_TRANSLATE_NOOP("Recovery", "Shoulders and arms"),
)
REGION_NAMES_IN_SENTENCES = (
    QT_TRANSLATE_NOOP("Recovery", "upper abs"),
    QT_TRANSLATE_NOOP("Recovery", "lower abs"),
    QT_TRANSLATE_NOOP("Recovery", "obliques (left side)"),
    QT_TRANSLATE_NOOP("Recovery", "obliques (right side)"),
    QT_TRANSLATE_NOOP("Recovery", "hip flexors"),
    QT_TRANSLATE_NOOP("Recovery", "lower back"),
    QT_TRANSLATE_NOOP("Recovery", "glutes"),
    QT_TRANSLATE_NOOP("Recovery", "quads (front of thighs)"),
    QT_TRANSLATE_NOOP("Recovery", "hamstrings (back of thighs)"),
    QT_TRANSLATE_NOOP("Recovery", "calves"),
    QT_TRANSLATE_NOOP("Recovery", "shins"),
    QT_TRANSLATE_NOOP("Recovery", "feet"),
    QT_TRANSLATE_NOOP("Recovery", "sides and ribs"),
    QT_TRANSLATE_NOOP("Recovery", "shoulders and arms"),
)


def region_name(name: str) -> str:
    """A body region's name (as the knowledge base writes it) in the user's language."""
    return Recovery.marked(name)


def region_in_sentence(name: str) -> str:
    """The name as it reads inside a sentence: "the hamstrings (back of thighs)"."""
    return Recovery.marked(name.lower())
