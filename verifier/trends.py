"""Trends over bit widths and sparsity, of one method or of the gap between two.

"RTN accuracy drops as the bit width decreases", "Wanda's accuracy falls with increasing sparsity":
one method's quality curve over the swept variable (rule ``trend``: the sign of the OLS slope).
"The gap between QAT and PTQ widens as the bit width decreases", "the advantage of Wanda over
magnitude pruning grows with sparsity": the curve of the difference between two methods' scores,
point by point in each run (``Trend.minus_curve``; a "gap between" is unsigned, an "advantage of A
over B" is A's score minus B's).

The sign is read from the claim: which way the axis moves ("as bits decrease", "at higher sparsity")
and which way quality (or the gap) moves outside that phrase ("accuracy drops", "perplexity rises",
"the gap widens"). The curves are quality scores (exact match, accuracy: higher is better), so a
claim about perplexity or error is tested on them as the proxy's quality, and says so. Bit-width
trends run on qat_vs_ptq_bits (RTN, GPTQ, LSQ and STE QAT at 8/4/3/2 bits) or, for GLUE claims, on
MiniLM with 2 bits added (its default 8/4/3 spans too little for a trend); sparsity trends on
pruning_sweep (magnitude per layer and global, Wanda, 10..90%) or MiniLM's sweep. A WikiText-2
perplexity trend over sparsity of magnitude or Wanda pruning runs SmolLM2 at 20/40/60/80% (its
'sparsity' parameter, a run per value and seed: ``ReproPlan.sweep``); SmolLM2 quantises at two widths
only, so perplexity trends over bits (and gaps between two pruning methods) run on the proxy. What
the slope does not test (how steeply, the range the claim names, another method it names) is
listed as untested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.claim_fields import direction_of, find_methods, find_metrics, method_label
from verifier.claims import Claim, MethodFamily
from verifier.plans import BundleInfo, make_plan, untestable
from verifier.verdicts import ReproPlan, Trend, Untestable, UntestableCategory

# the quantity swept, moving one way: "as the bit width decreases", "with fewer bits", "at higher sparsity"
_BITS_WORD = r"(?:weight )?(?:bit[- ]?widths?|bits?|precision|number of bits|bit[- ]?budget)"
_SPARSITY_WORD = r"(?:the )?(?:sparsity|pruning)(?: (?:level|ratio|rate))?s?"
_DOWN_VERB = r"(?:decreas\w*|drops?|dropp\w*|falls?|shrinks?|(?:is |are )?(?:reduced|lowered)|goes down|declin\w*)"
_UP_VERB = r"(?:increas\w*|grows?|rises?|goes up|(?:is |are )?(?:raised|increased))"
_MOVES = (r"grows?|increas\w*|decreas\w*|rises?|falls?|drops?|degrad\w*|improv\w*|shrinks?|widens?|narrows?|"
          r"diminish\w*|vanish\w*|declines?|worsens?")
_AXES: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("bits", False, re.compile(
        rf"\b(?:as|when|while) (?:the )?{_BITS_WORD} {_DOWN_VERB}"
        rf"|\b(?:with|at|for|under|to) (?:ever[- ])?(?:fewer|lower|smaller|decreasing|reduced|lowering) {_BITS_WORD}"
        rf"|\b(?:fewer bits|lower bit[- ]?widths?|lower precision|decreasing (?:the )?{_BITS_WORD}|reducing (?:the )?"
        rf"{_BITS_WORD})\b|\bthe (?:lower|fewer|smaller) the {_BITS_WORD}", re.IGNORECASE)),
    ("bits", True, re.compile(
        rf"\b(?:as|when|while) (?:the )?{_BITS_WORD} {_UP_VERB}"
        rf"|\b(?:with|at|for) (?:more|higher|larger|increasing) {_BITS_WORD}"
        rf"|\bthe (?:higher|more|larger) the {_BITS_WORD}", re.IGNORECASE)),
    ("sparsity", True, re.compile(
        rf"\b(?:as|when|while) {_SPARSITY_WORD} {_UP_VERB}"
        r"|\b(?:with|at|for|under|to) (?:ever[- ])?(?:higher|more|increasing|growing|larger|greater) sparsit(?:y|ies)"
        r"|\bhigher sparsit(?:y|ies)\b|\bas more (?:weights|parameters|connections) are (?:pruned|removed)"
        r"|\bthe (?:higher|more|larger) the sparsity", re.IGNORECASE)),
    # "the benefit grows with sparsity", "error decreases with the bit width": the verb moves along it as it rises
    ("sparsity", True, re.compile(rf"\b(?:{_MOVES}) (?P<ax>with (?:the )?sparsity(?: (?:level|ratio))?)\b",
                                  re.IGNORECASE)),
    ("bits", True, re.compile(rf"\b(?:{_MOVES}) (?P<ax>with (?:the )?(?:weight )?(?:bit[- ]?widths?|precision|number "
                              r"of bits))\b", re.IGNORECASE)),
    ("sparsity", False, re.compile(
        rf"\b(?:as|when|while) {_SPARSITY_WORD} {_DOWN_VERB}"
        r"|\b(?:with|at|for) (?:lower|less|decreasing|smaller) sparsit(?:y|ies)", re.IGNORECASE)),
)


@dataclass(frozen=True)
class Axis:
    """The swept quantity a claim moves along, which way, and where it says so."""

    name: str  # "bits" or "sparsity"
    rises: bool
    start: int
    end: int


def read_axis(text: str) -> Axis | None:
    """The first axis phrase of the sentence ("as the bit width decreases": bits, falling)."""
    hits = [(*(m.span("ax") if "ax" in pat.groupindex else m.span()), name, rises)
            for name, rises, pat in _AXES for m in pat.finditer(text)]
    if not hits:
        return None
    # two readings of the same words: the longer; both axes in one claim: not a trend over one
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    if len({h[2] for h in hits}) > 1 or len({h[3] for h in hits}) > 1:
        return None
    start, end, name, rises = hits[0]
    return Axis(name=name, rises=rises, start=start, end=end)


# how the gap between two methods moves: "widens", "grows"; "narrows", "closes", "vanishes"
_GAP = re.compile(r"\b(?P<what>gap|difference|margin|advantage|benefit|gain|improvement|edge|lead)s?\b"
                  r"(?P<rest>[^.;]{0,80})", re.IGNORECASE)
_GROWS = re.compile(r"\b(?:widen\w*|grows?|growing|increas\w*|larger|bigger|greater|more pronounced|becomes? "
                    r"(?:larger|bigger|wider|more))\b", re.IGNORECASE)
_SHRINKS = re.compile(r"\b(?:narrow\w*|shrinks?|shrinking|decreas\w*|smaller|clos(?:es|ing)|vanish\w*|disappear\w*|"
                      r"diminish\w*)\b", re.IGNORECASE)
# "the advantage of A over B", "A's advantage over B": A's score minus B's; "the gap between A and B": unsigned
_SIGNED = re.compile(r"\b(?:advantage|benefit|gain|improvement|edge|lead)s?\b", re.IGNORECASE)
# "A outperforms B by a larger margin at lower bit widths"
_LARGER_MARGIN = re.compile(r"\bby (?:an? )?(?:ever[- ])?(?P<how>larger|wider|bigger|greater|smaller|narrower) "
                            r"(?:margin|gap)s?\b", re.IGNORECASE)
_OUTPERFORMS = re.compile(r"\b(?:outperform\w*|beat(?:s|ing)?|better than|surpass\w*)\b", re.IGNORECASE)

# how steeply, where: what the sign of a slope leaves untested
_STEEPNESS = re.compile(r"\b(?:sharply|steeply|rapidly|quickly|dramatically|drastically|gracefully|gradually|slowly|"
                        r"slightly|smoothly|linearly|exponentially|monotonically|catastrophically|collaps\w*|"
                        r"abruptly|precipitously|steadily)\b", re.IGNORECASE)
_RANGE = re.compile(r"\b(?:beyond|above|past|below|under|over|after|until|up to|from)\s+(?:about |around )?"
                    r"\d+(?:\.\d+)?\s?(?:%|-?bits?\b)(?:\s+(?:to|and)\s+\d+(?:\.\d+)?\s?(?:%|-?bits?\b))?"
                    r"|\b(?:to|at|down to)\s+\d\s?-?bits?\b", re.IGNORECASE)
_WORSE_WORDS = re.compile(r"\b(?:collaps\w*|deteriorat\w*|suffer\w*|worsen\w*|breaks? down|plummet\w*|"
                          r"degrad\w*|hurts?|(?:larger|bigger|greater|more severe|steeper) (?:accuracy |performance )?"
                          r"(?:drops?|loss(?:es)?|degradations?|declines?))\b", re.IGNORECASE)


def _quality_moves(claim: Claim, masked: str) -> str | None:
    """'better' or 'worse': which way the claim's quality moves, read outside the axis phrase."""
    if _WORSE_WORDS.search(masked) and not re.search(r"\b(?:less|fewer|smaller|no|without)\s+(?:\w+\s+)?"
                                                     r"(?:degrad|collaps|deteriorat)", masked, re.IGNORECASE):
        return "worse"
    # the metric's own words are not a direction ("exact match" is not "matches")
    metrics = find_metrics(masked)
    direction = claim.metric_direction or next((d for _, _, (_, d) in metrics if d), None)
    for a, b, _ in metrics:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    d = direction_of(masked, direction)
    if d in ("better", "worse"):
        return d
    if d in ("increase", "decrease") and direction is not None:
        return "better" if (d == "increase") == (direction == "higher") else "worse"
    return None


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked out (same length, so spans after it still hold)."""
    return text[:start] + " " * (end - start) + text[end:]


def _mask(text: str, axis: Axis) -> str:
    return _blank(text, axis.start, axis.end)


# the curves, by setting: (bundle, curve of a method key, params the plan binds, the method keys it runs)
_PANEL_BITS = {"rtn": "RTN", "gptq": "GPTQ", "qat_lsq": "LSQ QAT", "qat_ste": "STE QAT"}
_SWEEP = {"magnitude": "magnitude pruning", "magnitude_global": "global magnitude pruning", "wanda": "Wanda"}
_MINILM_BITS = {"rtn": "RTN", "gptq": "GPTQ", "qat_lsq": "LSQ QAT"}
_MINILM_SPARSITY = {"magnitude": "magnitude pruning", "magnitude_global": "global magnitude pruning",
                    "wanda": "Wanda"}
_TREND_BITS = [8, 4, 3, 2]  # three widths or more over a 4x span: what the trend rule needs
_TREND_SPARSITIES = [0.1, 0.3, 0.5, 0.7, 0.9]


def _method_key(name: str, family: MethodFamily | None, axis: str, text: str) -> str | None:
    """The runs' key of a method the claim names (None: a method the runs do not have)."""
    low = name.lower()
    if axis == "bits":
        if family is MethodFamily.qat or low in ("lsq", "ste", "qat"):
            return "qat_ste" if low == "ste" else ("qat_lsq" if low in ("", "lsq", "qat") else None)
        if family in (MethodFamily.ptq, MethodFamily.quantization, None):
            return {"": "rtn", "rtn": "rtn", "gptq": "gptq"}.get(low)
        return None
    if family in (MethodFamily.pruning, MethodFamily.sparsity, None):
        if low == "wanda":
            return "wanda"
        if low in ("", "magnitude", "magnitude pruning"):
            return "magnitude_global" if re.search(r"\bglobal(?:ly)?\b", text, re.IGNORECASE) else "magnitude"
    return None


