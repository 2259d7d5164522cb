"""Post-training quantisation of Linear layers: round-to-nearest, GPTQ, AWQ-style scaling, SmoothQuant W8A8.

Methods and the papers they follow:

- RTN: round-to-nearest with min/max qparams (``quant.quant_dequant``), the usual baseline;
- GPTQ: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers"
  (arXiv:2210.17323), building on "Optimal Brain Compression: A Framework for Accurate Post-Training
  Quantization and Pruning" (arXiv:2208.11580). Hessian H = 2/N X^T X, upper Cholesky factor of
  H^-1, columns quantised in order with error feedback inside blocks and one lazy matrix update per
  block; per-channel qparams fixed up front, per-group qparams computed when a group starts from the
  already-updated weights; with ``act_order`` columns go by decreasing diag(H) and groups are static
  (qparams from the original weights), as the reference implementation's static-groups option does;
- AWQ: "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration"
  (arXiv:2306.00978), the per-input-channel scale search s = mean|x|^alpha, one scale per Linear
  (the paper shares one across the projections that read one norm), and optionally (``clip``) the
  paper's clipping search of each group's weight range (``awq_clip``);
- SmoothQuant: "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language
  Models" (arXiv:2211.10438), s_j = max|X_j|^a / max|W_j|^(1-a), then W8A8 fake quantisation;
  without smoothing, with per-token activation and per-output-channel weight scales, it is the
  vector-wise W8A8 of "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale"
  (arXiv:2208.07339);
- LLM.int8(): vector-wise W8A8 with the paper's mixed-precision decomposition: the input feature
  dimensions in which any value of the current input reaches ``threshold`` (6.0) multiply the
  float weights, the rest go through the int8 grid (``llm_int8_linear``).

All of it is simulated quantisation: weights are replaced by their dequantised values in the
layer's own dtype. ``apply_ptq(..., sequential=True)`` quantises one Linear at a time in module order
and re-collects each layer's calibration inputs from the partly quantised model, a per-layer variant
of the paper's block-by-block order (costs one calibration pass per layer); ``sequential=False``
collects every layer's inputs once from the float model, and GPTQ then quantises the layers that
read the very same inputs (q/k/v, gate/up) as one stack of rows (``gptq_stacked``: the same weights,
one Hessian and one column loop instead of three).
"""

from __future__ import annotations

import inspect
import math
import time
from dataclasses import dataclass, replace

import torch
import torch.nn.functional as F
from torch import nn

from .quant import (
    QuantSpec,
    _did_you_mean,
    compute_qparams,
    fake_quant,
    quant_dequant,
    replace_module,
    select_linears,
)

PTQ_METHODS = ("rtn", "gptq", "awq", "smoothquant", "llm_int8")
_SWAPPING = ("smoothquant", "llm_int8")  # methods that replace each Linear by a W8A8Linear (their width: spec.bits)


def _check_linear(layer, what: str = "layer") -> None:
    if not isinstance(layer, nn.Linear):
        raise ValueError(f"{what} must be an nn.Linear, got {type(layer).__name__}.")


def calibration_rows(calib_inputs, in_features: int, device=None) -> torch.Tensor:
    """Stack calibration activations (a tensor or a list of tensors ``[..., in_features]``) as fp32 rows."""
    parts = [calib_inputs] if isinstance(calib_inputs, torch.Tensor) else list(calib_inputs or [])
    if not parts:
        raise ValueError("calib_inputs is empty: pass the layer's input activations (collect_inputs gathers them).")
    rows = []
    for i, t in enumerate(parts):
        if not isinstance(t, torch.Tensor) or t.ndim == 0 or t.shape[-1] != in_features:
            shape = tuple(t.shape) if isinstance(t, torch.Tensor) else type(t).__name__
            raise ValueError(f"calib_inputs[{i}] has shape {shape}; the layer expects [..., {in_features}].")
        rows.append(t.detach().reshape(-1, in_features).to(device=device, dtype=torch.float32))
    return torch.cat(rows)


def input_hessian(x: torch.Tensor) -> torch.Tensor:
    """GPTQ's layer Hessian H = 2/N X^T X (fp32) of calibration rows ``x`` ``[N, in]``."""
    return (2.0 / x.shape[0]) * (x.T @ x)


def relative_output_error(w_ref: torch.Tensor, w_q: torch.Tensor, h: torch.Tensor) -> float:
    """||X W_q^T - X W^T||_F / ||X W^T||_F, computed exactly from H = c X^T X (any c > 0)."""
    delta = (w_q.float() - w_ref.float())
    num = ((delta @ h) * delta).sum()
    den = ((w_ref.float() @ h) * w_ref.float()).sum().clamp_min(1e-30)
    return math.sqrt(max(num.item(), 0.0) / den.item())


def rtn_linear(layer: nn.Linear, spec: QuantSpec, calib_inputs=None) -> dict:
    """Round-to-nearest in place; reports the output error when calibration inputs are given."""
    _check_linear(layer)
    t0 = time.perf_counter()
    w = layer.weight.detach().float()
    wq = quant_dequant(w, spec)
    stats = {"method": "rtn", "spec": spec.label(),
             "rel_weight_error": ((wq - w).norm() / w.norm().clamp_min(1e-30)).item()}
    if calib_inputs is not None:
        h = input_hessian(calibration_rows(calib_inputs, layer.in_features, w.device))
        stats["rel_output_error"] = relative_output_error(w, wq, h)
    with torch.no_grad():
        layer.weight.copy_(wq.to(layer.weight.dtype))
    stats["seconds"] = time.perf_counter() - t0
    return stats


