"""Two compression methods claimed to perform alike.

"GPTQ matches RTN at 8 bits", "at 8 bits, QAT and PTQ perform similarly", "LSQ is on par with
STE-based QAT", "Wanda performs comparably to magnitude pruning at 50% sparsity": the claim is
that neither is better, so the plan compares the two settings' scores seed by seed and the judge
asks whether the paired difference lies within the no-loss tolerance (one point of exact match),
or within the claim's own bound ("within 0.5 points of GPTQ").

Before this reader such sentences either had no plan (no metric named, and the quality gate let
only a win of one method over another through) or, where a no-loss word stood in them ("on par"),
were planned as the claim's method keeping full-precision accuracy: another claim.

Only pairs a bundle runs side by side are planned: on the proxy, RTN, GPTQ, LSQ and STE QAT at
one width in ``qat_vs_ptq_bits`` (a generic "PTQ" is RTN there, a generic "QAT" LSQ, as in the
bundle's QAT-vs-PTQ comparisons), Wanda and magnitude pruning at 50% or 2:4 in ``pruning_sweep``;
on SST-2 (MiniLM) RTN, GPTQ and LSQ QAT, and the two pruners at each swept sparsity; on
WikiText-2 perplexity (SmolLM2) RTN, GPTQ and AWQ, and the two pruners at 50% and 2:4, judged
within 1% of the other method's perplexity.
"""

from __future__ import annotations

import re

from verifier.claim_fields import LEADING_ASIDE, find_methods
from verifier.claims import Claim, MethodFamily
from verifier.knee import nm_named_first, read_global_comparison, read_pattern_comparison
from verifier.plans import (
    EQUAL_TOLERANCE,
    FULL_BASELINE,
    BundleInfo,
    baseline_width,
    make_plan,
    sparsity_scope,
    untestable,
    width_scope,
)
from verifier.real_models import PPL_NO_LOSS
from verifier.verdicts import Comparison, ReproPlan, Untestable, UntestableCategory

# the parity words ("matches", "on par with", "performs similarly to", "as accurate as", "the same
# accuracy as"); "better than" or a stated loss makes it another claim
_PARITY = re.compile(
    r"\b(?:(?<!exact )(?<!exact-)match(?:es|ed|ing)?|on par\b|comparabl[ey]|similar(?:ly)?|equally|indistinguishable|"
    r"no (?:significant |noticeable |measurable |statistically significant )?difference|"
    r"within \S+ (?:(?:percentage )?points? )?of|"
    r"the same (?:accuracy|performance|perplexity|exact[- ]match|quality|results?)|"
    r"as (?:accurate|good|strong) as|perform\w* (?:\w+ )?as well as|"
    # "LSQ and STE QAT differ by less than 0.5 points"
    r"differ(?:s|ed|ing)? (?:only )?by (?:less than|under|at most|no more than))", re.IGNORECASE)
# a bound on a difference, whose "less than" is no comparative of the two
_DIFFERENCE_BOUND = re.compile(r"\bdiffer(?:s|ed|ing)? (?:only )?by (?:less than|under|at most|no more than)",
                               re.IGNORECASE)
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bfail(?:s|ed)? to|\bunable to|\bcannot|\bno longer)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)

# "reaches higher sparsity than layer-wise pruning at the same accuracy": a difference, not parity
_COMPARATIVE = re.compile(r"\b(?:higher|lower|more|less|fewer|greater|larger|smaller|better|worse|faster|slower)\b"
                          r"[^.;]{0,60}?\bthan\b", re.IGNORECASE)

# what each method is called in a bundle's metric names, and how a reason names it
_PROXY_QUANT = {"rtn": ("rtn", "RTN"), "ptq": ("rtn", "RTN (standing for PTQ)"), "gptq": ("gptq", "GPTQ"),
                "lsq": ("qat_lsq", "LSQ QAT"), "qat": ("qat_lsq", "LSQ QAT (standing for QAT)"),
                "ste": ("qat_ste", "STE QAT")}  # fmt: skip
_MINILM_QUANT = {"rtn": ("rtn", "RTN"), "ptq": ("rtn", "RTN (standing for PTQ)"), "gptq": ("gptq", "GPTQ"),
                 "lsq": ("qat", "LSQ QAT"), "qat": ("qat", "LSQ QAT (standing for QAT)")}  # fmt: skip
_SMOLLM2_QUANT = {"rtn": ("rtn", "RTN"), "ptq": ("rtn", "RTN (standing for PTQ)"), "gptq": ("gptq", "GPTQ"),
                  "awq": ("awq", "AWQ")}  # fmt: skip
_PRUNE = {"wanda": ("wanda", "Wanda"), "magnitude": ("magnitude", "magnitude pruning"),
          "pruning": ("magnitude", "magnitude pruning (standing for pruning)")}  # fmt: skip
