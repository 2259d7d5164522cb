"""LaTeX sources: passages, sections, references, tables, offsets back to the source, errors.

The corpus paper comes as both ``paper.tex`` and the ``paper.pdf`` built from it, so the two
parsers check each other: the same tables cell for cell, and mostly the same claims.
"""

from __future__ import annotations

import re

import pytest

from tests.support.passages import find
from tests.support.pdfs import TERNARY, need, tabulars
from verifier.documents import PassageKind
from verifier.errors import DocumentError, NotLatex
from verifier.latex import PARSER_VERSION, looks_like_latex, parse_latex


@pytest.fixture(scope="module")
def tex():
    return parse_latex(need(TERNARY / "paper.tex").read_bytes(), name="paper.tex")


def _squash(s: str) -> str:
    # LaTeX draws \_ as a rule in OT1 fonts (no underscore in the PDF); math \mu is the micro sign there
    return "".join(s.replace("_", " ").split()).replace("\u2212", "-").replace("\u03bc", "\u00b5").replace("^", "")


def doc_of(body: str, preamble: str = ""):
    src = "\\documentclass{article}\n" + preamble + "\\begin{document}\n" + body + "\n\\end{document}\n"
    return parse_latex(src.encode(), name="t.tex")


# -- the real corpus ------------------------------------------------------------------------


def test_corpus_title_authors_abstract_and_numbered_sections(tex):
    assert tex.media_type == "application/x-tex" and tex.parser_version == PARSER_VERSION and tex.n_pages == 1
    assert tex.meta.title == ("Natural-Sparsity Acceleration for Ternary LLMs When Does a Compressed, "
                              "Zero-Aware Matrix\u2013Vector Engine Beat Five-Trit Packing?")
    assert tex.meta.authors == ["Jacob Zymet"]
    assert tex.meta.abstract.startswith("Ternary large language models encode quantized weight symbols")
    assert "9\u201314% shorter minimum clock periods" in tex.meta.abstract
    headings = [p.text for p in tex.passages if p.kind is PassageKind.heading]
    assert headings[:3] == ["1 Introduction", "2 Related work", "2.1 Ternary accelerator ASICs"]
    assert "6.6 Model-wide ternary-projection estimate on real checkpoints" in headings
    assert headings[-1] == "Reproducibility"  # \section* is not numbered
    p, _ = find(tex, "The bitmap/sign engines have a shallower front end")
    assert p.section == "6.2 Matched clock period and area" and p.kind is PassageKind.body


def test_corpus_text_reads_as_printed(tex):
    """References resolve to the printed numbers, citations go with their space, markup to its text."""
    find(tex, "Figure 1 summarizes the matched datapaths.")  # Figure~\ref{fig:architecture-overview}
    find(tex, "bitmap/sign engines of Section 3 share the same five-position width")  # \\ref{sec:arch}
    find(tex, "on conventional processors. For batch-1 decoding")  # "processors \cite{...}." -> "processors."
    find(tex, "Architecture A (two byte streams). Each stream is byte-wide.")  # \textbf{...}
    find(tex, "checkpoint of microsoft/bitnet-b1.58-2B-4T")  # \texttt{...}
    # display math reads inside its sentence
    find(tex, "(1.625 bits per weight) at z>0.375. For continuous five-trit packing")
    for p in tex.passages:
        assert "\\" not in p.text and "{" not in p.text.replace("{-", ""), p.text
        assert "--" not in p.text and "~" not in p.text, p.text


def test_every_corpus_passage_maps_back_to_its_source(tex):
    text = need(TERNARY / "paper.tex").read_text()
    lines = text.split("\n")
    for p in tex.passages:
        assert len(p.offsets) == len(p.text) + 1 and p.offsets[-1] == len(p.raw_text)
        assert p.raw_text in text
        for i, ch in enumerate(p.text):
            if ch.isascii() and ch.isalnum():  # printed by a command ("\\ref", "\\section"): points at it
                assert p.raw_text[p.offsets[i]] in (ch, "\\"), (p.index, i, p.text[max(0, i - 20): i + 20])
        first, last = int(p.bbox[1]), int(p.bbox[3])
        assert p.raw_text.split("\n")[0].strip() in lines[first - 1]
        assert first <= last <= len(lines)
        for span in p.lines:  # each line span's text comes from the source line it names
            for word in re.finditer(r"[A-Za-z]{4,}", p.text[span.start: span.end]):
                if p.raw_text[p.offsets[span.start + word.start()]] != "\\":  # not printed by a command
                    assert word.group(0) in lines[int(span.bbox[1]) - 1]
                    break


