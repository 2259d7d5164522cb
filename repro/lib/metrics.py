"""Scores and their uncertainty: exact match, pass@k, perplexity, intervals, paired bootstrap.

Pure numpy (and torch only where a tensor comes in), so that the numbers a bundle reports
can be checked against oracles in tests:

- ``exact_match`` compares whole answers (a row of tokens, or strings), nothing partial;
- ``pass_at_k`` is the unbiased estimator of Chen et al. (2021),
  1 - C(n-c, k) / C(n, k), computed in the stable product form
  1 - prod_{i=n-c+1..n} (1 - k / i) so that large n never overflows a binomial;
- ``perplexity`` is exp(mean token negative log-likelihood, in nats);
- ``mean_interval`` gives mean, sample std and a two-sided 95% Student-t interval (the
  t quantile comes from a table plus the Cornish-Fisher expansion, no scipy);
- ``wilson_interval``: the 95% Wilson score interval of a proportion (problems as units);
- ``paired_bootstrap`` resamples paired per-item scores with a seeded generator and
  reports the mean difference, its percentile interval and the share of resamples in
  which the difference is <= 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import torch


def exact_match(predictions, targets) -> np.ndarray:
    """Per-item 0/1 array: does each prediction equal its target exactly?

    Accepts two [N, A] tensors/arrays of token ids (a row matches when every token
    does) or two equal-length sequences of strings.
    """
    if isinstance(predictions, torch.Tensor) or isinstance(targets, torch.Tensor):
        pred = torch.as_tensor(predictions).detach().cpu()
        targ = torch.as_tensor(targets).detach().cpu()
        if pred.shape != targ.shape:
            raise ValueError(f"prediction shape {tuple(pred.shape)} differs from target shape {tuple(targ.shape)}")
        same = pred == targ
        return (same.reshape(len(same), -1).all(dim=1) if same.ndim > 1 else same).numpy().astype(np.float64)
    pred_list, targ_list = list(predictions), list(targets)
    if len(pred_list) != len(targ_list):
        raise ValueError(f"{len(pred_list)} predictions for {len(targ_list)} targets")
    return np.array([float(np.array_equal(p, t)) if not isinstance(p, str) else float(p == t)
                     for p, t in zip(pred_list, targ_list)], dtype=np.float64)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k for one problem with n samples of which c are correct."""
    n, c, k = int(n), int(c), int(k)
    if n < 1 or k < 1 or not 0 <= c <= n:
        raise ValueError(f"pass@k needs n >= 1, k >= 1 and 0 <= c <= n; got n={n}, c={c}, k={k}")
    if k > n:
        raise ValueError(f"pass@{k} needs at least k samples per problem, got n={n}")
    if n - c < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1, dtype=np.float64)))


def mean_pass_at_k(num_samples: Sequence[int] | int, num_correct: Sequence[int], k: int) -> float:
    """pass@k averaged over problems (``num_samples`` may be one int for all)."""
    correct = list(num_correct)
    if not correct:
        raise ValueError("mean_pass_at_k needs at least one problem")
    samples = [int(num_samples)] * len(correct) if np.isscalar(num_samples) else list(num_samples)
    if len(samples) != len(correct):
        raise ValueError(f"{len(samples)} sample counts for {len(correct)} problems")
    return float(np.mean([pass_at_k(n, c, k) for n, c in zip(samples, correct)]))


def perplexity(token_nll) -> float:
    """exp(mean negative log-likelihood per token, in nats)."""
    nll = np.asarray(torch.as_tensor(token_nll).detach().cpu().double().numpy()
                     if isinstance(token_nll, torch.Tensor) else token_nll, dtype=np.float64).ravel()
    if nll.size == 0:
        raise ValueError("perplexity needs at least one token")
    if not np.all(np.isfinite(nll)) or np.any(nll < 0):
        raise ValueError("token NLLs must be finite and non-negative")
    return float(np.exp(nll.mean()))


