"""The sandbox a run's child process lives in: namespaces, a read-only world, limits, cleanup.

Two halves in one file, because they must agree on one spec:

- the parent side (``start``, ``Child``) used by the runner: it starts this very file as a
  small privileged helper (``python -I -B repro/sandbox.py SPEC``), reads the helper's report
  of what it could set up, captures the log, and afterwards kills every process of the run;
- the helper (``_helper_main``), standard library and ``ctypes`` only. It sets resource
  limits, joins a pids cgroup, unshares network / mount / PID / IPC / UTS namespaces, makes the
  whole file system read-only except the scratch folder, forks the run's first process (PID 1
  of the new PID namespace, with a fresh /proc), drops to an unprivileged per-run uid, and
  execs the launcher. When the first process exits, the kernel kills every process left in its
  PID namespace: no daemon survives a run.

What holds where (the report says, per run, what was applied; nothing is claimed blindly):

- root (this project's machines): all of the above. RLIMIT_NPROC binds because the child runs
  as a fresh uid (root itself is exempt from RLIMIT_NPROC); a pids cgroup is added when
  /sys/fs/cgroup/pids is writable.
- not root: a user namespace is tried for the network / mount / PID namespaces; without it the
  run has ``network_isolation: "none: <reason>"``, and the launcher's refusal of AF_INET
  sockets is a courtesy against accidents, not a security boundary. Cleanup then relies on the
  process group and the ``REPRO_RUN`` marker in each process's environment.
- RLIMIT_AS is left off for CUDA runs: the CUDA driver reserves far more virtual address space
  than it uses, so an address-space limit breaks CUDA initialisation without bounding memory.
"""

from __future__ import annotations

import json
import os
import signal
import sys

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME, MS_STRICTATIME = 1 << 18, 1 << 21, 1 << 24
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
_MOUNT_OPTS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": MS_NOATIME,
               "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME, "strictatime": MS_STRICTATIME}
CGROUP_PIDS = "/sys/fs/cgroup/pids"


# ----------------------------------------------------------------------------- helper side

class _Report:
    """JSON lines to the runner over a pipe; small writes to a pipe are atomic."""

    def __init__(self, fd: int):
        self.fd = fd

    def send(self, **facts) -> None:
        try:
            os.write(self.fd, (json.dumps(facts, sort_keys=True) + "\n").encode())
        except OSError:
            pass


def _libc():
    import ctypes

    return ctypes, ctypes.CDLL(None, use_errno=True)


def _call(name: str, *args) -> None:
    ctypes, libc = _libc()
    if getattr(libc, name)(*args) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{name}: {os.strerror(err)}")


def _mount(source, target, fstype, flags, data=None) -> None:
    enc = lambda v: v.encode() if isinstance(v, str) else v  # noqa: E731
    ctypes, _ = _libc()
    _call("mount", enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data))


def _set_limits(limits: dict, rep: _Report) -> None:
    import resource

    applied = {}
    for name, key in (("RLIMIT_CPU", "cpu_seconds"), ("RLIMIT_AS", "memory_bytes"), ("RLIMIT_NPROC", "max_processes"),
                      ("RLIMIT_FSIZE", "max_file_bytes"), ("RLIMIT_CORE", "core")):
        value = 0 if key == "core" else limits.get(key)
        if value is None:
            applied[name] = "off"
            continue
        value = int(value)
        try:
            resource.setrlimit(getattr(resource, name), (value, value))
            applied[name] = value
        except (ValueError, OSError) as exc:
            applied[name] = f"failed: {exc}"
    rep.send(rlimits=applied)


def _join_cgroup(path: str | None, rep: _Report) -> None:
    if not path:
        return
    try:
        with open(os.path.join(path, "cgroup.procs"), "w") as handle:
            handle.write(str(os.getpid()))
        rep.send(cgroup=path)
    except OSError as exc:
        rep.send(cgroup=f"failed: {exc}")


def _unshare(root: bool, rep: _Report) -> dict:
    """Create the namespaces; returns which exist. Without root, a user namespace comes first."""
    done = {"user": False}
    if not root:
        uid, gid = os.getuid(), os.getgid()
        try:
            _call("unshare", CLONE_NEWUSER)
            for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
                with open(f"/proc/self/{name}", "w") as handle:
                    handle.write(text)
            done["user"] = True
        except OSError as exc:
            rep.send(user_namespace=f"failed: {exc}")
    for name, flag in (("net", CLONE_NEWNET), ("mount", CLONE_NEWNS), ("pid", CLONE_NEWPID),
                       ("ipc", CLONE_NEWIPC), ("uts", CLONE_NEWUTS)):
        try:
            _call("unshare", flag)
            done[name] = True
        except OSError as exc:
            done[name] = False
            rep.send(**{f"{name}_namespace": f"failed: {exc}"})
    rep.send(namespaces=sorted(k for k, v in done.items() if v))
    return done


