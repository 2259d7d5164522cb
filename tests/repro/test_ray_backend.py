"""Runs through a real local Ray cluster (a head on 127.0.0.1, 2 CPUs): the same records as the
local runner, one database row per run whatever happens to its task (a killed worker, retries
spent, cancellation, KeyboardInterrupt), no retry of a run that failed by itself, and a changed
bundle refused by the worker."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the ray backend needs `pip install -e '.[ray]'`")

from claims_db import store as db_store  # noqa: E402
from claims_db.engine import session_factory  # noqa: E402
from repro import runner  # noqa: E402
from repro import seal as sealing  # noqa: E402
from repro.child import Limits  # noqa: E402
from repro.errors import SealMismatch  # noqa: E402
from repro.ray_backend import RayOptions, run_bundle_ray  # noqa: E402
from tests.support.sleeper_bundle import make_store, run_processes  # noqa: E402
from verifier import errors as verr  # noqa: E402
from verifier import repro_cli  # noqa: E402
from verifier.config import load_settings  # noqa: E402
from verifier.ingest import open_database  # noqa: E402

pytestmark = pytest.mark.slow
LIMITS = Limits(wall_seconds=90, cpu_seconds=60, memory_bytes=2**30, max_processes=64)


@pytest.fixture(scope="module")
def cluster():
    """A Ray head on loopback for this module, in a short temp folder (socket paths are short)."""
    temp = tempfile.mkdtemp(prefix="ray-", dir="/tmp")
    ray.init(address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             _temp_dir=temp, log_to_driver=False, configure_logging=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()
        import shutil

        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("ray-store"))


def _settings(tmp_path, url):
    return load_settings(data_dir=tmp_path / "data", database_url=url)


def _rows(settings, bundle_id):
    with session_factory(open_database(settings))() as s:
        return {r.id: (r.status, r.result, r.log_text) for r in db_store.list_runs(s, bundle_id=bundle_id)}


def _kill_when_running(pid: int, run_id: str) -> None:
    """SIGKILL the worker ``pid`` once the run's sandboxed child is up (mid-run)."""
    def go():
        for _ in range(600):
            if run_processes(run_id):
                os.kill(pid, signal.SIGKILL)
                return
            time.sleep(0.05)

    threading.Thread(target=go, daemon=True).start()


def test_runs_through_ray_equal_local_runs_and_land_once_in_the_database(cluster, bundles, tmp_path, db_url):
    settings = _settings(tmp_path, db_url)
    root, lock = bundles
    said = []
    records = repro_cli.run(settings, "well_behaved", params=["steps=9", "verbose=true"], seeds=2, backend="ray",
                            address=cluster, progress=said.append, bundles_root=root, lock_path=lock, limits=LIMITS)
    local = runner.run_bundle("well_behaved", params={"steps": "9", "verbose": "true"}, seeds=2, bundles_root=root,
                              lock_path=lock, runs_dir=tmp_path / "local", limits=LIMITS)
    assert [r.status for r in records] == ["ok", "ok"], [r.reason for r in records]
    for ours, theirs in zip(records, local):
        assert (ours.seed, ours.metrics, ours.curves, ours.tables, ours.notes, ours.params, ours.seal) == \
            (theirs.seed, theirs.metrics, theirs.curves, theirs.tables, theirs.notes, theirs.params, theirs.seal)
        assert Path(ours.record_dir) == settings.runs_dir.resolve() / ours.run_id
        assert set(ours.files) == {"result.json", "walk.json"}
        assert sealing.file_sha256(Path(ours.record_dir) / "results" / "walk.json") == ours.files["walk.json"]
    rows = _rows(settings, "well_behaved")
    assert set(rows) == {r.run_id for r in records}
    for r in records:
        status, result, log = rows[r.run_id]
        assert status == "ok" and result["metrics"] == r.metrics and "step 8:" in log
    assert any("attempt 1 on node" in line for line in said) and any("walk done" in line for line in said)


def test_a_worker_killed_mid_run_is_retried_into_one_row(cluster, bundles, tmp_path):
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    attempts = []

    def on_attempt(stub, attempt, pid, node):
        attempts.append((stub.run_id, attempt, pid))
        if attempt == 1:
            _kill_when_running(pid, stub.run_id)

    (record,) = repro_cli.run(settings, "sleeper", params=["seconds=2"], backend="ray", on_attempt=on_attempt,
                              bundles_root=bundles[0], lock_path=bundles[1], limits=LIMITS)
    assert record.status == "ok" and record.metrics == {"slept": 2.0}, record.reason
    assert [a[1] for a in attempts] == [1, 2] and attempts[0][2] != attempts[1][2]
    assert {a[0] for a in attempts} == {record.run_id}
    rows = _rows(settings, "sleeper")
    assert list(rows) == [record.run_id] and rows[record.run_id][0] == "ok"
    assert run_processes(record.run_id) == []  # the dead attempt's child was killed by the retry


