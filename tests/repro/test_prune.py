"""Oracle tests of repro/lib/prune.py: exact sparsity, N:M structure, Wanda scores, masks that survive training."""

import itertools

import pytest
import torch
from torch import nn

from repro.lib.prune import (
    apply_masks,
    global_magnitude_masks,
    layer_sparsities,
    magnitude_mask,
    nm_mask,
    prune_model,
    sparsity_of,
    wanda_mask,
)
from repro.lib.qat import QuantLinear, prepare_qat
from repro.lib.quant import QuantSpec


def _weight(seed: int, shape=(24, 64)) -> torch.Tensor:
    return torch.randn(shape, generator=torch.Generator().manual_seed(seed))


def _model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 8))


def _batches():
    g = torch.Generator().manual_seed(1)
    return [torch.randn(16, 32, generator=g) * torch.linspace(0.1, 5, 32) for _ in range(3)]


def test_magnitude_mask_prunes_exactly_the_requested_share_of_the_smallest_weights():
    for seed, sparsity, shape in itertools.product(range(3), (0.0, 0.1, 0.37, 0.5, 0.9), ((24, 64), (7, 13))):
        w = _weight(seed, shape)
        keep = magnitude_mask(w, sparsity)
        assert keep.dtype == torch.bool and keep.shape == w.shape
        assert int((~keep).sum()) == round(sparsity * w.numel()), (seed, sparsity, shape)
        if 0 < sparsity:
            assert w.abs()[keep].min() >= w.abs()[~keep].max()


def test_global_magnitude_hits_the_total_and_lets_layers_differ():
    weights = {"small": _weight(0) * 0.1, "large": _weight(1, (32, 32))}
    masks = global_magnitude_masks(weights, 0.5)
    pruned = sum(int((~m).sum()) for m in masks.values())
    total = sum(w.numel() for w in weights.values())
    assert pruned == round(0.5 * total)
    threshold = max(weights[n].abs()[~masks[n]].max() for n in weights)
    assert all(weights[n].abs()[masks[n]].min() >= threshold for n in weights)
    pruned_share = {n: (~m).float().mean().item() for n, m in masks.items()}
    assert pruned_share["small"] > 0.5 > pruned_share["large"], f"pruned share per layer {pruned_share}"