def test_corpus_tables_equal_the_tabulars_and_the_pdf_tables(tex):
    from verifier.pdf import parse_pdf

    truth = tabulars(need(TERNARY / "paper.tex").read_text())
    assert [t.label for t in tex.tables] == ["Table 1", "Table 2", "Table 3"]
    for rows, table in zip(truth, tex.tables):
        assert table.method == "latex" and table.n_rows == len(rows) and table.header_rows == 1
        for r, cells in enumerate(rows):
            col = 0
            for text, span in cells:
                got = table.cell(r, col)
                if text:
                    assert got is not None and _squash(got.text) == _squash(text), (table.label, r, col)
                    assert got.col_span == span
                col += span
    pdf = parse_pdf(need(TERNARY / "paper.pdf").read_bytes(), name="paper.pdf")
    for a, b in zip(tex.tables, pdf.tables):
        assert (a.label, a.n_rows, a.n_cols, a.header_rows, a.header_cols, a.section) == (
            b.label, b.n_rows, b.n_cols, b.header_rows, b.header_cols, b.section)
        assert {(c.row, c.col, c.col_span): _squash(c.text) for c in a.cells} == {
            (c.row, c.col, c.col_span): _squash(c.text) for c in b.cells}
        assert a.caption.split(".")[0].replace("\u03bcm^2", "\u00b5m2") == b.caption.split(".")[0]


def test_tex_and_pdf_of_one_paper_give_the_same_table_claims_and_most_sentence_claims(tex):
    from verifier.extract import extract_claims
    from verifier.pdf import parse_pdf

    pdf = parse_pdf(need(TERNARY / "paper.pdf").read_bytes(), name="paper.pdf")
    from_tex, from_pdf = extract_claims(tex), extract_claims(pdf)

    def cells(claims):
        return sorted((c.anchor.table_index, c.anchor.row, c.anchor.col, c.kind.value, c.value.text, c.metric,
                       c.baseline, c.bits) for c in claims if c.origin == "table")

    assert cells(from_tex) == cells(from_pdf) and len(cells(from_tex)) > 100
    # sentences: the same statement with the same fields, up to citations ("[4]") the PDF prints
    def sentences(claims):
        return {re.sub(r"\s*\[[\d, ]+\]", "", _squash(c.statement)):
                (c.kind, c.value.text if c.value else None, c.metric, c.method) for c in claims if c.origin == "text"}

    t, p = sentences(from_tex), sentences(from_pdf)
    same = sum(1 for k in t.keys() & p.keys() if t[k] == p[k])
    assert same >= 0.8 * len(p), (same, len(p))


# -- constructs, one at a time ----------------------------------------------------------------


def test_lists_footnotes_comments_and_escapes():
    doc = doc_of(
        "\\section{Setup}\n"
        "We prune 50\\% of the weights% a comment that is not printed\n"
        "with Wanda\\footnote{Code at \\url{https://example.org/wanda}.} on LLaMA-7B.\n"
        "\n"
        "\\begin{itemize}\n"
        "\\item GPTQ at 4 bits reaches 6.09 perplexity.\n"
        "\\item[b)] RTN at 4 bits reaches 6.29.\n"
        "\\end{itemize}\n"
    )
    body = [p for p in doc.passages if p.kind is PassageKind.body]
    assert [p.text for p in body] == ["We prune 50% of the weights with Wanda on LLaMA-7B.",
                                      "GPTQ at 4 bits reaches 6.09 perplexity.", "RTN at 4 bits reaches 6.29."]
    notes = [p for p in doc.passages if p.kind is PassageKind.footnote]
    assert [p.text for p in notes] == ["Code at https://example.org/wanda."]
    assert all(p.section == "1 Setup" for p in body)


