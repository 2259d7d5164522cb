"""One text, two layouts, the same claims: the corpus's Markdown papers (AWQ, SmoothQuant, LLM.int8())
typeset with pdflatex in one column at 12 pt and in two columns at 10 pt
(tests/support/markdown_latex.py) give the same sentence claims.

Three papers' worth of real sentences broken at other places than the corpus PDFs break them. The
first builds differed in 25, 22 and 7 claims; what they found, each fixed with a test of its own
(tests/verifier/test_layout.py, test_run_ons.py, test_pdf.py): a caption's bold label set apart on
its line, read after its rest or alone; a caption run into a paragraph's block; a sentence's tail
above a figure read as figure text; a display equation wider than its column read into the other
column's sentence; a raised prime starting a block mid-sentence; "33 tokens" | "/ second" and
"PIQA" | "[Bis20a]" across a column break; line-end hyphens in "memory-bounded", "well-balanced",
"pre-serve", "reme-dies" and "(0.1%- 1%)". Later layouts and the papers' titles found more: an
equation or a web address past the margin moving the page's middle, "Appendix A" headings, a title
above a figure atop the right column read as the figure's text, and upright bracket pieces of an
equation, set last on their page, standing between a sentence and its end on the next page.

The one-column build is also read against the Markdown reader of the same file
(:func:`test_the_pdf_reads_the_sentences_the_markdown_reader_reads`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.markdown_latex import build_markdown
from tests.support.two_column import need_source_and_latex
from verifier.anchors import text_at
from verifier.extract import extract_claims
from verifier.pdf import parse_pdf

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PAPERS = ("awq", "smoothquant", "llm-int8")
TWO_COLUMNS = ("10pt-two-columns", "11pt-two-columns", "11pt-two-wide-columns", "10pt-a4-two-columns")
# sentences still read differently, (paper, layout): how many on each side.
# - AWQ's inline fractions (∆′ over ∆) stack two lines inside a text line, and where a line break
#   falls beside one decides which pieces go where;
# - a hyphen before a capital ("Flex-" + "Gen", "Py-" + "Torch", "CUT-" + "LASS") stays unless the
#   document writes the whole elsewhere: these papers write each once;
# - words a paper writes one way where English and other papers write both: "group-" + "wise" (AWQ
#   writes no other "-wise" compound), "trade-" + "off", "speed-" + "up", "re-" + "training",
#   "pre-" + "training" (joined: English or the paper's own "pretrained" has the whole), and
#   "fine-" + "tuning", which LLM.int8() writes both ways.
KNOWN = {("awq", "11pt-two-columns"): (1, 2),
         ("llm-int8", "11pt-two-columns"): (1, 1), ("awq", "11pt-two-wide-columns"): (2, 2),
         ("awq", "10pt-a4-two-columns"): (3, 3), ("smoothquant", "10pt-a4-two-columns"): (2, 2)}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=PAPERS)
def one_column(request, tmp_path_factory):
    paper = CORPUS / request.param / "paper.md"
    need_source_and_latex(paper)
    out = tmp_path_factory.mktemp(f"{request.param}-one")
    return request.param, parse_pdf(build_markdown(paper, out, "12pt-one-column"), name="one.pdf")


@pytest.fixture(params=TWO_COLUMNS)
def builds(request, one_column, tmp_path_factory):
    paper, one = one_column
    out = tmp_path_factory.mktemp(f"{paper}-{request.param}")
    two = parse_pdf(build_markdown(CORPUS / paper / "paper.md", out, request.param), name="two.pdf")
    return (paper, request.param), one, two


def _norm(text: str) -> str:
    """White space as one space, none beside a math operator: MuPDF spaces a formula's glyphs by their
    gaps, which the line's justification sets ("Y ∈RT×Co" in one build, "Y ∈RT ×Co" in the other)."""
    return re.sub(r"\s*([·+=<>∈×⌈⌉])\s*", r"\1", re.sub(r"\s+", " ", text)).strip()


def test_both_layouts_give_the_same_sentence_claims(builds):
    key, one, two = builds
    assert one.n_pages > two.n_pages and {p.column for p in two.passages} >= {1, 2}
    a = [c for c in extract_claims(one) if c.origin == "text"]
    b = [c for c in extract_claims(two) if c.origin == "text"]
    assert len(a) > 100
    only_one = sorted({_norm(c.statement) for c in a} - {_norm(c.statement) for c in b})
    only_two = sorted({_norm(c.statement) for c in b} - {_norm(c.statement) for c in a})
    assert (len(only_one), len(only_two)) == KNOWN.get(key, (0, 0)), (only_one, only_two)
    # and each quote is where its anchor says, across the breaks of either layout
    for doc, claims in ((one, a), (two, b)):
        assert all(text_at(c.anchor, doc) == c.anchor.quote for c in claims)


def test_captions_keep_their_labels(builds):
    _, one, two = builds
    for doc in (one, two):
        captions = [p.text for p in doc.passages if p.kind.value == "caption"]
        assert captions and all(re.match(r"(?:Table|Figure) \d+\. \S", t) for t in captions), captions


# a quote of plain text: no math markup ("A_i8", "R^s"), no math glyphs ("∈", "∆", "·")
_PLAIN = re.compile(r"[A-Za-z0-9\s.,;:()%'\"/\[\]+@&!?×–—-]*")


def test_the_pdf_reads_the_sentences_the_markdown_reader_reads(one_column):
    """The one-column build against the Markdown reader (verifier.markdown) of the same file: as many
    sentence claims, and every one of plain text quoted alike (words and numbers; a formula prints
    otherwise than its Markdown: "A_i8" is "Ai8")."""
    from verifier.ingest import parse_source

    paper, pdf = one_column
    md = parse_source((CORPUS / paper / "paper.md").read_bytes(), "markdown", "paper.md")
    a = [c.anchor.quote for c in extract_claims(md) if c.origin == "text"]
    b = [c.anchor.quote for c in extract_claims(pdf) if c.origin == "text"]

    def words(q: str) -> str:
        return re.sub(r"[^a-z0-9%]+", " ", q.lower()).strip()

    read = {words(q) for q in b}
    plain = [q for q in a if _PLAIN.fullmatch(q)]
    assert len(a) == len(b) and len(plain) > 100
    assert [q for q in plain if words(q) not in read] == []
