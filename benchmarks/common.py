"""What the benchmark scripts share: the device and its clock, counting and timing several ways of
doing one piece of work, and writing a figures file with the environment fingerprint.

Scripts import it as ``common`` (``benchmarks/`` is on their ``sys.path``); it imports torch only
inside its functions, so that a script's ``--help`` stays quick.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def op_counter():
    """A context manager counting the tensor operations (aten calls below autograd) run inside it,
    in its ``n``: deterministic, unlike a CPU timing on a shared machine, and the figure that
    matters on a GPU, where each operation of a small model is one kernel launch of a few
    microseconds."""
    from torch.utils._python_dispatch import TorchDispatchMode

    class Counter(TorchDispatchMode):
        def __init__(self):
            super().__init__()
            self.n = 0

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            self.n += 1
            return func(*args, **(kwargs or {}))

    return Counter()


def open_device(name: str):
    """The torch device ``name``, refused as a bundle refuses it when absent; on the CPU one torch
    thread (so that CPU time is one core's work); torch seeded 0."""
    import torch

    from repro.lib.environment import require_device

    device = require_device(name)
    if device.type == "cpu":
        torch.set_num_threads(1)
    torch.manual_seed(0)
    return device


def clock_of(device) -> tuple[Callable[[], float], str]:
    """The clock a benchmark reads on ``device`` and how its report names it. CUDA: wall time after
    a sync. CPU: this process's CPU time, which other processes on a shared machine do not inflate
    the way they inflate wall time (run with one torch thread)."""
    if device.type == "cuda":
        return time.perf_counter, "wall after sync"
    return time.process_time, "process CPU time, 1 torch thread"


def sync(device) -> None:
    """Wait for ``device``'s queued work (CUDA); nothing on the CPU."""
    if device.type == "cuda":
        import torch

        torch.cuda.synchronize(device)


def time_ways(ways: dict[str, Callable[[], object]], device) -> dict[str, dict]:
    """Each way run once, in order: ``{name: {"seconds", "ops", "out"}}`` (``ops``: tensor
    operations dispatched, see :func:`op_counter`; ``out``: what the way returned). Whatever a
    way needs (model copies) is made before, outside the clock."""
    clock, _ = clock_of(device)
    results = {}
    for name, way in ways.items():
        sync(device)
        t0 = clock()
        with op_counter() as counter:
            out = way()
        sync(device)
        results[name] = {"seconds": clock() - t0, "ops": counter.n, "out": out}
    return results


def weights_moved(a_models, b_models, rel_tol: float = 1e-4) -> tuple[float, bool]:
    """(the largest share of a tensor's entries that differ by more than ``rel_tol`` times that
    tensor's largest magnitude, whether every tensor is bitwise identical) between two lists of
    models with the same state-dict layout. A quantised weight that moved to another grid point
    moves by a step (at 8 bits about 1/127 of the range); two ways of computing the same thing may
    differ in the last bit of the dequantised value (a fused multiply-add on one CPU, not on
    another), which is not a move."""
    worst, identical = 0.0, True
    for a_model, b_model in zip(a_models, b_models, strict=True):
        for a, b in zip(a_model.state_dict().values(), b_model.state_dict().values(), strict=True):
            if not a.is_floating_point() or not a.numel():
                continue
            identical = identical and bool(a.equal(b))
            worst = max(worst, float(((a - b).abs() > rel_tol * a.abs().max()).float().mean()))
    return worst, identical


def write_report(report: dict, stem: str, device, out: Path | None = None) -> Path:
    """``report`` with the environment fingerprint, the clock and the time, written as JSON to
    ``out`` (default benchmarks/results/<stem>-<device>.json); returns the path."""
    from repro.lib.environment import fingerprint

    report.update(fingerprint=fingerprint(), clock=clock_of(device)[1],
                  when=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    out = out or REPO / "benchmarks" / "results" / f"{stem}-{device.type}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written {out}")
    return out


def write_figures(record: dict, out: Path, *, before: Path | None = None, keep: tuple[str, ...] = (),
                  indent: int = 1) -> None:
    """``record`` as JSON at ``out``, with the ``keep`` keys of an earlier figures file ``before`` beside
    it as "before" (the same figures of an earlier extractor); says where it wrote."""
    if before is not None:
        earlier = json.loads(before.read_text())
        record["before"] = {k: earlier[k] for k in keep if k in earlier}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=indent, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")
