"""The judge: interval statistics against hand computations, and every verdict rule on stored-run dicts."""

import math
import random

import numpy as np
import pytest
from pydantic import ValidationError

from repro.records import RunRecord
from verifier.claims import Quantity
from verifier.errors import InputError
from verifier.intervals import t_quantile
from verifier.judge import (
    MORE_SEEDS,
    RULES,
    judge_claim,
    paired_bootstrap,
    prediction_interval,
    trend_test,
    unit_factor,
)
from verifier.verdicts import (
    Comparison,
    Label,
    ReproPlan,
    Trend,
    hardware_class,
    same_hardware_class,
)

SEAL = "sha256:" + "ab" * 32
OTHER_SEAL = "sha256:" + "cd" * 32
H100 = "NVIDIA H100 80GB HBM3"


def run(run_id, seed, metrics=None, *, status="ok", reason=None, gpu=H100, params=None, curves=None, seal=SEAL,
        size="full", tables=None, started="2026-06-01T00:00:00+00:00"):
    """A RunRecord JSON dict as the runner stores it."""
    return RunRecord(
        run_id=run_id, bundle_id="bench", bundle_version="1.0.0", seal=seal, size=size, device="cuda",
        params={"bits": 4} if params is None else params, seed=seed, status=status,
        started=started, reason=reason, metrics=metrics or {}, curves=curves or {},
        fingerprint={"gpu_name": gpu, "cpu_model": "Intel Xeon", "torch": "2.13.0"}, tables=tables or {},
    ).to_json()


def plan(**kw):
    base = {
        "claim_ref": "claim:1", "bundle_id": "bench", "bundle_version": "1.0.0", "seal": SEAL, "params": {"bits": 4},
        "size": "full", "seeds": [0, 1, 2, 3, 4], "metric": "acc", "metric_direction": "higher",
        "metric_unit": "fraction", "expected": Quantity(value=42.2, unit="%", text="42.2%"), "rule": "value",
        "scale": "faithful", "reason": "the bundle measures held-out accuracy at 4 bits",
    }
    base.update(kw)
    return ReproPlan(**base)


def acc_runs(values, metric="acc", **kw):
    return [run(f"r{i}", i, {metric: v}, **kw) for i, v in enumerate(values)]


# -- statistics -----------------------------------------------------------------------------------


def test_t_quantile_matches_the_table():
    assert t_quantile(0.975, 1) == pytest.approx(12.7062, abs=1e-4)
    assert t_quantile(0.975, 4) == pytest.approx(2.776445, abs=1e-6)
    assert t_quantile(0.95, 10) == pytest.approx(1.812461, abs=1e-6)
    assert t_quantile(0.975, 30) == pytest.approx(2.042272, abs=1e-6)
    assert t_quantile(0.025, 4) == pytest.approx(-2.776445, abs=1e-6)


def test_prediction_interval_by_hand():
    # mean 3, s^2 = 10/4 = 2.5, sqrt(1 + 1/5) = sqrt(1.2); 2.5 * 1.2 = 3, so the half-width is t(0.975, 4) * sqrt(3)
    pi = prediction_interval([1, 2, 3, 4, 5])
    half = 2.776445 * math.sqrt(3.0)
    assert pi.low == pytest.approx(3 - half, abs=1e-5) and pi.high == pytest.approx(3 + half, abs=1e-5)
    assert (pi.n, pi.level) == (5, 0.95)
    with pytest.raises(InputError):
        prediction_interval([0.5])


def test_paired_bootstrap_covers_the_true_difference():
    # 200 synthetic experiments of 20 seeds; a percentile bootstrap of a mean over 20 values covers about 93%
    rng = np.random.default_rng(7)
    covered = 0
    for trial in range(200):
        base = rng.normal(0.6, 0.1, size=20)  # seed-to-seed variation shared by both sides
        a = {s: float(base[s] + 0.05 + rng.normal(0, 0.01)) for s in range(20)}
        b = {s: float(base[s] + rng.normal(0, 0.01)) for s in range(20)}
        res = paired_bootstrap(a, b, n=1000, seed=trial)
        covered += res.interval.low <= 0.05 <= res.interval.high
        if trial == 0:
            first = res
    assert covered >= 170, f"the interval covered the true difference {covered}/200 times"
    assert first.interval.low > 0, "pairing removes the shared variation: the difference is clear"
    assert first.interval.high - first.interval.low < 0.05
    assert paired_bootstrap(a, b, n=1000, seed=99) == paired_bootstrap(a, b, n=1000, seed=99)


