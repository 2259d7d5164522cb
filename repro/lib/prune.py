"""Pruning masks (magnitude, global magnitude, Wanda, N:M) and masks that survive training.

Methods and the papers they follow:

- magnitude, per layer: "Learning both Weights and Connections for Efficient Neural Networks"
  (arXiv:1506.02626);
- global magnitude (all layers ranked together), one of the baselines compared in "What is the State
  of Neural Network Pruning?" (arXiv:2003.03033);
- Wanda: "A Simple and Effective Pruning Approach for Large Language Models" (arXiv:2306.11695),
  score |W_ij| * ||X_j||_2, compared within each output row;
- N:M semi-structured sparsity (2:4 on sparse tensor cores): "Accelerating Sparse Deep Neural
  Networks" (arXiv:2104.08378), keep the N largest of every M consecutive input weights.

A mask is a bool tensor shaped like the weight, True = keep. Counts are exact: round(sparsity * n)
weights are pruned in each comparison set (layer, output row, or the whole model); ties are broken
by ``torch.topk``. Layers are ``nn.Linear`` and Linear-like modules (an ``in_features`` attribute and a
2-D ``weight``, such as ``qat.QuantLinear``); this module imports nothing else of the library.
Wanda's input norms come from one calibration pass over the model as it is (not layer by layer).
"""

from __future__ import annotations

import difflib
import fnmatch
import re

import torch
from torch import nn

PRUNE_METHODS = ("magnitude", "magnitude_global", "wanda", "N:M (e.g. 2:4)", "wanda_N:M (e.g. wanda_2:4)")
_NM = re.compile(r"^(wanda_)?(\d+):(\d+)$")


def _check_sparsity(sparsity) -> float:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)) or not 0.0 <= sparsity < 1.0:
        raise ValueError(f"sparsity={sparsity!r} must be a fraction in [0, 1) of weights to remove (0.5 = half).")
    return float(sparsity)


def _keep_all_but_lowest(scores: torch.Tensor, k: int) -> torch.Tensor:
    """Bool mask over the last dimension of 2-D ``scores``: False at the ``k`` lowest of each row."""
    mask = torch.ones_like(scores, dtype=torch.bool)
    if k > 0:
        mask.scatter_(-1, torch.topk(scores, k, dim=-1, largest=False).indices, False)
    return mask


