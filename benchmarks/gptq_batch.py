"""GPTQ at several bit widths: one model copy at a time (``apply_ptq``) against all copies batched
layer by layer (``apply_gptq_many``), as the qat_vs_ptq_bits panel runs it.

    .venv/bin/python benchmarks/gptq_batch.py                    # CPU: op counts, times, identity
    python benchmarks/gptq_batch.py --device cuda --calib 512    # the GPU machine

The model is the panel's shape (4 layers, 256 wide, 4-digit addition; its weights as initialised:
GPTQ's work does not depend on them), symmetric per-channel grids at 8/4/3/2 bits, sequential
calibration on ``--calib`` training problems. Printed: tensor operations dispatched (deterministic;
on a GPU each is one kernel launch, and the column loop is launch-bound there), seconds of each
way (CPU: this process's CPU time with one torch thread; CUDA: wall time after a sync), and whether
the two ways give the same weights (bit for bit on the CPU; on a GPU the batched rank-1 updates
may round a rare weight to the neighbouring grid point). Written to
benchmarks/results/gptq_batch-<device>.json with the environment fingerprint.
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
    import numpy as np

    from common import open_device, time_ways, weights_moved, write_report
    from repro.lib.ptq import apply_gptq_many, apply_ptq
    from repro.lib.quant import QuantSpec
    from repro.lib.tasks import AdditionTask
    from repro.lib.train import head_skip, standard_model

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    p.add_argument("--bits", default="8,4,3,2")
    p.add_argument("--d-model", type=int, default=256)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--calib", type=int, default=64, help="calibration problems (the bundle: 512)")
    p.add_argument("--out", type=Path, default=None)
    args = p.parse_args(argv)
    device = open_device(args.device)
    task = AdditionTask(4)
    model = standard_model(task, args.d_model, args.layers, max(1, args.d_model // 64)).to(device)
    calib = [task.sample(args.calib, np.random.default_rng(7), "train").tokens.to(device)]
    specs = [QuantSpec(int(b), symmetric=True, granularity="channel") for b in args.bits.split(",")]
    skip = head_skip(model)
    copies = {name: [copy.deepcopy(model) for _ in specs] for name in ("one_at_a_time", "batched")}
    results = time_ways({
        "one_at_a_time": lambda: [apply_ptq(m, "gptq", spec, calib_batches=calib, skip=skip)
                                  for m, spec in zip(copies["one_at_a_time"], specs)],
        "batched": lambda: apply_gptq_many(copies["batched"], specs, calib, skip=skip),
    }, device)
    one, many = results["one_at_a_time"], results["batched"]
    moved, identical = weights_moved(copies["one_at_a_time"], copies["batched"])
    report = {
        "device": device.type, "bits": [s.bits for s in specs], "d_model": args.d_model, "layers": args.layers,
        "calib": args.calib, "ops": {k: v["ops"] for k, v in results.items()},
        "seconds": {k: v["seconds"] for k, v in results.items()},
        "ops_ratio": one["ops"] / many["ops"], "seconds_ratio": one["seconds"] / many["seconds"],
        "largest_share_of_weights_moved": moved, "bitwise_identical": identical,
    }
    print(f"[{device.type}] GPTQ at bits {report['bits']}, {args.layers} layers x {args.d_model}, {args.calib} "
          f"calibration problems")
    for k in ("one_at_a_time", "batched"):
        print(f"  {k:>13}: {report['ops'][k]:>8} tensor ops, {report['seconds'][k]:.2f} s")
    print(f"  ratio one-at-a-time / batched: ops {report['ops_ratio']:.2f}, seconds {report['seconds_ratio']:.2f}; "
          f"largest share of a tensor's weights moved: {moved:.4f}"
          f"{' (bitwise identical)' if identical else ''}")
    write_report(report, "gptq_batch", device, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
