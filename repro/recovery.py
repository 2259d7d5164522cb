"""Run folders whose runner is gone: markers, owners, and the records written for them.

Each run folder holds a ``running`` marker (the stub record and its owner: the runner's pid and
process start time) until its record is written. A marker whose owner is dead belongs to a
runner that was killed: ``recover_interrupted`` marks such runs ``interrupted`` after killing
what they left behind (processes, cgroup, work folder); ``close_run`` writes the terminal record
of a run whose worker died elsewhere; ``resume_folder`` prepares a folder for a run id given
again (a retried task).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from repro import child as child_mod
from repro.errors import BundleError
from repro.records import RunRecord, load_record, write_json_atomic

RUNNING = "running"
Hook = Callable[[RunRecord], None]


def read_owner(run_dir: Path) -> dict:
    """The owner (pid, process start, work folder) a run folder's ``running`` marker names, or {}."""
    try:
        return json.loads((run_dir / RUNNING).read_text()).get("owner", {})
    except (OSError, ValueError):
        return {}


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(timezone.utc)


def iso(t: datetime) -> str:
    """``t`` as the records write it: ISO 8601 with milliseconds and a Z."""
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def proc_start(pid: int) -> str | None:
    """The start time of process ``pid`` (field 22 of /proc/PID/stat), None when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def rmtree(path: Path) -> None:
    """Remove a folder tree, making read-only folders (a sealed copy) writable on the way."""
    def onerror(func, p, _exc):
        try:
            os.chmod(os.path.dirname(p), 0o700)
            os.chmod(p, stat.S_IRWXU)
            func(p)
        except OSError:
            pass

    shutil.rmtree(path, onerror=onerror)


def finished_record(stub: RunRecord, started_at: datetime, status: str, reason: str | None, **extra) -> RunRecord:
    """``stub`` finished now with ``status`` and ``reason`` (and ``extra`` fields), with its duration."""
    finished = now()
    return RunRecord.from_json({**stub.to_json(), **extra, "status": status, "reason": reason,
                                "finished": iso(finished),
                                "duration_s": round((finished - started_at).total_seconds(), 3)})


def owner_alive(owner: dict) -> bool:
    """Whether the runner process that wrote a marker still runs (a zombie, killed but not yet
    reaped by its parent, does not)."""
    if not owner.get("pid") or proc_start(owner["pid"]) != owner.get("start"):
        return False
    try:
        return Path(f"/proc/{owner['pid']}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def clear_leftover(run_id: str, owner: dict) -> None:
    """Kill what a dead runner's run left behind: its processes, its cgroup, its work folder."""
    child_mod.kill_marked(run_id)
    child_mod.remove_cgroup(run_id)
    work = Path(owner.get("work") or "")
    if work.name.startswith(f"repro-{run_id[:8]}-") and work.is_dir():
        rmtree(work)


def recover_interrupted(runs_dir: Path, on_interrupted: Hook | None = None,
                        skip: Iterable[str] = ()) -> list[RunRecord]:
    """Mark run folders left by a dead runner (a ``running`` marker, no record) as interrupted.

    ``skip``: run ids the caller is about to run again under the same id (a retried task).
    """
    out = []
    runs_dir = Path(runs_dir)
    skip = set(skip)
    if not runs_dir.is_dir():
        return out
    for marker in sorted(runs_dir.glob(f"*/{RUNNING}")):
        run_dir = marker.parent
        if run_dir.name in skip:
            continue
        if (run_dir / "record.json").exists():
            marker.unlink(missing_ok=True)
            continue
        try:
            stub = json.loads(marker.read_text())
        except (OSError, ValueError):
            continue
        owner = stub.pop("owner", {})
        if owner_alive(owner):
            continue  # its runner is alive: not ours to touch
        clear_leftover(stub["run_id"], owner)
        finished = now()
        record = RunRecord.from_json({**stub, "status": "interrupted", "finished": iso(finished),
                                      "reason": "the runner stopped before the run finished (no record was written)",
                                      "record_dir": str(run_dir)})
        write_json_atomic(run_dir / "record.json", record.to_json())
        marker.unlink(missing_ok=True)
        if on_interrupted is not None:
            on_interrupted(record)
        out.append(record)
    return out


def close_run(runs_dir: Path, stub: RunRecord, status: str, reason: str) -> RunRecord:
    """The terminal record of a run whose runner could not write one (its worker died, or it
    was cancelled before it started), written under ``runs_dir`` unless a record is there.

    For dispatchers that ran ``stub`` elsewhere. A record already in the folder (the runner got
    to write it after all) is returned as it is; what a dead runner left on this machine is
    cleaned up first; a folder whose runner is still alive 10 s on is left alone (the record is
    returned but not written: that runner, or a later recovery, writes the folder's).
    """
    run_dir = Path(runs_dir) / stub.run_id
    if (run_dir / "record.json").is_file():
        return load_record(run_dir / "record.json")
    owner = read_owner(run_dir)
    record = finished_record(stub, datetime.fromisoformat(stub.started.replace("Z", "+00:00")), status, reason)
    deadline = time.monotonic() + 10.0
    while owner_alive(owner) and time.monotonic() < deadline:  # a worker reported dead may still be dying
        time.sleep(0.1)
    if (run_dir / "record.json").is_file():
        return load_record(run_dir / "record.json")
    if owner_alive(owner):
        return record
    clear_leftover(stub.run_id, owner)
    run_dir.mkdir(parents=True, exist_ok=True)
    record = RunRecord.from_json({**record.to_json(), "record_dir": str(run_dir)})
    write_json_atomic(run_dir / "record.json", record.to_json())
    (run_dir / RUNNING).unlink(missing_ok=True)
    return record


def resume_folder(run_dir: Path) -> RunRecord | None:
    """Prepare the folder of a run id given again: its record if it has one, else an empty folder."""
    if (run_dir / "record.json").is_file():
        return load_record(run_dir / "record.json")
    owner = read_owner(run_dir)
    if owner_alive(owner):
        raise BundleError(f"run {run_dir.name} is being run by process {owner['pid']}", subject=run_dir.name,
                          hint="wait for it, or give a new run id")
    clear_leftover(run_dir.name, owner)
    rmtree(run_dir)
    return None