def _upper_cholesky_of_inverse(h: torch.Tensor, damp: float) -> tuple[torch.Tensor, float]:
    """Upper Cholesky factor of (H + lambda I)^-1, raising lambda tenfold while H is not positive definite."""
    mean_diag = torch.diag(h).mean()
    eye = torch.eye(h.shape[0], device=h.device, dtype=h.dtype)
    for attempt in range(8):
        rel = damp if attempt == 0 else max(damp, 1e-4) * 10 ** attempt
        chol, info = torch.linalg.cholesky_ex(h + rel * mean_diag * eye)
        if int(info) == 0:
            upper, info = torch.linalg.cholesky_ex(torch.cholesky_inverse(chol), upper=True)
            if int(info) == 0:
                return upper, rel
    raise ValueError(
        f"the calibration Hessian is not positive definite even with damp={rel:g}: pass more calibration "
        "rows than input features or check the inputs for NaNs."
    )


def _round_to_grid(col: torch.Tensor, scale, zero, qmin: int, qmax: int, out: torch.Tensor) -> torch.Tensor:
    """``affine_qdq(col, scale, zero)`` written into ``out``: the same arithmetic (divide, round, shift,
    clamp, unshift, multiply), with the zero-point shift skipped on a symmetric grid (``zero=None``),
    where it is 0 and changes no value."""
    codes = torch.round(col / scale)
    if zero is not None:
        codes.add_(zero).clamp_(qmin, qmax).sub_(zero)
    else:
        codes.clamp_(qmin, qmax)
    return torch.mul(codes, scale, out=out)


def _gptq_checks(spec: QuantSpec, block_size: int, damp: float, cols: int) -> None:
    if isinstance(block_size, bool) or not isinstance(block_size, int) or block_size < 1:
        raise ValueError(f"block_size={block_size!r} must be a positive integer (128 in the paper).")
    if not 0.0 <= damp < 1.0:
        raise ValueError(f"damp={damp!r} must lie in [0, 1): it is a fraction of the mean Hessian diagonal.")
    if spec.granularity == "channel" and spec.axis % 2 != 0:
        raise ValueError(f"GPTQ keeps one scale per output row: use axis=0, not axis={spec.axis}.")
    if spec.granularity == "group" and cols % spec.group_size:
        raise ValueError(f"group_size={spec.group_size} does not divide in_features={cols}: choose a divisor.")


@dataclass
class _GPTQProblem:
    """One layer's GPTQ inputs: original weights, Hessian, the (permuted, dead-zeroed) working weights,
    the upper Cholesky factor of the damped inverse Hessian, and its grid."""

    layer: nn.Linear
    spec: QuantSpec
    w_orig: torch.Tensor
    h_ref: torch.Tensor
    n_rows: int
    w: torch.Tensor
    u: torch.Tensor
    damp_used: float
    perm: torch.Tensor | None
    group_of: list[int] | None = None  # act_order with groups: the static group of each permuted column
    g_scale: torch.Tensor | None = None
    g_zero: torch.Tensor | None = None
    scale: torch.Tensor | None = None  # channel / tensor grids: one (scale, zero) per row, fixed up front
    zero: torch.Tensor | None = None


