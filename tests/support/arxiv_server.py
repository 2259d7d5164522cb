"""A local HTTP server that speaks enough of the arXiv API for the ``arxiv`` package and our adapter.

It is a real server (``ThreadingHTTPServer`` on 127.0.0.1, a free port, a background
thread), so tests exercise real sockets, real timeouts and the package's real feed parser:

- ``GET /api/query?id_list=..&start=..&max_results=..`` answers an Atom 1.0 feed shaped like
  arXiv's (opensearch totals, one ``<entry>`` per known id with id/updated/published/title/
  summary/authors/comment/categories/links). A bare id answers its newest version. Unknown
  well-formed ids are left out (a single unknown id gives an empty feed, as on arXiv);
  ids registered with :meth:`FakeArxiv.reject` answer arXiv's error entry.
- ``GET /pdf/<id>v<N>`` serves the registered bytes; a withdrawn version answers 404 with
  arXiv's withdrawal text.
- ``GET /src/<id>v<N>`` serves the registered e-print (a gzip-compressed tar or .tex), or the
  PDF where none is registered, as arXiv does for PDF-only submissions.

Faults: :meth:`fail_next` answers the next N requests with 429 (``Retry-After``) or 5xx;
:meth:`hang_next` holds the next N requests longer than a client timeout. Every request is
recorded (path, query, monotonic arrival time, status) in :attr:`requests`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

ATOM_NS = "http://www.w3.org/2005/Atom"
ARXIV_NS = "http://arxiv.org/schemas/atom"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
WITHDRAWN_COMMENT = "This paper has been withdrawn by the authors due to an error in the main proof."


@dataclass
class FakeVersion:
    pdf: bytes | None  # None: the entry has no PDF link
    updated: datetime
    comment: str | None = None
    withdrawn: bool = False
    source: bytes | None = None  # the e-print; None: a PDF-only submission


@dataclass
class FakePaper:
    arxiv_id: str
    title: str
    authors: list[str]
    abstract: str
    published: datetime
    versions: list[FakeVersion] = field(default_factory=list)
    categories: tuple[str, ...] = ("cs.LG",)
    licence: str | None = None


@dataclass
class RecordedRequest:
    path: str
    query: dict[str, list[str]]
    time: float  # time.monotonic() on arrival
    status: int = 0


@dataclass
class _Fault:
    remaining: int
    status: int | None = None
    retry_after: str | None = None
    hang_seconds: float = 0.0
    path_prefix: str = "/"


class FakeArxiv:
    """Register papers, start, point the client at :attr:`api_url`, then inspect :attr:`requests`."""

    def __init__(self) -> None:
        self.papers: dict[str, FakePaper] = {}
        self.rejected: dict[str, int] = {}
        self.requests: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> "FakeArxiv":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeArxiv":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeArxiv is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """The query URL format for ``ArxivSource(api_url=...)``."""
        return self.base_url + "/api/query?{}"

    # -- content -----------------------------------------------------------------------
    def add_paper(
        self,
        arxiv_id: str,
        *,
        pdfs: list[bytes],
        title: str = "A Paper",
        authors: list[str] | None = None,
        abstract: str = "An abstract.",
        published: datetime | None = None,
        comments: list[str | None] | None = None,
        categories: tuple[str, ...] = ("cs.LG",),
        licence: str | None = None,
        sources: list[bytes | None] | None = None,
    ) -> FakePaper:
        """Register a paper whose versions v1..vN serve ``pdfs`` (any bytes, PDF or not) and
        ``sources`` as their e-prints."""
        start = published or datetime(2023, 6, 6, 17, 59, 0, tzinfo=timezone.utc)
        comments = comments or [None] * len(pdfs)
        paper = FakePaper(arxiv_id, title, authors or ["A. Author"], abstract, start, categories=categories, licence=licence)
        sources = sources or [None] * len(pdfs)
        for n, (pdf, comment, source) in enumerate(zip(pdfs, comments, sources)):
            paper.versions.append(FakeVersion(pdf=pdf, updated=start + timedelta(days=30 * n), comment=comment,
                                              source=source))
        self.papers[arxiv_id] = paper
        return paper

    def withdraw(self, arxiv_id: str, *, comment: str = WITHDRAWN_COMMENT, pdf_link: bool = True) -> int:
        """Add a withdrawal version (comment says so, its PDF answers 404); returns its number."""
        paper = self.papers[arxiv_id]
        updated = paper.versions[-1].updated + timedelta(days=30)
        paper.versions.append(FakeVersion(pdf=b"" if pdf_link else None, updated=updated, comment=comment, withdrawn=True))
        return len(paper.versions)

    def reject(self, arxiv_id: str, status: int = 400) -> None:
        """Answer queries for this id with arXiv's error entry ("incorrect id format") and ``status``."""
        self.rejected[arxiv_id] = status

    # -- faults and records ------------------------------------------------------------
    def fail_next(self, n: int, status: int = 503, *, retry_after: str | None = None, path_prefix: str = "/") -> None:
        with self._lock:
            self._faults.append(_Fault(n, status=status, retry_after=retry_after, path_prefix=path_prefix))

    def hang_next(self, n: int, seconds: float, *, path_prefix: str = "/") -> None:
        with self._lock:
            self._faults.append(_Fault(n, hang_seconds=seconds, path_prefix=path_prefix))

    def requests_to(self, prefix: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(prefix)]

    def _take_fault(self, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and path.startswith(fault.path_prefix):
                    fault.remaining -= 1
                    return fault
        return None

    # -- answers -----------------------------------------------------------------------
    def _lookup(self, raw_id: str) -> tuple[FakePaper, int] | None:
        base, _, version = raw_id.rpartition("v") if _has_version(raw_id) else (raw_id, "", "")
        paper = self.papers.get(base)
        if paper is None:
            return None
        n = int(version) if version else len(paper.versions)
        return (paper, n) if 1 <= n <= len(paper.versions) else None

    def feed(self, query: dict[str, list[str]]) -> tuple[int, bytes]:
        ids = [i for i in ",".join(query.get("id_list", [""])).split(",") if i]
        start = int(query.get("start", ["0"])[0])
        max_results = int(query.get("max_results", ["10"])[0])
        for raw in ids:
            if raw in self.rejected:
                return self.rejected[raw], _feed_xml(query, [_error_entry(raw)], 1, 0)
        entries = []
        for raw in ids:
            found = self._lookup(raw)
            if found is not None:
                entries.append(self._entry_xml(*found))
        page = entries[start : start + max_results]
        return 200, _feed_xml(query, page, len(entries), start)

    def _entry_xml(self, paper: FakePaper, n: int) -> str:
        v = paper.versions[n - 1]
        vid = f"{paper.arxiv_id}v{n}"
        parts = [
            f"<id>http://arxiv.org/abs/{vid}</id>",
            f"<updated>{_iso(v.updated)}</updated>",
            f"<published>{_iso(paper.published)}</published>",
            f"<title>{escape(paper.title)}</title>",
            f"<summary>  {escape(paper.abstract)}\n</summary>",
            *(f"<author><name>{escape(a)}</name></author>" for a in paper.authors),
        ]
        if v.comment:
            parts.append(f'<arxiv:comment xmlns:arxiv="{ARXIV_NS}">{escape(v.comment)}</arxiv:comment>')
        if paper.licence:
            parts.append(f'<arxiv:license xmlns:arxiv="{ARXIV_NS}">{escape(paper.licence)}</arxiv:license>')
        parts.append(f'<link href="http://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>')
        if v.pdf is not None:
            parts.append(f'<link title="pdf" href={quoteattr(f"{self.base_url}/pdf/{vid}")} rel="related" type="application/pdf"/>')
        parts.append(
            f'<arxiv:primary_category xmlns:arxiv="{ARXIV_NS}" term="{paper.categories[0]}" scheme="{ARXIV_NS}"/>'
        )
        parts.extend(f'<category term="{c}" scheme="{ARXIV_NS}"/>' for c in paper.categories)
        return "<entry>\n    " + "\n    ".join(parts) + "\n  </entry>"

    def pdf(self, raw_id: str) -> tuple[int, bytes, str]:
        found = self._lookup(raw_id) if _has_version(raw_id) else None
        if found is None:
            return 404, b"<html><body>Paper not found</body></html>", "text/html"
        paper, n = found
        v = paper.versions[n - 1]
        if v.withdrawn or v.pdf is None:
            return 404, f"<html><body>arXiv:{raw_id}: {WITHDRAWN_COMMENT}</body></html>".encode(), "text/html"
        ctype = "application/pdf" if v.pdf.startswith(b"%PDF") else "text/html"
        return 200, v.pdf, ctype

    def source(self, raw_id: str) -> tuple[int, bytes, str]:
        found = self._lookup(raw_id) if _has_version(raw_id) else None
        if found is not None:
            v = found[0].versions[found[1] - 1]
            if v.source is not None and not v.withdrawn:
                return 200, v.source, "application/gzip"
        return self.pdf(raw_id)


def _has_version(raw_id: str) -> bool:
    head, sep, tail = raw_id.rpartition("v")
    return bool(sep) and bool(head) and tail.isdigit()


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _error_entry(raw_id: str) -> str:
    ref = f"http://arxiv.org/api/errors#incorrect_id_format_for_{escape(raw_id)}"
    now = _iso(datetime.now(timezone.utc))
    return (
        f"<entry>\n    <id>{ref}</id>\n    <title>Error</title>\n"
        f"    <summary>incorrect id format for {escape(raw_id)}</summary>\n"
        f"    <updated>{now}</updated>\n    <published>{now}</published>\n"
        f'    <link href="{ref}" rel="alternate" type="text/html"/>\n'
        f"    <author><name>arXiv api core</name></author>\n  </entry>"
    )


def _feed_xml(query: dict[str, list[str]], entries: list[str], total: int, start: int) -> bytes:
    q = "&amp;".join(f"{escape(k)}={escape(','.join(v))}" for k, v in sorted(query.items()))
    body = "\n  ".join(entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<feed xmlns="{ATOM_NS}">\n'
        f'  <link href="http://arxiv.org/api/query?{q}" rel="self" type="application/atom+xml"/>\n'
        f'  <title type="html">ArXiv Query: {q}</title>\n'
        "  <id>http://arxiv.org/api/fake-feed-id</id>\n"
        f"  <updated>{_iso(datetime.now(timezone.utc))}</updated>\n"
        f'  <opensearch:totalResults xmlns:opensearch="{OPENSEARCH_NS}">{total}</opensearch:totalResults>\n'
        f'  <opensearch:startIndex xmlns:opensearch="{OPENSEARCH_NS}">{start}</opensearch:startIndex>\n'
        f'  <opensearch:itemsPerPage xmlns:opensearch="{OPENSEARCH_NS}">{len(entries)}</opensearch:itemsPerPage>\n'
        f"  {body}\n</feed>\n"
    ).encode("utf-8")


def _handler_for(fake: FakeArxiv) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - silence the default stderr log
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            parts = urlsplit(self.path)
            record = RecordedRequest(parts.path, parse_qs(parts.query, keep_blank_values=True), time.monotonic())
            with fake._lock:
                fake.requests.append(record)
            fault = fake._take_fault(parts.path)
            if fault is not None and fault.hang_seconds:
                fake._closing.wait(fault.hang_seconds)
            if fault is not None and fault.status:
                headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
                return self._send(record, fault.status, b"<html><body>busy</body></html>", "text/html", headers)
            if parts.path == "/api/query":
                status, body = fake.feed(record.query)
                return self._send(record, status, body, "application/atom+xml; charset=UTF-8")
            if parts.path.startswith("/src/"):
                status, body, ctype = fake.source(parts.path[len("/src/") :])
                return self._send(record, status, body, ctype)
            if parts.path.startswith("/pdf/"):
                status, body, ctype = fake.pdf(parts.path[len("/pdf/") :].removesuffix(".pdf"))
                return self._send(record, status, body, ctype)
            return self._send(record, 404, b"not found", "text/plain")

        def _send(self, record, status, body, ctype, headers=None) -> None:
            record.status = status
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to answer

    return Handler