def _mountinfo() -> list[tuple[str, set[str]]]:
    out = []
    with open("/proc/self/mountinfo") as handle:
        for line in handle:
            fields = line.split()
            point = fields[4].encode().decode("unicode_escape")
            out.append((point, set(fields[5].split(","))))
    return out


def _under(path: str, top: str) -> bool:
    return path == top or path.startswith(top.rstrip("/") + "/")


def _read_only_world(spec: dict, rep: _Report) -> None:
    """Everything read-only except the scratch folder; fresh tmpfs on /dev/shm.

    Folders the unprivileged uid cannot traverse (``overlays``, e.g. /root holding the Python
    installation) are covered by a tmpfs in which only the needed trees are bound back.
    """
    scratch = spec["scratch"]
    problems = []
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    roots = spec["bind_roots"]
    fds = {r: os.open(r, os.O_PATH | os.O_DIRECTORY) for r in roots}
    for top in spec["overlays"]:
        _mount("tmpfs", top, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m")
    for r in roots:
        if any(_under(r, top) for top in spec["overlays"]):
            os.makedirs(r, mode=0o755, exist_ok=True)
            _mount(f"/proc/self/fd/{fds[r]}", r, None, MS_BIND | MS_REC)
        elif r == scratch:
            _mount(scratch, scratch, None, MS_BIND)
        os.close(fds[r])
    for point, opts in _mountinfo():
        if point == scratch or _under(point, "/proc"):
            continue
        flags = MS_BIND | MS_REMOUNT | MS_RDONLY
        for opt in opts:
            flags |= _MOUNT_OPTS.get(opt, 0)
        try:
            _mount(None, point, None, flags)
        except OSError as exc:
            problems.append(f"{point}: {exc.strerror}")
    if os.path.isdir("/dev/shm"):
        try:
            _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=512m")
        except OSError as exc:
            problems.append(f"/dev/shm: {exc.strerror}")
    rep.send(filesystem="read-only except scratch" + (f" (not read-only: {'; '.join(problems)})" if problems else ""))


def _prctl(option: int, value: int) -> None:
    ctypes, _ = _libc()
    _call("prctl", option, ctypes.c_ulong(value), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))


def _first_process(spec: dict, ns: dict, rep: _Report) -> None:
    """Runs in the forked child: PID 1 of the run's namespace. Never returns."""
    try:
        if ns.get("pid") and ns.get("mount"):
            try:
                _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
                for sub in ("/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus", "/proc/fs"):
                    if os.path.exists(sub):
                        _mount(sub, sub, None, MS_BIND | MS_REC)
                        _mount(None, sub, None, MS_BIND | MS_REMOUNT | MS_RDONLY)
                rep.send(proc="private /proc of the run's PID namespace")
            except OSError as exc:
                rep.send(proc=f"host /proc: {exc}")
        if ns.get("uts"):
            try:
                import socket

                socket.sethostname("sandbox")
            except OSError:
                pass
        if spec.get("uid") is not None:
            os.setgroups([])
            os.setresgid(spec["gid"], spec["gid"], spec["gid"])
            os.setresuid(spec["uid"], spec["uid"], spec["uid"])
            rep.send(uid=spec["uid"])
        for option, value in ((PR_SET_NO_NEW_PRIVS, 1), (PR_SET_PDEATHSIG, signal.SIGKILL)):
            try:
                _prctl(option, value)
            except OSError:
                pass
        os.chdir(spec["scratch"])
        rep.send(ready=True)
        os.set_inheritable(spec["report_fd"], False)
        os.execve(spec["argv"][0], spec["argv"], spec["env"])
    except BaseException as exc:  # noqa: BLE001 - nothing above may fall back into the helper
        rep.send(error=f"sandbox setup failed: {type(exc).__name__}: {exc}")
    os._exit(126)


def _helper_main(argv: list[str]) -> int:
    spec = json.loads(argv[1])
    rep = _Report(spec["report_fd"])
    try:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass
    if os.getppid() != spec["parent_pid"]:
        return 125
    _join_cgroup(spec.get("cgroup"), rep)
    ns = {}
    if spec["isolate"]:
        ns = _unshare(os.geteuid() == 0, rep)
        rep.send(network="namespace" if ns.get("net") else "none")
        if ns.get("mount"):
            try:
                _read_only_world(spec, rep)
            except OSError as exc:
                rep.send(filesystem=f"partly read-only: {exc}")
    _set_limits(spec["limits"], rep)
    pid = os.fork()
    if pid == 0:
        _first_process(spec, ns, rep)
    rep.send(child_pid=pid)
    os.close(spec["report_fd"])
    signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGKILL))
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            return 125
        except InterruptedError:
            continue
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == "__main__":
    sys.exit(_helper_main(sys.argv))
