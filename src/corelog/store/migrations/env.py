"""Alembic environment for CoreLog's database.

CoreLog runs migrations itself when it opens a database (``corelog.store.migrate``), passing
an open connection in ``config.attributes["connection"]``. Developers can also use the
``alembic`` command with the top-level alembic.ini (``-x db=PATH`` picks the file).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

# Importing the table modules registers all their tables on SQLModel.metadata.
from corelog.store import models, models_exchange, models_recordings  # noqa: F401

config = context.config
target_metadata = SQLModel.metadata


def _database_url() -> str:
    db = context.get_x_argument(as_dictionary=True).get("db")
    return f"sqlite:///{db}" if db else config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(
        url=_database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    engine = create_engine(_database_url())
    with engine.connect() as conn:
        _run_with(conn)


def _run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