def _named(text: str, axis: str) -> list[tuple[str, str]]:
    """(the method's words, its runs' key or "") for each method the sentence names, in order."""
    # a family named ("QAT", "PTQ") picks a curve over bits; over sparsity, "pruning" or "sparsity" names
    # no method ("as sparsity increases" names the axis)
    found = [(a, method_label(m), _method_key(m.name or "", m.family, axis, text[max(0, a - 12):b]))
             for a, b, m in find_methods(text)
             if (axis == "sparsity") == (m.family in (MethodFamily.pruning, MethodFamily.sparsity))
             and (m.name or axis == "bits")]
    if axis == "sparsity" and not any(k and k.startswith("magnitude") for _, _, k in found):
        # "for both magnitude and Wanda pruning": a bare "magnitude" in a list of pruning methods
        found += [(m.start(), "magnitude pruning", "magnitude")
                  for m in re.finditer(r"\bmagnitude\b", text, re.IGNORECASE)][:1]
    out: list[tuple[str, str]] = []
    for _, words, key in sorted(found, key=lambda f: f[0]):
        if all(k != key or not key for _, k in out) and all(w != words for w, _ in out):
            out.append((words, key or ""))
    return out


def _where(setting: str, axis: str, bundles: dict[str, BundleInfo], size: str
           ) -> tuple[BundleInfo, dict[str, str], str, dict | None, bool] | None:
    """(bundle, its method keys -> labels, curve-name prefix, params to bind, quality is accuracy)."""
    if setting == "glue" and "minilm_sst2_compression" in bundles:
        b = bundles["minilm_sst2_compression"]
        conf = (b.settings or {}).get(size, b.params)
        if axis == "bits":
            params = None if _spans(conf.get("bits") or b.params.get("bits"), log2=True) else {"bits": _TREND_BITS}
            return b, _MINILM_BITS, "accuracy_vs_bits_", params, True
        swept = conf.get("prune_methods") or b.params.get("prune_methods")
        params = {} if _spans(conf.get("sparsities") or b.params.get("sparsities"), log2=False) else {
            "sparsities": _TREND_SPARSITIES}
        if "magnitude_global" not in swept:
            params["prune_methods"] = list(_MINILM_SPARSITY)
        return b, _MINILM_SPARSITY, "accuracy_vs_sparsity_", params or None, True
    if axis == "bits" and "qat_vs_ptq_bits" in bundles:
        return bundles["qat_vs_ptq_bits"], _PANEL_BITS, "exact_match_vs_bits_", None, False
    if axis == "sparsity" and "pruning_sweep" in bundles:
        return bundles["pruning_sweep"], _SWEEP, "exact_match_vs_sparsity_", None, False
    return None


