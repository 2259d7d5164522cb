"""`verifier verify --commands`: the runs a paper still needs, as lines for a machine without the
pipeline (a bare GPU machine); their records come back with `repro import` and then count."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from verifier.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_commands_run_elsewhere_and_imported_complete_the_plans(ingest_sentence, capsys):
    tmp_path = ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in reconstruction error.")
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--commands"]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if not x.startswith("#")]
    assert line == "python -m repro run gptq_vs_rtn --size smoke --seeds 3"
    assert not (tmp_path / "data" / "runs").exists()  # nothing ran here

    # elsewhere: the line as printed, from the repository root, into a runs folder of its own
    words = shlex.split(line)
    assert words[:2] == ["python", "-m"]
    elsewhere = tmp_path / "elsewhere"
    subprocess.run([sys.executable, *words[1:], "--runs-dir", str(elsewhere)], cwd=REPO, check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=600)

    assert main(["-q", "repro", "import", str(elsewhere)]) == 0
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--commands"]) == 0
    assert [x for x in capsys.readouterr().out.splitlines() if not x.startswith("#")] == []  # nothing missing
    assert main(["-q", "verify", "p.pdf"]) == 0
    out = capsys.readouterr().out
    assert "1 distinct plans, 1 already complete, new runs {}" in out
    assert "verdicts: 1 reproduced at proxy scale" in out

    # matched later at the GPU size (commands for another machine), the report still shows the verdict
    # beside the plan it judged: its size, its runs, its experiment
    assert main(["-q", "verify", "p.pdf", "--size", "full", "--device", "cuda", "--commands"]) == 0
    assert "python -m repro run gptq_vs_rtn --size full" in capsys.readouterr().out
    assert main(["-q", "report", "p.pdf", "--out", str(tmp_path / "out")]) == 0
    row = next(c for c in json.loads(next((tmp_path / "out").glob("*.json")).read_text())["claims"] if c["repro"])
    assert row["repro"]["verdict"] == "reproduced_at_proxy_scale"
    assert sorted((r["size"], r["seed"]) for r in row["runs"]) == [("smoke", 0), ("smoke", 1), ("smoke", 2)]
    assert row["repro"]["experiment"] and "size full" not in row["repro"]["experiment"]


def test_a_plan_made_for_the_gpu_replaces_the_cpu_ones_only_for_that_device(ingest_sentence, capsys):
    ingest_sentence("2:4 semi-structured sparsity gives a 1.6x speedup of the matrix multiplication.")
    assert main(["-q", "match", "p.pdf", "--size", "full"]) == 0  # on the CPU: untestable (needs CUDA)
    assert "0 claims testable" in capsys.readouterr().out
    assert main(["-q", "verify", "p.pdf", "--size", "full", "--device", "cuda", "--commands"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("#")]
    assert lines == ["python -m repro run sparse24_matmul_speedup --size full --device cuda --seeds 3"]
    assert main(["-q", "match", "p.pdf", "--size", "full"]) == 0  # the CPU's answer is unchanged
    assert "0 claims testable" in capsys.readouterr().out


def test_a_run_of_another_configuration_does_not_complete_a_plan(ingest_sentence, capsys):
    """The plan binds no group size, but records the bundle's (16 at smoke size): a run made with
    group_size=8 ran another experiment, so its seed is still missing and the judge rejects it."""
    tmp_path = ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in reconstruction error.")
    elsewhere = tmp_path / "elsewhere"
    subprocess.run([sys.executable, "-m", "repro", "run", "gptq_vs_rtn", "--size", "smoke", "--seed", "0",
                    "--param", "group_size=8", "--runs-dir", str(elsewhere)], cwd=REPO, check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=600)
    assert main(["-q", "repro", "import", str(elsewhere)]) == 0
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--commands"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("#")]
    assert lines == ["python -m repro run gptq_vs_rtn --size smoke --seeds 3"]  # seed 0 too


def test_real_model_plans_name_where_their_model_and_data_live(ingest_sentence, capsys):
    """A bare GPU machine has neither the benchmark files nor the model package: the line names every
    place the bundle reads from (its manifest's location parameters) as a variable to set there."""
    ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in WikiText-2 perplexity.")
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--size", "full", "--device", "cuda", "--commands"]) == 0
    out = capsys.readouterr().out
    assert "MODEL" in out.splitlines()[0]
    lines = [x for x in out.splitlines() if not x.startswith("#")]
    assert lines == ['python -m repro run smollm2_wikitext_ppl --size full --device cuda --seeds 3 '
                     '--param "model=$MODEL" --param "data_root=$DATA_ROOT"']


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has CUDA")
def test_plans_that_need_cuda_are_not_run_on_a_machine_without_it(ingest_sentence, capsys):
    """Each run would fail at once ("CUDA is not available") and leave an 'error' verdict: the plan
    stays pending, and the line says how to run it elsewhere."""
    tmp_path = ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in WikiText-2 perplexity.")
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--size", "full"]) == 0
    out = capsys.readouterr().out
    assert "new runs {}" in out and "not run: 1 plan(s) need a CUDA GPU" in out and "--device cuda --commands" in out
    assert "verdicts: none" in out
    assert not list((tmp_path / "data").glob("runs/*/record.json"))


def test_a_ray_cluster_gets_the_cuda_plans_whatever_this_machine_has(ingest_sentence, monkeypatch):
    """The check is for the local runner only: a Ray cluster's workers have their own GPUs."""
    from verifier import repro_cli, verify
    from verifier.config import load_settings

    tmp_path = ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in WikiText-2 perplexity.")
    asked = []
    monkeypatch.setattr(repro_cli, "run", lambda settings, bundle, **kw: asked.append((bundle, kw["seeds"])) or [])
    monkeypatch.setattr(verify, "_has_cuda", lambda: False)
    monkeypatch.setenv("VERIFIER_REPRO_BACKEND", "ray")
    settings = load_settings(data_dir=str(tmp_path / "data"))
    assert settings.repro_backend == "ray"
    verify.match(settings, "p.pdf", size="full")
    assert verify.run(settings, "p.pdf", size="full")["need_cuda"] == 0
    assert asked == [("smollm2_wikitext_ppl", [0, 1, 2])]
    monkeypatch.setenv("VERIFIER_REPRO_BACKEND", "local")
    asked.clear()
    assert verify.run(load_settings(data_dir=str(tmp_path / "data")), "p.pdf", size="full")["need_cuda"] == 1
    assert asked == []


def test_a_parameter_sweep_prints_a_line_per_swept_value(ingest_sentence, capsys):
    """A trend over SmolLM2's pruning sparsity (match-85) needs runs at each swept value: --commands
    prints one line per value, each binding it and the one pruning method the runs compute."""
    ingest_sentence("On WikiText-2, Wanda's perplexity increases as sparsity increases.")
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--size", "small", "--commands"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("python")]
    assert len(lines) == 4, lines
    for value, line in zip(("0.2", "0.4", "0.6", "0.8"), lines):
        words = shlex.split(line)
        assert words[:6] == ["python", "-m", "repro", "run", "smollm2_wikitext_ppl", "--size"]
        assert f"sparsity={value}" in words and "prune_methods=wanda" in words and "ptq_methods=" in words


def test_a_sweeps_stored_runs_complete_its_plan_once_imported(ingest_sentence, capsys):
    """The twelve stored CPU runs of the SmolLM2 sparsity sweep, imported, are the whole plan: verify
    starts no run, counts one plan (not one per swept value) and judges it from them."""
    folder = REPO / "benchmarks" / "results" / "runs-cpu" / "2026-12-06-smollm2-sweep"
    from verifier.match import load_bundles

    seal = json.loads(next(folder.glob("*/record.json")).read_text())["seal"]
    if load_bundles()["smollm2_wikitext_ppl"].seal != seal:
        pytest.skip("smollm2_wikitext_ppl was resealed since these runs")
    ingest_sentence("On WikiText-2, Wanda's perplexity increases as sparsity increases.")
    assert main(["-q", "repro", "import", str(folder)]) == 0
    capsys.readouterr()
    assert main(["-q", "verify", "p.pdf", "--size", "small", "--commands"]) == 0
    assert [x for x in capsys.readouterr().out.splitlines() if x.startswith("python")] == []
    assert main(["-q", "verify", "p.pdf", "--size", "small"]) == 0
    out = capsys.readouterr().out
    assert "1 distinct plans, 1 already complete, new runs {}" in out
    assert "verdicts: 1 reproduced at proxy scale" in out


def test_more_seeds_reuse_the_stored_runs_and_run_only_the_new_ones(ingest_sentence, capsys):
    """`--seeds 5`: the plan asks for seeds 0-4, the three stored runs count, seeds 3 and 4 are the
    only runs missing, and the verdict rests on five paired differences."""
    tmp_path = ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in reconstruction error.")
    assert main(["-q", "verify", "p.pdf"]) == 0
    assert "new runs {'ok': 3}" in capsys.readouterr().out
    assert main(["-q", "verify", "p.pdf", "--seeds", "5", "--commands"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("#")]
    assert lines == ["python -m repro run gptq_vs_rtn --size smoke --seed 3 --seed 4"]
    assert main(["-q", "verify", "p.pdf", "--seeds", "5"]) == 0
    out = capsys.readouterr().out
    assert "new runs {'ok': 2}" in out and "verdicts: 1 reproduced at proxy scale" in out
    assert main(["-q", "report", "p.pdf", "--out", str(tmp_path / "out")]) == 0
    row = next(c for c in json.loads(next((tmp_path / "out").glob("*.json")).read_text())["claims"] if c["repro"])
    assert sorted(r["seed"] for r in row["runs"]) == [0, 1, 2, 3, 4] and row["repro"]["interval"]["n"] == 5

    # a count out of range is refused before anything is stored
    from sqlalchemy import create_engine, func, select

    from claims_db.assessments import PlanRow

    db = create_engine(f"sqlite:///{tmp_path / 'data' / 'verifier.sqlite'}")
    with db.connect() as c:
        before = c.execute(select(func.count()).select_from(PlanRow)).scalar()
    for bad in ("0", "21"):
        assert main(["-q", "match", "p.pdf", "--seeds", bad]) == 2
        assert f"--seeds {bad}: a plan runs between 1 and 20 seeds" in capsys.readouterr().err
    with db.connect() as c:
        assert c.execute(select(func.count()).select_from(PlanRow)).scalar() == before
