"""Page layout: reading order across columns and what each block of text is.

Pure functions over the lines and blocks that ``verifier.pdf`` reads from PyMuPDF, so they
can be tested without a PDF. Coordinates are PDF points, origin top-left.

Reading order. A page is two-column when both halves of its text area hold blocks of body-
sized text that stay on their side of the middle. Blocks that cross the middle (titles,
abstracts, wide tables and figures, page numbers) interrupt the column flow: the left column
above such a block is read, then the right column above it, then the block, and so on down
the page. Single-column pages are read top to bottom.

Kinds. Running headers and footers, page numbers, rotated text (the arXiv stamp), equations
and text inside figures are ``other``; captions start with "Table N:", "Figure N." or
"Fig. N"; headings are numbered ("4.1 Setup") or short lines set in bold or a larger size;
everything after a "References" heading up to the next heading is split into one passage per
bibliography entry.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from verifier.documents import BBox, PassageKind

CAPTION = re.compile(r"^\s*(Table|Figure|Fig\.|Algorithm|Listing)\s*([A-Z]?\.?\d+|[IVX]+)\s*[:.|]")
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:Appendix\s+)?[A-H](?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)"
                       r"\s+(?:[A-Z]|\d+-?[a-z])")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\d{1,2}|[*∗†‡§¶⋆]|[a-z](?=[A-Z]))")
_MATHY = re.compile(r"[=≈∈≤≥·⊗∑∏∫√→←⇒]")
_REFS = re.compile(r"^(?:\d{1,2}\.?\s+)?(references|bibliography|literature cited|works cited)$", re.IGNORECASE)
_REF_START = re.compile(r"^\s*(\[\d{1,4}\]|\d{1,4}\.\s)")
_PAGE_NO = re.compile(r"^[\s#ivxlc.\-–/()|]*(page)?[\s#ivxlc.\-–/()|]*$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    text: str  # as PyMuPDF gave it
    bbox: BBox
    size: float  # font size of the span holding most characters
    bold: bool  # every non-blank span is bold
    math: float  # share of characters set in math fonts
    horizontal: bool = True


@dataclass(slots=True)
class Block:
    page: int  # 1-based
    lines: list[Line]
    bbox: BBox
    size: float
    column: int = 0
    kind: PassageKind | None = None  # preset kinds (table text, headers) are kept
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The lines' text joined (read once: a block's lines are set when it is made and not changed)."""
        if self._text is None:
            self._text = " ".join(ln.text.strip() for ln in self.lines)
        return self._text

    @property
    def bold(self) -> bool:
        return all(ln.bold for ln in self.lines)

    @property
    def horizontal(self) -> bool:
        return all(ln.horizontal for ln in self.lines)


@dataclass(slots=True)
class Unit:
    """What becomes one passage: a block, or one bibliography entry gathered from lines."""

    page: int
    kind: PassageKind
    column: int
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PageGeom:
    width: float
    height: float


def union(boxes) -> BBox:
    x0, y0, x1, y1 = zip(*boxes)
    return (min(x0), min(y0), max(x1), max(y1))


# ---------------------------------------------------------------- reading order


def order_page(blocks: list[Block], body: float) -> list[Block]:
    """``blocks`` of one page in reading order, with ``column`` set (0 full width, 1 left, 2 right)."""
    flat = [b for b in blocks if b.horizontal]
    rotated = [b for b in blocks if not b.horizontal]
    for b in rotated:
        b.kind = PassageKind.other
    if not flat:
        return rotated
    x0, x1 = _text_edges(flat)
    side = {id(b): _side(b.bbox, x0, x1) for b in flat}
    chars = [0, 0, 0]
    for b in flat:
        if b.kind is None and b.size >= 0.85 * body:
            chars[side[id(b)]] += sum(len(ln.text) for ln in b.lines)
    flat.sort(key=lambda b: (b.bbox[1], b.lines[0].bbox[0] if b.lines else b.bbox[0]))
    _same_line_left_first(flat)
    sides = chars[1] + chars[2]
    if min(chars[1], chars[2]) < 150 or sides < 0.4 * sum(chars) or not 0.2 <= chars[1] / sides <= 0.8:
        return flat + rotated  # one column (a narrow figure or a wrapped caption beside text is no column)
    out: list[Block] = []
    left: list[Block] = []
    right: list[Block] = []
    for b in flat:
        s = side[id(b)]
        b.column = s
        if s == 1:
            left.append(b)
        elif s == 2:
            right.append(b)
        else:
            out += left + right + [b]
            left, right = [], []
    return out + left + right + rotated


