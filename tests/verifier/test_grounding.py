"""Gate 1 rules (verifier.grounding): numbers across notations, antonyms, dropped conditions,
generalisations, anchors, and accuracy on the labelled corpus set (a regression guard)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.verifier.test_retrieval import document
from verifier.claims import Anchor, Claim, ClaimKind
from verifier.anchors import check_anchor
from verifier.grounding import (
    RULES,
    _as_own,
    _count_mismatches,
    _other_subject,
    _other_names,
    _spelled_otherwise,
    Verdict,
    comparison_flips,
    dropped_conditions,
    ground_text,
    judge,
    polarity_flips,
)
from verifier.quantities import parse_quantities
from verifier.retrieval import Retriever, Unit, units_of

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
LABELLED = REPO / "tests" / "data" / "grounding" / "labelled.jsonl"


def unit(text: str, context: str = "") -> Unit:
    return Unit(
        "00" * 32,
        1,
        text,
        passage_index=0,
        char_start=0,
        char_end=len(text),
        context=context,
    )


def verdict(claim: str, evidence: str) -> Verdict:
    return judge(claim, unit(evidence), 1.0)[0]


# -- numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim, evidence",
    [
        (
            "The models are fine-tuned with a learning rate of 2 × 10^-5.",
            "The models are fine-tuned with a learning rate of 2e-5.",
        ),
        (
            "The bitmap engines reach 9-14% shorter minimum clock periods.",
            "The bitmap engines reach 9–14% shorter minimum clock periods.",
        ),
        (
            "The kernel takes 1500 ms per batch on the A100.",
            "The kernel takes 1.5 s per batch on the A100.",
        ),
        (
            "LLM.int8() run times are about 2x faster for large matrix multiplications.",
            "LLM.int8() run times are about two times faster for large matrix multiplications.",
        ),
        (
            "AWQ is up to 3.9× faster than the FP16 implementation.",
            "AWQ is up to 3.9x faster than the FP16 implementation.",
        ),
        (
            "The checkpoint has a zero density of 42.2%.",
            "The checkpoint has a zero density of 42.2109%.",
        ),
    ],
)
def test_numbers_equal_across_notations_are_supported(claim, evidence):
    assert verdict(claim, evidence) is Verdict.supported


@pytest.mark.parametrize(
    "claim",
    [
        "The bitmap engines reach 16–21% shorter minimum clock periods.",  # range moved by 7 points
        "The checkpoint has a zero density of 51.5%.",
        "The kernel takes 2.25 s per batch on the A100.",  # x1.5
    ],
)
def test_a_changed_number_contradicts(claim):
    evidence = (
        "The bitmap engines reach 9–14% shorter minimum clock periods."
        if "clock" in claim
        else "The checkpoint has a zero density of 42.2109%."
        if "density" in claim
        else "The kernel takes 1.5 s per batch on the A100."
    )
    v, reasons = judge(claim, unit(evidence), 1.0)
    assert v is Verdict.contradicted
    assert any("not in the evidence" in r for r in reasons)


def test_a_rounded_number_is_not_a_change():
    assert (
        verdict(
            "The checkpoint has a zero density of 42%.",
            "The checkpoint has a zero density of 42.2109%.",
        )
        is Verdict.supported
    )
    assert (
        verdict(
            "The checkpoint has a zero density of 43%.",
            "The checkpoint has a zero density of 42.2109%.",
        )
        is Verdict.contradicted
    )


def test_a_claim_number_the_evidence_cannot_confirm_is_not_found():
    assert (
        verdict(
            "Bitmap storage is 12% smaller than five-trit packing.",
            "Bitmap storage is smaller than five-trit packing above 40% zeros.",
        )
        is not Verdict.supported
    )


# -- direction -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The bitmap engines reach 9–14% longer minimum clock periods.",
        "Compared with the OPT-175B model, the BLOOM-176B model is harder to quantize.",
        "SmoothQuant does not reduce the per-token decoding latency compared to FP16.",
        "Scaling up the salient channels degrades the perplexity from 23.54 to 11.92.",
    ],
)
def test_an_antonym_or_negation_contradicts(claim):
    evidence = {
        "bitmap": "The bitmap engines reach 9–14% shorter minimum clock periods.",
        "Compared": "Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize.",
        "SmoothQuant": "SmoothQuant constantly reduces the per-token decoding latency compared to FP16.",
        "Scaling": "Scaling up the salient channels improves the perplexity from 23.54 to 11.92.",
    }[next(k for k in ("bitmap", "Compared", "SmoothQuant", "Scaling") if k in claim)]
    assert polarity_flips(claim, evidence)
    assert verdict(claim, evidence) is Verdict.contradicted


def test_bounds_written_differently_agree_and_turned_around_contradict():
    evidence = "Blocking the sign bit of zero lanes recovers at most 3.3 percentage points."
    assert (
        verdict(
            "Blocking the sign bit of zero lanes recovers no more than 3.3 percentage points.",
            evidence,
        )
        is Verdict.supported
    )
    assert (
        verdict(
            "The framework offers less than 3× speedup over the Huggingface FP16 implementation.",
            "The framework offers more than 3× speedup over the Huggingface FP16 implementation.",
        )
        is Verdict.contradicted
    )


# -- conditions and special cases ------------------------------------------------------------------


def test_a_dropped_trailing_condition_is_partial():
    evidence = "Higher-zero checkpoints save 3.7–6.8% for LPDDR4-streamed ternary weights."
    claim = "Higher-zero checkpoints save 3.7–6.8%."
    assert dropped_conditions(claim, evidence) == ["for lpddr4-streamed ternary weights"]
    v, reasons = judge(claim, unit(evidence), 1.0)
    assert v is Verdict.partially_supported
    assert any("condition left out" in r for r in reasons)


def test_a_dropped_leading_or_inner_condition_is_partial():
    assert (
        verdict(
            "The direct engine uses 14.0% more energy per weight than five-trit.",
            "At 2.0 ns, the direct engine uses 14.0% more energy per weight than five-trit.",
        )
        is Verdict.partially_supported
    )
    assert (
        verdict(
            "8-bit attention linear projections lead to degradation.",
            "8-bit attention linear projections lead to degradation if not combined with mixed-precision "
            "decomposition.",
        )
        is Verdict.partially_supported
    )


def test_phrases_that_are_not_conditions_are_ignored():
    # a reference, a discourse phrase and a comparison's baseline left out: still supported
    assert (
        verdict(
            "AWQ reaches 3.2× speedup over the FP16 implementation.",
            "As shown in Table 3, AWQ reaches 3.2× speedup over the FP16 implementation.",
        )
        is Verdict.supported
    )
    assert (
        verdict(
            "We reduce the memory footprint of BLOOM-176B by 1.96x.",
            "For example, we reduce the memory footprint of BLOOM-176B by 1.96x.",
        )
        is Verdict.supported
    )
    assert (
        verdict(
            "The BLOOM-176B model is easier to quantize.",
            "Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize.",
        )
        is Verdict.supported
    )


def test_a_peak_stated_as_plain_or_an_added_all_is_partial():
    assert (
        verdict(
            "SmoothQuant achieves a 1.56× speedup over FP16.",
            "SmoothQuant achieves up to 1.56× speedup over FP16.",
        )
        is Verdict.partially_supported
    )
    assert (
        verdict(
            "AWQ outperforms RTN on all OPT models.",
            "AWQ outperforms RTN on OPT models.",
        )
        is Verdict.partially_supported
    )



def test_all_of_a_noun_the_evidence_says_most_of_is_partial():
    """ground-3: the SmoothQuant sentence holds "all OPT ... models" as well, so before it no quantifier
    counted as added and the claim was *supported* (labelled item g0225)."""
    evidence = ("We find that for most of the models, e.g., all OPT and BLOOM models, alpha=0.5 is a "
                "well-balanced point to evenly split the quantization difficulty.")
    claim = "alpha=0.5 is a well-balanced point to evenly split the quantization difficulty for all models."
    v, reasons = judge(claim, unit(evidence), 1.0)
    assert v is Verdict.partially_supported, reasons
    assert "'most of the models' generalised to 'all models'" in reasons
    # the same noun quantified the same way, or another noun, is no generalisation
    same = claim.replace("for all models", "for most of the models")
    assert judge(same, unit(evidence), 1.0)[0] is Verdict.supported
    assert verdict("QAT helps every layer of the model.", "QAT helps every layer of the model.") is Verdict.supported

def test_an_unrelated_claim_is_not_found():
    assert (
        verdict(
            "Whisper-Large loses 0.8% word error rate under W8A8 with SmoothQuant.",
            "The bitmap engines reach 9–14% shorter minimum clock periods.",
        )
        is Verdict.not_found
    )


def test_rules_text_names_every_verdict():
    for v in Verdict:
        assert v.value.replace("_", " ") in RULES


# -- ground_text -----------------------------------------------------------------------------------


def test_ground_text_keeps_exact_source_spans_with_page_and_score():
    doc = document()
    g = ground_text(
        "At 2.0 ns the direct engine uses 14.0% more energy per weight.",
        Retriever(units_of(doc), semantic=False),
    )
    assert g.verdict is Verdict.supported
    best = g.evidence[0]
    assert best.page == 2 and best.score > 0
    assert doc.passages[best.passage_index].text[best.char_start : best.char_end] == best.quote
    assert (
        ground_text(
            "OPT-13B reaches 12.45 Int8 perplexity on C4.",
            Retriever(units_of(doc), semantic=False),
        )
        .evidence[0]
        .row
        == 1
    )
    empty = ground_text("anything", Retriever([], semantic=False))
    assert empty.verdict is Verdict.not_found and empty.evidence == []


def test_swapped_ends_of_a_from_to_contradict():
    """ground-3: 'from weights to activations' against 'from activations to weights' aligned every word
    and was *supported*; 'Based on this observation' is a discourse phrase, not a condition left out."""
    evidence = "Based on this observation, SmoothQuant offline migrates the quantization difficulty from " \
               "activations to weights (Figure 2)."
    v, reasons = judge("SmoothQuant migrates the quantization difficulty from weights to activations.", unit(evidence),
                       1.0)
    assert v is Verdict.contradicted and "direction differs: from activation to weight -> from weight to activation" \
        in reasons, reasons
    v, reasons = judge("SmoothQuant migrates the quantization difficulty from activations to weights.", unit(evidence),
                       1.0)
    assert v is Verdict.supported, reasons
    assert polarity_flips("Perplexity rises from 5.68 to 7.01.", "Perplexity rises from 7.01 to 5.68.")
    assert not polarity_flips("Perplexity rises from 5.68 to 7.01.", "Perplexity rises from 5.68 to 7.01.")


@pytest.mark.skipif(not (CORPUS / "smoothquant").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_the_best_covered_sentence_is_looked_for_beyond_the_first_eight():
    """ground-3 judges the best covered of 16 ranked units (8 before): SmoothQuant's own sentence, ranked
    10th by BM25, was not among them, and a sentence that drops its condition was judged instead."""
    from verifier.markdown import parse_markdown

    doc = parse_markdown((CORPUS / "smoothquant" / "paper.md").read_bytes(), name="paper.md")
    retriever = Retriever(units_of(doc), semantic=False)
    g = ground_text("SmoothQuant migrates the quantization difficulty from activations to weights.", retriever)
    assert g.verdict is Verdict.supported and "from activations to weights" in g.evidence[0].quote, g.reasons
    swapped = ground_text("SmoothQuant migrates the quantization difficulty from weights to activations.", retriever)
    assert swapped.verdict is Verdict.contradicted, swapped.reasons


def test_a_number_inside_a_bound_of_the_evidence_is_neither_confirmed_nor_contradicted():
    """ground-3: 'a 530B model' where the evidence says 'a >500B model', or 1.2x where it says 'up to
    1.56x', was *contradicted* (a number the evidence lacks); a number outside the bound still is."""
    evidence = ("The reduced model size enables the serving of a >500B model within a single node, with up to "
                "1.56x speedup.")
    v, reasons = judge("SmoothQuant enables the serving of a 530B model within a single node.", unit(evidence), 1.0)
    assert v is Verdict.not_found and reasons[-1] == "the evidence bounds but does not state: 530B ('500B' at least)"
    v, reasons = judge("The reduced model size enables the serving of a model with 1.2x speedup.", unit(evidence), 1.0)
    assert v is Verdict.not_found and "1.2x ('1.56x' up to)" in reasons[-1], reasons
    assert judge("The reduced model size enables the serving of a 400B model within a single node.",
                 unit(evidence), 1.0)[0] is Verdict.contradicted
    assert judge("The reduced model size enables up to 3x speedup.", unit(evidence), 1.0)[0] is Verdict.contradicted


def test_a_number_of_another_kind_than_the_evidences_is_no_contradiction():
    """ground-3: a speed-up against a sentence whose only number is a model size was *contradicted*."""
    evidence = "SmoothQuant enables serving 530B LLM within a single node."
    v, reasons = judge("SmoothQuant enables a 1.2x speedup in serving LLM within a single node.", unit(evidence), 1.0)
    assert v is Verdict.not_found, reasons
    assert judge("SmoothQuant enables serving 175B LLM within a single node.", unit(evidence), 1.0)[0] \
        is Verdict.contradicted


@pytest.mark.skipif(not (CORPUS / "llm-int8").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_a_number_another_passage_states_is_no_contradiction():
    """ground-3: the best-covered sentence ("... at a scale of 6.7B parameters ... LLM.int8() maintains
    16-bit accuracy") states no 175B, but the one that does ("maintains full 16-bit performance as we
    scale from 125M to 175B parameters") says nothing else: not a contradiction (it was *contradicted*)."""
    from verifier.markdown import parse_markdown

    doc = parse_markdown((CORPUS / "llm-int8" / "paper.md").read_bytes(), name="paper.md")
    retriever = Retriever(units_of(doc), semantic=False)
    g = ground_text("LLM.int8() maintains 16-bit accuracy for models up to 175B parameters.", retriever)
    assert g.verdict is not Verdict.contradicted, g.reasons
    assert "175B parameters" in g.evidence[0].quote and "maintains full 16-bit performance" in g.evidence[0].quote
    assert g.reasons[-1].startswith("not contradicted: the best-covered passage states other numbers")
    # a number no passage about it states is still a contradiction, and so is one where the passage that
    # holds every claim word states another (ground-4: the 2.7B sentence "zeropoint quantization fail[s] as
    # we scale ... after 2.7B parameters" was judged instead, and *supported* it)
    wrong = ground_text("Zeropoint quantization fails beyond 2.7B parameters.", retriever)
    assert wrong.verdict is Verdict.contradicted, wrong.reasons
    assert wrong.evidence[0].quote == "Zeropoint quantization fails instead beyond 6.7B parameters.", wrong.evidence
    right = ground_text("Zeropoint quantization fails beyond 6.7B parameters.", retriever)
    assert right.verdict is Verdict.supported, right.reasons


# -- check_anchor ----------------------------------------------------------------------------------


def claim_at(
    quote: str,
    *,
    page: int,
    passage_index: int | None = None,
    start: int | None = None,
    end: int | None = None,
    table_index: int | None = None,
    row: int | None = None,
    col: int | None = None,
    text: str | None = None,
) -> Claim:
    values = [q for q, _, _ in parse_quantities(text or quote)]
    anchor = Anchor(
        page=page,
        quote=quote,
        passage_index=passage_index,
        char_start=start,
        char_end=end,
        table_index=table_index,
        row=row,
        col=col,
    )
    return Claim(
        kind=ClaimKind.result,
        statement=text or quote,
        anchor=anchor,
        extractor_version="test",
        values=values,
        value=values[-1] if values else None,
    )  # the result comes last here


def test_check_anchor_confirms_a_quote_at_its_place():
    doc = document()
    text = doc.passages[2].text
    quote = "The direct engine uses 14.0% more energy per weight at 2.0 ns."
    s = text.index(quote)
    g = check_anchor(claim_at(quote, page=2, passage_index=2, start=s, end=s + len(quote)), doc)
    assert g.verdict is Verdict.supported and g.evidence[0].quote == quote and g.evidence[0].page == 2


def test_check_anchor_refuses_a_moved_quote():
    doc = document()
    quote = "The direct engine uses 14.0% more energy per weight at 2.0 ns."
    s = doc.passages[2].text.index(quote)
    wrong_page = claim_at(quote, page=1, passage_index=2, start=s, end=s + len(quote))
    shifted = claim_at(quote, page=2, passage_index=2, start=s + 4, end=s + 4 + len(quote))
    other_passage = claim_at(quote, page=2, passage_index=3, start=0, end=len(quote))
    for c in (wrong_page, shifted, other_passage):
        assert check_anchor(c, doc).verdict is Verdict.not_found


def test_check_anchor_catches_a_changed_number():
    doc = document()
    quote = "The direct engine uses 14.0% more energy per weight at 2.0 ns."
    s = doc.passages[2].text.index(quote)
    c = claim_at(
        quote,
        page=2,
        passage_index=2,
        start=s,
        end=s + len(quote),
        text="The direct engine uses 19.0% more energy per weight at 2.0 ns.",
    )
    g = check_anchor(c, doc)
    assert g.verdict is Verdict.contradicted and "19.0%" in g.reasons[0]


def test_check_anchor_on_table_cells():
    doc = document()
    ok = claim_at("12.45", page=3, table_index=0, row=1, col=1, text="OPT-13B Int8 PPL = 12.45")
    assert check_anchor(ok, doc).verdict is Verdict.supported  # "Int8" is confirmed by the column header
    changed = claim_at("12.45", page=3, table_index=0, row=1, col=1, text="OPT-13B Int8 PPL = 14.45")
    assert check_anchor(changed, doc).verdict is Verdict.contradicted
    header_only = claim_at("12.45", page=3, table_index=0, row=1, col=1, text="12.40")  # FP16's number
    assert check_anchor(header_only, doc).verdict is Verdict.contradicted
    moved = claim_at("12.45", page=3, table_index=0, row=2, col=1)
    assert check_anchor(moved, doc).verdict is Verdict.not_found
    missing = claim_at("12.45", page=3, table_index=0, row=9, col=1)
    assert check_anchor(missing, doc).verdict is Verdict.not_found
    wrong_page = claim_at("12.45", page=2, table_index=0, row=1, col=1)
    assert check_anchor(wrong_page, doc).verdict is Verdict.not_found


# -- the labelled corpus set -----------------------------------------------------------------------

SOURCES = {"natural-sparsity-ternary-llms": "paper.pdf", "llm-int8": "paper.pdf", "awq": "paper.md",
           "smoothquant": "paper.md"}  # fmt: skip


@pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason=f"corpus not found at {CORPUS} (the folder 'shared' beside the repo)",
)
def test_labelled_set_accuracy_per_class_at_least_90_percent():
    """Every labelled item of the tuned and held-out splits, BM25 only (MiniLM does not change these verdicts;
    see benchmarks/grounding.py); the fresh split (wording the rules were not tuned on) is measured there, not
    guarded here. No wrong "supported" beyond the one known (g0203, held out: a special case stated as plain)."""
    from verifier.markdown import parse_markdown
    from verifier.pdf import parse_pdf

    items = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [it for it in items if not it["split"].startswith("fresh")]
    counts = Counter(it["label"] for it in items)
    assert len(items) >= 160 and all(counts[v.value] >= 40 for v in Verdict), counts
    retrievers = {}
    for name, f in SOURCES.items():
        data = (CORPUS / name / f).read_bytes()
        doc = parse_pdf(data, name=f) if f.endswith(".pdf") else parse_markdown(data, name=f)
        retrievers[name] = Retriever(units_of(doc), semantic=False)
    right, wrong, wrong_supported = Counter(), [], set()
    for it in items:
        got = ground_text(it["claim"], retrievers[it["paper"]]).verdict.value
        if got == it["label"]:
            right[it["label"]] += 1
        else:
            wrong.append(f"{it['id']} {it['label']} -> {got}")
            if got == "supported":
                wrong_supported.add(it["id"])
    accuracy = {c: right[c] / counts[c] for c in counts}
    assert all(a >= 0.9 for a in accuracy.values()), f"accuracy {accuracy}; wrong: {wrong}"
    assert wrong_supported <= {"g0203"}, wrong


