"""Numbers as papers write them, parsed into :class:`~verifier.claims.Quantity` values.

Papers write one number many ways: "2e-5", "2E-05", "2 × 10^{-5}", "$1\\times10^{-8}$",
"2,084,044,800", "−0.9", "9–14%" and "9--14\\%", "2.3×" and "1.8 times", "175B parameters".
:func:`parse_quantities` finds every number of a text with its unit, range and qualifier
("up to", "about", "at least", "less than", "within") and its character span, so that
extraction can anchor it and Gate 1 can compare it with :func:`quantities_equal`.

What is *not* a quantity, and is skipped: citation brackets ("[12]", "[3, 7]"), years of
author-year citations ("Dettmers et al., 2022"), references to tables, figures, sections,
equations and appendices ("Table 3", "Section 4.1", "Eq. (2)"), digits inside names
("OPT-13B", "Qwen3", "A100", "Nangate45", "top-1", "pass@1"), N:M patterns ("2:4"), URLs,
LaTeX ``\\cite``/``\\ref`` arguments and Markdown link targets. A model-size suffix
("OPT-13B") gives a params quantity only with ``model_sizes=True``.

Units are those of :data:`verifier.claims.Unit`. Magnitude suffixes are applied to the value
("175B parameters" -> 1.75e11 params; "1.5 mW" -> 0.0015 W). A per-denominator is dropped
("1.1 pJ per bit" -> pJ). Units outside the list ("GB/s", "GiB", "hours") leave ``unit=None``.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal, InvalidOperation
from typing import cast

from verifier.claims import Qualifier, Quantity, Unit
from verifier.errors import InputError
from verifier.literals import Alternation

_MINUS = "\u2212"
_SIGNS = f"-+{_MINUS}"
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TABLE = str.maketrans(_SUP_DIGITS + "⁻⁺", "0123456789-+")
# whitespace as text and TeX write it: spaces, no-break and thin spaces, "\,", "~"
_SP = r"(?:\s|\\[,;:! ]|~|\u00a0|\u2009|\u202f)*"
_TIMES = r"(?:\\times|\\cdot|×|x|\*|·|⋅)"
_POWER = (
    rf"(?:\^{_SP}(?:\{{{_SP}[{_SIGNS}]?{_SP}\d+{_SP}\}}|[{_SIGNS}]?\d+)"
    rf"|<sup>\s*[{_SIGNS}]?\d+\s*</sup>|[⁻⁺]?[{_SUP_DIGITS}]+)"
)
_MANTISSA = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
_NUMBER_BODY = (
    rf"[{_SIGNS}]?{_MANTISSA}"
    rf"(?:[eE][{_SIGNS}]?\d+(?![\w])"
    rf"|{_SP}\$?{_SP}{_TIMES}{_SP}\$?{_SP}10{_SP}(?:{_POWER}|[-{_MINUS}]\d+)"
    rf"|(?<=(?<![\d.,])10){_SP}{_POWER})?"
)
# a number that starts a token: not inside a word, a name ("OPT-13B"), "pass@1" or "\cite"
_CANDIDATE = re.compile(rf"(?<![\w.@#\\])(?<![A-Za-z0-9][-‐])(?<![A-Za-z]/){_NUMBER_BODY}")
_SECOND = re.compile(_NUMBER_BODY)
_RANGE_SEP = re.compile(rf"{_SP}\$?{_SP}(?:–|—|--|-|\s+to\s+|\s+and\s+){_SP}\$?{_SP}")

# (pattern read right after the number, unit, scale). Order matters: longest first.
_UNIT_TABLE: tuple[tuple[str, Unit | None, float], ...] = (
    (r"(?:percentage|percent)\s+points?\b", "pp", 1.0),
    (r"(?:\\?%|％)\s*points?\b", "pp", 1.0),
    (r"p\.p\.|pp\b", "pp", 1.0),
    (r"\\?%|％|percent\b|per\s+cent\b", "%", 1.0),
    (r"perplexity\s+points?\b", "ppl", 1.0),
    (r"(?:ppl|PPL)\b", "ppl", 1.0),
    (rf"\$?{_SP}\\times(?![A-Za-z])(?:{_SP}\$)?", "x", 1.0),
    (r"×", "x", 1.0),
    (r"(?<=[\d.])[xX](?![\w])", "x", 1.0),
    (r"times\b", "x", 1.0),
    (r"-?\s*fold\b", "x", 1.0),
    (rf"(?:tokens?|toks?){_SP}/{_SP}(?:s|sec|second)\b", "tokens/s", 1.0),
    (r"tokens?\s+per\s+second\b", "tokens/s", 1.0),
    (r"(?:[KMGT]i?B|[KMGT]b)\s*/\s*s\b", None, 1.0),  # bandwidth, not a size
    (r"[KMGT]iB\b", None, 1.0),
    (r"(?:TB|terabytes?)\b", "TB", 1.0),
    (r"(?:GB|gigabytes?)\b", "GB", 1.0),
    (r"(?:MB|megabytes?)\b", "MB", 1.0),
    (r"(?:KB|kB|kilobytes?)\b", "KB", 1.0),
    (r"(?:ms|msec|milliseconds?)\b", "ms", 1.0),
    (rf"(?:µs|μs|us|\$?\\mu\$?{_SP}s|microseconds?)\b", "us", 1.0),
    (r"(?:ns|nanoseconds?)\b", "ns", 1.0),
    (r"(?<=[\s,~])(?:s|sec|secs)\b|seconds?\b", "s", 1.0),
    (rf"fJ(?:{_SP}(?:/|per){_SP}[A-Za-z]+\b)?", "fJ", 1.0),
    (rf"pJ(?:{_SP}(?:/|per){_SP}[A-Za-z]+\b)?", "pJ", 1.0),
    (r"mW\b", "W", 1e-3),
    (r"kW\b", "W", 1e3),
    (r"W\b", "W", 1.0),
    (r"-?\s*bits?\b", "bits", 1.0),
    (r"(?:[KMGTP]?FLOPs|[KMGTP]?FLOPS|[KMGTP]?FLOP)\b", "flops", 1.0),
)
# one alternation, tried in the table's order at one position: the group that matched names the entry
_UNITS = re.compile("|".join(f"(?P<u{i}>{_SP}(?:{p}))" for i, (p, _, _) in enumerate(_UNIT_TABLE)))
_FLOP_PREFIX = {"K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15}
# magnitude suffixes: attached letters ("175B") or spelled out ("1.3 billion")
_MAGNITUDE = re.compile(r"(?P<l>[KkMBT])(?![\w])|\s+(?P<w>thousand|million|billion|trillion)\b")
_MAGNITUDE_SCALE = {"K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12,
                    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}  # fmt: skip
_PARAM_CONTEXT = re.compile(
    r"[\s-]*(?:parameters?|params?|models?|LLMs?|checkpoints?|networks?|transformers?|variants?|scale)\b", re.IGNORECASE
)
_COUNT_CONTEXT = re.compile(
    r"[\s-]*(?:tokens?|words?|samples?|examples?|images?|sequences?|sentences?|steps?|iterations?|hours?)\b",
    re.IGNORECASE,
)
# "two times faster", "a three-fold reduction", "twice as fast"; a bare "two-fold" is no ratio
_WORD_RATIOS = re.compile(
    r"(?<![\w-])(?:(?P<w>two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+times\b|[-\s]fold(?=\s+(?:increase|decrease|reduction|improvement|speed-?up|faster|slower|smaller|"
    r"larger|higher|lower|fewer|more|less|compression)\b))|(?P<twice>twice)\b)",
    re.IGNORECASE,
)
_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# number formats that name a bit width: INT8, Int4-g128, FP16, BF16; W4A16 gives two
_BIT_FORMAT = re.compile(
    r"(?<![\w.])(?:(?:U?INT|U?Int|u?int|FP|fp|BF|bf|MXFP|NVFP)(?P<b>\d+)|[Ww](?P<w>\d+(?:\.\d+)?)[Aa](?P<a>\d+))"
    r"(?:-?g\d+)?(?![\w]|\.\d)"
)
_MODEL_SIZE = re.compile(r"(?<=[A-Za-z0-9][-‐])(?P<n>\d+(?:\.\d+)?)(?P<m>[BMK])(?![\w])")

# spans that hold numbers which are not quantities
_REFERENCE_NUMBERS = (r"(?:\s|~|\u00a0)*\(?(?:[A-Z]\.?)?\d+(?:\.\d+)*\)?(?:\s*\([a-z]\))?"
                      r"(?:\s*(?:,|and|&|–|--|-|to)\s*\(?(?:[A-Z]\.?)?\d+(?:\.\d+)*\)?)*")
_EXCLUDED = Alternation(
    (
        # citation brackets [12], [3, 7], [+1]; numbered from 1 ("[0, 255]" is a range)
        r"\[(?:\s*\+?[1-9]\d*(?:\s*[–-]\s*[1-9]\d*)?\s*[,;]?)+\]",
        r"\\(?:cite[tp]?|citep|citet|ref|eqref|cref|Cref|autoref|label|url|path|texttt|href|includegraphics)\*?"
        r"(?:\[[^\]]*\])?\{[^}]*\}",
        r"\[[^\]]*\]\(#[^)]*\)",  # Markdown links inside the document: "[5.2](#S5.SS2)"
        r"\]\([^)]*\)",  # Markdown link targets
        r"https?://\S+",
        r"arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?",
        # references to tables, figures, sections; "§" apart, as its own alternative, case-sensitive (it has
        # no other case) so that its literal screens it: a letter and "§" never start at one place, so the
        # order of the two alternatives does not matter
        *(rf"\b(?:{words}){_REFERENCE_NUMBERS}" for words in (
            r"Tables?|Tabs?\.|Figures?|Figs?\.|Sections?|Secs?\.|Eqs?\.|Equations?|Appendix|Appendices|Algorithms?|"
            r"Alg\.|Theorems?|Lemmas?|Corollar(?:y|ies)|Definitions?|Propositions?|Steps?|Chapters?|Footnotes?",
            "(?-i:§)")),
        r"(?-i:\b(?:RTX|GTX|RX|TPU\s?v)\s?A?\d+)",  # hardware names with a space: "RTX 4090"
        r"(?<![\w.])\d+\s?:\s?\d+(?![\w.])",  # N:M patterns and clock times
        r"(?<![\w)])\(\d\)(?!\s*[%x×])",  # enumerations (1), (2)
    ),
    re.IGNORECASE,
)
_CITED_YEAR = re.compile(
    r"(?:et\s+al\.?,?\s*\(?|[A-Z][A-Za-z'’-]+(?:\s+(?:and|&)\s+[A-Z][A-Za-z'’-]+)?,?\s+\(|\(\s*[A-Z][A-Za-z'’-]+,\s*"
    r"|;\s*)(?P<y>(?:19[5-9]\d|20[0-3]\d))[a-z]?\b"
)

_QUALIFIERS: tuple[tuple[re.Pattern[str], Qualifier, bool], ...] = tuple(
    (re.compile(f"(?:{p})\\s*$", re.IGNORECASE), cast(Qualifier, q), gated)
    for p, q, gated in (
        (
            r"\b(?:up\s+to|at\s+most|as\s+(?:much|high|many|large|fast)\s+as|no\s+more\s+than|a\s+maximum\s+of)",
            "up_to",
            False,
        ),
        (
            r"\b(?:about|around|approximately|approx\.|roughly|nearly|almost|circa)|(?:^|[\s(])~|≈|∼|\\sim|\\approx",
            "approx",
            False,
        ),
        (r"\b(?:at\s+least|more\s+than|greater\s+than|in\s+excess\s+of|exceeding)|>|≥|\\geq?|\\ge", "at_least", False),
        (r"\b(?:over|above|beyond)", "at_least", True),
        (r"\b(?:less\s+than|fewer\s+than)|<|≤|\\leq?|\\le", "less_than", False),
        (r"\b(?:under|below)", "less_than", True),
        (r"\bwithin", "within", False),
    )
)
_NOT_A_RANGE_BEFORE = re.compile(r"(?<!\branging )(?<!\branges )(?<!\brange )(?<!\bvarying )(?<!\bvaries )\bfrom\W*$",
                                  re.IGNORECASE)  # "ranging from 0.1 to 3" is a range, "from 23.54 to 11.92" a change


_NUMBER_SPACING = re.compile(r"\\[,;:! ]|[$~{}\s\u00a0\u2009\u202f]")
_SUP_POWER = re.compile(rf"10([⁻⁺]?[{_SUP_DIGITS}]+)")
_WHOLE_NUMBER = re.compile(
    rf"(?P<sign>[-+])?(?:(?P<mant>{_MANTISSA})"
    rf"(?:[eE](?P<e>[-+]?\d+)|(?:\\times|\\cdot|×|x|X|\*|·|⋅)10(?:\^\(?(?P<p>[-+]?\d+)\)?|(?P<q>[-+]\d+)))?"
    rf"(?P<mag>[KkMBT])?|10\^\(?(?P<p2>[-+]?\d+)\)?)"
)


def parse_number(text: str) -> float:
    """The value of one number written in any common notation.

    Accepts signs (including the unicode minus), thousands separators, decimals, scientific
    notation ("2e-5", "2E-05", "2 x 10^-5", "2 × 10^{-5}", "1\\times10^{-8}", "10⁻⁵",
    "2×10<sup>-5</sup>"), TeX math delimiters and spacing ("$2e-5$", "1.6\\,"), and a
    magnitude suffix ("175B" -> 1.75e11). Raises :class:`InputError` for anything else.
    """
    s = _NUMBER_SPACING.sub("", text.strip())
    s = s.replace(_MINUS, "-").replace("<sup>", "^").replace("</sup>", "")
    s = _SUP_POWER.sub(lambda m: "10^" + m.group(1).translate(_SUP_TABLE), s)
    if s.startswith("–"):
        s = "-" + s[1:]
    m = _WHOLE_NUMBER.fullmatch(s)
    if not m:
        raise InputError(
            f"not a number: {text!r}",
            subject=text,
            hint="write a decimal, '2e-5', '2 x 10^-5' or '2,084,044,800', with an optional K/M/B/T suffix",
        )
    try:
        mant = Decimal(m["mant"].replace(",", "")) if m["mant"] else Decimal(1)
        exp = int(m["e"] or m["p"] or m["q"] or m["p2"] or 0)
        value = mant * Decimal(10) ** exp
    except (InvalidOperation, OverflowError):
        raise InputError(f"number out of range: {text!r}", subject=text, hint="check the exponent") from None
    if m["mag"]:
        value *= Decimal(int(_MAGNITUDE_SCALE[m["mag"]]))
    if m["sign"] == "-":
        value = -value
    result = float(value)
    if math.isinf(result):
        raise InputError(f"number out of range: {text!r}", subject=text, hint="check the exponent")
    return result


class _Excluded:
    """Where no quantity starts (citations, references, links, enumerations...); ``pos in it``.

    Found on the first question only: most texts hold no number to ask about, and the pattern
    is the costliest of this module."""

    __slots__ = ("text", "spans")

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int]] | None = None

    def __contains__(self, pos: int) -> bool:
        spans = self.spans
        if spans is None:
            spans = [m.span() for m in _EXCLUDED.finditer(self.text)]
            spans += [m.span("y") for m in _CITED_YEAR.finditer(self.text)]
            self.spans = spans
        return any(a <= pos < b for a, b in spans)


def _read_unit(text: str, pos: int) -> tuple[Unit | None, float, int, bool]:
    """The unit written at ``pos``: (unit, scale, end, found)."""
    m = _UNITS.match(text, pos)
    if m:
        _, unit, scale = _UNIT_TABLE[int((m.lastgroup or '')[1:])]  # every alternative is a named group
        if unit == "flops":
            word = m.group(0).strip()
            scale = _FLOP_PREFIX.get(word[0], 1.0) if word[0] in _FLOP_PREFIX else 1.0
        return unit, scale, m.end(), True
    m = _MAGNITUDE.match(text, pos)
    if m:
        word = m["l"] or m["w"]
        scale = _MAGNITUDE_SCALE[word]
        after = m.end()
        if _COUNT_CONTEXT.match(text, after):
            return "count", scale, m.end(), True
        if word in ("K", "k", "thousand") and not _PARAM_CONTEXT.match(text, after):
            return "count", scale, m.end(), True
        return "params", scale, m.end(), True
    return None, 1.0, pos, False


_OPENERS_AT_END = re.compile(r"[\s$({\u00a0]+$")


def _qualifier(text: str, start: int, unit: Unit | None) -> Qualifier:
    before = text[max(0, start - 40) : start]
    before = _OPENERS_AT_END.sub("", before)
    for rx, q, gated in _QUALIFIERS:
        if rx.search(before) and (not gated or unit not in (None, "count")):
            return q
    return "eq"


def _decimal(text: str) -> Decimal:
    return Decimal(str(parse_number(text)))


def _scaled(number_text: str, scale: float) -> float:
    value = _decimal(number_text) * Decimal(str(scale))
    return float(value)


def parse_quantities(text: str, *, model_sizes: bool = False) -> list[tuple[Quantity, int, int]]:
    """Every quantity written in ``text``, with the span ``text[start:end]`` it was read from.

    Ranges ("9–14%", "9--14\\%", "2.7-3.9×", "1.1 to 1.9 pJ") give one quantity with
    ``low``/``high`` and the midpoint as ``value``; "from 23.54 to 11.92" is a change, not a
    range, and gives two. ``model_sizes=True`` also reads the size in a model name
    ("OPT-13B" -> 1.3e10 params). The result is sorted by position.
    """
    excluded = _Excluded(text)
    found: list[tuple[Quantity, int, int]] = []
    taken_until = 0
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if start < taken_until or start in excluded:
            continue
        first_text = m.group(0)
        unit1, scale1, end1, has_unit1 = _read_unit(text, m.end())
        unit, scale, end = unit1, scale1, end1
        low = high = None
        sep = _RANGE_SEP.match(text, end1)
        second = _SECOND.match(text, sep.end()) if sep else None
        if sep and second:
            joiner = sep.group(0).strip(" \t\n$~\\,")
            before = text[max(0, start - 30) : start]
            between = re.search(r"\bbetween\W*$", before, re.IGNORECASE)
            # "from 23.54 to 11.92" is a change; "from 3.7–6.8% to about 3.4–6.3%" changes one range into another
            if (joiner == "and" and between) or (joiner != "and" and not (
                    joiner == "to" and _NOT_A_RANGE_BEFORE.search(before))):
                unit2, scale2, end2, has_unit2 = _read_unit(text, second.end())
                ok_units = not has_unit1 or not has_unit2 or unit1 == unit2
                signed = second.group(0)[0] in _SIGNS
                if ok_units and not (joiner == "-" and signed) and not _right_blocked(text, end2):
                    try:
                        lo = _scaled(first_text, scale1 if has_unit1 else scale2)
                        hi = _scaled(second.group(0), scale2 if has_unit2 else scale1)
                    except InputError:
                        lo, hi = 1.0, 0.0
                    if lo <= hi:
                        low, high = lo, hi
                        unit = unit2 if has_unit2 else unit1
                        end = end2
        if low is None and _right_blocked(text, end):
            continue
        if low is not None:
            value = float((Decimal(str(low)) + Decimal(str(high))) / 2)
        else:
            try:
                value = _scaled(first_text, scale)
            except InputError:
                continue
        q = Quantity(
            value=value, low=low, high=high, unit=unit, qualifier=_qualifier(text, start, unit), text=text[start:end]
        )
        found.append((_perplexity_level(text, q, start) if unit is None else q, start, end))
        taken_until = _footnote_mark(text, end) or end  # the mark is no number
    for i in range(len(found) - 1):
        # "(1.352 vs 1.484 ns)": the unit written once is both numbers'
        (q, a, b), (q2, a2, _) = found[i], found[i + 1]
        if q.unit is None and q2.unit is not None and q.low is None and _VERSUS.fullmatch(text, b, a2):
            found[i] = (q.model_copy(update={"unit": q2.unit}), a, b)
    found += _bit_formats(text, excluded)
    found += _word_ratios(text, excluded)
    if model_sizes:
        for m in _MODEL_SIZE.finditer(text):
            if m.start() in excluded:
                continue
            name_start = m.start() - 1
            while name_start > 0 and (text[name_start - 1].isalnum() or text[name_start - 1] in "-_."):
                name_start -= 1
            if not re.search(r"[A-Za-z]", text[name_start : m.start()]):
                continue
            value = _scaled(m["n"], _MAGNITUDE_SCALE[m["m"]])
            found.append((Quantity(value=value, unit="params", text=m.group(0)), m.start(), m.end()))
    found.sort(key=lambda t: (t[1], t[2]))
    return found


# "perplexity exceeds 100", "keeps WikiText-2 perplexity below 30", "a perplexity of 17": a whole
# number written right after perplexity is a perplexity level, bounded by the words between
_PPL_BEFORE = re.compile(r"\bperplexit(?:y|ies)(?:\s+(?:on|of)\s+[\w-]+)?\s+(?:(?:of|is|was|to|reaches|reached|"
                         r"stays|remains|goes|rises|grows|climbs|jumps|explodes|exceeds?|exceeding|surpass\w*|"
                         r"above|over|below|under|beyond|more|less|than|at most|at least|well|still|only|just|"
                         r"around|about|roughly|nearly|close|up)\s+){1,3}$", re.IGNORECASE)
_PPL_BOUND = (("less_than", re.compile(r"\b(?:below|under|less than)\s+(?:\w+\s+)?$", re.IGNORECASE)),
              ("up_to", re.compile(r"\b(?:at most|up to)\s+$", re.IGNORECASE)),
              ("at_least", re.compile(r"\b(?:above|over|exceeds?|exceeding|surpass\w*|beyond|more than|at least)\s+"
                                      r"(?:\w+\s+)?$", re.IGNORECASE)))


_VERSUS = re.compile(r"\s*(?:vs\.?|versus)\s*", re.IGNORECASE)
_COUNTED = re.compile(r"\s*(?:tokens?|samples?|sequences?|examples?|windows?|steps?|layers?)\b", re.IGNORECASE)


def _perplexity_level(text: str, q: Quantity, start: int) -> Quantity:
    """``q`` as a perplexity level when it is a unitless number written right after "perplexity"
    ("exceeds 100", "below 30"), with the bound those words set; else ``q`` unchanged."""
    if (q.unit is not None or q.value is None or not _PPL_BEFORE.search(text, max(0, start - 60), start)
            or _COUNTED.match(text, start + len(q.text))):
        return q
    before = text[max(0, start - 30):start]
    qualifier = next((name for name, rx in _PPL_BOUND if rx.search(before)), q.qualifier)
    return q.model_copy(update={"unit": "ppl", "qualifier": qualifier})


def _right_blocked(text: str, end: int) -> bool:
    """A number glued to letters or digits it was not read with ("2nd", "3x3", "2B4T"); not a
    percentage followed by a footnote mark that PDF text glues to it ("responsible for 95%2 of")."""
    return end < len(text) and (text[end].isalnum() or text[end] == "_") and not _footnote_mark(text, end)


_FOOTNOTE_AFTER_PERCENT = re.compile(r"\d{1,2}(?=\s|[,;)]|\.(?!\d)|$)")


def _footnote_mark(text: str, end: int) -> int:
    """The end of a footnote mark glued to a percentage ending at ``end`` ("95%2 of"), else 0."""
    if end and text[end - 1] == "%" and (m := _FOOTNOTE_AFTER_PERCENT.match(text, end)):
        return m.end()
    return 0


def _bit_formats(text: str, excluded: _Excluded) -> list[tuple[Quantity, int, int]]:
    out = []
    for m in _BIT_FORMAT.finditer(text):
        if m.start() in excluded:
            continue
        if m["b"]:
            out.append((Quantity(value=float(m["b"]), unit="bits", text=m.group(0)), m.start(), m.end()))
            continue
        for group in ("w", "a"):
            a, b = m.span(group)
            out.append((Quantity(value=float(m[group]), unit="bits", text=text[a - 1 : b]), a - 1, b))
    return out


def _word_ratios(text: str, excluded: _Excluded) -> list[tuple[Quantity, int, int]]:
    out = []
    for m in _WORD_RATIOS.finditer(text):
        if m.start() in excluded:
            continue
        value = 2.0 if m["twice"] else float(_WORD_VALUES[m["w"].lower()])
        q = Quantity(value=value, unit="x", qualifier=_qualifier(text, m.start(), "x"), text=m.group(0))
        out.append((q, m.start(), m.end()))
    return out


# a factor said with a verb, no digit: "halve the GPU memory usage", "nearly double the throughput", "is almost
# halved", "cut the memory needed for inference by half". The verb must act on something ("the", "its", ...) or
# be a participle after a form of "be"/"get": "double quantization" and "double-precision" are names, not factors
_VERB_FACTOR = re.compile(
    r"\b(?:(?P<act>(?P<v1>halv|doubl|tripl|quadrupl)(?:e|es|ing))(?=\s+(?:the|its|their|our|this|that|these|"
    r"those|a|an|both|GPU|model|memory|throughput|speed|latency|inference|storage|footprint|size)\b)"
    r"|\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:\w+ly|almost|about)\s+)?(?P<part>(?P<v2>halv|doubl|tripl|quadrupl)ed)\b"
    r"|(?P<half>(?:reduc|cut|decreas|shr[iu]nk|lower|compress|drop)\w*\b[^.;,:()]{0,60}?\b(?:by|in) half))\b",
    re.IGNORECASE,
)
_FACTOR_OF = {"halv": 2.0, "doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}


@functools.lru_cache(maxsize=4096)
def verb_factors(text: str) -> tuple[tuple[Quantity, int, int], ...]:
    """Factors a text states with a verb and no digit, as ``x`` quantities with their spans: "halve
    the memory" and "reduce the storage by half" are 2x (a reduction, as "a 2x smaller footprint" is),
    "nearly double the throughput" an approximate 2x. Not among :func:`parse_quantities`' numbers:
    grounding reads these verbs as words (its own count and factor checks)."""
    out = []
    for m in _VERB_FACTOR.finditer(text):
        if m["half"]:
            a = m.end() - len("by half")
            value = 2.0
        else:
            group = "act" if m["act"] else "part"
            a = m.start(group)
            value = _FACTOR_OF[(m["v1"] or m["v2"]).lower()]
        q = Quantity(value=value, unit="x", qualifier=_qualifier(text, m.start() if m["half"] else a, "x"),
                     text=text[a : m.end()])
        out.append((q, a, m.end()))
    return tuple(out)


# --- equality across notations ------------------------------------------------------------

_FAMILIES: dict[str, tuple[str, float]] = {
    "ns": ("time", 1e-9), "us": ("time", 1e-6), "ms": ("time", 1e-3), "s": ("time", 1.0),
    "KB": ("size", 1e3), "MB": ("size", 1e6), "GB": ("size", 1e9), "TB": ("size", 1e12),
    "fJ": ("energy", 1e-15), "pJ": ("energy", 1e-12),
}  # fmt: skip
_PRINTED = re.compile(rf"[{_SIGNS}]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d+))?")


def _printed_precision(q: Quantity) -> tuple[int, int] | None:
    """(decimals, significant digits) as printed, or None for scientific or scaled notation."""
    return _precision_of(q.text)


@functools.lru_cache(maxsize=8192)
def _precision_of(text: str) -> tuple[int, int] | None:
    if re.search(r"[eE][-+\u2212]?\d|10\s*\^|×\s*10|\\times\s*10|[KkMBT](?![\w])|billion|million", text):
        return None
    m = _PRINTED.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(0)).lstrip("0")
    return len(m.group(1) or ""), max(len(digits), 1)


def _rounds_to(coarse: Quantity, fine: Quantity) -> bool:
    precision = _printed_precision(coarse)
    fine_precision = _printed_precision(fine)
    if precision is None or fine_precision is None:
        return False
    decimals, significant = precision
    fine_dec = fine_precision[0]
    if significant < 2 or fine_dec <= decimals:
        return False
    q = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(fine.value)).quantize(q, rounding="ROUND_HALF_UP")
    return rounded == Decimal(str(coarse.value)).quantize(q)


def quantities_equal(a: Quantity, b: Quantity, *, rel_tol: float = 1e-6, allow_rounding: bool = True) -> bool:
    """Whether two quantities state the same number, whatever notation each was written in.

    The rule (Gate 1 relies on it):

    - Notation does not matter: "2e-5", "2 × 10^{-5}" and "0.00002" are equal, and so are
      "1.5 s" and "1500 ms", "2 GB" and "2000 MB" (decimal prefixes), "1 pJ" and "1000 fJ".
    - Units must agree otherwise. A fraction is never a percentage: 0.5 and 50% are *not*
      equal, and % is not pp. Only when one side has no unit (a table cell whose column
      header carries it) are the two compared by value alone.
    - A range equals only a range with the same bounds.
    - Qualifiers ("up to", "about") are not compared here: the numbers are.
    - With ``allow_rounding``, a number printed with fewer decimals and at least two
      significant digits equals the more precise one rounded half-up to those decimals
      ("42.2%" equals "42.2109%"; "2×" does not equal "2.4×").
    """
    factor_a = factor_b = 1.0
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        fa, fb = _FAMILIES.get(a.unit), _FAMILIES.get(b.unit)
        if fa is None or fb is None or fa[0] != fb[0]:
            return False
        factor_a, factor_b = fa[1], fb[1]
    if (a.low is None) != (b.low is None) or (a.high is None) != (b.high is None):
        return False

    def close(x: float, y: float) -> bool:
        return math.isclose(x * factor_a, y * factor_b, rel_tol=rel_tol, abs_tol=1e-12 * max(factor_a, factor_b))

    if a.low is not None or a.high is not None:  # a range: the same bounds (the shapes agree, checked above)
        return all(x is None or (y is not None and close(x, y)) for x, y in ((a.low, b.low), (a.high, b.high)))
    if close(a.value, b.value):
        return True
    if allow_rounding and factor_a == factor_b:
        # a number printed with two significant digits or more is within 5% of what it rounds: further
        # apart, no rounding makes them equal (a quick answer for the many pairs ranking compares)
        if abs(a.value - b.value) > 0.06 * max(abs(a.value), abs(b.value)):
            return False
        return _rounds_to(a, b) or _rounds_to(b, a)
    return False


def within_bound(a: Quantity, bound: Quantity) -> bool:
    """Whether the point ``a`` ("a 530B model") lies inside what ``bound`` states without naming it:
    a bound (">500B", "up to 1.56x", "less than 3%") or a range ("9-14%"), in the same unit family.
    Such a number is consistent with the bound but not confirmed by it."""
    if a.low is not None or a.qualifier not in ("eq", "approx"):
        return False
    factor_a = factor_b = 1.0
    if a.unit != bound.unit:
        fa, fb = _FAMILIES.get(a.unit or ""), _FAMILIES.get(bound.unit or "")
        if fa is None or fb is None or fa[0] != fb[0]:
            return False
        factor_a, factor_b = fa[1], fb[1]
    x = a.value * factor_a
    if bound.low is not None and bound.high is not None:
        return bound.low * factor_b <= x <= bound.high * factor_b
    y = bound.value * factor_b
    return {"at_least": x >= y, "up_to": x <= y, "within": x <= y, "less_than": x < y}.get(bound.qualifier, False)


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same kind of thing: one unit, one unit family ("s" and
    "ms"), or one side without a unit (a table cell whose header carries it)."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return True
    fa, fb = _FAMILIES.get(a.unit), _FAMILIES.get(b.unit)
    return fa is not None and fb is not None and fa[0] == fb[0]
