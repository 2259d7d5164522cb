"""Inline Markdown markup removed from text, remembering where each character came from.

Markdown full texts of papers (``../shared/corpus/*/paper.md``) carry links, emphasis,
inline HTML, escapes and LaTeX math inside their sentences. Claims are matched against the
readable text ("protecting only 1% of salient weights", "3.2-3.3× average speedup"), but an
anchor must point at the source characters, so every function here works on a string
*and* a parallel list ``idx`` where ``idx[i]`` is the position in the source of ``s[i]``.
Characters a rewrite inserts (``×`` for ``\\times``) take the position of the markup that
produced them.

What is read, and how:

- ``[text](url "title")``, ``[text][ref]``, ``![alt](src)``, ``<img alt="...">`` -> the text;
- ``**b**``, ``__b__``, ``*i*``, ``_i_``, ``~~s~~`` -> the words; backslash escapes and
  HTML entities -> their character; other inline HTML tags and comments -> nothing;
- ```code``` -> its content, verbatim;
- ``$math$`` / ``$$math$$`` -> a readable form: symbol macros to Unicode (``\\times`` -> ×,
  ``\\alpha`` -> α, ``\\leq`` -> ≤), font commands and braces dropped
  (``\\mathbf{X}_{\\mathrm{f16}}`` -> ``X_f16``), ``\\frac{a}{b}`` -> ``a/b``.
"""

from __future__ import annotations

import html
import re
from typing import Callable, Sequence

Piece = int | str  # a group of the match kept verbatim, or literal text
Rewrite = tuple[re.Pattern[str], Callable[[re.Match[str]], Sequence[Piece]]]

SYMBOLS = {
    "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "approx": "≈", "sim": "~", "simeq": "≃",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "ll": "≪", "gg": "≫",
    "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒",
    "uparrow": "↑", "downarrow": "↓", "in": "∈", "sum": "∑", "prod": "∏", "sqrt": "√",
    "partial": "∂", "nabla": "∇", "ldots": "…", "cdots": "⋯", "dots": "…", "circ": "∘",
    "prime": "′", "degree": "°", "propto": "∝", "odot": "⊙", "otimes": "⊗", "oplus": "⊕",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
    "Omega": "Ω", "quad": " ", "qquad": " ", "left": "", "right": "", "big": "", "Big": "",
    "bigl": "", "bigr": "", "displaystyle": "", "limits": "", "nolimits": "", "notin": "∉",
    "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "mid": "|", "vert": "|", "Vert": "‖",
    "forall": "∀", "exists": "∃", "cup": "∪", "cap": "∩", "subset": "⊂", "subseteq": "⊆",
    **{op: op for op in ("max", "min", "log", "exp", "arg", "argmax", "argmin", "sup", "inf", "lim", "det")},
}  # fmt: skip
_NESTED = r"(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*"  # up to two levels of braces
_FONT_COMMANDS = (
    "mathbf|mathrm|mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol|bm|text|textrm|textbf|textit|"
    "texttt|operatorname|emph|hat|bar|tilde|widehat|overline|underline"
)


def _symbol(name: str) -> Sequence[Piece]:
    """A macro's replacement: its symbol, its own letters for operators (``\\max``), or itself."""
    if name not in SYMBOLS:
        return [0]
    return [1] if SYMBOLS[name] == name else [SYMBOLS[name]]


def rewrite(s: str, idx: list[int], pattern: re.Pattern[str], build: Callable[[re.Match[str]], Sequence[Piece]]):
    """Replace every match of ``pattern`` by ``build(match)``, carrying source positions along."""
    out: list[str] = []
    pos_out: list[int] = []
    pos = 0
    for m in pattern.finditer(s):
        out.append(s[pos : m.start()])
        pos_out.extend(idx[pos : m.start()])
        cursor = m.start()  # literals take the position of the markup just before them
        for piece in build(m):
            if isinstance(piece, int):
                a, b = m.span(piece)
                if a >= 0:
                    out.append(s[a:b])
                    pos_out.extend(idx[a:b])
                    cursor = b
            elif piece:
                out.append(piece)
                at = idx[cursor] if cursor < len(idx) else (idx[-1] + 1 if idx else 0)
                pos_out.extend([at] * len(piece))
        pos = m.end()
    out.append(s[pos:])
    pos_out.extend(idx[pos:])
    return "".join(out), pos_out


def _apply(s: str, idx: list[int], rules: Sequence[Rewrite]) -> tuple[str, list[int]]:
    for pattern, build in rules:
        s, idx = rewrite(s, idx, pattern, build)
    return s, idx