def _gptq_problem(layer: nn.Linear, calib_inputs, spec: QuantSpec, block_size: int, damp: float,
                  act_order: bool) -> _GPTQProblem:
    _check_linear(layer)
    w_orig = layer.weight.detach().float().clone()
    rows, cols = w_orig.shape
    _gptq_checks(spec, block_size, damp, cols)
    x = calibration_rows(calib_inputs, cols, w_orig.device)
    n_rows, h_ref = x.shape[0], input_hessian(x)
    del x
    h, w = h_ref.clone(), w_orig.clone()
    dead = torch.diag(h) == 0
    h[dead, dead] = 1.0
    w[:, dead] = 0.0  # inputs never active in calibration: their weights cannot be judged (as GPTQ does)
    perm = torch.argsort(torch.diag(h), descending=True) if act_order else None
    grid: dict = {}
    if spec.granularity == "group":
        if act_order:  # static groups: qparams of the original column groups, looked up per permuted column
            grid["g_scale"], grid["g_zero"] = compute_qparams(w, spec)
            grid["group_of"] = (perm // spec.group_size).tolist()
    else:
        scale, zero = compute_qparams(w, spec)
        grid["scale"], grid["zero"] = scale.expand(rows, 1).reshape(rows), zero.expand(rows, 1).reshape(rows)
    if perm is not None:
        w, h = w[:, perm], h[perm][:, perm]
    u, damp_used = _upper_cholesky_of_inverse(h, damp)
    return _GPTQProblem(layer, spec, w_orig, h_ref, n_rows, w, u, damp_used, perm, **grid)


def _gptq_solve(problems: list[_GPTQProblem], block_size: int) -> torch.Tensor:
    """The column loop of GPTQ for layers of one shape at once: quantised weights ``[L, rows, cols]``.

    The loop is launch-bound on a GPU (a few small kernels per column, 7,168 columns per model in
    the addition panel), so each step writes where its result belongs (out=) and the rank-1 update
    is one kernel: 7 kernels a column on a symmetric grid instead of 12, for all L layers together.
    A single layer takes ``addr_`` and a plain matrix product (the values of the unbatched loop, bit
    for bit); several take ``baddbmm_`` and a batched product, whose rounding may differ in the last bit.
    """
    first = problems[0]
    n_layers = len(problems)
    rows, cols = first.w.shape
    # one layer: views that keep the factor's memory layout (cholesky_ex returns it column-major, and
    # addr_ rounds differently on another layout); several: stacked copies
    w = first.w.unsqueeze(0) if n_layers == 1 else torch.stack([p.w for p in problems])
    u = first.u.unsqueeze(0) if n_layers == 1 else torch.stack([p.u for p in problems])
    symmetric = first.spec.symmetric
    if n_layers == 1:
        qmin, qmax = first.spec.qmin, first.spec.qmax
    else:
        qmin = torch.tensor([[p.spec.qmin] for p in problems], dtype=w.dtype, device=w.device)
        qmax = torch.tensor([[p.spec.qmax] for p in problems], dtype=w.dtype, device=w.device)
    scale = zero = None
    if first.scale is not None:
        scale = torch.stack([p.scale for p in problems])
        zero = torch.stack([p.zero for p in problems])
    group_size = first.spec.group_size if first.spec.granularity == "group" else None
    q = torch.zeros_like(w)
    for i1 in range(0, cols, block_size):
        i2 = min(i1 + block_size, cols)
        w1, err1, u1 = w[:, :, i1:i2].clone(), torch.zeros(n_layers, rows, i2 - i1, device=w.device), u[:, i1:i2, i1:i2]
        for i in range(i2 - i1):
            j = i1 + i
            if first.group_of is not None:  # (one layer: act_order is not batched)
                scale, zero = first.g_scale[:, first.group_of[j]][None], first.g_zero[:, first.group_of[j]][None]
            elif group_size is not None and j % group_size == 0:
                parts = []
                for k, p in enumerate(problems):
                    span = torch.cat([w1[k, :, i:i + group_size], w[k, :, i2:j + group_size]], dim=1)
                    parts.append([t.reshape(rows) for t in compute_qparams(span, replace(p.spec, granularity="channel",
                                                                                        axis=0))])
                scale, zero = torch.stack([a for a, _ in parts]), torch.stack([b for _, b in parts])
            col = w1[:, :, i]
            _round_to_grid(col, scale, None if symmetric else zero, qmin, qmax, out=q[:, :, j])
            err = torch.sub(col, q[:, :, j], out=err1[:, :, i]).div_(u1[:, i, i:i + 1])
            if n_layers == 1:
                w1[0, :, i:].addr_(err[0], u1[0, i, i:], alpha=-1.0)
            else:
                w1[:, :, i:].baddbmm_(err.unsqueeze(2), u1[:, i:i + 1, i:], alpha=-1.0)
        if n_layers == 1:  # a plain matrix product, as before batching (bmm may tile the sum otherwise)
            w[0, :, i2:] -= err1[0] @ u[0, i1:i2, i2:]
        else:
            w[:, :, i2:] -= err1 @ u[:, i1:i2, i2:]
    return q


def _gptq_stats(p: _GPTQProblem, w_orig: torch.Tensor, q: torch.Tensor, block_size: int, act_order: bool,
                seconds: float) -> dict:
    return {"method": "gptq", "spec": p.spec.label(), "block_size": block_size, "damp": p.damp_used,
            "act_order": bool(act_order), "calib_rows": p.n_rows,
            "rel_output_error": relative_output_error(w_orig, q, p.h_ref),
            "rtn_rel_output_error": relative_output_error(w_orig, quant_dequant(w_orig, p.spec), p.h_ref),
            "seconds": seconds}


def gptq_linear(layer: nn.Linear, calib_inputs, spec: QuantSpec, block_size: int = 128, damp: float = 0.01,
                act_order: bool = False) -> dict:
    """Quantise ``layer`` in place with GPTQ error compensation; returns stats (errors vs RTN, time)."""
    return _gptq_groups([[layer]], [calib_inputs], [spec], block_size, damp, act_order)[0][0]


def _gptq_groups(groups, calib_inputs, specs, block_size: int, damp: float,
                 act_order: bool = False) -> list[list[dict]]:
    """The core of ``gptq_stacked`` and ``gptq_linears``: problem k quantises the stacked rows of the
    layers ``groups[k]`` (layers that read the inputs ``calib_inputs[k]``) on grid ``specs[k]``; all
    problems have one shape and one kind of grid, and their column loops run together. Stats per
    layer, per problem; ``seconds`` is the time shared equally by all layers."""
    t0 = time.perf_counter()
    problems = []
    for layers, x, spec in zip(groups, calib_inputs, specs):
        stacked = layers[0]
        if len(layers) > 1:
            stacked = nn.Linear(stacked.in_features, sum(layer.out_features for layer in layers), bias=False,
                                device=stacked.weight.device, dtype=torch.float32)
            with torch.no_grad():
                stacked.weight.copy_(torch.cat([layer.weight.detach().float() for layer in layers]))
        problems.append(_gptq_problem(stacked, x, spec, block_size, damp, act_order))
    q_all = _gptq_solve(problems, block_size)
    seconds = (time.perf_counter() - t0) / sum(len(g) for g in groups)
    out = []
    for layers, p, q in zip(groups, problems, q_all):
        if p.perm is not None:
            q = q[:, torch.argsort(p.perm)]
        stats, start = [], 0
        for layer in layers:
            rows = slice(start, start + layer.out_features)
            start += layer.out_features
            with torch.no_grad():
                layer.weight.copy_(q[rows].to(layer.weight.dtype))
            stats.append(_gptq_stats(p, p.w_orig[rows], q[rows], block_size, act_order, seconds))
        out.append(stats)
    return out


def _check_group(layers, spec: QuantSpec) -> None:
    for layer in layers:
        _check_linear(layer)
    if len({layer.in_features for layer in layers}) > 1:
        raise ValueError(f"gptq_stacked needs layers of one input width: {[layer.in_features for layer in layers]}")
    if len(layers) > 1 and spec.granularity not in ("channel", "group"):
        raise ValueError(f"gptq_stacked needs a per-row grid (channel or group), not {spec.granularity!r}: one "
                         "per-tensor scale would span the stacked layers; call gptq_linear per layer.")


def gptq_stacked(layers, calib_inputs, spec: QuantSpec, block_size: int = 128, damp: float = 0.01,
                 act_order: bool = False) -> list[dict]:
    """GPTQ on layers that read the same inputs (q/k/v, gate/up), as one layer of their stacked rows.

    GPTQ treats every output row on its own given the shared Hessian, and per-channel or per-group
    grids are per row, so the rows of ``[W_q; W_k; W_v]`` get what each layer would get alone (up to
    the last bit of the block updates' matrix products); the Hessian, its inverse and the column
    loop's kernels are computed once instead of once per layer. Stats per layer, with ``stacked``
    (how many) and ``seconds`` shared equally.
    """
    layers = list(layers)
    if not layers:
        raise ValueError("gptq_stacked needs at least one layer.")
    _check_group(layers, spec)
    (stats,) = _gptq_groups([layers], [calib_inputs], [spec], block_size, damp, act_order)
    return [st | {"stacked": len(layers)} for st in stats]


def gptq_linears(layers, calib_inputs, specs, block_size: int = 128, damp: float = 0.01) -> list[dict]:
    """GPTQ on several layers of one shape at once, each with its own inputs and grid (the same layer of
    several models, say, one per bit width): the column loop's kernels run once for all of them.

    Each layer gets what ``gptq_linear`` would give it, up to the last bit of the rank-1 updates
    (``baddbmm_`` instead of ``addr_``: a rare weight may then land on the neighbouring grid point).
    The grids may differ in bits but not in symmetry, granularity or group size; ``act_order`` is
    not batched. A layer may also be a list of layers that read its inputs (stacked as in
    ``gptq_stacked``). Stats per layer (a list per stacked group); ``seconds`` is the batch's time
    shared equally.
    """
    layers, calib_inputs, specs = list(layers), list(calib_inputs), list(specs)
    if not layers or not len(layers) == len(calib_inputs) == len(specs):
        raise ValueError(f"gptq_linears needs one input set and one spec per layer: got {len(layers)} layers, "
                         f"{len(calib_inputs)} input sets, {len(specs)} specs.")
    groups = [list(g) if isinstance(g, (list, tuple)) else [g] for g in layers]
    for group, spec in zip(groups, specs):
        _check_group(group, spec)
    shapes = {(sum(layer.out_features for layer in g), g[0].in_features) for g in groups}  # rows, columns
    grids = {(s.symmetric, s.granularity, s.group_size if s.granularity == "group" else None, s.axis) for s in specs}
    if len(shapes) > 1 or len(grids) > 1:
        raise ValueError(f"gptq_linears batches layers of one shape on one kind of grid: shapes {sorted(shapes)}, "
                         f"grids {sorted(grids, key=str)}; call gptq_linear per layer instead.")
    out = _gptq_groups(groups, calib_inputs, specs, block_size, damp)
    tags = [{"batched": len(groups)} | ({"stacked": len(g)} if len(g) > 1 else {}) for g in groups]
    return [[st | tag for st in stats] if isinstance(layer, (list, tuple)) else stats[0] | tag
            for layer, stats, tag in zip(layers, out, tags)]


def awq_scales(x_mean: torch.Tensor, alpha: float) -> torch.Tensor:
    """AWQ's per-input-channel scales s = mean|x|^alpha, normalised by sqrt(max s * min s)."""
    s = x_mean.pow(alpha).clamp_min(1e-4)
    return s / (s.max() * s.min()).sqrt()


def awq_clip(w: torch.Tensor, h: torch.Tensor, spec: QuantSpec, grid: int = 20, max_shrink: float = 0.5):
    """AWQ's clipping search: for each output row and input group, the weight range kept.

    Candidates are max|w_g| * (1 - i/grid) for i = 0 .. max_shrink*grid - 1 (1.0 down to 0.55 of the
    group's largest magnitude with the paper's 20 and 0.5); each row's group is clamped to +-that
    value, quantised, and scored by its own output error on the calibration inputs,
    d^T H_g d with d the group's weight change and H_g its diagonal block of ``h`` (the reference
    implementation's per-group error of the partial output sums, over every calibration row rather
    than a sample). The best candidate per (row, group) is kept; i = 0 is no clipping, so no group's
    error grows. ``w`` is ``[out, in]`` (already scaled), ``h`` the Hessian of its inputs. Returns
    the clamped weights (not yet quantised) and the mean kept fraction of max|w_g|.
    """
    if spec.granularity not in ("channel", "group"):
        raise ValueError(f"AWQ clipping needs per-channel or per-group scales; the spec is {spec.label()}.")
    if isinstance(grid, bool) or not isinstance(grid, int) or grid < 1 or not 0 < max_shrink < 1:
        raise ValueError(f"clip grid={grid!r} must be a positive integer and max_shrink={max_shrink!r} in (0, 1).")
    out_f, in_f = w.shape
    g = spec.group_size if spec.granularity == "group" else in_f
    if in_f % g:
        raise ValueError(f"group_size={g} does not divide the layer's {in_f} input features.")
    n_g = in_f // g
    wg = w.float().reshape(out_f, n_g, g)
    blocks = torch.stack([h[i * g:(i + 1) * g, i * g:(i + 1) * g] for i in range(n_g)]).float()  # [n_g, g, g]
    top = torch.linalg.vector_norm(wg, float("inf"), dim=-1, keepdim=True)  # [out, n_g, 1]
    best_err = torch.full((out_f, n_g), math.inf, device=w.device)
    best_max = top.clone()
    for i in range(max(1, int(max_shrink * grid))):
        m = top * (1 - i / grid)
        d = quant_dequant(torch.clamp(wg, -m, m).reshape(out_f, in_f), spec).reshape(out_f, n_g, g) - wg
        err = (torch.einsum("ogk,gkl->ogl", d, blocks) * d).sum(-1)  # [out, n_g]
        better = err < best_err
        best_err = torch.where(better, err, best_err)
        best_max = torch.where(better.unsqueeze(-1), m, best_max)
    kept = (best_max / top.clamp_min(1e-30)).mean().item()
    return torch.clamp(wg, -best_max, best_max).reshape(out_f, in_f), kept


def awq_linear(layer: nn.Linear, calib_inputs, spec: QuantSpec, grid: int = 20, clip: bool = False) -> dict:
    """Activation-aware scaling: W -> Q(W diag(s)) diag(s)^-1 with the best s = mean|x|^alpha on the grid.

    Scaling weight columns up by s and the inputs down by s leaves the float function unchanged; the
    division by s is folded into the stored weight (in deployment it folds into the previous op).
    alpha runs over {0, 1/grid, ..., (grid-1)/grid}; alpha = 0 is plain RTN, so on the calibration
    data the scaled result is never worse than RTN. With ``clip``, the paper's clipping search
    (``awq_clip``) then narrows each group's range of the scaled weights, scored with the scaled
    inputs' Hessian, as the reference runs it after the scale search; it minimises each group's
    own error, so the layer's whole output error (``rel_output_error``; before clipping:
    ``rel_output_error_unclipped``) usually but not always falls. Returns stats with the chosen
    ``alpha``.
    """
    _check_linear(layer)
    if isinstance(grid, bool) or not isinstance(grid, int) or grid < 1:
        raise ValueError(f"grid={grid!r} must be a positive integer (20 in the paper).")
    if not isinstance(clip, bool):
        raise ValueError(f"clip={clip!r} must be True or False.")
    t0 = time.perf_counter()
    w = layer.weight.detach().float()
    x = calibration_rows(calib_inputs, layer.in_features, w.device)
    h = input_hessian(x)
    x_mean = x.abs().mean(dim=0)
    best = (math.inf, 0.0, None, None)
    rtn_error = None
    for r in range(grid):
        alpha = r / grid
        s = awq_scales(x_mean, alpha)
        wq = quant_dequant(w * s, spec) / s
        error = relative_output_error(w, wq, h)
        rtn_error = error if r == 0 else rtn_error
        if error < best[0]:
            best = (error, alpha, wq, s)
    error, alpha, wq, s = best
    stats = {"method": "awq", "spec": spec.label(), "alpha": alpha, "grid": grid, "calib_rows": x.shape[0],
             "clip": clip, "rtn_rel_output_error": rtn_error}
    if clip:
        clamped, kept = awq_clip(w * s, h / (s.unsqueeze(1) * s.unsqueeze(0)), spec)
        wq = quant_dequant(clamped, spec) / s
        stats |= {"clip_kept_fraction": kept, "rel_output_error_unclipped": error}
        error = relative_output_error(w, wq, h)
    with torch.no_grad():
        layer.weight.copy_(wq.to(layer.weight.dtype))
    return stats | {"rel_output_error": error, "seconds": time.perf_counter() - t0}


class W8A8Linear(nn.Module):
    """Linear with integer-grid weights and inputs fake-quantised at run time, after smoothing.

    ``act="tensor"``: one static input scale calibrated from max|X/s|; ``act="token"``: one dynamic
    scale per token. Activations and weights use symmetric grids, as SmoothQuant does. With
    ``outlier_threshold`` (LLM.int8()'s mixed-precision decomposition) the input dimensions in which
    any value of the current input reaches it skip the grid and multiply ``float_weight``.
    """

    def __init__(self, weight: torch.Tensor, bias, smooth, bits: int, act: str, act_absmax: float,
                 outlier_threshold: float | None = None, float_weight: torch.Tensor | None = None):
        super().__init__()
        self.in_features, self.out_features = weight.shape[1], weight.shape[0]
        self.weight = nn.Parameter(weight, requires_grad=False)
        self.bias = None if bias is None else nn.Parameter(bias.detach().clone(), requires_grad=False)
        self.register_buffer("smooth", smooth)
        self.act, self.bits = act, bits
        self.a_spec = QuantSpec(bits, True, "channel" if act == "token" else "tensor", axis=0)
        self.register_buffer("act_scale", torch.tensor(act_absmax / ((self.a_spec.qmax - self.a_spec.qmin) / 2)))
        if (outlier_threshold is None) != (float_weight is None):
            raise ValueError("outlier_threshold and float_weight go together (LLM.int8()'s decomposition)")
        self.outlier_threshold = outlier_threshold
        self.float_weight = None if float_weight is None else nn.Parameter(float_weight, requires_grad=False)
        self.last_outlier_dims = 0  # how many input dimensions the last forward kept in float

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.smooth is not None:
            x = x / self.smooth.to(x.dtype)
        extra = None
        if self.outlier_threshold is not None:
            outliers = x.reshape(-1, self.in_features).abs().amax(dim=0) >= self.outlier_threshold
            self.last_outlier_dims = int(outliers.sum())
            if self.last_outlier_dims:
                extra = F.linear(x[..., outliers], self.float_weight[:, outliers])
                x = x.masked_fill(outliers, 0.0)
        if self.act == "token":
            x = fake_quant(x.reshape(-1, self.in_features), self.a_spec).reshape(x.shape)
        else:
            x = fake_quant(x, self.a_spec, self.act_scale.clamp_min(1e-8), torch.zeros_like(self.act_scale))
        y = F.linear(x, self.weight, self.bias)
        return y if extra is None else y + extra

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, W{self.bits}A{self.bits}, " \
               f"act={self.act}, smoothed={self.smooth is not None}" + (
                   f", outlier_threshold={self.outlier_threshold:g}" if self.outlier_threshold is not None else "")


