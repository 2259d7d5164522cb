"""Sentences a break cuts in two (verifier.run_ons): which pairs of passages are one sentence.

Real sentences of the corpus papers where they were cut (LLM.int8() pages 6/7 and 17, the
natural-sparsity paper pages 2, 7 and 12/13), and a two-column PDF drawn here.
"""

from __future__ import annotations

from verifier.documents import DocumentMeta, ParsedDocument, Passage, PassageKind
from verifier.extract import extract_claims
from verifier.retrieval import sentence_spans
from verifier.run_ons import furniture, join_parts, run_ons


def passage(index: int, page: int, text: str, kind: PassageKind = PassageKind.body, *, top: float = 100,
            bottom: float = 600, column: int = 0) -> Passage:
    x0, x1 = {0: (72, 540), 1: (50, 296), 2: (316, 562)}[column]
    return Passage(index=index, page=page, kind=kind, text=text, raw_text=text, offsets=list(range(len(text) + 1)),
                   bbox=(x0, top, x1, bottom), column=column)


def page_mark(index: int, page: int, text: str) -> Passage:
    """A page number or running head: in the page's bottom margin."""
    return passage(index, page, text, PassageKind.other, top=750, bottom=760)


def equation(index: int, page: int, text: str) -> Passage:
    """A displayed equation among the body text."""
    return passage(index, page, text, PassageKind.other, top=300, bottom=320)


def joined(*passages_: Passage) -> dict[int, tuple[int, str]]:
    doc = ParsedDocument(sha256="ab" * 32, media_type="application/pdf", n_pages=20, meta=DocumentMeta(),
                         passages=list(passages_), parser_version="test")
    return run_ons(doc, {p.index: sentence_spans(p.text) for p in doc.passages})


def test_a_bare_page_break_joins_a_part_that_opens_with_a_capital_or_a_bracket():
    # natural-sparsity, pages 12/13: "for the exact" | "BitNet storage calculation, ..."
    assert joined(
        passage(0, 12, "Row-start sign pointers are excluded from the projection model; for the exact", bottom=700),
        page_mark(1, 12, "12"),
        passage(2, 13, "BitNet storage calculation, one 32-bit pointer per row is added. It is small.", top=80),
    ) == {0: (2, "")}
    # LLM.int8(), pages 6/7: "only occur in attention projection" | "(key/query/value/output) and ..."
    assert joined(
        passage(0, 6, "Since feature outliers only occur in attention projection", bottom=700),
        page_mark(1, 6, "6"),
        passage(2, 7, "(key/query/value/output) and the feedforward network, we use it there. It is fast.", top=80),
    ) == {0: (2, "")}


def test_a_column_break_joins_and_the_page_number_between_is_not_read_in():
    assert joined(
        passage(0, 1, "On WikiText-2 our method stays within 0.1 of FP16, while the same", column=1),
        page_mark(1, 1, "1"),
        passage(2, 1, "GPTQ baseline loses 2.3 points at 3 bits. Larger models lose less.", column=2),
    ) == {0: (2, "")}


def test_what_is_not_a_cut_sentence_stays_apart():
    cases = [
        # an equation among the text ended the sentence (natural-sparsity page 7): a capital opens the next
        (passage(0, 7, "Ignoring alignment, the symbol-storage rates are"), equation(1, 7, "Bbitmap = 1.5781"),
         passage(2, 7, "Bitmap/sign storage therefore beats continuous five-trit packing. It is simple.")),
        # a capital after a break on the same page in the same column: a new paragraph
        (passage(0, 2, "packing restarts every 128 weights (1.625 bits per weight) at"),
         passage(1, 2, "For continuous five-trit packing at exactly 1.6 bits the gap is small. It holds.")),
        # a list item opens the next page
        (passage(0, 15, "Did you describe the limitations of your work? See the", bottom=700), page_mark(1, 15, "15"),
         passage(2, 16, "(c) Did you discuss any potential negative societal impacts? Yes. See above.", top=80)),
        # a checklist answer ends the first part, not a cut sentence
        (passage(0, 15, "Did you include the license to the code and datasets? [N/A]", bottom=700),
         page_mark(1, 15, "15"), passage(2, 16, "Please do not modify the questions. Use the answers.", top=80)),
        # back from the right column to the left is no column break
        (passage(0, 1, "the right column ends here without a stop", column=2),
         passage(1, 1, "The left column of the next band opens. It goes on.", column=1)),
    ]
    for parts in cases:
        assert joined(*parts) == {}, parts[0].text