def test_references_to_sections_floats_and_equations_and_the_appendix():
    doc = doc_of(
        "\\section{Intro}\\label{sec:intro}\n"
        "See Section~\\ref{sec:method}, Table~\\ref{tab:main}, Eq.~\\eqref{eq:loss} and \\autoref{tab:main}.\n\n"
        "\\section{Method}\\label{sec:method}\n"
        "\\begin{equation}\\label{eq:loss} L = \\sum_i x_i \\end{equation}\n\n"
        "\\begin{table}\\centering\n\\caption{Main results.}\\label{tab:main}\n"
        "\\begin{tabular}{lr}\\toprule Method & PPL \\\\ \\midrule GPTQ & 6.09 \\\\ \\bottomrule\\end{tabular}\n"
        "\\end{table}\n\n"
        "\\appendix\n\\section{Extra}\n\\subsection{More}\nText of the appendix with \\'etude and na\\\"ive.\n"
        "\\section*{Acknowledgements}\nThanks.\n"
    )
    find(doc, "See Section 2, Table 1, Eq. (1) and Table 1.")
    headings = [p.text for p in doc.passages if p.kind is PassageKind.heading]
    assert headings == ["1 Intro", "2 Method", "A Extra", "A.1 More", "Acknowledgements"]
    find(doc, "with \u00e9tude and na\u00efve.")
    (table,) = doc.tables
    assert (table.label, table.caption, table.section) == ("Table 1", "Table 1: Main results.", "2 Method")
    assert table.grid() == [["Method", "PPL"], ["GPTQ", "6.09"]] and table.header_rows == 1


def test_table_spans_hline_headers_and_cells_with_braces():
    doc = doc_of(
        "\\begin{table}\n\\caption{Two header rows.}\n"
        "\\begin{tabular}{l|cc}\n\\hline\n"
        "& \\multicolumn{2}{c}{Perplexity} \\\\\n"
        "Model & W4 & {W3, g128} \\\\ \\hline\n"
        "\\textbf{OPT-13B} & 10.13 & $11.34$ \\\\\n"
        "\\multirow{2}{*}{LLaMA} & 5.85 & 6.43 \\\\ \\hline\n"
        "\\end{tabular}\n\\end{table}\n"
    )
    (t,) = doc.tables
    assert t.header_rows == 2 and t.n_cols == 3 and t.n_rows == 4
    head = t.cell(0, 1)
    assert (head.text, head.col_span) == ("Perplexity", 2)
    assert t.grid()[1:] == [["Model", "W4", "W3, g128"], ["OPT-13B", "10.13", "11.34"], ["LLaMA", "5.85", "6.43"]]
    assert t.cell(3, 0).row_span == 2
    assert all(c.bbox[1] == c.bbox[3] for c in t.cells) and t.cell(2, 1).bbox[1] == 9  # the .tex line


def test_claims_from_a_latex_table_and_sentence():
    from verifier.extract import extract_claims

    doc = doc_of(
        "\\section{Results}\n"
        "GPTQ reaches 6.09 perplexity on WikiText-2 at 4 bits, against 6.29 for round-to-nearest.\n\n"
        "\\begin{table}\\caption{WikiText-2 perplexity of LLaMA-7B.}\n"
        "\\begin{tabular}{lcc}\\toprule Method & 4-bit & 3-bit \\\\ \\midrule RTN & 6.29 & 25.54 \\\\ "
        "GPTQ & 6.09 & 8.07 \\\\ \\bottomrule\\end{tabular}\\end{table}\n"
    )
    claims = extract_claims(doc)
    cells = {(c.anchor.row, c.anchor.col): c for c in claims if c.origin == "table"}
    assert cells[(2, 2)].value.text == "8.07" and cells[(2, 2)].method.name == "GPTQ" and cells[(2, 2)].bits == 3
    assert cells[(2, 2)].metric == "perplexity" and cells[(2, 2)].dataset == "WikiText-2"
    (sentence,) = [c for c in claims if c.origin == "text"]
    assert sentence.method.name == "GPTQ" and sentence.bits == 4 and sentence.metric == "perplexity"


def test_a_fragment_without_document_environment_is_read_whole():
    src = b"\\section{Results}\nWanda keeps 95\\% of the accuracy at 50\\% sparsity.% a comment\n"
    doc = parse_latex(src, name="frag.tex")
    assert [p.text for p in doc.passages] == ["1 Results", "Wanda keeps 95% of the accuracy at 50% sparsity."]


def test_what_looks_like_latex():
    assert looks_like_latex("\\documentclass{article}\n")
    assert looks_like_latex("\\section{A}\n\\label{s}\nText \\cite{x}.\n")
    assert not looks_like_latex("# Title\n\n\\section{A} \\begin{x} \\end{x}\n")  # Markdown with TeX inside
    assert not looks_like_latex("Plain text with $\\frac{a}{b}$ math.\n")


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\\documentclass{article}\x00\x01", "NUL"),
        ("\\section{R\u00e9sum\u00e9}".encode("latin-1"), "UTF-8"),
        (b"%PDF-1.7\n...", "is a PDF"),
        (b"\\documentclass{article}\n\\title{T}\n\\begin{document}\n\\maketitle\n\\end{document}\n", "no text"),
        (b"\\documentclass{article}\n\\usepackage{booktabs}\n\\title{T}\n", "no \\begin{document}"),
        (b"\\documentclass{article}\\begin{document}" + b"\\begin{center}" * 3000 + b"x", "too deeply"),
    ],
)
def test_bad_latex_is_refused_with_a_reason(data, words):
    with pytest.raises(NotLatex) as exc:
        parse_latex(data, name="bad.tex")
    assert isinstance(exc.value, DocumentError) and words.lower() in str(exc.value).lower()
    assert exc.value.subject == "bad.tex"