def _swapped_output_error(layer: nn.Linear, module: nn.Module, x: torch.Tensor) -> float:
    """Relative error of ``module``'s output (without bias) against ``layer``'s weights on rows ``x``."""
    with torch.no_grad():
        y_ref = x @ layer.weight.detach().float().T
        y_q = module(x.to(layer.weight.dtype)).float() - (0 if layer.bias is None else layer.bias.float())
        return ((y_q - y_ref).norm() / y_ref.norm().clamp_min(1e-30)).item()


def smoothquant_linear(layer: nn.Linear, calib_inputs, alpha: float | None = 0.5, bits: int = 8,
                       act: str = "tensor", weight: str = "tensor") -> tuple[W8A8Linear, dict]:
    """SmoothQuant W8A8: returns a new ``W8A8Linear`` (the layer is left unchanged) and stats.

    ``alpha=None`` skips smoothing: the naive W8A8 baseline with the same grids.
    ``weight`` is "tensor" or "channel" (per output row) for the weight grid.
    """
    _check_linear(layer)
    if alpha is not None and not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha={alpha!r} must lie in [0, 1] (0.5 in the paper), or be None for no smoothing.")
    if act not in ("tensor", "token"):
        raise ValueError(f"act={act!r} is unknown." + _did_you_mean(act, ("tensor", "token")))
    if weight not in ("tensor", "channel"):
        raise ValueError(f"weight={weight!r} is unknown." + _did_you_mean(weight, ("tensor", "channel")))
    t0 = time.perf_counter()
    w = layer.weight.detach().float()
    x_raw = calibration_rows(calib_inputs, layer.in_features, w.device)
    x, x_absmax = x_raw, x_raw.abs().amax(dim=0)
    smooth = None
    if alpha is not None:
        w_absmax = w.abs().amax(dim=0).clamp_min(1e-5)
        smooth = (x_absmax.clamp_min(1e-5).pow(alpha) / w_absmax.pow(1 - alpha)).clamp_min(1e-5)
        w, x = w * smooth, x / smooth
    wq = quant_dequant(w, QuantSpec(bits, True, weight, axis=0)).to(layer.weight.dtype)
    module = W8A8Linear(wq, layer.bias, smooth, bits, act, x.abs().max().item())
    module.to(layer.weight.device)
    error = _swapped_output_error(layer, module, x_raw)
    return module, {"method": "smoothquant" if alpha is not None else "w8a8", "alpha": alpha, "bits": bits,
                    "act": act, "weight": weight, "rel_output_error": error,
                    "act_outlier_ratio": _outlier_ratio(x_absmax),
                    "act_outlier_ratio_smoothed": _outlier_ratio(x.abs().amax(dim=0)),
                    "seconds": time.perf_counter() - t0}