def test_trend_test_design_and_slope():
    res = trend_test([2, 4, 8], [1.0, 2.0, 3.1])
    assert res.testable and res.slope == pytest.approx(1.05) and res.interval.low > 0
    assert not trend_test([2, 4, 6], [1, 2, 3]).testable  # 3x span
    assert not trend_test([2, 8, 2, 8], [1, 2, 1, 2]).testable  # two distinct x
    assert "log2" in trend_test([0, 2, 8], [1, 2, 3]).reason


# -- value rule -----------------------------------------------------------------------------------


def test_claim_inside_the_band_is_reproduced():
    v = judge_claim(plan(), acc_runs([0.421, 0.423, 0.420, 0.424, 0.422]))
    assert v.label == Label.reproduced
    assert v.expected_value == pytest.approx(0.422)
    assert v.band.low <= 0.422 <= v.band.high
    assert v.runs_used == ["r0", "r1", "r2", "r3", "r4"] and v.runs_rejected == []
    assert v.interval.method == "t prediction" and v.judge_version


def test_hardware_is_reported_for_every_rule():
    runs = acc_runs([0.421, 0.423, 0.420, 0.424, 0.422])
    assert judge_claim(plan(claim_hardware="H100"), runs).hardware_comparable is True
    assert judge_claim(plan(claim_hardware="V100"), runs).hardware_comparable is False
    assert judge_claim(plan(claim_hardware="a GPU"), runs).hardware_comparable is None
    assert judge_claim(plan(claim_hardware="V100"), runs).label == Label.reproduced  # accuracy does not need it


def test_claim_outside_the_band_is_not_reproduced():
    v = judge_claim(plan(), acc_runs([0.401, 0.403, 0.400, 0.404, 0.402]))
    assert v.label == Label.not_reproduced
    assert not (v.band.low <= 0.422 <= v.band.high)


def test_wide_band_is_inconclusive():
    v = judge_claim(plan(), acc_runs([0.2, 0.6, 0.4, 0.3, 0.5]))
    assert v.label == Label.inconclusive
    assert any("too wide" in r for r in v.reasons)


def test_one_run_needs_a_stated_tolerance():
    one = [run("r0", 0, {"acc": 0.4221})]
    assert judge_claim(plan(), one).label == Label.inconclusive  # rounding alone does not decide
    stated = plan(tolerance=0.5)  # "within half a point", in the claim's unit (%)
    assert judge_claim(stated, one).label == Label.reproduced
    assert judge_claim(stated, [run("r0", 0, {"acc": 0.43})]).label == Label.not_reproduced


def test_at_least_and_within_bounds():
    at_least = plan(expected=Quantity(value=40, unit="%", qualifier="at_least", text="at least 40%"))
    assert judge_claim(at_least, acc_runs([0.421, 0.423, 0.420, 0.424, 0.422])).label == Label.reproduced
    assert judge_claim(at_least, acc_runs([0.351, 0.353, 0.350, 0.354, 0.352])).label == Label.not_reproduced
    within = plan(metric="drop", expected=Quantity(value=1, unit="%", qualifier="within", text="within 1%"))
    assert judge_claim(within, acc_runs([-0.004, -0.006, -0.005], metric="drop")).label == Label.reproduced
    assert judge_claim(within, acc_runs([-0.05, -0.052, -0.051], metric="drop")).label == Label.not_reproduced


def test_failed_runs_never_raise_a_verdict():
    runs = acc_runs([0.301, 0.303, 0.302]) + [
        run("r7", 3, {"acc": 0.422}, status="failed", reason="forged or invalid result: metric claims seed 9"),
        run("r8", 4, {"acc": 0.422}, status="killed", reason="out of memory"),
        run("r9", 4, {"acc": 0.422}, status="timeout", reason="over 600 s"),
    ]
    v = judge_claim(plan(), runs)
    assert v.label == Label.not_reproduced  # the failed runs' perfect numbers were not used
    assert v.runs_used == ["r0", "r1", "r2"]
    reasons = {r.run_id: r.reason for r in v.runs_rejected}
    assert reasons["r7"].startswith("forged") and "killed" in reasons["r8"] and "timeout" in reasons["r9"]
    only_failed = judge_claim(plan(), runs[3:])
    assert only_failed.label == Label.error and only_failed.runs_used == []