def magnitude_mask(w: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Keep the largest |w|: exactly round(sparsity * w.numel()) entries are pruned."""
    sparsity = _check_sparsity(sparsity)
    flat = w.detach().abs().float().reshape(1, -1)
    return _keep_all_but_lowest(flat, round(sparsity * flat.numel())).reshape(w.shape)


def global_magnitude_masks(named_weights, sparsity: float) -> dict[str, torch.Tensor]:
    """Rank the |w| of all given weights together; exactly round(sparsity * total) are pruned."""
    sparsity = _check_sparsity(sparsity)
    items = list(dict(named_weights).items())
    if not items:
        raise ValueError("global_magnitude_masks got no weights: pass {name: weight} of the layers to prune.")
    device = items[0][1].device
    flat = torch.cat([w.detach().abs().float().reshape(-1).to(device) for _, w in items]).reshape(1, -1)
    keep = _keep_all_but_lowest(flat, round(sparsity * flat.numel())).reshape(-1)
    masks, start = {}, 0
    for name, w in items:
        masks[name] = keep[start:start + w.numel()].reshape(w.shape).to(w.device)
        start += w.numel()
    return masks


def wanda_mask(w: torch.Tensor, input_norm: torch.Tensor, sparsity: float, per_output: bool = True) -> torch.Tensor:
    """Wanda: prune the lowest |W_ij| * ||X_j||_2, per output row (``per_output``) or over the layer."""
    sparsity = _check_sparsity(sparsity)
    if w.ndim != 2 or input_norm.shape != (w.shape[1],):
        raise ValueError(f"wanda_mask needs a 2-D weight [out, in] and input_norm [in]; got {tuple(w.shape)} "
                         f"and {tuple(input_norm.shape)}.")
    scores = w.detach().abs().float() * input_norm.detach().float().to(w.device).unsqueeze(0)
    if not per_output:
        return magnitude_mask(scores, sparsity)
    return _keep_all_but_lowest(scores, round(sparsity * w.shape[1]))


def nm_mask(scores: torch.Tensor, n: int = 2, m: int = 4) -> torch.Tensor:
    """Keep the ``n`` highest scores of every ``m`` consecutive entries along the last dimension."""
    if not (isinstance(n, int) and isinstance(m, int) and 0 < n <= m):
        raise ValueError(f"N:M needs integers 0 < n <= m, got n={n!r}, m={m!r} (2:4 is n=2, m=4).")
    if scores.ndim == 0 or scores.shape[-1] % m:
        raise ValueError(f"the last dimension of shape {tuple(scores.shape)} is not a multiple of m={m}: "
                         "N:M sparsity groups consecutive input weights; skip this layer or pick another m.")
    groups = scores.detach().float().reshape(-1, m)
    mask = torch.zeros_like(groups, dtype=torch.bool)
    mask.scatter_(-1, torch.topk(groups, n, dim=-1).indices, True)
    return mask.reshape(scores.shape)


# ---------------------------------------------------------------------------- models


def _is_linear_like(module: nn.Module) -> bool:
    w = getattr(module, "weight", None)
    return isinstance(module, nn.Linear) or (
        hasattr(module, "in_features") and isinstance(w, torch.Tensor) and w.ndim == 2)


def linear_layers(model: nn.Module, skip=()) -> dict[str, nn.Module]:
    """Linear-like modules of ``model`` by name, but those matching a ``skip`` pattern (fnmatch)."""
    if isinstance(skip, str):
        skip = (skip,)
    found = {n: m for n, m in model.named_modules() if _is_linear_like(m)}
    for pattern in skip:
        if not any(fnmatch.fnmatchcase(n, pattern) for n in found):
            layers = ", ".join(list(found)[:12])
            raise ValueError(f"skip pattern {pattern!r} matches no Linear layer. Layers: {layers}.")
    return {n: m for n, m in found.items() if not any(fnmatch.fnmatchcase(n, p) for p in skip)}


class MaskHandle:
    """Keeps masked weights at zero through training.

    Three mechanisms, so that masks hold with any optimiser: gradients of masked entries are zeroed
    (tensor hooks on the weights), the masks are re-applied before every forward of the model
    (forward pre-hook, through ``.data`` so no autograd graph is disturbed), and optionally after every
    optimiser step (``attach_optimizer``). The hooks follow the weight Parameters, so a later
    ``prepare_qat`` swap (which shares them) keeps the masks. ``remove()`` detaches everything.
    """

    def __init__(self, model: nn.Module, entries: list[tuple[str, nn.Parameter, torch.Tensor]], every_forward: bool):
        self.entries = entries
        self._hooks = [p.register_hook(lambda g, keep=keep: g * keep) for _, p, keep in entries]
        if every_forward:
            self._hooks.append(model.register_forward_pre_hook(lambda module, args: self.reapply()))

    @property
    def masks(self) -> dict[str, torch.Tensor]:
        return {name: keep.bool() for name, _, keep in self.entries}

    @torch.no_grad()
    def reapply(self) -> None:
        for _, p, keep in self.entries:
            p.data.mul_(keep)

    def attach_optimizer(self, optimizer: torch.optim.Optimizer) -> "MaskHandle":
        self._hooks.append(optimizer.register_step_post_hook(lambda opt, args, kwargs: self.reapply()))
        return self

    def remove(self) -> None:
        for hook in self._hooks:
            hook.remove()
        self._hooks = []


def apply_masks(model: nn.Module, masks: dict[str, torch.Tensor], every_forward: bool = True) -> MaskHandle:
    """Zero the pruned weights now and keep them zero during training (see ``MaskHandle``).

    Keys are module names (the module's ``weight`` is masked) or parameter names.
    """
    modules, params = dict(model.named_modules()), dict(model.named_parameters())
    entries = []
    for name, mask in masks.items():
        p = getattr(modules[name], "weight", None) if name in modules else params.get(name)
        if not isinstance(p, nn.Parameter):
            close = difflib.get_close_matches(name, list(linear_layers(model)), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ValueError(f"mask {name!r} names no weight of the model.{hint}")
        if tuple(mask.shape) != tuple(p.shape):
            raise ValueError(f"mask {name!r} has shape {tuple(mask.shape)} but the weight is {tuple(p.shape)}.")
        entries.append((name, p, (mask != 0).to(device=p.device, dtype=p.dtype)))
    handle = MaskHandle(model, entries, every_forward)
    handle.reapply()
    return handle


def input_norms(model: nn.Module, layers: dict[str, nn.Module], batches) -> dict[str, torch.Tensor]:
    """||X_j||_2 over every calibration token of each layer's input feature j (one pass, eval, no grad)."""
    sums = {n: torch.zeros(m.in_features, device=m.weight.device) for n, m in layers.items()}

    def hook_for(name):
        def hook(module, args):
            x = args[0].detach().float()
            sums[name] += x.reshape(-1, x.shape[-1]).pow(2).sum(dim=0)
        return hook

    handles = [m.register_forward_pre_hook(hook_for(n)) for n, m in layers.items()]
    was_training = model.training
    try:
        model.eval()
        with torch.no_grad():
            for batch in batches:
                if isinstance(batch, dict):
                    model(**batch)
                elif isinstance(batch, (tuple, list)):
                    model(*batch)
                else:
                    model(batch)
    finally:
        for handle in handles:
            handle.remove()
        model.train(was_training)
    return {n: s.sqrt() for n, s in sums.items()}


def prune_model(model: nn.Module, method: str, sparsity: float | None, calib_batches=None, skip=(),
                per_output: bool = True) -> dict[str, torch.Tensor]:
    """Compute masks for every Linear-like layer (but ``skip``), zero the pruned weights, return the masks.

    ``method``: "magnitude" (per layer), "magnitude_global", "wanda" (needs ``calib_batches``), "N:M"
    such as "2:4" (magnitude scores) or "wanda_N:M" such as "wanda_2:4". For N:M, ``sparsity`` may be
    None; if given it must equal 1 - N/M. The zeroing is one-off: call ``apply_masks`` to keep the
    masks through training.
    """
    nm = _NM.match(method) if isinstance(method, str) else None
    if method not in ("magnitude", "magnitude_global", "wanda") and nm is None:
        known = ["magnitude", "magnitude_global", "wanda", "2:4", "wanda_2:4"]
        close = difflib.get_close_matches(str(method), known, n=1)
        raise ValueError(f"pruning method {method!r} is unknown." + (f" Did you mean {close[0]!r}?" if close else "")
                         + f" Allowed: {', '.join(PRUNE_METHODS)}.")
    if nm is not None:
        n, m = int(nm.group(2)), int(nm.group(3))
        if sparsity is not None and abs(sparsity - (1 - n / m)) > 1e-9:
            raise ValueError(
                f"{method} sparsity is {1 - n / m:g} by construction; got sparsity={sparsity!r} (pass None).")
    else:
        sparsity = _check_sparsity(sparsity)
    layers = linear_layers(model, skip)
    if not layers:
        raise ValueError("the model has no Linear layer left to prune (check skip).")
    uses_wanda = method == "wanda" or (nm is not None and nm.group(1))
    if uses_wanda and calib_batches is None:
        raise ValueError(f"{method!r} scores weights by input norms: pass calib_batches (a list of model inputs).")
    norms = input_norms(model, layers, list(calib_batches)) if uses_wanda else {}
    weights = {n: mod.weight for n, mod in layers.items()}
    if method == "magnitude_global":
        masks = global_magnitude_masks(weights, sparsity)
    elif method == "magnitude":
        masks = {n: magnitude_mask(w, sparsity) for n, w in weights.items()}
    elif method == "wanda":
        masks = {n: wanda_mask(w, norms[n], sparsity, per_output) for n, w in weights.items()}
    else:
        scores = {n: w.detach().abs().float() * (norms[n].unsqueeze(0) if uses_wanda else 1.0)
                  for n, w in weights.items()}
        masks = {n: nm_mask(s, n=int(nm.group(2)), m=int(nm.group(3))) for n, s in scores.items()}
    with torch.no_grad():
        for n, w in weights.items():
            w.mul_(masks[n].to(w.dtype))
    return masks


def sparsity_of(model_or_tensor) -> float:
    """Fraction of exact zeros in a tensor, or over the weights of a model's Linear-like layers."""
    if isinstance(model_or_tensor, torch.Tensor):
        if model_or_tensor.numel() == 0:
            raise ValueError("sparsity_of got an empty tensor.")
        return (model_or_tensor == 0).sum().item() / model_or_tensor.numel()
    if not isinstance(model_or_tensor, nn.Module):
        raise ValueError(f"sparsity_of takes a tensor or an nn.Module, got {type(model_or_tensor).__name__}.")
    weights = [m.weight for m in linear_layers(model_or_tensor).values()]
    if not weights:
        raise ValueError("sparsity_of: the model has no Linear layer.")
    zeros = sum(int((w == 0).sum()) for w in weights)
    return zeros / sum(w.numel() for w in weights)


def layer_sparsities(model: nn.Module, skip=()) -> dict[str, float]:
    """Fraction of zeros of each Linear-like layer's weight, by name (for reports)."""
    return {n: sparsity_of(m.weight.detach()) for n, m in linear_layers(model, skip).items()}
