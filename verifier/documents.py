"""Typed values for a parsed source document: passages, lines, tables and their cells.

These are the contract between the PDF / Markdown parsers (``verifier.pdf``,
``verifier.tables``), claim extraction (``verifier.extract``) and storage (``claims_db``).
Coordinates are PDF points in PyMuPDF's page space (origin top-left); pages are 1-based.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

BBox = tuple[float, float, float, float]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PassageKind(str, Enum):
    body = "body"
    heading = "heading"
    caption = "caption"
    abstract = "abstract"
    footnote = "footnote"
    reference = "reference"  # an entry of the bibliography
    title = "title"
    other = "other"  # page headers/footers, figure text, equations


class LineSpan(Frozen):
    """One visual line of a passage: where it stands and which characters of the passage it holds."""

    bbox: BBox
    start: int  # offset into Passage.text (normalised)
    end: int


class Passage(Frozen):
    """A block of text in reading order.

    ``text`` is normalised (ligatures expanded, hyphenation at line ends joined, whitespace
    collapsed, lines joined with spaces). ``raw_text`` is the text as PyMuPDF gave it, lines
    joined with "\n". ``offsets[i]`` is the index in ``raw_text`` of the character that
    produced ``text[i]``; ``offsets`` has ``len(text) + 1`` entries, the last one is
    ``len(raw_text)``. So any span of ``text`` maps back to the original characters.
    """

    index: int  # order in the document, 0-based, reading order
    page: int  # 1-based
    kind: PassageKind = PassageKind.body
    section: str | None = None  # the heading this passage stands under, e.g. "4.1 Results"
    text: str
    raw_text: str
    offsets: list[int]
    bbox: BBox
    lines: list[LineSpan] = Field(default_factory=list)
    column: int = 0  # 0 for single-column or full-width blocks, 1/2 for left/right column

    @model_validator(mode="after")
    def _offsets_cover_text(self) -> "Passage":
        if len(self.offsets) != len(self.text) + 1:
            raise ValueError(
                f"passage {self.index}: offsets has {len(self.offsets)} entries, "
                f"text has {len(self.text)} characters (need len(text)+1)"
            )
        return self

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``raw_text`` that produced ``text[start:end]``."""
        if not (0 <= start <= end <= len(self.text)):
            raise ValueError(f"span {start}:{end} outside passage of {len(self.text)} characters")
        return self.offsets[start], self.offsets[end] if end < len(self.text) else len(self.raw_text)


class TableCell(Frozen):
    row: int  # 0-based
    col: int  # 0-based
    text: str  # normalised like Passage.text
    bbox: BBox
    row_span: int = 1
    col_span: int = 1


class Table(Frozen):
    """A table recovered from a page: cells with bboxes, which rows are headers, its caption."""

    index: int  # order in the document, 0-based
    page: int
    label: str | None = None  # "Table 3"
    caption: str | None = None
    bbox: BBox
    n_rows: int
    n_cols: int
    header_rows: int = 1  # how many top rows are column headers
    header_cols: int = 1  # how many left columns are row headers
    cells: list[TableCell]
    method: Literal["ruled", "words", "markdown", "latex"] = "ruled"
    section: str | None = None

    def cell(self, row: int, col: int) -> TableCell | None:
        for c in self.cells:
            if c.row == row and c.col == col:
                return c
        return None

    def grid(self) -> list[list[str]]:
        """Rows of cell texts ("" where no cell)."""
        g = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text
        return g


class DocumentMeta(Frozen):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    abstract: str | None = None
    arxiv_id: str | None = None  # without version, e.g. "2306.03805"
    arxiv_version: int | None = None
    published: str | None = None  # ISO date
    licence: str | None = None
    url: str | None = None


SOURCE_FORMS = {"application/pdf": "PDF", "text/markdown": "Markdown", "application/x-tex": "LaTeX source"}


def text_form(media_type: str | None) -> str | None:
    """"Markdown" or "LaTeX source" for a text source (its anchors are line numbers), None for a PDF."""
    form = SOURCE_FORMS.get(media_type or "")
    return None if form in (None, "PDF") else form


class ParsedDocument(Frozen):
    """Everything a parser recovered from one source file."""

    sha256: str
    media_type: Literal["application/pdf", "text/markdown", "application/x-tex", "text/plain"]
    n_pages: int
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    passages: list[Passage]
    tables: list[Table] = Field(default_factory=list)
    parser_version: str

    def page_text(self, page: int) -> str:
        """Normalised text of one page: its passages joined with newlines, in reading order."""
        return "\n".join(p.text for p in self.passages if p.page == page)
