"""AWQ on Llama decoder blocks as the paper's reference implementation runs it.

"AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration" (arXiv:2306.00978)
and its reference code (llm-awq: ``auto_scale_block`` / ``auto_clip_block`` / ``run_awq``), for the
decoder layers of ``repro.lib.llama``:

- the Linears that read one input share one per-input-channel scale s = mean|x|^alpha
  (normalised by sqrt(max s * min s)), alpha on a grid of ``grid`` points in [0, 1): q/k/v (input:
  the attention norm's output), gate/up (the MLP norm's output), down (the MLP's product), and o
  only when v and o have one shape (the reference skips o under grouped-query attention, as
  SmolLM2 has);
- each alpha is scored by the mean squared error of the *module* the group feeds, with the group's
  weights quantised as Q(W s)/s: the whole attention for q/k/v, the whole MLP for gate/up, the Linear
  itself for o and down; the best alpha is kept (alpha = 0 is plain round-to-nearest);
- then the clipping search (``ptq.awq_clip``) on the scaled weights with the scaled inputs, for
  every Linear but q and k (the reference skips the projections that meet in a softmax);
- every block is searched on the *float* model's activations (the reference feeds each layer the
  unquantised outputs of the layers before it), and the weights are quantised at the end:
  W <- Q(clip(W s)) / s. Dividing by s inside the stored weight is the simulated form of folding
  1/s into the previous norm or Linear, which the reference does; the function is the same.

``awq_block`` returns the block's new weights without writing them, so a caller that runs it
block by block (``llama.calibrate_blocks``) feeds the next block float activations, and writes
the weights afterwards.
"""

from __future__ import annotations

import time

import torch

from .llama import Block
from .ptq import awq_clip, awq_scales, input_hessian, relative_output_error
from .quant import QuantSpec, quant_dequant

CLIP_SKIP = ("self_attn.q_proj", "self_attn.k_proj")


def _block_inputs(block: Block, hidden) -> dict[str, list[torch.Tensor]]:
    """Per batch, the input of each scale group's first Linear and of o_proj, shaped [B, T, d]."""
    feats: dict[str, list[torch.Tensor]] = {"attn": [], "o": [], "mlp": [], "down": []}
    grab = {}
    hooks = [block.self_attn.o_proj.register_forward_pre_hook(lambda m, a: grab.__setitem__("o", a[0].detach())),
             block.mlp.down_proj.register_forward_pre_hook(lambda m, a: grab.__setitem__("down", a[0].detach()))]
    try:
        with torch.no_grad():
            for h in hidden:
                x = block.input_layernorm(h)
                h2 = h + block.self_attn(x)
                y = block.post_attention_layernorm(h2)
                block.mlp(y)
                feats["attn"].append(x)
                feats["o"].append(grab["o"])
                feats["mlp"].append(y)
                feats["down"].append(grab["down"])
    finally:
        for hook in hooks:
            hook.remove()
    return feats


def _search(linears, inputs, x_mean: torch.Tensor, inspect, spec: QuantSpec, grid: int):
    """The best alpha of one scale group, whose inputs' mean |x| per channel is ``x_mean``:
    (alpha, scales, mse per alpha)."""
    with torch.no_grad():
        reference = [inspect(x) for x in inputs]
    originals = [lin.weight.detach().clone() for lin in linears]
    losses = []
    best = (float("inf"), 0.0, None)
    try:
        for r in range(grid):
            alpha = r / grid
            s = awq_scales(x_mean, alpha)
            with torch.no_grad():
                for lin, w in zip(linears, originals):
                    lin.weight.copy_((quant_dequant(w.float() * s, spec) / s).to(w.dtype))
                n = sum(ref.numel() for ref in reference)
                loss = sum(((inspect(x) - ref).float().pow(2).sum()).item() for x, ref in zip(inputs, reference)) / n
            losses.append(loss)
            if loss < best[0]:
                best = (loss, alpha, s)
    finally:
        with torch.no_grad():
            for lin, w in zip(linears, originals):
                lin.weight.copy_(w)
    return best[1], best[2], losses


def awq_block(block: Block, hidden, spec: QuantSpec, grid: int = 20, clip: bool = True) -> tuple[dict, dict]:
    """AWQ's scale and clipping search for one decoder block on its inputs ``hidden`` (a list of
    ``[B, T, d]`` hidden states). Returns ``(report, weights)``: an ``apply_ptq``-style report (per
    Linear: its group's alpha and module MSE per alpha, its relative output error against RTN's,
    the kept clipping fraction) and ``{name: quantised weight}``, not yet written into the block."""
    if isinstance(grid, bool) or not isinstance(grid, int) or grid < 1:
        raise ValueError(f"grid={grid!r} must be a positive integer (20 in the paper).")
    t0 = time.perf_counter()
    att, mlp = block.self_attn, block.mlp
    feats = _block_inputs(block, hidden)
    # (input, the Linears that read it, the module whose output scores a scale; None: not scaled)
    groups = [("attn", ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj"], lambda x: att(x)),
              ("o", ["self_attn.o_proj"],
               (lambda x: att.o_proj(x)) if att.v_proj.weight.shape == att.o_proj.weight.shape else None),
              ("mlp", ["mlp.gate_proj", "mlp.up_proj"], lambda x: mlp(x)),
              ("down", ["mlp.down_proj"], lambda x: mlp.down_proj(x))]
    layers, weights = {}, {}
    for key, names, inspect in groups:
        linears = [block.get_submodule(n) for n in names]
        x = torch.cat([f.reshape(-1, f.shape[-1]) for f in feats[key]]).float()
        if inspect is None:
            alpha, s, losses = None, None, []
        else:
            alpha, s, losses = _search(linears, feats[key], x.abs().mean(dim=0), inspect, spec, grid)
        h = input_hessian(x)
        one = torch.ones(x.shape[1], device=x.device) if s is None else s
        h_scaled = h / (one.unsqueeze(1) * one.unsqueeze(0))
        for name, lin in zip(names, linears):
            w = lin.weight.detach().float()
            ws = w * one
            stats = {"method": "awq", "spec": spec.label(), "group": names, "alpha": alpha, "grid": grid,
                     "module_mse": losses, "calib_rows": x.shape[0], "clip": clip and name not in CLIP_SKIP}
            if stats["clip"]:
                ws, stats["clip_kept_fraction"] = awq_clip(ws, h_scaled, spec)
            wq = quant_dequant(ws, spec) / one
            stats["rel_output_error"] = relative_output_error(w, wq, h)
            stats["rtn_rel_output_error"] = relative_output_error(w, quant_dequant(w, spec), h)
            layers[name] = stats
            weights[name] = wq.to(lin.weight.dtype)
    order = [n for n, m in block.named_modules() if n in layers]
    errors = [layers[n]["rel_output_error"] for n in order]
    report = {"method": "awq", "spec": spec.label(), "sequential": False, "layers": {n: layers[n] for n in order},
              "mean_rel_output_error": sum(errors) / len(errors), "seconds": time.perf_counter() - t0}
    return report, {n: weights[n] for n in order}


def write_weights(block: Block, weights: dict) -> None:
    """Write ``awq_block``'s weights into ``block``."""
    with torch.no_grad():
        for name, w in weights.items():
            block.get_submodule(name).weight.copy_(w)
