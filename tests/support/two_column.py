"""A two-column PDF of a corpus paper, built from its LaTeX source with pdflatex.

The corpus PDFs are one-column; two-column papers break a column mid-sentence about twice a page,
hyphenate more often (narrow lines) and stack full-width floats. Building the same source in two
columns gives a paper whose every claim is known (the one-column PDF's), so a test can ask that
parsing and extraction read both the same. The source is changed only as far as the build needs:
``twocolumn``, full-width tables (``table*``), and boxes in place of the figures whose files
the corpus does not ship (a TikZ diagram, a plot).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REWRITES = (
    (r"\documentclass[11pt]{article}", r"\documentclass[10pt,twocolumn]{article}"),
    (r"\usepackage[margin=.85in]{geometry}", r"\usepackage[margin=.75in,columnsep=.3in]{geometry}"),
    (r"\usepackage{placeins}", r"\newcommand{\FloatBarrier}{}"),
    (r"\usepackage{tikz}", ""),
    (r"\usetikzlibrary{arrows.meta,calc,positioning}", ""),
    (r"\resizebox{\linewidth}{!}{\input{figures/architecture_overview.tex}}",
     r"\fbox{\parbox{.9\linewidth}{\centering (diagram)}}"),
    (r"\includegraphics[width=\linewidth]{figures/breakeven.pdf}", r"\fbox{\parbox{.9\linewidth}{\centering (plot)}}"),
    (r"\begin{table}", r"\begin{table*}"),
    (r"\end{table}", r"\end{table*}"),
)


def have_latex() -> bool:
    return shutil.which("pdflatex") is not None and shutil.which("bibtex") is not None


def need_source_and_latex(source: Path) -> None:
    """Skip a test that typesets ``source`` where the corpus is absent or pdflatex is not installed;
    under CI (``CI`` set) a missing pdflatex fails it instead: CI must run the layout tests."""
    if not source.is_file():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    if not have_latex():
        reason = "pdflatex and bibtex are not installed (.ci/latex.sh installs them)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the layout tests", pytrace=False)
        pytest.skip(reason)


def two_column_tex(source: str) -> str:
    """``source`` rewritten for a two-column build; each rewrite must apply (a changed source fails loudly)."""
    for old, new in REWRITES:
        if old not in source:
            raise ValueError(f"the source no longer holds {old!r}: update tests/support/two_column.py")
        source = source.replace(old, new)
    return source


# other settings of the same source: (class options, geometry), each breaking lines and pages elsewhere
LAYOUTS = {
    "10pt-two-columns": ("10pt,twocolumn", "margin=.75in,columnsep=.3in"),
    "11pt-two-columns": ("11pt,twocolumn", "margin=.6in,columnsep=.2in"),
    "12pt-one-column": ("12pt", "margin=1.2in"),
}


def build_two_column(paper_dir: Path, out_dir: Path, layout: str = "10pt-two-columns") -> bytes:
    """The PDF of ``paper_dir/paper.tex`` (with its ``references.bib``) in ``layout`` (:data:`LAYOUTS`),
    built in ``out_dir``."""
    options, geometry = LAYOUTS[layout]
    tex = two_column_tex((paper_dir / "paper.tex").read_text())
    tex = tex.replace(r"\documentclass[10pt,twocolumn]{article}", rf"\documentclass[{options}]{{article}}")
    tex = tex.replace(r"\usepackage[margin=.75in,columnsep=.3in]{geometry}", rf"\usepackage[{geometry}]{{geometry}}")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "paper.tex").write_text(tex)
    shutil.copy(paper_dir / "references.bib", out_dir / "references.bib")
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper.tex"]
    for command in (latex, ["bibtex", "paper"], latex, latex):
        done = subprocess.run(command, cwd=out_dir, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}")
    return (out_dir / "paper.pdf").read_bytes()
