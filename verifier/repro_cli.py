"""``verifier repro ...``: the reproduction side's commands, with runs recorded in the database.

The work is done by ``repro`` (stdlib-only, so it also runs alone on a GPU machine as
``python -m repro``); this module adds the database: a run is a ``running`` row when it
starts and is finished exactly once with its terminal status, result, log and fingerprint.
Result files always land under ``<data_dir>/runs/<run_id>/`` as well.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
from pathlib import Path

from verifier.config import Settings
from verifier.errors import BundleError, ReproError, RunFailed, SealMismatch


def _translate(exc):
    """repro's exceptions -> the pipeline's tree (same names, same exit code)."""
    import repro.errors as r

    for theirs, ours in ((r.SealMismatch, SealMismatch), (r.BundleError, BundleError), (r.RunFailed, RunFailed)):
        if isinstance(exc, theirs):
            return ours(exc.message if hasattr(exc, "message") else str(exc), subject=getattr(exc, "bundle_id", None),
                        hint=getattr(exc, "hint", None))
    return ReproError(str(exc), subject=getattr(exc, "bundle_id", None), hint=getattr(exc, "hint", None))


STATEMENT_FILE = "statement.intoto.json"


def write_statement(record) -> Path | None:
    """The run's in-toto Statement v1 (subjects: its result files' digests) beside its record.

    A run that wrote no result files (a failed or refused run) has nothing to attest and gets none.
    """
    from verifier.provenance import intoto_statement

    if not record.record_dir or not record.files:
        return None
    path = Path(record.record_dir) / STATEMENT_FILE
    path.write_text(json.dumps(intoto_statement(record.to_json()), indent=2, sort_keys=True) + "\n")
    return path


class RunRecorder:
    """Hooks for repro.runner.run_bundle that mirror each run into the database."""

    def __init__(self, engine, claim_id: int | None = None, progress=None):
        self.engine = engine
        self.claim_id = claim_id
        self.progress = progress or (lambda msg: None)

    def on_start(self, record) -> None:
        from claims_db import store
        from claims_db.engine import transaction
        from verifier.ingest import storage_errors

        with storage_errors(f"run {record.run_id}"), transaction(self.engine) as s:
            store.start_run(
                s, run_id=record.run_id, bundle_id=record.bundle_id, bundle_version=record.bundle_version,
                seal=record.seal or "unsealed", size=record.size, device=record.device, params=record.params,
                seeds=[record.seed], claim_id=self.claim_id, sandbox=record.sandbox or None,
            )
        self.progress(f"run {record.run_id[:8]}: {record.bundle_id} seed {record.seed} on {record.device} started")

    def on_finish(self, record) -> None:
        from claims_db import store
        from claims_db.engine import transaction
        from claims_db.errors import RunNotFound
        from verifier.ingest import storage_errors

        log_text = None
        result_sha = None
        if record.record_dir:
            log = Path(record.record_dir) / "log.txt"
            if log.exists():
                log_text = log.read_text(errors="replace")
            rec = Path(record.record_dir) / "record.json"
            if rec.exists():
                result_sha = hashlib.sha256(rec.read_bytes()).hexdigest()
        with storage_errors(f"run {record.run_id}"), transaction(self.engine) as s:
            try:
                store.get_run(s, record.run_id)
            except RunNotFound:  # refused before it started: record the refusal too
                store.start_run(
                    s, run_id=record.run_id, bundle_id=record.bundle_id, bundle_version=record.bundle_version,
                    seal=record.seal or "unsealed", size=record.size, device=record.device, params=record.params,
                    seeds=[record.seed], claim_id=self.claim_id, sandbox=record.sandbox or None,
                )
            store.finish_run(
                s, record.run_id, status=record.status, result=record.to_json(), result_sha256=result_sha,
                log_sha256=record.log_sha256, log_text=log_text, fingerprint=record.fingerprint or None,
            )
        write_statement(record)
        tail = f" ({record.reason})" if record.reason else ""
        self.progress(f"run {record.run_id[:8]}: {record.status} in {record.duration_s} s{tail}")

    def on_interrupted(self, record) -> None:
        from claims_db import store
        from claims_db.engine import transaction
        from claims_db.errors import RunImmutable, RunNotFound

        with transaction(self.engine) as s:
            try:
                store.finish_run(s, record.run_id, status="interrupted", result=record.to_json())
            except (RunNotFound, RunImmutable):
                pass


def run(settings: Settings, bundle: str, *, size: str = "smoke", device: str | None = None, params: list[str] = (),
        seeds: int = 1, claim_id: int | None = None, progress=None, backend: str | None = None,
        address: str | None = None, **runner_options):
    """Run a sealed bundle, recording every run; returns the run records.

    ``backend``: ``local`` runs here; ``ray`` runs each seed as a task on the Ray cluster at
    ``address`` (defaults: ``settings.repro_backend``, ``settings.ray_address``). Either way the
    database rows are written here, one per run.
    """
    import repro.errors
    from repro.manifest import parse_assignments
    from verifier.ingest import open_database

    backend = backend or settings.repro_backend
    say = progress or (lambda m: None)
    if backend == "local":
        from repro.runner import run_bundle
    elif backend == "ray":
        try:
            from repro.ray_backend import RayOptions, run_bundle_ray
        except ImportError as exc:
            raise ReproError(f"the ray backend needs the ray package ({exc})", subject="--backend ray",
                             hint="pip install -e '.[ray]', or run with --backend local") from exc

        def run_bundle(*args, **kwargs):
            kwargs.setdefault("options", RayOptions(address=address or settings.ray_address))
            return run_bundle_ray(*args, **kwargs)

        runner_options.setdefault("on_attempt", lambda rec, attempt, pid, node: say(
            f"run {rec.run_id[:8]}: attempt {attempt} on node {node[:8]} (worker pid {pid})"))
    else:
        raise BundleError(f"unknown backend {backend!r}; available: local, ray", subject=str(backend))
    assignments = _with_data_root(settings, bundle, parse_assignments(list(params)))
    recorder = RunRecorder(open_database(settings), claim_id=claim_id, progress=progress)
    try:
        return run_bundle(
            bundle, size=size, device=device, params=assignments, seeds=seeds,
            runs_dir=settings.runs_dir, on_start=recorder.on_start, on_finish=recorder.on_finish,
            on_interrupted=recorder.on_interrupted,
            on_progress=lambda rec, frac, msg: say(f"run {rec.run_id[:8]}: {frac:.0%} {msg}"),
            **runner_options,
        )
    except repro.errors.ReproError as exc:
        raise _translate(exc) from exc


def shipped_manifest(bundle: str):
    """The manifest of a shipped bundle, or None for an unknown or broken one (the runner reports it)."""
    from repro.errors import ReproError as BundleProblem
    from repro.manifest import discover
    from repro.seal import BUNDLES_ROOT

    try:
        return discover(BUNDLES_ROOT).get(bundle)
    except BundleProblem:
        return None


def location_params(bundle: str) -> list[str]:
    """The parameters of a shipped bundle that say where an input lives (``data_root``, ``model``,
    ``model_dir``: manifest ``location``)."""
    manifest = shipped_manifest(bundle)
    return [] if manifest is None else [name for name, spec in manifest.params.items() if spec.location]


def reads_benchmark_files(bundle: str) -> bool:
    """Whether a shipped bundle takes a ``data_root`` parameter (the folder of benchmark files)."""
    return "data_root" in location_params(bundle)


def _with_data_root(settings: Settings, bundle: str, assignments: dict[str, str]) -> dict[str, str]:
    """``assignments`` plus ``data_root`` = the configured benchmark folder, for a bundle that reads
    benchmark files and was given no folder (the sandbox sees no repository to look beside)."""
    if "data_root" in assignments or settings.benchmark_data is None or not reads_benchmark_files(bundle):
        return assignments
    return {**assignments, "data_root": str(settings.benchmark_data)}


def _when(text: str | None):
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def import_runs(settings: Settings, paths, progress=None) -> list:
    """Import run records made elsewhere (the GPU machine) as runs of this database.

    ``repro.tools.import_runs`` checks each record (seal = this checkout's lock, result files and
    log = their digests, result.json = the record, a fingerprint) and copies it under
    ``settings.runs_dir``; each run then becomes one finished row, with the times, status, result,
    log and fingerprint of its record, and gets its in-toto statement. A run already in the
    database is left alone, so importing the same records twice changes nothing. Returns the
    ``repro.tools.import_runs.Imported`` items, ``status`` "imported" for rows added now and
    "already" for runs the database held before.
    """
    import repro.errors
    from claims_db import store
    from claims_db.engine import transaction
    from claims_db.errors import RunNotFound
    from repro.seal import LOCK_PATH
    from repro.tools.import_runs import import_runs as copy_runs
    from verifier.ingest import open_database, storage_errors

    say = progress or (lambda m: None)
    try:
        items = copy_runs(paths, runs_dir=settings.runs_dir, lock_path=LOCK_PATH)
    except repro.errors.ReproError as exc:
        raise _translate(exc) from exc
    engine = open_database(settings)
    out = []
    for item in items:
        record = item.record
        with storage_errors(f"run {record.run_id}"), transaction(engine) as s:
            try:
                store.get_run(s, record.run_id)
                status = "already"
            except RunNotFound:
                store.start_run(
                    s, run_id=record.run_id, bundle_id=record.bundle_id, bundle_version=record.bundle_version,
                    seal=record.seal or "unsealed", size=record.size, device=record.device, params=record.params,
                    seeds=[record.seed], sandbox=record.sandbox or None, started_at=_when(record.started),
                )
                log = item.run_dir / "log.txt"
                store.finish_run(
                    s, record.run_id, status=record.status, result=record.to_json(),
                    result_sha256=item.record_sha256, log_sha256=record.log_sha256,
                    log_text=log.read_text(errors="replace") if log.is_file() else None,
                    fingerprint=record.fingerprint or None, finished_at=_when(record.finished),
                )
                status = "imported"
        if status == "imported":
            write_statement(record)
        say(f"run {record.run_id[:8]}: {record.bundle_id} seed {record.seed} on {record.device}: {status}")
        out.append(dataclasses.replace(item, status=status))
    return out


def dispatch(args: argparse.Namespace, settings: Settings, progress=None) -> int:
    import repro.__main__ as rmain
    import repro.errors
    from repro.seal import BUNDLES_ROOT, LOCK_PATH

    args.bundles_root, args.lock = BUNDLES_ROOT, LOCK_PATH
    args.runs_dir = settings.runs_dir
    try:
        if args.repro_verb == "list":
            return rmain._list(args)
        if args.repro_verb == "seal":
            return rmain._seal(args)
        if args.repro_verb == "show":
            return _show(settings, args)
    except repro.errors.ReproError as exc:
        raise _translate(exc) from exc
    if args.repro_verb == "import":
        items = import_runs(settings, args.paths, progress=progress)
        for item in items:
            r = item.record
            if args.json:
                print(json.dumps({"run_id": r.run_id, "bundle": r.bundle_id, "seed": r.seed, "device": r.device,
                                  "size": r.size, "run_status": r.status, "import": item.status,
                                  "record": str(item.run_dir / "record.json")}))
            else:
                print(f"{item.status:<9} {r.run_id}  {r.bundle_id}  seed {r.seed}  {r.device}  {r.size}  {r.status}")
        return 0
    if args.repro_verb == "run":
        if getattr(args, "claim", None) is not None:
            if args.bundle or args.param:
                raise BundleError("--claim runs the claim's stored plan: give no bundle or --param with it",
                                  subject=f"claim {args.claim}")
            from verifier.verify import swept_plans

            plan = claim_plan(settings, args.claim)
            args.bundle = plan["bundle_id"]
            records = []
            for one in swept_plans(plan):  # a parameter sweep runs every seed at each swept value
                records += run(settings, one["bundle_id"], size=one["size"], device=args.device,
                               params=[f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}"
                                       for k, v in one["params"].items()],
                               seeds=one["seeds"], claim_id=args.claim, progress=progress,
                               backend=getattr(args, "backend", None), address=getattr(args, "address", None))
        elif not args.bundle:
            raise BundleError("name the bundle to run, or --claim ID", hint="`verifier repro list` shows them")
        else:
            records = run(settings, args.bundle, size=args.size, device=args.device, params=args.param,
                          seeds=args.seeds, progress=progress, backend=getattr(args, "backend", None),
                          address=getattr(args, "address", None))
        for r in records:
            if args.json:
                print(json.dumps(r.to_json()))
            else:
                metrics = ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                    for k, v in list(r.metrics.items())[:8])
                print(f"{r.run_id}  {r.bundle_id}  seed {r.seed}  {r.status}  {r.duration_s} s  {metrics}")
                print(f"    record: {Path(r.record_dir or '') / 'record.json'}")
        bad = [r for r in records if not r.ok]
        if bad:
            raise RunFailed(f"{len(bad)} of {len(records)} runs did not end ok ("
                            + ", ".join(f"{r.run_id[:8]}: {r.status} {r.reason or ''}".strip() for r in bad) + ")",
                            subject=args.bundle, hint="the log is stored with the run: `verifier repro show RUN`")
        return 0
    raise BundleError(f"unknown action {args.repro_verb!r}")


def claim_plan(settings: Settings, claim_id: int) -> dict:
    """The newest stored plan of a paper's claim (``verifier match`` makes them)."""
    from sqlalchemy import select

    from claims_db.assessments import PlanRow
    from claims_db.engine import session_factory
    from verifier.errors import NotFound
    from verifier.ingest import open_database, storage_errors

    engine = open_database(settings)
    with storage_errors(f"claim {claim_id}"), session_factory(engine)() as s:
        row = s.scalars(select(PlanRow).where(PlanRow.claim_id == claim_id).order_by(PlanRow.id.desc())).first()
        if row is None:
            raise NotFound("the claim has no plan", subject=f"claim {claim_id}",
                           hint="run `verifier match PAPER` first")
        if row.status != "planned":
            raise NotFound(f"no bundle can test this claim: {row.plan.get('detail', row.category)}",
                           subject=f"claim {claim_id}")
        return dict(row.plan)


def _show(settings: Settings, args) -> int:
    from claims_db import store
    from claims_db.engine import session_factory
    from verifier.ingest import open_database, storage_errors

    engine = open_database(settings)
    with storage_errors(f"run {args.run_id}"), session_factory(engine)() as s:
        run = store.get_run(s, args.run_id)
        data = {
            "id": run.id, "bundle": run.bundle_id, "version": run.bundle_version, "seal": run.seal, "size": run.size,
            "device": run.device, "status": run.status, "params": run.params, "seeds": run.seeds,
            "started_at": run.started_at.isoformat(), "finished_at": run.finished_at.isoformat() if run.finished_at else None,
            "result_sha256": run.result_sha256, "log_sha256": run.log_sha256, "fingerprint": run.fingerprint,
            "metrics": (run.result or {}).get("metrics"), "reason": (run.result or {}).get("reason"),
        }
        log_tail = (run.log_text or "")[-2000:]
    if args.json:
        print(json.dumps(data, indent=2, default=str))
    else:
        for k, v in data.items():
            print(f"{k:>14}: {json.dumps(v, default=str) if isinstance(v, (dict, list)) else v}")
        if log_tail:
            print("--- log (tail) ---")
            print(log_tail)
    return 0
