"""Required literals of a regular expression: a substring test that rejects texts a pattern cannot match.

Claim extraction asks tens of thousands of "does this cue occur in this sentence?" questions a
paper, and most answers are no. ``r"\\bbatch[- ]sizes?\\b"`` cannot match a sentence that lacks
"batch", and ``"batch" in sentence.lower()`` costs a fraction of a regex search, so each pattern
carries the literals one of which every match contains (:func:`required`), and a search runs only
where one of them occurs (:class:`Screened`).

Exact, not a heuristic: a pattern is screened only where the test cannot reject a text the
pattern matches. Literals come from the standard library's own parse of the pattern (what it
means, not how it is spelled), from parts every match must pass through: runs of literal
characters in the main sequence and in mandatory groups, and alternations whose every branch has
such a run. Under ``re.IGNORECASE`` only ASCII literals are kept and compared with the lowered
text; four non-ASCII letters match ASCII ones under that flag (dotted and dotless I, long s, the
Kelvin sign), so a text holding one of them is searched without the screen.
"""

from __future__ import annotations

import re

try:  # the standard library's parser (Python 3.11+: re._parser, before: sre_parse)
    from re import _constants as _sre, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: nothing is screened, every search runs
    _parser = None

Need = tuple[tuple[str, bool], ...]  # (literal, case-sensitive) alternatives: one of them occurs in every match

# non-ASCII characters that re.IGNORECASE equates with ASCII letters (İ ı ſ K)
FOLD_TRAPS = "\u0130\u0131\u017f\u212a"
MIN_LENGTH = 2


def _score(need: Need) -> tuple[int, int]:
    return min(len(lit) for lit, _ in need), -len(need)


def _best(candidates: list[Need], min_length: int) -> Need | None:
    good = [c for c in candidates if c and _score(c)[0] >= min_length]
    return max(good, key=_score) if good else None


def _sequence(items, ignore_case: bool, min_length: int = MIN_LENGTH) -> Need | None:
    """The best requirement of a parsed sequence (every item of which every match passes through)."""
    candidates: list[Need] = []
    run: list[str] = []

    def close():
        if run:
            candidates.append((("".join(run), not ignore_case),))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            ch = chr(av)
            if ignore_case and not ch.isascii():
                close()
            else:
                run.append(ch.lower() if ignore_case else ch)
        elif op is _sre.AT:  # a boundary consumes nothing: the literals around it stay adjacent
            continue
        elif op is _sre.SUBPATTERN:
            close()
            _group, add, delete, body = av
            ci = (ignore_case or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not delete & _sre.SRE_FLAG_IGNORECASE
            inner = _sequence(body.data, ci, min_length)
            if inner:
                candidates.append(inner)
        elif op is _sre.BRANCH:
            close()
            alternatives = [_sequence(branch.data, ignore_case, min_length) for branch in av[1]]
            if alternatives and all(alternatives):
                candidates.append(tuple(dict.fromkeys(x for alt in alternatives if alt for x in alt)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            close()  # the item occurs at least once: its own requirement holds
            inner = _sequence(av[2].data, ignore_case, min_length)
            if inner:
                candidates.append(inner)
        else:
            close()
    close()
    return _best(candidates, min_length)


def required(pattern: str, flags: int = re.IGNORECASE, min_length: int = MIN_LENGTH) -> Need | None:
    """Literals one of which every match of ``pattern`` contains, or None where none is known.

    Case-insensitive literals are ASCII and lower-case; each says whether it is compared with the
    text as it is (True) or lowered (False). Literals shorter than ``min_length`` do not count
    (a one-character test rejects few texts, unless the character is rare there: "[", "\\").
    """
    if _parser is None or flags & ~re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern, flags)  # a bad pattern raises re.error, as compiling it would
    try:
        return _sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE), min_length)
    except (AttributeError, IndexError, TypeError, ValueError):  # an unforeseen parse tree: no screen
        return None


class Folded:
    """A text and its lowered form, for many screens of the same text."""

    __slots__ = ("text", "lower", "exact")

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.exact = text.isascii() or not any(ch in text for ch in FOLD_TRAPS)

    def may_hold(self, need: Need | None) -> bool:
        """False only where no match of a pattern with requirement ``need`` can be in the text."""
        if need is None or not self.exact:
            return True
        for lit, exact_case in need:  # a loop, not any(<generator>): asked tens of thousands of times a paper
            if lit in (self.text if exact_case else self.lower):
                return True
        return False


class ScreenedSet:
    """Patterns screened together: each distinct literal is tested once per text, whatever number
    of patterns need it."""

    __slots__ = ("patterns", "_always", "_lower", "_exact")

    def __init__(self, patterns, flags: int = re.IGNORECASE):
        self.patterns = tuple(Screened(p, flags) for p in patterns)
        self._always = frozenset(i for i, p in enumerate(self.patterns) if p.need is None)
        by_literal: dict[tuple[str, bool], list[int]] = {}
        for i, p in enumerate(self.patterns):
            for key in p.need or ():
                by_literal.setdefault(key, []).append(i)
        self._lower = tuple((lit, tuple(ix)) for (lit, exact), ix in by_literal.items() if not exact)
        self._exact = tuple((lit, tuple(ix)) for (lit, exact), ix in by_literal.items() if exact)

    def candidates(self, folded: Folded) -> list[int]:
        """Indexes (ascending) of the patterns that may match ``folded``; the others cannot."""
        if not folded.exact:
            return list(range(len(self.patterns)))
        hit = set(self._always)
        lower, text = folded.lower, folded.text
        for lit, ix in self._lower:
            if lit in lower:
                hit.update(ix)
        for lit, ix in self._exact:
            if lit in text:
                hit.update(ix)
        return sorted(hit)


class Screened:
    """A compiled pattern with its required literals."""

    __slots__ = ("rx", "need")

    def __init__(self, pattern: str, flags: int = re.IGNORECASE):
        self.rx = re.compile(pattern, flags)
        self.need = required(pattern, flags)

    def search(self, folded: Folded) -> re.Match[str] | None:
        return self.rx.search(folded.text) if folded.may_hold(self.need) else None

    def finditer(self, folded: Folded):
        """The matches in ``folded``'s text; none searched for where the text holds no required literal."""
        return self.rx.finditer(folded.text) if folded.may_hold(self.need) else iter(())


class Alternation:
    """A pattern of alternatives ``b1|b2|...``, run in each text with only the alternatives that may
    match there.

    Exact: an alternative none of whose required literals occurs in the text matches nowhere in it,
    and dropping it changes no match of the alternation (at every position the engine tries the
    others in the same order). A long alternation scanned at every position of every text (the
    spans numbers never start in) mostly tries alternatives that cannot match. The patterns of the
    at most 2**n subsets are compiled on first use and kept, like any compiled pattern.
    """

    __slots__ = ("branches", "flags", "needs", "_compiled")

    def __init__(self, branches, flags: int = 0, min_length: int = 1):
        self.branches = tuple(branches)
        self.flags = flags
        self.needs = tuple(required(b, flags, min_length) for b in self.branches)
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def finditer(self, text: str):
        folded = Folded(text)
        kept = tuple(i for i, need in enumerate(self.needs) if folded.may_hold(need))
        if not kept:
            return iter(())
        rx = self._compiled.get(kept)
        if rx is None:
            rx = self._compiled[kept] = re.compile("|".join(f"(?:{self.branches[i]})" for i in kept), self.flags)
        return rx.finditer(text)
