"""A tiny Llama (2 layers, 32 wide, grouped-query attention) and a byte-level BPE of a few merges,
for tests of ``repro.lib.llama`` and ``repro.lib.decode`` that need no model package."""

import torch

from repro.lib import llama
from repro.lib.bpe import ByteLevelBPE, bytes_to_unicode


def tiny_tokenizer() -> ByteLevelBPE:
    symbols = list(bytes_to_unicode().values())
    merges = ["Ġ t", "h e", "Ġt he", "Ġ a", "l l", "o ll", "Ġ w"]
    tokens = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"] + symbols + [m.replace(" ", "") for m in merges]
    return ByteLevelBPE(tokens, merges, special=tokens[:3], split_digits=True, bos_id=1, eos_id=2)


def tiny_config(tie=True) -> llama.LlamaConfig:
    return llama.LlamaConfig(vocab_size=len(tiny_tokenizer()), hidden_size=32, intermediate_size=48, n_layers=2,
                             n_heads=4, n_kv_heads=2, head_dim=8, rope_theta=512.0, rms_eps=2.0**-20,
                             tie_embeddings=tie, max_positions=64)


def tiny_model(tie=True) -> llama.LlamaModel:
    torch.manual_seed(0)
    model = llama.LlamaModel(tiny_config(tie)).eval()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.uniform_(0.5, 1.5)
    return model
