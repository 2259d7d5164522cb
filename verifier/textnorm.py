"""Text normalisation that remembers where each character came from.

PDF text arrives with ligature glyphs ("signiﬁcant"), words hyphenated at line ends
("quanti-" / "zation"), odd spaces and a unicode minus. Claims are matched against the
normalised text, but an anchor must point at the characters PyMuPDF gave us, so
:func:`normalise_lines` returns, next to the text, ``offsets[i]``: the index in the raw text
(lines joined with ``"\\n"``) of the character that produced ``text[i]``.

Line-end hyphens are resolved with the document's own vocabulary (:class:`Vocabulary`): a
compound that the document writes mid-line with a hyphen ("zero-shot", "vector-wise") keeps its
hyphen when it is broken at a line end, and so does a word with another hyphen of its own
("five-bit-" + "presence": such a word is broken only at its hyphens), a break whose joined form
(or its stem) the document never writes while both halves are words it writes ("low-" + "zero",
"trace-" + "average") or the second is a compound head ("floorplan-" + "based"), or whose first
half is one letter or an acronym ("A/B-" + "streamed"); any other letter-hyphen-lowercase break is joined
("quanti-" + "zation" -> "quantization", "with-" + "out" where the document writes "without"). A
hyphen after a digit ("8-" / "bit") or before a capital or a digit ("BLOOM-" / "176B") is kept,
unless the document writes the two halves as one word ("Bit-" + "Net" -> "BitNet"). En and em
dashes are kept everywhere ("9–14%"); one unspaced at a line end joins without a space
("matrix–" + "vector"), and so does a web address broken after ".", "/", "-" or "_".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from verifier import english

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}

# Harmless one-to-one replacements (a character that means the same for matching).
_REPLACE = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
}
_SPACES = set("\t\r\n\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000 ")
_DROP = set("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width characters
_SPECIAL = re.compile("[" + re.escape("".join([*LIGATURES, *_REPLACE, *(_SPACES - {" "}), *_DROP])) + "]")
_COMPOUND = re.compile(r"([A-Za-z]{2,})[-\u2010\u2011]([A-Za-z]{2,})")
_SUSPENDED = {"and", "or", "nor", "to", "vs"}  # "zero- and one-shot"
_WORD_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"[A-Za-z]+")


def hyphenated_compounds(lines: Iterable[str]) -> set[str]:
    """Lower-cased "left-right" compounds the text writes with a hyphen inside a line."""
    found: set[str] = set()
    for line in lines:
        if "-" in line or "\u2010" in line or "\u2011" in line:
            for m in _COMPOUND.finditer(line):
                found.add(f"{m.group(1).lower()}-{m.group(2).lower()}")
    return found


_WORDS = re.compile(r"[A-Za-z]+")
# a word broken at a line end: its two halves are no words of the document
_BROKEN = re.compile(r"([A-Za-z]+)-[ \u00a0]*\n[ \u00a0\t]*([A-Za-z]+)")


class Vocabulary:
    """What a document writes, for reading its line-end hyphens: the hyphenated compounds written
    inside a line (:func:`hyphenated_compounds`), and its words (letters only; the halves of words
    broken at line ends not counted), read from all its lines on first use: most passages
    have no line-end hyphen to resolve."""

    __slots__ = ("_compounds", "_heads", "_lines", "_exact", "_lower")

    def __init__(self, lines: Iterable[str]):
        self._lines = list(lines)
        self._compounds: set[str] | None = None
        self._heads: frozenset[str] | None = None
        self._exact: set[str] | None = None
        self._lower: set[str] | None = None

    @property
    def compounds(self) -> set[str]:
        if self._compounds is None:
            self._compounds = hyphenated_compounds(self._lines)
        return self._compounds

    @property
    def heads(self) -> frozenset[str]:
        """Second halves the document's compounds share, after two first halves or more ("vector-wise",
        "row-wise": "wise"): its way of writing them."""
        if self._heads is None:
            seen = Counter(c.rsplit("-", 1)[1] for c in self.compounds)
            self._heads = frozenset(h for h, n in seen.items() if n >= 2 and len(h) >= 3)
        return self._heads

    def _words(self) -> tuple[set[str], set[str]]:
        """The document's words as written and lowered, counted on first use."""
        if self._exact is None or self._lower is None:
            text = "\n".join(self._lines)
            counts = Counter(_WORDS.findall(text))
            for m in _BROKEN.finditer(text):
                counts.subtract(m.groups())
            self._exact = {w for w, n in counts.items() if n > 0}
            self._lower = {w.lower() for w in self._exact}
        return self._exact, self._lower

    def writes(self, word: str, *, exact: bool = False) -> bool:
        """Whether the document writes ``word`` as a word of its own (``exact``: in that case)."""
        written, lowered = self._words()
        return word in written if exact else word.lower() in lowered


def normalise(text: str) -> str:
    """The normalised form of a short string (a heading, a table cell): no offsets."""
    return normalise_lines(text.split("\n"))[0]


