"""Gates, paper verdicts, quality tiers and corrections: documented rules over stored values."""

from datetime import UTC, datetime, timedelta
from enum import Enum

import pytest
from pydantic import BaseModel, ValidationError

from verifier.claims import Anchor, Claim, ClaimKind, Quantity
from verifier.errors import InputError
from verifier.gates import (
    QUALITY_RULES,
    Artifact,
    Correction,
    GateStatus,
    PaperStatus,
    Tier,
    append_correction,
    apply_corrections,
    assess_quality,
    gate0,
    gate1,
    gate2,
    paper_verdict,
)
from verifier.judge import JUDGE_VERSION
from verifier.quality import Level
from verifier.verdicts import ClaimVerdict, Label

AT = datetime(2026, 6, 10, 6, 30, 49, tzinfo=UTC)
SEAL = "sha256:" + "ab" * 32
DIGEST = "0f" * 32


def verdict(ref, label, *, scale="faithful", runs=("r0", "r1", "r2"), seal=SEAL):
    return ClaimVerdict(claim_ref=ref, label=label, scale=scale, rule="value", bundle_id="bench", seal=seal,
                        metric="acc", expected=Quantity(value=42.2, unit="%", text="42.2%"), runs_used=list(runs),
                        judge_version=JUDGE_VERSION)


def artifact(ref, runs=("r0", "r1", "r2"), seal=SEAL):
    return Artifact(claim_ref=ref, bundle_id="bench", seal=seal, run_records={r: DIGEST for r in runs})


def claim(statement, *, model=None, dataset=None, hardware=None, metric="accuracy", value=97.0, text="97%",
          kind=ClaimKind.result, low=None, high=None):
    return Claim(
        kind=kind, statement=statement, extractor_version="test",
        anchor=Anchor(page=1, quote=statement, passage_index=0, char_start=0, char_end=len(statement)),
        model=model, dataset=dataset, hardware=hardware, metric=metric,
        value=Quantity(value=value, unit="%", text=text, low=low, high=high) if value is not None else None,
    )


# -- gates 0 and 1 --------------------------------------------------------------------------------


def test_gate0_needs_a_hash_and_metadata():
    ok = gate0(subject="paper:1", sha256="a" * 64, size=1200, title="LLM.int8()", identifier="2208.07339", at=AT)
    assert ok.status == GateStatus.passed and ok.gate == 0 and ok.name == "intake" and ok.evaluated_at == AT
    partial = gate0(subject="paper:1", sha256="a" * 64, size=1200, title=None, identifier="2208.07339", at=AT)
    assert partial.status == GateStatus.partial and "title" in partial.reason
    assert gate0(subject="paper:1", sha256=None, size=None, title="t", identifier="i", at=AT).status == GateStatus.failed
    with pytest.raises(InputError, match="time zone"):
        gate0(subject="paper:1", sha256="a" * 64, size=1, title="t", identifier="i", at=datetime(2026, 1, 1))


def test_gate1_from_groundings():
    sup = {"verdict": "supported", "score": 0.9}
    assert gate1([sup, sup], subject="s", at=AT).status == GateStatus.passed
    part = gate1([sup, {"verdict": "not_found", "score": 0.1}], subject="s", at=AT)
    assert part.status == GateStatus.partial and part.detail["counts"]["not_found"] == 1
    bad = gate1([sup, {"verdict": "contradicted", "score": 0.7}], subject="s", at=AT)
    assert bad.status == GateStatus.failed and "contradicted" in bad.reason
    assert gate1([], subject="s", at=AT).status == GateStatus.not_run
    with pytest.raises(InputError, match="verdict"):
        gate1([{"verdict": "plausible", "score": 0.5}], subject="s", at=AT)
    with pytest.raises(InputError, match="score"):
        gate1([{"verdict": "supported", "score": 1.5}], subject="s", at=AT)


class _Verdict(str, Enum):
    supported = "supported"
    not_found = "not_found"


class _Grounding(BaseModel):
    """The shape of a Gate 1 result model: an enum verdict and a score, read as attributes."""

    verdict: _Verdict
    score: float


def test_gate1_takes_grounding_models_too():
    models = [_Grounding(verdict=_Verdict.supported, score=0.9), _Grounding(verdict=_Verdict.not_found, score=0.1)]
    dicts = [{"verdict": "supported", "score": 0.9}, {"verdict": "not_found", "score": 0.1}]
    assert gate1(models, subject="s", at=AT) == gate1(dicts, subject="s", at=AT)


