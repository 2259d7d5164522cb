"""Synthesis reports: stored as published, idempotent, references linked to ingested papers."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy.orm import Session

from claims_db import store
from claims_db.engine import transaction
from claims_db.errors import InvalidRecord
from claims_db.models import Synthesis
from verifier.synthesis import Reference, SynthesisReport, ThirdPartyClaim

TEXT = b"# Quantization-Aware Training Effects on Pruned Transformer Reasoning\n..."
SHA = hashlib.sha256(TEXT).hexdigest()


def _report(parser_version: str = "s1") -> SynthesisReport:
    return SynthesisReport(
        sha256=SHA,
        title="Quantization-Aware Training Effects on Pruned Transformer Reasoning Under Latency Constraints",
        publisher="Assignee Research",
        published="May 30, 2026",
        research_question="What is the impact of quantization-aware training on pruned Transformers?",
        stated_paper_count=16,
        stated_claim_count=16,
        stated_verified_count=1,
        review_score=3.8,
        claims=[
            ThirdPartyClaim(
                row=0,
                text="The paper evaluates the emergence of essential sparsity",
                verified=True,
                confidence=0.28,
                line_no=39,
            ),
            ThirdPartyClaim(
                row=1,
                text="Evaluation metrics include Matched Accuracy for MNLI ... fo",
                verified=False,
                confidence=0.04,
                line_no=54,
                truncated=True,
            ),
        ],
        references=[
            Reference(url="https://arxiv.org/abs/2306.03805v2", arxiv_id="2306.03805", arxiv_version=2, line_no=60),
            Reference(url="https://arxiv.org/abs/2210.17323", arxiv_id="2210.17323", line_no=61),
            Reference(url="https://example.org/blog", line_no=62),
        ],
        parser_version=parser_version,
    )


def _store(s: Session, parser_version: str = "s1"):
    source, _ = store.store_source(
        s, sha256=SHA, media_type="text/plain", size=len(TEXT), name="synthesis-report.txt", blob_path=f"blobs/{SHA}"
    )
    return store.store_synthesis(s, source, _report(parser_version).model_dump(mode="json"))


def test_stored_as_published_and_idempotent(db_engine):
    with transaction(db_engine) as s:
        first, created = _store(s)
        again, created_again = _store(s)
        assert created and not created_again and again.id == first.id
    with Session(db_engine) as s:
        syn = s.get(Synthesis, first.id)
        assert (syn.review_score, syn.stated_verified_count, syn.publisher) == (3.8, 1, "Assignee Research")
        assert [(c.row, c.verified, c.confidence, c.truncated) for c in syn.claims] == [
            (0, True, 0.28, False),
            (1, False, 0.04, True),
        ]
        assert [r.arxiv_id for r in syn.references] == ["2306.03805", "2210.17323", None]
        (summary,) = store.list_syntheses(s)
        assert (summary.claims, summary.marked_verified, summary.references, summary.linked_references) == (2, 1, 3, 0)


def test_new_parser_version_adds_a_synthesis(db_engine):
    with transaction(db_engine) as s:
        a, _ = _store(s, "s1")
        b, created = _store(s, "s2")
        assert created and a.id != b.id and a.source_id == b.source_id


def test_report_from_other_bytes_is_refused(db_engine):
    with Session(db_engine) as s:
        other, _ = store.store_source(s, sha256="0" * 64, media_type="text/plain", size=1, name=None, blob_path="x")
        with pytest.raises(InvalidRecord, match="not from source"):
            store.store_synthesis(s, other, _report().model_dump(mode="json"))


def test_references_are_linked_once_their_paper_is_ingested(db_engine, ingest):
    with transaction(db_engine) as s:
        syn, _ = _store(s)
        gptq, *_ = ingest(s)  # 2210.17323v2
        linked = store.link_references(s, gptq)
        assert [r.line_no for r in linked] == [61]
        v1 = store.upsert_paper(s, arxiv_id="2306.03805", arxiv_version=1)
        assert store.link_references(s, v1) == []  # the reference names v2
        with pytest.raises(InvalidRecord, match="cites arXiv 2306.03805v2"):
            store.link_reference(s, syn.references[0], v1)
        v2 = store.upsert_paper(s, arxiv_id="2306.03805", arxiv_version=2)
        assert store.link_reference(s, syn.references[0], v2).paper_id == v2.id
        blog = syn.references[2]  # no arXiv id: the caller decides what it cites
        assert store.link_reference(s, blog, v2).paper_id == v2.id
        with pytest.raises(InvalidRecord, match="already linked"):
            store.link_reference(s, blog, gptq)
    with Session(db_engine) as s:
        (summary,) = store.list_syntheses(s)
        assert summary.linked_references == 3
