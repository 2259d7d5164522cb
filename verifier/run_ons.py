"""Sentences a page or column break (or a displayed equation) cuts in two.

The PDF parser makes a paragraph that runs over a page or column break two passages, and one
that a displayed equation interrupts two passages with the equation between them. Read apart,
the second part of the sentence at the cut states without its subject, its condition or both
("16-bit is reduced to 1.6x at a model size of 5140"). Claim extraction and Gate 1's evidence
units both read such a sentence whole: its first part, the equation text between (same page
only), and its second part, joined with single spaces (:func:`join_parts`).
"""

from __future__ import annotations

import re

from verifier.documents import ParsedDocument, Passage, PassageKind

# a passage that stops mid-sentence: its last character is none of these
SENTENCE_END = frozenset('.!?:;"\u201d')
# what a page or column break can stand between a sentence's two parts: running heads, page numbers,
# footnotes, floats; a heading or the bibliography ends the text the sentence was in
_BETWEEN = frozenset({PassageKind.other, PassageKind.footnote, PassageKind.caption})
# a displayed equation's glyphs that stand for no character (brace pieces in the private use area)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# its number at the right margin, "(4)": no quantity of the sentence it stands in
_EQUATION_NUMBER = re.compile(r"\s*\(\d{1,3}\)\s*$")


def _middle(passages: list[Passage], a: int, b: int) -> str:
    """The text of the displayed equations between list positions ``a`` and ``b`` (same page as both)."""
    first, second = passages[a], passages[b]
    return " ".join(
        _EQUATION_NUMBER.sub("", passages[k].text).strip() for k in range(a + 1, b)
        if passages[k].kind is PassageKind.other and passages[k].page == first.page == second.page
        and not _PRIVATE_USE.search(passages[k].text)
    )


def run_ons(doc: ParsedDocument, spans: dict[int, list[tuple[int, int]]]) -> dict[int, tuple[int, str]]:
    """Sentences cut by a break, by the passage they start in: ``{A: (B, middle)}`` where the last
    sentence of body passage A goes on in the first of body passage B ("... The pointer-free case
    assumes rows are" | page 7 | "consumed sequentially so ..."), and ``middle`` is the text of a
    displayed equation between them on the same page, without its number ("which implies" |
    "Bbitmap = 1.5781 (4)" | "symbol bits per weight"). B starts lower-case or with a digit; what
    stands between is page furniture, a footnote, a float or an equation; the pages are the same or
    next. A continuation that is itself cut again (one sentence running over B whole) is left as two
    parts. ``spans`` holds the sentence spans of (at least) each body and abstract passage by its index.
    """
    passages = doc.passages
    out: dict[int, tuple[int, str]] = {}
    for a, first in enumerate(passages):
        text = first.text.rstrip()
        if first.kind not in (PassageKind.body, PassageKind.abstract) or not text or text[-1] in SENTENCE_END:
            continue
        b = a + 1
        while b < len(passages) and passages[b].kind in _BETWEEN and passages[b].page <= first.page + 1:
            b += 1
        if b >= len(passages):
            continue
        second = passages[b]
        if second.kind is not first.kind or not 0 <= second.page - first.page <= 1:
            continue
        if not (second.text[:1].islower() or second.text[:1].isdigit()) or not spans.get(second.index):
            continue
        if len(spans[second.index]) == 1 and second.text.rstrip()[-1:] not in SENTENCE_END:
            continue
        out[first.index] = (second.index, _middle(passages, a, b))
    return out


def middle_of(doc: ParsedDocument, first_index: int, second_index: int) -> str | None:
    """The equation text :func:`run_ons` reads between passages ``first_index`` and ``second_index``
    (by their ``index``), or None where either is not in ``doc`` or they are out of order."""
    position = {p.index: k for k, p in enumerate(doc.passages)}
    a, b = position.get(first_index), position.get(second_index)
    if a is None or b is None or b <= a:
        return None
    return _middle(doc.passages, a, b)


def join_parts(*parts: str) -> str:
    """A cut sentence read whole: its non-empty parts joined with single spaces."""
    return " ".join(t for t in parts if t)