def llm_int8_linear(layer: nn.Linear, calib_inputs=None, threshold: float = 6.0, bits: int = 8
                    ) -> tuple[W8A8Linear, dict]:
    """LLM.int8(): a new ``W8A8Linear`` (the layer is left unchanged) with per-output-channel int8
    weights, per-token int8 activations and the mixed-precision decomposition at ``threshold``
    (the paper's 6.0; ``float("inf")`` turns it off, leaving vector-wise W8A8). Its scales are all
    dynamic or from the weights: ``calib_inputs``, when given, only measure the output error and how
    many input dimensions the decomposition keeps in float."""
    _check_linear(layer)
    if not threshold > 0:
        raise ValueError(f"threshold={threshold!r} must be positive (6.0 in the paper)")
    t0 = time.perf_counter()
    w = layer.weight.detach()
    wq = quant_dequant(w.float(), QuantSpec(bits, True, "channel", axis=0)).to(w.dtype)
    module = W8A8Linear(wq, layer.bias, None, bits, "token", 0.0, outlier_threshold=threshold,
                        float_weight=w.clone())
    module.to(w.device)
    stats = {"method": "llm_int8", "threshold": threshold, "bits": bits, "act": "token", "weight": "channel"}
    if calib_inputs is not None:
        x = calibration_rows(calib_inputs, layer.in_features, w.device)
        stats |= {"rel_output_error": _swapped_output_error(layer, module, x),
                  "outlier_dims": module.last_outlier_dims}
    return module, stats | {"seconds": time.perf_counter() - t0}


