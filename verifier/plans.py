"""Plan-building primitives of the matcher: the sealed bundles it may plan, the plan and
``Untestable`` records it returns, and the baselines each bundle's comparisons run.

``verifier.match`` holds the rules that decide which plan a claim gets; this module holds what
every rule uses, so that the rules read as rules.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from verifier.claims import Claim, Quantity
from verifier.verdicts import Comparison, ReproPlan, Trend, Untestable, UntestableCategory

DEFAULT_SEEDS = [0, 1, 2]
EQUAL_TOLERANCE = 0.01  # "no degradation", "matches": within 1 point of accuracy (fraction 0.01)


# the baselines each bundle's comparisons run (a claim naming another baseline is not tested by it)
RTN_BASELINE = re.compile(r"\bRTN\b|round[- ]to[- ]nearest|\bPTQ\b|post[- ]training", re.IGNORECASE)
MAGNITUDE_BASELINE = re.compile(r"\bmagnitude\b", re.IGNORECASE)
FULL_BASELINE = re.compile(r"\b(?:FP|BF)(?:16|32)?\b|\b(?:16|32)-bit\b|full[- ]precision|\bdense\b|unquanti[sz]ed|"
                           r"uncompressed|unpruned|original|baseline", re.IGNORECASE)
# SmoothQuant's levels with dynamic activation scales (its Table 2); every W8A8 run is static, its O3
DYNAMIC_LEVEL = re.compile(r"\bSmoothQuant-O[12]\b|\bO[12](?: and O[12])? (?:levels?|settings?)\b")
# method names whose weight-only no-loss claims the RTN/GPTQ runs of qat_vs_ptq_bits test as they are
WEIGHT_ONLY = re.compile(r"^(?:RTN|round-to-nearest|GPTQ|int[2-8]|[2-8]-bit)$", re.IGNORECASE)


@dataclass(frozen=True)
class BundleInfo:
    """What the matcher needs of a sealed bundle: its manifest's metrics and its seal."""

    id: str
    version: str
    seal: str
    metrics: dict[str, dict[str, str]]  # name -> {"direction": ..., "unit": ...}
    params: dict[str, Any]  # name -> default
    settings: dict[str, dict[str, Any]] | None = None  # size -> the configuration (repro.manifest.configuration)
    selects: dict[str, dict[str, Any]] | None = None  # size -> the 'selects' parameters at their defaults


def load_bundles() -> dict[str, BundleInfo]:
    """The shipped bundles that hold their seal (a bundle whose seal fails is not planned)."""
    from repro.errors import ReproError
    from repro.manifest import SIZES, discover, settings_at
    from repro.seal import BUNDLES_ROOT, LOCK_PATH, verify_manifest

    out = {}
    for bid, m in discover(BUNDLES_ROOT).items():
        try:
            entry = verify_manifest(m, lock_path=LOCK_PATH)
        except ReproError:
            continue
        # as run records hold them (JSON: lists, not tuples)
        sized = {size: json.loads(json.dumps(settings_at(m, size))) for size in SIZES if m.offers(size)}
        out[bid] = BundleInfo(
            id=bid, version=m.version, seal=entry.seal,
            metrics={k: {"direction": v.direction, "unit": getattr(v, "unit", "") or ""} for k, v in m.metrics.items()},
            params={k: v.default for k, v in m.params.items()},
            settings={size: config for size, (config, _) in sized.items()},
            selects={size: chosen for size, (_, chosen) in sized.items()},
        )
    return out


# "for different bit-precisions", "across bit widths": a claim that spans widths
_SEVERAL_WIDTHS = re.compile(r"\b(?:different|various|several|multiple|all|across|other|lower)\s+(?:the\s+)?"
                             r"(?:weight\s+)?"
                             r"(?:bit[- ]?(?:widths?|precisions?|settings?)|precisions?)\b"
                             # "at 4 bits and below", "at 3 bits or lower", "4-bit and lower precision"
                             r"|\b\d[- ]?bits?\s+(?:and|or)\s+(?:below|lower|less|fewer|above|higher|more)\b",
                             re.IGNORECASE)
_WIDTH = re.compile(r"\b(\d)[- ]?bits?\b(?!\s+(?:activation|input|KV|cache))|\bINT(\d)\b|\bW(\d)A\d+\b|"
                    r"\bbit[- ]?widths? (?:of |= ?)(\d)\b", re.IGNORECASE)
