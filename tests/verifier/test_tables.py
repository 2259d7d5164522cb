"""Tables: booktabs grids rebuilt from word positions, ruled grids through PyMuPDF.

The ternary paper's LaTeX source is the ground truth: every cell of its three ``tabular``
environments must come back at the same row and column.
"""

from __future__ import annotations

import pytest

from tests.support.pdfs import INT8, TERNARY, make_pdf, need, tabulars, write_lines
from verifier.documents import PassageKind
from verifier.pdf import parse_pdf
from verifier.tables import extract_tables

pymupdf = pytest.importorskip("pymupdf")


@pytest.fixture(scope="module")
def ternary():
    return parse_pdf(need(TERNARY / "paper.pdf").read_bytes(), name="ternary.pdf")


@pytest.fixture(scope="module")
def int8():
    return parse_pdf(need(INT8 / "paper.pdf").read_bytes(), name="llm-int8.pdf")


def _squash(s: str) -> str:
    # LaTeX draws \_ as a rule in OT1 fonts, so the PDF has no underscore character there.
    return "".join(s.replace("_", " ").split()).replace("\u2212", "-")


def test_every_tex_cell_is_recovered_at_its_row_and_column(ternary):
    truth = tabulars(need(TERNARY / "paper.tex").read_text())
    assert len(truth) == 3 and [t.label for t in ternary.tables] == ["Table 1", "Table 2", "Table 3"]
    for rows, table in zip(truth, ternary.tables):
        assert table.method == "words" and table.n_rows == len(rows)
        assert table.n_cols == max(sum(span for _, span in r) for r in rows)
        for r, cells in enumerate(rows):
            col = 0
            for text, span in cells:
                got = table.cell(r, col)
                assert got is not None, (table.label, r, col, text)
                assert _squash(got.text) == _squash(text), (table.label, r, col, got.text, text)
                assert got.col_span == span
                col += span


def test_ternary_table_structure(ternary):
    t1, t2, t3 = ternary.tables
    assert (t1.page, t2.page, t3.page) == (8, 9, 11)
    assert [t.header_rows for t in ternary.tables] == [1, 1, 1]
    assert t1.grid()[0] == ["Clock period", "Five-trit", "Direct", "Full-front decoded", "Presence extracted"]
    assert t2.cell(4, 4).text == "-18.0%" and t1.cell(4, 0).text == "≥2.20 ns"
    groups = [c for c in t3.cells if c.col_span > 1]
    assert [(c.row, c.text) for c in groups] == [
        (1, "Quantization-aware training or fine-tuning"),
        (11, "Post-training ternarization (CAT-Q)"),
    ]
    assert t3.caption.startswith("Table 3: Modeled ternary-projection engine") and t3.section.startswith("6.6 ")
    for t in ternary.tables:
        for c in t.cells:
            assert t.bbox[0] - 1 <= c.bbox[0] <= c.bbox[2] <= t.bbox[2] + 1
            assert t.bbox[1] - 1 <= c.bbox[1] <= c.bbox[3] <= t.bbox[3] + 1


def test_table_text_is_not_read_as_body(ternary, int8):
    for doc, cell in [(ternary, "1255.3"), (ternary, "Falcon3-3B"), (int8, "87.76"), (int8, "88.61")]:
        holders = [p for p in doc.passages if cell in p.text]
        assert holders and all(p.kind is PassageKind.other for p in holders), [(p.kind, p.text[:40]) for p in holders]


def test_int8_results_tables(int8):
    tables = {t.label: t for t in int8.tables}
    assert {"Table 1", "Table 2", "Table 5", "Table 9"} <= set(tables)
    t1 = tables["Table 1"]
    assert t1.page == 6 and t1.grid()[0] == ["Parameters", "125M", "1.3B", "2.7B", "6.7B", "13B"]
    rows = {r[0]: r[1:] for r in t1.grid()}
    assert rows["Int8 absmax"] == ["87.76", "16.55", "15.11", "14.59", "19.08"]
    assert rows["Zeropoint LLM.int8() (vector-wise + decomp)"] == ["25.69", "15.92", "14.43", "13.24", "12.45"]
    t9 = tables["Table 9"]
    assert t9.grid()[0][:3] == ["Method", "MNLI", "QNLI"] and t9.cell(6, 9).text == "88.81"
    t2 = tables["Table 2"]
    assert t2.header_rows == 2 and t2.grid()[7] == ["Free Cloud", "Colab", "12 GB", "T0/T5-11B", "GPT-2 1.3B"]
    assert t1.section == "3.4 Main Results"


def test_extract_tables_on_an_open_document_matches_parse_pdf(ternary):
    doc = pymupdf.open(need(TERNARY / "paper.pdf"))
    again = extract_tables(doc, ternary.passages)
    assert [t.grid() for t in again] == [t.grid() for t in ternary.tables]


# ---------------------------------------------------------------- generated tables

ROWS = [["Method", "Bits", "Wiki2 PPL", "Zero-shot"], ["RTN", "4", "6.12", "61.3"], ["GPTQ", "4", "5.85", "63.0"],
        ["AWQ", "3", "6.24", "60.8"]]
XS = [80, 200, 280, 390, 490]


def _ruled(page):
    write_lines(page, 80, 80, ["Table 1: Perplexity of 4-bit quantizers on a small model."])
    top, h = 100, 20
    for i in range(len(ROWS) + 1):
        page.draw_line((XS[0], top + i * h), (XS[-1], top + i * h))
    for x in XS:
        page.draw_line((x, top), (x, top + len(ROWS) * h))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            write_lines(page, XS[c] + 4, top + r * h + 14, [text])
    write_lines(page, 80, 230, ["The ruled table above is followed by ordinary body text that explains it."])


