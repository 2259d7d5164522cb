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
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def main(argv=None) -> int:
    import numpy as np
    import torch

    from qat_step import op_counter
    from repro.lib.environment import fingerprint, require_device
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
    device = require_device(args.device)
    if device.type == "cpu":
        torch.set_num_threads(1)
    torch.manual_seed(0)
    task = AdditionTask(4)
    model = standard_model(task, args.d_model, args.layers, max(1, args.d_model // 64)).to(device)
    calib = [task.sample(args.calib, np.random.default_rng(7), "train").tokens.to(device)]
    specs = [QuantSpec(int(b), symmetric=True, granularity="channel") for b in args.bits.split(",")]
    skip = head_skip(model)

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    clock = time.perf_counter if device.type == "cuda" else time.process_time
    results = {}
    for name in ("one_at_a_time", "batched"):
        copies = [copy.deepcopy(model) for _ in specs]
        sync()
        t0 = clock()
        with op_counter() as counter:
            if name == "batched":
                apply_gptq_many(copies, specs, calib, skip=skip)
            else:
                for m, spec in zip(copies, specs):
                    apply_ptq(m, "gptq", spec, calib_batches=calib, skip=skip)
        sync()
        results[name] = {"seconds": clock() - t0, "ops": counter.n, "models": copies}
    one, many = results["one_at_a_time"], results["batched"]
    moved = [float((a != b).float().mean()) for x, y in zip(one["models"], many["models"])
             for a, b in zip(x.state_dict().values(), y.state_dict().values())]
    report = {
        "device": device.type, "bits": [s.bits for s in specs], "d_model": args.d_model, "layers": args.layers,
        "calib": args.calib, "ops": {k: v["ops"] for k, v in results.items()},
        "seconds": {k: v["seconds"] for k, v in results.items()},
        "ops_ratio": one["ops"] / many["ops"], "seconds_ratio": one["seconds"] / many["seconds"],
        "largest_share_of_weights_that_differ": max(moved), "fingerprint": fingerprint(),
        "clock": "wall after sync" if device.type == "cuda" else "process CPU time, 1 torch thread",
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    print(f"[{device.type}] GPTQ at bits {report['bits']}, {args.layers} layers x {args.d_model}, {args.calib} "
          f"calibration problems")
    for k in ("one_at_a_time", "batched"):
        print(f"  {k:>13}: {report['ops'][k]:>8} tensor ops, {report['seconds'][k]:.2f} s")
    print(f"  ratio one-at-a-time / batched: ops {report['ops_ratio']:.2f}, seconds {report['seconds_ratio']:.2f}; "
          f"largest share of a tensor's weights that differ: {report['largest_share_of_weights_that_differ']:.4f}")
    out = args.out or REPO / "benchmarks" / "results" / f"gptq_batch-{device.type}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
