"""Compound claims: a sentence that makes two statements is planned on one clause, the other named untested."""

import pytest

from verifier.claims import ClaimKind
from verifier.clauses import clause_claims
from verifier.extract import extract_claims
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.verdicts import ReproPlan, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _claim(sentence):
    doc = parse_markdown(f"# Compressing transformers\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return c


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("8-bit quantization causes no accuracy loss, while 4-bit RTN degrades accuracy by 5 points.",
     ["8-bit quantization causes no accuracy loss", "4-bit RTN degrades accuracy by 5 points."]),
    ("QAT matches full precision at 4 bits but loses 3 points at 2 bits.",
     ["QAT matches full precision at 4 bits", "loses 3 points at 2 bits."]),
    ("At 3 bits, GPTQ outperforms RTN, while QAT outperforms GPTQ.",
     ["At 3 bits, GPTQ outperforms RTN", "At 3 bits, QAT outperforms GPTQ."]),  # the condition is shared
])
def test_a_compound_sentence_splits_into_its_statements(sentence, clauses):
    assert [c.statement for c in clause_claims(_claim(sentence))] == clauses


@pytest.mark.parametrize("sentence", [
    "GPTQ quantizes to 3 bits, while keeping the accuracy of the FP16 model.",  # one statement
    # a list's last item after an Oxford comma (match-40 cut 'at 2, 3' from '4 bits')
    "QAT outperforms PTQ at 2, 3, and 4 bits.",
    "Wanda outperforms magnitude pruning at 50%, 60%, and 70% sparsity.",
    "GPTQ, AWQ, and OmniQuant outperform RTN at 3 bits.",
    "GPTQ outperforms RTN at 3 bits on WikiText-2.",
])
def test_one_statement_is_not_split(sentence):
    assert clause_claims(_claim(sentence)) == []


def test_the_second_clause_reads_its_own_fields_with_the_first_clauses_method():
    first, second = clause_claims(_claim("QAT matches full precision at 4 bits but loses 3 points at 2 bits."))
    assert (first.bits, second.bits) == (4, 2)
    assert first.method.family.value == second.method.family.value == "qat"