def test_a_two_column_pdf_gives_the_sentence_over_the_column_break_as_one_claim():
    from tests.support.pdfs import make_pdf, write_lines
    from verifier.pdf import parse_pdf

    def draw(page):
        write_lines(page, 160, 60, ["Outlier-Aware Quantization at Scale"], size=18)
        write_lines(page, 50, 100, [
            "We quantize the weights of all linear layers to 4 bits with a group",
            "size of 128 and keep the activations in 16-bit precision. On the",
            "WikiText-2 test set, our method keeps the perplexity of OPT-13B within",
            "0.1 of the FP16 model, while round-to-nearest quantization of the same",
        ], size=9, leading=11)
        write_lines(page, 316, 100, [
            "GPTQ baseline loses 2.3 points of perplexity at 3 bits on the same",
            "model. Larger models lose less, as reported in the tables below. We",
            "release the code.",
        ], size=9, leading=11)
        write_lines(page, 300, 760, ["1"], size=9)  # the page number, read between the columns

    doc = parse_pdf(make_pdf(draw), name="two-columns.pdf")
    claims = extract_claims(doc)
    cut = [c for c in claims if c.anchor.end_passage_index is not None]
    assert len(cut) == 1
    assert cut[0].anchor.quote == (
        "On the WikiText-2 test set, our method keeps the perplexity of OPT-13B within 0.1 of the FP16 model, "
        "while round-to-nearest quantization of the same GPTQ baseline loses 2.3 points of perplexity at 3 bits "
        "on the same model."
    )
    assert not [c for c in claims if c.anchor.quote.startswith("GPTQ baseline")]


def test_an_equation_at_the_foot_of_a_page_is_read_into_the_sentence_it_stands_in():
    # the two-column build of the natural-sparsity paper: the equation ends column 2 of page 2, the
    # sentence goes on at the top of page 3; the page number between is furniture, the equation is not
    assert joined(
        passage(0, 2, "BITCOS reports a zero density of z = 0.4219 [4], which implies", column=2, bottom=718),
        passage(1, 2, "Bbitmap = 1.5781 (4)", PassageKind.other, top=731, bottom=741),
        passage(2, 2, "2", PassageKind.other, top=761, bottom=770),
        passage(3, 3, "symbol bits per weight, compared with 1.625 for five-trit packing. It is small.", top=56),
    ) == {0: (3, "Bbitmap = 1.5781")}


def test_a_float_at_the_top_of_the_next_page_is_not_read_in():
    # "The direct en-" | a table the parser read as text, at the top of page 6 | "gine reaches ..."
    assert joined(
        passage(0, 5, "The direct en-", column=2, bottom=740),
        passage(1, 5, "5", PassageKind.other, top=761, bottom=770),
        passage(2, 6, "Clock period Five-trit Direct 1.50 ns infeasible 1255.3", PassageKind.other, top=60),
        passage(3, 6, "gine reaches a 1.344 ns minimum period. It is fast.", top=200),
    ) == {0: (3, "")}
    # nor a figure's text that a caption ends
    assert joined(
        passage(0, 5, "the bitmap engine is smaller than", column=1, bottom=500),
        passage(1, 5, "ns 1.6 2.0", PassageKind.other, top=520, bottom=600),
        passage(2, 5, "Figure 3: Area against clock.", PassageKind.caption, top=610, bottom=620),
        passage(3, 5, "the five-trit engine at every clock. It is.", column=2, top=60),
    ) == {0: (3, "")}


