"""English words, for reading hyphens at line ends: is "memory-" + "bounded" a compound broken at its
own hyphen or a word the line end hyphenated?

The words are those of two public-domain dictionaries (Webster's Second International and the
GNU Collaborative International Dictionary of English) as the ``english-words`` package ships them:
lemmas, lower-case, letters only (about 300,000). They are loaded on first use. Inflected forms
are read through their stems (:func:`known`): "preserves" through "preserve", "hyphenated"
through "hyphenate". The document's own words come first (``verifier.textnorm.Vocabulary``); this
list decides only where the document does not.
"""

from __future__ import annotations

from functools import cache

# (ending, what the stem may have lost): "encoding" -> "encode", "stopped" -> "stop"
_ENDINGS = (("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
            ("ing", "e"), ("ly", ""),
            ("er", ""), ("ers", ""), ("est", ""), ("ier", "y"), ("iest", "y"), ("ings", ""), ("ness", ""),
            ("ment", ""), ("al", ""))  # fmt: skip


@cache
def words() -> dict[str, None]:
    """The dictionaries' words, lower-case, as the keys of a dict: a dict that holds only strings drops
    out of the garbage collector's view after its first pass, where a set of 300,000 words stays in it
    and every full collection walks them (23 ms a full collection with the set, 3 ms without)."""
    from english_words import get_english_words_set

    return dict.fromkeys(get_english_words_set(["web2", "gcide"], alpha=True, lower=True))


def _stripped(w: str):
    """(stem, what it may have lost) for each ending ``w`` may carry, the stem three letters or more."""
    for ending, lost in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            yield w[: -len(ending)], lost


def stems(word: str) -> set[str]:
    """``word`` (lower-case) and what it may be an inflection of: "finetuning" -> "finetun", "finetune"."""
    w = word.lower()
    return {w, *(stem + lost for stem, lost in _stripped(w))}


def known(word: str) -> bool:
    """Whether ``word`` (any case) is an English word or an inflection of one; stems of at least
    three letters ("bounded" -> "bound", "encoding" -> "encode", "stopped" -> "stop")."""
    w = word.lower()
    vocab = words()
    if w in vocab:
        return True
    for stem, lost in _stripped(w):
        if stem + lost in vocab or (lost == "" and len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in vocab):
            return True
    return False