def test_runs_outside_the_plan_are_rejected_with_why():
    runs = [run("a", 0, {"acc": 0.422}, seal=OTHER_SEAL), run("b", 1, {"acc": 0.422}, params={"bits": 8}),
            run("c", 9, {"acc": 0.422}), run("d", 2, {"other": 0.4})]
    v = judge_claim(plan(), runs)
    why = {r.run_id: r.reason for r in v.runs_rejected}
    assert "seal" in why["a"] and "bits" in why["b"] and "seed 9" in why["c"] and "acc" in why["d"]
    assert v.label == Label.error  # "d" matched the plan but reported no metric: something must be fixed
    assert judge_claim(plan(), runs[:3]).label == Label.inconclusive
    assert judge_claim(plan(), []).label == Label.inconclusive


def test_duplicate_seed_uses_the_smaller_run_id():
    v = judge_claim(plan(tolerance=1.0), [run("z", 0, {"acc": 0.1}), run("a", 0, {"acc": 0.422})])
    assert v.runs_used == ["a"] and v.label == Label.reproduced
    assert "run a is used" in v.runs_rejected[0].reason


def test_runs_of_another_configuration_are_not_pooled():
    """A plan records the bundle's other settings; a run with another group size ran another
    experiment, even though the plan does not bind that parameter."""
    better = Comparison(baseline_metric="rtn", op="better", text="GPTQ beats RTN")
    cfg = {"group_size": 64, "n_calib": 128}
    p = plan(metric="gptq", rule="paired_difference", expected=better, seeds=[0, 1, 2], config=cfg)
    same = [run(f"r{i}", i, {"gptq": 0.8 + i / 100, "rtn": 0.7}, params={"bits": 4, **cfg}) for i in range(3)]
    other = run("a0", 0, {"gptq": 0.1, "rtn": 0.9}, params={"bits": 4, "group_size": 0, "n_calib": 128})
    older = run("a1", 1, {"gptq": 0.1, "rtn": 0.9}, params={"bits": 4})  # a record without the setting
    v = judge_claim(p, [other, older, *same])
    assert v.runs_used == ["r0", "r1", "r2"] and v.label == Label.reproduced
    why = {r.run_id: r.reason for r in v.runs_rejected}
    assert why["a0"] == "another configuration of the bundle: group_size=0 (plan 64)"
    assert why["a1"].startswith("another configuration") and "group_size=None (plan 64)" in why["a1"]
    # without the other runs, the mixed pool would have decided the other way
    assert judge_claim(p.model_copy(update={"config": {}}), [other, older, *same]).label != Label.reproduced


def test_a_run_of_fewer_settings_did_not_compute_the_plans_and_is_no_failure():
    """A run split by method (its 'selects' parameters narrowed) lacks the other methods' metrics: it
    is set aside, not counted as a failed run; a run asked for every setting that lacks one is."""
    better = Comparison(baseline_metric="rtn", op="better", text="AWQ beats RTN")
    p = plan(metric="awq", rule="paired_difference", expected=better, seeds=[0, 1, 2],
             selects={"methods": ["rtn", "gptq", "awq"]})
    split = [run(f"s{i}", i, {"gptq": 0.8, "rtn": 0.7}, params={"bits": 4, "methods": ["rtn", "gptq"]})
             for i in range(3)]
    v = judge_claim(p, split)
    assert v.label == Label.inconclusive and "no run matches the plan" in " ".join(v.reasons)
    assert v.runs_rejected[0].reason.startswith("it did not compute this setting (methods=['rtn', 'gptq']")
    broken = run("b0", 0, {"gptq": 0.8, "rtn": 0.7}, params={"bits": 4, "methods": ["rtn", "gptq", "awq"]})
    assert judge_claim(p, [broken]).label == Label.error  # asked for awq, reported none: something to fix


