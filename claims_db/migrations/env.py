"""Alembic environment for claims_db.

Two ways in: ``claims_db.engine.migrate`` hands over an open connection in
``config.attributes["connection"]``; the ``alembic`` command line (with
``claims_db/migrations/alembic.ini``) connects to ``VERIFIER_DATABASE_URL`` or the ini's
``sqlalchemy.url``. SQLite gets batch mode, so later migrations can alter tables there.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from claims_db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_from_command_line() -> None:
    from claims_db.engine import make_engine

    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    url = os.environ.get("VERIFIER_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        from claims_db.errors import DatabaseUrlError

        raise DatabaseUrlError(
            "no database to migrate",
            subject="alembic",
            hint="set VERIFIER_DATABASE_URL, or sqlalchemy.url in claims_db/migrations/alembic.ini",
        )
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            _configure(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=os.environ.get("VERIFIER_DATABASE_URL") or config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    _configure(config.attributes["connection"])
else:
    _run_from_command_line()
