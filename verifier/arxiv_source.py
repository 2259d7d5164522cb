"""arXiv as a source: the API query, the PDF download and the local cache.

Ids are parsed by the pure :mod:`verifier.arxiv_ids` (re-exported here: ``ArxivId``,
``parse_arxiv_id``, ``looks_like_arxiv_id``). :class:`ArxivSource` is a thin adapter over
the ``arxiv`` package that adds what ingest needs and the package does not give:

- one polite delay between *all* requests (API and PDF), not only between API pages;
- exponential back-off on HTTP 429 (honouring ``Retry-After``), 5xx, timeouts and
  connection errors, for the query and the download alike (the package retries at once,
  without back-off, so its own retries are switched off);
- a request timeout (the package sets none);
- a cache keyed by id and version, ``<cache_dir>/<id, "/" -> "_">/v<N>/{meta.json,paper.pdf}``,
  written atomically, so a versioned fetch that was done once never touches the network.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable

from verifier.arxiv_ids import ACCEPTED_FORMS, ArxivId, looks_like_arxiv_id, parse_arxiv_id
from verifier.documents import DocumentMeta
from verifier.errors import ArxivNotFound, ArxivUnavailable, ArxivWithdrawn, NotCached, StorageError

__all__ = [
    "ACCEPTED_FORMS",
    "ArxivId",
    "ArxivSource",
    "FetchedPaper",
    "FetchedSource",
    "looks_like_arxiv_id",
    "parse_arxiv_id",
]

Progress = Callable[[str], None]

CACHE_FORMAT = 1
_MAX_WAIT_SECONDS = 300.0  # a Retry-After longer than this is reported, not slept through

_WITHDRAWN_RE = re.compile(r"\b(?:has been|is|was)\s+withdrawn\b|^\s*withdrawn\b", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedPaper:
    meta: DocumentMeta
    pdf_bytes: bytes
    pdf_path: Path
    from_cache: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf_bytes).hexdigest()


@dataclass(frozen=True)
class FetchedSource:
    """A paper version's LaTeX source, flattened to one file (:mod:`verifier.eprint`)."""

    meta: DocumentMeta
    tex_bytes: bytes
    tex_path: Path
    from_cache: bool


class _Transient(Exception):
    """A failure worth retrying: 429, 5xx, timeout, connection refused."""

    def __init__(self, status: str, retry_after: float | None = None):
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


def _retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds: an integer, or an HTTP date (RFC 9110 allows both)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _licence_from_feed(content: bytes, versioned: str) -> str | None:
    """The entry's licence, where the feed carries one (``arxiv:license`` or ``link rel=license``)."""
    import xml.etree.ElementTree as ET

    atom, ax = "{http://www.w3.org/2005/Atom}", "{http://arxiv.org/schemas/atom}"
    try:
        root = ET.fromstring(content)
    except ET.ParseError:
        return None
    for entry in root.iter(f"{atom}entry"):
        entry_id = entry.findtext(f"{atom}id") or ""
        if not entry_id.endswith(versioned):
            continue
        lic = entry.findtext(f"{ax}license") or entry.findtext(f"{atom}rights")
        if lic and lic.strip():
            return lic.strip()
        for link in entry.iter(f"{atom}link"):
            if link.get("rel") == "license" and link.get("href"):
                return link.get("href")
    return None


def _make_session(timeout: float, user_agent: str):
    """A requests session with a default timeout that remembers its last response.

    The ``arxiv`` package calls ``session.get`` without a timeout and turns a non-200 answer
    into ``arxiv.HTTPError`` without its headers; remembering the response lets us read
    ``Retry-After`` and the error body.
    """
    import requests

    class _Session(requests.Session):
        last_response: requests.Response | None = None

        def request(self, method, url, **kwargs):  # noqa: ANN001 - requests' own signature
            kwargs.setdefault("timeout", timeout)
            self.last_response = None
            resp = super().request(method, url, **kwargs)
            self.last_response = resp
            return resp

    session = _Session()
    session.headers["User-Agent"] = user_agent
    return session


