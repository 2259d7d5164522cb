"""Knee claims: the sparsity up to which accuracy holds, and beyond which it falls.

"Accuracy drops sharply beyond 70% sparsity", "performance stays flat up to 50% sparsity and then
falls off a cliff", "the essential sparsity of BERT-base on SST-2 is 50%" place the knee of the
accuracy-vs-sparsity curve. The pruning bundles report each method's knee
(``{method}_knee_sparsity``): the largest swept sparsity whose score is within the bundle's
``knee_tolerance`` (1 point) of the dense model's. Such a claim is judged by the value rule on that
metric: a knee at X says that X holds and the next swept sparsity does not. How steeply the curve
falls beyond the knee ("sharply", "collapses") is not judged: it is named as untested.

"Wanda tolerates higher sparsity than magnitude pruning" compares the two methods' knees seed by
seed (:func:`knee_comparison_plan`); "2:4 costs more accuracy than 50% unstructured" compares the
two masks of one method (:func:`pattern_comparison_plan`).

"Performance collapses at 80% sparsity" puts the knee below 80%; with a sparsity the claim says
still holds ("negligible loss at 50%, but at 70% it degrades") the knee lies from there up to the
last swept point below the failing one.

A claim that only says accuracy holds up to X (no fall stated) is the lower bound knee >= X, used
where a bundle has no score at X itself (:func:`knee_at_least`). The sweeps step by 10 points: a
sparsity a size does not sweep, or a fall beyond its last point, cannot be located and is
``no_bundle``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.claims import Claim, Quantity
from verifier.plans import EQUAL_TOLERANCE, RETENTION, BundleInfo, make_plan, stated_bound, untestable
from verifier.verdicts import Comparison, ReproPlan, Untestable, UntestableCategory

_ABOUT = r"(?P<about>about |around |roughly |approximately |~\s*)?"
_PCT = _ABOUT + r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%"
# the curve falling: "drops", "degrades rapidly", "a sharp decline", "falls off a cliff"
_FALL = r"(?:drop|fall|fell|declin|degrad|deteriorat|collaps|plummet|decreas|crash|tank|plung|break)\w*"
_STEEP = (r"\b(?:sharp|steep|rapid|abrupt|dramatic|sudden|precipitous|quick|fast|significant|substantial|"
          r"catastrophic)\w*|\bcollaps\w*|\bcliff\b|\bplummet\w*|\bcrash\w*|\bplung\w*")
_SPARSE_AFTER = (r"(?:\s*(?:unstructured\s+)?(?:sparsity|sparse|pruning|"
                 r"of (?:the |its |their )?(?:weights|parameters)))?")
# "drops sharply beyond 70% sparsity", "a steep decline in accuracy above 60%" (not "drops as sparsity
# increases beyond 50%": a trend over the range, which the trend rule tests)
_FALL_BEYOND = re.compile(
    rf"\b(?:{_FALL})\b(?:(?!\b(?:as|when|while|with)\b)[^.;:]){{0,50}}?(?<!\bby )"
    rf"\b(?:beyond|above|past|after|over|once (?:the )?sparsity (?:exceeds|passes|goes beyond|reaches))\s+{_PCT}"
    rf"(?={_SPARSE_AFTER}(?:[\s,.;:)]|$))", re.IGNORECASE)
# "pruning beyond 50% sparsity causes a sharp accuracy drop": the share first, the fall after it
_BEYOND_FALLS = re.compile(
    rf"\b(?:beyond|above|past)\s+{_PCT}{_SPARSE_AFTER}\b(?:(?!\b(?:as|when|while|with)\b)[^.;:]){{0,40}}?"
    rf"\b(?:{_FALL})\b(?![^.;:]*\b(?:as|when|while) (?:the )?sparsity\b)", re.IGNORECASE)
# "holds up to 50% sparsity and degrades rapidly beyond it", "up to 40% ... negligible loss, after which
# accuracy collapses"
_HOLD = (r"\b(?:hold|stay|remain|preserv|maintain|retain|keep|flat|unchanged|intact|stable|plateau|negligible|"
         r"without (?:any )?(?:significant |noticeable )?(?:loss|drop|degradation)|no (?:significant |noticeable )?"
         r"(?:loss|drop|degradation)|can be (?:removed|pruned))\w*")
_HOLD_UP_TO = re.compile(rf"\b(?:up to|until|till|through|to|at)\s+{_PCT}", re.IGNORECASE)
_THEN_FALL = re.compile(
    rf"\b(?:then|after which|beyond which|past which|above which|thereafter|afterwards|beyond (?:it|that|this)|"
    rf"above (?:it|that|this)|but (?:beyond|above|past) (?:it|that|this))\b[^.;:]{{0,40}}?\b{_FALL}\b"
    rf"|\b{_FALL}\b[^.;:]{{0,30}}?\b(?:beyond|above|past|after) (?:it|that|this|which)\b"
    rf"|\b(?:then|and|but)\b[^.;:]{{0,30}}?\b{_FALL}\b[^.;:]{{0,30}}?\b(?:thereafter|afterwards|beyond)\b",
    re.IGNORECASE)
# "the essential sparsity of BERT-base is 50%", "the knee lies at about 60% sparsity", "a cliff at 50%"
_KNEE_NAMED = re.compile(
    rf"\b(?:essential sparsity|knee|breaking point|tipping point|cliff|critical sparsity)\b[^.;:]{{0,60}}?"
    rf"\b(?:is|at|of|around|near|lies at|reaches|occurs at|was|equals|sits at)\s+{_PCT}", re.IGNORECASE)


# "performance collapses at 80% sparsity", "at 90% sparsity, magnitude pruning breaks down": accuracy
# no longer holds at that sparsity (the knee lies below it)
_FAILS = (r"(?:collaps\w*|breaks? down|broke down|falls? apart|fails?|degrad\w* (?:sharply|severely|significantly|"
          r"substantially|dramatically)|drops? (?:sharply|severely|dramatically|significantly))")
_FAILS_AT = (
    re.compile(rf"\b{_FAILS}\s+(?:\w+\s+){{0,3}}?at\s+{_PCT}(?={_SPARSE_AFTER}(?:[\s,.;:)]|$))", re.IGNORECASE),
    re.compile(rf"\bat\s+{_PCT}{_SPARSE_AFTER},?\s+(?:[\w'-]+\s+){{0,4}}?{_FAILS}\b", re.IGNORECASE),
)


# "unable to preserve accuracy beyond 50% sparsity", "beyond 50% sparsity, magnitude pruning no longer
# maintains accuracy": a hold denied past a sparsity
_NOT_HOLD = (r"(?:cannot|can't|can not|unable to|fails? to|failed to|(?:does|do|did)\s*(?:not|n't)|"
             r"(?:is|are) not able to|no longer)\s+(?:\w+ly\s+)?(?:preserv|maintain|retain|keep|hold|sustain)\w*")
_NOT_HELD_BEYOND = (
    re.compile(rf"\b{_NOT_HOLD}\b(?:(?!\b(?:as|when|while)\b)[^.;:]){{0,40}}?\b(?:beyond|above|past|over)\s+{_PCT}"
               rf"(?={_SPARSE_AFTER}(?:[\s,.;:)]|$))", re.IGNORECASE),
    re.compile(rf"\b(?:beyond|above|past)\s+{_PCT}{_SPARSE_AFTER},?\s+(?:[\w'-]+\s+){{0,4}}?{_NOT_HOLD}\b",
               re.IGNORECASE),
)


@dataclass(frozen=True)
class Knee:
    """Where a claim places the knee: ``sparsity`` (a fraction), as written (``words``)."""

    sparsity: float
    approx: bool
    words: str
    steep: str | None  # the words that say how steeply it falls, left untested
    below: bool = False  # "collapses at 80%": the knee lies below the sparsity, not at it
    floor: float | None = None  # with below: a lower sparsity the claim says still holds ("no loss at 50%")
    at_most: bool = False  # "cannot preserve accuracy beyond 50%": the knee is at the sparsity or below it


def read_knee(text: str) -> Knee | None:
    """The knee a claim places (accuracy holds up to it and falls beyond), or None."""
    below = at_most = False
    found = _KNEE_NAMED.search(text) or _FALL_BEYOND.search(text) or _BEYOND_FALLS.search(text)
    if found is None and (found := _NOT_HELD_BEYOND[0].search(text) or _NOT_HELD_BEYOND[1].search(text)):
        # "no longer preserves accuracy beyond 50%" held up to there: the knee at 50%; "cannot preserve
        # accuracy beyond 50%" says only that nothing beyond holds: the knee at most 50%
        at_most = not re.search(r"\bno longer\b", found.group(0), re.IGNORECASE)
    if found is None:
        found = next((m for m in _HOLD_UP_TO.finditer(text)
                      if re.search(_HOLD, text, re.IGNORECASE) and _THEN_FALL.search(text, m.end())), None)
    floor = None
    if found is None:
        found = next((m for rx in _FAILS_AT if (m := rx.search(text)) is not None), None)
        below = found is not None
        if below and re.search(_HOLD, text[:found.start()], re.IGNORECASE):
            # "50% sparsity with negligible loss, but at 70% it degrades": held below, failed at
            held = [float(p) / 100 for p in re.findall(r"(\d{1,2}(?:\.\d+)?)\s*%", text[:found.start()])]
            floor = max(held) if held else None
    if found is None:
        return None
    steep = re.search(_STEEP, text, re.IGNORECASE)
    return Knee(sparsity=round(float(found.group("pct")) / 100, 4), approx=bool(found.group("about")),
                words=found.group(0).strip(), steep=steep.group(0) if steep else None, below=below,
                floor=round(floor, 4) if floor is not None else None, at_most=at_most)


def knee_named(text: str) -> bool:
    """Whether the claim names a knee ("essential sparsity", "the knee", "a cliff") at a sparsity, or
    a collapse at one ("collapses at 50% sparsity"): a statement about accuracy though it names no
    metric."""
    return _KNEE_NAMED.search(text) is not None or any(rx.search(text) for rx in _FAILS_AT)


_LABEL = {"wanda": "Wanda", "magnitude": "magnitude", "magnitude_global": "global magnitude"}


def _label(method: str) -> str:
    return _LABEL.get(method, method.replace("_", " "))


def _not_pruned(ref: str, b: BundleInfo, size: str, *methods: str) -> Untestable | None:
    """``no_bundle`` when the size does not run one of ``methods`` (its ``prune_methods``)."""
    run = ((b.settings or {}).get(size) or {}).get("prune_methods") or b.params.get("prune_methods")
    missing = [m for m in methods if run is not None and m not in run]
    if missing:
        return untestable(ref, UntestableCategory.no_bundle, f"{b.id} does not prune by {_label(missing[0])} at size "
                                                             f"{size} (it runs {', '.join(map(_label, run))})")
    return None


def _sweep(b: BundleInfo, size: str) -> list[float]:
    swept = ((b.settings or {}).get(size) or {}).get("sparsities") or b.params.get("sparsities") or []
    return sorted(float(x) for x in swept)


def _on(sweep: list[float], s: float) -> bool:
    return any(abs(x - s) < 1e-9 for x in sweep)


def knee_plan(claim: Claim, ref: str, b: BundleInfo, knee: Knee, *, size: str, device: str, method: str,
              setting: str, unnamed: str = "", reason_tail: str = "",
              untested: list[str] | None = None) -> ReproPlan | Untestable:
    """The plan that tests a claim's knee at ``knee.sparsity`` on ``method``'s knee metric of ``b``."""
    sweep = _sweep(b, size)
    pct = f"{knee.sparsity:.0%}"
    shown = ", ".join(f"{x:.0%}" for x in sweep)
    if not _on(sweep, knee.sparsity):
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} sweeps {shown} at size {size}: a knee at {pct} falls between its points")
    if knee.sparsity >= sweep[-1] and not knee.below:
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} sweeps {shown} at size {size}: nothing beyond {pct} shows the fall the claim states")
    if (why := _not_pruned(ref, b, size, method)) is not None:
        return why
    label = _label(method)
    qualifier = "less_than" if knee.below or knee.at_most else ("approx" if knee.approx else "eq")
    expected = Quantity(value=knee.sparsity * 100, unit="%", qualifier=qualifier, text=knee.words)
    if knee.below and knee.floor is None:
        # "fails at 70%": the knee at most the swept point below 70% (the value rule's bound includes its end)
        under = [x for x in sweep if x < knee.sparsity - 1e-9]
        top = under[-1] if under else 0.0
        expected = Quantity(value=round(top * 100, 4), unit="%", qualifier="less_than",
                            text=f"{knee.words}: the knee at most {top:.0%}")
    if knee.below and knee.floor is not None:
        # held at the floor, failed at the sparsity: the knee at a swept point from the floor up to below it
        under = [x for x in sweep if knee.floor - 1e-9 <= x < knee.sparsity - 1e-9]
        if not under or not _on(sweep, knee.floor):
            return untestable(ref, UntestableCategory.no_bundle,
                              f"{b.id} sweeps {shown} at size {size}: no swept sparsity lies from the claim's "
                              f"{knee.floor:.0%} up to below its {pct}")
        # the text names the range, so the judge's rounding tolerance (half a point) applies to it
        expected = Quantity(value=round((under[0] + under[-1]) * 50, 4), low=round(under[0] * 100, 4),
                            high=round(under[-1] * 100, 4), unit="%",
                            text=f"{knee.words}: the knee at {under[0]:.0%} to {under[-1]:.0%}")
    left = list(untested or [])
    if knee.steep:
        where = f"at {pct}" if knee.below else f"beyond {pct}"
        left.append(f"how steeply accuracy falls {where} ({knee.steep!r}): the runs locate the knee, the "
                    "steepness of the fall is not judged")
    against = (f"below the claim's {pct} (accuracy no longer holds there)" if knee.below else
               f"at most the claim's {pct} (nothing beyond it holds)" if knee.at_most else
               f"against the claim's {pct} (it holds there and not at the next point)")
    if knee.below and knee.floor is not None:
        against = f"from the claim's {knee.floor:.0%} (it holds there) up to below its {pct} (it no longer does)"
    return make_plan(ref, b, claim, metric=f"{method}_knee_sparsity", expected=expected, rule="value", size=size,
                     device=device, untested=left,
                     reason=f"the knee of one-shot {label} pruning{unnamed}: the largest swept sparsity ({shown}) "
                            f"whose {setting} stays within {_tolerance(b, size)} of the dense model's, {against}"
                            + reason_tail)


def knee_at_least(claim: Claim, ref: str, b: BundleInfo, sparsity: float, *, size: str, device: str, method: str,
                  setting: str, unnamed: str = "", reason_tail: str = "",
                  untested: list[str] | None = None) -> ReproPlan | Untestable:
    """"Accuracy holds up to ``sparsity``": the knee is at least there (a bundle without a score at
    that sparsity itself reads the knee)."""
    sweep = _sweep(b, size)
    pct = f"{sparsity:.0%}"
    if not _on(sweep, sparsity):
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} sweeps {', '.join(f'{x:.0%}' for x in sweep)} at size {size}, not the claim's {pct}")
    if (why := _not_pruned(ref, b, size, method)) is not None:
        return why
    tol = ((b.settings or {}).get(size) or {}).get("knee_tolerance", b.params.get("knee_tolerance"))
    if tol is not None and (bound := _claimed_bound(claim.statement)) is not None:
        # "retains 90% of the dense accuracy at 70%": a looser bound than the knee's; a knee below 70%
        # would not show the claim false, so no plan; a stricter bound is left untested
        if bound[0] > float(tol) + 1e-9:
            return untestable(ref, UntestableCategory.no_bundle,
                              f"{b.id} scores {pct} only through its knee (the largest swept sparsity within "
                              f"{_tolerance(b, size)} of the dense model's), a stricter test than the claim's bound "
                              f"({bound[1]}); it has no score at {pct} to hold to that bound")
        if bound[0] < float(tol) - 1e-9:
            untested = [*(untested or []), f"the claim's bound ({bound[1]}): the knee allows {_tolerance(b, size)}"]
    expected = Quantity(value=sparsity * 100, unit="%", qualifier="at_least", text=pct)
    return make_plan(ref, b, claim, metric=f"{method}_knee_sparsity", expected=expected, rule="value", size=size,
                     device=device, untested=untested,
                     reason=f"one-shot {_label(method)} pruning{unnamed} holds up to {pct}: read as its "
                            f"knee (the largest swept sparsity whose {setting} stays within {_tolerance(b, size)} of "
                            f"the dense model's) being at least {pct}" + reason_tail)


def _claimed_bound(text: str) -> tuple[float, str] | None:
    """The loss a no-loss claim allows itself, as a fraction of accuracy, and its words: a share
    kept ("retains 90% of the dense accuracy": up to 0.10, read as points of a near-perfect
    baseline) or a stated bound ("within 2 points": 0.02); None when it states none."""
    if (kept := RETENTION.search(text)) is not None and 50 <= float(kept.group(1)) < 100:
        return round(1 - float(kept.group(1)) / 100, 10), kept.group(0).strip()
    return stated_bound(text, False, "fraction")


def _tolerance(b: BundleInfo, size: str) -> str:
    tol = ((b.settings or {}).get(size) or {}).get("knee_tolerance", b.params.get("knee_tolerance"))
    return f"{float(tol) * 100:g} point(s)" if tol is not None else "the bundle's knee tolerance"


_METHOD_NAMES = re.compile(r"\b(?P<wanda>Wanda)\b"
                           r"|\b(?P<glob>global(?:ly)? magnitude|magnitude[^.;:]{0,20}?\bglobal(?:ly)?)\b"
                           r"|\b(?P<mag>magnitude)\b", re.IGNORECASE)


def knee_method(text: str, knee: Knee | None) -> tuple[str, str, list[str]]:
    """(the swept method whose knee the claim places, a note when it names none, what it leaves untested).

    In "Wanda holds up to 60% sparsity, while magnitude pruning collapses beyond 40%" the knee read
    is magnitude's (the method named last before the knee's words); what the claim says of Wanda is
    then untested. Without a knee's words (``None``) the method named first is the claim's.
    """
    named = [(m.start(), "wanda" if m.group("wanda") else "magnitude_global" if m.group("glob") else "magnitude")
             for m in _METHOD_NAMES.finditer(text)]
    at = text.find(knee.words) if knee is not None else -1
    before = [name for pos, name in named if pos <= at]
    method = before[-1] if before else (named[0][1] if named else "magnitude")
    unnamed = ("" if named else " (essential sparsity is defined on one-shot magnitude pruning)"
               if re.search(r"\bessential sparsity\b", text, re.IGNORECASE)
               else " (the claim names no pruning method: magnitude picks the mask)")
    others = sorted({name for _, name in named} - {method})
    untested = [f"what the claim says of {', '.join(map(_label, others))} pruning"] if others else []
    return method, unnamed, untested


# "Wanda tolerates higher sparsity than magnitude pruning before accuracy drops", "global magnitude
# pruning reaches higher sparsity than layer-wise magnitude at the same accuracy": one method's knee
# above another's
_HIGHER_KNEE = re.compile(
    r"\b(?:tolerat|reach|prun|sustain|handl|withstand|achiev|allow|support|go|keep|retain|maintain|remov|surviv)\w*"
    r"\b[^.;:]{0,40}?\b(?:higher|larger|greater|more) (?:sparsit(?:y|ies)|sparsity (?:levels?|ratios?)|"
    r"pruning ratios?)\b[^.;:]{0,30}?\bthan\b", re.IGNORECASE)


def read_knee_comparison(text: str) -> tuple[str, str, str] | None:
    """(method, baseline, words) when the claim puts one swept method's knee above another's."""
    m = _HIGHER_KNEE.search(text)
    if m is None:
        return None
    named = [(n.start(), "wanda" if n.group("wanda") else "magnitude_global" if n.group("glob") else "magnitude")
             for n in _METHOD_NAMES.finditer(text)]
    before = [name for pos, name in named if pos < m.end()]
    after = [name for pos, name in named if pos >= m.end()]
    if not before or not after or before[0] == after[0]:
        return None
    return before[0], after[0], m.group(0).strip()


def knee_comparison_plan(claim: Claim, ref: str, b: BundleInfo, compared: tuple[str, str, str], *, size: str,
                         device: str, setting: str, reason_tail: str = "") -> ReproPlan | Untestable:
    """The plan that tests 'A keeps accuracy to a higher sparsity than B' on the two knees, seed by seed."""
    method, baseline, words = compared
    if (why := _not_pruned(ref, b, size, method, baseline)) is not None:
        return why
    a, c = _label(method), _label(baseline)
    shown = ", ".join(f"{x:.0%}" for x in _sweep(b, size))
    return make_plan(ref, b, claim, metric=f"{method}_knee_sparsity",
                     expected=Comparison(baseline_metric=f"{baseline}_knee_sparsity", op="gt",
                                         text=f"{a} pruning holds its {setting} to a higher sparsity than {c}"),
                     rule="paired_difference", size=size, device=device,
                     reason=f"the knees of {a} and {c} pruning (one-shot; the largest swept sparsity of {shown} whose "
                            f"{setting} stays within {_tolerance(b, size)} of the dense model's), compared seed by "
                            f"seed" + reason_tail)


# -- 2:4 against unstructured pruning at the same 50% ------------------------------------------

_UNSTRUCTURED = re.compile(r"\bunstructured\b", re.IGNORECASE)
_NM = re.compile(r"\b2:4\b|\bsemi-structured\b|\bN:M\b", re.IGNORECASE)
_WORSE_REL = re.compile(r"\b(?:costs? (?:\d+(?:\.\d+)?\s*(?:points?|pp|%)?\s+)?more|worse|"
                        r"lower (?:[\w-]+ ){0,2}accuracy|los(?:es|e|ing) more|"
                        r"degrad\w* (?:\w+ )?more|larger (?:accuracy )?(?:drops?|loss(?:es)?)|less accurate|"
                        r"underperform\w*|falls? (?:\w+ )?behind|"
                        # "2:4 pruning cannot match unstructured pruning": it falls short of it (as match's
                        # _WORSE_LINK reads it; a bare "does not match" states no order)
                        r"(?:cannot|can't|fails? to|unable to) (?:fully )?match)\b",
                        re.IGNORECASE)
_BETTER_REL = re.compile(r"\b(?:outperform\w*|better|beats?|higher (?:[\w-]+ ){0,2}accuracy|more accurate|"
                         r"less (?:accuracy )?(?:loss|degradation)|smaller (?:accuracy )?(?:drops?|loss(?:es)?))\b",
                         re.IGNORECASE)


def _ordered_relation(text: str, one: re.Pattern[str], other: re.Pattern[str]) -> str | None:
    """'better' or 'worse' for the side ``one`` names, from the one relation the sentence states
    between the two sides (the side named first is its subject), 'equal' when it says the two
    perform alike ("2:4 pruning matches unstructured pruning"), else None."""
    a, c = one.search(text), other.search(text)
    if a is None or c is None:
        return None
    worse, better = _WORSE_REL.search(text), _BETTER_REL.search(text)
    if worse is None and better is None:
        from verifier.parity import states_parity

        return "equal" if states_parity(text) else None
    if (worse is None) == (better is None):
        return None
    return "better" if (a.start() < c.start()) == (better is not None) else "worse"


def read_pattern_comparison(text: str) -> str | None:
    """'worse' when the claim says a 2:4 mask costs more accuracy than unstructured pruning at the
    same (50%) sparsity, 'better' when it says the reverse, else None."""
    return _ordered_relation(text, _NM, _UNSTRUCTURED)


def names_two_masks(text: str) -> bool:
    """Whether the sentence names both sides of a comparison of masks: 2:4 and unstructured, or
    global and per-layer (its relation, if any, is between them, not with the dense model)."""
    return bool((_NM.search(text) and _UNSTRUCTURED.search(text))
                or (_GLOBAL.search(text) and _LAYERWISE.search(text) and _MAGNITUDE_PRUNING.search(text)))


def nm_named_first(text: str) -> bool:
    """Whether a sentence that names both masks names the 2:4 one before the unstructured one."""
    nm, un = _NM.search(text), _UNSTRUCTURED.search(text)
    return nm is not None and (un is None or nm.start() < un.start())


def pattern_comparison_plan(claim: Claim, ref: str, b: BundleInfo, op: str, *, size: str, device: str, method: str,
                            metric: str, baseline_metric: str, reason_tail: str = "") -> ReproPlan | Untestable:
    """2:4 against 50% unstructured pruning by the same method, seed by seed."""
    if (why := _not_pruned(ref, b, size, method)) is not None:
        return why
    if not _on(_sweep(b, size), 0.5):
        return untestable(ref, UntestableCategory.no_bundle, f"{b.id} does not prune to 50% at size {size}")
    label = _label(method)
    return _two_masks(claim, ref, b, op, size=size, device=device, metric=metric, baseline_metric=baseline_metric,
                      text=(f"a 2:4 mask costs as much as 50% unstructured {label} pruning" if op == "equal" else
                            f"a 2:4 mask costs {'more' if op == 'worse' else 'less'} than 50% unstructured {label} "
                            "pruning"),
                      reason=f"{label} pruning to 2:4 vs to 50% unstructured" + _SAME_SHARE + reason_tail)


# -- global against per-layer magnitude pruning at one sparsity ----------------------------------

_GLOBAL = re.compile(r"\bglobal(?:ly)?\b", re.IGNORECASE)
# global and per-layer masks are a pruning matter only where the sentence speaks of magnitude or pruning
_MAGNITUDE_PRUNING = re.compile(r"\bmagnitude\b|\bprun", re.IGNORECASE)
_LAYERWISE = re.compile(r"\b(?:layer[- ]?wise|per[- ]layer|local(?:ly)?|uniform)\b", re.IGNORECASE)


def read_global_comparison(text: str) -> str | None:
    """'better' when the claim says global magnitude pruning beats per-layer (layer-wise) magnitude
    pruning at a sparsity, 'worse' when it says the reverse, else None."""
    if not _MAGNITUDE_PRUNING.search(text):
        return None
    return _ordered_relation(text, _GLOBAL, _LAYERWISE)


def global_comparison_plan(claim: Claim, ref: str, b: BundleInfo, op: str, sparsity: float, *, size: str,
                           device: str, metric: str, baseline_metric: str,
                           reason_tail: str = "") -> ReproPlan | Untestable:
    """Global against per-layer magnitude pruning at ``sparsity``, seed by seed."""
    if (why := _not_pruned(ref, b, size, "magnitude_global", "magnitude")) is not None:
        return why
    if metric not in b.metrics or baseline_metric not in b.metrics:
        return untestable(ref, UntestableCategory.no_bundle,
                          f"{b.id} compares global with per-layer magnitude pruning at "
                          + ", ".join(sorted({m.split('_s')[-1].split('_')[0] + '%' for m in b.metrics
                                              if m.startswith('magnitude_global_s')}))
                          + f", not at {sparsity:.0%}")
    return _two_masks(claim, ref, b, op, size=size, device=device, metric=metric, baseline_metric=baseline_metric,
                      text=(f"global magnitude pruning performs like per-layer magnitude pruning at {sparsity:.0%}"
                            if op == "equal" else
                            f"global magnitude pruning is {op} than per-layer magnitude pruning at {sparsity:.0%}"),
                      reason=f"global vs per-layer magnitude pruning at {sparsity:.0%}" + _SAME_SHARE + reason_tail)


_SAME_SHARE = " (one-shot, the same share of weights)"


def _two_masks(claim: Claim, ref: str, b: BundleInfo, op: str, *, size: str, device: str, metric: str,
               baseline_metric: str, text: str, reason: str) -> ReproPlan | Untestable:
    """Two masks of the same share of weights compared seed by seed ('better' / 'worse', or 'equal'
    within the no-loss tolerance)."""
    tolerance = EQUAL_TOLERANCE if op == "equal" else None
    return make_plan(ref, b, claim, metric=metric,
                     expected=Comparison(baseline_metric=baseline_metric, op=op, tolerance=tolerance, text=text),
                     rule="paired_difference", size=size, device=device, tolerance=tolerance,
                     reason=reason + (", judged equal within the tolerance" if op == "equal" else ""))
