"""Markdown full texts of papers parsed into the same passages and tables as a PDF.

Some papers reach us as Markdown conversions (``../shared/corpus/awq/paper.md``): YAML front
matter, ATX headings, one paragraph per line, image links for figures, ``**Table N.**``
captions, ``$...$`` math, raw HTML for figure pairs. :func:`parse_markdown` is a pure function
of the bytes and returns a :class:`~verifier.documents.ParsedDocument` with
``media_type="text/markdown"`` and ``n_pages=1``.

Coordinates: a Markdown file has no pages and no points, so every passage is on page 1 and
bboxes use *line numbers* as y coordinates: a passage's bbox is ``(0, first_line, 0,
last_line)``, 1-based and inclusive, and each :class:`~verifier.documents.LineSpan` is
``(0, n, 0, n)``. Table cells use the column index as x: ``(col, line, col + 1, line)``.

Passages: one per paragraph, list item, heading, blockquote, footnote, display-math or code
block, HTML block and table. ``raw_text`` is the block's source lines joined with "\\n"
(markers such as ``## `` or ``- `` included); ``text`` is the readable text
(:mod:`verifier.markup` removes inline markup, :mod:`verifier.textnorm` normalises it like
PDF text) and ``offsets`` maps it back to ``raw_text``. Kinds: heading (``title`` for the
level-1 heading used as title), abstract (paragraphs under an "Abstract" heading), caption
("Table N:", "**Figure N.**"), footnote, body, and other (image links, HTML, math, code,
tables, lines without words). Not read: indented code blocks (indentation continues list
items instead), HTML ``<table>`` markup (kept as an "other" passage; the corpus has none),
nested block quotes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from verifier.documents import DocumentMeta, LineSpan, ParsedDocument, Passage, PassageKind, Table, TableCell
from verifier.errors import NotMarkdown
from verifier.markup import strip_markup
from verifier.textnorm import normalise_lines
from verifier.textsource import decode_text

PARSER_VERSION = "markdown-2"  # 2: line-end hyphens read with an English dictionary (verifier.english)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_HTML_BLOCK = re.compile(
    r"^ {0,3}(?:<!--|</?(?:div|table|thead|tbody|tr|td|th|p|figure|figcaption|section|details|summary|ul|ol|li|"
    r"pre|center|blockquote|h[1-6]|hr|dl|dt|dd|img|picture|iframe|video)\b|(?:</?[A-Za-z][^<>]*>[ \t]*)+$)",
    re.IGNORECASE,
)
_TABLE_SEP_CELL = re.compile(r"^:?-+:?$")
_CAPTION = re.compile(r"^(?:(Table|Tab\.|Figure|Fig\.)\s+([A-Z]?\d+[a-z]?|[IVXLC]+))\s*[.:|—–-]")
_IMAGES_ONLY = re.compile(r"^(?:\s*!\[[^\]]*\]\([^)]*\)\s*)+$")
_ARXIV_LINK = re.compile(r"arxiv\.org/(?:abs|pdf)/([A-Za-z.-]*/?\d{4}\.?\d{3,5}(?:v\d+)?)", re.IGNORECASE)


@dataclass
class _Block:
    kind: str  # para, item, quote, footnote, heading, math, code, html, table
    start: int  # 0-based index of its first line
    lines: list[str] = field(default_factory=list)
    skip: list[tuple[int, int]] = field(default_factory=list)  # per line: content [a, b) within the line
    level: int = 0  # heading level

    def add(self, line: str, a: int = 0, b: int | None = None) -> None:
        self.lines.append(line)
        self.skip.append((a, len(line) if b is None else b))


def _decode(data: bytes, name: str) -> str:
    return decode_text(data, name, error=NotMarkdown, what="Markdown text", binary_hint="pass a UTF-8 .md file",
                       empty_hint="pass the full text of a paper", parser="parse_markdown")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` pairs of a leading ``---`` YAML block, and the first line after it."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            fields = {}
            for line in lines[1:end]:
                m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
                if m:
                    fields[m.group(1).lower()] = m.group(2).strip("'\"")
            return fields, end + 1
    return {}, 0


def _table_rows(lines: list[str], i: int) -> int:
    """Lines of a pipe table starting at ``i`` (0 when none): a header, a separator, rows."""
    n = 0
    while i + n < len(lines) and lines[i + n].strip() and "|" in lines[i + n]:
        n += 1
    for k in range(1, min(n, 4)):
        if _is_separator(lines[i + k]):
            return n
    return 0


def _is_separator(line: str) -> bool:
    cells = [c.strip() for c in _split_cells(line)[0]]
    return bool(cells) and all(_TABLE_SEP_CELL.match(c) for c in cells) and ("|" in line or len(cells) > 1)


def _split_cells(line: str) -> tuple[list[str], list[int]]:
    """Cells of a pipe-table row and where each starts in the line (escaped ``\\|`` kept)."""
    cuts = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    lead, trail = len(line) - len(line.lstrip()), len(line.rstrip())
    if not cuts or cuts[0] != lead:
        cuts.insert(0, lead - 1)  # no leading pipe: the first cell starts the line
    if cuts[-1] != trail - 1:
        cuts.append(trail)  # no trailing pipe
    return [line[a + 1 : b] for a, b in zip(cuts, cuts[1:])], [a + 1 for a in cuts[:-1]]


def _blocks(lines: list[str], first: int) -> list[_Block]:
    """Split the lines into blocks (CommonMark's block structure, the parts papers use)."""
    blocks: list[_Block] = []
    cur: _Block | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            blocks.append(cur)
        cur = None

    i = first
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if not stripped:
            close()
            i += 1
            continue
        if cur is not None and cur.kind == "html":  # an HTML block runs to the next blank line
            cur.add(line)
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            close()
            b = _Block("code", i)
            b.add(line, len(line))
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence.group(1)):
                b.add(lines[i])
                i += 1
            if i < len(lines):
                b.add(lines[i], len(lines[i]))
                i += 1
            blocks.append(b)
            continue
        if stripped.startswith("$$") and (cur is None or cur.kind != "para"):
            close()
            b = _Block("math", i)
            b.add(line)
            i += 1
            if stripped == "$$" or not stripped.endswith("$$") or len(stripped) < 4:
                while i < len(lines):
                    b.add(lines[i])
                    i += 1
                    if lines[i - 1].strip().endswith("$$"):
                        break
            blocks.append(b)
            continue
        atx = _ATX.match(line)
        if atx:
            close()
            b = _Block("heading", i, level=len(atx.group(1)))
            b.add(line, *atx.span(2))
            blocks.append(b)
            i += 1
            continue
        setext = _SETEXT.match(line)
        if setext and cur is not None and cur.kind == "para":
            cur.kind, cur.level = "heading", 1 if setext.group(1)[0] == "=" else 2
            cur.add(line, len(line))
            close()
            i += 1
            continue
        if _HR.match(line):
            close()
            i += 1
            continue
        n_table = _table_rows(lines, i) if cur is None or cur.kind == "para" else 0
        if n_table:
            close()
            b = _Block("table", i)
            for k in range(n_table):
                b.add(lines[i + k])
            blocks.append(b)
            i += n_table
            continue
        if _HTML_BLOCK.match(line) and (cur is None or cur.kind != "para"):
            close()
            cur = _Block("html", i)
            cur.add(line)
            i += 1
            continue
        quote = _QUOTE.match(line)
        if quote:
            if cur is None or cur.kind != "quote":
                close()
                cur = _Block("quote", i)
            cur.add(line, quote.end())
            i += 1
            continue
        item = _LIST_ITEM.match(line)
        note = _FOOTNOTE_DEF.match(line)
        if (item and not _HR.match(line)) or note:
            close()
            cur = _Block("item" if item else "footnote", i)
            cur.add(line, (item or note).end())
            i += 1
            continue
        if cur is None:
            cur = _Block("para", i)
        cur.add(line, indent)
        i += 1
    close()
    return blocks


