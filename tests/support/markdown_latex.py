"""PDFs of the corpus's Markdown papers (AWQ, SmoothQuant, LLM.int8()), typeset with pdflatex.

The corpus has their full texts only as Markdown (../shared/corpus/*/paper.md). Typesetting the
same text in one column and in two gives two PDFs of one known text: a test can ask that parsing
and extraction read both the same, on three more papers' worth of real sentences, line-end
hyphens, column and page breaks than the one paper with a LaTeX source. The conversion keeps the
text and its inline and displayed math; figures and table images are dropped (their captions
stay, as paragraphs), links keep their text, and the few non-ASCII characters become LaTeX.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

# (class options, geometry): each breaks lines, columns and pages elsewhere
LAYOUTS = {
    "12pt-one-column": ("12pt", "margin=1.1in"),
    "10pt-two-columns": ("10pt,twocolumn", "margin=.75in,columnsep=.3in"),
    "11pt-two-columns": ("11pt,twocolumn", "margin=.6in,columnsep=.2in"),
    "11pt-two-wide-columns": ("11pt,twocolumn", "margin=.9in,columnsep=.35in"),
    "10pt-a4-two-columns": ("10pt,twocolumn,a4paper", "margin=1in,columnsep=.25in"),
}

_CHARS = {
    "\u2019": "'", "\u2018": "`", "\u201c": "``", "\u201d": "''", "\u2026": r"\dots{}", "\u2013": "--",
    "\u2014": "---", "\u00f6": r"\"o", "\u2023": r"\textbullet{}", "\u2020": r"\dag{}", "\u2021": r"\ddag{}",
    "\u00a7": r"\S{}", "\u00b6": r"\P{}", "\u00a0": "~", "\u2004": " ",
}  # fmt: skip
_SPECIAL = {"%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
            "^": r"\textasciicircum{}", "\\": r"\textbackslash{}", "<": r"\textless{}", ">": r"\textgreater{}"}
_SKIP = re.compile(r"^\s*(?:</?[a-z][^>]*>.*|!\[[^\]]*\]\([^)]*\)|\[\+\d+\]|>\s.*)\s*$")  # HTML, images, quotes
_HEADING = re.compile(r"^(#{1,4})\s+(.*)$")
_MATH = re.compile(r"(\$[^$]+\$)")
_CAPTION = re.compile(r"^\*\*(?:Table|Figure) \d+\.\*\*")


def _text(s: str) -> str:
    """Markdown inline text (no math) as LaTeX: links as their text, emphasis, escapes."""
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)  # [text](url): the text
    s = re.sub(r"</?[a-z][^>]*>", "", s)  # inline HTML: <span class="...">(a)</span> is "(a)"
    # a backslash-escaped character ("3\\. Outliers", "\\*") is that character, never markup: held aside
    s = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: f"\0{ord(m.group(1))}\0", s)
    out = []
    for ch in s:
        if ch in _CHARS:
            out.append(_CHARS[ch])
        elif ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif ord(ch) > 127:
            raise ValueError(f"no LaTeX for {ch!r} (U+{ord(ch):04X}): add it to tests/support/markdown_latex.py")
        else:
            out.append(ch)
    s = "".join(out)
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\\emph{\1}", s)
    s = s.replace("*", r"\textasteriskcentered{}")
    return re.sub(r"\0(\d+)\0", lambda m: _SPECIAL.get(chr(int(m.group(1))), chr(int(m.group(1)))), s)


def _inline(line: str) -> str:
    """A line with inline math ``$...$`` kept as math and the rest as text."""
    return "".join(part if _MATH.fullmatch(part) else _text(part) for part in _MATH.split(line))


def markdown_tex(markdown: str, layout: str) -> str:
    """The LaTeX document of ``markdown`` in ``layout`` (:data:`LAYOUTS`)."""
    options, geometry = LAYOUTS[layout]
    front = re.match(r"\A---\n(.*?)\n---\n", markdown, flags=re.DOTALL)
    title = re.search(r"^title:\s*'?([^'\n]+)'?\s*$", front.group(1), re.MULTILINE) if front else None
    text = markdown[front.end():] if front else markdown
    body: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.strip() == "$$":  # a displayed equation, to the closing $$
            inner = []
            while i < len(lines) and lines[i].strip() != "$$":
                inner.append(lines[i])
                i += 1
            i += 1
            body.append("\\[\n" + "\n".join(inner).strip() + "\n\\]")
            continue
        if not line.strip() or _SKIP.match(line):
            body.append("")
            continue
        m = _HEADING.match(line)
        if m:
            level = {1: "section", 2: "section", 3: "subsection", 4: "subsubsection"}[len(m.group(1))]
            body.append(f"\\{level}*{{{_inline(m.group(2).strip())}}}")
            continue
        if _CAPTION.match(line):  # set apart like a float's caption, which the dropped image would have headed
            # in a box, as a float's caption is: never broken across a page or a column
            body.append("\\par\\medskip\\noindent\\parbox{\\linewidth}{" + _inline(line) + "}\\par\\medskip")
            continue
        body.append(_inline(line.lstrip("-* ") if re.match(r"^\s*[-*]\s", line) else line))
    document = "\n".join(body)
    return (
        f"\\documentclass[{options}]{{article}}\n"
        f"\\usepackage[{geometry}]{{geometry}}\n"
        "\\usepackage{amsmath,amssymb}\n"
        "\\begin{document}\n"
        + (f"\\twocolumn[{{\\centering\\LARGE\\bfseries {_text(title.group(1))}\\par\\bigskip}}]\n"
           if title and "twocolumn" in options else
           f"{{\\centering\\LARGE\\bfseries {_text(title.group(1))}\\par\\bigskip}}\n" if title else "")
        + document + "\n\\end{document}\n"
    )


def build_markdown(paper_md: Path, out_dir: Path, layout: str) -> bytes:
    """The PDF of ``paper_md`` in ``layout``, built with pdflatex in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "paper.tex").write_text(markdown_tex(paper_md.read_text(), layout))
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper.tex"]
    done = subprocess.run(latex, cwd=out_dir, capture_output=True, text=True, errors="replace", timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"pdflatex failed on {paper_md}:\n{done.stdout[-3000:]}")
    return (out_dir / "paper.pdf").read_bytes()
