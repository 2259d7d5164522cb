"""Bring run records made on another machine (the GPU machine) into this checkout's runs folder, checked.

    python -m repro.tools.import_runs PATH... [--runs-dir .data/runs] [--lock repro/bundles.lock] [--json]

PATH is a run folder (one holding ``record.json``), a folder of run folders, or a ``.tar.gz`` of
them (``tools/gpu_session.sh`` packs the GPU machine's runs that way). Each run is checked before
anything is copied, and the whole import is refused when one run fails a check:

- the record is a terminal RunRecord of this record format, with a uuid run id;
- its seal is the one this checkout's lock holds for its bundle (a run of other code than the
  code sealed here is not evidence about it) and its bundle version agrees;
- every result file the record lists is there with the sha256 the record gives, and the log
  matches ``log_sha256`` / ``log_bytes`` (a record edited after its run, or files swapped, is refused);
- an ``ok`` run's ``result.json`` names the same bundle, seed and device, carries the same
  environment fingerprint, and its metrics are the record's; a CUDA run's fingerprint names a GPU.

A checked run is copied to ``<runs-dir>/<run_id>/`` (record.json byte for byte, log.txt, and the
listed result files under results/). A run already there with the same record.json is left as it
is (importing twice is a no-op); a different record under the same run id is refused. Standard
library only, like the rest of ``repro`` outside the bundles' torch code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tarfile
import tempfile
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from repro.errors import ReproError, SealMismatch
from repro.records import RECORD_FORMAT, RunRecord
from repro.seal import LOCK_PATH, read_lock

TERMINAL = ("ok", "failed", "killed", "timeout", "refused", "interrupted")
RECORD = "record.json"
LOG = "log.txt"
MAX_DEPTH = 4


@dataclass(frozen=True)
class Imported:
    """One run of an import: its record (``record_dir`` = the local folder), where it came from,
    and ``status``: "imported" (copied now) or "already" (the same record was already here)."""

    record: RunRecord
    record_sha256: str
    run_dir: Path
    source: str
    status: str


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _tampered(run_dir: Path, what: str, bundle_id: str | None = None) -> ReproError:
    return ReproError(f"the run in {run_dir} does not match its own record: {what}", bundle_id=bundle_id,
                      subject=str(run_dir),
                      hint="fetch the records again from the machine that ran them; a record or result file "
                           "changed after the run is not evidence")


def _safe_rel(rel: str) -> bool:
    path = PurePosixPath(rel)
    return bool(rel) and not path.is_absolute() and ".." not in path.parts and "\\" not in rel


def _load(run_dir: Path) -> tuple[RunRecord, dict]:
    try:
        data = json.loads((run_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ReproError(f"{run_dir / RECORD} is not a readable JSON record: {exc}", subject=str(run_dir),
                         hint="give run folders as `python -m repro run` writes them") from None
    if not isinstance(data, dict):
        raise ReproError(f"{run_dir / RECORD} holds a {type(data).__name__}, not a record object",
                         subject=str(run_dir))
    try:
        record = RunRecord.from_json(data)
    except (TypeError, ValueError) as exc:
        raise ReproError(f"{run_dir / RECORD} is not a run record: {exc}", subject=str(run_dir)) from None
    return record, data


def _check_result_json(run_dir: Path, record: RunRecord) -> None:
    try:
        payload = json.loads((run_dir / "results" / "result.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise _tampered(run_dir, f"results/result.json is unreadable ({exc})", record.bundle_id) from None
    said = (payload.get("bundle"), payload.get("seed"), payload.get("device"))
    if said != (record.bundle_id, record.seed, record.device):
        raise _tampered(run_dir, f"result.json is of bundle/seed/device {said}, the record of "
                                 f"{(record.bundle_id, record.seed, record.device)}", record.bundle_id)
    if payload.get("fingerprint") != record.fingerprint:
        raise _tampered(run_dir, "the environment fingerprint in result.json differs from the record's", record.bundle_id)
    result = payload.get("result") if isinstance(payload.get("result"), dict) else {}
    metrics = result.get("metrics") if isinstance(result.get("metrics"), dict) else {}
    finite = {k: v for k, v in metrics.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
              and math.isfinite(v)}
    if finite != record.metrics:
        changed = sorted(set(finite) ^ set(record.metrics) | {k for k in finite if record.metrics.get(k) != finite[k]})
        raise _tampered(run_dir, f"metrics differ between result.json and the record: {', '.join(changed[:6])}",
                        record.bundle_id)


def check_run(run_dir: Path, lock_path: Path = LOCK_PATH) -> tuple[RunRecord, str]:
    """(record, sha256 of record.json) of a run folder that passes every check; raises otherwise.

    SealMismatch when the record's seal is not the lock's for its bundle; ReproError naming the
    file and the mismatch for a damaged or tampered run.
    """
    run_dir = Path(run_dir)
    record, data = _load(run_dir)
    try:
        canonical = str(uuid.UUID(record.run_id))
    except (ValueError, AttributeError, TypeError):
        canonical = None
    if canonical != record.run_id:
        raise ReproError(f"run id {record.run_id!r} in {run_dir / RECORD} is not a lower-case uuid",
                         subject=str(run_dir))
    if data.get("format") != RECORD_FORMAT:
        raise ReproError(f"record format {data.get('format')!r} in {run_dir / RECORD}; this checkout reads "
                         f"format {RECORD_FORMAT}", subject=str(run_dir), hint="import with the matching checkout")
    if record.status not in TERMINAL:
        raise ReproError(f"run {record.run_id} is {record.status!r}, not finished; only terminal runs are records",
                         bundle_id=record.bundle_id, subject=str(run_dir), hint="wait for the run to end")
    entry = read_lock(lock_path).get(record.bundle_id)
    if entry is None:
        raise SealMismatch(f"run {record.run_id} is of bundle '{record.bundle_id}', which has no seal in {lock_path}",
                           bundle_id=record.bundle_id, hint="import into the checkout the run was made from")
    if record.seal != entry.seal or record.bundle_version != entry.version:
        raise SealMismatch(
            f"run {record.run_id} of '{record.bundle_id}' was made with seal {record.seal} (version "
            f"{record.bundle_version}); this checkout's lock holds {entry.seal} (version {entry.version})",
            bundle_id=record.bundle_id,
            hint="the bundle or a library file it uses changed since the run: import into the commit whose "
                 "lock holds that seal, or run the bundle again")
    for rel, digest in sorted(record.files.items()):
        if not _safe_rel(rel):
            raise _tampered(run_dir, f"the record lists a result file outside its folder: {rel!r}", record.bundle_id)
        path = run_dir / "results" / rel
        if not path.is_file() or path.is_symlink():
            raise _tampered(run_dir, f"result file results/{rel} is missing (or not a plain file)", record.bundle_id)
        actual = _sha256(path)
        if actual != digest:
            raise _tampered(run_dir, f"results/{rel} has sha256 {actual}, the record says {digest}", record.bundle_id)
    log = run_dir / LOG
    if log.is_file() and record.log_sha256 is not None:
        if _sha256(log) != record.log_sha256 or log.stat().st_size != record.log_bytes:
            raise _tampered(run_dir, "log.txt differs from the log_sha256 / log_bytes of the record", record.bundle_id)
    if record.status == "ok":
        if "result.json" not in record.files:
            raise _tampered(run_dir, "an ok run whose record lists no result.json", record.bundle_id)
        _check_result_json(run_dir, record)
        fp = record.fingerprint
        if not isinstance(fp, dict) or not fp or "error" in fp:
            raise _tampered(run_dir, "an ok run without an environment fingerprint", record.bundle_id)
        if record.device.startswith("cuda") and not (fp.get("cuda_available") and fp.get("gpu_name")):
            raise _tampered(run_dir, "a CUDA run whose fingerprint names no GPU", record.bundle_id)
    return record, _sha256(run_dir / RECORD)


def find_run_dirs(root: Path, depth: int = MAX_DEPTH) -> list[Path]:
    """Folders under ``root`` (itself included) that hold a record.json."""
    root = Path(root)
    if (root / RECORD).is_file():
        return [root]
    if depth == 0 or not root.is_dir():
        return []
    out = []
    for child in sorted(root.iterdir()):
        if child.is_dir() and not child.is_symlink():
            out += find_run_dirs(child, depth - 1)
    return out


def _extract(archive: Path, into: Path) -> Path:
    with tarfile.open(archive, "r:*") as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()) or not _safe_rel(member.name.rstrip("/")):
                raise ReproError(f"{archive} holds {member.name!r}, which is not a plain file inside the archive",
                                 subject=str(archive), hint="pack run folders with tar -czf, links left out")
        try:
            tar.extractall(into, filter="data")
        except TypeError:  # a Python without extraction filters: the members were checked above
            tar.extractall(into)
    return into


def _copy(run_dir: Path, record: RunRecord, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.importing")
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "results").mkdir(parents=True)
    for rel in record.files:
        target = tmp / "results" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(run_dir / "results" / rel, target)
    if (run_dir / LOG).is_file():
        shutil.copyfile(run_dir / LOG, tmp / LOG)
    shutil.copyfile(run_dir / RECORD, tmp / RECORD)
    tmp.rename(dest)


def import_runs(paths, runs_dir: Path, lock_path: Path = LOCK_PATH) -> list[Imported]:
    """Check every run under ``paths``, then copy them into ``runs_dir``; returns one Imported per run.

    All or nothing: the first run that fails a check raises before anything is copied.
    """
    runs_dir = Path(runs_dir)
    with ExitStack() as stack:
        found: list[tuple[Path, str]] = []
        for raw in paths:
            path = Path(raw)
            if not path.exists():
                raise ReproError(f"{path} does not exist", subject=str(path),
                                 hint="give run folders, a folder of them, or a .tar.gz of them")
            if path.is_file():
                if not tarfile.is_tarfile(path):
                    raise ReproError(f"{path} is neither a run folder nor a tar archive", subject=str(path),
                                     hint="give run folders, a folder of them, or a .tar.gz of them")
                tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="import-runs-")))
                path = _extract(path, tmp)
            dirs = find_run_dirs(path)
            if not dirs:
                raise ReproError(f"no record.json under {raw}", subject=str(raw),
                                 hint="give run folders as `python -m repro run` writes them")
            found += [(d, str(raw)) for d in dirs]
        checked = []
        seen: dict[str, str] = {}
        for run_dir, source in found:
            record, sha = check_run(run_dir, lock_path)
            if seen.get(record.run_id, sha) != sha:
                raise ReproError(f"two different records of run {record.run_id} in the input", subject=source)
            seen[record.run_id] = sha
            dest = runs_dir / record.run_id
            if (dest / RECORD).is_file() and _sha256(dest / RECORD) != sha:
                raise ReproError(f"{dest} already holds a different record of run {record.run_id}",
                                 bundle_id=record.bundle_id, subject=str(dest),
                                 hint="a run is recorded once; remove the local folder only if it is not evidence")
            checked.append((run_dir, source, record, sha, dest))
        out, done = [], set()
        runs_dir.mkdir(parents=True, exist_ok=True)
        for run_dir, source, record, sha, dest in checked:
            if record.run_id in done:
                continue
            done.add(record.run_id)
            status = "already" if (dest / RECORD).is_file() else "imported"
            if status == "imported":
                _copy(run_dir, record, dest)
            local = RunRecord.from_json({**record.to_json(), "record_dir": str(dest)})
            out.append(Imported(local, sha, dest, source, status))
        return out


def main(argv=None) -> int:
    from repro.runner import DEFAULT_RUNS_DIR

    p = argparse.ArgumentParser(prog="python -m repro.tools.import_runs", description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR)
    p.add_argument("--lock", type=Path, default=LOCK_PATH)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    try:
        items = import_runs(args.paths, args.runs_dir, args.lock)
    except ReproError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    for item in items:
        r = item.record
        if args.json:
            print(json.dumps({"run_id": r.run_id, "bundle": r.bundle_id, "status": item.status,
                              "run_status": r.status, "dir": str(item.run_dir)}))
        else:
            print(f"{item.status:<9} {r.run_id} {r.bundle_id} seed {r.seed} {r.device} {r.size} {r.status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
