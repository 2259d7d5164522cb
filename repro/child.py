"""The run's child process as the runner sees it: start it sandboxed, capture its log, end it.

``run_child`` starts ``repro/sandbox.py`` as a helper that confines and then execs the
launcher (see that module for what is isolated and how), waits with a wall-clock limit,
and then makes sure no process of the run survives: the process group, the run's PID
namespace, its per-run uid, its pids cgroup and every process whose environment carries the
run's marker are killed. The outcome says what was observed (exit code or signal, timeout,
CPU time, log, the sandbox report), never what the child claimed.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HELPER = Path(__file__).resolve().with_name("sandbox.py")
CGROUP_PIDS = Path("/sys/fs/cgroup/pids")
MARKER_VAR = "REPRO_RUN"
_UID_BASE, _UID_SPAN = 1_500_000_000, 100_000_000


@dataclass(frozen=True)
class Limits:
    """Resource limits of one run. None means "not limited" (wall and processes always are).

    ``memory_bytes`` is RLIMIT_AS, applied to CPU runs only (see repro/sandbox.py).
    ``cpu_seconds`` is RLIMIT_CPU, per process. ``max_processes`` counts threads too.
    """

    wall_seconds: float = 600.0
    cpu_seconds: float | None = None
    memory_bytes: int | None = 16 * 2**30
    max_processes: int = 512
    max_file_bytes: int = 2**30
    max_log_bytes: int = 2 * 2**20
    max_result_bytes: int = 256 * 2**20

    def __post_init__(self):
        if not self.wall_seconds or self.wall_seconds <= 0:
            raise ValueError(f"wall_seconds must be positive, got {self.wall_seconds!r}")
        if self.max_processes < 1:
            raise ValueError(f"max_processes must be at least 1, got {self.max_processes!r}")


@dataclass
class Outcome:
    exit_code: int | None
    signal: int | None
    timed_out: bool
    cpu_seconds: float
    max_rss_bytes: int
    log: bytes
    log_dropped_bytes: int
    sandbox: dict = field(default_factory=dict)
    fingerprint: bytes = b""


class _LogTap(threading.Thread):
    """Reads the child's stdout+stderr: keeps the head and tail, passes each line to a callback."""

    def __init__(self, stream, cap: int, on_line: Callable[[str], None] | None):
        super().__init__(daemon=True)
        self.stream, self.half, self.on_line = stream, max(cap // 2, 1024), on_line
        self.head = bytearray()
        self.tail: collections.deque[bytes] = collections.deque()
        self.tail_len = self.dropped = 0
        self.partial = b""

    def run(self) -> None:
        for chunk in iter(lambda: self.stream.read1(65536), b""):
            self._keep(chunk)
            if self.on_line is not None:
                lines = (self.partial + chunk).split(b"\n")
                self.partial = lines.pop()[-4096:]
                for line in lines:
                    try:
                        self.on_line(line.decode("utf-8", "replace"))
                    except Exception:  # noqa: BLE001 - a failing callback must not stop the capture
                        self.on_line = None
                        break

    def _keep(self, chunk: bytes) -> None:
        room = self.half - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if chunk:
            self.tail.append(chunk)
            self.tail_len += len(chunk)
            while self.tail and self.tail_len - len(self.tail[0]) >= self.half:
                gone = len(self.tail.popleft())
                self.tail_len -= gone
                self.dropped += gone
            if self.tail_len > self.half:
                first = self.tail.popleft()
                cut = self.tail_len - self.half
                self.tail.appendleft(first[cut:])
                self.tail_len -= cut
                self.dropped += cut

    def text(self) -> bytes:
        middle = f"\n[... {self.dropped} bytes of log dropped ...]\n".encode() if self.dropped else b""
        return bytes(self.head) + middle + b"".join(self.tail)


def privilege_plan(scratch: Path, code_dir: Path) -> tuple[dict, str]:
    """As root: a fresh uid and the folders to bind back for it; else ({}, why not)."""
    if os.geteuid() != 0:
        return {}, "not root: the run keeps the caller's uid"
    exe_dir = os.path.dirname(os.path.realpath(sys.executable))
    roots = {os.path.realpath(p) for p in (exe_dir, sys.prefix, sys.base_prefix, os.path.dirname(sys.executable))}
    roots = {r for r in roots if not any(r != o and r.startswith(o.rstrip("/") + "/") for o in roots)}
    roots |= {str(scratch), str(code_dir)}
    overlays = set()
    for root in sorted(roots):
        mode = os.stat(root).st_mode
        if root not in (str(scratch),) and (mode & (stat.S_IROTH | stat.S_IXOTH)) != (stat.S_IROTH | stat.S_IXOTH):
            return {}, f"{root} is not readable by other users, so the run keeps uid 0"
        parent = Path(root).parent
        for anc in reversed([parent, *parent.parents]):
            if not os.stat(anc).st_mode & stat.S_IXOTH:
                if str(anc) == "/":
                    return {}, "/ is not searchable by other users"
                overlays.add(str(anc))
                break
    overlays = {o for o in overlays if not any(o != p and o.startswith(p.rstrip("/") + "/") for p in overlays)}
    uid = _UID_BASE + random.randrange(_UID_SPAN)
    return {"uid": uid, "gid": uid, "overlays": sorted(overlays), "bind_roots": sorted(roots)}, ""


def _make_cgroup(name: str, max_processes: int) -> Path | None:
    if os.geteuid() != 0 or not os.access(CGROUP_PIDS, os.W_OK):
        return None
    path = CGROUP_PIDS / name
    try:
        path.mkdir()
        (path / "pids.max").write_text(str(max_processes))
        return path
    except OSError:
        return None


def _read_link(path: str) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _victims(*, pgid: int, pid_ns: str | None, uid: int | None, marker: bytes, cgroup: Path | None) -> set[int]:
    me = os.getpid()
    found: set[int] = set()
    if cgroup is not None:
        try:
            found |= {int(p) for p in (cgroup / "cgroup.procs").read_text().split()}
        except OSError:
            pass
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        pid = int(entry)
        try:
            if uid is not None and os.stat(f"/proc/{pid}").st_uid == uid:
                found.add(pid)
            elif os.getpgid(pid) == pgid:
                found.add(pid)
            elif pid_ns is not None and _read_link(f"/proc/{pid}/ns/pid") == pid_ns:
                found.add(pid)
            else:
                with open(f"/proc/{pid}/environ", "rb") as handle:
                    if marker in handle.read().split(b"\0"):
                        found.add(pid)
        except OSError:
            continue
    return found - {me}


def kill_run(*, pgid: int, pid_ns: str | None, uid: int | None, marker: str, cgroup: Path | None, first: int | None) -> int:
    """SIGKILL every process of a run until none is left (about 5 s at most); returns how many."""
    killed: set[int] = set()
    if first is not None:
        _signal(first, signal.SIGKILL)
    needle = f"{MARKER_VAR}={marker}".encode()
    for _ in range(100):
        victims = _victims(pgid=pgid, pid_ns=pid_ns, uid=uid, marker=needle, cgroup=cgroup)
        if not victims:
            break
        for pid in victims:
            _signal(pid, signal.SIGKILL)
        killed |= victims
        time.sleep(0.05)
    if cgroup is not None:
        for _ in range(50):
            try:
                cgroup.rmdir()
                break
            except OSError:
                time.sleep(0.05)
    return len(killed)


def remove_cgroup(marker: str) -> None:
    """Remove the pids cgroup of an interrupted run, once its processes are gone."""
    path = CGROUP_PIDS / f"repro-{marker}"
    if path.is_dir():
        kill_run(pgid=-1, pid_ns=None, uid=None, marker=marker, cgroup=path, first=None)


def kill_marked(marker: str) -> int:
    """Kill processes left over from an interrupted run (found by its marker only)."""
    return kill_run(pgid=-1, pid_ns=None, uid=None, marker=marker, cgroup=None, first=None)


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except OSError:
        pass


def _read_all(fd: int, sink: list) -> None:
    with os.fdopen(fd, "rb") as handle:
        sink.append(handle.read())


def run_child(
    argv: list[str],
    *,
    env: dict[str, str],
    scratch: Path,
    code_dir: Path,
    limits: Limits,
    device: str,
    marker: str,
    isolate: bool = True,
    on_line: Callable[[str], None] | None = None,
) -> Outcome:
    """Start ``argv`` (the launcher command, its fingerprint fd placeholder ``{fp_fd}``) confined.

    Blocks until the run ends or ``limits.wall_seconds`` pass; always returns an Outcome.
    """
    deadline = time.monotonic() + limits.wall_seconds
    report_r, report_w = os.pipe()
    fp_r, fp_w = os.pipe()
    plan, why_not = privilege_plan(scratch, code_dir) if isolate else ({}, "isolation disabled")
    if plan:
        os.chown(scratch, plan["uid"], plan["gid"])
        for path in scratch.rglob("*"):
            os.chown(path, plan["uid"], plan["gid"], follow_symlinks=False)
    cgroup = _make_cgroup(f"repro-{marker}", limits.max_processes) if isolate else None
    rlimits = {
        "cpu_seconds": None if limits.cpu_seconds is None else max(1, int(limits.cpu_seconds)),
        "memory_bytes": limits.memory_bytes if device == "cpu" else None,
        "max_processes": limits.max_processes,
        "max_file_bytes": limits.max_file_bytes,
    }
    spec = {
        "argv": [a.replace("{fp_fd}", str(fp_w)) for a in argv], "env": {**env, MARKER_VAR: marker},
        "scratch": str(scratch), "isolate": isolate, "limits": rlimits, "report_fd": report_w,
        "parent_pid": os.getpid(), "cgroup": str(cgroup) if cgroup else None,
        "uid": plan.get("uid"), "gid": plan.get("gid"),
        "overlays": plan.get("overlays", []), "bind_roots": plan.get("bind_roots", [str(scratch)]),
    }
    helper_env = {"PATH": env.get("PATH", os.defpath), "LANG": "C.UTF-8"}
    popen = subprocess.Popen(
        [sys.executable, "-I", "-B", str(HELPER), json.dumps(spec)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        pass_fds=(report_w, fp_w), cwd=str(scratch), env=helper_env, start_new_session=True,
    )
    os.close(report_w)
    os.close(fp_w)
    tap = _LogTap(popen.stdout, limits.max_log_bytes, on_line)
    tap.start()
    fingerprint: list[bytes] = []
    fp_thread = threading.Thread(target=_read_all, args=(fp_r, fingerprint), daemon=True)
    fp_thread.start()
    reports: list[bytes] = []
    report_thread = threading.Thread(target=_read_all, args=(report_r, reports), daemon=True)
    report_thread.start()

    waited: dict = {}

    def wait() -> None:
        _, status, usage = os.wait4(popen.pid, 0)
        waited.update(status=status, usage=usage)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    report_thread.join(timeout=min(30.0, limits.wall_seconds))
    sandbox = _parse_report(reports[0] if reports else b"")
    first = sandbox.get("child_pid")
    pid_ns = _read_link(f"/proc/{first}/ns/pid") if first else None
    if pid_ns == _read_link("/proc/self/ns/pid"):
        pid_ns = None
    if first:
        net = _read_link(f"/proc/{first}/ns/net")
        sandbox["network_verified"] = (net is not None and net != _read_link("/proc/self/ns/net")) if net else "process already gone"
    waiter.join(timeout=max(0.0, deadline - time.monotonic()))
    timed_out = waiter.is_alive()
    strays = kill_run(pgid=popen.pid, pid_ns=pid_ns, uid=plan.get("uid"), marker=marker, cgroup=cgroup,
                      first=first if timed_out else None)
    if timed_out:
        _signal(popen.pid, signal.SIGKILL)
    waiter.join(timeout=10)
    popen.returncode = waited["status"] if waited else -9
    tap.join(timeout=10)
    fp_thread.join(timeout=10)
    popen.stdout.close()
    status = waited.get("status", 0)
    code = os.waitstatus_to_exitcode(status) if waited else None
    sig = None
    if code is not None and code < 0:
        sig, code = -code, None
    elif code is not None and code > 128 and code - 128 in signal.valid_signals():
        sig, code = code - 128, None
    usage = waited.get("usage")
    sandbox.update(
        privileges=(f"uid {plan['uid']}" if plan else f"unchanged: {why_not}"),
        processes_killed_after_exit=strays if not timed_out else None,
        isolation="on" if isolate else "off",
    )
    if not isolate:
        sandbox["network"] = "none: isolation disabled by the caller"
    elif sandbox.get("network") == "none":
        sandbox["network"] = "none: " + str(sandbox.get("net_namespace", "unshare failed"))
    return Outcome(
        exit_code=code, signal=sig, timed_out=timed_out,
        cpu_seconds=(usage.ru_utime + usage.ru_stime) if usage else 0.0,
        max_rss_bytes=int(usage.ru_maxrss * 1024) if usage else 0,
        log=tap.text(), log_dropped_bytes=tap.dropped, sandbox=sandbox,
        fingerprint=fingerprint[0] if fingerprint else b"",
    )


def _parse_report(raw: bytes) -> dict:
    out: dict = {}
    for line in raw.decode("utf-8", "replace").splitlines():
        try:
            facts = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(facts, dict):
            out.update(facts)
    return out
