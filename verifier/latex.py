"""LaTeX sources of papers parsed into the same passages and tables as a PDF.

arXiv keeps the LaTeX a paper was built from, and authors publish it beside their PDFs
(``../shared/corpus/natural-sparsity-ternary-llms/paper.tex``). The source holds exactly the
sentences, numbers and ``tabular`` cells the PDF prints, without the PDF's layout guesses.
:func:`parse_latex` is a pure function of the bytes and returns a
:class:`~verifier.documents.ParsedDocument` with ``media_type="application/x-tex"`` and
``n_pages=1``.

Coordinates, as for Markdown: a source file has no pages and no points, so every passage is
on page 1 and bboxes use *line numbers* of the .tex file as y coordinates (1-based,
inclusive); table cells use their column index as x: ``(col, line, col + span, line)``.

What is read:

- the preamble's ``\\title`` (a title passage and ``meta.title``) and ``\\author`` (names
  before the first ``\\\\`` of each ``\\and`` part);
- the body between ``\\begin{document}`` and ``\\end{document}`` (the whole file for a
  fragment without them): paragraphs split at blank lines; ``\\section``, ``\\subsection`` and
  ``\\subsubsection`` as headings numbered as LaTeX numbers them ("6.6 Title"; letters after
  ``\\appendix``; starred ones unnumbered); the ``abstract`` environment as abstract passages;
  every ``\\item`` of a list as its own passage; ``\\footnote`` text as a footnote passage
  after its paragraph; ``thebibliography`` entries as reference passages;
- ``figure`` and ``table`` floats: their ``\\caption`` as a caption passage ("Table 2: ...",
  numbered per float type in document order) and every ``tabular`` as a table whose cells
  keep ``\\multicolumn`` spans; rows above the first ``\\midrule`` (or the second ``\\hline``)
  are header rows; the figure's drawing (TikZ, ``\\includegraphics``) is not read;
- inline and display math (``$...$``, ``\\(...\\)``, ``\\[...\\]``, ``equation``, ``align``
  and their kin) as readable text inside the sentence it belongs to
  (:func:`verifier.markup.math_text`); a paragraph that is only display math is "other";
- in text: ``\\ref`` and its kin resolved to the numbers LaTeX would print (sections,
  floats, equations), ``\\cite`` dropped with the space before it, font commands reduced to
  their text, ``--``/``---`` to en/em dashes, ``~`` to a space, escapes to their character,
  accents to accented letters, and any other command's name dropped (its braced text kept).

``raw_text`` of a passage is its source characters (comments included); ``offsets`` maps the
readable text back to them, as for a PDF.

Macros the paper defines (``\\newcommand{\\ours}{Wanda}``, ``\\def``, and with arguments
``\\newcommand{\\model}[1]{LLaMA-#1}``) are expanded to their text (:func:`macros`,
:func:`argument_macros`). Not read: macros whose first argument is optional (their name is
dropped, their arguments read as text), ``\\input`` files (:mod:`verifier.eprint` inlines them
for an arXiv e-print), BibTeX files (a ``\\bibliography{...}`` names a file the bytes do not
include; an e-print's ``.bbl`` is inlined), TikZ node text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from verifier.documents import DocumentMeta, LineSpan, ParsedDocument, Passage, PassageKind, Table, TableCell
from verifier.errors import NotLatex
from verifier.markup import Rewrite, _apply, _keep, math_text
from verifier.textnorm import normalise_lines
from verifier.textsource import decode_text

PARSER_VERSION = "latex-3"  # 3: line-end hyphens read with an English dictionary (verifier.english)

MATH_ENVS = ("equation", "align", "gather", "multline", "eqnarray", "displaymath", "math", "flalign", "alignat")
FLOAT_ENVS = {"figure": "Figure", "figure*": "Figure", "table": "Table", "table*": "Table", "wrapfigure": "Figure",
              "wraptable": "Table", "sidewaystable": "Table", "sidewaysfigure": "Figure"}  # fmt: skip
LIST_ENVS = ("itemize", "enumerate", "description")
SKIPPED_ENVS = ("tikzpicture", "comment", "verbatim", "lstlisting", "minted", "filecontents", "pgfpicture",
                "algorithm", "algorithm*", "algorithmic", "algorithm2e")
TABULAR_ENVS = ("tabular", "tabular*", "tabularx", "longtable")

_OPTIONS = re.compile(r"\s*\[[^\]]*\]")
_OPTIONS_RUN = re.compile(r"\s*(?:\[[^\]]*\]\s*)*")  # \newcommand{\x}[1][d]: always matches
_CAPTION = re.compile(r"\\caption\s*(?:\[[^\]]*\])?(?=\s*\{)")
_SUB_ENVS = ("subfigure", "subtable", "subfloat")


def _sub_spans(src: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where the subfigure/subtable environments of a float stand (their captions are sub-captions)."""
    spans = []
    for m in re.finditer(r"\\begin\s*\{(" + "|".join(_SUB_ENVS) + r")\}", src[a:b]):
        end, _ = _env_end(src, m.group(1), a + m.end(), b)
        spans.append((a + m.start(), end))
    return spans