# -- gate 2 and the paper verdict -----------------------------------------------------------------


def test_verified_is_impossible_without_artifacts():
    verdicts = [verdict("claim:1", Label.reproduced), verdict("claim:2", Label.reproduced)]
    bare = paper_verdict(verdicts, [], subject="paper:1")
    assert bare.status == PaperStatus.unverified and bare.covers == []
    assert all("no attached artifact" in n for n in bare.not_covered)
    full = paper_verdict(verdicts, [artifact("claim:1"), artifact("claim:2")], subject="paper:1")
    assert full.status == PaperStatus.verified and full.covers == ["claim:1", "claim:2"]
    wrong_seal = [artifact("claim:1"), artifact("claim:2", seal="sha256:" + "cd" * 32)]
    assert paper_verdict(verdicts, wrong_seal, subject="paper:1").status == PaperStatus.partially_verified
    missing_run = [artifact("claim:1"), artifact("claim:2", runs=("r0", "r1"))]
    assert paper_verdict(verdicts, missing_run, subject="paper:1").status == PaperStatus.partially_verified
    with pytest.raises(ValidationError):
        Artifact(claim_ref="claim:1", bundle_id="bench", seal="unsealed", run_records={})


def test_proxy_scale_alone_is_partial_and_faithful_refutation_contradicts():
    proxy = [verdict("claim:1", Label.reproduced_at_proxy_scale, scale="proxy")]
    pv = paper_verdict(proxy, [artifact("claim:1")], subject="paper:1")
    assert pv.status == PaperStatus.partially_verified and pv.proxy_only == ["claim:1"]
    refuted = [verdict("claim:1", Label.reproduced), verdict("claim:2", Label.not_reproduced)]
    pv = paper_verdict(refuted, [artifact("claim:1"), artifact("claim:2")], subject="paper:1")
    assert pv.status == PaperStatus.contradicted and pv.contradicted == ["claim:2"]
    proxy_miss = [verdict("claim:2", Label.not_reproduced, scale="proxy")]
    assert paper_verdict(proxy_miss, [artifact("claim:2")], subject="paper:1").status == PaperStatus.unverified


def test_claims_are_listed_in_reading_order():
    refs = ["claim:12", "claim:3", "claim:21", "claim:4"]
    proxy = [verdict(r, Label.reproduced_at_proxy_scale, scale="proxy") for r in refs]
    pv = paper_verdict(proxy, [artifact(r) for r in refs], subject="paper:1")
    assert pv.proxy_only == ["claim:3", "claim:4", "claim:12", "claim:21"]  # not claim:12 before claim:3
    mixed = [verdict(r, Label.inconclusive, scale="proxy") for r in refs]
    assert [n.split(":")[1] for n in paper_verdict(mixed, [artifact(r) for r in refs],
                                                   subject="paper:1").not_covered] == ["3", "4", "12", "21"]


def test_synthesis_contradicted_by_its_sources():
    groundings = {"row:3": {"verdict": "contradicted", "score": 0.8}, "row:4": {"verdict": "supported", "score": 0.9}}
    pv = paper_verdict([], [], subject="synthesis:1", groundings=groundings, kind="synthesis")
    assert pv.status == PaperStatus.contradicted and pv.contradicted == ["row:3"]
    assert paper_verdict([], [], subject="paper:1", groundings=groundings).status == PaperStatus.unverified


def test_gate2_follows_the_paper_verdict():
    verdicts = [verdict("claim:1", Label.reproduced)]
    g = gate2(verdicts, [artifact("claim:1")], subject="paper:1", at=AT)
    assert g.gate == 2 and g.status == GateStatus.passed and g.detail["paper_verdict"] == "VERIFIED"
    assert gate2(verdicts, [], subject="paper:1", at=AT).status == GateStatus.failed
    assert gate2([], [], subject="paper:1", at=AT).status == GateStatus.not_run


# -- quality --------------------------------------------------------------------------------------


def sound_claims():
    return [
        claim("OPT-13B at 4 bits reaches 42.2% +- 0.3 over 3 seeds on LAMBADA", model="OPT-13B", dataset="LAMBADA"),
        claim("LLaMA-7B with GPTQ keeps 61.0% accuracy on PIQA (std 0.2)", model="LLaMA-7B", dataset="PIQA"),
        claim("batch size 32", kind=ClaimKind.setup, metric=None, value=None),
    ]