# what may stand between two baselines of one list: "RTN and GPTQ [Fra22]", "(RTN), GPTQ or AWQ"
_LIST_LINK = re.compile(r"(?:\s|\([^)]*\)|\[[^\]]*\]|[(),]|\band\b|\bor\b|\bas well as\b|\bthe\b)+", re.IGNORECASE)


# "at 2, 3, and 4 bits", "3 and 4 bits": every width of the list
_WIDTH_LIST = re.compile(r"(?<![\w.-])((?:\d\s*,\s*)+(?:and\s+|or\s+)?\d|\d\s+(?:and|or)\s+\d)[- ]?bits?\b",
                         re.IGNORECASE)


def widths_named(text: str) -> list[int]:
    """The weight bit widths ``text`` names, in order: "4-bit", "INT8", "W4A16" (not "8-bit activations"),
    each of a list ("2, 3, and 4 bits")."""
    listed = [int(d) for m in _WIDTH_LIST.finditer(text) for d in re.findall(r"\d", m.group(1))]
    single = [int(next(g for g in m.groups() if g)) for m in _WIDTH.finditer(text)]
    return listed + [w for w in single if w not in listed]


def _left(named: set, tested, spans_several: bool, plural: str, unit: str, show, descending: bool = False) -> list[str]:
    """What a plan at ``tested`` leaves of the values a claim names (``named``, shown by ``show``
    with ``unit``), or of the range it says it spans: the one ``untested`` entry, or none."""
    others = sorted((v for v in named if abs(v - tested) > 1e-9), reverse=descending)
    if others:
        return [f"the claim's other {plural} (" + ", ".join(show(v) + unit for v in others)
                + f"; tested at {show(tested)})"]
    if spans_several:
        return [f"{plural} other than {show(tested)} (the claim spans several; tested at {show(tested)} only)"]
    return []


def width_scope(claim: Claim, tested: int, baseline_at: int | None = None) -> list[str]:
    """The bit widths ``claim`` speaks of that a plan at ``tested`` bits (its baseline at
    ``baseline_at``, when another) leaves untested. 16 bits and more are the full-precision
    reference ("the gap to FP16"), no width of the claim."""
    named = set(widths_named(claim.statement))
    if claim.bits is not None:
        named.add(int(round(claim.bits)))
    named = {w for w in named if w < 16}
    named.discard(baseline_at)
    return _left(named, tested, bool(_SEVERAL_WIDTHS.search(claim.statement)), "bit widths", " bits", str,
                 descending=True)


# "at 50% and 60% sparsity", "50%/70% unstructured sparsity": the sparsities a claim names
_SPARSITY_LIST = re.compile(r"((?:\d{1,2}(?:\.\d+)?\s*%\s*(?:,|and|or|/|to)?\s*)+)(?:\(?\s*)?(?:unstructured\s+|"
                            r"structured\s+)?(?:sparsity|sparse\b|pruning ratio|of (?:the )?weights pruned)",
                            re.IGNORECASE)
_SEVERAL_SPARSITIES = re.compile(r"\b(?:different|various|several|multiple|all|across|higher|lower)\s+(?:the\s+)?"
                                 r"(?:sparsit(?:y|ies)(?:\s+(?:levels?|ratios?))?|pruning ratios?)\b"
                                 # "at 50% sparsity and above", "at sparsities of 50% or more" (not "or less": a knee
                                 # plan's "holds up to 30%" covers the sparsities below)
                                 r"|\b\d{1,2}(?:\.\d+)?\s*%(?:\s+(?:unstructured\s+)?sparsity)?\s+(?:and|or)\s+"
                                 r"(?:above|higher|more|beyond)\b", re.IGNORECASE)


def sparsity_scope(claim: Claim, tested: float) -> list[str]:
    """The sparsities ``claim`` speaks of that a plan at ``tested`` (a fraction) leaves untested."""
    named = {round(float(v) / 100, 4) for m in _SPARSITY_LIST.finditer(claim.statement)
             for v in re.findall(r"\d{1,2}(?:\.\d+)?(?=\s*%)", m.group(1))}
    if claim.sparsity is not None:
        named.add(round(claim.sparsity, 4))
    return _left(named, tested, bool(_SEVERAL_SPARSITIES.search(claim.statement)), "sparsities", "",
                 lambda v: f"{v:.0%}")


