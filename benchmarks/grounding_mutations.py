"""Gate 1 against claims known to be false: sentences of the corpus papers, each changed in one place.

    .venv/bin/python benchmarks/grounding_mutations.py [--semantic] [--show supported] [--out PATH]

The labelled set (benchmarks/grounding.py) is written by hand, a few hundred claims. This is its
complement at scale, and labels itself: take the sentences of each corpus paper that state
something (a number or a comparison), change one thing, and ground the changed sentence against
its own paper. A sentence that says the opposite, another number or another model size is not what
the paper says, so *supported* is the costly error (a wrong "verified"); *contradicted* is the
verdict wanted, and *partially supported* or *not found* are safe but weaker (for another method put
in a sentence, *not found* is the verdict wanted: what the paper says of one method it does not deny
of another). The unchanged sentences are the control: each should be *supported*.

Changes (each at one place, chosen with a fixed seed; a sentence gives at most one of each kind):

- ``number``: a number of the text becomes another that the paper never writes (decimals keep
  their places: 0.49 -> 0.67; integers move by a third or more: 4-bit -> 6-bit). Years, citation
  and section numbers, and numbers inside names (OPT-175B, INT8) are left alone.
- ``antonym``: a comparison word becomes its opposite (higher/lower, faster/slower, outperforms/
  underperforms, increases/decreases, more/fewer, ...).
- ``negation``: "not" after the sentence's first auxiliary (is, are, can, does, ...), in sentences
  with no negation of their own.
- ``size``: a model size in a name becomes another size of the same ladder (OPT-66B -> OPT-13B).
- ``method``: a method the sentence names (the claim extractor's lexicon: GPTQ, SmoothQuant,
  LLM.int8(), ...) becomes another that the same paper names and the sentence does not.
- ``swap``: the two named sides of a comparison trade places ("AWQ outperforms GPTQ" -> "GPTQ
  outperforms AWQ"; "A ... faster than B").
- ``dataset``: a dataset the sentence names becomes another its paper names (WikiText-2 -> C4).
- ``unit``: a number's unit becomes another of its family or kind (GB -> MB, ms -> s, 2.7x -> 2.7%).
- ``quantifier``: "most", "some", "many" or "several" becomes "all" (a special case made general).
- ``peak``: "up to" before a number is dropped (a peak stated as plain).

- ``model``: a model the sentence names becomes another model family its paper names (OPT-175B ->
  BLOOM-176B, LLaMA -> Falcon).
- ``condition``: a trailing qualifying phrase with a number or a name is dropped (", when the
  sequence length is 256", "on OPT-175B").

- ``format``: a number format's width becomes another (INT8 -> INT4, FP16 -> FP8, W8A8 -> W4A8).
- ``hardware``: a GPU the sentence names becomes another (A100 -> H100, RTX 4090 -> V100).
- ``opposite``: a word becomes its opposite from a second list of pairs, kept here and not read by
  Gate 1 (robust/brittle, gradual/sudden, often/rarely, modest/substantial, ...): direction changes
  through words its antonym list may lack, which it should not call supported. (Since ground-11 that
  list holds often/rarely, frequently/rarely and usually/rarely, met in a fresh split: those pairs are
  no longer unseen.)
- ``role``: the sentence's first named method (among its first eight words: its subject) and one it
  names later, after a comparison word between them, trade places ("We can see that AWQ
  consistently outperforms RTN and GPTQ" -> "... GPTQ consistently outperforms RTN and AWQ"): both
  names stay in the sentence, so a check of names alone passes it.

- ``hedge``: what the sentence says may hold stated as a fact: a modal dropped ("outliers may
  emerge" -> "outliers emerge"; "could be" -> "is"/"are"), a hedging adverb dropped ("likely",
  "possibly", "potentially", ...) or an opening "We hypothesize/assume/believe/expect that" removed.
  Added with ground-23's rule for it, so not a blind measure of that rule.

``quantifier``, ``peak``, ``condition`` and ``hedge`` are not false but say more than the paper: *partially
supported* is the verdict wanted, *supported* still the error (for ``condition`` not always: a
phrase can be dropped that restricts nothing, "To verify the idea, we benchmark ... LLMs" without
"when skipping part of the weight channels": read its supported items before counting them).

Each sentence falls in one of two halves by a hash of its text: ``tune`` (whose errors one may
look at and mend) and ``heldout`` (reported, never looked at item by item): the held-out rate is
the estimate for new sentences. A change can make a sentence that the paper states elsewhere (a
number swapped for one that another sentence gives): such items are rare and are counted, not
removed; ``--show supported`` lists the tune half's wrong supports to read.

Results go to benchmarks/results/grounding_mutations.json (with ``--semantic``:
grounding_mutations-minilm.json) with the date, machine and versions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from grounding import CORPUS, SOURCES, parse, versions  # noqa: E402

KINDS = ("number", "antonym", "negation", "size", "method", "swap", "dataset", "unit", "quantifier", "peak",
         "model", "condition", "format", "hardware", "role", "opposite", "hedge")
VERDICTS = ("supported", "partially_supported", "contradicted", "not_found")
MIN_WORDS, MAX_WORDS = 8, 60

# a number standing alone: not inside a name (OPT-175B, INT8, W4A16), not a citation or a section
_NUMBER = re.compile(r"(?<![\w.\-/])(\d+(?:\.\d+)?)(?![\w.]?\d)(?![A-Za-z])")
_NOT_BEFORE = re.compile(
    r"(?:Table|Tab\.|Figure|Fig\.|Section|Sec\.|Appendix|Eq\.|Equation|Algorithm|Alg\.|Step|Line|Layer|Stage|"
    r"Phase|Chapter|§|\[|\[\d+,\s*|et al\.,?|\d{4}[a-z]?;|"
    r"(?:Tables?|Figures?|Fig\.|Sections?|Eq\.)\s*\d+(?:\s*,\s*\d+)*\s*(?:,|and|&|or)?)\s*$"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

_ANTONYMS = {
    "higher": "lower", "lower": "higher", "faster": "slower", "slower": "faster", "better": "worse",
    "worse": "better", "larger": "smaller", "smaller": "larger", "more": "less", "fewer": "more",
    "less": "more", "increase": "decrease", "increases": "decreases", "increased": "decreased",
    "decrease": "increase", "decreases": "increases", "decreased": "increased", "improves": "degrades",
    "improve": "degrade", "improved": "degraded", "degrades": "improves", "degrade": "improve",
    "outperforms": "underperforms", "outperform": "underperform", "above": "below", "below": "above",
    "best": "worst", "highest": "lowest", "lowest": "highest", "largest": "smallest", "smallest": "largest",
    "increasing": "decreasing", "decreasing": "increasing", "reduces": "increases", "reduce": "increase",
    "reduced": "increased", "speedup": "slowdown", "accelerates": "slows", "maximum": "minimum",
    "minimum": "maximum", "superior": "inferior", "inferior": "superior", "stronger": "weaker",
    "weaker": "stronger", "easier": "harder", "harder": "easier", "efficient": "inefficient",
}  # fmt: skip
_ANTONYM = re.compile(r"\b(" + "|".join(sorted(_ANTONYMS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"\b(is|are|was|were|can|could|will|would|does|do|did|should|may|might|must|has|have|had)\b"
    r"(?!\s+(?:not|n't|only|merely|just)\b)"  # "not only" adds, it does not negate
)
_NEGATED = re.compile(r"\b(?:not|no|never|none|nor|neither|cannot|without|fails?|unable)\b|n't\b", re.IGNORECASE)
_SIZE = re.compile(r"\b([A-Z][A-Za-z0-9.]*(?:-[A-Za-z]+)?)[- ](\d+(?:\.\d+)?)([BM])\b")
_LADDER = ("125M", "350M", "1.3B", "2.7B", "6.7B", "7B", "13B", "30B", "65B", "66B", "70B", "175B")


def _words(text: str) -> int:
    return len(text.split())


def _half(text: str) -> str:
    return "tune" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def _other_number(s: str, known: set[str], rng: random.Random) -> str | None:
    decimals = len(s.split(".")[1]) if "." in s else 0
    x = float(s)
    for _ in range(20):
        factor = rng.choice((1.37, 1.6, 2.0, 0.6, 0.7, 1.45))
        y = x * factor if x else rng.choice((1, 2, 3))
        if decimals:
            t = f"{y:.{decimals}f}"
        else:
            t = str(max(1, round(y)))
            if abs(int(t) - x) < max(1, x / 3):
                t = str(int(x + max(1, round(x / 3 + 0.5))))
        if t != s and t not in known and float(t) != x:
            return t
    return None


def mutate_number(text: str, known: set[str], rng: random.Random) -> tuple[str, str] | None:
    sites = []
    for m in _NUMBER.finditer(text):
        s = m.group(1)
        if _YEAR.match(s) or _NOT_BEFORE.search(text[: m.start()]):
            continue
        sites.append(m)
    if not sites:
        return None
    m = rng.choice(sites)
    new = _other_number(m.group(1), known, rng)
    if new is None:
        return None
    return text[: m.start(1)] + new + text[m.end(1) :], f"{m.group(1)} -> {new}"


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


def mutate_antonym(text: str, rng: random.Random) -> tuple[str, str] | None:
    return _turn(text, _ANTONYM, _ANTONYMS, rng)


def _turn(text: str, rx: re.Pattern[str], table: dict[str, str], rng: random.Random) -> tuple[str, str] | None:
    """One of the words ``rx`` finds put as its opposite in ``table``, cased as written."""
    sites = list(rx.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    new = _cased(table[m.group(1).lower()], m.group(1))
    return text[: m.start()] + new + text[m.end() :], f"{m.group(1)} -> {new}"


def mutate_negation(text: str, rng: random.Random) -> tuple[str, str] | None:
    if _NEGATED.search(text):
        return None
    m = _AUXILIARY.search(text)
    if not m:
        return None
    return text[: m.end()] + " not" + text[m.end() :], f"{m.group(1)} -> {m.group(1)} not"


def mutate_size(text: str, doc_text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = list(_SIZE.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    size = f"{m.group(2)}{m.group(3)}"
    others = [s for s in _LADDER if s != size and f"{m.group(1)}-{s}" not in doc_text]
    if not others:
        return None
    new = rng.choice(others)
    return text[: m.start(2)] + new + text[m.end(3) :], f"{m.group(1)}-{size} -> {new}"


# a name: a capitalised word with an inner capital, a digit or a dot ("SmoothQuant", "GPTQ", "LLM.int8()",
# "OPT-175B"), the sides a comparison sets against each other
_NAME = r"(?:[A-Z][\w.\-]*[A-Z0-9)][\w.()\-]*|[A-Z]{2,}\w*)"
_COMPARATIVE = r"(?:outperforms?|surpass(?:es)?|beats?|(?:\w+\s+){0,4}?(?:\w+er|more\s+\w+|less\s+\w+)\s+than)"
_SWAP = re.compile(rf"(?<![\w.])({_NAME})(\s+(?:\w+\s+){{0,6}}?{_COMPARATIVE}\s+(?:the\s+)?)({_NAME})(?![\w(])")


def mutate_swap(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = [m for m in _SWAP.finditer(text) if m[1] != m[3]]
    if not sites:
        return None
    m = rng.choice(sites)
    return text[: m.start()] + m[3] + m[2] + m[1] + text[m.end() :], f"{m[1]} <-> {m[3]}"


_DEFINES = re.compile(r"(?:[\s-]+[\w-]+){0,2}\s*\([A-Z]{2,}\)")  # "... quantization (RTN)" after a long form


def mutate_method(text: str, named: dict[str, str], rng: random.Random) -> tuple[str, str] | None:
    """``named``: the methods the paper names (name -> the paper's spelling)."""
    from verifier.claim_fields import find_methods

    # (not in an abbreviation's definition, "Round-to-nearest quantization (RTN)": no claim redefines one)
    here = [(a, b) for a, b, m in find_methods(text) if m.name and m.name in named
            and not (text[a - 1 : a] == "(" and text[b : b + 1] == ")") and not _DEFINES.match(text, b)]
    others = sorted(set(named) - {m.name for _, _, m in find_methods(text)})
    return _put_another(text, here, others, named, rng)


def _put_another(text: str, here: list[tuple[int, int]], others: list[str], named: dict[str, str],
                 rng: random.Random) -> tuple[str, str] | None:
    """One of the mentions at ``here`` replaced by the paper's spelling of one of ``others``."""
    if not here or not others:
        return None
    a, b = rng.choice(here)
    new = named[rng.choice(others)]
    return text[:a] + new + text[b:], f"{text[a:b]} -> {new}"


def _spellings(texts: list[str], mentions) -> dict[str, str]:
    """Each thing the texts mention (``mentions(text)`` gives (start, end, key)) -> its most frequent spelling."""
    spelled: dict[str, Counter] = {}
    for t in texts:
        for a, b, key in mentions(t):
            spelled.setdefault(key, Counter())[t[a:b]] += 1
    return {key: c.most_common(1)[0][0] for key, c in spelled.items()}


def mutate_dataset(text: str, named: dict[str, str], rng: random.Random) -> tuple[str, str] | None:
    """``named``: the datasets the paper names (name -> the paper's spelling)."""
    from verifier.claim_fields import find_datasets

    found = find_datasets(text)
    here = [(a, b) for a, b, d in found if d in named]
    others = sorted(set(named) - {d for _, _, d in found} - {n for n in named if named[n].lower() in text.lower()})
    return _put_another(text, here, others, named, rng)


def _named_datasets(texts: list[str]) -> dict[str, str]:
    from verifier.claim_fields import find_datasets

    return _spellings(texts, find_datasets)


_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(\s?)(GB|MB|TB|ms|×|x|%)(?![\w])")
_OTHER_UNIT = {"GB": "MB", "MB": "GB", "TB": "GB", "ms": " s", "×": "%", "x": "%", "%": "×"}


def mutate_unit(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = list(_UNIT.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    new = _OTHER_UNIT[m[3]]
    return text[: m.start(2)] + ("" if new.startswith(" ") else m[2]) + new + text[m.end(3) :], f"{m[0]} -> {m[1]}{new}"


# a quantifier of a plural noun ("most models", "some of the layers"), not "the most aggressive", "at most"
_SOME = re.compile(r"(?<!\bthe )(?<!\bat )\b(most|some|many|several)\b(?=\s+(?:of\s+(?:the\s+)?)?[\w-]+s\b)"
                   r"(?!\s+(?:of\s+)?(?:the\s+)?(?:times|cases)\b)", re.IGNORECASE)
_UP_TO = re.compile(r"\b[Uu]p to\s+(?=[~≈]?\d)")


def mutate_quantifier(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = list(_SOME.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    new = _cased("all", m[1])
    return text[: m.start()] + new + text[m.end() :], f"{m[1]} -> {new}"


def mutate_peak(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = list(_UP_TO.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    return text[: m.start()] + text[m.end() :], f"'{m[0].strip()}' dropped"


_MODAL = re.compile(r"\b(?:may|might|could)\s+(?:not\s+)?(be\b)?", re.IGNORECASE)
_HEDGE_ADVERB = re.compile(r"\b(?:likely|possibly|perhaps|potentially|presumably|probably|plausibly),?\s+",
                           re.IGNORECASE)
_HEDGE_FRAME = re.compile(r"^(?:We|I)\s+(?:hypothesi[sz]e|conjecture|speculate|assume|suppose|believe|expect|hope|"
                          r"anticipate)\s+(?:that\s+)?")


_NOT_PLURAL = frozenset({"this", "its", "is", "was", "has", "thus", "as", "us", "his", "analysis", "bias"})


def mutate_hedge(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A hedge dropped: an opening "We hypothesize that", a modal before a verb ("be" put as "is" or
    "are" by the word before it), or a hedging adverb. A negated modal ("may not") is left alone."""
    if (frame := _HEDGE_FRAME.match(text)):
        rest = text[frame.end():]
        return rest[:1].upper() + rest[1:], f"'{frame[0].strip()}' dropped"
    sites = [("modal", m) for m in _MODAL.finditer(text) if "not" not in m[0].lower().split()]
    sites += [("adverb", m) for m in _HEDGE_ADVERB.finditer(text) if m.start() > 0]
    if not sites:
        return None
    what, m = rng.choice(sites)
    if what == "modal" and m[1]:
        before = text[: m.start()].split()
        last = before[-1].lower() if before else ""
        be = "are" if last.endswith("s") and not last.endswith("ss") and last not in _NOT_PLURAL else "is"
        return text[: m.start()] + be + text[m.end(1):], f"'{m[0].strip()}' -> '{be}'"
    return text[: m.start()] + text[m.end():], f"'{m[0].strip()}' dropped"


def _family(model: str) -> str:
    """"bitnet" of "BitNet b1.58 2B4T" and of "BitNet 2B4T", "gpt" of "GPT-J-6B" and of "GPT-3"."""
    m = re.match(r"[a-z]+", model.lower())
    return m[0] if m else model.lower()


def mutate_model(text: str, named: dict[str, str], rng: random.Random) -> tuple[str, str] | None:
    """``named``: the model families the paper names (family -> a spelling of the paper, with its size)."""
    from verifier.claim_fields import find_models

    found = find_models(text)
    here = [(a, b) for a, b, m in found if _family(m) in named]
    others = sorted(set(named) - {_family(m) for _, _, m in found} - {f for f in named if f in text.lower()})
    return _put_another(text, here, others, named, rng)


def _named_models(texts: list[str]) -> dict[str, str]:
    from verifier.claim_fields import find_models

    families = _spellings(texts, lambda t: ((a, b, _family(m)) for a, b, m in find_models(t)))
    return {f: spelling for f, spelling in families.items() if len(f) >= 3}


# a qualifying phrase at the end of a clause: a marker, then up to seven words holding a digit or a capital
_CONDITION = re.compile(r",?\s+\b(?:for|at|on|when|under|with|across|in|if|using)\s+(?=[^,.;]*[\dA-Z])"
                        r"[^,.;(){}\[\]]{2,80}?(?=[.;]\s*$|[.;]\s+[A-Z]|,)")


# "in Figure 2", "in Table 4 (a)": a reference, no condition; "compared with FP16" is no phrase to drop
_REFERENCE = re.compile(r",?\s+\w+\s+(?:the\s+)?(?:Table|Tab\.|Figure|Fig\.|Section|Sec\.|Appendix|Eq\.|Equation)s?\b")


def mutate_condition(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = [m for m in _CONDITION.finditer(text) if len(text[: m.start()].split()) >= 5 and len(m[0].split()) <= 7
             and not _REFERENCE.match(m[0]) and not re.search(r"\b(?:compared|relative|according)$", text[: m.start()])]
    if not sites:
        return None
    m = rng.choice(sites)
    return text[: m.start()] + text[m.end() :], f"'{m[0].strip(', ')}' dropped"


_FORMAT = re.compile(r"\b(INT|Int|int|FP|fp|BF|bf|W|w)(\d{1,2})(?=\b|A\d|a\d|-g)")
_OTHER_WIDTH = {"2": "3", "3": "4", "4": "8", "8": "4", "16": "8", "32": "16", "6": "8", "1": "2"}


def mutate_format(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = [m for m in _FORMAT.finditer(text) if m[2] in _OTHER_WIDTH]
    if not sites:
        return None
    m = rng.choice(sites)
    new = m[1] + _OTHER_WIDTH[m[2]]
    return text[: m.start()] + new + text[m.end() :], f"{m[0]} -> {new}"


_GPUS = ("A100", "H100", "V100", "A6000", "RTX 4090", "Jetson Orin", "T4", "A10G", "RTX 3090")
_GPU = re.compile(r"\b(" + "|".join(re.escape(g) for g in sorted(_GPUS, key=len, reverse=True)) + r")\b")


def mutate_hardware(text: str, rng: random.Random) -> tuple[str, str] | None:
    sites = list(_GPU.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    new = rng.choice([g for g in _GPUS if g not in text])
    return text[: m.start()] + new + text[m.end() :], f"{m[0]} -> {new}"


# opposites Gate 1's antonym list (verifier.vocabulary) may lack: a second list, so the benchmark does not only
# measure the list against itself
_OPPOSITES = {
    "robust": "brittle", "brittle": "robust", "gradual": "sudden", "sudden": "gradual", "gradually": "suddenly",
    "suddenly": "gradually", "often": "rarely", "rarely": "often", "usually": "rarely", "frequently": "rarely",
    "modest": "substantial", "substantial": "modest", "marginal": "substantial", "limited": "extensive",
    "extensive": "limited", "uniform": "skewed", "skewed": "uniform", "systematic": "random", "random": "systematic",
    "exact": "approximate", "approximate": "exact", "precise": "imprecise", "optimal": "suboptimal",
    "essential": "optional", "necessary": "optional", "critical": "irrelevant", "important": "unimportant",
    "compatible": "incompatible", "consistently": "erratically", "rapidly": "slowly", "sharply": "gradually",
    "significantly": "marginally", "early": "late", "narrow": "broad", "broad": "narrow", "concentrated": "spread",
    "abundant": "scarce", "scarce": "abundant", "small": "huge", "large": "tiny", "few": "numerous",
    "cheap": "costly", "costly": "cheap", "simple": "intricate", "outperforms": "trails", "outperform": "trail",
    "benefits": "suffers", "helps": "harms", "preserves": "ruins", "maintains": "loses", "retains": "discards",
}  # fmt: skip
_OPPOSITE = re.compile(r"\b(" + "|".join(sorted(_OPPOSITES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def mutate_opposite(text: str, rng: random.Random) -> tuple[str, str] | None:
    return _turn(text, _OPPOSITE, _OPPOSITES, rng)


_ROLE_CUE = re.compile(r"\b(?:outperform\w*|underperform\w*|surpass\w*|beats?|better|worse|higher|lower|faster|"
                       r"slower|more|less|fewer|than|compared|superior|inferior|versus|vs)\b", re.IGNORECASE)


def mutate_role(text: str, rng: random.Random) -> tuple[str, str] | None:
    """The first named method, if it is among the first eight words, trades places with a later one that
    a comparison word stands before (not an abbreviation's definition: "round-to-nearest (RTN)")."""
    from verifier.claim_fields import find_methods

    spots = [(a, b, m.name) for a, b, m in find_methods(text) if m.name
             and not (text[a - 1 : a] == "(" and text[b : b + 1] == ")") and not _DEFINES.match(text, b)]
    if not spots or len(text[: spots[0][0]].split()) >= 8:
        return None
    a1, b1, first = spots[0]
    later = [(a, b) for a, b, name in spots[1:] if name != first and a >= b1 and _ROLE_CUE.search(text, b1, a)]
    if not later:
        return None
    a2, b2 = rng.choice(later)
    return text[:a1] + text[a2:b2] + text[b1:a2] + text[a1:b1] + text[b2:], f"{text[a1:b1]} <-> {text[a2:b2]}"


def _named_methods(texts: list[str]) -> dict[str, str]:
    from verifier.claim_fields import find_methods

    return _spellings(texts, lambda t: ((a, b, m.name) for a, b, m in find_methods(t)
                                        if m.name and len(t[a:b]) >= 3 and re.search(r"[A-Z]", t[a:b])))


def items_of(name: str, doc, seed: int) -> list[dict]:
    """The control and changed claims of one paper."""
    from verifier.retrieval import units_of

    units = [u for u in units_of(doc) if u.table_index is None]
    doc_text = " ".join(u.text for u in units_of(doc))
    known = set(re.findall(r"\d+(?:\.\d+)?", doc_text))
    named = _named_methods([u.text for u in units])
    datasets = _named_datasets([u.text for u in units])
    models = _named_models([u.text for u in units])
    out, seen = [], set()
    for u in units:
        text = " ".join(u.text.split())
        if text in seen or not MIN_WORDS <= _words(text) <= MAX_WORDS or not re.search(r"[a-z]{3}", text):
            continue
        seen.add(text)
        rng = random.Random(f"{seed}:{text}")
        changes = {
            "number": mutate_number(text, known, rng),
            "antonym": mutate_antonym(text, rng),
            "negation": mutate_negation(text, rng),
            "size": mutate_size(text, doc_text, rng),
            "method": mutate_method(text, named, rng),
            "swap": mutate_swap(text, rng),
            "dataset": mutate_dataset(text, datasets, rng),
            "unit": mutate_unit(text, rng),
            "quantifier": mutate_quantifier(text, rng),
            "peak": mutate_peak(text, rng),
            "model": mutate_model(text, models, rng),
            "condition": mutate_condition(text, rng),
            "format": mutate_format(text, rng),
            "hardware": mutate_hardware(text, rng),
            "role": mutate_role(text, rng),
            "opposite": mutate_opposite(text, rng),
            "hedge": mutate_hedge(text, rng),
        }
        if not any(changes.values()):
            continue
        half = _half(text)
        out.append({"paper": name, "kind": "control", "half": half, "claim": text, "original": text, "change": ""})
        for kind, ch in changes.items():
            if ch:
                out.append({"paper": name, "kind": kind, "half": half, "claim": ch[0], "original": text,
                            "change": ch[1]})  # fmt: skip
    return out


def run(items: list[dict], docs: dict, semantic: bool) -> tuple[list[str], float]:
    from verifier.grounding import ground_text
    from verifier.retrieval import Retriever, units_of

    retrievers = {name: Retriever(units_of(doc), semantic=semantic) for name, doc in docs.items()}
    preds, t0 = [], time.perf_counter()
    for it in items:
        g = ground_text(it["claim"], retrievers[it["paper"]])
        preds.append(g.verdict.value)
        it["evidence"] = g.evidence[0].quote if g.evidence else ""
        it["reasons"] = list(g.reasons)
    return preds, (time.perf_counter() - t0) / max(1, len(items))


def table(items: list[dict], preds: list[str]) -> dict:
    """Verdict counts by change kind and half."""
    out: dict = {}
    for half in ("tune", "heldout", "all"):
        out[half] = {}
        for kind in ("control", *KINDS):
            c = Counter(p for it, p in zip(items, preds, strict=True)
                        if it["kind"] == kind and (half == "all" or it["half"] == half))  # fmt: skip
            n = sum(c.values())
            out[half][kind] = {"n": n, **{v: c[v] for v in VERDICTS}}
            if n:
                want = {"control": "supported", "method": "not_found", "dataset": "not_found",
                        "model": "not_found", "hardware": "not_found", "quantifier": "partially_supported",
                        "peak": "partially_supported", "condition": "partially_supported",
                        "hedge": "partially_supported"}.get(kind, "contradicted")
                out[half][kind]["rate_wanted"] = round(c[want] / n, 3)
                if kind != "control":
                    out[half][kind]["rate_wrong_supported"] = round(c["supported"] / n, 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--semantic", action="store_true", help="rank with MiniLM similarity as well (slower)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", choices=VERDICTS, help="list the tune half's changed claims given this verdict")
    ap.add_argument("--kind", choices=("control", *KINDS), help="with --show: only this kind")
    ap.add_argument("--out", type=Path, help="default: benchmarks/results/grounding_mutations[-minilm].json")
    args = ap.parse_args()
    if args.out is None:
        name = "grounding_mutations-minilm.json" if args.semantic else "grounding_mutations.json"
        args.out = REPO / "benchmarks" / "results" / name
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} not found: the corpus lives in the folder 'shared' beside the repository")
    docs = {name: parse(name) for name in SOURCES}
    items = [it for name, doc in docs.items() for it in items_of(name, doc, args.seed)]
    preds, per_claim = run(items, docs, semantic=args.semantic)
    res = table(items, preds)
    print(f"{len(items)} claims ({sum(it['kind'] == 'control' for it in items)} sentences), "
          f"{per_claim * 1000:.1f} ms a claim, semantic={args.semantic}")  # fmt: skip
    for half in ("tune", "heldout", "all"):
        print(f"\n== {half}")
        print("kind".ljust(10) + "n".rjust(6) + "".join(v[:12].rjust(14) for v in VERDICTS) + "   wrong supported")
        for kind in ("control", *KINDS):
            r = res[half][kind]
            wrong = f"{r['rate_wrong_supported']:.3f}" if "rate_wrong_supported" in r else "-"
            print(kind.ljust(10) + str(r["n"]).rjust(6) + "".join(str(r[v]).rjust(14) for v in VERDICTS)
                  + wrong.rjust(18))  # fmt: skip
    if args.show:
        for it, p in zip(items, preds, strict=True):
            wanted = it["kind"] == args.kind if args.kind else it["kind"] != "control"
            if it["half"] == "tune" and p == args.show and wanted:
                print(f"\n[{it['paper']}] {it['kind']}: {it['change']}\n  claim:    {it['claim']}\n"
                      f"  evidence: {it['evidence']}\n  reasons:  {it['reasons']}")  # fmt: skip
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "versions": versions(),
        "seed": args.seed,
        "semantic": args.semantic,
        "claims": len(items),
        "mean_seconds_per_claim": round(per_claim, 4),
        "verdicts": res,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
