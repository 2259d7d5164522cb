"""Required literals: the screen never rejects a text its pattern matches (the oracle is the pattern
itself, over the corpus papers' text, case variants and the letters that case-insensitive matching
equates with ASCII ones), and it does reject most texts."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from verifier import claim_fields, lexicon
from verifier import quantities
from verifier.literals import FOLD_TRAPS, Alternation, Folded, Screened, ScreenedSet, required

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"


def _lexicon_patterns() -> list[str]:
    lists = [p for _, _, ps in lexicon.METHODS for p in ps] + [p for _, ps in lexicon.DATASETS for p in ps]
    lists += [p for _, _, ps in lexicon.METRICS for p in ps] + list(lexicon.MODELS) + list(lexicon.HARDWARE)
    for name in ("SETUP_CUES", "COMPARISON_CUES", "SPEEDUP_CUES", "MEMORY_CUES", "TREND_CUES", "RESULT_CUES",
                 "EFFECT_CUES", "BASELINE_LEADS", "NAMED_BASELINE_LEADS", "BASELINE_NAMES", "OWN_METHOD",
                 "SETUP_TABLE_CUES"):
        lists += list(getattr(lexicon, name))
    lists += [p for _, ps in lexicon.DIRECTIONS for p in ps] + [p for _, p in lexicon.METRIC_VARIANTS]
    lists += [p for _, p in lexicon.HARNESSES]
    return list(dict.fromkeys(lists))


PATTERNS = _lexicon_patterns()
CONDITIONS = [s.rx.pattern for _, s in claim_fields._CONDITIONS]


def test_literals_come_from_what_every_match_passes_through():
    assert required(r"\bbatch[- ]sizes?\b") == (("batch", False),)
    assert required(r"(?-i:\bLSQ\+?)") == (("LSQ", True),)  # case kept inside (?-i:...)
    assert required(r"\b(?:grows?|shrinks?)\b") == (("grow", False), ("shrink", False))  # every branch
    assert required(r"\b(?:grows?|x)\b") is None  # a branch without a literal of 2+ characters: no screen
    assert required(r"(?:ab)?cd") == (("cd", False),)  # an optional group is not required
    assert required(r"(?:abc)+") == (("abc", False),)  # a group repeated at least once is
    assert required(r"Über") == (("ber", False),)  # non-ASCII letters are left out under IGNORECASE
    assert required(r"(?-i:Über)") == (("Über", True),)
    assert required(r"x", re.IGNORECASE | re.MULTILINE) is None  # other flags: no screen
    assert required(r"\[\d+\]") is None and required(r"\[\d+\]", min_length=1) == (("[", False),)
    with pytest.raises(re.error):
        required(r"(unclosed")


def _texts() -> list[str]:
    texts = [
        "We use a Batch-Size of 32 and LSQ+ with GPTQ on WikiText-2.",
        "ẞ long ſ: ſparsity and the Kelvin sign in 4K and İNT8 and ıncreases",
        "QUANTIZATION-AWARE TRAINING outperforms PTQ; perplexity 5.68 vs 5.72",
    ]
    if CORPUS.is_dir():
        import pymupdf

        for pdf in sorted(CORPUS.glob("*/paper.pdf")):
            with pymupdf.open(pdf) as doc:
                for page in doc:
                    texts += [t for t in re.split(r"(?<=[.;:])\s+", page.get_text()) if t.strip()]
    rng = random.Random(0)
    variants = []
    for t in texts[:400]:
        variants.append(t.upper())
        variants.append(t.swapcase())
        chars = list(t)
        for _ in range(3):  # letters swapped for the ones IGNORECASE equates with i, s and k
            i = rng.randrange(len(chars))
            if chars[i].lower() in "isk":
                chars[i] = {"i": "\u0131", "s": "\u017f", "k": "\u212a"}[chars[i].lower()]
        variants.append("".join(chars))
    return texts + variants


def test_the_screen_never_rejects_a_text_its_pattern_matches():
    texts = _texts()
    folded = [Folded(t) for t in texts]
    screened = [Screened(p) for p in PATTERNS + CONDITIONS]
    assert sum(s.need is not None for s in screened) >= 0.9 * len(screened)
    rejected = wrong = 0
    for s in screened:
        for t, f in zip(texts, folded):
            matched = s.rx.search(t) is not None
            if not f.may_hold(s.need):
                rejected += 1
                wrong += matched
                assert not matched, (s.rx.pattern, t)
    assert wrong == 0 and rejected > 0.8 * len(screened) * len(texts), rejected  # and it screens most out


def test_fold_traps_turn_the_screen_off():
    assert Folded("plain ascii").exact and Folded("4×4 µs").exact
    for ch in FOLD_TRAPS:
        assert not Folded(f"text with {ch}").exact
    s = Screened(r"\bsparsity\b")
    assert s.rx.search("\u017fparsity") and s.search(Folded("\u017fparsity"))  # long s: searched, found
    assert s.search(Folded("density")) is None


def test_a_screened_set_names_every_pattern_that_can_match_in_order():
    patterns = tuple(PATTERNS[:80])
    group = ScreenedSet(patterns)
    for t in _texts()[:300]:
        candidates = group.candidates(Folded(t))
        assert candidates == sorted(candidates)
        matching = [i for i, p in enumerate(patterns) if re.search(p, t, re.IGNORECASE)]
        assert set(matching) <= set(candidates), t


def test_count_cues_and_mentions_answer_as_the_plain_patterns_do():
    texts = _texts()[:300]
    for t in texts:
        for cues in (lexicon.SETUP_CUES, lexicon.COMPARISON_CUES, lexicon.TREND_CUES):
            plain = sum(1 for p in cues if re.search(p, t, re.IGNORECASE))
            assert claim_fields.count_cues(t, cues) == plain, t
        methods = [(a, b, m.name) for a, b, m in claim_fields.find_methods(t)]
        spans = [(a, b) for a, b, _ in methods]
        assert spans == sorted(spans) and all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
        for a, b, _ in methods:
            assert any(re.fullmatch(p, t[a:b], re.IGNORECASE) for _, _, ps in lexicon.METHODS for p in ps)


def test_an_alternation_finds_what_the_whole_alternation_finds():
    """Dropping the alternatives a text cannot hold changes no match: the oracle is the plain
    alternation, over the corpus text and its variants; the screened one runs on fewer alternatives."""
    branches = quantities._EXCLUDED.branches
    plain = re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE)
    alternation = Alternation(branches, re.IGNORECASE)
    texts = _texts() + ["see Table 3 and \\cite{x} [12] at 10:30 (1) RTX 4090 and Eq. 2, https://x.org/1",
                        "arXiv: 2306.03805v2 [3, 7] [5.2](#S5.SS2)",
                        "Sec.~4 and \u00a7 3 of Figs. 2-4"]
    narrowed = 0
    for t in texts:
        assert [m.span() for m in alternation.finditer(t)] == [m.span() for m in plain.finditer(t)], t
        narrowed += len([n for n in alternation.needs if n is not None and not Folded(t).may_hold(n)]) > 0
    assert narrowed > 0.9 * len(texts)  # most texts lack some alternative's literal
    assert all(n is not None for n in alternation.needs)  # every alternative of the exclusions is screened