# the post-training baseline's own width: "outperforms the 4-bit PTQ model", "RTN at 4 bits"
_PTQ_NAMES = r"PTQ|RTN|round[- ]to[- ]nearest|post-training(?: quanti[sz]ation)?"
_BASELINE_WIDTH = re.compile(rf"\b(\d)[- ]?bits?\s+(?:weights?(?:-only)?\s+)?(?:{_PTQ_NAMES})\b"
                             rf"|\b(?:{_PTQ_NAMES})\b(?:\s+[\w-]+)?\s+(?:at|with|in)\s+(\d)[- ]?bits?\b", re.IGNORECASE)


def baseline_width(claim: Claim, own: int, widths: tuple[int, ...]) -> int:
    """The width of the post-training baseline a claim compares with: its own width when the claim
    gives it one of ``widths`` ("our 3-bit QAT model outperforms the 4-bit PTQ model": 4), else
    ``own``."""
    for m in _BASELINE_WIDTH.finditer(claim.statement):
        width = int(m.group(1) or m.group(2))
        if width in widths:
            return width
    return own


def baseline_scope(claim: Claim, tested: str) -> list[str]:
    """The further baselines a claim lists beside the one a plan tests ("AWQ outperforms RTN and
    GPTQ", plan against RTN: GPTQ is untested), as the claim names them."""
    from verifier.claim_fields import find_methods

    own = (claim.method.name or "").lower() if claim.method else ""
    text = claim.statement
    out: list[str] = []
    last = None
    for a, b, m in find_methods(text):
        name = m.name or ""
        if not name or name.lower() == own:
            continue
        if name.lower() == tested.lower():
            last = b
        elif last is not None and a > last and _LIST_LINK.fullmatch(text[last:a]):
            if name not in out:
                out.append(name)
            last = b
        else:
            last = None
    return [f"the comparison with {name}" for name in out]


# "for different model sizes", "across different scales", "on all scales of OPT models", "for LLMs up to
# 530B parameters": a claim that spans model sizes, where every bundle runs one model
_SEVERAL_SCALES = re.compile(r"\b(?:different|various|several|multiple|all|across|every)\s+(?:the\s+)?"
                             r"(?:(?:different|model)\s+)?(?:model\s+)?(?:scales?|sizes?)\b(?:\s+of\s+[\w.-]+"
                             r"(?:\s+models?)?)?|\b(?:LLMs|models)(?: with)? \(?up to \d+(?:\.\d+)?\s?[BMT]\b(?: parameters)?",
                             re.IGNORECASE)


def model_scope(claim: Claim) -> list[str]:
    """What a claim that spans model sizes leaves untested by a plan that runs one model."""
    m = _SEVERAL_SCALES.search(claim.statement)
    if m is None:
        return []
    return [f"model sizes other than the one model the runs use (the claim speaks of {m.group(0).strip()!r})"]


# "the only method that preserves perplexity", "whereas the baselines fail to do so": what a claim
# says of the other methods, which a plan that runs the claim's own method does not test
_OTHERS = re.compile(r"\bthe only (?:[\w-]+ ){0,2}(?:method|one|approach|scheme|technique)\b|\b(?:whereas|while) "
                     r"(?:the |all )?(?:baselines?|other (?:methods?|approaches|schemes))\b"
                     # "none of the PTQ methods match ...", "neither pruning method ...", "all methods ..."
                     # (not "all quantization schemes": one method's own settings)
                     r"|\b(?:none|all|each|both) of the (?:[\w-]+ ){0,2}(?:methods|approaches|techniques)\b"
                     r"|\bneither (?:[\w-]+ ){0,2}(?:method|approach|technique)\b"
                     r"|\ball (?:[\w-]+ ){0,2}(?:methods|approaches|techniques)\b", re.IGNORECASE)