def test_a_negation_removed_is_found_across_verb_forms():
    """ground-3: 'relies' and 'rely' are one word ('AWQ relies on backpropagation' against 'AWQ does not
    rely on any backpropagation or reconstruction' was *not found*: 'relies' counted as missing)."""
    evidence = "AWQ does not rely on any backpropagation or reconstruction, so it can well preserve generalization."
    v, reasons = judge("AWQ relies on backpropagation and reconstruction.", unit(evidence), 1.0)
    assert v is Verdict.contradicted and "direction differs: negation removed" in reasons, reasons


def test_a_negated_verb_far_from_the_last_aligned_word_is_a_flip():
    """ground-3: 'shows a consistent compute-energy advantage' against '... is faster, but it is larger
    and does not show a consistent compute-energy advantage' was *supported*: the negation sat in a
    ten-word run the claim leaves out, too long for the replaced-segment test."""
    evidence = ("The bitmap/sign engine is faster, but it is larger and does not show a consistent compute-energy "
                "advantage, so its main energy benefit comes from reading fewer bits from memory.")
    v, reasons = judge("The bitmap/sign engine shows a consistent compute-energy advantage.", unit(evidence), 1.0)
    assert v is Verdict.contradicted and "direction differs: negation removed before 'show'" in reasons, reasons
    v, reasons = judge("The bitmap/sign engine does not show a consistent compute-energy advantage.", unit(evidence),
                       1.0)
    assert v is Verdict.supported, reasons
    assert judge("The engine does not show an advantage in area.", unit("The engine shows an advantage in area."),
                 1.0)[0] is Verdict.contradicted


def test_a_reason_the_claim_does_not_restate_is_no_condition():
    """ground-3: 'since we only measure the average activation scale' explains the sentence; leaving it
    out was 'condition left out: only measure ...' (partially supported). A reason the claim restates
    keeps its conditions (labelled item g0136: '... since FasterTransformer is already more than 3x
    faster' without 'for OPT-30B')."""
    evidence = ("Our method is less sensitive to the calibration set distribution since we only measure the average "
                "activation scale from the calibration set.")
    v, reasons = judge("Our method is less sensitive to the calibration set distribution.", unit(evidence), 1.0)
    assert v is Verdict.supported, reasons
    evidence = ("This is challenging since FasterTransformer is already more than 3x faster compared to the PyTorch "
                "implementation for OPT-30B.")
    claim = "This is challenging since FasterTransformer is already more than 3x faster compared to the PyTorch " \
            "implementation."
    assert dropped_conditions(claim, evidence) == ["for opt-30b"]


def test_a_change_the_evidence_does_not_state_is_not_supported():
    """ground-3: 'LLM.int8() doubles the memory footprint of inference' was *supported* by 'Table 3
    compares the memory footprint of 16-bit inference and LLM.int8()': every word but the change."""
    evidence = "Table 3 compares the memory footprint of 16-bit inference and LLM.int8() for different open models."
    v, reasons = judge("LLM.int8() doubles the memory footprint of inference.", unit(evidence), 1.0)
    assert v is Verdict.not_found and reasons[-1] == "the evidence states no change (the claim: doubles)", reasons
    stated = "LLM.int8() halves the memory footprint of inference compared to 16-bit inference."
    assert judge("LLM.int8() halves the memory footprint of inference.", unit(stated), 1.0)[0] is Verdict.supported


def test_a_change_by_another_amount_with_the_same_verb_contradicts():
    """ground-3: 'degrades perplexity by about 0.1%' was *partially supported* by '... degrades validation
    perplexity by 600-1000% despite them only making up about 0.1% of all input features': its 0.1%
    matched the share of features."""
    evidence = ("Setting these outlier feature dimensions to zero degrades validation perplexity by 600-1000% "
                "despite them only making up about 0.1% of all input features.")
    v, reasons = judge("Setting outlier feature dimensions to zero degrades perplexity by about 0.1%.", unit(evidence),
                       1.0)
    assert v is Verdict.contradicted and "the amount of the change differs: by 0.1% -> by 600-1000%" in reasons, reasons
    v, reasons = judge("Setting outlier feature dimensions to zero degrades perplexity by 800%.", unit(evidence), 1.0)
    assert v is not Verdict.contradicted, reasons  # inside the stated range


def test_the_side_the_evidence_sets_aside_contradicts():
    """ground-3: 'a general optimization' against 'a niche optimization rather than a general reason'
    was *partially supported*, 'its consistent advantage is reduced arithmetic' against '... is reduced
    weight traffic rather than reduced arithmetic' *supported*."""
    niche = ("Under the assumptions tested here, natural ternary sparsity is therefore a niche optimization rather "
             "than a general reason to replace five-trit packing.")
    v, reasons = judge("Natural ternary sparsity is a general optimization.", unit(niche), 1.0)
    assert v is Verdict.contradicted and any("sets 'general' aside" in r for r in reasons), reasons
    # denying the side set aside agrees with the evidence
    assert judge("Natural ternary sparsity is not a general reason to replace five-trit packing.", unit(niche),
                 1.0)[0] is not Verdict.contradicted
    traffic = "So its consistent advantage is reduced weight traffic rather than reduced arithmetic."
    assert judge("Its consistent advantage is reduced arithmetic.", unit(traffic), 1.0)[0] is Verdict.contradicted
    assert judge("Its consistent advantage is reduced weight traffic.", unit(traffic), 1.0)[0] is Verdict.supported


def test_a_comparison_needs_both_its_sides_in_the_evidence_sentence():
    """ground-3: 'Activations are easier to quantize than weights' (and its reverse) was *supported* by
    'Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize': the rare word
    'easier' carried the coverage, the sides stood only in the context."""
    evidence = unit("Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize.",
                    context="Both activations and weights are quantized to INT8.")
    v, reasons = judge("Activations are easier to quantize than weights.", evidence, 1.0)
    assert v is Verdict.not_found and reasons[-1].startswith("the evidence does not name both sides"), reasons
    v, reasons = judge("BLOOM-176B is easier to quantize than OPT-175B.", evidence, 1.0)
    assert v is Verdict.supported, reasons


def test_a_word_from_the_other_side_of_a_contrast_is_not_supported():
    """ground-3: 'SmoothQuant O3 maintains the floating point accuracy' was *supported* by 'The O1 and O2
    levels of SmoothQuant successfully maintain the floating point accuracy, while the O3 level degrades
    the average accuracy by 0.8%'."""
    evidence = unit("The O1 and O2 levels of SmoothQuant successfully maintain the floating point accuracy, while "
                    "the O3 level (per-tensor static) degrades the average accuracy by 0.8%.")
    v, reasons = judge("SmoothQuant O3 maintains the floating point accuracy.", evidence, 1.0)
    assert v is Verdict.not_found and reasons[-1].startswith("the claim puts 'o3' with what the evidence says"), reasons
    assert judge("SmoothQuant O1 and O2 maintain the floating point accuracy.", evidence, 1.0)[0] is Verdict.supported


# -- comparisons (ground-4) ------------------------------------------------------------------------

SCALE = ("We see that absmax, row-wise, and zeropoint quantization fail as we scale, where models after 2.7B "
         "parameters perform worse than smaller models.")


def test_a_comparison_of_other_things_neither_supports_nor_contradicts():
    """ground-4: 'zeropoint performs better than absmax for small models' was *contradicted* by a sentence
    whose 'worse' compares large models with small ones, not the two methods."""
    v, reasons = judge("Zeropoint quantization performs better than absmax quantization for small models.",
                       unit(SCALE), 1.0)
    assert v is Verdict.not_found and "comparison is of other things" in reasons[-1], reasons
    # the evidence's own comparison is still judged, turned around or not
    assert verdict("Models after 2.7B parameters perform better than smaller models.", SCALE) is Verdict.contradicted
    assert verdict("Models after 2.7B parameters perform worse than larger models.", SCALE) is Verdict.contradicted
    assert verdict("Models after 2.7B parameters perform worse than smaller models.", SCALE) is Verdict.supported
    # a comparison the evidence makes of other things supports nothing either ('row-wise ... worse than
    # vector-wise' was *supported* by '13B perplexity is worse than 8-bit 6.7B perplexity')
    table = ("We see that absmax, row-wise, zeropoint, and vector-wise quantization leads to significant "
             "performance degradation as we scale, particularly at the 13B mark where 8-bit 13B perplexity is "
             "worse than 8-bit 6.7B perplexity.")
    assert verdict("Row-wise quantization performs worse than vector-wise quantization.", table) \
        is Verdict.not_found


def test_a_comparison_with_its_sides_swapped_says_the_opposite():
    """ground-4: 'GPTQ performs better than AWQ' was *supported* by AWQ's sentence that it achieves better
    perplexity than GPTQ; 'smaller models perform better than models after 2.7B parameters' (a
    restatement) was *contradicted*."""
    awq = ("AWQ needs a much smaller calibration to reach a good quantized performance; it can achieve better "
           "perplexity using 10x smaller calibration set compared to GPTQ.")
    v, reasons = judge("GPTQ achieves better perplexity than AWQ.", unit(awq), 1.0)
    assert v is Verdict.contradicted and "the two sides of the comparison swapped" in reasons[-1], reasons
    assert verdict("AWQ achieves better perplexity than GPTQ.", awq) is not Verdict.contradicted
    # swapping the sides and the direction word restates
    assert verdict("Smaller models perform better than models after 2.7B parameters.", SCALE) is Verdict.supported
    assert verdict("Smaller models perform worse than models after 2.7B parameters.", SCALE) is Verdict.contradicted
    # "an advantage over", "outperforms"
    adv = ("However, vector-wise still has an advantage over row-wise quantization, indicating that the enhanced "
           "quantization precision of the model weights is needed.")
    assert verdict("Vector-wise quantization has an advantage over row-wise quantization.", adv) is Verdict.supported
    assert verdict("Row-wise quantization has an advantage over vector-wise quantization.", adv) \
        is Verdict.contradicted
    out = ("We can see that AWQ consistently outperforms round-to-nearest (RTN) and GPTQ (w/ and w/o reordering) "
           "across different model scales.")
    assert verdict("GPTQ outperforms AWQ across different model scales.", out) is Verdict.contradicted
    assert verdict("AWQ outperforms GPTQ across different model scales.", out) is Verdict.supported
    # "Compared with X, Y is ...": the first side follows the compared one
    bloom = "Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize."
    assert verdict("OPT-175B is easier to quantize than BLOOM-176B.", bloom) is Verdict.contradicted
    assert verdict("BLOOM-176B is easier to quantize than OPT-175B.", bloom) is Verdict.supported


def test_a_side_of_a_comparison_is_named_only_by_every_part_of_its_compound():
    """ground-4: 'Row-wise quantization performs better than vector-wise quantization' (and its reverse)
    was *supported* by a sentence on vector-wise quantization alone: 'row-wise' shared 'wise' with it."""
    evidence = ("We show that with the first part of our method, vector-wise quantization, it is possible to "
                "retain performance at scales up to 2.7B parameters.")
    for claim in ("Row-wise quantization performs better than vector-wise quantization.",
                  "Vector-wise quantization performs better than row-wise quantization."):
        v, reasons = judge(claim, unit(evidence), 1.0)
        assert v is Verdict.not_found and "missing: row-wise" in reasons[-1], (claim, reasons)