def _spans(xs, *, log2: bool) -> bool:
    """Whether a sweep gives the trend rule the design it needs (verifier.intervals.trend_test)."""
    from verifier.intervals import MIN_TREND_POINTS, MIN_TREND_SPAN

    pos = sorted({float(x) for x in xs or () if float(x) > 0})
    return len(pos) >= MIN_TREND_POINTS and pos[-1] / pos[0] >= MIN_TREND_SPAN


def _curve_key(prefix: str, key: str) -> str:
    # MiniLM names its one QAT curve "qat"
    return prefix + ("qat" if prefix == "accuracy_vs_bits_" and key == "qat_lsq" else key)


def trend_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str, device: str,
               setting: str, compares: bool = False) -> ReproPlan | Untestable | None:
    """The trend plan of a claim that moves along bit widths or sparsity, an Untestable saying why
    it cannot be tested, or None when the claim is not such a trend (other rules plan it).
    ``compares``: the claim relates two methods ("QAT outperforms PTQ at lower bit widths", "PTQ
    lags QAT at lower precision"), a comparison at a width unless it is about their gap."""
    text = claim.statement
    axis = read_axis(text)
    if axis is None:
        return None
    masked = _mask(text, axis)
    nc = UntestableCategory
    named = _named(text, axis.name)
    gap = _read_gap(masked, named)
    if gap is None and (compares or _OUTPERFORMS.search(masked)):
        return None  # "QAT outperforms PTQ at lower bit widths": a comparison at a width, planned elsewhere
    if (setting == "perplexity" and axis.name == "sparsity"
            and (swept := _perplexity_sweep(claim, ref, bundles, masked, axis, gap, size=size, device=device))
            is not None):
        return swept
    where = _where(setting, axis.name, bundles, size)
    if where is None:
        return None
    b, labels, prefix, params, accuracy = where
    score = "accuracy" if accuracy else "exact match"
    untested = _shape_untested(text, axis)
    if claim.metric not in (None, "accuracy", "exact match"):
        untested.append(f"the claim's metric ({claim.metric}): the runs score {score}, which stands in for it")
    tail = " on a proxy model" if setting != "glue" else (
        ", all-MiniLM-L6-v2 fine-tuned on SST-2 (GLUE dev accuracy), a smaller encoder than the claim's")
    x_words = "bit width" if axis.name == "bits" else "sparsity"
    plural = "bit widths" if axis.name == "bits" else "sparsities"
    if setting == "perplexity":
        why = ("quantise at two widths only, too few for a slope" if axis.name == "bits" else
               "prune by magnitude (per layer) or Wanda only, no global masks")
        tail += f" (SmolLM2's runs {why}, so the proxy's {score} stands in for perplexity)"
    moves = "rises" if axis.rises else "falls"
    if gap is not None:
        grows, signed, (a_words, a_key), (b_words, b_key) = gap
        if not a_key or not b_key or a_key not in labels or b_key not in labels:
            other = a_words if not a_key or a_key not in labels else b_words
            return untestable(ref, nc.no_bundle, f"a trend of the gap between {a_words} and {b_words} over "
                                                 f"{x_words}; {b.id} does not run {other}")
        if a_key == b_key:
            return None
        sign = "+" if grows == axis.rises else "-"
        if signed:
            # "the advantage of A over B grows", "A outperforms B by a larger margin": that A is ahead at all
            untested.append(f"that {a_words} is ahead of {b_words}: only how the difference moves is tested")
        what = (f"{labels[a_key]}'s {score} minus {labels[b_key]}'s" if signed
                else f"the gap between {labels[a_key]} and {labels[b_key]} ({score}, unsigned)")
        return make_plan(ref, b, claim, metric=_curve_key(prefix, a_key),
                         expected=Trend(sign=sign, curve=_curve_key(prefix, a_key),
                                        minus_curve=_curve_key(prefix, b_key), absolute=not signed,
                                        log2_x=axis.name == "bits",
                                        text=f"{what} {'grows' if sign == '+' else 'shrinks'} as {x_words} rises"),
                         rule="trend", size=size, device=device, params=params,
                         reason=f"{what} across {plural}{tail}", untested=untested)
    quality = _quality_moves(claim, masked)
    if quality is None:
        return untestable(ref, nc.underspecified, f"a trend over {x_words} that says no direction of the metric")
    keys = [k for _, k in named]
    if named and not keys[0]:
        return untestable(ref, nc.no_bundle, f"a trend of {named[0][0]} over {x_words}; {b.id} does not run it")
    key = keys[0] if named else ("rtn" if axis.name == "bits" else "magnitude")
    if key not in labels:
        return untestable(ref, nc.no_bundle, f"a trend of {named[0][0]} over {x_words}; {b.id} does not run it")
    untested += [f"the curve of {w} (the claim names it too; the slope is {labels[key]}'s)" for w, _ in named[1:]]
    sign = "+" if (quality == "better") == axis.rises else "-"
    unnamed = "" if named else f" (the claim names no method: {labels[key]})"
    return make_plan(ref, b, claim, metric=_curve_key(prefix, key),
                     expected=Trend(sign=sign, curve=_curve_key(prefix, key), log2_x=axis.name == "bits",
                                    text=f"{score} {'rises' if sign == '+' else 'falls'} as {x_words} rises "
                                         f"(the claim: quality gets {quality} as {x_words} {moves})"),
                     rule="trend", size=size, device=device, params=params,
                     reason=f"{labels[key]}'s {score} across {plural}{tail}{unnamed}", untested=untested)


