"""Final answers out of model text, for GSM8K and MATH, in a strict and a flexible mode; exact match.

Model outputs are free text; a score is only as good as the rule that finds the answer in it,
and reports of the same model differ by several points with the rule alone. So both rules are
computed and reported side by side, in the spirit of lm-evaluation-harness' GSM8K filters:

- GSM8K. References end with ``#### <number>`` (``gsm8k_reference``). *Strict*: the number after
  the last ``####`` or the last "The answer is <number>" (the format a few-shot prompt teaches);
  no such phrase, no answer. *Flexible*: the last number anywhere in the text. Numbers are
  compared after ``normalize_number``: commas, ``$`` and a trailing period dropped, ``18.00`` ->
  ``18``, so "$1,000.00" equals "1000".
- MATH. Answers are LaTeX inside ``\\boxed{...}`` (braces may nest: ``last_boxed``). *Strict*: the
  last ``\\boxed{}`` / ``\\fbox{}`` only. *Flexible*: the boxed answer when there is one, else
  "final answer is <x>" / "answer is <x>", else the last ``$...$`` span, else the last number.
  Both sides are compared after ``normalize_math``, the string normalisation of the MATH paper
  (Hendrycks et al. 2021, ``is_equiv``) plus ``\\left``/``\\right``, ``\\dfrac``/``\\tfrac``, trailing
  ``.0``, ``\\text{}`` units and thousands separators; no symbolic algebra (``x+1`` and ``1+x``
  differ), which the notes of a run must say.

Pure functions of strings, standard library only.
"""

from __future__ import annotations

import re

MODES = ("strict", "flexible")
_NUMBER = r"-?[$]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_GSM_HASH = re.compile(r"####\s*(" + _NUMBER + ")")
_GSM_PHRASE = re.compile(r"[Tt]he (?:final )?answer is[:\s]*\$?\s*(" + _NUMBER + ")")
_ANY_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"answer extraction mode {mode!r} is unknown; use one of {', '.join(MODES)}")


# ----------------------------------------------------------------------------- GSM8K


def normalize_number(text: str | None) -> str | None:
    """A number as a canonical string: no commas, $, spaces or trailing period; 18.50 -> 18.5, 7.0 -> 7."""
    if text is None:
        return None
    s = text.strip().replace(",", "").replace("$", "").replace(" ", "").rstrip(".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", s):
        return s or None
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def gsm8k_reference(answer: str) -> str:
    """The number after ``####`` in a GSM8K reference answer, normalised."""
    match = _GSM_HASH.search(answer)
    if match is None:
        raise ValueError(f"GSM8K reference has no '#### <number>' line: {answer[-80:]!r}")
    return normalize_number(match.group(1))


def extract_gsm8k(text: str, mode: str = "strict") -> str | None:
    """The model's final number (normalised), or None when the mode finds none."""
    _check_mode(mode)
    found = [(m.start(), m.group(1)) for pattern in (_GSM_HASH, _GSM_PHRASE) for m in pattern.finditer(text)]
    if found:
        return normalize_number(max(found)[1])
    if mode == "strict":
        return None
    numbers = _ANY_NUMBER.findall(text)
    return normalize_number(numbers[-1]) if numbers else None


def gsm8k_match(text: str, reference_answer: str, mode: str = "strict") -> bool:
    """Exact match of the extracted number against the reference's ``####`` number."""
    got = extract_gsm8k(text, mode)
    return got is not None and got == gsm8k_reference(reference_answer)


# ----------------------------------------------------------------------------- MATH


def last_boxed(text: str) -> str | None:
    """Content of the last ``\\boxed{...}`` or ``\\fbox{...}`` (nested braces kept), or ``\\boxed 5``."""
    start = max(text.rfind("\\boxed"), text.rfind("\\fbox"))
    if start < 0:
        return None
    rest = text[start:]
    head = "\\boxed" if rest.startswith("\\boxed") else "\\fbox"
    rest = rest[len(head):]
    if rest.startswith(" ") and not rest.lstrip().startswith("{"):
        token = rest.strip().split("$")[0].split()
        return token[0] if token else None
    brace = rest.find("{")
    if brace < 0 or rest[:brace].strip():
        return None
    depth = 0
    for i in range(brace, len(rest)):
        if rest[i] == "{":
            depth += 1
        elif rest[i] == "}":
            depth -= 1
            if depth == 0:
                return rest[brace + 1:i]
    return None  # unbalanced: the output was cut off


