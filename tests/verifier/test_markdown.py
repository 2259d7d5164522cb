"""Markdown papers: passages, sections, kinds, offsets back to the source, pipe tables, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.passages import find
from verifier.documents import PassageKind
from verifier.errors import DocumentError, NotMarkdown
from verifier.markdown import PARSER_VERSION, parse_markdown
from verifier.markup import strip_markup

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PAPERS = ["awq", "smoothquant", "llm-int8"]


def corpus_bytes(name: str) -> bytes:
    path = CORPUS / name / "paper.md"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared corpus sits beside the repository (../shared)")
    return path.read_bytes()


# -- the real corpus ------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAPERS)
def test_every_passage_maps_back_to_its_source_lines(name):
    data = corpus_bytes(name)
    lines = data.decode("utf-8").split("\n")
    doc = parse_markdown(data, name=name)
    assert doc.media_type == "text/markdown" and doc.n_pages == 1 and doc.parser_version == PARSER_VERSION
    assert len(doc.passages) > 80
    for p in doc.passages:
        assert p.page == 1 and p.text
        first, last = int(p.bbox[1]), int(p.bbox[3])
        assert p.raw_text == "\n".join(lines[first - 1 : last]), f"passage {p.index}: bbox lines differ from raw_text"
        for i, ch in enumerate(p.text):  # readable characters come from the same character of the source
            if ch.isascii() and ch.isalnum():
                assert p.raw_text[p.offsets[i]] == ch, f"passage {p.index}, char {i}"
        assert p.offsets == sorted(p.offsets), f"passage {p.index}: offsets go backwards"
        for span in p.lines:
            assert first <= span.bbox[1] <= last and 0 <= span.start < span.end <= len(p.text)


@pytest.mark.parametrize("name", PAPERS)
def test_headings_sections_and_captions_follow_the_file(name):
    data = corpus_bytes(name)
    lines = data.decode("utf-8").split("\n")
    doc = parse_markdown(data, name=name)
    # oracle: the heading lines of the file, and the "**Table N.**" / "**Figure N.**" caption lines
    heading_at = {n + 1: re.sub(r"^#+\s+", "", line).strip() for n, line in enumerate(lines) if line.startswith("#")}
    headings = [p for p in doc.passages if p.kind == PassageKind.heading]
    assert [p.text for p in headings] == list(heading_at.values())
    for p in doc.passages:
        above = [t for n, t in heading_at.items() if n <= p.bbox[1]]
        assert p.section == (above[-1] if above else None), f"passage {p.index} ({p.text[:40]!r})"
    labels = [m.group(1) for line in lines if (m := re.match(r"^\*\*((?:Table|Figure) \d+)\.\*\*", line))]
    captions = [p for p in doc.passages if p.kind == PassageKind.caption]
    assert [re.match(r"(?:Table|Figure) \d+", p.text).group(0) for p in captions] == labels
    images = sum(1 for line in lines if line.startswith("![") or line.startswith("<img"))
    assert sum(p.kind == PassageKind.other and p.bbox[1] == p.bbox[3] for p in doc.passages) >= images


def test_awq_quotes_are_found_verbatim_with_their_place():
    doc = parse_markdown(corpus_bytes("awq"), name="awq/paper.md")
    assert doc.meta.title == "AWQ" and doc.meta.arxiv_id == "2306.00978"
    assert doc.meta.abstract.startswith("Large language models (LLMs) have shown excellent performance")

    p, i = find(doc, "GPT-3 has 175B parameters, which is 350GB in FP16, while the latest H100 GPU only has 96GB memory")
    assert (p.kind, p.section, p.bbox[1]) == (PassageKind.body, "1 Introduction", 17)

    quote = "protecting only 1% of salient weights can greatly reduce quantization error"
    p, i = find(doc, quote)
    assert p.kind == PassageKind.abstract and p.section == "Abstract"
    a, b = p.raw_span(i, i + len(quote))
    assert p.raw_text[a:b] == "protecting *only 1%* of salient weights can greatly reduce quantization error"

    p, _ = find(doc, "we consistently observe a 3.2-3.3× average speedup compared to the FP16 implementation")
    i = p.text.index("3.2-3.3× average")
    a, b = p.raw_span(i, i + len("3.2-3.3× average"))
    assert p.raw_text[a:b] == "3.2-3.3$\\times$ average"

    p, _ = find(doc, "Table 1. Keeping a small fraction of weights (0.1%-1%) in FP16 significantly improves")
    assert p.kind == PassageKind.caption and p.section == "2.1 Improving LLM Quantization by Preserving 1% Salient Weights"
    p, _ = find(doc, "Original paper Table 1")
    assert p.kind == PassageKind.other


def test_smoothquant_and_llm_int8_quotes():
    sq = parse_markdown(corpus_bytes("smoothquant"))
    assert sq.meta.arxiv_id == "2211.10438"
    p, _ = find(sq, "requiring 8×48GB A6000 GPUs or 5×80GB A100 GPUs just for inference")
    assert p.section == "1 Introduction"
    p, _ = find(sq, "even the naive W8A8 per-tensor dynamic quantization only degrades the accuracy by 4%")
    assert p.section == "Results of different LLMs." and p.kind == PassageKind.body
    # typographic apostrophes are normalised like PDF text (verifier.textnorm)
    find(sq, "the real evaluation samples' activation statistics")

    li = parse_markdown(corpus_bytes("llm-int8"))
    assert li.meta.title == "LLM.int8()" and li.meta.arxiv_id == "2208.07339"
    p, _ = find(li, "we find about 150k outlier features per sequence for the entire transformer")
    assert p.kind == PassageKind.body
    p, _ = find(li, "Outlier frequency by transformer model size Outlier frequency by C4 perplexity")
    assert p.kind == PassageKind.other and (p.bbox[1], p.bbox[3]) == (173, 176)  # one <div> of two <img>
    p, _ = find(li, "Did you describe the limitations of your work? [Yes]")  # a nested list item
    assert p.section == "Checklist"


# -- small inline documents ------------------------------------------------------------------

PAPER = """---
title: "Front Matter Title"
---

