"""Metrics against oracles: brute-force pass@k, a uniform model's perplexity, t intervals."""

import itertools
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from repro.lib.metrics import (
    exact_match,
    mean_interval,
    mean_pass_at_k,
    paired_bootstrap,
    pass_at_k,
    perplexity,
    t_quantile_975,
    wilson_interval,
)


def _brute_pass_at_k(n, c, k):
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(samples[i] for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize("n", range(1, 8))
def test_pass_at_k_equals_enumeration(n):
    for c in range(n + 1):
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(_brute_pass_at_k(n, c, k), abs=1e-12), (n, c, k)


def test_pass_at_k_is_stable_for_large_n():
    value = pass_at_k(2000, 7, 100)
    exact = 1 - math.comb(1993, 100) / math.comb(2000, 100)
    assert value == pytest.approx(exact, rel=1e-9)
    assert pass_at_k(200, 0, 10) == 0.0 and pass_at_k(200, 195, 10) == 1.0
    assert mean_pass_at_k(4, [0, 4, 2], 1) == pytest.approx((0 + 1 + 0.5) / 3)
    with pytest.raises(ValueError):
        pass_at_k(5, 2, 6)
    with pytest.raises(ValueError):
        pass_at_k(5, 6, 1)


def test_perplexity_of_a_uniform_model_is_the_vocabulary_size():
    vocab = 37
    logits = torch.zeros(50, vocab)
    targets = torch.randint(0, vocab, (50,))
    nll = F.cross_entropy(logits, targets, reduction="none")
    assert perplexity(nll) == pytest.approx(vocab, rel=1e-6)
    assert perplexity(np.zeros(3)) == 1.0
    with pytest.raises(ValueError):
        perplexity([])


def test_exact_match_rows_and_strings():
    pred = torch.tensor([[1, 2], [1, 3], [4, 4]])
    targ = torch.tensor([[1, 2], [1, 2], [4, 4]])
    assert exact_match(pred, targ).tolist() == [1.0, 0.0, 1.0]
    assert exact_match(["12", "7"], ["12", "07"]).tolist() == [1.0, 0.0]
    with pytest.raises(ValueError):
        exact_match(pred, targ[:2])


def test_mean_interval_matches_the_t_formula():
    values = [0.91, 0.93, 0.90, 0.95, 0.92, 0.94, 0.89, 0.93, 0.92, 0.91]
    out = mean_interval(values)
    half = 2.262 * np.std(values, ddof=1) / math.sqrt(10)
    assert out["n"] == 10 and out["mean"] == pytest.approx(np.mean(values))
    assert out["ci95_low"] == pytest.approx(np.mean(values) - half)
    assert out["ci95_high"] == pytest.approx(np.mean(values) + half)
    assert mean_interval([3.0]) == {"mean": 3.0, "std": 0.0, "n": 1, "ci95_low": 3.0, "ci95_high": 3.0}
    # beyond the table: Cornish-Fisher against known quantiles
    assert t_quantile_975(40) == pytest.approx(2.0211, abs=2e-3)
    assert t_quantile_975(120) == pytest.approx(1.9799, abs=1e-3)
    assert 2.060 < t_quantile_975(22) < 2.086


def test_paired_bootstrap_is_seeded_and_sided():
    rng = np.random.default_rng(0)
    base = rng.random(400) < 0.6
    better = base | (rng.random(400) < 0.3)
    out = paired_bootstrap(better, base, n_resamples=1000, seed=3)
    assert out == paired_bootstrap(better, base, n_resamples=1000, seed=3)
    assert out["mean_diff"] > 0 and out["ci95_low"] > 0 and out["p_not_greater"] < 0.01
    same = paired_bootstrap(base, base, n_resamples=200)
    assert same["mean_diff"] == same["ci95_low"] == same["ci95_high"] == 0.0
    with pytest.raises(ValueError):
        paired_bootstrap([1, 0], [1])


def test_wilson_interval_has_an_upper_bound_at_zero_and_known_values():
    assert wilson_interval(0, 20) == pytest.approx((0.0, 0.16113), abs=1e-5)  # 0 of 20: not [0, 0]
    assert wilson_interval(0, 100)[0] == 0.0 and wilson_interval(100, 100)[1] == 1.0  # exactly, not 3e-18
    assert wilson_interval(10, 20) == pytest.approx((0.29930, 0.70070), abs=1e-5)
    low, high = wilson_interval(20, 20)
    assert high == 1.0 and low == pytest.approx(0.83887, abs=1e-5)
    assert wilson_interval(2.5, 10)[0] < 0.25 < wilson_interval(2.5, 10)[1]  # fractional successes
    with pytest.raises(ValueError):
        wilson_interval(3, 2)