def test_ruled_table_is_found_with_its_grid():
    doc = parse_pdf(make_pdf(_ruled), name="ruled.pdf")
    (t,) = doc.tables
    assert t.method == "ruled" and t.label == "Table 1" and t.caption.startswith("Table 1: Perplexity")
    assert t.grid() == ROWS
    assert all(p.kind is not PassageKind.body for p in doc.passages if "GPTQ" in p.text)


def _booktabs(page, caption_below=False):
    x0, x1 = 80, 470
    cols = [80, 220, 300, 400]
    cap_y = 250 if caption_below else 80
    write_lines(page, 80, cap_y, ["Table 2: Zero-shot accuracy after quantization (booktabs rules only)."])
    top = 100
    page.draw_line((x0, top), (x1, top), width=0.8)
    write_lines(page, cols[0], top + 14, ["Method"])
    for c, text in zip(cols[1:], ["Bits", "Wiki2 PPL", "Zero-shot"]):
        write_lines(page, c, top + 14, [text])
    page.draw_line((x0, top + 20), (x1, top + 20), width=0.5)
    y = top + 34
    write_lines(page, cols[0], y, ["Weight-only methods"])  # a grouped-row title, spanning the table
    for row in ROWS[1:]:
        y += 14
        for c, text in zip(cols, row):
            write_lines(page, c, y, [text])
    page.draw_line((x0, y + 6), (x1, y + 6), width=0.8)
    write_lines(page, 80, 300, ["Body text after the table says that GPTQ keeps most of the accuracy at four bits."])


@pytest.mark.parametrize("below", [False, True])
def test_booktabs_table_is_rebuilt_from_word_positions(below):
    doc = parse_pdf(make_pdf(lambda page: _booktabs(page, below)), name="booktabs.pdf")
    (t,) = doc.tables
    assert t.method == "words" and t.label == "Table 2" and t.header_rows == 1
    grid = t.grid()
    assert grid[0] == ROWS[0] and grid[2:] == ROWS[1:]
    group = t.cell(1, 0)
    assert group.text == "Weight-only methods" and group.col_span == 4
    body = [p for p in doc.passages if p.kind is PassageKind.body]
    assert [p.text[:9] for p in body] == ["Body text"]


def _grouped(page, rules=True):
    # "Is 8-bit" set over FFN | Linear (a \cmidrule under it), centred nearer Linear; "Outliers" and
    # "Frequency" over one rule drawn across four columns; "Decomp" under no rule
    write_lines(page, 60, 80, ["Table 3: Grouped column headers over partial rules."])
    top = 100
    page.draw_line((60, top), (540, top), width=0.8)
    write_lines(page, 110, top + 14, ["Is 8-bit"])
    write_lines(page, 280, top + 14, ["Outliers"])
    write_lines(page, 390, top + 14, ["Frequency"])
    if rules:
        page.draw_line((95, top + 18), (175, top + 18), width=0.4)
        page.draw_line((255, top + 18), (460, top + 18), width=0.4)
    header = [(60, "Params"), (100, "FFN"), (145, "Linear"), (200, "Decomp"), (260, "Count"), (310, "Sided"),
              (370, "Layers"), (420, "SDims"), (490, "PPL")]
    for x, text in header:
        write_lines(page, x, top + 30, [text])
    page.draw_line((60, top + 36), (540, top + 36), width=0.5)
    for i, row in enumerate([["209M", "\u2713", "", "2%", "1", "1", "25%", "6%", "16.78"],
                             ["1.1B", "\u2713", "\u2713", "0%", "2", "0", "31%", "16%", "10.52"]]):
        for (x, _), text in zip(header, row):
            if text:
                write_lines(page, x, top + 50 + 14 * i, [text])
    page.draw_line((60, top + 72), (540, top + 72), width=0.8)


def test_a_header_over_a_partial_rule_spans_the_columns_under_it():
    (t,) = parse_pdf(make_pdf(_grouped), name="grouped.pdf").tables
    assert t.header_rows == 2
    spans = {c.text: (c.col, c.col_span) for c in t.cells if c.row == 0}
    # "Is 8-bit" stands nearer Linear, yet spans both columns its rule covers; the two headers over one
    # rule share its columns, each taking those nearest to it
    assert spans == {"Is 8-bit": (1, 2), "Outliers": (4, 2), "Frequency": (6, 2)}
    # without the rules, a header covers only the columns it overlaps
    (plain,) = parse_pdf(make_pdf(lambda page: _grouped(page, rules=False)), name="plain.pdf").tables
    assert {c.text: c.col_span for c in plain.cells if c.row == 0} == {"Is 8-bit": 1, "Outliers": 1, "Frequency": 1}


def test_int8_group_headers_span_their_columns(int8):
    tables = {t.label: t for t in int8.tables}
    t4, t7 = tables["Table 4"], tables["Table 7"]
    assert [(c.text, c.col, c.col_span) for c in t4.cells if c.row == 0] == [
        ("Outliers", 3, 2), ("Frequency", 5, 2), ("Top-1 softmax p", 8, 2)]
    assert [(c.text, c.col, c.col_span) for c in t7.cells if c.row == 0] == [("Is 8-bit", 1, 3)]
