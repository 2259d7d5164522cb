"""Hostile bundles against the sandbox: each is contained or detected, recorded with its log,
and no earlier record changes. Limits are small so that each test takes a second or two.

These need the full sandbox (root, namespaces); elsewhere they skip with the sandbox report.
"""

import hashlib
import os
import socket
import uuid
from pathlib import Path

import pytest

from repro import runner
from repro.child import Limits

HERE = Path(__file__).parent
REPO = HERE.parent.parent
BUNDLES = HERE / "bundles"
LOCK = HERE / "bundles.lock"
SMALL = Limits(wall_seconds=20, cpu_seconds=10, memory_bytes=1 << 30, max_processes=32)


def _snapshot(root: Path) -> dict:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A runs folder holding one good run; every test checks that it stays byte for byte."""
    runs = tmp_path_factory.mktemp("runs")
    (good,) = runner.run_bundle("well_behaved", bundles_root=BUNDLES, lock_path=LOCK, runs_dir=runs, limits=SMALL)
    if good.sandbox.get("network_isolation") != "namespace" or not str(good.sandbox.get("privileges")).startswith("uid"):
        pytest.skip(f"the full sandbox is not available here (needs root and namespaces): {good.sandbox}")
    return runs, _snapshot(runs / good.run_id)


def _run(store, bundle_id, limits=SMALL, **params):
    runs, before = store
    (record,) = runner.run_bundle(bundle_id, params=params, bundles_root=BUNDLES, lock_path=LOCK, runs_dir=runs,
                                  limits=limits)
    assert {p: b for p, b in _snapshot(runs).items() if p in before} == before, "an earlier record changed"
    log = (Path(record.record_dir) / "log.txt").read_bytes()
    assert record.log_sha256 == hashlib.sha256(log).hexdigest()
    return record, log.decode("utf-8", "replace")


def _marked(run_id: str) -> list[int]:
    return _processes_with(f"REPRO_RUN={run_id}".encode(), "environ")


def _processes_with(needle: bytes, part: str = "cmdline") -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if needle in Path(f"/proc/{entry}/{part}").read_bytes():
                    found.append(int(entry))
            except OSError:
                pass
    return found


def test_network_is_unreachable_loopback_included(store):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        record, log = _run(store, "net_probe", port=server.getsockname()[1])
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected
    finally:
        server.close()
    assert record.status == "failed" and "CONNECTED" not in log
    assert "_socket.socket ('127.0.0.1'" in log and "Network is unreachable" in log
    assert record.sandbox["network_isolation"] == "namespace" and record.sandbox["network_verified"] is True


def test_writes_outside_scratch_are_refused(store, tmp_path):
    tag = uuid.uuid4().hex[:8]
    targets = [REPO / f"ESCAPED-{tag}", Path("/tmp") / f"escaped-{tag}", Path("/var/tmp") / f"escaped-{tag}",
               tmp_path / "escaped"]
    record, log = _run(store, "escape_writer", targets=",".join(map(str, targets)))
    assert record.status == "failed"
    assert log.count("Read-only file system") + log.count("Permission denied") == len(targets)
    assert not [t for t in targets if t.exists()]


def test_dev_shm_is_a_private_throwaway(store):
    target = Path("/dev/shm") / f"escaped-{uuid.uuid4().hex[:8]}"
    record, log = _run(store, "escape_writer", targets=str(target))
    assert record.status == "ok" and f"wrote {target}" in log  # written inside the run's own tmpfs...
    assert not target.exists()  # ...which the host never sees


def test_secrets_of_the_parent_stay_out(store, monkeypatch):
    secret = f"s3cret-{uuid.uuid4().hex}"
    monkeypatch.setenv("VERIFIER_TEST_SECRET", secret)
    record, log = _run(store, "secret_reader")
    assert record.status == "failed" and "nowhere to be seen" in log
    runs, _ = store
    assert not [p for p in runs.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_fork_bomb_is_bounded(store):
    limits = Limits(wall_seconds=20, cpu_seconds=10, memory_bytes=1 << 30, max_processes=24)
    record, log = _run(store, "fork_bomb", limits=limits)
    assert record.status == "failed"
    refused = [line for line in log.splitlines() if line.startswith("fork refused after")]
    assert refused and int(refused[0].split()[3]) < 24, log[-500:]
    assert not _marked(record.run_id)


def test_unbounded_allocation_is_killed(store):
    limits = Limits(wall_seconds=20, cpu_seconds=10, memory_bytes=256 << 20, max_processes=32)
    record, log = _run(store, "memory_hog", limits=limits)
    assert record.status == "killed" and "memory limit" in record.reason
    assert "MemoryError" in log and record.limits["memory_bytes"] == 256 << 20


def test_cpu_spin_is_killed_at_the_cpu_limit(store):
    limits = Limits(wall_seconds=20, cpu_seconds=1, memory_bytes=1 << 30, max_processes=32)
    record, log = _run(store, "forever", limits=limits, mode="spin")
    assert record.status == "killed" and "CPU-time limit" in record.reason
    assert record.cpu_seconds >= 0.9 and "going on forever (spin)" in log


def test_a_sleeper_is_stopped_by_the_wall_clock(store):
    limits = Limits(wall_seconds=1.5, cpu_seconds=10, memory_bytes=1 << 30, max_processes=32)
    record, log = _run(store, "forever", limits=limits, mode="sleep")
    assert record.status == "timeout" and "going on forever (sleep)" in log
    assert not _marked(record.run_id)


def test_no_daemon_survives_its_run(store):
    token = f"daemon-{uuid.uuid4().hex}"
    record, log = _run(store, "daemon", token=token)
    assert record.status == "ok" and "daemon started" in log
    assert not _processes_with(token.encode())
    assert not _marked(record.run_id)


@pytest.mark.parametrize("mode, reason", [
    ("bundle", "result.json names bundle 'some_other_bundle'"),
    ("crash", "result.json claims status ok, but the run ended: exit code 3"),
    ("fingerprint", "carries a fingerprint other than the one the launcher reported"),
    ("symlink", "evidence.txt is a symbolic link (to '/etc/passwd')"),
    ("old", "evidence.txt was last modified before the run started"),
])
def test_forged_results_fail(store, mode, reason):
    record, _ = _run(store, "forger", mode=mode)
    assert record.status == "failed" and reason in record.reason
    assert record.metrics == {} and record.files == {}


def test_a_run_has_a_user_name_and_its_caches_in_scratch(store):
    """Its uid has no passwd entry; getpass.getuser() must still answer (torch.optim -> torch._dynamo
    asks it; on the GPU machine every training bundle died there), and compiler caches stay in scratch."""
    record, log = _run(store, "user_lookup")
    assert record.status == "ok", log[-800:]
    user, home, inductor, triton = record.notes
    assert user == runner.RUN_USER and record.metrics["uid"] != 0
    assert inductor.startswith(home + "/") and triton.startswith(home + "/")
