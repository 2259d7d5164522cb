"""Blocks as MuPDF gives them and how layout reads them: pieces of one line set apart, a caption run
into a paragraph's block, an equation wider than its column, a sentence's tail above a figure.

The boxes are those MuPDF gave for the Markdown papers of the corpus typeset with pdflatex
(tests/support/markdown_latex.py; the end-to-end check is tests/verifier/test_markdown_builds.py).
"""

from __future__ import annotations

from verifier.documents import PassageKind
from verifier.layout import Block, Line, PageGeom, classify, first_line, is_heading, mark_figures, order_page, union
from verifier.pdf import _split_captions

BODY = 10.0


def line(text: str, x0: float, y0: float, x1: float, *, height: float = 8.8, size: float = BODY, bold: bool = False,
         math: float = 0.0) -> Line:
    return Line(text, (x0, y0, x1, y0 + height), size, bold, math)


def block(*lines: Line, page: int = 1) -> Block:
    return Block(page, list(lines), union(ln.bbox for ln in lines), max(ln.size for ln in lines))


def kinds_and_texts(blocks: list[Block], page_width: float = 612) -> list[tuple[PassageKind, str]]:
    units = classify([order_page(blocks, BODY)], [PageGeom(page_width, 792)], BODY)
    return [(u.kind, " ".join(ln.text for ln in u.lines)) for u in units]


def test_a_bold_label_set_apart_on_its_line_reads_first_and_with_its_caption():
    # SmoothQuant typeset in two columns: "Table 1." in bold is one block; the rest of its line, and the
    # caption's next lines (which start further left), another, whose box starts left of the label's
    label = block(line("Table", 327, 563, 355, bold=True), line("1.", 360, 563, 369, bold=True))
    rest = block(line("Among different activation quantization schemes,", 372, 562.6, 558),  # its top a little higher
                 line("only per-channel quantization preserves the accuracy.", 317, 575, 558))
    before = block(line("Outliers persist in fixed channels of the model and", 317, 467, 558),
                   line("appear in all tokens of the sequence, as we saw above.", 317, 479, 558))
    assert first_line(label) == "Table 1."
    read = kinds_and_texts([rest, label, before])
    assert read[-1] == (PassageKind.caption, "Table 1. Among different activation quantization schemes, "
                                             "only per-channel quantization preserves the accuracy.")
    # the rest of a line after a wide justified gap is still the same line
    gap = block(line("When serving MT-NLG 530B, SmoothQuant halves the memory.", 140, 446, 295))
    nine = block(line("Table", 64, 446, 91, bold=True), line("9.", 104, 446, 113, bold=True))
    assert kinds_and_texts([gap, nine]) == [
        (PassageKind.caption, "Table 9. When serving MT-NLG 530B, SmoothQuant halves the memory.")]


def test_a_raised_piece_of_a_line_goes_on_with_its_sentence():
    # AWQ: "... can further help to reduce ∆" | "′" raised | "in Equation 2; thus ..." on the line below
    # (the prime lifts the top of its line's box: MuPDF starts a block there)
    first = block(line("clipping also by minimizing the MSE error, since clip-", 317, 57, 558),
                  line("ping the weights can further help to reduce \u2206", 317, 69, 514.6))
    raised = block(line("\u2032 in Equa-", 514.6, 62.4, 558, height=15.4),
                   line("tion 2; thus reducing quantization error. We provide an", 317, 81, 558))
    ((kind, text),) = kinds_and_texts([first, raised])
    assert kind is PassageKind.body and text.endswith("reduce \u2206 \u2032 in Equa- tion 2; thus reducing "
                                                      "quantization error. We provide an")


def test_a_caption_run_into_a_paragraphs_block_is_a_block_of_its_own():
    lines = [line("the smoothing transformation is applied offline to the weights.", 79, 400, 533),
             line("Figure", 79, 414, 110, bold=True), line("5.", 113, 414, 122, bold=True),
             line("Main idea of SmoothQuant when \u03b1 is 0.5.", 126, 414, 400),
             line("Here we introduce a hyper-parameter, migration strength", 97, 440, 533)]
    parts = _split_captions(lines)
    assert [[ln.text for ln in p] for p in parts] == [
        ["the smoothing transformation is applied offline to the weights."],
        ["Figure", "5.", "Main idea of SmoothQuant when \u03b1 is 0.5.",
         "Here we introduce a hyper-parameter, migration strength"]]
    # a line that names a figure mid-sentence is no caption: "... as shown in" | "Figure 5. ..."
    mid = [line("the smoothing transformation is shown in", 79, 400, 533),
           line("Figure 5. It is applied offline.", 79, 414, 300)]
    assert len(_split_captions(mid)) == 1


def test_a_display_equation_wider_than_its_column_stays_in_it():
    # LLM.int8() in two columns: an equation of the left column runs into the gutter; read as full
    # width, it went after the right column and into the sentence at the foot of it
    left = [block(line(f"Left column line {i} of running text that fills the column.", 54, 600 + 12 * i, 295))
            for i in range(8)]
    right = [block(line(f"Right column line {i} of running text that fills it too.", 317, 600 + 12 * i, 558))
             for i in range(8)]
    equation = block(line("Ci32 = S\u00b7Ci32 = S\u00b7Ai8Bi8 = S\u00b7Q(Af16) Q(Bf16),", 141, 726, 353, math=0.8))
    ordered = order_page(left + right + [equation], BODY)
    assert equation.column == 1
    assert ordered.index(equation) < ordered.index(right[0])
    # a full-width float, centred on the page, still interrupts both columns
    wide = block(line("Table 3: A table as wide as the page, centred over both columns.", 120, 500, 490))
    ordered = order_page(left + right + [wide], BODY)
    assert wide.column == 0 and ordered.index(wide) < ordered.index(left[0])