def _outlier_ratio(channel_absmax: torch.Tensor) -> float:
    """Largest channel range over the median one: how far the outlier channels stick out."""
    return (channel_absmax.max() / channel_absmax.median().clamp_min(1e-12)).item()


def _run_batches(model: nn.Module, batches) -> None:
    for batch in batches:
        if isinstance(batch, dict):
            model(**batch)
        elif isinstance(batch, (tuple, list)):
            model(*batch)
        else:
            model(batch)


def collect_inputs(model: nn.Module, module_names, batches) -> dict[str, torch.Tensor]:
    """Inputs seen by the named modules over ``batches``, each stacked to ``[N, in_features]``.

    Modules that were called on the very same tensors (the query, key and value projections of one
    attention, say) get one shared tensor: ``out[a] is out[b]`` says they read the same inputs.

    A batch is passed as ``model(batch)``, ``model(*batch)`` for a tuple/list, ``model(**batch)`` for
    a dict. Runs in eval mode without gradients; the model's mode is restored afterwards.
    """
    modules = dict(model.named_modules())
    names = [module_names] if isinstance(module_names, str) else list(module_names)
    for name in names:
        if name not in modules:
            raise ValueError(f"module {name!r} is not in the model." + _did_you_mean(name, list(modules)[:50]))
    seen: dict[str, list[torch.Tensor]] = {n: [] for n in names}
    where: dict[str, list[tuple]] = {n: [] for n in names}  # the memory each input lay in, per call

    def hook_for(name):
        def hook(module, args):
            x = args[0].detach()
            where[name].append((x.untyped_storage().data_ptr(), x.storage_offset(), tuple(x.shape), x.stride(),
                                x.dtype, x.device))
            seen[name].append(x.reshape(-1, x.shape[-1]))  # holds the storage: no later input can reuse it
        return hook

    handles = [modules[n].register_forward_pre_hook(hook_for(n)) for n in names]
    was_training = model.training
    try:
        model.eval()
        with torch.no_grad():
            _run_batches(model, batches)
    finally:
        for handle in handles:
            handle.remove()
        model.train(was_training)
    empty = [n for n in names if not seen[n]]
    if empty:
        raise ValueError(f"modules {empty} saw no input: are they used in the forward pass, and are batches empty?")
    out: dict[str, torch.Tensor] = {}
    first: dict[tuple, str] = {}
    for n in names:
        key = tuple(where[n])
        if key in first:  # the very tensors another module saw (q/k/v of one attention): one copy, shared
            out[n] = out[first[key]]
        else:
            first[key] = n
            out[n] = torch.cat(seen[n])
    return out


