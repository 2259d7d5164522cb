"""Tables from PDF pages: ruled tables through PyMuPDF, booktabs tables from word positions.

Most papers set tables with booktabs: horizontal rules only, no vertical lines, so
``page.find_tables()`` sees no grid (and it is slow: it only runs on pages that draw vertical
lines). For those we rebuild the grid ourselves, starting from the "Table N" caption:

1. the table region: the horizontal rules next to the caption (below it when the caption is
   above, above it when the caption is below), followed rule by rule until text that reads
   like a paragraph, another caption, or an empty gap (the next table's top rule: floats stack);
   the region runs from the caption to the far rule;
2. rows: words clustered by their vertical centre;
3. columns: in each row, words split where the gap is wider than half a line height; the
   column intervals are the union of those pieces over the body rows (rows with one piece are
   left out, they are group titles); a piece that covers several columns is a spanning cell, and so
   is a header over a partial rule (``\\cmidrule``), across the columns under that rule;
4. header rows: the rows above the first full-width rule that has text above it; a body row
   with a single piece is a grouped-row title spanning the whole table.

Only pages with a "Table N" caption are searched; a table without a caption is not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.documents import BBox, Passage, PassageKind, Table, TableCell
from verifier.textnorm import normalise

_LABEL = re.compile(r"^\s*Table\s*([A-Z]?\.?\d+|[IVX]+)")


@dataclass(slots=True)
class _Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    yc: float = 0.0

    def __post_init__(self) -> None:
        self.yc = (self.y0 + self.y1) / 2


@dataclass(slots=True)
class _Rule:
    y: float
    x0: float
    x1: float


@dataclass(slots=True)
class _Piece:
    """Words of a row that sit close together; ``x1`` is kept as words are added (``add``)."""

    words: list[_Word]
    x1: float = 0.0

    def __post_init__(self) -> None:
        self.x1 = max(w.x1 for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    def add(self, w: _Word) -> None:
        self.words.append(w)
        self.x1 = max(self.x1, w.x1)


def extract_tables(doc, passages: list[Passage]) -> list[Table]:
    """Tables of an open PyMuPDF document, found from the "Table N" captions among ``passages``."""
    from verifier.pdf import import_pymupdf

    pymupdf = import_pymupdf()

    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    drafts: list[Table] = []
    for pno in sorted({p.page for p in passages if p.kind is PassageKind.caption and _LABEL.match(p.text)}):
        page = doc[pno - 1]
        caps = [(p.text, p.bbox) for p in passages if p.page == pno and p.kind is PassageKind.caption and _LABEL.match(p.text)]
        drafts += tables_on_page(page, page.get_textpage(flags=flags), pno, caps)
    return number_tables(drafts, passages)


def number_tables(drafts: list[Table], passages: list[Passage]) -> list[Table]:
    """Document order, caption text and section for tables found page by page."""
    caps = [p for p in passages if p.kind is PassageKind.caption]
    out = []
    for i, t in enumerate(sorted(drafts, key=lambda t: (t.page, t.bbox[1]))):
        update: dict = {"index": i}
        cap = next((p for p in caps if p.page == t.page and t.label and _label(p.text) == t.label), None)
        if cap is not None:
            update["caption"] = cap.text
            update["section"] = cap.section
        out.append(t.model_copy(update=update))
    return out


def tables_on_page(page, textpage, page_no: int, captions: list[tuple[str, BBox]]) -> list[Table]:
    """Tables next to the given (caption text, caption bbox) pairs of one page; index 0 for now."""
    rules, verticals = _rules(page.get_cdrawings())
    words = [_Word(w[0], w[1], w[2], w[3], w[4]) for w in textpage.extractWORDS()]
    ruled = _ruled(page, words) if verticals >= 3 else []
    cap_boxes = [bbox for _, bbox in captions]
    out: list[Table] = []
    taken: set[int] = set()
    for text, cap in captions:
        label = _label(text)
        table = _nearest(ruled, cap)
        if table is None:
            table = _booktabs(words, rules, taken, cap, cap_boxes, page_no)
        if table is not None:
            out.append(table.model_copy(update={"label": label, "page": page_no}))
    return out


def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    return f"Table {m.group(1)}" if m else None


def _rules(drawings) -> tuple[list[_Rule], int]:
    rules: list[_Rule] = []
    verticals = 0
    for path in drawings:
        for item in path["items"]:
            if item[0] == "l":
                (ax, ay), (bx, by) = item[1], item[2]
                if abs(ay - by) < 0.8 and abs(ax - bx) > 20:
                    rules.append(_Rule((ay + by) / 2, min(ax, bx), max(ax, bx)))
                elif abs(ax - bx) < 0.8 and abs(ay - by) > 6:
                    verticals += 1
            elif item[0] == "re":
                x0, y0, x1, y1 = item[1]
                if y1 - y0 < 2.0 and x1 - x0 > 20:
                    rules.append(_Rule((y0 + y1) / 2, x0, x1))
                elif x1 - x0 < 2.0 and y1 - y0 > 6:
                    verticals += 1
                elif x1 - x0 > 6 and y1 - y0 > 6:
                    verticals += 2
    rules.sort(key=lambda r: r.y)
    return rules, verticals


# ---------------------------------------------------------------- booktabs


# rules closer than this with nothing between are one rule drawn twice (a doubled or a partial rule)
_EMPTY_GAP = 4.0


def _booktabs(words, rules, taken, cap: BBox, cap_boxes, page_no) -> Table | None:
    below = [i for i, r in enumerate(rules) if i not in taken and r.y >= cap[3] - 2 and r.y - cap[3] < 80]
    above = [i for i, r in enumerate(rules) if i not in taken and r.y <= cap[1] + 2 and cap[1] - r.y < 80]
    gap_below = rules[below[0]].y - cap[3] if below else None
    gap_above = cap[1] - rules[above[-1]].y if above else None
    if gap_below is None and gap_above is None:
        return None
    down = gap_above is None or (gap_below is not None and gap_below <= gap_above)
    order = range(below[0], len(rules)) if down else range(above[-1], -1, -1)
    group: list[int] = []
    for i in order:
        r = rules[i]
        if i in taken:
            break
        if group:
            g = rules[group[0]]
            if min(r.x1, g.x1) - max(r.x0, g.x0) < 0.5 * min(r.x1 - r.x0, g.x1 - g.x0):
                continue  # a rule of something else beside the table
            lo, hi = sorted((rules[group[-1]].y, r.y))
            if any(lo < (b[1] + b[3]) / 2 < hi for b in cap_boxes) or _paragraph_between(words, lo, hi, g):
                break
            if hi - lo > _EMPTY_GAP and not any(lo < w.yc < hi and g.x0 - 3 <= w.x0 <= g.x1 + 3 for w in words):
                break  # nothing between: one table's bottom rule and the next one's top rule (floats stacked)
        group.append(i)
    if len(group) < 2:
        return None
    taken.update(group)
    grp = [rules[i] for i in group]
    x0 = min(r.x0 for r in grp) - 3
    x1 = max(r.x1 for r in grp) + 3
    y0, y1 = (cap[3], max(r.y for r in grp)) if down else (min(r.y for r in grp), cap[1])
    inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 < w.yc < y1]
    if not inside:
        return None
    full = max(r.x1 - r.x0 for r in grp)
    partial = [r for r in rules if r.x1 - r.x0 < 0.9 * full and x0 <= r.x0 and r.x1 <= x1 and y0 < r.y < y1]
    return _grid(inside, [r.y for r in grp if r.x1 - r.x0 >= 0.9 * full], page_no, partial)


def _paragraph_between(words: list[_Word], lo: float, hi: float, rule: _Rule) -> bool:
    """True when a row between two rules reads like running text (many words, no column gaps)."""
    rows = _rows([w for w in words if lo < w.yc < hi and rule.x0 - 3 <= w.x0 <= rule.x1 + 3])
    for row in rows:
        pieces = _pieces(row)
        if len(pieces) == 1 and len(row) >= 8 and pieces[0].x1 - pieces[0].x0 > 0.7 * (rule.x1 - rule.x0):
            return True
    return False


def _rows(words: list[_Word]) -> list[list[_Word]]:
    if not words:
        return []
    h = sorted(w.y1 - w.y0 for w in words)[len(words) // 2]
    rows: list[list[_Word]] = []
    centre = 0.0  # of the last row; read only once there is one
    for w in sorted(words, key=lambda w: w.yc):
        if rows and abs(w.yc - centre) <= 0.45 * h:
            rows[-1].append(w)
            centre = sum(x.yc for x in rows[-1]) / len(rows[-1])
        else:
            rows.append([w])
            centre = w.yc
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _pieces(row: list[_Word]) -> list[_Piece]:
    h = sorted(w.y1 - w.y0 for w in row)[len(row) // 2]
    pieces = [_Piece([row[0]])]
    for w in row[1:]:
        if w.x0 - pieces[-1].x1 > 0.5 * h:
            pieces.append(_Piece([w]))
        else:
            pieces[-1].add(w)
    return pieces


def _grid(words: list[_Word], full_rules: list[float], page_no: int, partial: list[_Rule] = ()) -> Table | None:
    rows = _rows(words)
    pieces = [_pieces(r) for r in rows]
    centres = [sum(w.yc for w in r) / len(r) for r in rows]
    header = 0
    for y in sorted(full_rules):
        n = sum(1 for c in centres if c < y)
        if n:
            header = n
            break
    body = [p for i, p in enumerate(pieces) if i >= header and len(p) >= 2] or [p for p in pieces if len(p) >= 2]
    if not body:
        return None
    spans = sorted((p.x0, p.x1) for row in body for p in row)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    n_cols = len(cols)
    cells: list[TableCell] = []
    for r, row in enumerate(pieces):
        group_row = r >= header and len(row) == 1 and n_cols >= 3
        placed: dict[int, tuple[int, list[_Word]]] = {}
        ruled = _ruled_spans(row, cols, partial, min(w.y0 for w in rows[r + 1]) if r + 1 < header else None)
        for p in row:
            hit = ruled.get(id(p)) or [c for c, (a, b) in enumerate(cols) if p.x0 < b - 0.5 and p.x1 > a + 0.5]
            if not hit:
                mid = (p.x0 + p.x1) / 2
                hit = [min(range(n_cols), key=lambda c: abs((cols[c][0] + cols[c][1]) / 2 - mid))]
            c, span = hit[0], (n_cols if group_row else hit[-1] - hit[0] + 1)
            if c in placed:
                span0, ws = placed[c]
                placed[c] = (max(span0, span), ws + p.words)
            else:
                placed[c] = (span, list(p.words))
        for c, (span, ws) in sorted(placed.items()):
            bbox = (min(w.x0 for w in ws), min(w.y0 for w in ws), max(w.x1 for w in ws), max(w.y1 for w in ws))
            text = normalise(" ".join(w.text for w in ws))
            cells.append(TableCell(row=r, col=c, text=text, bbox=bbox, col_span=min(span, n_cols - c)))
    bbox = (min(w.x0 for w in words), min(w.y0 for w in words), max(w.x1 for w in words), max(w.y1 for w in words))
    return Table(
        index=0, page=page_no, bbox=bbox, n_rows=len(rows), n_cols=n_cols, header_rows=header,
        cells=cells, method="words",
    )


def _ruled_spans(row: list[_Piece], cols: list[list[float]], partial: list[_Rule], next_top: float | None
                 ) -> dict[int, list[int]]:
    """The columns each piece of a header row spans by the partial rule drawn under it (booktabs'
    ``\\cmidrule``): "Is 8-bit" over "FFN | Linear | Attention". A column under such a rule goes to
    the piece over that rule nearest to it ("Outliers" and "Frequency" over one rule split its four
    columns); columns under no rule go to no piece this way. Empty for the last header row and body
    rows (``next_top`` None) or where no partial rule lies between this row and the next."""
    if next_top is None or not partial:
        return {}
    bottom = max(w.y1 for p in row for w in p.words)
    out: dict[int, list[int]] = {}
    for rule in partial:
        if not bottom - 1 <= rule.y <= next_top + 1:
            continue
        over = [p for p in row if rule.x0 - 2 <= (p.x0 + p.x1) / 2 <= rule.x1 + 2]
        if not over:
            continue
        for c, (a, b) in enumerate(cols):
            if rule.x0 - 2 <= a and b <= rule.x1 + 2:
                mid = (a + b) / 2
                p = min(over, key=lambda p: abs((p.x0 + p.x1) / 2 - mid))
                out.setdefault(id(p), []).append(c)
    return out


# ---------------------------------------------------------------- ruled


def _ruled(page, words: list[_Word]) -> list[Table]:
    """Grid tables through PyMuPDF's own detector (only called when the page draws vertical lines)."""
    found = []
    for tab in page.find_tables().tables:
        if tab.row_count < 2 or tab.col_count < 2:
            continue
        cells: list[TableCell] = []
        for r, row in enumerate(tab.rows):
            for c, box in enumerate(row.cells):
                if box is None:
                    continue
                span = 1
                while c + span < len(row.cells) and row.cells[c + span] is None:
                    span += 1
                ws = [w for w in words if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= w.yc <= box[3]]
                ws.sort(key=lambda w: (round(w.yc), w.x0))
                text = normalise(" ".join(w.text for w in ws))
                cells.append(TableCell(row=r, col=c, text=text, bbox=tuple(box), col_span=span))
        if sum(1 for c in cells if c.text) < 0.5 * len(cells):
            continue  # a drawn grid with little text: a figure, not a table
        found.append(
            Table(
                index=0, page=page.number + 1, bbox=tuple(tab.bbox), n_rows=tab.row_count, n_cols=tab.col_count,
                header_rows=1, cells=cells, method="ruled",
            )
        )
    return found


def _nearest(tables: list[Table], cap: BBox) -> Table | None:
    best, dist = None, 80.0
    for t in tables:
        d = max(t.bbox[1] - cap[3], cap[1] - t.bbox[3], 0.0)
        if d < dist and min(t.bbox[2], cap[2]) > max(t.bbox[0], cap[0]):
            best, dist = t, d
    return best
