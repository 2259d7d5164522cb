"""Gates, the paper (or synthesis) verdict, the quality tier and append-only corrections.

Pure functions over stored values; the store keeps what they return, with the time passed in.

- Gate 0 (intake): the source was retrieved, hashed and its metadata recorded.
- Gate 1 (grounding): the claims stand in their source text and their numbers agree with it.
- Gate 2 (verification): sealed reproductions judged claim by claim. VERIFIED is set only from
  attached artifacts (a bundle seal and the digests of the run records a verdict used), never
  from a review score or a claim count.

The quality tier and its four dimensions (:mod:`verifier.quality`) follow ``QUALITY_RULES``, so
that the same claims, groundings and verdicts always give the same tier. Corrections
(:mod:`verifier.corrections`) never rewrite a record: they are appended with a reason, and
``apply_corrections`` shows the current view beside its history. Both are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from verifier.corrections import (  # noqa: F401 (re-exported: gates, tiers and corrections are one report section)
    CORRECTION_CONTRACT,
    CorrectedView,
    Correction,
    append_correction,
    apply_corrections,
)
from verifier.errors import InputError
from verifier.quality import (  # noqa: F401
    QUALITY_RULES,
    QUALITY_VERSION,
    QualityAssessment,
    Tier,
    assess_quality,
)
from verifier.verdicts import ClaimVerdict, Label

GATES_VERSION = "gates-1"
GROUNDING_VERDICTS = ("supported", "partially_supported", "contradicted", "not_found")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SEAL = re.compile(r"^sha256:[0-9a-f]{64}$")
_GATE_NAMES = {0: "intake", 1: "grounding", 2: "verification"}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _aware(at: datetime) -> datetime:
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise InputError(f"time {at!r} has no time zone", subject="evaluated_at",
                         hint="pass datetime.now(timezone.utc), not a naive datetime")
    return at


class GateStatus(str, Enum):
    passed = "passed"
    partial = "partial"
    failed = "failed"
    not_run = "not_run"


class GateRecord(Frozen):
    """The outcome of one gate for one paper or synthesis, stored with its time and reason."""

    subject: str = Field(description="what was gated, as the store names it: 'paper:12', 'synthesis:3'")
    gate: Literal[0, 1, 2] = Field(description="0 intake, 1 grounding, 2 verification")
    name: Literal["intake", "grounding", "verification"] = Field(description="the gate's name, for reports")
    status: GateStatus = Field(description="passed, partial, failed or not_run")
    reason: str = Field(description="why, in one sentence a reader can check")
    evaluated_at: datetime = Field(description="when the gate was evaluated (time-zone aware)")
    detail: dict[str, Any] = Field(default_factory=dict, description="the counts and values the decision used")
    rules_version: str = Field(default=GATES_VERSION, description="version of the gate rules")


def _gate(subject: str, gate: int, status: GateStatus, reason: str, at: datetime, detail: dict) -> GateRecord:
    return GateRecord(subject=subject, gate=gate, name=_GATE_NAMES[gate], status=status, reason=reason,
                      evaluated_at=_aware(at), detail=detail)


def gate0(*, subject: str, sha256: str | None, size: int | None, title: str | None, identifier: str | None,
          at: datetime) -> GateRecord:
    """Gate 0: passed when the source bytes were hashed (sha256, size > 0) and it has an identifier
    (arXiv id or file key) and a title; partial when hashed but metadata is missing; failed otherwise."""
    detail = {"sha256": sha256, "size": size, "title": title, "identifier": identifier}
    if not sha256 or not _HEX64.match(sha256) or not size or size <= 0:
        return _gate(subject, 0, GateStatus.failed, "the source was not retrieved and hashed", at, detail)
    missing = [k for k, v in (("identifier", identifier), ("title", title)) if not (v and v.strip())]
    if missing:
        return _gate(subject, 0, GateStatus.partial, f"hashed, but metadata is missing: {', '.join(missing)}", at, detail)
    return _gate(subject, 0, GateStatus.passed, "retrieved, hashed and its metadata recorded", at, detail)


def _field(g: Any, name: str) -> Any:
    """``g[name]`` of a dict, or ``g.name`` of a model (a ``verifier.grounding.Grounding``); enums by value."""
    value = g.get(name) if isinstance(g, Mapping) else getattr(g, name, None)
    return getattr(value, "value", value)


def _groundings(groundings: Sequence[Mapping[str, Any]]) -> list[tuple[str, float]]:
    out = []
    for i, g in enumerate(groundings):
        verdict, score = _field(g, "verdict"), _field(g, "score")
        if verdict not in GROUNDING_VERDICTS:
            raise InputError(f"grounding #{i} has verdict {verdict!r}", subject=f"grounding #{i}",
                             hint="one of " + ", ".join(GROUNDING_VERDICTS))
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0.0 <= score <= 1.0:
            raise InputError(f"grounding #{i} has score {score!r}", subject=f"grounding #{i}", hint="a number in [0, 1]")
        out.append((verdict, float(score)))
    return out


def gate1(groundings: Sequence[Mapping[str, Any]], *, subject: str, at: datetime) -> GateRecord:
    """Gate 1 from per-claim groundings ``{verdict, score}``: not_run with none; failed when any
    claim is contradicted or none is supported; passed when every claim is supported; partial otherwise."""
    gs = _groundings(groundings)
    counts = {v: sum(1 for g, _ in gs if g == v) for v in GROUNDING_VERDICTS}
    detail = {"counts": counts, "claims": len(gs),
              "mean_score": round(sum(s for _, s in gs) / len(gs), 6) if gs else None}
    if not gs:
        return _gate(subject, 1, GateStatus.not_run, "no claim was checked against its source", at, detail)
    supported = counts["supported"] + counts["partially_supported"]
    if counts["contradicted"]:
        return _gate(subject, 1, GateStatus.failed, f"{counts['contradicted']} of {len(gs)} claims are contradicted "
                     "by their source", at, detail)
    if supported == 0:
        return _gate(subject, 1, GateStatus.failed, f"none of {len(gs)} claims was found in its source", at, detail)
    if counts["supported"] == len(gs):
        return _gate(subject, 1, GateStatus.passed, f"all {len(gs)} claims are supported by their source", at, detail)
    return _gate(subject, 1, GateStatus.partial, f"{counts['supported']} of {len(gs)} claims fully supported, "
                 f"{counts['partially_supported']} partially, {counts['not_found']} not found", at, detail)


# -- gate 2 and the paper verdict -----------------------------------------------------------------


class Artifact(Frozen):
    """The evidence attached to one claim's verdict: the bundle seal and its run records' digests."""

    claim_ref: str = Field(description="the claim the artifact backs")
    bundle_id: str = Field(description="the bundle that produced the runs")
    seal: str = Field(description="the bundle seal the runs ran under, 'sha256:<hex>'")
    run_records: dict[str, str] = Field(description="run id -> sha256 of its stored record (verifier.provenance.record_sha256)")

    @field_validator("seal")
    @classmethod
    def _seal(cls, v: str) -> str:
        if not _SEAL.match(v):
            raise ValueError(f"seal {v!r} is not 'sha256:<64 hex digits>'")
        return v

    @field_validator("run_records")
    @classmethod
    def _digests(cls, v: dict[str, str]) -> dict[str, str]:
        bad = [k for k, d in v.items() if not _HEX64.match(d)]
        if bad:
            raise ValueError(f"run record digests of {bad} are not 64 lower-case hex digits")
        return v


def artifact_for(verdict: ClaimVerdict, artifacts: Sequence[Artifact]) -> Artifact | None:
    """The artifact that backs ``verdict``: same claim, bundle and seal, and a digest for every run it used."""
    for a in artifacts:
        if (a.claim_ref == verdict.claim_ref and a.bundle_id == verdict.bundle_id and a.seal == verdict.seal
                and verdict.runs_used and set(verdict.runs_used) <= set(a.run_records)):
            return a
    return None


class PaperStatus(str, Enum):
    verified = "VERIFIED"
    partially_verified = "PARTIALLY VERIFIED"
    unverified = "UNVERIFIED"
    contradicted = "CONTRADICTED"


class PaperVerdict(Frozen):
    """The verdict on a paper or synthesis as a whole, with the claims it covers."""

    subject: str = Field(description="the paper or synthesis")
    status: PaperStatus = Field(description="VERIFIED, PARTIALLY VERIFIED, UNVERIFIED or CONTRADICTED")
    covers: list[str] = Field(default_factory=list, description="claims reproduced at faithful scale with an attached artifact")
    proxy_only: list[str] = Field(default_factory=list, description="claims reproduced only at proxy scale, with an artifact")
    contradicted: list[str] = Field(default_factory=list, description="claims the evidence contradicts")
    not_covered: list[str] = Field(default_factory=list, description="judged claims that support no verification, and why")
    reasons: list[str] = Field(default_factory=list, description="the decision in words")
    rules_version: str = Field(default=GATES_VERSION, description="version of the rules")


def ref_order(ref: str) -> tuple:
    """Claim refs in reading order: claim:3 before claim:12 (numbers compared as numbers)."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", ref))