def test_a_worker_that_dies_with_no_retries_left_is_recorded_interrupted(cluster, bundles, tmp_path):
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    (record,) = repro_cli.run(
        settings, "sleeper", params=["seconds=30"], backend="ray", options=RayOptions(max_retries=0),
        on_attempt=lambda stub, attempt, pid, node: _kill_when_running(pid, stub.run_id),
        bundles_root=bundles[0], lock_path=bundles[1], limits=LIMITS)
    assert record.status == "interrupted" and "died on each of 1 attempt(s)" in record.reason, record.reason
    assert runner.load_record(settings.runs_dir / record.run_id / "record.json") == record
    rows = _rows(settings, "sleeper")
    assert [v[0] for v in rows.values()] == ["interrupted"] and list(rows) == [record.run_id]
    assert run_processes(record.run_id) == []


def test_a_run_that_fails_by_itself_is_a_result_and_is_not_retried(cluster, bundles, tmp_path):
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    attempts = []
    (record,) = repro_cli.run(settings, "sleeper", params=["seconds=0", "fail=true"], backend="ray",
                              on_attempt=lambda *a: attempts.append(a[1]), bundles_root=bundles[0],
                              lock_path=bundles[1], limits=LIMITS)
    assert record.status == "failed" and attempts == [1]
    assert "failing on purpose" in (Path(record.record_dir) / "log.txt").read_text()
    assert [v[0] for v in _rows(settings, "sleeper").values()] == ["failed"]


def test_cancel_records_the_running_and_the_queued_run_interrupted_once(cluster, bundles, tmp_path):
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    recorder = repro_cli.RunRecorder(open_database(settings))
    cancel = threading.Event()

    def on_attempt(stub, attempt, pid, node):
        def go():
            for _ in range(600):
                if run_processes(stub.run_id):
                    return cancel.set()
                time.sleep(0.05)

        threading.Thread(target=go, daemon=True).start()

    records = run_bundle_ray(  # each task takes both CPUs: one waits in the queue
        "sleeper", params={"seconds": "60"}, seeds=2, bundles_root=bundles[0], lock_path=bundles[1],
        runs_dir=settings.runs_dir, limits=LIMITS, on_start=recorder.on_start, on_finish=recorder.on_finish,
        on_attempt=on_attempt, cancel=cancel, options=RayOptions(num_cpus=2))
    assert [r.seed for r in records] == [0, 1]
    assert [r.status for r in records] == ["interrupted", "interrupted"]
    # one ran (Ray picks which first), the other waited for the CPUs and never began
    assert sorted(r.reason.split(";")[0] for r in records) == ["cancelled before it started",
                                                                "cancelled while running"]
    rows = _rows(settings, "sleeper")
    assert sorted(rows) == sorted(r.run_id for r in records)
    assert {v[0] for v in rows.values()} == {"interrupted"}
    assert all(run_processes(r.run_id) == [] for r in records)


def test_keyboard_interrupt_in_the_driver_cancels_records_and_reraises(cluster, bundles, tmp_path):
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    seen = []

    def interrupt(stub, attempt, pid, node):
        seen.append(stub.run_id)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        repro_cli.run(settings, "sleeper", params=["seconds=60"], backend="ray", on_attempt=interrupt,
                      bundles_root=bundles[0], lock_path=bundles[1], limits=LIMITS)
    rows = _rows(settings, "sleeper")
    assert list(rows) == seen and rows[seen[0]][0] == "interrupted"
    assert runner.load_record(settings.runs_dir / seen[0] / "record.json").status == "interrupted"
    assert run_processes(seen[0]) == []


def test_a_changed_bundle_is_refused_by_the_worker(cluster, bundles, tmp_path):
    root = tmp_path / "bundles"
    import shutil

    shutil.copytree(bundles[0] / "well_behaved", root / "well_behaved")
    lock = tmp_path / "bundles.lock"
    sealing.seal(None, bundles_root=root, lock_path=lock)
    main = root / "well_behaved" / "main.py"
    main.write_text(main.read_text().replace('"final": pos', '"final": 100.0'))
    settings = _settings(tmp_path, f"sqlite:///{tmp_path / 'runs.sqlite'}")
    with pytest.raises(verr.SealMismatch, match="main.py"):
        repro_cli.run(settings, "well_behaved", backend="ray", bundles_root=root, lock_path=lock, limits=LIMITS)
    rows = _rows(settings, "well_behaved")
    assert len(rows) == 1 and next(iter(rows.values()))[0] == "refused"
    with pytest.raises(SealMismatch) as info:
        run_bundle_ray("well_behaved", bundles_root=root, lock_path=lock, runs_dir=tmp_path / "runs2", limits=LIMITS)
    assert info.value.changed == ("repro/bundles/well_behaved/main.py",)
    assert info.value.record.status == "refused" and info.value.record.metrics == {}


def test_an_address_nobody_answers_on_is_refused_at_once():
    import socket

    from repro import ray_backend
    from repro.errors import ReproError

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ReproError, match=f"nothing answers at the Ray address 127.0.0.1:{port}"):
        ray_backend._reachable(f"127.0.0.1:{port}")
    ray_backend._reachable(None)  # no address: Ray's own search, nothing to check