def contrast_scope(claim: Claim) -> list[str]:
    """What a leading contrast or likeness says of another method ("Unlike magnitude pruning, Wanda
    keeps its accuracy": that magnitude pruning does not; "Like GPTQ, AWQ ...": that GPTQ does too),
    which a plan of the claim's own method leaves."""
    from verifier.claim_fields import LEADING_ASIDE

    m = LEADING_ASIDE.match(claim.statement)
    if m is None:
        return []
    what = "it is contrasted with" if m.group("unlike") else "it is likened to"
    return [f"what the claim says of the method {what} ({m.group(0).strip(' ,')!r})"]


# "outperforms RTN and achieves comparable performance as mixed-precision": a second relation, of parity,
# beside the win a plan tests
_ALSO_PARITY = re.compile(r"\b(?:achiev\w*|reach\w*|show\w*|giv\w*|deliver\w*|while|and)\s+(?:a\s+|an\s+)?"
                          r"(?:comparable|similar|on-par|equal|the same)\s+(?:\w+\s+)?(?:to|as|with)\s+[^,.;]{3,60}?"
                          r"(?=\s+(?:while|but|whereas|although|and)\b|[,.;]|$)", re.IGNORECASE)


def parity_scope(claim: Claim) -> list[str]:
    """A likeness the claim states beside the win or loss a plan tests, left untested."""
    m = _ALSO_PARITY.search(claim.statement)
    return [f"what the claim likens it to ({m.group(0).strip()!r})"] if m else []


def others_scope(claim: Claim) -> list[str]:
    """What a claim says of other methods than its own ("the only method that ..."), left untested."""
    m = _OTHERS.search(claim.statement)
    return [f"what the claim says of the other methods ({m.group(0).strip()!r})"] if m else []


# "using a 10x smaller calibration set", "with only 16 calibration samples": a condition on the
# calibration data that the runs, which calibrate as their configuration says, do not vary
_CALIBRATION = re.compile(r"\b(?:\d+(?:\.\d+)?\s?[x×]\s+(?:smaller|fewer|less)|(?:much |far )?(?:smaller|fewer|less)|"
                          r"(?:only |just )?\d+(?:,\d{3})*)\s+(?:\w+\s+)?calibration\b"
                          r"(?:\s+(?:sets?|data(?:sets?)?|samples?|sequences?|examples?|tokens?)\b)?"
                          r"|\bcalibration (?:sets?|data(?:sets?)?) of (?:only |just )?\d+(?:,\d{3})*(?:\s+\w+)?",
                          re.IGNORECASE)


def calibration_scope(claim: Claim) -> list[str]:
    """The calibration-data condition a claim states, which a plan's runs do not vary."""
    m = _CALIBRATION.search(claim.statement)
    return [f"the calibration data the claim states ({m.group(0).strip()!r}): the runs calibrate as the bundle's "
            "configuration says"] if m else []


def untestable(ref: str, cat: UntestableCategory, detail: str) -> Untestable:
    """Why no bundle tests the claim ``ref``: a category and a sentence for the report."""
    return Untestable(claim_ref=ref, category=cat, detail=detail)


# An accuracy comparison means nothing on a model that never learned its task: the baseline
# metric must reach this level in a run for the run to test the claim (judge: preconditions).
LEARNED = 0.5
SST2_LEARNED = 0.75  # SST-2 is binary: a model at chance (0.5) says nothing about compression
_BASELINES = {"qat_vs_ptq_bits": ("fp_exact_match", LEARNED), "pruned_qat_vs_fp": ("fp_exact_match", LEARNED),
              "pruning_sweep": ("dense_exact_match", LEARNED), "minilm_sst2_compression": ("fp_accuracy", SST2_LEARNED),
              # a best QAT fraction means nothing when no budget learned the task
              "qat_compute_share": ("best_exact_match_largest_budget", LEARNED)}