def test_page_numbers_and_running_heads_are_furniture_equations_are_not():
    ps = [passage(0, 1, "Natural-Sparsity Acceleration 1", PassageKind.other),
          passage(1, 1, "x = 2 - z", PassageKind.other),
          passage(2, 2, "Natural-Sparsity Acceleration 2", PassageKind.other),
          passage(3, 2, "vii", PassageKind.other),
          passage(4, 2, "Page 12", PassageKind.other),
          passage(5, 2, "(4)", PassageKind.other),
          passage(6, 2, "12", PassageKind.body)]
    assert furniture(ps) == {0, 2, 3, 4}


def test_a_word_hyphenated_at_the_break_is_joined_without_its_hyphen():
    assert join_parts("The direct en-", "", "gine reaches 1.344 ns.") == "The direct engine reaches 1.344 ns."
    assert join_parts("compared to", "", "16-bit is reduced") == "compared to 16-bit is reduced"
    assert join_parts("the LPDDR4-", "", "streamed case") == "the LPDDR4-streamed case"
    assert join_parts("an 8-", "", "bit model") == "an 8-bit model"
    assert join_parts("the BLOOM-", "", "176B model") == "the BLOOM-176B model"
    assert join_parts("A replicated T-ACE-", "", "style decoder") == "A replicated T-ACE-style decoder"
    # with the document's words: a compound it writes keeps its hyphen, a name it writes whole is joined
    from verifier.textnorm import Vocabulary

    words = Vocabulary(["the compute-energy saving of BitNet is small", "and the engine is fast"])
    assert join_parts("no compute-", "energy saving", vocabulary=words) == "no compute-energy saving"
    assert join_parts("no consistent compute-", "energy saving") == "no consistent computeenergy saving"
    assert join_parts("the direct en-", "gine", vocabulary=words) == "the direct engine"
    assert join_parts("the sampled Bit-", "Net rows", vocabulary=words) == "the sampled BitNet rows"
    assert join_parts("as shown -", "", "here") == "as shown - here"
    assert join_parts("which implies", "B = 1.5", "symbol bits") == "which implies B = 1.5 symbol bits"


def test_a_sentence_that_runs_over_a_whole_passage_is_joined_through_it():
    # the 11 pt two-column build: "If" ends column 2 of page 1, the next passage is the sentence's middle
    # and stops at an equation, the sentence ends after it
    parts = [
        passage(0, 1, "Their representation stores one presence bit per weight. At 42% zeros", column=2, bottom=751),
        page_mark(1, 1, "1"),
        passage(2, 2, "the storage falls to", column=1, top=47, bottom=56),
        equation(3, 2, "Bbitmap = 1.58 (2)"),
        passage(4, 2, "bits per weight, 1.3% less than five-trit packing. It holds.", column=1, top=396, bottom=433),
    ]
    assert joined(*parts) == {0: (4, "the storage falls to Bbitmap = 1.58")}
    doc = ParsedDocument(sha256="ab" * 32, media_type="application/pdf", n_pages=2, meta=DocumentMeta(),
                         passages=parts, parser_version="test")
    (c,) = [c for c in extract_claims(doc) if c.anchor.end_passage_index is not None]
    assert c.anchor.quote == ("At 42% zeros the storage falls to Bbitmap = 1.58 bits per weight, 1.3% less than "
                              "five-trit packing.")
    from verifier.anchors import text_at
    from verifier.retrieval import units_of

    assert text_at(c.anchor, doc) == c.anchor.quote and c.anchor.end_passage_index == 4
    texts = [u.text for u in units_of(doc)]
    assert c.anchor.quote in texts and not any(t.startswith("the storage") for t in texts)
    # over more than four passages it is not joined
    longer = [passage(0, 1, "The storage is"), *(passage(k, 1, f"part {k} goes on") for k in range(1, 5)),
              passage(5, 1, "done here. It is.")]
    assert 0 not in joined(*longer)