def test_controlled_simulation_lands_in_the_lowest_tier():
    claims = [claim("In a controlled simulation the pruned network reaches 97% accuracy."),
              claim("The quantised variant keeps 96.5% accuracy.", value=96.5, text="96.5%")]
    grounded = [{"verdict": "supported", "score": 0.95}] * 2
    qa = assess_quality(claims, grounded, [], subject="paper:9")
    assert qa.tier == Tier.quarantine_candidate
    assert any("names a model, dataset or hardware" in b for b in qa.basis)
    assert any("controlled simulation" in b for b in qa.basis)
    assert qa.evidence_strength.level == Level.LOW
    assert any("97% accuracy" in r for r in qa.evidence_strength.reasons)


def test_tiers_follow_the_documented_rules():
    claims = sound_claims()
    grounded = [{"verdict": "supported", "score": 0.9}] * 3
    reproduced = [verdict("claim:1", Label.reproduced), verdict("claim:2", Label.reproduced)]
    top = assess_quality(claims, grounded, reproduced, subject="paper:1")
    assert top.tier == Tier.reference_grade
    assert {top.evidence_strength.level, top.citation_grounding.level, top.uncertainty_disclosure.level,
            top.reproducibility_status.level} == {Level.HIGH}
    fresh = assess_quality(claims, grounded, [], subject="paper:1")  # nothing reproduced yet
    assert fresh.tier == Tier.needs_review and fresh.reproducibility_status.level == Level.LOW
    refuted = assess_quality(claims, grounded, [verdict("claim:1", Label.not_reproduced)], subject="paper:1")
    assert refuted.tier == Tier.quarantine_candidate and any("claim:1" in b for b in refuted.basis)
    assert assess_quality([], [], [], subject="paper:1").tier == Tier.quarantine_candidate


def test_quality_is_deterministic():
    args = (sound_claims(), [{"verdict": "supported", "score": 0.9}, {"verdict": "not_found", "score": 0.2}],
            [verdict("claim:1", Label.reproduced_at_proxy_scale, scale="proxy")])
    first = assess_quality(*args, subject="paper:1")
    assert first == assess_quality(*args, subject="paper:1")
    assert first.model_dump(mode="json") == assess_quality(*args, subject="paper:1").model_dump(mode="json")
    g = gate1(args[1], subject="paper:1", at=AT)
    assert g == gate1(args[1], subject="paper:1", at=AT)
    assert "Quarantine candidate" in QUALITY_RULES and "controlled simulation" in QUALITY_RULES


# -- corrections ----------------------------------------------------------------------------------


def test_corrections_show_history_without_rewriting():
    record = {"label": "reproduced", "value": {"value": 42.2, "unit": "%"}}
    c1 = Correction(target="claim:1", field="value.value", old=42.2, new=41.2, reason="table 3 misread", at=AT)
    c2 = Correction(target="claim:1", field="label", old="reproduced", new="not_reproduced",
                    reason="re-judged with the corrected value", at=AT + timedelta(hours=1))
    log = append_correction(append_correction((), c1), c2)
    view = apply_corrections(record, list(reversed(log)), target="claim:1")
    assert view.status == "CORRECTED" and view.correction_count == 2
    assert view.current == {"label": "not_reproduced", "value": {"value": 41.2, "unit": "%"}}
    assert view.original == record == {"label": "reproduced", "value": {"value": 42.2, "unit": "%"}}
    assert [h.seq for h in view.history] == [1, 2] and view.history[0].reason == "table 3 misread"
    assert apply_corrections(record, log, target="claim:2").status == "CURRENT"


def test_corrections_are_append_only_and_must_name_what_they_replace():
    c1 = Correction(target="claim:1", field="label", old="reproduced", new="inconclusive", reason="rerun", at=AT)
    stale = Correction(target="claim:1", field="label", old="reproduced", new="error", reason="late",
                       at=AT + timedelta(minutes=5))
    with pytest.raises(InputError, match="record holds"):
        apply_corrections({"label": "reproduced"}, [c1, stale], target="claim:1")
    earlier = Correction(target="claim:1", field="label", old="x", new="y", reason="back-dated",
                         at=AT - timedelta(days=1))
    with pytest.raises(InputError, match="predates the last one"):
        append_correction((c1,), earlier)
    with pytest.raises(ValidationError):
        Correction(target="claim:1", field="label", old=1, new=2, reason="  ", at=AT)