def paper_verdict(verdicts: Sequence[ClaimVerdict], artifacts: Sequence[Artifact], *, subject: str,
                  groundings: Mapping[str, Mapping[str, Any]] | None = None,
                  kind: Literal["paper", "synthesis"] = "paper") -> PaperVerdict:
    """The paper (or synthesis) verdict from its claim verdicts and attached artifacts.

    CONTRADICTED: a faithful-scale claim is 'not reproduced' with an artifact, or (for a
    synthesis, whose claims restate other sources) a claim is contradicted by its cited source
    (``groundings``: claim ref -> {verdict, score}). VERIFIED: at least one verdict, and every
    verdict is 'reproduced' at faithful scale with an artifact. PARTIALLY VERIFIED: at least one
    claim reproduced (either scale) with an artifact. UNVERIFIED: otherwise. A verdict without
    an artifact never counts.
    """
    covers, proxy, contra, not_cov, reasons = [], [], [], [], []
    for v in sorted(verdicts, key=lambda v: ref_order(v.claim_ref)):
        art = artifact_for(v, artifacts)
        if art is None:
            not_cov.append(f"{v.claim_ref}: {v.label.text}, no attached artifact (seal and run records)")
        elif v.label == Label.reproduced:
            covers.append(v.claim_ref)
        elif v.label == Label.reproduced_at_proxy_scale:
            proxy.append(v.claim_ref)
        elif v.label == Label.not_reproduced and v.scale == "faithful":
            contra.append(v.claim_ref)
        else:
            not_cov.append(f"{v.claim_ref}: {v.label.text}" + (" at proxy scale" if v.scale == "proxy" else ""))
    if kind == "synthesis" and groundings:
        gs = _groundings(list(groundings.values()))
        for ref, (g, _) in zip(groundings, gs):
            if g == "contradicted" and ref not in contra:
                contra.append(ref)
                reasons.append(f"{ref} is contradicted by its cited source")
    if contra:
        status = PaperStatus.contradicted
        reasons.insert(0, f"{len(contra)} claim(s) contradicted by the evidence")
    elif verdicts and len(covers) == len(verdicts):
        status = PaperStatus.verified
        reasons.insert(0, f"all {len(covers)} judged claims reproduced at faithful scale with attached artifacts")
    elif covers or proxy:
        status = PaperStatus.partially_verified
        reasons.insert(0, f"{len(covers)} claim(s) reproduced at faithful scale and {len(proxy)} at proxy scale with "
                       f"artifacts, of {len(verdicts)} judged")
    else:
        status = PaperStatus.unverified
        reasons.insert(0, "no claim is reproduced with an attached artifact" if verdicts
                       else "no sealed reproduction has been judged")
    return PaperVerdict(subject=subject, status=status, covers=covers, proxy_only=proxy,
                        contradicted=sorted(contra, key=ref_order), not_covered=not_cov, reasons=reasons)


def gate2(verdicts: Sequence[ClaimVerdict], artifacts: Sequence[Artifact], *, subject: str, at: datetime,
          groundings: Mapping[str, Mapping[str, Any]] | None = None,
          kind: Literal["paper", "synthesis"] = "paper") -> GateRecord:
    """Gate 2 from the paper verdict: passed = VERIFIED, partial = PARTIALLY VERIFIED, failed =
    CONTRADICTED or UNVERIFIED after judged reproductions, not_run = nothing judged."""
    pv = paper_verdict(verdicts, artifacts, subject=subject, groundings=groundings, kind=kind)
    status = {PaperStatus.verified: GateStatus.passed, PaperStatus.partially_verified: GateStatus.partial,
              PaperStatus.contradicted: GateStatus.failed}.get(
        pv.status, GateStatus.failed if verdicts else GateStatus.not_run)
    detail = {"paper_verdict": pv.status.value, "covers": pv.covers, "proxy_only": pv.proxy_only,
              "contradicted": pv.contradicted, "judged": len(verdicts)}
    return _gate(subject, 2, status, pv.reasons[0], at, detail)
