"""parse_pdf: refusing bad input, reading order, normalisation with offsets, kinds and sections.

Real papers come from ../shared/corpus (skipped when absent); small layouts are drawn here with
PyMuPDF; the bad inputs are committed under tests/data/bad_inputs (make.py regenerates them).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.pdfs import (
    BAD,
    INT8,
    TERNARY,
    latex_text,
    make_pdf,
    need,
    write_lines,
)
from verifier.documents import PassageKind
from verifier.errors import (
    CorruptPdf,
    DocumentTooLarge,
    EncryptedPdf,
    NotAPdf,
    NoTextLayer,
)
from verifier.pdf import PARSER_VERSION, parse_pdf
from verifier.textnorm import LIGATURES, Vocabulary, normalise_lines

pymupdf = pytest.importorskip("pymupdf")


@pytest.fixture(scope="module")
def ternary():
    return parse_pdf(need(TERNARY / "paper.pdf").read_bytes(), name="ternary.pdf")


@pytest.fixture(scope="module")
def int8():
    return parse_pdf(need(INT8 / "paper.pdf").read_bytes(), name="llm-int8.pdf")


def _find(doc, needle: str):
    hits = [p for p in doc.passages if needle in p.text]
    assert hits, f"no passage contains {needle!r}"
    return hits[0]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, error, says",
    [
        ("empty.pdf", NotAPdf, "empty"),
        ("not_a_pdf.pdf", NotAPdf, "HTML"),
        ("truncated.pdf", CorruptPdf, "damaged"),
        ("corrupt.pdf", CorruptPdf, "recovered"),
        ("encrypted.pdf", EncryptedPdf, "password"),
        ("image_only.pdf", NoTextLayer, "OCR"),
    ],
)
def test_bad_inputs_raise_the_matching_error_naming_the_file(name, error, says):
    data = (BAD / name).read_bytes()
    with pytest.raises(error) as info:
        parse_pdf(data, name=name)
    assert info.value.subject == name
    line = info.value.one_line()
    assert line.startswith(f"{name}: ") and says in line, line


def test_size_is_checked_before_the_file_is_opened():
    junk = b"\x00" * 5000  # not a PDF either: the size limit must answer first
    with pytest.raises(DocumentTooLarge, match="over the limit") as info:
        parse_pdf(junk, name="big.pdf", max_bytes=4096)
    assert "max_bytes" in info.value.hint


def test_page_limit():
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page().insert_text((72, 72), "A page of a long report about pruning.")
    with pytest.raises(DocumentTooLarge, match="3 pages, over the limit of 2"):
        parse_pdf(doc.tobytes(), name="long.pdf", max_pages=2)


@pytest.mark.parametrize("fraction", [0.5, 0.99])
def test_a_real_paper_cut_short_is_reported_as_corrupt(fraction):
    data = need(INT8 / "paper.pdf").read_bytes()
    with pytest.raises(CorruptPdf) as info:
        parse_pdf(data[: int(len(data) * fraction)], name="cut.pdf")
    assert "download it again" in info.value.hint


def test_a_tiny_text_pdf_is_accepted():
    data = make_pdf(lambda page: page.insert_text((72, 72), "ok"))
    doc = parse_pdf(data, name="ok.pdf")
    assert doc.page_text(1) == "ok" and doc.parser_version == PARSER_VERSION and doc.n_pages == 1


# ---------------------------------------------------------------- layout on generated pages


def _two_columns(page):
    write_lines(page, 160, 60, ["Sparse Experts at Low Bit Width"], size=18)
    left, right = (50, 90, 296, 330), (316, 90, 562, 330)
    text = "This sentence belongs to the {} column and it goes on for a while so that it wraps. "
    page.insert_textbox(pymupdf.Rect(*left), "LEFTTOP " + text.format("left") * 5, fontsize=10)
    page.insert_textbox(pymupdf.Rect(*right), "RIGHTTOP " + text.format("right") * 5, fontsize=10)
    page.insert_textbox(pymupdf.Rect(50, 340, 562, 400), "WIDEMIDDLE " + text.format("no") * 3, fontsize=10)
    page.insert_textbox(pymupdf.Rect(50, 410, 296, 650), "LEFTBOTTOM " + text.format("left") * 5, fontsize=10)
    page.insert_textbox(pymupdf.Rect(316, 410, 562, 650), "RIGHTBOTTOM " + text.format("right") * 5, fontsize=10)


def test_two_columns_are_read_left_then_right_and_wide_blocks_interrupt_them():
    doc = parse_pdf(make_pdf(_two_columns), name="two-col.pdf")
    order = [m for p in doc.passages for m in re.findall(r"[A-Z]{4,}(?:TOP|BOTTOM|MIDDLE)", p.text)]
    assert order == ["LEFTTOP", "RIGHTTOP", "WIDEMIDDLE", "LEFTBOTTOM", "RIGHTBOTTOM"]
    cols = {m: p.column for p in doc.passages for m in re.findall(r"[A-Z]+(?:TOP|BOTTOM|MIDDLE)", p.text)}
    assert cols == {"LEFTTOP": 1, "RIGHTTOP": 2, "WIDEMIDDLE": 0, "LEFTBOTTOM": 1, "RIGHTBOTTOM": 2}
    assert doc.passages[0].kind is PassageKind.title and doc.meta.title == "Sparse Experts at Low Bit Width"


def _ligatures_and_hyphens(page):
    write_lines(
        page,
        72,
        100,
        [
            "Post-training quanti-",
            "zation gives a signiﬁcant eﬀect on ﬂoat models with 8-bit weights and zero-shot",
            "accuracy; the zero-",
            "shot numbers hold for 8-",
            "bit formats, BLOOM-",
            "176B and a 9–14% range (x \u2212 1).",
        ],
    )


def test_ligatures_expanded_hyphens_joined_or_kept_and_offsets_point_at_raw_text():
    doc = parse_pdf(make_pdf(_ligatures_and_hyphens), name="lig.pdf")
    (p,) = [p for p in doc.passages if "quanti" in p.text]
    assert p.text == (
        "Post-training quantization gives a significant effect on float models with 8-bit weights and "
        "zero-shot accuracy; the zero-shot numbers hold for 8-bit formats, BLOOM-176B and a 9–14% range (x - 1)."
    )
    assert "quanti-\nzation" in p.raw_text and "signiﬁcant" in p.raw_text
    i = p.text.index("significant")
    start, end = p.raw_span(i, i + len("significant"))
    assert p.raw_text[start:end] == "signiﬁcant"
    assert [p.text[s.start : s.end] for s in p.lines][:2] == [
        "Post-training quanti",
        "zation gives a significant effect on float models with 8-bit weights and zero-shot",
    ]


def test_normalise_lines_keeps_one_offset_per_character():
    lines = ["a  ﬁne\u00a0line-", "up of text\u2019s", "  spaces   "]
    text, offsets, spans = normalise_lines(lines)
    raw = "\n".join(lines)
    assert text == "a fine lineup of text's spaces"
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(raw)
    for ch, off in zip(text, offsets):
        src = raw[off]
        assert ch == src or ch in LIGATURES.get(src, "") or (ch == " " and src.isspace()) or (ch, src) == ("'", "\u2019")
    assert [text[s:e] for s, e in spans] == ["a fine line", "up of text's", "spaces"]


def test_line_end_hyphens_are_read_with_the_documents_own_words():
    # lines of a two-column build of the natural-sparsity paper, and of LLM.int8(), where they broke
    vocabulary = Vocabulary([
        "On the sampled BitNet rows the stream is smaller, and the direct engine is faster than the",
        "packed design at every low clock, without a trace of the average feed path in this paper.",
        "The quantization of tensor data is wise in general, so a zero of the lookup is a word here.",
    ])

    def joined(first: str, second: str) -> str:
        return normalise_lines([first, second], vocabulary)[0]

    assert joined("a word the line end hyphenated, the direct en-", "gine reaches") == \
        "a word the line end hyphenated, the direct engine reaches"
    assert joined("written whole: with-", "out a trace") == "written whole: without a trace"
    # both halves words of the document, the joined form never written: a compound broken at its hyphen
    assert joined("on some low-", "zero synthetic workloads") == "on some low-zero synthetic workloads"
    assert joined("the trace-", "average energy per clock") == "the trace-average energy per clock"
    assert joined("uses tensor-", "wise quantization") == "uses tensor-wise quantization"
    # a one-letter first half is no syllable
    assert joined("lowers the A/B-", "streamed saving") == "lowers the A/B-streamed saving"
    # two letters on the left: "an-" + "other" is a break, even though "an" and "other" are words
    assert joined("in an-", "other layout") == "in another layout"
    # before a capital: joined only where the document writes the word whole
    assert joined("On the sampled Bit-", "Net rows") == "On the sampled BitNet rows"
    assert joined("the BLOOM-", "176B model") == "the BLOOM-176B model"
    assert joined("with Open-", "STA for timing") == "with Open-STA for timing"
    # an acronym is not hyphenated; a compound head ("-based") after a word not written joined; a stem
    # the document writes ("offset") makes "off-" + "sets" a broken word, though "off" and "sets" are words
    assert joined("a replicated T-ACE-", "style decoder") == "a replicated T-ACE-style decoder"
    assert joined("from a floorplan-", "based energy model") == "from a floorplan-based energy model"
    offsets = Vocabulary(["the sign offset is read, and he sets off the clock, then the", "next line here"])
    assert normalise_lines(["whether it off-", "sets the energy"], offsets)[0] == "whether it offsets the energy"
    # a conjunction opening a compound is no suspended hyphen
    assert joined("five signed-", "or-zero contributions") == "five signed-or-zero contributions"
    assert joined("both zero-", "and one-shot") == "both zero- and one-shot"
    # an unspaced dash at a line end joins without a space; a spaced one keeps it
    assert joined("a matrix–", "vector multiply") == "a matrix–vector multiply"
    assert joined("gains of 1.1–", "1.9x") == "gains of 1.1–1.9x"
    assert joined("the engine –", "as shown") == "the engine – as shown"
    # a web address broken at a line end is one word; a sentence that ends with one is not glued to the next
    assert joined("in the public repository https://github.", "com/ns/ternary and") == \
        "in the public repository https://github.com/ns/ternary and"
    assert joined("see https://example.org/", "The results") == "see https://example.org/ The results"
    assert joined("the sampled rows.", "com is no address") == "the sampled rows. com is no address"
    # so is a file name broken after its period; a sentence that ends before a word that is no extension is not
    assert joined("the steps are listed in REPRODUCING.", "md, and data/") == \
        "the steps are listed in REPRODUCING.md, and data/"
    assert joined("run scripts/train.", "py to train") == "run scripts/train.py to train"
    assert joined("the engine is small.", "mdash is a word") == "the engine is small. mdash is a word"
    # neither half nor the whole written elsewhere: English decides (verifier.english). Both halves words
    # and the whole none: a compound; the whole a word, or an inflection of one: a hyphenated word
    assert joined("since the process is highly memory-", "bounded.") == "since the process is highly memory-bounded."
    assert joined("alpha is a well-", "balanced point") == "alpha is a well-balanced point"
    assert joined("the token generation (reme-", "dies memory-bound workload)") == \
        "the token generation (remedies memory-bound workload)"
    assert joined("it reduces the quan-", "tization error") == "it reduces the quantization error"
    # the document's inflection of the whole makes it a word: "sub-" + "channel" where it writes "subchannels"
    # (no English word: the halves alone would have kept the hyphen)
    subs = Vocabulary(["the scales of the subchannels are set once per group of the model in all", "our runs"])
    assert normalise_lines(["of each sub-", "channel of the layer"], subs)[0] == "of each subchannel of the layer"
    assert joined("of each sub-", "channel of the layer") == "of each sub-channel of the layer"
    # a second half the document writes after two first halves or more is its compound's: "column-" + "wise"
    wise = Vocabulary(["we compare vector-wise and row-wise quantization of the model in all of our", "runs"])
    assert normalise_lines(["the column-", "wise maximum"], wise)[0] == "the column-wise maximum"
    assert joined("the column-", "wise maximum") == "the columnwise maximum"  # English has "columnwise"
    assert joined("in our small-", "est model") == "in our smallest model"
    tunes = Vocabulary(["we finetune the model and report the results of all runs of the model", "here"])
    assert normalise_lines(["for fine-", "tuning the model"], tunes)[0] == "for finetuning the model"
    # a hyphen after a percentage or a bracket: a range, joined without a space
    assert joined("a small fraction of weights (0.1%-", "1%) in FP16") == \
        "a small fraction of weights (0.1%-1%) in FP16"
    # without a vocabulary every letter-hyphen-lowercase break is joined, as before
    assert normalise_lines(["on some low-", "zero synthetic workloads"])[0] == "on some lowzero synthetic workloads"
    # the halves of a word broken at a line end are no words of the document
    broken = Vocabulary(["the direct en-", "gine reaches a period here"])
    assert not broken.writes("gine") and not broken.writes("en") and broken.writes("period")


def _split_paragraph(page):
    write_lines(page, 72, 100, ["Body text of an earlier paragraph that is long enough to set the size of body text.",
                                "It goes on for a second line so that the parser sees a paragraph of body text."])
    # one paragraph that MuPDF gives as two blocks: the first stops mid-sentence, the second is not indented
    write_lines(page, 72, 140, ["All scripts are packaged in a Docker image (Yosys 0.33, OpenSTA 3.1.0, Icarus Verilog 12,"])
    write_lines(page, 72, 156, ["Nangate45). The repository records the scripts and the tool versions used for this paper."])
    # two paragraphs: the first ends its sentence, the second is indented
    write_lines(page, 72, 200, ["Another paragraph ends here with a full stop and nothing else to say about it at all."])
    write_lines(page, 87, 216, ["The next paragraph is indented and starts with a capital as paragraphs do in print."])
    # a line of text with a formula in it, right above the rest of its paragraph, is no equation
    write_lines(page, 72, 260, ["(Architecture A: 1.9-2.5). At z = 0.4225, close to the"])
    write_lines(page, 72, 276, ["checkpoint-wide density, streamed Architecture B breaks even at about 1.9-3.4 pJ per bit."])


def test_a_paragraph_split_into_blocks_mid_sentence_is_one_passage():
    doc = parse_pdf(make_pdf(_split_paragraph), name="split.pdf")
    texts = [p.text for p in doc.passages if p.kind is PassageKind.body]
    assert "Icarus Verilog 12, Nangate45). The repository records" in texts[1]
    assert texts[2].startswith("Another paragraph") and texts[3].startswith("The next paragraph is indented")
    assert texts[4].startswith("(Architecture A: 1.9-2.5). At z = 0.4225, close to the checkpoint-wide density")
    assert len(texts) == 5


# ---------------------------------------------------------------- real papers


def test_ternary_abstract_sentences_are_found_verbatim_on_page_one(ternary):
    tex = need(TERNARY / "paper.tex").read_text()
    abstract = latex_text(re.search(r"\\begin\{abstract\}(.*?)\\end\{abstract\}", tex, re.DOTALL).group(1))
    sentences = [s.strip() for s in re.split(r"(?<=\.) (?=[A-Z])", abstract) if s.strip()]
    assert len(sentences) >= 8
    passages = [p for p in ternary.passages if p.kind is PassageKind.abstract]
    assert passages and {p.page for p in passages} == {1}
    text = " ".join(p.text for p in passages)
    missing = [s for s in sentences if s not in text]
    assert not missing, missing
    assert ternary.meta.abstract == text
    assert ternary.meta.title.startswith("Natural-Sparsity Acceleration for Ternary LLMs")


def test_ternary_headings_sections_and_references(ternary):
    headings = [p.text for p in ternary.passages if p.kind is PassageKind.heading]
    for h in ["1 Introduction", "4.1 Real model traces", "6.2 Matched clock period and area", "References"]:
        assert h in headings
    p = _find(ternary, "The bitmap/sign engines have a shallower front end")
    assert p.kind is PassageKind.body and p.section == "6.2 Matched clock period and area" and p.page == 8
    refs = [p for p in ternary.passages if p.kind is PassageKind.reference]
    assert [int(re.match(r"\[(\d+)\]", r.text).group(1)) for r in refs] == list(range(1, 34))
    assert "arXiv:2609.16338" in refs[3].text  # entry [4], joined from its two lines
    assert all(p.section == "References" for p in refs)
    assert _find(ternary, "Figure 1: Conceptual comparison").kind is PassageKind.caption


def test_ternary_text_keeps_en_dashes_and_passages_carry_boxes(ternary):
    p = _find(ternary, "span 29.2–51.5% zeros")
    assert p.page == 7 and p.bbox[0] < p.bbox[2] and p.lines
    for line in p.lines:
        assert p.bbox[0] - 0.5 <= line.bbox[0] and line.bbox[2] <= p.bbox[2] + 0.5
    numbers = [p for p in ternary.passages if p.kind is PassageKind.other and re.fullmatch(r"\d+", p.text)]
    assert len(numbers) == 16  # the page numbers


def test_int8_reading_order_of_known_sentences(int8):
    order = [
        "In this paper, we present the first multi-billion-scale Int8 quantization procedure",
        "We show that with the first part of our method, vector-wise quantization",
        "To scale beyond 6.7B parameters without performance degradation",
        "To support effective quantization with such extreme outliers",
        "In this work, push quantization techniques to their breaking point",
        "The main language modeling perplexity results on the 125M to 13B Int8 models",
    ]
    idx = [_find(int8, s).index for s in order]
    assert idx == sorted(idx)
    assert [_find(int8, s).page for s in order] == [2, 2, 2, 2, 3, 5]


def test_int8_ligatures_and_line_end_hyphens(int8):
    abstract = _find(int8, "require significant GPU memory")
    assert abstract.kind is PassageKind.abstract and "signiﬁcant" in abstract.raw_text
    joined = _find(int8, "Int8 matrix multiplication")
    p = next(p for p in int8.passages if "quanti-\nzation" in p.raw_text)
    assert p.page == 1 and "quantization" in p.text and "quanti-" not in p.text
    assert joined.page == 1
    assert "\ufb01" not in " ".join(p.text for p in int8.passages)


def test_int8_kinds(int8):
    assert int8.meta.title == "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale"
    foot = _find(int8, "Majority of research done as a visiting researcher")
    assert foot.kind is PassageKind.footnote and foot.page == 1
    assert _find(int8, "arXiv:2208.07339").kind is PassageKind.other  # the rotated stamp
    assert _find(int8, "36th Conference on Neural Information").kind is PassageKind.other
    assert _find(int8, "LLM.int8()").kind is not PassageKind.heading  # the large label inside Figure 2
    refs = [p for p in int8.passages if p.kind is PassageKind.reference]
    assert 60 <= len(refs) <= 75 and refs[0].text.startswith("Artetxe, M.")
    assert _find(int8, "Dettmers, T., Lewis, M., Shleifer, S.").kind is PassageKind.reference
    p = _find(int8, "We test models up to a scale of 13B parameters")
    assert p.section == "4.1 Finding Outlier Features"


def test_offsets_map_every_character_back_to_the_raw_text(int8, ternary):
    for doc in (int8, ternary):
        for p in doc.passages:
            assert p.offsets == sorted(p.offsets)
            for ch, off in zip(p.text, p.offsets):
                src = p.raw_text[off]
                ok = ch == src or ch in LIGATURES.get(src, "") or (ch == " " and src.isspace())
                assert ok or unicodedata_minus(ch, src), (p.index, ch, src)


def unicodedata_minus(ch: str, src: str) -> bool:
    return (ch, src) in {("-", "\u2212"), ("-", "\u2010"), ("-", "\u2011"), ("'", "\u2019"), ("'", "\u2018"),
                         ('"', "\u201c"), ('"', "\u201d")}


def test_dict_fallback_reads_the_same_structure(ternary, monkeypatch):
    """Without MuPDF's JSON writer (older PyMuPDF) the extractDICT path gives the same headings and tables."""
    from verifier import pdf

    monkeypatch.setattr(pdf, "_blocks_native", lambda *a, **k: None)
    slow = parse_pdf(need(TERNARY / "paper.pdf").read_bytes(), name="ternary.pdf")
    heads = [p.text for p in slow.passages if p.kind is PassageKind.heading]
    assert heads == [p.text for p in ternary.passages if p.kind is PassageKind.heading]
    assert [t.grid() for t in slow.tables] == [t.grid() for t in ternary.tables]
    assert slow.meta.abstract == ternary.meta.abstract