def _fix_fracs(s: str) -> str:
    """\\frac12 -> \\frac{1}{2}, \\frac1{2} -> \\frac{1}{2}."""
    parts = s.split("\\frac")
    out = parts[0]
    for part in parts[1:]:
        out += "\\frac"
        if part.startswith("{") or len(part) < 2:
            out += part
            continue
        a, b, rest = part[0], part[1], part[2:]
        out += "{" + a + "}" + (b + rest if b == "{" else "{" + b + "}" + rest)
    return out


def _fix_slash(s: str) -> str:
    """a/b with integer a and b -> \\frac{a}{b}."""
    m = re.fullmatch(r"(-?\d+)/(\d+)", s)
    return f"\\frac{{{m.group(1)}}}{{{m.group(2)}}}" if m else s


def _fix_sqrt(s: str) -> str:
    """\\sqrt3 -> \\sqrt{3}."""
    return re.sub(r"\\sqrt(\w)", r"\\sqrt{\1}", s)


def _strip_text_units(s: str) -> str:
    """Drop a trailing unit in \\text{...}/\\mbox{...} ("5\\text{ cm}" -> "5"); keep \\text{} that is the answer."""
    stripped = re.sub(r"\\(?:text|mbox|mathrm)\{\s*[A-Za-z ]*\}\s*$", "", s).strip()
    return stripped if stripped else s


def normalize_math(answer: str | None) -> str | None:
    """A MATH answer in canonical string form (see the module docstring); None stays None."""
    if answer is None:
        return None
    s = answer.strip().replace("\n", "").replace("\\!", "")
    s = s.replace("\\\\", "\\").replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
    s = s.replace("\\left", "").replace("\\right", "")
    s = s.replace("^{\\circ}", "").replace("^\\circ", "").replace("\\circ", "")
    s = s.replace("\\$", "").replace("$", "")
    s = _strip_text_units(s)
    s = s.replace("\\%", "").replace("%", "")
    s = re.sub(r"\\(?:text|mbox|textbf|mathrm)\{(.*?)\}", r"\1", s)
    s = s.replace(" .", " 0.").replace("{.", "{0.")
    if s.startswith("."):
        s = "0" + s
    # "x = 5" / "k=5": keep the right-hand side of a short single assignment
    parts = s.split("=")
    if len(parts) == 2 and len(parts[0].strip()) <= 2:
        s = parts[1]
    s = _fix_sqrt(s)
    s = s.replace(" ", "").replace("\\,", "").replace("\\;", "").replace("\\ ", "")
    s = _fix_fracs(s)
    if s == "0.5":
        s = "\\frac{1}{2}"
    s = _fix_slash(s)
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    if re.fullmatch(r"-?\d+\.\d+", s):
        s = s.rstrip("0").rstrip(".")
    s = s.rstrip(".")
    return s


_FINAL = re.compile(r"(?:final answer|answer) is[:\s]*(.+?)(?:\.\s|\.?$|\n)", re.IGNORECASE)
_DOLLARS = re.compile(r"\$([^$]+)\$")


def extract_math(text: str, mode: str = "strict") -> str | None:
    """The model's final MATH answer (normalised), or None when the mode finds none."""
    _check_mode(mode)
    boxed = last_boxed(text)
    if boxed is not None or mode == "strict":
        return normalize_math(boxed)
    finals = _FINAL.findall(text)
    if finals:
        inner = finals[-1].strip()
        inner_boxed = last_boxed(inner)
        math = _DOLLARS.findall(inner)
        return normalize_math(inner_boxed if inner_boxed is not None else math[-1] if math else inner)
    spans = _DOLLARS.findall(text)
    if spans:
        return normalize_math(spans[-1])
    numbers = _ANY_NUMBER.findall(text)
    return normalize_math(numbers[-1]) if numbers else None


def math_match(text: str, reference: str, mode: str = "strict") -> bool:
    """Exact match of the extracted answer against a reference answer (both normalised)."""
    got = extract_math(text, mode)
    return got is not None and got == normalize_math(reference)


def math_reference(solution: str) -> str | None:
    """The reference answer of a MATH solution: its last boxed expression, normalised."""
    return normalize_math(last_boxed(solution))
