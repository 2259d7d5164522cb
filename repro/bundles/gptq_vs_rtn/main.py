"""GPTQ vs round-to-nearest: per-layer reconstruction error and task accuracy at 4 and 3 bits.

Claims this tests: "GPTQ reduces layer output error relative to RTN", "GPTQ keeps accuracy at
3-4 bits where RTN degrades", "per-group (g128) grids close most of the gap", and "W8A8 (with
SmoothQuant's smoothing) keeps full-precision accuracy".

A decoder trained on addition is quantised by RTN and by GPTQ at each bit width, with one
scale per output channel and with groups of ``group_size`` input weights. Both methods run
sequentially (each layer sees inputs from the already-quantised layers before it) on the same
calibration problems, so each layer's relative output error ||XW_q^T - XW^T|| / ||XW^T|| is
measured on equal terms; accuracy is greedy exact match on held-out problems.
"""

from __future__ import annotations

import copy

import numpy as np

from repro.lib.environment import require_device, seed_all
from repro.lib.ptq import apply_ptq
from repro.lib.quant import QuantSpec
from repro.lib.train import addition_setup, evaluate, head_skip, train, training_note


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    setup = addition_setup(params, ctx.seed, device)
    task, test, calib, cfg, model = setup.task, setup.test, setup.calib, setup.cfg, setup.model
    fp_report = train(model, task, cfg, device, ctx.seed, stop=setup.stop,
                      progress=lambda f, m: ctx.progress(0.5 * f, f"FP training {m}"))
    fp = evaluate(model, test, device, params["bf16"])["exact_match"]
    skip = head_skip(model)

    metrics = {"fp_exact_match": fp}
    layer_rows, rows, curves = [], [], {}
    settings = [(bits, gran) for bits in params["bits"] for gran in ("channel", "group")]
    for i, (bits, gran) in enumerate(settings):
        spec = QuantSpec(bits=bits, symmetric=True, granularity=gran, group_size=params["group_size"])
        errors = {}
        for method in ("rtn", "gptq"):
            qmodel = copy.deepcopy(model)
            options = {"damp": params["damp"], "act_order": params["act_order"]} if method == "gptq" else {}
            stats = apply_ptq(qmodel, method, spec, calib_batches=calib, skip=skip, **options)
            em = evaluate(qmodel, test, device, params["bf16"])["exact_match"]
            key = f"{method}_w{bits}_{gran}"
            metrics[f"{key}_exact_match"] = em
            metrics[f"{key}_mean_rel_error"] = stats["mean_rel_output_error"]
            errors[method] = [s["rel_output_error"] for s in stats["layers"].values()]
            rows.append({"method": method, "bits": bits, "granularity": gran, "spec": spec.label(),
                         "exact_match": em, "mean_rel_output_error": stats["mean_rel_output_error"],
                         "seconds": stats["seconds"]})
            for name, s in stats["layers"].items():
                layer_rows.append({"method": method, "bits": bits, "granularity": gran, "layer": name,
                                   "rel_output_error": s["rel_output_error"]})
        ratio = [g / r for g, r in zip(errors["gptq"], errors["rtn"]) if r > 0]
        metrics[f"gptq_over_rtn_error_w{bits}_{gran}"] = float(np.median(ratio)) if ratio else 1.0
        x = list(range(len(errors["rtn"])))
        for method in ("rtn", "gptq"):
            curves[f"layer_error_{method}_w{bits}_{gran}"] = {
                "x": x, "y": errors[method], "x_label": "layer index (module order)",
                "y_label": "relative output error"}
        ctx.progress(0.5 + 0.5 * (i + 1) / len(settings), f"{bits}-bit {gran} done")
    # W8A8: weights and activations on symmetric 8-bit per-tensor grids (static activation scale from
    # the calibration inputs), without smoothing and with SmoothQuant's per-channel smoothing
    for key, alpha in (("w8a8", None), ("smoothquant_w8a8", params["sq_alpha"])):
        qmodel = copy.deepcopy(model)
        stats = apply_ptq(qmodel, "smoothquant", QuantSpec(bits=8, symmetric=True, granularity="tensor"),
                          calib_batches=calib, skip=skip, alpha=alpha)
        em = evaluate(qmodel, test, device, params["bf16"])["exact_match"]
        metrics[f"{key}_exact_match"] = em
        metrics[f"{key}_mean_rel_error"] = stats["mean_rel_output_error"]
        rows.append({"method": key, "bits": 8, "granularity": "tensor", "spec": "W8A8 per-tensor",
                     "exact_match": em, "mean_rel_output_error": stats["mean_rel_output_error"],
                     "seconds": stats["seconds"]})
    notes = [(f"FP exact match {fp:.4f}; group size {params['group_size']}; GPTQ damp {params['damp']}, "
              f"act_order {params['act_order']}; calibration: {params['n_calib']} training problems"),
             "gptq_over_rtn_error_* is the median over layers of GPTQ error / RTN error (below 1: GPTQ better)",
             (f"W8A8: 8-bit weights and activations, per-tensor symmetric grids, static activation scales from the "
              f"calibration inputs; w8a8_* without smoothing, smoothquant_w8a8_* with SmoothQuant smoothing "
              f"(alpha {params['sq_alpha']})"),
             training_note(fp_report, cfg, setup.stop)]
    return {"metrics": metrics, "curves": curves, "tables": {"settings": rows, "layers": layer_rows},
            "notes": notes}
