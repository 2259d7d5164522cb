"""Oracle tests of repro/lib/quant.py: fake quantisation equals round-to-nearest, grids, STE, LSQ, QAT swap."""

import itertools

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from repro.lib.qat import ActQuantizer, LSQQuantizer, QuantLinear, convert_qat, prepare_qat, quantized_weights
from repro.lib.quant import QuantSpec, compute_qparams, dequantize, fake_quant, quant_dequant, quantize

SPECS = [
    QuantSpec(bits, sym, gran, group_size=8, axis=axis)
    for bits, sym in itertools.product((2, 3, 4, 8), (True, False))
    for gran, axis in (("tensor", 0), ("channel", 0), ("channel", -1), ("group", 0))
]


def _random(seed: int, shape=(6, 32), dtype=torch.float32) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(shape, generator=g) * torch.rand(shape[-1], generator=g) * 3  # uneven channel ranges
    return x.to(dtype)


@pytest.mark.parametrize("bad, fragment", [
    (dict(bits=1), "from 2 to 8"), (dict(bits=9), "from 2 to 8"), (dict(bits=True), "from 2 to 8"),
    (dict(granularity="grop"), "Did you mean 'group'"), (dict(group_size=0), "positive integer"),
    (dict(symmetric="yes"), "True or False"), (dict(axis=1.5), "integer"),
])
def test_spec_rejects_bad_values_with_a_helpful_message(bad, fragment):
    with pytest.raises(ValueError, match=fragment):
        QuantSpec(**bad)


def test_spec_grid_limits():
    assert (QuantSpec(4).qmin, QuantSpec(4).qmax) == (-8, 7)
    assert (QuantSpec(3, symmetric=False).qmin, QuantSpec(3, symmetric=False).qmax) == (0, 7)
    assert QuantSpec(4, False, "group", 64).label() == "int4-asym-g64"


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_fake_quant_forward_equals_quant_dequant_exactly(dtype):
    for seed, spec in itertools.product(range(3), SPECS):
        for shape in ((6, 32), (2, 3, 16)):
            x = _random(seed, shape, dtype)
            ref = quant_dequant(x, spec)
            assert ref.dtype == dtype
            assert torch.equal(fake_quant(x, spec), ref), spec
            scale, zero = compute_qparams(x, spec)
            assert scale.dtype == torch.float32
            assert torch.equal(dequantize(quantize(x, scale, zero, spec), scale, zero, spec).to(dtype), ref), spec


def test_codes_are_integers_inside_the_grid_and_values_lie_on_it():
    for seed, spec in itertools.product(range(4), SPECS):
        x = _random(seed)
        scale, zero = compute_qparams(x, spec)
        q = quantize(x, scale, zero, spec)
        assert torch.equal(q, q.round()), spec
        assert q.min() >= spec.qmin and q.max() <= spec.qmax, spec
        # the dequantised values sit on the grid: (value / scale) + zero is an integer
        xq = dequantize(q, scale, zero, spec)
        back = quantize(xq, scale, zero, spec)
        assert torch.equal(back, q), spec
        assert torch.equal(zero, zero.round()), spec


def test_asymmetric_rtn_error_is_at_most_half_a_step():
    for seed, bits in itertools.product(range(4), (2, 4, 8)):
        spec = QuantSpec(bits, symmetric=False, granularity="channel", axis=0)
        x = _random(seed)
        scale, _ = compute_qparams(x, spec)
        err = (quant_dequant(x, spec) - x).abs()
        assert (err <= scale / 2 * (1 + 1e-5) + 1e-7).all(), f"max error/step {(err / scale).max().item():.4f}"


def test_zero_is_exact_and_all_zero_tensors_survive():
    x = torch.tensor([[0.0, 0.3, 1.7, 2.2]])
    assert quant_dequant(x, QuantSpec(3, symmetric=False))[0, 0].item() == 0.0
    assert torch.equal(quant_dequant(torch.zeros(4, 8), QuantSpec(4, granularity="channel")), torch.zeros(4, 8))


