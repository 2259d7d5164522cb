"""The judge's statistics: prediction intervals, paired bootstrap intervals and trend slopes.

Pure functions of lists of numbers, standard library and numpy only (no scipy): the Student t
quantile comes from the regularised incomplete beta function, inverted by bisection, so that
the same inputs give the same interval on every machine.

- :func:`prediction_interval`: where one more run of the same experiment is expected to land,
  ``mean ± t(1-(1-level)/2, n-1) · s · sqrt(1 + 1/n)`` (the interval CORE-Bench uses to accept
  a reported value against repeated runs). Needs n >= 2.
- :func:`mean_interval`: the t confidence interval of the mean, for the direction of an effect.
- :func:`paired_bootstrap`: percentile interval of the mean per-seed difference a - b,
  resampling seeds with replacement (pairs stay together, so seed-to-seed variation that both
  sides share cancels).
- :func:`trend_test`: ordinary least squares slope of y on x (or log2 x) with its t interval,
  after checking the design: at least 3 distinct x over at least a 4x span.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from verifier.errors import InputError
from verifier.verdicts import Interval

MIN_TREND_POINTS = 3  # distinct x values a trend needs
MIN_TREND_SPAN = 4.0  # max(x) / min(positive x) a trend needs


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t (e.g. p=0.975, df=4 -> 2.776445), by bisection."""
    if not 0.0 < p < 1.0 or df <= 0:
        raise InputError(f"t quantile needs 0 < p < 1 and df > 0, got p={p}, df={df}", subject="t_quantile")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)


def _finite(values: Sequence[float], what: str) -> list[float]:
    out = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise InputError(f"{what} holds {v!r}, not a finite number", subject=what, hint="pass the runs' metric values")
        out.append(float(v))
    return out


def prediction_interval(values: Sequence[float], level: float = 0.95) -> Interval:
    """The t-based prediction interval for one more value from the same distribution.

    ``mean ± t_{(1+level)/2, n-1} · s · sqrt(1 + 1/n)`` with ``s`` the sample standard deviation.
    With fewer than two values there is no spread to estimate: InputError (the judge then falls
    back to the claim's own tolerance, see ``verifier.judge.RULES``).
    """
    xs = _finite(values, "prediction_interval values")
    n = len(xs)
    if n < 2:
        raise InputError(f"a prediction interval needs at least 2 values, got {n}", subject="prediction_interval",
                         hint="run more seeds")
    if not 0.0 < level < 1.0:
        raise InputError(f"level must be in (0, 1), got {level}", subject="prediction_interval")
    mean = math.fsum(xs) / n
    s = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / (n - 1))
    half = t_quantile(0.5 + level / 2.0, n - 1) * s * math.sqrt(1.0 + 1.0 / n)
    return Interval(low=mean - half, high=mean + half, level=level, method="t prediction", n=n)


def mean_interval(values: Sequence[float], level: float = 0.95) -> Interval:
    """The t confidence interval of the mean, ``mean ± t_{(1+level)/2, n-1} · s / sqrt(n)``.

    Used where the question is the direction of an effect (is the mean speed-up above 1x?),
    not where one more run would land. Needs n >= 2.
    """
    xs = _finite(values, "mean_interval values")
    n = len(xs)
    if n < 2:
        raise InputError(f"a confidence interval needs at least 2 values, got {n}", subject="mean_interval",
                         hint="run more seeds")
    mean = math.fsum(xs) / n
    s = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / (n - 1))
    half = t_quantile(0.5 + level / 2.0, n - 1) * s / math.sqrt(n)
    return Interval(low=mean - half, high=mean + half, level=level, method="t mean", n=n)


class BootstrapResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    mean_difference: float = Field(description="mean over paired seeds of a - b")
    interval: Interval = Field(description="percentile bootstrap interval of the mean difference")
    differences: list[float] = Field(description="a - b per seed, in seed order")
    seeds: list[int] = Field(description="the seeds present on both sides, sorted")


def paired_bootstrap(
    a_by_seed: Mapping[int, float], b_by_seed: Mapping[int, float], n: int = 2000, seed: int = 0, level: float = 0.95
) -> BootstrapResult:
    """Percentile bootstrap interval of mean(a - b) over the seeds present on both sides.

    Each of ``n`` resamples draws len(seeds) seeds with replacement (numpy PCG64 seeded with
    ``seed``) and averages their differences; the interval is the (1-level)/2 and (1+level)/2
    quantiles of those means. Seeds on one side only are ignored. Needs at least one common seed
    (with one, the interval is that single difference).
    """
    common = sorted(set(a_by_seed) & set(b_by_seed))
    if not common:
        raise InputError("the two sides share no seed", subject="paired_bootstrap",
                         hint="pair runs of the same seeds (the metric and its baseline come from the same run)")
    if n < 1:
        raise InputError(f"n must be >= 1, got {n}", subject="paired_bootstrap")
    diffs = np.array(_finite([a_by_seed[s] - b_by_seed[s] for s in common], "paired differences"))
    rng = np.random.Generator(np.random.PCG64(seed))
    idx = rng.integers(0, len(diffs), size=(n, len(diffs)))
    means = diffs[idx].mean(axis=1)
    low, high = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
    return BootstrapResult(
        mean_difference=float(diffs.mean()),
        interval=Interval(low=float(low), high=float(high), level=level, method="paired bootstrap", n=len(diffs)),
        differences=[float(d) for d in diffs],
        seeds=common,
    )


