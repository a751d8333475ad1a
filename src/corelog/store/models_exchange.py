"""The tables that let entries travel between computers: deletions, aliases, the journal.

A tombstone remembers an entry the user deleted, so an export deletes it elsewhere too;
an alias records that two uuids (made on two computers) name one entry; the import
journal lets an import under way be taken back. The SQL that uses them is in
``store/tombstones.py``, the exchange modules (``exchange_library.py``,
``exchange_rows.py``) and ``store/import_journal.py``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel

import corelog.store.models  # noqa: F401  (its naming convention first: see there)
from corelog.store.timestamps import utc_now

# What a tombstone, an alias or the import journal may name: the tables of the user's entries.
ENTRY_TABLES = (
    "run",
    "core_session",
    "core_set",
    "timer_workout",
    "soreness_entry",
    "follow_up",
    "shoe",
    "timer_preset",
    "exercise",
)
_KINDS_SQL = ", ".join(f"'{kind}'" for kind in ENTRY_TABLES)


class Tombstone(SQLModel, table=True):
    """An entry the user deleted: its uuid, what it was, and when it was deleted.

    Written in the same transaction as the deletion (a row marked ``deleted_at``, or a row
    removed outright, as a core set or a follow-up is), removed again when the entry comes
    back (Undo, or a newer copy from an import), and kept when the row itself is gone. An
    export carries tombstones so that another computer deletes its copy too.
    """

    __tablename__ = "tombstone"
    __table_args__ = (CheckConstraint(f"kind IN ({_KINDS_SQL})", name="kind_known"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=36)  # the deleted entry's uuid
    kind: str = Field(max_length=20)
    deleted_at: datetime


class UuidAlias(SQLModel, table=True):
    """Another uuid of an entry that was made on two computers (a shoe, an exercise or a
    timer preset of the same name): files that name ``uuid`` mean ``same_as``."""

    __tablename__ = "uuid_alias"
    __table_args__ = (CheckConstraint(f"kind IN ({_KINDS_SQL})", name="kind_known"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=36)
    kind: str = Field(max_length=20)
    same_as: str = Field(max_length=36)
    created_at: datetime = Field(default_factory=utc_now)


class ImportJournal(SQLModel, table=True):
    """What an import under way has changed, row by row, so it can be taken back.

    An import writes in short transactions, each with its journal rows; Cancel (or a
    crash, found the next time the file is opened) undoes them in reverse order. The
    import's last step is a ``done`` row; the journal is then cleared.
    """

    __tablename__ = "import_journal"
    __table_args__ = (
        CheckConstraint(
            "action IN ('insert', 'update', 'delete', 'bury', 'unbury', 'alias', 'done')",
            name="action_kind",
        ),
        Index("ix_import_journal_import_uuid", "import_uuid"),
    )

    id: int | None = Field(default=None, primary_key=True)
    import_uuid: str = Field(max_length=36)
    action: str = Field(max_length=10)
    table_name: str | None = Field(default=None, max_length=20)
    row_id: int | None = None
    uuid: str | None = Field(default=None, max_length=36)
    before: str | None = None  # the row (or tombstone, or alias) before, as JSON
    after: str | None = None  # the stamp the import left, to tell whether it changed since