def _keep(*pieces: Piece) -> Callable[[re.Match[str]], Sequence[Piece]]:
    return lambda m: pieces


_LINK_TAIL = r"\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
_TEXT_RULES: list[Rewrite] = [
    (re.compile(r"<!--[\s\S]*?-->"), _keep()),
    (re.compile(r"<(https?://[^>\s]+)>"), _keep(1)),
    (re.compile(r"<img\b[^>]*?\balt=([\"'])(.*?)\1[^>]*>", re.IGNORECASE), _keep(" ", 2, " ")),
    (re.compile(r"<br\s*/?>", re.IGNORECASE), _keep(" ")),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), _keep()),
    (re.compile(r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\]" + _LINK_TAIL), _keep(1)),
    (re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]" + _LINK_TAIL), _keep(1)),
    (re.compile(r"\[([^\[\]^]+)\]\[[^\[\]]*\]"), _keep(1)),
    (re.compile(r"\*\*(?=\S)([\s\S]+?)(?<=\S)\*\*"), _keep(1)),
    (re.compile(r"(?<![\w\\])__(?=\S)([\s\S]+?)(?<=\S)__(?!\w)"), _keep(1)),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]+?)(?<=[^\s\\])\*(?![\w*])"), _keep(1)),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s\\])_(?!\w)"), _keep(1)),
    (re.compile(r"~~(?=\S)([\s\S]+?)(?<=\S)~~"), _keep(1)),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), _keep(1)),
    (
        re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});"),
        lambda m: [html.unescape(m.group(0))],
    ),
]
_MATH_RULES: list[Rewrite] = [
    (re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}|\\(?:phantom|hphantom|vphantom|label|tag)\s*\{[^{}]*\}"), _keep()),
    (re.compile(r"\\\\|(?<!\\)&"), _keep(" ")),  # line breaks and alignment marks of display math
    (re.compile(r"\\\|"), _keep("‖")),
    # symbols first: once a font command is gone, "\\cdot\\mathbf{X}" would read as "\\cdotX"
    (re.compile(r"\\([A-Za-z]+)"), lambda m: _symbol(m.group(1))),
    (re.compile(r"\{\s*\}"), _keep()),
    *[(re.compile(rf"\\(?:{_FONT_COMMANDS})\s*\{{({_NESTED})\}}"), _keep(1))] * 2,
    (re.compile(rf"\\[dt]?frac\s*\{{({_NESTED})\}}\s*\{{({_NESTED})\}}"), _keep(1, "/", 2)),
    (re.compile(r"\\([%&$#_{}])"), _keep(1)),
    (re.compile(r"\\[,;:! ]"), _keep(" ")),
    (re.compile(r"[{}]"), _keep()),
    (re.compile(r"~"), _keep(" ")),
]
# code spans, display math, inline math ("$5 and $10" stays text: no blank inside the delimiters;
# a digit may follow the closing $, as in "8$\\times$48GB")
_SEGMENT = re.compile(r"(`+)([\s\S]+?)\1|(?<!\\)\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$")


def math_text(s: str, idx: list[int]) -> tuple[str, list[int]]:
    """A LaTeX math string as readable text (see the module docstring)."""
    return _apply(s, idx, _MATH_RULES)


def strip_markup(s: str, idx: list[int] | None = None) -> tuple[str, list[int]]:
    """``s`` without inline markup, and the source position of each remaining character.

    Code spans and math are cut out first, so that ``*`` or ``_`` inside them is not read
    as emphasis; the text between them goes through the link, HTML, emphasis, escape and
    entity rules in that order.
    """
    if idx is None:
        idx = list(range(len(s)))
    out: list[str] = []
    pos_out: list[int] = []
    pos = 0

    def text_part(a: int, b: int) -> None:
        t, i = _apply(s[a:b], idx[a:b], _TEXT_RULES)
        out.append(t)
        pos_out.extend(i)

    for m in _SEGMENT.finditer(s):
        text_part(pos, m.start())
        if m.group(2) is not None:  # code: verbatim
            a, b = m.span(2)
            out.append(s[a:b])
            pos_out.extend(idx[a:b])
        else:
            g = 3 if m.group(3) is not None else 4
            a, b = m.span(g)
            t, i = math_text(s[a:b], idx[a:b])
            out.append(t)
            pos_out.extend(i)
        pos = m.end()
    text_part(pos, len(s))
    return "".join(out), pos_out