def test_macros_with_arguments_expand_with_their_arguments():
    from verifier.latex import argument_macros

    preamble = ("\\newcommand{\\ours}{Wanda}\n\\newcommand{\\model}[1]{LLaMA-#1}\n"
                "\\newcommand{\\std}[1]{$_{\\pm #1}$}\n\\newcommand{\\pair}[2]{#1 vs #2}\n"
                "\\newcommand{\\opt}[2][x]{#1-#2}\n\\newcommand{\\loop}[1]{\\loop{#1}}\n")
    assert set(argument_macros(preamble)) == {"model", "std", "pair", "opt", "loop"}
    assert argument_macros(preamble)["opt"] == (2, "#1-#2", "x")  # the first argument is optional, default x
    doc = doc_of("\\section{Results}\n\\ours prunes 50\\% of \\model{7B} (\\pair{\\ours}{magnitude}): "
                 "accuracy 71.2\\std{0.3}, \\opt{a}, \\opt[y]{a}, \\loop{b}.", preamble)
    find(doc, "Wanda prunes 50% of LLaMA-7B (Wanda vs magnitude): accuracy 71.2\u00b1 0.3, x-a, y-a, b.")


def test_textual_citations_print_their_authors_from_the_bibliography():
    """\\citet keeps the subject of a sentence that reports other authors' result; parenthetical
    citations and keys the bibliography does not name print nothing, as before."""
    body = ("\\section{Results}\nAs shown by \\citet{gptq}, GPTQ quantizes OPT-175B to 3 bits. "
            "\\citeauthor{sq} smooth activations \\citep{sq}; \\citet{gptq,sq} agree, \\citet{num} too. "
            "In \\citeyear{gptq} it was new.\n"
            "\\begin{thebibliography}{3}\n"
            "\\bibitem[{Frantar et~al.(2022)Frantar, Ashkboos, Hoefler, and Alistarh}]{gptq} E. Frantar. GPTQ.\n"
            "\\bibitem[Xiao et~al.(2023)Xiao and Han]{sq} G. Xiao. SmoothQuant.\n"
            "\\bibitem{num} Someone. Something.\n\\end{thebibliography}")
    doc = doc_of(body)
    p, i = find(doc, "As shown by Frantar et al. (2022), GPTQ quantizes OPT-175B to 3 bits.")
    assert "Xiao et al. smooth activations; Frantar et al. (2022); Xiao et al. (2023) agree, too. " \
           "In 2022 it was new." in p.text
    at = p.offsets[i + len("As shown by ")]
    assert p.raw_text[at:].startswith("\\citet{gptq}")  # the authors map back to their \\citet
    # without a natbib label in the bibliography, \\citet prints nothing (numeric styles need the .aux)
    find(doc_of("We follow \\citet{gptq} here."), "We follow here.")


def test_argument_free_macros_expand_so_the_method_keeps_its_name():
    from verifier.extract import extract_claims
    from verifier.latex import macros

    preamble = ("\\newcommand{\\ours}{\\textsc{Wanda}\\xspace}\n\\newcommand\\llama{LLaMA-7B}\n\\def\\ppl{perplexity}\n"
                "\\newcommand{\\best}[1]{\\textbf{#1}}\n\\newcommand{\\both}{\\ours on \\llama}\n")
    doc = doc_of("\\section{Results}\n\\ours prunes 50\\% of \\llama with a 0.3 \\ppl{} increase; \\both. "
                 "Best: \\best{7.26}.", preamble)
    assert macros(preamble) == {"ours": "Wanda", "llama": "LLaMA-7B", "ppl": "perplexity", "both": "Wanda on LLaMA-7B"}
    p, _ = find(doc, "Wanda prunes 50% of LLaMA-7B with a 0.3 perplexity increase; Wanda on LLaMA-7B. Best: 7.26.")
    assert p.raw_text[p.offsets[0]] == "\\"  # the name points at the macro that printed it
    # (the 50% pruned away is the sparsity, the 0.3 the perplexity increase: extractor 1.38)
    claim = next(c for c in extract_claims(doc) if c.value and c.value.text == "0.3")
    assert (claim.method.name, claim.model, claim.metric, claim.sparsity) == ("Wanda", "LLaMA-7B", "perplexity", 0.5)


