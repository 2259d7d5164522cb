"""The tiny transformer: shapes, causality, the KV cache against full recompute, sampling."""

import pytest
import torch

from repro.lib.models import (
    ModelConfig,
    TinyTransformer,
    block_linears,
    build_model,
    count_parameters,
    generate,
)


def _model(**kw):
    torch.manual_seed(0)
    return build_model(40, 24, d_model=32, n_layers=2, n_heads=4, **kw).eval()


@pytest.mark.parametrize("kw", [{}, {"positions": "learned"}, {"mlp": "swiglu", "tie_embeddings": False}])
def test_kv_cache_generation_equals_full_recompute(kw):
    model = _model(**kw)
    prompts = torch.randint(0, 40, (6, 10), generator=torch.Generator().manual_seed(1))
    cached = generate(model, prompts, 6)
    assert cached.shape == (6, 6)
    assert torch.equal(cached, generate(model, prompts, 6, use_cache=False))


def test_attention_is_causal():
    model = _model()
    x = torch.randint(0, 40, (2, 12))
    y = x.clone()
    y[:, 8:] = (y[:, 8:] + 1) % 40
    with torch.no_grad():
        a, b = model(x), model(y)
    assert a.shape == (2, 12, 40)
    assert torch.allclose(a[:, :8], b[:, :8], atol=1e-6)
    assert not torch.allclose(a[:, 8:], b[:, 8:])


def test_block_linears_are_what_compression_acts_on():
    tied = _model()
    names = set(block_linears(tied))
    assert names == {f"blocks.{i}.{m}" for i in range(2) for m in ("attn.qkv", "attn.proj", "mlp.fc1", "mlp.fc2")}
    untied = _model(tie_embeddings=False)
    assert "lm_head" not in block_linears(untied) and isinstance(untied.lm_head, torch.nn.Linear)
    assert count_parameters(untied) == count_parameters(tied) + 40 * 32


def test_sampling_is_reproducible_and_top_k_one_is_greedy():
    model = _model()
    prompts = torch.randint(0, 40, (8, 5))
    one = generate(model, prompts, 4, temperature=1.0, generator=torch.Generator().manual_seed(7))
    two = generate(model, prompts, 4, temperature=1.0, generator=torch.Generator().manual_seed(7))
    assert torch.equal(one, two) and int(one.max()) < 40
    assert torch.equal(generate(model, prompts, 4, temperature=0.7, top_k=1), generate(model, prompts, 4))


def test_generation_restores_training_mode_and_checks_lengths():
    model = _model().train()
    generate(model, torch.zeros(1, 3, dtype=torch.long), 2)
    assert model.training
    with pytest.raises(ValueError, match="max_seq_len"):
        generate(model, torch.zeros(1, 20, dtype=torch.long), 8)
    with pytest.raises(ValueError):
        generate(model, torch.zeros(1, 3, dtype=torch.long), 0)


def test_config_validation_names_the_field():
    with pytest.raises(ValueError, match="divisible"):
        ModelConfig(vocab_size=10, max_seq_len=8, d_model=30, n_heads=4)
    with pytest.raises(ValueError, match="mlp"):
        ModelConfig(vocab_size=10, max_seq_len=8, mlp="relu")
    with pytest.raises(ValueError, match="vocab_size"):
        TinyTransformer(ModelConfig(vocab_size=0, max_seq_len=8))
