"""Quantisation grids compared (verifier.granularity): per group against per channel on
gptq_vs_rtn's runs, which quantise both ways at 4 and 3 bits."""

import pytest

from verifier.claims import ClaimKind
from verifier.extract import extract_claims
from verifier.granularity import read_grids
from verifier.judge import judge_claim
from verifier.markdown import parse_markdown
from verifier.match import load_bundles, plan_claim
from verifier.verdicts import Label, ReproPlan, Untestable


@pytest.fixture(scope="module")
def bundles():
    return load_bundles()


def _plan(sentence, bundles, size="full", device="cuda"):
    doc = parse_markdown(f"# Compressing transformers\n\n## Results\n\n{sentence}\n".encode(), name="t.md")
    (c,) = [c for c in extract_claims(doc) if c.kind is not ClaimKind.setup]
    return plan_claim(c, "c1", bundles, size=size, device=device)


@pytest.mark.parametrize(("sentence", "metric", "op", "baseline"), [
    ("Group-wise quantization with group size 128 significantly improves RTN at 3 bits.",
     "rtn_w3_group_exact_match", "better", "rtn_w3_channel_exact_match"),
    ("Grouped quantization has a far better performance compared to no-group quantization.",
     "rtn_w3_group_exact_match", "better", "rtn_w3_channel_exact_match"),
    ("The performance of no-group quantization is still far behind grouped quantization at a similar cost.",
     "rtn_w3_channel_exact_match", "worse", "rtn_w3_group_exact_match"),
    ("GPTQ with per-channel quantization is worse than with group-wise quantization at 4 bits.",
     "gptq_w4_channel_exact_match", "worse", "gptq_w4_group_exact_match"),
    ("At 4 bits, group-wise and per-channel RTN perform similarly.",
     "rtn_w4_group_exact_match", "equal", "rtn_w4_channel_exact_match"),
    ("Per-group quantization reduces the reconstruction error of GPTQ compared to per-channel quantization at 3 bits.",
     "gptq_w3_group_mean_rel_error", "better", "gptq_w3_channel_mean_rel_error"),
    ("With group size 128, 3-bit RTN matches 4-bit per-channel RTN.",
     "rtn_w3_group_exact_match", "equal", "rtn_w4_channel_exact_match"),
])
def test_two_grids_are_compared_in_the_same_runs(bundles, sentence, metric, op, baseline):
    """Before match-75 each had no plan ('not a model-quality measure', 'no bundle measures this for
    quantization'), though gptq_vs_rtn scores both grids in every run; 'no-group ... far behind ...
    at a similar cost' must not read the cost's parity as the grids'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.bundle_id == "gptq_vs_rtn", plan
    assert (plan.metric, plan.expected.op, plan.expected.baseline_metric) == (metric, op, baseline)
    assert plan.preconditions == {"fp_exact_match": 0.5}


def test_a_stated_group_size_is_run_where_it_divides_the_rows(bundles):
    full = _plan("Group-wise quantization with a group size of 64 outperforms per-channel quantization for GPTQ at "
                 "4 bits.", bundles)
    assert full.params == {"group_size": 64} and "group size 64" in full.reason and full.untested == []
    small = _plan("Group-wise quantization with group size 128 significantly improves RTN at 3 bits.", bundles,
                  size="small", device="cpu")
    assert small.params == {} and small.config["group_size"] == 32
    assert any(u.startswith("the group size the claim states (128)") for u in small.untested), small.untested


@pytest.mark.parametrize(("sentence", "why"), [
    ("Per-channel quantization outperforms per-tensor quantization at 4 bits.", "not per tensor"),
    ("AWQ with grouping outperforms per-channel AWQ.", "not for AWQ"),
    ("At 2 bits, group-wise RTN outperforms per-channel RTN.", "not at 2"),
])
def test_grids_the_runs_do_not_have_are_no_bundle(bundles, sentence, why):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category.value == "no_bundle" and why in plan.detail, plan


@pytest.mark.parametrize("text", [
    "But for no-group quantization, we can only protect one input channel for the entire weight.",
    "We use group size 128 for all experiments.",
    "Per-channel quantization is used for the weights.",
])
def test_one_grid_named_is_no_comparison_of_grids(text):
    assert read_grids(text) is None


def test_the_grids_judged_on_stored_style_runs(bundles):
    from repro.records import RunRecord

    plan = _plan("Grouped quantization has a far better performance compared to no-group quantization.", bundles)

    def runs(group, channel):
        return [RunRecord(run_id=f"r{i}", bundle_id=plan.bundle_id, bundle_version=plan.bundle_version, seal=plan.seal,
                          size="full", device="cuda", params=dict(plan.config), seed=i, status="ok",
                          started="2026-06-01T00:00:00+00:00",
                          metrics={"fp_exact_match": 0.99, plan.metric: g, plan.expected.baseline_metric: c},
                          curves={}, fingerprint={"gpu_name": "NVIDIA H100 80GB HBM3"}, tables={}).to_json()
                for i, (g, c) in enumerate(zip(group, channel))]

    assert judge_claim(plan, runs([0.95, 0.96, 0.94], [0.80, 0.82, 0.79])).label == Label.reproduced_at_proxy_scale
    assert judge_claim(plan, runs([0.80, 0.82, 0.79], [0.95, 0.96, 0.94])).label == Label.not_reproduced