_TABULAR = re.compile(r"\\begin\s*\{(" + "|".join(re.escape(t) for t in TABULAR_ENVS) + r")\}")
_COMMENT = re.compile(r"(?<!\\)%.*")


def blank_comments(text: str) -> str:
    """``text`` with its comments (``%`` to the line end, ``\\%`` aside) turned to spaces: what
    LaTeX reads, at the same positions."""
    return _COMMENT.sub(lambda m: " " * len(m.group(0)), text)
_EVENT = re.compile(
    r"\n[ \t]*\n"
    r"|\\(?P<sec>section|subsection|subsubsection)(?P<star>\*?)\s*(?:\[[^\]]*\]\s*)?(?=\{)"
    r"|\\begin\s*\{(?P<begin>[^{}]+)\}"
    r"|\\item\b(?:\s*\[[^\]]*\])?"
    r"|\\bibitem\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
    r"|\\footnote\s*(?:\[[^\]]*\])?(?=\{)"
    r"|\\(?P<drop>maketitle|appendix|bibliography|bibliographystyle|printbibliography|clearpage|newpage|"
    r"FloatBarrier|tableofcontents|newcommand|renewcommand|providecommand)\b\*?"
)
_MATH_SEGMENT = re.compile(
    r"\\begin\s*\{(" + "|".join(MATH_ENVS) + r")(\*?)\}(?:\{[^{}]*\})?([\s\S]*?)\\end\s*\{\1\2\}"
    r"|(?<!\\)\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(?<![\\$])\$([^$]+?)(?<!\\)\$"
)
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327"}  # fmt: skip
_NAMED = {"ldots": "…", "dots": "…", "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "S": "§",
          "textasciitilde": "~", "textbackslash": "\\", "textbar": "|", "textless": "<", "textgreater": ">",
          "texttimes": "×", "textdegree": "°", "textmu": "µ", "textpm": "±", "textendash": "–",
          "textemdash": "—", "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å",
          "l": "ł", "L": "Ł", "i": "ı", "copyright": "©", "textregistered": "®", "texttrademark": "™"}  # fmt: skip
_REF_KINDS = {"autoref", "cref", "Cref"}


def _accent(m: re.Match[str]) -> list:
    letter = (m.group(2) or m.group(3)).lstrip("\\")
    return [unicodedata.normalize("NFC", letter + _ACCENTS[m.group(1)])]


_DEFINITION = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand)\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))"
    r"\s*(\[\s*\d\s*\])?|\\(?:g|e|x)?def\s*\\([A-Za-z]+)\s*(#)?"
)


def macros(src: str) -> dict[str, str]:
    """Readable text of the argument-free macros a source defines (``\\newcommand{\\ours}{Wanda}``,
    ``\\def\\method{...}``), in definition order, each body read with the macros before it.

    Papers name their own method this way (``\\ours{} prunes ...``): without the expansion the
    method's name would vanish from every sentence that uses it. Macros with arguments are in
    :func:`argument_macros`.
    """
    return _definitions(src)[0]


def argument_macros(src: str) -> dict[str, tuple[int, str, str | None]]:
    """The macros a source defines with arguments: name -> (number of arguments, body as written,
    ``#1`` ... in place, the default of an optional first argument or None).
    ``\\newcommand{\\model}[1]{LLaMA-#1}`` makes ``\\model{7B}`` read "LLaMA-7B";
    ``\\newcommand{\\opt}[2][x]{#1-#2}`` makes ``\\opt{a}`` read "x-a" and ``\\opt[y]{a}`` "y-a"."""
    return _definitions(src)[1]


def _definitions(src: str) -> tuple[dict[str, str], dict[str, tuple[int, str, str | None]]]:
    plain: dict[str, str] = {}
    with_args: dict[str, tuple[int, str, str | None]] = {}
    for m in _DEFINITION.finditer(src):
        name = m.group(1) or m.group(2) or m.group(4)
        plain.pop(name, None)
        with_args.pop(name, None)
        if m.group(5):  # \def with #1: its argument syntax is the author's own
            continue
        optional = _OPTIONAL_DEFAULT.match(src, m.end()) if m.group(3) else None
        body = _argument(src, optional.end() if optional else m.end())
        if body is None:
            continue
        raw = src[body[0] : body[1]]
        if m.group(3):
            with_args[name] = (int(m.group(3).strip("[] \t")), raw, optional.group(1) if optional else None)
            continue
        text, _ = tex_text(raw, list(range(len(raw))), _text_rules({}, plain, with_args))
        plain[name] = " ".join(text.split())
    return plain, with_args


_ARG = r"\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}"  # one braced argument, up to three levels deep
_OPTIONAL_DEFAULT = re.compile(r"\s*\[([^\]]*)\]")  # \newcommand{\x}[2][default]{...}


_BIBITEM = re.compile(r"\\bibitem\s*\[((?:[^\[\]{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\]\s*\{([^{}]*)\}")
_NATBIB_LABEL = re.compile(r"^\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[^()]*?)\s*\(([^()]*)\)")


