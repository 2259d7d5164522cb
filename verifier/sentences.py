"""Sentence boundaries in a passage's normalised text, as character spans.

Claims are anchored on exact sentences, so a boundary in the wrong place cuts a claim in two
or glues two together. A period ends a sentence only when it is followed by white space and
then something that can start one (a capital, a digit, a bracket, a quote, TeX math or a
footnote mark before a capital: "*Accuracy is not ..."), and the word before it is not an
abbreviation ("e.g.", "et al.", "Fig.", "vs.", "Eq.", an initial). Decimals ("0.5") and names
("LLM.int8()") carry no white space after the period and never split.
"""

from __future__ import annotations

import re

# words that end with a period without ending the sentence (compared lower-cased, period included)
ABBREVIATIONS = frozenset(
    {
        "e.g.", "i.e.", "al.", "et al.", "etc.", "vs.", "cf.", "fig.", "figs.", "eq.", "eqs.", "sec.", "secs.",
        "tab.", "tabs.", "no.", "nos.", "resp.", "approx.", "ca.", "ref.", "refs.", "appx.", "alg.", "thm.",
        "def.", "prop.", "lem.", "w.r.t.", "a.k.a.", "dr.", "mr.", "ms.", "prof.", "st.", "vol.", "pp.",
        "ch.", "viz.", "incl.", "avg.", "std.", "max.", "min.", "dept.", "univ.", "jan.", "feb.", "aug.",
        "sept.", "oct.", "nov.", "dec.",
    }
)  # fmt: skip

_END = re.compile(r"[.!?]")
_CLOSERS = "\"'”’)]}*"
_STARTERS = re.compile(r"[A-Z0-9\[(\"'“‘$\\]|[^\x00-\x7f]|\*+[A-Z]")


def _word_before(text: str, i: int) -> str:
    """The token ending at ``text[i]`` (the period), lower-cased: "e.g.", "al.", "fig."."""
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j : i + 1].lower().lstrip("([{\"'“")


def _is_boundary(text: str, i: int) -> int | None:
    """If the mark at ``text[i]`` ends a sentence, the index just past it and its closers."""
    end = i + 1
    while end < len(text) and text[end] in "!?.":
        end += 1
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    if end >= len(text):
        return end
    if not text[end].isspace():
        return None
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text):
        return end
    if not _STARTERS.match(text, nxt):
        return None
    if text[i] == ".":
        word = _word_before(text, i)
        if word in ABBREVIATIONS:
            return None
        if word.endswith("et al.") or word == "al.":
            return None
        # a lone initial ("J. Smith"), or a section/figure label "Fig. 3." read as "3." is fine
        if re.fullmatch(r"[a-z]\.", word) and text[i - 1].isupper():
            return None
        # a caption's label ("Table 3. C4 validation ...") stays with its first sentence
        label = text[: i - len(word) + 1]
        if re.fullmatch(r"\d+(?:\.\d+)*\.", word) and re.fullmatch(r"\s*(?:Table|Figure|Fig\.)\s+", label):
            return None
    return end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text``, in order, without surrounding space.

    Every non-space character of ``text`` lies in exactly one span, so the spans can anchor
    quotes: ``text[start:end]`` is the sentence as written.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        i = m.start()
        if i < start:
            continue
        end = _is_boundary(text, i)
        if end is None:
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out