def _block_text(block: _Block) -> tuple[str, str, list[int], list[LineSpan]]:
    """``raw_text``, normalised ``text``, ``offsets`` and per-line spans of one block."""
    raw = "\n".join(block.lines)
    chars: list[str] = []
    idx: list[int] = []
    base = 0
    for k, (line, (a, b)) in enumerate(zip(block.lines, block.skip)):
        if k:
            chars.append("\n")
            idx.append(base - 1)
        chars.extend(line[a:b])
        idx.extend(range(base + a, base + b))
        base += len(line) + 1
    s, pos = ("".join(chars), idx) if block.kind == "code" else strip_markup("".join(chars), idx)
    text, offs, _ = normalise_lines([s.replace("\n", " ")])
    offsets = [pos[o] for o in offs[:-1]] + [len(raw)]
    return raw, text, offsets, _line_spans(block, text, offsets)


def _line_spans(block: _Block, text: str, offsets: list[int]) -> list[LineSpan]:
    """Which characters of ``text`` each source line produced (lines that produced none are left out)."""
    spans = []
    j = 0
    end_raw = -1
    for k, line in enumerate(block.lines):
        end_raw += len(line) + 1  # the "\n" after line k (or the end of the raw text)
        start = j
        while j < len(text) and offsets[j] <= end_raw:
            j += 1
        if j > start:
            n = block.start + k + 1
            spans.append(LineSpan(bbox=(0, n, 0, n), start=start, end=j))
    return spans


