"""Ingest: a paper (arXiv id, PDF, Markdown, LaTeX) or a synthesis report into the claims database.

Gate 0 (intake) is what this module guarantees: the source was retrieved, hashed and its
metadata recorded. Each ingest runs in one database transaction: on any error nothing of it
is stored, and the database is as it was. Source bytes are kept in a content-addressed blob
folder (``<data_dir>/blobs/<sha256>``) so that nothing is lost and reports can re-hash them.

Re-ingesting the same bytes with the same parser and extractor versions changes nothing; a
newer extractor adds a new extraction beside the old one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

from verifier.config import Settings
from verifier.documents import DocumentMeta, ParsedDocument
from verifier.errors import InputError, NotAPdf, NotFound, SourceError, StorageError, VerifierError

Progress = Callable[[str], None]
Kind = Literal["auto", "paper", "synthesis"]


@dataclass
class IngestOutcome:
    """What one ingest did, for the command line and for tests."""

    subject: str
    kind: Literal["paper", "synthesis"]
    sha256: str
    created: bool  # False when these bytes were already ingested with these versions
    paper_id: int | None = None
    synthesis_id: int | None = None
    title: str | None = None
    n_pages: int = 0
    form: str = "PDF"  # "PDF", "Markdown" or "LaTeX": a text source has lines, not pages
    n_passages: int = 0
    n_tables: int = 0
    claims_by_kind: dict[str, int] = field(default_factory=dict)
    references: list["IngestOutcome | str"] = field(default_factory=list)  # outcomes, or why a reference failed
    same_title: str | None = None  # another stored local paper with this title: the same paper, likely

    def summary(self) -> str:
        state = "stored" if self.created else "unchanged (already ingested)"
        if self.kind == "synthesis":
            ok = sum(isinstance(r, IngestOutcome) for r in self.references)
            return (
                f"{self.subject}: synthesis {state}: {sum(self.claims_by_kind.values())} third-party claims, "
                f"{len(self.references)} references ({ok} ingested)"
            )
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.claims_by_kind.items())) or "no claims"
        hint = (f"; paper {self.same_title} has the same title (`--paper {self.same_title}` keeps a paper's "
                "sources together)") if self.same_title else ""
        return (
            f"{self.subject}: paper {state}: "
            f"{f'{self.n_pages} pages' if self.form == 'PDF' else self.form}, {self.n_passages} passages, "
            f"{self.n_tables} tables, claims: {kinds}{hint}"
        )


def _same_title(session, paper) -> str | None:
    """The ref of another local paper whose title reads the same (case and spacing aside), if any:
    the PDF and the LaTeX of one paper, ingested as two files."""
    from sqlalchemy import select

    from claims_db.models import Paper

    def key(title: str | None) -> str:
        return " ".join((title or "").casefold().split())

    mine = key(paper.title)
    if len(mine.split()) < 4:  # "Introduction", "AWQ": too short to tell two papers apart
        return None
    for other in session.scalars(select(Paper).where(Paper.id != paper.id, Paper.arxiv_id.is_(None))):
        if key(other.title) == mine:
            return other.ref
    return None


_FORMS = {"application/pdf": "PDF", "text/markdown": "Markdown", "application/x-tex": "LaTeX"}


def _write_blob(settings: Settings, sha256: str, data: bytes) -> Path:
    settings.blob_dir.mkdir(parents=True, exist_ok=True)
    path = settings.blob_dir / sha256
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=settings.blob_dir, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    return path


_LATEX_SUFFIXES = (".tex", ".ltx", ".latex")
_BIBTEX_ENTRY = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)


def sniff_kind(path: Path, data: bytes) -> Literal["pdf", "markdown", "latex", "bibtex", "eprint", "synthesis"]:
    """Decide what a local file is from its bytes (and its suffix only as a tie-breaker)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data[:2] == b"\x1f\x8b" or data[257:262] == b"ustar":  # gzip, or a tar: a LaTeX source archive
        return "eprint"
    if path.suffix.lower() == ".pdf":
        return "pdf"  # parse_pdf will say what it really is
    try:
        text = data[:200_000].decode("utf-8-sig")
    except UnicodeDecodeError:  # the parser its name promises says what is wrong with it
        suffix = path.suffix.lower()
        return "latex" if suffix in _LATEX_SUFFIXES else "markdown" if suffix in (".md", ".markdown") else "pdf"
    if "\tVerified\tConfidence" in text or "\tverified\tconfidence" in text.lower():
        return "synthesis"
    entries = len(_BIBTEX_ENTRY.findall(text))
    if entries and (path.suffix.lower() == ".bib" or entries * 4 >= len(re.findall(r"^\s*\S", text, re.MULTILINE)) / 4):
        return "bibtex"
    from verifier.latex import looks_like_latex

    if path.suffix.lower() in _LATEX_SUFFIXES or looks_like_latex(text):
        return "latex"
    return "markdown"


