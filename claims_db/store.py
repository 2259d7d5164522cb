"""Query helpers: plain functions of a Session, one per thing the pipeline asks of the database.

Writers are idempotent where the input is content-addressed: storing the same bytes twice
returns the first source, and the same source extracted by the same versions returns the first
extraction (``created=False``). Nothing here overwrites a record: a new extractor version adds
an extraction beside the old one. Callers own the transaction (``claims_db.engine.transaction``);
helpers only flush, so ids are known.

Synthesis reports (:mod:`claims_db.syntheses`) and reproduction runs (:mod:`claims_db.runs`)
have their own modules; their helpers are re-exported here, so ``claims_db.store`` is the one
import the pipeline needs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import Any, Literal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from claims_db.errors import InvalidRecord, PaperNotFound
from claims_db.models import ClaimRow, Extraction, Paper, PassageRow, Source, TableRow, utcnow
from claims_db.records import claim_values, passage_values, table_values
from claims_db.runs import finish_run, get_run, list_runs, mark_interrupted, start_run
from claims_db.syntheses import (
    SynthesisSummary,
    link_reference,
    link_references,
    list_syntheses,
    store_synthesis,
)

__all__ = [
    "PaperSummary",
    "SynthesisSummary",
    "claims_for",
    "find_paper",
    "finish_run",
    "get_run",
    "latest_extraction",
    "link_reference",
    "link_references",
    "list_papers",
    "list_runs",
    "list_syntheses",
    "mark_interrupted",
    "start_run",
    "store_extraction",
    "store_source",
    "store_synthesis",
    "upsert_paper",
]

SHA256_RE = re.compile(r"[0-9a-f]{64}")
SHA_PREFIX_RE = re.compile(r"(?:sha256:|local:)?([0-9a-fA-F]{8,64})")  # local:<sha256[:12]> is Paper.ref
# New-style (2306.03805, 0704.0001) and old-style (hep-th/9901001) arXiv ids, optional version.
ARXIV_RE = re.compile(
    r"(?:arxiv:)?(?P<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v(?P<version>\d+))?",
    re.IGNORECASE,
)


def _arxiv_parts(text: str) -> tuple[str, int | None] | None:
    m = ARXIV_RE.fullmatch(text.strip())
    if m is None:
        return None
    return m.group("id"), int(m.group("version")) if m.group("version") else None


# ---------------------------------------------------------------- sources and papers


def store_source(
    session: Session,
    *,
    sha256: str,
    media_type: str,
    size: int,
    name: str | None,
    blob_path: str,
    url: str | None = None,
    paper: Paper | None = None,
    retrieved_at: datetime | None = None,
) -> tuple[Source, bool]:
    """The source row for these bytes, created on first sight; ``(source, created)``.

    The same sha256 always gives the same row: the first name, URL and time are kept.
    A ``paper`` is attached to a source that has none yet.
    """
    if not isinstance(sha256, str) or SHA256_RE.fullmatch(sha256) is None:
        raise InvalidRecord("is not a sha256 digest", subject=repr(sha256), hint="pass 64 lowercase hex characters")
    if not isinstance(size, int) or size < 0:
        raise InvalidRecord("is not a byte count", subject=f"size {size!r}", hint="pass len(data)")
    existing = session.scalar(select(Source).where(Source.sha256 == sha256))
    if existing is not None:
        if paper is not None and existing.paper_id is None:
            existing.paper = paper
            session.flush()
        return existing, False
    source = Source(
        sha256=sha256,
        media_type=media_type,
        size=size,
        original_name=name,
        original_url=url,
        blob_path=str(blob_path),
        retrieved_at=retrieved_at or utcnow(),
        paper=paper,
    )
    session.add(source)
    session.flush()
    return source, True


def upsert_paper(
    session: Session,
    *,
    arxiv_id: str | None = None,
    arxiv_version: int | None = None,
    title: str | None = None,
    authors: Sequence[str] = (),
    abstract: str | None = None,
    published: str | None = None,
    licence: str | None = None,
    url: str | None = None,
    source: Source | None = None,
) -> Paper:
    """The one paper row for an arXiv id and version, or for a local ``source`` without one.

    Metadata given here fills in or refreshes the row (a paper row is a catalogue entry, not
    evidence); values left ``None`` keep what is stored. A ``source`` is attached to the paper.
    """
    if arxiv_id is not None:
        parts = _arxiv_parts(arxiv_id)
        if parts is None:
            raise InvalidRecord(
                "is not an arXiv id", subject=repr(arxiv_id), hint="for example 2306.03805 or hep-th/9901001"
            )
        arxiv_id, version_in_id = parts
        if version_in_id is not None and arxiv_version not in (None, version_in_id):
            raise InvalidRecord(
                f"names version {version_in_id} but arxiv_version={arxiv_version}",
                subject=f"arXiv {arxiv_id}",
                hint="give the version once",
            )
        arxiv_version = arxiv_version if arxiv_version is not None else version_in_id
        version_clause = (
            Paper.arxiv_version.is_(None) if arxiv_version is None else Paper.arxiv_version == arxiv_version
        )
        paper = session.scalar(select(Paper).where(Paper.arxiv_id == arxiv_id, version_clause))
        key = None
    elif source is not None:
        key = source.sha256
        paper = session.scalar(select(Paper).where(Paper.source_key == key))
    else:
        raise InvalidRecord(
            "a paper needs an arXiv id or the source it was read from",
            subject=repr(title or "untitled paper"),
            hint="pass arxiv_id=..., or source=<the stored local file>",
        )
    if paper is None:
        paper = Paper(arxiv_id=arxiv_id, arxiv_version=arxiv_version, source_key=key, authors=[])
        session.add(paper)
    updates: dict[str, Any] = {
        "title": title,
        "abstract": abstract,
        "published": published,
        "licence": licence,
        "url": url,
    }
    for name, value in updates.items():
        if value is not None:
            setattr(paper, name, value)
    if authors:
        paper.authors = [str(a) for a in authors]
    if source is not None and source.paper is not paper:
        source.paper = paper
    session.flush()
    return paper


# ---------------------------------------------------------------- extractions


def store_extraction(
    session: Session,
    source: Source,
    *,
    parser_version: str,
    extractor_version: str,
    passages: Iterable[Mapping[str, Any]],
    tables: Iterable[Mapping[str, Any]],
    claims: Iterable[Mapping[str, Any]],
) -> tuple[Extraction, bool]:
    """Store one extraction of ``source``; ``(extraction, created)``.

    The same source with the same parser and extractor versions gives the same output, so an
    extraction already stored is returned as it is (``created=False``) and the lists are not
    read. Different versions add a new extraction and keep the old ones.

    Passages, tables and claims go in as bulk inserts (thousands of rows: building ORM objects
    one by one cost more than the parse); the returned extraction's ``passages``, ``tables``
    and ``claims`` load from the database on first access, within the session.
    """
    for label, version in (("parser_version", parser_version), ("extractor_version", extractor_version)):
        if not isinstance(version, str) or not version.strip():
            raise InvalidRecord("must be a non-empty string", subject=f"{label} {version!r}")
    existing = session.scalar(
        select(Extraction).where(
            Extraction.source_id == source.id,
            Extraction.parser_version == parser_version,
            Extraction.extractor_version == extractor_version,
        )
    )
    if existing is not None:
        return existing, False
    rows = (
        (PassageRow, [passage_values(p) for p in passages]),
        (TableRow, [table_values(t) for t in tables]),
        (ClaimRow, [claim_values(i, c) for i, c in enumerate(claims)]),
    )  # every record checked before anything is written
    extraction = Extraction(source=source, parser_version=parser_version, extractor_version=extractor_version)
    session.add(extraction)
    session.flush()
    for model, values in rows:
        if values:  # one executemany per table, in the caller's transaction; rows keep list order
            session.execute(insert(model.__table__), [{**v, "extraction_id": extraction.id} for v in values])
    return extraction, True


def _sources_of(target: Paper | Source) -> Any:
    if isinstance(target, Paper):
        return select(Source.id).where(Source.paper_id == target.id)
    if isinstance(target, Source):
        return select(Source.id).where(Source.id == target.id)
    raise TypeError(f"expected a Paper or a Source, got {type(target).__name__}")


def latest_extraction(session: Session, paper_or_source: Paper | Source) -> Extraction | None:
    """The most recently stored extraction of a paper (over all its sources) or of one source."""
    return session.scalar(
        select(Extraction)
        .where(Extraction.source_id.in_(_sources_of(paper_or_source)))
        .order_by(Extraction.id.desc())
        .limit(1)
    )


def claims_for(
    session: Session,
    paper: Paper | Source,
    kind: str | Iterable[str] | None = None,
    extraction: Extraction | int | Literal["latest", "all"] = "latest",
) -> list[ClaimRow]:
    """Claims of a paper, in document order: of its latest extraction, of all, or of a given one.

    ``kind`` filters by one kind or several (``ClaimKind`` members work: they are strings).
    """
    query = select(ClaimRow)
    if extraction == "latest":
        latest = latest_extraction(session, paper)
        if latest is None:
            return []
        query = query.where(ClaimRow.extraction_id == latest.id)
    elif extraction == "all":
        query = query.join(Extraction).where(Extraction.source_id.in_(_sources_of(paper)))
    elif isinstance(extraction, Extraction):
        query = query.where(ClaimRow.extraction_id == extraction.id)
    elif isinstance(extraction, int):
        query = query.where(ClaimRow.extraction_id == extraction)
    else:
        raise InvalidRecord(
            "is not an extraction", subject=repr(extraction), hint="use 'latest', 'all', an Extraction or its id"
        )
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        query = query.where(ClaimRow.kind.in_([getattr(k, "value", k) for k in kinds]))
    return list(session.scalars(query.order_by(ClaimRow.extraction_id, ClaimRow.index)))


@dataclass(frozen=True)
class PaperSummary:
    """A paper with the counts of its latest extraction (zero when it has none yet)."""

    paper: Paper
    extraction: Extraction | None
    passages: int = 0
    tables: int = 0
    claims_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def claims(self) -> int:
        return sum(self.claims_by_kind.values())


def _counts(session: Session, column: Any, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(select(column, func.count()).where(column.in_(ids)).group_by(column))
    return {ext_id: n for ext_id, n in rows}


def list_papers(session: Session) -> list[PaperSummary]:
    """Every paper, oldest first, with passage/table/claim counts of its latest extraction."""
    papers = list(session.scalars(select(Paper).order_by(Paper.id)))
    latest_ids = dict(
        session.execute(
            select(Source.paper_id, func.max(Extraction.id))
            .join(Extraction, Extraction.source_id == Source.id)
            .where(Source.paper_id.is_not(None))
            .group_by(Source.paper_id)
        ).all()
    )
    ids = list(latest_ids.values())
    extractions = {e.id: e for e in session.scalars(select(Extraction).where(Extraction.id.in_(ids)))} if ids else {}
    passages = _counts(session, PassageRow.extraction_id, ids)
    tables = _counts(session, TableRow.extraction_id, ids)
    by_kind: dict[int, dict[str, int]] = {}
    if ids:
        for ext_id, kind, n in session.execute(
            select(ClaimRow.extraction_id, ClaimRow.kind, func.count())
            .where(ClaimRow.extraction_id.in_(ids))
            .group_by(ClaimRow.extraction_id, ClaimRow.kind)
        ):
            by_kind.setdefault(ext_id, {})[kind] = n
    out = []
    for paper in papers:
        ext_id = latest_ids.get(paper.id)
        out.append(
            PaperSummary(
                paper=paper,
                extraction=extractions.get(ext_id) if ext_id is not None else None,
                passages=passages.get(ext_id, 0) if ext_id is not None else 0,
                tables=tables.get(ext_id, 0) if ext_id is not None else 0,
                claims_by_kind=dict(sorted(by_kind.get(ext_id, {}).items())) if ext_id is not None else {},
            )
        )
    return out


# ---------------------------------------------------------------- finding a paper


def _not_found(session: Session, ref: str, message: str) -> PaperNotFound:
    candidates: list[str] = []
    for paper in session.scalars(select(Paper).order_by(Paper.id)):
        candidates.append(paper.ref)
        if paper.arxiv_id:
            candidates.append(paper.arxiv_id)
    for name, sha in session.execute(select(Source.original_name, Source.sha256).where(Source.paper_id.is_not(None))):
        if name:
            candidates.append(name)
        candidates.append(sha[:12])
    unique = list(dict.fromkeys(candidates))
    lowered = ref.lower()
    close = difflib.get_close_matches(ref, unique, n=5, cutoff=0.6)
    close += [c for c in unique if lowered and (lowered in c.lower() or c.lower() in lowered) and c not in close]
    close = close[:5]
    if close:
        hint = f"did you mean {', '.join(close)}?"
    elif not unique:
        hint = "no papers are stored yet: ingest one first"
    else:
        hint = "give a paper id, an arXiv id, a sha256 prefix of 8+ hex characters or a source file name"
    return PaperNotFound(message, subject=ref, hint=hint, matches=close)


def _one_paper(session: Session, ref: str, sources: list[Source], what: str) -> Paper | None:
    papers = {s.paper_id: s.paper for s in sources if s.paper is not None}
    if len(papers) == 1:
        return next(iter(papers.values()))
    if len(papers) > 1:
        refs = sorted(p.ref for p in papers.values())
        raise PaperNotFound(
            f"{what} matches {len(papers)} papers: {', '.join(refs)}",
            subject=ref,
            hint="give more characters, or an arXiv id",
            matches=refs,
        )
    if sources:
        raise PaperNotFound(
            f"{what} names a source that is not a paper (a synthesis report?)",
            subject=ref,
            hint="list syntheses with list_syntheses",
        )
    return None


def find_paper(session: Session, ref: str) -> Paper:
    """The paper named by ``ref``: a paper id, an arXiv id (with or without version), its
    ``local:<sha256[:12]>`` ref, a sha256 prefix of one of its sources (8 hex characters or more)
    or a source file name.

    An arXiv id without version gives its newest stored version. Raises
    :class:`~claims_db.errors.PaperNotFound` (a ``LookupError``) listing close matches.
    """
    text = (ref or "").strip()
    if not text:
        raise _not_found(session, str(ref), "an empty reference names no paper")
    if text.isdigit() and int(text) < 2**31:  # ids are 32-bit; longer digit runs may be sha prefixes
        paper = session.get(Paper, int(text))
        if paper is not None:
            return paper
    parts = _arxiv_parts(text)
    if parts is not None:
        arxiv_id, version = parts
        query = select(Paper).where(Paper.arxiv_id == arxiv_id)
        if version is not None:
            query = query.where(Paper.arxiv_version == version)
        papers = list(session.scalars(query))
        if papers:
            return max(papers, key=lambda p: (p.arxiv_version or 0, p.id))
        raise _not_found(session, text, "no stored paper has this arXiv id" + (" and version" if version else ""))
    m = SHA_PREFIX_RE.fullmatch(text)
    if m is not None:
        prefix = m.group(1).lower()
        sources = list(session.scalars(select(Source).where(Source.sha256.startswith(prefix, autoescape=True))))
        paper = _one_paper(session, text, sources, "sha256 prefix")
        if paper is not None:
            return paper
    name = PurePath(text).name
    sources = list(session.scalars(select(Source).where(Source.original_name.in_({text, name}))))
    if not sources:
        sources = list(
            session.scalars(select(Source).where(func.lower(Source.original_name).in_({text.lower(), name.lower()})))
        )
    paper = _one_paper(session, text, sources, "file name")
    if paper is not None:
        return paper
    raise _not_found(session, text, "no stored paper has this id, arXiv id, sha256 prefix or file name")