def _citations(src: str) -> dict[str, tuple[str, str]]:
    """What natbib prints for each cited key: (authors, year) from the ``\\bibitem[Authors(Year)...]{key}``
    entries of the bibliography (a .bbl inlined, or ``thebibliography``). Numeric entries give nothing."""
    out: dict[str, tuple[str, str]] = {}
    plain = _text_rules({})
    for m in _BIBITEM.finditer(src):
        label = _NATBIB_LABEL.match(m.group(1))
        if not label:
            continue
        parts = []
        for raw in (label.group(1).strip(), label.group(2).strip()):
            raw = raw[1:-1] if raw.startswith("{") and raw.endswith("}") else raw
            parts.append(" ".join(tex_text(raw, list(range(len(raw))), plain)[0].split()))
        if parts[0] and parts[1]:
            for key in m.group(2).split(","):
                out.setdefault(key.strip(), (parts[0], parts[1]))
    return out


def _cite(cites: dict[str, tuple[str, str]]) -> Callable[[re.Match[str]], list]:
    """``\\citet`` and kin print the authors (``\\citet{k}`` "Frantar et al. (2022)", ``\\citeauthor`` "Frantar
    et al.", ``\\citeyear`` "2022"): a claim attributed to other authors keeps its subject. Parenthetical
    citations, and any whose key the bibliography does not name, print nothing."""
    def cite(m: re.Match[str]) -> list:
        command = m.group(2).rstrip("*")
        keys = [k.strip() for k in m.group(3).split(",") if k.strip()]
        if command not in _TEXTUAL_CITES or not keys or any(k not in cites for k in keys):
            return []
        form = _TEXTUAL_CITES[command]
        return [1, "; ".join(form.format(*cites[k]) for k in keys)]
    return cite


_TEXTUAL_CITES = {"citet": "{} ({})", "textcite": "{} ({})", "citealt": "{} {}", "citeauthor": "{}",
                  "citeyear": "{1}"}


def _text_rules(labels: dict[str, tuple[str, str]], defined: dict[str, str] | None = None,
                with_args: dict[str, tuple[int, str, str | None]] | None = None, depth: int = 0,
                cites: dict[str, tuple[str, str]] | None = None) -> list[Rewrite]:
    def ref(m: re.Match[str]) -> list:
        kind, number = labels.get(m.group(2).strip(), ("", "??"))
        if m.group(1) == "eqref":
            return [f"({number})"]
        if m.group(1) in _REF_KINDS and kind:
            return [f"{kind} {number}"]
        return [number]

    expand: list[Rewrite] = []
    if defined:
        names = "|".join(sorted((re.escape(n) for n in defined), key=len, reverse=True))
        expand = [(re.compile(r"\\(" + names + r")(?![A-Za-z])(?:\s*\{\})?"), lambda m: [defined[m.group(1)]])]
    if with_args and depth < 4:  # a macro may use another; four levels end a runaway definition
        inner: list[list[Rewrite]] = []

        def substitute(m: re.Match[str]) -> list:
            n, body, default = with_args[m.group(1)]
            if default is None:
                args = [m.group(k + 1) for k in range(1, n + 1)]
            else:  # group 2 is the optional [first] argument, absent when the default applies
                args = [default if m.group(2) is None else m.group(2)] + [m.group(k + 2) for k in range(1, n)]
            for k in range(n, 0, -1):
                body = body.replace(f"#{k}", args[k - 1])
            if not inner:
                inner.append(_text_rules(labels, defined, with_args, depth + 1, cites))
            text, _ = tex_text(body, list(range(len(body))), inner[0])
            return [" ".join(text.split())]

        for n, optional in sorted({(n, d is not None) for n, _, d in with_args.values()}):
            names = "|".join(sorted((re.escape(k) for k, (a, _, d) in with_args.items()
                                     if a == n and (d is not None) == optional), key=len, reverse=True))
            head = r"\\(" + names + r")(?![A-Za-z])"
            expand.append((re.compile(head + r"(?:\s*\[([^\]]*)\])?" + _ARG * (n - 1) if optional else head + _ARG * n),
                           substitute))
    return [
        *expand,
        (re.compile(r"(\s*)\\(cite|citep|citet|citealp|citealt|citeauthor|citeyear|nocite|parencite|textcite|autocite)"
                    r"\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^{}]*)\}"), _cite(cites or {})),  # fmt: skip
        (re.compile(r"\\label\s*\{[^{}]*\}|\\(?:begin|end)\s*\{[^{}]*\}"), _keep()),
        (re.compile(r"\\(eqref|ref|autoref|cref|Cref|pageref|nameref)\*?\s*\{([^{}]*)\}"), ref),
        (re.compile(r"\\(?:url|nolinkurl|path)\s*\{([^{}]*)\}"), _keep(1)),
        (re.compile(r"\\href\s*\{[^{}]*\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}"), _keep(1)),
        (re.compile(r"\\(?:vspace|hspace|addvspace|vskip|hskip|includegraphics|input|include|thanks|phantom|"
                    r"hphantom|vphantom|footnotemark|color|pagecolor|cellcolor|rowcolor|columncolor|arrayrulecolor)"
                    r"\*?\s*(?:\[[^\]]*\])?\s*\{(?:[^{}]|\{[^{}]*\})*\}"), _keep()),  # fmt: skip
        # commands whose leading arguments are settings, not text: only the last argument (if any) prints
        (re.compile(r"\\(?:setlength|addtolength|setcounter|addtocounter|fontsize|rule|definecolor)\s*"
                    r"(?:\{(?:[^{}]|\{[^{}]*\})*\}\s*){1,3}"), _keep()),
        (re.compile(r"\\(?:textcolor|colorbox)\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"), _keep()),
        (re.compile(r"\\(?:fcolorbox)\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}\s*\{[^{}]*\}"), _keep()),
        (re.compile(r"\\(?:resizebox|scalebox|raisebox|parbox|makebox|framebox|adjustbox)\*?\s*"
                    r"(?:\{[^{}]*\}\s*|\[[^\]]*\]\s*){1,3}(?=\{)"), _keep()),
        (re.compile(r"\\(['`^\"~=.uvHc])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))"), _accent),
        (re.compile(r"\\\\\*?(?:\s*\[[^\]]*\])?|\\(?:newline|linebreak|par)\b"), _keep(" ")),
        (re.compile(r"\\(" + "|".join(sorted(_NAMED, key=len, reverse=True)) + r")(?![A-Za-z])(?:\{\})?"),
         lambda m: [_NAMED[m.group(1)]]),
        (re.compile(r"---"), _keep("\u2014")),
        (re.compile(r"--"), _keep("\u2013")),
        (re.compile(r"``"), _keep("\u201c")),
        (re.compile(r"''"), _keep("\u201d")),
        (re.compile(r"(?<!\\)~"), _keep(" ")),
        (re.compile(r"\\[,;:! ]"), _keep(" ")),
        (re.compile(r"\\[@/]"), _keep()),
        (re.compile(r"\\[A-Za-z]+\*?"), _keep()),  # any other command: its name goes, its text stays
        (re.compile(r"\\([%&$#_{}])|[{}]"), _keep(1)),  # escapes give their character, groups nothing
    ]


