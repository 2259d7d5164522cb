"""The whole pipeline on embedded defaults: `verifier demo` (small sizes, CPU, SQLite, local runner).

Slow by nature (it trains and quantises small models in the sandbox, three seeds per plan), so
one module-scoped run serves every assertion.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verifier.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo")
    mp = pytest.MonkeyPatch()
    mp.setenv("VERIFIER_DATA_DIR", str(data))
    mp.delenv("VERIFIER_DATABASE_URL", raising=False)
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["-q", "demo"])
    second = io.StringIO()
    with redirect_stdout(second):
        code2 = main(["-q", "demo"])
    third = io.StringIO()
    with redirect_stdout(third):
        code3 = main(["-q", "demo", "--seeds", "5", "--out", str(data / "reports-5")])
    mp.undo()
    return {"code": code, "out": buf.getvalue(), "code2": code2, "out2": second.getvalue(), "data": data,
            "code3": code3, "out3": third.getvalue()}


def test_demo_runs_every_stage(demo):
    assert demo["code"] == 0, demo["out"]
    out = demo["out"]
    for stage in ("1/6 ingest", "2/6 ground", "3/6 match", "4/6 run", "5/6 judge", "6/6 report"):
        assert stage in out
    assert "Gate 2 (verification)" in out


def test_second_demo_reuses_stored_runs(demo):
    assert demo["code2"] == 0
    assert "new runs none (all stored)" in demo["out2"]
    assert "unchanged (already ingested)" in demo["out2"]


def test_the_demo_names_the_verdicts_more_seeds_may_decide(demo):
    from verifier.judge import MORE_SEEDS
    from verifier.verify import seeds_hint

    data = json.loads(next((demo["data"] / "reports").glob("Demonstration-paper*.json")).read_text())
    wanting = [r["claim_ref"] for r in data["claims"] if r["repro"] and r["repro"]["verdict"] == "inconclusive"
               and MORE_SEEDS in r["repro"]["reasons"][-1]]
    hints = [line.strip() for line in demo["out"].splitlines() if "more seeds may decide" in line]
    if wanting:
        assert hints == [f"more seeds may decide {len(wanting)} inconclusive verdict(s) ({', '.join(wanting)}): "
                         "`verifier demo --seeds 8` runs seeds 3-7 beside the stored ones"]
    else:
        assert hints == []
    assert seeds_hint(3) == (8, "seeds 3-7") and seeds_hint(8) == (16, "seeds 8-15")


def test_more_seeds_run_only_the_new_ones_and_judge_on_all(demo):
    assert demo["code3"] == 0, demo["out3"]
    assert "new runs {'ok': 6}" in demo["out3"]  # seeds 3 and 4 of the three distinct plans
    data = json.loads(next((demo["data"] / "reports-5").glob("Demonstration-paper*.json")).read_text())
    for row in (r for r in data["claims"] if r["repro"]):
        assert sorted(r["seed"] for r in row["runs"]) == [0, 1, 2, 3, 4], row["text"]
        assert row["repro"]["interval"] is None or row["repro"]["interval"]["n"] in (5, 45), row["text"]


def test_paper_report_says_what_holds_and_why(demo):
    reports = demo["data"] / "reports"
    data = json.loads(next(reports.glob("Demonstration-paper*.json")).read_text())
    rows = {r["claim_ref"]: r for r in data["claims"]}
    gptq = next(r for r in rows.values() if r["text"].startswith("GPTQ outperforms"))
    assert gptq["grounding"]["verdict"] == "supported"
    assert gptq["repro"]["verdict"] == "reproduced_at_proxy_scale" and gptq["repro"]["scale"] == "proxy"
    assert len(gptq["runs"]) == 3 and all(r["status"] == "ok" for r in gptq["runs"])
    speed = next(r for r in rows.values() if "1.6x" in r["text"])
    assert speed["repro"] is None and speed["untestable"]["category"] == "not_testable_offline"
    setup = next(r for r in rows.values() if r["kind"] == "setup")
    assert setup["untestable"]["category"] == "not_a_result"
    # the small size's model learned addition: the accuracy comparisons are judged on every run
    # (at smoke size all of them were refused for a baseline that did not learn)
    for text in ("At 4 bits, QAT", "8-bit round-to-nearest", "Wanda outperforms"):
        row = next(r for r in rows.values() if r["text"].startswith(text))
        assert row["repro"]["observed"] is not None and row["repro"]["scale"] == "proxy", text
        assert len(row["runs"]) == 3 and all(r["rejected"] is None and r["size"] == "small" for r in row["runs"])
    # 8-bit RTN loses nothing: decided on any three seeds
    rtn = next(r for r in rows.values() if r["text"].startswith("8-bit round-to-nearest"))
    assert rtn["repro"]["verdict"] == "reproduced_at_proxy_scale", rtn["repro"]["reasons"]
    # Wanda vs magnitude at 50% is uneven on this proxy (Wanda behind on 7 of 8 seeds, by -0.34..+0.15 exact
    # match): three paired differences that disagree in sign decide nothing; three that agree decide only when
    # they also agree in size (judge-11's paired t interval), and otherwise the verdict says more seeds would
    wanda = next(r for r in rows.values() if r["text"].startswith("Wanda outperforms"))
    metric = wanda["repro"]["metric"]
    baseline = re.match(rf"{metric} - (\w+) over 3 paired seed", wanda["repro"]["reasons"][0]).group(1)
    records = [json.loads((demo["data"] / "runs" / r["run_id"] / "record.json").read_text()) for r in wanda["runs"]]
    diffs = [rec["metrics"][metric] - rec["metrics"][baseline] for rec in records]
    agree = all(d < 0 for d in diffs) or all(d > 0 for d in diffs)
    verdict, reasons = wanda["repro"]["verdict"], wanda["repro"]["reasons"]
    if not agree:
        assert verdict == "inconclusive" and reasons[-1] == "the interval includes zero", (diffs, reasons)
    elif verdict == "inconclusive":
        assert reasons[-1].startswith("the bootstrap alone would say"), (diffs, reasons)
    else:
        assert verdict == ("reproduced_at_proxy_scale" if diffs[0] > 0 else "not_reproduced"), (diffs, reasons)
    assert data["verdict"]["status"] == "PARTIALLY VERIFIED"  # proxy scale only: never VERIFIED
    assert {g["gate"] for g in data["gates"]} == {0, 1, 2}
    man = data["provenance"]
    assert man["runs"] and all(len(r["record_sha256"]) == 64 for r in man["runs"])
    html = next(reports.glob("Demonstration-paper*.html")).read_text()
    assert "<script" not in html.lower() and "GPTQ outperforms round-to-nearest" in html
    assert html.count("<svg") == len(data["plots"]) >= 1  # accuracy vs sparsity from the sweep runs


def test_synthesis_report_compares_published_marks(demo):
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
    reports = demo["data"] / "reports"
    data = json.loads(sorted(reports.glob("synthesis-*.json"))[-1].read_text())
    assert data["question"].startswith("Does quantization-aware training")
    assert data["papers"] and data["papers"][0]["n_claims"] == 9
    if shared.exists():
        assert len(data["comparison"]) == 16
        assert sum(1 for c in data["comparison"] if c["published_verified"]) == 1