# SmolLM2's perplexity at each of these unstructured sparsities, one run per value and seed
PPL_SWEEP = [0.2, 0.4, 0.6, 0.8]


def _perplexity_sweep(claim: Claim, ref: str, bundles: dict[str, BundleInfo], masked: str, axis: Axis,
                      gap: tuple | None, *, size: str, device: str) -> ReproPlan | Untestable | None:
    """"Wanda's WikiText-2 perplexity grows with sparsity": SmolLM2 pruned by the claim's method to
    each of PPL_SWEEP (the bundle's 'sparsity' parameter, one run per value and seed; the runs compute
    that pruning method only), the slope of its perplexity over sparsity; "the gap between Wanda and
    magnitude pruning widens with sparsity": both methods in each run, the slope of the difference
    of their perplexities (Trend.minus_metric). None where SmolLM2 does not prune that way (global
    magnitude pruning): the proxy's curves then stand in."""
    b = bundles.get("smollm2_wikitext_ppl")
    if b is None or (b.settings is not None and size not in b.settings):
        return None
    from verifier.real_models import SMOLLM2, reduced_evaluation

    if gap is not None:
        grows, signed, (a_words, a_key), (b_words, b_key) = gap
        if {a_key, b_key} != {"magnitude", "wanda"}:
            return None
        labels = {"wanda": "Wanda", "magnitude": "magnitude pruning"}
        # perplexity: lower is better, so A's advantage over B growing is A - B falling
        sign = ("+" if grows == axis.rises else "-") if not signed else ("-" if grows == axis.rises else "+")
        what = (f"{labels[a_key]}'s WikiText-2 perplexity minus {labels[b_key]}'s" if signed else
                f"the gap between {labels[a_key]}'s and {labels[b_key]}'s WikiText-2 perplexity (unsigned)")
        untested = _shape_untested(claim.statement, axis)
        if signed:
            untested.append(f"that {a_words} is ahead of {b_words}: only how the difference moves is tested")
        return make_plan(ref, b, claim, metric=f"ppl_{a_key}_unstructured",
                         expected=Trend(sign=sign, x_param="sparsity", log2_x=False,
                                        minus_metric=f"ppl_{b_key}_unstructured", absolute=not signed,
                                        text=f"{what} {'rises' if sign == '+' else 'falls'} as sparsity rises"),
                         rule="trend", size=size, device=device, sweep=list(PPL_SWEEP),
                         params={"prune_methods": sorted({a_key, b_key}), "ptq_methods": [], "w8a8_methods": []},
                         reason=f"{what}, both pruned one-shot (unstructured) in each run at "
                                f"{', '.join(f'{v:.0%}' for v in PPL_SWEEP)} sparsity, a run per value, {SMOLLM2}"
                                + reduced_evaluation(b, size),
                         untested=untested)
    named = _named(claim.statement, "sparsity")
    key = named[0][1] if named else "magnitude"
    if key not in ("magnitude", "wanda"):
        return None
    quality = _quality_moves(claim, masked)
    if quality is None:
        return untestable(ref, UntestableCategory.underspecified,
                          "a trend over sparsity that says no direction of the metric")
    # perplexity: lower is better, so quality rising with sparsity is a falling perplexity
    sign = "-" if (quality == "better") == axis.rises else "+"
    label = "Wanda" if key == "wanda" else "magnitude pruning"
    untested = _shape_untested(claim.statement, axis)
    untested += [f"the curve of {w} (the claim names it too; the slope is {label}'s)" for w, _ in named[1:]]

    return make_plan(ref, b, claim, metric=f"ppl_{key}_unstructured",
                     expected=Trend(sign=sign, x_param="sparsity", log2_x=False,
                                    text=f"{label}'s WikiText-2 perplexity {'rises' if sign == '+' else 'falls'} as "
                                         f"sparsity rises (the claim: quality gets {quality} as sparsity "
                                         f"{'rises' if axis.rises else 'falls'})"),
                     rule="trend", size=size, device=device, sweep=list(PPL_SWEEP),
                     params={"prune_methods": [key], "ptq_methods": [], "w8a8_methods": []},
                     reason=f"{label} (unstructured, one-shot) at {', '.join(f'{v:.0%}' for v in PPL_SWEEP)} "
                            f"sparsity, a run per value, {SMOLLM2}" + (
                                "" if named else f" (the claim names no method: {label})")
                            + reduced_evaluation(b, size),
                     untested=untested)