@pytest.mark.skipif(not (CORPUS / "smoothquant").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_an_antonym_counts_as_the_word_it_turns_around():
    """ground-4: 'Activations are easier to quantize than weights' was *not found*: the paper's 'Activations
    are harder to quantize than weights' lacked the rare word 'easier' and covered 0.43 of the claim, so a
    sentence on BLOOM being 'easier to quantize' was judged instead. An antonym now counts as found."""
    from verifier.markdown import parse_markdown

    doc = parse_markdown((CORPUS / "smoothquant" / "paper.md").read_bytes(), name="paper.md")
    retriever = Retriever(units_of(doc), semantic=False)
    said = "Activations are harder to quantize than weights."
    cases = {
        "Activations are easier to quantize than weights.": Verdict.contradicted,
        "Weights are easier to quantize than activations.": Verdict.supported,
        "Weights are harder to quantize than activations.": Verdict.contradicted,
        "Activations are harder to quantize than weights.": Verdict.supported,
    }
    for claim, want in cases.items():
        g = ground_text(claim, retriever)
        assert g.verdict is want and g.evidence[0].quote == said, (claim, g.verdict, g.reasons, g.evidence[0].quote)


def test_beyond_is_a_lower_bound():
    """ground-4: 'retains performance beyond 2.7B parameters' against 'up to 2.7B parameters' was *partially
    supported* ('beyond' was no bound); 'fails instead beyond 6.7B' negates as 'fails beyond 6.7B' (an
    adverb between negation and the aligned words read as a negation removed)."""
    upto = ("We show that with the first part of our method, vector-wise quantization, it is possible to retain "
            "performance at scales up to 2.7B parameters.")
    v, reasons = judge("Vector-wise quantization retains performance at scales beyond 2.7B parameters.", unit(upto),
                       1.0)
    assert v is Verdict.contradicted and "bound up_to -> at_least (2.7B)" in reasons[-1], reasons
    assert verdict("Vector-wise quantization retains performance at scales up to 2.7B parameters.", upto) \
        is Verdict.supported
    instead = "Zeropoint quantization fails instead beyond 6.7B parameters."
    assert verdict("Zeropoint quantization fails beyond 6.7B parameters.", instead) is Verdict.supported
    assert verdict("Zeropoint quantization does not fail beyond 6.7B parameters.", instead) is Verdict.contradicted


def test_an_amount_the_evidence_states_for_the_change_is_no_other_amount():
    """ground-4: 'degrades the top-1 softmax probability by about 20%' was *contradicted* by 'decreases top-1
    attention softmax probability mass by more than 20% and degrades validation perplexity by 600-1000%'
    (the same verb, 'degrades', for another change); an amount the evidence states after any 'by' counts."""
    ev = ("Setting these outlier feature dimensions to zero decreases top-1 attention softmax probability mass by "
          "more than 20% and degrades validation perplexity by 600-1000%.")
    assert verdict("Removing the outlier features degrades the top-1 attention softmax probability mass by more "
                   "than 20%.", ev) is not Verdict.contradicted
    v, reasons = judge("Setting outlier feature dimensions to zero degrades validation perplexity by about 20%.",
                       unit(ev), 1.0)
    assert v is Verdict.contradicted, reasons


def test_words_both_other_sides_share_are_a_condition_not_a_compared_thing():
    """ground-4: 'Five-trit packing becomes smaller than the bitmap representation above 40% zeros' was
    *supported* by 'The bitmap representation becomes smaller than continuous five-trit packing above 40%
    zeros': the shared '40% zeros' hid the swap. High/low, large/small, long/short and fast/slow are antonyms."""
    ev = "The bitmap representation becomes smaller than continuous five-trit packing above 40% zeros."
    v, reasons = judge("Five-trit packing becomes smaller than the bitmap representation above 40% zeros.", unit(ev),
                       1.0)
    assert v is Verdict.contradicted and "the two sides of the comparison swapped" in reasons[-1], reasons
    assert verdict("Continuous five-trit packing becomes larger than the bitmap representation above 40% zeros.",
                   ev) is Verdict.supported
    assert verdict("The bitmap representation becomes smaller than five-trit packing above 40% zeros.", ev) \
        is Verdict.supported
    useful = ("Natural ternary sparsity is therefore useful mainly when zero density is high and weight reads are "
              "expensive.")
    v, reasons = judge("Natural ternary sparsity is useful mainly when zero density is low.", unit(useful), 1.0)
    assert v is Verdict.contradicted and "high -> low" in reasons[-1], reasons


def test_a_number_put_before_the_condition_of_another_is_a_contradiction():
    """ground-4: 'save 3.7-6.8% after scale and output-head reads are included' was *partially supported* by a
    sentence that gives 3.7-6.8% for the weights alone and 1.9-2.1% after those reads are included."""
    ev = ("Higher-zero CAT-Q Qwen3 checkpoints save 3.7\u20136.8% for LPDDR4-streamed ternary-symbol weights, "
          "falling to about 1.9\u20132.1% after scale and output-head reads are included.")
    v, reasons = judge("CAT-Q Qwen3 checkpoints save 3.7-6.8% after scale and output-head reads are included.",
                       unit(ev), 1.0)
    assert v is Verdict.contradicted, reasons
    assert reasons[-1].startswith("3.7-6.8% where the evidence says 1.9-2.1% 'after scale"), reasons
    assert verdict("CAT-Q Qwen3 checkpoints save 1.9-2.1% after scale and output-head reads are included.", ev) \
        is not Verdict.contradicted
    assert verdict("Higher-zero CAT-Q Qwen3 checkpoints save 3.7-6.8% for LPDDR4-streamed ternary-symbol weights.",
                   ev) is Verdict.supported


def test_a_word_the_evidence_has_only_under_a_negation_is_not_stated():
    """ground-4: 'AWQ requires backpropagation' was *supported* by 'Our method requires a smaller calibration set
    since we do not rely on regression/backpropagation', and 'AWQ does not require backpropagation'
    *contradicted* (its negation aligned with 'requires', whose object is the calibration set)."""
    ev = ("Our method requires a smaller calibration set since we do not rely on regression/backpropagation; we only "
          "measure the average activation scale from the calibration set.")
    v, reasons = judge("AWQ requires backpropagation.", unit(ev), 1.0)
    assert v is Verdict.contradicted and "the evidence negates 'backpropagation'" in reasons[-1], reasons
    assert verdict("AWQ does not require backpropagation.", ev) is not Verdict.contradicted
    assert verdict("AWQ requires a smaller calibration set.", ev) is Verdict.supported
    # "not only" negates nothing; a negation of a negation ("does not fail") is none either
    both = ("Our method not only provides new insights into the effects of these outliers on model performance but "
            "also makes it possible to use very large models on a single server.")
    assert verdict("Our method provides new insights into the effects of these outliers on model performance.",
                   both) is not Verdict.contradicted
    advantage = ("If we use our full LLM.int8() method with mixed-precision decomposition, the advantage of zeropoint "
                 "quantization disappears; zeropoint quantization is no longer advantageous with the decomposition.")
    assert verdict("Zeropoint quantization is advantageous with the decomposition.", advantage) \
        is Verdict.contradicted


def test_numbers_swapped_between_two_measures_contradict():
    """ground-4: 'up to 2x speedup and 1.56x memory reduction' was *partially supported* by SmoothQuant's 'up to
    1.56x speedup and 2x memory reduction' (both numbers are in it); a list of numbers ('3.9x and 3.5x faster
    ..., respectively') is no such swap."""
    ev = ("SmoothQuant enables up to 1.56\u00d7 speedup and 2\u00d7 memory reduction for LLMs with negligible loss in "
          "accuracy.")
    v, reasons = judge("SmoothQuant enables up to 2x speedup and 1.56x memory reduction for LLMs.", unit(ev), 1.0)
    assert v is Verdict.contradicted and any(r.startswith("2x where the evidence says 1.56") for r in reasons), reasons
    assert verdict("SmoothQuant enables up to 1.56x speedup and 2x memory reduction for LLMs with negligible loss in "
                   "accuracy.", ev) is Verdict.supported
    listed = ("As a result, AWQ is up to 3.9\u00d7 and 3.5\u00d7 faster than the FP16 implementation from Huggingface "
              "on 4090 (desktop GPU) and Orin (mobile GPU), respectively.")
    assert verdict("AWQ is 3.9x faster than the FP16 implementation from Huggingface.", listed) \
        is not Verdict.contradicted


@pytest.mark.skipif(not (CORPUS / "llm-int8").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_the_sentence_that_says_the_opposite_is_looked_for():
    """ground-4: 'At 13B scale, zeropoint quantization still succeeds' ranks LLM.int8()'s 'at the 13B scale, even
    zeropoint quantization fails' low (it shares no direction word), so a sentence on 2.7B was judged and the
    claim was contradicted for a number. The claim turned around ('... still fails') is ranked as well."""
    from verifier.markdown import parse_markdown

    doc = parse_markdown((CORPUS / "llm-int8" / "paper.md").read_bytes(), name="paper.md")
    retriever = Retriever(units_of(doc), semantic=False)
    g = ground_text("At 13B scale, zeropoint quantization still succeeds.", retriever)
    assert g.verdict is Verdict.contradicted and "even zeropoint quantization fails" in g.evidence[0].quote, \
        (g.reasons, g.evidence[0].quote)
    assert any("fails -> succeeds" in r for r in g.reasons), g.reasons


def test_antonyms_that_do_not_align_count_across_inflections():
    """ground-4: 'ZeroQuant preserves the accuracy of OPT-175B' was *supported* by 'The W8A8, ZeroQuant, and
    Outlier Suppression baselines produce nearly random results, indicating that naively quantizing the
    activation of LLMs will destroy the performance': 'preserves' pairs with 'destroys', not 'destroy'."""
    ev = ("The W8A8, ZeroQuant, and Outlier Suppression baselines produce nearly random results, indicating that "
          "naively quantizing the activation of LLMs will destroy the performance.")
    v, reasons = judge("ZeroQuant preserves the performance of LLMs.", unit(ev), 1.0)
    assert v is Verdict.contradicted and "destroy -> preserve" in reasons[-1], reasons
    assert verdict("Naively quantizing the activation of LLMs will destroy the performance.", ev) is Verdict.supported


def test_a_claim_about_another_subject_is_not_supported():
    """ground-4: a claim that puts another method in the evidence's subject was *supported*: 'The five-trit
    engines reach 9-14% shorter minimum clock periods' by the bitmap/sign sentence ('five' and 'trit' are common
    in that paper), 'Absmax is the only method that preserves perplexity' by 'Our method, LLM.int8(), is ...'."""
    clock = "The bitmap/sign engines reach 9-14% shorter minimum clock periods."
    v, reasons = judge("The five-trit engines reach 9-14% shorter minimum clock periods.", unit(clock), 1.0)
    assert v is Verdict.not_found and "another subject (bitmap/sign, not five-trit)" in reasons[-1], reasons
    assert verdict("The bitmap/sign engines reach 9-14% shorter minimum clock periods.", clock) is Verdict.supported
    only = "Our method, LLM.int8(), is the only method that preserves perplexity."
    v, reasons = judge("Absmax is the only method that preserves perplexity.", unit(only), 1.0)
    assert v is Verdict.not_found and "(llm.int8, not absmax)" in reasons[-1], reasons
    assert verdict("LLM.int8() is the only method that preserves perplexity.", only) is Verdict.supported
    scheme = ("However, for the emergent outliers, we also include a new mixed-precision decomposition scheme, which "
              "isolates the outlier feature dimensions into a 16-bit matrix multiplication.")
    assert verdict("Vector-wise quantization isolates the outlier feature dimensions into a 16-bit matrix "
                   "multiplication.", scheme) is Verdict.not_found
    # a report's own subject follows it; 'our method' stands for the paper's method
    found = ("In our work, we find that α = 6.0 is sufficient to reduce transformer performance degradation close "
             "to zero.")
    assert verdict("A threshold of α = 6.0 suffices to reduce transformer performance degradation close to zero.",
                   found) is Verdict.supported
    ours = "Our method requires a smaller calibration set since we only measure the average activation scale."
    assert verdict("AWQ requires a smaller calibration set.", ours) is Verdict.supported


def test_a_comparison_needs_a_comparison_in_the_evidence():
    """ground-4: 'The bitmap/sign engines need less area than five-trit engines' was *supported* by a sentence on
    what each engine's weight feeder needs (both sides and most words, no comparison); a bound ('no more than
    3.3 points') is no comparison."""
    feed = ("Both engines were then extended with the hardware that reads their weights from byte-wide memories: "
            "five-trit needs one address counter; the bitmap/sign engine needs an address counter and a sign area.")
    v, reasons = judge("The bitmap/sign engines need less area than five-trit engines.", unit(feed), 1.0)
    assert v is Verdict.not_found and reasons[-1].startswith("the evidence states no comparison"), reasons
    bound = "Blocking the sign bit of zero lanes recovers no more than 3.3 percentage points."
    assert verdict("Blocking the sign bit of zero lanes recovers no more than 3.3 percentage points.", bound) \
        is Verdict.supported


def test_a_negation_reaches_over_or():
    """ground-4: 'The bitmap/sign representation needs structured sparsity' was *partially supported* by '...
    justify a presence-bitmap plus compact-sign representation ..., without retraining or structured sparsity'."""
    ev = ("I test whether the natural, unstructured zeros in trained ternary models justify a bitmap/sign "
          "representation, without retraining or structured sparsity.")
    v, reasons = judge("The bitmap/sign representation needs structured sparsity.", unit(ev), 1.0)
    assert v is Verdict.contradicted and "the evidence negates 'structured'" in reasons[-1], reasons


def test_a_named_subject_must_be_in_the_evidence_sentence():
    """ground-4: 'SmoothQuant maintains the accuracy of OPT-175B under W8A8 quantization' was *supported* by a
    sentence on BLOOM-176B and the baselines (SmoothQuant, frequent in its own paper, weighed little); 'only
    degrades' and 'only making up' are no conditions (an adverb before a verb)."""
    bloom = ("Compared with the OPT-175B model, the BLOOM-176B model is easier to quantize: none of the baselines "
             "completely destroys the model; even the naive W8A8 per-tensor dynamic quantization only degrades the "
             "accuracy by 4%.")
    v, reasons = judge("SmoothQuant maintains the accuracy of OPT-175B under W8A8 quantization.", unit(bloom), 1.0)
    assert v is Verdict.not_found and "does not name the claim's subject (SmoothQuant)" in reasons[-1], reasons
    # a sentence that stands in for the paper's method ("we", "our method") names it
    ours = "Our results show that our method preserves the accuracy of OPT-175B under W8A8 quantization."
    assert verdict("SmoothQuant preserves the accuracy of OPT-175B under W8A8 quantization.", ours) \
        is Verdict.supported
    despite = ("Despite only making up about 0.1% of all features, the outliers are essential for large softmax "
               "probabilities.")
    assert verdict("Outliers make up about 0.1% of all features but are essential for large softmax probabilities.",
                   despite) is Verdict.supported


def test_more_antonyms_and_hedges_are_no_subject():
    """ground-4: 'AWQ achieves poor quantization performance ...' and 'useful mainly when weight reads are cheap'
    were *supported* / *partially supported* (excellent/poor, cheap/expensive were no pair); 'About 150k
    outliers ...' against 'While up to 150k outliers ...' read 'up' and 'about' as two subjects; 'larger than
    6.7B' is a bound, not a comparison whose other side the evidence must name."""
    good = "AWQ achieves excellent quantization performance for instruction-tuned LMs and multi-modal LMs."
    assert verdict("AWQ achieves poor quantization performance for instruction-tuned LMs.", good) \
        is Verdict.contradicted
    useful = ("Natural ternary sparsity is therefore useful mainly when zero density is high and weight reads are "
              "expensive.")
    assert verdict("Natural ternary sparsity is useful mainly when weight reads are cheap.", useful) \
        is Verdict.contradicted
    outliers = "While up to 150k outliers exist per 2048 token sequence for a 13B model, they are systematic."
    v, reasons = judge("About 150k outliers exist per 2048 token sequence for a 6.7B model.", unit(outliers), 1.0)
    assert v is Verdict.contradicted and not any("another subject" in r for r in reasons), reasons
    scale = "LLM.int8() maintains full 16-bit performance for models larger than 6.7B parameters."
    v, reasons = judge("LLM.int8() maintains full 16-bit performance for models larger than 6.7B parameters.",
                       unit(scale), 1.0)
    assert v is Verdict.supported, reasons


def test_a_paraphrase_counts_toward_support_not_toward_a_contradiction():
    """ground-5: 'makes it possible to serve' is 'enables serving', 'retains' is 'preserves': a paraphrase's words
    count toward support (coverage as a paraphrase), but a contradiction needs the words themselves ('we need to
    split the difficulty ... easy to quantize' was contradicted by an unrelated 'Int8 training requires complex
    trade-offs ...' once 'need' met 'requires')."""
    from verifier.grounding import _base, coverage

    assert {_base(w) for w in ("serve", "serving", "served")} == {"serv"}
    assert _base("mapped") == "map" and _base("exceeding") == "exceed" and _base("need") == "need"
    node = "SmoothQuant enables serving 530B LLM within a single node."
    claim = "SmoothQuant makes it possible to serve the 530B LLM within a single node."
    strict, loose = coverage(claim, unit(node))
    assert strict < 0.75 <= loose, (strict, loose)
    assert verdict(claim, node) is Verdict.supported
    kept = "AWQ preserves the generalist abilities of LLMs."
    assert verdict("AWQ retains the generalist abilities of LLMs.", kept) is Verdict.supported
    v, reasons = judge("Quantization of LLMs is needed in practice for large models.",
                       unit("Int8 training of LLMs requires complex trade-offs for small models in practice."), 1.0)
    assert v is not Verdict.contradicted, reasons


def test_a_count_in_words_is_a_number():
    """ground-5: 'within two nodes' was supported by 'within a single node' (no digits, so no number to compare)."""
    node = "SmoothQuant enables serving 530B LLM within a single node."
    v, reasons = judge("SmoothQuant enables serving 530B LLM within two nodes.", unit(node), 1.0)
    assert v is Verdict.contradicted and any("'two nodes'" in r and "'single node'" in r for r in reasons), reasons
    assert verdict("SmoothQuant enables serving 530B LLM within one node.", node) is Verdict.supported
    gpus = "It enables serving a 530B model within one 8-GPU node, using 8 GPUs instead of 16 GPUs."
    assert verdict("It enables serving a 530B model on two GPU nodes.", gpus) is Verdict.contradicted
    assert verdict("It enables serving a 530B model with eight GPUs instead of 16 GPUs.", gpus) \
        is not Verdict.contradicted
    # "one of", "the one", "two times" are no counts
    assert verdict("One of the two baselines fails at 6.7B.", "The baselines fail at 6.7B.") \
        is not Verdict.contradicted


def test_a_negation_is_judged_through_a_synonym_and_only_of_what_the_evidence_names():
    """ground-5: 'AWQ does not retain the generalist abilities' was partially supported by 'AWQ preserves ...'
    (the negation aligned with no word); 'AWQ does not need backpropagation' was contradicted by 'AWQ needs a much
    smaller calibration set' and 'No mixed-precision decomposition is used' supported by a sentence on
    mixed precision alone: a claim that negates what the evidence does not speak of is not found there."""
    kept = "AWQ preserves the generalist abilities of LLMs."
    v, reasons = judge("AWQ does not retain the generalist abilities of LLMs.", unit(kept), 1.0)
    assert v is Verdict.contradicted and any("negation added" in r for r in reasons), reasons
    smaller = "AWQ needs a much smaller calibration set to reach a good quantized performance."
    assert verdict("AWQ does not need backpropagation.", smaller) is Verdict.not_found
    assert verdict("AWQ does not need a much smaller calibration set.", smaller) is Verdict.contradicted
    mixed = "AWQ achieves comparable performance as mixed-precision weights while being more hardware-friendly."
    v, reasons = judge("No mixed-precision decomposition of the weights is used in AWQ.", unit(mixed), 1.0)
    assert v is Verdict.not_found and any("does not speak of (decomposition)" in r for r in reasons), reasons


def test_what_differs_forbids_support_even_where_only_a_paraphrase_covers_the_claim():
    """ground-5: a flip found in a unit that covers the claim only as a paraphrase (too little word for word to
    contradict) still forbids support: 'AWQ needs backpropagation' against '... requires ... since we do not rely
    on regression/backpropagation' is not found, never supported."""
    idf = {"\x00unseen": 10.0, "need": 5.0}.get
    evidence = unit("AWQ requires a smaller calibration set since we do not rely on regression/backpropagation.")
    v, reasons = judge("AWQ needs backpropagation.", evidence, 1.0, idf=lambda t: idf(t, 1.0))
    assert v is Verdict.not_found and any("only as a paraphrase" in r for r in reasons), reasons
    assert reasons[0].startswith("coverage 1.00 (word for word 0.29)"), reasons


def test_rules_from_the_first_fresh_split():
    """ground-5, each a miss of the first fresh split: a factor in words is a number ('can triple the throughput'
    was *supported* by 'nearly double the throughput'); 'for example' is no subject; a claim number in the slot
    where the evidence puts another ('starting at scales of 13B' against '... of 6.7B') is no number inside the
    sentence's other bound ('beyond 1B'); 'responsible for' and 'allows for' open no condition; 'X-free' negates X."""
    from verifier.grounding import _scopes, words

    double = ("INT8 quantization of weights and activations can halve the GPU memory usage and nearly double the "
              "throughput of matrix multiplications compared to FP16.")
    v, reasons = judge("INT8 quantization can triple the throughput of matrix multiplications.", unit(double), 1.0)
    assert v is Verdict.contradicted and any("'triple the throughput'" in r for r in reasons), reasons
    assert verdict("INT8 quantization can double the throughput of matrix multiplications.", double) \
        is Verdict.supported
    gpt3 = ("For example, the GPT-3 model contains 175B parameters, which will consume at least 350GB of memory to "
            "store and run in FP16.")
    v, reasons = judge("Running the GPT-3 model in FP16 will consume at least 350GB of memory.", unit(gpt3), 1.0)
    assert v is not Verdict.not_found and not any("another subject" in r for r in reasons), reasons
    scales = ("We solve the need for higher precision at scales beyond 1B parameters and the outlier features that "
              "emerge in all transformer layers starting at scales of 6.7B parameters.")
    assert verdict("Outlier features emerge in all transformer layers starting at scales of 13B parameters.", scales) \
        is Verdict.contradicted
    share = "The projection layers are responsible for 95% of consumed parameters."
    assert dropped_conditions("The projection layers account for 95% of consumed parameters.", share) == []
    assert dropped_conditions("We used a grid size of 20 to search.",
                              "We used a grid size of 20 to search for the optimal scale.") != []
    neg, pos = _scopes(words("SmoothQuant is a training-free solution."))
    assert "training" in neg and "training" not in pos


def test_rules_from_the_second_fresh_split():
    """ground-5, misses of the second fresh split: a condition after a parenthesis is in the same clause ('AWQ
    brings a 2.7-3.9x speedup to three families of LLMs' was *supported* by '... (Llama-2, MPT and Falcon) on
    4090 compared with ...'); 'from 7B to 70B' states the ends of '7B-70B'; 'only' is no qualifying word; a
    Greek letter is its name; the words before a 'while' are no subject of what follows it; a citation key takes
    no place in a negation's scope."""
    speed = ("Our system brings 2.7-3.9× speedup to three families of LLMs (Llama-2, MPT and Falcon) on 4090 "
             "compared with the Huggingface FP16 implementation.")
    v, reasons = judge("AWQ brings a 2.7-3.9x speedup to three families of LLMs.", unit(speed), 1.0)
    assert v is Verdict.partially_supported and any("on 4090" in r for r in reasons), reasons
    scales = "AWQ consistently outperforms RTN and GPTQ across different model scales (7B-70B) and generations."
    assert verdict("AWQ consistently outperforms RTN and GPTQ across model scales from 7B to 70B.", scales) \
        is Verdict.supported
    assert verdict("AWQ consistently outperforms RTN and GPTQ across model scales from 7B to 13B.", scales) \
        is Verdict.not_found
    laptop = "On the laptop 4070 GPU with only 8GB memory, we run Llama-2-13B models at 33 tokens per second."
    assert dropped_conditions("On the laptop 4070 GPU with 8GB memory, we run Llama-2-13B models at 33 tokens per "
                              "second.", laptop) == []
    alpha = "For all OPT and BLOOM models, α=0.5 is a well-balanced point to evenly split the quantization difficulty."
    assert verdict("For all OPT and BLOOM models, alpha = 0.5 is a well-balanced point to evenly split the "
                   "quantization difficulty.", alpha) is Verdict.supported
    flow = ("We quantize the inputs of linear layers with INT8, while keeping the activation as FP16 for ReLU, "
            "Softmax, and LayerNorm.")
    v, reasons = judge("SmoothQuant keeps the activation as FP16 for ReLU, Softmax, and LayerNorm.", unit(flow), 1.0)
    assert not any("another subject" in r for r in reasons), reasons
    cited = "Our method does not rely on any regression [Fra22] or backpropagation, which is required by QAT."
    assert polarity_flips("Our method relies on backpropagation.", cited) != []


def test_an_abbreviation_the_source_defines_reads_both_ways():
    """ground-5: 'Round-to-nearest is not good enough even for 4 bits' was *not found* where the paper writes
    'round-to-nearest (RTN)' once and 'RTN' after; the claim is read again with the abbreviation."""
    from verifier.retrieval import abbreviations

    texts = ["Apart from the vanilla round-to-nearest (RTN) baseline, GPTQ is the closest to our work.",
             "We propose Activation-aware Weight Quantization (AWQ), a hardware-friendly method.",
             "Large language models (LLMs) are costly.", "Not an abbreviation (Table 3) here (see A)."]
    assert abbreviations(texts) == {"RTN": "round-to-nearest", "AWQ": "Activation-aware Weight Quantization",
                                    "LLM": "Large language models"}
    units = [unit(t) for t in texts + ["RTN is not good enough even for 4 bits.",
                                       "AWQ does not rely on any backpropagation."]]
    retriever = Retriever(units, semantic=False)
    g = ground_text("Round-to-nearest is not good enough even for 4 bits.", retriever)
    assert g.verdict is Verdict.supported and "RTN is not good" in g.evidence[0].quote, g.reasons
    assert any("abbreviations" in r for r in g.reasons)
    g = ground_text("Activation-aware Weight Quantization relies on backpropagation.", retriever)
    assert g.verdict is not Verdict.supported, g.reasons  # spelled otherwise, it only ever supports


def test_rules_from_the_third_fresh_split():
    """ground-5, misses of the third fresh split: 'included in the memory model' was *supported* by '... are
    outside the model' (included/outside, include/exclude, inside/outside are pairs now); '37.5% of the weights'
    was *contradicted* by a sentence whose only numbers are '128 weights' and '1.625 bits' (a bare number above
    100 states no share); a percentage is the same share as a bare fraction ('37.5%' and 'z > 0.375')."""
    outside = "KV-cache traffic, activation traffic, and other non-weight memory traffic are outside the model."
    assert verdict("KV-cache traffic is included in the model.", outside) is Verdict.contradicted
    gone = ("If we use our full LLM.int8() method with mixed-precision decomposition, the advantage of zeropoint "
            "quantization disappears.")  # fourth fresh split: it was *partially supported*
    assert verdict("Zeropoint quantization remains advantageous with mixed-precision decomposition.", gone) \
        is Verdict.contradicted
    packing = "It becomes smaller than five-trit packing when five-trit packing restarts every 128 weights."
    v, reasons = judge("It becomes smaller than five-trit packing when 37.5% of the weights are zero.",
                       unit(packing), 1.0)
    assert v is not Verdict.contradicted, reasons
    share = "The bitmap representation becomes smaller than five-trit packing when z > 0.375."
    assert verdict("The bitmap representation becomes smaller than five-trit packing above 37.5%.", share) \
        is not Verdict.contradicted
    assert verdict("The bitmap representation becomes smaller than five-trit packing above 47.5%.", share) \
        is Verdict.contradicted


def test_what_is_no_subject():
    """ground-5, more misses of the third fresh split: the name in a leading phrase ('With FasterTransformer,
    SmoothQuant-O3 reduces ...') is no subject the evidence must name; 'once' and 'after' are no subjects; 'we'
    and 'the analysis' both stand for the paper's own work."""
    latency = "For smaller models, the latency can be significantly reduced with SmoothQuant-O3 by up to 1.56x."
    v, reasons = judge("With FasterTransformer, SmoothQuant-O3 reduces the latency of smaller models by up to 2.56x.",
                       unit(latency), 1.0)
    assert v is Verdict.contradicted and any("2.56x" in r for r in reasons), reasons
    shift = ("Once the phase shift occurs, outliers are present in all layers and in about 75% of all sequence "
             "dimensions.")
    assert verdict("After the phase shift, outliers are present in all layers and in about 75% of all sequence "
                   "dimensions.", shift) is Verdict.supported
    models = "We evaluate four GPT-2 models, five Meta AI models, and one EleutherAI model."
    assert verdict("The analysis covers four GPT-2 models, five Meta AI models and one EleutherAI model.", models) \
        is Verdict.supported
    assert verdict("The analysis covers three GPT-2 models and five Meta AI models.", models) is Verdict.contradicted
    # a replaced named subject still counts
    assert verdict("GPTQ evaluates four GPT-2 models.", "AWQ evaluates four GPT-2 models.") is Verdict.not_found


def test_a_hedge_on_a_number_is_no_word_to_find():
    """ground-5, fourth fresh split: 'The scale of activation outliers is about 100x larger ...' was *not found*
    where the sentence says '... is 100× larger ...' ('about' weighed as a missing word; '100×' and '100x' did
    not align). A claim of two or three words keeps its hedge as a word."""
    from verifier.grounding import coverage

    sentence = "The scale of outliers in activations is 100× larger than most of the activation values."
    claim = "The scale of activation outliers is about 100x larger than most activation values."
    assert coverage(claim, unit(sentence))[0] == 1.0
    assert verdict(claim, sentence) is Verdict.supported
    assert coverage("That is about 2.9%.", unit("That is 2.9%."))[0] < 1.0


def test_the_unit_that_states_all_of_several_claim_numbers_is_judged():
    """ground-5, fourth fresh split: 'The 210 ternary tensors of bitnet-b1.58-2B-4T contain 2,084,044,800 weights,
    of which 879,693,294 are zero' was *contradicted* by a sentence on 'the 180 BitNet b1.58 2B4T projection
    tensors', which holds more of the claim's words (the checkpoint's name) but none of its three numbers; the
    sentence that states all three is judged instead. One number alone does not outweigh a unit that holds nearly
    every claim word (the 'fails beyond 2.7B' / 'fails instead beyond 6.7B' case stays contradicted)."""
    units = [unit("The real workload contains 24 rows sampled from all rows of the 180 BitNet b1.58 2B4T ternary "
                  "tensors of bitnet-b1.58-2B-4T whose weights are zero at 43.9%."),
             unit("The 210 tensors contain 2,084,044,800 ternary weights, of which 879,693,294 are zero.",
                  context="I analyzed the packed deployment checkpoint of microsoft/bitnet-b1.58-2B-4T.")]
    g = ground_text("The 210 ternary tensors of bitnet-b1.58-2B-4T contain 2,084,044,800 weights, of which "
                    "879,693,294 are zero.", Retriever(units, semantic=False))
    assert g.verdict is not Verdict.contradicted and "2,084,044,800" in g.evidence[0].quote, g.reasons


def test_rules_from_the_fifth_fresh_split():
    """ground-5, fifth fresh split: 'Removing the outliers reduces the mean top-1 softmax probability from about 40%
    to about 20%' was *contradicted* by '... the probability is reduced from about 40% to about 20%, and perplexity
    increases ...' ('reduces' looked absent, so the unit's 'increases' read as its antonym); 'Zeropoint
    quantization fails due to accumulated quantization errors' was *supported* by 'However, at the 13B scale, even
    zeropoint quantization fails ...' (a leading condition after a discourse word was not seen)."""
    removed = ("If the outliers are removed, the mean top-1 softmax probability is reduced from about 40% to about "
               "20%, and validation perplexity increases by 600-1000%.")
    assert verdict("Removing the outliers reduces the mean top-1 softmax probability from about 40% to about 20%.",
                   removed) is not Verdict.contradicted
    fails = ("However, at the 13B scale, even zeropoint quantization fails due to accumulated quantization errors and "
             "the quick growth of outlier magnitudes.")
    assert dropped_conditions("Zeropoint quantization fails due to accumulated quantization errors and the quick "
                              "growth of outlier magnitudes.", fails) == ["at the 13b scale"]


def test_rules_from_the_sixth_fresh_split():
    """ground-6, sixth fresh split: four true restatements were *contradicted* and two *partially supported*.
    'takes roughly 0.1 to 3 GPU hours' against 'ranging from 0.1 to 3' (a range the claim states, whose ends the
    evidence states); 'FP16 latency' against a sentence whose only numbers are GPU counts, and '4096' against one
    whose only number is the width in 'Int8' (a bit width and a bare number are not of one kind); 'by about
    0.10-0.28%' against 'by about 0.10–0.28%' (an en dash split the range); 'on multiple datasets' inside '(the
    biggest model we tested on multiple datasets)' and 'For large' where the claim keeps the condition's 6.7B
    were conditions left out."""
    assert verdict("Depending on model size, the AWQ quantization process takes roughly 0.1 to 3 GPU hours.",
                   "The quantization process is generally fast, requiring a few GPU hours (ranging from 0.1 to 3, "
                   "depending on the model size).") is Verdict.supported
    assert verdict("The AWQ quantization process takes roughly 0.1 to 5 GPU hours.",
                   "The quantization process requires a few GPU hours (ranging from 0.1 to 3).") \
        is not Verdict.supported
    gpus = ("Remarkably, for bigger models that have to be distributed across multiple GPUs, SmoothQuant achieves "
            "similar or even better latency using only half the number of GPUs (1 GPU instead of 2 for OPT-66B, 4 GPUs "
            "instead of 8 for OPT-175B).")
    assert verdict("In FasterTransformer, SmoothQuant matches or beats FP16 latency with half the GPUs: 1 instead of 2 "
                   "for OPT-66B and 4 instead of 8 for OPT-175B.", gpus) is Verdict.not_found
    assert verdict("SmoothQuant matches the latency with half the GPUs: 1 instead of 4 for OPT-66B.",
                   gpus) is Verdict.contradicted  # a count still differs from a count
    prefill = ("The bitmap feeders require this cycle, while the five-trit feeder does not; removing it would reduce "
               "five-trit execution cycles by about 0.10–0.28% across the 13 checkpoints.")
    assert verdict("Removing the cycle would reduce five-trit execution cycles by about 0.10-0.28% across the 13 "
                   "checkpoints.", prefill) is Verdict.supported
    assert dropped_conditions(
        "Evaluating LLaMA-65B takes 5 GPU hours on MMLU and 3 GPU hours on the 4 common sense QA tasks.",
        "Testing LLaMA-65B (the biggest model we tested on multiple datasets) on 4 common sense QA tasks requires 3 "
        "GPU hours; testing it on MMLU requires 5 GPU hours.") == []
    large = ("For large transformer language models at and beyond 6.7B parameters, the feed-forward and attention "
             "projection layers are responsible for 65-85% of all computation.")
    assert dropped_conditions("In transformers of 6.7B parameters and up, the feed-forward and attention projection "
                              "layers account for 65-85% of all computation.", large) == []
    assert dropped_conditions("The feed-forward and attention projection layers are responsible for 65-85% of all "
                              "computation.", large) != []  # without its 6.7B, the condition is left out
    respectively = ("As a result, AWQ is up to 3.9× and 3.5× faster than the FP16 implementation from Huggingface on "
                    "4090 (desktop GPU) and Orin (mobile GPU), respectively.")
    assert dropped_conditions("On the Jetson Orin mobile GPU, AWQ runs up to 3.5x faster than the Huggingface FP16 "
                              "implementation.", respectively) == []
    assert dropped_conditions("AWQ runs up to 3.5x faster than the Huggingface FP16 implementation.",
                              respectively) != []
    assert verdict("BITCOS reports 47.10% zeros in the ParetoQ 1.5B model, more than any quantization-aware "
                   "checkpoint measured in this study.",
                   "BITCOS reports 47.10% zeros in the ParetoQ 1.5B model [4], above every quantization-aware "
                   "checkpoint measured here.") is Verdict.supported


def test_a_sentence_is_read_with_the_next_one_that_continues_it():
    """ground-6: a claim that restates two sentences, the second going on with the first ('This occurs only in
    ...'), is supported by them read together; never contradicted by them, and not where the second sentence
    starts anew ("It's worth noting ...")."""
    from verifier.documents import DocumentMeta, ParsedDocument
    from tests.verifier.test_retrieval import passage

    text = ("The decomposition overhead is significant, and Int8 matrix multiplication only yields an advantage if "
            "the entire GPU is well saturated. This occurs only in LLMs with a model dimension of 4096 or larger. "
            "Small models run at 7.8 tokens per second on the device. It's worth noting that we implement the "
            "forward pass with native PyTorch APIs.")
    doc = ParsedDocument(sha256="cd" * 32, media_type="application/pdf", n_pages=1, meta=DocumentMeta(),
                         passages=[passage(0, 1, text)], tables=[], parser_version="test")
    retriever = Retriever(units_of(doc), semantic=False)
    claim = ("Int8 matrix multiplication only yields an advantage if the entire GPU is well saturated, which occurs "
             "only in LLMs with a model dimension of 4096 or larger.")
    g = ground_text(claim, retriever)
    assert g.verdict is Verdict.supported, g.reasons
    assert g.evidence[0].quote == text[: g.evidence[0].char_end] and "4096" in g.evidence[0].quote
    assert any("next sentence" in r for r in g.reasons)
    assert ground_text(claim.replace("4096", "8192"), retriever).verdict is not Verdict.supported
    g = ground_text("Small models run at 7.8 tokens per second, with a forward pass in native PyTorch APIs.", retriever)
    assert g.verdict is not Verdict.supported and not any("next sentence" in r for r in g.reasons)


def test_a_size_threshold_after_a_noun_is_a_condition():
    """ground-6: 'LLM.int8() delivers modest matrix multiplication speedups for GPT-3 models' was *supported* (with
    MiniLM ranking) by '... provide modest matrix multiplication speedups for GPT-3 models of size 6.7B parameters
    or larger': a threshold after the noun, with no condition marker, was not seen as left out."""
    evidence = ("We also show in Appendix D that we maintain end-to-end inference runtime performance for large "
                "models and provide modest matrix multiplication speedups for GPT-3 models of size 6.7B parameters "
                "or larger.")
    claim = "LLM.int8() delivers modest matrix multiplication speedups for GPT-3 models."
    assert dropped_conditions(claim, evidence) == ["of size 6.7b parameters or larger"]
    assert dropped_conditions(claim.replace("models.", "models of size 6.7B parameters or larger."), evidence) == []


def test_rules_from_the_seventh_fresh_split():
    """ground-6, seventh fresh split (first run 16 of 32, no wrong support): 'lacks support for group quantization'
    was *contradicted* by 'does not support group quantization' (a negation the claim wrote as a verb);
    'Int8 ... faster than 16-bit' by a sentence whose one bit width, Int8, the claim states too; 'using Triton' was
    a condition left out where the paper says 'with the help of Triton'; 'believe FP8 would outperform Int8, but
    neither GPUs nor TPUs currently support FP8' crossed the contrast of '..., but ... support this data type';
    'Before SmoothQuant,' made SmoothQuant the subject of what the original activation map shows."""
    assert verdict("FasterTransformer has an FP16×INT4 GEMM for per-tensor weight-only quantization but lacks "
                   "support for group quantization.",
                   "FasterTransformer implements FP16×INT4 GEMM for weight-only per-tensor quantization but does not "
                   "support group quantization.") is Verdict.supported
    assert verdict("FasterTransformer lacks an FP16×INT4 GEMM for per-tensor weight-only quantization.",
                   "FasterTransformer implements FP16×INT4 GEMM for weight-only per-tensor quantization.") \
        is Verdict.contradicted
    assert verdict("As Huggingface lacks model parallelism, the PyTorch tests use a single GPU.",
                   "Due to the lack of support for model parallelism in Huggingface, the PyTorch tests use a single "
                   "GPU.") is not Verdict.contradicted
    faster = ("We see that raw Int8 matrix multiplication in cuBLASLt begins to be two times faster than cuBLAS at a "
              "model size of 5140 (hidden size 20560).")
    assert verdict("Int8 matrix multiplication makes inference faster than 16-bit matrix multiplication.",
                   faster) is not Verdict.contradicted
    assert verdict("Raw Int4 matrix multiplication in cuBLASLt begins to be two times faster than cuBLAS at a model "
                   "size of 5140.", faster) is Verdict.contradicted  # a bit width of its own still differs
    assert dropped_conditions(
        "GPTQ-for-LLaMA adds INT4 kernels for reordered quantization using Triton.",
        "GPTQ-for-LLaMA extends kernel support for INT4 reordered quantization with the help of Triton [Til19].") == []
    assert verdict("The authors believe FP8 would outperform Int8, but neither GPUs nor TPUs currently support FP8.",
                   "We believe FP8 data types offer superior performance compared to the Int8 data type, but "
                   "currently, neither GPUs nor TPUs support this data type.") is Verdict.supported
    from verifier.grounding import _unnamed_subject

    observed = ("Observations: (1) there are a few channels in the original activation map whose magnitudes are very "
                "large (greater than 70); (2) the variance in one activation channel is small.")
    assert _unnamed_subject("Before SmoothQuant, a few channels of the original activation map have very large "
                            "magnitudes, above 70.", observed) is None
    assert _unnamed_subject("SmoothQuant leaves a few channels of the activation map with very large magnitudes.",
                            observed) == "SmoothQuant"


@pytest.mark.skipif(not (CORPUS / "llm-int8").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_a_differing_number_contradicts_only_where_it_is_a_number_of_the_same_thing():
    """ground-6: a claim number contradicts an evidence number of its kind only where the words around them
    share a content word (the four before, the one after): SmoothQuant's 'When α is too small (<0.4), the
    activations are hard to quantize ...' was *contradicted* by a sentence of the LLM.int8() paper."""
    from verifier.markdown import parse_markdown

    doc = parse_markdown((CORPUS / "llm-int8" / "paper.md").read_bytes(), name="paper.md")
    g = ground_text("When α is too small (<0.4), the activations are hard to quantize; when α is too large (>0.6), "
                    "the weights will be hard to quantize.", Retriever(units_of(doc), semantic=False))
    assert g.verdict is Verdict.not_found, g.reasons
    density = ("The 210 tensors contain 2,084,044,800 ternary weights, of which 879,693,294 are zero, giving an exact "
               "zero density of 42.2109%.")
    assert verdict("The exact zero density of the 2,084,044,800 ternary weights in the 210 tensors is 51.5%.",
                   density) is Verdict.contradicted  # the density, four words back
    assert verdict("We generate 500 tokens for each inference run and report the median latency.",
                   "We generate 200 tokens for each inference run and calculate the median latency as the final "
                   "result.") is Verdict.contradicted


def test_rules_from_the_eighth_fresh_split():
    """ground-6, eighth fresh split (first run 16 of 32, no wrong support): a report frame ('AWQ's authors stress
    that, at a similar cost, ...') hid the claim's subject, and 'far better' against 'far behind' was no flip; a
    numbered citation ('on FPGA [30]') and an inflection ('covering' / 'cover') made conditions left out."""
    behind = ("Nonetheless, we want to stress that the performance of no-group quantization is still far behind "
              "grouped quantization at a similar cost.")
    assert verdict("AWQ's authors stress that, at a similar cost, no-group quantization performs far better than "
                   "grouped quantization.", behind) is Verdict.contradicted
    assert verdict("AWQ's authors stress that, at a similar cost, no-group quantization is still far behind grouped "
                   "quantization.", behind) is Verdict.supported
    assert dropped_conditions("On FPGA, TerEffic decodes bytes that each hold five ternary weights into five two-bit "
                              "weights.",
                              "TENET includes ternary weight decompression [9], TerEffic stores five ternary weights "
                              "per byte and decodes them to five two-bit weights on FPGA [30].") == []
    assert dropped_conditions("Each stream-fed design passes randomized RTL tests of 456 to 692 rows that cover every "
                              "starting bit offset.",
                              "The stream-fed designs pass randomized RTL tests of 456–692 rows per design covering "
                              "every starting bit offset.") == []


def test_a_number_the_evidence_qualifies_at_once_is_no_other_value():
    """ground-6, eighth fresh split: 'Architecture A saves energy ... only when reading a weight bit costs more than
    about 3.2-4.4 pJ' (the paper's threshold at one zero density) was *contradicted* by the threshold the paper
    gives at a clock ('... more than about 0.9–1.0 pJ at 2.0–2.5 ns ...'): a number followed at once by a
    condition the claim does not state is that setting's number."""
    repaid = ("The extra compute energy is repaid only if reading one weight bit costs more than about 0.9–1.0 pJ at "
              "2.0–2.5 ns, or about 0.12 pJ at 1.6 ns.")
    assert verdict("The extra compute energy is repaid only if reading one weight bit costs more than about 3.2-4.4 "
                   "pJ.", repaid) is Verdict.not_found
    assert verdict("The extra compute energy is repaid only if reading one weight bit costs more than about 3.2-4.4 "
                   "pJ at 2.0-2.5 ns.", repaid) is Verdict.contradicted  # the same setting, another number


def test_rules_from_the_ninth_fresh_split():
    """ground-6, ninth fresh split (first run 11 of 32): 'examples ... come from the LLaVA-7B model' was *supported*
    by '... examples of the LLaVA-13B model' (a size read only with its name was no number); 'quantized LLMs are
    evaluated with lm-eval-harness' was *supported* by '... lm-eval-harness to evaluate OPT and BLOOM models'
    (models in general, from a sentence on named ones); '..., not full-model addressing' was *contradicted* by
    '... rather than direct full-model addressing' (a negation of what the evidence sets aside)."""
    llava = "We further provide some qualitative visual reasoning examples of the LLaVA-13B model in Figure 4."
    assert verdict("The qualitative visual reasoning examples come from the LLaVA-7B model.", llava) \
        is Verdict.contradicted
    assert verdict("The qualitative visual reasoning examples come from the LLaVA-13B model.", llava) \
        is Verdict.supported
    harness = ("We use lm-eval-harness to evaluate OPT and BLOOM models, and GLM-130B's official repo for its own "
               "evaluation.")
    from verifier.grounding import generalisations

    assert generalisations("The quantized LLMs are evaluated with lm-eval-harness.", harness) \
        == ["'OPT, BLOOM, GLM-130B' generalised to 'llms'"]
    assert generalisations("The quantized OPT and BLOOM models are evaluated with lm-eval-harness.", harness) == []
    feeders = ("The synthesized feeders use 16-bit local memory addresses, so the hardware results represent "
               "tiled/local buffers rather than direct full-model addressing.")
    assert verdict("The synthesized feeders use 16-bit local addresses, so results reflect tiled/local buffers, not "
                   "full-model addressing.", feeders) is Verdict.supported
    assert verdict("The synthesized feeders use 16-bit local addresses, so results reflect full-model addressing, "
                   "not tiled/local buffers.", feeders) is Verdict.contradicted


def test_independent_is_the_antonym_of_depends():
    """ground-6, tenth fresh split (first run 17 of 32): 'the best LUT accelerator organization is largely
    independent of activation precision' was *supported* by '... the best organization strongly depends on
    activation precision'."""
    depends = ("Geens et al. explore the LUT accelerator design space and show that the best organization strongly "
               "depends on activation precision.")
    assert verdict("Geens et al. found the best LUT accelerator organization to be largely independent of activation "
                   "precision.", depends) is Verdict.contradicted
    assert verdict("Geens et al. found the best LUT accelerator organization to depend strongly on activation "
                   "precision.", depends) is not Verdict.contradicted


# -- found by benchmarks/grounding_mutations.py (corpus sentences changed in one place) ---------------


def test_superlatives_and_superior_are_antonym_pairs():
    """ground-7: 'a scale set by the smallest magnitude', 'the 3 smallest ... LLM models' and 'offer inferior
    performance' were *supported* by the sentences that say 'largest' and 'superior'."""
    assert verdict("We can quantize the 3 smallest, openly available LLM models into INT8 without degrading the "
                   "accuracy.", "We can quantize the 3 largest, openly available LLM models into INT8 without "
                   "degrading the accuracy.") is Verdict.contradicted  # fmt: skip
    superior = "We believe FP8 data types offer superior performance compared to the Int8 data type."
    assert verdict("We believe FP8 data types offer inferior performance compared to the Int8 data type.",
                   superior) is Verdict.contradicted
    assert verdict(superior, superior) is Verdict.supported


def test_a_count_written_as_a_product_is_checked():
    """ground-7: '12×48GB A6000 GPUs' was *supported* by '8×48GB A6000 GPUs' (the quantity parser reads the
    48GB, not the count before the ×)."""
    evidence = ("GPT-3 will consume at least 350GB of memory in FP16, requiring 8×48GB A6000 GPUs or 5×80GB A100 "
                "GPUs just for inference.")
    assert verdict(evidence.replace("8×48GB", "12×48GB"), evidence) is Verdict.contradicted
    assert verdict(evidence.replace("5×80GB", "5×40GB"), evidence) is not Verdict.supported
    assert verdict(evidence, evidence) is Verdict.supported
    assert _count_mismatches("a 2.7× speedup on 8×A100", "a 2.7× speedup on 8×A100") == []


def test_a_negation_the_two_say_alike_does_not_excuse_an_added_one():
    """ground-7: 'a ... training-free quantization scheme ... that would not use INT8' was *supported* by
    '... that would use INT8': the 'training-free' both say was taken for the evidence negating what the
    claim negates. A negation of another reach still excuses ('lacks model parallelism' / 'the lack of
    support for model parallelism')."""
    evidence = ("Deriving an efficient, hardware-friendly, and preferably training-free quantization scheme for "
                "LLMs that would use INT8 for all the compute-intensive operations remains an open challenge.")
    assert verdict(evidence.replace("would use", "would not use"), evidence) is Verdict.contradicted
    assert verdict("As Huggingface lacks model parallelism, the PyTorch tests use a single GPU.",
                   "Due to the lack of support for model parallelism in Huggingface, the PyTorch tests use a single "
                   "GPU.") is not Verdict.contradicted  # fmt: skip


def test_negating_what_the_evidence_affirms_before_its_rather_than_is_a_flip():
    """ground-7: 'its advantage is not reduced weight traffic rather than reduced arithmetic' was *supported* by
    'its advantage is reduced weight traffic rather than reduced arithmetic': 'reduced' is also in the phrase
    set aside, but 'weight traffic' is not. Negating only what is set aside still restates."""
    evidence = "So its consistent advantage is reduced weight traffic rather than reduced arithmetic."
    assert verdict("So its consistent advantage is not reduced weight traffic rather than reduced arithmetic.",
                   evidence) is Verdict.contradicted
    assert verdict("The engines use tiled/local buffers, not full-model addressing.",
                   "The engines use tiled/local buffers rather than direct full-model addressing.") \
        is not Verdict.contradicted


def test_a_method_or_model_put_for_the_evidences_own_is_not_supported():
    """ground-7: with another method of the same paper put in a sentence's place, 61-65% of 264 changed
    sentences were *supported* (grounding_mutations.py's 'method' change): every other word is there."""
    cases = [
        ("The quantization-aware models tested here provide little gain; the higher-zero BitNet Qwen3 models reach "
         "a few percent.", "The quantization-aware models tested here provide little gain; the higher-zero CAT-Q "
         "Qwen3 models reach a few percent."),
        ("To handle outliers beyond the 6.7B scale, ZeroQuant is no longer sufficient.",
         "To handle outliers beyond the 6.7B scale, vector-wise quantization is no longer sufficient."),
        # the evidence's method is named elsewhere in the claim, not in its place
        ("Our method is orthogonal to ZeroQuant: it further closes the gap when combined with GPTQ.",
         "Our method is orthogonal to GPTQ: it further closes the gap when combined with GPTQ."),
        # a lower-case method of the lexicon ("mixed-precision decomposition" is LLM.int8()'s)
        ("For this purpose, we develop zeropoint quantization, where the large magnitude feature dimensions are "
         "represented in 16-bit precision.", "For this purpose, we develop mixed-precision decomposition, where "
         "the large magnitude feature dimensions are represented in 16-bit precision."),
    ]  # fmt: skip
    for claim, evidence in cases:
        got, reasons = judge(claim, unit(evidence), 1.0)
        assert got is Verdict.not_found, (claim, reasons)
        assert any("another method, model, dataset or device" in r for r in reasons)
        assert verdict(evidence, evidence) is Verdict.supported
    # not another name: a model size that differs (contradicted), a name moved, a citation key, "LLMs"
    assert verdict("Its kernel targets only the OPT-66B model.", "Its kernel targets only the OPT-175B model.") \
        is Verdict.contradicted
    assert verdict("Results are WikiText-2 perplexity of OPT models.", "Results are perplexity on WikiText-2 of "
                   "OPT models.") is Verdict.supported  # fmt: skip
    assert not _other_names("BLOOM is not in the AWQ study", "BLOOM [Les23] is not in our study")
    assert not _other_names("ZeroQuant preserves the accuracy of OPT-175B.",
                            "naively quantizing the activation of LLMs will destroy the accuracy.")


def test_an_abbreviation_is_not_spelled_out_inside_a_name():
    """ground-7: 'LLM.int8()' was read as 'Large language models.int8()' where the source defines 'LLMs'."""
    spelled = _spelled_otherwise("LLM.int8() keeps the accuracy of LLMs.", {"LLM": "Large language models"})
    assert "Large language models.int8()" not in " ".join(spelled)
    assert any("accuracy of Large language models" in s for s in spelled)


def test_another_dataset_and_a_value_written_with_another_unit_are_not_supported():
    """ground-7: 'a small calibration set from the COCO dataset' was *supported* by '... from the Pile dataset'
    (a dataset of the lexicon with one capital is no word written as a name), and 'at least 6× of all sequence
    dimensions' by 'at least 6% of all ...' (the claim's 6× met the bare 6 of 'a magnitude of at least 6')."""
    pile = ("For AWQ, we used a small calibration set from the Pile [Gao20] dataset in order not to overfit to a "
            "specific downstream domain.")
    assert verdict(pile.replace("Pile", "COCO"), pile) is Verdict.not_found
    assert verdict("The GPU hours would be smaller for smaller datasets (e.g., Pile).",
                   "The GPU hours would be smaller for smaller datasets (e.g., WikiText-2).") is Verdict.not_found
    six = ("Outliers with a magnitude of at least 6 occur in at least 25% of all layers and at least 6% of all "
           "sequence dimensions.")
    assert verdict(six.replace("6% of all", "6× of all"), six) is not Verdict.supported
    assert verdict(six, six) is Verdict.supported
    assert verdict("Outliers with a magnitude of at least 6 occur in at least 25% of all layers.",
                   "Outliers with a magnitude of at least 6 occur in at least 25% of all layers.") is Verdict.supported


def test_another_model_of_the_lexicon_is_another_name():
    """ground-7: a model the lexicon knows but not written as a name ('Vicuna', 'Falcon', 'Llama') put for the
    evidence's own was *supported* (14% of grounding_mutations.py's model changes on their first run)."""
    vicuna = ("AWQ consistently improves the INT3-g128 quantized Vicuna models over RTN and GPTQ under both scales "
              "(7B and 13B), demonstrating the generability to instruction-tuned models.")
    assert verdict(vicuna.replace("Vicuna", "LLaMA"), vicuna) is Verdict.not_found
    assert verdict("Our system achieves 33 tokens per second when running Falcon models.",
                   "Our system achieves 33 tokens per second when running Llama-2 models.") is Verdict.not_found
    assert verdict(vicuna, vicuna) is Verdict.supported


def test_another_device_of_the_lexicon_is_another_name():
    """ground-7: the lexicon's hardware ('RTX 4090', 'Jetson Orin', 'T4') counts among the names: what a paper
    measured on one GPU it did not measure on another."""
    orin = "The kernels reach 33 tokens per second on the NVIDIA Jetson Orin with 32GB of memory."
    assert verdict(orin.replace("Jetson Orin", "RTX 4090"), orin) is Verdict.not_found
    assert verdict("Latency halves on a single T4 GPU.", "Latency halves on a single A100 GPU.") is Verdict.not_found
    assert verdict(orin, orin) is Verdict.supported


def test_rules_from_the_eleventh_fresh_split():
    """ground-7, eleventh fresh split (first run 12 of 32): 'the AWQ model wrongly points out a bird ..., while
    RTN gives more information' was *supported* by 'RTN falsely points out a bird ..., while AWQ provides more
    information' (the two sides of the contrast swapped); 'to further improve quantization performance' by
    '... the INT2 quantization performance' (a bit width before a noun is a condition); 'On the negative side'
    was taken for a condition left out."""
    bird = ("In the last example, RTN falsely points out a bird in the picture, while AWQ provides more "
            "information by noticing the image is taken in a mountain area.")
    assert verdict("In the last example, the AWQ model wrongly points out a bird in the picture, while RTN gives "
                   "more information by noticing the image was taken in a mountain area.", bird) \
        is Verdict.contradicted
    assert verdict(bird, bird) is Verdict.supported
    int2 = "We can combine our method with GPTQ to further improve the INT2 quantization performance."
    assert verdict("Our method can be combined with GPTQ to further improve quantization performance.", int2) \
        is Verdict.partially_supported
    assert verdict("Our method can be combined with GPTQ to further improve the INT2 quantization performance.",
                   int2) is Verdict.supported
    assert verdict("Malicious users may exploit LLMs to produce misinformation and manipulation.",
                   "On the negative side, LLMs may be exploited by malicious users to produce misinformation and "
                   "manipulation.") is Verdict.supported  # fmt: skip


def test_a_long_restatement_needs_less_coverage_than_a_short_claim():
    """ground-7: a claim of ten distinct content words or more is supported from 65% coverage as a paraphrase (a
    long restatement leaves more of its words behind in other words: twelve true restatements of the fresh splits
    were *not found* at 75%, with no wrong support more); a short one still needs 75% ('The result is mostly
    negative' must not be carried by 'mostly' and one more word)."""
    from verifier.grounding import COVER_SUPPORT, COVER_SUPPORT_LONG, LONG_CLAIM, _cover_needed

    long = ("According to the LLM.int8() paper, Hugging Face uses an optimized implementation that caches "
            "attention values.")
    assert _cover_needed(long) == COVER_SUPPORT_LONG < COVER_SUPPORT == _cover_needed("The result is mostly negative.")
    assert LONG_CLAIM >= 8
    evidence = "Hugging Face uses an optimized implementation with cached attention values."
    v, reasons = judge(long, unit(evidence), 1.0)
    cov = float(reasons[0].split()[1].rstrip(","))
    assert COVER_SUPPORT_LONG <= cov < COVER_SUPPORT and v is Verdict.supported, reasons
    assert verdict("The result is mostly negative.", "SmoothQuant achieves lower latency compared to FP16 under all "
                   "settings, while LLM.int8() is mostly slower.") is Verdict.not_found  # fmt: skip


def test_a_name_is_found_only_as_itself():
    """ground-7: coverage found 'SmoothQuant' in 'smoothly' (the first six letters), which carried 'SmoothQuant is
    easy to implement' against '... can operate smoothly on this edge device' once less coverage was tried."""
    from verifier.grounding import coverage

    strict, loose = coverage("SmoothQuant is easy to implement.", unit("The models operate smoothly and are easy to "
                                                                       "implement."))  # fmt: skip
    assert strict < 0.75 and loose < 0.75
    # an ordinary word still matches on its first letters ("suffices" / "sufficient")
    assert coverage("Eight bits suffices.", unit("Eight bits are sufficient."))[0] == 1.0


def test_an_antonym_inside_a_compound_and_a_name_put_before_the_next_sentence():
    """ground-7, from grounding_mutations.py with another seed: 'slightly higher-energy' was *supported* by
    'slightly lower-energy' (one compound, the antonym inside it); 'favor asymmetric LLM.int8()' by 'favor
    asymmetric zeropoint quantization.' read with the next sentence (the run the name replaced ran on into it).
    A name spelled with other separators is the same name ('bitnet-b1.58-2B-4T' / 'BitNet b1.58 2B4T'), and
    'RoBERTa' is no 'BERT'."""
    energy = ("At the tight 1.6 ns target, mapping differences can still make the direct core slightly lower-energy "
              "on some low-zero synthetic workloads; the advantage is lower memory traffic.")
    assert verdict(energy.replace("lower-energy", "higher-energy"), energy) is Verdict.contradicted
    assert verdict(energy, energy) is Verdict.supported
    assert _other_names("These outlier dimensions disrupt symmetric absmax quantization and favor asymmetric "
                        "LLM.int8().", "These outlier dimensions disrupt symmetric absmax quantization and favor "
                        "asymmetric zeropoint quantization. This explains the results in our perplexity analysis.")
    assert not _other_names("The exact zero density of bitnet-b1.58-2B-4T is 42.2%.",
                            "At the 42.2% zero density of BitNet b1.58 2B4T the storage gain is modest.")
    assert _other_names("Versions of 8-bit BLOOM-176B/RoBERTa include Q8BERT.",
                        "Versions of 8-bit BERT/RoBERTa include Q8BERT.")


def test_rules_from_the_twelfth_fresh_split():
    """ground-7, twelfth fresh split (first run 22 of 32): 'SmoothQuant keeps an LLM's accuracy intact ..., even
    with its most aggressive ... setting' was *supported* by '... maintains the accuracy of OPT-175B model ...'
    ('an LLM's' is models in general; 'most aggressive' is no quantifier), and 'regular quantization methods fail,
    whereas LLM.int8() keeps 16-bit accuracy' by 'We can see once systematic outliers occur at a scale of 6.7B
    parameters, regular quantization methods fail, ...' (a leading condition after a report frame)."""
    assert verdict("SmoothQuant keeps an LLM's accuracy intact after INT8 quantization, even with its most aggressive "
                   "and most efficient O3 setting.", "Table 3. SmoothQuant maintains the accuracy of OPT-175B model "
                   "after INT8 quantization, even with the most aggressive and most efficient O3 setting (Table 2).") \
        is Verdict.partially_supported  # fmt: skip
    once = ("We can see once systematic outliers occur at a scale of 6.7B parameters, regular quantization methods "
            "fail, while LLM.int8() maintains 16-bit accuracy.")
    assert verdict("Regular quantization methods fail, whereas LLM.int8() maintains 16-bit accuracy.", once) \
        is Verdict.partially_supported
    assert verdict("Once systematic outliers occur at a scale of 6.7B parameters, regular quantization methods "
                   "fail, while LLM.int8() maintains 16-bit accuracy.", once) is Verdict.supported


def test_a_name_put_for_the_evidences_subject_that_the_evidence_compares_with():
    """ground-7, grounding_mutations.py's tune half with seed 2: 'GPTQ needs a much smaller calibration set' was
    *supported* by 'AWQ needs a much smaller calibration set. It can achieve better perplexity ... compared to
    GPTQ' (read with the next sentence; GPTQ is in the evidence, but not in AWQ's place, and AWQ nowhere in the
    claim). A comparison turned around still contradicts ('GPTQ consistently outperforms AWQ')."""
    awq = ("AWQ needs a much smaller calibration set to reach a good quantized performance. It can achieve better "
           "perplexity using 10× smaller calibration set compared to GPTQ.")
    assert _other_names("GPTQ needs a much smaller calibration set to reach a good quantized performance.", awq)
    assert not _other_names("AWQ needs a much smaller calibration set to reach a good quantized performance.", awq)
    assert verdict("GPTQ consistently outperforms AWQ across model scales.",
                   "AWQ consistently outperforms RTN and GPTQ across model scales.") is Verdict.contradicted


def test_the_papers_we_and_a_pronoun_after_its_own_method_stand_for_that_method_only():
    """ground-8: a source's units carry its own method (``own``, the extractor's ``own_method``). Its "we"
    and "our" stand for that method, and a pronoun in a sentence that names it is that method: with MiniLM
    ranking "GPTQ performs per-channel scaling to protect the salient weights" was *supported* by "AWQ
    protects salient weights ... It consistently outperforms ..." (the "It" stood in for GPTQ). Where the
    paper's method is unknown, or the claim's subject is that method, any stand-in may be the subject."""
    from verifier.grounding import _unnamed_subject

    joined = ("AWQ protects salient weights and reduces quantization error by using a scaling-based method. It "
              "consistently outperforms Round-to-nearest quantization (RTN).")
    claim = "GPTQ performs per-channel scaling to protect the salient weights."
    assert _unnamed_subject(claim, joined, "AWQ") == "GPTQ"
    assert _unnamed_subject(claim, joined, "") is None  # no knowing what "It" is
    we = "We protect the salient weights by per-channel scaling, which reduces the quantization error."
    assert _unnamed_subject(claim, we, "AWQ") == "GPTQ"
    assert _unnamed_subject("AWQ protects the salient weights by per-channel scaling.", we, "AWQ") is None
    # a third-person pronoun in a sentence that does not name the paper's method may be the claim's subject
    assert _unnamed_subject(claim, "It protects the salient weights by per-channel scaling.", "AWQ") is None
    # a claim that speaks as the paper: its names are objects, not its subject
    assert _unnamed_subject("We test Int4 training on a variety of training settings.",
                            "We test Int8 training on a variety of training settings.", "LLM.int8()") is None
    own = Unit("00" * 32, 1, joined, passage_index=0, char_start=0, char_end=len(joined), own="AWQ")
    assert judge(claim, own, 1.0)[0] is Verdict.not_found
    assert judge("AWQ protects the salient weights with a scaling-based method.", own, 1.0)[0] is Verdict.supported


def test_units_carry_the_sources_own_method():
    from tests.verifier.test_retrieval import document as doc

    d = doc()
    assert {u.own for u in units_of(d)} == {""}  # no method in its title or abstract
    titled = d.model_copy(update={"meta": d.meta.model_copy(update={"title": "AWQ: Activation-aware Weight "
                                                                              "Quantization"})})
    assert {u.own for u in units_of(titled)} == {"AWQ"}


def test_a_name_the_evidence_compares_with_put_in_its_subjects_place_after_a_report_frame():
    """ground-8: "GPTQ consistently outperforms RTN" was *supported* by "We can see that AWQ consistently
    outperforms round-to-nearest (RTN) and GPTQ": the evidence's subject came after "We can see that", a run
    longer than the name check read, and GPTQ is in the evidence (as what AWQ outperforms)."""
    evidence = ("We can see that AWQ consistently outperforms round-to-nearest (RTN) and GPTQ [Fra22] across "
                "different model scales (7B-70B) and generations.")
    assert _other_names("GPTQ consistently outperforms Round-to-nearest quantization (RTN).", evidence)
    assert not _other_names("AWQ consistently outperforms Round-to-nearest quantization (RTN).", evidence)
    assert verdict("GPTQ consistently outperforms Round-to-nearest quantization (RTN).", evidence) \
        is Verdict.not_found
    assert verdict("AWQ consistently outperforms Round-to-nearest quantization (RTN).", evidence) \
        is Verdict.supported


def test_thirteenth_split_rules_antonyms_clauses_and_negative_prefixes():
    """ground-8, thirteenth fresh split (first run 20 of 32): 'cheaper and easier' against 'expensive and
    challenging' was *supported* (65% coverage of a long claim, no antonym known); a dropped 'when five-trit
    packing restarts every 128 weights' was *supported* (the claim says 'five-trit packing' elsewhere, which
    ended the phrase); 'made impossible before' was *contradicted* by 'was not possible before'."""
    assert verdict("As language models get larger, serving them for inference becomes cheaper and easier.",
                   "However, as the language model gets larger, serving such models for inference becomes expensive "
                   "and challenging.") is Verdict.contradicted
    bitcos = ("The bitmap/sign storage format comes from BITCOS [4]; its 37.5% storage break-even applies when "
              "five-trit packing restarts every 128 weights, while the 40% threshold used in the main experiments "
              "follows from the continuous 1.6-bit baseline.")
    claim = "The bitmap/sign storage format breaks even with five-trit packing in storage at 37.5% zeros."
    assert dropped_conditions(claim, bitcos) == ["when five-trit packing restarts every 128 weights"]
    # a clause that says one word more is none ("once the phase shift occurs" against "after the phase shift"),
    # and an author-year key is no word of a condition
    assert dropped_conditions("After the phase shift, outliers are present in all layers.",
                              "Once the phase shift occurs, outliers are present in all layers.") == []
    assert dropped_conditions("Round-to-nearest is quite strong when using a small group size like 128.",
                              "It is actually quite strong when using a small group size like 128 [Fra22, Det22c].") \
        == []
    assert polarity_flips("It enables research that resource constraints made impossible before.",
                          "It enables research that was not possible before due to resource constraints.") == []
    assert polarity_flips("It enables research that was possible before.",
                          "It enables research that was impossible before.")


def test_the_paper_speaking_of_itself_and_its_we_against_a_claim_on_its_own_method():
    """ground-8, the thirteenth split's misses read after its first run: 'LLM.int8()'s additional related work
    lists ...' names the paper, not a subject the evidence must name; 'SmoothQuant's evaluation focuses on ...'
    is the paper's 'Note that we focus on ...'; 'AWQ's evaluation ... perform better than other open-source LLMs'
    has its side named by the paper's 'We focus our study ...'; 'not on the absolute value' negates as 'not the
    absolute value'; 'like' before examples is no condition word."""
    from verifier.grounding import _missing_sides, _other_subject, _unnamed_subject

    versions = "Versions of 8-bit BERT/RoBERTa include Q8BERT, QBERT and BinaryBERT."
    claim = "LLM.int8()'s additional related work lists Q8BERT, QBERT and BinaryBERT as versions of 8-bit BERT/RoBERTa."
    assert _unnamed_subject(claim, versions, "LLM.int8()") is None
    assert _unnamed_subject(claim, versions, "") == "LLM.int8"  # no knowing it is the paper's own
    assert _unnamed_subject("GPTQ's related work lists Q8BERT.", versions, "LLM.int8()") == "GPTQ"
    note = "Note that we focus on the relative performance change before and after quantization."
    assert _other_subject("SmoothQuant's evaluation focuses on the relative performance change before and after "
                          "quantization.", note, "SmoothQuant") is None
    assert _other_subject("SmoothQuant's evaluation focuses on the relative performance change before and after "
                          "quantization.", note, "")
    focus = "We focus our study on LLaMA models due to their superior performance compared to other open-source LLMs."
    claim = "AWQ's evaluation uses LLaMA because these models perform better than other open-source LLMs."
    assert _missing_sides(claim, focus, "AWQ") == []
    assert _missing_sides(claim, focus, "") == ["awq's"]
    assert polarity_flips("It focuses on the relative change, not on the absolute value.",
                          "It focuses on the relative change but not the absolute value.") == []
    assert dropped_conditions("Besides accuracy, LLM benchmarking has other important metrics such as robustness "
                              "and fairness.", "Besides accuracy, there are other important metrics for LLM "
                              "benchmark like robustness and fairness.") == []


def test_fourteenth_split_rules_lengthen_and_a_reason_that_ends_a_condition():
    """ground-8, fourteenth fresh split (first run 25 of 32): 'can lengthen the critical path' was *supported*
    by 'can shorten the critical path' (no antonym known); 'relies minimally on the calibration set' read 'on the
    calibration set since we ...' as a condition left out (the reason that follows ends the phrase)."""
    assert verdict("When only the compute engines are compared, the direct bitmap/sign datapath can lengthen the "
                   "critical path.", "When only the compute engines are compared, the direct bitmap/sign datapath "
                   "can shorten the critical path.") is Verdict.contradicted
    assert dropped_conditions("Because it only measures the average magnitude per channel, AWQ relies minimally on "
                              "the calibration set, which prevents over-fitting.",
                              "It has minimal reliance on the calibration set since we only measure the average "
                              "magnitude per channel, thus preventing over-fitting.") == []


def test_a_name_the_evidence_compares_its_own_method_with_is_no_subject_of_it():
    """ground-8, grounding_mutations.py's tune half with seed 4: 'RTN performs per-channel scaling to protect the
    salient weights' was *supported* by 'AWQ protects salient weights ... It consistently outperforms
    Round-to-nearest quantization (RTN)' (read with the next sentence): RTN is named, but only as what the
    paper's own method outperforms. A claim that names both is a comparison, left to the comparison rules."""
    from verifier.grounding import _unnamed_subject

    joined = ("Table 3. AWQ protects salient weights and reduces quantization error by using a scaling-based method. "
              "It consistently outperforms Round-to-nearest quantization (RTN) and achieves comparable performance.")
    claim = "RTN performs per-channel scaling to protect the salient weights."
    assert _unnamed_subject(claim, joined, "AWQ") == "RTN"
    assert _unnamed_subject(claim, joined, "") is None
    assert _unnamed_subject("RTN consistently outperforms AWQ.", joined, "AWQ") is None
    assert _unnamed_subject(claim, "RTN and AWQ protect salient weights.", "AWQ") is None


def test_more_direction_words_are_antonyms():
    """ground-8: a wider antonym list after 'lengthen'/'shorten' and 'cheaper'/'expensive' went unread on
    fresh splits (on 6,200 verdicts of the labelled set and the corpus sentences one changed, to right:
    'Outliers are mostly symmetric' against '... asymmetric')."""
    for claim, evidence in [
        ("Outliers are mostly symmetric, being both positive and negative.",
         "Outliers are mostly asymmetric, being either positive or negative."),
        ("The smoothing step simplifies the kernel.", "The smoothing step complicates the kernel."),
        ("Per-channel scaling strengthens the salient weights' protection.",
         "Per-channel scaling weakens the salient weights' protection."),
    ]:
        assert verdict(claim, evidence) is Verdict.contradicted, claim


def test_according_to_the_papers_own_method_is_the_paper_speaking():
    """ground-8: 'According to SmoothQuant, linear layers account for most of an LLM's parameters' was *not
    found*: SmoothQuant was read as the subject the evidence must name. Where it is the source's own method the
    claim only says whose the statement is; another method there is still a subject to name."""
    from verifier.grounding import _unnamed_subject

    evidence = "Linear layers account for most of the parameters and computation of LLMs."
    claim = "According to SmoothQuant, linear layers account for most of an LLM's parameters and computation."
    assert _unnamed_subject(claim, evidence, "SmoothQuant") is None
    assert _unnamed_subject(claim.replace("SmoothQuant", "GPTQ"), evidence, "SmoothQuant") == "GPTQ"


def test_a_frame_naming_only_the_sources_own_method_does_not_count_against_coverage():
    """ground-8: 'The SmoothQuant paper reports that its method can handle ...' was *not found* against 'SmoothQuant
    can handle ...': the frame's words ('paper', 'reports', 'method') weighed on coverage. With the source's own
    method known, the frame is left out and 'its method' read as that method; a frame naming another work stays.
    Five true restatements of earlier fresh splits went from not found to right, none the other way."""
    from verifier.grounding import _as_own, generalisations

    claim = "The SmoothQuant paper reports that its method can handle the quantization of very large LLMs."
    assert _as_own(claim, "SmoothQuant") == "SmoothQuant can handle the quantization of very large LLMs."
    assert _as_own(claim, "") == claim
    assert _as_own("The GPTQ paper reports that its method can handle it.", "SmoothQuant") \
        == "The GPTQ paper reports that its method can handle it."
    assert _as_own("According to the authors, outliers emerge at 6.7B.", "LLM.int8()") == "outliers emerge at 6.7B."
    # 'unchanged' says 'does not change'; one element made many is a generalisation
    evidence = "Scaling up a single element w usually does not change the extreme value from the group w."
    claim = "Scaling up weights usually leaves the extreme value of their group unchanged."
    assert polarity_flips(claim, evidence) == []
    assert generalisations(claim, evidence)


def test_a_two_word_comparative_is_the_one_word_one_in_a_paraphrase():
    claim = "SmoothQuant can handle the quantization of very large LLMs, whose activations are harder to quantize."
    evidence = ("SmoothQuant can handle the quantization of very large LLMs, whose activations are more difficult to "
                "quantize.")
    assert verdict(claim, evidence) is Verdict.supported


def test_a_word_put_for_another_that_may_carry_a_direction_is_no_support():
    """ground-8, fifteenth fresh split (first run 20 of 32, four direction changes through words the antonym list
    lacked read as *supported*: 'straightforward' for 'hard', 'static' for 'dynamic', 'rare' for 'ubiquitous',
    'fades' for 'grows'). The pairs are antonyms now; and a word put for another right after shared words, where
    either can carry a direction or a judgement and the two are not known to say the same, forbids support (it
    alone made three of the four *not found*; on the 6,200 other verdicts it changes none)."""
    from verifier.grounding import _substituted

    claim = "Outliers in particular feature dimensions are scarce in large transformers."
    evidence = "Outliers in particular feature dimensions are ubiquitous in large transformers."
    assert _substituted(claim, evidence) == [("scarce", "ubiquitous")]
    assert verdict(claim, evidence) is Verdict.not_found
    # known synonyms, one base, names, nouns put for nouns and known antonyms (the flips) are not this rule's
    assert _substituted("Outliers are everywhere and pervasive in large transformers.",
                        "Outliers are everywhere and pervasive in large transformers.") == []
    assert _substituted("The quantized checkpoints contain 29-42% zeros.",
                        "The quantized models contain 29-42% zeros.") == []
    assert _substituted("Activations are harder to quantize.", "Activations are easier to quantize.") == []
    assert _substituted("It is supported across LLaMA model scales.",
                        "It is supported across different model scales.") == []
    # (an antonym pair since ground-11: a flip)
    assert verdict("Outliers usually occur in all layers.", "Outliers rarely occur in all layers.") is Verdict.contradicted
    for claim, evidence in [("The range of activations is static.", "The range of activations is dynamic."),
                            ("Outliers are rare in large transformers.",
                             "Outliers are ubiquitous in large transformers."),
                            ("The benefit fades as weight reads become more expensive.",
                             "The benefit grows as weight reads become more expensive.")]:
        assert verdict(claim, evidence) is Verdict.contradicted, claim


def test_the_substitution_rule_holds_for_abbreviations_compounds_and_the_sentence_start():
    """ground-8, grounding_mutations.py's 'opposite' kind (first run: 22 of 111 tune-half and 19 of 107 held-out
    changes *supported*): 'Tiny language models (LLMs) show ...' against 'Large language models (LLMs) show ...'
    (the first word: no shared word before it), 'very tiny LLMs' read with the abbreviation spelled out, and
    'bitnet b1 58-tiny' against '58-large' (a part of a compound)."""
    from verifier.grounding import _substituted

    assert _substituted("Tiny language models (LLMs) show excellent performance.",
                        "Large language models (LLMs) show excellent performance.") == [("tiny", "large")]
    assert _substituted("For bitnet b1 58-tiny, the codes are rebuilt.",
                        "For bitnet b1 58-large, the codes are rebuilt.") == [("tiny", "large")]
    r = Retriever([unit("SmoothQuant can handle the quantization of very large LLMs, whose activations are more "
                        "difficult to quantize."),
                   unit("Large language models (LLMs) show excellent performance.")], semantic=False)
    r.abbreviations = {"LLMs": "Large language models"}
    g = ground_text("SmoothQuant can handle the quantization of very tiny LLMs, whose activations are more difficult "
                    "to quantize.", r)
    assert g.verdict is Verdict.not_found, g.reasons


def test_words_that_say_the_same_are_no_substitution():
    """ground-8, sixteenth fresh split (first run 16 of 32: the substitution rule refused 8 of 20 true
    paraphrases that put ordinary synonyms for a few words). Equivalent adjectives, adverbs and nouns and more
    verb synonyms are known now; an antonym pair is never in one group; 'instead of' is 'rather than'."""
    from verifier.grounding import _substituted
    from verifier.vocabulary import ANTONYMS, SYNONYMS

    assert not [(a, b) for a in SYNONYMS for b in ANTONYMS.get(a, ()) if SYNONYMS.get(b) == SYNONYMS[a]]
    for claim, evidence in [
        ("Serving LLMs is costly because of their enormous model size.",
         "Serving LLMs is costly because of their gigantic model size."),
        ("The weight distribution is fairly uniform and flat, which is simple to quantize.",
         "The weight distribution is quite uniform and flat, which is easy to quantize."),
        ("Instruction tuning can considerably enhance the models' performance.",
         "Instruction tuning can significantly improve the models' performance."),
        ("TENET puts forward a sparse-aware LUT-centric design.", "TENET puts forward a sparse-aware LUT-centric "
                                                                   "architecture."),
    ]:
        assert _substituted(claim, evidence) == [], claim
    # a judging word of a group is one that can carry a direction ("benefits" / "suffers", seed 1's tune half)
    assert _substituted("Kernels can provide substantial inference suffers on processors.",
                        "Kernels can provide substantial inference benefits on processors.") == [("suffers", "benefits")]
    assert polarity_flips("It means choosing x or zero instead of performing a general multiplication.",
                          "It means selecting x or zero rather than performing a general multiplication.") == []


def test_a_claim_that_names_a_table_is_not_judged_on_the_text_of_another():
    """ground-9, from the eighteenth split: 'In SmoothQuant's Table 4 comparison of different LLMs, the average
    accuracy is shown on WinoGrande, HellaSwag, PIQA and LAMBADA' became *supported* by the Table 1 caption's 'We
    report the average accuracy on WinoGrande, ...' once a footnote mark ended a sentence (the Table 4 caption's
    own sentence leaves out 'For OPT-175B and BLOOM-176B': partially supported). A unit knows the caption or
    table it is part of; one under another table or figure than the claim names is not judged."""
    from tests.verifier.test_retrieval import passage
    from verifier.documents import DocumentMeta, ParsedDocument, PassageKind
    from verifier.grounding import _other_place

    doc = ParsedDocument(
        sha256="cd" * 32, media_type="application/pdf", n_pages=2, meta=DocumentMeta(), parser_version="test",
        passages=[
            passage(0, 1, "Table 1. Per-channel quantization preserves the accuracy. We report the average accuracy "
                          "on WinoGrande, HellaSwag, PIQA, and LAMBADA.", PassageKind.caption),
            passage(1, 2, "Table 4. SmoothQuant works for different LLMs. For OPT-175B and BLOOM-176B, we show the "
                          "average accuracy on WinoGrande, HellaSwag, PIQA, and LAMBADA.", PassageKind.caption),
            passage(2, 2, "Figure 6 (a) compares the perplexity of OPT-6.7B with INT3-g128 quantization."),
        ],
    )
    units = units_of(doc)
    assert [u.place for u in units] == ["Table 1", "Table 1", "Table 4", "Table 4", ""]
    assert _other_place("In Table 4, the average accuracy is shown.", units[1]) == "table 1"
    assert _other_place("In Table 4, the average accuracy is shown.", units[3]) is None
    assert _other_place("The average accuracy is shown on PIQA.", units[1]) is None  # names no table
    assert _other_place("In Figure 1, perplexity is measured on OPT-6.7B.", units[4]) == "figure 6"
    assert _other_place("In Table 1, perplexity is measured on OPT-6.7B.", units[4]) is None  # another kind
    claim = "In the paper's Table 4, the average accuracy is shown on WinoGrande, HellaSwag, PIQA and LAMBADA."
    g = ground_text(claim, Retriever(units, semantic=False))
    assert g.verdict is not Verdict.supported
    assert g.evidence[0].quote.startswith("For OPT-175B")
    assert ground_text(claim.replace("Table 4", "Table 1"), Retriever(units, semantic=False)).verdict \
        is Verdict.supported


def test_a_number_of_the_leading_phrase_may_stand_in_the_sentences_around():
    """ground-9, from the eighteenth split: 'For its Int8 training experiments, the LLM.int8() paper tests two tasks:
    ...' was *not found* against 'We test two tasks ...' (no Int8 in it) after 'We test ... 8-bit feed-forward
    networks ...'. A number of the phrase that sets the scene may be confirmed by the sentences around the
    evidence; a number elsewhere in the claim may not."""
    evidence = "We test two tasks: language modeling on the RoBERTa corpus and machine translation on WMT14."
    around = "We test separate settings for running the transformer with 8-bit feed-forward networks."
    claim = "For its Int8 training experiments, the paper tests two tasks: language modeling on the RoBERTa corpus " \
            "and machine translation on WMT14."
    assert judge(claim, unit(evidence, context=around), 1.0)[0] is Verdict.supported
    assert judge(claim, unit(evidence), 1.0)[0] is not Verdict.supported
    assert judge(claim.replace("Int8", "Int4"), unit(evidence, context=around), 1.0)[0] is not Verdict.supported
    inside = "For its training experiments, the paper tests two Int8 tasks: language modeling on the RoBERTa " \
             "corpus and machine translation on WMT14."
    assert judge(inside, unit(evidence, context=around), 1.0)[0] is not Verdict.supported


def test_nineteenth_split_rules_before_after_as_clauses_negated_conjuncts_and_avoid():
    """ground-10, from the nineteenth split's four wrong *supported* and two of its misses: 'after model deployment'
    against 'before model deployment' (no antonym list held the pair); a leading 'As we scale transformers,' left
    out; 'cannot maintain accuracy' against 'cannot maintain accuracy and hardware efficiency at the same time'
    (not both is no not-either); 'to avoid degrading' read as a removed negation; 'in the case of Int8 inference'
    and 'in this process' said by the claim in its own words."""
    assert verdict("Instruction tuning has become an essential procedure after model deployment.",
                   "It has become an essential procedure before model deployment.") is Verdict.contradicted
    assert dropped_conditions("Outlier features with large magnitudes emerge and strongly affect all layers.",
                              "As we scale transformers, outlier features with large magnitudes emerge and strongly "
                              "affect all layers.") == ["as we scale transformers"]
    assert dropped_conditions("As transformers grow, outlier features emerge.",
                              "As we scale transformers, outlier features emerge.") == []
    assert dropped_conditions("Existing methods cannot maintain accuracy.",
                              "However, existing methods cannot maintain accuracy and hardware efficiency at the same "
                              "time.") == ["and hardware efficiency at the same time"]
    assert dropped_conditions("Existing methods maintain accuracy.",
                              "Existing methods maintain accuracy and hardware efficiency at the same time.") == []
    assert verdict("Mixed-precision decomposition is critical for finetuning if one wants to avoid degrading "
                   "performance.", "Mixed-precision decomposition is critical for finetuning if one wants to not "
                   "degrade performance.") is Verdict.supported
    assert dropped_conditions("We try fewer GPUs for Int8 inference.",
                              "We try fewer GPUs in the case of Int8 inference.") == []
    assert dropped_conditions("We try fewer GPUs.", "We try fewer GPUs in the case of Int8 inference.")
    evidence = "We record the (aggregated) peak GPU memory usage in this process."
    assert dropped_conditions("When measuring latency, the paper records the aggregated peak GPU memory usage.",
                              evidence) == []
    assert dropped_conditions("The paper records the aggregated peak GPU memory usage.", evidence) \
        == ["in this process"]


def test_twentieth_split_rules_a_filler_adverb_beside_a_substitution_and_more_antonyms():
    """ground-11, from the twentieth split's wrong *supported*: 'Int8 methods are rarely used' against 'Int8 methods
    are also often used' (the claim drops 'also' as it turns 'often': one word for two was no substitution), and
    'a fine-grained version of per-channel quantization' against 'a coarse-grained version ...'. 'seem' and
    'appear' say the same."""
    from verifier.grounding import _substituted

    evidence = "While our work focuses on memory efficiency, Int8 methods are also often used to accelerate inference."
    claim = "While its work focuses on memory efficiency, Int8 methods are rarely used to accelerate inference."
    assert verdict(claim, evidence) is Verdict.contradicted  # (an antonym pair now)
    # a word the lists do not know, put for one of two with a filler beside it, is still a substitution
    hardly = claim.replace("rarely", "hardly")
    assert ("hardly", "often") in _substituted(hardly, evidence)
    assert verdict(hardly, evidence) is not Verdict.supported
    assert not any("often" in pair for pair in _substituted(claim.replace("rarely", "also often"), evidence))
    assert verdict("Int8 methods are frequently used to accelerate inference.",
                   "Int8 methods are often used to accelerate inference.") is Verdict.supported
    assert verdict("Group-wise quantization is a fine-grained version of per-channel quantization.",
                   "Group-wise quantization is a coarse-grained version of per-channel quantization.") \
        is Verdict.contradicted
    assert verdict("These outliers seem robust to slight variations of the architecture.",
                   "These outliers also appear robust to slight variations of the architecture.") is Verdict.supported


def test_twenty_first_split_rules_shares_in_words_scale_words_and_not_for_rather_than():
    """ground-12, from the twenty-first split: 'cuts the memory footprint ... to a quarter' was *supported* by 'halves
    the memory footprints' (a share in words is a factor: 'to a quarter' x 1/4, 'by a third' x 2/3, 'by half' and
    'in half' x 1/2); 'for 8-bit transformers' by 'for billion-scale 8-bit transformers' (a scale word the claim
    leaves out is a condition); 'a normalized per-position metric, not total trace energy' was *contradicted* by
    '... rather than total trace energy' ('not' where the evidence says 'rather than' is no added negation)."""
    assert verdict("SmoothQuant cuts the memory footprint of LLM inference to a quarter.",
                   "SmoothQuant halves the memory footprints for LLM inference.") is not Verdict.supported
    assert _count_mismatches("SmoothQuant cuts the memory footprint of LLM inference in half.",
                             "SmoothQuant halves the memory footprint of LLM inference.") == []
    assert verdict("The method cuts the memory needed for inference by a third.",
                   "The method cuts the memory needed for inference by half.") is Verdict.contradicted
    assert dropped_conditions("A significant problem for 8-bit transformers is their large magnitude features.",
                              "A significant problem for billion-scale 8-bit transformers is their large magnitude "
                              "features.") == ["billion-scale"]
    evidence = "This is a normalized per-position metric rather than total trace energy divided by the weights."
    assert verdict("This is a normalized per-position metric, not total trace energy divided by the weights.",
                   evidence) is Verdict.supported
    assert verdict("This is total trace energy divided by the weights, not a normalized per-position metric.",
                   evidence) is Verdict.contradicted


def test_twenty_second_and_third_split_rules_model_slots_size_limits_moved_clauses_and_particles():
    """ground-13, from the twenty-second and twenty-third splits: 'testing on 4 ... tasks requires 3 GPU hours' was
    *supported* by 'testing LLaMA-65B on 4 ... tasks ...' (a model in a slot of what the claim restates is a
    condition where the claim names none), '... quantization of models' by '... of models up to 176B parameters'
    (a size limit), 'B, because A' by 'A, so B in this five-lane GEMV design' (a clause said in another order still
    bears its condition), 'by scaling down' by 'by scaling up' (a particle turned around); and 'in place of X' was
    read as taking X's side where the evidence says 'instead of X'."""
    assert dropped_conditions("Testing on 4 common sense QA tasks requires 3 GPU hours.",
                              "Testing LLaMA-65B on 4 common sense QA tasks requires 3 GPU hours.") == ["llama-65b"]
    # a model the claim names, or one given as an example, is no condition left out
    assert dropped_conditions("Testing OPT-66B on 4 common sense QA tasks requires 3 GPU hours.",
                              "Testing LLaMA-65B on 4 common sense QA tasks requires 3 GPU hours.") == []
    assert dropped_conditions("Unlike those of CNN models, the activations of transformer models are difficult to "
                              "quantize.", "Unlike CNN models or smaller transformer models like BERT, the activations "
                              "of transformer models are difficult to quantize.") == []
    claim = "Our method allows for zero-degradation quantization of models."
    assert dropped_conditions(claim, "Our method allows for zero-degradation quantization of models up to 176B "
                                     "parameters.") == ["up to 176b parameters"]
    assert dropped_conditions("The kernel gives a speedup over FP16.",
                              "The kernel gives a speedup up to 1.56x over FP16.") == []
    evidence = ("The five-trit decoder already suppresses zero weights before the same adder tree, so arbitrary "
                "element-level zeros remove no additional arithmetic in this five-lane GEMV design.")
    assert verdict("Arbitrary element-level zeros remove no additional arithmetic, because the five-trit decoder "
                   "already suppresses zero weights before the same adder tree.", evidence) \
        is Verdict.partially_supported
    evidence = "Pre-trained language models have achieved remarkable performance on various benchmarks by scaling up."
    assert verdict(evidence.replace("up.", "down."), evidence) is Verdict.contradicted
    assert verdict(evidence.replace("by scaling up", "when scaled up"), evidence) is Verdict.supported
    evidence = ("Instead of per-channel activation quantization (which is infeasible), we propose to smooth the input "
                "activation by dividing it by a per-channel smoothing factor.")
    assert verdict("Dividing the input activation by a per-channel smoothing factor, to smooth it, is what is proposed "
                   "in place of per-channel activation quantization.", evidence) is Verdict.supported
    assert verdict("Per-channel activation quantization is what is proposed to smooth the input activation.",
                   evidence) is not Verdict.supported


def test_twenty_fourth_split_rules_asides_after_articles_with_no_place_frames_and_parenthetical_antonyms():
    """ground-14, from the twenty-fourth split: 'by looking at the activations rather than at the weights' was
    *contradicted* by '... by observing the activation, not weights' (an article or preposition between a setting
    aside and its word), and read as a comparison ('rather than' compares nothing); 'with no performance degradation'
    by 'without performance degradation'; 'The caption of AWQ's Figure 1 says that' was kept as another work's
    frame (a figure is a place in the source); 'is large as well' was *supported* by 'is small (outlier channels are
    consistently large)' (the claim's word aligned with the aside's); 'gradual' and 'sudden' were no pair."""
    evidence = ("We then propose to search for the optimal per-channel scaling that protects the salient weights by "
                "observing the activation, not weights.")
    assert verdict("The paper proposes to search for the best per-channel scaling that protects the salient weights by "
                   "looking at the activations rather than at the weights.", evidence) is Verdict.supported
    assert verdict("The paper proposes to search for the optimal per-channel scaling that protects the salient weights "
                   "by observing the weights, not the activation.", evidence) is not Verdict.supported
    evidence = ("We have demonstrated for the first time that multi-billion parameter transformers can be quantized to "
                "Int8 and used immediately for inference without performance degradation.")
    assert verdict(evidence.replace("without", "with no"), evidence) is Verdict.supported
    assert verdict(evidence.replace("without", "with"), evidence) is Verdict.contradicted
    own = dataclasses.replace(unit("AWQ performs per-channel scaling to protect the salient weights, leading to "
                                   "reduced quantized error."), own="AWQ")
    assert _as_own("The caption of AWQ's Figure 1 says that AWQ performs per-channel scaling.", "AWQ") \
        == "AWQ performs per-channel scaling."
    assert _as_own("GPTQ's Figure 1 says that AWQ performs per-channel scaling.", "AWQ").startswith("GPTQ")
    assert judge("The caption of AWQ's Figure 1 says that AWQ performs per-channel scaling to protect the salient "
                 "weights, which leads to an increased quantized error.", own, 1.0)[0] is Verdict.contradicted
    evidence = ("The variance amongst the channels for a given token is large, but the variance between the magnitudes "
                "of a given channel across tokens is small (outlier channels are consistently large).")
    assert verdict("The variance amongst the channels for a given token is large and the variance between the "
                   "magnitudes of a given channel across tokens is large as well.", evidence) is Verdict.contradicted
    assert verdict("The variance between the magnitudes of a given channel across tokens is small.", evidence) \
        is Verdict.supported
    assert verdict("The median magnitude of the largest outlier feature indicates a gradual shift in outlier size.",
                   "The median magnitude of the largest outlier feature indicates a sudden shift in outlier size.") \
        is Verdict.contradicted
    # ("For GLM-130B we show ...": the subject is the pronoun, the model a condition the claim leaves out)
    assert _other_subject("The table shows the average accuracy on LAMBADA, MMLU, MNLI and QNLI.",
                          "For GLM-130B we show the average accuracy on LAMBADA, MMLU, MNLI, and QNLI.") is None
    assert _other_subject("OPT-175B shows the average accuracy on LAMBADA, MMLU, MNLI and QNLI.",
                          "The table shows the average accuracy on LAMBADA, MMLU, MNLI, and QNLI.") is not None


def test_twenty_fifth_split_rules_a_judgement_the_evidence_lacks_and_ranges_in_brackets():
    """ground-15, from the twenty-fifth split: 'calls its primary baseline, RTN, actually quite strong' was *supported*
    by 'Our primary baseline is vanilla round-to-nearest quantization (RTN)' (a judging adjective the evidence says
    in no form); 'the full range [0, 255]' by '[-127, 127]' (the first range was read as a citation)."""
    evidence = "Our primary baseline is vanilla round-to-nearest quantization (RTN)."
    claim = "The paper calls its primary baseline, vanilla round-to-nearest quantization (RTN), actually quite strong."
    assert verdict(claim, evidence) is Verdict.not_found
    assert verdict(claim, "Our primary baseline, vanilla round-to-nearest quantization (RTN), is actually quite "
                          "strong.") is Verdict.supported
    assert verdict(claim, "Our primary baseline, vanilla round-to-nearest quantization (RTN), is actually quite "
                          "weak.") is Verdict.contradicted
    # (a synonym or a paraphrase says the judgement: "difficult" for "hard", "makes it possible" for "enables")
    assert verdict("Mixed-precision decomposition is hard to implement.",
                   "Mixed-precision decomposition is difficult to implement.") is Verdict.supported
    assert verdict("SmoothQuant makes it possible to serve the 530B LLM within a single node.",
                   "SmoothQuant enables serving 530B LLM within a single node.") is Verdict.supported
    evidence = ("Zeropoint quantization shifts the input distribution into the full range [-127, 127] by scaling with "
                "the normalized dynamic range.")
    assert verdict(evidence.replace("[-127, 127]", "[0, 255]"), evidence) is Verdict.contradicted


def test_twenty_sixth_split_rules_a_model_size_left_out_and_explaining_frames():
    """ground-16, from the twenty-sixth split: '... for 8-bit quantization' was *supported* by '... for 8-bit
    quantization of a 20B model' (a sized model the claim leaves out); 'SmoothQuant explains that ...' was not read
    as a report frame, so the method's name counted as a subject the sentence lacks."""
    evidence = "ZeroQuant achieves zero-degradation performance for 8-bit quantization of a 20B model."
    assert dropped_conditions("ZeroQuant achieves zero-degradation performance for 8-bit quantization.", evidence) \
        == ["of a 20b model"]
    assert dropped_conditions(evidence, evidence) == []
    assert verdict("ZeroQuant achieves zero-degradation performance for 8-bit quantization.", evidence) \
        is Verdict.partially_supported
    assert _as_own("SmoothQuant explains that scaling can only be done along the outer dimensions.", "SmoothQuant") \
        == "scaling can only be done along the outer dimensions."
    # (a subject said inflected is the same subject: "speeding up inference" / "to speed up the inference")
    assert _other_subject("Speeding up inference requires quantizing both weights and activations into INT8.",
                          "However, to speed up the inference, we need to quantize both weights and activations into "
                          "INT8.") is None


def test_twenty_seventh_split_rules_models_apart_parenthesised_scopes_and_describing_frames():
    """ground-17, from the twenty-seventh split: '... the mean zeroshot accuracy of BLOOM models ...' was *supported*
    by 'OPT model mean zeroshot accuracy for ...' (the two models in different places of the sentence); 'In the case
    of per-tensor quantization (Equation 1), ...' was not read as a condition (a reference in parentheses ended it);
    'describe their method as', 'points out that' were no frames, 'depend' no 'rely'; 'Furthermore' was a subject."""
    evidence = "Figure 1: OPT model mean zeroshot accuracy for WinoGrande, HellaSwag, PIQA, and LAMBADA datasets."
    assert _other_names("The figure describes the mean zeroshot accuracy of BLOOM models on the WinoGrande, "
                        "HellaSwag, PIQA and LAMBADA datasets.", evidence) == ["'opt' where the claim says 'bloom'"]
    assert _other_names("The figure describes the mean zeroshot accuracy of OPT-66B models on the WinoGrande, "
                        "HellaSwag, PIQA and LAMBADA datasets.", evidence) == []
    # (one family, one name the start of the other: no other model)
    assert _other_names("The exact zero density of bitnet-b1.58-2B-4T is 24.2%.",
                        "BITCOS reports a BitNet b1.58 zero density of z = 0.4219.") == []
    claim = "The large outliers dominate the maximum magnitude measurement."
    assert dropped_conditions(claim, "In the case of per-tensor quantization (Equation 1), the large outliers dominate "
                                     "the maximum magnitude measurement.") \
        == ["in the case of per-tensor quantization ( equation 1 )"]
    assert _as_own("The SmoothQuant authors describe their method as easy to implement.", "SmoothQuant") \
        == "SmoothQuant is easy to implement."
    assert _as_own("GPTQ's authors describe their method as easy to implement.", "SmoothQuant").startswith("GPTQ")
    assert _as_own("The AWQ paper points out that its method needs no backpropagation.", "AWQ") \
        == "AWQ needs no backpropagation."
    assert _other_subject("GPTQ's low-bit kernel optimization targets only the OPT-66B model.",
                          "Furthermore, its low-bit kernel optimization only targets the OPT-175B model.") is None


def test_twenty_eighth_split_rules_scaled_down_and_verbs_said_otherwise():
    """ground-18, from the twenty-eighth split: 'by scaling transformer models down' was *supported* by 'by scaling
    transformer models' (scaling is up unless said otherwise); 'gauge' for 'measure' and 'verified' for 'checked'
    were other words."""
    evidence = "In this work, we push quantization techniques to their breaking point by scaling transformer models."
    assert verdict("The paper pushes quantization techniques to their breaking point by scaling transformer models "
                   "down.", evidence) is Verdict.contradicted
    assert verdict("The paper pushes quantization techniques to their breaking point by scaling transformer models.",
                   evidence) is Verdict.supported
    assert verdict("Each engine is verified against an exact integer dot product.",
                   "Every engine is checked against an exact integer dot product.") is Verdict.supported


def test_twenty_ninth_split_rules_multi_billion_scale_and_possible_is_no_judgement():
    """ground-19, from the twenty-ninth split: 'the first Int8 quantization procedure' was *supported* by 'the first
    multi-billion-scale Int8 quantization procedure' (a scale word with a prefix); 'makes ... possible' was read as a
    judgement 'enables' does not say (it says it: 'possible' judges nothing)."""
    assert dropped_conditions("We present the first Int8 quantization procedure for transformers.",
                              "We present the first multi-billion-scale Int8 quantization procedure for "
                              "transformers.") == ["multi-billion-scale"]
    assert verdict("It makes W8A8 quantization of the 530B model possible at a negligible accuracy loss.",
                   "SmoothQuant enables W8A8 quantization of the 530B model at a negligible accuracy loss.") \
        is Verdict.supported


def test_thirtieth_split_rules_a_name_the_source_never_writes():
    """ground-20, from the thirtieth split: 'benchmarks its method on Alpaca, a popular instruction-tuned model' was
    *supported* by '... on a popular instruction-tuned model Vicuna' (a name the source never writes, weighed but
    outweighed). A format or size is left to the number checks, and a Greek letter is its name ('Δ' is 'Delta')."""
    from verifier.markdown import parse_markdown

    text = ("# Results\n\nWe further benchmark our method's performance on a popular instruction-tuned model Vicuna in "
            "Figure 2. Our method is faster than FP16 on every model. Here Δ is the quantization scaler determined by "
            "the absolute maximum value. We also test on OPT models.\n")
    ret = Retriever(units_of(parse_markdown(text.encode(), name="paper.md")), semantic=False)
    assert ground_text("In Figure 2, the paper benchmarks its method on Alpaca, a popular instruction-tuned model.",
                       ret).verdict is Verdict.not_found
    assert ground_text("In Figure 2, the paper benchmarks its method on Vicuna, a popular instruction-tuned model.",
                       ret).verdict is Verdict.supported
    assert not any("never" in r for r in ground_text("Our method is faster than FP8 on every model.", ret).reasons)
    assert any("never does: alpaca" in r for r in ground_text("We also test on Alpaca models.", ret).reasons)
    assert ground_text("Here Delta is the quantization scaler determined by the absolute maximum value.",
                       ret).verdict is Verdict.supported


def test_thirty_first_split_rule_a_sentence_opening_with_what_is_done():
    """ground-21, from the thirty-first split: '... reports savings of about 1.9-2.1%' was *supported* by 'Adding the
    output-head weight read as well leaves about 1.9-2.1% savings' (the opening gerund says whose savings)."""
    evidence = "Adding the output-head weight read as well leaves about 1.9-2.1% savings for the Qwen3 checkpoints."
    assert dropped_conditions("The paper reports savings of about 1.9-2.1% for the Qwen3 checkpoints.", evidence) \
        == ["adding the output-head weight read as well leaves"]
    # (a gerund the claim restates, or one of another clause, is no condition)
    assert dropped_conditions("INT4 weight quantization reduces the memory.",
                              "Quantizing weights to INT4 reduces the memory.") == []
    assert dropped_conditions("TerEffic decodes bytes into five two-bit weights on FPGA.",
                              "Packing five symbols per byte and decoding them are established: TerEffic decodes "
                              "bytes into five two-bit weights on FPGA.") == []


def test_ground_22_a_name_moved_to_the_other_side_of_a_contrast():
    """ground-22: once a sentence cut by a page break was read whole, 'attention layers train easily, while FFN
    layers need extra techniques' met 'FFN layers is straightforward while other layers require additional
    techniques' (only one side names anything, so the two-sided swap rule did not see it)."""
    evidence = ("These suggests that training with 8-bit FFN layers is straightforward while other layers require "
                "additional techniques or different data types than Int8 to do 8-bit training at scale.")
    swapped = "8-bit attention layers train easily, while 8-bit FFN layers need extra techniques."
    assert comparison_flips(swapped, evidence) == ["the two sides of the contrast swapped"]
    assert ground_text(swapped, Retriever([unit(evidence)], semantic=False)).verdict is not Verdict.supported
    # the halves in another order, each saying of its side what the evidence says: no swap
    assert comparison_flips("Other layers need additional techniques, while training with 8-bit FFN layers is "
                            "straightforward.", evidence) == []
    # a sentence opening with its contrast word ("While X, Y") is cut at its comma, not before its first word
    assert comparison_flips(
        "While nuQmm and ZeroQuant both aim to accelerate inference, LLM.int8() focuses on predictive performance.",
        "Both nuQmm and ZeroQuant aim to accelerate inference while we focus on predictive performance.") == []


def test_ground_22_a_sentence_cut_by_a_page_break_keeps_its_subject():
    """ground-22: the part of a sentence on the next page was a unit of its own and *supported* a claim that left
    out the subject on the page before ("The pointer-free case assumes rows are" | page 7 | "consumed ...")."""
    from verifier.documents import DocumentMeta, ParsedDocument, Passage, PassageKind

    def passage(i: int, page: int, text: str, kind=PassageKind.body) -> Passage:
        return Passage(index=i, page=page, kind=kind, text=text, raw_text=text, offsets=list(range(len(text) + 1)),
                       bbox=(0, 0, 1, 1))

    doc = ParsedDocument(sha256="ef" * 32, media_type="application/pdf", n_pages=7, meta=DocumentMeta(), tables=[],
                         parser_version="test", passages=[
                             passage(0, 6, "The engine streams weights. The pointer-free case assumes rows are"),
                             passage(1, 6, "6", PassageKind.other),
                             passage(2, 7, "consumed sequentially so a higher-level controller can carry the "
                                           "compact-sign cursor forward.")])
    retriever = Retriever(units_of(doc), semantic=False)
    claim = ("The streaming engine assumes that rows are consumed sequentially so a higher-level controller can carry "
             "the compact-sign cursor forward.")
    assert ground_text(claim, retriever).verdict is not Verdict.supported
    # (read apart, the second part alone was the evidence, and it names no subject to set against the claim's)
    apart = Retriever([u for u in units_of(doc) if u.end_passage is None]
                      + [unit("consumed sequentially so a higher-level controller can carry the compact-sign cursor "
                              "forward.")], semantic=False)
    assert ground_text(claim, apart).verdict is Verdict.supported
    whole = ground_text("The pointer-free case assumes rows are consumed sequentially so a higher-level controller "
                        "can carry the compact-sign cursor forward.", retriever)
    assert whole.verdict is Verdict.supported
    span = whole.evidence[0]
    assert (span.page, span.passage_index, span.char_end, span.end_passage) == (6, 0, None, 2)


def test_thirty_third_split_rules():
    """ground-23, from the thirty-third split (each case a miss or a wrong verdict of ground-22)."""
    # a paper of one author says "I"; a leading phrase ends at its comma ("On the other hand, we can also push")
    assert _other_subject("The ternary-sparsity study compares matched bitmap/sign and five-trit hardware.",
                          "I therefore compare matched bitmap/sign and five-trit hardware.") is None
    assert _other_subject("In SmoothQuant's analysis, pushing all the quantization difficulty to activations hurts.",
                          "On the other hand, we can also push all the quantization difficulty to activations.") is None
    # a compound says the phrase ("lower-throughput instructions" / "instructions with a lower throughput")
    evidence = "GEMM kernels do not tolerate the insertion of instructions with a lower throughput in that sequence."
    assert dropped_conditions("GEMM kernels do not tolerate lower-throughput instructions in that sequence.",
                              evidence) == []
    assert dropped_conditions("GEMM kernels do not tolerate instructions in that sequence.", evidence) \
        == ["with a lower throughput in"]
    # "unless" is "if not"; "unless otherwise specified" negates nothing
    assert polarity_flips("A strict requirement unless the whole transformer runs in Int8.",
                          "A strict requirement if not the entire transformer is done in Int8.") == []
    assert polarity_flips("AWQ uses a group size of 128 throughout the work unless otherwise specified.",
                          "We used a group size of 128 throughout the work, except otherwise specified.") == []
    assert polarity_flips("Int8 is required unless the model is small.", "Int8 is required if the model is small.")
    # a restricting word the claim leaves out ("A suitable migration strength")
    caption = ("Figure 10. A suitable migration strength α (sweet spot) makes both activations and weights easy to "
               "quantize.")
    assert "suitable" in dropped_conditions("The migration strength alpha makes both activations and weights easy "
                                            "to quantize.", caption)
    assert dropped_conditions("An appropriate migration strength alpha makes both activations and weights easy to "
                              "quantize.", caption) == []
    # the two clauses of a pair crossed: what is hard at a large alpha
    evidence = ("If the α is too large, weights will be hard to quantize; if too small, activations will be hard to "
                "quantize.")
    assert comparison_flips("A too-large alpha makes activations hard to quantize, and a too-small alpha makes weights "
                            "hard to quantize.", evidence) \
        == ["'activation' put with the other side of a pair of clauses"]
    assert comparison_flips("A too-small alpha makes activations hard to quantize, while a too-large alpha makes "
                            "weights hard to quantize.", evidence) == []
    # a negated word the evidence says in another form ("is incurred" / "incur")
    from verifier.grounding import _unspoken_negated, words

    evidence = "We fuse the factor into the previous layer offline, which does not incur kernel call overhead."
    assert _unspoken_negated(words("The factor is fused offline, so no kernel call overhead is incurred."),
                             words(evidence)) == []
    assert _unspoken_negated(words("The factor is fused offline, so no kernel launch is needed."),
                             words(evidence)) == ["launch", "needed"]


def test_ground_24_a_claim_states_as_fact_what_the_evidence_only_says_may_hold():
    """ground-24: 'may', 'We hypothesize that', 'assumes' were read past, and the plain claim was *supported*."""
    def verdict(claim: str, evidence: str) -> Verdict:
        return ground_text(claim, Retriever([unit(evidence)], semantic=False)).verdict

    claim = "Outliers emerge at 6.7B parameters."
    for evidence in ("Outliers may emerge at 6.7B parameters.", "Outliers likely emerge at 6.7B parameters.",
                     "We hypothesize that outliers emerge at 6.7B parameters."):
        assert verdict(claim, evidence) is Verdict.partially_supported, evidence
    assert "assumes" in dropped_conditions("Rows are consumed sequentially by the controller.",
                                           "The pointer-free case assumes rows are consumed sequentially by the "
                                           "controller.")
    # the claim hedged too (in the same word, or in its own: "can" for "could"), or the hedge is another clause's
    assert verdict("Outliers may emerge at 6.7B parameters.", "Outliers may emerge at 6.7B parameters.") \
        is Verdict.supported
    assert verdict("The kernels can be improved with CUDA.", "The kernels could be improved with CUDA.") \
        is Verdict.supported
    assert verdict("The paper hypothesizes that outliers emerge at 6.7B parameters.",
                   "We hypothesize that outliers emerge at 6.7B parameters.") is Verdict.supported
    assert dropped_conditions("INT4 instructions are supported on NVIDIA's Hopper GPU architecture.",
                              "We believe we can achieve W4A4, which will help (INT4 instructions are supported on "
                              "NVIDIA's Hopper GPU architecture).") == []
    # a hedge both say does not stand for the frame the claim dropped
    assert verdict("SmoothQuant can inspire greater use of LLMs.", "We hope SmoothQuant can inspire greater use of "
                                                                   "LLMs.") is Verdict.partially_supported


def test_ground_25_intent_one_of_and_a_degree_under_a_negation_say_less():
    """ground-25: 'is designed to reduce', 'one of the reasons', 'does not significantly degrade' and another
    work's claim ('It has been reported that') supported the plain claim."""
    claim = "The method reduces memory by 2x on OPT-175B."
    for evidence, said in (("The method is designed to reduce memory by 2x on OPT-175B.", "designed"),
                           ("The method aims to reduce memory by 2x on OPT-175B.", "aims"),
                           ("The method is expected to reduce memory by 2x on OPT-175B.", "expected"),
                           ("Prior work claims the method reduces memory by 2x on OPT-175B.", "claims"),
                           ("It has been reported that the method reduces memory by 2x on OPT-175B.", "reported")):
        assert said in dropped_conditions(claim, evidence), evidence
    assert dropped_conditions("Outlier features are the reason quantization fails at scale.",
                              "Outlier features are one of the reasons quantization fails at scale.") == ["one of"]
    assert dropped_conditions("Int8 quantization does not degrade perplexity on OPT-175B.",
                              "Int8 quantization does not significantly degrade perplexity on OPT-175B.") \
        == ["not significantly"]
    # said alike, or in a synonym, it is no condition left out
    assert dropped_conditions("Int8 quantization does not substantially degrade perplexity on OPT-175B.",
                              "Int8 quantization does not significantly degrade perplexity on OPT-175B.") == []
    assert dropped_conditions("Outlier features are among the reasons quantization fails at scale.",
                              "Outlier features are one of the reasons quantization fails at scale.") == []
    # "should" is mostly what to do, not what may hold: no hedge ("the percentages should be read as estimates")
    assert dropped_conditions("The CAT-Q percentages are to be read as estimates.",
                              "The CAT-Q percentages should therefore be read as estimates.") == []
    # "expected" as an adjective is no intent ("the expected error")
    assert dropped_conditions("The rounding error is 0.25 on average.",
                              "The expected rounding error is 0.25 on average.") == []


def test_thirty_fourth_split_rules():
    """ground-26, from the thirty-fourth split (each case a miss or a wrong verdict of ground-25)."""
    from verifier.grounding import _as_own, _crossed_contrast, _missing_sides

    # "significant memory" against "only little memory": an antonym
    assert polarity_flips("Large models need only little memory for inference.",
                          "Large models require significant memory for inference.")
    # a leading phrase that ends in a comma is no subject ("for most of the models, e.g., all OPT and BLOOM models,"),
    # at the start or after a report's "that"; an apposition still names one ("Our method, LLM.int8(), is")
    assert _other_subject("Alpha = 0.5 is a well-balanced point to split the difficulty.",
                          "For most of the models, e.g., all OPT and BLOOM models, α=0.5 is a well-balanced point to "
                          "split the difficulty.") is None
    assert _other_subject("The SmoothQuant authors find that alpha = 0.5 is a well-balanced point.",
                          "We find that for most of the models, e.g., all OPT [Zha22] and BLOOM [Les23] models, α=0.5 "
                          "is a well-balanced point.", "SmoothQuant") is None
    assert _other_subject("Absmax is the only method that preserves perplexity.",
                          "Our method, LLM.int8(), is the only method that preserves perplexity.") \
        == "llm.int8, not absmax"
    # a claim that restates both halves of a contrast puts nothing on the wrong side
    evidence = ("As s goes larger, the percentage of changed Δ generally gets larger, but the proportion is still "
                "quite small for s<2.")
    assert _crossed_contrast("A larger s generally raises the percentage of changed Delta, though the proportion "
                             "stays quite small for s < 2.", evidence) == []
    assert _crossed_contrast("The proportion is generally larger.", evidence) \
        == ["generally", "larger"]
    # an "According to ..." frame holds no side of the claim's comparison
    caption = "Figure 1. The model size of LLMs is developing at a faster pace than the GPU memory."
    assert _missing_sides("According to the caption of SmoothQuant's Figure 1, the model size of LLMs grows faster "
                          "than the GPU memory.", caption) == []
    # "The LLM.int8() authors use ..." is the paper's "We use ..."
    assert _as_own("The LLM.int8() authors use three setups for their experiments.", "LLM.int8()") \
        == "We use three setups for their experiments."
    assert _as_own("The GPTQ authors use three setups.", "LLM.int8()") == "The GPTQ authors use three setups."
    assert _as_own("Other authors use three setups.", "LLM.int8()") == "Other authors use three setups."
    from verifier.grounding import coverage

    def covered(own: str) -> float:
        return coverage("The LLM.int8() authors use two setups for their experiments.",
                        Unit("00" * 32, 1, "We use two setups for our experiments.", own=own))[0]

    assert covered("LLM.int8()") == 1.0 > covered("")
    # calculate / compute; "for other lightweight operations" is no condition the claim leaves out
    assert dropped_conditions("It keeps lightweight element-wise operations in FP16.",
                              "It keeps the activation in FP16 for other lightweight element-wise operations.") == []


def test_ground_27_peaks_measures_and_how_often_say_less():
    """ground-27, from probes: 'as much as a 3.2x speedup', 'a theoretical 3.2x speedup', 'a 3.2x kernel speedup',
    'sometimes gives', 'is reported to give' and ', but only for the linear layers' supported the plain claim."""
    claim = "AWQ gives a 3.2x speedup on OPT-13B."
    for evidence, said in (("AWQ gives as much as a 3.2x speedup on OPT-13B.", "as much as"),
                           ("AWQ gives at best a 3.2x speedup on OPT-13B.", "at best"),
                           ("AWQ gives a theoretical 3.2x speedup on OPT-13B.", "theoretical"),
                           ("AWQ gives an average 3.2x speedup on OPT-13B.", "average"),
                           ("AWQ gives a 3.2x kernel speedup on OPT-13B.", "kernel"),
                           ("AWQ sometimes gives a 3.2x speedup on OPT-13B.", "sometimes"),
                           ("AWQ is reported to give a 3.2x speedup on OPT-13B.", "reported"),
                           ("AWQ gives a 3.2x speedup on OPT-13B, but only for the linear layers.",
                            "only for the linear layers")):
        assert said in dropped_conditions(claim, evidence), evidence
    # how often, only of a word the claim restates ("can usually be fused"; not "is generally fast, requiring ...")
    assert "usually" in dropped_conditions("The inverse scaling can be fused into the previous operator.",
                                           "The inverse scaling can usually be fused into the previous operator.")
    assert dropped_conditions("The quantization process takes 0.1 to 3 GPU hours.",
                              "The quantization process is generally fast, requiring 0.1 to 3 GPU hours.") == []
    # said by the claim too, or its peak in other words ("up to" for "as much as"): nothing left out
    assert dropped_conditions("AWQ gives at best an average 3.2x speedup on OPT-13B.",
                              "AWQ gives at best an average 3.2x speedup on OPT-13B.") == []
    assert dropped_conditions("AWQ gives up to a 3.2x speedup on OPT-13B.",
                              "AWQ gives as much as a 3.2x speedup on OPT-13B.") == []
    assert dropped_conditions("AWQ gives a maximum 3.2x speedup on OPT-13B.",
                              "AWQ gives a peak 3.2x speedup on OPT-13B.") == []


def test_ground_28_a_change_by_an_amount_is_not_a_change_to_it():
    """ground-28, from probes: 'reduces the perplexity to 0.5' and 'by more than 0.5' were *supported* by
    'reduces the perplexity by 0.5'."""
    evidence = "AWQ reduces the perplexity of OPT-6.7B by 0.5 on WikiText-2."
    assert comparison_flips("AWQ reduces the perplexity of OPT-6.7B to 0.5 on WikiText-2.", evidence) \
        == ["'to 0.5' where the evidence says 'by 0.5'"]
    assert comparison_flips("AWQ reduces the perplexity of OPT-6.7B by more than 0.5 on WikiText-2.", evidence) \
        == ["'by more than 0.5' where the evidence says 'by 0.5'"]
    assert ground_text("AWQ reduces the perplexity of OPT-6.7B to 0.5 on WikiText-2.",
                       Retriever([unit(evidence)], semantic=False)).verdict is Verdict.contradicted
    # the same "by", a range's end, or "up to" are no such change
    assert comparison_flips("AWQ reduces the perplexity of OPT-6.7B by 0.5 on WikiText-2.", evidence) == []
    assert comparison_flips("Scaling improves the perplexity from 23.54 to 11.92.",
                            "Scaling improves the perplexity from 23.54 to 11.92.") == []
    assert comparison_flips("AWQ reduces the memory by up to 4x.", "AWQ reduces the memory by up to 4x.") == []


def test_ground_29_a_compound_written_the_other_way_round_is_no_word_put_for_another():
    """ground-29: read whole (the page break before "(key/query/value/output)" no longer cuts it), LLM.int8()'s
    sentence says "feature outliers only occur" where fresh-7's g0493 says "Outlier features occur only";
    aligned, the swap read as 'occur' put for 'outliers'."""
    evidence = ("Since feature outliers only occur in attention projection (key/query/value/output) and the "
                "feedforward network expansion layer (first sub-layer), we ignore the attention function and the "
                "FFN contraction layer (second sub-layer) for this analysis.")
    claim = ("Outlier features occur only in the attention projections and the FFN expansion layer, so the "
             "outlier analysis ignores the attention function.")
    assert ground_text(claim, Retriever([unit(evidence)], semantic=False)).verdict is Verdict.supported
    # a word put for another beside the swapped compound is still read
    turned = claim.replace("occur only", "are rare")
    assert ground_text(turned, Retriever([unit(evidence)], semantic=False)).verdict is not Verdict.supported


def test_ground_29_subjects_that_trade_places_across_two_clauses_are_no_support():
    """ground-29, found writing the test above: fresh-30's g1208 without its leading phrase was *supported*
    (each clause's words are all in the evidence, each subject with the other's predicate)."""
    evidence = ("The bitmap feeders require the prefill cycle; the five-trit feeder can operate without it, so this "
                "matched schedule is slightly conservative for the five-trit baseline.")
    traded = ["The five-trit feeder requires the prefill cycle while the bitmap feeders can operate without it, so "
              "the matched schedule is slightly conservative for five-trit.",
              "The five-trit feeder requires the prefill cycle; the bitmap feeders can operate without it."]
    for claim in traded:
        g = ground_text(claim, Retriever([unit(evidence)], semantic=False))
        assert g.verdict is Verdict.not_found and "each clause of the claim" in g.reasons[-1], claim
    # the clauses kept apart, in either order, are support
    for claim in ["The bitmap feeders require the prefill cycle, while the five-trit feeder can operate without it.",
                  "The five-trit feeder can operate without the prefill cycle, but the bitmap feeders require it."]:
        assert ground_text(claim, Retriever([unit(evidence)], semantic=False)).verdict is Verdict.supported, claim
