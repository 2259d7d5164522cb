"""`verifier repro run --claim ID`: run a claim's stored plan, and refuse claims without one."""

from __future__ import annotations

import json

from verifier.cli import main


def test_run_a_claims_plan(ingest_sentence, capsys):
    ingest_sentence("GPTQ outperforms round-to-nearest at 3 bits in reconstruction error.")
    assert main(["-q", "repro", "run", "--claim", "1"]) == 2  # not matched yet
    assert "verifier match" in capsys.readouterr().err
    assert main(["-q", "match", "p.pdf", "--json"]) == 0
    plans = json.loads(capsys.readouterr().out)["planned"]
    assert [p["bundle_id"] for p in plans] == ["gptq_vs_rtn"]
    assert main(["-q", "repro", "run", "--claim", "1", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert sorted(r["seed"] for r in records) == plans[0]["seeds"]
    assert {r["bundle_id"] for r in records} == {"gptq_vs_rtn"} and all(r["status"] == "ok" for r in records)
    assert main(["-q", "repro", "run", "gptq_vs_rtn", "--claim", "1"]) == 5  # a plan, not a bundle and a plan


def test_a_swept_plan_runs_every_seed_at_each_value(ingest_sentence, capsys, monkeypatch):
    """--claim of a parameter sweep (match-85) starts the bundle once per swept value, binding it;
    the runner itself is replaced here (SmolLM2 at four sparsities is minutes of CPU)."""
    from verifier import repro_cli

    ingest_sentence("On WikiText-2, Wanda's perplexity increases as sparsity increases.")
    capsys.readouterr()
    assert main(["-q", "match", "p.pdf", "--size", "small", "--json"]) == 0
    (plan,) = json.loads(capsys.readouterr().out)["planned"]
    assert plan["sweep"] == [0.2, 0.4, 0.6, 0.8]
    calls = []
    monkeypatch.setattr(repro_cli, "run", lambda settings, bundle, **kw: calls.append((bundle, kw)) or [])
    assert main(["-q", "repro", "run", "--claim", "1"]) == 0
    assert [b for b, _ in calls] == ["smollm2_wikitext_ppl"] * 4
    assert [next(p for p in kw["params"] if p.startswith("sparsity=")) for _, kw in calls] == [
        "sparsity=0.2", "sparsity=0.4", "sparsity=0.6", "sparsity=0.8"]
    assert all(kw["seeds"] == plan["seeds"] and "prune_methods=wanda" in kw["params"] for _, kw in calls)