def normalise_lines(
    lines: list[str], vocabulary: Vocabulary | None = None
) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Normalise ``lines`` joined by "\\n"; line-end hyphens are read with the document's
    ``vocabulary`` (without one: every letter-hyphen-lowercase break is joined).

    Returns ``(text, offsets, spans)``: ``offsets`` has ``len(text) + 1`` entries (the last is
    the length of the raw text) and ``spans[k]`` is the ``(start, end)`` of line ``k`` in
    ``text``.
    """
    fast = _clean(lines)
    if fast is not None:
        return fast
    out: list[str] = []
    offs: list[int] = []
    spans: list[tuple[int, int]] = []
    base = 0
    for k, line in enumerate(lines):
        if k:
            _join(out, offs, spans, line, base - 1, vocabulary, lines[k - 1])
        start = len(out)
        core = line.strip(" ")
        lead = len(line) - len(line.lstrip(" "))
        if core and not _SPECIAL.search(core) and "  " not in core:
            out.extend(core)  # fast path: nothing to change inside the line
            offs.extend(range(base + lead, base + lead + len(core)))
        else:
            _normalise_chars(line, base, out, offs)
        spans.append((start, len(out)))
        base += len(line) + 1
    while out and out[-1] == " ":  # a line that ended in blanks
        out.pop()
        offs.pop()
    raw_len = max(base - 1, 0)
    offs.append(raw_len)
    spans = [(min(s, len(out)), min(e, len(out))) for s, e in spans]
    return "".join(out), offs, spans


def _clean(lines: list[str]) -> tuple[str, list[int], list[tuple[int, int]]] | None:
    """The common case in one step: nothing to change but the line breaks (each becomes a space)."""
    spans = []
    pos = 0
    for k, line in enumerate(lines):
        if not line or line[0] == " " or line[-1] in " -\u2013\u2014\u00ad" and k < len(lines) - 1:
            return None
        if line[-1] == " " or "  " in line or _SPECIAL.search(line):
            return None
        if line[-1] in "./_" and k < len(lines) - 1 and ("://" in line or "www." in line):
            return None  # perhaps a web address that goes on in the next line
        if line[-1] == "." and k < len(lines) - 1 and _FILE_EXTENSION.match(lines[k + 1]):
            return None  # perhaps a file name that goes on in the next line
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    raw = "\n".join(lines)
    return raw.replace("\n", " "), list(range(len(raw) + 1)), spans


def _normalise_chars(line: str, base: int, out: list[str], offs: list[int]) -> None:
    for i, ch in enumerate(line):
        if ch in _SPACES:
            if out and out[-1] != " " and not _at_line_start(out, offs, base):
                out.append(" ")
                offs.append(base + i)
            continue
        if ch in _DROP:
            continue
        rep = LIGATURES.get(ch) or _REPLACE.get(ch, ch)
        for c in rep:
            out.append(c)
            offs.append(base + i)


# the last word so far is a web address ("https://github.", "www.example.org/"), and what the next line
# opens with can go on in one (lower case, a digit, a path character)
_URL_END = re.compile(r"(?:https?://|www\.)[^\s]*$")
_URL_GOES_ON = re.compile(r"[a-z0-9/#?=&%~_]")
# a file name broken after its period: "REPRODUCING." + "md", "scripts/train." + "py"
_FILE_STEM = re.compile(r"(?:^|\s)[\w/.-]*\w\.$")
_FILE_EXTENSION = re.compile(r"(?:md|py|txt|json|ya?ml|csv|tex|sh|toml|cfg|ipynb|cpp|rs|pdf)(?![\w'-])")


def hyphen_kept(tail: str, head: str, vocabulary: Vocabulary | None) -> bool:
    """Whether a hyphen at a break keeps (or drops, joining the word) where ``tail``, the text before
    the break, ends in a letter or digit and "-", and ``head``, the text after, opens with no space.
    One rule for line ends and for page or column breaks (:func:`verifier.run_ons.join_parts`): a
    word hyphenated after a letter and before a lower-case letter is joined, unless it is a compound
    (:func:`_in_chain`, :func:`_compound`); a hyphen after a digit or before a capital or a digit
    ("8-" + "bit", "BLOOM-" + "176B") stays, unless the document writes the halves as one word
    ("Bit-" + "Net")."""
    m = _WORD_END.search(tail[-40:])
    w = _WORD_START.match(head)
    left = m.group(1) if m else ""
    right = w.group(0) if w else ""
    if tail[-2].isalpha() and head[:1].islower():
        return _in_chain(tail, head) or (vocabulary is not None and _compound(left, right, vocabulary))
    return not (left and right and vocabulary is not None and vocabulary.writes(left + right, exact=True))


def _in_chain(tail: str, head: str) -> bool:
    """Whether the word broken at the hyphen ending ``tail`` holds another hyphen ("five-bit-" + "presence",
    "signed-" + "or-zero"): a word with a hyphen of its own is broken only there, never hyphenated again."""
    token = head.split(None, 1)[0] if head.strip() else ""
    if "-" in token:
        return True
    k = len(tail) - 2
    while k >= 0 and not tail[k].isspace() and len(tail) - k < 60:
        if tail[k] == "-":
            return True
        k -= 1
    return False


# endings whose stem counts as the word written ("" first: the word itself)
_ENDINGS = ("", "s", "es", "ed", "ing")
# second halves that make compounds and are no syllable of a word the line end hyphenated
_COMPOUND_HEADS = frozenset({"based", "aware", "wise", "style", "like", "free", "level", "specific", "dependent",
                             "grained", "driven", "oriented", "agnostic", "constrained", "limited", "bound",
                             "centric", "intensive", "efficient"})


def _compound(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Whether "left-" + "right" at a line end is a compound broken at its own hyphen, not a word the
    line end hyphenated: the document writes it with its hyphen inside a line; or it never writes it
    joined (nor its stem: "MM-" + "freeLM" where it writes "MMfreeLM" is a break) while the left half
    is one letter (no word is hyphenated after its first letter) or an acronym, or the right half is a
    compound head ("-based", "-aware"), or both halves are its words (three letters or more on the
    left: "an-" + "other" is a break)."""
    if f"{left.lower()}-{right.lower()}" in vocabulary.compounds:
        return True
    joined = left + right
    if any(vocabulary.writes(joined[: len(joined) - len(end)]) for end in _ENDINGS if joined.endswith(end)):
        return False  # the document writes the word, or its stem: "off-" + "sets" where it writes "offset"
    if any(vocabulary.writes(stem + end) for stem in english.stems(joined) for end in (*_ENDINGS, "d")):
        return False  # or another inflection of it: "sub-" + "channel" where it writes "subchannels",
        # "fine-" + "tuning" where it writes "finetune"
    if len(left) >= 3 and right.lower() in vocabulary.heads:
        return True  # the document writes "vector-wise" and "row-wise": "column-" + "wise" is one more
    if english.known(joined):
        return False  # an English word: "an-" + "other", "quan-" + "tization"
    if len(left) == 1 or left.isupper():
        return True  # (an acronym is not hyphenated: "T-ACE-" + "style")
    if right.lower() in _COMPOUND_HEADS and len(left) >= 3:
        return True  # "floorplan-" + "based" ("un-" + "limited" is a break)
    # both halves words, of the document or of English, the whole none: "memory-" + "bounded", "well-" + "balanced"
    return len(left) >= 3 and all(vocabulary.writes(w) or english.known(w) for w in (left, right))


