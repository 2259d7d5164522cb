"""Normalised claim fields read from text: method, baseline, model, data set, metric, bits, ...

Pure functions of a string (a sentence, or a table cell's headers and caption) and the
quantities parsed from it. They read the inert lists of ``verifier.lexicon``; the compiled
patterns are built once, on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from verifier import lexicon
from verifier.claims import Method, MethodFamily, Quantity
from verifier.literals import Folded, Screened, ScreenedSet

Span = tuple[int, int]


@cache
def _any(patterns: tuple[str, ...]) -> Screened:
    """One pattern that matches where any of ``patterns`` does, with the literals one of which every
    match holds: a text that holds none is not searched."""
    return Screened("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=512)
def _folded(text: str) -> Folded:
    return Folded(text)


@cache
def _screened(patterns: tuple[str, ...]) -> ScreenedSet:
    return ScreenedSet(patterns)


def count_cues(text: str, patterns: tuple[str, ...]) -> int:
    """How many of the cue patterns occur in ``text`` (each pattern counted once).

    Most texts hold none of a list's cues: a pattern is searched only where one of its required
    literals occurs in the text (``verifier.literals``).
    """
    screened = _screened(patterns)
    return sum(1 for i in screened.candidates(_folded(text)) if screened.patterns[i].rx.search(text))


@cache
def _compiled(kind: str) -> tuple[tuple[object, ...], ScreenedSet]:
    """A lexicon's payloads and its patterns with their required literals, in entry order."""
    entries = _entries(kind)
    return tuple(payload for payload, _ in entries), ScreenedSet(p for _, p in entries)


def _mentions(text: str, kind: str) -> list[tuple[int, int, object]]:
    """Non-overlapping lexicon mentions in ``text`` (a fresh list; see :func:`_mentions_cached`)."""
    return list(_mentions_cached(text, kind))


@lru_cache(maxsize=8192)
def _mentions_cached(text: str, kind: str) -> tuple[tuple[int, int, object], ...]:
    """Non-overlapping matches of (payload, pattern) entries: longest first, then earlier entry.

    Most texts mention few lexicon entries: an entry is searched only where one of its required
    literals occurs in the text.
    """
    payloads, screened = _compiled(kind)
    hits = []
    for order in screened.candidates(_folded(text)):
        for m in screened.patterns[order].rx.finditer(text):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), order, payloads[order]))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[2], h[0]))
    chosen: list[tuple[int, int, object]] = []
    for a, b, _, payload in hits:
        if all(b <= c or a >= d for c, d, _ in chosen):
            chosen.append((a, b, payload))
    chosen.sort(key=lambda h: h[0])
    return tuple(chosen)


def find_methods(text: str) -> list[tuple[int, int, Method]]:
    return _mentions(text, "methods")  # type: ignore[return-value]


def method_label(m: Method) -> str:
    """A method as a comparison names it: its name, or its family for a generic mention ("QAT")."""
    return m.name or m.family.value.upper()


def is_compared_method(m: Method) -> bool:
    """Whether a mention is a method one can set against another: one by name (not a bare sparsity
    pattern such as "2:4"), or a training regime ("QAT", "PTQ")."""
    return bool(m.name) and m.family is not MethodFamily.sparsity or m.family in (MethodFamily.qat, MethodFamily.ptq)


@cache
def _entries(kind: str) -> tuple[tuple[object, str], ...]:
    if kind == "methods":
        return tuple(
            (Method(family=MethodFamily(family), name=name), p) for name, family, pats in lexicon.METHODS for p in pats
        )
    if kind == "models":
        return tuple((None, p) for p in lexicon.MODELS)
    if kind == "datasets":
        return tuple((name, p) for name, pats in lexicon.DATASETS for p in pats)
    if kind == "metrics":
        return tuple(((name, direction), p) for name, direction, pats in lexicon.METRICS for p in pats)
    return tuple((None, p) for p in lexicon.HARDWARE)


def find_models(text: str) -> list[tuple[int, int, str]]:
    return [(a, b, re.sub(r"\s+", " ", text[a:b])) for a, b, _ in _mentions(text, "models")]


