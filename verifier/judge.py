"""The judge: one verdict per claim from the stored runs of its reproduction plan.

:func:`judge_claim` is a pure function of a :class:`~verifier.verdicts.ReproPlan` and run
records (``repro.records.RunRecord`` JSON dicts): it screens the runs, applies the plan's rule
and returns a :class:`~verifier.verdicts.ClaimVerdict`. Its rules are written once, in
:data:`RULES`, and every report prints that text in its method section. The statistics live
in :mod:`verifier.intervals` (re-exported here).

Determinism: runs are sorted by id before anything else, the bootstrap has a fixed seed and
nothing reads the clock, so the same plan and runs always give an equal verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from verifier.claims import Quantity
from verifier.errors import InputError
from verifier.intervals import (  # noqa: F401 (re-exported for reports and callers)
    mean_interval,
    paired_bootstrap,
    prediction_interval,
    seed_slopes,
    t_quantile,
    trend_test,
)
from verifier.screening import run_hardware, screen_runs
from verifier.verdicts import (
    ClaimVerdict,
    Comparison,
    Interval,
    Label,
    RejectedRun,
    ReproPlan,
    Trend,
    hardware_class,
    same_hardware_class,
)

JUDGE_VERSION = "judge-12"
LEVEL = 0.95  # coverage of every interval
WIDE_BAND = 0.25  # a prediction half-width above this share of the number cannot discriminate
APPROX_TOLERANCE = 0.05  # "about", "~": 5% of the stated value
MIN_PAIRS = 3  # seeds a paired comparison needs
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 0
PAIRED_METHOD = "paired bootstrap and t, the wider"
MIN_TREND_SEEDS = 2  # seeds whose own slopes a trend needs
TREND_METHOD = "OLS slope t and seed slopes t, the wider"
#: The words that end a verdict which the wider interval left inconclusive where one alone would have
#: decided: more seeds may decide it (``verifier.verify.more_seeds`` counts them).
MORE_SEEDS = "more seeds would narrow it (verifier verify PAPER --seeds N)"
RATIO_UNITS = ("x", "ratio")

#: The verdict rules in words, one paragraph per line, printed in every report's method section.
RULES = "\n".join((
    f"Verdict rules ({JUDGE_VERSION}).",
    ("Runs. A run counts only if its status is ok, it carries an environment fingerprint, and it matches the plan: same "
     "bundle, version, seal, size and parameters, the bundle's other settings as the plan recorded them (its "
     "configuration: a run with another group size ran another experiment), one of the planned seeds (for a trend "
     "over one parameter, at one of the plan's swept values of it), and the metric "
     "(or curve) the plan reads. Runs that read other input files (a model, a data file, by sha256) than most of "
     "the matching runs are not pooled with them. "
     "Failed, killed, timed-out, refused, interrupted and forged runs (the runner marks a forgery as failed) are listed "
     "with their reason and never used. Of two matching runs of one seed (at one swept value) the one with the smaller "
     "run id is used. No "
     "usable run: 'error' when a run of the plan's bundle failed or was invalid (something must be fixed), "
     "'inconclusive' when no run matched the plan. A plan's preconditions (e.g. the full-precision model must reach "
     "an exact match of 0.5 before 'no loss after quantisation' means anything) reject runs that do not meet them: "
     "such a run is a valid run but no test of the claim, so with no other run the verdict is 'inconclusive'."),
    (f"Tolerance. The claim's stated tolerance; 'about' or '~' adds {APPROX_TOLERANCE:.0%} of the value; and half a "
     "unit in the last digit the source printed (42.2% -> 0.05 points). The largest applies, in the metric's unit."),
    (f"Value rule (repeated seeds). The pass band is the {LEVEL:.0%} t prediction interval of the runs "
     "(mean +- t*s*sqrt(1+1/n), as CORE-Bench uses), widened on both sides by the tolerance. A claim is reproduced when "
     "the values it allows (a point, a range, 'at least x', 'less than x', 'within x' of zero) meet the band, not "
     f"reproduced when they miss it, and inconclusive when they meet it but the interval's half-width exceeds "
     f"{WIDE_BAND:.0%} of the number (the runs cannot tell it from numbers that far away), unless every value of the "
     "interval satisfies the claim within the tolerance. With one run there is no spread: the band is that value +- "
     "the stated or 'about' tolerance alone (rounding does not count); with none stated the verdict is inconclusive. "
     "Peak figures follow the same one-run rule."),
    (f"Directions. 'Faster', 'beyond 1x' and the like are tested on the mean: its {LEVEL:.0%} t confidence interval "
     "(mean +- t*s/sqrt(n)) must lie on the claimed side of 1 (ratios) or 0 (other units); wholly on the other side "
     "the direction fails; across it, the direction is unclear."),
    ("Peak figures. 'Up to x' is an upper bound: reproduced when the direction holds and the mean is at most x plus "
     "the tolerance; exceeding the stated peak is partially reproduced; a failed direction is not reproduced; an "
     "unclear one is inconclusive."),
    ("Speed rule. Hardware is compared by class (H100 = 'NVIDIA H100 80GB HBM3'; A100 is not H100) from each run's "
     "fingerprint GPU (or CPU) name. On the claim's class the number is judged by the value rule, and a number that "
     "misses while the direction (faster or slower than 1x) holds is partially reproduced. On another class, or when "
     "the claim names no hardware, the number is not comparable: the label is 'not comparable' and only the direction "
     "is tested and reported. A claim that states only a direction ('INT8 matmuls are faster than BF16', '... slower "
     "than dense ones': at least or less than 1x) is judged by that direction alone: on the claim's class reproduced "
     "when it holds, not reproduced when it fails, inconclusive when unclear; on another class not comparable."),
    ("Paired differences. For 'A beats B', 'A below B', 'A matches B': per-seed differences A - B from the same runs, "
     f"over at least {MIN_PAIRS} seeds, and the wider of two {LEVEL:.0%} intervals of their mean: the paired bootstrap "
     f"({BOOTSTRAP_RESAMPLES} resamples of seeds, seed {BOOTSTRAP_SEED}) and the paired t interval (mean +- "
     "t*s/sqrt(n)). Over three seeds the bootstrap is about the range of the differences, so alone it would decide "
     "whenever the three agree in sign, however far apart they lie (1 time in 8 by chance); the t interval holds the "
     "decision to differences that also agree in size. 'Better' and 'worse' follow the metric's declared direction. "
     "The direction is "
     "reproduced when the interval excludes zero on the claimed side, not reproduced when it excludes zero on the other "
     "side, inconclusive otherwise; a stated margin outside the interval (widened by the tolerance) makes it partially "
     "reproduced. 'Matches' is reproduced when the interval lies within +-tolerance, not reproduced when it lies wholly "
     "outside, inconclusive otherwise. 'A does not outperform B' is reproduced when the interval of A's win over B "
     "lies at or below the tolerance, not reproduced when it lies wholly above it, inconclusive otherwise; 'A is no "
     "worse than B' likewise with B's win over A. A relative "
     "comparison (perplexity 'without degradation') uses per-seed "
     "100 * (A / B - 1), in % of B, with the tolerance and a stated margin in % of B too."),
    ("Trends. At least 3 distinct x over a 4x span (largest x over the smallest positive x); OLS slope of y on log2(x) "
     f"(or x) over all runs' points (a trend of the gap between two methods: of "
     "the difference of their curves in each run at each x, or of their two metrics in each run of a parameter "
     "sweep; its absolute value for a gap that names no leader), with the wider of two "
     f"{LEVEL:.0%} intervals: the OLS t interval over the points, and the t interval of the mean of each seed's own "
     "slope (a run's curve, or a sweep's runs of one seed, come from one model, so their points are not "
     f"independent; at least {MIN_TREND_SEEDS} seeds, else inconclusive). "
     "The claimed sign is reproduced when the interval "
     "excludes zero on that side, not reproduced when the slope is zero or the interval lies on the other side, "
     "inconclusive otherwise, and inconclusive when the design is too small."),
    ("Scale. A plan at proxy scale (a small stand-in model or data, and every smoke or small size) is capped at "
     "'reproduced at proxy scale'; a 'not reproduced' at proxy scale says that it holds for the stand-in only."),
    ("Control. A 'no loss' claim of a method that removes a simpler method's loss (SmoothQuant over naive W8A8, "
     "LLM.int8() over vector-wise int8) is reproduced only where that simpler method, measured in the same runs, "
     "fails the same test: where it passes too (the runs do not show the problem the method solves), or its test "
     "is missing or inconclusive, the verdict is at most 'partially reproduced'."),
    ("Scope. A plan that tests only part of what the claim says (one of the bit widths it spans, one of the baselines "
     "it names, one model where it speaks of several sizes) is capped at 'partially reproduced', and the verdict "
     "names what was left untested."),
))

_TIME = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
_BYTES = {"KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


# -- units and tolerance --------------------------------------------------------------------------


def unit_factor(claim_unit: str | None, metric_unit: str, *, subject: str = "plan") -> float:
    """The factor that turns a number in ``claim_unit`` into ``metric_unit`` (42.2 % -> 0.422 fraction)."""
    if not claim_unit or not metric_unit or claim_unit == metric_unit:
        return 1.0
    if claim_unit in ("%", "pp"):
        if metric_unit == "fraction":
            return 0.01
        if metric_unit in ("%", "pp"):
            return 1.0
    if claim_unit == "x" and metric_unit in RATIO_UNITS:
        return 1.0
    if claim_unit in _TIME and metric_unit in _TIME:
        return _TIME[claim_unit] / _TIME[metric_unit]
    if claim_unit in _BYTES and metric_unit in _BYTES:
        return _BYTES[claim_unit] / _BYTES[metric_unit]
    raise InputError(f"the claim's unit {claim_unit!r} cannot be converted to the metric's unit {metric_unit!r}",
                     subject=subject, hint="bind the claim to a metric of a compatible unit in the plan")


def rounding_tolerance(q: Quantity) -> float:
    """Half a unit in the last digit the source printed for the value ("42.2" -> 0.05), 0 when unknown."""
    targets = [v for v in (q.value, q.low, q.high) if v is not None]
    decimals = [len(m.group(1) or "") for m in _NUMBER.finditer(q.text)
                if any(math.isclose(float(m.group(0).replace(",", "")), abs(t), rel_tol=1e-9) for t in targets)]
    if not decimals or re.search(r"[eE][-+]?\d|10\s*\^|10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]", q.text):
        return 0.0
    return 0.5 * 10.0 ** (-max(decimals))


def _tolerances(plan: ReproPlan, q: Quantity, factor: float) -> tuple[float, float]:
    """(tolerance for the band, tolerance a single run may use), both in metric units."""
    stated = plan.tolerance or 0.0
    approx = APPROX_TOLERANCE * abs(q.value) if q.qualifier == "approx" else 0.0
    decisive = max(stated, approx) * abs(factor)
    return max(decisive, rounding_tolerance(q) * abs(factor)), decisive


# -- rules ----------------------------------------------------------------------------------------


class _Outcome:
    """What a rule decided, before the verdict is assembled."""

    def __init__(self, label: Label, reasons: list[str], **fields: Any):
        self.label, self.reasons, self.fields = label, reasons, fields


def _meets(region: tuple[float, float], band: tuple[float, float]) -> bool:
    return region[0] <= band[1] and band[0] <= region[1]


def _claim_region(q: Quantity, f: float) -> tuple[float, float]:
    """The values a claim allows, in metric units, before tolerance."""
    lo, hi = sorted(((q.low if q.low is not None else q.value) * f, (q.high if q.high is not None else q.value) * f))
    if q.qualifier == "at_least":
        return lo, math.inf
    if q.qualifier == "less_than":
        return -math.inf, hi
    if q.qualifier == "within":
        return -abs(hi), abs(hi)
    return lo, hi


_SIDE_WORD = {True: "holds", False: "fails", None: "unclear"}  # what _side found, in words


def _wider(first: Interval, second: Interval, method: str) -> Interval:
    """The span of two intervals of one estimate (``first`` says how many values it rests on)."""
    return Interval(low=min(first.low, second.low), high=max(first.high, second.high), level=LEVEL, method=method,
                    n=first.n)


def _side(values: list[float], ref: float, above: bool) -> bool | None:
    """Whether the mean lies on the claimed side of ``ref``: its whole t interval (or the one value)."""
    ci = mean_interval(values, LEVEL) if len(values) >= 2 else None
    lo, hi = (ci.low, ci.high) if ci else (values[0], values[0])
    if (lo > ref) if above else (hi < ref):
        return True
    if (hi <= ref) if above else (lo >= ref):
        return False
    return None


def _value_rule(plan: ReproPlan, q: Quantity, values: list[float]) -> _Outcome:
    f = unit_factor(q.unit, plan.metric_unit, subject=plan.claim_ref)
    tol, decisive = _tolerances(plan, q, f)
    claimed = q.value * f
    mean = math.fsum(values) / len(values)
    pi = prediction_interval(values, LEVEL) if len(values) >= 2 else None
    common = {"observed": mean, "interval": pi, "expected_value": claimed}
    reasons = [f"{len(values)} run(s): mean {mean:.6g} {plan.metric_unit}".rstrip()]
    if q.qualifier == "up_to":
        ref = 1.0 if plan.metric_unit in RATIO_UNITS or q.unit == "x" else 0.0
        if pi is None:
            tol = decisive
            if decisive <= 0:
                return _Outcome(Label.inconclusive, reasons + ["one run and no stated tolerance: no spread to judge by"],
                                tolerance=0.0, **common)
        side = _side(values, ref, claimed > ref)
        common["interval"] = mean_interval(values, LEVEL) if pi else None
        reasons.append(f"'up to {claimed:.6g}' is an upper bound; direction beyond {ref:g}: "
                       + _SIDE_WORD[side])
        common.update(tolerance=tol, direction_holds=side,
                      band=Interval(low=ref, high=claimed + tol, level=LEVEL, method="peak bound", n=len(values)))
        if side is None:
            return _Outcome(Label.inconclusive, reasons, **common)
        if not side:
            return _Outcome(Label.not_reproduced, reasons, **common)
        if mean <= claimed + tol:
            return _Outcome(Label.reproduced, reasons + [f"mean {mean:.6g} <= {claimed:.6g} + {tol:.3g}"], **common)
        return _Outcome(Label.partially_reproduced,
                        reasons + [f"mean {mean:.6g} exceeds the stated peak {claimed:.6g} + {tol:.3g}"], **common)
    region = _claim_region(q, f)
    if pi is None:
        if decisive <= 0:
            return _Outcome(Label.inconclusive, reasons + ["one run and no stated tolerance: no spread to judge by"],
                            tolerance=0.0, **common)
        width, core = decisive, (mean, mean)
        reasons.append(f"one run: the stated tolerance {decisive:.3g} alone decides")
    else:
        width, core = tol, (pi.low, pi.high)
        reasons.append(f"{LEVEL:.0%} prediction interval {pi.low:.6g}..{pi.high:.6g}, widened by {tol:.3g}")
    band = (core[0] - width, core[1] + width)
    common.update(tolerance=width, band=Interval(low=band[0], high=band[1], level=LEVEL, method="pass band",
                                                 n=len(values)))
    shown = f"{region[0]:.6g}..{region[1]:.6g}" if region[0] != region[1] else f"{claimed:.6g}"
    if not _meets(region, band):
        return _Outcome(Label.not_reproduced, reasons + [f"the claim ({shown}) lies outside the band"], **common)
    if region[0] - width <= core[0] and core[1] <= region[1] + width:
        return _Outcome(Label.reproduced, reasons + [f"every value of the interval satisfies the claim ({shown})"],
                        **common)
    if (core[1] - core[0]) / 2 > WIDE_BAND * max(abs(claimed), abs(mean), 1e-12):
        return _Outcome(Label.inconclusive, reasons + [
            (f"the claim ({shown}) lies inside the band, but the band is too wide to discriminate "
             f"(half-width above {WIDE_BAND:.0%} of the value)")], **common)
    return _Outcome(Label.reproduced, reasons + [f"the claim ({shown}) lies inside the band"], **common)


def _speed_rule(plan: ReproPlan, q: Quantity, used: list[dict]) -> tuple[_Outcome, list[dict], list[RejectedRun]]:
    claim_class = hardware_class(plan.claim_hardware)
    same = [r for r in used if claim_class is not None and hardware_class(run_hardware(r)) == claim_class]
    others = [RejectedRun(run_id=r["run_id"], status=r["status"],
                          reason=f"other hardware class {hardware_class(run_hardware(r))!r}; the claim names {claim_class!r}")
              for r in used if same and r not in same]
    classes = sorted({str(hardware_class(run_hardware(r))) for r in used})
    why = (f"the runs ran on {', '.join(classes)}, the claim names {claim_class}" if claim_class
           else "the claim names no hardware")
    ratio = plan.metric_unit in RATIO_UNITS or q.unit == "x"
    f = unit_factor(q.unit, plan.metric_unit, subject=plan.claim_ref)
    claimed = q.value * f
    # "faster than bf16" (at least 1x), "slower than dense" (less than 1x): a direction and no number
    if ratio and claimed == 1.0 and q.qualifier in ("at_least", "less_than"):
        above = q.qualifier == "at_least"
        values = [r["metrics"][plan.metric] for r in (same or used)]
        side = _side(values, 1.0, above)
        ci = mean_interval(values, LEVEL) if len(values) >= 2 else None
        word = "faster" if above else "slower"
        reasons = [f"{len(values)} run(s): mean {math.fsum(values) / len(values):.6g}x",
                   f"a direction only ({word} than 1x): " + _SIDE_WORD[side]
                   + (" (a single run)" if ci is None else "")]
        common = {"observed": math.fsum(values) / len(values), "interval": ci, "expected_value": claimed,
                  "direction_holds": side}
        if same:
            label = {True: Label.reproduced, False: Label.not_reproduced, None: Label.inconclusive}[side]
            return (_Outcome(label, [f"same hardware class as the claim ({claim_class})", *reasons],
                             hardware_comparable=True, **common), same, others)
        return (_Outcome(Label.not_comparable, [f"{why}: the speed is not comparable; only the direction is tested",
                                                *reasons], hardware_comparable=False, **common), used, [])
    if same:
        out = _value_rule(plan, q, [r["metrics"][plan.metric] for r in same])
        if ratio and claimed != 1.0 and out.fields.get("direction_holds") is None:
            out.fields["direction_holds"] = _side([r["metrics"][plan.metric] for r in same], 1.0, claimed > 1.0)
        out.fields["hardware_comparable"] = True
        out.reasons.insert(0, f"same hardware class as the claim ({claim_class}): the number is compared")
        if out.label == Label.not_reproduced and out.fields.get("direction_holds"):
            out.label = Label.partially_reproduced
            out.reasons.append("the number misses, but the direction holds")
        return out, same, others
    values = [r["metrics"][plan.metric] for r in used]
    ci = mean_interval(values, LEVEL) if len(values) >= 2 else None
    reasons = [f"{why}: the number is not comparable; only the direction is tested"]
    side = None
    if ratio and claimed != 1.0:
        side = _side(values, 1.0, claimed > 1.0)
        word = "faster" if claimed > 1.0 else "slower"
        reasons.append(f"direction ({word} than 1x): " + _SIDE_WORD[side] + (" (a single run)" if ci is None else ""))
    else:
        reasons.append("a number with no ratio to 1x has no direction of its own: direction not tested")
    out = _Outcome(Label.not_comparable, reasons, observed=math.fsum(values) / len(values), interval=ci,
                   expected_value=claimed, direction_holds=side, hardware_comparable=False)
    return out, used, []


def _paired_rule(plan: ReproPlan, exp: Comparison, used: list[dict]) -> _Outcome:
    a = {r["seed"]: r["metrics"][plan.metric] for r in used}
    b = {r["seed"]: r["metrics"][exp.baseline_metric] for r in used}
    reasons = [f"{plan.metric} - {exp.baseline_metric} over {len(a)} paired seed(s)"]
    if exp.relative:
        if any(v <= 0 for v in b.values()):
            return _Outcome(Label.inconclusive, reasons + [f"a relative comparison needs {exp.baseline_metric} > 0"])
        a = {s: 100.0 * (a[s] / b[s] - 1.0) for s in a}
        b = {s: 0.0 for s in b}
        reasons[0] = f"100 * ({plan.metric} / {exp.baseline_metric} - 1), in % of {exp.baseline_metric}, over " \
                     f"{len(a)} paired seed(s)"
    if len(a) < MIN_PAIRS:
        diffs = [a[s] - b[s] for s in sorted(a)]
        return _Outcome(Label.inconclusive, reasons + [f"a paired comparison needs at least {MIN_PAIRS} seeds"],
                        observed=math.fsum(diffs) / len(diffs), observed_values=diffs)
    boot = paired_bootstrap(a, b, n=BOOTSTRAP_RESAMPLES, seed=BOOTSTRAP_SEED, level=LEVEL)
    # a percentile bootstrap of three seeds is about the range of their differences: alone it would call
    # three same-signed differences decided however far apart they lie (a sign test's 1 in 8 by chance)
    t_ci = mean_interval(boot.differences, LEVEL)
    ci = _wider(boot.interval, t_ci, PAIRED_METHOD)
    fields = {"observed": boot.mean_difference, "observed_values": boot.differences, "interval": ci}
    reasons.append(f"mean difference {boot.mean_difference:.6g}, {LEVEL:.0%} paired bootstrap "
                   f"{boot.interval.low:.6g}..{boot.interval.high:.6g} and paired t {t_ci.low:.6g}..{t_ci.high:.6g}: "
                   f"{ci.low:.6g}..{ci.high:.6g}")
    out = _paired_label(plan, exp, ci, reasons, fields)
    if out.label == Label.inconclusive:
        alone = _paired_label(plan, exp, boot.interval, [], dict(fields, interval=boot.interval))
        if alone.label != Label.inconclusive:
            out.reasons.append(f"the bootstrap alone would say {alone.label.text}; the t interval does not: the "
                               f"differences spread too widely for {len(a)} seeds, and {MORE_SEEDS}")
    return out


def _paired_label(plan: ReproPlan, exp: Comparison, ci: Interval, reasons: list[str], fields: dict) -> _Outcome:
    """The label of a paired comparison whose mean difference has the interval ``ci``."""
    op = exp.op
    if op in ("better", "worse"):
        higher = plan.metric_direction == "higher"
        op = "gt" if (op == "better") == higher else "lt"
        reasons.append(f"'{exp.op}' with {plan.metric_direction} is better means {plan.metric} "
                       f"{'above' if op == 'gt' else 'below'} {exp.baseline_metric}")
    if op in ("not_better", "not_worse"):
        # "A does not outperform B": A's win over B is at most the tolerance (A may be worse); "A is no
        # worse than B": B's win over A is
        tol = (exp.tolerance or 0.0) * (100.0 if exp.relative else 1.0)
        sign = (1.0 if plan.metric_direction == "higher" else -1.0) * (1.0 if op == "not_better" else -1.0)
        win = Interval(low=min(sign * ci.low, sign * ci.high), high=max(sign * ci.low, sign * ci.high), level=LEVEL,
                       method=ci.method, n=ci.n)
        fields.update(tolerance=tol)
        winner, loser = ((plan.metric, exp.baseline_metric) if op == "not_better"
                         else (exp.baseline_metric, plan.metric))
        reasons.append(f"'{op.replace('_', ' ')}' with {plan.metric_direction} is better: the win of {winner} over "
                       f"{loser} is {win.low:.6g}..{win.high:.6g}")
        if win.high <= tol:
            return _Outcome(Label.reproduced, reasons + [f"the interval of the win lies at or below {tol:.3g}"],
                            **fields)
        if win.low > tol:
            return _Outcome(Label.not_reproduced, reasons + [f"the interval of the win lies above {tol:.3g}"], **fields)
        return _Outcome(Label.inconclusive, reasons + [f"the interval of the win crosses {tol:.3g}"], **fields)
    if op == "equal":
        tol = (exp.tolerance or 0.0) * (100.0 if exp.relative else 1.0)
        fields.update(tolerance=tol, band=Interval(low=-tol, high=tol, level=LEVEL, method="equivalence margin", n=ci.n))
        if -tol <= ci.low and ci.high <= tol:
            return _Outcome(Label.reproduced, reasons + [f"the interval lies within +-{tol:.3g}"], **fields)
        if ci.low > tol or ci.high < -tol:
            return _Outcome(Label.not_reproduced, reasons + [f"the interval lies outside +-{tol:.3g}"], **fields)
        return _Outcome(Label.inconclusive, reasons + [f"the interval crosses +-{tol:.3g}"], **fields)
    holds = ci.low > 0 if op == "gt" else ci.high < 0
    against = ci.high < 0 if op == "gt" else ci.low > 0
    fields["direction_holds"] = True if holds else (False if against else None)
    if against:
        return _Outcome(Label.not_reproduced, reasons + ["the interval excludes zero on the other side"], **fields)
    if not holds:
        return _Outcome(Label.inconclusive, reasons + ["the interval includes zero"], **fields)
    if exp.margin is not None:
        # a relative comparison's margin is in % of the baseline, like its differences
        f = 1.0 if exp.relative else unit_factor(exp.margin.unit, plan.metric_unit, subject=plan.claim_ref)
        tol, _ = _tolerances(plan, exp.margin, f)
        lo, hi = _claim_region(exp.margin, f)
        fields.update(expected_value=exp.margin.value * f, tolerance=tol,
                      band=Interval(low=ci.low - tol, high=ci.high + tol, level=LEVEL, method="pass band", n=ci.n))
        if not _meets((lo, hi), (ci.low - tol, ci.high + tol)):
            return _Outcome(Label.partially_reproduced, reasons + [
                f"the direction holds, but the stated margin {exp.margin.text!r} lies outside the interval"], **fields)
    return _Outcome(Label.reproduced, reasons + ["the interval excludes zero on the claimed side"], **fields)


def _trend_rule(plan: ReproPlan, exp: Trend, used: list[dict]) -> _Outcome:
    xs: list[float] = []
    ys: list[float] = []
    seeds: list[int] = []  # the seed of each point: a run's curve, or a sweep's runs of one seed, are one model
    for r in used:
        start = len(xs)
        if exp.curve is not None and exp.minus_curve is not None:
            # the gap between two methods, point by point in each run
            a, b = r["curves"][exp.curve], r["curves"][exp.minus_curve]
            if [float(x) for x in a["x"]] != [float(x) for x in b["x"]]:
                raise InputError(f"run {r['run_id']}: curves {exp.curve} and {exp.minus_curve} have different x "
                                 f"({a['x']} and {b['x']}); their difference is undefined", subject=str(r["run_id"]),
                                 hint="the plan subtracts two curves of one sweep")
            xs += a["x"]
            ys += [abs(u - v) if exp.absolute else u - v for u, v in zip(a["y"], b["y"])]
        elif exp.curve is not None:
            xs += r["curves"][exp.curve]["x"]
            ys += r["curves"][exp.curve]["y"]
        else:
            xs.append(r["params"][exp.x_param])
            y = r["metrics"][plan.metric]
            if exp.minus_metric is not None:  # the gap between two methods in the same run
                y -= r["metrics"][exp.minus_metric]
                y = abs(y) if exp.absolute else y
            ys.append(y)
        seeds += [r["seed"]] * (len(xs) - start)
    res = trend_test(xs, ys, log2_x=exp.log2_x, level=LEVEL)
    reasons = [res.reason]
    if not res.testable:
        return _Outcome(Label.inconclusive, reasons + ["the design cannot decide a trend"], observed_values=ys)
    slopes = seed_slopes(xs, ys, seeds, log2_x=exp.log2_x)
    if len(slopes) < MIN_TREND_SEEDS:
        return _Outcome(Label.inconclusive, reasons + [
            f"the slope of {len(slopes)} seed(s): a trend needs its slope on at least {MIN_TREND_SEEDS} seeds (the "
            "points of one seed come from one model and are not independent)"],
            observed=res.slope, observed_values=ys)
    per_seed = mean_interval(list(slopes.values()), LEVEL)
    ci = _wider(res.interval, per_seed, TREND_METHOD)
    fields = {"observed": res.slope, "observed_values": ys, "interval": ci}
    reasons.append(f"slope {res.slope:.6g}, {LEVEL:.0%} interval {res.interval.low:.6g}..{res.interval.high:.6g} over "
                   f"the points and {per_seed.low:.6g}..{per_seed.high:.6g} over the {len(slopes)} seeds' slopes "
                   f"({', '.join(f'{v:.4g}' for v in slopes.values())}): {ci.low:.6g}..{ci.high:.6g}; claimed sign "
                   f"{exp.sign}")
    holds = ci.low > 0 if exp.sign == "+" else ci.high < 0
    against = (ci.high <= 0 if exp.sign == "+" else ci.low >= 0)
    fields["direction_holds"] = True if holds else (False if against else None)
    if holds:
        return _Outcome(Label.reproduced, reasons + ["the interval excludes zero on the claimed side"], **fields)
    if against:
        return _Outcome(Label.not_reproduced, reasons + ["the slope is zero or has the other sign"], **fields)
    reasons.append("the interval includes zero")
    pooled = res.interval
    if pooled.low > 0 or pooled.high < 0:
        alone = Label.reproduced if (pooled.low > 0) == (exp.sign == "+") else Label.not_reproduced
        reasons.append(f"the interval over the points alone would say {alone.text}; the seeds' own slopes do not: "
                       f"they spread too widely for {len(slopes)} seeds, and {MORE_SEEDS}")
    return _Outcome(Label.inconclusive, reasons, **fields)


# -- the verdict ----------------------------------------------------------------------------------


def _control(plan: ReproPlan, used: list[dict]) -> tuple[bool, str]:
    """(whether the plan's test discriminates, why): it does where the control method, measured in
    the same runs, fails the same test."""
    have = [r for r in used if plan.control in r["metrics"]]
    if len(have) < len(used):
        return False, (f"control: {plan.control} is missing from {len(used) - len(have)} of the {len(used)} runs, "
                       "so whether they show the problem the claimed method solves is unknown")
    ctrl = _paired_rule(plan.model_copy(update={"metric": plan.control}), plan.expected, have)
    observed = ctrl.fields.get("observed")
    diff = f"mean difference {observed:.4g}" if observed is not None else "no difference"
    if ctrl.label == Label.not_reproduced:
        return True, f"control: {plan.control} fails the same test ({diff}), so the test discriminates"
    if ctrl.label == Label.reproduced:
        return False, (f"control: {plan.control} passes the same test too ({diff}): the runs do not show the "
                       "problem the claimed method solves")
    return False, f"control: {plan.control}'s own test is {ctrl.label.value.replace('_', ' ')} ({diff})"


def judge_claim(plan: ReproPlan, runs: Sequence[Mapping[str, Any]]) -> ClaimVerdict:
    """The verdict on ``plan``'s claim from ``runs`` (RunRecord JSON dicts), by :data:`RULES`."""
    used, rejected, failures = screen_runs(plan, runs)
    reasons: list[str] = []
    if len(used) < len(plan.seeds) and used and plan.rule != "trend":
        reasons.append(f"{len(used)} of {len(plan.seeds)} planned seeds have a usable run")
    if not used:
        label = Label.error if failures else Label.inconclusive
        untested = sum(1 for r in rejected if r.reason.startswith("not a valid test of the claim"))
        why = (f"no usable run: {failures} matching run(s) failed or were invalid" if failures
               else f"no run is a valid test of the claim: {untested} run(s) did not meet the plan's preconditions"
               if untested else "no run matches the plan")
        out = _Outcome(label, [why])
    elif plan.rule == "speed":
        out, used, others = _speed_rule(plan, plan.expected, used)
        rejected += others
    elif plan.rule == "value":
        out = _value_rule(plan, plan.expected, [r["metrics"][plan.metric] for r in used])
    elif plan.rule == "paired_difference":
        out = _paired_rule(plan, plan.expected, used)
    else:
        out = _trend_rule(plan, plan.expected, used)
    fields = dict(out.fields)
    if plan.rule in ("value", "speed") and used and "observed_values" not in fields:
        fields["observed_values"] = [float(r["metrics"][plan.metric]) for r in used]
    if "hardware_comparable" not in fields and plan.claim_hardware and used:
        same = {same_hardware_class(plan.claim_hardware, run_hardware(r)) for r in used}
        fields["hardware_comparable"] = False if False in same else (True if same == {True} else None)
    if plan.hardware_match is not None and fields.get("hardware_comparable") not in (None, plan.hardware_match):
        reasons.append(f"the plan expected hardware_match={plan.hardware_match}; the runs' fingerprints say otherwise")
    label = out.label
    if label == Label.reproduced and plan.scale == "proxy":
        label = Label.reproduced_at_proxy_scale
        out.reasons.append("proxy scale: capped at 'reproduced at proxy scale'")
    elif label == Label.not_reproduced and plan.scale == "proxy":
        out.reasons.append("proxy scale: the claim does not hold on the stand-in model; its own model may behave "
                           "otherwise")
    if label in (Label.reproduced, Label.reproduced_at_proxy_scale) and plan.control is not None:
        discriminates, why = _control(plan, used)
        out.reasons.append(why)
        if not discriminates:
            label = Label.partially_reproduced
            out.reasons.append("the test did not discriminate: capped at 'partially reproduced'")
    if label in (Label.reproduced, Label.reproduced_at_proxy_scale) and plan.untested:
        label = Label.partially_reproduced
        out.reasons.append("only part of the claim was tested: capped at 'partially reproduced'; untested: "
                           + "; ".join(plan.untested))
    hardware = sorted({h for h in (run_hardware(r) for r in used) if h})
    return ClaimVerdict(
        claim_ref=plan.claim_ref, label=label, scale=plan.scale, rule=plan.rule, bundle_id=plan.bundle_id,
        seal=plan.seal, metric=plan.metric, expected=plan.expected,
        metric_unit="%" if isinstance(plan.expected, Comparison) and plan.expected.relative else plan.metric_unit,
        run_hardware=" / ".join(hardware) or None, runs_used=sorted(r["run_id"] for r in used),
        runs_rejected=sorted(rejected, key=lambda r: r.run_id), reasons=reasons + out.reasons,
        judge_version=JUDGE_VERSION, **fields,
    )
