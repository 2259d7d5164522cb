"""Where things live: the database URL and the data folder (arXiv cache, source blobs, runs).

Resolution order for each setting: explicit argument > environment variable > default.

- ``VERIFIER_DATABASE_URL``: any SQLAlchemy URL; default ``sqlite:///<data_dir>/verifier.sqlite``.
- ``VERIFIER_DATA_DIR``: default ``./.data`` (relative to the working directory).
- ``VERIFIER_ARXIV_API``: the arXiv API query URL format (``...?{}``), for mirrors and tests.
- ``VERIFIER_ARXIV_DELAY``: seconds between requests to the arXiv API (default 3, its policy).
- ``VERIFIER_ARXIV_BACKOFF``: first retry wait in seconds, doubled each retry (default 2).
- ``VERIFIER_REPRO_BACKEND``: where ``verifier repro run`` runs bundles: ``local`` (default, this
  machine) or ``ray`` (tasks on a Ray cluster; needs the ``ray`` extra).
- ``VERIFIER_RAY_ADDRESS``: the Ray cluster's ``HOST:PORT``; unset: RAY_ADDRESS, else a cluster
  running on this machine, else a local one started for the command.
- ``VERIFIER_BENCHMARK_DATA``: the folder of benchmark files (WikiText-2, SST-2, GSM8K, ...) that
  bundles with a ``data_root`` parameter read when a run does not name one; default the
  ``shared/data`` folder beside the repository, when it exists.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query?{}"
REPRO_BACKENDS = ("local", "ray")


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    arxiv_api: str
    arxiv_delay: float = 3.0
    arxiv_backoff: float = 2.0
    repro_backend: str = "local"
    ray_address: str | None = None
    benchmark_data: Path | None = None

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "arxiv-cache"

    @property
    def blob_dir(self) -> Path:
        """Content-addressed copies of every ingested source (``<sha256>``)."""
        return self.data_dir / "blobs"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"


def load_settings(
    *, data_dir: str | os.PathLike | None = None, database_url: str | None = None, arxiv_api: str | None = None
) -> Settings:
    d = Path(data_dir or os.environ.get("VERIFIER_DATA_DIR") or ".data").expanduser()
    url = database_url or os.environ.get("VERIFIER_DATABASE_URL") or f"sqlite:///{(d / 'verifier.sqlite').resolve()}"
    api = arxiv_api or os.environ.get("VERIFIER_ARXIV_API") or DEFAULT_ARXIV_API
    if "{}" not in api:
        from verifier.errors import InputError

        raise InputError(
            "the arXiv API URL must contain '{}' where the query string goes",
            subject=api,
            hint="for example http://127.0.0.1:8080/api/query?{}",
        )
    return Settings(data_dir=d, database_url=url, arxiv_api=api, arxiv_delay=_seconds("VERIFIER_ARXIV_DELAY", 3.0),
                    arxiv_backoff=_seconds("VERIFIER_ARXIV_BACKOFF", 2.0), repro_backend=_backend(),
                    ray_address=os.environ.get("VERIFIER_RAY_ADDRESS") or None, benchmark_data=_benchmark_data())


def _benchmark_data() -> Path | None:
    raw = os.environ.get("VERIFIER_BENCHMARK_DATA")
    if raw:
        return Path(raw).expanduser().resolve()
    beside = Path(__file__).resolve().parents[2] / "shared" / "data"
    return beside if beside.is_dir() else None


def _backend() -> str:
    raw = os.environ.get("VERIFIER_REPRO_BACKEND") or "local"
    if raw not in REPRO_BACKENDS:
        from verifier.errors import InputError

        raise InputError(f"VERIFIER_REPRO_BACKEND must be one of {', '.join(REPRO_BACKENDS)}", subject=raw,
                         hint="unset it to run bundles on this machine")
    return raw


def _seconds(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        from verifier.errors import InputError

        raise InputError(f"{name} must be a number of seconds >= 0", subject=raw)
    return value