def test_a_no_loss_clause_is_planned_at_its_own_width_not_the_other_clauses(bundles):
    """Read whole, the sentence was '4-bit RTN keeps full-precision accuracy' (match-29): the
    opposite of what its 4-bit clause says."""
    r = plan_claim(_claim("8-bit quantization causes no accuracy loss, while 4-bit RTN degrades accuracy by "
                          "5 points."), "c1", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "rtn_w8_exact_match" and r.expected.op == "equal"
    assert r.untested == ["what its other clause says ('4-bit RTN degrades accuracy by 5 points.')"]
    qat = plan_claim(_claim("QAT matches full precision at 4 bits but loses 3 points at 2 bits."), "c2", bundles)
    assert isinstance(qat, ReproPlan) and qat.metric == "qat_lsq_w4_exact_match"  # was the 2-bit no-loss test
    assert "(the clause 'QAT matches full precision at 4 bits')" in qat.reason and len(qat.untested) == 1


def test_a_knee_sentence_is_one_claim(bundles):
    r = plan_claim(_claim("Magnitude pruning can remove 30% of the weights without accuracy loss, but accuracy "
                          "falls sharply above 50% sparsity."), "c1", bundles, size="full", device="cuda")
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity" and r.expected.value == 50.0


def test_a_bare_share_in_a_sparsity_sentence_is_a_clause_of_its_own(bundles):
    """'..., and to 60% with less than 2% loss' was not split (no 'sparsity' after 60%), so the plan
    tested the 40% half and said nothing of the 60% half."""
    two = plan_claim(_claim("Models can be pruned to 40% sparsity without loss, and to 60% with less than 2% loss."),
                     "c2", bundles, size="full", device="cuda")  # no plan before match-33: no quality word
    assert isinstance(two, ReproPlan) and two.metric == "magnitude_knee_sparsity"
    assert (two.expected.value, two.expected.qualifier) == (40.0, "at_least") and len(two.untested) == 1


def test_held_at_one_sparsity_and_degrading_at_another_places_the_knee_between(bundles):
    """'negligible loss at 50%, but at 70% it degrades': the knee at 50 or 60% (match-45; before,
    the 50% half alone, with the 70% half named untested)."""
    r = plan_claim(_claim("Wanda achieves 50% sparsity with negligible accuracy loss, but at 70% it degrades "
                          "substantially."), "c1", bundles, size="full", device="cuda")
    assert isinstance(r, ReproPlan) and r.metric == "wanda_knee_sparsity"
    assert (r.expected.low, r.expected.high) == (50.0, 60.0)


def test_retaining_some_accuracy_in_a_clause_without_comma_is_no_no_loss_claim(bundles):
    """'magnitude pruning collapses ... while Wanda retains some accuracy' planned 'magnitude holds
    up to 90%' (match-32): the opposite of its magnitude clause."""
    r = plan_claim(_claim("At 90% sparsity, magnitude pruning collapses to near-zero accuracy while Wanda retains "
                          "some accuracy."), "c1", bundles, size="full", device="cuda")
    # match-45: magnitude's collapse at 90% puts its knee below 90%; what it says of Wanda is left
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity"
    # (match-88: below 90% is at most 80%, the swept point below it)
    assert (r.expected.value, r.expected.qualifier) == (80.0, "less_than")
    assert "what the claim says of Wanda pruning" in r.untested


def test_a_collapse_beside_another_methods_reasonable_result_is_no_no_loss_claim(bundles):
    """'RTN collapses at 3 bits, while GPTQ retains reasonable perplexity' planned '3-bit RTN keeps
    the baseline's perplexity' (match-34): 'retains' read as no loss, and the sentence read whole."""
    c = _claim("RTN collapses at 3 bits, while GPTQ retains reasonable perplexity.")
    assert [x.statement for x in clause_claims(c)] == ["RTN collapses at 3 bits", "GPTQ retains reasonable perplexity."]
    r = plan_claim(c, "c1", bundles, size="full", device="cuda")
    # since match-76 the collapse is tested as what it says, RTN's loss at 3 bits (its size untested), the
    # other clause named untested; never as a no-loss
    assert isinstance(r, ReproPlan) and (r.metric, r.expected.op) == ("rtn_w3_exact_match", "worse"), r
    assert "what its other clause says ('GPTQ retains reasonable perplexity.')" in r.untested


def test_two_formats_speed_ups_in_one_sentence_are_two_claims(bundles):
    """'INT8 is 2x faster ..., but FP8 is 1.8x faster' planned FP8 against the 2x of the int8
    clause before match-37 (the format was read from the whole sentence, the number from its first)."""
    r = plan_claim(_claim("INT8 GEMMs are 2x faster than FP16 GEMMs on H100, but FP8 is 1.8x faster."), "c1", bundles,
                   size="full", device="cuda")
    assert isinstance(r, ReproPlan) and r.metric == "int8_median_speedup" and r.expected.value == 2.0
    assert r.untested == ["what its other clause says ('FP8 is 1.8x faster.')"]


def test_a_leading_clause_with_its_own_method_is_no_shared_condition():
    """'At 4 bits GPTQ is lossless, but ...' was read as the condition 'At 4 bits GPTQ is lossless,'
    put before every clause (match-41)."""
    c = _claim("At 4 bits GPTQ is lossless, but at 3 bits it degrades by 2 points, while RTN collapses.")
    assert [x.statement for x in clause_claims(c)] == [
        "At 4 bits GPTQ is lossless", "at 3 bits it degrades by 2 points", "RTN collapses."]


def test_a_first_clause_about_the_papers_own_method_does_not_take_a_later_clauses_method(bundles):
    """'Our approach keeps accuracy at 4 bits, while RTN loses 5 points' planned '4-bit RTN keeps
    full-precision accuracy' (match-45): read whole, the sentence's method was RTN."""
    c = _claim("Our approach keeps accuracy at 4 bits, while RTN loses 5 points.")
    first, second = clause_claims(c)
    assert first.method is None and second.method.name == "RTN"
    r = plan_claim(c, "c1", bundles, size="full", device="cuda")
    assert isinstance(r, Untestable) and "the paper's own method" in r.detail


def test_a_result_after_a_contrast_is_a_clause_of_its_own(bundles):
    """'... up to 1.7x for large matrices but are slower for small ones' was tested on its first half
    with nothing said of the second (match-50: the second names no setting of its own)."""
    c = _claim("QAT improves accuracy at 4 bits but costs 10x more compute.")
    assert [x.statement for x in clause_claims(c)] == ["QAT improves accuracy at 4 bits", "costs 10x more compute."]
    from verifier.claims import Quantity

    q = Quantity(value=1.7, unit="x", qualifier="up_to", text="up to 1.7x")
    speed = c.model_copy(update={"kind": ClaimKind.speedup, "value": q, "values": [q], "sparsity_pattern": "2:4",
                                 "statement": "2:4 sparse matmuls reach up to 1.7x speed-up for large matrices but "
                                              "are slower for small ones.", "method": None, "bits": None})
    r = plan_claim(speed, "c1", bundles, size="full", device="cuda")
    assert isinstance(r, ReproPlan) and r.metric == "max_speedup"
    assert r.untested == ["what its other clause says ('are slower for small ones.')"]


def test_a_first_clause_with_a_result_word_and_its_method_is_a_statement(bundles):
    """'GPTQ is slower to run but yields better accuracy than RTN at 3 bits' was read whole as a speed
    claim without a factor (match-51), losing the accuracy comparison."""
    c = _claim("GPTQ is slower to run but yields better accuracy than RTN at 3 bits.")
    # the second clause opens with its verb: it reads with the first clause's subject (match-89)
    assert [x.statement for x in clause_claims(c)] == ["GPTQ is slower to run",
                                                       "GPTQ yields better accuracy than RTN at 3 bits."]
    r = plan_claim(c, "c1", bundles, size="full", device="cuda")
    assert isinstance(r, ReproPlan) and r.metric.startswith("gptq_w3")
    assert r.untested == ["what its other clause says ('GPTQ is slower to run')"]


def test_a_plain_and_before_a_verb_with_its_own_setting_splits(bundles):
    """'QAT matches PTQ at 8 bits and beats it at 2 bits' was one claim: QAT at 2 bits planned
    against RTN at 8 (the '8 bits' read as the baseline's width)."""
    parts = clause_claims(_claim("QAT matches PTQ at 8 bits and beats it at 2 bits."))
    assert [c.statement for c in parts] == ["QAT matches PTQ at 8 bits", "beats it at 2 bits."]
    plan = plan_claim(_claim("QAT matches PTQ at 8 bits and beats it at 2 bits."), "c1", bundles, size="full",
                      device="cuda")
    assert isinstance(plan, ReproPlan) and plan.expected.op == "equal"
    assert (plan.metric, plan.expected.baseline_metric) == ("qat_lsq_w8_exact_match", "rtn_w8_exact_match")
    assert any("beats it at 2 bits" in u for u in plan.untested)


@pytest.mark.parametrize("sentence", [
    "RTN and GPTQ match full precision at 8 bits.",  # 'and' joins the subjects
    "GPTQ quantizes the weights and keeps the accuracy.",  # the second verb has no setting of its own
])
def test_a_plain_and_that_joins_no_two_claims_does_not_split(sentence):
    assert clause_claims(_claim(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "Wanda is faster and outperforms magnitude pruning at 50% sparsity.",
    "Wanda is not only faster but also outperforms magnitude pruning at 50% sparsity.",
])
def test_a_clause_that_opens_with_its_verb_takes_the_first_clauses_subject(bundles, sentence):
    """Before match-89 the second clause read as 'outperforms magnitude pruning ...' with no subject
    (magnitude pruning taken as the method) and the sentence had no plan; "not only ... but also" was
    not split at all."""
    first, second = clause_claims(_claim(sentence))
    assert first.kind is ClaimKind.speedup and second.statement.startswith("Wanda outperforms magnitude pruning")
    assert (second.method.name, second.baseline) == ("Wanda", "magnitude")
    plan = plan_claim(_claim(sentence), "c1", bundles, size="full", device="cuda")
    assert isinstance(plan, ReproPlan) and (plan.metric, plan.expected.baseline_metric) == (
        "wanda_s50_exact_match", "magnitude_s50_exact_match"), plan
    assert any(u.startswith("what its other clause says ('Wanda is") for u in plan.untested), plan.untested
    # "but also" with no "not only" before it adds to one statement
    assert clause_claims(_claim("GPTQ keeps accuracy but also runs fast at 4 bits.")) == []
