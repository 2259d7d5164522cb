"""Sentences a page or column break (or a displayed equation) cuts in two.

The PDF parser makes a paragraph that runs over a page or column break two passages, and one
that a displayed equation interrupts two passages with the equation between them. Read apart,
the second part of the sentence at the cut states without its subject, its condition or both
("16-bit is reduced to 1.6x at a model size of 5140"). Claim extraction and Gate 1's evidence
units both read such a sentence whole: its first part, the text of a displayed equation between,
and its second part, joined with single spaces (:func:`join_parts`).
"""

from __future__ import annotations

import re

from verifier.documents import ParsedDocument, Passage, PassageKind
from verifier.textnorm import Vocabulary, hyphen_kept

# the passages a sentence runs on in (captions and footnotes end where they end)
_RUNNING = frozenset({PassageKind.body, PassageKind.abstract})
# a passage that stops mid-sentence: its last character is none of these
SENTENCE_END = frozenset('.!?:;"\u201d')
# what a page or column break can stand between a sentence's two parts: running heads, page numbers,
# footnotes, floats; a heading or the bibliography ends the text the sentence was in
_BETWEEN = frozenset({PassageKind.other, PassageKind.footnote, PassageKind.caption})
# what no sentence opens with: a passage that does goes on with the one before ("33 tokens" | "/ second")
_NO_OPENING = frozenset(",;:)]}/%")
# a displayed equation's glyphs that stand for no character (brace pieces in the private use area)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# its numbers at the right margin, "(4)" (one a line where a block sets several): no quantity of the
# sentence it stands in
_EQUATION_NUMBER = re.compile(r"(?:^|\s+)\(\d{1,3}\)(?=\s|$)")


def _equation_text(text: str) -> str:
    """A displayed equation's text without its numbers: "B2bit = 2, (6) B5trit = 1.6," -> "B2bit = 2, B5trit = 1.6,"."""
    return _EQUATION_NUMBER.sub("", text).strip()


def end_part(passage: Passage, end_char: int) -> str:
    """The text of the passage a cut sentence ends in, up to ``end_char``: an equation's without its numbers."""
    text = passage.text[:end_char]
    return _equation_text(text) if passage.kind is PassageKind.other else text


# a page number as a passage of its own: "7", "Page 7", "vii"
_PAGE_NUMBER = re.compile(r"(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})", re.IGNORECASE)


def furniture(passages: list[Passage]) -> frozenset[int]:
    """List positions of page furniture: passages of kind other that are a page number, or whose text
    (digits aside) stands on two pages or more (a running head). Other such passages are displayed
    equations or the text of a figure."""
    others = [(k, p) for k, p in enumerate(passages) if p.kind is PassageKind.other]
    pages: dict[str, set[int]] = {}
    for _, p in others:
        pages.setdefault(re.sub(r"\d+", "#", p.text.strip().lower()), set()).add(p.page)
    return frozenset(k for k, p in others if _PAGE_NUMBER.fullmatch(p.text.strip())
                     or len(pages[re.sub(r"\d+", "#", p.text.strip().lower())]) >= 2)


def _equations(passages: list[Passage], a: int, b: int, furniture_at: frozenset[int]) -> list[Passage]:
    """:func:`_equation_positions` as passages."""
    return [passages[k] for k in _equation_positions(passages, a, b, furniture_at)]


def _equation_positions(passages: list[Passage], a: int, b: int, furniture_at: frozenset[int]) -> list[int]:
    """The displayed equations between list positions ``a`` and ``b``: the passages of kind other, no page
    furniture, that follow A directly on its page, below it ("... which implies" | "Bbitmap = 1.5781 (4)" |
    page 3 | "symbol bits per weight"; pieces of an equation higher up that MuPDF sets apart, a bracket
    drawn upright, come last in the page's order and are none), or come directly before B on the same
    page. A run after A that a caption ends is a figure's text, not an equation."""
    def equation(k: int) -> bool:
        return passages[k].kind is PassageKind.other and k not in furniture_at

    def below_a(k: int) -> bool:  # after A on its page: below it, or in a column to its right
        first, p = passages[a], passages[k]
        return p.bbox[1] >= first.bbox[3] - 2 or 1 <= first.column < p.column

    after = a + 1
    while after < b and equation(after) and passages[after].page == passages[a].page and below_a(after):
        after += 1
    if after < b and passages[after].kind is PassageKind.caption:
        after = a + 1
    before = b  # (on another page, what stands at its top before B is a float more often than an equation)
    while before > after and equation(before - 1) and passages[before - 1].page == passages[b].page == passages[a].page:
        before -= 1
    return [*range(a + 1, after), *range(before, b)]