class ArxivSource:
    """Fetch papers from arXiv (metadata + PDF) through a cache; see the module docstring.

    ``api_url`` is a query URL format with ``{}`` where the query string goes, e.g.
    ``http://127.0.0.1:8080/api/query?{}`` for a local mirror or a test server.
    ``delay_seconds`` is the least time between the end of one request and the start of
    the next (arXiv asks for 3 s). Retries wait ``backoff_base * 2**attempt`` seconds, or
    what ``Retry-After`` says. ``offline=True`` never touches the network.
    """

    # end time of the last request per API URL, shared by all instances: a second adapter in
    # the same process (another command, a reference of a synthesis) keeps the same pace
    _last_request_end: dict[str, float] = {}

    def __init__(
        self,
        cache_dir: str | os.PathLike,
        *,
        api_url: str = "https://export.arxiv.org/api/query?{}",
        delay_seconds: float = 3.0,
        max_retries: int = 4,
        backoff_base: float = 2.0,
        timeout: float = 30.0,
        offline: bool = False,
        progress: Progress | None = None,
    ):
        if "{}" not in api_url:
            raise ArxivUnavailable(
                "the arXiv API URL has no '{}' for the query string",
                subject=api_url,
                hint="for example https://export.arxiv.org/api/query?{}",
            )
        if max_retries < 0 or delay_seconds < 0 or backoff_base < 0 or timeout <= 0:
            raise ValueError("max_retries, delay_seconds and backoff_base must be >= 0 and timeout > 0")
        self.cache_dir = Path(cache_dir)
        self.api_url = api_url
        self.delay_seconds = delay_seconds
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.timeout = timeout
        self.offline = offline
        self.progress: Progress = progress or (lambda msg: None)
        self._client = None
        self._session = None

    # -- public ------------------------------------------------------------------------
    def fetch(self, arxiv_id: "str | ArxivId") -> FetchedPaper:
        """Metadata and PDF of one paper version, from the cache when there, else from arXiv."""
        aid = arxiv_id if isinstance(arxiv_id, ArxivId) else parse_arxiv_id(arxiv_id)
        if aid.version is not None:
            hit = self._read_cache(aid.with_version(aid.version))
            if hit is not None:
                self.progress(f"arXiv:{aid.versioned} from the cache")
                return hit
        if self.offline:
            return self._fetch_offline(aid)
        meta, pdf_url = self._query(aid)
        resolved = aid.with_version(meta.arxiv_version)
        hit = self._read_cache(resolved)
        if hit is not None:
            self.progress(f"arXiv:{resolved.versioned} is the newest version; PDF from the cache")
            return FetchedPaper(meta=meta, pdf_bytes=hit.pdf_bytes, pdf_path=hit.pdf_path, from_cache=True)
        pdf = self._download(resolved, pdf_url)
        path = self._write_cache(resolved, meta, pdf)
        return FetchedPaper(meta=meta, pdf_bytes=pdf, pdf_path=path, from_cache=False)

    def fetch_source(self, arxiv_id: "str | ArxivId") -> FetchedSource | None:
        """The LaTeX source of one paper version (its e-print, flattened), from the cache when there.

        None when arXiv has no LaTeX for it (a PDF-only submission: its e-print is the PDF);
        that answer is cached too. The cache entry is ``source.tex`` beside ``meta.json``,
        recorded in ``source.json`` with the e-print's SHA-256.
        """
        from verifier.eprint import flatten_eprint

        aid = arxiv_id if isinstance(arxiv_id, ArxivId) else parse_arxiv_id(arxiv_id)
        if aid.version is None and self.offline:
            versions = self._cached_source_versions(aid)
            if versions:
                aid = aid.with_version(versions[-1])
        if aid.version is not None:
            hit = self._read_source_cache(aid)
            if hit is not None:
                self.progress(f"arXiv:{aid.versioned}: LaTeX source from the cache")
                return hit[0]
        if self.offline:
            raise NotCached(
                f"the LaTeX source is not in the arXiv cache at {self.cache_dir} and --offline forbids fetching",
                subject=f"arXiv:{aid.versioned}",
                hint=f"run `verifier ingest arXiv:{aid.versioned} --latex` once without --offline",
            )
        meta, pdf_url = self._query(aid)
        resolved = aid.with_version(meta.arxiv_version)
        hit = self._read_source_cache(resolved)
        if hit is not None:
            return hit[0]
        if not pdf_url:
            raise _withdrawn(resolved, "the API lists no files for this version")
        eprint = self._download(resolved, pdf_url.replace("/pdf/", "/src/"), what="e-print")
        tex = flatten_eprint(eprint, subject=f"arXiv:{resolved.versioned} e-print")
        folder = self.entry_dir(resolved)
        record = {"format": CACHE_FORMAT, "meta": meta.model_dump(mode="json"),
                  "eprint_sha256": hashlib.sha256(eprint).hexdigest(), "eprint_bytes": len(eprint),
                  "latex": tex is not None, "tex_sha256": hashlib.sha256(tex).hexdigest() if tex else None,
                  "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}  # fmt: skip
        record_bytes = json.dumps(record, indent=2, sort_keys=True).encode("utf-8")
        self._write_entry(folder, ([("source.tex", tex)] if tex is not None else []) + [("source.json", record_bytes)])
        if tex is None:
            return None
        return FetchedSource(meta=meta, tex_bytes=tex, tex_path=folder / "source.tex", from_cache=False)

    def _cached_source_versions(self, aid: ArxivId) -> list[int]:
        folder = self.cache_dir / aid.cache_key
        if not folder.is_dir():
            return []
        return sorted(int(m.group(1)) for sub in folder.iterdir()
                      if (m := re.fullmatch(r"v(\d+)", sub.name)) and (sub / "source.json").is_file())  # fmt: skip

    def _read_source_cache(self, aid: ArxivId) -> tuple[FetchedSource | None] | None:
        """``(source,)`` or ``(None,)`` (PDF-only, cached as such) for an intact entry; None when absent."""
        folder = self.entry_dir(aid)
        record_path, tex_path = folder / "source.json", folder / "source.tex"
        if not record_path.is_file():
            return None
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
            meta = DocumentMeta.model_validate(record["meta"])
            if not record["latex"]:
                return (None,)
            tex = tex_path.read_bytes()
        except (OSError, ValueError, KeyError) as exc:
            self.progress(f"arXiv:{aid.versioned}: ignoring an unreadable source cache entry ({exc})")
            return None
        if hashlib.sha256(tex).hexdigest() != record.get("tex_sha256"):
            self.progress(f"arXiv:{aid.versioned}: ignoring a cached source that does not match its record")
            return None
        return (FetchedSource(meta=meta, tex_bytes=tex, tex_path=tex_path, from_cache=True),)

    def cached_versions(self, arxiv_id: "str | ArxivId") -> list[int]:
        """Versions of a paper complete in the cache, oldest first."""
        aid = arxiv_id if isinstance(arxiv_id, ArxivId) else parse_arxiv_id(arxiv_id)
        folder = self.cache_dir / aid.cache_key
        if not folder.is_dir():
            return []
        found = []
        for sub in folder.iterdir():
            m = re.fullmatch(r"v(\d+)", sub.name)
            if m and (sub / "meta.json").is_file() and (sub / "paper.pdf").is_file():
                found.append(int(m.group(1)))
        return sorted(found)

    # -- cache -------------------------------------------------------------------------
    def entry_dir(self, aid: ArxivId) -> Path:
        if aid.version is None:
            raise ValueError(f"{aid.id}: a cache entry needs a version")
        return self.cache_dir / aid.cache_key / f"v{aid.version}"

    def _read_cache(self, aid: ArxivId) -> FetchedPaper | None:
        """A complete, intact cache entry, or None (a damaged one is reported and ignored)."""
        folder = self.entry_dir(aid)
        meta_path, pdf_path = folder / "meta.json", folder / "paper.pdf"
        if not (meta_path.is_file() and pdf_path.is_file()):
            return None
        try:
            record = json.loads(meta_path.read_text(encoding="utf-8"))
            meta = DocumentMeta.model_validate(record["meta"])
            pdf = pdf_path.read_bytes()
        except (OSError, ValueError, KeyError) as exc:
            self.progress(f"arXiv:{aid.versioned}: ignoring an unreadable cache entry ({exc})")
            return None
        if not pdf.startswith(b"%PDF") or hashlib.sha256(pdf).hexdigest() != record.get("pdf_sha256"):
            self.progress(f"arXiv:{aid.versioned}: ignoring a cache entry whose PDF does not match its record")
            return None
        return FetchedPaper(meta=meta, pdf_bytes=pdf, pdf_path=pdf_path, from_cache=True)

    def _write_cache(self, aid: ArxivId, meta: DocumentMeta, pdf: bytes) -> Path:
        """PDF first, then meta.json: an entry counts as cached only once its record exists."""
        folder = self.entry_dir(aid)
        self._write_entry(folder, [("paper.pdf", pdf), ("meta.json", self._record(meta, pdf))])
        return folder / "paper.pdf"

    @staticmethod
    def _write_entry(folder: Path, files: list[tuple[str, bytes]]) -> None:
        """Write a cache entry's files in order (its record last), each atomically."""
        try:
            for name, data in files:
                _write_atomic(folder / name, data)
        except OSError as exc:
            raise StorageError(
                f"cannot write the arXiv cache: {exc}",
                subject=str(folder),
                hint="check that the data folder is writable (--data-dir or VERIFIER_DATA_DIR)",
            ) from exc

    def _record(self, meta: DocumentMeta, pdf: bytes) -> bytes:
        record = {
            "format": CACHE_FORMAT,
            "meta": meta.model_dump(mode="json"),
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            "pdf_bytes": len(pdf),
            "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "api_url": self.api_url,
        }
        return json.dumps(record, indent=2, sort_keys=True).encode("utf-8")

    def _fetch_offline(self, aid: ArxivId) -> FetchedPaper:
        versions = self.cached_versions(aid)
        if aid.version is None:
            for v in reversed(versions):
                hit = self._read_cache(aid.with_version(v))
                if hit is not None:
                    self.progress(f"arXiv:{aid.id}v{v} from the cache (newest cached version, offline)")
                    return hit
        have = ", ".join(f"v{v}" for v in versions) or "none"
        raise NotCached(
            f"not in the arXiv cache at {self.cache_dir} (cached versions: {have}) and --offline forbids fetching",
            subject=f"arXiv:{aid.versioned}",
            hint=f"run `verifier ingest arXiv:{aid.versioned}` once without --offline to fetch and cache it",
        )

    # -- network -----------------------------------------------------------------------
    def _ensure_client(self):
        if self._client is None:
            import arxiv

            # num_retries=0 and delay_seconds=0: retries (with back-off) and the polite delay
            # are ours, so that they cover the PDF download too and 429 really backs off.
            client = arxiv.Client(page_size=1, delay_seconds=0.0, num_retries=0)
            client.query_url_format = self.api_url
            self._session = _make_session(self.timeout, f"claim-verifier (arxiv.py/{arxiv.__version__})")
            client._session = self._session  # the package offers no hook for timeout or headers
            self._client = client
        return self._client

    def _throttle(self) -> None:
        last = ArxivSource._last_request_end.get(self.api_url)
        if last is not None and self.delay_seconds > 0:
            wait = self.delay_seconds - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)

    def _with_retries(self, attempt: Callable[[], object], aid: ArxivId, what: str):
        """Run ``attempt`` until it returns, raises a final error, or retries run out."""
        tries = self.max_retries + 1
        for n in range(tries):
            self._throttle()
            try:
                return attempt()
            except _Transient as exc:
                last = exc
            finally:
                ArxivSource._last_request_end[self.api_url] = time.monotonic()
            if n == tries - 1:
                break
            wait = last.retry_after if last.retry_after is not None else self.backoff_base * (2**n)
            if wait > _MAX_WAIT_SECONDS:
                raise ArxivUnavailable(
                    f"arXiv answered {last.status} to the {what} and asks to wait {wait:.0f} s",
                    subject=f"arXiv:{aid.versioned}",
                    hint="try again later or use --offline",
                )
            self.progress(f"arXiv {what} for {aid.versioned}: {last.status}; retry {n + 1} of {self.max_retries} in {wait:.1f} s")
            time.sleep(wait)
        raise ArxivUnavailable(
            f"arXiv {what} failed after {tries} attempts (last: {last.status})",
            subject=f"arXiv:{aid.versioned}",
            hint="try again later or use --offline",
        )

    def _query(self, aid: ArxivId) -> tuple[DocumentMeta, str | None]:
        """Ask the API for one id (newest version when none is given): metadata and PDF URL."""
        import arxiv
        import requests

        client = self._ensure_client()
        search = arxiv.Search(id_list=[aid.versioned], max_results=1)
        subject = f"arXiv:{aid.versioned}"

        def attempt():
            try:
                results = list(client.results(search))
            except arxiv.HTTPError as exc:
                resp = self._session.last_response
                if exc.status == 429 or exc.status >= 500:
                    retry_after = _retry_after_seconds(resp.headers.get("Retry-After") if resp is not None else None)
                    raise _Transient(f"HTTP {exc.status}", retry_after) from exc
                if exc.status in (400, 404):
                    raise ArxivNotFound(
                        f"arXiv rejected the id (HTTP {exc.status})", subject=subject, hint="check the id on arxiv.org"
                    ) from exc
                raise ArxivUnavailable(
                    f"arXiv answered HTTP {exc.status} to the metadata query",
                    subject=subject,
                    hint="try again later or use --offline",
                ) from exc
            except requests.RequestException as exc:
                raise _Transient(f"{type(exc).__name__}: {exc}") from exc
            resp = self._session.last_response
            if resp is not None and b"<feed" not in resp.content[:4096]:
                # a proxy or maintenance page answered 200: the package reads it as "no results"
                raise _Transient(f"HTTP {resp.status_code} without an Atom feed")
            return results

        self.progress(f"asking arXiv for {aid.versioned}")
        results = self._with_retries(attempt, aid, "metadata query")
        results = [r for r in results if "/api/errors" not in r.entry_id]
        if not results:
            raise ArxivNotFound(
                "arXiv knows no paper with this id" + (" and version" if aid.version else ""),
                subject=subject,
                hint="check the id on arxiv.org (a version that does not exist yet also ends here)",
            )
        result = results[0]
        short = result.get_short_id()
        m = re.fullmatch(r"(.+)v(\d+)", short)
        if not m or m.group(1) != aid.id:
            raise ArxivNotFound(f"arXiv answered with another entry ({short})", subject=subject)
        version = int(m.group(2))
        if aid.version is not None and version != aid.version:
            raise ArxivNotFound(f"arXiv has no version v{aid.version} (it answered v{version})", subject=subject)
        resolved = aid.with_version(version)
        if result.comment and _WITHDRAWN_RE.search(result.comment):
            raise _withdrawn(resolved, result.comment)
        raw = self._session.last_response.content if self._session.last_response is not None else b""
        meta = DocumentMeta(
            title=re.sub(r"\s+", " ", result.title).strip() or None,
            authors=[a.name for a in result.authors],
            abstract=re.sub(r"\s+", " ", result.summary).strip() or None,
            arxiv_id=aid.id,
            arxiv_version=version,
            published=result.published.date().isoformat(),
            licence=_licence_from_feed(raw, resolved.versioned),
            url=f"https://arxiv.org/abs/{resolved.versioned}",
        )
        return meta, result.pdf_url

    def _download(self, aid: ArxivId, pdf_url: str | None, what: str = "PDF") -> bytes:
        """The PDF (or, with ``what="e-print"``, the source archive at ``pdf_url``), with retries."""
        import requests

        subject = f"arXiv:{aid.versioned}"
        if not pdf_url:
            raise _withdrawn(aid, "the API lists no PDF for this version")
        self._ensure_client()

        def attempt() -> bytes:
            try:
                resp = self._session.get(pdf_url)
            except requests.RequestException as exc:
                raise _Transient(f"{type(exc).__name__}: {exc}") from exc
            if resp.status_code == 429 or resp.status_code >= 500:
                raise _Transient(f"HTTP {resp.status_code}", _retry_after_seconds(resp.headers.get("Retry-After")))
            if resp.status_code in (404, 410):
                if "withdrawn" in resp.text[:20_000].lower():
                    raise _withdrawn(aid, f"the PDF request answered HTTP {resp.status_code}, withdrawn")
                raise ArxivNotFound(f"no {what} at {pdf_url} (HTTP {resp.status_code})", subject=subject)
            if resp.status_code != 200:
                raise ArxivUnavailable(
                    f"the {what} request answered HTTP {resp.status_code}", subject=subject,
                    hint="try again later or use --offline",
                )
            if what == "PDF" and not resp.content.startswith(b"%PDF"):
                kind = resp.headers.get("Content-Type", "unknown type")
                raise ArxivUnavailable(
                    f"{pdf_url} answered {len(resp.content)} bytes of {kind} that are not a PDF; nothing was cached",
                    subject=subject,
                    hint="try again later (arXiv may still be building the PDF) or use --offline",
                )
            return resp.content

        self.progress(f"downloading the {what} of {aid.versioned}")
        return self._with_retries(attempt, aid, f"{what} download")


def _withdrawn(aid: ArxivId, why: str) -> ArxivWithdrawn:
    earlier = f"fetch an earlier version, e.g. arXiv:{aid.id}v{aid.version - 1}" if aid.version and aid.version > 1 else (
        "there is no earlier version to fetch"
    )
    return ArxivWithdrawn(f"this version is withdrawn ({why.strip()})", subject=f"arXiv:{aid.versioned}", hint=earlier)