def _input_mates(name: str, names: list[str], done, inputs: list[dict[str, torch.Tensor]]) -> list[str]:
    """``name`` and the layers not yet ``done`` that read, in every model, the very tensor it reads
    (``collect_inputs`` shares it): the layers GPTQ can stack with it."""
    return [n for n in names if n not in done and all(u.get(n) is u[name] for u in inputs)]


def apply_ptq(model: nn.Module, method: str, spec: QuantSpec, calib_batches=None, sequential: bool = True,
              skip=(), **options) -> dict:
    """Quantise every ``nn.Linear`` of ``model`` (but ``skip`` patterns) with ``method``, in place.

    ``options`` go to the per-layer function (GPTQ: block_size, damp, act_order; AWQ: grid, clip,
    and ``clip_skip``, the names of Linears not to clip;
    SmoothQuant: alpha, act, weight; LLM.int8(): threshold; their bit width comes from ``spec.bits``).
    SmoothQuant and LLM.int8() swap each Linear for a ``W8A8Linear``. Returns ``{"method", "spec",
    "sequential", "layers": {name: stats}, "mean_rel_output_error", "seconds"}``.
    """
    if method not in PTQ_METHODS:
        raise ValueError(f"PTQ method {method!r} is unknown." + _did_you_mean(method, PTQ_METHODS))
    fn = {"rtn": rtn_linear, "gptq": gptq_linear, "awq": awq_linear, "smoothquant": smoothquant_linear,
          "llm_int8": llm_int8_linear}[method]
    allowed = [p for p in inspect.signature(fn).parameters if p not in ("layer", "calib_inputs", "spec")]
    if method in _SWAPPING:
        allowed.remove("bits")
    # AWQ's reference skips the clipping search for the query and key projections, whose outputs
    # meet in a softmax: ``clip_skip`` names them (substrings of the Linear's name)
    clip_skip = tuple(options.pop("clip_skip", ())) if method == "awq" else ()
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise ValueError(f"options {unknown} do not apply to {method!r}; allowed: {', '.join(allowed) or 'none'}.")
    if isinstance(model, nn.Linear):
        raise ValueError("apply_ptq works on a model that contains Linear layers; call the *_linear function "
                         "directly for a single layer.")
    if calib_batches is None and method not in ("rtn", "llm_int8"):
        raise ValueError(f"{method!r} needs calib_batches (a list of model inputs); only 'rtn' and 'llm_int8' work "
                         "without.")
    batches = None if calib_batches is None else list(calib_batches)
    t0 = time.perf_counter()
    names = [n for n, _ in select_linears(model, skip)]
    upfront = collect_inputs(model, names, batches) if batches is not None and not sequential else {}
    layers = {}
    for name in names:
        if name in layers:  # quantised with the layers it shares its inputs with
            continue
        layer = model.get_submodule(name)
        x = upfront.get(name)
        if x is None and batches is not None:
            x = collect_inputs(model, [name], batches)[name]
        mates = _input_mates(name, names, layers, [upfront]) if upfront else [name]
        if method == "gptq" and len(mates) > 1 and spec.granularity in ("channel", "group"):
            stats = gptq_stacked([model.get_submodule(n) for n in mates], x, spec, **options)
            layers.update({n: st | {"stacked_with": mates} for n, st in zip(mates, stats)})
            continue
        if method == "rtn":
            layers[name] = rtn_linear(layer, spec, x)
        elif method in _SWAPPING:
            new, layers[name] = fn(layer, x, bits=spec.bits, **options)
            replace_module(model, name, new)
        elif clip_skip and any(part in name for part in clip_skip):
            layers[name] = fn(layer, x, spec, **(options | {"clip": False}))
        else:
            layers[name] = fn(layer, x, spec, **options)
    layers = {n: layers[n] for n in names}  # module order, whatever order they were quantised in
    return _ptq_report(method, spec, sequential, layers, time.perf_counter() - t0)


