"""Reproduction runs through a local Ray cluster against the local runner: claims per hour, and
what dispatching one run as a Ray task costs.

    .venv/bin/python benchmarks/ray_throughput.py [-n 6] [--bundle NAME_OR_FOLDER ...] [--out PATH]

Each reproduction run tests one claim, so runs per hour is claims per hour. For each bundle
(default: pruning_sweep, and the stdlib-only test bundle well_behaved whose short runs show the
overhead clearly), three passes of ``n`` smoke runs (seeds 0..n-1), each into a fresh folder:

- local: ``repro.runner.run_bundle``, one seed after another (what one machine does today);
- ray, serial: ``run_bundle_ray`` with each task asking for every CPU, so tasks run one at a
  time as the local ones do; per-run wall time minus the local one is the overhead of a task
  (submission, scheduling, worker start, the board, shipping the record back);
- ray, parallel: each task asks for one CPU, so the cluster runs as many at once as it has CPUs.

The bundle is copied and sealed into a temporary lock (the repository's lock is not touched).
The cluster is started once (its start-up time is printed, not counted); a warm-up run of each
kind is not counted either. Every run gets one torch thread (OMP_NUM_THREADS=1), so that the
passes differ only in how runs are dispatched. Printed and written to
benchmarks/results/ray_throughput.json with the machine it ran on. On a shared machine other
load moves the seconds-long figures; the stdlib bundle's overhead is the steadier measure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RESULTS = REPO / "benchmarks" / "results" / "ray_throughput.json"


def sealed_copy(bundle: str, root: Path) -> dict:
    """The bundle copied under ``root`` and sealed into a lock there (the repository's lock is
    left alone; a timing needs the code as it is, sealed or not)."""
    import shutil

    from repro import seal as sealing

    folder = REPO / bundle if "/" in bundle else REPO / "repro" / "bundles" / bundle
    shutil.copytree(folder, root / "bundles" / folder.name)
    sealing.seal([folder.name], bundles_root=root / "bundles", lock_path=root / "bundles.lock")
    return {"bundles_root": root / "bundles", "lock_path": root / "bundles.lock"}


def _local(bundle: str, seeds: list[int], runs_dir: Path, store: dict) -> tuple[float, list]:
    from repro.runner import run_bundle

    t0 = time.perf_counter()
    records = run_bundle(bundle, seeds=seeds, runs_dir=runs_dir, **store)
    return time.perf_counter() - t0, records


def _ray(bundle: str, seeds: list[int], runs_dir: Path, store: dict, num_cpus: float) -> tuple[float, list]:
    from repro.ray_backend import RayOptions, run_bundle_ray

    t0 = time.perf_counter()
    records = run_bundle_ray(bundle, seeds=seeds, runs_dir=runs_dir, options=RayOptions(num_cpus=num_cpus), **store)
    return time.perf_counter() - t0, records


def _figures(wall: float, records: list) -> dict:
    bad = [f"{r.run_id[:8]} {r.status}: {r.reason}" for r in records if not r.ok]
    if bad:
        raise SystemExit("runs did not end ok: " + "; ".join(bad))
    inside = [r.duration_s for r in records]
    return {"runs": len(records), "wall_s": round(wall, 3), "wall_per_run_s": round(wall / len(records), 3),
            "runs_per_hour": round(3600 * len(records) / wall, 1),
            "runner_duration_median_s": round(statistics.median(inside), 3)}


def machine() -> dict:
    import ray
    import torch

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cpus": os.cpu_count(), "python": platform.python_version(), "ray": ray.__version__,
            "torch": torch.__version__, "os": f"{platform.system()} {platform.release()}"}


def measure(bundle: str, n: int, temp: Path, cpus: int) -> dict:
    """The three passes for one bundle (name under repro/bundles, or a folder path)."""
    store = sealed_copy(bundle, temp / "store")
    name = Path(bundle).name
    seeds = list(range(n))
    runs = temp / "runs"
    _local(name, [999], runs / "warm-local", store)
    _ray(name, list(range(1000, 1000 + cpus)), runs / "warm-ray", store, 1)  # one warm worker per CPU
    local = _figures(*_local(name, seeds, runs / "local", store))
    serial = _figures(*_ray(name, seeds, runs / "ray-serial", store, cpus))
    parallel = _figures(*_ray(name, seeds, runs / "ray-parallel", store, 1))
    inside = (serial["wall_per_run_s"] - serial["runner_duration_median_s"]) - \
        (local["wall_per_run_s"] - local["runner_duration_median_s"])
    return {"bundle": bundle, "size": "smoke", "device": "cpu", "runs_per_pass": n, "local": local,
            "ray_serial": serial, "ray_parallel": parallel,
            "overhead_per_task_s": round(serial["wall_per_run_s"] - local["wall_per_run_s"], 3),
            "overhead_per_task_outside_runner_s": round(inside, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=6, help="runs per pass (default 6)")
    ap.add_argument("--bundle", action="append",
                    help="bundle name under repro/bundles or folder path; repeatable (default: pruning_sweep, "
                         "and the stdlib-only tests/repro/bundles/well_behaved, whose short runs show the "
                         "overhead clearly)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    import ray

    cpus = os.cpu_count() or 1
    # One torch thread per run everywhere: Ray would otherwise give its workers OMP_NUM_THREADS
    # = the task's CPUs while the local child used every core, and the figures would compare
    # thread counts rather than dispatchers (the child inherits it: repro.runner.ENV_PASSED).
    os.environ["OMP_NUM_THREADS"] = os.environ["MKL_NUM_THREADS"] = "1"
    bundles = args.bundle or ["pruning_sweep", "tests/repro/bundles/well_behaved"]
    results = []
    with tempfile.TemporaryDirectory(prefix="ray-", dir="/tmp") as temp:
        t0 = time.perf_counter()
        ray.init(address="local", num_cpus=cpus, include_dashboard=False, _node_ip_address="127.0.0.1",
                 _temp_dir=temp, log_to_driver=False, configure_logging=False)
        start_s = time.perf_counter() - t0
        try:
            for i, bundle in enumerate(bundles):
                results.append(measure(bundle, args.n, Path(temp) / f"b{i}", cpus))
        finally:
            ray.shutdown()
    print(f"{args.n} smoke runs per pass on the CPU, {cpus} CPUs; local Ray cluster started in {start_s:.1f} s "
          "(not counted)")
    for res in results:
        print(f"{res['bundle']}:")
        for key, label in (("local", "local runner"), ("ray_serial", "ray, one task at a time"),
                           ("ray_parallel", f"ray, {cpus} tasks at once")):
            fig = res[key]
            print(f"  {label:<26} {fig['runs_per_hour']:>8.1f} claims/hour   {fig['wall_per_run_s']:.2f} s/run "
                  f"(runner's own median {fig['runner_duration_median_s']:.2f} s)")
        print(f"  overhead per task (ray one at a time minus local, per run): {res['overhead_per_task_s']:+.2f} s")
    out = {"results": results, "omp_num_threads": 1, "cluster_start_s": round(start_s, 2), "machine": machine(),
           "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "command": "benchmarks/ray_throughput.py " + " ".join(argv if argv is not None else sys.argv[1:])}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
