"""arXiv e-prints: tar.gz and single-file sources flattened to one LaTeX file; PDF-only and bad archives."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest

from verifier.eprint import MAX_MEMBER, flatten_eprint
from verifier.errors import NotLatex
from verifier.latex import parse_latex

MAIN = r"""\documentclass{article}
\title{Pruning at Scale}
\begin{document}
\maketitle
\input{sections/intro}
% \input{sections/unused}
\include{results.tex}
\input{figures/missing}
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
"""
INTRO = "\\section{Introduction}\nWanda prunes 50\\% of LLaMA-7B's weights \\cite{sun2023}.\n"
RESULTS = ("\\section{Results}\n\\begin{table}\\caption{Perplexity.}\\begin{tabular}{lc}\\toprule Method & PPL \\\\ "
           "\\midrule Wanda & 7.26 \\\\ \\bottomrule\\end{tabular}\\end{table}\n")
BBL = ("\\begin{thebibliography}{1}\n\\bibitem{sun2023} M. Sun et al. A simple and effective pruning approach "
       "for large language models. arXiv:2306.11695, 2023.\n\\end{thebibliography}\n")


def tar_gz(files: dict[str, bytes | str], *, extra: list[tarfile.TarInfo] = ()) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            data = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra:
            tar.addfile(info)
    return gzip.compress(buf.getvalue())


def test_a_tar_gz_eprint_is_flattened_with_its_inputs_and_bibliography():
    eprint = tar_gz({"ms.tex": MAIN, "sections/intro.tex": INTRO, "results.tex": RESULTS, "ms.bbl": BBL,
                     "figures/plot.pdf": b"%PDF-1.5 not read", "old/draft.tex": "\\documentclass{article}\nold"})
    tex = flatten_eprint(eprint, subject="arXiv:2306.11695v1 e-print").decode()
    assert tex.startswith("% arXiv:2306.11695v1 e-print: main file ms.tex; not found: figures/missing\n")
    assert "Wanda prunes 50\\%" in tex and "\\section{Results}" in tex and "\\bibitem{sun2023}" in tex
    assert "% \\input{sections/unused}" in tex  # a commented command stays as it was
    doc = parse_latex(tex.encode(), name="flat.tex")
    assert doc.meta.title == "Pruning at Scale"
    assert [p.text for p in doc.passages if p.kind.value == "heading"] == ["1 Introduction", "2 Results"]
    (table,) = doc.tables
    assert table.grid() == [["Method", "PPL"], ["Wanda", "7.26"]] and table.label == "Table 1"
    refs = [p.text for p in doc.passages if p.kind.value == "reference"]
    assert len(refs) == 1 and "arXiv:2306.11695" in refs[0]


def test_single_file_latin1_and_recursive_inputs():
    single = gzip.compress("\\documentclass{article}\\begin{document}\\section{R\u00e9sum\u00e9}\nText.\n"
                           "\\end{document}".encode("latin-1"))
    tex = flatten_eprint(single).decode()
    assert "R\u00e9sum\u00e9" in tex
    loop = tar_gz({"main.tex": "\\documentclass{article}\\begin{document}\\input{a}\\end{document}",
                   "a.tex": "A says \\input{b}.", "b.tex": "B says \\input{a}."})
    flat = flatten_eprint(loop).decode()
    assert "A says B says \\input{a}.." in flat  # a file is never read inside itself


def test_pdf_only_eprint_gives_none():
    assert flatten_eprint(b"%PDF-1.7\n%...") is None
    assert flatten_eprint(gzip.compress(b"%PDF-1.7\n%...")) is None


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda: b"\x1f\x8b\x08\x00garbage", "gzip"),
        (lambda: tar_gz({"notes.txt": "hello", "a.tex": "no class here"}), "no LaTeX main file"),
        (lambda: gzip.compress(b"just some words"), "neither a tar archive"),
        (lambda: tar_gz({}, extra=[_big_member()]), "over"),
    ],
)
def test_bad_eprints_are_refused(make, words):
    with pytest.raises(NotLatex) as exc:
        flatten_eprint(make(), subject="arXiv:1234.5678v1 e-print")
    assert words.lower() in str(exc.value).lower() and exc.value.subject == "arXiv:1234.5678v1 e-print"


def _big_member() -> tarfile.TarInfo:
    info = tarfile.TarInfo("huge.tex")
    info.size = MAX_MEMBER + 1  # the header alone: the size is refused before anything is read
    return info