# the size of a win in accuracy: "outperforms RTN by 5 points", "by over 2%", "3.1 points higher"
# (a share of the weights is a sparsity, not a size of win: "pruned by 50% of the weights", "at most 50% sparsity")
_NOT_A_SIZE = r"(?!\s*(?:sparsity|sparse|of (?:the |its |their )?(?:weights|parameters)))"
_AMOUNT_WORDS = "about |around |roughly |~|over |more than |at least |up to "  # see MARGIN_QUALIFIER
_MARGIN = re.compile(r"\bby (?P<q>" + _AMOUNT_WORDS + r")?(?P<v>\d+(?:\.\d+)?)"
                     # "by 2-5 points": a range of sizes
                     r"(?:\s*(?:-|–|--|to)\s*(?P<hi>\d+(?:\.\d+)?))?\s*"
                     r"(?:percentage points?|points?|pp|%)(?!\w)" + _NOT_A_SIZE +
                     r"|(?P<v2>\d+(?:\.\d+)?)\s*(?:percentage points?|points?|pp)\s+(?:higher|more|better|above|"
                     r"(?:more|less) accurate|lower|worse|below)\b"
                     # "costs 3 more points than unstructured pruning"
                     r"|(?P<v3>\d+(?:\.\d+)?)\s+more\s+(?:percentage\s+)?points?\b",
                     re.IGNORECASE)
_PPL_MARGIN = re.compile(r"\bby (?:" + _AMOUNT_WORDS + r")?\d+(?:\.\d+)?\s*"
                         r"(?:perplexity points?|points?|ppl|%)?(?=[\s,.;)])(?!\s*(?:-?bits?|layers?|heads?)\b)"
                         + _NOT_A_SIZE, re.IGNORECASE)
MARGIN_QUALIFIER = {"about": "approx", "around": "approx", "roughly": "approx", "~": "approx", "over": "at_least",
                     "more than": "at_least", "at least": "at_least", "up to": "up_to"}


# a no-loss claim's own bound: "within 2% of FP16", "reduces accuracy by less than 0.5 points"
# "within 0.1 of FP16": in perplexity, a bound of perplexity points written without the unit
_UNITLESS_BOUND = re.compile(r"\bwithin\s+\d+(?:\.\d+)?\s+(?:perplexity\s+)?of\b", re.IGNORECASE)
_STATED_BOUND = re.compile(r"\b(?:within|(?:by )?less than|under|at most|no more than)\s+(\d+(?:\.\d+)?)\s*"
                           r"(%|percentage points?|points?|pp)(?!\w)" + _NOT_A_SIZE, re.IGNORECASE)


# "retains 98% of the dense model's accuracy": a loss of at most 2% of the baseline's value
RETENTION = re.compile(r"\b(?:retain|recover|reach|keep|preserv|achiev|maintain)\w*\s+(?:over |more than |at least )?"
                       r"(\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}"
                       # not "recovers 90% of the accuracy gap": a share of a difference, not of the baseline
                       r"(?:accuracy|performance|quality)\b(?!\s+(?:gap|loss|drop|degradation|difference)s?\b)",
                       re.IGNORECASE)


def stated_bound(text: str, relative: bool, unit: str) -> tuple[float, str] | None:
    """(tolerance, the words) of a bound the claim states for a no-loss comparison, in the
    comparison's terms: a share of the baseline for a relative one (only "%"), accuracy points
    (a fraction) for an absolute one on a fraction metric ("%" read as points); else None."""
    m = _STATED_BOUND.search(text)
    if m is None:
        return None
    value, word = float(m.group(1)), m.group(2).lower()
    if relative:
        return (value / 100, m.group(0).strip()) if word == "%" else None
    return (value / 100, m.group(0).strip()) if unit == "fraction" else None


def accuracy_margin(text: str) -> Quantity | None:
    """The stated size of an accuracy win, in percentage points ("by 5 points", "by 2%": accuracy
    percentages are read as points), or None."""
    m = _MARGIN.search(text)
    if m is None:
        return None
    value = float(m.group("v") or m.group("v2") or m.group("v3"))
    qualifier = MARGIN_QUALIFIER.get((m.group("q") or "").strip().lower(), "eq")
    if m.group("hi") is not None and float(m.group("hi")) > value:  # a range: its middle, and both ends
        low, high = value, float(m.group("hi"))
        return Quantity(value=(low + high) / 2, low=low, high=high, unit="pp", qualifier=qualifier,
                        text=m.group(0).strip())
    return Quantity(value=value, unit="pp", qualifier=qualifier, text=m.group(0).strip())