_MATH_LEFTOVERS: list[Rewrite] = [
    (re.compile(r"\\[A-Za-z]+\*?"), _keep()),  # macros with no symbol: \mathrel
    (re.compile(r"[_^](?=\s*[\u00b1\u2213])"), _keep(" ")),  # "71.2_{\pm 0.3}": a spread, not a subscript
]


def tex_text(s: str, idx: list[int], rules: list[Rewrite]) -> tuple[str, list[int]]:
    """Readable text of a LaTeX fragment, and the source position of each character."""
    out: list[str] = []
    pos_out: list[int] = []
    pos = 0
    for m in _MATH_SEGMENT.finditer(s):
        t, i = _apply(s[pos : m.start()], idx[pos : m.start()], rules)
        out.append(t)
        pos_out.extend(i)
        g = next(k for k in (3, 4, 5, 6, 7) if m.group(k) is not None)
        a, b = m.span(g)
        t, i = _apply(*math_text(s[a:b], idx[a:b]), _MATH_LEFTOVERS)
        if g in (3, 4, 5) and t.strip():  # a displayed formula stands between words
            lead = len(t) - len(t.lstrip())
            t, i = f" {t.strip()} ", [idx[m.start()]] + i[lead : lead + len(t.strip())] + [idx[m.end() - 1]]
        out.append(t)
        pos_out.extend(i)
        pos = m.end()
    t, i = _apply(s[pos:], idx[pos:], rules)
    out.append(t)
    pos_out.extend(i)
    return "".join(out), pos_out


# ---------------------------------------------------------------- source scanning


def _group_end(src: str, i: int) -> int:
    """Index just after the brace group opening at ``src[i] == "{"`` (-1 when it never closes)."""
    depth = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _argument(src: str, i: int) -> tuple[int, int] | None:
    """(start, end) of the text inside the brace group at or after ``i`` (skipping blanks)."""
    while i < len(src) and src[i] in " \t\n":
        i += 1
    if i >= len(src) or src[i] != "{":
        return None
    end = _group_end(src, i)
    return (i + 1, end - 1) if end > 0 else None


def _env_end(src: str, name: str, start: int, limit: int) -> tuple[int, int]:
    """(start of ``\\end{name}``, index after it) for the environment whose body starts at ``start``."""
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(name) + r"\}")
    depth = 1
    for m in pattern.finditer(src, start, limit):
        depth += 1 if m.group(1) == "begin" else -1
        if depth == 0:
            return m.start(), m.end()
    return limit, limit


def _letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


@dataclass
class _Counters:
    """Section numbers as LaTeX prints them (``\\appendix`` switches sections to letters)."""

    levels: list[int] = field(default_factory=lambda: [0, 0, 0])
    appendix: bool = False

    def start_appendix(self) -> None:
        self.appendix, self.levels = True, [0, 0, 0]

    def step(self, level: int) -> str:
        self.levels[level] += 1
        for k in range(level + 1, 3):
            self.levels[k] = 0
        first = _letters(self.levels[0]) if self.appendix else str(self.levels[0])
        return ".".join([first] + [str(n) for n in self.levels[1 : level + 1]])


