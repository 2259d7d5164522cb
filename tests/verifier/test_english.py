"""English words for reading line-end hyphens (verifier.english): lemmas of two dictionaries and
their inflections through stems."""

from __future__ import annotations

import gc

import pytest

from verifier.english import known, words


def test_the_dictionaries_are_loaded_lower_case_and_large():
    vocab = words()
    assert len(vocab) > 200_000 and "balanced" in vocab and all(w == w.lower() for w in list(vocab)[:1000])
    gc.collect()  # held where the garbage collector does not walk it on every full collection
    assert not gc.is_tracked(vocab)


@pytest.mark.parametrize("word", ["preserves", "remedies", "hyphenated", "encoding", "stopped", "Another",
                                  "quantization", "bounded", "applied"])
def test_words_and_their_inflections_are_known(word):
    assert known(word)


@pytest.mark.parametrize("word", ["memorybounded", "wellbalanced", "tization", "gine", "quantiza", "xqzt"])
def test_joined_compounds_and_broken_halves_are_not(word):
    assert not known(word)
