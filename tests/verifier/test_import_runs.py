"""`verifier repro import`: run records made elsewhere become database runs once, and only when they check out.

The records are real: one CPU smoke run of a product bundle (sealed by the repository's lock), made
by the runner in a scratch runs folder standing in for the GPU machine's.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
from pathlib import Path

import pytest

from repro.runner import run_bundle
from repro.tools.import_runs import check_run, import_runs
from verifier.cli import main

BUNDLE = "sparse24_matmul_speedup"  # seconds on the CPU: the correctness part runs, timings say unsupported


@pytest.fixture(scope="module")
def remote_runs(tmp_path_factory) -> Path:
    """A runs folder holding one ok record of a product bundle, as another machine would return it."""
    runs = tmp_path_factory.mktemp("remote") / "runs"
    (record,) = run_bundle(BUNDLE, size="smoke", device="cpu", seeds=[0], runs_dir=runs)
    assert record.ok, record.reason
    return runs


@pytest.fixture
def cli_env(tmp_path, monkeypatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("VERIFIER_DATA_DIR", str(data))
    monkeypatch.delenv("VERIFIER_DATABASE_URL", raising=False)
    return data


def _copy(remote_runs: Path, tmp_path: Path) -> Path:
    target = tmp_path / "incoming"
    shutil.copytree(remote_runs, target)
    return target


def _db_runs(data: Path) -> list:
    from claims_db import store
    from claims_db.engine import session_factory
    from verifier.config import load_settings
    from verifier.ingest import open_database

    with session_factory(open_database(load_settings(data_dir=data)))() as s:
        return [(r.id, r.bundle_id, r.status, r.result_sha256, r.fingerprint) for r in store.list_runs(s)]


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]


def test_imported_runs_appear_once_and_a_second_import_changes_nothing(remote_runs, cli_env, capsys):
    (run_dir,) = [p for p in remote_runs.iterdir() if (p / "record.json").is_file()]
    record = json.loads((run_dir / "record.json").read_text())
    assert main(["-q", "repro", "import", str(remote_runs), "--json"]) == 0
    (line,) = _lines(capsys)
    assert (line["run_id"], line["import"], line["run_status"]) == (record["run_id"], "imported", "ok")
    rows = _db_runs(cli_env)
    assert [(r[0], r[1], r[2]) for r in rows] == [(record["run_id"], BUNDLE, "ok")]
    local = cli_env / "runs" / record["run_id"]
    assert (local / "record.json").read_bytes() == (run_dir / "record.json").read_bytes()
    assert rows[0][3] == hashlib.sha256((run_dir / "record.json").read_bytes()).hexdigest()
    assert rows[0][4] == record["fingerprint"]
    assert (local / "statement.intoto.json").is_file()

    assert main(["-q", "repro", "import", str(remote_runs), "--json"]) == 0
    assert [line["import"] for line in _lines(capsys)] == ["already"]
    assert _db_runs(cli_env) == rows


def test_a_tarball_as_the_gpu_session_packs_it_imports_the_same_run(remote_runs, tmp_path):
    archive = tmp_path / "records.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(remote_runs, arcname="runs")
    (item,) = import_runs([archive], runs_dir=tmp_path / "local")
    assert item.status == "imported" and item.record.bundle_id == BUNDLE
    assert item.record.record_dir == str(tmp_path / "local" / item.record.run_id)
    (again,) = import_runs([archive], runs_dir=tmp_path / "local")
    assert again.status == "already"


def test_a_record_sealed_otherwise_than_the_lock_is_refused(remote_runs, tmp_path, cli_env, capsys):
    incoming = _copy(remote_runs, tmp_path)
    (run_dir,) = [p for p in incoming.iterdir() if (p / "record.json").is_file()]
    record = json.loads((run_dir / "record.json").read_text())
    record["seal"] = "sha256:" + "0" * 64
    (run_dir / "record.json").write_text(json.dumps(record))
    assert main(["-q", "repro", "import", str(incoming)]) == 5
    err = capsys.readouterr().err
    assert "was made with seal sha256:000" in err and "lock holds" in err and BUNDLE in err
    assert _db_runs(cli_env) == [] and not (cli_env / "runs" / record["run_id"]).exists()


@pytest.mark.parametrize("edit", ["result_file", "record_metric", "log"])
def test_a_tampered_record_is_refused_and_nothing_is_copied(remote_runs, tmp_path, cli_env, capsys, edit):
    incoming = _copy(remote_runs, tmp_path)
    (run_dir,) = [p for p in incoming.iterdir() if (p / "record.json").is_file()]
    record = json.loads((run_dir / "record.json").read_text())
    if edit == "result_file":  # a result file changed after the run: its digest no longer matches
        result = json.loads((run_dir / "results" / "result.json").read_text())
        result["result"]["metrics"]["mask_ok"] = 0.5
        (run_dir / "results" / "result.json").write_text(json.dumps(result))
        expected = "results/result.json has sha256"
    elif edit == "record_metric":  # the record edited, its files left: they disagree
        record["metrics"]["mask_ok"] = 0.5
        (run_dir / "record.json").write_text(json.dumps(record))
        expected = "metrics differ between result.json and the record: mask_ok"
    else:
        (run_dir / "log.txt").write_text("a different log\n")
        expected = "log.txt differs"
    assert main(["-q", "repro", "import", str(incoming)]) == 5
    err = capsys.readouterr().err
    assert "does not match its own record" in err and expected in err, err
    assert _db_runs(cli_env) == [] and not (cli_env / "runs" / record["run_id"]).exists()
    with pytest.raises(Exception, match="does not match its own record"):
        check_run(run_dir)


def test_paths_that_hold_no_run_are_refused_with_the_path(tmp_path, cli_env, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["-q", "repro", "import", str(tmp_path / "empty")]) == 5
    assert "no record.json under" in capsys.readouterr().err
    (tmp_path / "note.txt").write_text("not an archive")
    assert main(["-q", "repro", "import", str(tmp_path / "note.txt")]) == 5
    assert "neither a run folder nor a tar archive" in capsys.readouterr().err
