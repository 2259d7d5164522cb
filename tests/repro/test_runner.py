"""The runner: records of a good run, refusal of a changed bundle, recovery after a runner crash,
the fallback without isolation, and the command line."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from repro import runner
from repro import seal as sealing
from repro.child import Limits
from repro.errors import SealMismatch
from repro.records import load_record

HERE = Path(__file__).parent
REPO = HERE.parent.parent
BUNDLES = HERE / "bundles"
LOCK = HERE / "bundles.lock"
LIMITS = Limits(wall_seconds=30, cpu_seconds=20, memory_bytes=2**30, max_processes=64)


def _run(bundle_id, runs_dir, **kw):
    kw.setdefault("limits", LIMITS)
    return runner.run_bundle(bundle_id, bundles_root=BUNDLES, lock_path=LOCK, runs_dir=runs_dir, **kw)


def test_a_good_run_is_recorded_with_metrics_seed_fingerprint_and_hashes(tmp_path):
    events = []
    records = _run("well_behaved", tmp_path, seeds=[3, 4], params={"steps": "9", "verbose": "true"},
                   on_start=lambda r: events.append(("start", r.run_id, r.status)),
                   on_finish=lambda r: events.append(("finish", r.run_id, r.status)),
                   on_progress=lambda r, f, m: events.append(("progress", r.run_id, f)))
    assert [r.seed for r in records] == [3, 4]
    assert [e[0] for e in events] == ["start", "progress", "finish"] * 2
    first = records[0]
    assert first.status == "ok", first.reason
    assert first.params == {"steps": 9, "scale": 1.0, "tags": ["a"], "verbose": True}
    assert first.metrics["steps"] == 9.0 and isinstance(first.metrics["final"], float)
    assert records[0].metrics["final"] != records[1].metrics["final"]  # seeds differ
    assert len(first.curves["walk"]["x"]) == 9
    assert first.fingerprint["python"] == ".".join(map(str, sys.version_info[:3]))
    assert first.seal == sealing.read_lock(LOCK)["well_behaved"].seal
    assert first.started.endswith("Z") and first.duration_s > 0 and first.exit_code == 0
    run_dir = tmp_path / first.run_id
    assert sorted(p.name for p in run_dir.iterdir()) == ["log.txt", "record.json", "results"]
    stored = load_record(run_dir / "record.json")
    assert stored == first
    log = (run_dir / "log.txt").read_bytes()
    assert b"step 8:" in log
    assert first.log_sha256 == sealing.hashlib.sha256(log).hexdigest()
    assert set(first.files) == {"result.json", "walk.json"}
    assert first.files["walk.json"] == sealing.file_sha256(run_dir / "results" / "walk.json")
    assert first.sandbox["isolation"] == "on" and first.limits["wall_seconds"] == 30


def test_same_seed_same_metrics(tmp_path):
    a, b = _run("well_behaved", tmp_path, seeds=[7, 7])
    assert a.metrics == b.metrics and a.run_id != b.run_id


def test_a_cpu_run_computes_with_a_pinned_thread_count_and_records_it(tmp_path, monkeypatch):
    # the same seed on another number of threads sums in another order: a CPU run gets CPU_THREADS
    # whatever the host's cores, unless the caller chose a count, and its record says which
    for name in runner.THREAD_VARS:
        monkeypatch.delenv(name, raising=False)
    pinned = str(runner.CPU_THREADS)
    (record,) = _run("secret_reader", tmp_path, params={"name": "OMP_NUM_THREADS"})
    assert record.status == "ok" and set(record.notes) == {pinned}  # what the run itself saw
    assert record.sandbox["threads"] == {"OMP_NUM_THREADS": pinned, "MKL_NUM_THREADS": pinned}
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    (record,) = _run("secret_reader", tmp_path, params={"name": "MKL_NUM_THREADS"})
    assert set(record.notes) == {"1"} and record.sandbox["threads"]["OMP_NUM_THREADS"] == "1"
    # a wait policy for a shared CPU passes through (it changes timing, not numbers)
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    (record,) = _run("secret_reader", tmp_path, params={"name": "OMP_WAIT_POLICY"})
    assert set(record.notes) == {"PASSIVE"}
    # a CUDA run keeps the library's default: its CPU work is the GPU's feeding, not its numbers
    monkeypatch.delenv("OMP_NUM_THREADS")
    env = runner.child_env(tmp_path, 0, "cuda")
    assert runner.thread_settings(env) == {"OMP_NUM_THREADS": "unset", "MKL_NUM_THREADS": "unset"}


def test_a_bundle_edited_after_sealing_is_refused_naming_the_file(tmp_path):
    bundles = tmp_path / "bundles"
    shutil.copytree(BUNDLES / "well_behaved", bundles / "well_behaved")
    lock = tmp_path / "bundles.lock"
    sealing.seal(None, bundles_root=bundles, lock_path=lock)
    main = bundles / "well_behaved" / "main.py"
    main.write_text(main.read_text().replace('"final": pos', '"final": 100.0'))
    finished = []
    with pytest.raises(SealMismatch) as info:
        runner.run_bundle("well_behaved", bundles_root=bundles, lock_path=lock, runs_dir=tmp_path / "runs",
                          limits=LIMITS, on_finish=finished.append)
    assert info.value.changed == ("repro/bundles/well_behaved/main.py",)
    record = info.value.record
    assert record.status == "refused" and "main.py" in record.reason and record.metrics == {}
    assert finished == [record]
    assert load_record(tmp_path / "runs" / record.run_id / "record.json").status == "refused"


def test_an_unsealed_bundle_is_refused(tmp_path):
    with pytest.raises(SealMismatch, match="has no seal") as info:
        runner.run_bundle("well_behaved", bundles_root=BUNDLES, lock_path=tmp_path / "empty.lock",
                          runs_dir=tmp_path / "runs", limits=LIMITS)
    assert "python -m repro seal well_behaved" in info.value.one_line()
    assert info.value.record.status == "refused" and "python -m repro seal well_behaved" in info.value.record.reason


def test_fallback_without_isolation_says_so_and_still_cleans_up(tmp_path):
    token = f"fallback-daemon-{os.getpid()}"
    (record,) = _run("daemon", tmp_path, params={"token": token}, isolate=False)
    assert record.sandbox["network_isolation"].startswith("none: ")
    assert record.sandbox["isolation"] == "off"
    assert record.sandbox["processes_killed_after_exit"] >= 1  # the daemon, found by the run marker
    assert not _processes_with(token)
    (probe,) = _run("net_probe", tmp_path, isolate=False, params={"port": 9})
    log = (tmp_path / probe.run_id / "log.txt").read_text()
    assert "socket.socket ('127.0.0.1', 9): blocked (PermissionError: network access is disabled" in log


def _processes_with(token: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if token.encode() in Path(f"/proc/{entry}/cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                pass
    return found


def test_a_run_left_by_a_killed_runner_is_marked_interrupted(tmp_path):
    code = (
        "import sys; from pathlib import Path; from repro import runner; from repro.child import Limits;"
        f"runner.run_bundle('forever', params={{'mode': 'sleep'}}, bundles_root=Path({str(BUNDLES)!r}),"
        f" lock_path=Path({str(LOCK)!r}), runs_dir=Path({str(tmp_path)!r}), limits=Limits(wall_seconds=60))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(Path(tmp_path).glob("*/running")):
            time.sleep(0.1)
        (marker,) = list(Path(tmp_path).glob("*/running"))
        run_id = marker.parent.name
        while time.monotonic() < deadline and not _marked(run_id):
            time.sleep(0.1)
        assert _marked(run_id), "the run's child never started"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    seen = []
    recovered = runner.recover_interrupted(tmp_path, on_interrupted=seen.append)
    assert [r.run_id for r in recovered] == [run_id] and seen == recovered
    assert recovered[0].status == "interrupted" and recovered[0].bundle_id == "forever"
    assert load_record(tmp_path / run_id / "record.json").status == "interrupted"
    assert not (tmp_path / run_id / "running").exists()
    assert not _marked(run_id)
    assert not list(Path(tempfile.gettempdir()).glob(f"repro-{run_id[:8]}-*")), "the work folder was left behind"
    assert not Path(f"/sys/fs/cgroup/pids/repro-{run_id}").exists()
    assert runner.recover_interrupted(tmp_path) == []


def _marked(run_id: str) -> bool:
    needle = f"REPRO_RUN={run_id}".encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if needle in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                    return True
            except OSError:
                pass
    return False


def test_a_live_runners_run_is_not_marked_interrupted(tmp_path):
    run_dir = tmp_path / "abc"
    run_dir.mkdir()
    owner = {"pid": os.getpid(), "start": runner.proc_start(os.getpid())}
    (run_dir / "running").write_text(json.dumps({"run_id": "abc", "owner": owner}))
    assert runner.recover_interrupted(tmp_path) == []
    assert (run_dir / "running").exists()


def _cli(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "repro", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_command_line_run_show_verify_and_errors(tmp_path):
    where = ["--bundles-root", str(BUNDLES), "--lock", str(LOCK)]
    done = _cli("run", "well_behaved", *where, "--param", "steps=4", "--seeds", "2", "--runs-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": started") == 2 and "walk done" in done.stdout
    record_paths = [line.split("record: ")[1] for line in done.stdout.splitlines() if "record: " in line]
    assert len(record_paths) == 2 and all(Path(p).is_file() for p in record_paths)
    run_id = Path(record_paths[0]).parent.name
    shown = _cli("show", run_id[:8], "--runs-dir", str(tmp_path))
    assert shown.returncode == 0 and json.loads(shown.stdout)["run_id"] == run_id
    assert _cli("verify", *where).returncode == 0
    listed = _cli("list", *where, "--json")
    assert {row["id"]: row["seal"] for row in json.loads(listed.stdout)}["forger"] == "sealed"
    bad = _cli("run", "well_behaved", *where, "--param", "stepz=4", "--runs-dir", str(tmp_path))
    assert bad.returncode == 5 and bad.stderr.count("\n") == 1 and "did you mean 'steps'" in bad.stderr
    failed = _cli("run", "forger", *where, "--runs-dir", str(tmp_path))
    assert failed.returncode == 5 and "did not end ok" in failed.stderr
    missing = _cli("show", "nope", "--runs-dir", str(tmp_path))
    assert missing.returncode == 5 and "no run" in missing.stderr


def test_fingerprint_versions_compare_without_their_local_label():
    """torch.__version__ (the run's report) says 2.11.0+cu130 where the GPU image's metadata (the
    runner's observation) says 2.11.0: the same installation, not a forgery. Another release is."""
    from repro import environment

    seen = {"torch": "2.11.0", "numpy": "2.5.2", "python": "3.12.3"}
    assert environment.disagreements({"torch": "2.11.0+cu130", "numpy": "2.5.2", "python": "3.12.3"}, seen) == []
    assert environment.disagreements({"torch": "2.10.0+cu130"}, seen) == [
        "torch: reported '2.10.0+cu130', observed '2.11.0'"]
    assert environment.disagreements({"python": "3.12.3+x"}, seen) == ["python: reported '3.12.3+x', observed '3.12.3'"]
