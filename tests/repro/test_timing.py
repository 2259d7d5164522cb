"""Timing on the CPU (labelled wall clock), the 2:4 format checks, the low-bit sweep's CPU path."""

import pytest
import torch

from repro.lib.prune import nm_mask
from repro.lib.timing import (
    _lowbit_operands,
    bench_lowbit,
    bench_sparse24,
    compress_2of4,
    decompress_2of4,
    speedups,
    tflops,
    time_fn,
    time_fns,
)

CPU = torch.device("cpu")
NO_CUDA = not torch.cuda.is_available()


def test_cpu_timing_is_labelled_and_ordered():
    a = torch.randn(64, 64)
    out = time_fn(lambda: a @ a, warmup=2, iters=30, device="cpu")
    assert out["mode"] == "cpu-wall" and out["n"] == 30
    assert 0 < out["p10"] <= out["median_ms"] <= out["p90"]
    assert set(out) == {"median_ms", "p10", "p90", "mean_ms", "n", "mode"}


def test_timing_refuses_what_it_cannot_do_honestly():
    with pytest.raises(ValueError, match="30"):
        time_fn(lambda: None, iters=5, device="cpu")
    with pytest.raises(RuntimeError, match="CUDA"):
        time_fn(lambda: None, use_cuda_graph=True, device="cpu")


@pytest.mark.skipif(not NO_CUDA, reason="checks the no-CUDA refusal")
def test_cuda_timing_without_cuda_raises():
    with pytest.raises(RuntimeError, match="CUDA"):
        time_fn(lambda: None, device="cuda")


def test_2of4_compression_round_trip_and_refusal():
    w = torch.randn(16, 32)
    pruned = w * nm_mask(w.abs(), 2, 4)
    values, idx = compress_2of4(pruned)
    assert values.shape == (16, 16) and int(idx.max()) <= 3
    assert torch.equal(decompress_2of4(values, idx), pruned)
    with pytest.raises(ValueError, match="2:4"):
        compress_2of4(w)


def test_sparse24_on_cpu_checks_correctness_and_reports_no_timing():
    rows = bench_sparse24([(64, 128, 256)], CPU, lambda w: nm_mask(w.abs(), 2, 4))
    assert [r["kind"] for r in rows] == ["dense", "2:4"]
    for row in rows:
        assert row["status"] == "unsupported" and "8.0" in row["reason"]
        assert row["median_ms"] is None and row["tflops"] is None
        assert row["mask_ok"] and row["roundtrip_ok"]
    bad = bench_sparse24([(64, 128, 256)], CPU, lambda w: torch.ones_like(w, dtype=torch.bool))
    assert not bad[0]["mask_ok"]
    with pytest.raises(ValueError, match="multiple of 64"):
        bench_sparse24([(64, 100, 256)], CPU, lambda w: nm_mask(w.abs(), 2, 4))


def test_lowbit_cpu_path_checks_results_against_float64():
    rows = bench_lowbit([(64, 64, 128)], CPU, formats=("bf16", "int8"))
    by = {r["kind"]: r for r in rows}
    assert by["int8"]["status"] == "ok" and by["int8"]["max_rel_err"] == 0.0  # integer products are exact
    assert by["bf16"]["status"] == "ok" and by["bf16"]["max_rel_err"] < 0.02
    for row in rows:
        assert row["mode"] == "cpu-wall" and row["tflops"] == pytest.approx(tflops(64, 64, 128, row["median_ms"]))
    with pytest.raises(ValueError, match="fp4"):
        bench_lowbit([(64, 64, 128)], CPU, formats=("fp4",))


@pytest.mark.skipif(not hasattr(torch, "float8_e4m3fn") or not hasattr(torch, "_scaled_mm"), reason="torch without fp8")
def test_fp8_on_the_cpu_is_checked_but_not_timed():
    by = {r["kind"]: r for r in bench_lowbit([(64, 64, 128)], CPU, formats=("bf16", "fp8"))}
    assert by["fp8"]["status"] == "unsupported" and "not timed" in by["fp8"]["reason"]
    assert by["fp8"]["median_ms"] is None and 0 < by["fp8"]["max_rel_err"] < 0.1  # e4m3 rounding: small, not zero
    assert by["bf16"]["status"] == "ok"
    assert speedups(list(by.values()), "bf16")[0]["speedup"] is None