def _text_edges(blocks: list[Block]) -> tuple[float, float]:
    """The left and right edges of the page's text: the outermost at which three lines or more start
    or end (justified lines share them). A display equation or a web address that runs past them
    into the margin would move the middle of the page."""
    lefts = Counter(round(ln.bbox[0]) for b in blocks for ln in b.lines)
    rights = Counter(round(ln.bbox[2]) for b in blocks for ln in b.lines)
    shared_left = [x for x, n in lefts.items() if n >= 3]
    shared_right = [x for x, n in rights.items() if n >= 3]
    x0 = min(b.bbox[0] for b in blocks)
    x1 = max(b.bbox[2] for b in blocks)
    left = max(x0, min(shared_left) - 1) if shared_left else x0
    return left, min(x1, max(shared_right) + 1) if shared_right else x1


def _side(bbox: BBox, x0: float, x1: float) -> int:
    """0 full width, 1 left, 2 right. A display equation wider than its column runs into the gutter:
    one that stands off the middle, starting well inside its column or ending far from the other
    column's edge, is its column's."""
    mid, width = (x0 + x1) / 2, x1 - x0
    tol = 0.02 * width
    if bbox[2] <= mid + tol:
        return 1
    if bbox[0] >= mid - tol:
        return 2
    centre = (bbox[0] + bbox[2]) / 2
    # off the middle, and inside the text (a centred equation) or ending far from the other edge (one
    # set flush left): what spans the page is centred, or reaches both edges
    if centre < mid - 0.06 * width and (bbox[0] >= x0 + 0.1 * width or bbox[2] <= x1 - 0.25 * width):
        return 1
    if centre > mid + 0.06 * width and (bbox[2] <= x1 - 0.1 * width or bbox[0] >= x0 + 0.25 * width):
        return 2
    return 0


def _same_line_left_first(blocks: list[Block]) -> None:
    """Blocks whose first lines share a line, left one first: MuPDF sets a bold label apart from the
    rest of its line ("Table 1." | "Among different ..."), and the rest, whose later lines start
    further left, must not go first because its box does. In place, on blocks sorted by their tops."""
    for i in range(len(blocks) - 1):
        a, b = blocks[i], blocks[i + 1]
        if not (a.lines and b.lines):
            continue
        if same_line(a.lines[0], b.lines[0]) and b.lines[0].bbox[2] <= a.lines[0].bbox[0] + 1:
            blocks[i], blocks[i + 1] = b, a


# ---------------------------------------------------------------- kinds


def mark_margins(pages: list[list[Block]], geoms: list[PageGeom], body: float) -> None:
    """Running headers/footers and page numbers -> other (text repeated in the margins)."""
    seen: dict[str, set[int]] = {}
    margin: list[tuple[Block, str]] = []
    for blocks, g in zip(pages, geoms):
        for b in blocks:
            y0, y1 = b.bbox[1], b.bbox[3]
            if y1 < 0.065 * g.height or y0 > 0.925 * g.height:
                b.kind = b.kind or PassageKind.other
            elif y1 < 0.1 * g.height or y0 > 0.88 * g.height:
                key = re.sub(r"\d+", "#", b.text.lower()).strip()
                margin.append((b, key))
                seen.setdefault(key, set()).add(b.page)
    many = max(2, int(0.3 * len(pages)))
    for b, key in margin:
        if b.kind is None and (len(seen[key]) >= many or (len(key) <= 12 and _PAGE_NO.match(key))):
            b.kind = PassageKind.other