def test_runs_that_read_other_inputs_are_not_pooled():
    """Runs of two models (or two versions of a data file) never make one verdict: the inputs most
    runs read win, and the others are listed with the files that differ."""
    def files(model_sha):
        return {"model": [{"path": "m.gguf", "sha256": model_sha, "size": 1}],
                "data_files": [{"path": "test.raw", "sha256": "d" * 64, "size": 2, "rows": 3}]}

    better = Comparison(baseline_metric="rtn", op="better", text="GPTQ beats RTN")
    p = plan(metric="gptq", rule="paired_difference", expected=better, seeds=[0, 1, 2])
    ours = [run(f"r{i}", i, {"gptq": 0.8 + i / 100, "rtn": 0.7}, tables=files("a" * 64)) for i in range(3)]
    theirs = [run(f"a{i}", i, {"gptq": 0.1, "rtn": 0.9}, tables=files("b" * 64)) for i in range(2)]
    v = judge_claim(p, theirs + ours)
    assert v.runs_used == ["r0", "r1", "r2"] and v.label == Label.reproduced  # a0 < r0 in id, yet not "a second run"
    why = {r.run_id: r.reason for r in v.runs_rejected}
    assert set(why) == {"a0", "a1"}
    assert why["a0"] == ("read other inputs than the runs used: m.gguf (model) sha256 bbbbbbbbbbbb, "
                         "where they read m.gguf (model) sha256 aaaaaaaaaaaa")
    # seeds count, not runs: three reruns of one seed do not outvote two seeds
    reruns = [run(f"b{i}", 0, {"gptq": 0.1, "rtn": 0.9}, tables=files("b" * 64)) for i in range(3)]
    assert judge_claim(p, reruns + ours[:2]).runs_used == ["r0", "r1"]
    # a tie goes to the inputs of the earliest started run
    early = [run(f"e{i}", i, {"gptq": 0.8, "rtn": 0.7}, tables=files("e" * 64), started="2026-01-01T00:00:00+00:00")
             for i in range(3)]
    assert judge_claim(p, ours + early).runs_used == ["e0", "e1", "e2"]


def test_unit_mismatch_is_bad_input():
    assert unit_factor("%", "fraction") == 0.01 and unit_factor("s", "ms") == 1000.0
    with pytest.raises(InputError, match="cannot be converted"):
        judge_claim(plan(metric_unit="ms"), acc_runs([0.4, 0.41]))


# -- proxy scale ----------------------------------------------------------------------------------


def test_proxy_scale_caps_the_label():
    v = judge_claim(plan(scale="proxy"), acc_runs([0.421, 0.423, 0.420, 0.424, 0.422]))
    assert v.label == Label.reproduced_at_proxy_scale and v.scale == "proxy"
    with pytest.raises(ValidationError, match="proxy"):
        plan(size="smoke")
    with pytest.raises(ValidationError, match="proxy"):
        plan(size="small")


def test_a_proxy_scale_failure_says_it_holds_for_the_stand_in_only():
    runs = acc_runs([0.401, 0.403, 0.400, 0.404, 0.402])
    proxy, faithful = judge_claim(plan(scale="proxy"), runs), judge_claim(plan(), runs)
    assert proxy.label == faithful.label == Label.not_reproduced and proxy.scale == "proxy"
    assert any("stand-in model" in r for r in proxy.reasons)
    assert not any("stand-in model" in r for r in faithful.reasons)


# -- speed ----------------------------------------------------------------------------------------


def speed_plan(value, text, *, qualifier="eq", hardware="A100", **kw):
    return plan(metric="speedup", metric_unit="x", rule="speed", claim_hardware=hardware,
                expected=Quantity(value=value, unit="x", qualifier=qualifier, text=text), **kw)


def test_hardware_classes():
    assert hardware_class(H100) == hardware_class("H100") == "H100"
    assert hardware_class("NVIDIA A100-SXM4-80GB") == "A100"
    assert same_hardware_class("H100", H100) is True
    assert same_hardware_class("A100", H100) is False
    assert same_hardware_class(None, H100) is None
    assert hardware_class("cuda GPU") is None and hardware_class("CPU") is None  # a kind of device, not a model
    assert same_hardware_class("A100", "CPU") is False and same_hardware_class("A100", "cuda GPU") is None
    assert same_hardware_class("A100", "AMD EPYC 7B13") is False
    assert hardware_class("Intel(R) Xeon(R) Platinum 8480+") == hardware_class("Intel Xeon Platinum 8480+")
    assert speed_plan(2.1, "2.1x", hardware="H100", run_hardware=H100).hardware_match is True
    with pytest.raises(ValidationError, match="contradicts"):
        speed_plan(2.1, "2.1x", hardware="A100", run_hardware=H100, hardware_match=True)