def test_wanda_prunes_per_output_row_by_weight_times_input_norm():
    w = _weight(2)
    norms = torch.linspace(0.05, 4.0, w.shape[1])
    keep = wanda_mask(w, norms, 0.5)
    assert torch.equal((~keep).sum(dim=1), torch.full((w.shape[0],), w.shape[1] // 2))
    scores = w.abs() * norms
    for row in range(w.shape[0]):
        assert scores[row][keep[row]].min() >= scores[row][~keep[row]].max()
    assert not torch.equal(keep, magnitude_mask(w, 0.5)), "input norms should change which weights are kept"
    per_row_magnitude = wanda_mask(w, torch.ones(w.shape[1]), 0.5)
    assert torch.equal(per_row_magnitude, wanda_mask(w, torch.full((w.shape[1],), 3.0), 0.5))
    layer_wide = wanda_mask(w, norms, 0.5, per_output=False)
    assert int((~layer_wide).sum()) == w.numel() // 2


def test_two_four_masks_keep_the_two_largest_of_every_four():
    for seed in range(5):
        scores = _weight(seed, (16, 32)).abs()
        keep = nm_mask(scores, 2, 4)
        groups = keep.reshape(-1, 4)
        assert torch.equal(groups.sum(dim=1), torch.full((groups.shape[0],), 2))
        kept = scores.reshape(-1, 4)[groups].reshape(-1, 2)
        dropped = scores.reshape(-1, 4)[~groups].reshape(-1, 2)
        assert (kept.min(dim=1).values >= dropped.max(dim=1).values).all()
    with pytest.raises(ValueError, match="multiple of m=4"):
        nm_mask(torch.rand(4, 10))


@pytest.mark.parametrize("method", ["magnitude", "magnitude_global", "wanda", "2:4", "wanda_2:4"])
def test_prune_model_reaches_the_sparsity_and_zeroes_the_weights(method):
    model = _model()
    masks = prune_model(model, method, 0.5, calib_batches=_batches(), skip=("4",))
    assert set(masks) == {"0", "2"}
    for name, keep in masks.items():
        weight = model.get_submodule(name).weight.detach()
        assert torch.equal(weight == 0, ~keep) or bool((weight[~keep] == 0).all())
    per_layer = layer_sparsities(model, skip=("4",))
    assert sum(per_layer[n] * model.get_submodule(n).weight.numel() for n in masks) == pytest.approx(
        0.5 * sum(model.get_submodule(n).weight.numel() for n in masks))
    if method != "magnitude_global":
        assert all(s == pytest.approx(0.5) for s in per_layer.values())
    if method.endswith("2:4"):
        for keep in masks.values():
            assert torch.equal(keep.reshape(-1, 4).sum(dim=1), torch.full((keep.numel() // 4,), 2))


def test_wanda_and_magnitude_keep_different_weights_when_input_norms_differ():
    wanda = prune_model(_model(), "wanda", 0.5, calib_batches=_batches())
    magnitude = prune_model(_model(), "magnitude", 0.5)
    assert not torch.equal(wanda["0"], magnitude["0"])


def test_prune_model_rejects_bad_requests():
    with pytest.raises(ValueError, match="pass calib_batches"):
        prune_model(_model(), "wanda", 0.5)
    with pytest.raises(ValueError, match="by construction"):
        prune_model(_model(), "2:4", 0.3)
    with pytest.raises(ValueError, match="Did you mean 'magnitude'"):
        prune_model(_model(), "magnitud", 0.5)
    with pytest.raises(ValueError, match=r"\[0, 1\)"):
        prune_model(_model(), "magnitude", 1.5)


@pytest.mark.parametrize("optimizer", ["adamw", "sgd_momentum"])
def test_masks_survive_optimizer_steps_and_a_qat_swap(optimizer):
    model = _model()
    # some optimiser history before pruning, so momentum alone would revive pruned weights
    opt = (torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=0.1) if optimizer == "adamw"
           else torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9))
    x = torch.cat(_batches())
    for _ in range(2):
        opt.zero_grad()
        model(x).pow(2).mean().backward()
        opt.step()
    masks = prune_model(model, "2:4", None)
    handle = apply_masks(model, masks).attach_optimizer(opt)
    prepare_qat(model, QuantSpec(4, granularity="channel"), method="ste")
    assert isinstance(model[0], QuantLinear)
    for _ in range(3):
        opt.zero_grad()
        model(x).pow(2).mean().backward()
        assert bool((model[2].weight.grad[~masks["2"]] == 0).all()), "masked weights received a gradient"
        opt.step()
        for name, keep in masks.items():
            assert bool((model.get_submodule(name).weight.detach()[~keep] == 0).all()), f"{name} regrew weights"
    assert sparsity_of(model) == pytest.approx(0.5)
    handle.remove()
    opt.zero_grad()
    model(x).pow(2).mean().backward()
    assert bool((model[2].weight.grad[~masks["2"]] != 0).any()), "remove() should detach the gradient masks"


def test_sparsity_of_counts_zeros():
    assert sparsity_of(torch.tensor([0.0, 1.0, 0.0, 2.0])) == 0.5
    model = nn.Sequential(nn.Linear(4, 4, bias=False), nn.Embedding(10, 4))
    with torch.no_grad():
        model[0].weight.zero_()
    assert sparsity_of(model) == 1.0  # embeddings are not pruned layers
    with pytest.raises(ValueError):
        sparsity_of("model")


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_masks_hold_through_training():
    model = _model().cuda()
    masks = prune_model(model, "wanda_2:4", None, calib_batches=[b.cuda() for b in _batches()])
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    apply_masks(model, masks).attach_optimizer(opt)
    for _ in range(2):
        opt.zero_grad()
        model(torch.randn(8, 32, device="cuda")).pow(2).mean().backward()
        opt.step()
    assert sparsity_of(model) == pytest.approx(0.5)