def _kind(block: _Block, text: str, section: str | None, seen_heading: bool) -> PassageKind:
    if block.kind == "heading":
        return PassageKind.heading
    if block.kind in ("math", "code", "html", "table"):
        return PassageKind.other
    if block.kind == "footnote":
        return PassageKind.footnote
    if block.kind == "quote" and not seen_heading:
        return PassageKind.other  # converters put author lines and notes in a leading quote
    if _CAPTION.match(text):
        return PassageKind.caption
    content = "\n".join(line[a:b] for line, (a, b) in zip(block.lines, block.skip))
    if _IMAGES_ONLY.match(content) or not re.search(r"[^\W\d_]{2,}", text):
        return PassageKind.other  # a figure link, or a line with no word ("[+1]")
    if section is not None and section.strip(" .:").lower() == "abstract":
        return PassageKind.abstract
    return PassageKind.body


def _table(block: _Block, index: int, section: str | None) -> tuple[Table, str, list[int]]:
    """A pipe table as cells, and the table's passage text ("a | b ; c | d") with offsets."""
    rows: list[list[TableCell]] = []
    header_rows = 0
    text: list[str] = []
    offs: list[int] = []
    base = 0
    for k, line in enumerate(block.lines):
        line_no = block.start + k + 1
        if _is_separator(line):
            header_rows = header_rows or len(rows)
        else:
            cells = []
            parts, starts = _split_cells(line)
            if rows and text:
                text.extend(" ; ")
                offs.extend([base] * 3)
            for col, (part, start) in enumerate(zip(parts, starts)):
                s, pos = strip_markup(part, list(range(base + start, base + start + len(part))))
                cell_text, cell_offs, _ = normalise_lines([s.replace("\n", " ")])
                cells.append(TableCell(row=len(rows), col=col, text=cell_text, bbox=(col, line_no, col + 1, line_no)))
                if col:
                    text.extend(" | ")
                    offs.extend([base + start - 1] * 3)
                text.extend(cell_text)
                offs.extend(pos[o] for o in cell_offs[:-1])
            rows.append(cells)
        base += len(line) + 1
    n_cols = max((len(r) for r in rows), default=0)
    body = rows[header_rows:]
    first_col_words = bool(body) and all(r and re.search(r"[^\W\d_]", r[0].text) for r in body)
    first, last = block.start + 1, block.start + len(block.lines)
    table = Table(
        index=index,
        page=1,
        bbox=(0, first, n_cols, last),
        n_rows=len(rows),
        n_cols=n_cols,
        header_rows=header_rows,
        header_cols=1 if first_col_words and n_cols > 1 else 0,
        cells=[c for r in rows for c in r],
        method="markdown",
        section=section,
    )
    return table, "".join(text), offs + [base - 1]


def _table_caption(neighbours: list[Passage | None], used: set[int]) -> tuple[str | None, str | None]:
    """Label and caption from the passage just above, else just below, a table ("Table 2: ...").

    A caption serves one table: between two tables it goes to the first that claims it.
    """
    for p in neighbours:
        if p is not None and p.index not in used and p.kind in (PassageKind.caption, PassageKind.body):
            m = _CAPTION.match(p.text)
            if m and m.group(1).lower().startswith("tab"):
                used.add(p.index)
                return f"Table {m.group(2)}", p.text
    return None, None