def test_group_size_must_divide_the_last_dimension():
    with pytest.raises(ValueError, match="does not divide the last dimension"):
        quant_dequant(torch.randn(4, 30), QuantSpec(4, granularity="group", group_size=8))
    with pytest.raises(ValueError, match="empty"):
        compute_qparams(torch.zeros(0, 4), QuantSpec(4))


@pytest.mark.parametrize("symmetric", [True, False])
def test_ste_gradient_is_one_inside_the_range_and_zero_outside(symmetric):
    spec = QuantSpec(4, symmetric=symmetric)
    scale, zero = torch.tensor(0.1), torch.tensor(0.0 if symmetric else 3.0)
    lo, hi = (spec.qmin - zero.item()) * 0.1, (spec.qmax - zero.item()) * 0.1
    inside = torch.linspace(lo + 0.01, hi - 0.01, 9)
    outside = torch.tensor([lo - 1.0, lo - 0.2, hi + 0.2, hi + 5.0])
    x = torch.cat([inside, outside]).requires_grad_()
    fake_quant(x, spec, scale, zero).sum().backward()
    assert torch.equal(x.grad, torch.cat([torch.ones(9), torch.zeros(4)]))


def test_lsq_minmax_init_equals_rtn_and_step_gets_the_scaled_gradient():
    for seed, spec in itertools.product(range(2), SPECS):
        w = _random(seed)
        quantizer = LSQQuantizer(spec, init_from=w, init="minmax")
        assert torch.equal(quantizer(w), quant_dequant(w, spec)), spec
    spec = QuantSpec(4)
    x = _random(7).requires_grad_()
    quantizer = LSQQuantizer(spec)  # per-tensor: initialised lazily on the first forward
    grad_out = torch.randn_like(x)
    (quantizer(x) * grad_out).sum().backward()
    s = quantizer.step.detach()
    r = x.detach() / s
    v = torch.round(r)
    d = torch.where(v < spec.qmin, float(spec.qmin), torch.where(v > spec.qmax, float(spec.qmax), v - r))
    expected = (grad_out * d).sum() / (x.numel() * spec.qmax) ** 0.5
    assert quantizer.step.grad is not None and quantizer.step.grad.abs().item() > 0
    assert torch.allclose(quantizer.step.grad, expected, rtol=1e-4, atol=1e-7)
    assert s.item() == pytest.approx(2 * x.detach().abs().mean().item() / 7 ** 0.5, rel=1e-5)


