"""Quantisation grids compared: per group against per channel ("group-wise quantization
significantly improves RTN at 3 bits", "grouped quantization performs far better than no-group").

gptq_vs_rtn quantises every block Linear with RTN and with GPTQ on a per-output-channel grid and on
a per-group grid (``group_size`` input weights per scale: 128 at full size, 32 at small), at 4 and 3
bits, in the same runs: the two grids' exact match (or mean relative layer error, for an error
claim) compared seed by seed. No bundle quantises per tensor (weight-only), so a claim about
per-tensor grids is ``no_bundle``; so is one about another method's grids (AWQ's).
"""

from __future__ import annotations

import re

from verifier.claims import Claim, MethodFamily
from verifier.plans import LEARNED, BundleInfo, make_plan, untestable, width_scope
from verifier.verdicts import Comparison, ReproPlan, Untestable, UntestableCategory

EQUAL_TOLERANCE = 0.01  # as for every 'matches' of accuracies: one point

_GRIDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # not the "group" of "no-group quantization"
    ("group", re.compile(r"(?<!no-)(?<!no )(?<!non-)(?<!without )(?<!without any )"
                         r"(?:\bgroup[- ]?(?:wise|ed)\b|\bper[- ]group\b|\bgroup (?:quantization|quantisation|size)\b|"
                         r"\bgrouping\b(?!\s+(?:of|by))|\bsub-?channel\b)", re.IGNORECASE)),
    ("channel", re.compile(r"\bper[- ]?(?:output[- ])?channel\b|\bchannel[- ]?wise\b|\bper[- ]?row\b|\brow[- ]?wise\b|"
                           r"\bno[- ]group(?:ing)?\b|\bwithout (?:any )?group(?:ing|s)?\b|\bungrouped\b",
                           re.IGNORECASE)),
    ("tensor", re.compile(r"\bper[- ]?tensor\b|\btensor[- ]?wise\b", re.IGNORECASE)),
)
_LABEL = {"group": "per-group", "channel": "per-channel", "tensor": "per-tensor"}
_GROUP_SIZE = re.compile(r"\bgroup size (?:of )?(\d+)\b|\bg(\d{2,3})\b|\b(\d+)-(?:weight |element )?groups?\b",
                         re.IGNORECASE)


def stated_group(text: str, group: int, width: int, rows: str) -> tuple[int | None, str | None]:
    """The group size a claim states, where it is not the runs' ``group``: (that size, None) to bind
    when it divides the ``width``-wide rows, (None, what is left untested) when it does not ("the
    {rows}" names them); (None, None) when the claim states none or the runs' own."""
    said = _GROUP_SIZE.search(text)
    if said is None:
        return None, None
    stated = int(next(g for g in said.groups() if g))
    if stated == group:
        return None, None
    if width and width % stated == 0:
        return stated, None
    return None, (f"the group size the claim states ({stated}): it does not divide {rows}, whose runs group {group} "
                  "input weights per scale")


# "group-wise quantization significantly improves RTN": the plain method is the per-channel one
_OVER_PLAIN = re.compile(r"\b(?:improves?|outperforms?|beats?|better than|over|compared (?:to|with))\s+(?:the\s+)?"
                         r"(?:plain\s+|vanilla\s+|standard\s+|naive\s+)?(?:RTN|GPTQ|round-to-nearest)\b", re.IGNORECASE)
_LEAD = re.compile(r"\b(?:far |well |still |way )*(?:(?P<behind>behind|lags?|trails?)|ahead of)\b", re.IGNORECASE)
_ERROR = re.compile(r"\b(?:reconstruction|quanti[sz]ation|layer|output)\s+errors?\b", re.IGNORECASE)


def read_grids(text: str, direction: str | None = None) -> tuple[str, str, str] | None:
    """(the grid named first, the other, 'better' / 'worse' / 'equal' for the first) when the
    sentence relates two quantisation grids, else None. ``direction``: the claim's own direction
    (better / worse / increase / decrease), read when no relation word links the two."""
    from verifier.knee import _ordered_relation

    found = sorted((m.start(), name, pat) for name, pat in _GRIDS if (m := pat.search(text)) is not None)
    if len(found) == 1 and found[0][1] == "group" and _OVER_PLAIN.search(text):
        return "group", "channel", "better"
    if len(found) != 2:
        return None
    (_, first, one), (_, second, other) = found
    op = _ordered_relation(text, one, other)
    if op in (None, "equal") and (lead := _LEAD.search(text)) is not None:
        # "no-group quantization is still far behind grouped quantization": not the parity of "a similar cost"
        op = "worse" if lead.group("behind") else "better"
    if op is None and direction in ("increase", "decrease") and _ERROR.search(text):
        op = "better" if direction == "decrease" else "worse"  # "reduces the reconstruction error"
    elif op is None and direction in ("better", "worse"):
        op = direction
    return (first, second, op) if op is not None else None


