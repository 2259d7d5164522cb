"""Two methods compared as equals, or one stated worse than the other, and the QAT variants the
runs train (LSQ and STE): read and planned on the pair of scores a bundle runs side by side."""

import pytest

from verifier.claim_fields import direction_of
from verifier.claims import ClaimKind
from verifier.extract import extract_claims
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.verdicts import ReproPlan, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _claim(sentence, title="Compressing transformers"):
    doc = parse_markdown(f"# {title}\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return c


def _plan(sentence, bundles, size="full", device="cuda"):
    return plan_claim(_claim(sentence), "c1", bundles, size=size, device=device)


def _runs(plan, a, b):
    """Stored run records of ``plan``'s bundle, one per seed, with these values of its metric and
    of its baseline metric."""
    from repro.records import RunRecord

    return [RunRecord(run_id=f"r{i}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                      size="full", device="cuda", params=dict(plan.config), seed=i, status="ok",
                      started="2026-06-01T00:00:00+00:00",
                      metrics={plan.metric: x, plan.expected.baseline_metric: y, "fp_exact_match": 0.99,
                               "dense_exact_match": 0.99, "fp_accuracy": 0.9, "ppl_baseline_gguf_fp32": 20.0},
                      curves={}, fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json()
            for i, (x, y) in enumerate(zip(a, b))]


@pytest.mark.parametrize(("sentence", "metric", "baseline"), [
    ("GPTQ matches RTN at 8 bits.", "gptq_w8_exact_match", "rtn_w8_exact_match"),
    ("At 8 bits, GPTQ and RTN perform similarly.", "gptq_w8_exact_match", "rtn_w8_exact_match"),
    ("GPTQ is as accurate as RTN at 8 bits.", "gptq_w8_exact_match", "rtn_w8_exact_match"),
    ("At 8 bits, RTN is already as good as GPTQ.", "rtn_w8_exact_match", "gptq_w8_exact_match"),
    ("GPTQ and RTN achieve similar accuracy at 8 bits.", "gptq_w8_exact_match", "rtn_w8_exact_match"),
    ("At 8 bits, QAT and PTQ perform similarly.", "qat_lsq_w8_exact_match", "rtn_w8_exact_match"),
    ("LSQ is on par with STE-based QAT at 4 bits.", "qat_lsq_w4_exact_match", "qat_ste_w4_exact_match"),
    ("Wanda and magnitude pruning perform equally at 50% sparsity.", "wanda_s50_exact_match",
     "magnitude_s50_exact_match"),
    ("Wanda performs similarly to magnitude pruning with 2:4 sparsity.", "wanda_2of4_exact_match",
     "nm_2of4_exact_match"),
])
def test_two_methods_said_to_perform_alike_are_compared_for_equality(bundles, sentence, metric, baseline):
    """Before match-54 these had no plan (no metric named, and only a win passed the quality gate)
    or, with "on par", were planned as the method keeping full-precision accuracy."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, "equal")
    assert plan.expected.tolerance == pytest.approx(0.01) and not plan.expected.relative


def test_a_parity_is_judged_by_the_paired_difference_within_the_tolerance(bundles):
    from verifier.judge import judge_claim

    plan = _plan("GPTQ matches RTN at 8 bits.", bundles)
    alike = judge_claim(plan, _runs(plan, [0.990, 0.991, 0.989], [0.991, 0.990, 0.990]))
    apart = judge_claim(plan, _runs(plan, [0.95, 0.94, 0.95], [0.99, 0.99, 0.99]))
    assert alike.label.value == "reproduced_at_proxy_scale"
    assert apart.label.value == "not_reproduced"


@pytest.mark.parametrize(("sentence", "bundle", "metric", "baseline", "relative"), [
    ("On SST-2, GPTQ is on par with RTN at 8 bits.", "minilm_sst2_compression", "gptq_w8_accuracy",
     "rtn_w8_accuracy", False),
    ("On SST-2, Wanda performs comparably to magnitude pruning at 30% sparsity.", "minilm_sst2_compression",
     "wanda_s30_accuracy", "magnitude_s30_accuracy", False),
    ("AWQ and GPTQ achieve similar perplexity at 4 bits on WikiText-2.", "smollm2_wikitext_ppl", "ppl_awq_w4",
     "ppl_gptq_w4", True),
])
def test_a_parity_in_a_real_models_setting_is_tested_on_that_model(bundles, sentence, bundle, metric, baseline,
                                                                    relative):
    """"On SST-2, GPTQ is on par with RTN" is about a real benchmark: not the addition proxy's runs."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.bundle_id, plan.metric, plan.expected.baseline_metric) == (bundle, metric, baseline)
    assert plan.expected.op == "equal" and plan.expected.relative is relative


@pytest.mark.parametrize(("sentence", "says"), [
    ("GPTQ matches RTN.", "no stated width"),
    ("AWQ matches GPTQ at 4 bits.", "side by side"),
    ("Wanda performs similarly to magnitude pruning at 30% sparsity.", "not at 30%"),
])
def test_a_parity_no_bundle_runs_says_why(bundles, sentence, says):
    r = _plan(sentence, bundles)
    assert isinstance(r, Untestable) and says in r.detail


@pytest.mark.parametrize("sentence", [
    "GPTQ does not match RTN at 3 bits.",  # negated
    "Global magnitude pruning reaches higher sparsity than layer-wise magnitude pruning at the same accuracy.",
    "GPTQ matches FP16 accuracy at 4 bits.",  # a no-loss claim
])
def test_what_is_not_a_parity_of_two_methods_is_not_planned_as_one(bundles, sentence):
    r = _plan(sentence, bundles)
    assert not (isinstance(r, ReproPlan) and "judged equal within the tolerance" in r.reason)


@pytest.mark.parametrize(("sentence", "metric", "baseline", "op"), [
    # the worse side is the claim's subject: the bundle's comparison read from the other side
    ("RTN underperforms QAT at 2 bits.", "qat_lsq_w2_exact_match", "rtn_w2_exact_match", "better"),
    ("PTQ lags behind QAT at 2 bits.", "qat_lsq_w2_exact_match", "rtn_w2_exact_match", "better"),
    ("Magnitude pruning underperforms Wanda at 50% sparsity.", "wanda_s50_exact_match", "magnitude_s50_exact_match",
     "better"),
    ("STE-based QAT is worse than LSQ at 2 bits.", "qat_lsq_w2_exact_match", "qat_ste_w2_exact_match", "better"),
    # the bundle compares the other way round: the other outcome expected
    ("Wanda is worse than magnitude pruning at 50% sparsity.", "wanda_s50_exact_match", "magnitude_s50_exact_match",
     "worse"),
    ("QAT is worse than RTN at 8 bits.", "qat_lsq_w8_exact_match", "rtn_w8_exact_match", "worse"),
])
def test_a_method_stated_worse_than_another_is_planned_from_the_side_a_bundle_compares(bundles, sentence, metric,
                                                                                        baseline, op):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, op)


def test_a_worse_relation_across_a_contrast_is_not_read_as_one_method_below_the_other(bundles):
    """The AWQ paper: 'AWQ only increases the perplexity by 0.5-0.6, while GPTQ has 2.3-4.9 worse
    perplexity' says nothing of AWQ being worse than GPTQ."""
    r = _plan("But when using a different calibration distribution, AWQ only increases the perplexity by 0.5-0.6, "
              "while GPTQ has 2.3-4.9 worse perplexity.", bundles)
    assert not (isinstance(r, ReproPlan) and "the claim says the reverse" in r.reason)


def test_a_reversed_comparison_is_judged_with_the_other_outcome(bundles):
    from verifier.judge import judge_claim

    plan = _plan("Wanda is worse than magnitude pruning at 50% sparsity.", bundles)
    wanda_lower = judge_claim(plan, _runs(plan, [0.80, 0.82, 0.81], [0.90, 0.91, 0.90]))
    wanda_higher = judge_claim(plan, _runs(plan, [0.90, 0.91, 0.90], [0.80, 0.82, 0.81]))
    assert wanda_lower.label.value == "reproduced_at_proxy_scale"
    assert wanda_higher.label.value == "not_reproduced"


@pytest.mark.parametrize(("sentence", "metric", "baseline"), [
    ("QAT with the straight-through estimator matches full precision at 4 bits.", "qat_ste_w4_exact_match",
     "fp_exact_match"),
    ("STE-based QAT outperforms RTN at 3 bits.", "qat_ste_w3_exact_match", "rtn_w3_exact_match"),
    ("LSQ outperforms STE at 2 bits.", "qat_lsq_w2_exact_match", "qat_ste_w2_exact_match"),
    ("LSQ outperforms RTN at 3 bits.", "qat_lsq_w3_exact_match", "rtn_w3_exact_match"),
])
def test_ste_qat_claims_are_planned_on_the_ste_runs(bundles, sentence, metric, baseline):
    """STE QAT was planned on the LSQ runs before match-54 (the lexicon had no STE)."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric) == (metric, baseline)


def test_ste_qat_on_sst2_is_not_planned_on_the_lsq_runs(bundles):
    r = _plan("On SST-2, STE-based QAT outperforms RTN at 3 bits.", bundles)
    assert isinstance(r, Untestable) and "not STE QAT" in r.detail


@pytest.mark.parametrize(("text", "direction"), [
    ("At 3 bits, QAT is 2 points more accurate than RTN.", "better"),
    ("RTN is less accurate than GPTQ at 3 bits.", "worse"),
    ("PTQ lags behind QAT at 2 bits.", "worse"),
    ("The 4-bit model uses less memory.", "decrease"),
])
def test_of_two_direction_words_at_one_place_the_longer_decides(text, direction):
    """'more accurate' read as 'more' was an increase of no metric, so the comparison had no plan."""
    assert direction_of(text, None) == direction


def test_at_3_bits_qat_more_accurate_than_rtn_is_planned_with_its_margin(bundles):
    plan = _plan("At 3 bits, QAT is 2 points more accurate than RTN.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "qat_lsq_w3_exact_match"
    assert plan.expected.op == "better" and plan.expected.baseline_metric == "rtn_w3_exact_match"
    assert plan.expected.margin is not None and plan.expected.margin.value == 2.0


def test_our_compressed_model_with_no_method_named_is_the_papers_own_method(bundles):
    """'Our 3-bit model' was planned as 3-bit RTN: another method than the paper's."""
    r = _plan("Our 3-bit model is within 1% of the FP16 perplexity.", bundles)
    assert isinstance(r, Untestable) and "the paper's own method" in r.detail
    named = _plan("Our 4-bit GPTQ model matches FP16.", bundles)
    assert isinstance(named, ReproPlan) and named.metric.startswith("gptq_w4")


def test_a_looser_bound_than_the_knee_at_an_unscored_sparsity_is_not_read_as_the_knee(bundles):
    """'At 70%, Wanda retains 90% of the dense accuracy' was planned as the knee being at least 70%
    (within one point of dense there): a claim of a 10% loss judged as one of no loss."""
    r = _plan("At 70% sparsity, Wanda retains 90% of the dense model's accuracy.", bundles)
    assert isinstance(r, Untestable) and "stricter test than the claim's bound" in r.detail
    r = _plan("Magnitude pruning to 30% sparsity loses less than 5 points of accuracy.", bundles)
    assert isinstance(r, Untestable) and "stricter test" in r.detail
    strict = _plan("Wanda keeps accuracy within 0.5 points of dense up to 30% sparsity.", bundles)
    assert isinstance(strict, ReproPlan) and strict.metric == "wanda_knee_sparsity"
    assert any("within 0.5 points" in u for u in strict.untested)
    plain = _plan("Wanda has no accuracy loss at 30% sparsity.", bundles)
    assert isinstance(plain, ReproPlan) and plain.metric == "wanda_knee_sparsity" and not plain.untested


@pytest.mark.parametrize(("sentence", "kind"), [
    # "within 2 points of" was no cue (only "within 1% of", one word between): no claim at all
    ("Even at 2 bits, LSQ stays within 2 points of full precision.", ClaimKind.comparison),
    ("GPTQ at 4 bits is within 0.5 percentage points of FP16 accuracy.", ClaimKind.comparison),
    # "faster than" with no factor was no claim, or a setup fact when a number stood in the sentence
    ("FP8 is faster than INT8 on H100.", ClaimKind.speedup),
    ("SmoothQuant is consistently faster than the FP16 baseline, getting a 1.51x speedup on OPT-30B when the "
     "sequence length is 256.", ClaimKind.speedup),
])
def test_bounds_of_several_words_and_speed_comparisons_are_claims(sentence, kind):
    assert _claim(sentence).kind is kind


def test_a_faster_pace_is_no_speed_claim():
    doc = parse_markdown(b"# T\n\n## Intro\n\nThe model size of language models is developing at a faster pace "
                         b"than the GPU memory in recent years.\n", name="t.md")
    assert [c for c in extract_claims(doc) if c.kind is ClaimKind.speedup] == []


def test_a_bound_of_percentage_points_is_the_claims_own_bound(bundles):
    plan = _plan("GPTQ at 4 bits is within 0.5 percentage points of FP16 accuracy.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "gptq_w4_exact_match"
    assert plan.expected.op == "equal" and plan.expected.tolerance == pytest.approx(0.005)


@pytest.mark.parametrize(("sentence", "metric", "baseline", "tolerance", "relative"), [
    # each was planned as the win it denies: the opposite claim
    ("QAT does not outperform PTQ at 8 bits.", "qat_lsq_w8_exact_match", "rtn_w8_exact_match", 0.01, False),
    ("Wanda fails to outperform magnitude pruning at 50% sparsity.", "wanda_s50_exact_match",
     "magnitude_s50_exact_match", 0.01, False),
    ("On WikiText-2, AWQ is no better than GPTQ at 4 bits.", "ppl_awq_w4", "ppl_gptq_w4", 0.01, True),
    # and at 8 bits on the layer errors of gptq_vs_rtn at 3 bits
    ("GPTQ is not better than RTN at 8 bits.", "gptq_w8_exact_match", "rtn_w8_exact_match", 0.01, False),
])
def test_a_denied_win_is_tested_as_no_win(bundles, sentence, metric, baseline, tolerance, relative):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, "not_better")
    assert plan.expected.tolerance == pytest.approx(tolerance) and plan.expected.relative is relative


def test_a_denied_win_is_judged_on_the_win_alone(bundles):
    """'QAT does not outperform PTQ': holds when QAT is not better, whether equal or worse; fails on a
    clear win."""
    from verifier.judge import judge_claim

    plan = _plan("QAT does not outperform PTQ at 8 bits.", bundles)
    labels = [judge_claim(plan, _runs(plan, a, b)).label.value for a, b in (
        ([0.990, 0.991, 0.989], [0.990, 0.990, 0.991]),  # alike
        ([0.90, 0.91, 0.90], [0.99, 0.99, 0.99]),  # QAT worse: still no win
        ([0.99, 0.99, 0.99], [0.90, 0.91, 0.90]),  # a clear win
    )]
    assert labels == ["reproduced_at_proxy_scale", "reproduced_at_proxy_scale", "not_reproduced"]


@pytest.mark.parametrize("sentence", ["QAT does not always outperform PTQ.",
                                      "GPTQ is not necessarily better than RTN at 4 bits."])
def test_a_hedged_denial_is_not_planned_as_the_win(bundles, sentence):
    r = _plan(sentence, bundles)
    assert isinstance(r, Untestable) and r.category.value == "underspecified"


def test_not_only_better_is_still_a_win(bundles):
    plan = _plan("QAT not only outperforms PTQ at 2 bits but also trains fast.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.op == "better"


@pytest.mark.parametrize(("sentence", "metric", "baseline", "op"), [
    ("At 50% sparsity, magnitude pruning beats Wanda.", "wanda_s50_exact_match", "magnitude_s50_exact_match",
     "worse"),
    ("PTQ outperforms QAT at 8 bits.", "qat_lsq_w8_exact_match", "rtn_w8_exact_match", "worse"),
    ("GPTQ outperforms RTN at 2 bits.", "gptq_w2_exact_match", "rtn_w2_exact_match", "better"),
])
def test_a_win_the_bundles_compare_the_other_way_round_is_planned(bundles, sentence, metric, baseline, op):
    """'Magnitude pruning beats Wanda' was no_bundle ('it compares against Wanda'); GPTQ at 2 (or 8)
    bits was planned on gptq_vs_rtn's 3-bit layer errors."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, op)


def test_no_significant_difference_between_two_methods_is_a_parity(bundles):
    plan = _plan("There is no significant difference between QAT and PTQ at 8 bits.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.op == "equal"
    assert (plan.metric, plan.expected.baseline_metric) == ("qat_lsq_w8_exact_match", "rtn_w8_exact_match")
    nl = _plan("4-bit RTN shows no significant difference from FP16.", bundles)
    assert isinstance(nl, ReproPlan) and nl.expected.baseline_metric == "fp_exact_match"


def test_neither_nor_negates_a_no_loss(bundles):
    """'At 2 bits, neither RTN nor GPTQ retains useful accuracy' was planned as 2-bit RTN keeping
    full-precision accuracy."""
    r = _plan("At 2 bits, neither RTN nor GPTQ retains useful accuracy.", bundles)
    assert not (isinstance(r, ReproPlan) and r.expected.op == "equal")


@pytest.mark.parametrize(("sentence", "metric", "baseline", "op"), [
    # a comparative loss: 'larger accuracy drop than', 'degrades accuracy more than', 'a smaller degradation'
    ("RTN suffers a larger accuracy drop than GPTQ at 2 bits.", "gptq_w2_exact_match", "rtn_w2_exact_match", "better"),
    ("At 4 bits, PTQ degrades accuracy more than QAT does.", "qat_lsq_w4_exact_match", "rtn_w4_exact_match",
     "better"),
    ("QAT incurs a smaller degradation than PTQ at 4 bits.", "qat_lsq_w4_exact_match", "rtn_w4_exact_match",
     "better"),
    # a denied match: of another method, the other method's win; of full precision, a loss
    ("PTQ cannot match QAT at 2 bits.", "qat_lsq_w2_exact_match", "rtn_w2_exact_match", "better"),
    ("RTN fails to match full precision at 3 bits.", "rtn_w3_exact_match", "fp_exact_match", "worse"),
    ("Magnitude pruning cannot maintain accuracy at 50% sparsity.", "magnitude_s50_exact_match", "dense_exact_match",
     "worse"),
    ("On WikiText-2, 3-bit RTN cannot match the FP16 perplexity.", "ppl_rtn_w3", "ppl_baseline_gguf_fp32", "worse"),
])
def test_comparative_losses_and_denied_matches_are_planned(bundles, sentence, metric, baseline, op):
    """Each was no_bundle before match-57 ('cannot match' read as 'match': equal)."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, op)


def test_a_denied_match_is_a_worse_direction_not_a_match():
    assert direction_of("RTN fails to match full precision at 3 bits.", None) == "worse"
    assert direction_of("RTN matches full precision at 8 bits.", None) == "equal"


def test_not_always_matching_is_no_claim_of_no_loss(bundles):
    r = _plan("4-bit RTN does not always match FP16 accuracy.", bundles)
    assert not (isinstance(r, ReproPlan) and r.expected.op == "equal")


def test_the_metric_exact_match_is_no_parity(bundles):
    """'Exact match decreases ... for both magnitude and Wanda pruning' was planned as Wanda and
    magnitude performing alike: the 'match' of the metric's name read as a parity word."""
    plan = _plan("Exact match decreases as sparsity increases for both magnitude and Wanda pruning.", bundles)
    assert isinstance(plan, ReproPlan) and plan.rule == "trend"
    same = _plan("GPTQ matches the exact match of RTN at 8 bits.", bundles)
    assert isinstance(same, ReproPlan) and same.expected.op == "equal"


@pytest.mark.parametrize(("sentence", "bundle", "dim"), [
    ("2:4 sparsity yields 1.3x speedup for 8192x8192 matrices on H100.", "sparse24_matmul_speedup", 8192),
    ("INT8 is 1.2x faster than BF16 for 4096 x 4096 GEMMs.", "lowbit_matmul_speedup", 4096),
    # the shape after the matrix word (match-82): "at 8192x8192" in a sentence about a matmul
    ("The 2:4 sparse matmul reaches 1.6x speedup at 8192x8192 on H100.", "sparse24_matmul_speedup", 8192),
    ("INT8 GEMM is 2x faster than BF16 at 4096 x 4096.", "lowbit_matmul_speedup", 4096),
])
def test_a_square_matrix_a_speed_claim_names_is_the_shape_timed(bundles, sentence, bundle, dim):
    """Such claims were judged on the median over the bundle's whole shape sweep."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == bundle and plan.params == {"dims": [dim]}


def test_a_square_that_is_no_matrix_product_sets_no_shape(bundles):
    plan = _plan("2:4 sparsity speeds up ResNet-50 on 224x224 images by 1.3x.", bundles)
    assert not (isinstance(plan, ReproPlan) and plan.params.get("dims")), plan


@pytest.mark.parametrize(("sentence", "metric", "baseline"), [
    # one method's two masks said to perform alike: 2:4 against 50% unstructured, global against per-layer
    ("Semi-structured 2:4 pruning matches unstructured pruning.", "nm_2of4_exact_match", "magnitude_s50_exact_match"),
    ("2:4 sparsity with Wanda is within 1 point of unstructured 50% Wanda.", "wanda_2of4_exact_match",
     "wanda_s50_exact_match"),
    ("Global and layer-wise magnitude pruning perform similarly at 50% sparsity.", "magnitude_global_s50_exact_match",
     "magnitude_s50_exact_match"),
])
def test_two_masks_of_one_method_said_alike_are_compared_for_equality(bundles, sentence, metric, baseline):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, "equal")


def test_two_masks_said_alike_on_a_real_model_compare_that_models_masks(bundles):
    plan = _plan("On SST-2, 2:4 Wanda pruning performs comparably to unstructured Wanda at 50% sparsity.", bundles)
    assert (plan.metric, plan.expected.baseline_metric) == ("nm24_wanda_accuracy", "wanda_s50_accuracy")
    plan = _plan("On WikiText-2, unstructured magnitude pruning is on par with 2:4 magnitude pruning.", bundles)
    assert (plan.metric, plan.expected.baseline_metric) == ("ppl_magnitude_unstructured", "ppl_magnitude_2of4")
    assert plan.expected.relative


def test_one_model_both_pruned_and_quantised_is_no_parity_of_two_methods(bundles):
    """'4-bit QAT of a model pruned to 50% matches the dense FP model' is pruned-then-QAT against
    full precision; read as QAT and pruning alike it had no plan."""
    plan = _plan("4-bit QAT of a model pruned to 50% sparsity matches the dense FP model.", bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "pruned_qat_vs_fp"


def test_a_bare_fp_baseline_is_full_precision(bundles):
    """'within 3 points of FP' named the baseline 'FP', which was not read as full precision."""
    plan = _plan("At 2 bits, QAT is within 3 points of FP while PTQ collapses.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.baseline_metric == "fp_exact_match"
    assert plan.expected.tolerance == pytest.approx(0.03)


def test_neither_nor_denies_that_accuracy_holds(bundles):
    """'Neither magnitude pruning nor Wanda preserves accuracy at 90%' was planned as magnitude's
    knee being at least 90%: the opposite."""
    plan = _plan("Neither magnitude pruning nor Wanda preserves accuracy at 90% sparsity.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "magnitude_knee_sparsity"
    assert plan.expected.qualifier == "less_than" and plan.expected.value == 90.0
    beyond = _plan("Magnitude pruning is unable to preserve accuracy beyond 50% sparsity.", bundles)
    assert not (isinstance(beyond, ReproPlan) and beyond.metric == "magnitude_s50_exact_match")


@pytest.mark.parametrize(("sentence", "says"), [
    # a size in accuracy points, of a win the runs measure in layer error
    ("GPTQ outperforms RTN by 4 points in reconstruction error at 3 bits.",
     "the size of the win the claim states (by 4 points)"),
    ("GPTQ stays within 0.5 points of FP16 perplexity.", "the claim's bound (within 0.5 points)"),
])
def test_a_stated_size_the_runs_cannot_measure_is_named_untested(bundles, sentence, says):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and any(u.startswith(says) for u in plan.untested), plan.untested


def test_matching_full_qat_is_no_claim_of_full_precision(bundles):
    """'QAT for 10% of training matches full QAT' was planned as 4-bit QAT matching full precision."""
    r = _plan("At 4 bits, QAT for 10% of training matches full QAT.", bundles)
    assert not (isinstance(r, ReproPlan) and r.expected.baseline_metric == "fp_exact_match")
    plan = _plan("At 4 bits, QAT matches the full model.", bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.baseline_metric == "fp_exact_match"


@pytest.mark.parametrize(("sentence", "sign"), [
    ("The optimal QAT fraction is larger for larger budgets.", "+"),  # no claim before lexicon 23
    ("The best QAT share of compute is smaller for smaller budgets.", "+"),  # read '-' before match-61
    ("The best QAT share of compute is smaller for larger budgets.", "-"),
])
def test_a_qat_share_that_is_larger_for_larger_budgets_grows_with_compute(bundles, sentence, sign):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "qat_compute_share" and plan.expected.sign == sign


def test_a_named_method_no_bundle_runs_says_so_before_the_quality_gate(bundles):
    """'LLM-QAT outperforms training-free methods' said 'not a model-quality measure' (it names no
    metric and one method); the reason is that no bundle runs LLM-QAT."""
    r = _plan("LLM-QAT outperforms training-free methods by a large margin, especially at low bitwidths.", bundles)
    assert isinstance(r, Untestable) and "not LLM-QAT" in r.detail


@pytest.mark.parametrize(("sentence", "metric", "by"), [
    ("QAT recovers the accuracy lost by PTQ at 4 bits.", "qat_lsq_w4_exact_match", "PTQ"),
    # 'RTN' is the method the sentence names; QAT is its subject
    ("At 2 bits, QAT recovers all of the accuracy lost by RTN.", "qat_lsq_w2_exact_match", "RTN"),
])
def test_qat_recovering_what_ptq_lost_is_qat_keeping_full_precision(bundles, sentence, metric, by):
    """Underspecified before match-63 ('states no number or relation to test')."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == metric
    assert plan.expected.op == "equal" and plan.expected.baseline_metric == "fp_exact_match"
    assert any(u.startswith(f"that {by} loses accuracy") for u in plan.untested)
    most = _plan("QAT recovers most of the accuracy lost by PTQ at 4 bits.", bundles)
    assert most.expected.op == "better"  # most of it: above PTQ, not at full precision


@pytest.mark.parametrize(("sentence", "metric", "aside"), [
    # a leading likeness or contrast is an aside: the claim is the no-loss of the method after it
    ("Similar to RTN, GPTQ loses no accuracy at 8 bits.", "gptq_w8_exact_match", "likened to ('Similar to RTN')"),
    ("Unlike RTN, GPTQ keeps accuracy at 4 bits.", "gptq_w4_exact_match", "contrasted with ('Unlike RTN')"),
])
def test_a_leading_aside_leaves_the_claim_its_own_method_and_no_loss(bundles, sentence, metric, aside):
    """The first was planned as GPTQ and RTN alike at 8 bits (match-54..64), the second as GPTQ
    beating RTN in layer error at 4 bits: neither is what they say."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == metric
    assert plan.expected.op == "equal" and plan.expected.baseline_metric == "fp_exact_match"
    assert any(aside in u for u in plan.untested), plan.untested


def test_like_another_method_leaves_the_sentence_its_own_subject():
    assert _claim("Like GPTQ, AWQ preserves accuracy at 4 bits.").method.name == "AWQ"


def test_a_higher_perplexity_than_another_method_is_that_methods_win(bundles):
    plan = _plan("Magnitude pruning yields a higher perplexity than Wanda at 50% sparsity.", bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "smollm2_wikitext_ppl"
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (
        "ppl_wanda_unstructured", "ppl_magnitude_unstructured", "better")
    # a rule that reads the worse side itself keeps its plan
    rtn = _plan("At 4 bits, RTN has much higher perplexity than AWQ on WikiText-2.", bundles)
    assert (rtn.metric, rtn.expected.op) == ("ppl_rtn_w4", "worse")


def test_a_perplexity_stated_higher_than_the_dense_models_is_a_stated_increase(bundles):
    """'Wanda's perplexity is 20% higher than the dense model's' had no plan."""
    plan = _plan("With 2:4 sparsity, Wanda's perplexity is 20% higher than the dense model's.", bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "ppl_wanda_2of4"
    assert plan.expected.op == "worse" and plan.expected.relative and plan.expected.margin.value == 20.0


@pytest.mark.parametrize(("sentence", "says"), [
    # planned as 50% unstructured magnitude pruning, and as 4-bit RTN of every layer, before match-67
    ("Pruning 50% of the attention heads costs less than 1 point of accuracy.", "structured pruning of heads"),
    ("Removing 25% of the layers keeps 95% of the accuracy.", "structured pruning of layers"),
    ("Quantizing only the attention layers to 4 bits is lossless.", "part of the model"),
])
def test_structured_units_and_a_part_of_the_model_are_not_the_runs_experiment(bundles, sentence, says):
    r = _plan(sentence, bundles)
    assert isinstance(r, Untestable) and says in r.detail


@pytest.mark.parametrize("sentence", [
    "Global magnitude pruning outperforms layer-wise magnitude pruning at 50% sparsity.",  # 'layer-wise': a mask
    "Pruning 50% of the weights in each layer costs less than 1 point of accuracy.",  # single weights
    "Quantizing only the weights to 4 bits is lossless.",  # weight-only: what the runs do
])
def test_a_layer_named_in_passing_is_no_structured_unit(bundles, sentence):
    assert isinstance(_plan(sentence, bundles), ReproPlan)


def test_a_list_of_baselines_leaves_the_sentence_its_subject(bundles):
    """'At 3 bits, QAT is better than both RTN and GPTQ' was a claim of GPTQ (the named method
    outside the baseline phrase 'RTN') and planned as GPTQ beating RTN."""
    c = _claim("At 3 bits, QAT is better than both RTN and GPTQ.")
    assert c.method.family.value == "qat" and c.baseline == "RTN"
    plan = _plan("At 3 bits, QAT is better than both RTN and GPTQ.", bundles)
    assert (plan.metric, plan.expected.baseline_metric) == ("qat_lsq_w3_exact_match", "rtn_w3_exact_match")
    assert any("GPTQ" in u for u in plan.untested)


@pytest.mark.parametrize(("sentence", "metric", "expected"), [
    # each was planned as the setting keeping full-precision accuracy (or had no plan)
    ("None of the PTQ methods match full precision at 2 bits.", "rtn_w2_exact_match", "worse"),
    ("Neither pruning method matches the dense model at 70% sparsity.", "magnitude_knee_sparsity", "less_than"),
])
def test_none_of_and_neither_deny_a_no_loss(bundles, sentence, metric, expected):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == metric
    assert expected in (getattr(plan.expected, "op", None), getattr(plan.expected, "qualifier", None))


def test_as_accurate_as_the_dense_model_is_no_loss(bundles):
    """'Pruned-then-QAT models at 8 bits are as accurate as the dense FP model' had no plan."""
    plan = _plan("Pruned-then-QAT models at 8 bits are as accurate as the dense FP model.", bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "pruned_qat_vs_fp" and plan.metric == "p50_w8_exact_match"


@pytest.mark.parametrize("sentence", [
    "None of the PTQ methods match full precision at 2 bits.",
    "At 8 bits, all quantization methods match full precision.",
    "Neither pruning method matches the dense model at 70% sparsity.",
])
def test_a_claim_about_every_method_names_the_others_untested(bundles, sentence):
    """One method's runs test part of a claim about all of them: at most 'partially reproduced'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and any(u.startswith("what the claim says of the other methods")
                                               for u in plan.untested)


@pytest.mark.parametrize(("sentence", "metric", "baseline", "op"), [
    # read as the loss they deny (match-54 .. 70): 'QAT is not worse than RTN' planned as QAT worse than RTN
    ("QAT is not worse than RTN at 4 bits.", "qat_lsq_w4_exact_match", "rtn_w4_exact_match", "not_worse"),
    ("Wanda is not worse than magnitude pruning at 50% sparsity.", "wanda_s50_exact_match",
     "magnitude_s50_exact_match", "not_worse"),
    ("4-bit QAT is not worse than full precision.", "qat_lsq_w4_exact_match", "fp_exact_match", "not_worse"),
    # the bundle compares the other's win: 'RTN no worse than GPTQ' is 'GPTQ does not beat RTN'
    ("RTN does not lag behind GPTQ at 8 bits.", "gptq_w8_exact_match", "rtn_w8_exact_match", "not_better"),
    ("At 8 bits, RTN is at least as accurate as GPTQ.", "gptq_w8_exact_match", "rtn_w8_exact_match", "not_better"),
])
def test_a_denied_loss_is_tested_as_no_loss_to_the_other(bundles, sentence, metric, baseline, op):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.metric, plan.expected.baseline_metric, plan.expected.op) == (metric, baseline, op)


