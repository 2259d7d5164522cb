"""The engine, sessions, transactions and the schema version: the edge between code and database.

One URL picks the backend (DESIGN.md, "Scale"): a SQLite file on one machine, PostgreSQL past
it. ``migrate`` brings any database of ours to the schema this code expects, using the Alembic
scripts shipped inside the package (no ``alembic.ini`` needed); a database stamped with a
revision this code does not know was migrated by newer code and is refused, not guessed at.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from claims_db.errors import DatabaseUrlError, SchemaError, StoreError
from claims_db.records import serialize

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_POSTGRES_ALIASES = {"postgres", "postgresql"}


def _parse_url(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(
            f"not a database URL: {exc}",
            subject=str(url),
            hint="use sqlite:///path/to/file.sqlite or postgresql+psycopg://user@host:port/dbname",
        ) from exc
    if parsed.drivername in _POSTGRES_ALIASES:
        # SQLAlchemy's default PostgreSQL driver is psycopg2; this project ships psycopg 3.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_file(url: URL) -> Path | None:
    """The file a SQLite URL points to, or None for in-memory and ``file:`` URI databases."""
    db = url.database
    if url.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db).expanduser()


def make_engine(url: str | URL, *, echo: bool = False, sqlite_wal: bool = True) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys enforced (and WAL for files).

    The parent folder of a SQLite file is created, so a fresh data folder just works.
    ``postgresql://`` and ``postgres://`` mean psycopg 3.
    """
    parsed = _parse_url(url)
    db_file = _sqlite_file(parsed)
    if db_file is not None:
        db_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, echo=echo, json_serializer=serialize)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseUrlError(
            f"no database driver for {parsed.drivername!r}: {exc}",
            subject=parsed.render_as_string(hide_password=True),
            hint="for PostgreSQL install the extra: pip install 'claim-verifier[postgres]'",
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        wal = sqlite_wal and db_file is not None

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("PRAGMA foreign_keys=ON")
                if wal:
                    cursor.execute("PRAGMA journal_mode=WAL")
            finally:
                cursor.close()

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (reports read them after the write)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back entirely on any exception.

    An ingest runs inside one of these, so a failure half-way leaves no rows at all. Database
    errors come out as :class:`StoreError` (the original is chained); other exceptions pass
    through unchanged after the rollback.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(
                f"the database refused the transaction: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}",
                subject=engine.url.render_as_string(hide_password=True),
                hint="nothing from this transaction was stored",
            ) from exc


def alembic_config(connection: Any = None) -> Any:
    """Alembic's configuration (``alembic.config.Config``) for the migrations shipped in this package (no ini file)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The schema revision this code expects, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships its migrations
        raise SchemaError("no migrations found", subject=str(MIGRATIONS_DIR))
    return head


def _connect(engine: Engine) -> Connection:
    """A connection, or a :class:`StoreError` that says the database cannot be reached."""
    try:
        return engine.connect()
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot connect to the database: {getattr(exc, 'orig', exc)}".strip(),
            subject=engine.url.render_as_string(hide_password=True),
            hint="check the URL (VERIFIER_DATABASE_URL) and that the database server is running",
        ) from exc


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (None for a database we never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with _connect(engine) as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return heads[0] if heads else None


@functools.cache
def script_head() -> str | None:
    """The newest revision, read from the migration scripts' text without importing Alembic (about 0.25 s
    of every command): the one revision no script names as its ``down_revision``. None where the scripts
    do not read that simply (a branch, a revision set some other way): Alembic then decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*[\"']([^\"']+)[\"']\s*$", source, re.MULTILINE)
        down = re.search(r"^down_revision\s*=\s*(.+)$", source, re.MULTILINE)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        downs.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def _at_head(engine: Engine) -> bool:
    """Whether the database is stamped with the scripts' head alone, read with plain SQL."""
    head = script_head()
    if head is None:
        return False
    with _connect(engine) as conn:
        try:
            if not inspect(conn).has_table("alembic_version"):
                return False
            stamped = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
        except SQLAlchemyError:
            return False  # the full path says what is wrong
    return stamped == [head]


def _check_known(conn: Any, url: str) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {s.revision for s in script.walk_revisions()}
    current = MigrationContext.configure(conn).get_current_heads()
    unknown = [r for r in current if r not in known]
    if unknown:
        raise SchemaError(
            f"the database schema is at revision {', '.join(unknown)}, newer than this code knows "
            f"(its newest is {script.get_current_head()})",
            subject=url,
            hint="upgrade claim-verifier to the version that wrote this database, or use another database",
        )
    if not current and inspect(conn).has_table("papers"):
        raise SchemaError(
            "the database has claims_db tables but no Alembic revision stamp",
            subject=url,
            hint="if its schema is current, stamp it: alembic -c claims_db/migrations/alembic.ini stamp head",
        )
    return tuple(current)


def migrate(engine: Engine, revision: str = "head") -> str:
    """Upgrade the database to ``revision`` (default: the newest); returns the revision reached.

    A database already there is left alone; an older one is upgraded in one transaction
    (atomic on PostgreSQL, whose DDL is transactional). Raises :class:`SchemaError` for a
    database stamped by newer code, or when a migration step fails.
    """
    if revision in ("head", script_head()) and _at_head(engine):
        return script_head() or ""  # already there: nothing to run, no Alembic to import
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    url = engine.url.render_as_string(hide_password=True)
    try:
        with _connect(engine) as conn, conn.begin():
            _check_known(conn, url)
            command.upgrade(alembic_config(conn), revision)
            reached = MigrationContext.configure(conn).get_current_heads()
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise SchemaError(
            f"migration to {revision!r} failed: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}",
            subject=url,
            hint="the database was left as it was on PostgreSQL; on SQLite restore a backup before retrying",
        ) from exc
    return reached[0] if reached else ""


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Downgrade the database to ``revision`` (``base`` drops every table). For tests and repair."""
    from alembic import command

    with _connect(engine) as conn, conn.begin():
        _check_known(conn, engine.url.render_as_string(hide_password=True))
        command.downgrade(alembic_config(conn), revision)


def require_head(engine: Engine) -> None:
    """Raise :class:`SchemaError` unless the database is at the revision this code expects.

    For read-only commands that must not migrate behind the user's back.
    """
    if _at_head(engine):
        return
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaError(
            f"the database schema is at revision {current or 'none (empty database)'}, this code expects {head}",
            subject=engine.url.render_as_string(hide_password=True),
            hint="migrate it first with claims_db.engine.migrate(engine)",
        )