def find_datasets(text: str) -> list[tuple[int, int, str]]:
    return _mentions(text, "datasets")  # type: ignore[return-value]


def find_metrics(text: str) -> list[tuple[int, int, tuple[str, str | None]]]:
    return _mentions(text, "metrics")  # type: ignore[return-value]


def hardware_spans(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in _mentions_cached(text, "hardware")]


def find_hardware(text: str) -> str | None:
    """The first hardware a text names, as written; a consumer GPU or an Orin named bare ("4090 (desktop
    GPU)", "Orin (mobile GPU)") by its full name ("RTX 4090", "Jetson Orin")."""
    hits = _mentions(text, "hardware")
    if not hits:
        return None
    name = re.sub(r"\s+", " ", text[hits[0][0] : hits[0][1]])
    if name[:1].isdigit():
        return f"RTX {name}"
    return "Jetson Orin" if name == "Orin" else name


def _outside(span: Span | None, a: int) -> bool:
    return span is None or not (span[0] <= a < span[1])


# a phrase that starts with a quantity names no baseline: "more than 99.9%", "more than 3× faster
# compared to ...", "less than 6.7B parameters"
_QUANTITY_WORD = re.compile(r"[-+\u2212$~≈]?\d[\d.,]*(?:[–-]\d[\d.,]*)?(?:\\?%|[×x]|[KMBT]|[KMGT]B|ms|s)?\$?")
_BOUND_BEFORE = re.compile(r"\b(?:less|more|fewer|greater|lower|higher|at least|at most|no more|no less)\s*$",
                           re.IGNORECASE)
_HEDGES = frozenset(["about", "around", "approximately", "roughly", "nearly", "almost", "only", "just"])
_PHRASE_STOP = re.compile(
    r"[,;:()\[\]]|\.(?:\s|$)|\s(?:while|and|but|on|at|in|for|under|when|with|across|by|which|that|using|to|"
    r"without|after|before|because|since|so|is|are|was|were|as)\s",
    re.IGNORECASE,
)


_STOPWORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "of",
        "for",
        "by",
        "with",
        "as",
        "that",
        "which",
        "it",
        "this",
        "those",
        "these",
        "is",
        "are",
        "was",
        "were",
        "and",
        "or",
    ]
)


@cache
def _leads() -> Screened:
    """Every baseline lead, those that need a named baseline in the group ``named``."""
    plain = "|".join(f"(?:{p})" for p in lexicon.BASELINE_LEADS)
    named = "|".join(f"(?:{p})" for p in lexicon.NAMED_BASELINE_LEADS)
    return Screened(f"(?P<plain>{plain})|(?P<named>{named})")


# a list of baselines after the first: " and GPTQ", ", GPTQ, and AWQ" (a comma only inside a list that
# goes on: ", SmoothQuant-O3 can ..." after the baseline phrase is the sentence's subject)
_MORE_BASELINES = re.compile(r"(?:\s*,\s*(?:and|or)\s+|\s+(?:and|or)\s+|"
                             r"\s*,\s*(?=[A-Z][\w.()#+-]*(?:\s*,|\s+(?:and|or)\s)))(?P<m>[A-Z][\w.()#+-]*)")


