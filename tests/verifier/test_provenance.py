"""Provenance manifests and in-toto statements, on records the runner really wrote."""

import hashlib
import json
from pathlib import Path

import pytest

from repro import runner
from repro import seal as sealing
from repro.child import Limits
from repro.records import RunRecord
from verifier.claims import Quantity
from verifier.errors import InputError
from verifier.judge import judge_claim
from verifier.provenance import (
    PREDICATE_TYPE,
    STATEMENT_TYPE,
    format_versions,
    intoto_statement,
    manifest,
    record_sha256,
)
from verifier.verdicts import Label, ReproPlan

REPRO_TESTS = Path(__file__).resolve().parents[1] / "repro"
LIMITS = Limits(wall_seconds=30, cpu_seconds=20, memory_bytes=2**30, max_processes=64)


@pytest.fixture(scope="module")
def real_runs(tmp_path_factory):
    """Three seeds of the well-behaved test bundle and one forged run, as the runner stores them."""
    runs_dir = tmp_path_factory.mktemp("runs")
    common = {"bundles_root": REPRO_TESTS / "bundles", "lock_path": REPRO_TESTS / "bundles.lock",
              "runs_dir": runs_dir, "limits": LIMITS}
    good = runner.run_bundle("well_behaved", seeds=[0, 1, 2], **common)
    forged = runner.run_bundle("forger", seeds=[0], params={"mode": "bundle"}, **common)
    return runs_dir, [r.to_json() for r in good], [r.to_json() for r in forged]


def test_statement_subjects_are_the_result_files(real_runs):
    runs_dir, good, _ = real_runs
    record = good[0]
    st = intoto_statement(record)
    assert st["_type"] == STATEMENT_TYPE == "https://in-toto.io/Statement/v1"
    assert st["predicateType"] == PREDICATE_TYPE and ":" in PREDICATE_TYPE
    assert [s["name"] for s in st["subject"]] == sorted(record["files"])
    for s in st["subject"]:
        on_disk = (runs_dir / record["run_id"] / "results" / s["name"]).read_bytes()
        assert s["digest"] == {"sha256": hashlib.sha256(on_disk).hexdigest()}
    pred = st["predicate"]
    assert pred["bundle"] == {"id": "well_behaved", "version": "1.0.0"}
    assert pred["seal"] == sealing.read_lock(REPRO_TESTS / "bundles.lock")["well_behaved"].seal
    assert pred["seed"] == 0 and pred["status"] == "ok" and pred["params"] == record["params"]
    assert pred["fingerprint"] == record["fingerprint"] and pred["record_sha256"] == record_sha256(record)
    assert json.loads(json.dumps(st, allow_nan=False)) == st  # plain JSON


def test_statement_refuses_what_it_cannot_attest(real_runs):
    _, good, forged = real_runs
    with pytest.raises(InputError, match="no result files"):
        intoto_statement(forged[0])
    with pytest.raises(InputError, match="differ"):
        intoto_statement(good[0], {"result.json": "0" * 64})
    bare = {**good[0], "files": {}}
    with pytest.raises(InputError, match="digest"):
        intoto_statement(bare, {"result.json": "not-a-digest"})


def test_judge_on_real_records(real_runs):
    _, good, forged = real_runs
    seal = sealing.read_lock(REPRO_TESTS / "bundles.lock")
    finals = [r["metrics"]["final"] for r in good]
    mean = sum(finals) / len(finals)
    text = f"{mean:.2f}"
    plan = ReproPlan(
        claim_ref="claim:walk", bundle_id="well_behaved", bundle_version="1.0.0", seal=seal["well_behaved"].seal,
        params={"steps": 20}, size="smoke", seeds=[0, 1, 2], metric="final", metric_direction="higher",
        expected=Quantity(value=float(text), text=text), rule="value", scale="proxy",
        reason="the walk's final position, as the test bundle reports it", tolerance=100.0,
    )
    v = judge_claim(plan, good)
    assert v.label == Label.reproduced_at_proxy_scale and len(v.runs_used) == 3
    assert v.run_hardware  # the fingerprint's CPU model on a machine without a GPU
    forged_plan = plan.model_copy(update={"bundle_id": "forger", "seal": seal["forger"].seal, "params": {},
                                          "seeds": [0], "metric": "accuracy"})
    fv = judge_claim(forged_plan, forged)
    assert fv.label == Label.error and fv.runs_used == []
    assert fv.runs_rejected[0].reason.startswith("forged")


def test_manifest_hashes_everything_and_is_deterministic(real_runs):
    _, good, forged = real_runs
    seal = sealing.read_lock(REPRO_TESTS / "bundles.lock")["well_behaved"].seal
    args = {"subject": "paper:1", "sources": {"2208.07339v2.pdf": "a" * 64},
            "bundles": {"well_behaved": {"version": "1.0.0", "seal": seal}}, "runs": good + forged}
    m = manifest(**args)
    assert m == manifest(**{**args, "runs": list(reversed(args["runs"]))})
    assert [r["run_id"] for r in m["runs"]] == sorted(r["run_id"] for r in good + forged)
    assert {r["record_sha256"] for r in m["runs"]} == {record_sha256(r) for r in good + forged}
    assert m["formats"]["run_record"] == "repro-run-record-v1" and m["formats"] == {**format_versions(), **m["formats"]}
    changed = [{**good[0], "metrics": {**good[0]["metrics"], "final": 0.0}}, *good[1:], *forged]
    assert manifest(**{**args, "runs": changed})["manifest_sha256"] != m["manifest_sha256"]
    extra = manifest(**args, formats={"grounding": "ground-1"})
    assert extra["formats"]["grounding"] == "ground-1"
    with pytest.raises(InputError, match="run_record"):
        manifest(**args, formats={"run_record": "v0"})
    with pytest.raises(InputError, match="digest"):
        manifest(**{**args, "sources": {"paper.pdf": "xyz"}})


def test_record_digest_ignores_key_order_not_content():
    rec = RunRecord(run_id="r1", bundle_id="b", bundle_version="1.0.0", seal=None, size="smoke", device="cpu",
                    params={"a": 1, "b": 2}, seed=0, status="ok", started="2026-06-01T00:00:00Z").to_json()
    shuffled = dict(reversed(list(rec.items())))
    assert record_sha256(rec) == record_sha256(shuffled)
    assert record_sha256(rec) != record_sha256({**rec, "seed": 1})
