"""bf16 vs int8 vs fp8 matmul throughput over a shape sweep.

Claims this tests: "int8 / fp8 GEMMs run about 2x faster than bf16" (a speed-up claim,
comparable only on the GPU it names: the fingerprint records ours), and the speed-up of vector-wise
int8 whose quantisation and dequantisation are PyTorch ops (format int8_qdq; the LLM.int8() paper's
"Vector-wise PyTorch+NVIDIA" row). Fused quantisation kernels pay less overhead: their speed-ups
are not what int8_qdq measures.

Each shape (m, n, k) is timed as bf16 ``mm``, int8 ``torch._int_mm`` (int32 accumulate) and fp8
e4m3 ``torch._scaled_mm`` (bf16 output, per-tensor scales), and as int8_qdq: a bf16 input
quantised per row on every call, ``_int_mm`` against weights quantised once per output column,
the int32 result dequantised to bf16 (the overhead a layer pays when the rest of the model is
16-bit; torch ops, not a fused kernel); with CUDA events, warm-up, medians
over >= 30 iterations and inputs rotating past the L2 cache; each format's result is first
compared with a float64 product of the same operands. fp8 needs compute capability >= 8.9 and
int8 a torch with ``_int_mm``: formats the machine lacks are reported as unsupported, never as a
number. On the CPU the numbers are wall-clock ("cpu-wall") and say nothing about GPUs, and fp8 is
checked but not timed (torch emulates it there, thousands of times slower than bf16).
"""

from __future__ import annotations

import numpy as np

from repro.lib.environment import require_device, seed_all
from repro.lib.timing import bench_lowbit, speedups


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    shapes = [(m, d, d) for m in params["m_values"] for d in params["dims"]]
    rows = bench_lowbit(shapes, device, params["formats"], warmup=params["warmup"], iters=params["iters"],
                        use_cuda_graph=params["cuda_graph"] and device.type == "cuda", seed=ctx.seed)
    ctx.progress(0.9, "timed")
    ratios = speedups(rows, "bf16")
    metrics = {"n_unsupported": float(sum(r["status"] != "ok" for r in rows))}
    notes, curves = [], {}
    for fmt in params["formats"]:
        done = [r for r in rows if r["kind"] == fmt and r["status"] == "ok"]
        if done:
            label = "tops" if fmt.startswith("int8") else "tflops"
            metrics[f"{fmt}_median_{label}"] = float(np.median([r["tflops"] for r in done]))
        checked = [r["max_rel_err"] for r in rows if r["kind"] == fmt and r.get("max_rel_err") is not None]
        if checked:  # timed or not (fp8 on a CPU): the product was compared with float64
            metrics[f"{fmt}_max_rel_err"] = float(max(checked))
        ok = [r for r in ratios if r["kind"] == fmt and r["status"] == "ok"]
        if ok:
            values = [r["speedup"] for r in ok]
            metrics[f"{fmt}_median_speedup"] = float(np.median(values))
            metrics[f"{fmt}_max_speedup"] = float(max(values))
            curves[f"{fmt}_speedup_vs_shape"] = {"x": list(range(len(ok))), "y": values,
                                                 "x_label": "shape index (see the speedups table)",
                                                 "y_label": f"bf16 time / {fmt} time"}
    modes = sorted({r["mode"] for r in rows if r["mode"]})
    notes.append(f"timing modes: {', '.join(modes) or 'none'}")
    for reason in sorted({f"{r['kind']}: {r['reason']}" for r in rows if r["status"] != "ok"}):
        notes.append(f"not timed: {reason}")
    ctx.progress(1.0, "done")
    return {"metrics": metrics, "curves": curves, "tables": {"timings": rows, "speedups": ratios}, "notes": notes}