def find_baseline(text: str) -> tuple[Span, str] | None:
    """The baseline a comparison is made against: its span in ``text`` and its name.

    Read after a lead ("compared to", "than", "vs.", "over", "relative to", "within 1% of")
    up to the end of the phrase; the name is the method, baseline word ("FP16", "16-bit") or
    model the phrase holds, else the phrase itself. "over 3 epochs" or "more than 99.9%" name
    no baseline. Without a lead, a phrase such as "the 16-bit baseline" is taken.
    """
    for lead in _leads().finditer(_folded(text)):
        start = lead.end()
        while start < len(text) and text[start] in " $":
            start += 1
        stop = _PHRASE_STOP.search(text, start)
        end = stop.start() if stop else len(text)
        phrase = text[start:end]
        words = phrase.split()
        first = words[1] if len(words) > 1 and words[0].lower() in _HEDGES else (words[0] if words else "")
        if not words or _QUANTITY_WORD.fullmatch(first) or words[0].lower() in _STOPWORDS:
            continue
        if first[:1].isdigit() and _BOUND_BEFORE.search(text, 0, lead.start()):
            # "less than 8-bits", "more than 16 GPUs": a bound on a quantity, not a compared system
            continue
        if len(words) > 8:
            end = start + len(" ".join(words[:8]))
            phrase = text[start:end]
        # "better than both RTN and GPTQ": the baselines listed after the first are the baseline's too
        while (more := _MORE_BASELINES.match(text, end)) is not None and find_methods(more.group("m")):
            end = more.end()
            phrase = text[start:end]
        name = _named(phrase)
        generic_lead = lead.group("named") is not None
        if name is None and generic_lead:
            continue
        if name is None:
            name = re.sub(r"^(?:the|a|an|that of|those of)\s+", "", phrase.strip(), flags=re.IGNORECASE)
            if not name or len(name) < 2:
                continue
        return (start, end), name
    for m in _any(lexicon.BASELINE_NAMES).finditer(_folded(text)):
        if "baseline" in m.group(0).lower():
            return m.span(), m.group(0)
    return None


def _named(phrase: str) -> str | None:
    methods = [m for _, _, m in find_methods(phrase) if m.name]
    if methods:
        return methods[0].name
    m = _any(lexicon.BASELINE_NAMES).search(_folded(phrase))
    if m:
        return m.group(0)
    models = find_models(phrase)
    if models:
        return models[0][2]
    return None


_OUR_METHOD_BEFORE = re.compile(
    r"\b(?:our|the proposed) (?:[\w-]+ )?(?:method|approach|technique|framework|algorithm|scheme)\s*"
    r"(?:,|:|\(|\u2014|\u2013|--|\bcalled\b|\bnamed\b|\bdubbed\b|\btermed\b)\s*$",
    re.IGNORECASE,
)


# a sentence that states a choice of the protocol and gives its reason about the method chosen
_CHOICE_LEAD = re.compile(r"\s*We (?:only |also |further |mainly )?(?:compare[sd]?|choose|chose|use[sd]?|select(?:ed)?|"
                          r"include[sd]?|evaluate[sd]?|focus(?:ed)? on)\b", re.IGNORECASE)
_CHOICE_BECAUSE = re.compile(r"\b(?:because|since) (?:it|this method|this) (?:is|was|has|can|does)\b", re.IGNORECASE)


# a leading contrast or likeness, up to its comma: "Unlike RTN, ...", "In contrast to magnitude pruning, ...",
# "Like GPTQ, AWQ preserves accuracy": the sentence is about the method after it (``unlike``: a contrast)
LEADING_ASIDE = re.compile(r"\s*(?:(?P<unlike>unlike|in contrast (?:to|with)|as opposed to)|like|similar(?:ly)? to|"
                           r"as with|just as)\b[^,;.]{1,80},", re.IGNORECASE)


def names_own_method(text: str) -> bool:
    """Whether the sentence speaks of the paper's own method without naming it ("our method", "the
    proposed approach", "ours")."""
    return _any(lexicon.OWN_METHOD[:3]).search(_folded(text)) is not None


