"""The typed contexts of the report pages: what a report shows, and nothing else.

A report page is rendered from one context model: :class:`PaperReportContext` for
``verifier report PAPER``, :class:`SynthesisReportContext` for ``verifier publish``. These are
*views*: they are derived from the pipeline's records (claims, groundings, plans, claim
verdicts, gate records, corrections, run records) by the builders in
:mod:`verifier.report_views`, never filled by hand in production, and they restate no rule:
verdict labels, tiers and reasons arrive already decided. Their JSON (``model_dump_json``) is
the report's machine-readable form.

Every field is shown by every template (HTML and Markdown): ``tests/verifier/test_render.py``
renders fixtures through a recording context and checks that the keys the templates read
equal :func:`documented_keys`, so a field nobody shows, or a template key nobody documents,
fails the suite. Text fields hold untrusted text (titles, claims and quotes come from papers
and third-party reports); the templates escape it.
"""

from __future__ import annotations

import types
import typing
from datetime import datetime
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from verifier.plots import Plot, Series  # noqa: F401  (Series is part of the plot view)

CONTEXT_VERSION = "report-context-1"

#: Gate 1 verdicts (verifier.grounding.Verdict values).
GroundingVerdict = Literal["supported", "partially_supported", "contradicted", "not_found"]
#: Reproduction verdicts (DESIGN.md, "Gates and statuses").
ReproVerdict = Literal[
    "reproduced", "partially_reproduced", "not_reproduced", "inconclusive", "not_comparable", "error"
]


class View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MethodText(View):
    """One documented rule set, printed so a reader can check each verdict by hand."""

    name: str  # "Grounding (Gate 1)", "Reproduction verdicts", "Quality tier"
    version: str  # the method version the verdicts below were made with
    rules: str


class GateView(View):
    """One gate's outcome for the paper or synthesis (claims_db GateRow)."""

    gate: int  # 0 intake, 1 grounding, 2 verification
    name: str  # "Gate 2 — Verification (sandbox reproduction)"
    status: str  # "passed", "failed", "unverified", ...
    reason: str
    evaluated_at: datetime


class VerdictView(View):
    """The paper's (or synthesis's) overall verdict: a status, its words, and why."""

    status: str  # machine value, e.g. "verified", "partially_verified", "unverified"
    label: str  # "Partially verified"
    reason: str


class DimensionView(View):
    name: str  # "Evidence strength"
    level: Literal["LOW", "MEDIUM", "HIGH"]
    reason: str


class QualityView(View):
    tier: str  # "Quarantine candidate", "Standard", ...
    basis: str  # the rule that set the tier, in words
    dimensions: list[DimensionView]


class GroundingView(View):
    """Gate 1 for one claim: verdict, score and the source span that decided it."""

    verdict: GroundingVerdict  # shown in words: "partially supported"
    score: float
    evidence_quote: str | None  # exact source text, never generated
    evidence_page: int | None
    reasons: list[str]


class RunView(View):
    """One reproduction run behind a verdict (repro RunRecord)."""

    run_id: str
    bundle_id: str
    status: str  # ok, failed, killed, timeout, refused, interrupted
    size: str  # smoke | full
    seed: int
    device: str
    gpu: str | None  # the fingerprint's GPU name; None on a CPU run
    duration_s: float | None


class ReproView(View):
    """The reproduction verdict of one claim, with its scale, hardware and numbers."""

    verdict: ReproVerdict
    label: str  # "reproduced at proxy scale", "not comparable (other hardware)"
    scale: str | None  # "proxy" | "full"; None when nothing ran
    bundle_id: str
    metric: str | None
    unit: str | None
    observed: float | None
    expected: float | None
    band: str | None  # the tolerance the rule allowed, in words: "within 1.0 pp", ">= 1.3x"
    claim_hardware: str | None  # the hardware the claim names
    run_hardware: str | None  # what the runs measured on
    hardware_comparable: bool
    reason: str


class ClaimRow(View):
    """One claim with everything that decides what it is worth."""

    claim_id: int
    text: str
    kind: str  # ClaimKind value: result, comparison, speedup, ... setup
    quote: str
    page: int
    grounding: GroundingView
    repro: ReproView | None  # None: untestable or not run yet
    untestable_reason: str | None
    runs: list[RunView]


class CorrectionView(View):
    """An append-only correction (claims_db CorrectionRow)."""

    created_at: datetime
    target: str  # "paper", "claim:12", "verdict:claim:12"
    field: str
    old_value: str | None  # JSON text of the old value
    new_value: str | None
    reason: str


class SourceView(View):
    """The paper a report is about (Gate 0: retrieved, hashed, recorded)."""

    title: str
    arxiv_id: str | None
    sha256: str
    pages: int | None


class PaperSummary(View):
    """One cited paper in a synthesis, with its verdict and claim counts."""

    source: SourceView
    verdict: VerdictView
    n_claims: int
    n_result_claims: int
    n_supported: int
    n_reproduced: int
    claims: list[ClaimRow]  # the paper's claims that bear on the question


class ComparisonRow(View):
    """A synthesis's third-party claim: its published mark and confidence against ours."""

    row: int
    text: str
    truncated: bool  # the published report cut the text off
    published_verified: bool  # the report's ✓ / ×
    published_confidence: float
    grounding: GroundingView
    repro: ReproView | None
    agreement: str  # "agrees", "published ✓ not supported by the sources", ...


class SynthesisSourceView(View):
    title: str
    publisher: str | None
    published: str | None  # as written by the report
    sha256: str
    review_score: float | None
    stated_claim_count: int | None
    stated_verified_count: int | None


class _ReportBase(View):
    title: str
    generated_at: datetime
    context_version: str = CONTEXT_VERSION
    methods: list[MethodText]
    gates: list[GateView]
    verdict: VerdictView
    quality: QualityView
    plots: list[Plot]
    corrections: list[CorrectionView]
    provenance: dict[str, JsonValue]  # the provenance manifest, shown as JSON


class PaperReportContext(_ReportBase):
    """``verifier report PAPER``: one paper, claim by claim."""

    source: SourceView
    claims: list[ClaimRow]


class SynthesisReportContext(_ReportBase):
    """``verifier publish --question ... PAPER...``: what holds across papers for one question."""

    question: str
    synthesis: SynthesisSourceView | None  # the third-party synthesis checked, when there is one
    papers: list[PaperSummary]
    comparison: list[ComparisonRow] = Field(default_factory=list)


# -- documented keys ----------------------------------------------------------------------------


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """The pydantic models an annotation reaches (through Optional, Union and list)."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list, tuple):
        return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def documented_keys(model: type[BaseModel], prefix: str = "") -> frozenset[str]:
    """Every leaf key a template may read from ``model``, as dotted paths ("claims.grounding.label").

    Lists are transparent (``claims.text`` is the text of each claim row); a field holding a
    model contributes its own leaves, a field holding anything else (text, numbers, a JSON
    object) is a leaf.
    """
    keys: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        nested = _models_in(info.annotation)
        if nested:
            for sub in nested:
                keys |= documented_keys(sub, path + ".")
        else:
            keys.add(path)
    return frozenset(keys)
