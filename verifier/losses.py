"""Loss claims: what a compression setting costs against the full-precision or dense model.

"4-bit RTN degrades accuracy by 5 points", "QAT at 2 bits lags full precision by 5 points",
"magnitude pruning to 50% sparsity reduces accuracy by 3 points on SST-2" state a direction
(worse than the uncompressed model) and a size. They are planned as a paired comparison of the
setting's accuracy with the baseline's in the same runs (``op`` 'worse'), with the stated loss as
the comparison's margin (negative: metric - baseline): the direction decides between reproduced and
not, a loss of another size than the stated one is 'partially reproduced'. A percentage of accuracy
is read as points, as for a stated win. A bound ("by less than 1%") is a no-loss claim, not a loss
of that size: those go to the no-loss rules before this one.

A perplexity increase ("increases perplexity by 20%") is read by :func:`stated_increase`: in % of
the baseline's perplexity it is the margin of the relative comparison; in perplexity points or as
a factor only the direction is tested (a gap on the claim's model does not carry over).
"""

from __future__ import annotations

import re

from verifier.claims import Quantity
from verifier.plans import MARGIN_QUALIFIER

_VERB = (r"(?:degrad\w*|reduc\w*|lower\w*|drops?|dropp\w*|decreas\w*|los(?:es|e|ing)|costs?|costing|hurts?|lags?|"
         r"lagging|underperform\w*|falls?|fell|trails?)")
# a bound ("by less than 1%", "under 2 points", "at most 1%", "within 1%") is a no-loss claim, and "reduces
# the gap to 2%" a level reached: no amount
_AMOUNT = (r"(?:(?P<q>about |around |roughly |approximately |~\s*|over |more than |at least |up to |only |just |"
           r"merely )|(?<!than )(?<!under )(?<!most )(?<!within )(?<!to )(?<!from ))(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*")
_UNIT = r"(?P<u>percentage points?|points?|pp|%)(?![\w%])"
# a share of the weights is a sparsity, not a loss
_NOT_A_SHARE = r"(?!\s*(?:sparsity|sparse|of (?:the |its |their )?(?:weights|parameters)))"
# "degrades accuracy by 5 points", "lags behind full precision by 2%", "loses 4 points"
_LOSS_VERB = re.compile(rf"\b{_VERB}\b(?:\s+(?:behind\s+)?(?:[\w@-]+\s+){{0,4}}?)?(?:by\s+)?"
                        rf"{_AMOUNT}{_UNIT}{_NOT_A_SHARE}", re.IGNORECASE)
# "a 5-point drop", "a 3% accuracy loss"
_LOSS_NOUN = re.compile(rf"\b(?:a|an)\s+{_AMOUNT}-?(?P<u>percentage[- ]points?|points?|pp|%)(?:[- ]point)?\s+"
                        rf"(?:accuracy\s+)?(?:drop|loss|degradation|decrease|gap)\b", re.IGNORECASE)
# the qualifier of a stated amount ("about", "over", "up to"), as for a stated win (plans), with
# "approximately" (an amount word here); for a loss, a negative margin, the bounds turn over: a loss
# of more than 5 points is a difference below -5, of up to 5 one above -5
_PPL_QUALIFIER = {**MARGIN_QUALIFIER, "approximately": "approx"}
_QUALIFIER = {k: {"at_least": "less_than", "up_to": "at_least"}.get(v, v) for k, v in _PPL_QUALIFIER.items()}

# "only 1 point worse than full precision", "2 points below the dense model": a loss against the uncompressed
# model (one against another method, "4 points less accurate than GPTQ", is a comparison: match reads it so)
_LOSS_BELOW = re.compile(rf"{_AMOUNT}{_UNIT}\s+(?:worse|lower|below|less accurate)\s+(?:than\s+)?(?:that of\s+)?"
                         r"(?:the\s+|its\s+)?(?:dense|full[- ]precision|FP16|FP32|BF16|16-bit|32-bit|uncompressed|"
                         r"unpruned|unquanti[sz]ed|original|baseline)", re.IGNORECASE)
# "pass@1 drops from 30% to 20%", "reduces accuracy from 80.1 to 75.3 points": the two levels, not a loss of 30
_FROM_TO = re.compile(rf"\b{_VERB}\b(?:\s+(?:[\w@-]+\s+){{0,4}}?)?from\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>%|points?)?"
                      rf"\s+(?:down\s+)?to\s+(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>%|points?)?{_NOT_A_SHARE}", re.IGNORECASE)


