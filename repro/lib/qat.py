"""Quantisation-aware training: learned step sizes, activation quantisers and ``QuantLinear``.

- learned step size with gradient scaling: "Learned Step Size Quantization" (arXiv:1902.08153);
- the straight-through estimator and the grids of ``quant.py`` (its conventions hold here);
- ``prepare_qat`` swaps a model's Linears for ``QuantLinear`` in place; ``convert_qat`` freezes
  them at the end of training and exports integer codes with their qparams.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import torch
import torch.nn.functional as F
from torch import nn

from .quant import (
    _EPS,
    QuantSpec,
    _check_tensor,
    _did_you_mean,
    _param,
    _qdq_parts,
    _reduce,
    _view,
    compute_qparams,
    dequantize,
    fake_quant,
    qparams_from_range,
    quantize,
    replace_module,
    select_linears,
)

METHODS = ("ste", "lsq")
OBSERVERS = ("minmax", "lsq", "dynamic")


def _ready(quantizer: nn.Module) -> bool:
    """Whether an observer holds statistics; reads the buffer (a device sync) only until it does."""
    if not quantizer._ready and bool(quantizer.initialized):
        quantizer._ready = True
    return quantizer._ready


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
        self._grouped: torch.Tensor | None = None  # this forward's rows of its WeightGroups pass
        self._weight_group: tuple[WeightGroups, int] | None = None

    def quantized_weight(self) -> torch.Tensor:
        """The fake-quantised weight used in the forward pass (differentiable)."""
        if self.frozen is not None:
            return self.weight
        if self._weight_group is not None:
            groups, index = self._weight_group
            grouped = groups.weight(index, self)
            if grouped is not None:
                return grouped
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


def prepare_qat(model: nn.Module, w_spec: QuantSpec, a_spec: QuantSpec | None = None, method: str = "ste",
                skip=(), a_observer: str = "minmax", lsq_init: str = "lsq", grouped: bool = True) -> nn.Module:
    """Swap every ``nn.Linear`` (but the ``skip`` patterns) for a ``QuantLinear``, in place.

    Returns ``model`` (or the new module when ``model`` itself is a Linear). Build the optimiser
    after this call: LSQ steps are new Parameters. With ``grouped`` (the default) the model's
    forward fake-quantises the weights of layers that share a grid in one pass (``WeightGroups``):
    the same values and gradients, a handful of kernels per step instead of ~10 per layer.
    """
    if isinstance(model, nn.Linear):
        return QuantLinear(model, w_spec, a_spec, method, a_observer, lsq_init)
    for name, layer in select_linears(model, skip):
        replace_module(model, name, QuantLinear(layer, w_spec, a_spec, method, a_observer, lsq_init))
    if grouped:
        WeightGroups(model)
    return model


class WeightGroups:
    """Fake-quantise the weights of many ``QuantLinear`` layers in one pass per group.

    A 4-layer decoder has 16 quantised Linears; each re-quantising its own weight costs about ten
    small kernels a step (scale, divide, round, clamp, mask, multiply, and the backward's mask),
    which on a GPU cost more than the arithmetic: the first GPU session measured a QAT step at
    1.5x an FP step. Layers whose weights are quantised on one grid and have the same number of
    inputs (same method, spec, dtype and device) are stacked along the output rows and quantised
    in one pass, the first time one of them needs its weight in a forward of the model; each gets
    its rows back until that forward ends (a forward pre-hook opens the pass, a forward hook that
    runs even on an exception closes it). Computing on first use, not in the pre-hook, means any
    other pre-hook of the model (pruning masks re-applied to the weights, say) has run first,
    whatever the order the hooks were registered in. Per-channel scales are per row and
    per-group scales lie within a row, so every value and gradient is the one the layer would
    compute alone (tests compare them exactly); per-tensor grids are left ungrouped (one scale
    over the stack would differ). A layer called outside the model's forward, or frozen,
    quantises its own weight as before.
    """

    def __init__(self, model: nn.Module):
        found: dict[tuple, list[QuantLinear]] = {}
        for module in model.modules():
            if isinstance(module, QuantLinear) and module.w_spec.granularity != "tensor" and module.w_spec.axis == 0:
                key = (module.method, module.w_spec, module.in_features, module.weight.dtype, module.weight.device)
                found.setdefault(key, []).append(module)
        self.groups = [layers for layers in found.values() if len(layers) > 1]
        self.active = False
        for index, layers in enumerate(self.groups):
            for layer in layers:
                layer._weight_group = (self, index)
        if self.groups:
            model.register_forward_pre_hook(self._open)
            model.register_forward_hook(self._close, always_call=True)

    def weight(self, index: int, layer: QuantLinear) -> torch.Tensor | None:
        """``layer``'s rows of its group's pass in this forward (None outside the model's forward)."""
        if not self.active:
            return None
        if layer._grouped is None:
            self._fill(self.groups[index])
        return layer._grouped

    @staticmethod
    def _fill(layers: list[QuantLinear]) -> None:
        live = [m for m in layers if m.frozen is None]
        if len(live) < 2:
            return
        first = live[0]
        weight = torch.cat([m.weight for m in live])
        if first.method == "lsq":
            step = torch.cat([m.w_quant.step for m in live]).clamp_min(_EPS)
            zero = None if first.w_spec.symmetric else torch.cat([m.w_quant.zero for m in live])
            levels = first.w_spec.qmax if first.w_spec.symmetric else first.w_spec.qmax - first.w_spec.qmin
            grad_scale = 1.0 / math.sqrt(weight.numel() / step.numel() * levels)
            out = _LSQFakeQuant.apply(weight, step, zero, first.w_quant.spec, grad_scale, torch.is_grad_enabled())
        else:
            out = fake_quant(weight, first.w_spec)
        for m, rows in zip(live, out.split([m.out_features for m in live])):
            m._grouped = rows

    def _open(self, module, args) -> None:
        self._close(module, args, None)
        self.active = True

    def _close(self, module, args, output) -> None:
        self.active = False
        for layers in self.groups:
            for m in layers:
                m._grouped = None


def quantized_weights(model: nn.Module) -> dict[str, QuantizedTensor]:
    """Integer weights and qparams of every ``QuantLinear`` in ``model``, by module name."""
    return {n: m.export() for n, m in model.named_modules() if isinstance(m, QuantLinear)}


def convert_qat(model: nn.Module) -> dict[str, QuantizedTensor]:
    """Freeze every ``QuantLinear``: its weight becomes the quantised values, exported once."""
    return {n: m.freeze() for n, m in model.named_modules() if isinstance(m, QuantLinear)}