def _read_gap(masked: str, named: list[tuple[str, str]]
              ) -> tuple[bool, bool, tuple[str, str], tuple[str, str]] | None:
    """(the gap grows, it is signed, first method, second method) for a claim about the gap between
    two methods, else None."""
    if len(named) < 2:
        return None
    if (m := _LARGER_MARGIN.search(masked)) is not None and _OUTPERFORMS.search(masked[:m.start()]):
        # "A outperforms B by a larger margin at lower bit widths": A's win grows
        return m.group("how").lower() in ("larger", "wider", "bigger", "greater"), True, named[0], named[1]
    g = _GAP.search(masked)
    if g is None:
        return None
    after = masked[g.end("what"):]
    grows, shrinks = _GROWS.search(after), _SHRINKS.search(after)
    if (grows is None) == (shrinks is None):
        if grows is None or shrinks is None:
            return None
        grows = grows if grows.start() < shrinks.start() else None
    signed = bool(_SIGNED.fullmatch(g.group("what")))
    # "A's advantage over B", "the advantage of A over B": A first either way
    return grows is not None, signed, named[0], named[1]


def _shape_untested(text: str, axis: Axis) -> list[str]:
    out = []
    if (m := _STEEPNESS.search(text)) is not None:
        out.append(f"how the curve moves ({m.group(0)!r}): only the sign of its slope is tested")
    if (m := _RANGE.search(text)) is not None:
        out.append(f"the range the claim names ({m.group(0).strip()!r}): the slope is fitted over the whole sweep")
    return out


