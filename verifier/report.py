"""Assemble report contexts from the database and write the HTML, Markdown and JSON files.

    verifier report PAPER             -> <out>/<name>.html / .md / .json
    verifier publish --question Q PAPER... [--synthesis s:N]

Everything shown comes from stored records: the claims of the latest extraction, their newest
grounding (Gate 1), plan and verdict (Gate 2), the runs behind each verdict, the newest gate
records and the corrections. Quality tier and dimensions are computed here from those records
by :mod:`verifier.quality` (deterministic: the same records give the same tier). Before
reading, the report grounds any claim not grounded yet and records the gates at this time, so
that a report never shows a stage that was not run; reproductions are not started here
(``verifier verify`` runs them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from verifier.config import Settings
from verifier.ingest import open_database, storage_errors


@dataclass
class _Parts:
    rows: list
    claims: list
    groundings: list
    verdicts: list
    runs: dict[str, dict]  # run id -> record
    bundles: dict[str, dict]
    artifacts: list
    plotted: dict[str, dict] = None  # every ok run of the shown claims' plans, for the plots

    def __post_init__(self):
        self.plotted = {} if self.plotted is None else self.plotted


def _claim_rows(session, subject, *, only_tested: bool = False, text_source: bool = False) -> _Parts:
    from claims_db.assessments import PlanRow
    from claims_db.models import ReproRun
    from repro.manifest import SIZES
    from verifier import report_views as rv
    from verifier.gate1 import latest_groundings
    from verifier.verdicts import ClaimVerdict, ReproPlan, Untestable
    from verifier.verify import _latest_plans, _runs_for, artifacts_for, latest_verdicts

    target = "claim" if subject.kind == "paper" else "synthesis_claim"
    ids = [rid for _, _, rid in subject.claims]
    gmap = latest_groundings(session, target, ids)
    plans = {}
    for size in reversed(SIZES):  # unjudged claims: the plan of the largest size they were matched at
        for rid, row in _latest_plans(session, subject, size).items():
            plans.setdefault(rid, row)
    vrows = latest_verdicts(session, subject)
    by_ref = {cref: rid for cref, _, rid in subject.claims}
    for cref, vrow in vrows.items():  # a judged claim shows the plan its verdict judged, whatever size
        judged = session.get(PlanRow, vrow.plan_id) if vrow.plan_id is not None else None
        if judged is not None:
            plans[by_ref[cref]] = judged
    parts = _Parts([], [], [], [], {}, {}, [])
    ordered = sorted(subject.claims, key=lambda t: (t[0] not in vrows, plans.get(t[2]) is None
                                                    or plans[t[2]].status != "planned", t[2]))
    for cref, claim, rid in ordered:
        g = gmap.get(rid)
        if g is None:
            continue  # grounded by report() before this runs; a claim added since is left out
        grounding = {"verdict": g.verdict, "score": g.score, "evidence": g.evidence, "reasons": g.reasons}
        prow = plans.get(rid)
        plan = untestable = verdict = None
        runs: list[dict] = []
        if prow is not None:
            if prow.status == "planned":
                plan = ReproPlan.model_validate(prow.plan)
                runs = [r.result for r in _runs_for(session, prow.plan) if r.result]
                parts.plotted.update({r["run_id"]: r for r in runs if r.get("status") == "ok"})
            else:
                untestable = Untestable.model_validate(prow.plan)
        if cref in vrows:
            verdict = ClaimVerdict.model_validate(vrows[cref].verdict)
            parts.verdicts.append(verdict)
            parts.bundles[verdict.bundle_id] = {"version": plan.bundle_version if plan else "", "seal": verdict.seal}
            for run_id in verdict.runs_used:
                run = session.get(ReproRun, run_id)
                if run is not None and run.result:
                    parts.runs[run_id] = run.result
        if only_tested and verdict is None:
            continue
        parts.rows.append(rv.claim_row(cref, claim, grounding, verdict=verdict, plan=plan, untestable=untestable,
                                       runs=runs, text_source=text_source))
        parts.claims.append(claim)
        parts.groundings.append(grounding)
    parts.artifacts = artifacts_for(session, list(vrows.values()))
    return parts


def _gates(session, subject) -> list:
    from sqlalchemy import select

    from claims_db.assessments import GateRow
    from verifier.gates import GateRecord

    col = GateRow.paper_id if subject.kind == "paper" else GateRow.synthesis_id
    key = subject.paper_id if subject.kind == "paper" else subject.synthesis_id
    latest = {}
    for row in session.scalars(select(GateRow).where(col == key).order_by(GateRow.id)):
        latest[row.gate] = GateRecord.model_validate(row.detail)
    return [latest[g] for g in sorted(latest)]


def _corrections(session, subject) -> list:
    from sqlalchemy import select

    from claims_db.assessments import CorrectionRow
    from verifier.corrections import Correction

    col = CorrectionRow.paper_id if subject.kind == "paper" else CorrectionRow.synthesis_id
    key = subject.paper_id if subject.kind == "paper" else subject.synthesis_id
    return [Correction(target=r.target, field=r.field, old=r.old_value, new=r.new_value, reason=r.reason,
                       at=r.created_at) for r in session.scalars(select(CorrectionRow).where(col == key)
                                                                 .order_by(CorrectionRow.id))]


def _formats() -> dict[str, str]:
    from verifier.extract import EXTRACTOR_VERSION
    from verifier.grounding import METHOD_VERSION
    from verifier.match import MATCHER_VERSION

    return {"claim_extractor": EXTRACTOR_VERSION, "grounding": METHOD_VERSION, "matcher": MATCHER_VERSION}


def paper_context(session, ref: str, *, generated_at: datetime | None = None):
    """The typed context of one paper's report, from stored records."""
    from claims_db.models import Paper
    from verifier import report_views as rv
    from verifier.gates import paper_verdict
    from verifier.provenance import manifest
    from verifier.quality import assess_quality
    from verifier.report_context import PaperReportContext, SourceView
    from verifier.documents import text_form
    from verifier.verify import load_subject, subject_source

    subject = load_subject(session, ref)
    paper = session.get(Paper, subject.paper_id)
    src = subject_source(session, subject)
    form = text_form(src.media_type)
    parts = _claim_rows(session, subject, text_source=form is not None)
    pv = paper_verdict(parts.verdicts, parts.artifacts, subject=subject.ref)
    quality = assess_quality(parts.claims, parts.groundings, parts.verdicts, subject=subject.ref)
    pages = None if form else max((c.anchor.page for c in parts.claims), default=None)
    return PaperReportContext(
        title=paper.title or src.original_name or subject.ref,
        generated_at=generated_at or rv.generated_now(),
        methods=rv.method_texts(),
        gates=[rv.gate_view(g) for g in _gates(session, subject)],
        verdict=rv.verdict_view(pv),
        quality=rv.quality_view(quality),
        plots=rv.plots_from_runs(parts.plotted.values()),
        corrections=rv.correction_views(_corrections(session, subject)),
        provenance=manifest(subject=subject.ref, sources={subject.ref: src.sha256}, bundles=parts.bundles,
                            runs=list(parts.runs.values()), formats=_formats()),
        source=SourceView(title=paper.title or subject.ref, arxiv_id=paper.arxiv_id, sha256=src.sha256, pages=pages,
                          form=form),
        claims=parts.rows,
    )


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:80] or "report"


