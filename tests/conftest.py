"""Fixtures shared by the whole suite: a throwaway PostgreSQL server and fresh databases.

``postgres_server`` (session scope) runs ``initdb`` once into a temporary folder and starts a
server on a free loopback port, with its unix socket in that folder; it is stopped and removed
at the end. PostgreSQL refuses to run as root, so as root the server runs as the ``postgres``
OS user (created if missing) through ``runuser`` (or ``su``).

Without the binaries the PostgreSQL tests skip, naming the package to install, except under
CI (the ``CI`` environment variable set), where they fail: CI must run them.
``VERIFIER_TEST_POSTGRES_URL`` points the suite at an existing server instead (its user must be
allowed to CREATE DATABASE).

``db_url`` gives a fresh, empty database per test, once on SQLite and once on PostgreSQL
(marked ``postgres``); ``db_engine`` gives an engine on a fresh database already at head.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_SUPERUSER = "postgres"
PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def _pg_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: from PATH, else the newest Debian install."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = [Path(d) for d in glob.glob(PG_BIN_GLOB) if (Path(d) / "initdb").exists()]
    candidates.sort(key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0, reverse=True)
    return candidates[0] if candidates else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (see .ci/postgres.sh)", pytrace=False)
    pytest.skip(f"{reason}; install it with `apt-get install postgresql` (or run .ci/postgres.sh)")


def _as_server_user() -> tuple[Callable[[list[str]], list[str]], int | None, int | None]:
    """How to run the server binaries (postgres refuses root), and the uid/gid they run as."""
    if os.geteuid() != 0:
        return list, None, None
    try:
        entry = pwd.getpwnam(PG_SUPERUSER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/bin/false", PG_SUPERUSER],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(PG_SUPERUSER)
    if shutil.which("runuser"):
        return (lambda cmd: ["runuser", "-u", PG_SUPERUSER, "--", *cmd]), entry.pw_uid, entry.pw_gid
    return (lambda cmd: ["su", "-s", "/bin/sh", "-c", shlex.join(cmd), PG_SUPERUSER]), entry.pw_uid, entry.pw_gid


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class PostgresServer:
    """A running server the suite may create databases on."""

    host: str
    port: int
    user: str
    password: str | None = None

    def url(self, database: str) -> str:
        auth = self.user if self.password is None else f"{self.user}:{self.password}"
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{database}"

    def create_database(self, template: str = "template0") -> str:
        """A new database copied from ``template`` (default: empty); returns its SQLAlchemy URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, password=self.password, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by ``create_database`` (closing any connection left open)."""
        import psycopg
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, password=self.password, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _scratch_root() -> str | None:
    """Where the server's files go: RAM-backed /dev/shm when it has room (each test database
    is a copy of several MB, and disk writes dominate the suite's time), else the temp dir."""
    shm = "/dev/shm"
    try:
        if os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 2 * 1024**3:
            return shm
    except OSError:
        pass
    return None


def _external_server(url: str) -> PostgresServer:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return PostgresServer(
        host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username or PG_SUPERUSER, password=u.password
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install 'psycopg[binary]')")
    external = os.environ.get("VERIFIER_TEST_POSTGRES_URL")
    if external:
        yield _external_server(external)
        return
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        _unavailable("PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql")
    as_server, uid, gid = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="claims-db-pg-", dir=_scratch_root()))
    if uid is not None:
        os.chown(root, uid, gid)
    data, log = root / "data", root / "server.log"
    port = _free_port()
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data)]

    def run(cmd: list[str], what: str) -> None:
        done = subprocess.run(as_server(cmd), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            shutil.rmtree(root, ignore_errors=True)
            pytest.fail(f"{what} failed ({done.returncode}): {done.stderr.strip()}\n{tail}", pytrace=False)

    run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        "initdb",
    )
    options = f"-F -h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    run([*pg_ctl, "-l", str(log), "-o", options, "-w", "-t", "60", "start"], "pg_ctl start")
    try:
        yield PostgresServer(host="127.0.0.1", port=port, user=PG_SUPERUSER)
    finally:
        subprocess.run(as_server([*pg_ctl, "-m", "immediate", "-w", "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_migrated_template(postgres_server: PostgresServer) -> str:
    """Name of a database on the test server migrated to head, copied by ``db_engine`` per test.

    Copying a migrated template is quicker than migrating every fresh database.
    """
    from sqlalchemy.engine import make_url

    from claims_db.engine import make_engine, migrate

    url = postgres_server.create_database()
    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()  # a template must have no open connections
    return make_url(url).database


@pytest.fixture(scope="session")
def sqlite_migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head, copied by ``db_engine`` per test."""
    from claims_db.engine import make_engine, migrate

    path = tmp_path_factory.mktemp("sqlite-template") / "migrated.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate(engine)
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the main file
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which backend a database test runs on; tests using it run once per backend."""
    return request.param


@pytest.fixture
def db_url(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a fresh, empty database: a new SQLite file, or a new database on the test server."""
    if db_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def db_engine(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """An engine on a fresh database already at head; disposed after the test.

    Independent of ``db_url`` (a test asking for both gets two databases). The database is a
    copy of a template migrated once per session; ``migrate`` then finds nothing to do.
    """
    from claims_db.engine import make_engine, migrate

    if db_backend == "sqlite":
        path = tmp_path / "migrated.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_migrated_template"), path)
        url = f"sqlite:///{path}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.create_database(template=request.getfixturevalue("postgres_migrated_template"))
    engine = make_engine(url)
    migrate(engine)
    try:
        yield engine
    finally:
        engine.dispose()
        if db_backend != "sqlite":
            server.drop_database(url)
