"""Sources, papers and extractions: idempotent re-ingest, versions kept, atomic ingest, JSON roundtrip."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims_db import store
from claims_db.engine import transaction
from claims_db.errors import InvalidRecord, StoreError
from claims_db.models import ClaimRow, Extraction, Paper, PassageRow, Source, TableRow
from verifier.claims import Claim
from verifier.documents import Passage, Table

ALL_TABLES = (Paper, Source, Extraction, PassageRow, TableRow, ClaimRow)


def _count(session: Session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_reingesting_the_same_bytes_changes_nothing(db_engine, ingest):
    with transaction(db_engine) as s:
        paper, source, first, created = ingest(s)
        assert created
    with transaction(db_engine) as s:
        counts = {m.__tablename__: _count(s, m) for m in ALL_TABLES}
        paper2, source2, again, created = ingest(s)
        assert not created
        assert (paper2.id, source2.id, again.id) == (paper.id, source.id, first.id)
        assert {m.__tablename__: _count(s, m) for m in ALL_TABLES} == counts
    assert counts == {"papers": 1, "sources": 1, "extractions": 1, "passages": 3, "tables": 1, "claims": 3}


def test_new_extractor_version_adds_an_extraction_and_keeps_the_old(db_engine, ingest):
    with transaction(db_engine) as s:
        paper, _, old, _ = ingest(s, extractor_version="x1")
    with transaction(db_engine) as s:
        _, _, new, created = ingest(s, extractor_version="x2")
        assert created and new.id != old.id
    with Session(db_engine) as s:
        paper = s.get(Paper, paper.id)
        assert store.latest_extraction(s, paper).extractor_version == "x2"
        versions = [e.extractor_version for e in s.scalars(select(Extraction).order_by(Extraction.id))]
        assert versions == ["x1", "x2"]
        latest = store.claims_for(s, paper)
        assert {c.data["extractor_version"] for c in latest} == {"x2"}
        everything = store.claims_for(s, paper, extraction="all")
        assert len(everything) == 2 * len(latest)
        old_claims = store.claims_for(s, paper, extraction=old.id)
        assert {c.data["extractor_version"] for c in old_claims} == {"x1"}


def test_failing_ingest_leaves_no_rows(db_engine, ingest):
    with pytest.raises(RuntimeError, match="parser crashed"):
        with transaction(db_engine) as s:
            ingest(s)
            raise RuntimeError("parser crashed after the extraction was stored")
    with Session(db_engine) as s:
        assert {m.__tablename__: _count(s, m) for m in ALL_TABLES} == {m.__tablename__: 0 for m in ALL_TABLES}


def test_invalid_record_mid_ingest_rolls_back_the_source_too(db_engine, make_records):
    records = make_records("x1")
    records["passages"][1]["font_size"] = 9.5  # a field with no column
    with pytest.raises(InvalidRecord, match="font_size") as info:
        with transaction(db_engine) as s:
            source, _ = store.store_source(
                s, sha256="a" * 64, media_type="application/pdf", size=3, name="x.pdf", blob_path="b"
            )
            store.store_extraction(s, source, parser_version="p1", extractor_version="x1", **records)
    assert info.value.subject == "passage 1"
    assert "migration" in info.value.hint
    with Session(db_engine) as s:
        assert _count(s, Source) == 0


@pytest.mark.parametrize("where, bad, subject", [
    ("passages", {"offsets": [0, 1, float("nan")]}, "passage 0 offsets"),
    ("passages", {"bbox": [0, 0, object(), 1]}, "passage 0 bbox"),
    ("passages", {"text": float("inf")}, "passage 0 text"),
    ("claims", {"confidence": float("nan")}, "claim 0"),
])
def test_values_json_cannot_hold_are_refused_and_nothing_is_written(db_engine, make_records, where, bad, subject):
    records = make_records("x1")
    records[where][0].update(bad)
    with pytest.raises(InvalidRecord, match="cannot be stored as JSON") as info:
        with transaction(db_engine) as s:
            source, _ = store.store_source(
                s, sha256="e" * 64, media_type="application/pdf", size=3, name="x.pdf", blob_path="b"
            )
            store.store_extraction(s, source, parser_version="p1", extractor_version="x1", **records)
    assert info.value.subject == subject
    with Session(db_engine) as s:
        assert _count(s, Source) == 0 and _count(s, PassageRow) == 0


def test_json_columns_hold_json_documents_not_quoted_strings(db_engine, ingest, make_records):
    """The bulk insert hands the engine pre-encoded JSON; what lands is the document itself."""
    import enum

    class Kind(str, enum.Enum):
        body = "body"

    records = make_records("x1")
    records["passages"][0]["kind"] = Kind.body  # a str enum is stored as its value
    with transaction(db_engine) as s:
        source, _ = store.store_source(s, sha256="f" * 64, media_type="application/pdf", size=3, name="x.pdf",
                                       blob_path="b")
        store.store_extraction(s, source, parser_version="p1", extractor_version="x1", **records)
    with Session(db_engine) as s:
        row = s.scalars(select(PassageRow).order_by(PassageRow.index)).first()
        assert row.kind == "body" and type(row.kind) is str
        assert row.offsets == records["passages"][0]["offsets"] and isinstance(row.offsets, list)
        kind = s.scalar(select(func.json_type(PassageRow.offsets)) if db_engine.dialect.name == "sqlite"
                        else select(func.jsonb_typeof(PassageRow.offsets)))
        assert kind == "array"
        claim = s.scalars(select(ClaimRow).order_by(ClaimRow.index)).first()
        assert isinstance(claim.data, dict) and claim.data["anchor"]["quote"] == claim.quote


def test_sha256_is_unique_in_the_database(db_engine):
    with transaction(db_engine) as s:
        s.add(Source(sha256="b" * 64, media_type="application/pdf", size=1, blob_path="x"))
    with pytest.raises(StoreError, match="refused") as info:
        with transaction(db_engine) as s:
            s.add(Source(sha256="b" * 64, media_type="text/plain", size=2, blob_path="y"))
    assert info.value.__cause__ is not None
    with Session(db_engine) as s:
        assert _count(s, Source) == 1


def test_store_source_returns_the_first_row_for_the_same_bytes(db_engine):
    with transaction(db_engine) as s:
        first, created = store.store_source(
            s, sha256="c" * 64, media_type="application/pdf", size=10, name="one.pdf", blob_path="blobs/c"
        )
        again, created_again = store.store_source(
            s, sha256="c" * 64, media_type="application/pdf", size=10, name="renamed.pdf", blob_path="blobs/c"
        )
        assert created and not created_again
        assert again.id == first.id and again.original_name == "one.pdf"


@pytest.mark.parametrize("db_backend", ["sqlite"])  # refused before any SQL: one backend is enough
def test_store_source_refuses_what_is_not_a_sha256(db_engine):
    with Session(db_engine) as s:
        for bad in ["C" * 64, "c" * 63, "z" * 64, "", None]:
            with pytest.raises(InvalidRecord, match="sha256"):
                store.store_source(s, sha256=bad, media_type="application/pdf", size=1, name=None, blob_path="x")


def test_claim_json_roundtrip(db_engine, ingest, sample_claims):
    with transaction(db_engine) as s:
        paper, *_ = ingest(s)
    with Session(db_engine) as s:
        rows = store.claims_for(s, s.get(Paper, paper.id))
    assert [Claim.model_validate(r.data) for r in rows] == sample_claims
    comparison, setup, cell = rows
    assert (comparison.kind, comparison.method_family, comparison.method_name) == ("comparison", "ptq", "GPTQ")
    assert (comparison.value, comparison.unit, comparison.bits) == (0.3, "ppl", 4.0)
    assert (comparison.passage_index, comparison.char_start) == (1, 0)
    assert comparison.char_end == len(comparison.quote)
    assert (cell.origin, cell.table_index, cell.row, cell.col) == ("table", 0, 2, 2)
    assert (cell.sparsity, cell.hardware, cell.page) == (0.5, "A100", 2)
    assert setup.method_family is None and setup.value is None


def test_passages_and_tables_roundtrip(db_engine, ingest, make_records):
    with transaction(db_engine) as s:
        _, _, extraction, _ = ingest(s)
    records = make_records("x1")
    with Session(db_engine) as s:
        ext = s.get(Extraction, extraction.id)
        passages = [
            Passage.model_validate(
                {
                    c: getattr(p, c)
                    for c in (
                        "index",
                        "page",
                        "kind",
                        "section",
                        "text",
                        "raw_text",
                        "offsets",
                        "bbox",
                        "lines",
                        "column",
                    )
                }
            )
            for p in ext.passages
        ]
        tables = [
            Table.model_validate(
                {
                    c: getattr(t, c)
                    for c in (
                        "index",
                        "page",
                        "label",
                        "caption",
                        "section",
                        "bbox",
                        "n_rows",
                        "n_cols",
                        "header_rows",
                        "header_cols",
                        "method",
                        "cells",
                    )
                }
            )
            for t in ext.tables
        ]
    assert [p.model_dump(mode="json") for p in passages] == records["passages"]
    assert [t.model_dump(mode="json") for t in tables] == records["tables"]


def test_claims_filter_by_kind(db_engine, ingest, sample_claims):
    with transaction(db_engine) as s:
        paper, *_ = ingest(s)
        assert [c.kind for c in store.claims_for(s, paper, kind="setup")] == ["setup"]
        kinds = [c.kind for c in store.claims_for(s, paper, kind=[sample_claims[0].kind, "result"])]
        assert kinds == ["comparison", "result"]
        assert store.claims_for(s, paper, kind="speedup") == []


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_claim_without_anchor_quote_is_refused(db_engine, make_records):
    records = make_records("x1")
    records["claims"][0]["anchor"]["quote"] = ""
    with Session(db_engine) as s:
        source, _ = store.store_source(
            s, sha256="d" * 64, media_type="application/pdf", size=1, name=None, blob_path="x"
        )
        with pytest.raises(InvalidRecord, match="anchor") as info:
            store.store_extraction(s, source, parser_version="p", extractor_version="x", **records)
    assert info.value.subject == "claim 0"


def test_list_papers_counts_the_latest_extraction(db_engine, ingest, make_records):
    with transaction(db_engine) as s:
        ingest(s, extractor_version="x1")
        ingest(s, extractor_version="x2")
        local_src, _ = store.store_source(
            s, sha256="e" * 64, media_type="application/pdf", size=5, name="local.pdf", blob_path="blobs/e"
        )
        store.upsert_paper(s, title="A local PDF", source=local_src)
    with Session(db_engine) as s:
        summaries = store.list_papers(s)
    assert [x.paper.ref for x in summaries] == ["2210.17323v2", "local:eeeeeeeeeeee"]
    arxiv, local = summaries
    assert arxiv.extraction.extractor_version == "x2"
    assert (arxiv.passages, arxiv.tables, arxiv.claims) == (3, 1, 3)
    assert arxiv.claims_by_kind == {"comparison": 1, "result": 1, "setup": 1}
    assert local.extraction is None and (local.passages, local.claims) == (0, 0)
    with Session(db_engine) as s:  # the ref a listing shows names the paper again
        assert [store.find_paper(s, x.paper.ref).id for x in summaries] == [arxiv.paper.id, local.paper.id]


def test_upsert_paper_keeps_one_row_per_arxiv_id_and_version(db_engine):
    with transaction(db_engine) as s:
        a = store.upsert_paper(s, arxiv_id="arXiv:2306.03805v1", title="Essential sparsity")
        b = store.upsert_paper(s, arxiv_id="2306.03805", arxiv_version=1, licence="CC-BY-4.0")
        c = store.upsert_paper(s, arxiv_id="2306.03805", arxiv_version=2)
        assert a.id == b.id != c.id
        assert (b.title, b.licence, b.arxiv_version) == ("Essential sparsity", "CC-BY-4.0", 1)
        with pytest.raises(InvalidRecord, match="arXiv id or the source"):
            store.upsert_paper(s, title="nothing to key it by")
        with pytest.raises(InvalidRecord, match="not an arXiv id"):
            store.upsert_paper(s, arxiv_id="not-an-id")
