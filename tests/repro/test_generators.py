"""The generator interface: oracle, callable adapter, registry manners, the optional transformers path."""

import importlib.util

import pytest

from repro.lib import generators as gen


def test_oracle_answers_references_n_times():
    oracle = gen.OracleGenerator({"p1": "a1", "p2": "a2"})
    assert oracle.generate(["p2", "p1"], 16, 0.0, 3) == [["a2"] * 3, ["a1"] * 3]
    assert isinstance(oracle, gen.Generator)
    with pytest.raises(KeyError, match="no reference"):
        oracle.generate(["unknown"], 16, 0.0, 1)


def test_oracle_wrong_samples_are_seeded_and_near_the_rate():
    refs = {f"p{i}": "right" for i in range(200)}
    a = gen.OracleGenerator(refs, wrong_rate=0.3, wrong="bad", seed=1).generate(list(refs), 1, 0.0, 5)
    b = gen.OracleGenerator(refs, wrong_rate=0.3, wrong="bad", seed=1).generate(list(refs), 1, 0.0, 5)
    c = gen.OracleGenerator(refs, wrong_rate=0.3, wrong="bad", seed=2).generate(list(refs), 1, 0.0, 5)
    assert a == b and a != c
    share = sum(s == "bad" for group in a for s in group) / 1000
    assert 0.25 < share < 0.35, share


def test_request_is_checked():
    oracle = gen.OracleGenerator({"p": "a"})
    with pytest.raises(ValueError, match="n >= 1"):
        oracle.generate(["p"], 16, 0.0, 0)
    with pytest.raises(ValueError, match="list of strings"):
        oracle.generate("p", 16, 0.0, 1)


def test_callable_generator_checks_the_shape():
    good = gen.CallableGenerator("echo", lambda ps, m, t, n: [[p.upper()] * n for p in ps])
    assert good.generate(["ab", "c"], 4, 0.0, 2) == [["AB", "AB"], ["C", "C"]]
    bad = gen.CallableGenerator("short", lambda ps, m, t, n: [["x"]])
    with pytest.raises(ValueError, match="wrong shape"):
        bad.generate(["a", "b"], 4, 0.0, 1)
    assert good.generate(["ab"], 4, 0.0, 1, stops=("\n",)) == [["AB"]]  # no stops keyword: not passed


def test_callable_generator_passes_stops_to_a_function_that_takes_them():
    seen = []

    def fn(ps, m, t, n, stops=()):
        seen.append(stops)
        return [[p] * n for p in ps]

    cut = gen.CallableGenerator("cut", fn)
    cut.generate(["a"], 4, 0.0, 1, stops=["\ndef", "\n#"])
    cut.generate(["a"], 4, 0.0, 1)
    assert seen == [("\ndef", "\n#"), ()]


def test_registry_builds_by_spec_and_has_manners():
    oracle = gen.make_generator("oracle", references={"p": "a"})
    assert oracle.name == "oracle" and oracle.generate(["p"], 1, 0.0, 1) == [["a"]]
    with pytest.raises(ValueError, match="Did you mean 'oracle'"):
        gen.make_generator("oracel")
    with pytest.raises(ValueError, match="already registered"):
        gen.register_generator("oracle", lambda arg, device, **kw: None)
    with pytest.raises(ValueError, match="needs references"):
        gen.make_generator("oracle")
    assert {"oracle", "hf"} <= set(gen.available_generators())


def test_a_new_adapter_registers_through_the_same_path():
    name = "test-echo-adapter"
    gen.register_generator(name, lambda arg, device, **kw: gen.CallableGenerator(
        f"{name}:{arg}", lambda ps, m, t, n: [[arg] * n for _ in ps]))
    try:
        made = gen.make_generator(f"{name}:xyz", "cpu")
        assert made.name == f"{name}:xyz" and made.generate(["q"], 1, 0.0, 2) == [["xyz", "xyz"]]
    finally:
        gen._REGISTRY.pop(name)


