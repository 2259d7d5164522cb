"""The target panel's wall time and step costs, and how much speed-up measurements move from run to run.

    .venv/bin/python benchmarks/panel.py                       # CPU: smoke sizes, labelled as such
    python benchmarks/panel.py --device cuda                   # the GPU machine: full sizes
    python benchmarks/panel.py --device cuda --repeats 3 --deadline 400 --speedup-param dims=4096,8192

What it runs, in this process (no sandbox, so the times are the bundle's own, not the runner's):

1. the qat_vs_ptq_bits bundle (``main.run`` with a plain context): a 4-layer 256-wide decoder trained
   on 4-digit addition, then PTQ (RTN, GPTQ) and QAT (STE, LSQ) at 8/4/3/2 bits and magnitude
   pruning at 30/50/70/90%. Reported: the run's wall time (training + panel + step timing; the
   CUDA context and the torch._dynamo import that torch.optim pulls in are done before the clock
   starts and reported beside it, see ``warm_process``), the bundle's own fp_train_seconds and panel_seconds,
   the FP exact match, fp_step_ms, qat_step_ms and qat_step_over_fp_step. Goals (H100, full size):
   wall time <= 20 s, FP exact match >= 0.99, QAT step / FP step <= 1.15.
2. the speed-up bundles sparse24_matmul_speedup and lowbit_matmul_speedup, ``--repeats`` times each
   (same seed, same shapes): for each shape and format, the spread of its speed-up over the repeats
   as max/min - 1 and as the coefficient of variation (stdev / mean). Goal: <= 3%.

Written to benchmarks/results/panel-<device>-<date>.json with the environment fingerprint
(repro/lib/environment.py). On the CPU every figure is labelled "cpu, smoke: not the goal's workload";
only the GPU figures at full size speak to the goals.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RESULTS = REPO / "benchmarks" / "results"
PANEL = "qat_vs_ptq_bits"
SPEEDUP_BUNDLES = ("sparse24_matmul_speedup", "lowbit_matmul_speedup")
GOALS = {"panel_wall_s": 20.0, "fp_exact_match": 0.99, "qat_step_over_fp_step": 1.15, "speedup_spread": 0.03}


class Context:
    """The plain context a bundle's run() gets (what repro/launch.py gives, minus the sandbox)."""

    def __init__(self, device: str, seed: int, out_dir: Path, quiet: bool = False):
        self.device, self.seed, self.out_dir, self.quiet = device, seed, out_dir, quiet

    def log(self, msg: str) -> None:
        if not self.quiet:
            print(f"    {msg}", flush=True)

    def progress(self, frac: float, msg: str = "") -> None:
        if not self.quiet:
            print(f"    [{frac:6.1%}] {msg}", flush=True)