def _prepare(settings: Settings, ref: str) -> None:
    """Ground what is not grounded yet and record the gates as of now."""
    from verifier import gate1, verify

    if ref.startswith("s:"):
        gate1.ground_synthesis(settings, ref)
    else:
        gate1.ground_paper(settings, ref)
    verify.gate(settings, ref)


def report(settings: Settings, ref: str, *, out_dir: Path | None = None) -> list[Path]:
    """Write the paper report (HTML, Markdown, JSON); returns the paths."""
    from claims_db.engine import session_factory
    from verifier.render import render_paper, write_report

    _prepare(settings, ref)
    engine = open_database(settings)
    with storage_errors(ref), session_factory(engine)() as s:
        ctx = paper_context(s, ref)
    out = Path(out_dir or settings.data_dir / "reports")
    out.mkdir(parents=True, exist_ok=True)
    return write_report(render_paper(ctx), out / _slug(ctx.source.arxiv_id or ctx.title))


QUESTION_CLAIMS = 15  # claims per paper shown besides the judged ones


def claims_on_question(question: str, rows: list, limit: int = QUESTION_CLAIMS) -> list:
    """The claims of one paper that a synthesis on ``question`` shows, in the paper's order.

    Every claim with a reproduction verdict, then up to ``limit`` other claims (setup facts
    excluded) whose statements share words with the question, the closest first (BM25 over the
    paper's claims, the words stemmed as Gate 1 stems them). A paper none of whose claims shares
    a word with the question shows only its judged claims.
    """
    from verifier.retrieval import BM25, tokens

    judged = {id(r) for r in rows if r.repro is not None}
    others = [r for r in rows if id(r) not in judged and r.kind != "setup"]
    keep = set(judged)
    if others and limit > 0:
        scores = BM25([tokens(r.text) for r in others]).scores(tokens(question))
        best = sorted((i for i, sc in enumerate(scores) if sc > 0), key=lambda i: (-scores[i], i))[:limit]
        keep |= {id(others[i]) for i in best}
    return [r for r in rows if id(r) in keep]