def mark_figures(blocks: list[Block], body: float, text_width: float, styles=None) -> None:
    """Text inside a figure -> other: the blocks stacked above a "Figure N" caption, up to body text."""
    for cap in blocks:
        if cap.kind is not None or not _is_caption(cap) or cap.text.lstrip().startswith("Table"):
            continue
        above = [
            b
            for b in blocks
            if b is not cap and b.bbox[3] <= cap.bbox[1] + 2 and b.bbox[0] < cap.bbox[2] and b.bbox[2] > cap.bbox[0]
        ]
        for b in sorted(above, key=lambda b: -b.bbox[3]):
            if (b.kind is not None or _is_caption(b) or _body_like(b, body, text_width) or is_heading(b, body, styles)
                    or _sentence_tail(b, blocks, body) or b.size >= 1.25 * body):
                break  # (a title set large is no figure text: the paper's, above a figure atop the right column)
            b.kind = PassageKind.other


def _sentence_tail(b: Block, blocks: list[Block], body: float) -> bool:
    """The end of a sentence from the column before, alone above a figure's caption ("tion errors
    (Figure 1)."): set in the body's size at the top of its column, lower-case at first, a stop at
    last, and words between. Figure text is smaller, or has text above it."""
    text = b.text.strip()
    if not (len(text.split()) >= 2 and text[:1].islower() and text[-1:] in ".!?" and abs(b.size - body) <= 0.12 * body):
        return False
    return not any(o is not b and o.bbox[3] <= b.bbox[1] + 1 and o.bbox[0] < b.bbox[2] and o.bbox[2] > b.bbox[0]
                   and o.kind is None for o in blocks)


def is_heading(b: Block, body: float, styles: set[tuple[float, bool]] | None = None) -> bool:
    """A section heading: numbered, or short and set like the numbered headings of the document.

    ``styles`` are the (size, bold) pairs of the document's numbered headings; when given and
    not empty, an unnumbered heading must share one of them (so a large label inside a figure
    is not taken for a heading).
    """
    text = b.text.strip()
    # (a numbered heading by its rows: MuPDF gives the words of a justified one as lines of their own)
    if (_rows(b) if _NUMBERED.match(text) else len(b.lines)) > 3 or not 2 <= len(text) <= 120 \
            or not any(c.isalpha() for c in text):
        return False
    if text.lower() == "abstract" and (b.bold or b.size >= body):
        return True
    if _MATHY.search(text) or text.endswith((",", ";", ":")) or _is_caption(b) or _REF_START.match(text):
        return False
    if b.size < 0.85 * body or not (b.bold or b.size >= 1.15 * body):
        return False
    if _NUMBERED.match(text):
        return True
    if (styles and _style(b) not in styles) or not re.search(r"[A-Za-z]{3,}", text):
        return False
    return len(b.lines) <= 2 and len(text) <= 80 and text[0].isupper() and len(text.split()) <= 10


def _rows(b: Block) -> int:
    """The rows of text a block sets: its lines by height on the page (MuPDF gives the words of a
    justified heading, "6.6" | "Model-wide" | "ternary-projection esti-", as lines of their own)."""
    centres = sorted((ln.bbox[1] + ln.bbox[3]) / 2 for ln in b.lines)
    return sum(1 for i, y in enumerate(centres) if i == 0 or y - centres[i - 1] > 2)


def _style(b: Block) -> tuple[float, bool]:
    return (round(b.size * 2) / 2, b.bold)


def heading_styles(pages: list[list[Block]], body: float) -> set[tuple[float, bool]]:
    return {
        _style(b)
        for blocks in pages
        for b in blocks
        if b.kind is None and _NUMBERED.match(b.text.strip()) and is_heading(b, body)
    }