def test_colour_spacing_and_box_commands_print_only_their_text():
    doc = doc_of(
        "\\section{Results}\n"
        "\\setlength{\\tabcolsep}{3pt}We report \\textcolor{red}{accuracy} with \\colorbox{yellow}{care}"
        "\\footnotemark.\n\n"
        "\\begin{table*}[t]\\centering\\caption{Main.}\n\\resizebox{\\linewidth}{!}{\n"
        "\\begin{tabular}{@{}l|cc@{}}\n\\toprule[1.5pt]\nMethod & W4 & W3 \\\\[2pt]\n\\midrule\n"
        "\\rowcolor{gray!20} RTN & \\cellcolor{blue!10}6.29 & $25.54_{\\pm 0.3}$ \\\\\n"
        "\\textbf{GPTQ} & \\textcolor{red}{6.09} & \\scalebox{0.9}{8.07} \\\\ \\hline\\hline\n\\end{tabular}}\n"
        "\\end{table*}\n"
    )
    find(doc, "We report accuracy with care.")
    (t,) = doc.tables
    assert t.grid() == [["Method", "W4", "W3"], ["RTN", "6.29", "25.54 \u00b1 0.3"], ["GPTQ", "6.09", "8.07"]]
    assert t.header_rows == 1 and t.label == "Table 1"


def test_subfigure_captions_do_not_count_and_side_by_side_tables_keep_their_own_captions():
    doc = doc_of(
        "\\section{Results}\nSee Figure~\\ref{fig:b} and Table~\\ref{tab:wanda}.\n\n"
        "\\begin{figure}\\begin{subfigure}{0.5\\linewidth}\\caption{Left.}\\end{subfigure}"
        "\\begin{subfigure}{0.5\\linewidth}\\caption{Right.}\\end{subfigure}\\caption{Both.}\\label{fig:a}"
        "\\end{figure}\n\\begin{figure}\\caption{Next.}\\label{fig:b}\\end{figure}\n\n"
        "\\begin{table}\n\\begin{minipage}{0.5\\linewidth}\\caption{GPTQ.}\\label{tab:gptq}\n"
        "\\begin{tabular}{lc}Method & PPL \\\\ \\midrule GPTQ & 6.09 \\\\\\end{tabular}\\end{minipage}\n"
        "\\begin{minipage}{0.5\\linewidth}\\caption{Wanda.}\\label{tab:wanda}\n"
        "\\begin{tabular}{lc}Method & PPL \\\\ \\midrule Wanda & 7.26 \\\\\\end{tabular}\\end{minipage}\n"
        "\\end{table}\n\n"
        "\\begin{algorithm}\\caption{Prune.}\\begin{algorithmic}\\State prune 50\\% of the weights\\end{algorithmic}"
        "\\end{algorithm}\n"
    )
    captions = [p.text for p in doc.passages if p.kind.value == "caption"]
    assert captions == ["Figure 1: Both.", "Figure 2: Next.", "Table 1: GPTQ.", "Table 2: Wanda."]
    find(doc, "See Figure 2 and Table 2.")
    assert [(t.label, t.caption, t.grid()[1][0]) for t in doc.tables] == [
        ("Table 1", "Table 1: GPTQ.", "GPTQ"), ("Table 2", "Table 2: Wanda.", "Wanda")]
    assert not any("prune 50%" in p.text for p in doc.passages)  # pseudo-code is not prose


def test_conference_template_titles_authors_and_environment_options():
    src = ("\\documentclass{article}\\usepackage{icml2024}\n\\author{Ada Lovelace \\And Alan Turing\\\\ Lab}\n"
           "\\begin{document}\n\\twocolumn[\n\\icmltitle{Pruning Large Models in One Shot}\n]\n"
           "\\section{Method}\n\\begin{itemize}[leftmargin=*]\n\\item Wanda prunes 50\\% of LLaMA-7B.\n"
           "\\end{itemize}\n\\end{document}\n")
    doc = parse_latex(src.encode(), name="icml.tex")
    assert doc.meta.title == "Pruning Large Models in One Shot"
    assert doc.meta.authors == ["Ada Lovelace", "Alan Turing"]
    body = [p.text for p in doc.passages if p.kind is PassageKind.body]
    assert "Wanda prunes 50% of LLaMA-7B." in body and not any("leftmargin" in t for t in body)