> A. Author and B. Author. [Sparse LLMs](https://arxiv.org/abs/2306.03805v2).

# Sparse LLMs at Scale

## Abstract

We prune **50%** of the weights of seven large language models and lose under one point of accuracy.

Keywords: pruning

## 4 Results

Table 2: Perplexity on WikiText-2 (lower is better).

| Method | Bits | PPL |
|:-------|-----:|----:|
| FP16 | 16 | 5.68 |
| **AWQ** | 4 | 5.78 \\| 5.9 |

We reach 5.78 perplexity with *4-bit* weights ([Table 2](#t2)) and $2.3\\times$ speed-up.

![Figure: curves](fig.png)

**Figure 3.** Loss curves.

- first item
  continues here
- second item with `code *not emphasis*`

$$
a = \\alpha \\cdot b
$$
"""


def line_of(start: str) -> int:
    """1-based number of the PAPER line that starts with ``start`` (the oracle for bboxes)."""
    return next(n for n, line in enumerate(PAPER.split("\n"), 1) if line.startswith(start))


def test_inline_document_kinds_sections_and_meta():
    doc = parse_markdown(PAPER.encode(), name="paper.md")
    by_text = {p.text: p for p in doc.passages}
    assert doc.meta.title == "Sparse LLMs at Scale"  # the level-1 heading wins over front matter
    assert (doc.meta.arxiv_id, doc.meta.arxiv_version) == ("2306.03805", 2)
    abstract = "We prune 50% of the weights of seven large language models and lose under one point of accuracy."
    assert doc.meta.abstract == abstract  # "Keywords: pruning" is an abstract passage, not part of meta.abstract
    assert by_text["Sparse LLMs at Scale"].kind == PassageKind.title
    assert by_text[abstract].kind == PassageKind.abstract
    assert by_text["Keywords: pruning"].kind == PassageKind.abstract
    assert by_text["A. Author and B. Author. Sparse LLMs."].kind == PassageKind.other  # leading quote
    assert by_text["Table 2: Perplexity on WikiText-2 (lower is better)."].kind == PassageKind.caption
    assert by_text["Figure 3. Loss curves."].kind == PassageKind.caption
    assert by_text["Figure: curves"].kind == PassageKind.other
    body = by_text["We reach 5.78 perplexity with 4-bit weights (Table 2) and 2.3× speed-up."]
    assert body.kind == PassageKind.body and body.section == "4 Results"
    item = by_text["first item continues here"]
    n = line_of("- first item")
    assert item.kind == PassageKind.body and [(s.bbox[1], item.text[s.start : s.end]) for s in item.lines] == [
        (n, "first item "),
        (n + 1, "continues here"),
    ]
    assert "second item with code *not emphasis*" in by_text
    assert by_text["a = α · b"].kind == PassageKind.other
    assert [p.index for p in doc.passages] == list(range(len(doc.passages)))


def test_pipe_table_cells_header_and_caption():
    doc = parse_markdown(PAPER.encode())
    (t,) = doc.tables
    assert (t.label, t.caption) == ("Table 2", "Table 2: Perplexity on WikiText-2 (lower is better).")
    assert (t.method, t.page, t.section, t.n_rows, t.n_cols, t.header_rows, t.header_cols) == (
        "markdown", 1, "4 Results", 3, 3, 1, 1,
    )  # fmt: skip
    assert t.grid() == [["Method", "Bits", "PPL"], ["FP16", "16", "5.68"], ["AWQ", "4", "5.78 | 5.9"]]
    top, fp16 = line_of("| Method | Bits | PPL |"), line_of("| FP16 | 16 | 5.68 |")
    assert t.cell(1, 2).bbox == (2, fp16, 3, fp16) and t.bbox == (0, top, 3, top + 3)
    passage = next(p for p in doc.passages if p.bbox[1] == top)
    assert passage.kind == PassageKind.other and "FP16 | 16 | 5.68" in passage.text


def test_table_caption_below_two_header_rows_and_no_caption():
    md = "| | Wiki | C4 |\n| Bits | PPL | PPL |\n|---|---|---|\n| 4 | 5.68 | 7.08 |\n\n**Table 4.** Results.\n\n"
    md += "a | b\n--- | ---\n1 | 2\n"
    first, second = parse_markdown(md.encode()).tables
    assert first.header_rows == 2 and first.label == "Table 4" and first.caption == "Table 4. Results."
    assert first.header_cols == 0  # a number is not a row label
    assert second.grid() == [["a", "b"], ["1", "2"]] and second.label is None and second.index == 1


def test_markup_is_removed_with_offsets_to_the_source():
    s = "See [Table 1](#t1 \"t\") and *e.g*., $\\mathbf{X}_{\\mathrm{f16}}$ &amp; gen\\_inst <span>x</span>"
    text, idx = strip_markup(s)
    assert text == "See Table 1 and e.g., X_f16 & gen_inst x"
    assert all(s[idx[i]] == ch for i, ch in enumerate(text) if ch.isalnum())


def test_crlf_setext_code_and_html_blocks():
    md = "Title\r\n=====\r\n\r\n```\r\nx = *1*\r\n```\r\n\r\n<div>\r\n<img src=\"a.png\" alt=\"A plot\">\r\n</div>\r\n"
    doc = parse_markdown(md.encode())
    assert [(p.kind, p.text, p.bbox[1], p.bbox[3]) for p in doc.passages] == [
        (PassageKind.title, "Title", 1, 2),
        (PassageKind.other, "x = *1*", 4, 6),
        (PassageKind.other, "A plot", 8, 10),
    ]


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\n\t\n", "empty"),
        ("caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF"),
        (b"ab\x00cd", "NUL"),
        (b"---\ntitle: x\n---\n\n", "no text"),
    ],
)
def test_bad_input_is_a_document_error_naming_the_file(data, words):
    with pytest.raises(NotMarkdown) as err:
        parse_markdown(data, name="notes.md")
    assert isinstance(err.value, DocumentError)
    assert words in err.value.message and err.value.subject == "notes.md" and err.value.hint