def primary_method(
    text: str, baseline: Span | None, own: Method | None, baseline_name: str | None = None
) -> Method | None:
    """The method a sentence is about: the first named method outside the baseline phrase
    (and other than the baseline), the paper's own method where the text says "our method",
    else the first generic mention."""
    found = find_methods(text)
    mentions = [
        (a, m)
        for i, (a, b, m) in enumerate(found)
        if _outside(baseline, a) and (m.name is None or m.name != baseline_name)
        # "Absmax LLM.int8()": the quantizer names the variant of the method right after it
        and not (m.name in lexicon.QUANTIZER_PRIMITIVES and i + 1 < len(found) and found[i + 1][2].name
                 and found[i + 1][2].name not in lexicon.QUANTIZER_PRIMITIVES and 0 <= found[i + 1][0] - b <= 1)
    ]
    contrast = LEADING_ASIDE.match(text)
    if contrast is not None and any(a >= contrast.end() for a, _ in mentions):
        # "Unlike RTN, GPTQ remains accurate": the sentence is about the method after the contrast
        mentions = [(a, m) for a, m in mentions if a >= contrast.end()]
    named = [(a, m) for a, m in mentions if m.name]
    reason = _CHOICE_BECAUSE.search(text)
    if reason is not None and _CHOICE_LEAD.match(text):
        # "We only compare SmoothQuant with LLM.int8() because it is the only ... method that ...":
        # the choice is protocol, the claim is the reason's, and "it" is the method named last before it
        before = [m for a, m in named if a < reason.start()]
        if before:
            return before[-1]
    for a, m in named:  # "... that yields our method, LLM.int8(), which ...": the apposition names it
        if _OUR_METHOD_BEFORE.search(text, max(0, a - 40), a):
            return m
    ours = _any(lexicon.OWN_METHOD[:4]).search(_folded(text))  # "our method", "the proposed ...", "ours", "It ..."
    if ours is not None and named and ours.start() < named[0][0]:
        # "Our method, unlike RTN, keeps accuracy at 4 bits": the subject is the paper's own method
        # (unknown here: no method), not the one it is set against
        return own
    if named:
        return named[0][1]
    if own is not None and _any(lexicon.OWN_METHOD).search(_folded(text)):
        return own
    return mentions[0][1] if mentions else None


_WA = re.compile(r"(?<![\w.])[Ww](\d+(?:\.\d+)?)[Aa](\d+)(?![\d.])")
_ACT_BITS = re.compile(r"(\d+(?:\.\d+)?)-bit activations?\b|\bactivations? (?:in|to) (\d+)[- ]bits?\b", re.IGNORECASE)


def bit_widths(
    text: str, quantities: list[tuple[Quantity, int, int]], baseline: Span | None
) -> tuple[float | None, float | None]:
    """(weight bits, activation bits): "W8A8" gives both; "4-bit"/"INT8" give the weight bits,
    the smallest width named outside the baseline phrase; "ternary" is 1.58 bits."""
    act = None
    m = _WA.search(text)
    if m:
        return float(m.group(1)), float(m.group(2))
    am = _ACT_BITS.search(text)
    if am:
        act = float(am.group(1) or am.group(2))
    # "uses less than 8-bits" bounds the width without naming it (conditions record the bound)
    widths = [q.value for q, a, _ in quantities
              if q.unit == "bits" and _outside(baseline, a) and q.low is None and q.qualifier != "less_than"]
    if am:
        widths = [w for w in widths if w != act] or widths
    if widths:
        return min(widths), act
    if re.search(r"\bternary\b", text, re.IGNORECASE):
        return 1.58, act
    if re.search(r"\bbinary (?:weights|quanti[sz]ation|networks?)\b", text, re.IGNORECASE):
        return 1.0, act
    return None, act


# screened: a text without "sparsity", "zero", "%" near a pruning verb ... is not searched (most are not)
_SPARSITY = tuple(Screened(p) for p in (
    r"(?<![-–\d.])(\d+(?:\.\d+)?)\s*\\?%\s*(?:unstructured |structured |weight |natural )?(?:sparsity|sparse)\b",
    r"\bsparsity(?: ratio| level)?(?: of|\s*=|:)\s*\$?(\d+(?:\.\d+)?)\s*\\?%",
    r"\bzero density of\s*(\d+(?:\.\d+)?)\s*\\?%",
    r"(?<![-–\d.])(\d+(?:\.\d+)?)\s*\\?%\s*zeros\b",
    # "prunes 50% of LLaMA-7B": a share of a model pruned away
    r"\bprun(?:e|es|ed|ing)\s+" + lexicon.SHARE_QUALIFIER + r"(\d+(?:\.\d+)?)\s*%\s+of\b",
    # "removing (up to) 30% (to 50%) of BERT's weights", "30% of the weights can be removed"
    r"\b(?:remov|prun|drop)(?:e|es|ed|ing)\s+" + lexicon.SHARE_QUALIFIER
    + r"(\d+(?:\.\d+)?)\s*%(?:\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*%)?" + lexicon.OF_THE_WEIGHTS + r"\b",
    r"(?<![-–\d.])(\d+(?:\.\d+)?)\s*%" + lexicon.OF_THE_WEIGHTS + lexicon.CAN_BE_REMOVED,
))
_NM = re.compile(r"(?<![\w.:])([1-8]):(4|8|16)(?![\w.:])")