def parse_source(data: bytes, kind: str, name: str) -> ParsedDocument:
    if kind == "pdf":
        from verifier.pdf import parse_pdf

        return parse_pdf(data, name=name)
    if kind == "latex":
        from verifier.latex import parse_latex

        return parse_latex(data, name=name)
    from verifier.markdown import parse_markdown

    return parse_markdown(data, name=name)


class Ingestor:
    """Wires parsing, extraction and storage; one instance per command."""

    def __init__(self, settings: Settings, *, offline: bool = False, progress: Progress | None = None, arxiv=None):

        self.settings = settings
        self.offline = offline
        self.progress = progress or (lambda msg: None)
        self.engine = open_database(settings)
        self._arxiv = arxiv

    # -- sources -----------------------------------------------------------------------
    @property
    def arxiv(self):
        if self._arxiv is None:
            from verifier.arxiv_source import ArxivSource

            self._arxiv = ArxivSource(
                cache_dir=self.settings.cache_dir,
                api_url=self.settings.arxiv_api,
                delay_seconds=self.settings.arxiv_delay,
                backoff_base=self.settings.arxiv_backoff,
                offline=self.offline,
                progress=self.progress,
            )
        return self._arxiv

    def ingest(self, target: str, kind: Kind = "auto", latex: bool = False, into: str | None = None) -> IngestOutcome:
        """Ingest a local file or an arXiv paper; ``latex`` takes an arXiv paper's LaTeX source
        (its e-print) instead of its PDF, and the PDF where arXiv has no source. ``into`` (a stored
        paper's reference) stores a local file as another source of that paper: its LaTeX beside
        its PDF, say, where nothing else links them."""
        path = Path(target)
        if into is not None and (not path.exists() or kind == "synthesis"):
            raise InputError("--paper applies to a local paper file", subject=target,
                             hint="an arXiv paper is one paper per version already; a synthesis is not a paper")
        if path.exists():
            if path.is_dir():
                return self._ingest_source_folder(path, into)
            data = path.read_bytes()
            sniffed = sniff_kind(path, data)
            if sniffed == "eprint":
                return self._ingest_source_archive(path, data, into)
            if sniffed == "latex":
                from verifier.eprint import flatten_local

                flat = flatten_local(path, data)
                if flat is not None:  # its \input files are beside it: read with them
                    return self.ingest_paper(flat, "latex", name=f"{path.name} (with its inputs)",
                                             meta=DocumentMeta(), origin=str(path.resolve()), into=into)
            if sniffed == "bibtex":
                raise InputError("is a BibTeX bibliography, not a paper", subject=target,
                                 hint="ingest the paper itself (its PDF, Markdown or .tex file)")
            if kind == "synthesis" or (kind == "auto" and sniffed == "synthesis"):
                if into is not None:
                    raise InputError("is a synthesis report, not a paper: --paper does not apply", subject=target,
                                     hint="ingest it without --paper")
                return self.ingest_synthesis(data, name=path.name, latex=latex)
            if kind == "paper" and sniffed == "synthesis":
                sniffed = "markdown"
            return self.ingest_paper(data, sniffed, name=path.name, meta=DocumentMeta(), origin=str(path.resolve()),
                                     into=into)
        from verifier.arxiv_source import looks_like_arxiv_id, parse_arxiv_id

        if kind == "synthesis":
            raise InputError("no such file", subject=target, hint="a synthesis report is ingested from a local file")
        if not looks_like_arxiv_id(target) and not target.startswith(("http://", "https://", "arXiv:", "arxiv:")):
            raise InputError(
                "no such file, and not an arXiv id",
                subject=target,
                hint="pass a path to a PDF, Markdown or LaTeX file, or an arXiv id such as 2306.03805 or "
                "hep-th/9901001",
            )
        aid = parse_arxiv_id(target)
        return self.ingest_arxiv_source(aid) if latex else self.ingest_arxiv(aid)

    def _ingest_source_folder(self, path: Path, into: str | None = None) -> IngestOutcome:
        """An unpacked LaTeX submission: its main file with inputs and bibliography inlined."""
        from verifier.eprint import flatten_files, read_folder

        files = read_folder(path, str(path))
        if not files:
            raise InputError("is a folder without .tex files", subject=str(path),
                             hint="pass a PDF, Markdown, LaTeX or report file, or an unpacked LaTeX source folder")
        tex = flatten_files(files, subject=str(path))
        return self.ingest_paper(tex, "latex", name=f"{path.name}/ (LaTeX source)", meta=DocumentMeta(),
                                 origin=str(path.resolve()), into=into)

    def _ingest_source_archive(self, path: Path, data: bytes, into: str | None = None) -> IngestOutcome:
        """A source archive as arXiv serves it (.tar.gz, .tar, .gz): flattened like a fetched e-print; a
        compressed PDF inside is ingested as the PDF."""
        from verifier.eprint import flatten_eprint, unpacked_pdf

        tex = flatten_eprint(data, subject=str(path))
        if tex is None:
            return self.ingest_paper(unpacked_pdf(data), "pdf", name=path.name, meta=DocumentMeta(),
                                     origin=str(path.resolve()), into=into)
        return self.ingest_paper(tex, "latex", name=f"{path.name} (LaTeX source)", meta=DocumentMeta(),
                                 origin=str(path.resolve()), into=into)

    def ingest_arxiv_source(self, aid) -> IngestOutcome:
        self.progress(f"{aid.versioned if aid.version else aid.id}: fetching the LaTeX source")
        fetched = self.arxiv.fetch_source(aid)
        if fetched is None:
            self.progress(f"{aid.versioned if aid.version else aid.id}: arXiv has no LaTeX source for it "
                          "(a PDF-only submission); ingesting the PDF")
            return self.ingest_arxiv(aid)
        name = f"arXiv:{fetched.meta.arxiv_id}v{fetched.meta.arxiv_version} (LaTeX source)"
        return self.ingest_paper(fetched.tex_bytes, "latex", name=name, meta=fetched.meta,
                                 origin=fetched.meta.url or name)

    def ingest_arxiv(self, aid) -> IngestOutcome:
        self.progress(f"{aid.versioned if aid.version else aid.id}: fetching")
        fetched = self.arxiv.fetch(aid)
        name = f"arXiv:{fetched.meta.arxiv_id}v{fetched.meta.arxiv_version}"
        return self.ingest_paper(fetched.pdf_bytes, "pdf", name=name, meta=fetched.meta, origin=fetched.meta.url or name)

    # -- papers --------------------------------------------------------------------------
    def ingest_paper(self, data: bytes, kind: str, *, name: str, meta: DocumentMeta, origin: str,
                     into: str | None = None) -> IngestOutcome:
        """Parse, extract and store one paper file; ``into`` names a stored paper to add it to as a source."""
        from claims_db import store
        from claims_db.engine import transaction
        from verifier.extract import EXTRACTOR_VERSION, extract_claims

        sha = hashlib.sha256(data).hexdigest()
        self.progress(f"{name}: parsing {len(data) / 1e6:.1f} MB")
        doc = parse_source(data, kind, name)
        merged = _merge_meta(meta, doc.meta)
        form = _FORMS.get(doc.media_type, "PDF")
        self.progress(f"{name}: {f'{doc.n_pages} pages' if form == 'PDF' else form}, {len(doc.passages)} passages, "
                      f"{len(doc.tables)} tables; extracting claims")
        claims = extract_claims(doc)
        blob = _write_blob(self.settings, sha, data)
        outcome = IngestOutcome(
            subject=name,
            kind="paper",
            sha256=sha,
            created=False,
            title=merged.title,
            n_pages=doc.n_pages,
            form=form,
            n_passages=len(doc.passages),
            n_tables=len(doc.tables),
        )
        for c in claims:
            outcome.claims_by_kind[c.kind.value] = outcome.claims_by_kind.get(c.kind.value, 0) + 1
        with storage_errors(name), transaction(self.engine) as session:
            source, _ = store.store_source(
                session, sha256=sha, media_type=doc.media_type, size=len(data), name=name, blob_path=str(blob),
                url=origin,
            )
            paper = self._target_paper(session, source, into) if into is not None else store.upsert_paper(
                session,
                source=source,
                arxiv_id=merged.arxiv_id,
                arxiv_version=merged.arxiv_version,
                title=merged.title,
                authors=list(merged.authors),
                abstract=merged.abstract,
                published=merged.published,
                licence=merged.licence,
                url=merged.url,
            )
            _, created = store.store_extraction(
                session,
                source,
                parser_version=doc.parser_version,
                extractor_version=EXTRACTOR_VERSION,
                passages=[p.model_dump(mode="json") for p in doc.passages],
                tables=[t.model_dump(mode="json") for t in doc.tables],
                claims=[c.model_dump(mode="json") for c in claims],
            )
            store.link_references(session, paper)  # a synthesis stored earlier may cite this paper
            session.flush()
            outcome.paper_id = paper.id
            outcome.created = created
            if created and into is None and paper.arxiv_id is None and len(paper.sources) == 1:
                outcome.same_title = _same_title(session, paper)
        return outcome

    def _target_paper(self, session, source, into: str):
        """The stored paper named by ``--paper``, with ``source`` attached to it."""
        from claims_db import store
        from verifier.errors import NotFound

        try:
            paper = store.find_paper(session, into)
        except LookupError as exc:
            raise NotFound(f"no stored paper matches --paper {into}", subject=source.original_name,
                           hint="`verifier papers` lists them") from exc
        if source.paper is not None and source.paper is not paper:
            raise InputError(f"is already stored as paper {source.paper.ref}", subject=source.original_name,
                             hint="a file's bytes belong to one paper")
        source.paper = paper
        session.flush()
        return paper

    # -- syntheses -----------------------------------------------------------------------
    def ingest_synthesis(self, data: bytes, *, name: str, latex: bool = False) -> IngestOutcome:
        from claims_db import store
        from claims_db.engine import transaction
        from verifier.synthesis import parse_synthesis

        report = parse_synthesis(data, name=name)
        blob = _write_blob(self.settings, report.sha256, data)
        outcome = IngestOutcome(
            subject=name,
            kind="synthesis",
            sha256=report.sha256,
            created=False,
            title=report.title,
            claims_by_kind={"third_party": len(report.claims)},
        )
        with storage_errors(name), transaction(self.engine) as session:
            source, _ = store.store_source(
                session, sha256=report.sha256, media_type="text/plain", size=len(data), name=name, blob_path=str(blob)
            )
            synthesis, created = store.store_synthesis(session, source, report.model_dump(mode="json"))
            session.flush()
            outcome.synthesis_id = synthesis.id
            outcome.created = created
        self.progress(f"{name}: {len(report.claims)} third-party claims, {len(report.references)} references")
        for i, ref in enumerate(report.references, 1):
            if not ref.arxiv_id:
                outcome.references.append(f"{ref.url}: not an arXiv reference, kept as a link")
                continue
            label = f"arXiv:{ref.arxiv_id}" + (f"v{ref.arxiv_version}" if ref.arxiv_version else "")
            self.progress(f"reference {i}/{len(report.references)}: {label}")
            try:
                from verifier.arxiv_source import parse_arxiv_id

                aid = parse_arxiv_id(label)
                ref_outcome = self.ingest_arxiv_source(aid) if latex else self.ingest_arxiv(aid)
            except (SourceError, InputError, StorageError) as exc:
                outcome.references.append(f"{label}: not ingested: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
                continue
            outcome.references.append(ref_outcome)
        return outcome


def open_database(settings: Settings):
    """An engine on the configured database, migrated to the current schema."""
    from claims_db.engine import make_engine, migrate

    with storage_errors(_redact(settings.database_url)):
        engine = make_engine(settings.database_url)
        migrate(engine)
    return engine


@contextmanager
def storage_errors(subject: str):
    """Map claims_db's exceptions (and driver errors) to the pipeline's tree."""
    from claims_db.errors import NotStored, StoreError

    try:
        yield
    except VerifierError:
        raise
    except NotStored as exc:
        raise NotFound(str(getattr(exc, "message", exc)), subject=getattr(exc, "subject", None) or subject,
                       hint=getattr(exc, "hint", None)) from exc
    except StoreError as exc:
        raise StorageError(f"{getattr(exc, 'message', exc)}; nothing was stored",
                           subject=getattr(exc, "subject", None) or subject, hint=getattr(exc, "hint", None)) from exc
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError):
            raise StorageError(f"database error, nothing was stored: {exc.__class__.__name__}: {exc}".split("\n")[0],
                               subject=subject, hint="check --db / VERIFIER_DATABASE_URL") from exc
        raise


def _merge_meta(fetched: DocumentMeta, parsed: DocumentMeta) -> DocumentMeta:
    """Metadata from the API wins over what the parser guessed from the PDF."""
    data = parsed.model_dump()
    for key, value in fetched.model_dump().items():
        if value not in (None, [], ""):
            data[key] = value
    return DocumentMeta(**data)


def _redact(url: str) -> str:
    """A database URL without its password, for messages."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


__all__ = ["Ingestor", "IngestOutcome", "sniff_kind", "NotAPdf"]