def classify(pages: list[list[Block]], geoms: list[PageGeom], body: float, styles=None) -> list[Unit]:
    """Kinds for every block of every page (already in reading order); bibliography split into entries."""
    _mark_title(pages[0] if pages else [], geoms[0] if geoms else None, body)
    front = _front_matter(pages[0], body, styles) if pages else set()
    units: list[Unit] = []
    in_refs = in_abstract = False
    for blocks, g in zip(pages, geoms):
        for b in blocks:
            kind = b.kind
            if kind is None:
                text = b.text.strip()
                if _is_caption(b):
                    kind = PassageKind.caption
                elif is_heading(b, body, styles):
                    kind = PassageKind.heading
                    in_refs = bool(_REFS.match(text))
                    in_abstract = text.lower() == "abstract"
                elif in_abstract or re.match(r"^Abstract\s*[.:—–-]\s*\S", text):
                    kind = PassageKind.abstract
                elif in_refs:
                    kind = PassageKind.reference
                elif id(b) in front:
                    kind = PassageKind.other
                elif b.size <= 0.92 * body and b.bbox[1] >= 0.7 * g.height and (
                    _FOOTNOTE_MARK.match(text) or (units and units[-1].kind is PassageKind.footnote)
                ):
                    kind = PassageKind.footnote
                elif _is_equation(b) or b.size < 0.75 * body or _fragment(text):
                    kind = PassageKind.other
                else:
                    kind = PassageKind.body
            prev = units[-1] if units else None
            near = prev is not None and prev.page == b.page and prev.column == b.column
            # the rest of a caption whose label line MuPDF set apart reads as caption
            rest_of_caption = (near and kind is PassageKind.body and b.kind is None
                               and prev.kind is PassageKind.caption)
            b.kind = kind
            if prev is not None and near and (
                (prev.kind is kind is PassageKind.reference)
                or ((prev.kind is kind or rest_of_caption) and prev.kind in _RUNNING and _continues(prev, b))
            ):
                b.kind = prev.kind
                prev.lines.extend(b.lines)
                continue
            units.append(Unit(b.page, kind, b.column, list(b.lines)))
    out: list[Unit] = []
    for u in units:
        out.extend(_split_entries(u) if u.kind is PassageKind.reference else [u])
    return out


# words of running text that a scrap of an equation or a figure does not hold two of
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "is",
                             "are", "was", "were", "than", "that", "which", "from", "as"})
# and the words a sentence opens with, alone on a line only where a column or page breaks after them
_OPENERS = _FUNCTION_WORDS | {"we", "our", "this", "these", "it", "its", "however", "thus", "here", "finally"}


def _fragment(text: str) -> bool:
    """A scrap of an equation or a figure ("max", "f16) -min", "Xi8 ="): short and no sentence (a line
    that holds two function words is text: "(Architecture A: 1.9-2.5). At z = 0.4225, close to the")."""
    words = text.split()
    if len(words) == 1 and text.isalpha() and text.lower() in _OPENERS:
        return False  # a sentence's first word alone at the foot of a column: "For" | "this purpose, we ..."
    if len(text) < 25 and len(words) <= 3:  # ("per bit.", the last line of a list item, is two words)
        return not (len(words) >= 2 and all(w.rstrip(".,;:").isalpha() for w in words))
    return (len(text) < 60 and bool(_MATHY.search(text)) and sum(w.isalpha() and len(w) > 3 for w in words) <= 2
            and sum(w.lower().strip("().,;:") in _FUNCTION_WORDS for w in words) < 2)


_RUNNING = frozenset({PassageKind.body, PassageKind.caption})  # kinds whose blocks a sentence runs across


def _continues(prev: Unit, b: Block) -> bool:
    """A block that goes on with the sentence of the previous one (MuPDF splits at indents, at lines
    of another height, and at a change of font within a line): on the same line right after it, or
    right below it, and opening lower-case, or, where the previous block stops
    without a stop, opening at its left edge (no paragraph indent) with a capital, a digit or a bracket
    ("... Icarus Verilog 12," | "Nangate45). The repository ...")."""
    last, first = prev.lines[-1], b.lines[0]
    overlap = min(first.bbox[3], last.bbox[3]) - max(first.bbox[1], last.bbox[1])
    height = min(first.bbox[3] - first.bbox[1], last.bbox[3] - last.bbox[1])
    if overlap > 0.5 * height and (
        last.bbox[2] - 1 <= first.bbox[0] <= last.bbox[2] + 5 * (last.bbox[3] - last.bbox[1])  # a justified gap
    ):
        # the rest of the same line, set apart by its font ("Table 6." in bold | "SmoothQuant ...") or
        # raised ("... reduce ∆" | "′ in Equation 2")
        return True
    gap = first.bbox[1] - last.bbox[3]
    if not -2 < gap < 0.6 * (last.bbox[3] - last.bbox[1]):
        return False
    head = first.text.lstrip()[:1]
    if head.islower():
        return True
    tail = last.text.rstrip()[-1:]
    left = min(ln.bbox[0] for ln in prev.lines)
    return (bool(tail) and tail not in '.!?:;"\u201d' and (head.isalnum() or head == "(")
            and first.bbox[0] <= left + 1.5)