def test_truncate_at_stops():
    assert gen.truncate_at_stops("    return 1\ndef other():\n", ("\ndef", "\nclass")) == "    return 1"
    assert gen.truncate_at_stops("abc", ()) == "abc"


@pytest.mark.skipif(importlib.util.find_spec("transformers") is not None, reason="transformers is installed here")
def test_hf_without_transformers_says_what_to_install(tmp_path):
    with pytest.raises(ImportError, match="pip install transformers"):
        gen.make_generator(f"hf:{tmp_path}")


def test_hf_needs_a_model():
    with pytest.raises(ValueError, match="hf:<local folder>"):
        gen.make_generator("hf:")


def test_the_torch_only_llama_generator_is_registered_and_checks_its_dtype():
    assert "llama" in gen.available_generators()
    with pytest.raises(ValueError, match="dtype"):
        gen.make_generator("llama", "cpu", dtype="int3")


def test_stops_cut_before_a_string_and_after_a_pattern():
    import re

    from repro.lib.codeexec import CHAT_CODE_BLOCK, code_from_answer
    from repro.lib.generators import holds_stop, truncate_at_stops

    assert truncate_at_stops("abc\ndef f", ("\ndef",)) == "abc"
    answer = "Here:\n```python\ndef f():\n    return 1\n```\nand more ```text\n"
    cut = truncate_at_stops(answer, (CHAT_CODE_BLOCK,))
    assert cut == "Here:\n```python\ndef f():\n    return 1\n```"
    assert code_from_answer(cut) == code_from_answer(answer) == "def f():\n    return 1\n"
    opened = "Here:\n```python\ndef f():\n"  # an open block is not a stop: the bare fence is not enough
    assert not holds_stop(opened, (CHAT_CODE_BLOCK,)) and truncate_at_stops(opened, (CHAT_CODE_BLOCK,)) == opened
    assert holds_stop(answer, (CHAT_CODE_BLOCK,)) and holds_stop("x\ndef", ("\ndef",))
    assert truncate_at_stops("a1b2", (re.compile(r"\d"), "b")) == "a1"


@pytest.fixture(scope="module")
def tiny_hf_folder(tmp_path_factory):
    """A random 2-layer Llama and a byte-level BPE tokenizer saved as a local Hugging Face folder."""
    pytest.importorskip("transformers", reason="transformers is not installed here (CI); the GPU image has it")
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-hf")
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(["def add(a, b):\n    return a + b\n", "print('hello world')\n"] * 20, vocab_size=300,
                            special_tokens=["<|endoftext|>"])
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe._tokenizer, eos_token="<|endoftext|>",
                                  pad_token="<|endoftext|>")
    tok.save_pretrained(folder)
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=128,
                      eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    torch.manual_seed(0)
    LlamaForCausalLM(cfg).save_pretrained(folder)
    return folder


@pytest.mark.transformers
def test_hf_generator_ends_rows_at_stops_and_cuts_like_a_long_run(tiny_hf_folder):
    import re

    from repro.lib.generators import HFGenerator

    gen = HFGenerator(str(tiny_hf_folder))
    prompts = ["def add(a, b):", "print(", "return a"]
    long = gen.generate(prompts, 40, 0.0, 1)
    row = next(i for i, (c,) in enumerate(long) if len(c) > 12)
    stop = long[row][0][6:9]
    assert gen.generate(prompts, 40, 0.0, 1, stops=(stop,)) == [[c.split(stop, 1)[0]] for (c,) in long]
    pattern = re.compile(re.escape(stop))
    kept = [[c[: c.index(stop) + len(stop)] if stop in c else c] for (c,) in long]
    assert gen.generate(prompts, 40, 0.0, 1, stops=(pattern,)) == kept
    steps = []
    forward = gen.model.forward

    def counting(*a, **k):
        steps.append(1)
        return forward(*a, **k)

    gen.model.forward = counting
    gen.generate([prompts[row]], 40, 0.0, 1, stops=(stop,))
    assert len(steps) < 40  # the row ended once its text held the stop, not at 40 new tokens
