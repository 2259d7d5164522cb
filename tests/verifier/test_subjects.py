"""Coordinated subjects ("Both magnitude pruning and Wanda retain accuracy at 50% sparsity"): one
claim per method, the first a bundle tests planned, the others named untested."""

import pytest

from tests.support.sentences import claim_of, plan_of
from verifier.judge import judge_claim
from verifier.subjects import coordinated_subjects, subject_claims
from verifier.verdicts import Label, ReproPlan

_claim, _plan = claim_of, plan_of


@pytest.mark.parametrize(("sentence", "members"), [
    ("Both magnitude pruning and Wanda retain accuracy at 50% sparsity.", ["magnitude", "Wanda"]),
    ("Neither RTN nor GPTQ preserves accuracy at 2 bits.", ["RTN", "GPTQ"]),
    ("RTN and GPTQ both fail at 2-bit precision.", ["RTN", "GPTQ"]),
    ("At 2 bits, both RTN and GPTQ collapse.", ["RTN", "GPTQ"]),
    ("GPTQ, AWQ and SmoothQuant keep accuracy at 8 bits.", ["GPTQ", "AWQ", "SmoothQuant"]),
    ("We find that QAT and PTQ retain accuracy at 8 bits.", [None, None]),
])
def test_a_group_of_methods_that_is_the_sentences_subject_is_found(sentence, members):
    found = coordinated_subjects(sentence)
    assert found is not None, sentence
    assert [m.name for _, _, m in found[2]] == members


@pytest.mark.parametrize("sentence", [
    "RTN and GPTQ perform similarly at 8 bits.",  # a relation between the two
    "RTN and GPTQ are within 0.1 points of each other at 8 bits.",
    "GPTQ outperforms RTN and AWQ at 3 bits.",  # objects, not subjects
    "The gap between RTN and GPTQ widens at 3 bits.",
    "GPTQ outperforms RTN at 3 bits.",  # one subject
    "RTN nor GPTQ keep accuracy.",  # "nor" without "neither"
    "Both GPTQ or AWQ keep accuracy.",  # not joined by "and"
])
def test_no_coordinated_subject_where_the_methods_are_compared_or_are_not_the_subject(sentence):
    assert coordinated_subjects(sentence) is None, sentence


def test_each_subject_is_read_as_a_sentence_that_names_it_alone():
    one, two = subject_claims(_claim("Neither RTN nor GPTQ preserves accuracy at 2 bits."))
    assert (one.statement, two.statement) == ("Neither RTN preserves accuracy at 2 bits.",
                                              "Neither GPTQ preserves accuracy at 2 bits.")
    assert (one.method.name, two.method.name, one.bits, two.bits) == ("RTN", "GPTQ", 2.0, 2.0)
    four = subject_claims(_claim("Both 4-bit GPTQ and 4-bit AWQ keep perplexity within 1% on WikiText-2."))
    assert [c.statement for c in four] == ["4-bit GPTQ keep perplexity within 1% on WikiText-2.",
                                           "4-bit AWQ keep perplexity within 1% on WikiText-2."]


@pytest.mark.parametrize(("sentence", "metric", "op", "other"), [
    # before match-88 this was planned on Wanda (the word "wanda" in the sentence) and magnitude pruning,
    # the claim's own method, was never tested
    ("Both magnitude pruning and Wanda retain accuracy at 50% sparsity.", "magnitude_s50_exact_match", "equal",
     "Wanda"),
    ("Neither RTN nor GPTQ preserves accuracy at 2 bits.", "rtn_w2_exact_match", "worse", "GPTQ"),
    # before: no plan ("not a model-quality measure" / "states no number")
    ("Both RTN and GPTQ collapse at 2 bits.", "rtn_w2_exact_match", "worse", "GPTQ"),
    ("RTN and GPTQ both fail at 2-bit precision.", "rtn_w2_exact_match", "worse", "GPTQ"),
    ("GPTQ and AWQ both keep WikiText-2 perplexity within 1% at 4 bits.", "ppl_gptq_w4", "equal", "AWQ"),
    ("Both GPTQ and AWQ outperform RTN at 3 bits.", "gptq_w3_channel_exact_match", "better", "AWQ"),
])
def test_the_first_subject_is_planned_and_the_others_named_untested(bundles, sentence, metric, op, other):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.op) == (metric, op)
    assert any(u.startswith(f"what it says of {other} ") for u in plan.untested), plan.untested


def test_a_subject_no_bundle_tests_leaves_the_plan_to_the_next_one(bundles):
    # SparseGPT has no bundle: Wanda, the second subject, is planned and SparseGPT named untested
    plan = _plan("Both SparseGPT and Wanda retain accuracy at 50% sparsity.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "wanda_s50_exact_match", plan
    assert any(u.startswith("what it says of SparseGPT ") for u in plan.untested), plan.untested


def test_one_subject_holding_is_not_the_whole_claim_reproduced(bundles):
    """The tested subject keeps accuracy; what the claim says of the other is untested, so the verdict
    stops at 'partially reproduced' instead of vouching for both."""
    from repro.records import RunRecord

    plan = _plan("Both magnitude pruning and Wanda retain accuracy at 50% sparsity.", bundles, size="small",
                 device="cpu")
    runs = [RunRecord(run_id=f"r{i}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                      size="small", device="cpu", params=dict(plan.config), seed=i, status="ok",
                      started="2026-06-01T00:00:00+00:00",
                      metrics={"dense_exact_match": 0.99, "magnitude_s50_exact_match": 0.99 - 0.001 * i},
                      curves={}, fingerprint={"cpu": "x86_64", "torch": "2.13.0"}, tables={}).to_json()
            for i in range(3)]
    verdict = judge_claim(plan, runs)
    assert verdict.label == Label.partially_reproduced, verdict.reasons
    assert any("Wanda" in r for r in verdict.reasons), verdict.reasons
