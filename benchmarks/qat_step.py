"""What a QAT training step costs over a full-precision one: STE and LSQ against FP, same batch.

    .venv/bin/python benchmarks/qat_step.py [--batch 16] [--rounds 7] [--steps 10] [--label before]
    python benchmarks/qat_step.py --device cuda --batch 1024        # on the GPU machine (bf16 autocast)

The model is the qat_vs_ptq_bits bundle's (4 layers, 256 wide, 4 heads, learned positions, on
4-digit reversed addition); the step is ``repro.lib.train.make_train_step`` (AdamW, grad clipping,
bf16 autocast on CUDA), and the QAT models are ``prepare_qat`` copies of the same weights with
8-bit per-channel symmetric weight fake quantisation (the bundle's timed configuration), STE and
LSQ. The three steps are timed in interleaved rounds (FP, STE, LSQ, FP, ...), so that drifting
load on a shared machine hits all three alike; each round gives a per-step median per method and
the ratios of that round, and the figures are the medians over rounds, with their min and max.
On the CPU the clock is this process's CPU time with one torch thread (other load on a shared
machine inflates wall time, much less CPU time); on CUDA it is wall time after a device sync. It
also counts the tensor operations one step dispatches (deterministic; on a GPU each is a launch).
On CUDA it measures the eager steps (under "eager") and then the steps as the bundles run them,
captured into CUDA graphs (the top-level figures; ``step_modes`` says whether each capture held).

The fake-quant work per step does not depend on the batch, the matrix products do: a small batch
on the CPU magnifies the QAT overhead, a GPU batch of 1024 is where the bundle's figure lives.
Results go to benchmarks/results/qat_step-<device>-<label>.json with the environment fingerprint;
a CPU result is labelled as one and says nothing about the GPU goal (QAT step / FP step <= 1.15).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from common import clock_of, op_counter, sync  # noqa: E402 (benchmarks/ is on the path only from here)

RESULTS = REPO / "benchmarks" / "results"
METHODS = ("fp", "ste", "lsq")


def build_steps(batch_size: int, device, bits: int = 8, bf16: bool = True, seed: int = 0,
                cuda_graph: bool = False) -> tuple[dict, object]:
    """{method: step} over copies of one freshly initialised model, and the batch they share
    (``cuda_graph``: on CUDA, each step captured into a CUDA graph after its warm-up, as the bundles train)."""
    import numpy as np
    import torch

    from repro.lib.qat import prepare_qat
    from repro.lib.quant import QuantSpec
    from repro.lib.tasks import AdditionTask
    from repro.lib.train import TrainConfig, head_skip, make_train_step, standard_model

    torch.manual_seed(seed)
    task = AdditionTask(4, reverse_answer=True, split_seed=0)
    model = standard_model(task, 256, 4, 4, "learned").to(device)
    batch = task.sample(batch_size, np.random.default_rng(seed + 99), "train", device=device)
    cfg = TrainConfig(steps=1000, batch_size=batch_size, bf16=bf16, cuda_graph=cuda_graph)
    spec = QuantSpec(bits=bits, symmetric=True, granularity="channel")
    steps = {}
    for method in METHODS:
        net = copy.deepcopy(model)
        if method != "fp":
            prepare_qat(net, spec, method=method, skip=head_skip(net))
        net.train()
        steps[method] = make_train_step(net, cfg, device)
    return steps, batch


def count_ops(steps: dict, batch) -> dict:
    """Tensor operations one step of each method dispatches (see ``common.op_counter``)."""
    out = {}
    for method, step in steps.items():
        with op_counter() as counter:
            step(batch, 1)
        out[method] = counter.n
    return out


def measure(steps: dict, batch, device, rounds: int, per_round: int, warmup: int) -> dict:
    """Interleaved rounds of ``per_round`` timed steps per method; per-round medians and ratios."""
    for step in steps.values():
        for i in range(warmup):
            step(batch, i)
    sync(device)
    clock, _ = clock_of(device)
    per_method: dict[str, list[float]] = {m: [] for m in steps}
    ratios: dict[str, list[float]] = {m: [] for m in steps if m != "fp"}
    for _ in range(rounds):
        this_round = {}
        for method, step in steps.items():
            times = []
            for i in range(per_round):
                sync(device)
                t0 = clock()
                step(batch, warmup + i)
                sync(device)
                times.append((clock() - t0) * 1e3)
            this_round[method] = statistics.median(times)
            per_method[method].append(this_round[method])
        for method in ratios:
            ratios[method].append(this_round[method] / this_round["fp"])
    out = {"step_ms": {m: {"median": statistics.median(v), "min": min(v), "max": max(v)} for m, v in per_method.items()}}
    for method, values in ratios.items():
        out[f"{method}_over_fp"] = {"median": statistics.median(values), "min": min(values), "max": max(values),
                                    "rounds": [round(v, 4) for v in values]}
    return out


def main(argv=None) -> int:
    import torch

    from repro.lib.environment import fingerprint, require_device

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    p.add_argument("--batch", type=int, default=None, help="problems per step (default: 16 on the CPU, 1024 on CUDA)")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--steps", type=int, default=10, help="timed steps per method per round")
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--threads", type=int, default=1, help="torch threads on the CPU (default 1: CPU time is then work)")
    p.add_argument("--label", default="now", help="file-name label, e.g. before / after")
    p.add_argument("--out", type=Path, default=None, help="result file (default: benchmarks/results/...)")
    args = p.parse_args(argv)
    device = require_device(args.device)
    batch_size = args.batch or (1024 if device.type == "cuda" else 16)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    else:
        torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    steps, batch = build_steps(batch_size, device)
    eager = measure(steps, batch, device, args.rounds, args.steps, args.warmup)
    ops = count_ops(steps, batch)
    if device.type == "cuda":  # how the bundles train on CUDA: the step replayed from a CUDA graph
        graphed, batch = build_steps(batch_size, device, cuda_graph=True)
        figures = measure(graphed, batch, device, args.rounds, args.steps, max(args.warmup, 5))
        figures["step_modes"] = {m: step.mode for m, step in graphed.items()}
        figures["eager"] = eager
    else:
        figures = eager
    figures["ops_per_step"] = ops
    scope = ("cpu: a CPU figure, not the goal's workload (the goal is QAT step / FP step <= 1.15 on the H100 at "
             "batch 1024)" if device.type == "cpu" else f"{torch.cuda.get_device_name(device)}, batch {batch_size}")
    report = {"scope": scope, "device": device.type, "batch_size": batch_size, "bits": 8, "granularity": "channel",
              "rounds": args.rounds, "steps_per_round": args.steps, "torch_threads": torch.get_num_threads(),
              "clock": "wall after cuda sync" if device.type == "cuda" else "process CPU time",
              "loadavg_before": os.getloadavg(), "seconds": round(time.perf_counter() - t0, 1), **figures,
              "label": args.label, "fingerprint": fingerprint(),
              "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "command": "python benchmarks/qat_step.py " + " ".join(argv if argv is not None else sys.argv[1:])}
    out = args.out or RESULTS / f"qat_step-{device.type}-{args.label}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"[{scope}]")
    print("tensor ops per step: " + ", ".join(f"{m} {n}" for m, n in figures["ops_per_step"].items()))
    shown = (("eager", figures["eager"]), ("cuda graph", figures)) if "eager" in figures else (("", figures),)
    for label, fig in shown:
        ms = fig["step_ms"]
        print(f"{label} step ms (median over {args.rounds} rounds): "
              + ", ".join(f"{m} {v['median']:.2f}" for m, v in ms.items()))
        for method in ("ste", "lsq"):
            r = fig[f"{method}_over_fp"]
            print(f"{label} {method} step / fp step: {r['median']:.3f} (rounds {r['min']:.3f}..{r['max']:.3f})")
    if "step_modes" in figures:
        print("graphed steps ran as: " + ", ".join(f"{m} {mode}" for m, mode in figures["step_modes"].items()))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
