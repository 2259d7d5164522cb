"""A speed claim that states a direction and no factor ("INT8 matmuls are faster than BF16"), and a claim
that compares models or model sizes, which every bundle runs one of."""

import pytest

from tests.support.sentences import plan_of
from verifier.verdicts import ReproPlan, Untestable, UntestableCategory


def _plan(sentence, bundles, size="full", device="cuda"):
    return plan_of(sentence, bundles, size, device, title="Fast kernels")


@pytest.mark.parametrize(("sentence", "bundle", "metric", "qualifier"), [
    ("INT8 matmul is faster than BF16.", "lowbit_matmul_speedup", "int8_median_speedup", "at_least"),
    ("FP8 matmul is faster than BF16 on H100.", "lowbit_matmul_speedup", "fp8_median_speedup", "at_least"),
    ("2:4 sparse matrix multiplication is slower than the dense one on H100.", "sparse24_matmul_speedup",
     "median_speedup", "less_than"),
])
def test_a_speed_direction_is_at_least_or_less_than_1x(bundles, sentence, bundle, metric, qualifier):
    """Before match-88: 'a speed claim without a speed-up factor to compare'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, ReproPlan) and plan.rule == "speed", plan
    assert (plan.bundle_id, plan.metric, plan.expected.value, plan.expected.qualifier) == (bundle, metric, 1.0,
                                                                                          qualifier)


@pytest.mark.parametrize(("sentence", "words"), [
    ("2:4 sparse matmuls are slower than dense ones for small matrices.", "a speed direction 'small matrices'"),
    ("INT8 matmuls are not faster than BF16.", "a speed claim without a speed-up factor"),
])
def test_a_scoped_or_negated_direction_is_not_read_as_one(bundles, sentence, words):
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory.underspecified, plan
    assert plan.detail.startswith(words), plan.detail


def test_a_speed_direction_is_timed_on_a_gpu_only(bundles):
    plan = _plan("INT8 matmul is faster than BF16.", bundles, size="smoke", device="cpu")
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory.not_testable_offline, plan


@pytest.mark.parametrize(("sentence", "words"), [
    ("OPT-66B is more robust to 8-bit quantization than OPT-6.7B.", "OPT-66B is more robust"),
    ("The 13B model loses less accuracy under 4-bit RTN than the 7B model.", "13B model loses less"),
    ("Quantization error shrinks as model size grows.", "model size grows"),
])
def test_a_comparison_across_model_sizes_is_no_bundle(bundles, sentence, words):
    """Before match-88: 'not a model-quality measure', 'it compares against 7B model', 'no bundle measures this'."""
    plan = _plan(sentence, bundles)
    assert isinstance(plan, Untestable) and plan.category is UntestableCategory.no_bundle, plan
    assert plan.detail.startswith(f"a comparison across models or model sizes ('{words}"), plan.detail


def test_large_language_models_are_no_comparison_of_sizes(bundles):
    plan = _plan("Int8 quantization keeps the accuracy of large language models.", bundles)
    assert isinstance(plan, ReproPlan), plan