def _mark_title(blocks: list[Block], g: PageGeom | None, body: float) -> None:
    cands = [b for b in blocks if b.kind is None and g is not None and b.bbox[1] < 0.45 * g.height]
    if not cands:
        return
    top = max(b.size for b in cands)
    if top < 1.25 * body:
        return
    started, ids = False, {id(b) for b in cands}
    for b in blocks:
        if id(b) in ids and b.size >= top - 0.6:
            b.kind, started = PassageKind.title, True
        elif started and b.kind is None:
            break


def _front_matter(blocks: list[Block], body: float, styles) -> set[int]:
    """Page-1 blocks between the title and the first heading or abstract (authors, affiliations)."""
    titles = [i for i, b in enumerate(blocks) if b.kind is PassageKind.title]
    if not titles:
        return set()
    for j in range(titles[-1] + 1, len(blocks)):
        b = blocks[j]
        if b.kind is None and (is_heading(b, body, styles) or b.text.lstrip().startswith("Abstract")):
            return {id(x) for x in blocks[titles[-1] + 1 : j] if x.kind is None}
    return set()


def same_line(a: Line, b: Line) -> bool:
    """Whether two of MuPDF's lines are pieces of one printed line (their tops and bottoms level)."""
    return abs(a.bbox[1] - b.bbox[1]) < 2 and abs(a.bbox[3] - b.bbox[3]) < 2


def line_text(lines: list[Line], k: int) -> str:
    """The text of ``lines[k]`` with the pieces MuPDF set apart after it on its line ("Figure" | "8."
    in bold)."""
    pieces = []
    for ln in lines[k:]:
        if not same_line(ln, lines[k]):
            break
        pieces.append(ln.text)
    return " ".join(pieces)


def first_line(b: Block) -> str:
    """The text of a block's first line, with its pieces (:func:`line_text`)."""
    return line_text(b.lines, 0) if b.lines else ""


def _is_caption(b: Block) -> bool:
    return bool(CAPTION.match(first_line(b)))


def _body_like(b: Block, body: float, text_width: float) -> bool:
    width = b.bbox[2] - b.bbox[0]
    return abs(b.size - body) <= 0.12 * body and (len(b.lines) >= 2 or width >= 0.6 * text_width)


def _is_equation(b: Block) -> bool:
    n = sum(len(ln.text) for ln in b.lines) or 1
    math = sum(ln.math * len(ln.text) for ln in b.lines) / n
    return math >= 0.5 or bool(re.fullmatch(r"\s*\(\d{1,3}[a-z]?\)\s*", b.text))


def _split_entries(u: Unit) -> list[Unit]:
    """One unit per bibliography entry: a new entry starts at "[n]" or at the hanging-indent margin."""
    lines = u.lines
    numbered = sum(1 for ln in lines if _REF_START.match(ln.text)) >= max(1, len(lines) // 6)
    left = min(ln.bbox[0] for ln in lines)
    hanging = any(ln.bbox[0] > left + 3 for ln in lines)
    entries: list[list[Line]] = []
    for ln in lines:
        if numbered:
            new = bool(_REF_START.match(ln.text))
        elif hanging:
            new = ln.bbox[0] <= left + 3
        else:  # no indent: entries are set apart by extra space
            prev = entries[-1][-1].bbox if entries else None
            new = prev is not None and ln.bbox[1] - prev[3] > 0.4 * (prev[3] - prev[1])
        if new or not entries:
            entries.append([ln])
        else:
            entries[-1].append(ln)
    return [Unit(u.page, u.kind, u.column, e) for e in entries]
