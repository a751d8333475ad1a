"""The daily backup: one consistent copy a day, the last fourteen kept.

Backups taken before a schema upgrade are never pruned here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from corelog.domain import clock
from corelog.store.database import backup_database, backups_dir

DAILY_TAG = "daily"
KEEP_DAILY = 14


def daily_backups(db_path: Path) -> list[Path]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*-{DAILY_TAG}.db"))


def daily_backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take today's backup unless there is one; prune the oldest. Returns the new copy."""
    now = now or clock.utc_now()
    today = now.strftime("%Y%m%d")
    existing = daily_backups(db_path)
    if any(f"-{today}-" in p.name for p in existing):
        return None
    copy = backup_database(db_path, DAILY_TAG, now=now)
    for old in daily_backups(db_path)[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return copy
