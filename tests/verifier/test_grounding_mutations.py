"""Gate 1 against corpus sentences changed in one place (benchmarks/grounding_mutations.py): the
changes make false claims, and the gate does not call them supported."""

from __future__ import annotations

import importlib.util
import random
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def _load():
    spec = importlib.util.spec_from_file_location("grounding_mutations", REPO / "benchmarks" / "grounding_mutations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M = _load()


def rng() -> random.Random:
    return random.Random(0)


def test_a_changed_number_is_one_the_paper_never_writes_and_not_a_year_reference_or_name():
    text = "As shown in Table 8 and 9 (2023), OPT-175B keeps 4-bit weights at 0.49 perplexity loss."
    for seed in range(20):
        new, change = M.mutate_number(text, {"4", "0.49", "6", "0.67"}, random.Random(seed))
        old, _, to = change.partition(" -> ")
        assert old in ("4", "0.49"), change  # not 8, 9, 2023 or the 175 of OPT-175B
        assert to not in {"4", "0.49", "6", "0.67"} and new == text.replace(old, to, 1)
        assert "." in to if old == "0.49" else "." not in to
    assert M.mutate_number("See Section 3 and Figure 2 of [12].", set(), rng()) is None


def test_a_negation_is_added_once_and_never_before_only():
    assert M.mutate_negation("AWQ is only 2% slower and can run on a laptop.", rng())[0] == \
        "AWQ is only 2% slower and can not run on a laptop."
    assert M.mutate_negation("AWQ does not need backpropagation and is fast.", rng()) is None
    assert M.mutate_negation("Backpropagation as such.", rng()) is None


def test_antonym_size_unit_quantifier_and_peak_changes():
    faster = M.mutate_antonym("SmoothQuant is Faster than LLM.int8().", rng())
    assert faster[0] == "SmoothQuant is Slower than LLM.int8()."
    new, change = M.mutate_size("We quantize OPT-66B.", "We quantize OPT-66B and OPT-13B.", rng())
    assert new.startswith("We quantize OPT-") and "OPT-66B" not in new and "OPT-13B" not in new, change
    assert M.mutate_unit("It needs 48GB and runs 2.7× faster.", random.Random(1))[0] in (
        "It needs 48MB and runs 2.7× faster.", "It needs 48GB and runs 2.7% faster.")
    assert M.mutate_quantifier("It holds for most models.", rng())[0] == "It holds for all models."
    assert M.mutate_quantifier("Even the most aggressive setting, at most 2 layers.", rng()) is None
    assert M.mutate_peak("It is up to 3.9x faster.", rng())[0] == "It is 3.9x faster."


def test_another_method_or_dataset_is_one_the_paper_names_in_its_own_spelling():
    methods = M._named_methods(["We compare GPTQ with AWQ.", "Round-to-nearest quantization (RTN) is a baseline."])
    assert {"GPTQ", "AWQ", "RTN"} <= set(methods)
    new, change = M.mutate_method("GPTQ needs a calibration set.", methods, rng())
    assert "GPTQ" not in new and new.split()[0] in {methods[n] for n in methods if n != "GPTQ"}, change
    # an abbreviation's definition is left alone
    assert M.mutate_method("Round-to-nearest quantization (RTN).", {"RTN": "RTN", "GPTQ": "GPTQ"}, rng()) is None
    datasets = M._named_datasets(["Perplexity on WikiText-2 and C4."])
    assert M.mutate_dataset("Perplexity on WikiText-2 drops.", datasets, rng())[0] == "Perplexity on C4 drops."


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS} (the folder 'shared' beside the repo)")
def test_no_changed_sentence_of_the_tune_half_is_supported_and_every_unchanged_one_is():
    """The four corpus papers (3,118 claims, BM25): every unchanged sentence is supported; no changed
    sentence of the tune half is (the rules of ground-7 and -8 were written from its errors); the held-out
    half had 9 supported changed sentences in 1,011 when ground-7 was written (1 number, 2 negations, 1
    model, 5 dropped conditions, which may restrict nothing; 1,013 with the role kind, none of its two;
    with the opposite kind 1,120, 1 of its 107 after ground-8's substitution rule, 19 on its first run),
    and no kind may get worse."""
    docs = {name: M.parse(name) for name in M.SOURCES}
    items = [it for name, doc in docs.items() for it in M.items_of(name, doc, 0)]
    assert len(items) > 1500 and {it["kind"] for it in items} == {"control", *M.KINDS}
    preds, _ = M.run(items, docs, semantic=False)
    controls = Counter(p for it, p in zip(items, preds, strict=True) if it["kind"] == "control")
    assert set(controls) == {"supported"}, controls
    wrong = [(it["half"], it["kind"], it["change"], it["claim"]) for it, p in zip(items, preds, strict=True)
             if it["kind"] != "control" and p == "supported"]  # fmt: skip
    assert [w for w in wrong if w[0] == "tune"] == [], wrong
    known = {"number": 1, "negation": 2, "model": 1, "condition": 5, "opposite": 1}
    by_kind = Counter(kind for _, kind, _, _ in wrong)
    assert all(n <= known.get(kind, 0) for kind, n in by_kind.items()), wrong


def test_a_role_change_swaps_the_subject_method_with_one_named_later_after_a_comparison():
    new, change = M.mutate_role("We can see that AWQ consistently outperforms round-to-nearest (RTN) and GPTQ.", rng())
    assert new == "We can see that GPTQ consistently outperforms round-to-nearest (RTN) and AWQ.", change
    # no comparison word between the two, or the first name is no subject (past the eighth word): no change
    assert M.mutate_role("We apply AWQ and GPTQ to every model.", rng()) is None
    assert M.mutate_role("In the last of our many experiments on the largest models, AWQ beats GPTQ.", rng()) is None


def test_an_opposite_change_uses_the_second_list():
    new, change = M.mutate_opposite("Outliers are often found in the models.", rng())
    assert new == "Outliers are rarely found in the models.", change
    assert M.mutate_opposite("Nothing to turn here.", rng()) is None


def test_a_hedge_is_dropped_once_and_a_negated_modal_left_alone():
    assert M.mutate_hedge("Outliers may emerge at 6.7B parameters.", rng()) == (
        "Outliers emerge at 6.7B parameters.", "'may' dropped")
    assert M.mutate_hedge("We hypothesize that outliers emerge at scale.", rng())[0] == "Outliers emerge at scale."
    assert M.mutate_hedge("This could be improved with better kernels.", rng())[0] == \
        "This is improved with better kernels."
    assert M.mutate_hedge("The kernels could be improved.", rng())[0] == "The kernels are improved."
    assert M.mutate_hedge("It is likely caused by outliers.", rng())[0] == "It is caused by outliers."
    assert M.mutate_hedge("It may not help.", rng()) is None
    assert M.mutate_hedge("Likely, it helps.", rng()) is None  # (an opening adverb is left: no site)
