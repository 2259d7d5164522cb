"""Parse a PDF into passages in reading order, tables and metadata (the ingest stage for PDFs).

``parse_pdf`` is the one entry point. It refuses, with a message that says what to do, input
it cannot ingest faithfully: bytes that are no PDF, a damaged or truncated file (PyMuPDF
repairs many damaged files silently, so we judge by what it recovered and by the warnings it
raised while doing so), a password, an image-only scan, or a file over the configured limits.

The text is read once per page with ligatures preserved (``TEXT_PRESERVE_LIGATURES``) and
without PyMuPDF's own dehyphenation, so that ``verifier.textnorm`` can normalise it while
keeping a map from every normalised character back to the raw text. Layout decisions
(columns, kinds, sections) live in ``verifier.layout``; tables in ``verifier.tables``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from typing import Any

from verifier import tables
from verifier.documents import DocumentMeta, ParsedDocument, Passage, PassageKind, Table
from verifier.errors import (
    CorruptPdf,
    DocumentTooLarge,
    EncryptedPdf,
    NotAPdf,
    NoTextLayer,
)
from verifier.layout import (
    CAPTION,
    Block,
    Line,
    PageGeom,
    classify,
    first_line,
    heading_styles,
    line_text,
    mark_figures,
    mark_margins,
    order_page,
    same_line,
    union,
)
from verifier.textnorm import Vocabulary, normalise_lines

# 2: word boxes pinned to MuPDF's own glyph boxes (quad corrections off) whatever else imported PyMuPDF first;
# under 1 they depended on whether its add-ons had loaded (which turn the corrections off for the process)
# 4: line-end hyphens read with an English dictionary beside the document's words; a caption's label
# set apart on its line ("Figure" | "8.") and the rest of its line are one caption; an equation that runs
# into the gutter or the margin keeps its column and the page's
# 5: a table's header over a partial rule (booktabs' cmidrule) spans the columns under that rule
PARSER_VERSION = "pymupdf-layout-5"

_MATH_FONT = re.compile(r"CMMI|CMSY|CMEX|MSAM|MSBM|Math|Symbol|rsfs|EUFM|EUSM|esint|wasy|stmary|MTSY|MTEX")
# Warnings that mean MuPDF lost content while repairing, not just a broken xref table.
_LOSS = (
    "premature end",
    "cannot load content stream",
    "cannot parse object",
    "ignoring rest of file",
    "object is not a stream",
    "non-page object in page tree",
    "page tree load failed",
    "cannot find object",
    "unexpected eof",
    "expected 'endobj' or 'stream'",
    "truncated",
    "zlib",
    "invalid page object",
)


def parse_pdf(
    data: bytes,
    *,
    name: str | None = None,
    max_bytes: int = 200 * 2**20,
    max_pages: int = 500,
    parser_version: str = PARSER_VERSION,
) -> ParsedDocument:
    """Passages (reading order, kinds, sections, bboxes, offsets), tables and metadata of a PDF.

    ``name`` (the file name or arXiv id) is the ``subject`` of any error raised.
    Raises NotAPdf, CorruptPdf, EncryptedPdf, NoTextLayer or DocumentTooLarge.
    """
    subject = name or "PDF input"
    _check_bytes(data, subject, max_bytes)
    pymupdf = import_pymupdf()

    tools = pymupdf.TOOLS
    shown = (tools.mupdf_display_errors(), tools.mupdf_display_warnings())
    # word and character boxes as MuPDF measures the glyphs, not widened to the font's ascent and descent:
    # a process-wide setting that PyMuPDF's add-ons turn on at their import (pymupdf4llm), so it is set here,
    # for the parse only, and the caller's value put back
    corrections_off = tools.unset_quad_corrections()
    tools.unset_quad_corrections(True)
    tools.mupdf_display_errors(False)
    tools.mupdf_display_warnings(False)
    tools.reset_mupdf_warnings()
    try:
        doc = _open(pymupdf, data, subject, max_pages)
        try:
            pages, geoms, drafts = _read_pages(pymupdf, doc, subject)
            _check_damage(doc, data, subject, tools.mupdf_warnings())
            _check_text_layer(doc, pages, subject)
            meta_title = (doc.metadata or {}).get("title") or ""
            n_pages = doc.page_count
        finally:
            doc.close()
    finally:
        tools.mupdf_display_errors(shown[0])
        tools.mupdf_display_warnings(shown[1])
        tools.unset_quad_corrections(corrections_off)
    passages = _passages(pages, geoms)
    found = tables.number_tables(drafts, passages)
    return ParsedDocument(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="application/pdf",
        n_pages=n_pages,
        meta=_meta(meta_title, passages),
        passages=passages,
        tables=found,
        parser_version=parser_version,
    )


_ADD_ONS = ("pymupdf.layout", "pymupdf4llm")


def import_pymupdf():
    """PyMuPDF without its add-ons.

    PyMuPDF 2.0 imports ``pymupdf.layout`` (an ONNX layout model with numpy) and ``pymupdf4llm``
    (Markdown export) whenever they are installed, and they come as its dependencies: about 0.5 s,
    a third of a one-paper ``verifier ingest``. This parser reads MuPDF's own text page and calls
    neither, so the first import of PyMuPDF here goes without them (PyMuPDF catches the
    ImportError, as where they are not installed; its ``to_markdown`` then says they are not
    available). A later ``import pymupdf.layout`` or ``import pymupdf4llm`` still works.
    """
    if "pymupdf" in sys.modules:
        return sys.modules["pymupdf"]
    blocked = [name for name in _ADD_ONS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        import pymupdf
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return pymupdf


# ---------------------------------------------------------------- refusing bad input


def _check_bytes(data: bytes, subject: str, max_bytes: int) -> None:
    if not data:
        raise NotAPdf("the file is empty (0 bytes)", subject=subject, hint="check the download or the path")
    if len(data) > max_bytes:
        raise DocumentTooLarge(
            f"the file is {len(data) / 2**20:.1f} MiB, over the limit of {max_bytes / 2**20:.1f} MiB",
            subject=subject,
            hint="split the document or raise max_bytes",
        )
    if b"%PDF-" not in data[:1024]:
        head = data[:64].lstrip().lower()
        what = "HTML" if head.startswith((b"<!doctype html", b"<html")) else "not a PDF"
        raise NotAPdf(
            f"the file does not start with a PDF header (%PDF-); it looks like {what}",
            subject=subject,
            hint="download the PDF itself, not the page that links to it",
        )


def _open(pymupdf, data: bytes, subject: str, max_pages: int):
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # MuPDF raises FileDataError, RuntimeError, ... for broken files
        raise CorruptPdf(
            f"PyMuPDF cannot open the file: {exc}", subject=subject, hint="download it again or re-save it from a viewer"
        ) from exc
    if doc.needs_pass:
        doc.close()
        raise EncryptedPdf(
            "the PDF is protected by a password", subject=subject, hint="remove the password and ingest an unprotected copy"
        )
    if doc.page_count == 0:
        doc.close()
        raise CorruptPdf(
            "no page could be recovered from the file (it is damaged or truncated)",
            subject=subject,
            hint="download it again",
        )
    if doc.page_count > max_pages:
        n = doc.page_count
        doc.close()
        raise DocumentTooLarge(
            f"the PDF has {n} pages, over the limit of {max_pages}",
            subject=subject,
            hint="split the document or raise max_pages",
        )
    return doc


def _check_damage(doc, data: bytes, subject: str, warnings: str) -> None:
    lost = [w for w in warnings.splitlines() if any(k in w.lower() for k in _LOSS)]
    if lost:
        shown = "; ".join(dict.fromkeys(lost[:4]))
        raise CorruptPdf(
            f"the PDF is damaged: MuPDF lost content while reading it ({shown})",
            subject=subject,
            hint="download it again or re-save it from a viewer",
        )
    if doc.is_repaired and b"%%EOF" not in data[-2048:]:
        raise CorruptPdf(
            f"the PDF is truncated: it has no end-of-file marker and its cross-reference table is missing "
            f"({doc.page_count} pages recovered from {len(data)} bytes)",
            subject=subject,
            hint="download it again; the copy is incomplete",
        )


def _check_text_layer(doc, pages: list[list[Block]], subject: str) -> None:
    chars = sum(len(ln.text.strip()) for blocks in pages for b in blocks for ln in b.lines if ln.horizontal)
    if chars:
        return
    images = sum(len(page.get_images()) for page in doc)
    raise NoTextLayer(
        f"the PDF has no text layer ({doc.page_count} pages, {images} images, no extractable text): "
        "it is a scan or image-only",
        subject=subject,
        hint="run OCR first, for example ocrmypdf in.pdf out.pdf, and ingest the result",
    )


# ---------------------------------------------------------------- reading pages


def _read_pages(pymupdf, doc, subject: str):
    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    fonts: dict[str, bool] = {}
    native = True
    pages: list[list[Block]] = []
    geoms: list[PageGeom] = []
    drafts: list[Table] = []
    for page in doc:
        pno = page.number + 1
        try:
            textpage = page.get_textpage(flags=flags)
            blocks = _blocks_native(pymupdf, textpage, pno, fonts) if native else None
            if blocks is None:
                native = False
                blocks = _blocks(textpage.extractDICT(), pno, fonts)
            captions = [b for b in blocks
                        if b.lines[0].text.lstrip().startswith("Table") and CAPTION.match(first_line(b))]
            if captions:
                found = tables.tables_on_page(page, textpage, pno, [(b.text, b.bbox) for b in captions])
                _mark_table_text(blocks, found, captions)
                drafts += found
        except Exception as exc:
            if isinstance(exc, (ValueError, TypeError, KeyError, IndexError, AttributeError)):
                raise  # our own bug: do not disguise it as a damaged file
            raise CorruptPdf(
                f"page {pno} cannot be read: {exc}", subject=subject, hint="download it again or re-save it from a viewer"
            ) from exc
        pages.append(blocks)
        geoms.append(PageGeom(page.rect.width, page.rect.height))
    return pages, geoms, drafts


def _blocks_native(pymupdf, textpage, pno: int, fonts: dict[str, bool]) -> list[Block] | None:
    """Lines through MuPDF's own JSON writer: about 6x faster than ``extractDICT``.

    It gives one font per line (its first character's), which is all the layout rules need.
    Returns None where the low-level binding is missing (older PyMuPDF): the caller then
    falls back to ``extractDICT``.
    """
    try:
        m = pymupdf.mupdf
        buf = m.FzBuffer(8192)
        out = m.FzOutput(buf)
        m.fz_print_stext_page_as_json(out, textpage.this, 100.0)
        out.fz_close_output()
        d = json.loads(buf.fz_buffer_extract())
    except (AttributeError, TypeError, ValueError):
        return None
    blocks: list[Block] = []
    for b in d.get("blocks", ()):
        if b.get("type") != "text":
            continue
        lines: list[Line] = []
        for ln in b["lines"]:
            text = ln["text"]
            if not text.strip():
                continue
            bb, font = ln["bbox"], ln["font"]
            name = font["name"]
            is_math = fonts.get(name)
            if is_math is None:
                is_math = fonts[name] = bool(_MATH_FONT.search(name))
            x0, y0, w, h = bb["x"] / 100, bb["y"] / 100, bb["w"] / 100, bb["h"] / 100
            bold = font["weight"] == "bold" or "Bold" in name
            flat = not ln.get("wmode") and not (h > 2 * w and len(text.strip()) > 3)
            lines.append(Line(text, (x0, y0, x0 + w, y0 + h), round(font["size"] / 100, 1), bold, float(is_math), flat))
        if lines:
            blocks += _split_heading(pno, lines)
    return blocks


def _blocks(d: dict, pno: int, fonts: dict[str, bool]) -> list[Block]:
    out: list[Block] = []
    for b in d["blocks"]:
        if b["type"] != 0:
            continue
        lines: list[Line] = []
        for ln in b["lines"]:
            spans = ln["spans"]
            if len(spans) == 1:  # the common case, kept cheap
                s = spans[0]
                text, font = s["text"], s["font"]
                if not text.strip():
                    continue
                is_math = fonts.get(font)
                if is_math is None:
                    is_math = fonts[font] = bool(_MATH_FONT.search(font))
                size, bold, math = s["size"], bool(s["flags"] & 16 or "Bold" in font), float(is_math)
            else:
                text = "".join(s["text"] for s in spans)
                if not text.strip():
                    continue
                size, bold, math = _span_style(spans, fonts, len(text))
            dx, dy = ln["dir"]
            lines.append(Line(text, tuple(ln["bbox"]), round(size, 1), bold, math, abs(dy) < 0.05 and dx > 0))
        if lines:
            out += _split_heading(pno, lines)
    return out


def _span_style(spans: list[dict], fonts: dict[str, bool], n: int) -> tuple[float, bool, float]:
    """(size of the span holding most characters, all spans bold, share of math-font characters)."""
    best, most, bold, math = 0.0, -1, True, 0
    for s in spans:
        t, font = s["text"], s["font"]
        k = len(t)
        if not k:
            continue
        if k > most:
            best, most = s["size"], k
        is_math = fonts.get(font)
        if is_math is None:
            is_math = fonts[font] = bool(_MATH_FONT.search(font))
        if is_math:
            math += k
        if bold and not (s["flags"] & 16 or "Bold" in font) and t.strip():
            bold = False
    return best, bold, math / n


def _split_heading(pno: int, lines: list[Line]) -> list[Block]:
    """MuPDF sometimes puts a bold heading and its paragraph in one block: split them."""
    parts = [lines]
    if len(lines) >= 2 and lines[0].bold and not lines[-1].bold and len(lines[0].text.strip()) < 70:
        k = 1 if not lines[1].bold else 2
        if k < len(lines):
            parts = [lines[:k], lines[k:]]
    parts = [piece for part in parts for piece in _split_captions(part)]
    blocks = []
    for part in parts:
        size = max(part, key=lambda ln: len(ln.text)).size
        blocks.append(Block(pno, part, union(ln.bbox for ln in part), size))
    return blocks


def _split_captions(lines: list[Line]) -> list[list[Line]]:
    """MuPDF also runs a caption set close below a paragraph or an equation into its block: a line that
    opens with "Figure 5." or "Table 2:" (the label may be pieces on its line) after a line that ends
    a sentence or a formula starts a block of its own."""
    cuts = []
    for k in range(1, len(lines)):
        if same_line(lines[k], lines[k - 1]):
            continue  # a piece of the line before
        before = lines[k - 1].text.rstrip()
        if CAPTION.match(line_text(lines, k)) and (before.endswith((".", ":", ")")) or lines[k - 1].math > 0.5):
            cuts.append(k)
    if not cuts:
        return [lines]
    edges = [0, *cuts, len(lines)]
    return [lines[i:j] for i, j in zip(edges, edges[1:])]


def _mark_table_text(blocks: list[Block], found: list[Table], captions: list[Block]) -> None:
    """Text inside a recovered table is kept, as kind ``other``, so it is not read as body text."""
    caps = {id(b) for b in captions}
    for t in found:
        x0, y0, x1, y1 = t.bbox
        for b in blocks:
            if id(b) in caps or b.kind is not None:
                continue
            cx, cy = (b.bbox[0] + b.bbox[2]) / 2, (b.bbox[1] + b.bbox[3]) / 2
            if x0 - 2 <= cx <= x1 + 2 and y0 - 2 <= cy <= y1 + 2:
                b.kind = PassageKind.other


# ---------------------------------------------------------------- passages


def _body_size(pages: list[list[Block]]) -> float:
    sizes: Counter[float] = Counter()
    for blocks in pages:
        for b in blocks:
            for ln in b.lines:
                sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _passages(pages: list[list[Block]], geoms: list[PageGeom]) -> list[Passage]:
    body = _body_size(pages)
    mark_margins(pages, geoms, body)
    styles = heading_styles(pages, body)
    ordered = []
    for blocks in pages:
        if blocks:
            width = max(b.bbox[2] for b in blocks) - min(b.bbox[0] for b in blocks)
            mark_figures(blocks, body, width, styles)
        ordered.append(order_page(blocks, body))
    units = classify(ordered, geoms, body, styles)
    vocabulary = Vocabulary(ln.text for u in units for ln in u.lines)
    passages: list[Passage] = []
    section: str | None = None
    for u in units:
        raw_lines = [ln.text for ln in u.lines]
        text, offsets, spans = normalise_lines(raw_lines, vocabulary)
        if not text:
            continue
        if u.kind is PassageKind.heading:
            section = text
        sec = "Abstract" if u.kind is PassageKind.abstract and section is None else section
        # dicts: pydantic validates them into LineSpans in one pass
        line_spans: Any = [{"bbox": ln.bbox, "start": s, "end": e} for ln, (s, e) in zip(u.lines, spans)]
        passages.append(
            Passage(
                index=len(passages),
                page=u.page,
                kind=u.kind,
                section=sec,
                text=text,
                raw_text="\n".join(raw_lines),
                offsets=offsets,
                bbox=union(ln.bbox for ln in u.lines),
                lines=line_spans,
                column=u.column,
            )
        )
    return passages


def _meta(meta_title: str, passages: list[Passage]) -> DocumentMeta:
    title = " ".join(p.text for p in passages if p.kind is PassageKind.title) or None
    clean = " ".join(meta_title.split())
    if len(clean.split()) >= 3 and not clean.lower().endswith((".dvi", ".tex", ".doc", ".docx", ".pdf")):
        title = clean
    abstract = " ".join(p.text for p in passages if p.kind is PassageKind.abstract) or None
    return DocumentMeta(title=title, abstract=abstract)
