"""Bringing a database file to the schema this CoreLog uses.

Opening a database: check the path, the schema revision and (with SQLite's quick check)
every page, with plain ``sqlite3``; if the schema is current, nothing more happens
(Alembic is not even imported). Otherwise take a consistent backup copy beside the
database (when it holds data), then run the pending Alembic migrations, all in one
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corelog.store.database import (
    HEAD_REVISION,
    backup_database,
    check_integrity,
    inspect_database,
)
from corelog.store.errors import UpgradeError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class OpenResult:
    """What opening a database did."""

    created: bool  # the schema was created in a new or empty file
    migrated_from: str | None  # the revision upgraded from, if an upgrade ran
    backup: Path | None  # the copy taken before upgrading


def alembic_config(db_path: Path, connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def prepare_database(db_path: Path) -> OpenResult:
    """Make ``db_path`` a CoreLog database at the current schema, or raise StoreError."""
    state = inspect_database(db_path)
    if state.has_data:
        # Damage anywhere in the file is found here, not later by whichever page reads it.
        check_integrity(db_path)
    if state.is_current:
        return OpenResult(created=False, migrated_from=None, backup=None)
    backup = None
    if state.has_data:
        backup = backup_database(db_path, f"before-upgrade-{state.revision}-to-{HEAD_REVISION}")
    try:
        upgrade(db_path)
    except Exception as exc:
        # The upgrade runs in one transaction, so the file is as it was before.
        kept = f"; a copy was also saved as {backup}" if backup else ""
        raise UpgradeError(
            f"Could not bring {db_path} up to date ({exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no details'}). "
            f"Nothing in it was changed{kept}."
        ) from exc
    return OpenResult(created=not state.has_data, migrated_from=state.revision, backup=backup)


def upgrade(db_path: Path, revision: str = "head") -> None:
    """Run migrations up to ``revision`` in a single transaction."""
    from alembic import command

    from corelog.store.engine import create_db_engine

    engine = create_db_engine(db_path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(db_path, connection), revision)
    finally:
        engine.dispose()