def load_bundle(bundle_id: str, size: str, overrides: dict | None = None):
    """(bundle module, resolved params) of a bundle in this checkout, parameters as the runner resolves them."""
    from repro.manifest import discover, lookup, resolve_params
    from repro.seal import BUNDLES_ROOT

    manifest = lookup(discover(BUNDLES_ROOT), bundle_id)
    params = resolve_params(manifest, size, overrides or {})
    spec = importlib.util.spec_from_file_location(f"panel_bundle_{bundle_id}", manifest.folder / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, params


def run_bundle_here(bundle_id: str, size: str, device: str, seed: int = 0, overrides: dict | None = None,
                    quiet: bool = False) -> tuple[dict, float, dict]:
    """(bundle result, wall seconds, params) of one in-process run."""
    module, params = load_bundle(bundle_id, size, overrides)
    with tempfile.TemporaryDirectory(prefix=f"panel-{bundle_id}-") as tmp:
        ctx = Context(device, seed, Path(tmp), quiet=quiet)
        t0 = time.perf_counter()
        result = module.run(params, ctx)
        _sync(device)
        wall = time.perf_counter() - t0
    return result, wall, params


def _sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def warm_process(device) -> dict:
    """Process start-up that is not the panel's work, done before its clock starts; returns its seconds.

    The CUDA context, and ``torch._dynamo``: a process's first ``torch.optim`` optimiser imports it
    (``add_param_group`` is wrapped by ``torch._disable_dynamo``), 1.3-1.9 s on the 2-core CPU
    machine, once per process like ``import torch`` itself. Both are reported beside the wall time,
    and a sealed run (a fresh process) still pays them: its record's duration includes them.
    """
    import torch

    seconds = {}
    t0 = time.perf_counter()
    import torch._dynamo  # noqa: F401 - imported for its start-up cost, outside the clock

    seconds["torch_dynamo_import_s"] = time.perf_counter() - t0
    if device.type == "cuda":
        t0 = time.perf_counter()
        torch.zeros(1, device=device)
        torch.cuda.synchronize(device)
        seconds["cuda_context_s"] = time.perf_counter() - t0
    return seconds


def spread(values: list[float]) -> dict:
    """max/min - 1 and the coefficient of variation (population stdev / mean) of repeated measurements."""
    if not values:
        return {"count": 0}
    mean = statistics.fmean(values)
    return {"count": len(values), "values": [round(v, 5) for v in values], "mean": mean,
            "max_over_min_minus_1": max(values) / min(values) - 1.0 if min(values) > 0 else None,
            "cv": statistics.pstdev(values) / mean if mean else None}


def speedup_spreads(results: list[dict]) -> list[dict]:
    """Per (shape, kind): the spread of the speed-up over repeated runs of one bundle."""
    by_key: dict[tuple, list[float]] = {}
    for result in results:
        for row in result.get("tables", {}).get("speedups", []):
            key = (row["m"], row["n"], row["k"], row["kind"])
            by_key.setdefault(key, [])
            if row.get("status") == "ok" and row.get("speedup") is not None:
                by_key[key].append(float(row["speedup"]))
    return [{"m": m, "n": n, "k": k, "kind": kind, **spread(vals)} for (m, n, k, kind), vals in sorted(by_key.items())]


def parse_overrides(items: list[str]) -> dict:
    from repro.manifest import parse_assignments

    return parse_assignments(items)


def main(argv=None) -> int:
    import torch

    from repro.lib.environment import fingerprint, require_device

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    p.add_argument("--size", choices=("smoke", "full"), default=None, help="default: smoke on the CPU, full on CUDA")
    p.add_argument("--repeats", type=int, default=3, help="runs of each speed-up bundle")
    p.add_argument("--panel-param", action="append", default=[], metavar="K=V", help="override of qat_vs_ptq_bits")
    p.add_argument("--speedup-param", action="append", default=[], metavar="K=V",
                   help="override given to both speed-up bundles (e.g. dims=4096,8192)")
    p.add_argument("--skip-panel", action="store_true")
    p.add_argument("--skip-speedups", action="store_true")
    p.add_argument("--deadline", type=float, default=None,
                   help="seconds from start after which no further speed-up repeat starts")
    p.add_argument("--out", type=Path, default=None, help="result file (default: benchmarks/results/panel-...)")
    p.add_argument("--quiet", action="store_true", help="no bundle log lines")
    args = p.parse_args(argv)
    start = time.perf_counter()
    device = require_device(args.device)
    size = args.size or ("full" if device.type == "cuda" else "smoke")
    scope = ("cpu, smoke: not the goal's workload" if device.type == "cpu" else
             f"{torch.cuda.get_device_name(device)}, {size}")
    startup = warm_process(device)
    report: dict = {"scope": scope, "device": device.type, "size": size, "goals": GOALS,
                    "startup_outside_clock": startup,
                    "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "command": "python benchmarks/panel.py " + " ".join(argv if argv is not None else sys.argv[1:])}

    if not args.skip_panel:
        print(f"[{scope}] {PANEL} at size {size} on {device.type}", flush=True)
        result, wall, params = run_bundle_here(PANEL, size, args.device, overrides=parse_overrides(args.panel_param),
                                               quiet=args.quiet)
        m = result["metrics"]
        report["panel"] = {
            "scope": scope, "params": params, "run_wall_s": wall, "fp_train_seconds": m.get("fp_train_seconds"),
            "panel_seconds": m.get("panel_seconds"), "fp_exact_match": m.get("fp_exact_match"),
            "fp_step_ms": m.get("fp_step_ms"), "qat_step_ms": m.get("qat_step_ms"),
            "qat_step_over_fp_step": m.get("qat_step_over_fp_step"), "metrics": m, "notes": result.get("notes", []),
        }
        print(f"[{scope}] panel wall time (train + panel + step timing): {wall:.2f} s "
              f"(goal <= {GOALS['panel_wall_s']:g} s on the H100, full size); before the clock: "
              + ", ".join(f"{k.removesuffix('_s')} {v:.2f} s" for k, v in startup.items()))
        print(f"[{scope}]   of which FP training {m.get('fp_train_seconds', float('nan')):.2f} s "
              f"({m.get('fp_train_steps', '?')} steps), "
              f"PTQ/QAT/pruning panel {m.get('panel_seconds', float('nan')):.2f} s")
        parts = [(k.removesuffix("_seconds").replace("panel_", ""), v) for k, v in m.items()
                 if k.endswith("_seconds") and k not in ("fp_train_seconds", "panel_seconds")]
        if parts:
            print(f"[{scope}]   phases: " + ", ".join(f"{name} {value:.2f} s" for name, value in parts))
        print(f"[{scope}] FP exact match: {m.get('fp_exact_match', float('nan')):.4f} "
              f"(goal >= {GOALS['fp_exact_match']})")
        print(f"[{scope}] fp_step_ms {m.get('fp_step_ms', float('nan')):.3f}, qat_step_ms "
              f"{m.get('qat_step_ms', float('nan')):.3f}, qat_step_over_fp_step "
              f"{m.get('qat_step_over_fp_step', float('nan')):.3f} (goal <= {GOALS['qat_step_over_fp_step']})",
              flush=True)

    if not args.skip_speedups:
        overrides = parse_overrides(args.speedup_param)
        report["speedups"] = {}
        for bundle in SPEEDUP_BUNDLES:
            runs, walls = [], []
            for rep in range(args.repeats):
                if args.deadline is not None and time.perf_counter() - start > args.deadline:
                    print(f"[{scope}] {bundle}: deadline of {args.deadline:g} s reached after {rep} repeats", flush=True)
                    break
                result, wall, params = run_bundle_here(bundle, size, args.device, overrides=overrides, quiet=True)
                runs.append(result)
                walls.append(wall)
                print(f"[{scope}] {bundle} repeat {rep + 1}/{args.repeats}: {wall:.1f} s", flush=True)
            rows = speedup_spreads(runs)
            report["speedups"][bundle] = {"scope": scope, "params": params if runs else None, "repeats": len(runs),
                                          "wall_s": walls, "shapes": rows,
                                          "notes": sorted({n for r in runs for n in r.get("notes", [])})}
            timed = [r for r in rows if r["count"] >= 2]
            if not timed:
                print(f"[{scope}] {bundle}: no shape was timed twice (nothing to compare); notes: "
                      + "; ".join(report["speedups"][bundle]["notes"][:3]))
            for r in timed:
                print(f"[{scope}] {bundle} m={r['m']} n={r['n']} k={r['k']} {r['kind']}: speed-up mean "
                      f"{r['mean']:.3f}, spread max/min-1 {r['max_over_min_minus_1']:.2%}, cv {r['cv']:.2%} "
                      f"(goal <= {GOALS['speedup_spread']:.0%})")
            if timed:
                worst = max(r["max_over_min_minus_1"] for r in timed)
                report["speedups"][bundle]["worst_max_over_min_minus_1"] = worst
                report["speedups"][bundle]["worst_cv"] = max(r["cv"] for r in timed)
                print(f"[{scope}] {bundle}: worst spread over shapes {worst:.2%}", flush=True)

    report["seconds"] = time.perf_counter() - start
    report["fingerprint"] = fingerprint()
    day = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    out = args.out or RESULTS / f"panel-{device.type}-{day}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, sort_keys=True, allow_nan=False, default=str) + "\n")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
