"""Gate 1 stored: `verifier ground` on papers and syntheses, rows per method version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SYNTHESIS = SHARED / "examples" / "synthesis-report-essential-sparsity.txt"

PAPER_TEXT = [
    "Essential sparsity: the weights that matter.",
    "The MNLI dataset used 392,704 training examples over 3 epochs",
    "with batch size 32 and learning rate 2 x 10^-5.",
    "The QNLI dataset used 104,768 training examples over 4 epochs",
    "with batch size 32 and learning rate 2 x 10^-5.",
    "The RTE dataset used 2,496 training examples over 7 epochs",
    "with batch size 32 and learning rate 2 x 10^-5.",
]


def make_pdf(lines: list[str]) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    y = 72
    for line in lines:
        page.insert_text((72, y), line, fontsize=10)
        y += 14
    data = doc.tobytes()
    doc.close()
    return data


@pytest.fixture
def env(tmp_path, monkeypatch, db_url):
    monkeypatch.setenv("VERIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VERIFIER_DATABASE_URL", db_url)
    monkeypatch.setenv("VERIFIER_ARXIV_DELAY", "0")
    monkeypatch.setenv("VERIFIER_ARXIV_BACKOFF", "0.01")
    return tmp_path


def run(capsys, *argv):
    code = main(["-q", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def grounding_rows(db_url):
    from sqlalchemy import select

    from claims_db.assessments import GroundingRow
    from claims_db.engine import make_engine, session_factory

    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        rows = [(r.claim_id, r.synthesis_claim_id, r.verdict, r.method_version) for r in s.scalars(select(GroundingRow))]
    engine.dispose()
    return rows


def test_paper_claims_are_grounded_once_per_method_version(env, capsys, db_url, monkeypatch):
    pdf = env / "p.pdf"
    pdf.write_bytes(make_pdf(["GPTQ reaches 4-bit weights with a perplexity increase of 0.3 on WikiText-2.",
                              "Wanda prunes 50% of the weights of LLaMA-7B with a 0.5 perplexity increase."]))
    run(capsys, "ingest", str(pdf))
    out = run(capsys, "ground", "p.pdf")
    rows = grounding_rows(db_url)
    assert rows and all(v == "supported" for _, _, v, _ in rows)
    assert "supported" in out and f"{len(rows)} new grounding rows" in out
    out = run(capsys, "ground", "p.pdf")
    assert "0 new grounding rows" in out and len(grounding_rows(db_url)) == len(rows)
    import verifier.grounding

    monkeypatch.setattr(verifier.grounding, "METHOD_VERSION", "ground-next")
    run(capsys, "ground", "p.pdf")
    after = grounding_rows(db_url)
    first = {m for *_, m in rows}
    assert len(first) == 1 and first != {"ground-next"}
    assert len(after) == 2 * len(rows) and {m for *_, m in after} == first | {"ground-next"}


def test_a_claim_whose_number_differs_from_its_quote_is_contradicted(env, capsys, db_url):
    from sqlalchemy import select

    from claims_db.engine import make_engine, session_factory
    from claims_db.models import ClaimRow

    pdf = env / "p.pdf"
    pdf.write_bytes(make_pdf(["Wanda prunes 50% of the weights of LLaMA-7B with a 0.5 perplexity increase."]))
    run(capsys, "ingest", str(pdf))
    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        row = s.scalars(select(ClaimRow).where(ClaimRow.quote.contains("50%"))).first()
        data = json.loads(json.dumps(row.data))
        data["values"][0] = {**data["values"][0], "value": 60.0, "text": "60%"}
        row.data = data
        s.commit()
        changed = row.id
    engine.dispose()
    run(capsys, "ground", "p.pdf")
    verdict = {cid: v for cid, _, v, _ in grounding_rows(db_url)}
    assert verdict[changed] == "contradicted"
    out = run(capsys, "claims", "p.pdf", "--evidence")
    assert "contradicted" in out and "60%" in out


def test_synthesis_claims_are_rechecked_against_the_cited_paper(env, capsys, db_url, monkeypatch, arxiv_server):
    if not SYNTHESIS.exists():
        pytest.skip(f"{SYNTHESIS} not found")
    monkeypatch.setenv("VERIFIER_ARXIV_API", arxiv_server.api_url)
    arxiv_server.add_paper("2306.03805", pdfs=[make_pdf(PAPER_TEXT[:3]), make_pdf(PAPER_TEXT)])
    run(capsys, "ingest", str(SYNTHESIS))  # 2 references unknown to the server: not ingested
    out = run(capsys, "ground", "s:1")
    assert "16 new grounding rows" in out
    rows = grounding_rows(db_url)
    by_row = {}
    from claims_db.engine import make_engine, session_factory
    from claims_db.models import SynthesisClaim

    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        for _, sc_id, verdict, _ in rows:
            by_row[s.get(SynthesisClaim, sc_id).row] = verdict
    engine.dispose()
    assert by_row[3] == "supported"  # MNLI: same numbers, "$2e-5$" vs "2 x 10^-5"
    assert by_row[4] == "supported"  # QNLI
    assert by_row[6] == "contradicted"  # RTE: the report says 5 epochs, the paper 7
    assert by_row[2] == "not_found"  # computer vision datasets: not in this paper
    out = run(capsys, "claims", "s:1", "--evidence")
    assert "392,704 training examples" in out and "evidence p.1" in out


def test_synthesis_without_ingested_references_is_not_found_with_reason(env, capsys, db_url, monkeypatch):
    if not SYNTHESIS.exists():
        pytest.skip(f"{SYNTHESIS} not found")
    monkeypatch.setenv("VERIFIER_ARXIV_API", "http://127.0.0.1:9/api/query?{}")
    run(capsys, "ingest", str(SYNTHESIS))
    run(capsys, "ground", "s:1")
    rows = grounding_rows(db_url)
    assert len(rows) == 16 and {v for *_, v, _ in rows} == {"not_found"}
    assert "none of the cited papers is ingested" in run(capsys, "claims", "s:1", "--evidence")