def test_lsq_training_reduces_the_loss_of_a_tiny_layer():
    torch.manual_seed(0)
    teacher = nn.Linear(16, 8)
    student = QuantLinear(nn.Linear(16, 8), QuantSpec(3, granularity="channel"), method="lsq")
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    x = torch.randn(256, 16)
    y = teacher(x).detach()
    step0 = student.w_quant.step.detach().clone()
    first = F.mse_loss(student(x), y).item()
    for _ in range(200):
        loss = F.mse_loss(student(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    final = F.mse_loss(student(x), y).item()
    assert final < 0.2 * first, f"loss {first:.4f} -> {final:.4f}"
    assert not torch.equal(student.w_quant.step.detach(), step0), "the step size did not learn"


def test_activation_quantizer_tracks_a_running_range_in_training_only():
    quantizer = ActQuantizer(QuantSpec(8, symmetric=False), observer="minmax", momentum=0.5)
    quantizer.train()
    quantizer(torch.tensor([-1.0, 1.0]))
    quantizer(torch.tensor([-3.0, 3.0]))
    assert (quantizer.running_min.item(), quantizer.running_max.item()) == (-2.0, 2.0)
    quantizer.eval()
    x = torch.linspace(-4, 4, 33)
    out = quantizer(x)
    assert quantizer.running_max.item() == 2.0
    step = 4.0 / 255  # the eval range is the running one, clipped to within one grid step
    assert out.max().item() == pytest.approx(2.0, abs=step) and out.min().item() == pytest.approx(-2.0, abs=step)
    dynamic = ActQuantizer(QuantSpec(8, granularity="channel"), observer="dynamic")
    tokens = torch.randn(2, 5, 16) * torch.arange(1, 11).reshape(2, 5, 1)
    per_token = quant_dequant(tokens.reshape(10, 16), QuantSpec(8, granularity="channel", axis=0)).reshape(2, 5, 16)
    assert torch.equal(dynamic(tokens), per_token)
    with pytest.raises(ValueError, match="observer 'dynamic'"):
        ActQuantizer(QuantSpec(8, granularity="channel"), observer="minmax")


def _mlp() -> nn.Module:
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Sequential(nn.Linear(32, 32), nn.ReLU()), nn.Linear(32, 4))


def test_prepare_qat_swaps_linears_shares_parameters_and_honours_skip():
    model = _mlp()
    w0, last = model[0].weight, model[3]
    spec = QuantSpec(4, granularity="group", group_size=8)
    prepare_qat(model, spec, skip=("3",))
    assert isinstance(model[0], QuantLinear) and isinstance(model[2][0], QuantLinear) and model[3] is last
    assert model[0].weight is w0
    x = torch.randn(5, 16)
    assert torch.equal(model[0](x), F.linear(x, quant_dequant(w0, spec), model[0].bias))
    assert set(quantized_weights(model)) == {"0", "2.0"}
    with pytest.raises(ValueError, match="matches no Linear"):
        prepare_qat(_mlp(), spec, skip=("lm_head",))
    with pytest.raises(ValueError, match="Did you mean 'lsq'"):
        prepare_qat(_mlp(), spec, method="lqs")


def test_convert_qat_writes_grid_weights_and_exports_int_codes():
    model = prepare_qat(_mlp(), QuantSpec(4, granularity="channel"), QuantSpec(8, symmetric=False), method="lsq")
    x = torch.randn(8, 16)
    model.train()
    before = model(x).detach()
    exported = convert_qat(model)
    model.eval()
    for name, qt in exported.items():
        layer = model.get_submodule(name)
        assert qt.q.dtype == torch.int8
        assert torch.equal(qt.dequantize(), layer.weight.detach())
    assert torch.allclose(model(x), before, atol=1e-5), "freezing changed the forward pass"


def test_bf16_model_runs_and_back_propagates():
    model = prepare_qat(_mlp().to(torch.bfloat16), QuantSpec(4, granularity="channel"), QuantSpec(8), method="ste")
    out = model(torch.randn(4, 16, dtype=torch.bfloat16))
    out.float().sum().backward()
    assert out.dtype == torch.bfloat16 and model[0].weight.grad.dtype == torch.bfloat16
    assert torch.isfinite(model[0].weight.grad.float()).all()


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_fake_quant_matches_rtn_and_qat_modules_stay_on_device():
    for spec in SPECS:
        x = _random(0).cuda()
        assert torch.equal(fake_quant(x, spec), quant_dequant(x, spec)), spec
    model = _mlp().cuda().to(torch.bfloat16)
    prepare_qat(model, QuantSpec(4, granularity="channel"), QuantSpec(8, symmetric=False), method="lsq")
    assert model[0].w_quant.step.device.type == "cuda" and model[0].a_quant.running_min.device.type == "cuda"
    model(torch.randn(4, 16, device="cuda", dtype=torch.bfloat16)).float().sum().backward()
    assert model[0].w_quant.step.grad is not None


@pytest.mark.parametrize("granularity", ["tensor", "channel", "group"])
def test_the_one_pass_max_abs_equals_abs_then_amax(granularity):
    from repro.lib.quant import _reduce

    x = torch.randn(8, 64, generator=torch.Generator().manual_seed(3))
    spec = QuantSpec(bits=4, symmetric=True, granularity=granularity, group_size=16)
    assert torch.equal(_reduce(x, spec, "amax_abs"), _reduce(x.abs(), spec, "amax"))


def _stacked_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(32, 48), nn.GELU(), nn.Linear(48, 32), nn.Linear(32, 32, bias=False),
                         nn.Linear(32, 16))


