"""Trends over bit widths and sparsity (verifier.trends): which curve, which sign, the gap between
two methods' curves, and how the judge reads them."""

import pytest
from pydantic import ValidationError

from verifier.claims import ClaimKind
from verifier.errors import InputError
from verifier.extract import extract_claims
from verifier.judge import judge_claim
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.report_views import observed_of
from verifier.trends import read_axis
from verifier.verdicts import Label, ReproPlan, Trend, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _claim(sentence, title="Compressing transformers"):
    doc = parse_markdown(f"# {title}\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return c


def _plan(sentence, bundles, size="full", device="cuda"):
    return plan_claim(_claim(sentence), "c1", bundles, size=size, device=device)


@pytest.mark.parametrize(("sentence", "curve", "sign"), [
    ("As the bit width decreases, RTN accuracy drops.", "exact_match_vs_bits_rtn", "+"),
    ("RTN accuracy drops sharply as the bit width decreases.", "exact_match_vs_bits_rtn", "+"),
    ("Lower bit widths lead to larger accuracy drops for RTN.", "exact_match_vs_bits_rtn", "+"),
    ("Perplexity of RTN increases as the precision decreases.", "exact_match_vs_bits_rtn", "+"),
    ("Quantization error grows as bits decrease.", "exact_match_vs_bits_rtn", "+"),
    ("As the bit width increases, RTN accuracy improves.", "exact_match_vs_bits_rtn", "+"),
    ("Accuracy improves as the bit width decreases.", "exact_match_vs_bits_rtn", "-"),
    ("GPTQ degrades gracefully with fewer bits.", "exact_match_vs_bits_gptq", "+"),
    ("QAT accuracy falls at lower bit widths.", "exact_match_vs_bits_qat_lsq", "+"),
    ("STE-based QAT accuracy drops as the bit width decreases.", "exact_match_vs_bits_qat_ste", "+"),
])
def test_a_trend_over_bit_widths_is_a_methods_accuracy_curve_over_bits(bundles, sentence, curve, sign):
    """Before match-74 every one of these was planned on gptq_vs_rtn's per-layer error curve at 3
    bits, whose x is the layer index: 'error grows with depth' stood for 'accuracy falls with bits',
    or had no plan at all; the sign was always '+', so "accuracy improves as the bit width
    decreases" was judged as its opposite."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan), plan
    assert (plan.bundle_id, plan.rule) == ("qat_vs_ptq_bits", "trend")
    assert isinstance(plan.expected, Trend) and plan.expected.log2_x
    assert (plan.expected.curve, plan.expected.sign, plan.expected.minus_curve) == (curve, sign, None)


@pytest.mark.parametrize(("sentence", "curve"), [
    ("Wanda's accuracy decreases with increasing sparsity.", "exact_match_vs_sparsity_wanda"),
    ("Accuracy decreases as sparsity increases.", "exact_match_vs_sparsity_magnitude"),
    ("The accuracy of global magnitude pruning drops as sparsity increases.",
     "exact_match_vs_sparsity_magnitude_global"),
    ("Exact match decreases as sparsity increases for both magnitude and Wanda pruning.",
     "exact_match_vs_sparsity_magnitude"),
])
def test_a_trend_over_sparsity_is_the_named_methods_sweep(bundles, sentence, curve):
    """Before match-74 every sparsity trend was magnitude pruning's curve, whichever method the
    claim named; "Exact match decreases ..." read "match" as a direction."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "pruning_sweep", plan
    assert (plan.expected.curve, plan.expected.sign, plan.expected.log2_x) == (curve, "-", False)


def test_a_second_method_and_what_a_slope_cannot_say_are_left_untested(bundles):
    both = _plan("Exact match decreases as sparsity increases for both magnitude and Wanda pruning.", bundles)
    assert any(u.startswith("the curve of Wanda") for u in both.untested), both.untested
    shape = _plan("Accuracy degrades gracefully as bit width decreases from 8 to 3 bits, then collapses at 2 bits.",
                  bundles)
    assert isinstance(shape, ReproPlan) and shape.expected.curve == "exact_match_vs_bits_rtn"
    assert any("'gracefully'" in u for u in shape.untested) and any(u.startswith("the range") for u in shape.untested)
    beyond = _plan("Accuracy drops as sparsity increases beyond 50%.", bundles)
    assert any("'beyond 50%'" in u for u in beyond.untested), beyond.untested
    plain = _plan("Accuracy decreases as sparsity increases.", bundles)
    assert plain.untested == [] and "the claim names no method: magnitude pruning" in plain.reason
    ppl = _plan("Perplexity of RTN increases as the precision decreases.", bundles)
    assert any(u.startswith("the claim's metric (perplexity)") for u in ppl.untested), ppl.untested


@pytest.mark.parametrize(("sentence", "curve", "minus", "absolute", "sign"), [
    ("The gap between QAT and PTQ widens as the bit width decreases.",
     "exact_match_vs_bits_qat_lsq", "exact_match_vs_bits_rtn", True, "-"),
    ("The gap between QAT and PTQ widens at lower bit widths.",
     "exact_match_vs_bits_qat_lsq", "exact_match_vs_bits_rtn", True, "-"),
    ("The gap between GPTQ and RTN widens as the bit width decreases.",
     "exact_match_vs_bits_gptq", "exact_match_vs_bits_rtn", True, "-"),
    ("The gap between STE and LSQ narrows as the bit width increases.",
     "exact_match_vs_bits_qat_ste", "exact_match_vs_bits_qat_lsq", True, "-"),
    ("QAT's advantage over RTN shrinks as the bit width increases.",
     "exact_match_vs_bits_qat_lsq", "exact_match_vs_bits_rtn", False, "-"),
    ("The advantage of QAT over PTQ grows at lower bit widths.",
     "exact_match_vs_bits_qat_lsq", "exact_match_vs_bits_rtn", False, "-"),
    ("QAT outperforms RTN by a larger margin at lower bit widths.",
     "exact_match_vs_bits_qat_lsq", "exact_match_vs_bits_rtn", False, "-"),
    ("The benefit of Wanda over magnitude pruning increases with sparsity.",
     "exact_match_vs_sparsity_wanda", "exact_match_vs_sparsity_magnitude", False, "+"),
    ("The accuracy gap between Wanda and magnitude pruning widens at higher sparsity.",
     "exact_match_vs_sparsity_wanda", "exact_match_vs_sparsity_magnitude", True, "+"),
])
def test_the_gap_between_two_methods_is_the_trend_of_their_difference(bundles, sentence, curve, minus, absolute,
                                                                      sign):
    """Before match-74 these had no plan ("not a model-quality measure"), or "by a larger margin at
    lower bit widths" was one comparison at 4 bits."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.rule == "trend", plan
    e = plan.expected
    assert (e.curve, e.minus_curve, e.absolute, e.sign) == (curve, minus, absolute, sign)
    # an advantage presumes the leader, which the slope does not test; a gap names none
    assert any("is ahead of" in u for u in plan.untested) is (not absolute)


@pytest.mark.parametrize("size", ["full", "small"])
def test_glue_trends_run_on_minilm_with_a_sweep_wide_enough_for_a_slope(bundles, size):
    """MiniLM quantises at 8/4/3 bits (a 2.7x span; the trend rule needs 4x): the plan adds 2 bits.
    Its small size prunes at 30/50/70% only: the plan sweeps 10..90%."""
    bits = _plan("On SST-2, accuracy of RTN drops as the bit width decreases.", bundles, size=size, device="cpu")
    assert isinstance(bits, ReproPlan) and bits.bundle_id == "minilm_sst2_compression", bits
    assert (bits.expected.curve, bits.expected.sign, bits.params["bits"]) == ("accuracy_vs_bits_rtn", "+", [8, 4, 3, 2])
    gap = _plan("On SST-2, the gap between Wanda and magnitude pruning widens as sparsity increases.", bundles,
                size=size, device="cpu")
    assert isinstance(gap, ReproPlan) and gap.bundle_id == "minilm_sst2_compression", gap
    assert (gap.expected.curve, gap.expected.minus_curve) == ("accuracy_vs_sparsity_wanda",
                                                             "accuracy_vs_sparsity_magnitude")
    assert ("sparsities" in gap.params) is (size == "small")
    qat = _plan("On SST-2, QAT accuracy falls at lower bit widths.", bundles, size=size, device="cpu")
    assert isinstance(qat, ReproPlan) and qat.expected.curve == "accuracy_vs_bits_qat", qat


@pytest.mark.parametrize(("sentence", "rule"), [
    ("QAT outperforms PTQ at lower bit widths.", "paired_difference"),
    ("PTQ lags behind QAT at lower bit widths.", "paired_difference"),
    ("GPTQ at a bit width of 4 matches FP16 accuracy.", "paired_difference"),
    ("Magnitude pruning to 50% sparsity increases WikiText-2 perplexity by more than 10x.", None),
])
def test_a_comparison_at_a_width_or_a_width_named_is_not_a_trend(bundles, sentence, rule):
    plan = _plan(sentence, bundles)
    assert not (isinstance(plan, ReproPlan) and plan.rule == "trend"), plan
    if rule is not None:
        assert isinstance(plan, ReproPlan) and plan.rule == rule, plan


@pytest.mark.parametrize(("sentence", "why"), [
    ("AWQ degrades less than RTN as the bit width decreases.", "does not run it"),
    ("SparseGPT accuracy drops as sparsity increases.", "not by SparseGPT"),
])
def test_a_trend_of_a_method_the_runs_do_not_sweep_is_no_bundle(bundles, sentence, why):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category.value == "no_bundle" and why in plan.detail, plan


@pytest.mark.parametrize(("text", "axis"), [
    ("as the bit width decreases", ("bits", False)),
    ("with fewer bits", ("bits", False)),
    ("as the precision increases", ("bits", True)),
    ("the benefit grows with sparsity", ("sparsity", True)),
    ("at higher sparsity", ("sparsity", True)),
    ("as sparsity decreases", ("sparsity", False)),
    ("at a bit width of 4", None),
    ("50% sparsity increases perplexity", None),
    ("with 4 bits", None),
])
def test_the_axis_and_the_way_it_moves(text, axis):
    got = read_axis(text)
    assert (None if got is None else (got.name, got.rises)) == axis


# -- judged -----------------------------------------------------------------------------------------


def _runs(plan, curves_per_seed):
    from repro.records import RunRecord

    return [RunRecord(run_id=f"r{i}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                      size="full", device="cuda", params=dict(plan.config), seed=i, status="ok",
                      started="2026-06-01T00:00:00+00:00", metrics={"fp_exact_match": 0.99, "dense_exact_match": 0.99},
                      curves={k: {"x": x, "y": y} for k, (x, y) in curves.items()},
                      fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json()
            for i, curves in enumerate(curves_per_seed)]


BITS = [8, 4, 3, 2]


def _panel(qat, rtn, n=3):
    return [{"exact_match_vs_bits_qat_lsq": (BITS, [q + 0.001 * i for q in qat]),
             "exact_match_vs_bits_rtn": (BITS, [r - 0.001 * i for r in rtn])} for i in range(n)]


def test_a_widening_gap_is_judged_on_the_difference_of_the_two_curves(bundles):
    plan = _plan("The gap between QAT and PTQ widens as the bit width decreases.", bundles)
    widening = judge_claim(plan, _runs(plan, _panel([0.99, 0.99, 0.98, 0.95], [0.99, 0.97, 0.80, 0.30])))
    assert widening.label == Label.reproduced_at_proxy_scale, widening.reasons
    assert widening.observed < 0  # the gap falls as bits rise
    # both curves fall alike: each falls with bits, but the gap between them does not move
    parallel = judge_claim(plan, _runs(plan, _panel([0.99, 0.90, 0.70, 0.40], [0.99, 0.90, 0.70, 0.40])))
    assert parallel.label != Label.reproduced_at_proxy_scale, parallel.reasons
    # RTN ahead, and further ahead at low bits: the unsigned gap still widens; QAT's advantage does not grow
    reversed_runs = _panel([0.99, 0.97, 0.80, 0.30], [0.99, 0.99, 0.98, 0.95])
    assert judge_claim(plan, _runs(plan, reversed_runs)).label == Label.reproduced_at_proxy_scale
    advantage = _plan("QAT's advantage over RTN grows as the bit width decreases.", bundles)
    v = judge_claim(advantage, _runs(advantage, reversed_runs))
    assert v.label == Label.not_reproduced, v.reasons


def test_a_run_without_the_subtracted_curve_is_not_used_and_unequal_sweeps_are_refused(bundles):
    plan = _plan("The gap between QAT and PTQ widens as the bit width decreases.", bundles)
    runs = _runs(plan, [{"exact_match_vs_bits_qat_lsq": (BITS, [1.0, 1.0, 1.0, 0.9])}] * 3)
    v = judge_claim(plan, runs)
    # a run of the bundle that lacks a curve every run writes is an invalid run, as a missing metric is
    assert v.label == Label.error and v.runs_used == []
    assert all("it reports no curve exact_match_vs_bits_rtn" in r.reason for r in v.runs_rejected)
    odd = _runs(plan, [{"exact_match_vs_bits_qat_lsq": (BITS, [1.0, 1.0, 1.0, 0.9]),
                        "exact_match_vs_bits_rtn": ([8, 4, 3], [1.0, 0.9, 0.5])}] * 3)
    with pytest.raises(InputError, match="different x"):
        judge_claim(plan, odd)


def test_a_plain_trend_is_judged_with_the_sign_the_claim_gives(bundles):
    falls = _plan("Accuracy improves as the bit width decreases.", bundles)
    runs = [{"exact_match_vs_bits_rtn": (BITS, [0.99, 0.97 - 0.01 * i, 0.80, 0.30])} for i in range(3)]
    assert judge_claim(falls, _runs(falls, runs)).label == Label.not_reproduced
    rises = _plan("As the bit width decreases, RTN accuracy drops.", bundles)
    assert judge_claim(rises, _runs(rises, runs)).label == Label.reproduced_at_proxy_scale


def test_a_trend_names_what_it_subtracts():
    with pytest.raises(ValidationError):
        Trend(sign="+", x_param="budget", minus_curve="b", text="t")
    with pytest.raises(ValidationError):
        Trend(sign="+", curve="a", absolute=True, text="t")
    with pytest.raises(ValidationError, match="x_param"):
        Trend(sign="+", curve="a", minus_metric="b", text="t")
    gap = Trend(sign="-", curve="a", minus_curve="b", absolute=True, log2_x=True, text="t")
    assert observed_of("trend", "a", gap) == ("slope of |a - b| on log2 x", "")
    signed = Trend(sign="-", curve="a", minus_curve="b", log2_x=False, text="t")
    assert observed_of("trend", "a", signed) == ("slope of (a - b) on x", "")
    assert observed_of("trend", "a", Trend(sign="+", curve="a", text="t")) == ("slope of a on log2 x", "")



# -- a parameter sweep: SmolLM2's perplexity over sparsity ------------------------------------------------


def test_a_perplexity_trend_over_sparsity_sweeps_smollm2(bundles):
    """Before match-85 'Wanda's WikiText-2 perplexity increases as sparsity increases' ran on the
    proxy's exact match (perplexity named untested): SmolLM2 prunes to its 'sparsity' parameter, so
    the plan runs it at four sparsities, that pruning method alone."""
    plan = _plan("Wanda's WikiText-2 perplexity increases as sparsity increases.", bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "smollm2_wikitext_ppl", plan
    assert (plan.metric, plan.expected.x_param, plan.expected.sign) == ("ppl_wanda_unstructured", "sparsity", "+")
    assert plan.sweep == [0.2, 0.4, 0.6, 0.8] and "sparsity" not in plan.config
    assert plan.params == {"prune_methods": ["wanda"], "ptq_methods": [], "w8a8_methods": []}
    assert plan.untested == []
    unnamed = _plan("On WikiText-2, perplexity rises as sparsity increases.", bundles)
    assert unnamed.metric == "ppl_magnitude_unstructured" and "the claim names no method" in unnamed.reason
    # global magnitude pruning is not a SmolLM2 setting: the proxy's curve, perplexity named untested
    other = _plan("The WikiText-2 perplexity of global magnitude pruning grows with sparsity.", bundles)
    assert other.bundle_id == "pruning_sweep" and other.sweep == []


def test_swept_plans_are_one_per_value_and_only_their_runs_count(bundles):
    from repro.records import RunRecord
    from verifier.verify import swept_plans

    plan = _plan("Wanda's WikiText-2 perplexity increases as sparsity increases.", bundles)
    each = swept_plans(plan.model_dump(mode="json"))
    assert [p["params"]["sparsity"] for p in each] == [0.2, 0.4, 0.6, 0.8]
    assert all(p["params"]["prune_methods"] == ["wanda"] for p in each)
    assert swept_plans({"params": {}, "expected": {"kind": "trend", "curve": "c"}}) == [
        {"params": {}, "expected": {"kind": "trend", "curve": "c"}}]

    def runs(ppl_at, extra=()):
        out = []
        for i, (x, seed) in enumerate([(x, s) for x in [*ppl_at, *extra] for s in (0, 1, 2)]):
            out.append(RunRecord(
                run_id=f"r{i:02d}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                size="full", device="cuda", params={**plan.config, **plan.params, "sparsity": x}, seed=seed,
                status="ok", started="2026-06-01T00:00:00+00:00",
                metrics={"ppl_baseline_gguf_fp32": 20.0, plan.metric: ppl_at.get(x, 21.0) * (1 + 0.01 * seed)},
                curves={}, fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json())
        return out

    rising = runs({0.2: 21.0, 0.4: 24.0, 0.6: 35.0, 0.8: 200.0}, extra=(0.5,))
    v = judge_claim(plan, rising)
    assert v.label == Label.reproduced_at_proxy_scale and v.observed > 0, v.reasons
    assert len(v.runs_used) == 12  # the three runs at 50% (a default run) are not among the swept values
    assert sum("is not one of the plan's swept values" in r.reason for r in v.runs_rejected) == 3
    falling = runs({0.2: 40.0, 0.4: 30.0, 0.6: 25.0, 0.8: 21.0})
    assert judge_claim(plan, falling).label == Label.not_reproduced


def test_a_sweep_names_a_trend_over_one_parameter():
    from verifier.verdicts import ReproPlan as Plan

    base = dict(claim_ref="c", bundle_id="b", bundle_version="1", seal="sha256:" + "0" * 64, size="full",
                seeds=[0], metric="m", metric_direction="lower", rule="trend", scale="proxy", reason="r")
    Plan(**base, expected=Trend(sign="+", x_param="sparsity", text="t"), sweep=[0.2, 0.4, 0.6])
    with pytest.raises(ValidationError, match="at least 3"):
        Plan(**base, expected=Trend(sign="+", x_param="sparsity", text="t"), sweep=[0.2, 0.4])
    with pytest.raises(ValidationError, match="x_param"):
        Plan(**{**base, "metric_direction": None}, expected=Trend(sign="+", curve="c", text="t"), sweep=[0.2, 0.4, 0.6])
    with pytest.raises(ValidationError, match="is swept"):
        Plan(**base, expected=Trend(sign="+", x_param="sparsity", text="t"), sweep=[0.2, 0.4, 0.6],
             params={"sparsity": 0.5})


def test_a_sweeps_runs_show_their_value_and_the_slope_its_parameter():
    from verifier.report_views import run_view

    sweep = Trend(sign="+", x_param="sparsity", log2_x=False, text="t")
    assert observed_of("trend", "ppl_wanda_unstructured", sweep) == ("slope of ppl_wanda_unstructured on sparsity", "")
    record = {"run_id": "r1", "bundle_id": "b", "status": "ok", "size": "small", "seed": 2, "device": "cpu",
              "fingerprint": {}, "duration_s": 1.0, "params": {"sparsity": 0.6, "bits": [4, 3]}}
    assert run_view(record, None, "sparsity").swept == "sparsity 0.6"
    assert run_view(record).swept is None


def test_a_perplexity_gap_over_sparsity_runs_both_methods_in_each_sweep_run(bundles):
    """Since match-87 the gap between Wanda and magnitude pruning in WikiText-2 perplexity is swept
    on SmolLM2 (both pruned in each run, their difference per run: Trend.minus_metric) rather than
    the proxy's exact-match curves; an advantage is signed (lower perplexity is better)."""
    from repro.records import RunRecord

    gap = _plan("On WikiText-2, the gap between Wanda and magnitude pruning widens at higher sparsity.", bundles)
    assert isinstance(gap, ReproPlan) and gap.bundle_id == "smollm2_wikitext_ppl", gap
    e = gap.expected
    assert (e.x_param, e.minus_metric, e.absolute, e.sign) == ("sparsity", "ppl_magnitude_unstructured", True, "+")
    assert gap.metric == "ppl_wanda_unstructured" and gap.params["prune_methods"] == ["magnitude", "wanda"]
    lead = _plan("Wanda's advantage over magnitude pruning in WikiText-2 perplexity grows with sparsity.", bundles)
    assert (lead.expected.absolute, lead.expected.sign) == (False, "-")  # Wanda minus magnitude falls
    assert observed_of("trend", gap.metric, e) == (
        "slope of |ppl_wanda_unstructured - ppl_magnitude_unstructured| on sparsity", "")

    def runs(wanda, magnitude):
        return [RunRecord(run_id=f"r{i:02d}", bundle_id=gap.bundle_id, bundle_version=gap.bundle_version,
                          seal=gap.seal, size="full", device="cuda",
                          params={**gap.config, **gap.params, "sparsity": x}, seed=seed, status="ok",
                          started="2026-06-01T00:00:00+00:00",
                          metrics={"ppl_baseline_gguf_fp32": 20.0, "ppl_wanda_unstructured": wanda[j] + seed,
                                   "ppl_magnitude_unstructured": magnitude[j] + 2 * seed},
                          curves={}, fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json()
                for i, (j, x, seed) in enumerate((j, x, s) for j, x in enumerate([0.2, 0.4, 0.6, 0.8])
                                                 for s in (0, 1, 2))]

    widening = runs([21.0, 25.0, 40.0, 90.0], [22.0, 40.0, 300.0, 5000.0])
    assert judge_claim(gap, widening).label == Label.reproduced_at_proxy_scale
    assert judge_claim(lead, widening).label == Label.partially_reproduced  # grows; "ahead" untested
    same = runs([21.0, 25.0, 40.0, 90.0], [21.0, 25.0, 40.0, 90.0])
    assert judge_claim(gap, same).label != Label.reproduced_at_proxy_scale


@pytest.mark.parametrize(("sentence", "sign", "bits"), [
    ("Allocating more of the compute budget to QAT improves the final accuracy.", "+", None),
    ("Spending a larger fraction of the training budget on QAT improves accuracy.", "+", None),
    ("Accuracy increases with the share of compute spent on QAT.", "+", None),
    ("At a fixed compute budget, a longer QAT phase yields a more accurate quantized model.", "+", None),
    ("A larger QAT fraction hurts accuracy at 4 bits.", "-", 4),
])
def test_quality_over_the_qat_share_of_one_budget_is_the_slope_of_that_budgets_curve(bundles, sentence, sign, bits):
    """Before match-88 the first was planned as 4-bit QAT beating RTN, the second and third had no
    direction to test (they were read as the best fraction moving with compute)."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "qat_compute_share", plan
    assert (plan.expected.curve, plan.expected.sign, plan.expected.log2_x) == (
        "exact_match_vs_qat_fraction_b4000", sign, False)
    assert plan.params.get("bits") == bits and plan.untested == []
    small = _plan(sentence, bundles, size="small", device="cpu")
    assert small.expected.curve == "exact_match_vs_qat_fraction_b800"  # the small size's largest budget
    # smoke sweeps two fractions: the plan runs the four a slope needs
    smoke = _plan(sentence, bundles, size="smoke", device="cpu")
    assert smoke.params["qat_fractions"] == [0.0, 0.1, 0.25, 0.5]


def test_the_best_share_over_budgets_and_a_longer_qat_without_a_fixed_budget_are_not_that_slope(bundles):
    best = _plan("The optimal QAT fraction grows with the total compute budget.", bundles)
    assert isinstance(best, ReproPlan) and best.expected.curve == "best_qat_fraction_vs_budget"
    longer = _plan("A longer QAT phase improves accuracy.", bundles)  # more training, not a share of the same
    assert isinstance(longer, Untestable) and "longer QAT schedule" in longer.detail, longer


def test_a_qat_share_trend_judged_on_its_budgets_curve(bundles):
    plan = _plan("Allocating more of the compute budget to QAT improves the final accuracy.", bundles)
    fractions = [0.0, 0.1, 0.25, 0.5]

    def runs(ys):
        records = _runs(plan, [{plan.expected.curve: (fractions, [y + 0.002 * i for y in ys])} for i in range(3)])
        # the plan's precondition: the best model of the largest budget learned the task
        return [{**r, "metrics": {**r["metrics"], "best_exact_match_largest_budget": max(ys)}} for r in records]

    assert judge_claim(plan, runs([0.60, 0.80, 0.90, 0.95])).label == Label.reproduced_at_proxy_scale
    assert judge_claim(plan, runs([0.95, 0.90, 0.80, 0.60])).label == Label.not_reproduced


@pytest.mark.parametrize(("sentence", "metric", "sign"), [
    ("GPTQ perplexity improves with more calibration samples.", "ppl_gptq_w3", "-"),
    ("As the number of calibration samples increases, GPTQ's WikiText-2 perplexity decreases.", "ppl_gptq_w3", "-"),
    ("GPTQ's perplexity gets worse with fewer calibration samples.", "ppl_gptq_w3", "-"),
    ("Wanda's WikiText-2 perplexity decreases with more calibration samples.", "ppl_wanda_unstructured", "-"),
    ("At 4 bits, GPTQ's perplexity increases with more calibration samples.", "ppl_gptq_w4", "+"),
])
def test_quality_over_the_calibration_sets_size_sweeps_smollm2s_n_calib(bundles, sentence, metric, sign):
    """Before match-88 these had no plan, or 'one calibration set per run'. The plan runs SmolLM2 with
    each calibration set size and fits perplexity on log2 of it."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "smollm2_wikitext_ppl", plan
    assert (plan.metric, plan.expected.x_param, plan.expected.sign, plan.expected.log2_x) == (
        metric, "n_calib", sign, True)
    assert plan.sweep == [16.0, 32.0, 64.0, 128.0] and "n_calib" not in plan.params
    small = _plan(sentence, bundles, size="small", device="cpu")
    assert small.sweep == [4.0, 8.0, 16.0, 32.0] and "calibration on 32 x" not in small.reason


def test_a_calibration_trend_of_a_method_that_does_not_calibrate_or_two_sets_is_not_swept(bundles):
    rtn = _plan("RTN's perplexity improves with more calibration data.", bundles)
    assert isinstance(rtn, Untestable) and "only SmolLM2's GPTQ, AWQ and Wanda runs" in rtn.detail, rtn
    two = _plan("Increasing the calibration set from 128 to 1024 samples improves GPTQ.", bundles)
    assert isinstance(two, Untestable) and two.detail.startswith("a comparison of calibration sets"), two


def test_a_swept_whole_number_reaches_the_bundle_as_an_int(bundles):
    from verifier.verify import swept_plans

    plan = _plan("GPTQ perplexity improves with more calibration samples.", bundles, size="small", device="cpu")
    runs = swept_plans(plan.model_dump(mode="json"))
    assert [r["params"]["n_calib"] for r in runs] == [4, 8, 16, 32]
    assert all(type(r["params"]["n_calib"]) is int for r in runs)  # the bundle's int parameter refuses 4.0