# two-sided 95% Student-t quantiles t_{0.975, df}
_T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
         10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110,
         18: 2.101, 19: 2.093, 20: 2.086, 25: 2.060, 30: 2.042}


def t_quantile_975(df: int) -> float:
    """t_{0.975} for ``df`` degrees of freedom (table to 30, Cornish-Fisher beyond)."""
    if df < 1:
        raise ValueError(f"degrees of freedom must be >= 1, got {df}")
    if df in _T975:
        return _T975[df]
    if df < 30:
        lo = max(d for d in _T975 if d < df)
        hi = min(d for d in _T975 if d > df)
        # interpolate in 1/df, where the quantile is nearly linear
        w = (1 / df - 1 / hi) / (1 / lo - 1 / hi)
        return _T975[hi] + w * (_T975[lo] - _T975[hi])
    z = 1.959963984540054
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    return z + g1 / df + g2 / df**2 + g3 / df**3


def mean_interval(values) -> dict:
    """{"mean", "std", "n", "ci95_low", "ci95_high"}; std is the sample std (ddof=1).

    With one value the interval collapses to the value and std is 0.0 (reported, not hidden:
    ``n`` says there was one run).
    """
    x = np.asarray(values, dtype=np.float64).ravel()
    if x.size == 0:
        raise ValueError("mean_interval needs at least one value")
    mean = float(x.mean())
    if x.size == 1:
        return {"mean": mean, "std": 0.0, "n": 1, "ci95_low": mean, "ci95_high": mean}
    std = float(x.std(ddof=1))
    half = t_quantile_975(x.size - 1) * std / math.sqrt(x.size)
    return {"mean": mean, "std": std, "n": int(x.size), "ci95_low": mean - half, "ci95_high": mean + half}


def wilson_interval(successes: float, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """95% Wilson score interval of a proportion ``successes / n`` (``successes`` may be fractional:
    a sum of per-problem pass@k values, each problem one unit).

    Unlike a t-interval it does not collapse at 0 or 1: 0 of 20 gives (0.0, 0.161), an honest upper
    bound for a small model's near-zero score.
    """
    if n < 1:
        raise ValueError("wilson_interval needs n >= 1")
    if not 0 <= successes <= n:
        raise ValueError(f"successes={successes!r} must lie in [0, n={n}]")
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # at 0 (n) successes the bound is 0 (1) exactly; the subtraction leaves a rounding crumb
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def paired_bootstrap(a, b, n_resamples: int = 2000, seed: int = 0) -> dict:
    """Bootstrap of mean(a - b) over paired items (same items scored two ways).

    Returns {"mean_diff", "ci95_low", "ci95_high", "p_not_greater", "n", "n_resamples"},
    where p_not_greater is the share of resamples whose mean difference is <= 0 (a one-sided
    bootstrap p-value for "a is better than b" when higher is better).
    """
    x, y = np.asarray(a, dtype=np.float64).ravel(), np.asarray(b, dtype=np.float64).ravel()
    if x.shape != y.shape:
        raise ValueError(f"paired_bootstrap needs equal-length inputs, got {x.size} and {y.size}")
    if x.size == 0:
        raise ValueError("paired_bootstrap needs at least one pair")
    if n_resamples < 100:
        raise ValueError(f"n_resamples should be at least 100, got {n_resamples}")
    diff = x - y
    rng = np.random.default_rng(seed)
    rows = max(1, 2_000_000 // diff.size)  # bound the index matrix to about 16 MB
    means = np.concatenate([
        diff[rng.integers(0, diff.size, size=(min(rows, n_resamples - start), diff.size))].mean(axis=1)
        for start in range(0, n_resamples, rows)
    ])
    return {
        "mean_diff": float(diff.mean()),
        "ci95_low": float(np.percentile(means, 2.5)),
        "ci95_high": float(np.percentile(means, 97.5)),
        "p_not_greater": float(np.mean(means <= 0.0)),
        "n": int(diff.size),
        "n_resamples": int(n_resamples),
    }
