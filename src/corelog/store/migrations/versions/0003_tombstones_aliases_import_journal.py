"""Deletions that travel, twin entries, and imports that can be taken back

* ``tombstone``: one row per deleted entry (uuid, kind, deleted_at), kept when the row
  itself is gone, so an export can tell another computer what was deleted. Entries
  already marked deleted get theirs from their ``deleted_at``.
* ``uuid_alias``: the other uuid of a shoe, exercise or timer preset that was made on
  two computers under the same name.
* ``import_journal``: what an import under way has changed, so Cancel or a crash can
  take it back.

No existing row changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = (
    "'run', 'core_session', 'core_set', 'timer_workout', 'soreness_entry', 'follow_up', "
    "'shoe', 'timer_preset', 'exercise'"
)
# Tables whose rows are marked deleted rather than removed (their kind is their name).
SOFT_DELETED = ("run", "core_session", "soreness_entry", "shoe")


def upgrade() -> None:
    op.create_table(
        "import_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("after", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete', 'bury', 'unbury', 'alias', 'done')",
            name=op.f("ck_import_journal_action_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_journal")),
    )
    with op.batch_alter_table("import_journal", schema=None) as batch_op:
        batch_op.create_index("ix_import_journal_import_uuid", ["import_uuid"], unique=False)

    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_tombstone_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tombstone_uuid")),
    )
    op.create_table(
        "uuid_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("same_as", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_uuid_alias_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uuid_alias")),
        sa.UniqueConstraint("uuid", name=op.f("uq_uuid_alias_uuid")),
    )
    # Entries deleted before this revision get their tombstone from the row.
    for table in SOFT_DELETED:
        op.execute(
            f"INSERT INTO tombstone (uuid, kind, deleted_at) "
            f"SELECT uuid, '{table}', deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
        )


def downgrade() -> None:
    op.drop_table("uuid_alias")
    op.drop_table("tombstone")
    with op.batch_alter_table("import_journal", schema=None) as batch_op:
        batch_op.drop_index("ix_import_journal_import_uuid")
    op.drop_table("import_journal")