_LEVEL = {"section": 0, "subsection": 1, "subsubsection": 2}


def _labels(src: str, a: int, b: int) -> dict[str, tuple[str, str]]:
    """What ``\\ref{key}`` prints for each ``\\label{key}`` of the body: (kind, number)."""
    token = re.compile(
        r"\\(?P<sec>section|subsection|subsubsection)(?P<star>\*?)\s*(?:\[[^\]]*\]\s*)?(?=\{)"
        r"|\\appendix\b|\\caption\b|\\label\s*\{(?P<label>[^{}]*)\}"
        r"|\\(?P<be>begin|end)\s*\{(?P<env>[^{}]+)\}|\\nonumber\b|\\notag\b|\\\\"
    )
    counters = _Counters()
    floats: dict[str, int] = {}
    equations = 0
    current = ("", "")
    saved: list[tuple[str, str]] = []
    float_kind = None
    sub_depth = 0  # inside a subfigure / subtable: its caption is a sub-caption
    in_math: str | None = None
    labels: dict[str, tuple[str, str]] = {}
    for m in token.finditer(src, a, b):
        text = m.group(0)
        if m.group("sec"):
            if not m.group("star"):
                current = ("Section", counters.step(_LEVEL[m.group("sec")]))
        elif text.startswith("\\appendix"):
            counters.start_appendix()
        elif text.startswith("\\caption") and float_kind and not sub_depth:
            floats[float_kind] = floats.get(float_kind, 0) + 1
            current = (float_kind, str(floats[float_kind]))
        elif m.group("label") is not None:
            labels.setdefault(m.group("label").strip(), current)
        elif m.group("be"):
            env = m.group("env").strip()
            base = env.rstrip("*")
            if m.group("be") == "begin":
                if env in FLOAT_ENVS:
                    saved.append(current)
                    float_kind = FLOAT_ENVS[env]
                elif env in _SUB_ENVS:
                    sub_depth += 1
                elif base in MATH_ENVS and in_math is None:
                    in_math = env
                    if not env.endswith("*") and base not in ("displaymath", "math"):
                        saved.append(current)
                        equations += 1
                        current = ("Equation", str(equations))
            else:
                if env in FLOAT_ENVS:
                    float_kind = None
                    current = saved.pop() if saved else current
                elif env in _SUB_ENVS:
                    sub_depth = max(0, sub_depth - 1)
                elif env == in_math:
                    in_math = None
                    if not env.endswith("*") and base not in ("displaymath", "math"):
                        current = saved.pop() if saved else current
        elif text == "\\\\" and in_math and in_math.rstrip("*") in ("align", "gather", "eqnarray", "flalign",
                                                                  "alignat") and not in_math.endswith("*"):
            equations += 1  # each row of an align is numbered
            current = ("Equation", str(equations))
        elif text.startswith(("\\nonumber", "\\notag")) and in_math and current[0] == "Equation":
            equations -= 1
    return labels


# ---------------------------------------------------------------- passages


@dataclass
class _Para:
    kind: PassageKind
    pieces: list[tuple[int, int]] = field(default_factory=list)
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    only_math: bool = True


