"""Gate 1 persistence: ground stored claims and keep every grounding as its own row.

``verifier ground PAPER`` checks each claim of the paper's latest extraction against its
anchor (:func:`verifier.anchors.check_anchor`); ``verifier ground s:N`` re-checks each
third-party claim of a synthesis against the papers it cites (those ingested and linked),
plus any given with ``--against``. A grounding row records claim, sources searched, verdict,
score, evidence spans and method version. Rerunning with the same method version adds
nothing; a newer method version adds rows beside the old ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from verifier.config import Settings
from verifier.documents import LineSpan, ParsedDocument, Passage, Table, TableCell
from verifier.ingest import open_database, storage_errors


@dataclass
class GroundOutcome:
    subject: str
    method_version: str
    verdicts: Counter = field(default_factory=Counter)
    added: int = 0
    kept: int = 0  # claims already grounded with this method version
    sources: list[str] = field(default_factory=list)
    semantic: bool | None = None

    def summary(self) -> str:
        v = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(self.verdicts.items())) or "no claims"
        sem = "" if self.semantic is None else (" (BM25 + MiniLM)" if self.semantic else " (BM25 only)")
        return (f"{self.subject}: grounded with {self.method_version}{sem}: {v}; "
                f"{self.added} new grounding rows, {self.kept} already current")


def document_of(extraction) -> ParsedDocument:
    """The ParsedDocument an extraction was made from, rebuilt from its stored rows."""
    source = extraction.source
    passages = [
        Passage(index=p.index, page=p.page, kind=p.kind, section=p.section, text=p.text, raw_text=p.raw_text,
                offsets=p.offsets, bbox=tuple(p.bbox), lines=[LineSpan(**ln) for ln in p.lines or []], column=p.column)
        for p in extraction.passages
    ]
    tables = [
        Table(index=t.index, page=t.page, label=t.label, caption=t.caption, bbox=tuple(t.bbox), n_rows=t.n_rows,
              n_cols=t.n_cols, header_rows=t.header_rows, header_cols=t.header_cols, method=t.method,
              section=t.section, cells=[TableCell(**c) for c in t.cells])
        for t in extraction.tables
    ]
    n_pages = max([p.page for p in passages] + [t.page for t in tables] + [1])
    return ParsedDocument(sha256=source.sha256, media_type=source.media_type, n_pages=n_pages, passages=passages,
                          tables=tables, parser_version=extraction.parser_version)


def _existing(session, column, ids: list[int], version: str) -> set[int]:
    from sqlalchemy import select

    from claims_db.assessments import GroundingRow

    if not ids:
        return set()
    rows = session.execute(select(column).where(column.in_(ids), GroundingRow.method_version == version))
    return {r[0] for r in rows}


def ground_paper(settings: Settings, ref: str, *, progress: Callable[[str], None] | None = None) -> GroundOutcome:
    """Gate 1 for every claim of a paper's latest extraction: anchor and numbers."""
    from claims_db import store
    from claims_db.assessments import GroundingRow
    from claims_db.engine import transaction
    from verifier.claims import Claim
    from verifier.errors import NotFound
    from verifier import grounding
    from verifier.anchors import check_anchor

    progress = progress or (lambda m: None)
    METHOD_VERSION = grounding.METHOD_VERSION  # read at call time: a newer method adds rows
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        paper = store.find_paper(s, ref)
        extraction = store.latest_extraction(s, paper)
        if extraction is None:
            raise NotFound("the paper has no extraction to ground", subject=ref, hint="ingest it first")
        doc = document_of(extraction)
        out = GroundOutcome(subject=paper.ref, method_version=METHOD_VERSION, sources=[doc.sha256])
        rows = list(extraction.claims)
        done = _existing(s, GroundingRow.claim_id, [r.id for r in rows], METHOD_VERSION)
        for i, row in enumerate(rows):
            if row.id in done:
                out.kept += 1
                continue
            g = check_anchor(Claim.model_validate(row.data), doc)
            out.verdicts[g.verdict.value] += 1
            s.add(GroundingRow(claim_id=row.id, verdict=g.verdict.value, score=g.score,
                               evidence=[e.model_dump(mode="json") for e in g.evidence], reasons=g.reasons,
                               sources=[doc.sha256], method_version=METHOD_VERSION))
            out.added += 1
            if (i + 1) % 100 == 0:
                progress(f"{paper.ref}: {i + 1}/{len(rows)} claims checked")
        if out.kept and not out.added:
            out.verdicts.update(_current_verdicts(s, GroundingRow.claim_id, [r.id for r in rows], METHOD_VERSION))
    return out