_QAT_ALIASES = ("quantization-aware training", "quantisation-aware training")


def _key(name: str | None, family: MethodFamily | None) -> str:
    key = (name or (family.value if family else "")).lower()
    return "qat" if key in _QAT_ALIASES else key


def _parity_word(text: str, start: int = 0) -> re.Match[str] | None:
    """The first parity word from ``start`` that no negation stands before."""
    return next((m for m in _PARITY.finditer(text, start)
                 if not _NEGATED.search(text, max(0, m.start() - 30), m.start())), None)


def states_parity(text: str) -> bool:
    """Whether the sentence says two things perform alike: a parity word, not negated, and no
    comparative ("higher ... than") beside it."""
    return not _COMPARATIVE.search(_DIFFERENCE_BOUND.sub(" ", text)) and _parity_word(text) is not None


def read_parity(claim: Claim) -> tuple[str, str] | None:
    """(the claim's method, the other method), both as the lexicon names them, lower-cased ("gptq",
    "rtn"; a generic mention by its family: "qat", "ptq"), when the claim says the two perform
    alike; else None."""
    text = claim.statement
    # "Similar to RTN, GPTQ loses no accuracy": a leading likeness is an aside, not the claim's relation
    aside = LEADING_ASIDE.match(text)
    after = aside.end() if aside else 0
    found = _parity_word(text, after)
    if found is not None and read_global_comparison(text) is not None:
        return None  # "layer-wise magnitude pruning matches global pruning": one method's two masks, read there
    if found is not None and read_pattern_comparison(text) == "equal":
        # "2:4 Wanda pruning performs comparably to unstructured Wanda": one method's two masks
        m = "wanda" if re.search(r"\bWanda\b", text) else "magnitude"
        return ("n:m", m) if nm_named_first(text) else (m, "n:m")
    if (found is None or claim.method is None or _COMPARATIVE.search(_DIFFERENCE_BOUND.sub(" ", text))
            or claim.method.family in (MethodFamily.sparsity, MethodFamily.quantization, MethodFamily.other)
            and not claim.method.name):
        return None
    if claim.baseline and FULL_BASELINE.search(claim.baseline):
        return None  # "matches FP16": a no-loss claim
    own = _key(claim.method.name, claim.method.family)
    methods = [m for a, _, m in find_methods(text) if a >= after and m.family is not MethodFamily.sparsity
               and not (m.family is MethodFamily.quantization and not m.name)]
    others = [_key(m.name, m.family) for m in methods if _key(m.name, m.family) != own]
    if claim.baseline:
        named = [_key(m.name, m.family) for _, _, m in find_methods(claim.baseline)]
        others = [k for k in named if k != own] or others
    if not others:
        return None
    families = {claim.method.family} | {m.family for m in methods if _key(m.name, m.family) == others[0]}
    if MethodFamily.pruning in families and families & {MethodFamily.qat, MethodFamily.ptq, MethodFamily.quantization}:
        return None  # "4-bit QAT of a model pruned to 50% matches the dense model": one model, both applied
    return own, others[0]


