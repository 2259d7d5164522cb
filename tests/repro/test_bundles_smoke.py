"""Every bundle's run() at its smoke size on the CPU: result shape, metric names, library list.

Each bundle is imported straight from its folder and called with a fake context, so a failure
points at the bundle rather than the runner. One bundle also goes through the real runner
(sealed into a temporary lock file) to check the launch protocol end to end.
"""

import ast
import importlib.util
import json
import math
from pathlib import Path

import pytest
import torch

from repro.manifest import load_manifest, resolve_params

REPO = Path(__file__).resolve().parents[2]
BUNDLES = REPO / "repro" / "bundles"
IDS = ("qat_vs_ptq_bits", "pruning_sweep", "gptq_vs_rtn", "sparse24_matmul_speedup", "lowbit_matmul_speedup",
       "pruned_qat_vs_fp", "qat_compute_share")
# bundles that read real data or a real model have smoke tests of their own (data slices, model packages)
OWN_TESTS = {
    "minilm_sst2_compression": "test_benchmark_bundles.py",
    "passk_codegen": "test_benchmark_bundles.py",
    "math_exact_match": "test_benchmark_bundles.py",
    "smollm2_wikitext_ppl": "test_smollm2_bundle.py",
}
# metrics that only a CUDA device can produce; on the CPU they must be absent, never faked
CUDA_ONLY = {
    "sparse24_matmul_speedup": {"median_speedup", "max_speedup", "min_speedup", "max_rel_err"},
    "pruned_qat_vs_fp": {f"nm24_w{b}_sparse_kernel_{m}" for b in (4, 8) for m in ("latency_ms", "speedup")},
    # a CPU has no fp8 matmul: the product is checked (fp8_max_rel_err), not timed
    "lowbit_matmul_speedup": {"fp8_median_tflops", "fp8_median_speedup", "fp8_max_speedup"},
}


class FakeCtx:
    def __init__(self, out_dir: Path):
        self.device, self.seed, self.out_dir = "cpu", 0, out_dir
        self.logs, self.fractions = [], []

    def log(self, msg):
        self.logs.append(str(msg))

    def progress(self, frac, msg=""):
        self.fractions.append(float(frac))


pytestmark = pytest.mark.usefixtures("one_thread")


def _load_main(bundle_id):
    spec = importlib.util.spec_from_file_location(f"smoke_{bundle_id}", BUNDLES / bundle_id / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _finite(values):
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values)


def test_every_bundle_folder_is_covered():
    assert sorted(p.name for p in BUNDLES.iterdir() if (p / "manifest.json").is_file()) == sorted(IDS + tuple(OWN_TESTS))
    for bundle_id, test_file in OWN_TESTS.items():
        assert bundle_id in (Path(__file__).parent / test_file).read_text(), f"{test_file} does not test {bundle_id}"


@pytest.mark.parametrize("bundle_id", IDS + tuple(OWN_TESTS))
def test_manifest_lists_every_library_file_main_imports(bundle_id):
    manifest = load_manifest(BUNDLES / bundle_id, source_root=REPO)
    tree = ast.parse((BUNDLES / bundle_id / "main.py").read_text())
    imported = {f"{node.module.replace('.', '/')}.py" for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("repro.lib")}
    # a library module's own imports of the library must be listed too (train.py imports quant.py,
    # qat.py imports .quant ...)
    pending = list(imported)
    while pending:
        path = pending.pop()
        for node in ast.walk(ast.parse((REPO / path).read_text())):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level == 1 and node.module:  # relative, inside repro/lib
                dep = f"repro/lib/{node.module.replace('.', '/')}.py"
            elif node.level == 0 and node.module and node.module.startswith("repro.lib"):
                dep = f"{node.module.replace('.', '/')}.py"
            else:
                continue
            if dep not in imported:
                imported.add(dep)
                pending.append(dep)
    assert imported <= set(manifest.library), f"unlisted: {sorted(imported - set(manifest.library))}"
    assert manifest.device.smoke == "cpu" and manifest.device.full == "cuda"