def sparsity_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a sparsity as a share ("70% sparsity", "sparsity of 50%", "pruning 30%
    of the weights"): the spans of those numbers, which are settings, never a claim's headline value."""
    spans: list[tuple[int, int]] = []
    for screened in _SPARSITY:
        for m in screened.finditer(_folded(text)):
            spans.extend(m.span(i) for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None)
    return spans


def sparsity_of(text: str) -> tuple[float | None, str | None]:
    """(sparsity fraction, pattern) from "50% sparsity", "zero density of 42.2%", "2:4"."""
    fraction = None
    folded = _folded(text)
    for screened in _SPARSITY:
        m = screened.search(folded)
        if m:
            # a range ("30% to 50% of the weights") counts at its top: the claim holds up to there
            value = round(float([g for g in m.groups() if g is not None][-1]) / 100, 10)
            if 0 <= value <= 1:
                fraction = value
                break
    pattern = None
    nm = _NM.search(text)
    if nm and int(nm.group(1)) < int(nm.group(2)):
        pattern = f"{nm.group(1)}:{nm.group(2)}"
        if fraction is None:
            fraction = 1 - int(nm.group(1)) / int(nm.group(2))
    elif re.search(r"\bsemi-structured\b", text, re.IGNORECASE):
        pattern = "semi-structured"
    elif re.search(r"\bunstructured\b", text, re.IGNORECASE):
        pattern = "unstructured"
    elif re.search(r"\bstructured (?:sparsity|pruning)\b", text, re.IGNORECASE) and not re.search(
        r"\b(?:without|no|not)\b[^.]{0,30}\bstructured", text, re.IGNORECASE
    ):
        pattern = "structured"
    return fraction, pattern


_CONDITIONS: tuple[tuple[str, Screened], ...] = tuple(
    (key, Screened(p))
    for key, p in (
        ("batch_size", r"\bbatch[- ]size(?:\s*(?:of|=|:|is))?\s*\$?(\d+)"),
        ("seq_len", r"\b(?:sequence|context) length(?:s)?(?:\s*(?:of|=|:|is))?\s*(\d[\d,]*)"),
        ("seq_len", r"\b(\d[\d,]*)[- ]token (?:sequences|contexts?)\b"),
        ("prompt_len", r"\bprompt length(?:\s*(?:of|=|:|is))?\s*(\d[\d,]*)"),
        ("group_size", r"\bgroup[- ]size(?:\s*(?:of|=|:|is))?\s*(\d+)"),
        ("group_size", r"(?<=\d)-?g(\d+)\b"),
        ("shots", r"\b(\d+)-shot\b"),
        (
            "learning_rate",
            r"\blearning[- ]rate(?:\s*(?:of|=|:|is))?\s*\$?([\d.]+(?:\s*(?:e|E|x|×|\\times)\s*[-+\u2212\d^{}10 ]+)?)",
        ),
        ("epochs", r"\b(\d+)\s+(?:training\s+)?epochs?\b"),
        ("training_examples", r"\b(\d[\d,]*)\s+training\s+(?:examples|samples)\b"),
        ("optimizer", r"(?-i:\b(AdamW|Adam|SGD|Adafactor|LAMB|Lion)\b)"),
        (
            "calibration_set",
            (
                r"\b(\d[\d,]*\s+(?:random\s+)?(?:calibration\s+)?(?:samples|sequences|examples|sentences)"
                r"\s+(?:\w+\s+)?from\s+(?:the\s+)?[A-Z][\w-]*)"
            ),
        ),
        (
            "calibration_set",
            r"\bcalibrat\w*\s+(?:set|data(?:set)?|samples)\s+(?:of|from|is|on)?\s*(?:the\s+)?([A-Z][\w-]*)",
        ),
        ("calibration_set", r"\bcalibrated\s+(?:on|with|using)\s+(?:the\s+)?([A-Z][\w-]*)"),
    )
)


def conditions_of(text: str) -> dict[str, str]:
    """Protocol details that decide a number: batch size, sequence length, shots, metric
    variant ("zero-shot", "top-1"), harness, calibration set, group size, learning rate."""
    out: dict[str, str] = {}
    folded = _folded(text)
    for key, pattern in _CONDITIONS:
        if key in out:
            continue
        m = pattern.search(folded)
        if m:
            out[key] = m.group(1).strip().rstrip(".,;")
    if "shots" not in out:
        shots = _screened((r"\bzero-?shot\b", r"\bone-?shot\b"))  # 0, then 1
        for i in shots.candidates(folded):
            if shots.patterns[i].rx.search(text):
                out["shots"] = str(i)
                break
    variants = _screened(tuple(p for _, p in lexicon.METRIC_VARIANTS))
    names = [lexicon.METRIC_VARIANTS[i][0] for i in variants.candidates(folded) if variants.patterns[i].rx.search(text)]
    if names:
        out["metric_variant"] = ", ".join(dict.fromkeys(names))
    harnesses = _screened(tuple(p for _, p in lexicon.HARNESSES))
    for i in harnesses.candidates(folded):
        if harnesses.patterns[i].rx.search(text):
            out["harness"] = lexicon.HARNESSES[i][0]
            break
    return out


_NOT_DIRECTION = re.compile(
    r"\b(?:more|less|fewer|greater|lower|higher) than\s*\$?[-+\u2212]?\d|\bat (?:most|least)\b", re.IGNORECASE
)


def semicolon_part(text: str, at: int) -> Span:
    """The part of ``text`` between the semicolons around ``at`` (the whole text where it has none)."""
    stop = text.find(";", at)
    return text.rfind(";", 0, at) + 1, len(text) if stop < 0 else stop


def direction_of(text: str, metric_direction: str | None, metric_at: int | None = None,
                 value_at: int | None = None) -> str | None:
    """better / worse / equal / increase / decrease, from the earliest direction word (of two
    starting at one place, the longer: "less accurate" is worse, not a decrease).

    "equal" phrases are matched first ("without degradation" is not "worse"); qualifier
    phrases ("more than 99.9%") are not directions. An increase or decrease of a metric with a
    known direction is turned into better or worse ("9–14% shorter clock periods": better)
    when the direction word stands within 60 characters of the metric word at ``metric_at``. Where the
    claim's value stands at ``value_at`` in one of several parts split by semicolons, the direction is
    read in that part ("At clock periods below about 1.8 ns it is also smaller; at relaxed clocks the direct
    engine is 6.3% larger": an increase).
    """
    masked = list(_NOT_DIRECTION.finditer(text))
    taken: list[Span] = [m.span() for m in masked]
    hits: list[tuple[int, int, str]] = []
    for m in _any(lexicon.DENIED_EQUAL).finditer(_folded(text)):  # "cannot match FP16": worse, and not "match"
        hits.append((m.start(), m.start() - m.end(), "worse"))
        taken.append(m.span())
    for name, patterns in lexicon.DIRECTIONS:
        for m in _any(patterns).finditer(_folded(text)):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            hits.append((m.start(), m.start() - m.end(), name))
            if name == "equal":
                taken.append(m.span())
    if value_at is not None and ";" in text:
        start, stop = semicolon_part(text, value_at)
        hits = [h for h in hits if start <= h[0] < stop] or hits
    if not hits:
        return None
    hits.sort()  # the earliest; at one place the longest phrase ("more accurate", not "more")
    at, _, direction = hits[0]
    near = metric_at is None or abs(at - metric_at) <= 60
    if direction in ("increase", "decrease") and metric_direction and near:
        good = (direction == "increase") == (metric_direction == "higher")
        return "better" if good else "worse"
    return direction