def test_speed_on_other_hardware_is_not_comparable_but_direction_is_tested():
    faster = judge_claim(speed_plan(2.1, "2.1x"), acc_runs([1.60, 1.70, 1.65], metric="speedup"))
    assert faster.label == Label.not_comparable
    assert faster.hardware_comparable is False and faster.direction_holds is True
    slower = judge_claim(speed_plan(2.1, "2.1x"), acc_runs([0.80, 0.85, 0.90], metric="speedup"))
    assert slower.label == Label.not_comparable and slower.direction_holds is False
    unnamed = judge_claim(speed_plan(2.1, "2.1x", hardware=None), acc_runs([1.6, 1.7, 1.65], metric="speedup"))
    assert unnamed.label == Label.not_comparable


def test_speed_on_the_same_hardware_compares_the_number():
    same = speed_plan(1.7, "1.7x", hardware="H100")
    assert judge_claim(same, acc_runs([1.68, 1.70, 1.72], metric="speedup")).label == Label.reproduced
    bigger = judge_claim(speed_plan(2.5, "2.5x", hardware="H100"), acc_runs([1.68, 1.70, 1.72], metric="speedup"))
    assert bigger.label == Label.partially_reproduced and bigger.direction_holds is True
    mixed = acc_runs([1.68, 1.70, 1.72], metric="speedup") + [run("r9", 3, {"speedup": 9.0}, gpu="NVIDIA A100")]
    v = judge_claim(same, mixed)
    assert v.label == Label.reproduced and "r9" not in v.runs_used
    assert "other hardware class" in {r.run_id: r.reason for r in v.runs_rejected}["r9"]


def test_up_to_is_an_upper_bound():
    up_to = speed_plan(2.0, "up to 2x", qualifier="up_to", hardware="H100")
    assert judge_claim(up_to, acc_runs([1.80, 1.85, 1.90], metric="speedup")).label == Label.reproduced
    above = judge_claim(up_to, acc_runs([2.90, 3.00, 3.10], metric="speedup"))
    assert above.label == Label.partially_reproduced
    assert judge_claim(up_to, acc_runs([0.90, 0.95, 0.92], metric="speedup")).label == Label.not_reproduced
    assert judge_claim(up_to, acc_runs([0.80, 1.20, 1.00], metric="speedup")).label == Label.inconclusive


# -- paired differences ---------------------------------------------------------------------------


def pair_runs(a, b):
    return [run(f"r{i}", i, {"gptq": x, "rtn": y}) for i, (x, y) in enumerate(zip(a, b))]


def test_paired_difference_follows_the_metric_direction():
    runs = pair_runs([0.81, 0.79, 0.84, 0.80, 0.82], [0.71, 0.70, 0.75, 0.69, 0.73])
    better = Comparison(baseline_metric="rtn", op="better", text="GPTQ beats RTN")
    v = judge_claim(plan(metric="gptq", rule="paired_difference", expected=better), runs)
    assert v.label == Label.reproduced and v.interval.low > 0
    assert v.interval.method == "paired bootstrap and t, the wider"
    as_error = judge_claim(plan(metric="gptq", metric_direction="lower", rule="paired_difference", expected=better), runs)
    assert as_error.label == Label.not_reproduced  # for an error metric, higher is worse
    margin = Comparison(baseline_metric="rtn", op="gt", margin=Quantity(value=30, unit="pp", text="30 points"),
                        text="GPTQ beats RTN by 30 points")
    assert judge_claim(plan(metric="gptq", rule="paired_difference", expected=margin), runs).label == \
        Label.partially_reproduced
    two = judge_claim(plan(metric="gptq", rule="paired_difference", expected=better), runs[:2])
    assert two.label == Label.inconclusive


