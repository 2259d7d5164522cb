"""`verifier correct`: append-only corrections with a reason, shown in reports."""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


@pytest.fixture
def paper(ingest_sentence):
    return ingest_sentence("Wanda prunes 50% of the weights of LLaMA-7B with a 0.5 perplexity increase.")


def rows(tmp_path):
    from sqlalchemy import select

    from claims_db.assessments import CorrectionRow
    from claims_db.engine import make_engine, session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'verifier.sqlite'}")
    with session_factory(engine)() as s:
        out = [(r.target, r.field, r.old_value, r.new_value, r.reason) for r in s.scalars(select(CorrectionRow))]
    engine.dispose()
    return out


def test_corrections_append_and_show_in_the_report(paper, capsys):
    assert main(["-q", "correct", "p.pdf", "--target", "claim:1", "--field", "model", "--new", "LLaMA-13B",
                 "--reason", "the table caption names the 13B model"]) == 0
    assert main(["-q", "correct", "p.pdf", "--target", "claim:1", "--field", "model", "--new", "LLaMA-7B",
                 "--reason", "the caption was misread; the text says 7B"]) == 0
    stored = rows(paper)
    assert [(o, n) for _, _, o, n, _ in stored] == [("LLaMA-7B", "LLaMA-13B"), ("LLaMA-13B", "LLaMA-7B")]
    capsys.readouterr()
    assert main(["-q", "report", "p.pdf", "--out", str(paper / "out")]) == 0
    data = json.loads(next((paper / "out").glob("*.json")).read_text())
    assert [c["reason"] for c in data["corrections"]] == ["the table caption names the 13B model",
                                                          "the caption was misread; the text says 7B"]


def test_bad_corrections_are_refused_and_store_nothing(paper, capsys):
    for argv, words in (
        (["--target", "claim:1", "--field", "nosuch", "--new", "1", "--reason", "x"], "no field 'nosuch'"),
        (["--target", "claim:999", "--field", "model", "--new", "x", "--reason", "x"], "no such record"),
        (["--target", "verdict:claim:1", "--field", "label", "--new", "x", "--reason", "x"], "no reproduction verdict"),
        (["--target", "claim:1", "--field", "model", "--new", "x", "--reason", " "], "needs a reason"),
    ):
        assert main(["-q", "correct", "p.pdf", *argv]) == 2
        assert words in capsys.readouterr().err
    assert rows(paper) == []


def test_stored_corrections_cannot_be_edited(paper):
    from sqlalchemy import select

    from claims_db.assessments import CorrectionRow
    from claims_db.engine import make_engine, session_factory
    from claims_db.errors import StoreError

    assert main(["-q", "correct", "p.pdf", "--target", "paper", "--field", "title", "--new", "Wanda on LLaMA",
                 "--reason", "the PDF has no title; this is the paper's title"]) == 0
    engine = make_engine(f"sqlite:///{paper / 'data' / 'verifier.sqlite'}")
    with session_factory(engine)() as s:
        row = s.scalars(select(CorrectionRow)).one()
        row.reason = "rewritten"
        with pytest.raises(StoreError, match="append-only"):
            s.commit()
    engine.dispose()