@pytest.mark.parametrize("bundle_id", IDS)
def test_smoke_run_returns_the_declared_metrics(bundle_id, tmp_path):
    manifest = load_manifest(BUNDLES / bundle_id, source_root=REPO)
    params = resolve_params(manifest, "smoke")
    ctx = FakeCtx(tmp_path)
    result = _load_main(bundle_id).run(params, ctx)
    assert set(result) == {"metrics", "curves", "tables", "notes"}
    json.dumps(result, allow_nan=False)  # what the launcher will write
    produced, declared = set(result["metrics"]), set(manifest.metrics)
    assert produced <= declared, f"undeclared metrics: {sorted(produced - declared)}"
    assert declared - produced == CUDA_ONLY.get(bundle_id, set())
    assert _finite(result["metrics"].values())
    for name, curve in result["curves"].items():
        assert len(curve["x"]) == len(curve["y"]) > 0 and _finite(curve["x"] + curve["y"]), name
        assert curve["x_label"] and curve["y_label"]
    assert all(isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows)
               for rows in result["tables"].values())
    assert all(isinstance(n, str) for n in result["notes"])
    assert all(0.0 <= f <= 1.0 for f in ctx.fractions)


def test_cuda_request_without_cuda_is_refused(tmp_path):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    manifest = load_manifest(BUNDLES / "lowbit_matmul_speedup", source_root=REPO)
    ctx = FakeCtx(tmp_path)
    ctx.device = "cuda"
    with pytest.raises(RuntimeError, match="CUDA is not available"):
        _load_main("lowbit_matmul_speedup").run(resolve_params(manifest, "smoke"), ctx)


@pytest.mark.slow
def test_a_smoke_bundle_runs_through_the_sealed_runner(tmp_path):
    from repro import runner
    from repro import seal as sealing
    from repro.child import Limits

    lock = tmp_path / "bundles.lock"
    sealing.seal(["gptq_vs_rtn"], lock_path=lock)
    limits = Limits(wall_seconds=300, cpu_seconds=300, memory_bytes=4 * 2**30, max_processes=64)
    (record,) = runner.run_bundle("gptq_vs_rtn", size="smoke", lock_path=lock, runs_dir=tmp_path / "runs",
                                  limits=limits)
    assert record.status == "ok", record.reason
    manifest = load_manifest(BUNDLES / "gptq_vs_rtn", source_root=REPO)
    assert set(record.metrics) == set(manifest.metrics)
    assert record.fingerprint["source"] == "torch" and record.fingerprint["torch"] == torch.__version__
    assert record.seal == sealing.read_lock(lock)["gptq_vs_rtn"].seal


@pytest.mark.slow
def test_small_size_trains_a_model_that_learned_its_task(tmp_path):
    """The small size is a CPU experiment: the proxy learns 2-digit addition (smoke's does not), so
    its comparisons rest on a trained model; ~10 s for these two bundles on two cores."""
    results = {}
    for bundle_id in ("gptq_vs_rtn", "pruning_sweep"):
        manifest = load_manifest(BUNDLES / bundle_id, source_root=REPO)
        results[bundle_id] = _load_main(bundle_id).run(resolve_params(manifest, "small"), FakeCtx(tmp_path))["metrics"]
    gptq, sweep = results["gptq_vs_rtn"], results["pruning_sweep"]
    assert gptq["fp_exact_match"] >= 0.9 and sweep["dense_exact_match"] >= 0.9
    assert gptq["gptq_w3_channel_mean_rel_error"] < gptq["rtn_w3_channel_mean_rel_error"]
    # a trained model holds its accuracy up to some sparsity, not to 90%
    assert 0.1 <= sweep["magnitude_knee_sparsity"] < 0.9