def _drop_hyphen(out: list[str], offs: list[int], spans: list[tuple[int, int]]) -> None:
    """Drop the hyphen that ends the text so far: the word goes on in the next line."""
    out.pop()
    offs.pop()
    s, e = spans[-1]
    spans[-1] = (s, min(e, len(out)))


def _at_line_start(out: list[str], offs: list[int], base: int) -> bool:
    """True when nothing of the current line has been written yet (skip leading blanks)."""
    return not offs or offs[-1] < base


def _join(out, offs, spans, nxt: str, nl: int, vocabulary: Vocabulary | None, prev: str) -> None:
    """Join the text so far with the next line (``nl`` is the raw index of the "\\n")."""
    if prev.rstrip(" ").endswith("\u00ad"):
        return  # a soft hyphen: the word goes on in the next line
    while out and out[-1] == " ":  # trailing blanks of the previous line
        out.pop()
        offs.pop()
    if not out:
        return
    head = nxt.lstrip(" \u00a0\t")
    first = head[:1]
    last = out[-1]
    if last == "-" and len(out) >= 2 and first and out[-2].isalnum() and not first.isspace():
        w = _WORD_START.match(head)
        right = w.group(0) if w else ""
        if out[-2].isalpha() and right in _SUSPENDED and head[len(right):len(right) + 1] != "-":
            out.append(" ")  # "zero- and one-shot"; not "signed-" + "or-zero"
            offs.append(nl)
        elif not hyphen_kept("".join(out[-60:]), head, vocabulary):
            _drop_hyphen(out, offs, spans)
        return
    if last in "\u2013\u2014" and len(out) >= 2 and out[-2].isalnum() and first[:1].isalnum():
        return  # a range or a pair broken after its unspaced dash: "1.1–" + "1.9", "matrix–" + "vector"
    if last == "-" and len(out) >= 2 and out[-2] in "%)]" and first[:1].isalnum():
        return  # the same after a percentage or a bracket: "(0.1%-" + "1%)"
    if last in "./-_" and _URL_GOES_ON.match(head) and _URL_END.search("".join(out[-200:])):
        return  # a web address broken at a line end: "https://github." + "com/..."
    if last == "." and _FILE_EXTENSION.match(head) and _FILE_STEM.search("".join(out[-80:])):
        return  # a file name broken after its period: "REPRODUCING." + "md"
    out.append(" ")
    offs.append(nl)
