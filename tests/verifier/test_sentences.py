"""Sentence spans: abbreviations, decimals and names do not split; every span is exact text."""

from __future__ import annotations

import pytest

from verifier.sentences import split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    for a, b in spans:
        assert text[a:b] == text[a:b].strip() and text[a:b]
    return [text[a:b] for a, b in spans]


def test_abbreviations_decimals_and_names_do_not_split():
    text = (
        "We compare methods, e.g. GPTQ vs. RTN, as in Dettmers et al. (2022) and Fig. 3. "
        "LLM.int8() keeps 99.9% of values in 8-bit, i.e. most of them! "
        "Is it faster? Yes (see Eq. 2). Final words"
    )
    assert sentences(text) == [
        "We compare methods, e.g. GPTQ vs. RTN, as in Dettmers et al. (2022) and Fig. 3.",
        "LLM.int8() keeps 99.9% of values in 8-bit, i.e. most of them!",
        "Is it faster?",
        "Yes (see Eq. 2).",
        "Final words",
    ]


def test_a_reference_at_the_end_of_a_sentence_still_ends_it():
    assert sentences("The result is in Table 3. Then we move on.") == ["The result is in Table 3.", "Then we move on."]


def test_a_caption_label_stays_with_its_first_sentence():
    text = "Table 1. C4 validation perplexities of quantization methods. We see that absmax fails."
    assert sentences(text) == [
        "Table 1. C4 validation perplexities of quantization methods.",
        "We see that absmax fails.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []


def test_closing_brackets_and_quotes_belong_to_the_sentence():
    assert sentences('It works (mostly.) "Really." Next.') == ["It works (mostly.)", '"Really."', "Next."]


def test_a_footnote_mark_before_a_capital_starts_a_sentence():
    # SmoothQuant's Table 4 caption: "... and QNLI. *Accuracy is not column-wise comparable ..." was one sentence
    text = "For GLM-130B we show the average accuracy on QNLI. *Accuracy is not comparable. A value of 5. *p is small."
    assert sentences(text) == [
        "For GLM-130B we show the average accuracy on QNLI.",
        "*Accuracy is not comparable.",
        "A value of 5. *p is small.",
    ]
