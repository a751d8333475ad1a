"""The soreness log as CoreLog hands it around: an entry and its follow-ups, the values of
one to save, and the run or core session an entry is linked to.

The store reads and writes these (``store.soreness``); the recovery services assess them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from corelog.domain.i18n import QT_TRANSLATE_NOOP
from corelog.domain.runs import RunOutline
from corelog.domain.values import Saved, values_of


class LinkError(ValueError):
    """An entry points at a run or core session that is deleted or gone.

    ``str()`` is a sentence for the user; ``kind`` is "run" or "core_session".
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


DELETED_RUN_MESSAGE = QT_TRANSLATE_NOOP(
    "Checks", "The run this was linked to has been deleted. Pick another one, or none."
)
DELETED_SESSION_MESSAGE = QT_TRANSLATE_NOOP(
    "Checks", "The core session this was linked to has been deleted. Pick another one, or none."
)
"""Marked for translation; shown with ``Checks.marked(message)``."""


@dataclass(frozen=True)
class SorenessDescription:
    """A soreness entry as the user describes it: when they noticed it, where it is sore,
    how bad, how it feels, when it began, which way it is going, any swelling, and how
    many days it has lasted. Checked (``domain.soreness_validation``) and stored alike."""

    noted_at: datetime
    """When it was logged, aware."""
    region: str
    severity: int
    feel: str
    onset: str
    trend: str
    swelling: bool
    days_lasted: int


@dataclass(frozen=True)
class SorenessValues(SorenessDescription):
    """What the user sets on an entry; the store adds identity and bookkeeping.

    ``noted_at`` is stored as UTC; ``utc_offset_min`` gives the user's clock."""

    utc_offset_min: int
    run_id: int | None
    core_session_id: int | None
    notes: str

    @classmethod
    def of(cls, record: SorenessEntryRecord) -> SorenessValues:
        """The values of a stored entry (to put them back on undo)."""
        return values_of(cls, record)


@dataclass(frozen=True)
class SorenessEntryRecord(SorenessValues, Saved):
    """One soreness entry as stored: its values, identity and bookkeeping."""

    resolved_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None and self.deleted_at is None


@dataclass(frozen=True)
class FollowUpDescription:
    """What the user says in a "how is it today?" follow-up on an entry: when, how bad now,
    which way it is going, any swelling, and notes. Checked
    (``domain.soreness_validation``) and stored alike."""

    noted_at: datetime
    """When it was noted, aware."""
    severity: int
    trend: str
    swelling: bool
    notes: str


@dataclass(frozen=True)
class FollowUpValues(FollowUpDescription):
    """A follow-up as it is stored: ``noted_at`` in UTC, ``utc_offset_min`` the user's clock."""

    utc_offset_min: int


@dataclass(frozen=True)
class SorenessUpdateRecord(FollowUpValues):
    """A follow-up as stored: its values, the entry it is on, identity and bookkeeping."""

    id: int
    uuid: str
    entry_id: int
    created_at: datetime


@dataclass(frozen=True)
class LinkedRun(RunOutline):
    """A run as the soreness log shows it and the assessment reads it."""

    id: int
    deleted: bool = False


@dataclass(frozen=True)
class LinkedSession:
    """A core session as the soreness log shows it: when, and how many sets."""

    id: int
    started_at: datetime
    utc_offset_min: int
    set_count: int
    deleted: bool = False


@dataclass(frozen=True)
class EpisodeRow:
    """A past soreness entry, with the kind of run it was linked to (if any)."""

    entry_id: int
    noted_at: datetime
    region: str
    run_type: str | None
