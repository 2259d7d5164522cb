"""Report views built from real pipeline records (judge verdicts, gate records, quality,
corrections, run records, third-party claims), then rendered: the views restate nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from repro.records import RunRecord
from verifier.claims import Anchor, Claim, ClaimKind, Quantity
from verifier.corrections import Correction
from verifier.gates import Artifact, gate0, gate1, gate2, paper_verdict
from verifier.judge import RULES as JUDGE_RULES
from verifier.judge import judge_claim
from verifier.provenance import manifest, record_sha256
from verifier.quality import Dimension, Level, QualityAssessment, Tier
from verifier.render import render_paper, render_synthesis
from verifier.report_context import (
    PaperReportContext,
    PaperSummary,
    SourceView,
    SynthesisReportContext,
)
from verifier.report_views import (
    agreement,
    claim_row,
    comparison_row,
    correction_views,
    gate_view,
    grounding_view,
    method_texts,
    plots_from_runs,
    quality_view,
    synthesis_source_view,
    verdict_view,
)
from verifier.synthesis import SynthesisReport, ThirdPartyClaim
from verifier.verdicts import ReproPlan, Untestable, UntestableCategory

AT = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SEAL = "sha256:" + "ab" * 32
H100 = "NVIDIA H100 80GB HBM3"
SHA = "9f" * 32


def _run(run_id: str, seed: int, metrics: dict, *, status: str = "ok", curves: dict | None = None) -> dict:
    return RunRecord(
        run_id=run_id, bundle_id="lowbit_matmul_speedup", bundle_version="1.0.0", seal=SEAL, size="full",
        device="cuda", params={"fmt": "int8"}, seed=seed, status=status, started="2026-11-20T10:00:00+00:00",
        duration_s=30.0 + seed, reason=None if status == "ok" else "exit 1", metrics=metrics, curves=curves or {},
        fingerprint={"gpu_name": H100, "cpu_model": "Intel Xeon", "torch": "2.13.0"},
    ).to_json()


def _claim(statement: str, quote: str, kind: ClaimKind = ClaimKind.speedup, page: int = 9) -> Claim:
    return Claim(kind=kind, statement=statement, extractor_version="extract-1",
                 anchor=Anchor(page=page, quote=quote, passage_index=3, char_start=0, char_end=len(quote)))


@pytest.fixture(scope="module")
def speed():
    """A real speed verdict: the claim names an A100, the runs ran on an H100; one run failed."""
    plan = ReproPlan(claim_ref="claim:14", bundle_id="lowbit_matmul_speedup", bundle_version="1.0.0", seal=SEAL,
                     params={"fmt": "int8"}, size="full", seeds=[0, 1, 2], metric="int8_speedup",
                     metric_direction="higher", metric_unit="x",
                     expected=Quantity(value=1.81, unit="x", text="1.81x"), rule="speed", scale="faithful",
                     claim_hardware="NVIDIA A100", run_hardware=H100, reason="the bundle times int8 against bf16")
    curve = {"x": [1024.0, 4096.0, 16384.0], "x_label": "n = k", "y_label": "bf16 time / int8 time"}
    runs = [_run(f"r{i}", i, {"int8_speedup": v}, curves={"int8_speedup_vs_shape": {**curve, "y": [1.1, 1.3, v]},
                                                            "fp_train_loss": {**curve, "y": [3.0, 2.0, 1.0]}})
            for i, v in enumerate([1.41, 1.43, 1.42])]
    runs.append(_run("r9", 1, {}, status="failed"))
    return plan, judge_claim(plan, runs), runs


def test_claim_row_from_a_real_verdict(speed):
    plan, verdict, runs = speed
    claim = _claim("Int8 matmul is 1.81x faster than fp16 on an A100.", "we measure a 1.81x speedup on an A100")
    grounding = {"verdict": "supported", "score": 1.0, "reasons": ["quote found at its anchor on page 9"],
                 "evidence": [{"source_sha256": SHA, "page": 9, "quote": "we measure a 1.81x speedup on an A100",
                               "score": 1.0}]}
    row = claim_row("claim:14", claim, grounding, verdict=verdict, plan=plan, runs=reversed(runs))
    assert (row.text, row.kind, row.quote, row.where) == (claim.statement, "speedup", claim.anchor.quote, "p. 9")
    assert row.grounding.evidence_quote == "we measure a 1.81x speedup on an A100" and row.grounding.evidence_page == 9
    r = row.repro
    assert (r.verdict, r.scale, r.rule, r.unit) == ("not_comparable", "faithful", "speed", "x")
    assert (r.claim_hardware, r.run_hardware, r.hardware_comparable) == ("NVIDIA A100", H100, False)
    assert r.observed == pytest.approx(1.42) and r.expected == 1.81 and r.expected_text == "1.81x"
    assert r.interval.n == 3 and r.interval.low < 1.42 < r.interval.high and r.direction_holds is True
    assert r.reasons == verdict.reasons and r.experiment == "the bundle times int8 against bf16"
    assert [v.run_id for v in row.runs] == ["r0", "r1", "r2", "r9"]
    assert [v.rejected for v in row.runs[:3]] == [None] * 3 and row.runs[3].rejected.startswith("status failed")
    assert row.runs[0].gpu == H100 and row.untestable is None and r.untested == []
    left = plan.model_copy(update={"untested": ["the fp8 format the claim also names"]})
    assert claim_row("claim:14", claim, grounding, verdict=verdict, plan=left).repro.untested == [
        "the fp8 format the claim also names"]


def test_untestable_claim_row():
    claim = _claim("Batch size 32 and learning rate 2e-5.", "batch size of 32", kind=ClaimKind.setup, page=12)
    untestable = Untestable(claim_ref="claim:21", category=UntestableCategory.not_a_result, detail="a setup fact")
    row = claim_row("claim:21", claim, {"verdict": "supported", "score": 1.0}, untestable=untestable)
    assert row.repro is None and row.runs == []
    assert (row.untestable.category, row.untestable.detail) == ("not_a_result", "a setup fact")
    assert row.grounding.evidence_quote is None and row.grounding.reasons == []


def test_plots_from_runs_group_average_and_skip(speed):
    _, _, runs = speed
    plots = plots_from_runs(runs)
    assert len(plots) == 1  # the loss curve is not plotted, the failed run adds nothing
    (p,) = plots
    assert p.title == "lowbit_matmul_speedup: bf16 time / int8 time vs n = k" and p.log_x
    (s,) = p.series
    assert s.name == "int8 speedup vs shape (mean of 3 runs)"
    assert s.xs == [1024.0, 4096.0, 16384.0] and s.ys == pytest.approx([1.1, 1.3, 1.42])
    bits = [{"run_id": "b0", "bundle_id": "qat_vs_ptq_bits", "status": "ok", "curves": {
        f"exact_match_vs_bits_{m}": {"x": [2, 4, 8], "y": y, "x_label": "weight bits", "y_label": "exact match"}
        for m, y in (("qat", [0.3, 0.6, 0.64]), ("ptq_rtn", [0.02, 0.5, 0.63]))}}]
    (q,) = plots_from_runs(bits)
    assert [s.name for s in q.series] == ["ptq rtn", "qat"] and not q.log_x


def test_gate_verdict_quality_and_corrections_views(speed):
    _, verdict, runs = speed
    g0 = gate0(subject="paper:1", sha256=SHA, size=1000, title="LLM.int8()", identifier="2208.07339", at=AT)
    g1 = gate1([{"verdict": "supported", "score": 1.0}, {"verdict": "contradicted", "score": 1.0}],
               subject="paper:1", at=AT)
    art = Artifact(claim_ref="claim:14", bundle_id=verdict.bundle_id, seal=SEAL,
                   run_records={r["run_id"]: record_sha256(r) for r in runs[:3]})
    g2 = gate2([verdict], [art], subject="paper:1", at=AT)
    gates = [gate_view(g) for g in (g0, g1, g2)]
    assert [(g.gate, g.name, g.status) for g in gates] == [(0, "intake", "passed"), (1, "grounding", "failed"),
                                                           (2, "verification", "failed")]
    pv = verdict_view(paper_verdict([verdict], [art], subject="paper:1"))
    assert pv.status == "UNVERIFIED" and pv.not_covered == ["claim:14: not comparable"]
    dim = Dimension(level=Level.MEDIUM, reasons=["1 of 2"])
    qa = QualityAssessment(subject="paper:1", tier=Tier.needs_review, basis=["citation grounding is LOW"],
                           evidence_strength=dim, citation_grounding=Dimension(level=Level.LOW, reasons=["1 of 2"]),
                           uncertainty_disclosure=dim, reproducibility_status=dim)
    q = quality_view(qa)
    assert q.tier == "Needs review" and [d.level for d in q.dimensions] == ["MEDIUM", "LOW", "MEDIUM", "MEDIUM"]
    assert q.dimensions[1].name == "Citation grounding" and q.rules_version == qa.rules_version
    later = Correction(target="claim:14", field="label", old="reproduced", new="not_comparable", reason="A100",
                       at=AT + timedelta(days=1))
    first = Correction(target="claim:14", field="scale", old=None, new="faithful", reason="plan", at=AT)
    cs = correction_views([later, first])
    assert [(c.field, c.old, c.new) for c in cs] == [("scale", "null", '"faithful"'),
                                                     ("label", '"reproduced"', '"not_comparable"')]


@pytest.mark.parametrize("published, grounding, repro, expected", [
    (True, "supported", None, "agrees"),
    (True, "partially_supported", "reproduced", "agrees"),
    (True, "not_found", None, "disagrees: published ✓, but not found in the cited sources"),
    (True, "supported", "not_reproduced", "disagrees: published ✓, but the evidence contradicts it"),
    (True, "contradicted", None, "disagrees: published ✓, but the evidence contradicts it"),
    (False, "supported", None, "disagrees: published ×, but the cited sources support it"),
    (False, "supported", "not_reproduced", "agrees"),
    (False, "not_found", None, "agrees"),
    (False, "contradicted", None, "agrees"),
])
def test_agreement_rule(published, grounding, repro, expected):
    assert agreement(published, grounding, repro) == expected


def test_views_render_end_to_end(speed):
    plan, verdict, runs = speed
    claim = _claim("Int8 matmul is 1.81x faster than fp16 on an A100.", "we measure a 1.81x speedup on an A100")
    row = claim_row("claim:14", claim, {"verdict": "supported", "score": 1.0}, verdict=verdict, plan=plan, runs=runs)
    art = Artifact(claim_ref="claim:14", bundle_id=verdict.bundle_id, seal=SEAL,
                   run_records={r["run_id"]: record_sha256(r) for r in runs[:3]})
    common = {
        "generated_at": AT,
        "gates": [gate_view(gate2([verdict], [art], subject="paper:1", at=AT))],
        "verdict": verdict_view(paper_verdict([verdict], [art], subject="paper:1")),
        "quality": quality_view(QualityAssessment(
            subject="paper:1", tier=Tier.sound, basis=["no dimension is LOW"],
            evidence_strength=Dimension(level=Level.HIGH), citation_grounding=Dimension(level=Level.HIGH),
            uncertainty_disclosure=Dimension(level=Level.MEDIUM), reproducibility_status=Dimension(level=Level.MEDIUM))),
        "plots": plots_from_runs(runs),
        "corrections": [],
        "provenance": manifest(subject="paper:1", sources={"2208.07339": SHA},
                               bundles={"lowbit_matmul_speedup": {"version": "1.0.0", "seal": SEAL}}, runs=runs[:3]),
    }
    source = SourceView(title="LLM.int8()", arxiv_id="2208.07339v2", sha256=SHA, pages=20)
    paper = PaperReportContext(title="LLM.int8() report", methods=method_texts(), source=source, claims=[row],
                               **common)
    out = render_paper(paper)
    assert JUDGE_RULES.splitlines()[1][:60] in out["md"].replace("\\", "")
    assert "not comparable" in out["html"] and out["html"].count("<svg") == 1
    # what the runs were, as the plan says it (model, data, what a reduced size leaves out)
    assert "experiment: the bundle times int8 against bf16" in out["md"]
    assert ">experiment: the bundle times int8 against bf16<" in out["html"]
    assert json.loads(out["json"])["provenance"]["manifest_sha256"] == common["provenance"]["manifest_sha256"]

    report = SynthesisReport(sha256=SHA, title="A synthesis", publisher="Assignee Research", published="May 30, 2026",
                             review_score=3.8, stated_claim_count=16, stated_verified_count=1, parser_version="s-1")
    tp = ThirdPartyClaim(row=0, text="Int8 is 1.81x faster", verified=True, confidence=0.28, line_no=40)
    synthesis = SynthesisReportContext(
        title="Synthesis check", question="Does int8 speed up inference?", methods=method_texts(synthesis=True),
        synthesis=synthesis_source_view(report),
        papers=[PaperSummary(source=source, verdict=common["verdict"], n_claims=1, n_result_claims=1, n_supported=1,
                             n_reproduced=0, claims=[row])],
        comparison=[comparison_row(tp, {"verdict": "supported", "score": 0.9}, verdict=verdict, plan=plan)],
        **common)
    html = render_synthesis(synthesis)["html"]
    assert "Published marks against ours" in html and "✓ 0.28" in html and ">agrees<" in html
    assert grounding_view({"verdict": "not_found", "score": 0.0}).evidence_page is None


def test_a_synthesis_shows_the_judged_claims_and_those_closest_to_its_question():
    from types import SimpleNamespace

    from verifier.report import claims_on_question

    def row(text, kind="result", judged=False):
        return SimpleNamespace(text=text, kind=kind, repro=object() if judged else None)

    rows = [
        row("Memory footprint of the 175B model is 350GB in FP16.", kind="memory"),
        row("Int8 quantization keeps the accuracy of large language models.", kind="comparison"),
        row("The learning rate is 2e-5 for 8-bit quantization accuracy runs.", kind="setup"),
        row("Wanda prunes 50% of the weights.", judged=True),
        row("Clock periods shrink by 9-14% on Nangate45."),
    ]
    shown = claims_on_question("Does 8-bit quantization preserve the accuracy of language models?", rows, limit=1)
    # the judged claim always, then the one best matching the question; setup facts never; paper order kept
    assert [r.text for r in shown] == [rows[1].text, rows[3].text]
    assert claims_on_question("an unrelated question about protein folding", rows) == [rows[3]]


def test_where_a_quote_stands_is_a_page_in_a_pdf_and_lines_in_a_text_source():
    from verifier.report_views import where_of

    one = Anchor(page=1, quote="q", passage_index=2, char_start=0, char_end=1, bbox=(0, 17, 0, 17))
    two = Anchor(page=1, quote="q", passage_index=2, char_start=0, char_end=1, bbox=(0, 17, 0, 19))
    cell = Anchor(page=1, quote="7.26", table_index=0, row=2, col=1, bbox=(1, 42, 2, 42))
    pdf = Anchor(page=6, quote="q", passage_index=2, char_start=0, char_end=1, bbox=(72.0, 100.5, 300.0, 130.2))
    assert [where_of(a, True) for a in (one, two, cell)] == ["line 17", "lines 17\u201319", "line 42"]
    assert where_of(pdf) == "p. 6" and where_of(one) == "p. 1"


def test_a_paired_verdict_says_its_observed_number_is_a_difference():
    """A paired verdict's observed number is A - B (or 100 * (A / B - 1) when relative): printed as
    'wanda_s50_exact_match: observed -0.176' it read as a negative accuracy."""
    from verifier.report_views import observed_of, repro_view
    from verifier.verdicts import Comparison, Trend

    paired = Comparison(baseline_metric="magnitude_s50_exact_match", op="worse", text="Wanda below magnitude")
    assert observed_of("paired_difference", "wanda_s50_exact_match", paired) == (
        "wanda_s50_exact_match - magnitude_s50_exact_match", None)
    relative = Comparison(baseline_metric="ppl_baseline_gguf_fp32", op="equal", tolerance=0.01, relative=True,
                          text="keeps perplexity")
    assert observed_of("paired_difference", "ppl_rtn_w4", relative.model_dump()) == (
        "100 * (ppl_rtn_w4 / ppl_baseline_gguf_fp32 - 1)", "%")
    trend = Trend(sign="-", curve="exact_match_vs_sparsity_magnitude", log2_x=False, text="falls")
    assert observed_of("trend", "exact_match_vs_sparsity_magnitude", trend)[0].startswith("slope of ")
    assert observed_of("value", "fp_exact_match", Quantity(value=99.0, unit="%", text="99%")) == ("", None)

    seal = "sha256:" + "0" * 64
    plan = ReproPlan(claim_ref="c1", bundle_id="pruning_sweep", bundle_version="1", seal=seal, size="small",
                     seeds=[0, 1, 2], metric="wanda_s50_exact_match", metric_direction="higher",
                     metric_unit="fraction", expected=paired, rule="paired_difference", scale="proxy",
                     run_hardware="cpu", reason="Wanda vs magnitude")
    runs = [RunRecord(run_id=f"r{i}", bundle_id="pruning_sweep", bundle_version="1", seal=seal, size="small",
                      device="cpu", params={}, seed=i, status="ok", started="2026-06-01T00:00:00+00:00",
                      metrics={"wanda_s50_exact_match": a, "magnitude_s50_exact_match": 0.9}, curves={},
                      fingerprint={"cpu_model": "x"}, tables={}).to_json()
            for i, a in enumerate((0.70, 0.72, 0.71))]
    view = repro_view(judge_claim(plan, runs), plan)
    assert view.observed_of == "wanda_s50_exact_match - magnitude_s50_exact_match"
    assert view.observed == pytest.approx(-0.19)
