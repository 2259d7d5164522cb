"""The schema: one table per stored noun, SQLAlchemy 2 typed models.

A paper has sources (the bytes we ingested, content-addressed by sha256); each source has
extractions (one per parser/extractor version pair, never overwritten), and an extraction owns
its passages, tables and claims. A synthesis report is a source too, with its third-party
claims and references. Reproduction runs are immutable once terminal.

Rows are views of the pipeline's pydantic models, not restatements of them: a ``ClaimRow``
keeps typed columns only for the fields we query and the whole ``Claim`` as JSON in ``data``.

Portability: JSON (JSONB on PostgreSQL), timezone-aware UTC timestamps on both SQLite and
PostgreSQL, and named constraints so that migrations can refer to them by name.
``migrations/versions`` must create exactly this schema; a test compares the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from claims_db.errors import RunImmutable

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RUN_STATUSES = ("running", "ok", "failed", "killed", "timeout", "interrupted", "refused")
TERMINAL_STATUSES = frozenset(RUN_STATUSES) - {"running"}

JSONType = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no zone, so values are converted to UTC before they are written and tagged
    UTC when read; PostgreSQL stores ``timestamptz``. A naive datetime is refused: its zone
    would be a guess.
    """

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} refused: pass a timezone-aware value")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Paper(Base):
    """A paper: an arXiv id and version, or a local file keyed by its source's sha256."""

    __tablename__ = "papers"
    __table_args__ = (
        UniqueConstraint("arxiv_id", "arxiv_version"),
        UniqueConstraint("source_key"),
        CheckConstraint("arxiv_id IS NOT NULL OR source_key IS NOT NULL", name="identified"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    arxiv_id: Mapped[str | None] = mapped_column(String(64))
    arxiv_version: Mapped[int | None] = mapped_column(Integer)
    source_key: Mapped[str | None] = mapped_column(String(64))  # sha256 of a local file without arXiv id
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSONType, default=list)
    abstract: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(64))  # ISO date as the source gave it
    licence: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    sources: Mapped[list[Source]] = relationship(back_populates="paper", order_by="Source.id")

    @property
    def ref(self) -> str:
        """How people name this paper: ``2306.03805v2``, ``2306.03805``, or ``local:<sha256[:12]>``."""
        if self.arxiv_id:
            return f"{self.arxiv_id}v{self.arxiv_version}" if self.arxiv_version else self.arxiv_id
        return f"local:{(self.source_key or '')[:12]}"


