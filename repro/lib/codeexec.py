"""Run untrusted candidate programs against their tests: one fresh process per sample, confined.

pass@k needs every generated sample executed against the benchmark's tests (MBPP: the
``test_list`` asserts; HumanEval: ``check(entry_point)``). A sample is model output, so it is
run as untrusted code:

- a fresh ``python -I -B`` process per sample (isolated mode: no user site, no environment
  variables, no current folder on sys.path), in its own temporary folder, with an environment
  of PATH and LANG only, stdin closed;
- resource limits set before exec: address space (``memory_mb``), CPU seconds, file size,
  no core dumps; a wall-clock ``timeout`` after which the whole process group is SIGKILLed;
- no network, two layers: a new network namespace with no interface (``unshare``; works as
  root or where unprivileged user namespaces are allowed, and inside a reproduction run, which
  already has one), and the harness replaces ``socket.socket`` / ``socket.create_connection``
  by refusals before the candidate runs. ``ExecResult.network`` says which layer held.

The runner's own sandbox (repro/sandbox.py) cannot be called from inside a run (it is not
part of a bundle's sealed files and needs the runner's privileges); this is the in-run layer.

Outcomes: ``passed`` (exit 0), ``failed`` (an AssertionError: a test did not hold), ``error``
(any other exception, a syntax error, a kill by memory limit or signal), ``timeout``.
Standard library only; pass@k itself is ``metrics.pass_at_k``.
"""

from __future__ import annotations

import ctypes
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

STATUSES = ("passed", "failed", "error", "timeout")
EXIT_ASSERT, EXIT_ERROR = 3, 4
CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000
_OUTPUT_CAP = 4000

# Executed by the fresh interpreter: refuse sockets, then run the candidate file as __main__.
HARNESS = r'''
import socket, sys, traceback
def _refuse(*args, **kwargs):
    raise PermissionError("network access is disabled for candidate programs")
class _NoSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            _refuse()
        super().__init__(family, type, proto, fileno)
socket.socket = _NoSocket
socket.create_connection = socket.socketpair = socket.fromfd = _refuse
path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    source = handle.read()
namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
try:
    exec(compile(source, path, "exec"), namespace)
except AssertionError:
    traceback.print_exc()
    sys.stderr.flush()
    sys.exit(EXIT_ASSERT)
except BaseException as exc:
    if isinstance(exc, SystemExit) and exc.code in (0, None):
        sys.exit(0)
    traceback.print_exc()
    sys.stderr.flush()
    sys.exit(EXIT_ERROR)
'''.replace("EXIT_ASSERT", str(EXIT_ASSERT)).replace("EXIT_ERROR", str(EXIT_ERROR))


@dataclass(frozen=True)
class ExecResult:
    """What happened to one program: status, exit code or signal, seconds, output tail, isolation."""

    status: str
    exit_code: int | None
    signal: int | None
    seconds: float
    output: str
    network: str

    @property
    def passed(self) -> bool:
        return self.status == "passed"


def mbpp_program(task: dict, completion: str, challenge: bool = False) -> str:
    """The candidate, MBPP's setup code, then its asserts (``challenge_test_list`` too if asked).

    The setup code goes after the candidate because in tasks 367 and 927 it builds trees from the
    ``Node`` class that the solution itself defines (with setup first, even the reference fails)."""
    tests = list(task["test_list"]) + (list(task.get("challenge_test_list") or []) if challenge else [])
    return "\n".join([completion, "", task.get("test_setup_code") or "", *tests, ""])


def humaneval_program(task: dict, completion: str) -> str:
    """The prompt, the completion (its function body), the test module and ``check(entry_point)``."""
    return task["prompt"] + completion + "\n\n" + task["test"] + "\n" + f"check({task['entry_point']})\n"


