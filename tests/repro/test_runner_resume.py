"""The runner's side of dispatching elsewhere: run ids fixed by the caller, a run given again
(after its record, or after a dead runner), cancellation, and closing a run from outside."""

import json
import subprocess
import sys
import threading
import uuid

import pytest

from repro import runner
from repro.child import Limits
from repro.errors import BundleError
from repro.records import load_record
from tests.support.sleeper_bundle import make_store, run_processes

LIMITS = Limits(wall_seconds=60, cpu_seconds=30, memory_bytes=2**30, max_processes=64)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("resume-store"))


def _run(store, bundle_id, runs_dir, **kw):
    bundles, lock = store
    kw.setdefault("limits", LIMITS)
    return runner.run_bundle(bundle_id, bundles_root=bundles, lock_path=lock, runs_dir=runs_dir, **kw)


def test_fixed_run_ids_are_used_and_a_finished_id_is_not_run_again(store, tmp_path):
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    first = _run(store, "well_behaved", tmp_path, seeds=[1, 2], run_ids=ids)
    assert [r.run_id for r in first] == ids and all(r.ok for r in first)
    started = []
    again = _run(store, "well_behaved", tmp_path, seeds=[1], run_ids=ids[:1], on_start=started.append)
    assert again == [load_record(tmp_path / ids[0] / "record.json")] and again[0] == first[0]
    assert started == []  # the stored record came back; nothing ran


@pytest.mark.parametrize("bad", [["not-a-uuid"], [str(uuid.uuid4()).upper()], []])
def test_run_ids_must_be_one_uuid_per_seed(store, tmp_path, bad):
    with pytest.raises(BundleError, match="run_ids must be 1 distinct lower-case uuids"):
        _run(store, "well_behaved", tmp_path, run_ids=bad)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_left_by_a_dead_runner_is_cleaned_and_run_again_under_its_id(store, tmp_path):
    run_id = str(uuid.uuid4())
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    folder = tmp_path / run_id
    folder.mkdir()
    (folder / "log.txt").write_text("half a log of the dead attempt")
    (folder / runner.RUNNING).write_text(json.dumps({"run_id": run_id, "owner": {"pid": pid, "start": "0"}}))
    interrupted = []
    (record,) = _run(store, "well_behaved", tmp_path, run_ids=[run_id], on_interrupted=interrupted.append)
    assert record.run_id == run_id and record.ok, record.reason
    assert interrupted == []  # resumed, not recovered as interrupted
    assert "dead attempt" not in (folder / "log.txt").read_text()
    assert not (folder / runner.RUNNING).exists()


def test_a_folder_whose_runner_is_alive_is_refused(store, tmp_path):
    run_id = str(uuid.uuid4())
    (tmp_path / run_id).mkdir()
    owner = {"pid": runner.os.getpid(), "start": runner.proc_start(runner.os.getpid())}
    (tmp_path / run_id / runner.RUNNING).write_text(json.dumps({"run_id": run_id, "owner": owner}))
    with pytest.raises(BundleError, match="is being run by process"):
        _run(store, "well_behaved", tmp_path, run_ids=[run_id])


def test_cancel_kills_the_run_records_it_interrupted_and_starts_no_more_seeds(store, tmp_path):
    cancel = threading.Event()
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]

    def cancel_when_sleeping(record, fraction, message):
        if message == "sleeping":
            threading.Timer(0.3, cancel.set).start()

    records = _run(store, "sleeper", tmp_path, seeds=[0, 1], run_ids=ids, params={"seconds": "60"},
                   cancel=cancel, on_progress=cancel_when_sleeping)
    assert [r.run_id for r in records] == ids[:1]
    (record,) = records
    assert record.status == "interrupted" and record.reason.startswith("cancelled while running"), record.reason
    assert record.metrics == {}
    assert load_record(tmp_path / ids[0] / "record.json") == record
    assert not (tmp_path / ids[1]).exists()
    assert run_processes(ids[0]) == []


def test_close_run_writes_the_record_once_and_keeps_a_record_already_there(store, tmp_path):
    bundles, lock = store
    manifest = runner.lookup(runner.discover(bundles), "well_behaved")
    stub = runner.new_stub(manifest, "smoke", "cpu", {"steps": 3}, 5, LIMITS, lock)
    closed = runner.close_run(tmp_path, stub, "interrupted", "its worker died")
    assert closed.status == "interrupted" and closed.reason == "its worker died" and closed.finished
    assert load_record(tmp_path / stub.run_id / "record.json") == closed
    again = runner.close_run(tmp_path, stub, "failed", "another story")
    assert again == closed
