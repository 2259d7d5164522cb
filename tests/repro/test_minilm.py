"""The torch-only all-MiniLM-L6-v2 against embeddings made by sentence-transformers (golden file)."""

import json
from pathlib import Path

import pytest
import torch

from repro.lib import minilm

GOLDEN = json.loads((Path(__file__).parent / "golden" / "minilm_golden.json").read_text())


def _model_or_skip():
    try:
        return minilm.load_minilm()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


def test_tokenizer_matches_reference_ids():
    _, tok = _model_or_skip()
    for sentence, ids in zip(GOLDEN["sentences"], GOLDEN["token_ids"]):
        assert tok.encode(sentence) == ids, sentence


def test_embeddings_match_reference():
    model, tok = _model_or_skip()
    ours = minilm.encode(model, tok, GOLDEN["sentences"])
    ref = torch.tensor(GOLDEN["embeddings"])
    cos = (ours * ref).sum(1)
    assert cos.min().item() > 0.99999, f"cosine to reference embeddings: {cos.tolist()}"
    assert torch.allclose(ours, ref, atol=2e-5), (ours - ref).abs().max().item()


def test_safetensors_roundtrip_fp16(tmp_path):
    tensors = {"a": torch.randn(3, 5), "b": torch.arange(7, dtype=torch.int64), "c": torch.randn(4).to(torch.float16)}
    minilm.save_safetensors(tensors, tmp_path / "t.safetensors")
    back = minilm.load_safetensors(tmp_path / "t.safetensors")
    assert set(back) == set(tensors)
    for k in tensors:
        assert back[k].dtype == tensors[k].dtype and torch.equal(back[k], tensors[k])


def test_truncated_safetensors_is_refused(tmp_path):
    p = tmp_path / "bad.safetensors"
    p.write_bytes(b"\xff" * 16)
    with pytest.raises(ValueError, match="header length"):
        minilm.load_safetensors(p)