def grids_plan(claim: Claim, ref: str, bundles: dict[str, BundleInfo], grids: tuple[str, str, str], *, size: str,
               device: str, name: str, family: MethodFamily | None, bits: int | None) -> ReproPlan | Untestable:
    """The per-group against per-channel comparison of the claim's method on gptq_vs_rtn."""
    nc = UntestableCategory
    first, second, op = grids
    if "tensor" in (first, second):
        return untestable(ref, nc.no_bundle, "the runs quantise weights per channel and per group, not per tensor")
    b = bundles.get("gptq_vs_rtn")
    if b is None:
        return untestable(ref, nc.no_bundle, "no bundle compares quantisation grids")
    # the quantiser: the claim's, or any the sentence names ("AWQ with grouping outperforms per-channel AWQ")
    from verifier.claim_fields import find_methods

    named = {m.name for _, _, m in find_methods(claim.statement)
             if m.name and m.family in (MethodFamily.ptq, MethodFamily.quantization, MethodFamily.qat)}
    named |= {name} if name else set()
    others = sorted(n for n in named if n.lower() not in ("rtn", "gptq"))
    if others or family is MethodFamily.qat:
        return untestable(ref, nc.no_bundle, f"the runs compare per-group and per-channel grids for RTN and GPTQ, "
                                             f"not for {', '.join(others) or 'QAT'}")
    method = "gptq" if any(n.lower() == "gptq" for n in named) else "rtn"
    if bits is not None and bits not in (4, 3):
        return untestable(ref, nc.no_bundle, f"the runs compare the grids at 4 and 3 bits, not at {bits}")
    at = bits or 3
    base_at = _width_of_second(claim.statement, second) if bits in (4, 3) else None
    if base_at is not None and base_at not in (4, 3):
        return untestable(ref, nc.no_bundle, f"the runs compare the grids at 4 and 3 bits, not at {base_at}")
    base_at = base_at or at
    unit = "mean_rel_error" if claim.metric == "error" or _ERROR.search(claim.statement) else "exact_match"
    config = (b.settings or {}).get(size, b.params)
    group = int(config.get("group_size") or b.params.get("group_size") or 128)
    untested = width_scope(claim, at, base_at if base_at != at else None)
    params = None
    # every Linear's input width is a multiple of d_model
    width = int(config.get("d_model") or b.params.get("d_model") or 0)
    stated, left = stated_group(claim.statement, group, width, f"the {width}-wide rows of the model at size {size}")
    if stated is not None:
        params, group = {"group_size": stated}, stated
    untested += [left] if left else []
    label = "GPTQ" if method == "gptq" else "RTN"
    relation = {"better": "beats", "worse": "is worse than", "equal": "performs like"}[op]
    metric, baseline = f"{method}_w{at}_{first}_{unit}", f"{method}_w{base_at}_{second}_{unit}"
    tolerance = EQUAL_TOLERANCE if op == "equal" and unit == "exact_match" else None
    if op == "equal" and tolerance is None:
        return untestable(ref, nc.no_bundle, "a layer error said equal on two grids: the runs give no tolerance for "
                                             "relative errors")
    return make_plan(ref, b, claim, metric=metric,
                     expected=Comparison(baseline_metric=baseline, op=op, tolerance=tolerance,
                                         text=f"{at}-bit {label} on a {_LABEL[first]} grid {relation} "
                                              f"{base_at}-bit {label} on a {_LABEL[second]} grid"),
                     rule="paired_difference", size=size, device=device, tolerance=tolerance, params=params,
                     preconditions={"fp_exact_match": LEARNED},
                     reason=f"{at}-bit {label} on a {_LABEL[first]} grid vs "
                            + ("" if base_at == at else f"{base_at}-bit {label} on ")
                            + f"a {_LABEL[second]} grid (group size {group}), "
                            + ("exact match of the whole model" if unit == "exact_match"
                               else "mean relative layer error")
                            + ", in the same runs, on a proxy model"
                            + ("" if bits else f" (the claim names no width: {at} bits)"),
                     untested=untested)


def _width_of_second(text: str, second: str) -> int | None:
    """The bit width nearest the second grid's words when the sentence names two widths ("3-bit RTN
    with groups matches 4-bit per-channel RTN": 4), else None."""
    from verifier.plans import _WIDTH

    widths = [(m.start(), int(next(g for g in m.groups() if g))) for m in _WIDTH.finditer(text)]
    if len({w for _, w in widths}) != 2:
        return None
    grid = dict((n, p) for n, p in _GRIDS)[second].search(text)
    if grid is None:
        return None
    return min(widths, key=lambda w: abs(w[0] - grid.start()))[1]