_FENCE = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n(.*?)(?:\n[ \t]*```|\Z)", re.DOTALL | re.IGNORECASE)
#: The stop of a chat answer: the block ``code_from_answer`` takes, once it is closed (a pattern
#: stop: decoding ends after it, and the text is kept up to its closing fence).
CHAT_CODE_BLOCK = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n.*?\n[ \t]*```", re.DOTALL | re.IGNORECASE)


def code_from_answer(answer: str) -> str:
    """The code of a chat model's answer: its first fenced block (```python ... ```; a block the
    answer never closes runs to its end), or the whole answer when it has no fence."""
    m = _FENCE.search(answer)
    return m.group(1).rstrip("\n") + "\n" if m else answer


def humaneval_chat_program(task: dict, code: str) -> str:
    """A chat answer's code as a HumanEval candidate.

    Code that defines the entry point replaces the prompt's function: the prompt still runs first,
    its function given a ``pass`` body, so the imports and helper functions some prompts define stay
    available, and the answer's definition comes after it. Code that does not define it is taken
    as the function's body, as a completion would be.
    """
    if not re.search(rf"^def\s+{re.escape(task['entry_point'])}\s*\(", code, re.MULTILINE):
        return humaneval_program(task, code)
    prompt = task["prompt"]
    last = next((ln for ln in reversed(prompt.splitlines()) if ln.strip()), "")
    indent = last[: len(last) - len(last.lstrip())] or "    "
    stub = ("" if prompt.endswith("\n") else "\n") + f"{indent}pass\n\n\n"
    return humaneval_program(task, stub + code)


try:  # loaded once here: nothing may import or load a library between fork and exec
    _LIBC = ctypes.CDLL(None, use_errno=True)
except OSError:
    _LIBC = None


def _unshare_network() -> bool:
    """In the forked child before exec: a network namespace without interfaces, if allowed."""
    libc = _LIBC
    if libc is None:
        return False
    if libc.unshare(CLONE_NEWNET) == 0:
        return True
    # without privileges, a user namespace first (the uid is unmapped inside it; harmless here)
    return libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def _limits(memory_mb: int | None, cpu_seconds: int, network_fd: int):
    def apply() -> None:
        os.write(network_fd, b"1" if _unshare_network() else b"0")
        os.close(network_fd)
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 2**20, 64 * 2**20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def run_program(source: str, timeout: float = 10.0, memory_mb: int | None = 1024,
                python: str | None = None) -> ExecResult:
    """Run ``source`` as ``__main__`` in a fresh confined interpreter; never raises for the program's faults."""
    if timeout <= 0:
        raise ValueError(f"timeout={timeout!r} must be a positive number of seconds")
    with tempfile.TemporaryDirectory(prefix="candidate-") as folder:
        folder_path = Path(folder)
        (folder_path / "harness.py").write_text(HARNESS, encoding="utf-8")
        (folder_path / "candidate.py").write_text(source, encoding="utf-8")
        read_fd, write_fd = os.pipe()
        env = {"PATH": os.environ.get("PATH", os.defpath), "LANG": "C.UTF-8", "HOME": folder,
               "TMPDIR": folder, "PYTHONHASHSEED": "0"}
        started = time.monotonic()
        with open(folder_path / "output.txt", "wb+") as out:
            proc = subprocess.Popen(
                [python or sys.executable, "-I", "-B", "harness.py", "candidate.py"], cwd=folder, env=env,
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                preexec_fn=_limits(memory_mb, max(1, int(timeout) + 1), write_fd), pass_fds=(write_fd,),  # noqa: PLW1509
            )
            os.close(write_fd)
            with os.fdopen(read_fd, "rb") as flag:
                network = "namespace+python" if flag.read(1) == b"1" else "python only (no namespace)"
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            _kill_group(proc.pid)  # anything the program left behind dies with its group
            proc.wait()
            seconds = time.monotonic() - started
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
    output = text if len(text) <= _OUTPUT_CAP else text[: _OUTPUT_CAP // 2] + "\n[...]\n" + text[-_OUTPUT_CAP // 2:]
    code = proc.returncode
    sig = -code if code is not None and code < 0 else None
    if timed_out or sig in (signal.SIGXCPU,):
        status = "timeout"
    elif code == 0:
        status = "passed"
    elif code == EXIT_ASSERT:
        status = "failed"
    else:
        status = "error"
    return ExecResult(status, None if sig else code, sig, round(seconds, 4), output, network)


def run_programs(sources: list[str], timeout: float = 10.0, memory_mb: int | None = 1024, workers: int | None = None,
                 progress=None) -> list[ExecResult]:
    """``run_program`` over many sources, ``workers`` processes at a time (default: CPU count), in order."""
    workers = max(1, workers or os.cpu_count() or 1)
    results: list[ExecResult | None] = [None] * len(sources)
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_program, src, timeout, memory_mb): i for i, src in enumerate(sources)}
        for future, i in futures.items():
            results[i] = future.result()
            done += 1
            if progress is not None:
                progress(done / max(1, len(sources)))
    return results  # type: ignore[return-value]


def status_counts(results: list[ExecResult]) -> dict[str, int]:
    """How many results have each status (every status present, zeros included)."""
    counts = {s: 0 for s in STATUSES}
    for r in results:
        counts[r.status] += 1
    return counts
