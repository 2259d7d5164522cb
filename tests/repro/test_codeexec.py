"""Candidate programs in confined processes: real canonical solutions pass, faults are classified."""

import socket
import threading
from pathlib import Path

import pytest

from repro.lib import codeexec as ce
from repro.lib import datasets as ds
from repro.lib.metrics import mean_pass_at_k, pass_at_k

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture
def shared():
    if not (SHARED / "mbpp.jsonl").is_file():
        pytest.skip(f"the benchmark copies are not at {SHARED} (see shared/data/README.md)")
    return SHARED


def test_canonical_solutions_of_the_first_ten_tasks_pass(shared):
    mbpp, _ = ds.load_mbpp("test", shared, limit=10)
    humaneval, _ = ds.load_humaneval(shared, limit=10)
    sources = [ce.mbpp_program(t, t["code"]) for t in mbpp]
    sources += [ce.humaneval_program(t, t["canonical_solution"]) for t in humaneval]
    results = ce.run_programs(sources, timeout=20, workers=2)
    assert [r.status for r in results] == ["passed"] * 20, [r.output[-300:] for r in results if not r.passed]


def test_mbpp_setup_code_that_uses_the_solution_runs_after_it(shared):
    tasks, _ = ds.load_mbpp("all", shared)
    task = next(t for t in tasks if t["task_id"] == 367)  # its setup code builds trees of the solution's Node
    assert "Node(" in task["test_setup_code"]
    assert ce.run_program(ce.mbpp_program(task, task["code"]), timeout=20).status == "passed"


def test_wrong_programs_fail_and_broken_ones_error(shared):
    task = ds.load_humaneval(shared, limit=1)[0][0]
    wrong = ce.run_program(ce.humaneval_program(task, "    return not True\n"), timeout=20)
    assert wrong.status == "failed" and "AssertionError" in wrong.output
    broken = ce.run_program(ce.humaneval_program(task, "    return (\n"), timeout=20)
    assert broken.status == "error" and "SyntaxError" in broken.output
    raising = ce.run_program("raise KeyError('x')", timeout=20)
    assert raising.status == "error" and raising.exit_code == ce.EXIT_ERROR


def test_infinite_loop_times_out_and_its_children_die(tmp_path):
    marker = tmp_path / "child-alive"
    child = f"import time; time.sleep(1); open({str(marker)!r}, 'w')"
    source = f"import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', {child!r}])\nwhile True:\n    pass\n"
    result = ce.run_program(source, timeout=1.0)
    assert result.status == "timeout" and result.seconds < 10
    threading.Event().wait(1.5)
    assert not marker.exists(), "a process of the timed-out program survived its group kill"


def test_a_program_that_opens_a_socket_fails():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.1)
    port = server.getsockname()[1]
    try:
        via_socket = ce.run_program(f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\n",
                                    timeout=10)
        # straight to the C module, past the Python-level refusal: only the namespace stops this one
        via_c = ce.run_program(f"import _socket\ns = _socket.socket()\ns.settimeout(2)\ns.connect(('127.0.0.1', {port}))\n",
                               timeout=10)
        with pytest.raises(socket.timeout):
            server.accept()
    finally:
        server.close()
    assert via_socket.status == "error" and "network access is disabled" in via_socket.output
    assert via_c.status == "error"
    assert via_c.network in ("namespace+python", "python only (no namespace)")


def test_memory_limit_stops_a_hog():
    result = ce.run_program("blob = bytearray(3 * 1024 ** 3)\n", timeout=20, memory_mb=512)
    assert result.status == "error" and "MemoryError" in result.output


def test_output_is_captured_and_counts_cover_every_status():
    results = [ce.run_program("print('hello')", timeout=20), ce.run_program("assert False", timeout=20)]
    assert results[0].passed and "hello" in results[0].output
    assert ce.status_counts(results) == {"passed": 1, "failed": 1, "error": 0, "timeout": 0}


def test_pass_at_k_over_executed_samples():
    sources = ["pass", "assert 0", "pass", "assert 0", "assert 0"]
    correct = sum(r.passed for r in ce.run_programs(sources, timeout=20, workers=2))
    assert correct == 2
    assert pass_at_k(5, correct, 1) == pytest.approx(0.4)
    assert pass_at_k(5, correct, 2) == pytest.approx(1 - 3 / 10)  # 1 - C(3,2)/C(5,2)
    assert mean_pass_at_k(5, [correct, 5], 1) == pytest.approx(0.7)


def test_bad_timeout_is_refused():
    with pytest.raises(ValueError, match="timeout"):
        ce.run_program("pass", timeout=0)