def names_quality_trend(text: str) -> bool:
    """Whether a sentence that names no metric says how quality, or the gap between two methods,
    moves along bits or sparsity ("GPTQ degrades gracefully with fewer bits", "the gap between QAT
    and PTQ widens at lower bit widths"): model quality, for the matcher's quality gate."""
    axis = read_axis(text)
    if axis is None:
        return False
    masked = _mask(text, axis)
    return bool(_WORSE_WORDS.search(masked)) or _read_gap(masked, _named(text, axis.name)) is not None


# -- quality over the QAT share of a fixed budget ---------------------------------------------------

_MORE = r"(?:more|larger|greater|bigger|higher|increas\w*|growing)"
_LESS = r"(?:less|smaller|lower|fewer|decreas\w*|shrinking)"
_SHARE_NOUN = r"(?:share|fraction|proportion|portion|part|percentage|ratio)"
_BUDGET_NOUN = r"(?:(?:total |fixed |training |compute |step |FLOP )*(?:budget|compute|steps|training(?: steps)?|FLOPs))"
# "allocating more of the compute budget to QAT", "spending a larger fraction of training on QAT", "a larger
# QAT fraction", "accuracy increases with the share of compute spent on QAT", "a longer QAT phase at a fixed
# budget": how much of one fixed budget goes to QAT (not "the optimal QAT fraction grows with compute")
_QAT_SHARE_MOVES = (
    re.compile(rf"\b(?:a\s+)?(?P<dir>{_MORE}|{_LESS})\s+(?:{_SHARE_NOUN}\s+)?(?:of\s+(?:the\s+|its\s+)?{_BUDGET_NOUN}\s+)?"
               rf"(?:(?:spent|used|allocated|devoted|given)\s+)?(?:to|on|for|in|into)\s+(?:quantization-aware training|"
               rf"QAT)\b", re.IGNORECASE),
    re.compile(rf"\b(?:a\s+)?(?P<dir>{_MORE}|{_LESS})\s+(?:QAT|quantization-aware training)\s+{_SHARE_NOUN}\b",
               re.IGNORECASE),
    re.compile(rf"\bwith\s+(?:the\s+|a\s+)?(?:(?P<dir>{_MORE}|{_LESS})\s+)?{_SHARE_NOUN}\s+of\s+(?:the\s+)?"
               rf"{_BUDGET_NOUN}\s+(?:spent|used|allocated|devoted|given)\s+(?:to|on|for|in)\s+(?:QAT|"
               rf"quantization-aware training)\b", re.IGNORECASE),
    # "a longer QAT phase", only where the budget is fixed (else more QAT is more training)
    re.compile(r"\b(?:a\s+)?(?P<dir>longer|shorter)\s+(?:QAT|quantization-aware training)(?:\s+(?:phase|stage|"
               r"period|schedule))?\b", re.IGNORECASE),
)
_FIXED_BUDGET = re.compile(r"\b(?:fixed|same|given|constant|equal)\s+(?:total\s+)?(?:compute\s+|training\s+|step\s+)?"
                           r"budget", re.IGNORECASE)
