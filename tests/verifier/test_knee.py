"""Knee claims: where accuracy stops holding as sparsity grows, read and planned on the sweeps' knees."""

import pytest

from verifier.claims import ClaimKind
from verifier.extract import extract_claims
from verifier.knee import read_knee
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.verdicts import ReproPlan, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _knee_runs(plan, knees):
    """Stored pruning_sweep run records for ``plan``, one per seed, with these knees of its metric."""
    from repro.records import RunRecord

    return [RunRecord(run_id=f"r{i}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                      size="full", device="cuda", params=dict(plan.config), seed=i, status="ok",
                      started="2026-06-01T00:00:00+00:00", metrics={plan.metric: k, "dense_exact_match": 0.99},
                      curves={}, fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json()
            for i, k in enumerate(knees)]


def _plan(sentence, bundles, size="full", device="cuda", title="Pruning transformers"):
    doc = parse_markdown(f"# {title}\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return plan_claim(c, "c1", bundles, size=size, device=device)


@pytest.mark.parametrize(("text", "sparsity", "approx", "steep"), [
    ("Accuracy drops sharply beyond 70% sparsity with magnitude pruning.", 0.7, False, "sharply"),
    ("We observe a steep decline in accuracy above 60% sparsity.", 0.6, False, "steep"),
    ("Performance stays flat until about 50% sparsity and then falls off a cliff.", 0.5, True, "cliff"),
    ("Up to 40% of the weights can be removed with negligible loss, after which accuracy collapses.", 0.4, False,
     "collapses"),
    ("On GLUE, BERT's accuracy holds up to 50% sparsity and degrades rapidly beyond it.", 0.5, False, "rapidly"),
    ("The essential sparsity of BERT-base on SST-2 is 50%.", 0.5, False, None),
    ("The knee of the curve lies at about 60% sparsity.", 0.6, True, None),
    ("Accuracy drops once the sparsity exceeds 80%.", 0.8, False, None),
])
def test_a_knee_is_read_where_the_claim_places_it(text, sparsity, approx, steep):
    knee = read_knee(text)
    assert knee is not None and knee.sparsity == pytest.approx(sparsity) and knee.approx is approx
    assert knee.steep == steep


@pytest.mark.parametrize("text", [
    "Accuracy degrades by over 5% at 50% sparsity.",  # a size of loss, not a sparsity
    "Accuracy drops as sparsity increases.",  # a trend, no knee
    "Accuracy drops as sparsity increases beyond 50%.",  # a trend over the range beyond 50%
    "Wanda holds accuracy up to 60% sparsity.",  # holds, but no fall stated: a lower bound, not a knee
    "Wanda outperforms magnitude pruning at 50% sparsity.",
    "The model drops 30% of its weights after pruning.",
    "Perplexity rises beyond 8 bits of precision.",
])
def test_no_knee_where_the_claim_places_none(text):
    assert read_knee(text) is None


def test_a_knee_claim_plans_on_the_sweep_knee_with_its_steepness_left_untested(bundles):
    r = _plan("Accuracy drops sharply beyond 70% sparsity with magnitude pruning.", bundles)
    assert isinstance(r, ReproPlan) and r.bundle_id == "pruning_sweep" and r.rule == "value"
    assert r.metric == "magnitude_knee_sparsity" and r.metric_unit == "fraction"
    assert (r.expected.value, r.expected.unit, r.expected.qualifier) == (70.0, "%", "eq")
    assert r.scale == "proxy" and "within 1 point(s)" in r.reason
    assert len(r.untested) == 1 and "'sharply'" in r.untested[0]
    plain = _plan("Magnitude pruning keeps accuracy up to 60% sparsity, after which it drops.", bundles)
    assert isinstance(plain, ReproPlan) and plain.untested == [] and plain.expected.value == 60.0


def test_a_knee_claim_on_glue_plans_on_the_minilm_sweep(bundles):
    for size, device in (("full", "cuda"), ("small", "cpu")):
        r = _plan("On SST-2, Wanda pruning keeps accuracy up to 30% sparsity, after which it drops.", bundles,
                  size=size, device=device, title="Compressing BERT")
        assert isinstance(r, ReproPlan) and r.bundle_id == "minilm_sst2_compression", (size, r)
        assert r.metric == "wanda_knee_sparsity" and r.expected.value == 30.0
        assert "all-MiniLM-L6-v2" in r.reason and "SST-2 dev accuracy" in r.reason


def test_a_knee_the_sweep_cannot_locate_is_no_bundle(bundles):
    between = _plan("Accuracy drops sharply beyond 65% sparsity.", bundles)
    assert isinstance(between, Untestable) and between.category.value == "no_bundle"
    assert "falls between its points" in between.detail
    # MiniLM's small size sweeps 30, 50 and 70%: nothing beyond 70% shows a fall; its full size does
    last = _plan("On SST-2, accuracy holds up to 70% sparsity and drops beyond it.", bundles, size="small",
                 device="cpu", title="Compressing BERT")
    assert isinstance(last, Untestable) and last.category.value == "not_testable_offline"
    assert "minilm_sst2_compression tests it at full size" in last.detail
    beyond = _plan("Accuracy drops sharply beyond 90% sparsity.", bundles)
    assert isinstance(beyond, Untestable) and "nothing beyond 90%" in beyond.detail


def test_a_compound_knee_claim_reads_the_method_whose_fall_it_states(bundles):
    r = _plan("Wanda preserves accuracy up to 60% sparsity, while magnitude pruning collapses beyond 40%.", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity" and r.expected.value == 40.0
    assert "what the claim says of Wanda pruning" in r.untested and any("'collapses'" in u for u in r.untested)


def test_essential_sparsity_names_the_magnitude_knee(bundles):
    r = _plan("The essential sparsity of this model is 50%.", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity" and r.expected.value == 50.0
    assert "essential sparsity is defined on one-shot magnitude pruning" in r.reason


def test_no_loss_up_to_a_sparsity_the_sweep_scores_only_by_knee_is_a_lower_bound_on_it(bundles):
    """pruning_sweep scores 50% itself; at 30% it reports the knee: 'holds up to 30%' is knee >= 30%."""
    r = _plan("Magnitude pruning to 30% sparsity causes no accuracy loss.", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity" and r.rule == "value"
    assert (r.expected.value, r.expected.qualifier) == (30.0, "at_least")
    wanda = _plan("Wanda maintains accuracy up to 60% sparsity.", bundles)
    assert isinstance(wanda, ReproPlan) and wanda.metric == "wanda_knee_sparsity"
    at_50 = _plan("Magnitude pruning to 50% sparsity causes no accuracy loss.", bundles)
    assert isinstance(at_50, ReproPlan) and at_50.metric == "magnitude_s50_exact_match"
    off_grid = _plan("Magnitude pruning to 45% sparsity causes no accuracy loss.", bundles)
    assert isinstance(off_grid, Untestable) and "not the claim's 45%" in off_grid.detail


def test_a_knee_judged_on_three_seeds(bundles):
    """The value rule on the runs' knees: on the claimed point every seed -> reproduced at proxy scale;
    elsewhere -> not reproduced; seeds that disagree -> too wide to tell."""
    from verifier.judge import judge_claim

    plan = _plan("Magnitude pruning keeps accuracy up to 60% sparsity, after which it drops.", bundles)
    assert plan.metric == "magnitude_knee_sparsity"
    labels = [judge_claim(plan, _knee_runs(plan, k)).label.value for k in ([0.6] * 3, [0.4] * 3, [0.6, 0.4, 0.7])]
    assert labels == ["reproduced_at_proxy_scale", "not_reproduced", "inconclusive"]


@pytest.mark.parametrize(("sentence", "method", "baseline"), [
    ("Wanda tolerates higher sparsity than magnitude pruning before accuracy drops.", "wanda", "magnitude"),
    ("Wanda can prune to higher sparsity levels than magnitude pruning without accuracy loss.", "wanda", "magnitude"),
    ("Global magnitude pruning reaches higher sparsity than layer-wise magnitude pruning at the same accuracy.",
     "magnitude_global", "magnitude"),
])
def test_one_method_holding_to_a_higher_sparsity_compares_the_knees(bundles, sentence, method, baseline):
    """Before match-31 these planned 'accuracy falls as sparsity grows' on magnitude's curve: a trend
    that holds whatever the claim says of the two methods."""
    r = _plan(sentence, bundles)
    assert isinstance(r, ReproPlan) and r.rule == "paired_difference" and r.metric == f"{method}_knee_sparsity"
    assert (r.expected.baseline_metric, r.expected.op) == (f"{baseline}_knee_sparsity", "gt")


def test_a_knee_of_a_method_a_size_does_not_run_is_not_planned_there(bundles):
    # MiniLM's small size prunes by magnitude and Wanda only; its full size runs global magnitude too
    r = _plan("On SST-2, global magnitude pruning reaches higher sparsity than layer-wise magnitude pruning.", bundles,
              size="small", device="cpu", title="Compressing BERT")
    assert isinstance(r, Untestable) and "tests it at full size" in r.detail


@pytest.mark.parametrize(("text", "op"), [
    ("2:4 sparsity costs more accuracy than 50% unstructured sparsity.", "worse"),
    ("Unstructured pruning outperforms 2:4 sparsity at the same sparsity level.", "worse"),
    ("With Wanda, 2:4 pruning is less accurate than unstructured pruning.", "worse"),
    ("Semi-structured 2:4 pruning matches unstructured pruning.", "equal"),  # alike (match-60; no order before)
    ("Semi-structured 2:4 pruning does not match unstructured pruning.", None),  # negated: no relation stated
    ("Semi-structured 2:4 pruning cannot match unstructured pruning.", "worse"),  # it falls short (match-89)
    ("2:4 sparsity outperforms unstructured sparsity in speed and costs more accuracy.", None),  # both: unread
    ("Wanda outperforms magnitude pruning with 2:4 sparsity.", None),  # no unstructured side
])
def test_a_2of4_against_unstructured_order_is_read(text, op):
    from verifier.knee import read_pattern_comparison

    assert read_pattern_comparison(text) == op


def test_2of4_against_unstructured_compares_the_same_method_at_50_percent(bundles):
    """No plan before match-32 ('no bundle measures this for pruning (N:M)')."""
    r = _plan("2:4 sparsity costs more accuracy than 50% unstructured sparsity.", bundles)
    assert isinstance(r, ReproPlan) and r.rule == "paired_difference"
    assert (r.metric, r.expected.baseline_metric, r.expected.op) == ("nm_2of4_exact_match",
                                                                     "magnitude_s50_exact_match", "worse")
    w = _plan("With Wanda, 2:4 pruning is less accurate than unstructured pruning.", bundles, size="small",
              device="cpu")
    assert isinstance(w, ReproPlan) and (w.metric, w.expected.baseline_metric) == ("wanda_2of4_exact_match",
                                                                                   "wanda_s50_exact_match")


def test_a_fall_stated_after_the_share_places_the_knee_too(bundles):
    knee = read_knee("Pruning beyond 50% sparsity causes a sharp accuracy drop for both magnitude and Wanda.")
    assert knee is not None and knee.sparsity == 0.5 and knee.steep == "sharp"
    r = _plan("Pruning beyond 50% sparsity causes a sharp accuracy drop for both magnitude and Wanda.", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_knee_sparsity"
    assert "what the claim says of Wanda pruning" in r.untested
    assert read_knee("Beyond 50% sparsity, accuracy drops as sparsity increases.") is None  # a trend


def test_a_collapse_at_a_sparsity_puts_the_knee_below_it(bundles):
    """'Performance collapses at 80% sparsity' was no_bundle (match-44): the knee below 80%."""
    knee = read_knee("Performance collapses at 80% sparsity.")
    assert knee is not None and knee.below and knee.sparsity == 0.8
    r = _plan("Global magnitude pruning collapses at 50% sparsity.", bundles)
    assert isinstance(r, ReproPlan) and r.metric == "magnitude_global_knee_sparsity"
    # at most the swept point below 50% (the value rule's bound includes its end)
    assert (r.expected.value, r.expected.qualifier) == (40.0, "less_than")
    assert "below the claim's 50%" in r.reason and any("'collapses'" in u for u in r.untested)
    last = _plan("Performance collapses at 90% sparsity.", bundles)  # the sweep's last point: still a bound
    assert isinstance(last, ReproPlan) and (last.expected.value, last.expected.qualifier) == (80.0, "less_than")


def test_a_knee_at_the_failing_sparsity_does_not_reproduce_a_collapse_there(bundles):
    """Before match-88 'fails to preserve accuracy at 70%' was the bound knee <= 70%, so a knee of
    70% (accuracy held at 70%: the claim false) was 'reproduced'."""
    from verifier.judge import judge_claim

    plan = _plan("Magnitude pruning fails to preserve accuracy at 70% sparsity.", bundles)
    labels = [judge_claim(plan, _knee_runs(plan, [k] * 3)).label.value for k in (0.7, 0.8, 0.6, 0.3)]
    assert labels == ["not_reproduced", "not_reproduced", "reproduced_at_proxy_scale", "reproduced_at_proxy_scale"]


@pytest.mark.parametrize(("sentence", "qualifier", "holds", "fails"), [
    # before match-88: 'no bundle measures this for pruning (magnitude)'
    ("Magnitude pruning is unable to preserve accuracy beyond 50% sparsity.", "less_than", [0.5, 0.3], [0.6]),
    ("Magnitude pruning cannot maintain accuracy beyond 50% sparsity.", "less_than", [0.5, 0.3], [0.6]),
    # before: planned as 'pruning to 50% costs no accuracy', what 'no longer' implies, not what it says
    ("Beyond 50% sparsity, magnitude pruning no longer preserves accuracy.", "eq", [0.5], [0.6, 0.3]),
])
def test_a_hold_denied_beyond_a_sparsity_bounds_the_knee(bundles, sentence, qualifier, holds, fails):
    from verifier.judge import judge_claim

    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.metric == "magnitude_knee_sparsity", plan
    assert (plan.expected.value, plan.expected.qualifier) == (50.0, qualifier)
    for k in holds:
        assert judge_claim(plan, _knee_runs(plan, [k] * 3)).label.value == "reproduced_at_proxy_scale", k
    for k in fails:
        assert judge_claim(plan, _knee_runs(plan, [k] * 3)).label.value == "not_reproduced", k


def test_a_knee_between_two_stated_sparsities_is_judged_on_that_range(bundles):
    from verifier.judge import judge_claim

    plan = _plan("Wanda achieves 50% sparsity with negligible accuracy loss, but at 70% it degrades "
                 "substantially.", bundles)
    assert plan.metric == "wanda_knee_sparsity"
    # capped at partial: how steeply it falls ('substantially') is not judged
    labels = [judge_claim(plan, _knee_runs(plan, k)).label.value for k in ([0.6] * 3, [0.5] * 3, [0.7] * 3, [0.3] * 3)]
    assert labels == ["partially_reproduced", "partially_reproduced", "not_reproduced", "not_reproduced"]


@pytest.mark.parametrize(("text", "op"), [
    ("Global magnitude pruning outperforms layer-wise magnitude pruning at 50% sparsity.", "better"),
    ("Layer-wise magnitude pruning is better than global pruning at 50% sparsity.", "worse"),
    ("Per-layer magnitude pruning falls behind global magnitude pruning.", "better"),
    ("Global magnitude pruning is applied after layer-wise normalisation.", None),  # no order stated
])
def test_global_against_per_layer_magnitude_is_read(text, op):
    from verifier.knee import read_global_comparison

    assert read_global_comparison(text) == op


def test_global_against_per_layer_magnitude_compares_the_two_at_one_sparsity(bundles):
    """No plan before match-50 ('no bundle measures this for sparsity')."""
    r = _plan("Global magnitude pruning outperforms layer-wise magnitude pruning at 50% sparsity.", bundles)
    assert isinstance(r, ReproPlan) and r.rule == "paired_difference"
    assert (r.metric, r.expected.baseline_metric, r.expected.op) == (
        "magnitude_global_s50_exact_match", "magnitude_s50_exact_match", "better")
    at70 = _plan("Global magnitude pruning outperforms layer-wise magnitude pruning at 70% sparsity.", bundles)
    assert isinstance(at70, Untestable) and "at 50%, not at 70%" in at70.detail
    glue = _plan("On SST-2, global magnitude pruning beats per-layer magnitude pruning at 70% sparsity.", bundles,
                 title="Compressing BERT")
    assert isinstance(glue, ReproPlan) and glue.metric == "magnitude_global_s70_accuracy"


def test_a_mask_that_does_not_match_another_mask_is_no_loss_against_the_dense_model(bundles):
    """'2:4 pruning does not match unstructured pruning in accuracy' was planned as 2:4 against the dense
    model, its loss expected (match-88): a relation the sentence does not state."""
    r = _plan("Semi-structured 2:4 pruning does not match unstructured pruning in accuracy.", bundles)
    assert not (isinstance(r, ReproPlan) and r.expected.baseline_metric == "dense_exact_match"), r
    # match-90: the reason says so (it was "no bundle measures this ... the claim states none of these
    # relations", or without "in accuracy" "not a model-quality measure")
    for sentence in ("Semi-structured 2:4 pruning does not match unstructured pruning in accuracy.",
                     "Semi-structured 2:4 pruning does not match unstructured pruning."):
        r = _plan(sentence, bundles)
        assert isinstance(r, Untestable) and r.category.value == "underspecified", r
        assert r.detail == ("it says the two masks differ ('does not match') without saying which keeps more "
                            "accuracy: no order to test"), r.detail
    fails = _plan("Semi-structured 2:4 pruning cannot match unstructured pruning in accuracy.", bundles)
    assert isinstance(fails, ReproPlan) and (fails.metric, fails.expected.baseline_metric, fails.expected.op) == (
        "nm_2of4_exact_match", "magnitude_s50_exact_match", "worse"), fails
    dense = _plan("2:4 pruning does not match the dense model.", bundles)
    assert isinstance(dense, ReproPlan) and dense.expected.baseline_metric == "dense_exact_match"
