"""The launcher: the first code a run's child executes, from the run's read-only sealed copy.

    python -I -B <copy>/repro/launch.py --request <scratch>/params.json --out <scratch>/out
                                        [--fingerprint-fd N]

It refuses AF_INET/AF_INET6 sockets (a courtesy against accidents, not a security boundary:
the network namespace is the boundary), writes the environment fingerprint to the runner's
pipe and closes it *before* any bundle code runs, seeds ``random``, imports the bundle's
main.py, calls ``run(params, ctx)`` and writes ``<out>/result.json``. The runner trusts none of
result.json blindly: it checks it against what it observed itself.

Exit codes: 0 ok, 1 the bundle raised (traceback in the log), 2 bad request, 3 the result is
not JSON or not a dict, 4 MemoryError (the memory limit).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sys
import time
import traceback
from pathlib import Path

COPY_ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_RAISED, EXIT_REQUEST, EXIT_RESULT, EXIT_MEMORY = 0, 1, 2, 3, 4


class _NoNetSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (socket.AF_INET, socket.AF_INET6, -1):
            raise PermissionError("network access is disabled in reproduction runs")
        super().__init__(family, type, proto, fileno)


def block_network() -> None:
    socket.socket = _NoNetSocket


class Context:
    """What a bundle's run() gets: device, seed, out_dir, log() and progress()."""

    def __init__(self, device: str, seed: int, out_dir: Path):
        self.device = device
        self.seed = seed
        self.out_dir = out_dir
        self._started = time.monotonic()

    def log(self, msg: str) -> None:
        print(str(msg), flush=True)

    def progress(self, frac: float, msg: str = "") -> None:
        frac = min(max(float(frac), 0.0), 1.0)
        print(f"[progress {frac:.3f}] {msg}".rstrip(), flush=True)


def _fingerprint(library: list[str]) -> dict:
    try:
        if "repro/lib/environment.py" in library and (COPY_ROOT / "repro" / "lib" / "environment.py").is_file():
            from repro.lib.environment import fingerprint
        else:
            from repro.environment import fingerprint
        return fingerprint()
    except Exception as exc:  # noqa: BLE001 - a broken fingerprint is reported, not fatal here
        return {"error": f"{type(exc).__name__}: {exc}"}


def _send_fingerprint(fd: int | None, facts: dict) -> None:
    if fd is None:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(facts, sort_keys=True, default=str).encode())
    except OSError:
        pass


def _load_bundle(bundle_id: str):
    import importlib.util

    folder = COPY_ROOT / "repro" / "bundles" / bundle_id
    sys.path.insert(1, str(folder))
    spec = importlib.util.spec_from_file_location(f"repro_bundle_{bundle_id.replace('-', '_').replace('.', '_')}",
                                                  folder / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "run", None)):
        raise TypeError(f"bundle {bundle_id}: main.py defines no run(params, ctx)")
    return module


def _write_result(out: Path, payload: dict) -> None:
    tmp = out / ".result.json.tmp"
    tmp.write_text(json.dumps(payload, sort_keys=True, allow_nan=False, indent=1))
    os.replace(tmp, out / "result.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="launch.py")
    parser.add_argument("--request", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--fingerprint-fd", type=int, default=None)
    args = parser.parse_args(argv)
    block_network()
    try:
        request = json.loads(Path(args.request).read_text())
        bundle_id, params = str(request["bundle"]), dict(request["params"])
        seed, device, library = int(request["seed"]), str(request["device"]), list(request.get("library", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"launch: bad request {args.request}: {exc}", file=sys.stderr, flush=True)
        return EXIT_REQUEST
    facts = _fingerprint(library)
    _send_fingerprint(args.fingerprint_fd, facts)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(seed)
    ctx = Context(device, seed, out)
    try:
        module = _load_bundle(bundle_id)
        result = module.run(params, ctx)
    except MemoryError:
        traceback.print_exc()
        print("launch: MemoryError: the run hit its memory limit", file=sys.stderr, flush=True)
        return EXIT_MEMORY
    except BaseException:  # noqa: BLE001 - SystemExit and KeyboardInterrupt from a bundle are failures too
        traceback.print_exc()
        sys.stderr.flush()
        return EXIT_RAISED
    if not isinstance(result, dict):
        print(f"launch: run() returned {type(result).__name__}, expected a dict", file=sys.stderr, flush=True)
        return EXIT_RESULT
    payload = {"bundle": bundle_id, "status": "ok", "seed": seed, "device": device, "fingerprint": facts,
               "result": result}
    try:
        _write_result(out, payload)
    except (TypeError, ValueError) as exc:
        print(f"launch: the result is not JSON (no NaN/inf, plain types only): {exc}", file=sys.stderr, flush=True)
        return EXIT_RESULT
    return EXIT_OK


if __name__ == "__main__":
    sys.path.insert(0, str(COPY_ROOT))
    sys.exit(main())