def test_pymupdf_is_imported_without_its_add_ons_which_stay_importable():
    """PyMuPDF 2.0 imports pymupdf.layout (ONNX, numpy) and pymupdf4llm at its own import: about 0.5 s of a one-paper
    ingest that the parser never uses. The parser's import leaves them out; a later explicit import still works."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("pymupdf4llm") is None or importlib.util.find_spec("pymupdf.layout") is None:
        pytest.skip("this PyMuPDF comes without its add-ons: nothing to leave out")
    code = (
        "import sys\n"
        "from verifier.pdf import import_pymupdf\n"
        "m = import_pymupdf()\n"
        "assert m.open is not None and m.TEXT_PRESERVE_LIGATURES\n"
        "print(sorted(n for n in ('pymupdf.layout', 'pymupdf4llm', 'numpy') if n in sys.modules))\n"
        "import pymupdf.layout, pymupdf4llm\n"
        "print('later imports work')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["[]", "later imports work"]


def test_word_boxes_do_not_depend_on_what_imported_pymupdf_first(ternary):
    """PyMuPDF's add-ons turn MuPDF's quad corrections off for the whole process when they are imported (pymupdf4llm
    does at its import), which changes every word box, so table cells came out with other boxes in a process that
    had imported them. The parser pins the setting for its own run and puts the caller's back."""
    import pymupdf

    data = need(TERNARY / "paper.pdf").read_bytes()
    before = pymupdf.TOOLS.unset_quad_corrections()
    try:
        boxes = []
        for off in (False, True):
            pymupdf.TOOLS.unset_quad_corrections(off)
            doc = parse_pdf(data, name="ternary.pdf")
            assert pymupdf.TOOLS.unset_quad_corrections() is off  # the caller's value, put back
            boxes.append([[c.bbox for c in t.cells] for t in doc.tables])
    finally:
        pymupdf.TOOLS.unset_quad_corrections(before)
    assert boxes[0] == boxes[1] == [[c.bbox for c in t.cells] for t in ternary.tables]
    assert boxes[0] and boxes[0][0]
