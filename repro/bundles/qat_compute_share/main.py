"""How much of a fixed training budget should go to QAT? Best QAT share per compute budget.

Claim this tests: "the optimal fraction of training spent in QAT grows with the total compute
budget" (and its opposite), at a fixed low bit width.

For each total budget B (optimiser steps, same batch size) and each QAT fraction f, a fresh
model trains (1 - f) * B steps in full precision and then f * B steps of QAT; f = 0 means PTQ
(round-to-nearest) of the FP model at the same grid. Every run is scored by greedy exact match
of the quantised model on the same held-out problems. The best fraction of a budget is the
one with the highest exact match (ties go to the smaller fraction); the trend is the slope of
the best fraction against log2(budget).
"""

from __future__ import annotations

import math

import numpy as np

from repro.lib.environment import require_device, seed_all
from repro.lib.ptq import apply_ptq
from repro.lib.quant import QuantSpec
from repro.lib.tasks import AdditionTask
from repro.lib.train import (
    TrainConfig,
    evaluate,
    head_skip,
    qat_finetune,
    standard_model,
    train,
)


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    task = AdditionTask(params["n_digits"], reverse_answer=params["reverse_answer"], split_seed=0)
    test = task.test_set(params["n_test"], seed=1234)
    spec = QuantSpec(bits=params["bits"], symmetric=True, granularity="channel")
    fractions = sorted(float(f) for f in params["qat_fractions"])
    if any(not 0.0 <= f < 1.0 for f in fractions):
        raise ValueError(f"qat_fractions must lie in [0, 1), got {fractions}")
    budgets = sorted(int(b) for b in params["budgets"])
    rows, curves, best = [], {}, []
    total, done = len(budgets) * len(fractions), 0
    for budget in budgets:
        scores = []
        for frac in fractions:
            qat_steps = round(frac * budget)
            fp_steps = budget - qat_steps
            seed_all(ctx.seed)
            model = standard_model(task, params["d_model"], params["n_layers"], params["n_heads"],
                                   params["positions"])
            cfg = TrainConfig(steps=fp_steps, batch_size=params["batch_size"], lr=params["lr"],
                              warmup_steps=min(params["warmup_steps"], max(1, fp_steps // 10)), bf16=params["bf16"],
                              compile=params["compile"], cuda_graph=params["cuda_graph"])
            train(model, task, cfg, device, ctx.seed)
            fp_em = evaluate(model, test, device, params["bf16"])["exact_match"]
            if qat_steps == 0:
                apply_ptq(model, "rtn", spec, skip=head_skip(model))
                qmodel = model
            else:
                qcfg = TrainConfig(steps=qat_steps, batch_size=params["batch_size"],
                                   lr=params["lr"] * params["qat_lr_scale"],
                                   warmup_steps=max(1, min(params["warmup_steps"], qat_steps // 10)),
                                   bf16=params["bf16"], compile=params["compile"],
                                   cuda_graph=params["cuda_graph"])
                qmodel, _ = qat_finetune(model, task, spec, params["qat_method"], qcfg, device, ctx.seed + 1,
                                         copy_model=False)
            em = evaluate(qmodel, test, device, params["bf16"])["exact_match"]
            scores.append(em)
            rows.append({"budget": budget, "qat_fraction": frac, "fp_steps": fp_steps, "qat_steps": qat_steps,
                         "fp_exact_match": fp_em, "quantised_exact_match": em})
            done += 1
            ctx.progress(done / total, f"budget {budget}, QAT fraction {frac}")
        best.append(fractions[int(np.argmax(scores))])
        curves[f"exact_match_vs_qat_fraction_b{budget}"] = {
            "x": fractions, "y": scores, "x_label": "QAT fraction of the budget",
            "y_label": f"exact match at {params['bits']} bits"}
    curves["best_qat_fraction_vs_budget"] = {"x": [float(b) for b in budgets], "y": best,
                                             "x_label": "total steps", "y_label": "best QAT fraction"}
    logs = [math.log2(b) for b in budgets]
    slope = float(np.polyfit(logs, best, 1)[0]) if len(set(logs)) > 1 else 0.0
    best_scores = [max(r["quantised_exact_match"] for r in rows if r["budget"] == b) for b in budgets]
    metrics = {"best_qat_fraction_smallest_budget": best[0], "best_qat_fraction_largest_budget": best[-1],
               "best_fraction_slope_per_doubling": slope,
               "best_exact_match_smallest_budget": best_scores[0],
               "best_exact_match_largest_budget": best_scores[-1]}
    notes = [(f"{params['bits']}-bit symmetric per-channel weights, QAT method {params['qat_method']}; "
              "fraction 0 is round-to-nearest PTQ of the FP model"),
             "the slope is positive when the best QAT share grows with compute"]
    return {"metrics": metrics, "curves": curves, "tables": {"runs": rows}, "notes": notes}
