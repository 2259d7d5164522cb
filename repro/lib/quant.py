"""Fake quantisation of weights and activations: integer grids, straight-through and learned step sizes.

Methods and the papers they follow:

- affine integer grids (scale, zero point), min/max observers, per-tensor and per-channel grids:
  "Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference"
  (arXiv:1712.05877);
- the straight-through estimator for rounding: "Estimating or Propagating Gradients Through
  Stochastic Neurons for Conditional Computation" (arXiv:1308.3432);
- learned step size with gradient scaling: "Learned Step Size Quantization" (arXiv:1902.08153);
- per-group grids (groups of consecutive input weights of one output row), as in
  "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" (arXiv:2210.17323).

Conventions shared by every function here (and by ``ptq.py``):

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
import math
from dataclasses import dataclass, replace

import torch
import torch.nn.functional as F
from torch import nn

GRANULARITIES = ("tensor", "channel", "group")
METHODS = ("ste", "lsq")
OBSERVERS = ("minmax", "lsq", "dynamic")
_EPS = 1e-8  # smallest step: an all-zero slice quantises to exact zeros instead of dividing by zero


def _ready(quantizer: nn.Module) -> bool:
    """Whether an observer holds statistics; reads the buffer (a device sync) only until it does."""
    if not quantizer._ready and bool(quantizer.initialized):
        quantizer._ready = True
    return quantizer._ready


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
    """Reduce ``xf`` (fp32) to one value per scale: op is 'amin', 'amax' or 'mean_abs'."""
    if op == "mean_abs":
        xf, op = xf.abs(), "mean"
    if spec.granularity == "tensor" or (spec.granularity == "channel" and xf.ndim == 0):
        return getattr(xf, op)()
    if spec.granularity == "group":
        return getattr(_grouped(xf, spec), op)(dim=-1)
    if not -xf.ndim <= spec.axis < max(xf.ndim, 1):
        raise ValueError(f"axis={spec.axis} is out of range for a tensor of shape {tuple(xf.shape)}.")
    axis = spec.axis % xf.ndim
    dims = [d for d in range(xf.ndim) if d != axis]
    return getattr(xf, op)(dim=dims, keepdim=True) if dims else xf.clone()


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
    return (_reduce(xf.abs(), spec, "amax") / ((spec.qmax - spec.qmin) / 2)).clamp_min(_EPS)


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


# ---------------------------------------------------------------------------- learned step size


class _LSQFakeQuant(torch.autograd.Function):
    """LSQ forward, with the step's gradient factors computed in the same pass.

    d out / d step is round(x/s) - x/s inside the grid and qmin - z / qmax - z below / above it;
    with ``c`` the clamped code minus the zero point that is ``c - (x/s if inside else 0)``
    (c equals round(x/s) inside, exactly: both are small integers). The forward keeps ``inside``
    and that factor for the backward, which then costs three passes instead of a dozen.
    A symmetric quantiser passes ``zero=None`` (its zero point is 0 by construction).
    """

    @staticmethod
    def forward(ctx, x, step, zero, spec, grad_scale, track):
        xf = _view(x.float(), spec)
        s = _param(step.float(), spec)
        z = None if zero is None else _param(zero, spec)
        out, inside, clamped, r = _qdq_parts(xf, s, z, spec.qmin, spec.qmax)
        if not track:  # no graph will be built (no_grad, inference): nothing to keep
            return out.reshape(x.shape).to(x.dtype)
        d_step = clamped - torch.where(inside, r, 0.0) if ctx.needs_input_grad[1] else None
        ctx.save_for_backward(inside, d_step)
        ctx.s_shape, ctx.grad_scale, ctx.x_shape, ctx.x_dtype = s.shape, grad_scale, x.shape, x.dtype
        ctx.step_meta = (step.shape, step.dtype)
        return out.reshape(x.shape).to(x.dtype)

    @staticmethod
    def backward(ctx, grad):
        inside, d_step = ctx.saved_tensors
        g = grad.float().reshape(inside.shape)
        grad_x = (g * inside).reshape(ctx.x_shape).to(ctx.x_dtype) if ctx.needs_input_grad[0] else None
        grad_step = None
        if d_step is not None:
            shape, dtype = ctx.step_meta
            grad_step = ((g * d_step).sum_to_size(ctx.s_shape) * ctx.grad_scale).reshape(shape).to(dtype)
        return grad_x, grad_step, None, None, None, None


class LSQQuantizer(nn.Module):
    """Fake quantiser with a learned step size (LSQ), gradient scaled by 1/sqrt(N * Q_P).

    The step is initialised from the tensor's statistics: ``init="lsq"`` uses the paper's
    2 * mean|x| / sqrt(Q_P); ``init="minmax"`` starts from the round-to-nearest qparams, so the first
    forward equals ``quant_dequant``. The zero point (asymmetric grids) is fixed at initialisation.
    Per-tensor quantisers may be initialised lazily on their first forward; per-channel and per-group
    ones need ``init_from`` because the step's shape depends on the tensor.
    """

    def __init__(self, spec: QuantSpec, init_from: torch.Tensor | None = None, init: str = "lsq"):
        super().__init__()
        if init not in ("lsq", "minmax"):
            raise ValueError(f"LSQQuantizer init={init!r} is unknown." + _did_you_mean(init, ("lsq", "minmax")))
        self.spec, self.init = spec, init
        self.step = nn.Parameter(torch.ones(()))
        self.register_buffer("zero", torch.zeros(()))
        self.register_buffer("initialized", torch.tensor(False))
        self._ready = False
        if init_from is not None:
            self.initialize(init_from)
        elif spec.granularity != "tensor":
            raise ValueError(
                f"LSQQuantizer with granularity {spec.granularity!r} needs init_from=<the tensor it quantises> "
                "to size its step; only per-tensor quantisers initialise lazily."
            )

    @torch.no_grad()
    def initialize(self, x: torch.Tensor) -> None:
        """Set the step (and zero point) from the statistics of ``x``."""
        _check_tensor(x, "init_from")
        spec, xf = self.spec, x.detach().float()
        if self.init == "minmax":
            scale, zero = compute_qparams(xf, spec)
        else:
            levels = spec.qmax if spec.symmetric else spec.qmax - spec.qmin
            scale = (2 * _reduce(xf, spec, "mean_abs") / math.sqrt(levels)).clamp_min(_EPS)
            zero = torch.zeros_like(scale)
            if not spec.symmetric:
                lo = _reduce(xf, spec, "amin").clamp_max(0.0)
                zero = (spec.qmin - torch.round(lo / scale)).clamp(spec.qmin, spec.qmax)
        self.step.data = scale  # on the device of the tensor it quantises
        self.zero = zero
        self.initialized = self.initialized.to(scale.device).fill_(True)
        self._ready = True

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not _ready(self):
            self.initialize(x)
        step = self.step.clamp_min(_EPS)
        levels = self.spec.qmax if self.spec.symmetric else self.spec.qmax - self.spec.qmin
        grad_scale = 1.0 / math.sqrt(x.numel() / step.numel() * levels)
        zero = None if self.spec.symmetric else self.zero
        return _LSQFakeQuant.apply(x, step, zero, self.spec, grad_scale, torch.is_grad_enabled())

    def extra_repr(self) -> str:
        return f"{self.spec.label()}, init={self.init}"


# ---------------------------------------------------------------------------- activations


class ActQuantizer(nn.Module):
    """Activation fake quantisation.

    ``observer="minmax"``: per-tensor, qparams from a running (exponential moving average) min/max,
    updated in training mode and on the first call; straight-through gradient.
    ``observer="lsq"``: per-tensor learned step (``LSQQuantizer``, initialised on the first batch).
    ``observer="dynamic"``: qparams from each call's input; with granularity "channel" one scale per
    token (every position of the leading dimensions), as in per-token W8A8 schemes.
    """

    def __init__(self, spec: QuantSpec, observer: str = "minmax", momentum: float = 0.1):
        super().__init__()
        if observer not in OBSERVERS:
            raise ValueError(f"ActQuantizer observer={observer!r} is unknown." + _did_you_mean(observer, OBSERVERS))
        if observer != "dynamic" and spec.granularity != "tensor":
            raise ValueError(
                f"observer {observer!r} keeps one per-tensor range, but the spec asks for {spec.granularity!r}: "
                "use granularity 'tensor', or observer 'dynamic' for per-token scales."
            )
        if not 0.0 < momentum <= 1.0:
            raise ValueError(f"momentum={momentum!r} must lie in (0, 1].")
        self.spec, self.observer, self.momentum = spec, observer, momentum
        self.register_buffer("running_min", torch.zeros(()))
        self.register_buffer("running_max", torch.zeros(()))
        self.register_buffer("initialized", torch.tensor(False))
        self._ready = False
        self.lsq = LSQQuantizer(spec) if observer == "lsq" else None

    @torch.no_grad()
    def _observe(self, x: torch.Tensor) -> None:
        xf = x.detach().float()
        lo, hi = xf.amin(), xf.amax()
        if not _ready(self):
            self.running_min.copy_(lo)
            self.running_max.copy_(hi)
        else:
            self.running_min.lerp_(lo, self.momentum)
            self.running_max.lerp_(hi, self.momentum)
        self.initialized.fill_(True)
        self._ready = True

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.observer == "lsq":
            return self.lsq(x)
        if self.observer == "dynamic":
            if self.spec.granularity == "channel":
                flat = x.reshape(-1, x.shape[-1])
                return fake_quant(flat, replace(self.spec, axis=0)).reshape(x.shape)
            return fake_quant(x, self.spec)
        if self.training or not _ready(self):
            self._observe(x)
        scale, zero = qparams_from_range(self.running_min, self.running_max, self.spec)
        return fake_quant(x, self.spec, scale, zero)

    def extra_repr(self) -> str:
        return f"{self.spec.label()}, observer={self.observer}"


# ---------------------------------------------------------------------------- modules


@dataclass
class QuantizedTensor:
    """Integer codes with their qparams: ``dequantize()`` gives back the fake-quantised values."""

    q: torch.Tensor  # int8 (symmetric) or uint8 (asymmetric)
    scale: torch.Tensor
    zero: torch.Tensor
    spec: QuantSpec

    def dequantize(self) -> torch.Tensor:
        return dequantize(self.q, self.scale, self.zero, self.spec)


def _codes(x: torch.Tensor, scale, zero, spec: QuantSpec) -> QuantizedTensor:
    q = quantize(x, scale, zero, spec).to(torch.int8 if spec.symmetric else torch.uint8)
    return QuantizedTensor(q, scale.detach().float().clone(), zero.detach().float().clone(), spec)


class QuantLinear(nn.Module):
    """A Linear layer whose weight (and optionally input) is fake-quantised in the forward pass.

    It shares the ``weight`` and ``bias`` Parameters of the Linear it wraps, so optimisers, weight
    tying and pruning masks keep working across the swap; state-dict keys ``weight``/``bias`` stay.
    ``method="ste"`` recomputes min/max qparams of the current weight on every forward;
    ``method="lsq"`` learns the step (``LSQQuantizer``, shape of the spec's scale).
    """

    def __init__(self, linear: nn.Linear, w_spec: QuantSpec, a_spec: QuantSpec | None = None, method: str = "ste",
                 a_observer: str = "minmax", lsq_init: str = "lsq"):
        super().__init__()
        if not isinstance(linear, nn.Linear):
            raise ValueError(f"QuantLinear wraps an nn.Linear, got {type(linear).__name__}.")
        if method not in METHODS:
            raise ValueError(f"QuantLinear method={method!r} is unknown." + _did_you_mean(method, METHODS))
        if w_spec.granularity == "group" and linear.in_features % w_spec.group_size:
            raise ValueError(
                f"group_size={w_spec.group_size} does not divide in_features={linear.in_features}: "
                "choose a divisor or skip this layer."
            )
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.weight = linear.weight
        if linear.bias is None:
            self.register_parameter("bias", None)
        else:
            self.bias = linear.bias
        self.w_spec, self.a_spec, self.method = w_spec, a_spec, method
        self.w_quant = LSQQuantizer(w_spec, init_from=linear.weight, init=lsq_init) if method == "lsq" else None
        self.a_quant = ActQuantizer(a_spec, a_observer) if a_spec is not None else None
        for quantizer in (self.w_quant, self.a_quant):
            if quantizer is not None:  # buffers and steps live beside the weight (fp32 whatever its dtype)
                quantizer.to(linear.weight.device)
        self.frozen: QuantizedTensor | None = None

    def quantized_weight(self) -> torch.Tensor:
        """The fake-quantised weight used in the forward pass (differentiable)."""
        if self.frozen is not None:
            return self.weight
        if self.w_quant is not None:
            return self.w_quant(self.weight)
        return fake_quant(self.weight, self.w_spec)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.a_quant is not None:
            x = self.a_quant(x)
        return F.linear(x, self.quantized_weight(), self.bias)

    def export(self) -> QuantizedTensor:
        """Integer codes and qparams of the weight as the forward pass uses it."""
        if self.frozen is not None:
            return self.frozen
        if self.w_quant is not None:
            step = self.w_quant.step.detach().clamp_min(_EPS)
            return _codes(self.weight.detach(), step, self.w_quant.zero, self.w_spec)
        scale, zero = compute_qparams(self.weight, self.w_spec)
        return _codes(self.weight.detach(), scale, zero, self.w_spec)

    @torch.no_grad()
    def freeze(self) -> QuantizedTensor:
        """Write the quantised weight into ``weight`` and stop re-quantising it (end of QAT)."""
        if self.frozen is None:
            qt = self.export()
            self.weight.copy_(qt.dequantize().to(self.weight.dtype))
            self.frozen = qt
        return self.frozen

    def extra_repr(self) -> str:
        act = self.a_spec.label() if self.a_spec is not None else "none"
        return (f"in_features={self.in_features}, out_features={self.out_features}, weight={self.w_spec.label()}, "
                f"act={act}, method={self.method}, frozen={self.frozen is not None}")


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


def prepare_qat(model: nn.Module, w_spec: QuantSpec, a_spec: QuantSpec | None = None, method: str = "ste",
                skip=(), a_observer: str = "minmax", lsq_init: str = "lsq") -> nn.Module:
    """Swap every ``nn.Linear`` (but the ``skip`` patterns) for a ``QuantLinear``, in place.

    Returns ``model`` (or the new module when ``model`` itself is a Linear). Build the optimiser
    after this call: LSQ steps are new Parameters.
    """
    if isinstance(model, nn.Linear):
        return QuantLinear(model, w_spec, a_spec, method, a_observer, lsq_init)
    for name, layer in select_linears(model, skip):
        replace_module(model, name, QuantLinear(layer, w_spec, a_spec, method, a_observer, lsq_init))
    return model


def quantized_weights(model: nn.Module) -> dict[str, QuantizedTensor]:
    """Integer weights and qparams of every ``QuantLinear`` in ``model``, by module name."""
    return {n: m.export() for n, m in model.named_modules() if isinstance(m, QuantLinear)}


def convert_qat(model: nn.Module) -> dict[str, QuantizedTensor]:
    """Freeze every ``QuantLinear``: its weight becomes the quantised values, exported once."""
    return {n: m.freeze() for n, m in model.named_modules() if isinstance(m, QuantLinear)}
