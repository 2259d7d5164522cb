"""Parsing machine-written synthesis reports into third-party claims and references."""

from pathlib import Path

import pytest

from verifier.errors import SynthesisFormatError
from verifier.synthesis import parse_synthesis

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "synthesis-report-essential-sparsity.txt"
BAD = Path(__file__).resolve().parents[1] / "data" / "bad_syntheses"


@pytest.fixture(scope="module")
def example():
    if not EXAMPLE.exists():
        pytest.skip(f"example synthesis not found at {EXAMPLE}")
    return parse_synthesis(EXAMPLE.read_bytes(), name=EXAMPLE.name)


def test_example_claims_marks_and_confidences(example):
    assert len(example.claims) == 16
    assert [c.verified for c in example.claims].count(True) == 1
    first = example.claims[0]
    assert first.verified and first.confidence == pytest.approx(0.28)
    assert first.text.startswith("The paper evaluates the emergence of essential sparsity")
    mnli = example.claims[3]
    assert mnli.text.startswith("The MNLI dataset used 392,704 training examples")
    assert not mnli.verified and mnli.confidence == pytest.approx(0.02)
    assert [c.row for c in example.claims] == list(range(16))


def test_example_truncated_row_is_marked(example):
    truncated = [c for c in example.claims if c.truncated]
    assert len(truncated) == 1 and truncated[0].text.endswith("Top-1 Accuracy fo")


def test_example_header_fields(example):
    assert example.title.startswith("Quantization-Aware Training Effects on Pruned Transformer")
    assert example.publisher == "Assignee Research"
    assert example.published == "May 30, 2026"
    assert example.research_question.startswith("What is the impact of quantization-aware training")
    assert example.research_question.endswith("latency constraints?")
    assert (example.stated_paper_count, example.stated_claim_count, example.stated_verified_count) == (16, 16, 1)
    assert example.review_score == pytest.approx(3.8)


def test_example_references(example):
    assert [(r.arxiv_id, r.arxiv_version) for r in example.references] == [
        ("2412.15846", 1), ("2306.03805", 2), ("2210.06313", 2)
    ]


def test_line_numbers_point_at_the_rows(example):
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for c in example.claims:
        assert lines[c.line_no - 1].startswith(c.text)


@pytest.mark.parametrize(
    "name, message",
    [
        ("missing_cell.txt", "line 7 has 2 tab-separated cells"),
        ("bad_mark.txt", "verified mark 'maybe'"),
        ("bad_confidence.txt", "confidence 'high' is not a number"),
        ("confidence_out_of_range.txt", "outside [0, 1]"),
        ("no_table.txt", "no claims table found"),
        ("empty_table.txt", "has no rows"),
        ("empty.txt", "empty"),
        ("not_utf8.txt", "not UTF-8"),
    ],
)
def test_broken_reports_are_refused(name, message):
    with pytest.raises(SynthesisFormatError) as info:
        parse_synthesis((BAD / name).read_bytes(), name=name)
    line = info.value.one_line()
    assert message in line and name in line and "\n" not in line
