"""The quality tier of a paper or synthesis and its four dimensions, by documented rules.

:func:`assess_quality` reads only stored values (the claims, their groundings, the claim
verdicts) and follows :data:`QUALITY_RULES`, printed in every report: the same data always gives
the same tier, and every level comes with the reasons that set it. A review score or a claim
count never sets a tier.

The lowest tier catches, among others, the "controlled simulation": a paper whose results name
no model, no dataset and no hardware ("a controlled simulation reaches 97% accuracy") offers
nothing a reader could check, whatever its numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from verifier.claims import Claim
from verifier.errors import InputError
from verifier.verdicts import ClaimVerdict, Label

QUALITY_VERSION = "quality-1"
SPECIFIED_HIGH = 0.75  # share of result claims naming what they measured, for HIGH evidence strength
SPECIFIED_MEDIUM = 0.5
GROUNDED_HIGH = 0.8  # share of claims supported by their source, for HIGH citation grounding
GROUNDED_MEDIUM = 0.5
CONTRADICTED_LOW = 0.2  # share of contradicted claims that makes citation grounding LOW
DISCLOSED_HIGH = 0.5  # share of result claims stating a spread, for HIGH uncertainty disclosure
REPRODUCED_HIGH = 0.5  # share of judged claims reproduced, for HIGH reproducibility
_GROUNDING_VERDICTS = ("supported", "partially_supported", "contradicted", "not_found")

#: The quality rules in words, one paragraph per line, printed in every report.
QUALITY_RULES = "\n".join((
    f"Quality rules ({QUALITY_VERSION}).",
    ("A result claim is 'specified' when it names a metric, a number and at least one of model, dataset or "
     "hardware."),
    (f"Evidence strength: HIGH when at least {SPECIFIED_HIGH:.0%} of result claims are specified and no claim is "
     "contradicted (a faithful-scale 'not reproduced' or a grounding 'contradicted'); MEDIUM when at least "
     f"{SPECIFIED_MEDIUM:.0%} are specified; LOW otherwise, or with no result claim."),
    (f"Citation grounding: HIGH when at least {GROUNDED_HIGH:.0%} of checked claims are supported (fully or partially) "
     f"by their source and none is contradicted; LOW when fewer than {GROUNDED_MEDIUM:.0%} are supported, at least "
     f"{CONTRADICTED_LOW:.0%} are contradicted, or nothing was checked; MEDIUM otherwise."),
    ("Uncertainty disclosure: a result claim discloses uncertainty when its number is a range or its quote states a "
     "spread (+-, standard deviation or error, confidence interval, error bars, seeds, repeated runs). HIGH when at "
     f"least {DISCLOSED_HIGH:.0%} of result claims do, MEDIUM when at least one does, LOW otherwise."),
    ("Reproducibility status: HIGH when a claim is reproduced at faithful scale, none is 'not reproduced', and at least "
     f"{REPRODUCED_HIGH:.0%} of judged claims are reproduced (either scale); MEDIUM when at least one claim is "
     "reproduced at either scale; LOW otherwise, or when nothing has been reproduced yet."),
    ("Tier: 'Quarantine candidate' when there is no result claim, when no result claim names a model, dataset or "
     "hardware (a 'controlled simulation'), when a claim is 'not reproduced' at faithful scale, or when two or more "
     "dimensions are LOW; 'Reference-grade' when all four dimensions are HIGH; 'Sound' when none is LOW; 'Needs "
     "review' otherwise. A review score or a claim count never sets a tier."),
))

_SPREAD = re.compile(
    r"±|\+/-|\+-|\\pm|\bstd\b|standard (?:deviation|error)|\bs\.?d\.|\bs\.?e\.?m?\b|confidence interval|\bCI\b"
    r"|error bars?|\bseeds?\b|\b\d+\s+(?:runs|trials|repetitions)\b|averaged over|mean of \d+|variance",
    re.IGNORECASE,
)


class Level(str, Enum):
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"


class Tier(str, Enum):
    reference_grade = "Reference-grade"
    sound = "Sound"
    needs_review = "Needs review"
    quarantine_candidate = "Quarantine candidate"


class Dimension(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    level: Level = Field(description="LOW, MEDIUM or HIGH")
    reasons: list[str] = Field(default_factory=list, description="why this level, in words with the counts")


class QualityAssessment(BaseModel):
    """A paper's (or synthesis's) quality tier and dimensions, with the reasons for each."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    subject: str = Field(description="the paper or synthesis assessed")
    tier: Tier = Field(description="Reference-grade, Sound, Needs review or Quarantine candidate")
    basis: list[str] = Field(description="the reasons that set the tier (the report's 'Basis' row)")
    evidence_strength: Dimension = Field(description="how specific and uncontradicted the paper's own evidence is")
    citation_grounding: Dimension = Field(description="how well claims stand in their sources (Gate 1)")
    uncertainty_disclosure: Dimension = Field(description="how often results state their spread")
    reproducibility_status: Dimension = Field(description="what sealed reproductions found (Gate 2 verdicts)")
    rules_version: str = Field(default=QUALITY_VERSION, description="version of QUALITY_RULES applied")