class _Builder:
    def __init__(self, text: str, src: str, labels: dict[str, tuple[str, str]]):
        self.text, self.src = text, src
        self.rules = _text_rules(labels, *_definitions(src), cites=_citations(src))
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.passages: list[Passage] = []
        self.tables: list[Table] = []
        self.section: str | None = None
        self.counters = _Counters()
        self.floats: dict[str, int] = {}

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos)

    # -- text -----------------------------------------------------------------------------
    def readable(self, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
        """Normalised text of source spans and the source position of each character (+ an end)."""
        s = "".join(self.src[a:b] for a, b in spans)
        idx = [i for a, b in spans for i in range(a, b)]
        t, pos = tex_text(s, idx, self.rules)
        norm, offs, _ = normalise_lines([t.replace("\n", " ")])
        end = spans[-1][1] if spans else 0
        return norm, [pos[o] if o < len(pos) else end for o in offs[:-1]] + [end]

    def emit(self, kind: PassageKind, spans: list[tuple[int, int]], prefix: str = "", prefix_at: int = -1
             ) -> Passage | None:
        """A passage of the readable text of ``spans``; ``prefix`` (a section number, "Table 2: ") is
        text LaTeX prints for the command at ``prefix_at``, whose characters point there."""
        spans = [(a, b) for a, b in spans if b > a]
        if not spans:
            return None
        norm, pos = self.readable(spans)
        if prefix:
            norm = prefix + norm
            pos = [prefix_at if prefix_at >= 0 else spans[0][0]] * len(prefix) + pos
        if not norm.strip():
            return None
        start, end = spans[0][0], spans[-1][1]
        while start < end and self.text[start] in " \t\n":
            start += 1
        while end > start and self.text[end - 1] in " \t\n":
            end -= 1
        start = min(start, min(pos[:-1]))
        raw = self.text[start:end]
        offsets = [min(max(p - start, 0), len(raw)) for p in pos[:-1]] + [len(raw)]
        if kind is PassageKind.heading:
            self.section = norm
        p = Passage(index=len(self.passages), page=1, kind=kind, section=self.section, text=norm, raw_text=raw,
                    offsets=offsets, bbox=(0, self.line(start), 0, self.line(max(end - 1, start))),
                    lines=self._line_spans(norm, offsets, start))
        self.passages.append(p)
        return p

    def _line_spans(self, norm: str, offsets: list[int], start: int) -> list[LineSpan]:
        spans: list[LineSpan] = []
        first = 0
        for j in range(1, len(norm) + 1):
            if j == len(norm) or self.line(start + offsets[j]) != self.line(start + offsets[first]):
                n = self.line(start + offsets[first])
                spans.append(LineSpan(bbox=(0, n, 0, n), start=first, end=j))
                first = j
        return spans

    def close(self, para: _Para | None) -> None:
        if para is None:
            return
        kind = para.kind
        norm_probe = "".join(self.src[a:b] for a, b in para.pieces)
        if not norm_probe.strip():
            return
        if kind is PassageKind.body and para.only_math:
            kind = PassageKind.other
        p = self.emit(kind, para.pieces)
        if p is not None and kind is PassageKind.body and not re.search(r"[^\W\d_]{2,}", p.text):
            self.passages[-1] = p.model_copy(update={"kind": PassageKind.other})
        for a, b in para.footnotes:
            self.emit(PassageKind.footnote, [(a, b)])

    # -- the body -------------------------------------------------------------------------
    def scan(self, a: int, b: int, kind: PassageKind = PassageKind.body) -> None:
        src = self.src
        para: _Para | None = None
        run = a

        def add(x: int, y: int) -> None:
            nonlocal para
            if y > x and src[x:y].strip():
                if para is None:
                    para = _Para(kind)
                para.pieces.append((x, y))
                if _MATH_SEGMENT.sub("", src[x:y]).strip():
                    para.only_math = False

        def close() -> None:
            nonlocal para
            self.close(para)
            para = None

        pos = a
        while True:
            m = _EVENT.search(src, pos, b)
            if m is None:
                break
            text = m.group(0)
            if m.group("begin") is not None:
                env = m.group("begin").strip()
                body_at = m.end()
                options = _OPTIONS.match(src, body_at, b)  # [t], [leftmargin=*]: settings, not text
                if options and env.rstrip("*") not in TABULAR_ENVS:
                    body_at = options.end()
                end_at, after = _env_end(src, env, body_at, b)
                if env.rstrip("*") in MATH_ENVS:
                    pos = after  # part of the sentence around it
                    continue
                add(run, m.start())
                close()  # an environment ends the paragraph before it
                if env == "abstract":
                    before, self.section = self.section, "Abstract"
                    self.scan(body_at, end_at, PassageKind.abstract)
                    self.section = before
                elif env in FLOAT_ENVS:
                    self.float(FLOAT_ENVS[env], body_at, end_at)
                elif env.rstrip("*") in TABULAR_ENVS:
                    self.table(env, body_at, end_at, None, None)
                elif env in LIST_ENVS:
                    self.scan(body_at, end_at, PassageKind.body)
                elif env == "thebibliography":
                    widest = _argument(src, body_at)  # {99}: the widest label, not printed
                    self.scan(widest[1] + 1 if widest else body_at, end_at, PassageKind.reference)
                elif env not in SKIPPED_ENVS:  # center, quote, minipage, theorem, ...: read as the text around
                    self.scan(body_at, end_at, kind)
                run = pos = after
                continue
            add(run, m.start())
            if text.strip() == "" or text.startswith("\n"):
                close()
                run = pos = m.end()
            elif m.group("sec"):
                close()
                arg = _argument(src, m.end())
                if arg is None:
                    run = pos = m.end()
                    continue
                number = "" if m.group("star") else self.counters.step(_LEVEL[m.group("sec")]) + " "
                self.emit(PassageKind.heading, [arg], prefix=number, prefix_at=m.start())
                run = pos = arg[1] + 1
            elif text.startswith(("\\item", "\\bibitem")):
                close()
                run = pos = m.end()
            elif text.startswith("\\footnote"):
                arg = _argument(src, m.end())
                if arg is None:
                    run = pos = m.end()
                    continue
                if para is None:
                    para = _Para(kind)
                para.footnotes.append(arg)
                run = pos = arg[1] + 1
            else:  # a command that prints nothing here; its arguments go with it
                name = m.group("drop")
                close()
                end = m.end()
                if name == "appendix":
                    self.counters.start_appendix()
                if name in ("bibliography", "bibliographystyle", "newcommand", "renewcommand", "providecommand"):
                    for _ in range(2 if name.endswith("command") else 1):
                        arg = _argument(src, end)
                        if arg is None:
                            break
                        end = arg[1] + 1
                        if name.endswith("command"):
                            end = _OPTIONS_RUN.match(src, end, b).end()
                run = pos = end
        add(run, b)
        close()

    # -- floats and tables ----------------------------------------------------------------
    def float(self, kind: str, a: int, b: int) -> None:
        """A float's captions (not those of its subfigures: LaTeX letters them, the float's counter
        does not move) and tables; each table takes the caption nearest to it (two tables side by
        side in minipages have one caption each)."""
        src = self.src
        subs = _sub_spans(src, a, b)
        captions: list[tuple[int, str, str]] = []  # (position, label, caption text)
        for m in _CAPTION.finditer(src, a, b):
            arg = _argument(src, m.end())
            if arg is None or any(x <= m.start() < y for x, y in subs):
                continue
            self.floats[kind] = self.floats.get(kind, 0) + 1
            label = f"{kind} {self.floats[kind]}"
            p = self.emit(PassageKind.caption, [arg], prefix=f"{label}: ", prefix_at=m.start())
            captions.append((m.start(), label, p.text if p is not None else label))
        for m in _TABULAR.finditer(src, a, b):
            end_at, _ = _env_end(src, m.group(1), m.end(), b)
            near = min(captions, key=lambda c: min(abs(c[0] - m.start()), abs(c[0] - end_at)), default=None)
            label, caption = (near[1], near[2]) if near and kind == "Table" else (None, near[2] if near else None)
            self.table(m.group(1), m.end(), end_at, label, caption)

    def table(self, env: str, a: int, b: int, label: str | None, caption: str | None) -> None:
        src = self.src
        # the column spec (and the width of tabular*/tabularx) come first
        for _ in range(2 if env in ("tabular*", "tabularx") else 1):
            opt = re.match(r"\s*(?:\[[^\]]*\])?", src[a:b])
            a += opt.end() if opt else 0
            arg = _argument(src, a)
            if arg is None:
                return
            a = arg[1] + 1
        rows: list[list[TableCell]] = []
        rules_before: list[int] = []  # how many rules stood above each row
        n_rules = 0
        parts: list[str] = []
        offs: list[int] = []
        for ra, rb in _split_top(src, a, b, r"\\\\\*?(?:\s*\[[^\]]*\])?|\\tabularnewline\b"):
            ra, n_new = _skip_rules(src, ra, rb)
            n_rules += n_new
            if not src[ra:rb].strip():
                continue
            cells: list[TableCell] = []
            col = 0
            for ca, cb in _split_top(src, ra, rb, r"(?<!\\)&"):
                span, rspan = 1, 1
                cell = src[ca:cb]
                m = re.match(r"\s*\\multicolumn\s*\{(\d+)\}\s*\{[^{}]*\}\s*(?=\{)", cell)
                if m:
                    arg = _argument(src, ca + m.end())
                    span = int(m.group(1))
                    ca, cb = arg if arg else (ca, cb)
                m = re.match(r"\s*\\multirow\s*\{(\d+)\}\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}\s*(?=\{)", src[ca:cb])
                if m:
                    arg = _argument(src, ca + m.end())
                    rspan = int(m.group(1))
                    ca, cb = arg if arg else (ca, cb)
                norm, pos = self.readable([(ca, cb)])
                if norm:
                    n = self.line(ca)
                    cells.append(TableCell(row=len(rows), col=col, text=norm, bbox=(col, n, col + span, n),
                                           row_span=rspan, col_span=span))
                    if parts:
                        sep = " | " if cells[:-1] else " ; "
                        parts.append(sep)
                        offs.extend([pos[0]] * 3)
                    parts.append(norm)
                    offs.extend(pos[:-1])
                col += span
            rules_before.append(n_rules)
            rows.append(cells)
        if not rows:
            return
        n_cols = max((c.col + c.col_span for r in rows for c in r), default=0)
        header_rows = _header_rows(rules_before)
        body = rows[header_rows:]
        first_col_words = bool(body) and all(r and r[0].col == 0 and re.search(r"[^\W\d_]", r[0].text) for r in body)
        first, last = self.line(a), self.line(max(b - 1, a))
        table = Table(index=len(self.tables), page=1, label=label, caption=caption, bbox=(0, first, n_cols, last),
                      n_rows=len(rows), n_cols=n_cols, header_rows=header_rows,
                      header_cols=1 if first_col_words and n_cols > 1 else 0,
                      cells=[c for r in rows for c in r], method="latex", section=self.section)  # fmt: skip
        self.tables.append(table)
        text = "".join(parts)
        if text:
            start = min(offs)
            raw = self.text[start:b].rstrip()
            offsets = [min(o - start, len(raw)) for o in offs] + [len(raw)]
            self.passages.append(Passage(index=len(self.passages), page=1, kind=PassageKind.other,
                                         section=self.section, text=text, raw_text=raw, offsets=offsets,
                                         bbox=(0, self.line(start), 0, last),
                                         lines=self._line_spans(text, offsets, start)))  # fmt: skip


def _split_top(src: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """Spans of ``src[a:b]`` between matches of ``sep`` that stand outside braces."""
    rx = re.compile(sep)
    out = []
    depth = 0
    start = i = a
    while i < b:
        ch = src[i]
        if ch == "\\":
            if depth == 0:
                m = rx.match(src, i, b)
                if m:
                    out.append((start, i))
                    start = i = m.end()
                    continue
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch == "&" and sep.endswith("&"):
            out.append((start, i))
            start = i = i + 1
            continue
        i += 1
    out.append((start, b))
    return out


_RULE = re.compile(
    r"\s*(?:\\(?:toprule|midrule|bottomrule|hline|addlinespace|morecmidrules)\b(?:\s*\[[^\]]*\])?"
    r"|\\rowcolor\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
    r"|\\specialrule(?:\s*\{[^{}]*\}){3}|\\(?:cmidrule|cline)\s*(?:\([^)]*\))?\s*\{[^{}]*\})"
)


def _skip_rules(src: str, a: int, b: int) -> tuple[int, int]:
    """Where a row's content starts after its leading rules, and how many horizontal rules those were."""
    n = 0
    while True:
        m = _RULE.match(src, a, b)
        if m is None or m.end() == a:
            return a, n
        word = m.group(0).strip()
        if word.startswith(("\\midrule", "\\hline", "\\toprule", "\\specialrule")):
            n += 1
        a = m.end()


def _header_rows(rules_before: list[int]) -> int:
    """Rows above the first rule that has a row above it (booktabs' \\midrule, or a second \\hline)."""
    top = rules_before[0]
    for k, n in enumerate(rules_before):
        if n > top and k > 0:
            return k
    return 1 if len(rules_before) > 1 else 0


# ---------------------------------------------------------------- the document


def _decode(data: bytes, name: str) -> str:
    return decode_text(data, name, error=NotLatex, what="LaTeX source", parser="parse_latex",
                       binary_hint="pass the .tex file, a source archive or an unpacked source folder",
                       empty_hint="pass the LaTeX source of a paper")


def parse_latex(data: bytes, *, name: str | None = None, parser_version: str = PARSER_VERSION) -> ParsedDocument:
    """Parse a paper's LaTeX source into passages and tables (see the module docstring).

    Raises :class:`~verifier.errors.NotLatex` for empty, non-UTF-8 or binary input, and for a
    source with no readable text.
    """
    label = name or "<latex>"
    text = _decode(data, label).replace("\r\n", "\n").replace("\r", "\n")
    src = blank_comments(text)
    begin = re.search(r"\\begin\s*\{document\}", src)
    end = re.search(r"\\end\s*\{document\}", src)
    if begin is None and re.search(r"\\documentclass\b", src):
        raise NotLatex("has a \\documentclass but no \\begin{document}: the source is truncated or only a preamble",
                       subject=label, hint="pass the main .tex file of the paper, whole")
    a = begin.end() if begin else 0
    b = end.start() if end and end.start() >= a else len(src)
    builder = _Builder(text, src, _labels(src, a, b))
    title = None
    preamble = src[: begin.start()] if begin else ""
    # \title in the preamble; ICML's template sets it with \icmltitle inside the body's \twocolumn[...]
    m = re.search(r"\\title\s*(?:\[[^\]]*\])?(?=\s*\{)", preamble) or re.search(r"\\icmltitle\s*(?=\{)", src)
    if m:
        arg = _argument(src, m.end())
        if arg:
            p = builder.emit(PassageKind.title, [arg])
            title = p.text if p else None
    builder.section = None
    try:
        builder.scan(a, b)
    except RecursionError:
        raise NotLatex("nests environments too deeply to read", subject=label,
                       hint="pass the paper's own LaTeX source") from None
    passages = builder.passages
    if not any(p.kind is not PassageKind.title for p in passages):
        raise NotLatex("has no text in its document body", subject=label, hint="pass the LaTeX source of a paper")
    abstract = " ".join(p.text for p in passages if p.kind is PassageKind.abstract) or None
    return ParsedDocument(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="application/x-tex",
        n_pages=1,
        meta=DocumentMeta(title=title, authors=_authors(src, preamble, builder), abstract=abstract),
        passages=passages,
        tables=builder.tables,
        parser_version=parser_version,
    )


def _authors(src: str, preamble: str, builder: _Builder) -> list[str]:
    m = re.search(r"\\author\s*(?:\[[^\]]*\])?(?=\s*\{)", preamble)
    arg = _argument(src, m.end()) if m else None
    if not arg:
        return []
    names = []
    for part in re.split(r"\\(?:and|And|AND)\b", src[arg[0] : arg[1]]):  # \And, \AND: NeurIPS's templates
        first = re.split(r"\\\\", part, maxsplit=1)[0]
        t, _ = tex_text(first, list(range(len(first))), builder.rules)
        t = " ".join(t.split()).strip(" ,")
        if t:
            names.append(t)
    return names


def looks_like_latex(text: str) -> bool:
    """True for a LaTeX document or fragment (a ``\\documentclass``, a document body, or sectioning)."""
    head = text[:200_000]
    return bool(re.search(r"\\documentclass\b|\\begin\s*\{document\}", head)) or (
        bool(re.search(r"^\s*\\(?:sub)*section\*?\s*\{", head, re.MULTILINE))
        and len(re.findall(r"\\(?:section|subsection|begin|end|cite|label)\s*[\[{*]", head)) >= 3
        and not re.search(r"^ {0,3}#{1,6} ", head, re.MULTILINE)
    )