def _ptq_report(method: str, spec: QuantSpec, sequential: bool, layers: dict, seconds: float) -> dict:
    """``apply_ptq``'s report: per-layer stats, their mean relative output error, seconds."""
    errors = [s["rel_output_error"] for s in layers.values() if "rel_output_error" in s]
    return {"method": method, "spec": spec.label(), "sequential": bool(sequential), "layers": layers,
            "mean_rel_output_error": sum(errors) / len(errors) if errors else None, "seconds": seconds}


def apply_gptq_many(models, specs, calib_batches, sequential: bool = True, skip=(), **options) -> list[dict]:
    """``apply_ptq(model, "gptq", spec, calib_batches, sequential, skip, **options)`` for each (model, spec)
    pair, with the column loops of each layer's copies run together (``gptq_linears``): copies of one
    model quantised at several bit widths, say. Each model's calibration inputs are its own (with
    ``sequential``, from its own partly quantised layers); ``calib_batches`` is one list of batches
    for all models, or, as a tuple with one list per model, each model's own (the blocks of several
    model copies, each fed by its own compressed prefix). Without ``sequential``, the layers that
    read the same inputs are stacked as ``apply_ptq`` does. Options: block_size, damp. Returns one
    ``apply_ptq`` report per model; ``seconds`` is the batch's time shared equally.
    """
    models, specs = list(models), list(specs)
    if not models or len(models) != len(specs):
        raise ValueError(f"apply_gptq_many needs one spec per model: got {len(models)} models, {len(specs)} specs.")
    unknown = sorted(set(options) - {"block_size", "damp"})
    if unknown:
        raise ValueError(f"options {unknown} do not apply to batched GPTQ; allowed: block_size, damp "
                         "(act_order: use apply_ptq per model).")
    if calib_batches is None:
        raise ValueError("'gptq' needs calib_batches (a list of model inputs).")
    if isinstance(calib_batches, tuple):
        per_model = [list(b) for b in calib_batches]
        if len(per_model) != len(models):
            raise ValueError(f"calib_batches as a tuple needs one list per model: got {len(per_model)} for "
                             f"{len(models)} models.")
    else:
        per_model = [list(calib_batches)] * len(models)
    t0 = time.perf_counter()
    names = [n for n, _ in select_linears(models[0], skip)]
    for k, model in enumerate(models[1:], 1):
        if [n for n, _ in select_linears(model, skip)] != names:
            raise ValueError(f"models[{k}] has other Linear layers than models[0]: batched GPTQ needs copies "
                             "of one model.")
    upfront = None if sequential else [collect_inputs(m, names, b) for m, b in zip(models, per_model)]
    per_row = specs[0].granularity in ("channel", "group")
    layers: list[dict] = [{} for _ in models]
    for name in names:
        if name in layers[0]:
            continue
        if upfront:
            xs = [inputs[name] for inputs in upfront]
            mates = _input_mates(name, names, layers[0], upfront)  # alike in every copy
        else:
            xs = [collect_inputs(m, [name], b)[name] for m, b in zip(models, per_model)]
            mates = [name]
        if not per_row:
            mates = [name]
        stats = gptq_linears([[m.get_submodule(n) for n in mates] for m in models], xs, specs, **options)
        for k, group in enumerate(stats):
            for n, st in zip(mates, group):
                layers[k][n] = st | ({"stacked_with": mates} if len(mates) > 1 else {})
    seconds = (time.perf_counter() - t0) / len(models)
    return [_ptq_report("gptq", spec, sequential, {n: per_layer[n] for n in names}, seconds)
            | {"batched": len(models)} for spec, per_layer in zip(specs, layers)]
