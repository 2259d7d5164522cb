"""The fp16 MiniLM folder for GPU runs: under the carry limit, and it loads to the same embeddings."""

import importlib.util
from pathlib import Path

import pytest
import torch

from repro.lib import minilm

TOOL = Path(__file__).resolve().parents[2] / "repro" / "tools" / "export_minilm_fp16.py"


def _tool():
    spec = importlib.util.spec_from_file_location("export_minilm_fp16", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fp16_folder_loads_to_the_same_sentence_embeddings(tmp_path):
    try:
        source = minilm.default_model_dir()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    hashes = _tool().export_fp16(tmp_path / "fp16")
    assert {"config.json", "vocab.txt", "model.safetensors"} <= set(hashes)
    assert (tmp_path / "fp16" / "model.safetensors").stat().st_size <= 64 * 2**20
    assert {t.dtype for t in minilm.load_safetensors(tmp_path / "fp16" / "model.safetensors").values()
            if t.is_floating_point()} == {torch.float16}
    ref_model, tok = minilm.load_minilm(source)
    half_model, _ = minilm.load_minilm(tmp_path / "fp16")
    assert next(half_model.parameters()).dtype == torch.float32
    sentences = ["a charming and often affecting journey", "unflinchingly bleak and desperate"]
    cos = (minilm.encode(ref_model, tok, sentences) * minilm.encode(half_model, tok, sentences)).sum(1)
    assert cos.min().item() > 0.9999, cos.tolist()


def test_size_limit_is_enforced(tmp_path):
    try:
        minilm.default_model_dir()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    with pytest.raises(ValueError, match="over the limit"):
        _tool().export_fp16(tmp_path / "fp16", max_mib=10)
    assert not (tmp_path / "fp16").exists()
