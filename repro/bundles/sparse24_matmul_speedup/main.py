"""Dense vs 2:4 semi-structured sparse matmul over a shape sweep.

Claims this tests: "2:4 sparsity speeds up linear layers by up to ~1.3-2x on Ampere/Hopper
GPUs" (a speed-up claim, comparable only on the GPU it names: the fingerprint records ours).

For each shape (m tokens, n outputs, k inputs) a random bf16 weight is pruned 2:4 by magnitude
(prune.py's N:M mask), checked (exactly 2 of every 4 kept; a compressed round trip rebuilds it;
on CUDA the sparse kernel agrees with the dense product), stored with
``torch.sparse.to_sparse_semi_structured`` and timed against the dense product with CUDA
events, warm-up, medians over >= 30 iterations and inputs rotating past the L2 cache. On the
CPU, or a GPU below compute capability 8.0, the correctness part runs and every timing is
reported as unsupported: no speed-up metric is produced rather than a made-up one.
"""

from __future__ import annotations

import numpy as np

from repro.lib.environment import require_device, seed_all
from repro.lib.prune import nm_mask
from repro.lib.timing import bench_sparse24, speedups


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    shapes = [(m, d, d) for m in params["m_values"] for d in params["dims"]]
    ctx.log(f"{len(shapes)} shapes on {device}")
    rows = bench_sparse24(shapes, device, lambda w: nm_mask(w.abs(), 2, 4), warmup=params["warmup"],
                          iters=params["iters"], use_cuda_graph=params["cuda_graph"] and device.type == "cuda",
                          seed=ctx.seed)
    ctx.progress(0.9, "timed")
    ratios = speedups(rows, "dense")
    ok = [r for r in ratios if r["status"] == "ok"]
    metrics = {
        "mask_ok": float(all(r["mask_ok"] for r in rows)),
        "roundtrip_ok": float(all(r["roundtrip_ok"] for r in rows)),
        "n_shapes_timed": float(len(ok)),
    }
    errs = [r["max_rel_err"] for r in rows if r.get("max_rel_err") is not None]
    if errs:
        metrics["max_rel_err"] = float(max(errs))
    notes = []
    if ok:
        values = [r["speedup"] for r in ok]
        metrics.update(median_speedup=float(np.median(values)), max_speedup=float(max(values)),
                       min_speedup=float(min(values)))
        timed = [r for r in rows if r["status"] == "ok"]
        notes.append(f"timing mode {timed[0]['mode']}; backend {timed[0].get('backend')}; "
                     "TFLOP/s of 2:4 rows count the dense-equivalent 2*m*n*k")
    reasons = sorted({r["reason"] for r in rows if r["status"] != "ok" and r["reason"]})
    notes += [f"not timed: {reason}" for reason in reasons]
    curves = {}
    for m in params["m_values"]:
        pts = [(r["n"], r["speedup"]) for r in ok if r["m"] == m]
        if pts:
            curves[f"speedup_vs_dim_m{m}"] = {"x": [p[0] for p in pts], "y": [p[1] for p in pts],
                                              "x_label": "n = k", "y_label": "dense time / 2:4 time"}
    ctx.progress(1.0, "done")
    return {"metrics": metrics, "curves": curves, "tables": {"timings": rows, "speedups": ratios}, "notes": notes}