def _current_verdicts(session, column, ids, version) -> Counter:
    from sqlalchemy import select

    from claims_db.assessments import GroundingRow

    rows = session.execute(select(GroundingRow.verdict).where(column.in_(ids), GroundingRow.method_version == version))
    return Counter(r[0] for r in rows)


def ground_synthesis(settings: Settings, ref: str, *, against: list[str] = (), semantic: bool | None = None,
                     progress: Callable[[str], None] | None = None) -> GroundOutcome:
    """Gate 1 for a synthesis's third-party claims against the papers it cites (and ``against``)."""
    from claims_db import store
    from claims_db.assessments import GroundingRow
    from claims_db.engine import transaction
    from verifier import grounding
    from verifier.grounding import Grounding, Verdict, ground_text
    from verifier.queries import _synthesis
    from verifier.retrieval import Retriever, units_of

    progress = progress or (lambda m: None)
    METHOD_VERSION = grounding.METHOD_VERSION  # read at call time: a newer method adds rows
    engine = open_database(settings)
    with storage_errors(ref), transaction(engine) as s:
        syn = _synthesis(s, ref)
        papers = [r.paper for r in syn.references if r.paper is not None]
        papers += [store.find_paper(s, a) for a in against]
        docs, seen = [], set()
        for p in papers:
            ext = store.latest_extraction(s, p)
            if ext is not None and ext.source.sha256 not in seen:
                seen.add(ext.source.sha256)
                docs.append(document_of(ext))
        out = GroundOutcome(subject=f"s:{syn.id}", method_version=METHOD_VERSION, sources=[d.sha256 for d in docs])
        claims = list(syn.claims)
        done = _existing(s, GroundingRow.synthesis_claim_id, [c.id for c in claims], METHOD_VERSION)
        todo = [c for c in claims if c.id not in done]
        out.kept = len(claims) - len(todo)
        retriever = None
        if todo and docs:
            progress(f"s:{syn.id}: indexing {len(docs)} cited papers")
            units = [u for d in docs for u in units_of(d)]
            retriever = Retriever(units, semantic=semantic)
            out.semantic = retriever.semantic_used
        for i, c in enumerate(todo):
            if retriever is None:
                g = Grounding(verdict=Verdict.not_found, score=0.0,
                              reasons=["none of the cited papers is ingested: nothing to check against"])
            else:
                g = ground_text(c.text, retriever)
                if c.truncated:
                    g = g.model_copy(update={"reasons": g.reasons + ["the report cut this claim off"]})
            out.verdicts[g.verdict.value] += 1
            s.add(GroundingRow(synthesis_claim_id=c.id, verdict=g.verdict.value, score=g.score,
                               evidence=[e.model_dump(mode="json") for e in g.evidence], reasons=g.reasons,
                               sources=out.sources, method_version=METHOD_VERSION))
            out.added += 1
            progress(f"s:{syn.id}: claim {i + 1}/{len(todo)}: {g.verdict.value}")
        if out.kept and not out.added:
            out.verdicts.update(_current_verdicts(s, GroundingRow.synthesis_claim_id, [c.id for c in claims],
                                                  METHOD_VERSION))
    return out


def latest_groundings(session, target: str, ids: list[int]) -> dict[int, Any]:
    """The newest grounding row per claim id (``target`` "claim" or "synthesis_claim")."""
    from sqlalchemy import select

    from claims_db.assessments import GroundingRow

    column = GroundingRow.claim_id if target == "claim" else GroundingRow.synthesis_claim_id
    out: dict[int, Any] = {}
    if not ids:
        return out
    for row in session.scalars(select(GroundingRow).where(column.in_(ids)).order_by(GroundingRow.id)):
        out[getattr(row, "claim_id" if target == "claim" else "synthesis_claim_id")] = row
    return out


def grounding_lines(session, target: str, ids: list[int]) -> list[str]:
    """Text lines for `verifier claims --evidence`: each claim's latest grounding and its quote."""
    rows = latest_groundings(session, target, ids)
    if not rows:
        return ["  (not grounded yet: run `verifier ground` on it)"]
    lines = ["", "  Gate 1 (grounding):"]
    for cid in ids:
        g = rows.get(cid)
        if g is None:
            lines.append(f"  [{cid}] not grounded yet")
            continue
        lines.append(f"  [{cid}] {g.verdict.replace('_', ' ')} (score {g.score:.2f}, {g.method_version})")
        for e in (g.evidence or [])[:1]:
            lines.append(f"        evidence p.{e['page']}: “{e['quote'][:220]}”")
        if g.reasons:
            lines.append(f"        why: {'; '.join(g.reasons)[:220]}")
    return lines
