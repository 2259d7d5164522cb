"""What the pipeline concludes about stored claims: groundings (Gate 1), reproduction plans,
claim verdicts (from runs), gate records and corrections.

Every row is a dated record and none is rewritten: a rerun with a newer method adds rows
(``method_version`` / ``matcher_version`` / ``judge_version`` say which), and a changed
published verdict is an additive :class:`Correction` (guarded at the mapper: corrections
cannot be updated or deleted). A record is about a paper's claim (``claim_id``) or a
synthesis's third-party claim (``synthesis_claim_id``), exactly one of the two.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from claims_db.errors import StoreError
from claims_db.models import Base, JSONType, UTCDateTime, utcnow

ONE_TARGET = "(claim_id IS NULL) <> (synthesis_claim_id IS NULL)"


class GroundingRow(Base):
    """Gate 1 for one claim: verdict, score and the exact source spans that decided it."""

    __tablename__ = "groundings"
    __table_args__ = (CheckConstraint(ONE_TARGET, name="one_target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    synthesis_claim_id: Mapped[int | None] = mapped_column(ForeignKey("synthesis_claims.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(32))
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    reasons: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    sources: Mapped[list[Any]] = mapped_column(JSONType, default=list)  # sha256 of every source searched
    method_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PlanRow(Base):
    """A reproduction plan for a claim (bundle, seal, bound parameters, rule, scale), or why none."""

    __tablename__ = "repro_plans"
    __table_args__ = (
        CheckConstraint(ONE_TARGET, name="one_target"),
        CheckConstraint("status IN ('planned', 'untestable')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    synthesis_claim_id: Mapped[int | None] = mapped_column(ForeignKey("synthesis_claims.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    bundle_id: Mapped[str | None] = mapped_column(String(128), index=True)
    seal: Mapped[str | None] = mapped_column(String(128))
    category: Mapped[str | None] = mapped_column(String(32))  # why untestable
    plan: Mapped[dict[str, Any]] = mapped_column(JSONType)  # the whole ReproPlan / Untestable
    matcher_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VerdictRow(Base):
    """The reproduction verdict of one claim, judged from stored runs."""

    __tablename__ = "claim_verdicts"
    __table_args__ = (CheckConstraint(ONE_TARGET, name="one_target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    synthesis_claim_id: Mapped[int | None] = mapped_column(ForeignKey("synthesis_claims.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("repro_plans.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    scale: Mapped[str | None] = mapped_column(String(16))
    run_ids: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    verdict: Mapped[dict[str, Any]] = mapped_column(JSONType)  # the whole ClaimVerdict
    judge_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class GateRow(Base):
    """A gate's outcome for a paper or a synthesis, with its time and reason."""

    __tablename__ = "gate_records"
    __table_args__ = (CheckConstraint("(paper_id IS NULL) <> (synthesis_id IS NULL)", name="one_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paper_id: Mapped[int | None] = mapped_column(ForeignKey("papers.id"), index=True)
    synthesis_id: Mapped[int | None] = mapped_column(ForeignKey("syntheses.id"), index=True)
    gate: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CorrectionRow(Base):
    """An append-only correction of a published record: what changed, from what, to what, why."""

    __tablename__ = "corrections"
    __table_args__ = (CheckConstraint("(paper_id IS NULL) <> (synthesis_id IS NULL)", name="one_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paper_id: Mapped[int | None] = mapped_column(ForeignKey("papers.id"), index=True)
    synthesis_id: Mapped[int | None] = mapped_column(ForeignKey("syntheses.id"), index=True)
    target: Mapped[str] = mapped_column(String(128))  # e.g. "claim:12", "verdict:claim:12", "paper"
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


@event.listens_for(CorrectionRow, "before_update")
@event.listens_for(CorrectionRow, "before_delete")
def _corrections_are_append_only(mapper: Any, connection: Any, row: CorrectionRow) -> None:
    raise StoreError(
        "corrections are append-only records",
        subject=f"correction {row.id}",
        hint="add a new correction that states the change and its reason",
    )