#: what each model-quality bundle evaluates on, and the benchmark names that are that data (None: generated)
EVALUATES: dict[str, tuple[str, re.Pattern[str] | None]] = {
    "smollm2_wikitext_ppl": ("WikiText-2 raw test", re.compile(r"wiki\s*text", re.IGNORECASE)),
    "minilm_sst2_compression": ("SST-2 (GLUE dev)", re.compile(r"\bSST-?2\b", re.IGNORECASE)),
    "math_exact_match": ("GSM8K and MATH-500", re.compile(r"GSM-?8K|\bMATH", re.IGNORECASE)),
    "passk_codegen": ("MBPP and HumanEval", re.compile(r"MBPP|HumanEval", re.IGNORECASE)),
    **{b: ("a generated multi-digit addition task", None)
       for b in ("qat_vs_ptq_bits", "pruning_sweep", "gptq_vs_rtn", "pruned_qat_vs_fp", "qat_compute_share")},
}


def make_plan(ref: str, b: BundleInfo, claim: Claim, *, metric: str, expected, rule: str, size: str, device: str,
              reason: str, params: dict | None = None, tolerance: float | None = None,
              stand_in: bool = False, preconditions: dict[str, float] | None = None,
              untested: list[str] | None = None, control: str | None = None,
              sweep: list[float] | None = None) -> ReproPlan | Untestable:
    """The plan that runs ``b`` for ``claim`` and compares ``metric`` as ``expected`` says, or
    ``Untestable`` when the bundle lacks the size or a metric it needs. Smoke and small plans, rules
    other than speed and stand-in shapes (``stand_in``) are proxy scale. ``preconditions`` replaces the bundle's own
    (its baseline must have learned the task) for a plan of a bundle that has none. ``untested``:
    what the claim says that the plan does not test (judged at most 'partially reproduced'); the
    model sizes a claim spans and what it says of other methods are added here for every rule but
    ``speed``. ``control``: the metric of the method the claimed one improves on (see ReproPlan).
    ``sweep``: the values of a trend's x_param to run (each with every seed)."""
    if b.settings is not None and size not in b.settings:
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} has no {size!r} size (it offers {', '.join(b.settings)})")
    if metric not in b.metrics and not (rule == "trend" and isinstance(expected, Trend) and expected.curve):
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} has no metric {metric!r} for this setting (available: {', '.join(sorted(b.metrics))[:200]})")
    if control is not None and control not in b.metrics:
        return untestable(ref, UntestableCategory.no_bundle, f"{b.id} has no metric {control!r}")
    if isinstance(expected, Comparison) and expected.baseline_metric not in b.metrics:
        return untestable(ref, UntestableCategory.no_bundle, f"{b.id} has no metric {expected.baseline_metric!r}")
    spec = b.metrics.get(metric, {})
    if (isinstance(expected, Comparison) and expected.op == "better" and expected.margin is None
            and spec.get("unit") == "fraction" and spec.get("direction") == "higher"
            and (margin := accuracy_margin(claim.statement)) is not None):
        # a claimed size of the win is tested too: a smaller win is 'partially reproduced'
        expected = expected.model_copy(update={"margin": margin})
    elif (isinstance(expected, Comparison) and expected.op == "equal" and not expected.relative
          and spec.get("unit") == "fraction" and (kept := RETENTION.search(claim.statement)) is not None
          and 50 <= float(kept.group(1)) < 100):
        # a share of the baseline kept: compared relatively, within the share given up
        share = round(1 - float(kept.group(1)) / 100, 10)
        words = kept.group(0).strip()
        expected = expected.model_copy(update={"tolerance": share, "relative": True,
                                               "text": f"{expected.text} ({words}: within {share:.0%} of it)"})
        tolerance = None
        reason = f"{reason}; judged as a share of the baseline's accuracy ({words})"
    elif (isinstance(expected, Comparison) and expected.op == "equal"
          and (bound := stated_bound(claim.statement, expected.relative, spec.get("unit", ""))) is not None
          and not math.isclose(bound[0], expected.tolerance or 0.0)):
        # the claim's own bound, not the default one: stricter or looser, it is what the claim says
        words = bound[1]
        default = re.search(r"\(within [\d.]+% of it\)", expected.text)  # the default's words, replaced
        text = (expected.text.replace(default.group(0), f"({words} of it, the claim's bound)") if default
                else f"{expected.text} (the claim's bound: {words})")
        expected = expected.model_copy(update={"tolerance": bound[0], "text": text})
        if tolerance is not None:  # a relative bound lives in the comparison only
            tolerance = bound[0]
        reason = f"{reason}; judged within the claim's own bound ({words})"
    elif (isinstance(expected, Comparison) and expected.op == "worse" and expected.margin is None
          and (margin := accuracy_margin(claim.statement)) is not None):
        # "the 2:4 pattern costs 3 more points than unstructured pruning": the direction is tested, not its size
        untested = [*(untested or []), f"the stated size of the difference ({margin.text})"]
    elif (isinstance(expected, Comparison) and expected.op == "better" and expected.margin is None
          and spec.get("unit") not in ("fraction", "perplexity") and (margin := accuracy_margin(claim.statement))):
        # "GPTQ outperforms RTN by 4 points": the runs compare another measure (layer errors), not its points
        untested = [*(untested or []), f"the size of the win the claim states ({margin.text}): the runs compare "
                                       f"{metric} ({spec.get('unit') or 'no unit'}), not accuracy points"]
    elif (isinstance(expected, Comparison) and expected.op == "equal" and spec.get("unit") == "perplexity"
          and (said := _STATED_BOUND.search(claim.statement) or _UNITLESS_BOUND.search(claim.statement)) is not None
          and stated_bound(claim.statement, expected.relative, "perplexity") is None):
        # "within 0.5 points of FP16 perplexity": a gap on the claim's model, not a share of the stand-in's
        untested = [*(untested or []), f"the claim's bound ({said.group(0).strip()}): perplexity points on the "
                                       "claim's model do not carry over to the stand-in, which is judged within "
                                       f"{(expected.tolerance or 0):.0%} of its baseline instead"]
    elif (isinstance(expected, Comparison) and expected.op in ("better", "worse") and spec.get("unit") == "perplexity"
          and (gap := _PPL_MARGIN.search(claim.statement)) is not None):
        # perplexity points do not transfer from the claim's model to the stand-in: the direction is tested
        untested = [*(untested or []), f"the size of the difference the claim states ({gap.group(0).strip()}): a "
                                       "perplexity gap on the claim's model does not carry over to the stand-in"]
    if preconditions is None:
        base = _BASELINES.get(b.id)
        preconditions = {base[0]: base[1]} if base is not None and base[0] in b.metrics else {}
    run_hw = "cuda GPU" if device == "cuda" else "CPU"
    if claim.hardware and "hardware" in claim.conditions.get("paper_wide", ""):
        # the claim does not name it; the paper says so of all its experiments
        reason = f"{reason}; the claim's hardware ({claim.hardware}) is the paper's for all its experiments"
    swept = expected.x_param if isinstance(expected, Trend) else None
    config = {k: v for k, v in (b.settings or {}).get(size, {}).items() if k not in (params or {}) and k != swept}
    selects = {k: v for k, v in (b.selects or {}).get(size, {}).items() if k not in (params or {})}
    if claim.dataset and b.id in EVALUATES and rule != "speed":
        data, same = EVALUATES[b.id]
        if same is None or not same.search(claim.dataset):
            # "4-bit GPTQ reduces GSM8K accuracy by 5 points" on the addition proxy: say what stands in
            reason = f"{reason} (the claim's benchmark, {claim.dataset}, is not run: {data} stands in for it)"
    return ReproPlan(
        claim_ref=ref, bundle_id=b.id, bundle_version=b.version, seal=b.seal, params=params or {}, config=config,
        selects=selects, size=size,
        seeds=list(DEFAULT_SEEDS), metric=metric, metric_direction=spec.get("direction"),
        metric_unit=spec.get("unit", ""), expected=expected, tolerance=tolerance, rule=rule,
        scale="proxy" if size != "full" or rule != "speed" or stand_in else "faithful",
        claim_hardware=claim.hardware, run_hardware=run_hw, reason=reason,
        preconditions=preconditions, control=control, sweep=list(sweep or []),
        # a speed sweep spans shapes; every other bundle runs one model
        untested=list(untested or []) + (model_scope(claim) + others_scope(claim) + calibration_scope(claim)
                                         if rule != "speed" else [])
        # a relation between the two methods tests the contrast; anything else leaves it
        + ([] if isinstance(expected, Comparison) and expected.op != "equal" else contrast_scope(claim))
        + (parity_scope(claim) if isinstance(expected, Comparison) and expected.op in ("better", "worse") else []),
    )