def _middle(passages: list[Passage], a: int, b: int, furniture_at: frozenset[int]) -> str:
    """The text of the displayed equations between list positions ``a`` and ``b``, without their numbers."""
    return " ".join(_equation_text(p.text) for p in _equations(passages, a, b, furniture_at)
                    if not _PRIVATE_USE.search(p.text))


# the end of a passage that a bare break may cut mid-sentence: a word, a comma, a percent sign, a dash
# ("[N/A]" ends a checklist item, not a cut sentence)
_CUT_END = re.compile(r"[\w,%\-\u2013]$")
# an enumerator opening a list item: "(c) Did you ...", "2) ..."
_ENUMERATOR = re.compile(r"\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)\s")


def _bare_break(passages: list[Passage], a: int, b: int, furniture_at: frozenset[int]) -> bool:
    """Whether only a page or column break (and page furniture, footnotes, floats) stands between list
    positions ``a`` and ``b``: the next page, or the right column of the same page, and no displayed
    equation (:func:`_equations`), which may have ended the sentence ("... the symbol-storage rates
    are" | equation | "Bitmap/sign storage therefore ..."). There the second part may open with a
    capital ("... for the exact" | page 13 | "BitNet storage calculation") or a bracket ("(", "["), unless it
    opens a list item; the first must stop at a word, comma or dash."""
    first, second = passages[a], passages[b]
    if not _CUT_END.search(first.text.rstrip()) or _ENUMERATOR.match(second.text):
        return False
    if not (second.text[:1].isalpha() or second.text[:1] in "(["):
        return False  # ("... PIQA" | column | "[Bis20a], WinoGrande ...")
    if _equations(passages, a, b, furniture_at):
        return False
    return second.page == first.page + 1 or (second.page == first.page and 1 <= first.column < second.column)


def _goes_on_in(passages: list[Passage], a: int, spans: dict[int, list[tuple[int, int]]],
                furniture_at: frozenset[int]) -> int | None:
    """List position of the passage the last sentence of passage ``a`` goes on in, or None."""
    first = passages[a]
    text = first.text.rstrip()
    if first.kind not in _RUNNING or not text or text[-1] in SENTENCE_END:
        return None
    b = a + 1
    while b < len(passages) and passages[b].kind in _BETWEEN and passages[b].page <= first.page + 1:
        b += 1
    if b >= len(passages):
        return None
    ending = _ending_equation(passages, a, b, furniture_at)
    if ending is not None:
        return ending
    second = passages[b]
    if second.kind is not first.kind or not 0 <= second.page - first.page <= 1 or not spans.get(second.index):
        return None
    opens = second.text[:1]
    goes_on = opens.islower() or opens.isdigit() or opens in _NO_OPENING
    if not goes_on and not _bare_break(passages, a, b, furniture_at):
        return None
    return b


