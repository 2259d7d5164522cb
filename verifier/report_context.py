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

CONTEXT_VERSION = "report-context-3"

#: Gate 1 verdicts (verifier.grounding.Verdict values).
GroundingVerdict = Literal["supported", "partially_supported", "contradicted", "not_found"]
#: Reproduction verdicts (verifier.verdicts.Label values), strongest support first.
ReproVerdict = Literal[
    "reproduced", "reproduced_at_proxy_scale", "partially_reproduced", "not_reproduced", "inconclusive",
    "not_comparable", "error",
]


class View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MethodText(View):
    """One documented rule set, printed so a reader can check each verdict by hand."""

    name: str  # "Grounding (Gate 1)", "Reproduction verdicts", "Quality tier"
    version: str  # the method version the verdicts below were made with
    rules: str


class GateView(View):
    """One gate's outcome for the paper or synthesis (verifier.gates.GateRecord)."""

    gate: int  # 0 intake, 1 grounding, 2 verification
    name: str  # intake | grounding | verification
    status: str  # passed | partial | failed | not_run
    reason: str
    evaluated_at: datetime
    rules_version: str


class VerdictView(View):
    """The verdict on the paper or synthesis as a whole (verifier.gates.PaperVerdict)."""

    status: str  # VERIFIED | PARTIALLY VERIFIED | UNVERIFIED | CONTRADICTED
    reasons: list[str]
    covers: list[str]  # claims reproduced at faithful scale with an attached artifact
    proxy_only: list[str]  # claims reproduced at proxy scale only
    contradicted: list[str]
    not_covered: list[str]  # judged claims that support no verification, each with why


class DimensionView(View):
    name: str  # "Evidence strength"
    level: Literal["LOW", "MEDIUM", "HIGH"]
    reasons: list[str]


class QualityView(View):
    """Quality tier and dimensions (verifier.quality.QualityAssessment)."""

    tier: str  # Reference-grade | Sound | Needs review | Quarantine candidate
    basis: list[str]  # the reasons that set the tier
    dimensions: list[DimensionView]
    rules_version: str


class GroundingView(View):
    """Gate 1 for one claim: verdict, score and the source span that decided it."""

    verdict: GroundingVerdict  # shown in words: "partially supported"
    score: float
    evidence_quote: str | None  # exact source text, never generated
    evidence_page: int | None
    reasons: list[str]


class IntervalView(View):
    low: float
    high: float
    level: float  # coverage, 0.95
    method: str  # "t prediction", "paired bootstrap", "OLS slope t"
    n: int  # values it rests on


class ReproView(View):
    """The reproduction verdict of one claim (verifier.verdicts.ClaimVerdict, with its plan's hardware)."""

    verdict: ReproVerdict  # shown in words: "reproduced at proxy scale"
    scale: Literal["faithful", "proxy"]
    rule: str  # value | speed | paired_difference | trend
    bundle_id: str
    metric: str
    unit: str  # the metric's unit from the manifest; "" when it has none
    expected_text: str  # what the claim said: a number as printed, or the relation in words
    expected: float | None  # the claimed number in the metric's unit, when it states one
    observed: float | None  # mean over seeds, mean paired difference or trend slope
    # what ``observed`` is when it is not the metric itself: "a - b" (a paired difference),
    # "100 * (a / b - 1)" (a relative one, in %), "slope of ... " (a trend); "" for the metric's mean
    observed_of: str = ""
    observed_unit: str | None = None  # its unit when not the metric's ("%" for a relative difference; "" none)
    interval: IntervalView | None  # around the observed value
    band: IntervalView | None  # the pass band the claimed value had to meet
    direction_holds: bool | None
    claim_hardware: str | None  # the hardware the claim names
    run_hardware: str | None  # what the runs measured on
    hardware_comparable: bool | None  # None when the claim names no hardware
    reasons: list[str]
    judge_version: str
    untested: list[str] = []  # what of the claim its plan does not test (another width, another baseline)
    experiment: str = ""  # the plan's reason: what runs test the claim (model, data, what the size leaves out)


class RunView(View):
    """One reproduction run of a claim's plan (repro RunRecord), used or rejected."""

    run_id: str
    bundle_id: str
    status: str  # ok, failed, killed, timeout, refused, interrupted
    size: str  # smoke | small | full
    seed: int
    device: str
    gpu: str | None  # the fingerprint's GPU name; None on a CPU run
    duration_s: float | None
    rejected: str | None  # why the judge did not use it; None when used
    swept: str | None = None  # a parameter sweep's value of this run ("sparsity 0.6"); None outside a sweep


class UntestableView(View):
    category: str  # not_a_result | not_testable_offline | no_bundle | underspecified
    detail: str


class ClaimRow(View):
    """One claim with everything that decides what it is worth."""

    claim_ref: str  # as the store names it: "claim:42"
    text: str
    kind: str  # ClaimKind value: result, comparison, speedup, ... setup
    quote: str
    where: str  # where the quote stands: "p. 6" in a PDF, "line 17" / "lines 17–19" in a Markdown or LaTeX source
    grounding: GroundingView
    repro: ReproView | None  # None: untestable or not judged yet
    untestable: UntestableView | None
    runs: list[RunView]


class CorrectionView(View):
    """An append-only correction (verifier.corrections.Correction)."""

    at: datetime
    target: str  # "paper:3", "claim:12"
    field: str
    old: str  # JSON text of the value before ("null": absent)
    new: str  # JSON text of the value after
    reason: str


class SourceView(View):
    """The paper a report is about (Gate 0: retrieved, hashed, recorded)."""

    title: str
    arxiv_id: str | None
    sha256: str
    pages: int | None  # a PDF's pages (None for a text source)
    form: str | None = None  # "LaTeX source" or "Markdown" for a text source; None for a PDF


class PaperSummary(View):
    """One paper in a synthesis, with its verdict, claim counts and the claims on the question."""

    source: SourceView
    verdict: VerdictView
    n_claims: int
    n_result_claims: int
    n_supported: int
    n_reproduced: int
    claims: list[ClaimRow]


class ComparisonRow(View):
    """A synthesis's third-party claim: its published mark and confidence against ours."""

    row: int
    text: str
    truncated: bool  # the published report cut the text off
    published_verified: bool  # the report's ✓ / ×
    published_confidence: float
    grounding: GroundingView
    repro: ReproView | None
    agreement: str  # verifier.report_views.AGREEMENT_RULES, in words


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
    provenance: dict[str, JsonValue]  # the provenance manifest (verifier.provenance.manifest), shown as JSON


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