def test_a_sentence_that_ends_inside_its_displayed_equation_is_read_with_it():
    # natural-sparsity page 2: "... (1.625 bits per weight) at" | "z > 0.375. (3)" | "For continuous ..."
    parts = [
        passage(0, 2, "It becomes smaller than five-trit packing when packing restarts every 128 weights at",
                bottom=290),
        equation(1, 2, "z > 0.375. (3)"),
        passage(2, 2, "For continuous five-trit packing the bitmap becomes smaller when z > 0.4. It is.", top=330),
    ]
    assert joined(*parts) == {0: (1, "")}
    doc = ParsedDocument(sha256="ab" * 32, media_type="application/pdf", n_pages=2, meta=DocumentMeta(),
                         passages=parts, parser_version="test")
    (c,) = [c for c in extract_claims(doc) if c.anchor.end_passage_index is not None]
    assert c.anchor.quote.endswith("restarts every 128 weights at z > 0.375.")
    assert (c.anchor.end_passage_index, c.anchor.end_char) == (1, len("z > 0.375."))
    from verifier.anchors import check_anchor

    assert check_anchor(c, doc).verdict.value == "supported"
    # a block of equations numbered line by line reads without its numbers
    block = [passage(0, 7, "Ignoring alignment, the symbol-storage rates are", bottom=290),
             equation(1, 7, "B2bit = 2, (6) B5trit = 1.6, (7) Bbitmap = 2 -z. (8)"),
             passage(2, 8, "Bitmap/sign storage therefore beats five-trit only when z > 0.4. It holds.", top=90)]
    (c,) = [c for c in extract_claims(ParsedDocument(sha256="ab" * 32, media_type="application/pdf", n_pages=8,
            meta=DocumentMeta(), passages=block, parser_version="test")) if c.anchor.end_passage_index is not None]
    assert c.anchor.quote == "Ignoring alignment, the symbol-storage rates are B2bit = 2, B5trit = 1.6, Bbitmap = 2 -z."
    # an equation followed by a lower-case continuation does not end the sentence
    going_on = [parts[0], equation(1, 2, "z > 0.375."), passage(2, 2, "holds for every block size. It is.", top=330)]
    assert joined(*going_on) == {0: (2, "z > 0.375.")}
    # pieces of an equation higher up on the page, which MuPDF sets last (an upright bracket), are not
    # between a sentence at the foot of the page and its end on the next: LLM.int8() typeset in two columns
    assert joined(
        passage(0, 2, "Int8 Matrix Multiplication with 16-bit Float Inputs and Outputs. Given hidden states",
                top=719, bottom=740, column=2),
        passage(1, 2, "\uf8ef\uf8ef 127 \u00b7 Xf16 max", PassageKind.other, top=164, bottom=194),
        page_mark(2, 2, "2"),
        passage(3, 3, "Xf16 \u2208 Rs\u00d7h and weights Wf16 we perform 8-bit matrix multiplication. It is.", top=53,
                column=1),
    ) == {0: (3, "")}


def test_a_part_that_no_sentence_opens_with_goes_on_and_a_citation_bracket_after_a_column_break():
    # AWQ typeset in two columns: "... at 33 tokens" | column | "/ second, while ..."
    assert joined(
        passage(0, 5, "Notably, on the laptop GPU we are still able to run the model at 33 tokens", column=1),
        passage(1, 5, "/ second, while the FP16 implementation cannot fit 7B models. It is fast.", column=2),
    ) == {0: (1, "")}
    # SmoothQuant typeset in two columns: "... HellaSwag [Zel19b], PIQA" | column | "[Bis20a], WinoGrande ..."
    assert joined(
        passage(0, 5, "We use seven zero-shot evaluation tasks: LAMBADA [Pap16], HellaSwag [Zel19b], PIQA", column=1),
        page_mark(1, 5, "5"),
        passage(2, 5, "[Bis20a], WinoGrande [Sak19] and COPA [Roe11] to evaluate the models. It is done.", column=2),
    ) == {0: (2, "")}
    # a part may end with a percent sign: "... (i.e., FP16%" | column | "(based on W)) does not ..."
    assert joined(
        passage(0, 2, "But we find skipping the channels with large norm (i.e., FP16%", column=1),
        passage(1, 2, "(based on W)) does not improve the quantized performance. It is done.", column=2),
    ) == {0: (1, "")}
    # a sentence that ended is not continued by a bracket that opens the next column
    assert joined(
        passage(0, 5, "We use seven zero-shot evaluation tasks.", column=1),
        passage(1, 5, "[Bis20a] shows the same. It is done.", column=2),
    ) == {}