def test_no_worse_is_judged_on_the_others_win_alone(bundles):
    from verifier.judge import judge_claim

    plan = _plan("QAT is not worse than RTN at 4 bits.", bundles)
    labels = [judge_claim(plan, _runs(plan, a, b)).label.value for a, b in (
        ([0.990, 0.991, 0.989], [0.990, 0.990, 0.991]),  # alike
        ([0.99, 0.99, 0.99], [0.90, 0.91, 0.90]),  # QAT better: still no loss
        ([0.90, 0.91, 0.90], [0.99, 0.99, 0.99]),  # a clear loss
    )]
    assert labels == ["reproduced_at_proxy_scale", "reproduced_at_proxy_scale", "not_reproduced"]


@pytest.mark.parametrize(("sentence", "op"), [
    ("RTN isn't worse than GPTQ at 8 bits.", "not_better"),  # was: GPTQ beats RTN
    ("It is not true that QAT beats PTQ at 8 bits.", "not_better"),  # was: QAT beats PTQ (before this stop too)
])
def test_a_negated_relation_is_not_read_as_the_relation(bundles, sentence, op):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.expected.op == op


def test_a_negated_comparative_loss_is_not_the_others_win(bundles):
    """'RTN does not suffer a larger accuracy drop than GPTQ' was planned as GPTQ beating RTN."""
    r = _plan("RTN does not suffer a larger accuracy drop than GPTQ at 8 bits.", bundles)
    assert not (isinstance(r, ReproPlan) and r.expected.op == "better")


def test_a_pruned_and_quantised_models_speed_is_the_pruned_qat_proxys_latency(bundles):
    """No plan before match-73 ('end-to-end speed of a model needs that model')."""
    plan = _plan("The 2:4-pruned model fine-tuned with 4-bit QAT runs 1.3x faster than the dense model.", bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "pruned_qat_vs_fp"
    assert plan.metric == "nm24_w4_sparse_kernel_speedup" and plan.rule == "speed" and plan.scale == "proxy"
    cpu = _plan("The 2:4-pruned model fine-tuned with 4-bit QAT runs 1.3x faster than the dense model.", bundles,
                size="small", device="cpu")
    assert isinstance(cpu, Untestable) and cpu.category.value == "not_testable_offline"
