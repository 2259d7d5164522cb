"""Shared helpers for the PDF tests: where the real papers are, LaTeX-to-text, small generated PDFs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
TERNARY = CORPUS / "natural-sparsity-ternary-llms"
INT8 = CORPUS / "llm-int8"
BAD = REPO / "tests" / "data" / "bad_inputs"


def need(path: Path) -> Path:
    """``path``, or skip the test with a reason when the shared corpus is not beside the repository."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the real-paper corpus lives in ../shared/corpus beside the repository")
    return path


def latex_text(src: str) -> str:
    """The text a LaTeX fragment prints, normalised like ``Passage.text`` (enough for the corpus paper)."""
    s = re.sub(r"(?<!\\)%.*", "", src)
    s = re.sub(r"\$([^$]*)\$", lambda m: _math(m.group(1)), s)
    s = re.sub(r"\\(?:textbf|emph|textit|texttt|mathrm|text)\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\\(?:cite|ref|label)\{[^{}]*\}", "", s)
    s = s.replace("\\,", " ").replace("~", " ").replace("\\%", "%").replace("\\_", "_").replace("\\&", "&")
    s = s.replace("---", "\u2014").replace("--", "\u2013").replace("``", '"').replace("''", '"')
    return " ".join(s.split())


def _math(m: str) -> str:
    m = m.replace("\\{", "{").replace("\\}", "}").replace("\\%", "%").replace("\\geq", "≥").replace("\\leq", "≤")
    m = re.sub(r"\\mathrm\{([^{}]*)\}", r"\1", m)
    m = re.sub(r"\s*,\s*", ", ", m)
    m = re.sub(r"\s*=\s*", " = ", m)
    return m.strip()


def tabulars(tex: str) -> list[list[list[tuple[str, int]]]]:
    """Every ``tabular`` of a .tex file: rows of (cell text, column span); rules dropped."""
    out = []
    for body in re.findall(r"\\begin\{tabular\}\{[^}]*\}(.*?)\\end\{tabular\}", tex, re.DOTALL):
        rows = []
        for raw in body.split("\\\\"):
            raw = re.sub(r"\\(toprule|midrule|bottomrule|hline)|\\cmidrule(\([^)]*\))?\{[^}]*\}", "", raw).strip()
            if not raw:
                continue
            cells = []
            for cell in raw.split("&"):
                m = re.match(r"\s*\\multicolumn\{(\d+)\}\{[^}]*\}\{(.*)\}\s*$", cell, re.DOTALL)
                span, text = (int(m.group(1)), m.group(2)) if m else (1, cell)
                cells.append((latex_text(text), span))
            rows.append(cells)
        out.append(rows)
    return out


def make_pdf(draw) -> bytes:
    """A one-page letter-size PDF drawn by ``draw(page)``."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    draw(page)
    data = doc.tobytes()
    doc.close()
    return data


def write_lines(page, x: float, y: float, lines: list[str], size: float = 10, leading: float = 12, bold=False) -> None:
    """Place ``lines`` one under the other, exactly as given (so line ends are under the test's control)."""
    import pymupdf

    font = pymupdf.Font("tibo" if bold else "tiro")
    tw = pymupdf.TextWriter(page.rect)
    for i, line in enumerate(lines):
        tw.append((x, y + i * leading), line, font=font, fontsize=size)
    tw.write_text(page)
