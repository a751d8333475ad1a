"""Indexes for personal records

The Today page shows the longest run, the fastest race of each class and the longest hold
of each exercise at start-up; with these indexes each is a short index lookup instead of
a pass over the whole history. No data changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_core_set_exercise_hold", "core_set", ["exercise_id", "hold_ms"], if_not_exists=True
    )
    op.create_index("ix_run_distance_m", "run", ["distance_m"], if_not_exists=True)
    op.create_index(
        "ix_run_race", "run", ["run_type", "race_class", "duration_s"], if_not_exists=True
    )


def downgrade() -> None:
    op.drop_index("ix_run_race", table_name="run")
    op.drop_index("ix_run_distance_m", table_name="run")
    op.drop_index("ix_core_set_exercise_hold", table_name="core_set")
