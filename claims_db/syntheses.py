"""Synthesis reports: a machine-written review stored exactly as published, and its references.

A synthesis is a source like a paper, but what it says is third-party: its claims keep the
report's own verified mark and confidence, which say nothing about ours. A reference is linked
to a paper once that paper is ingested, so a report can show which citations were checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from claims_db.errors import InvalidRecord
from claims_db.models import Paper, Source, Synthesis, SynthesisClaim, SynthesisReference
from claims_db.records import reference_row, synthesis_claim_row, synthesis_fields


def store_synthesis(session: Session, source: Source, report: Mapping[str, Any]) -> tuple[Synthesis, bool]:
    """Store a synthesis report (``SynthesisReport.model_dump(mode="json")``) read from ``source``.

    One row per source and parser version: storing it again returns the first (``created=False``).
    """
    fields = synthesis_fields(report)
    if fields["sha256"] is not None and fields["sha256"] != source.sha256:
        raise InvalidRecord(
            f"was parsed from {fields['sha256'][:12]}, not from source {source.sha256[:12]}",
            subject="synthesis report",
            hint="store the report with the source it was read from",
        )
    existing = session.scalar(
        select(Synthesis).where(Synthesis.source_id == source.id, Synthesis.parser_version == fields["parser_version"])
    )
    if existing is not None:
        return existing, False
    claims = [synthesis_claim_row(c, i) for i, c in enumerate(fields.pop("claims") or [])]
    references = [reference_row(r, i) for i, r in enumerate(fields.pop("references") or [])]
    fields.pop("sha256")
    synthesis = Synthesis(source=source, claims=claims, references=references, **fields)
    session.add(synthesis)
    session.flush()
    return synthesis, True


def _reference_fits(reference: SynthesisReference, paper: Paper) -> bool:
    if reference.arxiv_id is None or paper.arxiv_id is None:
        return True  # a non-arXiv reference may be linked to any paper the caller chose
    if reference.arxiv_id != paper.arxiv_id:
        return False
    return reference.arxiv_version is None or reference.arxiv_version == paper.arxiv_version


def link_reference(session: Session, reference: SynthesisReference, paper: Paper) -> SynthesisReference:
    """Record that ``reference`` was ingested as ``paper``. Set once; a different paper is refused."""
    if not _reference_fits(reference, paper):
        raise InvalidRecord(
            f"cites arXiv {reference.arxiv_id}"
            + (f"v{reference.arxiv_version}" if reference.arxiv_version else "")
            + f", not paper {paper.ref}",
            subject=f"reference on line {reference.line_no}",
            hint="link it to the paper it cites",
        )
    if reference.paper_id is not None and reference.paper_id != paper.id:
        raise InvalidRecord(
            f"is already linked to paper {reference.paper_id}",
            subject=f"reference on line {reference.line_no}",
            hint="a link records an ingest and is not moved",
        )
    reference.paper = paper
    session.flush()
    return reference


def link_references(session: Session, paper: Paper) -> list[SynthesisReference]:
    """Link every unlinked reference that cites ``paper``'s arXiv id (any version if unstated)."""
    if paper.arxiv_id is None:
        return []
    refs = session.scalars(
        select(SynthesisReference).where(
            SynthesisReference.arxiv_id == paper.arxiv_id, SynthesisReference.paper_id.is_(None)
        )
    )
    linked = [link_reference(session, r, paper) for r in refs if _reference_fits(r, paper)]
    return linked


@dataclass(frozen=True)
class SynthesisSummary:
    synthesis: Synthesis
    claims: int
    marked_verified: int  # claims the report itself marked verified (its claim, not ours)
    references: int
    linked_references: int


def list_syntheses(session: Session) -> list[SynthesisSummary]:
    """Every stored synthesis, oldest first, with its claim and reference counts."""
    syntheses = list(session.scalars(select(Synthesis).order_by(Synthesis.id)))
    claim_counts = {
        sid: (n, int(v or 0))
        for sid, n, v in session.execute(
            select(
                SynthesisClaim.synthesis_id,
                func.count(),
                func.sum(cast(SynthesisClaim.verified, Integer)),
            ).group_by(SynthesisClaim.synthesis_id)
        )
    }
    ref_counts = {
        sid: (n, linked)
        for sid, n, linked in session.execute(
            select(SynthesisReference.synthesis_id, func.count(), func.count(SynthesisReference.paper_id)).group_by(
                SynthesisReference.synthesis_id
            )
        )
    }
    return [
        SynthesisSummary(
            synthesis=s,
            claims=claim_counts.get(s.id, (0, 0))[0],
            marked_verified=claim_counts.get(s.id, (0, 0))[1],
            references=ref_counts.get(s.id, (0, 0))[0],
            linked_references=ref_counts.get(s.id, (0, 0))[1],
        )
        for s in syntheses
    ]
