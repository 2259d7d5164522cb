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
