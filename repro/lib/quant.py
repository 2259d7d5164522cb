"""Fake quantisation on integer grids: qparams, quantise / dequantise, the straight-through estimator.

Methods and the papers they follow:

- affine integer grids (scale, zero point), min/max observers, per-tensor and per-channel grids:
  "Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference"
  (arXiv:1712.05877);
- the straight-through estimator for rounding: "Estimating or Propagating Gradients Through
  Stochastic Neurons for Conditional Computation" (arXiv:1308.3432);
- per-group grids (groups of consecutive input weights of one output row), as in
  "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" (arXiv:2210.17323).

Conventions shared by every function here (and by ``qat.py`` and ``ptq.py``):

- symmetric: signed grid [-2^(b-1), 2^(b-1)-1], zero point 0, scale = max|x| / ((qmax - qmin) / 2)
  (the GPTQ and torchao choice: 4 bits use step max|x| / 7.5);
- asymmetric: unsigned grid [0, 2^b - 1] over the range [min(x, 0), max(x, 0)], so 0 is exact;
- rounding is torch.round (half to even); the top value of a symmetric grid is clipped by half a
  step, as in GPTQ; qparams are computed in float32 whatever the input dtype; ``quantize`` returns
  integer-valued float32; ``quant_dequant`` and ``fake_quant`` return the input dtype;
- scale / zero shapes: "tensor" -> ``[]``; "channel" -> the input's shape with 1 everywhere but
  ``axis``; "group" -> ``x.shape[:-1] + (n_groups,)``, groups running along the last dimension
  (the input features of a Linear weight);
- the straight-through gradient passes where round(x / s) + z lies inside [qmin, qmax] (the rule of
  ``torch.fake_quantize_per_tensor_affine``) and is zero elsewhere.
"""

from __future__ import annotations

import difflib
import fnmatch
from dataclasses import dataclass

import torch
from torch import nn

GRANULARITIES = ("tensor", "channel", "group")
_EPS = 1e-8  # smallest step: an all-zero slice quantises to exact zeros instead of dividing by zero

def _did_you_mean(value, allowed) -> str:
    close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
    return (f" Did you mean {close[0]!r}?" if close else "") + f" Allowed: {', '.join(map(str, allowed))}."


