"""AWQ on Llama blocks (repro/lib/awq.py): shared scales, the module objective, float-prefix calibration."""

import copy

import pytest
import torch

from repro.lib.awq import awq_block, write_weights
from repro.lib.llama import Block, LlamaConfig
from repro.lib.ptq import apply_ptq
from repro.lib.quant import QuantSpec, quant_dequant

SPEC = QuantSpec(3, symmetric=False, granularity="group", group_size=32)


def _block(kv_heads: int = 2, seed: int = 0) -> Block:
    torch.manual_seed(seed)
    cfg = LlamaConfig(vocab_size=64, hidden_size=64, intermediate_size=128, n_layers=1, n_heads=4,
                      n_kv_heads=kv_heads, head_dim=16)
    return Block(cfg).eval()


def _hidden(seed: int = 0, batches: int = 3) -> list[torch.Tensor]:
    """Hidden states with a few channels far larger than the rest, as a transformer's residual stream has."""
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(batches):
        h = torch.randn(2, 32, 64, generator=g)
        h[..., :3] *= 25.0
        out.append(h)
    return out


def _weights(block):
    return {n: p.detach().clone() for n, p in block.named_parameters()}


def test_awq_block_searches_on_the_float_block_with_one_scale_per_input():
    block, hidden = _block(), _hidden()
    before = _weights(block)
    report, weights = awq_block(block, hidden, SPEC, grid=10)
    assert all(torch.equal(p, before[n]) for n, p in block.named_parameters())  # nothing written yet
    layers = report["layers"]
    assert list(layers) == ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
                            "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"] == list(weights)
    assert len({layers[n]["alpha"] for n in ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj")}) == 1
    assert layers["mlp.gate_proj"]["alpha"] == layers["mlp.up_proj"]["alpha"]
    assert layers["self_attn.o_proj"]["alpha"] is None  # grouped-query attention: o is not scaled (as the reference)
    for n, s in layers.items():
        if s["alpha"] is not None:  # the module's error is least at the alpha kept
            assert s["module_mse"][round(s["alpha"] * 10)] == min(s["module_mse"]) and len(s["module_mse"]) == 10
    assert {n: s["clip"] for n, s in layers.items()} == {
        "self_attn.q_proj": False, "self_attn.k_proj": False, "self_attn.v_proj": True, "self_attn.o_proj": True,
        "mlp.gate_proj": True, "mlp.up_proj": True, "mlp.down_proj": True}
    assert report["mean_rel_output_error"] == pytest.approx(
        sum(s["rel_output_error"] for s in layers.values()) / 7)


def test_multi_head_attention_scales_o_by_its_own_input():
    report, _ = awq_block(_block(kv_heads=4), _hidden(), SPEC, grid=10)
    assert report["layers"]["self_attn.o_proj"]["alpha"] is not None
    assert report["layers"]["self_attn.o_proj"]["group"] == ["self_attn.o_proj"]


def test_a_one_point_grid_without_clipping_is_round_to_nearest():
    block = _block()
    _, weights = awq_block(block, _hidden(), SPEC, grid=1, clip=False)
    for name, w in weights.items():
        assert torch.equal(w, quant_dequant(block.get_submodule(name).weight.detach(), SPEC)), name


def _block_error(block, reference, hidden):
    with torch.no_grad():
        num = sum((block(h) - ref).pow(2).sum() for h, ref in zip(hidden, reference))
        den = sum(ref.pow(2).sum() for ref in reference)
    return (num / den).sqrt().item()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_awq_block_output_is_closer_to_float_than_round_to_nearest(seed):
    block, hidden = _block(seed=seed), _hidden(seed)
    with torch.no_grad():
        reference = [block(h) for h in hidden]
    rtn = copy.deepcopy(block)
    apply_ptq(rtn, "rtn", SPEC)
    awq = copy.deepcopy(block)
    report, weights = awq_block(awq, hidden, SPEC, grid=20)
    write_weights(awq, weights)
    assert _block_error(awq, reference, hidden) < 0.9 * _block_error(rtn, reference, hidden)
    assert report["mean_rel_output_error"] < sum(s["rtn_rel_output_error"] for s in report["layers"].values()) / 7


def test_awq_block_rejects_a_bad_grid():
    with pytest.raises(ValueError, match="grid"):
        awq_block(_block(), _hidden(), SPEC, grid=0)
