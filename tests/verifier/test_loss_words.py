"""A loss said in words, with no number: large ("completely fails", "a significant accuracy drop")
or small ("only slightly worse", "a minor degradation"), on the setting's no-loss plan; and QAT with
quantised activations, which the weight-only QAT runs do not test."""

import pytest

from verifier.claims import ClaimKind
from verifier.extract import extract_claims
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.verdicts import ReproPlan, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _plan(sentence, bundles, size="full", device="cuda"):
    doc = parse_markdown(f"# Compressing transformers\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return plan_claim(c, "c1", bundles, size=size, device=device)


@pytest.mark.parametrize(("sentence", "metric", "op"), [
    ("RTN at 2 bits completely fails.", "rtn_w2_exact_match", "worse"),
    ("RTN collapses at 2 bits.", "rtn_w2_exact_match", "worse"),
    ("RTN fails at 2 bits.", "rtn_w2_exact_match", "worse"),  # before match-88: no plan
    ("RTN at 3 bits hurts accuracy severely.", "rtn_w3_exact_match", "worse"),  # the adverb after (match-88)
    ("Naive W8A8 quantization degrades WikiText-2 perplexity significantly.", "ppl_w8a8", "worse"),
    ("At 3 bits, RTN suffers a significant accuracy drop.", "rtn_w3_exact_match", "worse"),
    ("GPTQ is only slightly worse than the FP16 model at 4 bits.", "gptq_w4_exact_match", "equal"),
    ("RTN incurs a small accuracy drop at 4 bits.", "rtn_w4_exact_match", "equal"),
    ("4-bit QAT causes only a minor degradation in accuracy.", "qat_lsq_w4_exact_match", "equal"),
    ("Magnitude pruning at 50% sparsity causes only a small accuracy drop.", "magnitude_s50_exact_match", "equal"),
])
def test_a_loss_in_words_is_tested_large_as_a_loss_small_within_the_tolerance(bundles, sentence, metric, op):
    """Before match-76 these had no plan ('not a model-quality measure') or no claim. A large loss
    in words is the setting judged worse than its baseline, its size named untested (a direction
    alone does not show a collapse); a small one is what 'only slightly worse' promises a user: the
    loss within the no-loss tolerance."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.rule == "paired_difference", plan
    assert (plan.metric, plan.expected.op) == (metric, op)
    assert plan.expected.baseline_metric in ("fp_exact_match", "dense_exact_match", "ppl_baseline_gguf_fp32")
    assert any(u.startswith("how large the loss is") for u in plan.untested) is (op == "worse")


def test_a_large_loss_at_a_sparsity_read_only_through_the_knee_is_the_knee_below_it(bundles):
    plan = _plan("Magnitude pruning at 70% sparsity severely degrades accuracy.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "magnitude_knee_sparsity", plan
    assert (plan.expected.qualifier, plan.expected.value) == ("less_than", 70.0)


@pytest.mark.parametrize("sentence", [
    "Removing 30% to 50% of BERT's weights by one-shot magnitude pruning causes no significant drop in GLUE accuracy.",
    "SmoothQuant avoids the significant accuracy drop of naive W8A8 quantization.",
    "RTN suffers a significantly larger drop than GPTQ at 3 bits.",
    "Semi-structured 2:4 pruning does not match unstructured pruning.",
    "Without warm-up, QAT fails to converge at 2 bits.",  # a failed run, not the quantised model's loss
    "4-bit GPTQ significantly reduces the perplexity gap to FP16.",  # a gain (before match-88: a large loss)
])
def test_a_loss_word_negated_or_between_two_methods_is_not_the_settings_loss(bundles, sentence):
    """'no significant drop' is a no-loss claim; 'avoids the significant drop' is not SmoothQuant's
    loss; a larger drop than GPTQ compares two methods; and 'does not match unstructured pruning' is
    not 2:4 against the dense model."""
    plan = _plan(sentence, bundles)
    assert not (isinstance(plan, ReproPlan) and plan.expected.op == "worse"
                and plan.expected.baseline_metric in ("fp_exact_match", "dense_exact_match", "fp_accuracy")), plan


@pytest.mark.parametrize("sentence", [
    "QAT at W4A8 matches the FP16 model.",
    "4-bit weight and 8-bit activation QAT matches full precision.",
    "LSQ at W4A4 outperforms RTN.",
])
def test_qat_with_quantised_activations_is_not_tested_on_weight_only_qat_runs(bundles, sentence):
    """Before match-79 'QAT at W4A8 matches the FP16 model' was planned as 4-bit LSQ QAT against full
    precision with no word of the 8-bit activations, which the QAT runs never quantise."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and "the QAT runs quantise weights only" in plan.detail, plan
    weight_only = _plan("QAT at W4A16 matches the FP16 model.", bundles)
    assert isinstance(weight_only, ReproPlan) and weight_only.metric == "qat_lsq_w4_exact_match"


@pytest.mark.parametrize(("sentence", "a"), [
    ("GPTQ outperforms RTN at W4A8.", "W4A8"),
    ("GPTQ with 4-bit weights and 8-bit activations outperforms RTN.", "W4A8"),
    ("At W4A4, GPTQ is better than RTN.", "W4A4"),
    ("Group-wise quantization improves RTN at W4A8.", "W4A8"),
    ("AWQ outperforms GPTQ at W4A8 on WikiText-2.", "W4A8"),
])
def test_ptq_with_quantised_activations_other_than_w8a8_is_not_tested_on_weight_only_runs(bundles, sentence, a):
    """Before match-80 a comparison at W4A8 or W4A4 was planned on the weight-only runs at 4 bits
    (only a no-loss claim checked the activations)."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and f"({a})" in plan.detail and "or both at W8A8" in plan.detail, plan
    w8a8 = _plan("SmoothQuant W8A8 matches FP16 on WikiText-2.", bundles)
    assert isinstance(w8a8, ReproPlan) and w8a8.metric == "ppl_smoothquant_w8a8"


def test_a_share_of_a_gap_is_its_direction_with_the_share_untested(bundles):
    """'QAT recovers 90% of the accuracy gap between PTQ and full precision' was read before
    match-83 as QAT keeping 90% of the full-precision accuracy (a share of the baseline, not of a
    gap); no run computes (QAT - PTQ) / (FP - PTQ), so the plan tests that QAT beats PTQ."""
    plan = _plan("At 2 bits, QAT recovers 90% of the accuracy gap between PTQ and full precision.", bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.op, plan.expected.baseline_metric) == (
        "qat_lsq_w2_exact_match", "better", "rtn_w2_exact_match")
    assert any(u.startswith("the share of the gap it recovers") for u in plan.untested)
    kept = _plan("2-bit QAT reaches 95% of the full-precision accuracy.", bundles)
    assert kept.expected.op == "equal" and kept.expected.relative and kept.expected.tolerance == pytest.approx(0.05)


@pytest.mark.parametrize(("sentence", "metric", "baseline", "words"), [
    # before match-88: no claim, or 'not a model-quality measure'
    ("QAT closes most of the gap to full precision at 4 bits.", "qat_lsq_w4_exact_match", "rtn_w4_exact_match",
     "closes most of the gap"),
    ("QAT narrows the gap to full precision at 2 bits.", "qat_lsq_w2_exact_match", "rtn_w2_exact_match",
     "narrows the gap"),
    # match-89: the whole model's exact match, not the layers' error GPTQ lowers by design
    ("GPTQ closes most of the gap to FP16 at 3 bits.", "gptq_w3_channel_exact_match",
     "rtn_w3_channel_exact_match", "closes most of the gap"),
])
def test_a_share_of_the_gap_to_full_precision_in_words_is_a_win_over_the_other_method(bundles, sentence, metric,
                                                                                      baseline, words):
    """The gap is to full precision; what closes it is measured against the method that leaves it (PTQ
    for QAT), and how much of it closes is untested."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.op, plan.expected.baseline_metric) == (metric, "better", baseline)
    assert f"the share of the gap it recovers ('{words}')" in plan.untested[0], plan.untested
    # closing it whole is keeping full-precision accuracy
    whole = _plan("Quantization-aware training closes the gap to full precision at 4 bits.", bundles)
    assert (whole.metric, whole.expected.op, whole.expected.baseline_metric) == (
        "qat_lsq_w4_exact_match", "equal", "fp_exact_match")


def test_qat_with_a_teacher_is_not_lsq_or_ste(bundles):
    """Before match-83 'QAT with knowledge distillation improves 2-bit accuracy over plain QAT' was
    planned as LSQ QAT beating RTN."""
    plan = _plan("QAT with knowledge distillation improves 2-bit accuracy over plain QAT.", bundles)
    assert isinstance(plan, Untestable) and "without distillation" in plan.detail, plan


@pytest.mark.parametrize(("sentence", "metric", "baseline"), [
    ("Wanda's advantage over magnitude pruning disappears at 2:4 sparsity.", "wanda_2of4_exact_match",
     "nm_2of4_exact_match"),
    ("QAT's advantage over PTQ vanishes at 8 bits.", "qat_lsq_w8_exact_match", "rtn_w8_exact_match"),
])
def test_an_advantage_that_disappears_is_a_denied_win_there(bundles, sentence, metric, baseline):
    """No plan before match-86 ('not a model-quality measure')."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, "not_better")


def test_a_stated_size_of_a_difference_the_plan_does_not_judge_is_named_untested(bundles):
    """'costs 3 more points' read as a cost claim before match-86 (no plan); '4 points less accurate'
    was judged on layer errors with no word of the 4 points (until match-86), then on layer errors with
    the 4 points named untested (until match-89); now on the model's exact match, the 4 points its margin."""
    nm = _plan("With 50% sparsity, the 2:4 pattern costs 3 more points than unstructured pruning.", bundles)
    assert isinstance(nm, ReproPlan) and (nm.metric, nm.expected.op) == ("nm_2of4_exact_match", "worse"), nm
    assert nm.untested == ["the stated size of the difference (3 more points)"]
    accuracy = _plan("RTN is 4 points less accurate than GPTQ at 3 bits.", bundles)
    assert isinstance(accuracy, ReproPlan) and accuracy.metric == "gptq_w3_channel_exact_match", accuracy
    assert accuracy.expected.baseline_metric == "rtn_w3_channel_exact_match" and accuracy.expected.op == "better"
    assert accuracy.expected.margin.value == 4.0 and accuracy.untested == []
    layers = _plan("GPTQ outperforms RTN by 4 points in reconstruction error at 3 bits.", bundles)
    assert isinstance(layers, ReproPlan) and layers.metric == "gptq_w3_channel_mean_rel_error", layers
    assert any("(by 4 points)" in u for u in layers.untested), layers.untested