def test_int8_with_overhead_quantises_each_input_row_and_each_weight_column():
    rows = bench_lowbit([(64, 64, 128)], CPU, formats=("bf16", "int8", "int8_qdq"))
    by = {r["kind"]: r for r in rows}
    # checked against the unquantised operands: the error is the quantisation's, small but not zero
    assert by["int8_qdq"]["status"] == "ok" and 1e-4 < by["int8_qdq"]["max_rel_err"] < 0.03
    assert [r["kind"] for r in speedups(rows, "bf16")] == ["int8", "int8_qdq"]
    x, w_t, op, ref_w_t = _lowbit_operands("int8_qdq", 64, 32, 128, CPU, torch.Generator().manual_seed(0))
    assert x.dtype == torch.bfloat16 and w_t.dtype == torch.int8 and ref_w_t.dtype == torch.bfloat16
    # each weight column's largest magnitude maps to +-127
    assert torch.equal(w_t.abs().amax(dim=0), torch.full((32,), 127, dtype=torch.int8))
    # inputs already on the int8 grid (integers, each row's absmax 127): their scale is 1 and the result is
    # the exact integer product times each column's weight scale, rounded once to bf16
    w_scale = ref_w_t.float().abs().amax(dim=0) / 127
    xi = torch.randint(-126, 127, (64, 128), generator=torch.Generator().manual_seed(1))
    xi[:, 0] = 127
    got = op(xi.to(torch.bfloat16), w_t)
    assert torch.equal(got, ((xi @ w_t.long()).float() * w_scale).to(torch.bfloat16))
    # an input row scaled by 4 gives an output row scaled by 4: the per-row scale is applied on the way out
    scaled = xi.to(torch.bfloat16)
    scaled[3] *= 4
    assert torch.equal(op(scaled, w_t)[3], (4 * got[3].float()).to(torch.bfloat16))


def test_speedups_only_between_timed_rows():
    rows = [{"m": 1, "n": 2, "k": 3, "kind": "dense", "status": "ok", "median_ms": 2.0},
            {"m": 1, "n": 2, "k": 3, "kind": "2:4", "status": "ok", "median_ms": 1.0},
            {"m": 4, "n": 2, "k": 3, "kind": "dense", "status": "unsupported", "median_ms": None},
            {"m": 4, "n": 2, "k": 3, "kind": "2:4", "status": "unsupported", "median_ms": None}]
    out = speedups(rows, "dense")
    assert out[0]["speedup"] == 2.0 and out[1]["speedup"] is None and out[1]["status"] == "unsupported"


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA, reason="needs a CUDA device")
def test_cuda_event_and_graph_timing():
    a = torch.randn(256, 256, device="cuda")
    for graph in (False, True):
        out = time_fn(lambda: a @ a, warmup=3, iters=30, use_cuda_graph=graph, device="cuda")
        assert out["mode"] == ("cuda-graph" if graph else "cuda-event") and out["median_ms"] > 0


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA or torch.cuda.get_device_capability() < (8, 0), reason="needs CUDA cc >= 8.0")
def test_cuda_sparse24_and_lowbit_sweeps():
    dev = torch.device("cuda")
    rows = bench_sparse24([(256, 512, 512)], dev, lambda w: nm_mask(w.abs(), 2, 4), iters=30)
    assert all(r["status"] == "ok" and r["max_rel_err"] < 0.02 for r in rows), rows
    low = {r["kind"]: r for r in bench_lowbit([(256, 512, 512)], dev, iters=30)}
    assert low["bf16"]["status"] == "ok" and low["int8"]["max_rel_err"] == 0.0
    assert low["int8_qdq"]["status"] == "ok" and 1e-4 < low["int8_qdq"]["max_rel_err"] < 0.03
    if torch.cuda.get_device_capability() >= (8, 9):
        assert low["fp8"]["status"] == "ok" and low["fp8"]["max_rel_err"] < 0.05
    else:
        assert low["fp8"]["status"] == "unsupported"


def test_time_fns_interleaves_the_callables_and_times_each():
    order = []
    out = time_fns({"a": lambda: order.append("a"), "b": lambda: order.append("b")}, warmup=1, iters=30,
                   device="cpu", inner=2)
    assert order[:2] == ["a", "b"]
    assert order[2:] == ["a", "b"] * 30  # after one warm-up call each: a, b, a, b, ...
    assert set(out) == {"a", "b"} and all(v["n"] == 30 and v["mode"] == "cpu-wall" for v in out.values())
    with pytest.raises(ValueError):
        time_fns({"a": lambda: None}, iters=10, device="cpu")


@pytest.mark.gpu
@pytest.mark.skipif(NO_CUDA, reason="needs a CUDA device")
def test_a_callable_that_cannot_be_captured_is_an_error_not_a_fallback():
    """In a child process: a failed capture leaves that process's CUDA generator in capture mode
    (on the H200 the next torch.randn of the same process failed), so it must not share ours."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import torch\n"
        "from repro.lib.timing import CUDAGraphError, time_fns\n"
        "a = torch.randn(64, 64, device='cuda')\n"
        "try:\n"
        "    time_fns({'sync': lambda: (a @ a).sum().item()}, warmup=2, iters=30, use_cuda_graph=True, device='cuda')\n"
        "except CUDAGraphError as exc:\n"
        "    print('refused:', exc)\n"
    )
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "refused:" in done.stdout and "cuda_graph=false" in done.stdout, done.stdout
