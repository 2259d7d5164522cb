"""Pruning methods over a sparsity sweep: layer vs global magnitude vs Wanda, and 2:4.

Claims this tests: "Wanda matches or beats magnitude pruning at the same sparsity", "global
magnitude beats per-layer magnitude", "accuracy holds up to X% sparsity" (the knee), and
"2:4 semi-structured sparsity costs little accuracy".

A decoder is trained on addition; each method prunes a copy of it at each sparsity (one-shot,
or with ``finetune_steps`` of masked fine-tuning), and every copy is scored by greedy exact
match on the same held-out problems. The knee of a method is the largest swept sparsity whose
exact match is within ``knee_tolerance`` (1 point = 0.01) of the dense model.
"""

from __future__ import annotations

import copy

from repro.lib.environment import require_device, seed_all
from repro.lib.prune import apply_masks, prune_model, sparsity_of
from repro.lib.train import (
    addition_setup,
    evaluate,
    fine_tune_config,
    head_skip,
    train,
    training_note,
)

SWEPT = ("magnitude", "magnitude_global", "wanda")


def knee(sparsities, scores, reference, tolerance) -> float:
    """Largest sparsity whose score is within ``tolerance`` of ``reference`` (0.0 when none is)."""
    ok = [s for s, v in zip(sparsities, scores) if v >= reference - tolerance]
    return float(max(ok)) if ok else 0.0


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    setup = addition_setup(params, ctx.seed, device)
    task, test, calib, cfg, model = setup.task, setup.test, setup.calib, setup.cfg, setup.model
    fp_report = train(model, task, cfg, device, ctx.seed, stop=setup.stop,
                      progress=lambda f, m: ctx.progress(0.5 * f, f"FP training {m}"))
    dense = evaluate(model, test, device, params["bf16"])["exact_match"]
    skip = head_skip(model)
    ft = fine_tune_config(cfg, params["finetune_steps"]) if params["finetune_steps"] > 0 else None

    def pruned_score(method, sparsity):
        pmodel = copy.deepcopy(model)
        masks = prune_model(pmodel, method, sparsity, calib_batches=calib if "wanda" in method else None, skip=skip)
        if ft is not None:
            handle = apply_masks(pmodel, masks)
            train(pmodel, task, ft, device, ctx.seed + 1, after_step=handle.reapply)
            handle.remove()
        return evaluate(pmodel, test, device, params["bf16"])["exact_match"], sparsity_of(pmodel)

    metrics = {"dense_exact_match": dense}
    curves, rows = {}, []
    sparsities = [float(s) for s in params["sparsities"]]
    for i, method in enumerate(SWEPT):
        scores = []
        for sparsity in sparsities:
            em, real = pruned_score(method, sparsity)
            scores.append(em)
            rows.append({"method": method, "sparsity": sparsity, "measured_sparsity": real, "exact_match": em})
        curves[f"exact_match_vs_sparsity_{method}"] = {"x": sparsities, "y": scores, "x_label": "sparsity",
                                                       "y_label": "exact match"}
        metrics[f"{method}_knee_sparsity"] = knee(sparsities, scores, dense, params["knee_tolerance"])
        if 0.5 in sparsities:
            metrics[f"{method}_s50_exact_match"] = scores[sparsities.index(0.5)]
        ctx.progress(0.5 + 0.4 * (i + 1) / len(SWEPT), f"{method} swept")
    for method, name in (("2:4", "nm_2of4"), ("wanda_2:4", "wanda_2of4")):
        em, real = pruned_score(method, None)
        metrics[f"{name}_exact_match"] = em
        rows.append({"method": method, "sparsity": 0.5, "measured_sparsity": real, "exact_match": em})
    ctx.progress(1.0, "done")
    notes = [f"dense exact match {dense:.4f}; knee tolerance {params['knee_tolerance']} (absolute)",
             "one-shot pruning" if ft is None else f"masked fine-tuning of {ft.steps} steps after pruning",
             "Wanda norms come from one calibration batch of training problems",
             training_note(fp_report, cfg, setup.stop)]
    if 0.5 not in sparsities:
        notes.append("0.5 is not among the swept sparsities, so the *_s50_exact_match metrics are absent")
    return {"metrics": metrics, "curves": curves, "tables": {"sweep": rows}, "notes": notes}