def _through(passage: Passage, spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the sentence that goes on in ``passage`` runs over it whole: one sentence, no stop at its end."""
    if passage.kind is PassageKind.other:
        return False  # an equation the sentence ends in (:func:`_ending_equation`)
    return len(spans[passage.index]) == 1 and passage.text.rstrip()[-1:] not in SENTENCE_END


# a displayed equation that ends its sentence: "z > 0.375. (3)", its number aside
_ENDS_SENTENCE = re.compile(r"[.!?]\s*(?:\(\d{1,3}\))?\s*$")


def _ending_equation(passages: list[Passage], a: int, b: int, furniture_at: frozenset[int]) -> int | None:
    """List position of the displayed equation the last sentence of passage ``a`` ends in ("... restarts
    every 128 weights (1.625 bits per weight) at" | "z > 0.375. (3)" | "For continuous ..."): the last
    of the equations right after A (:func:`_equations`) ends with a stop, and what follows (position
    ``b``) does not go on lower-case. None otherwise."""
    run = [k for k in _equation_positions(passages, a, b, furniture_at) if passages[k].page == passages[a].page]
    if not run or not _ENDS_SENTENCE.search(passages[run[-1]].text) or _PRIVATE_USE.search(passages[run[-1]].text):
        return None
    if b < len(passages) and passages[b].text[:1].islower():
        return None
    return run[-1]


def sentence_end(passage: Passage, spans: dict[int, list[tuple[int, int]]]) -> int:
    """Where the sentence that goes on in ``passage`` ends there: its first sentence's end, or, in an
    equation the sentence ends in, after its stop (its number left out)."""
    if passage.kind is PassageKind.other:
        m = _ENDS_SENTENCE.search(passage.text)
        return m.start() + 1 if m else len(passage.text)
    return spans[passage.index][0][1]


_LONGEST = 4  # passages one sentence may run over


def run_ons(doc: ParsedDocument, spans: dict[int, list[tuple[int, int]]]) -> dict[int, tuple[int, str]]:
    """Sentences cut by a break, by the passage they start in: ``{A: (B, middle)}`` where the last
    sentence of body passage A goes on in the first of body passage B ("... The pointer-free case
    assumes rows are" | page 7 | "consumed sequentially so ..."), and ``middle`` is the text of a
    displayed equation between them (:func:`_equations`), without its number ("which implies" |
    "Bbitmap = 1.5781 (4)" | "symbol bits per weight"). B starts lower-case or with a digit, or
    anyhow where a bare page or column break stands between (:func:`_bare_break`); what stands
    between is page furniture, a footnote, a float or an equation; the pages are the same or next.
    A sentence may run over whole passages on its way ("If" | page 2 | "the fraction of zero
    weights is z, the storage required is" | equation | "bits per weight."): B is then where it
    ends, and ``middle`` holds those passages' text with the equations (:func:`middle_of`); up to
    four passages in all, else it is not joined. ``spans`` holds the sentence spans of (at least)
    each body and abstract passage by its index.
    """
    passages = doc.passages
    furniture_at = furniture(passages)
    out: dict[int, tuple[int, str]] = {}
    inside: set[int] = set()  # passages a sentence runs over whole: no start of one of their own
    for a in range(len(passages)):
        if a in inside:
            continue
        chain = [a]
        b = _goes_on_in(passages, a, spans, furniture_at)
        while b is not None and _through(passages[b], spans) and len(chain) < _LONGEST - 1:
            chain.append(b)
            b = _goes_on_in(passages, b, spans, furniture_at)
        if b is None or _through(passages[b], spans):
            continue
        inside.update(chain[1:])
        out[passages[a].index] = (passages[b].index, _chain_middle(passages, [*chain, b], furniture_at))
    return out


def _chain_middle(passages: list[Passage], chain: list[int], furniture_at: frozenset[int]) -> str:
    """What stands between the first and the last passage of ``chain`` (list positions): the equations
    between each two, and the text of the passages a sentence runs over whole."""
    parts = [_middle(passages, chain[0], chain[1], furniture_at)]
    for k in range(1, len(chain) - 1):
        parts += [passages[chain[k]].text.strip(), _middle(passages, chain[k], chain[k + 1], furniture_at)]
    return join_parts(*parts)


def continued(doc: ParsedDocument, cut: dict[int, tuple[int, str]]) -> set[int]:
    """The passages (by index) whose first sentence ends a sentence of :func:`run_ons`' ``cut``, or that
    one runs over whole: no sentence starts there."""
    position = {p.index: k for k, p in enumerate(doc.passages)}
    out = set()
    for start, (end, _) in cut.items():
        out.add(end)
        out.update(p.index for p in doc.passages[position[start] + 1 : position[end]]
                   if p.kind in _RUNNING)
    return out


def middle_of(doc: ParsedDocument, first_index: int, second_index: int) -> str | None:
    """The text :func:`run_ons` reads between passages ``first_index`` and ``second_index`` (by their
    ``index``): equations, and the body passages between, which a sentence runs over whole; None where
    either is not in ``doc`` or they are out of order."""
    position = {p.index: k for k, p in enumerate(doc.passages)}
    a, b = position.get(first_index), position.get(second_index)
    if a is None or b is None or b <= a:
        return None
    passages = doc.passages
    chain = [a, *(k for k in range(a + 1, b) if passages[k].kind in _RUNNING), b]
    return _chain_middle(passages, chain, furniture(passages))


def vocabulary_of(doc: ParsedDocument) -> Vocabulary:
    """The document's words, for a hyphen at a break (:func:`join_parts`); read on first use."""
    return Vocabulary(p.text for p in doc.passages if p.kind in PROSE)


PROSE = frozenset({PassageKind.body, PassageKind.abstract, PassageKind.caption, PassageKind.footnote})


def join_parts(*parts: str, vocabulary: Vocabulary | None = None) -> str:
    """A cut sentence read whole: its non-empty parts joined with single spaces; a hyphen at the break
    is read as at a line end (:func:`verifier.textnorm.hyphen_kept`, with the document's ``vocabulary``):
    a word hyphenated there ("en-" | "gine") is joined without it; a compound ("compute-" | "energy"
    where the document writes "compute-energy"), a compound after a digit or before a capital or
    digit ("8-" | "bit"), or a word with a hyphen of its own ("T-ACE-" | "style") keeps it."""
    out = ""
    for t in parts:
        if not t:
            continue
        if out.endswith("-") and out[-2:-1].isalnum() and t[:1].isalnum():
            out = out + t if hyphen_kept(out[-60:], t, vocabulary) else out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return out
