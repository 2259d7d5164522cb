"""Which training schedule brings the qat_vs_ptq_bits panel under its wall-time goal, and what it costs.

    python benchmarks/panel_schedules.py --device cuda --deadline 300 --out $OUT/schedules-cuda.json
    .venv/bin/python benchmarks/panel_schedules.py            # CPU dry run at smoke size

On the H200 (benchmarks/results/gpu/2026-12-04) the panel took 34.7 s against a goal of 20 s, and
its training steps are now GPU-bound (3.7 ms for a replayed step of 1024 problems), so what is
left is the schedule: fewer FP steps (the bundle now stops FP training once validation exact
match reaches ``stop_exact_match``: that run's answer loss was 1e-4 by step 1400 of 4000), a
larger rate or batch, shorter QAT fine-tunes, or fused kernels (``compile=true``: on this CPU its
QAT models recompile past dynamo's limit of 8 and fall back, so it is not in the default list). Each schedule below
is one in-process run of the bundle at full size with those parameters overridden
(``--schedule "qat_steps=100"`` replaces the list; ``stop_exact_match=0`` restores the fixed
4000 steps); the report gives, per schedule, the wall time and its phases, the FP steps run, the
FP exact match (the goal holds only at >= 0.99) and every panel exact match, so a faster
schedule that changes the panel's findings shows as such. Schedules start in the order given
and none starts after ``--deadline`` seconds.
A schedule is a candidate for the manifest's full size only when a GPU run shows it; this script
only measures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

SCHEDULES = (
    "",  # the manifest's full size as it stands
    "qat_steps=100",
    "train_steps=2000 lr=0.002 warmup_steps=100",
    "batch_size=2048 lr=0.002 warmup_steps=100 qat_steps=100",  # the same QAT examples in half the steps
    "train_steps=2000 lr=0.002 warmup_steps=100 qat_steps=100",
)


def main(argv=None) -> int:
    import torch

    from panel import PANEL, run_bundle_here, warm_process
    from repro.lib.environment import fingerprint, require_device
    from repro.errors import ReproError
    from repro.manifest import discover, lookup, parse_assignments, resolve_params
    from repro.seal import BUNDLES_ROOT

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    p.add_argument("--size", choices=("smoke", "full"), default=None, help="default: smoke on the CPU, full on CUDA")
    p.add_argument("--schedule", action="append", default=None, metavar="'K=V ...'",
                   help="a schedule (repeatable); default: the list in this file")
    p.add_argument("--deadline", type=float, default=None, help="seconds after which no further schedule starts")
    p.add_argument("--out", type=Path, default=None)
    args = p.parse_args(argv)
    start = time.perf_counter()
    device = require_device(args.device)
    size = args.size or ("full" if device.type == "cuda" else "smoke")
    scope = (f"{torch.cuda.get_device_name(device)}, {size}" if device.type == "cuda"
             else f"cpu, {size}: not the goal's workload")
    startup = warm_process(device)  # else the first schedule alone would pay it
    manifest = lookup(discover(BUNDLES_ROOT), PANEL)
    schedules = []
    for text in args.schedule or SCHEDULES:
        try:  # every schedule checked before the first one runs
            overrides = parse_assignments(text.split())
            resolve_params(manifest, size, overrides)
        except ReproError as exc:
            raise SystemExit(f"schedule {text!r}: {exc}") from None
        schedules.append((text, overrides))
    rows = []
    for text, overrides in schedules:
        if args.deadline is not None and time.perf_counter() - start > args.deadline:
            rows.append({"schedule": text or "defaults", "status": f"not started: deadline of {args.deadline:g} s"})
            continue
        result, wall, params = run_bundle_here(PANEL, size, args.device, overrides=overrides, quiet=True)
        m = result["metrics"]
        rows.append({"schedule": text or "defaults", "status": "ok", "wall_s": wall, "params": params,
                     "fp_exact_match": m["fp_exact_match"], "fp_train_steps": m.get("fp_train_steps"),
                     "seconds": {k: v for k, v in m.items() if k.endswith("_seconds")},
                     "exact_match": {k: v for k, v in m.items() if k.endswith("_exact_match")},
                     "qat_step_over_fp_step": m["qat_step_over_fp_step"], "notes": result.get("notes", [])})
        print(f"[{scope}] {text or 'defaults'}: wall {wall:.1f} s, FP train {m['fp_train_seconds']:.1f} s "
              f"({m.get('fp_train_steps')} steps), "
              f"panel {m['panel_seconds']:.1f} s, FP EM {m['fp_exact_match']:.4f}, "
              f"QAT/FP step {m['qat_step_over_fp_step']:.3f}", flush=True)
    report = {"scope": scope, "device": device.type, "size": size, "bundle": PANEL, "rows": rows,
              "startup_outside_clock": startup,
              "seconds": time.perf_counter() - start, "fingerprint": fingerprint(),
              "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "command": "python benchmarks/panel_schedules.py " + " ".join(argv if argv is not None else sys.argv[1:])}
    out = args.out or REPO / "benchmarks" / "results" / f"panel_schedules-{device.type}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
