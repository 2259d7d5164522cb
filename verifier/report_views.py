"""Report views derived from the pipeline's records: one schema, many views.

Each builder maps one stored value to the part of a report context that shows it, without
deciding anything: verdicts, tiers and reasons come from :mod:`verifier.grounding`,
:mod:`verifier.judge`, :mod:`verifier.gates` and :mod:`verifier.quality`; here they are only
reshaped for :mod:`verifier.report_context` (flattened, formatted as JSON text, or grouped).
Two things are computed here because they exist only in reports, each by a rule printed in
its docstring: :func:`plots_from_runs` (which curves go on one plot) and :func:`agreement`
(how a synthesis's published mark compares with our verdicts).

Inputs are the pipeline's pydantic models or, where the store hands out JSON (groundings,
run records), the equivalent mappings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from verifier.plots import Plot, Series
from verifier.report_context import (
    ClaimRow,
    ComparisonRow,
    CorrectionView,
    DimensionView,
    GateView,
    GroundingView,
    IntervalView,
    MethodText,
    QualityView,
    ReproView,
    RunView,
    SynthesisSourceView,
    UntestableView,
    VerdictView,
)

LOG_X_SPAN = 16  # a curve whose x spans this factor or more (shapes, sizes) gets a log axis


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _value(x: Any) -> Any:
    """An enum's value, or the thing itself."""
    return getattr(x, "value", x)


# -- per claim ----------------------------------------------------------------------------------


def grounding_view(grounding: Any, text_source: bool = False) -> GroundingView:
    """Gate 1 for one claim, from a ``Grounding`` or a stored grounding row's JSON; the best
    evidence span (the first) is the one shown. A text source has no pages: its evidence is
    shown without one (the claim's row says which lines)."""
    evidence = list(_get(grounding, "evidence", None) or [])
    best = evidence[0] if evidence else None
    return GroundingView(
        verdict=_value(_get(grounding, "verdict")),
        score=float(_get(grounding, "score")),
        evidence_quote=_get(best, "quote") if best is not None else None,
        evidence_page=_get(best, "page") if best is not None and not text_source else None,
        reasons=[str(r) for r in (_get(grounding, "reasons", None) or [])],
    )


def interval_view(interval: Any) -> IntervalView | None:
    if interval is None:
        return None
    return IntervalView(low=interval.low, high=interval.high, level=interval.level, method=interval.method,
                        n=interval.n)


def expected_text(expected: Any) -> str:
    """What the claim said, as reports print it: a number as the source wrote it, or the relation."""
    return str(_get(expected, "text"))


def observed_of(rule: str, metric: str, expected: Any) -> tuple[str, str | None]:
    """What a verdict's observed number is, and its unit when not the metric's: a paired rule
    observes a difference of two metrics (in % of the second when relative), a trend a slope;
    ("", None) when it is the metric's own mean."""
    if rule == "paired_difference" and _get(expected, "baseline_metric"):
        base = _get(expected, "baseline_metric")
        if _get(expected, "relative"):
            return f"100 * ({metric} / {base} - 1)", "%"
        return f"{metric} - {base}", None
    if rule == "trend":
        x = _get(expected, "x_param") or "x"  # a sweep's parameter by name: "on sparsity"
        on = f"log2 {x}" if _get(expected, "log2_x") else x
        of = _get(expected, "curve") or metric
        if (minus := _get(expected, "minus_curve") or _get(expected, "minus_metric")):  # a gap between two methods
            of = f"|{of} - {minus}|" if _get(expected, "absolute") else f"({of} - {minus})"
        return f"slope of {of} on {on}", ""
    return "", None