def test_three_seeds_that_agree_in_sign_but_not_in_size_decide_nothing():
    # Wanda - magnitude on pruning_sweep's small size, seeds 0-2 (runs-cpu/2026-12-06-threads): all
    # three negative, so the bootstrap alone (about their range) excluded zero and judge-10 said
    # "not reproduced"; the paired t interval, -0.527..+0.175, does not
    runs = pair_runs([0.576, 0.720, 0.830], [0.912, 0.844, 0.898])
    better = Comparison(baseline_metric="rtn", op="better", text="Wanda outperforms magnitude pruning")
    v = judge_claim(plan(metric="gptq", rule="paired_difference", expected=better), runs)
    assert v.label == Label.inconclusive and v.direction_holds is None
    assert v.interval.low == pytest.approx(-0.52717, abs=1e-4) and v.interval.high == pytest.approx(0.17517, abs=1e-4)
    assert any("paired bootstrap -0.336..-0.068 and paired t" in r for r in v.reasons), v.reasons
    assert v.reasons[-1].startswith("the bootstrap alone would say not reproduced; the t interval does not")
    # the same mean with differences that agree in size is decided
    close = pair_runs([0.700, 0.710, 0.720], [0.876, 0.886, 0.896])
    assert judge_claim(plan(metric="gptq", rule="paired_difference", expected=better), close).label == \
        Label.not_reproduced
    # and a parity claim needs the wider interval inside its band too
    same = Comparison(baseline_metric="rtn", op="equal", tolerance=0.05, text="Wanda matches magnitude")
    spread = pair_runs([0.80, 0.82, 0.77], [0.80, 0.80, 0.80])  # bootstrap inside +-0.05, t is not
    assert judge_claim(plan(metric="gptq", rule="paired_difference", expected=same), spread).label == \
        Label.inconclusive


def test_a_plan_that_tests_part_of_its_claim_is_at_most_partially_reproduced():
    runs = pair_runs([0.81, 0.79, 0.84, 0.80, 0.82], [0.71, 0.70, 0.75, 0.69, 0.73])
    better = Comparison(baseline_metric="rtn", op="better", text="GPTQ beats RTN")
    left = ["bit widths other than 3 (the claim spans several; tested at 3 only)"]
    v = judge_claim(plan(metric="gptq", rule="paired_difference", expected=better, untested=left), runs)
    assert v.label == Label.partially_reproduced and v.interval.low > 0
    assert any("untested: bit widths other than 3" in r for r in v.reasons)
    proxy = judge_claim(plan(metric="gptq", rule="paired_difference", expected=better, untested=left, scale="proxy"),
                        runs)
    assert proxy.label == Label.partially_reproduced  # the scope cap applies after the proxy cap
    # a refutation of the tested part stands: the untested rest cannot rescue it
    worse = judge_claim(plan(metric="gptq", metric_direction="lower", rule="paired_difference", expected=better,
                             untested=left), runs)
    assert worse.label == Label.not_reproduced
    assert "Scope." in RULES


def test_equal_comparison_needs_the_interval_inside_the_margin():
    equal = Comparison(baseline_metric="rtn", op="equal", tolerance=0.01, text="GPTQ matches RTN")
    p = plan(metric="gptq", rule="paired_difference", expected=equal)
    close = pair_runs([0.801, 0.799, 0.802, 0.800], [0.800, 0.800, 0.801, 0.799])
    assert judge_claim(p, close).label == Label.reproduced
    far = pair_runs([0.90, 0.91, 0.92, 0.90], [0.80, 0.80, 0.81, 0.79])
    assert judge_claim(p, far).label == Label.not_reproduced


def test_a_no_loss_test_with_a_control_counts_only_where_the_control_loses():
    """SmoothQuant 'keeps FP accuracy' on runs where naive W8A8 keeps it too says nothing of SmoothQuant."""
    equal = Comparison(baseline_metric="fp", op="equal", tolerance=0.01, text="SmoothQuant W8A8 keeps FP accuracy")
    p = plan(metric="sq", rule="paired_difference", expected=equal, seeds=[0, 1, 2, 3], control="naive")
    fp, sq = [0.800, 0.800, 0.801, 0.799], [0.801, 0.799, 0.802, 0.800]

    def runs(naive):
        return [run(f"r{i}", i, {"sq": a, "fp": b, **({} if c is None else {"naive": c})})
                for i, (a, b, c) in enumerate(zip(sq, fp, naive))]

    lost = judge_claim(p, runs([0.60, 0.62, 0.58, 0.61]))  # naive W8A8 loses 20 points: the test discriminates
    assert lost.label == Label.reproduced and any("naive fails the same test" in r for r in lost.reasons)
    kept = judge_claim(p, runs([0.800, 0.801, 0.800, 0.800]))  # naive W8A8 keeps it too
    assert kept.label == Label.partially_reproduced
    assert any("naive passes the same test too" in r for r in kept.reasons)
    missing = judge_claim(p, runs([0.60, None, 0.58, 0.61]))
    assert missing.label == Label.partially_reproduced and any("missing from 1 of the 4" in r for r in missing.reasons)
    # a failed claim stays failed whatever the control did
    assert judge_claim(p, [run(f"r{i}", i, {"sq": 0.6, "fp": f, "naive": 0.6}) for i, f in enumerate(fp)]).label \
        == Label.not_reproduced
    with pytest.raises(ValidationError, match="paired_difference"):
        plan(control="naive")
    assert "Control." in RULES