def seed_slopes(xs: Sequence[float], ys: Sequence[float], seeds: Sequence[int], *,
                log2_x: bool = True) -> dict[int, float]:
    """The OLS slope of each seed's own points (on log2 x with ``log2_x``), by seed, for the seeds
    with at least two distinct x. A run's curve, or a sweep's runs of one seed, come from one model:
    their points are not independent, so the seeds' slopes are what repeats."""
    groups: dict[int, tuple[list[float], list[float]]] = {}
    for x, y, seed in zip(_finite(xs, "trend x"), _finite(ys, "trend y"), seeds):
        u, v = groups.setdefault(int(seed), ([], []))
        u.append(math.log2(x) if log2_x else x)
        v.append(y)
    out = {}
    for seed, (u, v) in sorted(groups.items()):
        if len(set(u)) < 2:
            continue
        mu, mv = math.fsum(u) / len(u), math.fsum(v) / len(v)
        out[seed] = math.fsum((a - mu) * (b - mv) for a, b in zip(u, v)) / math.fsum((a - mu) ** 2 for a in u)
    return out


class TrendResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    testable: bool = Field(description="whether the design allows a verdict (enough distinct x over enough span)")
    reason: str = Field(description="why it is (not) testable, in words")
    slope: float | None = Field(default=None, description="OLS slope of y per unit of x (per doubling with log2_x)")
    interval: Interval | None = Field(default=None, description="t interval of the slope, df = points - 2")
    n_points: int = Field(description="points fitted")
    distinct_x: int = Field(description="distinct x values")
    span: float | None = Field(default=None, description="max(x) / min(positive x)")
    log2_x: bool = Field(description="whether x was log2-transformed")


def trend_test(xs: Sequence[float], ys: Sequence[float], *, log2_x: bool = True, level: float = 0.95) -> TrendResult:
    """OLS slope of ``ys`` on ``xs`` (or log2 xs) with its t interval, if the design allows.

    The design needs at least 3 distinct x values and max(x)/min(positive x) >= 4 (a zero x may
    be present but adds no span; negative x is refused). Points with the same x (repeated seeds)
    are all fitted. With log2_x every x must be positive. All-equal y gives slope 0 and a zero
    interval.
    """
    x = _finite(xs, "trend x")
    y = _finite(ys, "trend y")
    if len(x) != len(y):
        raise InputError(f"trend needs as many x as y, got {len(x)} and {len(y)}", subject="trend_test")
    distinct = sorted(set(x))
    positive = [v for v in distinct if v > 0]
    span = (max(positive) / min(positive)) if positive else None
    base = {"n_points": len(x), "distinct_x": len(distinct), "span": span, "log2_x": log2_x}
    if any(v < 0 for v in distinct):
        return TrendResult(testable=False, reason="x holds negative values; a span is undefined", **base)
    if log2_x and any(v <= 0 for v in distinct):
        return TrendResult(testable=False, reason="log2(x) needs every x > 0", **base)
    if len(distinct) < MIN_TREND_POINTS:
        return TrendResult(testable=False, reason=f"{len(distinct)} distinct x values; a trend needs "
                           f"at least {MIN_TREND_POINTS}", **base)
    if span is None or span < MIN_TREND_SPAN:
        shown = "none" if span is None else f"{span:g}x"
        return TrendResult(testable=False, reason=f"x spans {shown}; a trend needs at least {MIN_TREND_SPAN:g}x", **base)
    u = [math.log2(v) for v in x] if log2_x else x
    n = len(u)
    mu, my = math.fsum(u) / n, math.fsum(y) / n
    sxx = math.fsum((a - mu) ** 2 for a in u)
    slope = math.fsum((a - mu) * (b - my) for a, b in zip(u, y)) / sxx
    resid = [b - (my + slope * (a - mu)) for a, b in zip(u, y)]
    se = math.sqrt(math.fsum(r * r for r in resid) / (n - 2) / sxx)
    half = t_quantile(0.5 + level / 2.0, n - 2) * se
    interval = Interval(low=slope - half, high=slope + half, level=level, method="OLS slope t", n=n)
    per = "per doubling of x" if log2_x else "per unit of x"
    return TrendResult(testable=True, reason=f"{len(distinct)} distinct x over {span:g}x; slope {per}",
                       slope=slope, interval=interval, **base)
