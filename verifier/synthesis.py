"""Machine-written literature syntheses: their research question, third-party claims and references.

A synthesis report (``../shared/examples/synthesis-report-essential-sparsity.txt``) publishes a
claims table with a verified mark and a confidence per claim, and a list of arXiv references.
We keep those claims as *third-party* claims, exactly as published, and re-check them later
(Gate 1). Parsing is a pure function of the report text.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ThirdPartyClaim(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    row: int  # 0-based row of the claims table
    text: str  # the claim exactly as published (truncations kept)
    verified: bool  # the published mark (✓ / ×)
    confidence: float  # the published confidence, 0..1
    line_no: int  # 1-based line of the report it stands on
    truncated: bool = False  # the report cut the text off


class Reference(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    url: str
    arxiv_id: str | None = None  # without version
    arxiv_version: int | None = None
    line_no: int


class SynthesisReport(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    sha256: str
    title: str
    publisher: str | None = None
    published: str | None = None  # as written, e.g. "May 30, 2026"
    research_question: str | None = None
    stated_paper_count: int | None = None
    stated_claim_count: int | None = None
    stated_verified_count: int | None = None
    review_score: float | None = None  # "3.8/10" -> 3.8
    claims: list[ThirdPartyClaim] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    parser_version: str