def test_a_relative_equal_comparison_judges_the_share_of_the_baseline():
    """Perplexity 'without degradation': 100 * (A / B - 1) per seed, against a tolerance in % of B."""
    equal = Comparison(baseline_metric="rtn", op="equal", tolerance=0.01, relative=True,
                       text="LLM.int8() keeps the baseline's perplexity")
    p = plan(metric="gptq", metric_direction="lower", metric_unit="perplexity", rule="paired_difference",
             expected=equal)
    base = [30.0, 30.2, 29.9, 30.1]
    within = judge_claim(p, pair_runs([30.06, 30.27, 29.95, 30.17], base))  # +0.2% a seed: well inside 1%
    assert within.label == Label.reproduced and within.metric_unit == "%"
    assert within.observed == pytest.approx(100 * np.mean([30.06 / 30.0, 30.27 / 30.2, 29.95 / 29.9,
                                                          30.17 / 30.1]) - 100, rel=1e-6)
    assert within.tolerance == pytest.approx(1.0) and any("in % of rtn" in r for r in within.reasons)
    # +1.5% a seed: outside 1% although the absolute gap (~0.45) would pass an absolute tolerance of 1
    beyond = judge_claim(p, pair_runs([b * 1.015 for b in base], base))
    assert beyond.label == Label.not_reproduced and beyond.observed == pytest.approx(1.5, rel=1e-6)
    absolute = Comparison(baseline_metric="rtn", op="equal", tolerance=1.0, text="within 1 point")
    assert judge_claim(plan(metric="gptq", metric_direction="lower", metric_unit="perplexity",
                            rule="paired_difference", expected=absolute),
                       pair_runs([b * 1.015 for b in base], base)).label == Label.reproduced
    assert "relative comparison" in RULES


# -- trends ---------------------------------------------------------------------------------------


def trend_runs(ys_by_bits):
    out = []
    for seed in (0, 1):
        for bits, y in ys_by_bits.items():
            out.append(run(f"s{seed}b{bits}", seed, {"acc": y + 0.003 * seed}, params={"bits": bits, "lr": 0.1}))
    return out


def test_trend_with_three_points_over_four_x():
    rising = Trend(sign="+", x_param="bits", text="accuracy rises with bit width")
    p = plan(rule="trend", expected=rising, seeds=[0, 1], params={"bits": 4, "lr": 0.1})
    runs = trend_runs({2: 0.30, 4: 0.55, 8: 0.80})
    v = judge_claim(p, runs)
    assert v.label == Label.reproduced and v.observed > 0 and len(v.runs_used) == 6
    falling = plan(rule="trend", expected=Trend(sign="-", x_param="bits", text="falls"), seeds=[0, 1],
                   params={"bits": 4, "lr": 0.1})
    assert judge_claim(falling, runs).label == Label.not_reproduced
    narrow = judge_claim(p, trend_runs({2: 0.30, 4: 0.55, 6: 0.80}))
    assert narrow.label == Label.inconclusive and any("4x" in r for r in narrow.reasons)


def test_trend_from_a_curve():
    curve = {"x": [1, 2, 4], "y": [0.9, 0.7, 0.5], "x_label": "sparsity budget", "y_label": "acc"}
    runs = [run(f"r{s}", s, {}, curves={"acc_vs_budget": curve}) for s in (0, 1)]
    p = plan(rule="trend", metric="acc_vs_budget", metric_direction=None, seeds=[0, 1],
             expected=Trend(sign="-", curve="acc_vs_budget", text="accuracy falls with budget"))
    assert judge_claim(p, runs).label == Label.reproduced