def synthesis_context(session, question: str, refs: list[str], *, synthesis: str | None = None,
                      generated_at: datetime | None = None):
    """The context of a synthesis across papers for one question (and a checked third-party synthesis)."""
    from claims_db.models import Paper, Synthesis
    from verifier import report_views as rv
    from verifier.gates import paper_verdict
    from verifier.provenance import manifest
    from verifier.quality import assess_quality
    from verifier.report_context import PaperSummary, SourceView, SynthesisReportContext
    from verifier.synthesis import SynthesisReport
    from verifier.documents import text_form
    from verifier.verify import load_subject, subject_source

    papers, all_claims, all_g, all_v, all_art, runs, bundles, sources, plotted = [], [], [], [], [], {}, {}, {}, {}
    for ref in refs:
        subject = load_subject(session, ref)
        paper = session.get(Paper, subject.paper_id)
        src = subject_source(session, subject)
        form = text_form(src.media_type)
        parts = _claim_rows(session, subject, only_tested=False, text_source=form is not None)
        pv = paper_verdict(parts.verdicts, parts.artifacts, subject=subject.ref)
        shown = claims_on_question(question, parts.rows)
        papers.append(PaperSummary(
            source=SourceView(title=paper.title or subject.ref, arxiv_id=paper.arxiv_id, sha256=src.sha256,
                              pages=None if form else max((c.anchor.page for c in parts.claims), default=None),
                              form=form),
            verdict=rv.verdict_view(pv), n_claims=len(parts.rows),
            n_result_claims=sum(1 for c in parts.claims if c.is_result),
            n_supported=sum(1 for g in parts.groundings if g["verdict"] == "supported"),
            n_reproduced=sum(1 for v in parts.verdicts if v.label.value.startswith("reproduced")),
            claims=shown))
        all_claims += parts.claims
        all_g += parts.groundings
        all_v += parts.verdicts
        all_art += parts.artifacts
        runs.update(parts.runs)
        plotted.update(parts.plotted)
        bundles.update(parts.bundles)
        sources[subject.ref] = src.sha256
    comparison, syn_view, subject_name = [], None, "publish:" + question[:60]
    if synthesis:
        subject = load_subject(session, synthesis)
        syn = session.get(Synthesis, subject.synthesis_id)
        report_model = SynthesisReport(sha256=syn.source.sha256, title=syn.title, publisher=syn.publisher,
                                       published=syn.published, research_question=syn.research_question,
                                       stated_claim_count=syn.stated_claim_count,
                                       stated_verified_count=syn.stated_verified_count,
                                       review_score=syn.review_score, parser_version=syn.parser_version)
        syn_view = rv.synthesis_source_view(report_model)
        sources[subject.ref] = syn.source.sha256
        parts = _claim_rows(session, subject)
        by_ref = {r.claim_ref: r for r in parts.rows}
        for c in syn.claims:
            row = by_ref.get(f"synthesis_claim:{c.id}")
            if row is None:
                continue
            comparison.append(rv.comparison_row(c, {"verdict": row.grounding.verdict, "score": row.grounding.score,
                                                    "evidence": [{"quote": row.grounding.evidence_quote,
                                                                  "page": row.grounding.evidence_page}]
                                                    if row.grounding.evidence_quote else [],
                                                    "reasons": row.grounding.reasons},
                                                verdict=next((v for v in parts.verdicts
                                                              if v.claim_ref == row.claim_ref), None)))
        all_v += parts.verdicts
        all_art += parts.artifacts
        runs.update(parts.runs)
        bundles.update(parts.bundles)
    pv = paper_verdict(all_v, all_art, subject=subject_name, kind="synthesis")
    quality = assess_quality(all_claims, all_g, all_v, subject=subject_name)
    return SynthesisReportContext(
        title=question, question=question, generated_at=generated_at or rv.generated_now(),
        methods=rv.method_texts(synthesis=True), gates=[], verdict=rv.verdict_view(pv),
        quality=rv.quality_view(quality), plots=rv.plots_from_runs(plotted.values()), corrections=[],
        provenance=manifest(subject=subject_name, sources=sources, bundles=bundles, runs=list(runs.values()),
                            formats=_formats()),
        synthesis=syn_view, papers=papers, comparison=comparison,
    )


def publish(settings: Settings, question: str, refs: list[str], *, synthesis: str | None = None,
            out_dir: Path | None = None) -> list[Path]:
    """Write the synthesis report across ``refs`` for one research question."""
    from claims_db.engine import session_factory
    from verifier.errors import InputError
    from verifier.render import render_synthesis, write_report

    if not question.strip():
        raise InputError("the research question is empty", subject="--question", hint='pass --question "..."')
    for ref in refs + ([synthesis] if synthesis else []):
        _prepare(settings, ref)
    engine = open_database(settings)
    with storage_errors(", ".join(refs)), session_factory(engine)() as s:
        ctx = synthesis_context(s, question, refs, synthesis=synthesis)
    out = Path(out_dir or settings.data_dir / "reports")
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return write_report(render_synthesis(ctx), out / f"synthesis-{_slug(question)[:40]}-{stamp}")