class Source(Base):
    """The exact bytes we ingested: content-addressed, with where they came from."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paper_id: Mapped[int | None] = mapped_column(ForeignKey("papers.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str | None] = mapped_column(Text)
    original_url: Mapped[str | None] = mapped_column(Text)
    blob_path: Mapped[str] = mapped_column(Text)
    retrieved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    paper: Mapped[Paper | None] = relationship(back_populates="sources")
    extractions: Mapped[list[Extraction]] = relationship(back_populates="source", order_by="Extraction.id")
    syntheses: Mapped[list[Synthesis]] = relationship(back_populates="source", order_by="Synthesis.id")


class Extraction(Base):
    """One parse + claim extraction of a source by given versions; a new version adds a row."""

    __tablename__ = "extractions"
    __table_args__ = (UniqueConstraint("source_id", "parser_version", "extractor_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    parser_version: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    source: Mapped[Source] = relationship(back_populates="extractions")
    passages: Mapped[list[PassageRow]] = relationship(
        back_populates="extraction", order_by="PassageRow.index", cascade="all, delete-orphan"
    )
    tables: Mapped[list[TableRow]] = relationship(
        back_populates="extraction", order_by="TableRow.index", cascade="all, delete-orphan"
    )
    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="extraction", order_by="ClaimRow.index", cascade="all, delete-orphan"
    )


class PassageRow(Base):
    """A ``verifier.documents.Passage``, column for column."""

    __tablename__ = "passages"
    __table_args__ = (UniqueConstraint("extraction_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    page: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    section: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text)
    offsets: Mapped[list[int]] = mapped_column(JSONType)
    bbox: Mapped[list[float]] = mapped_column(JSONType)
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    column: Mapped[int] = mapped_column(Integer, default=0)

    extraction: Mapped[Extraction] = relationship(back_populates="passages")


class TableRow(Base):
    """A ``verifier.documents.Table``: its cells as JSON (they are read together, never queried)."""

    __tablename__ = "tables"
    __table_args__ = (UniqueConstraint("extraction_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    page: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(64))
    caption: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    bbox: Mapped[list[float]] = mapped_column(JSONType)
    n_rows: Mapped[int] = mapped_column(Integer)
    n_cols: Mapped[int] = mapped_column(Integer)
    header_rows: Mapped[int] = mapped_column(Integer, default=1)
    header_cols: Mapped[int] = mapped_column(Integer, default=1)
    method: Mapped[str] = mapped_column(String(16))
    cells: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)

    extraction: Mapped[Extraction] = relationship(back_populates="tables")


class ClaimRow(Base):
    """A ``verifier.claims.Claim``: typed columns for what we filter on, the whole claim in ``data``.

    ``data`` is ``Claim.model_dump(mode="json")``; ``Claim.model_validate(row.data)`` gives the
    claim back. The typed columns are derived from it when stored and never edited alone.
    """

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("extraction_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)  # order within the extraction
    kind: Mapped[str] = mapped_column(String(16), index=True)
    origin: Mapped[str] = mapped_column(String(16))
    method_family: Mapped[str | None] = mapped_column(String(16), index=True)
    method_name: Mapped[str | None] = mapped_column(String(128))
    model: Mapped[str | None] = mapped_column(String(256))
    dataset: Mapped[str | None] = mapped_column(String(256))
    metric: Mapped[str | None] = mapped_column(String(256))
    bits: Mapped[float | None] = mapped_column(Float)
    sparsity: Mapped[float | None] = mapped_column(Float)
    hardware: Mapped[str | None] = mapped_column(String(256))
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    page: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    passage_index: Mapped[int | None] = mapped_column(Integer)
    char_start: Mapped[int | None] = mapped_column(Integer)
    char_end: Mapped[int | None] = mapped_column(Integer)
    table_index: Mapped[int | None] = mapped_column(Integer)
    row: Mapped[int | None] = mapped_column(Integer)
    col: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)

    extraction: Mapped[Extraction] = relationship(back_populates="claims")


class Synthesis(Base):
    """A machine-written synthesis report (``verifier.synthesis.SynthesisReport``) as published."""

    __tablename__ = "syntheses"
    __table_args__ = (UniqueConstraint("source_id", "parser_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(64))  # as written, e.g. "May 30, 2026"
    research_question: Mapped[str | None] = mapped_column(Text)
    stated_paper_count: Mapped[int | None] = mapped_column(Integer)
    stated_claim_count: Mapped[int | None] = mapped_column(Integer)
    stated_verified_count: Mapped[int | None] = mapped_column(Integer)
    review_score: Mapped[float | None] = mapped_column(Float)
    parser_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    source: Mapped[Source] = relationship(back_populates="syntheses")
    claims: Mapped[list[SynthesisClaim]] = relationship(
        back_populates="synthesis", order_by="SynthesisClaim.row", cascade="all, delete-orphan"
    )
    references: Mapped[list[SynthesisReference]] = relationship(
        back_populates="synthesis", order_by="SynthesisReference.id", cascade="all, delete-orphan"
    )


class SynthesisClaim(Base):
    """A third-party claim exactly as the synthesis published it, with its published mark."""

    __tablename__ = "synthesis_claims"
    __table_args__ = (UniqueConstraint("synthesis_id", "row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    synthesis_id: Mapped[int] = mapped_column(ForeignKey("syntheses.id", ondelete="CASCADE"))
    row: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    line_no: Mapped[int] = mapped_column(Integer)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)

    synthesis: Mapped[Synthesis] = relationship(back_populates="claims")


class SynthesisReference(Base):
    """A reference of a synthesis; ``paper_id`` is set once the referenced paper is ingested."""

    __tablename__ = "synthesis_references"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    synthesis_id: Mapped[int] = mapped_column(ForeignKey("syntheses.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    arxiv_id: Mapped[str | None] = mapped_column(String(64), index=True)
    arxiv_version: Mapped[int | None] = mapped_column(Integer)
    line_no: Mapped[int] = mapped_column(Integer)
    paper_id: Mapped[int | None] = mapped_column(ForeignKey("papers.id", ondelete="SET NULL"), index=True)

    synthesis: Mapped[Synthesis] = relationship(back_populates="references")
    paper: Mapped[Paper | None] = relationship()


class ReproRun(Base):
    """One sealed reproduction run. Written ``running``, finished once, then never changed."""

    __tablename__ = "repro_runs"
    __table_args__ = (CheckConstraint("status IN (" + ", ".join(f"'{s}'" for s in RUN_STATUSES) + ")", name="status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # uuid4, as text
    bundle_id: Mapped[str] = mapped_column(String(128), index=True)
    bundle_version: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(128))
    size: Mapped[str] = mapped_column(String(32))  # "smoke" or "full"
    device: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    seeds: Mapped[list[int]] = mapped_column(JSONType, default=list)
    status: Mapped[str] = mapped_column(String(16), index=True, default="running")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    result_sha256: Mapped[str | None] = mapped_column(String(64))
    log_sha256: Mapped[str | None] = mapped_column(String(64))
    log_text: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    sandbox: Mapped[dict[str, Any] | None] = mapped_column(JSONType)

    claim: Mapped[ClaimRow | None] = relationship()

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES


@event.listens_for(ReproRun, "before_update")
def _refuse_terminal_update(mapper: Any, connection: Any, run: ReproRun) -> None:
    """Guard at the mapper, whatever code path tries: a terminal run is a record, not a draft.

    The stored status is read from the database in the flushing transaction, so the guard
    holds even for an object whose loaded state is stale.
    """
    stored = connection.scalar(select(ReproRun.status).where(ReproRun.id == run.id))
    if stored in TERMINAL_STATUSES:
        raise RunImmutable(
            f"run is already {stored!r} and cannot change",
            subject=f"run {run.id}",
            hint="start a new run instead of editing a finished one",
        )


@event.listens_for(ReproRun, "before_delete")
def _refuse_terminal_delete(mapper: Any, connection: Any, run: ReproRun) -> None:
    stored = connection.scalar(select(ReproRun.status).where(ReproRun.id == run.id))
    if stored in TERMINAL_STATUSES:
        raise RunImmutable(
            f"run is {stored!r} and cannot be deleted",
            subject=f"run {run.id}",
            hint="finished runs are evidence and are kept",
        )


# The assessment tables (groundings, plans, verdicts, gates, corrections) live in their own
# module; importing it here puts them on Base.metadata for migrations and comparisons.
from claims_db import assessments as _assessments  # noqa: E402,F401
