"""What the judge decides about, and what it decides: reproduction plans and claim verdicts.

A :class:`ReproPlan` binds one testable claim to one sealed bundle: the parameters and seeds
to run, the metric to read (with the direction its manifest declares), what the claim expects
(a :class:`~verifier.claims.Quantity`, a :class:`Comparison` or a :class:`Trend`), the rule that
judges it, the scale (faithful or proxy) and the hardware the claim names against the
hardware the runs use. A claim no bundle can test gets an :class:`Untestable` record instead,
so that reports can say why it was left out.

A :class:`ClaimVerdict` is the judge's answer for one plan: one of seven labels, the observed
values and their interval, the band the claim had to fall in, which runs were used and which
were rejected (with why), and the reasons in words. Verdicts carry no time stamp: the same plan
and runs always give an equal verdict; the store adds when it was judged.

Hardware is compared by *class* (:func:`hardware_class`): "H100" and "NVIDIA H100 80GB HBM3"
are one class, "A100" and "H100" are two.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from verifier.claims import Quantity

RuleName = Literal["value", "speed", "paired_difference", "trend"]
Scale = Literal["faithful", "proxy"]
_SEAL = re.compile(r"^sha256:[0-9a-f]{64}$")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- hardware classes ---------------------------------------------------------------------------

# Accelerator families by the model number vendors print; memory size, form factor (SXM, PCIe)
# and vendor words do not change the class. Longer names come first inside each alternative.
_GPU_FAMILY = re.compile(
    r"\b(GH200|GB200|B200|B100|H200|H100|H800|H20|A100|A800|A6000|A5000|A4000|A40|A30|A16|A10G|A10|A2"
    r"|L40S|L40|L4|V100|P100|P40|P4|T4|K80|MI\d{3}X?|RTX\s?\d{4}(?:\s?TI)?|GTX\s?\d{3,4}(?:\s?TI)?"
    r"|TPU\s?V\d+[A-Z]*)\b"
)
_VENDOR_WORDS = re.compile(r"\b(NVIDIA|TESLA|GEFORCE|QUADRO|AMD|INSTINCT|RADEON|GOOGLE|INTEL|GPUS?)\b")
# names of a kind of device, not of a model: they say nothing about the class
_GENERIC = {"CUDA", "CPU", "CPUS", "ACCELERATOR", "DEVICE", "CUDA DEVICE", "GPU", "GPUS", "TPU"}


_CPU_WORDS = re.compile(r"\b(CPUS?|XEON|EPYC|CORE I\d|RYZEN|THREADRIPPER|NEOVERSE|GRAVITON|ARM|X86(?: 64)?|AARCH64)\b")
_GPU_WORDS = re.compile(r"\b(GPUS?|CUDA|TPUS?|ACCELERATOR)\b")


def _normal(name: str) -> str:
    text = re.sub(r"\((?:R|TM)\)", " ", name.upper().replace("-", " ").replace("_", " "))
    return re.sub(r"\s+", " ", text).strip()


def hardware_class(name: str | None) -> str | None:
    """The class of a hardware name, for comparing a claim's hardware with a run's.

    GPUs and TPUs reduce to their family ("NVIDIA H100 80GB HBM3" -> "H100", "RTX 4090" ->
    "RTX4090", "NVIDIA A100-SXM4-80GB" -> "A100"). Anything else (a CPU model) reduces to its
    upper-cased words without vendor words, so that two CPUs match only when they are the same
    model. ``None``, a blank name, a generic device word ("CPU") and a GPU of no known family
    ("cuda GPU", "a GPU") have no class.
    """
    if name is None or not name.strip():
        return None
    text = _normal(name)
    found = _GPU_FAMILY.search(text)
    if found:
        return found.group(1).replace(" ", "")
    if text in _GENERIC or _GPU_WORDS.search(text):
        return None  # a GPU of no known family: the model is unknown
    rest = re.sub(r"\s+", " ", _VENDOR_WORDS.sub(" ", text)).strip()
    return None if not rest or rest in _GENERIC else rest


def hardware_kind(name: str | None) -> str | None:
    """"gpu" (GPUs, TPUs and other accelerators), "cpu", or None when the name does not say."""
    if name is None or not name.strip():
        return None
    text = _normal(name)
    if _GPU_FAMILY.search(text) or _GPU_WORDS.search(text):
        return "gpu"
    if _CPU_WORDS.search(text):
        return "cpu"
    return None


def same_hardware_class(claim_hardware: str | None, run_hardware: str | None) -> bool | None:
    """True when both names have the same class, False when they differ, None when unknown.

    Two names without a common class still differ when their kinds do: an A100 claim and a
    "CPU" run are False; an A100 claim and a "cuda GPU" run (model unknown) are None.
    """
    a, b = hardware_class(claim_hardware), hardware_class(run_hardware)
    if a is not None and b is not None:
        return a == b
    ka, kb = hardware_kind(claim_hardware), hardware_kind(run_hardware)
    if ka is not None and kb is not None and ka != kb:
        return False
    return None


# -- what a claim expects -------------------------------------------------------------------------


class Comparison(Frozen):
    """A relation between two metrics of the same runs, judged on per-seed differences.

    The left side is the plan's ``metric``; the right side is ``baseline_metric``. ``op`` is
    ``gt``/``lt`` (left above/below right), ``better``/``worse`` (resolved with the plan's
    metric direction, so "outperforms" never guesses whether lower is better) or ``equal``
    ("matches", "within 1% of", with ``tolerance`` as the allowed absolute difference) or
    ``not_better`` ("A does not outperform B": A better than B by at most ``tolerance``) or
    ``not_worse`` ("A is no worse than B": A worse than B by at most ``tolerance``). With
    ``relative`` the per-seed values compared are metric / baseline_metric - 1 and ``tolerance`` is a
    fraction of the baseline: perplexities of different models differ in scale, so "no degradation"
    is a share of the baseline's, not a number of perplexity points.
    """

    kind: Literal["comparison"] = "comparison"
    baseline_metric: str = Field(description="metric of the same runs that the plan's metric is compared with")
    op: Literal["gt", "lt", "better", "worse", "equal", "not_better", "not_worse"] = Field(
        description="the relation the claim states ('not_better': 'A does not outperform B', A at most ``tolerance`` "
                    "better than B; 'not_worse': 'A is no worse than B', A at most ``tolerance`` worse)")
    margin: Quantity | None = Field(
        default=None, description="the claimed size of (metric - baseline_metric), if the claim states one"
    )
    tolerance: float | None = Field(
        default=None, ge=0, description="for op 'equal': the largest |difference| that counts as equal; for "
                                         "'not_better': the largest win that counts as none; metric units"
    )
    relative: bool = Field(
        default=False,
        description="compare metric / baseline_metric - 1 instead of the difference; tolerance is then a fraction of "
                    "the baseline (perplexity 'without degradation': 0.01 = 1%)",
    )
    text: str = Field(description="the relation in the claim's words, for reports: 'GPTQ beats RTN at 3 bits'")

    @model_validator(mode="after")
    def _equal_needs_tolerance(self) -> Comparison:
        if self.op == "equal" and not self.tolerance:
            raise ValueError("an 'equal' comparison needs a tolerance > 0 (the difference that still counts as equal)")
        return self


class Trend(Frozen):
    """A claim about how a metric moves with a swept variable: the sign of the slope decides.

    The points come either from a curve every run writes (``curve``: its x and y) or from runs
    that differ in one parameter (``x_param``: x is that parameter, y the plan's metric).
    ``log2_x`` fits the slope on log2(x) (bits, budgets, sizes); otherwise on x.
    """

    kind: Literal["trend"] = "trend"
    sign: Literal["+", "-"] = Field(description="'+': the metric rises with x; '-': it falls")
    curve: str | None = Field(default=None, description="name of the curve in each run's result that holds the points")
    x_param: str | None = Field(default=None, description="the parameter swept across runs (x), when no curve is used")
    minus_curve: str | None = Field(default=None, description="a second curve of each run, subtracted point by point "
                                    "(same x) from ``curve``: the trend of the gap between two methods")
    minus_metric: str | None = Field(default=None, description="with x_param: a second metric of each run, subtracted "
                                     "from the plan's (the gap between two methods scored in the same runs)")
    absolute: bool = Field(default=False, description="with minus_curve or minus_metric: the size of the gap, "
                           "|A - B| (a 'gap between' A and B that names no leader)")
    log2_x: bool = Field(default=True, description="fit y against log2(x) rather than x")
    text: str = Field(description="the trend in the claim's words, for reports")

    @model_validator(mode="after")
    def _one_source(self) -> Trend:
        if (self.curve is None) == (self.x_param is None):
            raise ValueError("a trend needs exactly one of 'curve' or 'x_param'")
        if self.minus_curve is not None and self.curve is None:
            raise ValueError("a trend's 'minus_curve' is subtracted from its 'curve'; it has none")
        if self.minus_metric is not None and self.x_param is None:
            raise ValueError("a trend's 'minus_metric' is subtracted run by run over its x_param; it has none")
        if self.absolute and self.minus_curve is None and self.minus_metric is None:
            raise ValueError("'absolute' is the size of a gap between two curves or metrics; the trend names one")
        return self


Expected = Quantity | Comparison | Trend


# -- plans and untestable claims ------------------------------------------------------------------


class ReproPlan(Frozen):
    """One claim bound to one sealed bundle: what to run, what to read and how to judge it."""

    claim_ref: str = Field(description="the claim this plan tests, as the store names it (e.g. 'claim:42')")
    bundle_id: str = Field(description="the bundle that runs the experiment")
    bundle_version: str = Field(description="the bundle's manifest version the plan was made for")
    seal: str = Field(description="the bundle's seal from the lock file, 'sha256:<hex>'; runs under another seal are rejected")
    params: dict[str, Any] = Field(default_factory=dict, description="resolved bundle parameters every run must have")
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="the bundle's other settings at this size (its defaults, without where inputs live): a run with "
                    "other values ran another experiment and is not pooled; empty in plans made before it existed",
    )
    selects: dict[str, Any] = Field(
        default_factory=dict,
        description="the bundle's parameters that choose which settings a run computes, at their defaults: a run "
                    "with other values that lacks the plan's metric did not compute this setting (not a failure)",
    )
    size: Literal["smoke", "small", "full"] = Field(
        description="the bundle size to run; 'smoke' and 'small' plans are always proxy scale")
    seeds: list[int] = Field(description="the seeds to run, one run per seed (per x value for a parameter sweep)")
    sweep: list[float] = Field(
        default_factory=list,
        description="for a trend over runs that differ in one parameter (Trend.x_param): the values to run it at, "
                    "each with every seed; runs at other values are not used. Empty: the plan runs no sweep itself "
                    "(any stored value counts)")
    metric: str = Field(description="the metric (or, for a curve trend, the curve's y quantity) the claim is about")
    metric_direction: Literal["higher", "lower"] | None = Field(
        description="whether higher or lower is better, from the bundle manifest; None only for curves"
    )
    metric_unit: str = Field(default="", description="the metric's unit from the manifest ('fraction', 'x', 'ms', ...)")
    expected: Expected = Field(description="what the claim says: a number (Quantity) or a relation (Comparison, Trend)")
    tolerance: float | None = Field(
        default=None, ge=0,
        description="the claim's own stated tolerance, absolute, in the claim's units; None: none stated",
    )
    rule: RuleName = Field(description="the verdict rule of verifier.judge.RULES that judges this plan")
    scale: Scale = Field(description="'faithful' (the claim's model and data) or 'proxy' (a small stand-in)")
    claim_hardware: str | None = Field(default=None, description="the hardware the claim names, as written")
    run_hardware: str | None = Field(default=None, description="the hardware the runs are planned on, as the device names it")
    hardware_match: bool | None = Field(
        default=None, description="whether claim and run hardware are one class; filled from the names when omitted"
    )
    reason: str = Field(description="why this bundle and these parameters test this claim, in words")
    untested: list[str] = Field(
        default_factory=list,
        description="what the claim says that this plan does not test (another of the bit widths it spans, another "
                    "baseline it names), in words; a plan with any is capped at 'partially reproduced'",
    )
    control: str | None = Field(
        default=None,
        description="a metric of the same runs for the method the claimed one improves on (naive W8A8 for "
                    "SmoothQuant): a 'no loss' test discriminates only where the control fails it, so when the "
                    "control passes too (or is missing) the verdict is capped at 'partially reproduced'",
    )
    preconditions: dict[str, float] = Field(
        default_factory=dict,
        description="metric -> the least value it must reach in a run for that run to test the claim at all (e.g. "
                    "the full-precision model must have learned the task before 'no loss after quantisation' means "
                    "anything); a run below it is rejected as not a valid test",
    )

    @field_validator("seal")
    @classmethod
    def _seal_form(cls, v: str) -> str:
        if not _SEAL.match(v):
            raise ValueError(f"seal {v!r} is not of the form 'sha256:<64 hex digits>' (see repro/bundles.lock)")
        return v

    @field_validator("seeds")
    @classmethod
    def _seeds(cls, v: list[int]) -> list[int]:
        if not v:
            raise ValueError("a plan needs at least one seed")
        if len(set(v)) != len(v):
            raise ValueError(f"seeds repeat: {v}")
        return v

    @model_validator(mode="before")
    @classmethod
    def _fill_match(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        computed = same_hardware_class(data.get("claim_hardware"), data.get("run_hardware"))
        given = data.get("hardware_match")
        if given is not None and computed is not None and given != computed:
            raise ValueError(
                f"hardware_match={given} contradicts the classes of {data.get('claim_hardware')!r} "
                f"and {data.get('run_hardware')!r}; leave it out to have it computed"
            )
        return {**data, "hardware_match": computed if given is None else given}

    @model_validator(mode="after")
    def _consistent(self) -> ReproPlan:
        wants = {"value": Quantity, "speed": Quantity, "paired_difference": Comparison, "trend": Trend}[self.rule]
        if not isinstance(self.expected, wants):
            raise ValueError(  # noqa: TRY004 (pydantic validators report through ValueError)
                f"rule {self.rule!r} needs an expected {wants.__name__}, got {type(self.expected).__name__}")
        if self.size != "full" and self.scale != "proxy":
            raise ValueError(f"a {self.size!r} size plan is a proxy by construction: set scale='proxy'")
        if self.control is not None and self.rule != "paired_difference":
            raise ValueError("a control metric needs the paired_difference rule")
        curve_trend = isinstance(self.expected, Trend) and self.expected.curve is not None
        if self.sweep and not (isinstance(self.expected, Trend) and self.expected.x_param):
            raise ValueError("a sweep is the x values of a trend over one parameter (Trend.x_param)")
        if self.sweep and len(set(self.sweep)) < 3:
            raise ValueError(f"a sweep needs at least 3 distinct values, got {self.sweep}")
        if self.sweep and isinstance(self.expected, Trend) and self.expected.x_param in self.params:
            raise ValueError(f"{self.expected.x_param!r} is swept: it is no parameter every run shares")
        if self.metric_direction is None and not curve_trend:
            raise ValueError(f"metric {self.metric!r} needs its direction from the bundle manifest")
        return self


class UntestableCategory(str, Enum):
    not_a_result = "not_a_result"  # a setup fact or a qualitative remark: nothing to reproduce
    not_testable_offline = "not_testable_offline"  # needs a service, a dataset or a scale we cannot run
    no_bundle = "no_bundle"  # testable in principle, but no bundle measures it
    underspecified = "underspecified"  # no model, dataset, metric or number to test against


class Untestable(Frozen):
    """A claim that gets no reproduction, and why."""

    claim_ref: str = Field(description="the claim, as the store names it")
    category: UntestableCategory = Field(description="why it is not tested, as one of four categories")
    detail: str = Field(description="the specific reason in words, e.g. 'names no dataset'")
    size: str | None = Field(default=None, description="the bundle size the match was made for (None: any)")
    device: str | None = Field(default=None, description="the device the match was made for (None: any)")


# -- verdicts -------------------------------------------------------------------------------------


class Label(str, Enum):
    """The seven verdict labels, strongest support first (see :data:`LABEL_ORDER`)."""

    reproduced = "reproduced"
    reproduced_at_proxy_scale = "reproduced_at_proxy_scale"
    partially_reproduced = "partially_reproduced"
    not_reproduced = "not_reproduced"
    inconclusive = "inconclusive"
    not_comparable = "not_comparable"
    error = "error"

    @property
    def text(self) -> str:
        """The label as reports print it: 'reproduced at proxy scale'."""
        return self.value.replace("_", " ")


#: Labels by the support they give a claim, strongest first.
LABEL_ORDER = tuple(Label)


class Interval(Frozen):
    """A two-sided interval around an observed statistic."""

    low: float = Field(description="lower end")
    high: float = Field(description="upper end")
    level: float = Field(description="coverage, e.g. 0.95")
    method: str = Field(description="how it was computed: 't prediction', 'paired bootstrap', 'OLS slope t', ...")
    n: int = Field(description="how many values (runs, pairs or points) it rests on")

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.low > self.high:
            raise ValueError(f"interval {self.low}..{self.high} is reversed")
        return self


class RejectedRun(Frozen):
    """A run the judge did not use, and why (failed, other seal, other parameters, ...)."""

    run_id: str = Field(description="the run's id")
    status: str = Field(description="the run's status as recorded (ok, failed, killed, timeout, ...)")
    reason: str = Field(description="why it was not used, in words")


class ClaimVerdict(Frozen):
    """The judge's answer for one claim from the runs of its plan."""

    claim_ref: str = Field(description="the claim judged")
    label: Label = Field(description="one of the seven labels")
    scale: Scale = Field(description="the plan's scale: a proxy-scale verdict is capped at 'reproduced at proxy scale'")
    rule: RuleName = Field(description="the verdict rule applied (text in verifier.judge.RULES)")
    bundle_id: str = Field(description="the bundle the runs came from")
    seal: str = Field(description="the bundle seal the runs had to carry")
    metric: str = Field(description="the metric (or curve) read from the runs")
    metric_unit: str = Field(default="", description="its unit, from the manifest")
    observed: float | None = Field(
        default=None,
        description="the point estimate: mean over seeds (value, speed), mean paired difference, or trend slope",
    )
    observed_values: list[float] = Field(
        default_factory=list, description="the per-run values (or per-seed differences) the estimate rests on"
    )
    interval: Interval | None = Field(
        default=None, description="the interval around 'observed': prediction, bootstrap or slope interval"
    )
    expected: Expected = Field(description="what the claim said, as in the plan")
    expected_value: float | None = Field(
        default=None, description="the claimed number converted to the metric's unit, when the claim states one"
    )
    tolerance: float = Field(default=0.0, description="the tolerance applied, in metric units")
    band: Interval | None = Field(
        default=None, description="the pass band the claimed value had to fall in (interval widened by the tolerance)"
    )
    direction_holds: bool | None = Field(
        default=None, description="whether the claimed direction (faster, better, rising) holds; None: not tested or unclear"
    )
    hardware_comparable: bool | None = Field(
        default=None, description="whether the runs' hardware is the claim's class; None when the claim names none"
    )
    run_hardware: str | None = Field(default=None, description="the hardware the used runs ran on (fingerprint GPU or CPU)")
    runs_used: list[str] = Field(default_factory=list, description="ids of the runs the verdict rests on, sorted")
    runs_rejected: list[RejectedRun] = Field(default_factory=list, description="runs not used, with why, sorted by id")
    reasons: list[str] = Field(default_factory=list, description="the steps of the decision in words, in order")
    judge_version: str = Field(description="version of the rules that produced the verdict (verifier.judge.JUDGE_VERSION)")
