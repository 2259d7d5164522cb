"""Migrations: up, down to base and up again; the migrated schema equals models.py; versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, inspect, text
from sqlalchemy.orm import Session

from claims_db.engine import (
    current_revision,
    downgrade,
    head_revision,
    make_engine,
    migrate,
    require_head,
    transaction,
)
from claims_db.errors import DatabaseUrlError, SchemaError, StoreError
from claims_db.models import Base, Paper

TABLES = {
    "papers",
    "sources",
    "extractions",
    "passages",
    "tables",
    "claims",
    "syntheses",
    "synthesis_claims",
    "synthesis_references",
    "repro_runs",
}


def _diff(engine, metadata: MetaData) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, metadata)


def test_up_down_up(db_url):
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        assert migrate(engine) == head_revision()
        assert TABLES <= set(inspect(engine).get_table_names())
        downgrade(engine, "base")
        assert current_revision(engine) is None
        assert set(inspect(engine).get_table_names()) & TABLES == set()
        migrate(engine)
        assert current_revision(engine) == head_revision()
        migrate(engine)  # at head already: nothing to do, no error
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_migrated_schema_equals_models(db_engine):
    diff = _diff(db_engine, Base.metadata)
    assert diff == [], f"migrations and models.py differ: {diff}"


def test_schema_compare_notices_a_difference(db_engine):
    """The check above can fail: a model table the migrations lack shows up as a difference."""
    extra = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(extra)
    Table("not_migrated", extra, Column("id", Integer, primary_key=True))
    diff = _diff(db_engine, extra)
    assert [d[0] for d in diff] == ["add_table"], diff
    assert diff[0][1].name == "not_migrated"


def test_database_from_newer_code_is_refused(db_engine):
    with db_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaError, match="9999_from_the_future") as info:
        migrate(db_engine)
    assert "newer than this code" in str(info.value)
    with pytest.raises(SchemaError):
        require_head(db_engine)


def test_unstamped_database_with_our_tables_is_refused(db_url):
    engine = make_engine(db_url)
    try:
        Base.metadata.create_all(engine)
        with pytest.raises(SchemaError, match="no Alembic revision stamp"):
            migrate(engine)
    finally:
        engine.dispose()


def test_require_head_on_an_empty_database(db_url):
    engine = make_engine(db_url)
    try:
        with pytest.raises(SchemaError, match="expects"):
            require_head(engine)
        migrate(engine)
        require_head(engine)
    finally:
        engine.dispose()


def test_timestamps_read_back_aware_utc(db_engine):
    later = datetime(2026, 5, 30, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    with transaction(db_engine) as s:
        s.add(Paper(arxiv_id="2306.03805", arxiv_version=1, authors=[], created_at=later))
    with Session(db_engine) as s:
        paper = s.query(Paper).one()
        assert paper.created_at.tzinfo is not None
        assert paper.created_at.utcoffset() == timedelta(0)
        assert paper.created_at == later
        assert paper.created_at.hour == 10


def test_naive_timestamps_are_refused(db_engine):
    with pytest.raises(StoreError, match="naive datetime"):
        with transaction(db_engine) as s:
            s.add(Paper(arxiv_id="2306.03805", authors=[], created_at=datetime(2026, 1, 1)))


def test_sqlite_file_folder_is_created_and_foreign_keys_enforced(tmp_path):
    path = tmp_path / "a" / "b" / "verifier.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate(engine)
        assert path.exists()
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(StoreError, match="FOREIGN KEY"):
            with transaction(engine) as s:
                s.execute(
                    text(
                        "INSERT INTO sources (paper_id, sha256, media_type, size, blob_path, retrieved_at) "
                        "VALUES (999, :sha, 'application/pdf', 1, 'x', :now)"
                    ),
                    {"sha": "0" * 64, "now": datetime.now(UTC).isoformat()},
                )
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "url, match",
    [("not a url", "not a database URL"), ("nosuchdb+nodriver://x/y", "no database driver")],
)
def test_bad_urls_name_the_url_and_the_fix(url, match):
    with pytest.raises(DatabaseUrlError, match=match) as info:
        make_engine(url)
    assert info.value.hint


def test_unreachable_server_is_a_store_error_not_a_schema_error():
    engine = make_engine("postgresql://nobody@127.0.0.1:1/nowhere")
    try:
        with pytest.raises(StoreError, match="cannot connect") as info:
            migrate(engine)
        assert not isinstance(info.value, SchemaError)
        assert "VERIFIER_DATABASE_URL" in info.value.hint
    finally:
        engine.dispose()


def test_plain_postgresql_url_means_psycopg3():
    engine = make_engine("postgresql://user@127.0.0.1:1/nowhere")
    try:
        assert engine.url.drivername == "postgresql+psycopg"
    finally:
        engine.dispose()


def test_the_scripts_head_is_read_without_alembic_and_a_database_at_it_needs_none(tmp_path):
    """Alembic's import is about 0.25 s of every command: a database stamped with the scripts' head (read from
    their text) is migrated and checked without it; a new or older one still goes through Alembic."""
    import subprocess
    import sys
    from pathlib import Path

    from claims_db.engine import script_head

    assert script_head() == head_revision()
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    code = (
        "import sys\n"
        "from claims_db.engine import make_engine, migrate, require_head\n"
        f"engine = make_engine({url!r})\n"
        "reached = migrate(engine)\n"
        "require_head(engine)\n"
        "print(reached, 'alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]

    def run() -> str:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    assert run() == f"{head_revision()} True"  # a new database: Alembic migrates it
    assert run() == f"{head_revision()} False"  # at the head: no Alembic
    engine = make_engine(url)
    try:
        downgrade(engine, "0001_initial")
    finally:
        engine.dispose()
    assert run() == f"{head_revision()} True"  # an older one: Alembic upgrades it