def repro_view(verdict: Any, plan: Any = None) -> ReproView:
    """A ``ClaimVerdict`` with the hardware its ``ReproPlan`` says the claim names."""
    of, of_unit = observed_of(str(verdict.rule), verdict.metric, verdict.expected)
    return ReproView(
        verdict=_value(verdict.label),
        scale=verdict.scale,
        rule=verdict.rule,
        bundle_id=verdict.bundle_id,
        metric=verdict.metric,
        unit=verdict.metric_unit,
        expected_text=expected_text(verdict.expected),
        expected=verdict.expected_value,
        observed=verdict.observed,
        observed_of=of,
        observed_unit=of_unit,
        interval=interval_view(verdict.interval),
        band=interval_view(verdict.band),
        direction_holds=verdict.direction_holds,
        claim_hardware=plan.claim_hardware if plan is not None else None,
        run_hardware=verdict.run_hardware,
        hardware_comparable=verdict.hardware_comparable,
        reasons=list(verdict.reasons),
        judge_version=verdict.judge_version,
        untested=list(getattr(plan, "untested", None) or []),
        experiment=str(getattr(plan, "reason", None) or ""),
    )


def untestable_view(untestable: Any) -> UntestableView:
    return UntestableView(category=_value(untestable.category), detail=untestable.detail)


def run_view(record: Any, rejected: Mapping[str, str] | None = None, swept: str | None = None) -> RunView:
    """A run record (``RunRecord`` or its JSON) and, if the judge rejected it, why; ``swept``: the
    parameter a sweep plan varies, whose value the run shows."""
    fingerprint = _get(record, "fingerprint", None) or {}
    run_id = _get(record, "run_id")
    value = (_get(record, "params", None) or {}).get(swept) if swept else None
    return RunView(
        swept=f"{swept} {value:g}" if isinstance(value, (int, float)) else None,
        run_id=run_id,
        bundle_id=_get(record, "bundle_id"),
        status=_get(record, "status"),
        size=_get(record, "size"),
        seed=_get(record, "seed"),
        device=_get(record, "device"),
        gpu=fingerprint.get("gpu_name"),
        duration_s=_get(record, "duration_s"),
        rejected=(rejected or {}).get(run_id),
    )


def where_of(anchor: Any, text_source: bool = False) -> str:
    """Where a quote stands, as a reader finds it: the page of a PDF, the line(s) of a text source
    (whose anchors carry line numbers as y coordinates); both pages of a sentence a page break cut."""
    return where_at(anchor.page, getattr(anchor, "bbox", None), text_source, getattr(anchor, "end_page", None))


def where_at(page: int, bbox: Any, text_source: bool = False, end_page: int | None = None) -> str:
    """:func:`where_of` from an anchor's page, bbox and end page (a stored claim's JSON, say)."""
    if text_source and bbox is not None:
        first, last = int(bbox[1]), int(bbox[3])
        return f"line {first}" if last <= first else f"lines {first}\u2013{last}"
    return f"pp. {page}\u2013{end_page}" if end_page is not None and end_page > page else f"p. {page}"


def claim_row(claim_ref: str, claim: Any, grounding: Any, *, verdict: Any = None, plan: Any = None,
              untestable: Any = None, runs: Iterable[Any] = (), text_source: bool = False) -> ClaimRow:
    """One claim's row: its anchor, Gate 1, the verdict (or why it is untestable) and its runs.

    ``runs`` are the run records of the claim's plan; those the verdict rejected carry the
    judge's reason. Runs are listed by id.
    """
    rejected = {r.run_id: r.reason for r in verdict.runs_rejected} if verdict is not None else {}
    expected = _get(plan, "expected", None) if plan is not None else (_get(verdict, "expected", None)
                                                                      if verdict is not None else None)
    swept = _get(expected, "x_param", None) if expected is not None else None
    views = sorted((run_view(r, rejected, swept) for r in runs), key=lambda r: r.run_id)
    return ClaimRow(
        claim_ref=claim_ref,
        text=claim.statement,
        kind=_value(claim.kind),
        quote=claim.anchor.quote,
        where=where_of(claim.anchor, text_source),
        grounding=grounding_view(grounding, text_source),
        repro=repro_view(verdict, plan) if verdict is not None else None,
        untestable=untestable_view(untestable) if untestable is not None else None,
        runs=views,
    )


