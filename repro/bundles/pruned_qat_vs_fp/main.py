"""Pruned (50% unstructured or 2:4) then quantisation-aware trained models vs the FP model.

Claims this tests: "a pruned and quantised model keeps the accuracy of the dense FP model"
(e.g. 50% sparse + 4-bit within 1 point) and "it generates faster end to end".

Each variant starts from the same trained FP decoder: prune (magnitude, unstructured at 50%,
or 2:4), then QAT (STE) at 4 or 8 weight bits with the masks held through training, then
freeze the fake-quantised weights. Accuracy: greedy exact match on held-out problems.
Latency: batched greedy generation of the answers (prefill + KV-cache decode), timed with
CUDA events (or wall clock on the CPU, labelled) in bf16 on CUDA. Weights stay dense tensors
holding quantised values (no integer kernels), so quantisation alone cannot change latency;
on CUDA with compute capability >= 8.0 the 2:4 variants are also timed with their block
weights stored as ``to_sparse_semi_structured`` tensors, the one real kernel change here.
"""

from __future__ import annotations

import copy

import torch

from repro.lib.environment import compute_capability, require_device, seed_all
from repro.lib.models import generate
from repro.lib.prune import apply_masks, prune_model, sparsity_of
from repro.lib.qat import convert_qat, prepare_qat
from repro.lib.quant import QuantSpec
from repro.lib.timing import time_fn
from repro.lib.train import (
    addition_setup,
    evaluate,
    fine_tune_config,
    head_skip,
    train,
    training_note,
)

VARIANTS = (("p50", "magnitude", 0.5), ("nm24", "2:4", None))


def _latency(model, prompts, answer_len, device, params) -> dict:
    net = copy.deepcopy(model).eval()
    if device.type == "cuda":
        net = net.to(torch.bfloat16)
    return time_fn(lambda: generate(net, prompts, answer_len), warmup=params["warmup"], iters=params["iters"],
                   device=device)


def _semi_structured(model):
    """Copy in bf16 with every block weight stored 2:4-compressed (raises where unsupported).

    Call it on a model whose QuantLinear layers are frozen (convert_qat): a frozen layer's
    forward is a plain F.linear with its stored weight.
    """
    from torch.sparse import to_sparse_semi_structured

    net = copy.deepcopy(model).eval().to(torch.bfloat16)
    for name, module in net.named_modules():
        weight = getattr(module, "weight", None)
        if name.startswith("blocks.") and isinstance(weight, torch.nn.Parameter) and weight.ndim == 2:
            module.weight = torch.nn.Parameter(to_sparse_semi_structured(weight.detach()), requires_grad=False)
    return net


def run(params: dict, ctx) -> dict:
    device = require_device(ctx.device)
    seed_all(ctx.seed)
    setup = addition_setup(params, ctx.seed, device)
    task, test, cfg, model = setup.task, setup.test, setup.cfg, setup.model
    qcfg = fine_tune_config(cfg, params["qat_steps"], params["qat_lr_scale"])
    fp_report = train(model, task, cfg, device, ctx.seed, stop=setup.stop,
                      progress=lambda f, m: ctx.progress(0.4 * f, f"FP training {m}"))
    skip = head_skip(model)
    prompts = test.prompts[: params["latency_batch"]].to(device)

    fp_em = evaluate(model, test, device, params["bf16"])["exact_match"]
    fp_lat = _latency(model, prompts, task.answer_len, device, params)
    metrics = {"fp_exact_match": fp_em, "fp_latency_ms": fp_lat["median_ms"]}
    rows = [{"variant": "fp", "exact_match": fp_em, "sparsity": 0.0, "bits": 16,
             "latency_ms": fp_lat["median_ms"], "latency_mode": fp_lat["mode"]}]
    notes = [(f"latency: greedy generation of {task.answer_len} tokens for {prompts.shape[0]} prompts, "
              f"mode {fp_lat['mode']}"), training_note(fp_report, cfg, setup.stop)]
    sparse_ok = compute_capability(device) is not None and compute_capability(device) >= (8, 0)
    total = len(VARIANTS) * len(params["bits"])
    done = 0
    for tag, method, sparsity in VARIANTS:
        for bits in params["bits"]:
            net = copy.deepcopy(model)
            masks = prune_model(net, method, sparsity, skip=skip)
            prepare_qat(net, QuantSpec(bits=bits, symmetric=True, granularity="channel"), method="ste", skip=skip)
            handle = apply_masks(net, masks)
            train(net, task, qcfg, device, ctx.seed + bits, after_step=handle.reapply)
            handle.remove()
            convert_qat(net)  # symmetric grids map 0 to 0, so pruned weights stay exact zeros
            name = f"{tag}_w{bits}"
            em = evaluate(net, test, device, params["bf16"])["exact_match"]
            lat = _latency(net, prompts, task.answer_len, device, params)
            metrics[f"{name}_exact_match"] = em
            metrics[f"{name}_minus_fp"] = em - fp_em
            metrics[f"{name}_latency_ms"] = lat["median_ms"]
            row = {"variant": name, "exact_match": em, "sparsity": sparsity_of(net), "bits": bits,
                   "latency_ms": lat["median_ms"], "latency_mode": lat["mode"]}
            if tag == "nm24" and sparse_ok:
                try:
                    sparse_lat = _latency(_semi_structured(net), prompts, task.answer_len, device, params)
                    metrics[f"{name}_sparse_kernel_latency_ms"] = sparse_lat["median_ms"]
                    metrics[f"{name}_sparse_kernel_speedup"] = fp_lat["median_ms"] / sparse_lat["median_ms"]
                    row["sparse_kernel_latency_ms"] = sparse_lat["median_ms"]
                except (RuntimeError, NotImplementedError, ValueError) as exc:
                    notes.append(f"{name}: semi-structured kernels failed: {type(exc).__name__}: {str(exc)[:200]}")
            rows.append(row)
            done += 1
            ctx.progress(0.4 + 0.6 * done / total, f"{name} done")
    if not sparse_ok:
        notes.append("2:4 sparse-kernel latency not measured: needs CUDA compute capability >= 8.0")
    notes.append("QAT: STE, symmetric per-channel weights, masks held through training; activations FP")
    return {"metrics": metrics, "curves": {}, "tables": {"variants": rows}, "notes": notes}
