"""Run a sealed bundle: seal check, read-only copy, confined child, checked result, record.

``run_bundle`` is the one entry point (the command line and ``verifier repro run`` wrap it).
Per seed it:

1. checks the bundle against its seal (a mismatch writes a ``refused`` record and raises
   SealMismatch naming the files);
2. copies the sealed files into a fresh folder, re-hashes the copy against the lock, and
   makes it read-only; makes a scratch folder holding ``params.json`` and ``out/``;
3. runs the launcher there through ``repro.child.run_child`` (scrubbed environment, limits,
   namespaces; see repro/sandbox.py);
4. builds the RunRecord from its own observations, accepting result.json's content only when
   it agrees with them, and writes ``<runs_dir>/<run_id>/`` (log.txt, results/, then
   record.json atomically; the ``running`` marker goes last).

A runner killed with SIGKILL leaves a run folder with a ``running`` marker and no record; the
next ``run_bundle`` (or ``recover_interrupted``) marks it ``interrupted``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from repro import child as child_mod
from repro import environment
from repro.child import Limits, Outcome
from repro.errors import BundleError, SealMismatch
from repro.manifest import DEVICES, Manifest, discover, lookup, resolve_params
from repro.records import RunRecord, check_outputs, check_result, load_record, write_json_atomic
from repro.recovery import (  # noqa: F401 (close_run, recover_interrupted: the dispatchers' entry points)
    RUNNING,
    Hook,
    close_run,
    finished_record,
    iso,
    now,
    proc_start,
    recover_interrupted,
    resume_folder,
    rmtree,
)
from repro.seal import BUNDLES_ROOT, LOCK_PATH, REPO_ROOT, digest_files, read_lock, sealed_sources, verify_manifest

DEFAULT_RUNS_DIR = Path(".data") / "runs"
#: The parent's variables a run sees. OMP_WAIT_POLICY=PASSIVE is for a CPU shared with other work: OpenMP's
#: threads then sleep at a barrier instead of spinning (gptq_vs_rtn at small size, seed 0: 11 s alone and
#: 63 s beside another 2-thread job with the default policy, 19 s and 21 s with PASSIVE); it changes no number.
ENV_PASSED = ("PATH", "LANG", "CUDA_VISIBLE_DEVICES", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OMP_WAIT_POLICY")
#: The threads a CPU run computes with unless the caller sets OMP_NUM_THREADS: a reduction split over
#: another number of threads adds in another order, and a small model trained from the same seed
#: then ends elsewhere (pruning_sweep at small size, seed 0: Wanda's exact match at 50% sparsity is
#: 0.576 with 2 threads, 0.342 with 1). Pinned, a CPU run's numbers do not depend on the host's cores.
CPU_THREADS = 2
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: The user name a run sees (its uid has no passwd entry).
RUN_USER = "repro-run"


def default_limits(manifest: Manifest, size: str) -> Limits:
    expected = manifest.expected_seconds.get(size, 60.0)
    return Limits(wall_seconds=max(120.0, 10.0 * expected))


def child_env(scratch: Path, seed: int, device: str = "cpu") -> dict[str, str]:
    """The child's whole environment: an allow-list, nothing else of the parent's.

    A CPU run gets ``CPU_THREADS`` threads (OMP_NUM_THREADS, and MKL_NUM_THREADS alike) unless the
    caller set OMP_NUM_THREADS; a CUDA run keeps the library's default (one thread per core).

    The run's uid is fresh and has no passwd entry, so ``USER`` and ``LOGNAME`` name it for
    ``getpass.getuser()`` (torch.optim imports torch._dynamo, whose cache folder asks for the user
    name: without these every training bundle died at its optimiser on the GPU machine), and the
    compilers' caches (TorchInductor, Triton) live in the scratch folder like everything else.
    """
    env = {k: os.environ[k] for k in ENV_PASSED if k in os.environ}
    env.setdefault("PATH", os.defpath)
    env.setdefault("LANG", "C.UTF-8")
    if device == "cpu":
        threads = env.get("OMP_NUM_THREADS") or str(CPU_THREADS)
        for name in THREAD_VARS:
            env.setdefault(name, threads)
    env.update(HOME=str(scratch), TMPDIR=str(scratch), PYTHONHASHSEED=str(seed % 2**32), USER=RUN_USER,
               LOGNAME=RUN_USER, TORCHINDUCTOR_CACHE_DIR=str(scratch / ".cache" / "torchinductor"),
               TRITON_CACHE_DIR=str(scratch / ".cache" / "triton"))
    return env


def thread_settings(env: dict[str, str]) -> dict[str, str]:
    """What a run's environment says of its CPU threads (a variable left unset: the library's
    default, one thread per core)."""
    return {name: env.get(name, "unset") for name in THREAD_VARS}


def python_argv(code_dir: Path, scratch: Path) -> list[str]:
    """``-P -s -B`` rather than ``-I``: -I would also ignore PYTHONHASHSEED; the environment is
    already an allow-list, so -E (the rest of -I) has nothing left to ignore."""
    flags = ["-P", "-s", "-B"] if sys.version_info >= (3, 11) else ["-I", "-B"]
    return [sys.executable, *flags, str(code_dir / "repro" / "launch.py"), "--request", str(scratch / "params.json"),
            "--out", str(scratch / "out"), "--fingerprint-fd", "{fp_fd}"]


def _copy_sealed(manifest: Manifest, source_root: Path, code_dir: Path, expected: dict[str, str]) -> None:
    """Copy the sealed files, check the copy against the lock, make it read-only."""
    for logical, src in sealed_sources(manifest, source_root).items():
        dst = code_dir / logical
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    copied = {p.relative_to(code_dir).as_posix(): p for p in code_dir.rglob("*") if p.is_file()}
    if digest_files(copied) != expected:
        raise SealMismatch(f"the copy of bundle '{manifest.id}' differs from its seal (changed while copying)",
                           bundle_id=manifest.id, hint="retry; if it persists, check what edits the bundle")
    for path in sorted(code_dir.rglob("*"), reverse=True):
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
    os.chmod(code_dir, 0o555)


def _status(outcome: Outcome, limits: Limits, helper_error: str | None) -> tuple[str, str | None]:
    if outcome.timed_out:
        return "timeout", f"wall-clock limit of {limits.wall_seconds:g} s reached; every process was killed"
    if outcome.signal is not None:
        import signal as signals

        name = signals.Signals(outcome.signal).name if outcome.signal in signals.valid_signals() else str(outcome.signal)
        why = ""
        if outcome.signal in (signals.SIGKILL, signals.SIGXCPU) and limits.cpu_seconds and \
                outcome.cpu_seconds >= 0.9 * limits.cpu_seconds:
            why = f" (CPU-time limit of {limits.cpu_seconds:g} s)"
        elif outcome.signal == signals.SIGXFSZ:
            why = f" (file-size limit of {limits.max_file_bytes} bytes)"
        return "killed", f"killed by {name}{why}"
    if outcome.exit_code == 4:
        return "killed", f"memory limit reached (MemoryError under RLIMIT_AS = {limits.memory_bytes} bytes)"
    if outcome.exit_code == 126 and helper_error:
        return "failed", helper_error
    if outcome.exit_code != 0:
        return "failed", f"exit code {outcome.exit_code}; see the log"
    return "ok", None


def _judge(bundle_id: str, seed: int, device: str, outcome: Outcome, out_dir: Path, started: float,
           limits: Limits) -> tuple[str, str | None, dict, dict, list]:
    """(status, reason, clean result, fingerprint, accepted files) from observations + result.json."""
    status, reason = _status(outcome, limits, outcome.sandbox.get("error"))
    try:
        fingerprint = json.loads(outcome.fingerprint or b"{}")
    except ValueError:
        fingerprint = {"error": "unreadable fingerprint"}
    files, problems = check_outputs(out_dir, started, limits.max_result_bytes)
    clean: dict = {"metrics": {}, "curves": {}, "tables": {}, "notes": []}
    payload = None
    if (out_dir / "result.json").is_file() and not (out_dir / "result.json").is_symlink():
        try:
            payload = json.loads((out_dir / "result.json").read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"result.json is not valid JSON: {exc}")
    if isinstance(payload, dict):
        if payload.get("bundle") != bundle_id:
            problems.append(f"result.json names bundle {payload.get('bundle')!r}, the run was of {bundle_id!r}")
        if payload.get("seed") != seed or payload.get("device") != device:
            problems.append(f"result.json claims seed {payload.get('seed')!r} on {payload.get('device')!r}, "
                            f"the run had seed {seed} on {device!r}")
        if payload.get("status") == "ok" and status != "ok":
            problems.append(f"result.json claims status ok, but the run ended: {reason}")
        if payload.get("fingerprint") != fingerprint:
            problems.append("result.json carries a fingerprint other than the one the launcher reported")
        clean, shape = check_result(payload.get("result"))
        problems += shape
    elif status == "ok":
        problems.append("the run wrote no result.json object")
    wrong = environment.disagreements(fingerprint, environment.fingerprint())
    if wrong:
        problems.append("the fingerprint disagrees with this machine: " + "; ".join(wrong))
    if status == "ok" and problems:
        status, reason = "failed", "forged or invalid result: " + "; ".join(problems)
    elif problems:
        reason = f"{reason}; also: " + "; ".join(problems)
    if status != "ok":
        clean = {"metrics": {}, "curves": {}, "tables": {}, "notes": clean["notes"] if status == "ok" else []}
    return status, reason, clean, fingerprint, files


def _store(run_dir: Path, record: RunRecord, log: bytes, files: list) -> RunRecord:
    (run_dir / "log.txt").write_bytes(log)
    hashes = {}
    for rel, path in files:
        dst = run_dir / "results" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "rb") as src, open(dst, "wb") as out:
            h = hashlib.sha256()
            for block in iter(lambda: src.read(1 << 20), b""):
                h.update(block)
                out.write(block)
        hashes[rel] = h.hexdigest()
    record = RunRecord.from_json({**record.to_json(), "files": hashes, "record_dir": str(run_dir)})
    write_json_atomic(run_dir / "record.json", record.to_json())
    (run_dir / RUNNING).unlink(missing_ok=True)
    return record


def seed_list(seeds: int | Iterable[int]) -> list[int]:
    """The seeds a ``seeds`` argument names: a count N for 0..N-1, or a list of integers >= 0."""
    if isinstance(seeds, bool):
        raise BundleError(f"seeds must be a count or a list of integers, got {seeds!r}")
    if isinstance(seeds, int):
        if seeds < 1:
            raise BundleError(f"seeds must be at least 1, got {seeds}", hint="--seeds N runs seeds 0..N-1")
        return list(range(seeds))
    out = list(seeds)
    if not out or not all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in out):
        raise BundleError(f"seeds must be non-negative integers, got {out!r}")
    return out


def run_bundle(
    bundle_id: str,
    *,
    size: str = "smoke",
    device: str | None = None,
    params: dict | None = None,
    seeds: int | Iterable[int] = 1,
    bundles_root: Path = BUNDLES_ROOT,
    lock_path: Path = LOCK_PATH,
    runs_dir: Path = DEFAULT_RUNS_DIR,
    source_root: Path = REPO_ROOT,
    limits: Limits | None = None,
    isolate: bool = True,
    work_root: Path | None = None,
    on_start: Hook | None = None,
    on_finish: Hook | None = None,
    on_progress: Callable[[RunRecord, float, str], None] | None = None,
    on_interrupted: Hook | None = None,
    run_ids: Sequence[str] | None = None,
    cancel: threading.Event | None = None,
    recover: bool = True,
) -> list[RunRecord]:
    """Run one bundle once per seed (``seeds``: a count N for seeds 0..N-1, or a list).

    Returns the records (status ok, failed, killed or timeout: a failed run is a result, not
    an exception). Raises BundleError for bad names or parameters before anything runs, and
    SealMismatch (after writing a ``refused`` record, which ``exc.record`` holds) when the
    bundle differs from its seal. ``isolate=False`` turns the namespaces and the uid change
    off (for tests of the fallback path; the record says so).

    ``run_ids`` (one uuid per seed) fixes the run ids instead of drawing new ones, so that a
    dispatcher that retries a lost task gets the same run back: an id whose record exists
    returns that record without running again (hooks are not called again), and an id whose
    folder a dead runner left is cleaned up and run afresh. ``cancel``, once set, kills the
    running child (its record says ``interrupted``, reason "cancelled") and starts no more seeds.
    ``recover=False`` leaves other folders of dead runners alone (a worker of a dispatcher,
    whose sibling runs may be waiting for a retry).
    """
    runs_dir = Path(runs_dir).resolve()
    runs_dir.mkdir(parents=True, exist_ok=True)
    seeds_run = seed_list(seeds)
    ids = _run_ids(run_ids, len(seeds_run), bundle_id)
    if recover:
        recover_interrupted(runs_dir, on_interrupted, skip=[i for i in ids if i])
    manifest = lookup(discover(Path(bundles_root), source_root=Path(source_root)), bundle_id)
    resolved = resolve_params(manifest, size, params or {})
    device = device or manifest.device.for_size(size)
    if device not in DEVICES:
        raise BundleError(f"unknown device '{device}'; available: {', '.join(DEVICES)}", bundle_id=bundle_id)
    limits = limits or default_limits(manifest, size)
    records = []
    for seed, run_id in zip(seeds_run, ids):
        if cancel is not None and cancel.is_set():
            break
        records.append(_run_one(manifest, size, device, resolved, seed, limits, runs_dir, Path(source_root),
                                Path(lock_path), isolate, work_root, on_start, on_finish, on_progress,
                                run_id=run_id, cancel=cancel))
    return records


def _run_ids(run_ids: Sequence[str] | None, count: int, bundle_id: str) -> list[str | None]:
    if run_ids is None:
        return [None] * count
    ids = list(run_ids)
    try:
        canonical = [str(uuid.UUID(str(i))) for i in ids]
    except ValueError:
        canonical = []
    if len(ids) != count or canonical != ids or len(set(ids)) != count:
        raise BundleError(f"run_ids must be {count} distinct lower-case uuids, one per seed; got {ids!r}",
                          bundle_id=bundle_id, hint="leave run_ids out to draw new ones")
    return ids


def new_stub(manifest: Manifest, size: str, device: str, params: dict, seed: int, limits: Limits,
             lock_path: Path, run_id: str | None = None, started_at: datetime | None = None) -> RunRecord:
    """The ``running`` record of a run about to start (what ``on_start`` receives)."""
    entry = read_lock(lock_path).get(manifest.id)
    return RunRecord(run_id=run_id or str(uuid.uuid4()), bundle_id=manifest.id, bundle_version=manifest.version,
                     seal=entry.seal if entry else None, size=size, device=device, params=params, seed=seed,
                     status="running", started=iso(started_at or now()), limits=_limits_json(limits, device))


def _run_one(manifest, size, device, params, seed, limits, runs_dir, source_root, lock_path, isolate, work_root,
             on_start, on_finish, on_progress, run_id=None, cancel=None) -> RunRecord:
    run_id = run_id or str(uuid.uuid4())
    run_dir = runs_dir / run_id
    if run_dir.exists():
        done = resume_folder(run_dir)
        if done is not None:
            return done
    started_at = now()
    run_dir.mkdir()
    entry = read_lock(lock_path).get(manifest.id)
    stub = new_stub(manifest, size, device, params, seed, limits, lock_path, run_id, started_at)
    owner = {"pid": os.getpid(), "start": proc_start(os.getpid())}
    write_json_atomic(run_dir / RUNNING, {**stub.to_json(), "owner": owner})
    if on_start is not None:
        on_start(stub)
    try:
        verify_manifest(manifest, lock_path=lock_path, source_root=source_root)
    except SealMismatch as exc:
        record = _store(run_dir, finished_record(stub, started_at, "refused", exc.one_line()), b"", [])
        if on_finish is not None:
            on_finish(record)
        exc.record = record
        raise
    work = Path(tempfile.mkdtemp(prefix=f"repro-{run_id[:8]}-", dir=work_root))
    write_json_atomic(run_dir / RUNNING, {**stub.to_json(), "owner": {**owner, "work": str(work)}})
    try:
        os.chmod(work, 0o711)
        code_dir, scratch = work / "code", work / "scratch"
        code_dir.mkdir()
        scratch.mkdir(mode=0o700)
        (scratch / "out").mkdir()
        try:
            _copy_sealed(manifest, source_root, code_dir, dict(entry.files))
        except SealMismatch as exc:
            record = _store(run_dir, finished_record(stub, started_at, "refused", exc.one_line()), b"", [])
            if on_finish is not None:
                on_finish(record)
            exc.record = record
            raise
        request = {"bundle": manifest.id, "params": params, "seed": seed, "device": device, "size": size,
                   "library": list(manifest.library)}
        (scratch / "params.json").write_text(json.dumps(request, indent=1, sort_keys=True))

        def on_line(line: str) -> None:
            if on_progress is not None and line.startswith("[progress "):
                head, _, msg = line.partition("] ")
                try:
                    on_progress(stub, float(head[len("[progress "):].rstrip("]")), msg)
                except ValueError:
                    pass

        start_epoch = time.time()
        stopper = _Stopper(run_id, cancel)
        env = child_env(scratch, seed, device)
        try:
            outcome = child_mod.run_child(python_argv(code_dir, scratch), env=env,
                                          scratch=scratch, code_dir=code_dir, limits=limits, device=device,
                                          marker=run_id, isolate=isolate, on_line=on_line)
        except KeyboardInterrupt:
            child_mod.kill_marked(run_id)
            record = _store(run_dir, finished_record(stub, started_at, "interrupted", "interrupted (KeyboardInterrupt); "
                                             "every process of the run was killed"), b"", [])
            if on_finish is not None:
                on_finish(record)
            raise
        finally:
            stopper.close()
        status, reason, clean, fingerprint, files = _judge(manifest.id, seed, device, outcome, scratch / "out",
                                                           start_epoch, limits)
        if stopper.fired:
            status, reason = "interrupted", "cancelled while running; every process of the run was killed"
            clean = {"metrics": {}, "curves": {}, "tables": {}, "notes": []}
        sandbox = dict(outcome.sandbox)
        sandbox["network_isolation"] = sandbox.pop("network", "none: not reported")
        sandbox["threads"] = thread_settings(env)
        record = finished_record(stub, started_at, status, reason, exit_code=outcome.exit_code, signal=outcome.signal,
                         cpu_seconds=round(outcome.cpu_seconds, 3), max_rss_bytes=outcome.max_rss_bytes,
                         fingerprint=fingerprint, sandbox=sandbox, log_bytes=len(outcome.log),
                         log_sha256=hashlib.sha256(outcome.log).hexdigest(), **clean)
        record = _store(run_dir, record, outcome.log, files if status == "ok" else [])
    finally:
        rmtree(work)
    if on_finish is not None:
        on_finish(record)
    return record


class _Stopper:
    """Watches a cancel event during one run and kills the run's processes when it is set."""

    def __init__(self, run_id: str, cancel: threading.Event | None):
        self.run_id, self.cancel, self.fired = run_id, cancel, False
        self._done = threading.Event()
        self._thread = None
        if cancel is not None:
            self._thread = threading.Thread(target=self._watch, name=f"cancel-{run_id[:8]}", daemon=True)
            self._thread.start()

    def _watch(self) -> None:
        while not self.cancel.wait(0.1):
            if self._done.is_set():
                return
        if self._done.is_set():
            return
        self.fired = True
        while True:  # a process may still be starting: kill until the run has ended
            child_mod.kill_marked(self.run_id)
            if self._done.wait(0.2):
                return

    def close(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def _limits_json(limits: Limits, device: str) -> dict:
    data = {k: getattr(limits, k) for k in limits.__dataclass_fields__}
    if device != "cpu":
        data["memory_bytes"] = None
        data["memory_note"] = "RLIMIT_AS is not applied to CUDA runs (the driver reserves huge virtual memory)"
    return data


def find_record(runs_dir: Path, run: str) -> RunRecord:
    """The record of a run id (or a unique prefix of one) under ``runs_dir``."""
    runs_dir = Path(runs_dir)
    matches = sorted(p for p in runs_dir.glob(f"{run}*") if (p / "record.json").is_file()) if run else []
    if len(matches) != 1:
        found = "no run" if not matches else f"{len(matches)} runs"
        raise BundleError(f"{found} under {runs_dir} match '{run}'", subject=run,
                          hint="give the full run id printed by `python -m repro run`")
    return load_record(matches[0] / "record.json")
