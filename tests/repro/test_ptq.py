"""Oracle tests of repro/lib/ptq.py: GPTQ and AWQ against RTN, SmoothQuant against naive W8A8, calibration plumbing."""

import copy
import itertools

import pytest
import torch
from torch import nn

from repro.lib.ptq import (
    W8A8Linear,
    apply_gptq_many,
    apply_ptq,
    awq_clip,
    awq_linear,
    collect_inputs,
    gptq_linear,
    gptq_linears,
    gptq_stacked,
    llm_int8_linear,
    relative_output_error,
    rtn_linear,
    smoothquant_linear,
)
from repro.lib.quant import QuantSpec, compute_qparams, quant_dequant


def _correlated_inputs(seed: int, n: int = 768, d: int = 96) -> torch.Tensor:
    """Activations on a low-dimensional subspace plus noise, the regime where error feedback pays off."""
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 12, generator=g) @ torch.randn(12, d, generator=g) + 0.2 * torch.randn(n, d, generator=g)


def _outlier_inputs(seed: int, n: int = 512, d: int = 96) -> torch.Tensor:
    """Activations with a few channels 30x larger than the rest, as in transformer LayerNorm outputs."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, d, generator=g)
    x[:, torch.randperm(d, generator=g)[:4]] *= 30.0
    return x


def _layer(seed: int, d_in: int = 96, d_out: int = 48) -> nn.Linear:
    torch.manual_seed(seed)
    return nn.Linear(d_in, d_out)


def _output_error(x, w_ref, w_q) -> float:
    return ((x @ w_q.T - x @ w_ref.T).norm() / (x @ w_ref.T).norm()).item()


@pytest.mark.parametrize("bits", [4, 3])
@pytest.mark.parametrize("granularity", ["channel", "group"])
@pytest.mark.parametrize("act_order", [False, True])
def test_gptq_reconstructs_layer_outputs_better_than_rtn(bits, granularity, act_order):
    spec = QuantSpec(bits, symmetric=granularity == "channel", granularity=granularity, group_size=32)
    for seed in range(3):
        layer, x = _layer(seed), _correlated_inputs(seed)
        w = layer.weight.detach().clone()
        stats = gptq_linear(layer, x, spec, block_size=32, act_order=act_order)
        gptq_err = _output_error(x, w, layer.weight.detach())
        rtn_err = _output_error(x, w, quant_dequant(w, spec))
        ratio = gptq_err / rtn_err
        assert ratio < 0.8, f"seed {seed} {spec.label()} act_order={act_order}: GPTQ/RTN error ratio {ratio:.3f}"
        assert stats["rel_output_error"] == pytest.approx(gptq_err, rel=1e-3)
        assert stats["rtn_rel_output_error"] == pytest.approx(rtn_err, rel=1e-3)


def test_gptq_per_channel_weights_lie_on_the_row_grids_of_the_original_weights():
    spec = QuantSpec(4, symmetric=False, granularity="channel")
    layer, x = _layer(5), _correlated_inputs(5)
    scale, zero = compute_qparams(layer.weight.detach(), spec)
    gptq_linear(layer, x, spec, block_size=16)
    codes = layer.weight.detach() / scale + zero
    assert torch.allclose(codes, codes.round(), atol=1e-3)
    assert codes.round().min() >= spec.qmin and codes.round().max() <= spec.qmax


def test_gptq_rejects_bad_arguments():
    with pytest.raises(ValueError, match="block_size"):
        gptq_linear(_layer(0), _correlated_inputs(0), QuantSpec(4), block_size=0)
    with pytest.raises(ValueError, match=r"expects \[\.\.\., 96\]"):
        gptq_linear(_layer(0), torch.randn(10, 95), QuantSpec(4))
    with pytest.raises(ValueError, match="does not divide"):
        gptq_linear(_layer(0), _correlated_inputs(0), QuantSpec(4, granularity="group", group_size=40))


def test_awq_is_never_worse_than_rtn_and_helps_with_outlier_channels():
    gains = []
    for seed, bits in itertools.product(range(3), (3, 4)):
        spec = QuantSpec(bits, symmetric=False, granularity="group", group_size=32)
        layer, x = _layer(seed), _outlier_inputs(seed)
        w = layer.weight.detach().clone()
        stats = awq_linear(layer, x, spec)
        awq_err = _output_error(x, w, layer.weight.detach())
        rtn_err = _output_error(x, w, quant_dequant(w, spec))
        assert awq_err <= rtn_err * (1 + 1e-4), f"seed {seed} int{bits}: AWQ {awq_err:.4f} > RTN {rtn_err:.4f}"
        assert stats["rel_output_error"] == pytest.approx(awq_err, rel=1e-3)
        gains.append((stats["alpha"], awq_err / rtn_err))
    assert all(alpha > 0 for alpha, _ in gains), f"(alpha, AWQ/RTN error) per run: {gains}"
    assert max(ratio for _, ratio in gains) < 0.95, f"(alpha, AWQ/RTN error) per run: {gains}"


def test_awq_with_a_one_point_grid_is_exactly_rtn():
    spec = QuantSpec(4, granularity="group", group_size=32)
    layer, x = _layer(2), _outlier_inputs(2)
    w = layer.weight.detach().clone()
    stats = awq_linear(layer, x, spec, grid=1)
    assert stats["alpha"] == 0.0
    assert torch.equal(layer.weight.detach(), quant_dequant(w, spec))


def _heavy_tailed_layer(seed: int) -> nn.Linear:
    """A layer whose weights have heavy tails (Student t, 3 degrees of freedom): a few large
    weights stretch each group's grid, the case AWQ's clipping search is for."""
    layer = _layer(seed)
    g = torch.Generator().manual_seed(100 + seed)
    with torch.no_grad():
        layer.weight.copy_(0.05 * torch.randn(layer.weight.shape, generator=g)
                           / torch.rand(layer.weight.shape, generator=g).clamp_min(0.05).sqrt())
    return layer


def _group_errors(w, w_q, h, g):
    """Each (row, group)'s own output error d^T H_g d, as awq_clip scores it."""
    out_f, in_f = w.shape
    d = (w_q - w).reshape(out_f, in_f // g, g)
    blocks = torch.stack([h[i * g:(i + 1) * g, i * g:(i + 1) * g] for i in range(in_f // g)])
    return (torch.einsum("ogk,gkl->ogl", d, blocks) * d).sum(-1)


@pytest.mark.parametrize("granularity", ["group", "channel"])
def test_awq_clipping_never_raises_a_groups_own_error_and_keeps_a_grid_fraction(granularity):
    for seed, bits in itertools.product(range(3), (3, 4)):
        spec = QuantSpec(bits, symmetric=False, granularity=granularity, group_size=32)
        w, x = _heavy_tailed_layer(seed).weight.detach().clone(), _outlier_inputs(seed)
        h = torch.linalg.matmul(x.T, x) * (2.0 / x.shape[0])
        clamped, kept = awq_clip(w, h, spec)
        g = 32 if granularity == "group" else w.shape[1]
        unclipped = _group_errors(w, quant_dequant(w, spec), h, g)
        clipped = _group_errors(w, quant_dequant(clamped, spec), h, g)
        assert bool((clipped <= unclipped * (1 + 1e-5) + 1e-9).all()), f"seed {seed} int{bits}"
        top = w.reshape(w.shape[0], -1, g).abs().amax(-1)
        now = clamped.reshape(w.shape[0], -1, g).abs().amax(-1)
        ratio = now / top  # 1 - i/20 for some i < 10 in each (row, group)
        steps = (1 - ratio) * 20
        assert torch.allclose(steps, steps.round(), atol=1e-3) and steps.round().max() <= 9 and steps.min() >= -1e-4
        assert 0.55 <= kept < 1.0 and kept == pytest.approx(ratio.mean().item(), rel=1e-5)


def test_awq_with_clipping_lowers_the_output_error_on_heavy_tailed_weights():
    for seed, bits in itertools.product(range(3), (3, 4)):
        spec = QuantSpec(bits, symmetric=False, granularity="group", group_size=32)
        x = _outlier_inputs(seed)
        plain, clipped = _heavy_tailed_layer(seed), _heavy_tailed_layer(seed)
        w = plain.weight.detach().clone()
        a, b = awq_linear(plain, x, spec), awq_linear(clipped, x, spec, clip=True)
        assert b["clip"] is True and a["clip"] is False and a["alpha"] == b["alpha"]  # the same scale search
        assert b["rel_output_error_unclipped"] == pytest.approx(a["rel_output_error"], rel=1e-6)
        assert b["rel_output_error"] < 0.97 * a["rel_output_error"], f"seed {seed} int{bits}: {a} {b}"
        assert b["rel_output_error"] == pytest.approx(_output_error(x, w, clipped.weight.detach()), rel=1e-3)


def test_awq_clipping_skips_the_layers_named_and_rejects_per_tensor_grids():
    report = apply_ptq(_model(), "awq", QuantSpec(3, granularity="channel"), _batches(), sequential=False, clip=True,
                       clip_skip=("2",))
    assert {n: s["clip"] for n, s in report["layers"].items()} == {"0": True, "2": False, "4": True}
    assert "clip_kept_fraction" not in report["layers"]["2"]
    with pytest.raises(ValueError, match="per-channel or per-group"):
        awq_linear(_layer(0), _outlier_inputs(0), QuantSpec(4), clip=True)
    with pytest.raises(ValueError, match="do not apply to 'gptq'"):
        apply_ptq(_model(), "gptq", QuantSpec(4), _batches(1), clip_skip=("q_proj",))


@pytest.mark.parametrize("act", ["tensor", "token"])
def test_smoothquant_w8a8_beats_naive_w8a8_on_outlier_channels(act):
    for seed in range(3):
        layer, x = _layer(seed), _outlier_inputs(seed)
        y = layer(x).detach()
        smooth, stats = smoothquant_linear(layer, x, alpha=0.5, act=act)
        naive, naive_stats = smoothquant_linear(layer, x, alpha=None, act=act)
        assert isinstance(smooth, W8A8Linear) and naive.smooth is None
        smooth_err = ((smooth(x) - y).norm() / y.norm()).item()
        naive_err = ((naive(x) - y).norm() / y.norm()).item()
        assert smooth_err < 0.7 * naive_err, f"seed {seed} act={act}: SmoothQuant {smooth_err:.4f} vs {naive_err:.4f}"
        assert stats["act_outlier_ratio_smoothed"] < stats["act_outlier_ratio"]
        assert naive_stats["method"] == "w8a8"


def test_llm_int8_keeps_the_outlier_dimensions_in_float_and_the_rest_vector_wise():
    for seed in range(3):
        layer, x = _layer(seed), _outlier_inputs(seed)
        y = layer(x).detach()
        decomposed, stats = llm_int8_linear(layer, x)
        vector_wise, _ = llm_int8_linear(layer, x, threshold=float("inf"))
        # the four 30x channels (|x| far above 6) and only they skip the grid
        assert stats["outlier_dims"] == 4 and vector_wise.last_outlier_dims == 0
        err = ((decomposed(x) - y).norm() / y.norm()).item()
        err_vw = ((vector_wise(x) - y).norm() / y.norm()).item()
        assert err < 0.3 * err_vw, f"seed {seed}: LLM.int8() {err:.4f} vs vector-wise {err_vw:.4f}"
        assert stats["rel_output_error"] == pytest.approx(err, rel=1e-2)
    # without outliers it is exactly vector-wise W8A8 (per-token inputs, per-channel weights, no smoothing)
    layer, x = _layer(5), torch.randn(64, 96, generator=torch.Generator().manual_seed(5))
    same, _ = smoothquant_linear(layer, x, alpha=None, act="token", weight="channel")
    int8, _ = llm_int8_linear(layer)
    assert torch.equal(int8(x), same(x)) and int8.last_outlier_dims == 0
    # with every dimension an outlier nothing is quantised: the float layer's output
    everything, _ = llm_int8_linear(layer, threshold=1e-12)
    assert torch.allclose(everything(x), layer(x).detach(), atol=1e-5) and everything.last_outlier_dims == 96
    with pytest.raises(ValueError, match="threshold"):
        llm_int8_linear(layer, threshold=0.0)


def test_llm_int8_through_apply_ptq_needs_no_calibration():
    model = _model()
    x = torch.randn(16, 32, generator=torch.Generator().manual_seed(0))
    y = model(x).detach()
    report = apply_ptq(model, "llm_int8", QuantSpec(8), threshold=6.0)
    assert all(isinstance(model[i], W8A8Linear) and model[i].outlier_threshold == 6.0 for i in (0, 2, 4))
    assert set(report["layers"]) == {"0", "2", "4"} and report["method"] == "llm_int8"
    assert 0 < ((model(x) - y).norm() / y.norm()).item() < 0.05
    with pytest.raises(ValueError, match="do not apply to 'llm_int8'"):
        apply_ptq(_model(), "llm_int8", QuantSpec(8), alpha=0.5)


def test_smoothing_alone_leaves_the_function_unchanged():
    layer, x = _layer(4), _outlier_inputs(4)
    module, _ = smoothquant_linear(layer, x, alpha=0.5, bits=8)
    s = module.smooth
    w_smoothed = layer.weight.detach() * s
    assert torch.allclose((x / s) @ w_smoothed.T, x @ layer.weight.detach().T, rtol=1e-4, atol=1e-3)
    assert torch.allclose(module.weight, quant_dequant(w_smoothed, QuantSpec(8)))


def _model() -> nn.Module:
    torch.manual_seed(3)
    return nn.Sequential(nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64), nn.GELU(), nn.Linear(64, 16))


def _batches(n: int = 4):
    g = torch.Generator().manual_seed(9)
    basis = torch.randn(6, 32, generator=g)
    return [torch.randn(64, 6, generator=g) @ basis + 0.1 * torch.randn(64, 32, generator=g) for _ in range(n)]


@pytest.mark.parametrize("granularity", ["channel", "group"])
def test_batched_gptq_gives_each_layer_what_gptq_linear_gives_it(granularity):
    """Several layers at once (own inputs, own bit widths): up to the last bit of the rank-1 updates,
    the weights the one-layer loop gives (a rare weight may land on the neighbouring grid point)."""
    specs = [QuantSpec(b, symmetric=granularity == "channel", granularity=granularity, group_size=32)
             for b in (8, 4, 3, 2)]
    layers = [_layer(seed) for seed in range(4)]
    inputs = [_correlated_inputs(10 + seed) for seed in range(4)]
    alone = [copy.deepcopy(layer) for layer in layers]
    singles = [gptq_linear(layer, x, spec, block_size=32) for layer, x, spec in zip(alone, inputs, specs)]
    together = [copy.deepcopy(layer) for layer in layers]
    batched = gptq_linears(together, inputs, specs, block_size=32)
    for one, many, s1, s2, spec in zip(alone, together, singles, batched, specs):
        grid = compute_qparams(one.weight, QuantSpec(spec.bits, symmetric=spec.symmetric, granularity="channel"))[0]
        moved = (one.weight - many.weight).abs() > 1e-6 * grid.max()
        assert moved.float().mean().item() < 0.01, (spec.label(), moved.float().mean().item())
        assert s2["rel_output_error"] == pytest.approx(s1["rel_output_error"], rel=1e-2)
        assert s2["rel_output_error"] < s2["rtn_rel_output_error"] and s2["batched"] == 4
    # one layer "batched" is the one-layer loop, bit for bit
    one, again = copy.deepcopy(layers[0]), copy.deepcopy(layers[0])
    gptq_linear(one, inputs[0], specs[1], block_size=32)
    gptq_linears([again], [inputs[0]], [specs[1]], block_size=32)
    assert torch.equal(one.weight, again.weight)


@pytest.mark.parametrize(("granularity", "act_order"), [("channel", False), ("group", False), ("group", True)])
def test_stacked_gptq_gives_each_layer_what_gptq_linear_gives_it(granularity, act_order):
    """Layers that read one input (q/k/v) quantised as one stack of rows: each gets the weights it
    gets alone, up to the last bit of the block updates' matrix products."""
    spec = QuantSpec(3, symmetric=granularity == "channel", granularity=granularity, group_size=32)
    x = _correlated_inputs(5)
    layers = [_layer(1, d_out=48), _layer(2, d_out=16), _layer(3, d_out=16)]
    alone = [copy.deepcopy(layer) for layer in layers]
    singles = [gptq_linear(layer, x, spec, block_size=32, act_order=act_order) for layer in alone]
    stacked = gptq_stacked(layers, x, spec, block_size=32, act_order=act_order)
    for one, many, s1, s2 in zip(alone, layers, singles, stacked):
        grid = compute_qparams(one.weight, QuantSpec(spec.bits, symmetric=spec.symmetric, granularity="channel"))[0]
        moved = (one.weight - many.weight).abs() > 1e-6 * grid.max()
        assert moved.float().mean().item() < 0.01
        assert s2["rel_output_error"] == pytest.approx(s1["rel_output_error"], rel=1e-3)
        assert s2["rel_output_error"] < s2["rtn_rel_output_error"] and s2["stacked"] == 3
        assert s2["calib_rows"] == x.shape[0] and s2["act_order"] is act_order
    with pytest.raises(ValueError, match="per-row grid"):
        gptq_stacked(layers, x, QuantSpec(4, granularity="tensor"))
    with pytest.raises(ValueError, match="one input width"):
        gptq_stacked([_layer(0), _layer(1, d_in=64)], x, spec)


class _Attention(nn.Module):
    """Three projections of one input, then an output projection of their concatenation."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(4)
        self.q, self.k, self.v = nn.Linear(32, 32), nn.Linear(32, 16), nn.Linear(32, 16)
        self.o = nn.Linear(64, 32)

    def forward(self, x):
        return self.o(torch.cat([self.q(x), self.k(x), self.v(x)], dim=-1))


def test_apply_ptq_stacks_the_layers_that_read_the_same_inputs():
    model, batches = _Attention(), _batches()
    xs = collect_inputs(model, ["q", "k", "v", "o"], batches)
    assert xs["q"] is xs["k"] is xs["v"] and xs["o"] is not xs["q"]  # one copy of the shared inputs
    spec = QuantSpec(4, symmetric=False, granularity="group", group_size=16)
    separate = copy.deepcopy(model)
    singles = {n: gptq_linear(separate.get_submodule(n), xs[n], spec, block_size=16) for n in ("q", "k", "v", "o")}
    report = apply_ptq(model, "gptq", spec, calib_batches=batches, sequential=False, block_size=16)
    assert list(report["layers"]) == ["q", "k", "v", "o"]
    assert report["layers"]["k"]["stacked_with"] == ["q", "k", "v"] and "stacked_with" not in report["layers"]["o"]
    for n, single in singles.items():
        assert report["layers"][n]["rel_output_error"] == pytest.approx(single["rel_output_error"], rel=1e-3)
        moved = (model.get_submodule(n).weight - separate.get_submodule(n).weight).abs() > 1e-6
        assert moved.float().mean().item() < 0.01
    # sequential calibration re-collects each layer's inputs from the partly quantised model: no stacking
    seq = apply_ptq(copy.deepcopy(_Attention()), "gptq", spec, calib_batches=batches, sequential=True, block_size=16)
    assert not any("stacked_with" in st for st in seq["layers"].values())


def test_batched_gptq_refuses_what_it_cannot_batch():
    with pytest.raises(ValueError, match="one shape"):
        gptq_linears([_layer(0), _layer(1, d_out=32)], [_correlated_inputs(0)] * 2, [QuantSpec(4)] * 2)
    with pytest.raises(ValueError, match="one kind of grid"):
        gptq_linears([_layer(0), _layer(1)], [_correlated_inputs(0)] * 2,
                     [QuantSpec(4, symmetric=True), QuantSpec(4, symmetric=False)])
    with pytest.raises(ValueError, match="one input set and one spec per layer"):
        gptq_linears([_layer(0)], [], [QuantSpec(4)])
    with pytest.raises(ValueError, match="act_order"):
        apply_gptq_many([_model()], [QuantSpec(4)], _batches(1), act_order=True)
    with pytest.raises(ValueError, match="other Linear layers"):
        apply_gptq_many([_model(), nn.Sequential(nn.Linear(96, 96))], [QuantSpec(4)] * 2, _batches(1))


@pytest.mark.parametrize("sequential", [True, False])
def test_apply_gptq_many_matches_apply_ptq_model_by_model(sequential):
    batches = _batches()
    x = torch.cat(batches)
    specs = [QuantSpec(b, granularity="channel") for b in (8, 4, 3)]
    models = [_model() for _ in specs]
    reports = apply_gptq_many(models, specs, batches, sequential=sequential)
    for model, spec, report in zip(models, specs, reports):
        alone = _model()
        single = apply_ptq(alone, "gptq", spec, batches, sequential=sequential)
        assert report["spec"] == single["spec"] and set(report["layers"]) == set(single["layers"])
        assert report["mean_rel_output_error"] == pytest.approx(single["mean_rel_output_error"], rel=1e-2)
        assert (model(x) - alone(x)).abs().max().item() < 1e-2 * alone(x).abs().max().item()
    one = _model()
    apply_gptq_many([one], specs[1:2], batches, sequential=sequential)
    alone = _model()
    apply_ptq(alone, "gptq", specs[1], batches, sequential=sequential)
    assert all(torch.equal(a, b) for a, b in zip(one.state_dict().values(), alone.state_dict().values()))


def test_apply_gptq_many_stacks_and_takes_each_models_own_batches():
    """Copies fed by their own inputs (the blocks of models compressed differently, say), at two
    widths: stacked q/k/v and batched widths give what apply_ptq gives each copy on its own inputs."""
    spec = [QuantSpec(b, symmetric=False, granularity="group", group_size=16) for b in (4, 3)]
    own = [_batches(), [b * 1.5 + 0.1 for b in _batches()]]
    models = [_Attention(), _Attention()]
    reports = apply_gptq_many(models, spec, tuple(own), sequential=False, block_size=16)
    for model, s, batches, report in zip(models, spec, own, reports):
        alone = _Attention()
        single = apply_ptq(alone, "gptq", s, batches, sequential=False, block_size=16)
        assert list(report["layers"]) == ["q", "k", "v", "o"] and report["batched"] == 2
        assert report["layers"]["v"]["stacked_with"] == ["q", "k", "v"] and report["layers"]["v"]["stacked"] == 3
        for n in ("q", "k", "v", "o"):
            assert report["layers"][n]["rel_output_error"] == pytest.approx(
                single["layers"][n]["rel_output_error"], rel=1e-2)
            moved = (model.get_submodule(n).weight - alone.get_submodule(n).weight).abs() > 1e-6
            assert moved.float().mean().item() < 0.01
    with pytest.raises(ValueError, match="one list per model"):
        apply_gptq_many(models, spec, (own[0],), sequential=False)


def test_collect_inputs_returns_what_each_layer_saw():
    model, batches = _model(), _batches(2)
    seen = collect_inputs(model, ["0", "2"], batches)
    expected = torch.cat([nn.functional.gelu(model[0](b)) for b in batches])
    assert torch.equal(seen["0"], torch.cat(batches))
    assert torch.allclose(seen["2"], expected)
    with pytest.raises(ValueError, match="not in the model"):
        collect_inputs(model, ["9"], batches)


@pytest.mark.parametrize("sequential", [True, False])
def test_apply_ptq_quantises_every_layer_and_gptq_beats_rtn_end_to_end(sequential):
    spec = QuantSpec(3, granularity="channel")
    batches = _batches()
    x = torch.cat(batches)
    reference = _model()(x).detach()
    errors = {}
    for method in ("rtn", "gptq", "awq"):
        model = _model()
        report = apply_ptq(model, method, spec, batches, sequential=sequential)
        assert set(report["layers"]) == {"0", "2", "4"}
        assert all(0 < s["rel_output_error"] < 1 for s in report["layers"].values())
        errors[method] = ((model(x) - reference).norm() / reference.norm()).item()
    assert errors["gptq"] < errors["rtn"], f"model output errors {errors}"
    model = _model()
    report = apply_ptq(model, "smoothquant", QuantSpec(8), batches, sequential=sequential, act="token", skip=("4",))
    assert isinstance(model[0], W8A8Linear) and isinstance(model[4], nn.Linear) and set(report["layers"]) == {"0", "2"}
    assert ((model(x) - reference).norm() / reference.norm()).item() < 0.05


def test_apply_ptq_rejects_unknown_methods_and_options():
    with pytest.raises(ValueError, match="Did you mean 'gptq'"):
        apply_ptq(_model(), "gtpq", QuantSpec(4), _batches(1))
    with pytest.raises(ValueError, match="do not apply to 'awq'"):
        apply_ptq(_model(), "awq", QuantSpec(4), _batches(1), block_size=64)
    with pytest.raises(ValueError, match="needs calib_batches"):
        apply_ptq(_model(), "gptq", QuantSpec(4), None)
    report = apply_ptq(_model(), "rtn", QuantSpec(4), None)
    assert report["mean_rel_output_error"] is None and len(report["layers"]) == 3


def test_rtn_linear_matches_quant_dequant_and_the_hessian_error_is_exact():
    layer, x = _layer(1), _correlated_inputs(1)
    w = layer.weight.detach().clone()
    spec = QuantSpec(4, granularity="group", group_size=32)
    stats = rtn_linear(layer, spec, x)
    assert torch.equal(layer.weight.detach(), quant_dequant(w, spec))
    assert stats["rel_output_error"] == pytest.approx(_output_error(x, w, layer.weight.detach()), rel=1e-3)
    assert relative_output_error(w, w, x.T @ x) == 0.0


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_gptq_and_awq_match_their_cpu_quality():
    spec = QuantSpec(4, granularity="group", group_size=32)
    layer, x = _layer(0).cuda(), _correlated_inputs(0).cuda()
    w = layer.weight.detach().clone()
    gptq_linear(layer, x, spec, block_size=32, act_order=True)
    assert _output_error(x, w, layer.weight.detach()) < 0.8 * _output_error(x, w, quant_dequant(w, spec))
    layer = _layer(1).cuda()
    assert awq_linear(layer, _outlier_inputs(1).cuda(), spec)["alpha"] > 0
    # batched GPTQ on the GPU: each layer as the one-layer loop gives it, up to rare grid neighbours
    specs = [QuantSpec(b, granularity="channel") for b in (8, 4, 3, 2)]
    layers = [_layer(seed).cuda() for seed in range(4)]
    inputs = [_correlated_inputs(10 + seed).cuda() for seed in range(4)]
    alone, together = [copy.deepcopy(m) for m in layers], [copy.deepcopy(m) for m in layers]
    singles = [gptq_linear(m, xi, s, block_size=32) for m, xi, s in zip(alone, inputs, specs)]
    batched = gptq_linears(together, inputs, specs, block_size=32)
    for one, many, s1, s2 in zip(alone, together, singles, batched):
        assert (one.weight != many.weight).float().mean().item() < 0.01
        assert s2["rel_output_error"] == pytest.approx(s1["rel_output_error"], rel=1e-2)


@pytest.mark.parametrize("symmetric", [True, False])
def test_gptq_column_rounding_is_the_rtn_rule(symmetric):
    """GPTQ's in-place column rounding computes exactly what affine_qdq (the library's rule) does."""
    from repro.lib.ptq import _round_to_grid
    from repro.lib.quant import affine_qdq, compute_qparams

    w = torch.randn(64, 8, generator=torch.Generator().manual_seed(5)) * 3
    spec = QuantSpec(3, symmetric=symmetric, granularity="channel")
    scale, zero = (p.reshape(64) for p in compute_qparams(w, spec))
    out = torch.full((64,), float("nan"))
    for j in range(8):
        _round_to_grid(w[:, j], scale, None if symmetric else zero, spec.qmin, spec.qmax, out=out)
        assert torch.equal(out, affine_qdq(w[:, j], scale, zero, spec.qmin, spec.qmax))
