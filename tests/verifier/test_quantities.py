"""Numbers in every notation papers use: values, units, ranges, qualifiers, what is not a number,
and equality across notations (the rule Gate 1 relies on)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from verifier.claims import Quantity
from verifier.errors import InputError
from verifier.quantities import parse_number, parse_quantities, quantities_equal, verb_factors

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def only(text: str, **kwargs) -> Quantity:
    """The single quantity of ``text``; fails if there is not exactly one."""
    found = parse_quantities(text, **kwargs)
    assert len(found) == 1, f"expected one quantity in {text!r}, got {[q.text for q, _, _ in found]}"
    return found[0][0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("2e-5", 2e-5),
        ("2E-05", 2e-5),
        ("2 x 10^-5", 2e-5),
        ("2 × 10^{-5}", 2e-5),
        ("$2e-5$", 2e-5),
        ("1\\times10^{-8}", 1e-8),
        ("1 \\times 10^{-8}", 1e-8),
        ("10^{-3}", 1e-3),
        ("2×10<sup>-5</sup>", 2e-5),
        ("3 × 10⁻⁴", 3e-4),
        ("2,084,044,800", 2084044800.0),
        ("392,704", 392704.0),
        ("−0.9", -0.9),
        ("+18.1", 18.1),
        (".5", 0.5),
        ("175B", 1.75e11),
        ("1.6\\,", 1.6),
    ],
)
def test_parse_number_reads_every_notation(text, value):
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("bad", ["", "abc", "1.2.3", "2e", "x10^5", "12%"])
def test_parse_number_refuses_what_is_not_one_number(bad):
    with pytest.raises(InputError) as err:
        parse_number(bad)
    assert err.value.subject == bad and err.value.hint


@pytest.mark.parametrize(
    "text, value",
    [
        ("we set $\\alpha = 1 \\times 10^{-8}$ in all runs", 1e-8),
        ("a learning rate of 2 × 10−5 was used", 2e-5),  # a PDF that lost the superscript
        ("lr=2E-05 throughout", 2e-5),
    ],
)
def test_scientific_notation_inside_sentences(text, value):
    q = only(text)
    assert q.value == pytest.approx(value) and q.unit is None


def test_spans_point_at_the_text_they_were_read_from():
    text = (
        "The 210 tensors contain 2,084,044,800 ternary weights, giving a zero density of 42.2109%, "
        "up to 2.3x faster at 9–14% shorter clock periods (1.50\\,ns) with W4A16 and 175B parameters."
    )
    found = parse_quantities(text)
    assert [q.text for q, _, _ in found] == [
        "210", "2,084,044,800", "42.2109%", "2.3x", "9–14%", "1.50\\,ns", "W4", "A16", "175B",
    ]  # fmt: skip
    for q, a, b in found:
        assert text[a:b] == q.text


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("reach 9–14% shorter", 9, 14, "%"),
        ("reach 9--14\\% shorter", 9, 14, "%"),
        ("between 9 to 14% shorter", 9, 14, "%"),
        ("65-85% of all computation", 65, 85, "%"),
        ("brings 2.7-3.9$\\times$ speedup", 2.7, 3.9, "x"),
        ("costs 42--49\\,fJ per weight", 42, 49, "fJ"),
        ("uses $-2\\%$ to $+5\\%$ more", -2, 5, "%"),
        ("a (0.1%-1%) fraction", 0.1, 1, "%"),
        ("decreases only between 0.02-0.3%", 0.02, 0.3, "%"),
        ("models of 7-13B parameters", 7e9, 13e9, "params"),
    ],
)
def test_ranges(text, low, high, unit):
    q = only(text)
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)
    assert q.value == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    "text, factors",
    [
        ("INT8 quantization can halve the GPU memory usage and nearly double the throughput",
         [(2.0, "eq", "halve"), (2.0, "approx", "double")]),
        ("SmoothQuant halves the memory footprints", [(2.0, "eq", "halves")]),
        ("1.56x speedup and halving the memory usage", [(2.0, "eq", "halving")]),
        ("Memory footprint is almost halved compared to FP16.", [(2.0, "approx", "halved")]),
        ("the throughput is roughly tripled", [(3.0, "approx", "tripled")]),
        ("which cut the memory needed for inference by half", [(2.0, "eq", "by half")]),
        ("we can reduce the storage in half", [(2.0, "eq", "in half")]),
        # names and adjectives, no factor; nor half of a count
        ("Double quantization saves memory", []),
        ("a double-precision accumulator", []),
        ("using only half number of GPUs", []),
        ("half of the heads are pruned", []),
    ],
)
def test_factors_said_with_a_verb(text, factors):
    found = verb_factors(text)
    assert [(q.value, q.qualifier, q.text) for q, _, _ in found] == factors
    assert all(text[a:b] == q.text and q.unit == "x" for q, a, b in found)
    # not numbers of the text: grounding reads these verbs as words
    assert not any(q.text == f[2] for q, _, _ in parse_quantities(text) for f in factors)


def test_a_change_from_one_value_to_another_is_not_a_range():
    found = parse_quantities("improves perplexity from 23.54 to 11.92")
    assert [(q.value, q.low) for q, _, _ in found] == [(23.54, None), (11.92, None)]
    # ... "ranging from 0.1 to 3" is a range (AWQ: "a few GPU hours (ranging from 0.1 to 3, ...)")
    found = parse_quantities("requiring a few GPU hours (ranging from 0.1 to 3, depending on the model size)")
    assert [(q.low, q.high) for q, _, _ in found] == [(0.1, 3.0)]
    # ... and a dash after "from" joins a range: natural-sparsity's saving "from 3.7–6.8% to about 3.4–6.3%"
    found = parse_quantities("lowers the saving from 3.7–6.8% to about 3.4–6.3%")
    assert [(q.text, q.low, q.high) for q, _, _ in found] == [("3.7–6.8%", 3.7, 6.8), ("3.4–6.3%", 3.4, 6.3)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("2.3x faster", 2.3, "x"),
        ("a 2× reduction", 2, "x"),
        ("1.8 times faster", 1.8, "x"),
        ("3-fold compression", 3, "x"),
        ("about two times faster", 2, "x"),
        ("twice as fast", 2, "x"),
        ("4.5 ms per token", 4.5, "ms"),
        ("3 s per batch", 3, "s"),
        ("12 µs", 12, "us"),
        ("12 us", 12, "us"),
        ("1.272\\,ns", 1.272, "ns"),
        ("8GB of memory", 8, "GB"),
        ("350 GB of weights", 350, "GB"),
        ("512 MB", 512, "MB"),
        ("32\\,KB SRAM", 32, "KB"),
        ("3TB KV cache", 3, "TB"),
        ("288.5 fJ", 288.5, "fJ"),
        ("1.1\\,pJ per bit", 1.1, "pJ"),
        ("120 W", 120, "W"),
        ("1.5 mW", 0.0015, "W"),
        ("33 tokens / second", 33, "tokens/s"),
        ("30 tokens per second", 30, "tokens/s"),
        ("1.2 percentage points", 1.2, "pp"),
        ("0.5 pp", 0.5, "pp"),
        ("12.45 ppl", 12.45, "ppl"),
        ("4-bit weights", 4, "bits"),
        ("8 bits", 8, "bits"),
        ("1.58-bit", 1.58, "bits"),
        ("INT8 kernels", 8, "bits"),
        ("Int4-g128", 4, "bits"),
        ("FP16 baseline", 16, "bits"),
        ("175B parameters", 1.75e11, "params"),
        ("a 6.7B model", 6.7e9, "params"),
        ("125M", 1.25e8, "params"),
        ("1.3 billion parameters", 1.3e9, "params"),
        ("2T tokens", 2e12, "count"),
        ("10 TFLOPS", 1e13, "flops"),
        ("300 GB/s of bandwidth", 300, None),  # a bandwidth is not a size
    ],
)
def test_units(text, value, unit):
    q = only(text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_a_unit_written_once_after_versus_is_both_numbers():
    # natural-sparsity section 6: "(1.352 vs 1.484 ns)", "(288.5 vs 253.0 fJ)"
    got = [(q.value, q.unit) for q, _, _ in parse_quantities("a shorter minimum period (1.352 vs 1.484 ns) and")]
    assert got == [(1.352, "ns"), (1.484, "ns")]
    got = [(q.value, q.unit) for q, _, _ in parse_quantities("(288.5 vs. 253.0 fJ)")]
    assert got == [(288.5, "fJ"), (253.0, "fJ")]
    # a number with a unit of its own keeps it; numbers apart from "vs" are not joined
    got = [(q.value, q.unit) for q, _, _ in parse_quantities("12.3 ppl vs 4 GB")]
    assert got == [(12.3, "ppl"), (4.0, "GB")]
    got = [(q.value, q.unit) for q, _, _ in parse_quantities("in 2 of the 3 runs, at 1.5 ns")]
    assert got[0][1] is None


def test_weight_and_activation_bits_of_a_wa_spec():
    found = parse_quantities("W4A16 and W8A8")
    assert [(q.text, q.value, q.unit) for q, _, _ in found] == [
        ("W4", 4, "bits"), ("A16", 16, "bits"), ("W8", 8, "bits"), ("A8", 8, "bits"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("up to 2.3x faster", "up_to"),
        ("at most 1.3%", "up_to"),
        ("about 50% memory reduction", "approx"),
        ("~3x smaller", "approx"),
        ("$\\sim$30% outliers", "approx"),
        ("approximately 4.5 ms", "approx"),
        ("roughly 20%", "approx"),
        ("at least 6%", "at_least"),
        ("more than 99.9% of values", "at_least"),
        ("over 3x faster", "at_least"),
        ("above 40\\% zeros", "at_least"),
        ("fails instead beyond 6.7B parameters", "at_least"),
        ("go beyond 3 epochs", "eq"),  # as "over": a bound of a measure, not of a count
        ("$\\geq$2.20\\,ns", "at_least"),
        ("less than 1%", "less_than"),
        ("under 2 GB", "less_than"),
        ("below 1%", "less_than"),
        ("within 1% of the baseline", "within"),
        ("falling to about 1.9--2.1\\%", "approx"),
        ("exactly 42.2109%", "eq"),
        ("over 3 epochs", "eq"),  # "over" qualifies a measure, not a count of epochs
    ],
)
def test_qualifiers(text, qualifier):
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "as shown in [12] and [3, 7]",
        "see Table 3, Tables 3 and 4, Tab. 2",
        "in Section 4.1 and Sec. 3.2",
        "from Eq. (2) and Equation 5",
        "Figure 5(a) and Fig. 2",
        "Appendix B.2",
        "as in Dettmers et al., 2022 and Frantar et al. (2023)",
        "(Dettmers, 2022)",
        "[Figure 1](#figure-01) and Section [5.2](#S5.SS2)",
        "Table~\\ref{tab:frontier} \\cite{horowitz2014energy}",
        "OPT-13B, Llama-2-7B, Qwen3-8B, GPT-2 and CIFAR-10",
        "on A100 and RTX 4090 in Nangate45 with LPDDR4",
        "top-1 and pass@1 with 2:4 sparsity",
        "LLM.int8() and BitNet b1.58 and bitnet_b1_58-large",
        "https://arxiv.org/abs/2208.07339v2 and arXiv:2306.00978",
        "95% [+1]"[4:],
        "the 1990s, the 2nd run, a 3x3 kernel",
    ],
)
def test_references_citations_and_names_are_not_numbers(text):
    assert parse_quantities(text) == []


def test_a_range_in_brackets_is_no_citation():
    """Citations are numbered from 1: "[0, 255]" and "[-127, 127]" are ranges, their ends numbers."""
    assert [q.text for q, _, _ in parse_quantities("shifts it into the full range [0, 255] by scaling")] == ["0", "255"]
    assert [q.value for q, _, _ in parse_quantities("into the range [-127, 127]")] == [-127.0, 127.0]
    assert parse_quantities("as shown in [1, 12]") == []


def test_a_footnote_marker_does_not_hide_the_number_before_it():
    assert [q.text for q, _, _ in parse_quantities("responsible for 95% [+1] of parameters")] == ["95%"]


def test_model_sizes_in_names_only_when_asked():
    text = "OPT-13B beats Llama-2-7B"
    assert parse_quantities(text) == []
    sized = parse_quantities(text, model_sizes=True)
    assert [(q.text, q.value, q.unit) for q, _, _ in sized] == [("13B", 1.3e10, "params"), ("7B", 7e9, "params")]
    for q, a, b in sized:
        assert text[a:b] == q.text


def q(text: str) -> Quantity:
    return only(text)


@pytest.mark.parametrize(
    "a, b",
    [
        ("2e-5", "2 x 10^-5"),
        ("2E-05", "$2 \\times 10^{-5}$"),
        ("0.00002", "2e-5"),
        ("2,084,044,800", "2084044800"),
        ("1.5 s", "1500 ms"),
        ("2 GB", "2000 MB"),
        ("1 pJ", "1000 fJ"),
        ("9–14%", "9--14\\%"),
        ("42.2%", "42.2109%"),  # rounding to the printed decimals
        ("50", "50%"),  # a bare number (a cell whose header carries the unit) compares by value
        ("−0.9", "-0.90"),
    ],
)
def test_equal_across_notations(a, b):
    assert quantities_equal(q(a), q(b)) and quantities_equal(q(b), q(a))


@pytest.mark.parametrize(
    "a, b",
    [
        ("0.5", "50%"),  # a fraction is never a percentage
        ("3%", "3 pp"),
        ("2x", "2%"),
        ("2 GB", "2 ms"),
        ("2x", "2.4x"),  # one significant digit does not round a claim into agreement
        ("42.3%", "42.2109%"),
        ("9–14%", "11.5%"),  # a range equals only a range
        ("9–14%", "9–15%"),
        ("0.9", "-0.9"),
        ("2e-5", "2e-6"),
    ],
)
def test_not_equal(a, b):
    assert not quantities_equal(q(a), q(b)) and not quantities_equal(q(b), q(a))


def test_rounding_can_be_switched_off():
    assert not quantities_equal(q("42.2%"), q("42.2109%"), allow_rounding=False)


def test_qualifiers_do_not_change_equality():
    assert quantities_equal(q("up to 2.3x"), q("2.3x"))


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="the shared corpus (../shared/corpus) is not present")
def test_numbers_of_the_natural_sparsity_abstract():
    tex = (SHARED / "corpus" / "natural-sparsity-ternary-llms" / "paper.tex").read_text()
    abstract = re.search(r"\\begin\{abstract\}(.*?)\\end\{abstract\}", tex, re.DOTALL).group(1)
    found = [q for q, _, _ in parse_quantities(abstract)]
    ranges = {(x.low, x.high) for x in found if x.low is not None}
    assert {(9, 14), (11, 31), (23, 36), (29, 42), (3.7, 6.8), (1.9, 2.1)} <= ranges
    by_text = {x.text: x for x in found}
    assert by_text["1.3\\%"].qualifier == "up_to"
    assert by_text["1.9--2.1\\%"].qualifier == "approx"
    assert by_text["40\\%"].qualifier == "at_least"
    # "Nangate45", "LPDDR4", "Qwen3" and "CAT-Q" are names, not numbers
    assert not any(x.value in (45, 4, 3) for x in found)


def test_within_bound_and_same_kind():
    from verifier.quantities import parse_quantities, same_kind, within_bound

    def q(text):
        (found,) = [x for x, _, _ in parse_quantities(text)]
        return found

    assert within_bound(q("a 530B model"), q("a >500B model"))
    assert not within_bound(q("a 400B model"), q("a >500B model"))
    assert within_bound(q("1.2x faster"), q("up to 1.56x faster")) and not within_bound(q("3x faster"),
                                                                                          q("up to 1.56x faster"))
    assert within_bound(q("12% shorter"), q("9–14% shorter")) and not within_bound(q("15% shorter"), q("9–14% shorter"))
    assert within_bound(q("1500 ms"), q("less than 2 s")) and not within_bound(q("2x"), q("less than 3%"))
    assert not within_bound(q("up to 1.2x"), q("up to 1.56x"))  # a bound is no point inside another
    assert same_kind(q("1.5 s"), q("300 ms")) and not same_kind(q("1.2x"), q("530B parameters"))


def test_a_footnote_mark_glued_to_a_percentage_is_no_part_of_it():
    """PDF text glues a superscript footnote mark to the number before it ("responsible for 95%2 of consumed
    parameters"): the percentage is read, the mark is no number; a decimal after a percentage is not a mark."""
    found = [(q.text, q.value) for q, _, _ in parse_quantities("are responsible for 95%2 of consumed parameters")]
    assert found == [("95%", 95.0)]
    assert [q.text for q, _, _ in parse_quantities("up 95%2.")] == ["95%"]
    assert [q.text for q, _, _ in parse_quantities("12%3.5 x")] == ["3.5"]  # not a mark: a glued decimal
    assert [q.text for q, _, _ in parse_quantities("the 2nd run")] == []  # still blocked: a letter after


def test_a_range_open_at_one_end_is_compared_by_the_bound_it_has():
    # a Quantity may bound only one side; comparing two of them used to raise TypeError
    at_least = Quantity(value=0.5, low=0.5, unit="%", text="0.5%+")
    assert quantities_equal(at_least, Quantity(value=0.5, low=0.5, unit="%", text="0.50%+"))
    assert not quantities_equal(at_least, Quantity(value=0.7, low=0.7, unit="%", text="0.7%+"))
    assert not quantities_equal(at_least, Quantity(value=0.5, high=0.5, unit="%", text="up to 0.5%"))
    assert not quantities_equal(at_least, Quantity(value=0.5, unit="%", text="0.5%"))