def test_the_tail_of_a_sentence_above_a_figure_caption_is_no_figure_text():
    # AWQ in two columns: "... reduces quantiza-" | column | "tion errors (Figure 1)." right above the caption
    tail = block(line("tion errors (Figure 1).", 54, 57, 150))
    caption = block(line("Figure 1. We observe that we can find 1% of the salient weights.", 54, 74, 295))
    label = block(line("input channel", 100, 40, 150, size=7))  # figure text: smaller, above
    inner = block(line("counts select the sign bits.", 151, 60, 290, size=7))
    mark_figures([tail, caption], BODY, 504)
    assert tail.kind is None
    mark_figures([label, inner, caption], BODY, 504)
    assert inner.kind is PassageKind.other and label.kind is PassageKind.other
    # nor is the paper's title, set large above a figure atop the right column (SmoothQuant at 11 pt)
    title = block(line("SmoothQuant", 247, 43, 365, height=15, size=17.2, bold=True))
    right_caption = block(line("Figure 1. The model size of large language models grows fast.", 313, 70, 569))
    mark_figures([title, right_caption], BODY, 526, styles={(14.3, True)})  # as its numbered headings are set
    assert title.kind is None


def test_a_column_is_found_past_an_equation_that_runs_into_the_margin_or_the_gutter():
    # LLM.int8() at 11 pt in two columns: a right-column equation runs past the right margin (to 618),
    # a left-column one set flush left runs into the gutter (to 333); the page is still two columns
    left = [block(line(f"Left column line {i} of the running text here.", 43, 300 + 12 * i, 299),
                  line("and its second line of text.", 43, 306 + 12 * i, 299)) for i in range(6)]
    right = [block(line(f"Right column line {i} of the running text.", 313, 300 + 12 * i, 569),
                   line("and its second line of text.", 313, 306 + 12 * i, 569)) for i in range(6)]
    past_margin = block(line("Ci32 = S\u00b7Ci32 = S\u00b7Ai8Bi8 = S\u00b7Q(Af16) Q(Bf16)", 407, 459, 618, math=0.8))
    flush_left = block(line("Ci32 = multiplyi16(Azpai16, Bzpbi16) = (Ai8+zpai16)(Bi8+zpbi16)", 43, 126, 333,
                            math=0.8))
    # the first piece of that equation, at the right column's left edge: measured from the margin the
    # equation reaches, it stands across the middle
    piece = block(line("Cf16 \u2248 1 cxf16 \u2297cwf16", 313, 453, 405, math=0.8))
    ordered = order_page(left + right + [past_margin, flush_left, piece], BODY)
    assert {b.column for b in right} == {2} and (past_margin.column, piece.column, flush_left.column) == (2, 2, 1)
    assert ordered.index(flush_left) < ordered.index(right[0])


def test_a_sentences_first_word_alone_at_the_foot_of_a_column_is_text():
    # "... of the model." | "For" at the foot of the left column | "this purpose, we ..." atop the right
    alone = block(line("For", 43, 740, 60))
    body = block(line("A paragraph that ends here with its full stop and more words.", 43, 700, 299),
                 line("and a second line of it, ending the paragraph.", 43, 712, 299))
    read = kinds_and_texts([body, alone])
    assert read[-1][1] == "For" and read[-1][0] is PassageKind.body
    assert kinds_and_texts([body, block(line("max", 43, 740, 60))])[-1][0] is PassageKind.other


def test_the_page_middle_is_the_texts_not_that_of_a_web_address_in_the_margin():
    # AWQ at 11 pt, wide columns: a footnote's web address runs to x = 597 past the right margin (547);
    # measured from it, the label "Table 7." atop the right column stood across the middle
    left = [block(line(f"Left column line {i} of the text.", 65, 100 + 24 * i, 293),
                  line("and its second line here.", 65, 112 + 24 * i, 293)) for i in range(6)]
    right = [block(line(f"Right column line {i} of the text.", 319, 300 + 24 * i, 547),
                   line("and its second line here.", 319, 312 + 24 * i, 547)) for i in range(6)]
    label = block(line("Table 7.", 319, 112, 365, bold=True))
    address = block(line("[+2]: https://github.com/ggerganov/llama.cpp/tree/master/examples/quantize", 330, 700, 597),
                    line("and its end.", 319, 712, 360))
    order_page(left + right + [label, address], BODY)
    assert label.column == 2 and address.column == 2


def test_appendix_headings_are_numbered_headings():
    # "Appendix A Memory usage compared" | "to 16-bit precision": two rows in a narrow column, its words
    # justified into lines of their own
    words = "Appendix A Memory usage compared".split()
    pieces = [line(w, 72 + 44 * i, 248, 110 + 44 * i, size=12, bold=True) for i, w in enumerate(words)]
    heading = block(*pieces, line("to 16-bit precision", 72, 264, 180, size=12, bold=True))
    assert is_heading(heading, BODY)