# -- per paper ----------------------------------------------------------------------------------


def gate_view(record: Any) -> GateView:
    return GateView(gate=record.gate, name=record.name, status=_value(record.status), reason=record.reason,
                    evaluated_at=record.evaluated_at, rules_version=record.rules_version)


def verdict_view(verdict: Any) -> VerdictView:
    return VerdictView(status=_value(verdict.status), reasons=list(verdict.reasons), covers=list(verdict.covers),
                       proxy_only=list(verdict.proxy_only), contradicted=list(verdict.contradicted),
                       not_covered=list(verdict.not_covered))


_DIMENSIONS = (
    ("Evidence strength", "evidence_strength"),
    ("Citation grounding", "citation_grounding"),
    ("Uncertainty disclosure", "uncertainty_disclosure"),
    ("Reproducibility status", "reproducibility_status"),
)


def quality_view(assessment: Any) -> QualityView:
    dims = [DimensionView(name=name, level=_value(getattr(assessment, attr).level),
                          reasons=list(getattr(assessment, attr).reasons)) for name, attr in _DIMENSIONS]
    return QualityView(tier=_value(assessment.tier), basis=list(assessment.basis), dimensions=dims,
                       rules_version=assessment.rules_version)


def _json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def correction_view(correction: Any) -> CorrectionView:
    return CorrectionView(at=correction.at, target=correction.target, field=correction.field,
                          old=_json_text(correction.old), new=_json_text(correction.new), reason=correction.reason)


def correction_views(corrections: Iterable[Any]) -> list[CorrectionView]:
    """Corrections oldest first, as the history reads."""
    return [correction_view(c) for c in sorted(corrections, key=lambda c: (c.at, c.target, c.field))]


def method_texts(*, synthesis: bool = False) -> list[MethodText]:
    """The rules every report prints: grounding (Gate 1), verdicts (Gate 2) and quality; a
    synthesis report adds how published marks are compared with ours."""
    from verifier.grounding import METHOD_VERSION
    from verifier.grounding import RULES as GROUNDING_RULES
    from verifier.judge import JUDGE_VERSION
    from verifier.judge import RULES as JUDGE_RULES
    from verifier.quality import QUALITY_RULES, QUALITY_VERSION

    texts = [
        MethodText(name="Grounding (Gate 1)", version=METHOD_VERSION, rules=GROUNDING_RULES),
        MethodText(name="Reproduction verdicts (Gate 2)", version=JUDGE_VERSION, rules=JUDGE_RULES),
        MethodText(name="Quality tier and dimensions", version=QUALITY_VERSION, rules=QUALITY_RULES),
    ]
    if synthesis:
        texts.append(MethodText(name="Published marks against ours", version=AGREEMENT_VERSION, rules=AGREEMENT_RULES))
    return texts


# -- plots --------------------------------------------------------------------------------------


def _series_names(curve_names: Sequence[str]) -> dict[str, str]:
    """Short series names: the words of each curve name that the group's names do not share."""
    if len(curve_names) == 1:
        return {curve_names[0]: curve_names[0].replace("_", " ")}
    words = [n.split("_") for n in curve_names]
    common = set(words[0]).intersection(*map(set, words[1:]))
    return {n: " ".join(w for w in ws if w not in common) or n for n, ws in zip(curve_names, words)}