_OPTIMAL = re.compile(r"\b(?:optimal|best|ideal|sweet spot|right)\b", re.IGNORECASE)
_QUALITY_WORD = re.compile(r"\b(?:accura\w*|exact match|performance|quality|perplexity|error|score)\b", re.IGNORECASE)


def read_share_trend(text: str) -> tuple[bool, re.Match[str], bool] | None:
    """(the QAT share rises, the words, the budget is fixed) for a claim about quality over how much
    QAT a model gets, or None. Only "a longer QAT phase" leaves the budget open: without a fixed
    budget it is more training, not a larger share of the same."""
    if _OPTIMAL.search(text) or not _QUALITY_WORD.search(text):
        return None
    for i, rx in enumerate(_QAT_SHARE_MOVES):
        m = rx.search(text)
        if m is not None:
            word = m.group("dir") or "more"
            fixed = i < len(_QAT_SHARE_MOVES) - 1 or _FIXED_BUDGET.search(text) is not None
            return bool(re.fullmatch(rf"{_MORE}|longer", word, re.IGNORECASE)), m, fixed
    return None


def share_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
               device: str) -> ReproPlan | Untestable | None:
    """"Allocating more of the compute budget to QAT improves accuracy": qat_compute_share's exact
    match over the QAT fraction of its largest budget (fraction 0: RTN after full-precision training
    only), the sign of the slope. None when the claim is no such trend."""
    read = read_share_trend(claim.statement)
    b = bundles.get("qat_compute_share")
    if read is None or b is None:
        return None
    rises, words, fixed = read
    if not fixed:
        return untestable(ref, UntestableCategory.no_bundle,
                          f"a longer QAT schedule against a shorter one ({words.group(0).strip()!r}): the QAT runs "
                          "train a set number of steps, and qat_compute_share fixes the total budget, where more QAT "
                          "means less full-precision training")
    quality = _quality_moves(claim, _blank(claim.statement, *words.span()))
    if quality is None:
        return untestable(ref, UntestableCategory.underspecified,
                          "a trend over the QAT share of a budget that says no direction of the metric")
    conf = (b.settings or {}).get(size) or {}
    fractions = conf.get("qat_fractions") or b.params.get("qat_fractions")
    budgets = conf.get("budgets") or b.params.get("budgets")
    params = None if _spans(fractions, log2=False) else {"qat_fractions": [0.0, 0.1, 0.25, 0.5]}
    shown = ", ".join(f"{float(f):g}" for f in (params or {}).get("qat_fractions", fractions))
    largest = max(int(x) for x in budgets)
    bits = int(conf.get("bits", b.params.get("bits", 3)))
    untested = []
    if claim.bits is not None and int(claim.bits) != bits:
        if claim.bits in (2, 3, 4, 8):  # the claim's width: the runs train at it
            bits = int(claim.bits)
            params = {**(params or {}), "bits": bits}
        else:
            untested.append(f"the claim's {claim.bits:g}-bit width: the runs train {bits}-bit LSQ QAT")
    if claim.metric not in (None, "accuracy", "exact match"):
        untested.append(f"the claim's metric ({claim.metric}): the runs score exact match, which stands in for it")
    sign = "+" if (quality == "better") == rises else "-"
    curve = f"exact_match_vs_qat_fraction_b{largest}"
    return make_plan(ref, b, claim, metric=curve,
                     expected=Trend(sign=sign, curve=curve, log2_x=False,
                                    text=f"exact match {'rises' if sign == '+' else 'falls'} as the QAT share of "
                                         f"the budget rises (the claim: quality gets {quality} with "
                                         f"{'more' if rises else 'less'} of it in QAT)"),
                     rule="trend", size=size, device=device, params=params,
                     reason=f"{bits}-bit LSQ QAT's exact match over the share of a fixed {largest}-step budget "
                            f"spent in QAT ({shown}; 0 is RTN after full-precision training only), on a small "
                            "proxy model", untested=untested)


# -- quality over the size of the calibration set ---------------------------------------------------