def _meta(front: dict[str, str], passages: list[Passage], lines: list[str], first: int) -> DocumentMeta:
    from verifier.arxiv_ids import looks_like_arxiv_id, parse_arxiv_id

    headings = [p for p in passages if p.kind in (PassageKind.title, PassageKind.heading)]
    title = next((p.text for p in passages if p.kind == PassageKind.title), None)
    title = title or front.get("title") or (headings[0].text if headings else None)
    # keywords or a code link under the Abstract heading stay abstract passages, not meta.abstract
    abstract = " ".join(p.text for p in passages if p.kind == PassageKind.abstract and len(p.text.split()) >= 12)
    authors = [a.strip() for a in re.split(r",|\band\b", front.get("authors", front.get("author", ""))) if a.strip()]
    candidate = front.get("arxiv") or front.get("arxiv_id") or front.get("arxiv-id")
    if not candidate:  # the first arXiv link before the first heading (converters cite their source there)
        first_heading = int(headings[0].bbox[1]) - 1 if headings else len(lines)
        m = _ARXIV_LINK.search("\n".join(lines[first:first_heading]))
        candidate = m.group(1) if m else None
    aid = parse_arxiv_id(candidate) if candidate and looks_like_arxiv_id(candidate) else None
    return DocumentMeta(
        title=title,
        authors=authors,
        abstract=abstract or None,
        arxiv_id=aid.id if aid else None,
        arxiv_version=aid.version if aid else None,
        url=f"https://arxiv.org/abs/{aid.versioned}" if aid else None,
    )


def parse_markdown(data: bytes, *, name: str | None = None, parser_version: str = PARSER_VERSION) -> ParsedDocument:
    """Parse a Markdown paper into passages and pipe tables (see the module docstring).

    Raises :class:`~verifier.errors.NotMarkdown` for empty, non-UTF-8 or binary input.
    """
    label = name or "<markdown>"
    text = _decode(data, label)
    lines = re.split(r"\r\n|\r|\n", text)
    front, first = _front_matter(lines)
    blocks = _blocks(lines, first)
    has_h1 = any(b.kind == "heading" and b.level == 1 for b in blocks)
    passages: list[Passage] = []
    pending_tables: list[tuple[int, int]] = []  # (position of the table's passage, table index)
    tables: list[Table] = []
    section: str | None = None
    seen_heading = title_taken = False
    for block in blocks:
        if block.kind == "table":
            table, t_text, t_offs = _table(block, len(tables), section)
            tables.append(table)
            raw = "\n".join(block.lines)
            kind = PassageKind.other
            p_text, offsets = t_text, t_offs[:-1] + [len(raw)]
            spans = _line_spans(block, p_text, offsets)
            pending_tables.append((len(passages), table.index))
        else:
            raw, p_text, offsets, spans = _block_text(block)
            if not p_text:
                continue  # an anchor such as <span id="table-02"></span>
            if block.kind == "heading":
                section, seen_heading = p_text, True
            kind = _kind(block, p_text, section, seen_heading)
            if block.kind == "heading" and block.level == 1 and has_h1 and not title_taken:
                kind, title_taken = PassageKind.title, True
        passages.append(
            Passage(
                index=len(passages),
                page=1,
                kind=kind,
                section=section,
                text=p_text,
                raw_text=raw,
                offsets=offsets,
                bbox=(0, block.start + 1, 0, block.start + len(block.lines)),
                lines=spans,
            )
        )
    used: set[int] = set()
    for pos, k in pending_tables:
        before = passages[pos - 1] if pos > 0 else None
        after = passages[pos + 1] if pos + 1 < len(passages) else None
        table_label, caption = _table_caption([before, after], used)
        if table_label:
            tables[k] = tables[k].model_copy(update={"label": table_label, "caption": caption})
    if not passages:
        raise NotMarkdown("has no text outside its front matter", subject=label, hint="pass the full text of a paper")
    return ParsedDocument(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="text/markdown",
        n_pages=1,
        meta=_meta(front, passages, lines, first),
        passages=passages,
        tables=tables,
        parser_version=parser_version,
    )
