"""GPTQ on one decoder block of SmolLM2-135M's shape at the bundle's two widths (4 and 3 bits): each
Linear on its own, one width after the other (``per_layer``); the layers that read the same inputs
stacked (q/k/v, gate/up; ``ptq.gptq_stacked``, what ``apply_ptq`` does when it collects a block's
inputs at once), one width after the other (``stacked``); and both widths' copies together, stacked
(``together``: ``apply_gptq_many``, as smollm2_wikitext_ppl now runs its GPTQ).

    .venv/bin/python benchmarks/gptq_stack.py                        # CPU: op counts, times, identity
    python benchmarks/gptq_stack.py --device cuda --tokens 262144    # the GPU machine (the bundle's 128 x 2048)

The block has SmolLM2-135M's shape (width 576, 9 query and 3 key/value heads of 64, MLP 1536) with
random weights (GPTQ's work does not depend on them), calibrated on ``--tokens`` random correlated
hidden states; the grid is the bundle's (asymmetric, groups of 64). Printed: tensor
operations dispatched (deterministic; on a GPU each is a kernel launch, and GPTQ's column loop is
launch-bound there), seconds (CPU: this process's CPU time with one torch thread; CUDA: wall time
after a sync) and whether the ways give the same weights: the share of a tensor's weights on
another grid point (a difference in the last bit of a dequantised value, which batched products
give on some CPUs and not others, is not counted; bitwise identity is reported beside it). Written to
benchmarks/results/gptq_stack-<device>.json with the environment fingerprint.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def main(argv=None) -> int:
    import torch

    from common import open_device, time_ways, weights_moved, write_report
    from repro.lib.llama import Block, LlamaConfig
    from repro.lib.ptq import apply_gptq_many, apply_ptq, collect_inputs, gptq_linear
    from repro.lib.quant import QuantSpec, select_linears

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    p.add_argument("--tokens", type=int, default=4096, help="calibration tokens (the bundle: 128 x 2048 = 262144)")
    p.add_argument("--bits", default="4,3", help="the widths (the bundle's: 4,3)")
    p.add_argument("--group-size", type=int, default=64)
    p.add_argument("--out", type=Path, default=None)
    args = p.parse_args(argv)
    device = open_device(args.device)
    cfg = LlamaConfig(vocab_size=49152, hidden_size=576, intermediate_size=1536, n_layers=1, n_heads=9, n_kv_heads=3,
                      head_dim=64)
    block = Block(cfg).to(device)
    for prm in block.parameters():
        torch.nn.init.normal_(prm, std=0.02) if prm.ndim == 2 else None
    g = torch.Generator(device="cpu").manual_seed(1)
    basis = torch.randn(64, cfg.hidden_size, generator=g)
    seq = 512
    hidden = [(torch.randn(1, seq, 64, generator=g) @ basis + 0.1 * torch.randn(1, seq, cfg.hidden_size, generator=g))
              .to(device) for _ in range(max(1, args.tokens // seq))]
    specs = [QuantSpec(int(b), symmetric=False, granularity="group", group_size=args.group_size)
             for b in args.bits.split(",")]
    names = [n for n, _ in select_linears(block, ())]
    ways = ("per_layer", "stacked", "together")
    works = {way: [copy.deepcopy(block) for _ in specs] for way in ways}

    def per_layer():
        for work, spec in zip(works["per_layer"], specs):
            xs = collect_inputs(work, names, hidden)
            for n in names:
                gptq_linear(work.get_submodule(n), xs[n], spec)

    results = time_ways({
        "per_layer": per_layer,
        "stacked": lambda: [apply_ptq(w, "gptq", s, calib_batches=hidden, sequential=False)
                            for w, s in zip(works["stacked"], specs)],
        "together": lambda: apply_gptq_many(works["together"], specs, hidden, sequential=False),
    }, device)

    moved = {k: weights_moved(works["per_layer"], works[k]) for k in ways[1:]}
    one = results["per_layer"]
    report = {
        "device": device.type, "shape": "SmolLM2-135M block (576 wide, 9/3 heads of 64, MLP 1536)",
        "linears": names, "tokens": len(hidden) * seq, "specs": [s.label() for s in specs],
        "ops": {k: v["ops"] for k, v in results.items()}, "seconds": {k: v["seconds"] for k, v in results.items()},
        "ops_ratio": {k: one["ops"] / results[k]["ops"] for k in ways[1:]},
        "seconds_ratio": {k: one["seconds"] / results[k]["seconds"] for k in ways[1:]},
        "share_of_weights_moved_from_per_layer": {k: moved[k][0] for k in ways[1:]},
        "bitwise_identical_to_per_layer": {k: moved[k][1] for k in ways[1:]},
    }
    print(f"[{device.type}] GPTQ {', '.join(report['specs'])} on one {report['shape']}, {report['tokens']} "
          "calibration tokens")
    for k in ways:
        extra = "" if k == "per_layer" else (
            f"  (per-layer / this: ops {report['ops_ratio'][k]:.2f}, seconds {report['seconds_ratio'][k]:.2f}; "
            f"weights moved: {moved[k][0]:.4f}{', bitwise identical' if moved[k][1] else ''})")
        print(f"  {k:>9}: {report['ops'][k]:>8} tensor ops, {report['seconds'][k]:.2f} s{extra}")
    write_report(report, "gptq_stack", device, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