def stated_loss(text: str) -> Quantity | None:
    """The loss a claim states, as a margin of (setting - baseline) in points: -5 for 'degrades
    accuracy by 5 points' (and for 'drops from 80% to 75%'), or None when it states none."""
    if (ft := _FROM_TO.search(text)) is not None and (ft.group("ua") or ft.group("ub")) in ("%", "point", "points"):
        a, b = float(ft.group("a")), float(ft.group("b"))
        if a > b:
            return Quantity(value=-round(a - b, 10), unit="pp", qualifier="eq", text=ft.group(0).strip())
    m = _LOSS_VERB.search(text) or _LOSS_NOUN.search(text) or _LOSS_BELOW.search(text)
    if m is None:
        return None
    q = (m.group("q") or "").strip().lower()
    return Quantity(value=-float(m.group("v")), unit="pp", qualifier=_QUALIFIER.get(q, "eq"), text=m.group(0).strip())


# "increases perplexity by 20%", "perplexity rises by 2.1 points", "raises WikiText-2 perplexity by 0.5"
_PPL_UP = (r"(?:increas\w*|rais\w*|worsen\w*|degrad\w*|hurt\w*|ris(?:es|e|ing)|grows?|goes up|inflat\w*)")
_PPL_INCREASE = (
    re.compile(rf"\b{_PPL_UP}\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?perplexity(?:\s+of\s+[\w.-]+)?\s+by\s+"
               rf"{_AMOUNT}(?P<u>%|x|×|points?)?", re.IGNORECASE),
    re.compile(rf"\bperplexity\s+(?:\w+\s+){{0,2}}?{_PPL_UP}\s+(?:\w+\s+){{0,2}}?by\s+{_AMOUNT}(?P<u>%|x|×|points?)?",
               re.IGNORECASE),
    # "Wanda's perplexity is 20% higher than the dense model's" (not "higher than GPTQ's": another method)
    re.compile(rf"\bperplexity\s+(?:is|was|becomes|gets|ends up)\s+{_AMOUNT}(?P<u>%|x|×|points?)\s+higher\s+than\s+"
               r"(?:that of\s+)?(?:the\s+|its\s+)?(?:dense|full[- ]precision|FP16|FP32|BF16|16-bit|uncompressed|"
               r"unpruned|unquanti[sz]ed|original|baseline)", re.IGNORECASE),
)


# "raises perplexity from 5.68 to 7.01", "perplexity increases to 25.3": the levels on the claim's model
_PPL_LEVELS = (
    re.compile(rf"\b{_PPL_UP}\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?perplexity(?:\s+of\s+[\w.-]+)?\s+"
               r"(?:from\s+(?P<a>\d+(?:\.\d+)?)\s+)?to\s+(?P<b>\d+(?:\.\d+)?)(?!\s*(?:%|bits?\b))", re.IGNORECASE),
    re.compile(rf"\bperplexity\s+(?:\w+\s+){{0,2}}?{_PPL_UP}\s+(?:from\s+(?P<a>\d+(?:\.\d+)?)\s+)?to\s+"
               r"(?P<b>\d+(?:\.\d+)?)(?!\s*(?:%|bits?\b))", re.IGNORECASE),
)


def stated_increase(text: str) -> tuple[Quantity | None, str] | None:
    """A perplexity increase the claim states: (the increase in % of the baseline's perplexity, or
    None when it is given in perplexity points, as a factor or as the levels it rose from and to,
    and the words), or None."""
    m = next((found for rx in _PPL_INCREASE if (found := rx.search(text)) is not None), None)
    if m is None:
        # levels: only the direction carries over to another model (and a fall is no increase)
        lv = next((found for rx in _PPL_LEVELS if (found := rx.search(text)) is not None), None)
        if lv is None or (lv.group("a") is not None and float(lv.group("a")) >= float(lv.group("b"))):
            return None
        return None, lv.group(0).strip()
    unit = m.group("u") or ""
    q = (m.group("q") or "").strip().lower()
    if unit != "%":
        return None, m.group(0).strip()
    return Quantity(value=float(m.group("v")), unit="%", qualifier=_PPL_QUALIFIER.get(q, "eq"),
                    text=m.group(0).strip()), m.group(0).strip()