_CALIB_NOUN = r"(?:calibration (?:samples?|sequences?|examples?|data(?:set)?|set(?: size)?|tokens?)|calibration)"
# "as the number of calibration samples increases", "with more calibration data", "increasing the calibration
# set size", "fewer calibration samples": the calibration set's size moving one way
_CALIB_AXIS = (
    (True, re.compile(rf"\b(?:as|when|while) (?:the )?(?:number|amount|size) of {_CALIB_NOUN} (?:increases|grows|"
                      rf"rises)\b|\b(?:with|given|using) (?:more|larger|additional) {_CALIB_NOUN}\b|"
                      rf"\bmore {_CALIB_NOUN}\b|\bincreasing (?:the )?(?:number of |size of (?:the )?|amount of )?"
                      rf"{_CALIB_NOUN}(?: size)?\b|\blarger {_CALIB_NOUN}\b", re.IGNORECASE)),
    (False, re.compile(rf"\b(?:as|when|while) (?:the )?(?:number|amount|size) of {_CALIB_NOUN} (?:decreases|"
                       rf"shrinks|falls)\b|\b(?:with|given|using) (?:fewer|less|smaller) {_CALIB_NOUN}\b|"
                       rf"\bfewer {_CALIB_NOUN}\b|\breducing (?:the )?(?:number of |size of (?:the )?|amount of )?"
                       rf"{_CALIB_NOUN}(?: size)?\b", re.IGNORECASE)),
)
#: SmolLM2's calibration sequences per run, by size: four values over an 8x span for the trend rule
CALIB_SWEEP = {"small": [4, 8, 16, 32], "full": [16, 32, 64, 128]}


def read_calibration_axis(text: str) -> tuple[bool, re.Match[str]] | None:
    """(the calibration set grows, the words) for a claim about quality over its size, or None."""
    if re.search(r"\bfrom\s+\d+\s+to\s+\d+\b", text):
        return None  # "from 128 to 1024 samples": two sets compared, not a trend over sizes
    for rises, rx in _CALIB_AXIS:
        if (m := rx.search(text)) is not None:
            return rises, m
    return None


def calibration_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], *, size: str,
                     device: str) -> ReproPlan | Untestable | None:
    """"GPTQ's perplexity improves with more calibration samples": SmolLM2 quantised by the claim's
    method (GPTQ or AWQ at its width, 3 bits when it names none; or pruned by Wanda to 50%) with
    each of CALIB_SWEEP's calibration set sizes (the bundle's n_calib, one run per value and seed),
    the slope of its WikiText-2 perplexity on log2 of the size. None when the claim is no such trend."""
    read = read_calibration_axis(claim.statement)
    if read is None:
        return None
    rises, words = read
    b = bundles.get("smollm2_wikitext_ppl")
    name = ((claim.method.name if claim.method else None) or "").lower()
    key = {"gptq": "gptq", "awq": "awq", "wanda": "wanda"}.get(name)
    if b is None or key is None or size not in CALIB_SWEEP:
        return untestable(ref, UntestableCategory.no_bundle,
                          f"a trend over the calibration set's size ({words.group(0).strip()!r}): only SmolLM2's "
                          "GPTQ, AWQ and Wanda runs calibrate on a set whose size a plan can sweep"
                          + (f", and not at size {size!r}" if key is not None and size not in CALIB_SWEEP else ""))
    quality = _quality_moves(claim, _blank(claim.statement, *words.span()))
    if quality is None:
        return untestable(ref, UntestableCategory.underspecified,
                          "a trend over the calibration set's size that says no direction of the metric")
    from verifier.real_models import SMOLLM2, reduced_evaluation

    bits = int(claim.bits) if claim.bits in (3, 4) else 3
    untested = [] if claim.bits in (None, 3, 4) else [
        f"the claim's {claim.bits:g}-bit width: SmolLM2 is quantised at 4 and 3 bits (tested at 3)"]
    if key == "wanda":
        metric, label = "ppl_wanda_unstructured", "Wanda pruning to 50% (unstructured)"
        params = {"prune_methods": ["wanda"], "ptq_methods": [], "w8a8_methods": []}
    else:
        metric, label = f"ppl_{key}_w{bits}", f"{bits}-bit {key.upper()} (weights only" + (
            ", the claim names no width)" if claim.bits is None else ")")
        params = {"ptq_methods": [key], "bits": [bits], "w8a8_methods": [], "prune_methods": []}
    values = CALIB_SWEEP[size]
    # perplexity: lower is better, so quality rising with more calibration data is a falling perplexity
    sign = "-" if (quality == "better") == rises else "+"
    return make_plan(ref, b, claim, metric=metric,
                     expected=Trend(sign=sign, x_param="n_calib", log2_x=True,
                                    text=f"{label}'s WikiText-2 perplexity {'rises' if sign == '+' else 'falls'} as "
                                         f"the calibration set grows (the claim: quality gets {quality} with "
                                         f"{'more' if rises else 'fewer'} calibration samples)"),
                     rule="trend", size=size, device=device, sweep=[float(v) for v in values], params=params,
                     reason=f"{label} calibrated on {', '.join(map(str, values))} sequences, a run per value, "
                            f"{SMOLLM2}" + reduced_evaluation(b, size, calibration=False), untested=untested)