def test_a_trend_rests_on_the_seeds_own_slopes_not_on_their_points_alone():
    rising = Trend(sign="+", x_param="bits", text="accuracy rises with bit width")
    p = plan(rule="trend", expected=rising, seeds=[0, 1, 2], params={"bits": 4, "lr": 0.1})
    # one seed moves a lot, two barely: all three slopes rise, but by 0.1 / 0.01 / 0.02 per doubling
    ys = {0: (0.75, 0.85, 0.95, 1.05), 1: (0.885, 0.895, 0.905, 0.915), 2: (0.87, 0.89, 0.91, 0.93)}
    runs = [run(f"s{s}b{b}", s, {"acc": y}, params={"bits": b, "lr": 0.1})
            for s, row in ys.items() for b, y in zip((2, 4, 8, 16), row)]
    v = judge_claim(p, runs)
    assert v.label == Label.inconclusive and v.interval.method == "OLS slope t and seed slopes t, the wider"
    assert v.observed == pytest.approx(0.13 / 3) and v.interval.low < 0 < v.interval.high
    points = trend_test([r["params"]["bits"] for r in runs], [r["metrics"]["acc"] for r in runs])
    assert points.interval.low > 0  # the twelve points alone, taken as independent, would have decided it
    assert "over the 3 seeds' slopes (0.1, 0.01, 0.02)" in v.reasons[1]
    assert v.reasons[-1].startswith("the interval over the points alone would say reproduced;")
    assert v.reasons[-1].endswith(MORE_SEEDS)
    # one seed: a curve of one model decides no trend, however clean
    one = judge_claim(p.model_copy(update={"seeds": [0]}), [r for r in runs if r["seed"] == 0])
    assert one.label == Label.inconclusive and "at least 2 seeds" in one.reasons[-1]


# -- determinism and the rules text ---------------------------------------------------------------


def test_same_inputs_same_verdict():
    runs = pair_runs([0.81, 0.79, 0.84, 0.80, 0.82], [0.71, 0.70, 0.75, 0.69, 0.73]) + [
        run("x9", 5, {"gptq": 0.1, "rtn": 0.1}, status="failed", reason="exit code 1")]
    p = plan(metric="gptq", rule="paired_difference", seeds=[0, 1, 2, 3, 4, 5],
             expected=Comparison(baseline_metric="rtn", op="gt", text="GPTQ above RTN"))
    shuffled = list(runs)
    random.Random(3).shuffle(shuffled)
    assert judge_claim(p, runs) == judge_claim(p, shuffled) == judge_claim(p, runs)
    assert judge_claim(p, runs).model_dump(mode="json") == judge_claim(p, shuffled).model_dump(mode="json")


def test_rules_text_names_every_rule_and_label():
    for word in ("prediction interval", "bootstrap", "4x span", "up to", "not comparable", "proxy scale", "error",
                 "inconclusive", "forged"):
        assert word.lower() in RULES.lower(), word


def test_verdict_round_trips_through_json():
    v = judge_claim(plan(), acc_runs([0.421, 0.423, 0.420, 0.424, 0.422]))
    assert type(v).model_validate(v.model_dump(mode="json")) == v
    p = plan(rule="trend", seeds=[0], expected=Trend(sign="+", x_param="bits", text="rises"))
    assert type(p).model_validate(p.model_dump(mode="json")) == p


@pytest.mark.parametrize(("qualifier", "values", "label", "holds"), [
    ("at_least", [1.4, 1.5, 1.45], Label.reproduced, True),  # "faster than bf16"
    ("at_least", [0.8, 0.85, 0.82], Label.not_reproduced, False),
    ("at_least", [0.9, 1.1, 1.0], Label.inconclusive, None),
    ("less_than", [0.8, 0.85, 0.82], Label.reproduced, True),  # "slower than dense"
    ("less_than", [1.4, 1.5, 1.45], Label.not_reproduced, False),
])
def test_a_speed_direction_without_a_number_is_judged_by_the_direction(qualifier, values, label, holds):
    """Before judge-10 such a claim had no plan at all ('a speed claim without a speed-up factor')."""
    p = plan(metric="speedup", metric_unit="x", metric_direction="higher", rule="speed", seeds=[0, 1, 2],
             expected=Quantity(value=1.0, unit="x", qualifier=qualifier, text="faster"), claim_hardware="H100",
             run_hardware="cuda GPU")
    v = judge_claim(p, acc_runs(values, metric="speedup"))
    assert v.label == label, v.reasons
    assert v.direction_holds is holds and v.hardware_comparable is True
    # on another class of GPU the speed is not comparable; the direction is still tested
    other = judge_claim(p, acc_runs(values, metric="speedup", gpu="NVIDIA A100-SXM4-80GB"))
    assert other.label == Label.not_comparable and other.direction_holds is holds, other.reasons