def plots_from_runs(records: Iterable[Any]) -> list[Plot]:
    """Plots of the curves that finished runs wrote: accuracy vs bits or sparsity, speed-up vs shape.

    Rule: only runs with status ok, and only curves named ``<y>_vs_<x>...`` (training-loss
    curves are not plotted). Curves of one bundle with the same x and y labels share a plot;
    a curve written by several runs (seeds) is drawn as the mean of its y values when their x
    values agree, named "(mean of N runs)", and as one series per run otherwise. The x axis is
    logarithmic when every x is positive and they span a factor of LOG_X_SPAN or more. Plots
    and series are ordered by name, so equal runs give an equal page.
    """
    groups: dict[tuple[str, str, str], dict[str, list[tuple[str, list[float], list[float]]]]] = {}
    for rec in records:
        if _get(rec, "status") != "ok":
            continue
        for name, curve in sorted((_get(rec, "curves", None) or {}).items()):
            if "_vs_" not in name:
                continue
            key = (_get(rec, "bundle_id"), curve.get("x_label", ""), curve.get("y_label", ""))
            groups.setdefault(key, {}).setdefault(name, []).append(
                (_get(rec, "run_id"), [float(x) for x in curve["x"]], [float(y) for y in curve["y"]]))
    plots = []
    for (bundle, x_label, y_label), curves in sorted(groups.items()):
        names = _series_names(sorted(curves))
        series = []
        for name in sorted(curves):
            runs = sorted(curves[name])
            if len(runs) > 1 and all(xs == runs[0][1] for _, xs, _ in runs):
                ys = [sum(col) / len(col) for col in zip(*(y for _, _, y in runs))]
                series.append(Series(name=f"{names[name]} (mean of {len(runs)} runs)", xs=runs[0][1], ys=ys))
            else:
                for run_id, xs, ys in runs:
                    label = names[name] if len(runs) == 1 else f"{names[name]} ({run_id})"
                    series.append(Series(name=label, xs=xs, ys=ys))
        xs_all = [x for s in series for x in s.xs]
        log_x = bool(xs_all) and min(xs_all) > 0 and max(xs_all) / min(xs_all) >= LOG_X_SPAN
        plots.append(Plot(title=f"{bundle}: {y_label or 'y'} vs {x_label or 'x'}", x_label=x_label or "x",
                          y_label=y_label or "y", series=series, log_x=log_x))
    return plots


# -- syntheses ----------------------------------------------------------------------------------

AGREEMENT_VERSION = "agreement-1"
AGREEMENT_RULES = (
    "A published ✓ agrees when Gate 1 finds the claim supported (fully or partially) in its cited sources and no "
    "reproduction says otherwise; a published × agrees when Gate 1 finds it contradicted or not found. A claim "
    "contradicted by its source, or not reproduced, disagrees with a published ✓ whatever Gate 1 found."
)


def agreement(published_verified: bool, grounding_verdict: str, repro_label: str | None = None) -> str:
    """How a synthesis's published mark compares with our Gate 1 and Gate 2 verdicts (AGREEMENT_RULES)."""
    supported = grounding_verdict in ("supported", "partially_supported")
    refuted = grounding_verdict == "contradicted" or repro_label == "not_reproduced"
    if published_verified:
        if refuted:
            return "disagrees: published ✓, but the evidence contradicts it"
        return "agrees" if supported else "disagrees: published ✓, but not found in the cited sources"
    if supported and not refuted:
        return "disagrees: published ×, but the cited sources support it"
    return "agrees"


def comparison_row(claim: Any, grounding: Any, *, verdict: Any = None, plan: Any = None) -> ComparisonRow:
    """A synthesis's third-party claim (``ThirdPartyClaim``) beside our verdicts on it."""
    g = grounding_view(grounding)
    r = repro_view(verdict, plan) if verdict is not None else None
    return ComparisonRow(row=claim.row, text=claim.text, truncated=claim.truncated,
                         published_verified=claim.verified, published_confidence=claim.confidence, grounding=g,
                         repro=r, agreement=agreement(claim.verified, g.verdict, r.verdict if r else None))


def synthesis_source_view(report: Any) -> SynthesisSourceView:
    """The published synthesis (``SynthesisReport``) as the report names it."""
    return SynthesisSourceView(title=report.title, publisher=report.publisher, published=report.published,
                               sha256=report.sha256, review_score=report.review_score,
                               stated_claim_count=report.stated_claim_count,
                               stated_verified_count=report.stated_verified_count)


def generated_now() -> datetime:
    """The report's time stamp (UTC); the only clock read of the report path, kept at the edge."""

    return datetime.now(UTC)
