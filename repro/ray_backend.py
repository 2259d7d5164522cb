"""Reproduction runs as Ray tasks: the same sealed runner, on whichever node has the device.

Past one machine (DESIGN.md, Scale) runs are dispatched as tasks of a Ray cluster rather than
through a home-made queue. ``run_bundle_ray`` takes the arguments of ``repro.runner.run_bundle``
and submits one task per (bundle, seed) that asks for what its device needs (``cuda``: one GPU,
``cpu``: none; ``num_cpus`` either way). The task calls ``run_bundle`` on the worker with a run
id the driver chose, so the seal check, the sandbox and the result files are the local runner's.

Who does what:

- The driver checks the request (bundle, parameters, device) before anything is submitted,
  draws the run ids and calls the hooks: ``on_start`` once per run id before its task is
  submitted, ``on_finish`` once when its outcome is known. A database mirror attached to those
  hooks (``verifier.repro_cli.RunRecorder``) therefore writes one row per run, however often
  its task is retried.
- The worker returns the record, the log and the result files; when the driver's runs folder
  is not the worker's (another machine), the driver writes a copy of the run folder there.
- Retries: Ray resubmits a task whose worker died, up to ``max_retries`` times; the new
  attempt finds the dead attempt's folder, cleans it up and runs afresh under the same id. A
  run that ended failed by itself is a result and is never retried (``retry_exceptions``
  off). When the retries are spent, the run is recorded ``interrupted``.
- Cancellation: ``cancel`` set, or KeyboardInterrupt in the driver, flags the runs on a small
  actor (the board). Tasks that have not begun are ``ray.cancel``-led (the board's handshake
  keeps a task from beginning once flagged); a running task's watcher sets ``run_bundle``'s
  cancel event, which kills the child and records ``interrupted``. A task still going after
  ``cancel_grace_s`` is force-cancelled (its worker killed). Every run ends with a record.
- Progress: workers post attempt starts and progress lines to the board, which the driver
  drains while it waits (``on_progress``, ``on_attempt``).

This module imports ray; nothing else under repro/ needs it.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import ray
from ray import exceptions as ray_errors

from repro import runner
from repro.child import Limits
from repro.errors import BundleError, ReproError, SealMismatch
from repro.manifest import DEVICES, discover, lookup, resolve_params
from repro.records import RunRecord, load_record, write_json_atomic
from repro.seal import BUNDLES_ROOT, LOCK_PATH, REPO_ROOT

Hook = Callable[[RunRecord], None]
AttemptHook = Callable[[RunRecord, int, int, str], None]


@dataclass(frozen=True)
class RayOptions:
    """How runs are dispatched. ``address``: a Ray cluster's ``HOST:PORT`` (or ``ray://``
    address); None connects to RAY_ADDRESS or a cluster already running on this machine, else
    starts a local one. ``init_options`` go to ``ray.init`` (e.g. ``runtime_env``)."""

    address: str | None = None
    max_retries: int = 2
    num_cpus: float = 1.0
    gpus_per_cuda_run: float = 1.0
    cancel_grace_s: float = 30.0
    poll_s: float = 0.2
    init_options: dict = field(default_factory=dict)

    def __post_init__(self):
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise BundleError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        for name in ("num_cpus", "gpus_per_cuda_run", "cancel_grace_s", "poll_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise BundleError(f"{name} must be a number >= 0, got {value!r}")

    def resources(self, device: str) -> dict:
        """What one task asks of the cluster."""
        return {"num_cpus": self.num_cpus, "num_gpus": self.gpus_per_cuda_run if device == "cuda" else 0}


@ray.remote(num_cpus=0)
class Board:
    """The driver's notice board: attempt starts, progress lines and cancellation flags.

    ``begin`` and ``cancel`` run one at a time (an actor's calls are serial), so a run is
    either begun before it was flagged (the driver lets its watcher stop it) or never begins.
    """

    def __init__(self):
        self.events: list[tuple] = []
        self.cancelled: set[str] = set()
        self.begun: set[str] = set()
        self.attempts: dict[str, int] = {}

    def begin(self, run_id: str, pid: int, node: str) -> int:
        """The attempt number of a task starting ``run_id`` (0: it was cancelled, do not run)."""
        if run_id in self.cancelled:
            return 0
        self.begun.add(run_id)
        self.attempts[run_id] = self.attempts.get(run_id, 0) + 1
        self.events.append(("attempt", run_id, self.attempts[run_id], pid, node))
        return self.attempts[run_id]

    def progress(self, run_id: str, fraction: float, message: str) -> None:
        self.events.append(("progress", run_id, fraction, message))

    def drain(self) -> list[tuple]:
        out, self.events = self.events, []
        return out

    def cancel(self, run_ids: list[str]) -> list[str]:
        """Flag runs as cancelled; returns those that have not begun (safe to ray.cancel)."""
        self.cancelled.update(run_ids)
        return [r for r in run_ids if r not in self.begun]

    def is_cancelled(self, run_id: str) -> bool:
        return run_id in self.cancelled


def _payload(record: RunRecord, error: ReproError | None = None) -> dict:
    """A finished run as the driver needs it: record, log and result files (bytes)."""
    folder = Path(record.record_dir or "")
    log = folder / "log.txt"
    files = {rel: (folder / "results" / rel).read_bytes() for rel in record.files
             if (folder / "results" / rel).is_file()}
    return {"record": record.to_json(), "log": log.read_bytes() if log.is_file() else b"", "files": files,
            "error": _error_json(error) if error else None}


def _error_json(exc: ReproError) -> dict:
    return {"type": type(exc).__name__, "message": exc.message, "bundle_id": exc.bundle_id, "hint": exc.hint,
            "changed": list(getattr(exc, "changed", ())), "added": list(getattr(exc, "added", ())),
            "removed": list(getattr(exc, "removed", ()))}


def work(request: dict, run_id: str, board) -> dict:
    """The body of one task, on the worker: ``run_bundle`` for one seed under ``run_id``."""
    attempt = ray.get(board.begin.remote(run_id, os.getpid(), ray.get_runtime_context().get_node_id()))
    if attempt == 0:
        return {"cancelled": True}
    cancel, done = threading.Event(), threading.Event()

    def watch() -> None:
        while not done.wait(0.5):
            try:
                if ray.get(board.is_cancelled.remote(run_id)):
                    cancel.set()
                    return
            except ray_errors.RayError:
                return

    watcher = threading.Thread(target=watch, name=f"board-{run_id[:8]}", daemon=True)
    watcher.start()
    try:
        records = runner.run_bundle(
            request["bundle_id"], seeds=[request["seed"]], run_ids=[run_id], cancel=cancel, recover=False,
            on_progress=lambda _rec, frac, msg: board.progress.remote(run_id, frac, msg),
            **{k: v for k, v in request.items() if k not in ("bundle_id", "seed")},
        )
    except SealMismatch as exc:
        return _payload(exc.record, exc)
    except BundleError as exc:
        return {"record": None, "error": _error_json(exc)}
    finally:
        done.set()
    if not records:
        return {"cancelled": True}
    return _payload(records[0])


_task = ray.remote(work)


def connect(address: str | None = None, **init_options) -> bool:
    """Join the Ray cluster at ``address`` unless this process already has; True if this call
    joined (the caller then leaves with ``ray.shutdown``)."""
    if ray.is_initialized():
        return False
    _reachable(address)
    options = {"log_to_driver": False, "configure_logging": False, **init_options}
    try:
        ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ReproError(f"cannot join the Ray cluster at {address or 'RAY_ADDRESS / this machine'}: {exc}",
                         subject=address or "ray",
                         hint="start one with `ray start --head --port 6379` and pass --address HOST:6379") from exc
    return True


def _reachable(address: str | None, timeout_s: float = 5.0) -> None:
    """Fail fast on a ``HOST:PORT`` nobody answers on (ray.init would retry it for minutes)."""
    if not address or "://" in address or address in ("auto", "local"):
        return
    host, _, port = address.rpartition(":")
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout_s).close()
    except (OSError, ValueError) as exc:
        raise ReproError(f"nothing answers at the Ray address {address} ({exc})", subject=address,
                         hint="check HOST:PORT of the head (`ray start --head --port 6379` prints it)") from exc


def _mirror(runs_dir: Path, payload: dict) -> RunRecord:
    """The driver's copy of a run folder: the worker's own when it wrote into this runs folder."""
    record = RunRecord.from_json(payload["record"])
    here = runs_dir / record.run_id
    if (here / "record.json").is_file():
        return load_record(here / "record.json")
    here.mkdir(parents=True, exist_ok=True)
    (here / "log.txt").write_bytes(payload["log"])
    for rel, data in payload["files"].items():
        target = (here / "results" / rel).resolve()
        if not target.is_relative_to((here / "results").resolve()) or \
                hashlib.sha256(data).hexdigest() != record.files.get(rel):
            raise ReproError(f"result file {rel!r} of run {record.run_id} arrived altered or outside its folder",
                             bundle_id=record.bundle_id, hint="rerun it; check the network between the nodes")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    record = RunRecord.from_json({**record.to_json(), "record_dir": str(here)})
    write_json_atomic(here / "record.json", record.to_json())
    return record


class Dispatch:
    """The tasks of one ``run_bundle_ray`` call, from submission to one record per run."""

    def __init__(self, stubs: list[RunRecord], request: dict, options: RayOptions, runs_dir: Path,
                 on_finish: Hook | None, on_progress, on_attempt: AttemptHook | None):
        self.stubs = {s.run_id: s for s in stubs}
        self.options, self.runs_dir = options, runs_dir
        self.on_finish, self.on_progress, self.on_attempt = on_finish, on_progress, on_attempt
        self.board = Board.remote()
        self.records: dict[str, RunRecord] = {}
        self.errors: list[dict] = []
        self.attempts: dict[str, int] = {}
        self.cancelling = False
        self.force_at = float("inf")
        self.pending = {}
        for stub in stubs:
            ref = _task.options(
                **options.resources(stub.device), max_retries=options.max_retries, retry_exceptions=False,
                name=f"repro {stub.bundle_id} seed {stub.seed}",
            ).remote({**request, "seed": stub.seed}, stub.run_id, self.board)
            self.pending[ref] = stub.run_id

    def cancel(self) -> None:
        """Stop every run not yet finished; each still gets its record."""
        if self.cancelling or not self.pending:
            return
        self.cancelling = True
        self.force_at = time.monotonic() + self.options.cancel_grace_s
        not_begun = set(ray.get(self.board.cancel.remote(list(self.pending.values()))))
        for ref, run_id in self.pending.items():
            if run_id in not_begun:
                ray.cancel(ref, force=False)

    def wait(self, cancel: threading.Event | None = None) -> list[RunRecord]:
        interrupted = False
        while self.pending:
            try:
                ready, _ = ray.wait(list(self.pending), num_returns=1, timeout=self.options.poll_s)
                self._drain()
                for ref in ready:
                    self._settle(ref, self.pending[ref])
                    del self.pending[ref]  # after: an interrupted settle is settled again, once
                if cancel is not None and cancel.is_set():
                    self.cancel()
                if self.cancelling and time.monotonic() > self.force_at:
                    for ref in self.pending:
                        ray.cancel(ref, force=True)
                    self.force_at = float("inf")
            except KeyboardInterrupt:
                interrupted = True
                self.cancel()
        self._drain()
        ray.kill(self.board)
        if interrupted:
            raise KeyboardInterrupt
        return [self.records[run_id] for run_id in self.stubs if run_id in self.records]

    def _drain(self) -> None:
        for event in ray.get(self.board.drain.remote()):
            stub = self.stubs[event[1]]
            if event[0] == "attempt":
                self.attempts[stub.run_id] = event[2]
                if self.on_attempt is not None:
                    self.on_attempt(stub, event[2], event[3], event[4])
            elif self.on_progress is not None:
                self.on_progress(stub, event[2], event[3])

    def _settle(self, ref, run_id: str) -> None:
        stub = self.stubs[run_id]
        try:
            payload = ray.get(ref)
        except ray_errors.TaskCancelledError:
            payload = {"cancelled": True}
        except (ray_errors.WorkerCrashedError, ray_errors.NodeDiedError, ray_errors.OwnerDiedError,
                ray_errors.ObjectLostError) as exc:
            tries = self.attempts.get(run_id, 0)
            why = ("cancelled; its worker was killed after the grace period" if self.cancelling else
                   f"its worker died on each of {tries} attempt(s) (max_retries={self.options.max_retries}); "
                   f"no record came back ({type(exc).__name__})")
            return self._close(stub, "interrupted", why)
        except ray_errors.RayTaskError as exc:
            return self._close(stub, "failed", f"the task raised on the worker: {exc.cause!r}")
        if payload.get("cancelled"):
            return self._close(stub, "interrupted", "cancelled before it started")
        if payload.get("error"):
            self.errors.append(payload["error"])
        if payload.get("record") is None:
            error = payload["error"]
            return self._close(stub, "failed", f"the worker refused the request: {error['message']}")
        self._finished(_mirror(self.runs_dir, payload))

    def _close(self, stub: RunRecord, status: str, reason: str) -> None:
        self._finished(runner.close_run(self.runs_dir, stub, status, reason))

    def _finished(self, record: RunRecord) -> None:
        if record.run_id in self.records:
            return
        self.records[record.run_id] = record
        if self.on_finish is not None:
            self.on_finish(record)


def _raise_first(errors: list[dict], records: list[RunRecord]) -> None:
    if not errors:
        return
    e = errors[0]
    if e["type"] == "SealMismatch":
        exc = SealMismatch(e["message"], bundle_id=e["bundle_id"], hint=e["hint"], changed=tuple(e["changed"]),
                           added=tuple(e["added"]), removed=tuple(e["removed"]))
        exc.record = next((r for r in records if r.status == "refused"), None)
    else:
        exc = BundleError(e["message"], bundle_id=e["bundle_id"], hint=e["hint"])
    exc.records = records
    raise exc


def run_bundle_ray(
    bundle_id: str,
    *,
    size: str = "smoke",
    device: str | None = None,
    params: dict | None = None,
    seeds: int | Iterable[int] = 1,
    bundles_root: Path = BUNDLES_ROOT,
    lock_path: Path = LOCK_PATH,
    runs_dir: Path = runner.DEFAULT_RUNS_DIR,
    source_root: Path = REPO_ROOT,
    limits: Limits | None = None,
    isolate: bool = True,
    work_root: Path | None = None,
    on_start: Hook | None = None,
    on_finish: Hook | None = None,
    on_progress: Callable[[RunRecord, float, str], None] | None = None,
    on_interrupted: Hook | None = None,
    on_attempt: AttemptHook | None = None,
    cancel: threading.Event | None = None,
    options: RayOptions | None = None,
) -> list[RunRecord]:
    """``run_bundle`` with each seed a Ray task; same arguments, same records, same errors.

    Paths are resolved on the driver and used as they are on every node, so each node needs
    the repository at the same path (or a ``runtime_env`` in ``options.init_options``).
    ``on_attempt(stub, attempt, worker_pid, node_id)`` reports each (re)start of a task.
    A bundle that a worker finds changed raises SealMismatch after every run has its record.
    """
    options = options or RayOptions()
    runs_dir = Path(runs_dir).resolve()
    runs_dir.mkdir(parents=True, exist_ok=True)
    runner.recover_interrupted(runs_dir, on_interrupted)
    manifest = lookup(discover(Path(bundles_root), source_root=Path(source_root)), bundle_id)
    resolved = resolve_params(manifest, size, params or {})
    device = device or manifest.device.for_size(size)
    if device not in DEVICES:
        raise BundleError(f"unknown device '{device}'; available: {', '.join(DEVICES)}", bundle_id=bundle_id)
    limits = limits or runner.default_limits(manifest, size)
    stubs = [runner.new_stub(manifest, size, device, resolved, seed, limits, Path(lock_path))
             for seed in runner.seed_list(seeds)]
    request = {"bundle_id": bundle_id, "size": size, "device": device, "params": dict(params or {}),
               "bundles_root": Path(bundles_root).resolve(), "lock_path": Path(lock_path).resolve(),
               "runs_dir": runs_dir, "source_root": Path(source_root).resolve(), "limits": limits,
               "isolate": isolate, "work_root": work_root}
    joined = connect(options.address, **options.init_options)
    try:
        for stub in stubs:
            if on_start is not None:
                on_start(stub)
        dispatch = Dispatch(stubs, request, options, runs_dir, on_finish, on_progress, on_attempt)
        records = dispatch.wait(cancel)
    finally:
        if joined:
            ray.shutdown()
    _raise_first(dispatch.errors, records)
    return records