def parity_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], pair: tuple[str, str], *, size: str,
                device: str, bits: int | None, setting: str = "proxy", reason_tail: str = "",
                ) -> ReproPlan | Untestable:
    """The plan that compares the two methods' scores for equality, or why none can. ``setting``:
    "proxy" (the addition bundles), "glue" (MiniLM on SST-2) or "perplexity" (SmolLM2 on WikiText-2)."""
    own, other = pair
    nc = UntestableCategory
    quant = {"proxy": _PROXY_QUANT, "glue": _MINILM_QUANT, "perplexity": _SMOLLM2_QUANT}[setting]
    bundle_q, bundle_p = {"proxy": ("qat_vs_ptq_bits", "pruning_sweep"),
                          "glue": ("minilm_sst2_compression",) * 2,
                          "perplexity": ("smollm2_wikitext_ppl",) * 2}[setting]
    score = {"proxy": "_exact_match", "glue": "_accuracy", "perplexity": ""}[setting]
    prefix = "ppl_" if setting == "perplexity" else ""
    relative = setting == "perplexity"
    tolerance = PPL_NO_LOSS if relative else EQUAL_TOLERANCE
    judged = (f"judged equal within {tolerance:.0%} of the other's perplexity" if relative
              else "judged equal within the tolerance")

    def plan(b: BundleInfo, metric: str, baseline_metric: str, text: str, reason: str, untested: list[str]):
        return make_plan(ref, b, claim, metric=metric,
                         expected=Comparison(baseline_metric=baseline_metric, op="equal", tolerance=tolerance,
                                             relative=relative, text=text),
                         rule="paired_difference", size=size, device=device,
                         tolerance=None if relative else tolerance,
                         reason=f"{reason}, {judged}" + reason_tail, untested=untested)

    if own in quant and other in quant and bundle_q in bundles:
        b = bundles[bundle_q]
        (a, a_label), (o, o_label) = quant[own], quant[other]
        widths = tuple(int(w) for w in ((b.settings or {}).get(size) or {}).get("bits") or b.params.get("bits")
                       or ((4, 3) if setting == "perplexity" else (8, 4, 3, 2)))
        if a == o:
            return untestable(ref, nc.no_bundle, f"{own} and {other} are one setting in the runs ({a_label}); "
                                                 "there is no pair to compare")
        if bits not in widths:
            return untestable(ref, nc.underspecified if bits is None else nc.no_bundle,
                              f"{a_label} and {o_label} alike " + ("at no stated width: the claim names no bit width"
                                                                   if bits is None else f"at {bits} bits; {b.id} runs "
                                                                   + ", ".join(map(str, widths)) + " bits"))
        rb = baseline_width(claim, bits, widths) if o == "rtn" else bits
        at = f"at {bits} bits" if rb == bits else f"at {bits} bits against {o_label} at {rb}"
        return plan(b, f"{prefix}{a}_w{bits}{score}", f"{prefix}{o}_w{rb}{score}",
                    f"{a_label} performs like {o_label} {at}", f"{a_label} vs {o_label} {at}",
                    width_scope(claim, bits, rb if rb != bits else None))
    if "n:m" in pair and (set(pair) - {"n:m"}) <= set(_PRUNE) and bundle_p in bundles:
        # "2:4 pruning matches unstructured pruning": one method's two masks at 50%
        b = bundles[bundle_p]
        m = "wanda" if "wanda" in pair or re.search(r"\bWanda\b", claim.statement) else "magnitude"
        label = "Wanda" if m == "wanda" else "magnitude pruning"
        nm_metric, un_metric = {"proxy": ("wanda_2of4" if m == "wanda" else "nm_2of4", f"{m}_s50"),
                                "glue": (f"nm24_{m}", f"{m}_s50"),
                                "perplexity": (f"{m}_2of4", f"{m}_unstructured")}[setting]
        a, o = (nm_metric, un_metric) if own == "n:m" else (un_metric, nm_metric)
        names = {nm_metric: f"{label} 2:4", un_metric: f"{label} 50% unstructured"}
        return plan(b, f"{prefix}{a}{score}", f"{prefix}{o}{score}", f"{names[a]} performs like {names[o]}",
                    f"{names[a]} vs {names[o]}", [])
    if own in _PRUNE and other in _PRUNE and bundle_p in bundles:
        b = bundles[bundle_p]
        (a, a_label), (o, o_label) = _PRUNE[own], _PRUNE[other]
        if a == o:
            return untestable(ref, nc.no_bundle, f"{own} and {other} are one pruning method in the runs "
                                                 f"({a_label}); there is no pair to compare")
        nm = claim.sparsity_pattern == "2:4" or "2:4" in claim.statement
        swept = [0.5] if setting != "glue" else [float(x) for x in ((b.settings or {}).get(size) or {})
                                                 .get("sparsities") or b.params.get("sparsities") or []]
        at = 0.5 if nm or claim.sparsity is None else claim.sparsity
        if not any(abs(at - x) < 1e-9 for x in swept):
            return untestable(ref, nc.no_bundle, f"{b.id} scores Wanda and magnitude pruning side by side at "
                                                 + ", ".join(f"{x:.0%}" for x in swept) + f" sparsity and 2:4, "
                                                 f"not at {at:.0%}")
        if setting == "proxy":
            ma, mo = ((f"{x}_2of4" if x == "wanda" else "nm_2of4") if nm else f"{x}_s50" for x in (a, o))
        elif setting == "glue":
            ma, mo = (f"nm24_{x}" if nm else f"{x}_s{round(at * 100)}" for x in (a, o))
        else:
            ma, mo = (f"{x}_{'2of4' if nm else 'unstructured'}" for x in (a, o))
        where = "2:4" if nm else f"{at:.0%} sparsity"
        return plan(b, f"{prefix}{ma}{score}", f"{prefix}{mo}{score}", f"{a_label} performs like {o_label} at {where}",
                    f"{a_label} vs {o_label} at {where}", [] if nm else sparsity_scope(claim, at))
    runs = {"proxy": "RTN, GPTQ, LSQ and STE QAT at one width, and Wanda with magnitude pruning",
            "glue": "RTN, GPTQ and LSQ QAT at one width, and Wanda with magnitude pruning",
            "perplexity": "RTN, GPTQ and AWQ at one width, and Wanda with magnitude pruning"}[setting]
    return untestable(ref, nc.no_bundle, f"no bundle runs {own} and {other} side by side in this setting (they "
                                         f"pair {runs})")