@dataclass(frozen=True)
class QuantSpec:
    """How to quantise one tensor: bit width, grid kind and which elements share a scale."""

    bits: int = 8
    symmetric: bool = True
    granularity: str = "tensor"
    group_size: int = 128
    axis: int = 0

    def __post_init__(self):
        if isinstance(self.bits, bool) or not isinstance(self.bits, int) or not 2 <= self.bits <= 8:
            raise ValueError(f"QuantSpec.bits={self.bits!r} is not supported: use an integer from 2 to 8.")
        if not isinstance(self.symmetric, bool):
            raise ValueError(f"QuantSpec.symmetric={self.symmetric!r} must be True or False.")
        if self.granularity not in GRANULARITIES:
            raise ValueError(
                f"QuantSpec.granularity={self.granularity!r} is unknown."
                + _did_you_mean(self.granularity, GRANULARITIES)
            )
        if isinstance(self.group_size, bool) or not isinstance(self.group_size, int) or self.group_size < 1:
            raise ValueError(f"QuantSpec.group_size={self.group_size!r} must be a positive integer (e.g. 32, 64, 128).")
        if isinstance(self.axis, bool) or not isinstance(self.axis, int):
            raise ValueError(f"QuantSpec.axis={self.axis!r} must be an integer dimension index (0 = output rows).")

    @property
    def qmin(self) -> int:
        return -(1 << (self.bits - 1)) if self.symmetric else 0

    @property
    def qmax(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.symmetric else (1 << self.bits) - 1

    def label(self) -> str:
        """Short human label, e.g. ``int4-sym-g128`` or ``int8-asym-channel``."""
        kind = {"tensor": "tensor", "channel": "channel", "group": f"g{self.group_size}"}[self.granularity]
        return f"int{self.bits}-{'sym' if self.symmetric else 'asym'}-{kind}"


# ---------------------------------------------------------------------------- grids and qparams


def _check_tensor(x, what: str) -> None:
    if not isinstance(x, torch.Tensor):
        raise ValueError(f"{what} must be a torch.Tensor, got {type(x).__name__}.")
    if x.numel() == 0:
        raise ValueError(f"{what} is empty (shape {tuple(x.shape)}): there is nothing to quantise.")
    if not (x.is_floating_point()):
        raise ValueError(f"{what} has dtype {x.dtype}: quantise a floating-point tensor (fp32, fp16 or bf16).")


def _grouped(x: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    """View ``x`` as ``[..., n_groups, group_size]`` along its last dimension."""
    last = x.shape[-1] if x.ndim else 1
    if x.ndim == 0 or last % spec.group_size:
        raise ValueError(
            f"group_size={spec.group_size} does not divide the last dimension ({last}) of a tensor of shape "
            f"{tuple(x.shape)}: pick a group size that divides {last}, or use granularity 'channel'."
        )
    return x.reshape(*x.shape[:-1], last // spec.group_size, spec.group_size)


def _view(x: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    return _grouped(x, spec) if spec.granularity == "group" else x


def _param(p: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    return p.unsqueeze(-1) if spec.granularity == "group" else p


def _reduce(xf: torch.Tensor, spec: QuantSpec, op: str) -> torch.Tensor:
    """Reduce ``xf`` (fp32) to one value per scale: op is 'amin', 'amax', 'amax_abs' or 'mean_abs'.

    'amax_abs' (max |x|) is one infinity-norm reduction rather than ``abs`` then ``amax``: the same
    values, one kernel fewer per quantised weight and step on a GPU.
    """
    if op == "mean_abs":
        xf, op = xf.abs(), "mean"

    def reduce(t, **dims):
        if op == "amax_abs":
            return torch.linalg.vector_norm(t, float("inf"), **dims)
        return getattr(t, op)(**dims)

    if spec.granularity == "tensor" or (spec.granularity == "channel" and xf.ndim == 0):
        return reduce(xf)
    if spec.granularity == "group":
        return reduce(_grouped(xf, spec), dim=-1)
    if not -xf.ndim <= spec.axis < max(xf.ndim, 1):
        raise ValueError(f"axis={spec.axis} is out of range for a tensor of shape {tuple(xf.shape)}.")
    axis = spec.axis % xf.ndim
    dims = [d for d in range(xf.ndim) if d != axis]
    if dims:
        return reduce(xf, dim=dims, keepdim=True)
    return xf.abs() if op == "amax_abs" else xf.clone()


def qparams_from_range(lo: torch.Tensor, hi: torch.Tensor, spec: QuantSpec) -> tuple[torch.Tensor, torch.Tensor]:
    """Scale and zero point (fp32) that cover ``[lo, hi]`` on the grid of ``spec``."""
    lo, hi = lo.float(), hi.float()
    if spec.symmetric:
        amax = torch.maximum(lo.abs(), hi.abs())
        scale = (amax / ((spec.qmax - spec.qmin) / 2)).clamp_min(_EPS)
        return scale, torch.zeros_like(scale)
    lo, hi = lo.clamp_max(0.0), hi.clamp_min(0.0)
    scale = ((hi - lo) / (spec.qmax - spec.qmin)).clamp_min(_EPS)
    zero = (spec.qmin - torch.round(lo / scale)).clamp(spec.qmin, spec.qmax)
    return scale, zero


def _symmetric_scale(xf: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    """The symmetric min/max scale from one reduction: max|x| equals max(|min x|, |max x|)
    exactly, so this is ``qparams_from_range``'s scale at half the reductions."""
    return (_reduce(xf, spec, "amax_abs") / ((spec.qmax - spec.qmin) / 2)).clamp_min(_EPS)


def compute_qparams(x: torch.Tensor, spec: QuantSpec) -> tuple[torch.Tensor, torch.Tensor]:
    """Min/max (scale, zero_point) of ``x`` for ``spec``, in float32, without gradient."""
    _check_tensor(x, "x")
    xf = x.detach().float()
    if spec.symmetric:
        scale = _symmetric_scale(xf, spec)
        return scale, torch.zeros_like(scale)
    return qparams_from_range(_reduce(xf, spec, "amin"), _reduce(xf, spec, "amax"), spec)


def _qdq(xf, scale, zero, qmin: int, qmax: int):
    """The one rounding rule: returns (dequantised values, unclamped integer codes)."""
    v = torch.round(xf / scale) + zero
    return (v.clamp(qmin, qmax) - zero) * scale, v


def _qdq_parts(xf, scale, zero, qmin: int, qmax: int):
    """``_qdq``'s values with what the gradients need: (values, inside, codes - zero, xf / scale).

    The same arithmetic in fewer passes, for the QAT hot path: ``zero=None`` is a symmetric grid
    (adding and removing a zero point of 0 changes no value), and ``inside`` (where the code lay
    inside [qmin, qmax], the straight-through mask) is one comparison of the clamped codes with
    the unclamped ones instead of two bounds and an ``and``.
    """
    r = xf / scale
    v = torch.round(r)
    if zero is not None:
        v = v + zero
    clamped = v.clamp(qmin, qmax)
    inside = clamped == v
    if zero is not None:
        clamped = clamped - zero
    return clamped * scale, inside, clamped, r


def affine_qdq(x: torch.Tensor, scale, zero, qmin: int, qmax: int) -> torch.Tensor:
    """Quantise-dequantise fp32 ``x`` with broadcastable ``scale``/``zero`` on [qmin, qmax] (no checks)."""
    return _qdq(x, scale, zero, qmin, qmax)[0]


def _as_param(p, like: torch.Tensor, what: str) -> torch.Tensor:
    if not isinstance(p, torch.Tensor):
        raise ValueError(f"{what} must be a tensor from compute_qparams, got {type(p).__name__}.")
    return p.to(device=like.device, dtype=torch.float32)


def quantize(x: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    """Integer codes of ``x`` (integer-valued float32 in [qmin, qmax], same shape as ``x``)."""
    _check_tensor(x, "x")
    xf = _view(x.float(), spec)
    s, z = _param(_as_param(scale, xf, "scale"), spec), _param(_as_param(zero, xf, "zero"), spec)
    return (torch.round(xf / s) + z).clamp(spec.qmin, spec.qmax).reshape(x.shape)


def dequantize(q: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    """Real values (float32) of integer codes ``q``."""
    qf = _view(q.float(), spec)
    s, z = _param(_as_param(scale, qf, "scale"), spec), _param(_as_param(zero, qf, "zero"), spec)
    return ((qf - z) * s).reshape(q.shape)


def quant_dequant(x: torch.Tensor, spec: QuantSpec) -> torch.Tensor:
    """Round-to-nearest quantisation with min/max qparams, returned in the dtype of ``x``."""
    scale, zero = compute_qparams(x, spec)
    out, _ = _qdq(_view(x.float(), spec), _param(scale, spec), _param(zero, spec), spec.qmin, spec.qmax)
    return out.reshape(x.shape).to(x.dtype)


class _STEFakeQuant(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale, zero, spec):
        z = None if zero is None else _param(zero, spec)
        out, inside, _, _ = _qdq_parts(_view(x.float(), spec), _param(scale, spec), z, spec.qmin, spec.qmax)
        ctx.save_for_backward(inside.reshape(x.shape))
        return out.reshape(x.shape).to(x.dtype)

    @staticmethod
    def backward(ctx, grad):
        (inside,) = ctx.saved_tensors
        return grad * inside, None, None, None


def fake_quant(x: torch.Tensor, spec: QuantSpec, scale=None, zero=None) -> torch.Tensor:
    """Quantise-dequantise with a straight-through gradient; qparams from min/max when not given."""
    _check_tensor(x, "x")
    if (scale is None) != (zero is None):
        raise ValueError("fake_quant needs both scale and zero, or neither (then they come from min/max).")
    if scale is None:
        if spec.symmetric:  # zero point 0 by construction: skip it (and the reduction for the minimum)
            return _STEFakeQuant.apply(x, _symmetric_scale(x.detach().float(), spec), None, spec)
        scale, zero = compute_qparams(x, spec)
    return _STEFakeQuant.apply(x, _as_param(scale, x, "scale").detach(), _as_param(zero, x, "zero").detach(), spec)

# ---------------------------------------------------------------------------- choosing layers


def select_linears(model: nn.Module, skip=(), kinds=(nn.Linear,)) -> list[tuple[str, nn.Module]]:
    """``(name, module)`` of every module of ``kinds`` whose name matches no ``skip`` pattern (fnmatch).

    A pattern that matches no such module is an error: a typo would otherwise leave a layer untouched.
    """
    if isinstance(skip, str):
        skip = (skip,)
    found = [(n, m) for n, m in model.named_modules() if isinstance(m, kinds)]
    for pattern in skip:
        if not any(fnmatch.fnmatchcase(n, pattern) for n, _ in found):
            names = ", ".join(n or "<root>" for n, _ in found[:12])
            raise ValueError(f"skip pattern {pattern!r} matches no Linear layer. Layers: {names}.")
    return [(n, m) for n, m in found if not any(fnmatch.fnmatchcase(n, p) for p in skip)]


def replace_module(model: nn.Module, name: str, new: nn.Module) -> None:
    """Put ``new`` at the dotted path ``name`` inside ``model``."""
    parent_name, _, attr = name.rpartition(".")
    setattr(model.get_submodule(parent_name) if parent_name else model, attr, new)
