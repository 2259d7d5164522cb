"""Fixtures for the storage tests: a session on a migrated database, and a small parsed paper.

The paper is built from the pipeline's own pydantic models (``verifier.documents``,
``verifier.claims``) and handed to the store the way the pipeline does: as
``model_dump(mode="json")`` dicts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session

from claims_db import store
from claims_db.models import Extraction, Paper, Source
from verifier.claims import Anchor, Claim, ClaimKind, Method, MethodFamily, Quantity
from verifier.documents import LineSpan, Passage, Table, TableCell

SENTENCES = [
    "Quantization-aware training recovers accuracy at low bit widths.",
    "GPTQ at 4 bits keeps OPT-13B within 0.3 perplexity of FP16 on WikiText2 (10.13 vs 10.43).",
    "We fine-tune with batch size 32 and learning rate 2e-5 for 3 epochs.",
]


def make_passages() -> list[Passage]:
    out = []
    for i, text in enumerate(SENTENCES):
        top = 100.0 + 20 * i
        out.append(
            Passage(
                index=i,
                page=1 + i // 2,
                section="4 Results" if i else "Abstract",
                text=text,
                raw_text=text,
                offsets=list(range(len(text) + 1)),
                bbox=(72.0, top, 540.0, top + 12.0),
                lines=[LineSpan(bbox=(72.0, top, 540.0, top + 12.0), start=0, end=len(text))],
                column=1,
            )
        )
    return out


def make_table() -> Table:
    texts = [["Method", "Bits", "PPL"], ["FP16", "16", "10.13"], ["GPTQ", "4", "10.43"]]
    cells = [
        TableCell(row=r, col=c, text=t, bbox=(100.0 + 60 * c, 300.0 + 14 * r, 150.0 + 60 * c, 312.0 + 14 * r))
        for r, row in enumerate(texts)
        for c, t in enumerate(row)
    ]
    return Table(
        index=0,
        page=2,
        label="Table 3",
        caption="Table 3: WikiText2 perplexity of OPT-13B.",
        bbox=(100.0, 300.0, 270.0, 340.0),
        n_rows=3,
        n_cols=3,
        cells=cells,
        section="4 Results",
    )


def make_claims(extractor_version: str = "x1") -> list[Claim]:
    s = SENTENCES[1]
    start = 0
    result = Claim(
        kind=ClaimKind.comparison,
        statement=s,
        anchor=Anchor(page=1, quote=s, passage_index=1, char_start=start, char_end=len(s)),
        extractor_version=extractor_version,
        method=Method(family=MethodFamily.ptq, name="GPTQ"),
        baseline="FP16",
        model="OPT-13B",
        dataset="WikiText2",
        metric="perplexity",
        metric_direction="lower",
        value=Quantity(value=0.3, unit="ppl", qualifier="within", text="within 0.3 perplexity"),
        values=[Quantity(value=10.13, unit="ppl", text="10.13"), Quantity(value=10.43, unit="ppl", text="10.43")],
        bits=4.0,
        direction="equal",
        conditions={"seq_len": "2048", "calibration_set": "C4"},
    )
    setup = Claim(
        kind=ClaimKind.setup,
        statement=SENTENCES[2],
        anchor=Anchor(page=2, quote="batch size 32", passage_index=2, char_start=15, char_end=28),
        extractor_version=extractor_version,
        conditions={"batch_size": "32"},
    )
    cell = Claim(
        kind=ClaimKind.result,
        statement="Table 3: OPT-13B, GPTQ 4-bit = 10.43 ppl",
        anchor=Anchor(page=2, quote="10.43", table_index=0, row=2, col=2, bbox=(220.0, 328.0, 270.0, 340.0)),
        origin="table",
        extractor_version=extractor_version,
        method=Method(family=MethodFamily.ptq, name="GPTQ"),
        model="OPT-13B",
        dataset="WikiText2",
        metric="perplexity",
        value=Quantity(value=10.43, unit="ppl", text="10.43"),
        bits=4.0,
        sparsity=0.5,
        sparsity_pattern="2:4",
        hardware="A100",
    )
    return [result, setup, cell]


def records(extractor_version: str = "x1") -> dict[str, list[dict[str, Any]]]:
    """The three lists ``store_extraction`` takes, dumped as the pipeline dumps them."""
    return {
        "passages": [p.model_dump(mode="json") for p in make_passages()],
        "tables": [make_table().model_dump(mode="json")],
        "claims": [c.model_dump(mode="json") for c in make_claims(extractor_version)],
    }


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def session(db_engine: Any) -> Iterator[Session]:
    with Session(db_engine, expire_on_commit=False) as s:
        yield s


Ingest = Callable[..., tuple[Paper, Source, Extraction, bool]]


@pytest.fixture
def ingest() -> Ingest:
    """Store one paper the way the pipeline's ingest does: source, paper, extraction."""

    def run(
        session: Session,
        data: bytes = b"%PDF-1.7 paper bytes",
        *,
        name: str | None = "paper.pdf",
        arxiv_id: str | None = "2210.17323",
        arxiv_version: int | None = 2,
        extractor_version: str = "x1",
        parser_version: str = "p1",
    ) -> tuple[Paper, Source, Extraction, bool]:
        source, _ = store.store_source(
            session,
            sha256=sha(data),
            media_type="application/pdf",
            size=len(data),
            name=name,
            blob_path=f"blobs/{sha(data)}",
        )
        paper = store.upsert_paper(
            session,
            arxiv_id=arxiv_id,
            arxiv_version=arxiv_version,
            title="GPTQ: accurate post-training quantization",
            authors=["A. Author", "B. Author"],
            source=source,
        )
        extraction, created = store.store_extraction(
            session,
            source,
            parser_version=parser_version,
            extractor_version=extractor_version,
            **records(extractor_version),
        )
        return paper, source, extraction, created

    return run


@pytest.fixture
def make_records() -> Callable[[str], dict[str, list[dict[str, Any]]]]:
    """``records(extractor_version)``: passages, tables and claims dicts of the sample paper."""
    return records


@pytest.fixture
def sample_claims() -> list[Claim]:
    return make_claims()