def _names_setting(c: Claim) -> bool:
    return any(v and str(v).strip() for v in (c.model, c.dataset, c.hardware))


def _specified(c: Claim) -> bool:
    return bool(c.metric) and c.value is not None and _names_setting(c)


def _discloses(c: Claim) -> bool:
    if c.value is not None and c.value.low is not None and c.value.high is not None:
        return True
    text = " ".join([c.statement, c.anchor.quote, *c.conditions.keys(), *c.conditions.values()])
    return bool(_SPREAD.search(text))


def _grounding_counts(groundings: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    counts = dict.fromkeys(_GROUNDING_VERDICTS, 0)
    for i, g in enumerate(groundings):
        verdict = g.get("verdict") if isinstance(g, Mapping) else getattr(g, "verdict", None)
        verdict = getattr(verdict, "value", verdict)
        if verdict not in counts:
            raise InputError(f"grounding #{i} has verdict {verdict!r}", subject=f"grounding #{i}",
                             hint="one of " + ", ".join(_GROUNDING_VERDICTS))
        counts[verdict] += 1
    return counts


def _short(c: Claim, limit: int = 80) -> str:
    s = " ".join(c.statement.split())
    return s if len(s) <= limit else s[: limit - 3] + "..."


def assess_quality(claims: Sequence[Claim], groundings: Sequence[Mapping[str, Any]],
                   verdicts: Sequence[ClaimVerdict], *, subject: str) -> QualityAssessment:
    """The tier and the four dimensions of ``subject`` by :data:`QUALITY_RULES` (deterministic)."""
    results = [c for c in claims if c.is_result]
    counts = _grounding_counts(groundings)
    n_checked = sum(counts.values())
    refuted = sorted(v.claim_ref for v in verdicts if v.label == Label.not_reproduced and v.scale == "faithful")

    # evidence strength
    specified = [c for c in results if _specified(c)]
    unnamed = [c for c in results if not _names_setting(c)]
    ev: list[str] = []
    if not results:
        ev_level = Level.LOW
        ev.append("no result claim: nothing measured is stated")
    else:
        share = len(specified) / len(results)
        ev.append(f"{len(specified)} of {len(results)} result claims name a metric, a number and a model, dataset "
                  "or hardware")
        ev += [f"names no model, dataset or hardware: {_short(c)!r}" for c in unnamed[:5]]
        if len(unnamed) > 5:
            ev.append(f"... and {len(unnamed) - 5} more such claims")
        contradicted = bool(refuted) or counts["contradicted"] > 0
        if contradicted:
            ev.append("a claim is contradicted by its source or by a faithful reproduction")
        ev_level = (Level.HIGH if share >= SPECIFIED_HIGH and not contradicted
                    else Level.MEDIUM if share >= SPECIFIED_MEDIUM else Level.LOW)

    # citation grounding
    cg: list[str] = []
    if n_checked == 0:
        cg_level = Level.LOW
        cg.append("no claim was checked against its source")
    else:
        sup = counts["supported"] + counts["partially_supported"]
        cg.append(f"{sup} of {n_checked} checked claims supported by their source ({counts['supported']} fully), "
                  f"{counts['contradicted']} contradicted, {counts['not_found']} not found")
        if sup / n_checked >= GROUNDED_HIGH and counts["contradicted"] == 0:
            cg_level = Level.HIGH
        elif sup / n_checked < GROUNDED_MEDIUM or counts["contradicted"] / n_checked >= CONTRADICTED_LOW:
            cg_level = Level.LOW
        else:
            cg_level = Level.MEDIUM

    # uncertainty disclosure
    disclosed = [c for c in results if _discloses(c)]
    ud = [f"{len(disclosed)} of {len(results)} result claims state a range or spread"]
    ud_level = (Level.HIGH if results and len(disclosed) / len(results) >= DISCLOSED_HIGH
                else Level.MEDIUM if disclosed else Level.LOW)

    # reproducibility status
    faithful = [v for v in verdicts if v.label == Label.reproduced]
    proxy = [v for v in verdicts if v.label == Label.reproduced_at_proxy_scale]
    rs: list[str] = []
    if not verdicts:
        rs_level = Level.LOW
        rs.append("no claim has been reproduced in a sealed bundle yet")
    else:
        rs.append(f"{len(verdicts)} judged: {len(faithful)} reproduced, {len(proxy)} at proxy scale, "
                  f"{sum(1 for v in verdicts if v.label == Label.not_reproduced)} not reproduced")
        share = (len(faithful) + len(proxy)) / len(verdicts)
        not_rep = any(v.label == Label.not_reproduced for v in verdicts)
        if faithful and not not_rep and share >= REPRODUCED_HIGH:
            rs_level = Level.HIGH
        elif faithful or proxy:
            rs_level = Level.MEDIUM
        else:
            rs_level = Level.LOW

    dims = {"evidence strength": ev_level, "citation grounding": cg_level, "uncertainty disclosure": ud_level,
            "reproducibility status": rs_level}
    lows = [k for k, v in dims.items() if v == Level.LOW]
    basis: list[str] = []
    if not results:
        basis.append("no result claim")
    elif len(unnamed) == len(results):
        basis.append(f"none of the {len(results)} result claims names a model, dataset or hardware "
                     "(a 'controlled simulation' offers nothing to check)")
        basis += [f"unnamed setting: {_short(c)!r}" for c in unnamed[:5]]
    if refuted:
        basis.append("not reproduced at faithful scale: " + ", ".join(refuted))
    if len(lows) >= 2:
        basis.append("two or more LOW dimensions: " + ", ".join(lows))
    if basis:
        tier = Tier.quarantine_candidate
        basis.append("source-level inspection is required before relying on this record")
    elif all(v == Level.HIGH for v in dims.values()):
        tier, basis = Tier.reference_grade, ["all four dimensions HIGH"]
    elif not lows:
        tier = Tier.sound
        basis = ["no LOW dimension; not HIGH: " + ", ".join(k for k, v in dims.items() if v != Level.HIGH)]
    else:
        tier, basis = Tier.needs_review, [f"one LOW dimension: {lows[0]}"]
    return QualityAssessment(
        subject=subject, tier=tier, basis=basis,
        evidence_strength=Dimension(level=ev_level, reasons=ev),
        citation_grounding=Dimension(level=cg_level, reasons=cg),
        uncertainty_disclosure=Dimension(level=ud_level, reasons=ud),
        reproducibility_status=Dimension(level=rs_level, reasons=rs),
    )