@pytest.mark.parametrize("method", ["ste", "lsq"])
@pytest.mark.parametrize("granularity,symmetric", [("channel", True), ("channel", False), ("group", True)])
def test_grouped_weight_quantisation_gives_the_same_values_and_gradients(method, granularity, symmetric):
    """Layers stacked into one fake-quant pass (WeightGroups) compute exactly what each computes alone."""
    import copy

    from repro.lib.qat import WeightGroups

    spec = QuantSpec(bits=3, symmetric=symmetric, granularity=granularity, group_size=16)
    base = _stacked_model()
    x = torch.randn(8, 32, generator=torch.Generator().manual_seed(1))
    results = []
    for grouped in (False, True):
        model = prepare_qat(copy.deepcopy(base), spec, method=method, grouped=grouped)
        out = model(x)
        out.square().sum().backward()
        grads = {n: p.grad.clone() for n, p in model.named_parameters()}
        results.append((out.detach(), grads, model))
    (out_a, grads_a, _), (out_b, grads_b, model_b) = results
    assert torch.equal(out_a, out_b)
    assert grads_a.keys() == grads_b.keys() and all(torch.equal(grads_a[n], grads_b[n]) for n in grads_a)
    groups = [h.__self__ for h in model_b._forward_pre_hooks.values() if isinstance(h.__self__, WeightGroups)]
    assert groups and sorted(len(g) for g in groups[0].groups) == [3]  # the three 32-input layers
    assert all(m._grouped is None for m in model_b if isinstance(m, QuantLinear))  # cleared after the forward


def test_grouped_layers_survive_a_deep_copy_freezing_and_a_direct_call():
    import copy

    spec = QuantSpec(bits=4, symmetric=True, granularity="channel")
    model = prepare_qat(_stacked_model(), spec, method="ste")
    x = torch.randn(4, 32)
    twin = copy.deepcopy(model)
    assert torch.equal(twin(x), model(x))
    with torch.no_grad():
        twin[2].weight.mul_(2.0)  # the copy's groups hold the copy's layers, not the original's
    assert not torch.equal(twin(x), model(x))
    layer = model[3]
    alone = layer(torch.randn(4, 32, generator=torch.Generator().manual_seed(2)))
    assert alone.shape == (4, 32) and layer._grouped is None
    expected = model(x)
    convert_qat(model)  # frozen layers use their frozen weights; the forward is unchanged
    assert torch.allclose(model(x), expected, atol=1e-6)


def test_grouping_dispatches_fewer_operations_per_step():
    """What the grouping is for: on a GPU each operation of a small model's step is a launch."""
    import copy

    from torch.utils._python_dispatch import TorchDispatchMode

    class Count(TorchDispatchMode):
        n = 0

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            Count.n += 1
            return func(*args, **(kwargs or {}))

    spec = QuantSpec(bits=4, symmetric=True, granularity="channel")
    counts = {}
    for grouped in (False, True):
        model = prepare_qat(copy.deepcopy(_stacked_model()), spec, method="ste", grouped=grouped)
        Count.n = 0
        with Count():
            model(torch.randn(4, 32)).sum().backward()
        counts[grouped] = Count.n
    assert counts[True] < counts[False] - 5, counts


def test_grouped_weights_see_what_later_registered_pre_hooks_do_to_the_weights():
    """Masks re-applied by a model pre-hook registered *after* prepare_qat still shape the grouped
    pass: it is computed when a layer first needs its weight, after every pre-hook has run."""
    import copy

    from repro.lib.prune import apply_masks, prune_model

    spec = QuantSpec(bits=4, symmetric=True, granularity="channel")
    x = torch.randn(4, 32, generator=torch.Generator().manual_seed(3))
    outs = []
    for grouped in (False, True):
        model = prepare_qat(copy.deepcopy(_stacked_model()), spec, method="ste", grouped=grouped)
        handle = apply_masks(model, prune_model(model, "magnitude", 0.5))
        with torch.no_grad():  # an update that brings masked weights back, as an optimiser step would
            for _, p, keep in handle.entries:
                p.data.add_(1.0 - keep)
        outs.append(model(x))
        assert all(torch.equal(p * (1 - keep), torch.zeros_like(p)) for _, p, keep in handle.entries)
    assert torch.equal(outs[0], outs[1])
